// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/RosterColumns.h"

namespace RosterColumns {

namespace {

using Kind = ExportColumn::Kind;

} // namespace

ExportColumns householdColumns()
{
    return {
        {QStringLiteral("户编号"), Kind::Text},
        {QStringLiteral("户主姓名"), Kind::Text},
        {QStringLiteral("乡镇"), Kind::Text},
        {QStringLiteral("行政村"), Kind::Text},
        {QStringLiteral("村民小组"), Kind::Text},
        {QStringLiteral("住址"), Kind::Text},
        {QStringLiteral("联系电话"), Kind::Text},
        {QStringLiteral("开户银行"), Kind::Text},
        {QStringLiteral("银行账号"), Kind::Text},
        {QStringLiteral("户属性"), Kind::Text},
        {QStringLiteral("识别标准"), Kind::Text},
        {QStringLiteral("贫困户状态"), Kind::Text},
        {QStringLiteral("识别年度"), Kind::Number},
        {QStringLiteral("计划脱贫年度"), Kind::Number},
        {QStringLiteral("脱贫年度"), Kind::Number},
        {QStringLiteral("主要致贫原因"), Kind::Text},
        {QStringLiteral("其他致贫原因1"), Kind::Text},
        {QStringLiteral("其他致贫原因2"), Kind::Text},
        {QStringLiteral("监测对象类别"), Kind::Text},
        {QStringLiteral("军烈属"), Kind::Text},
        {QStringLiteral("易地扶贫搬迁户"), Kind::Text},
        {QStringLiteral("搬迁方式"), Kind::Text},
        {QStringLiteral("安置地址"), Kind::Text},
        {QStringLiteral("加入农民专业合作社"), Kind::Text},
        {QStringLiteral("龙头企业带动"), Kind::Text},
    };
}

ExportColumns memberColumns()
{
    return {
        {QStringLiteral("姓名"), Kind::Text},
        {QStringLiteral("性别"), Kind::Text},
        {QStringLiteral("身份证号"), Kind::Text},
        {QStringLiteral("出生日期"), Kind::Date},
        {QStringLiteral("与户主关系"), Kind::Text},
        {QStringLiteral("民族"), Kind::Text},
        {QStringLiteral("政治面貌"), Kind::Text},
        {QStringLiteral("文化程度"), Kind::Text},
        {QStringLiteral("在校生状况"), Kind::Text},
        {QStringLiteral("健康状况"), Kind::Text},
        {QStringLiteral("劳动技能"), Kind::Text},
        {QStringLiteral("务工状况"), Kind::Text},
        {QStringLiteral("务工地点"), Kind::Text},
        {QStringLiteral("务工时间（月）"), Kind::Number},
        {QStringLiteral("基本医疗保险"), Kind::Text},
        {QStringLiteral("大病保险"), Kind::Text},
        {QStringLiteral("补充商业保险"), Kind::Text},
        {QStringLiteral("养老保险"), Kind::Text},
        {QStringLiteral("低保"), Kind::Text},
        {QStringLiteral("特困供养"), Kind::Text},
        {QStringLiteral("医疗救助"), Kind::Text},
        {QStringLiteral("公益岗位"), Kind::Text},
        {QStringLiteral("公益岗位月数"), Kind::Number},
        {QStringLiteral("失学或辍学原因"), Kind::Text},
    };
}

ExportColumns roster()
{
    return householdColumns() + memberColumns();
}

QStringList headers(const ExportColumns &columns)
{
    QStringList names;
    for (const ExportColumn &c : columns)
        names << c.header;
    return names;
}

QString yes()
{
    return QStringLiteral("是");
}

QString no()
{
    return QStringLiteral("否");
}

QString healthSeparator()
{
    return QStringLiteral("、");
}

} // namespace RosterColumns
