// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/ImportField.h"

#include <QHash>

namespace {

QStringList h(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *n : names)
        list << QString::fromUtf8(n);
    return list;
}

} // namespace

const QList<ImportField> &ImportField::all()
{
    static const QList<ImportField> fields{
        {HouseholdCode, "household_code", QT_TR_NOOP("Household code"),
            h({"户编号", "户编码", "户号", "家庭编号", "农户编号"}), true},
        {Township, "township", QT_TR_NOOP("Township"), h({"乡镇", "乡（镇）", "乡镇名称", "所在乡镇", "乡(镇)"}), true},
        {Village, "village", QT_TR_NOOP("Village"), h({"行政村", "村", "村名", "所在村", "村委会", "村（社区）"}),
            true},
        {Group, "group", QT_TR_NOOP("Villager group"), h({"村民小组", "组", "小组", "自然村（组）"}), true},
        {Address, "address", QT_TR_NOOP("Address"), h({"家庭住址", "住址", "详细地址", "地址"}), true},
        {Phone, "phone", QT_TR_NOOP("Phone"), h({"联系电话", "电话", "手机号码", "手机号", "联系方式", "电话号码"}),
            true},
        {BankName, "bank_name", QT_TR_NOOP("Bank"), h({"开户银行", "开户行", "银行名称"}), true},
        {BankAccount, "bank_account", QT_TR_NOOP("Bank account"), h({"银行账号", "银行卡号", "账号", "开户账号"}),
            true},
        {Attribute, "attribute", QT_TR_NOOP("Household attribute"),
            h({"户属性", "贫困户属性", "农户属性", "贫困户类型"}), true},
        {Standard, "standard", QT_TR_NOOP("Identification standard"), h({"识别标准"}), true},
        {Status, "status", QT_TR_NOOP("Status"), h({"脱贫状态", "户状态", "贫困状态", "脱贫户状态"}), true},
        {MainCause, "main_cause", QT_TR_NOOP("Main poverty cause"), h({"主要致贫原因", "致贫原因"}), true},
        {OtherCause1, "other_cause_1", QT_TR_NOOP("Other poverty cause 1"),
            h({"其他致贫原因1", "其他致贫原因", "次要致贫原因", "次要致贫原因1"}), true},
        {OtherCause2, "other_cause_2", QT_TR_NOOP("Other poverty cause 2"), h({"其他致贫原因2", "次要致贫原因2"}),
            true},
        {MilitaryFamily, "military_family", QT_TR_NOOP("Military or martyr family"), h({"是否军烈属", "军烈属"}), true},
        {Cooperative, "cooperative", QT_TR_NOOP("Joined a cooperative"),
            h({"是否加入农民专业合作社", "加入农民专业合作社", "加入合作社", "是否加入合作社"}), true},
        {EnterpriseLed, "enterprise_led", QT_TR_NOOP("Led by an enterprise"), h({"是否有龙头企业带动", "龙头企业带动"}),
            true},
        {Name, "name", QT_TR_NOOP("Name"), h({"姓名", "成员姓名", "家庭成员姓名", "人员姓名"}), false},
        {Sex, "sex", QT_TR_NOOP("Sex"), h({"性别"}), false},
        {IdNumber, "id_number", QT_TR_NOOP("Resident ID number"),
            h({"身份证号", "身份证号码", "证件号码", "公民身份号码", "身份证件号码", "居民身份证号码", "证件号"}),
            false},
        {BirthDate, "birth_date", QT_TR_NOOP("Date of birth"), h({"出生日期", "出生年月", "出生年月日"}), false},
        {Relation, "relation", QT_TR_NOOP("Relation to the head"),
            h({"与户主关系", "与户主的关系", "家庭关系", "关系"}), false},
        {Ethnicity, "ethnicity", QT_TR_NOOP("Ethnicity"), h({"民族"}), false},
        {Political, "political", QT_TR_NOOP("Political status"), h({"政治面貌"}), false},
        {Education, "education", QT_TR_NOOP("Education"), h({"文化程度", "学历"}), false},
        {Schooling, "schooling", QT_TR_NOOP("Schooling"), h({"在校生状况", "在校生情况", "在校情况"}), false},
        {Health, "health", QT_TR_NOOP("Health"), h({"健康状况", "健康状态"}), false},
        {Labour, "labour", QT_TR_NOOP("Labour skill"), h({"劳动技能", "劳动能力"}), false},
        {WorkStatus, "work_status", QT_TR_NOOP("Work status"), h({"务工状况", "务工情况"}), false},
        {WorkPlace, "work_place", QT_TR_NOOP("Work place"), h({"务工地点", "务工单位", "务工企业名称"}), false},
        {MonthsWorked, "months_worked", QT_TR_NOOP("Months worked"), h({"务工时间", "务工时间月", "务工月数"}), false},
        {MedicalInsurance, "medical_insurance", QT_TR_NOOP("Medical insurance"),
            h({"是否参加城乡居民基本医疗保险", "是否参加新型农村合作医疗", "参加基本医疗保险", "基本医疗保险",
                "医疗保险"}),
            false},
        {SeriousIllnessInsurance, "serious_illness_insurance", QT_TR_NOOP("Serious-illness insurance"),
            h({"是否参加大病保险", "大病保险"}), false},
        {PensionInsurance, "pension_insurance", QT_TR_NOOP("Pension insurance"),
            h({"是否参加城乡居民基本养老保险", "是否参加新型农村养老保险", "养老保险"}), false},
        {SubsistenceAllowance, "subsistence_allowance", QT_TR_NOOP("Subsistence allowance"),
            h({"是否享受低保", "享受低保", "低保"}), false},
        {ExtremePovertySupport, "extreme_poverty_support", QT_TR_NOOP("Extreme-poverty support"),
            h({"是否特困供养", "特困供养"}), false},
        {IncomeYear, "income_year", QT_TR_NOOP("Income year"), h({"收入年度", "年度"}), true},
        {WageIncome, "wage_income", QT_TR_NOOP("Wage income"), h({"工资性收入"}), true},
        {OperatingIncome, "operating_income", QT_TR_NOOP("Operating income"), h({"生产经营性收入", "经营性收入"}),
            true},
        {PropertyIncome, "property_income", QT_TR_NOOP("Property income"), h({"财产性收入"}), true},
        {TransferIncome, "transfer_income", QT_TR_NOOP("Transfer income"), h({"转移性收入"}), true},
        {OperatingCosts, "operating_costs", QT_TR_NOOP("Operating costs"), h({"生产经营性支出", "经营性支出"}), true},
    };
    return fields;
}

QString ImportField::normalizedHeader(const QString &header)
{
    QString text;
    int bracket = 0;
    for (QChar c : header) {
        // Full-width forms (U+FF01..U+FF5E) to their ASCII twins.
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFEE0);
        if (c == u'(' || c == u'【' || c == u'[') {
            ++bracket;
        } else if (c == u')' || c == u'】' || c == u']') {
            bracket = std::max(0, bracket - 1);
        } else if (bracket == 0 && !c.isSpace() && c != u'*' && c != u'?' && c != u'？' && c != u'：' && c != u':'
            && c != u'\u3000') {
            text += c.toLower();
        }
    }
    return text;
}

ImportField::Id ImportField::forHeader(const QString &header)
{
    static const QHash<QString, Id> exact = [] {
        QHash<QString, Id> map;
        for (const ImportField &f : all()) {
            for (const QString &name : f.headers)
                map.insert(normalizedHeader(name), f.id);
        }
        return map;
    }();
    const QString text = normalizedHeader(header);
    if (text.isEmpty())
        return Count;
    return exact.value(text, Count);
}

ImportField::Id ImportField::forKey(const QString &key)
{
    for (const ImportField &f : all()) {
        if (key == QLatin1String(f.key))
            return f.id;
    }
    return Count;
}
