// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/HouseholdImport.h"

#include "accounts/AccessPolicy.h"
#include "county/CodeLists.h"
#include "county/CountyKinds.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "db/RecordRepository.h"
#include "db/RecordStamp.h"
#include "db/RecordWriter.h"
#include "db/SqliteReader.h"
#include "register/HouseholdBatch.h"
#include "register/HouseholdChecks.h"
#include "register/HouseholdRepository.h"
#include "register/IdNumber.h"
#include "spreadsheets/ImportValues.h"
#include "spreadsheets/SheetReader.h"
#include "spreadsheets/SheetWriter.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

using F = ImportField;

// Code-list values as rosters give them: the code ("01", or 1 for "01"), the Chinese name, the
// English name, or the start of exactly one Chinese name (已脱贫 for 已脱贫（享受政策）).
class CodeMatcher
{
public:
    explicit CodeMatcher(const CodeLists &codes) : m_codes(codes) { }

    std::optional<QString> match(const QString &list, const QString &value)
    {
        const QString key = ImportValues::halfWidth(value).remove(u' ');
        if (key.isEmpty())
            return QString();
        auto it = m_lists.find(list);
        if (it == m_lists.end())
            it = m_lists.insert(list, build(list));
        const QHash<QString, QString> &names = it.value();
        if (const auto found = names.constFind(key); found != names.cend())
            return found.value().isEmpty() ? std::nullopt : std::optional<QString>(found.value());
        return std::nullopt;
    }

private:
    QHash<QString, QString> build(const QString &list) const
    {
        QHash<QString, QString> names;
        QHash<QString, QString> prefixes;
        const auto norm = [](const QString &s) { return ImportValues::halfWidth(s).remove(u' '); };
        for (const CodeLists::Item &item : m_codes.items(list)) {
            names.insert(item.code, item.code);
            names.insert(norm(item.nameZh), item.code);
            names.insert(norm(item.nameEn).toLower(), item.code);
            bool number = false;
            const int n = item.code.toInt(&number);
            if (number)
                names.insert(QString::number(n), item.code);
            const QString zh = norm(item.nameZh);
            const qsizetype bracket = zh.indexOf(u'(');
            if (bracket > 0) {
                const QString head = zh.left(bracket);
                // Empty marks a start shared by several names: not a match.
                prefixes.insert(head, prefixes.contains(head) ? QString() : item.code);
            }
        }
        for (auto it = prefixes.cbegin(); it != prefixes.cend(); ++it) {
            if (!names.contains(it.key()))
                names.insert(it.key(), it.value());
        }
        return names;
    }

    const CodeLists &m_codes;
    QHash<QString, QHash<QString, QString>> m_lists;
};

bool allDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Finds the header row among the first rows: the one whose cells name the most fields (at least 3).
std::optional<int> findHeader(const QList<SheetRow> &rows, int requested)
{
    int best = -1;
    int bestSize = 2;
    for (int i = 0; i < rows.size(); ++i) {
        if (requested > 0) {
            if (rows.at(i).number == requested)
                return i;
            continue;
        }
        const int size = ImportMapping::fromHeader(rows.at(i)).size();
        if (size > bestSize) {
            best = i;
            bestSize = size;
        }
    }
    return best >= 0 ? std::optional<int>(best) : std::nullopt;
}

} // namespace

// One run of an import: the reader, the county's divisions and people as indexes, and the
// household being gathered from its rows.
class HouseholdImport::Run
{
public:
    Run(CountyDatabase &db, const Options &options, ImportReport &report)
        : m_db(db), m_options(options), m_report(report), m_codes(db), m_matcher(m_codes), m_repository(db), m_batch(db)
    { }

    Status loadIndexes();
    // Adds a data row to the household being gathered, saving the one before when this row starts
    // another.
    void addRow(const SheetRow &row);
    // Saves the last household and indexes the saved people's names for search.
    Status finish()
    {
        flush();
        return m_batch.finish();
    }

private:
    struct Place
    {
        qint64 township = 0;
        qint64 village = 0;
        qint64 group = 0;
    };

    const ImportMapping &mapping() const { return m_report.mapping; }
    QString cellText(const SheetRow &row, F::Id field) const
    {
        return mapping().has(field) ? ImportValues::text(row.cell(mapping().column(field))) : QString();
    }
    const SheetCell &cell(const SheetRow &row, F::Id field) const { return row.cell(mapping().column(field)); }
    bool given(const SheetRow &row, F::Id field) const
    {
        return mapping().has(field) && !row.cell(mapping().column(field)).isEmpty();
    }
    void problem(const SheetRow &row, F::Id field, const QString &message)
    {
        m_report.problems.append({row.number, mapping().columnName(mapping().column(field)), message});
        m_householdFailed = true;
    }
    void problem(int row, const QString &message)
    {
        m_report.problems.append({row, QString(), message});
        m_householdFailed = true;
    }
    // The first non-empty value of a household field over the household's rows.
    const SheetRow *rowWith(F::Id field) const
    {
        for (const SheetRow &r : m_rows) {
            if (given(r, field))
                return &r;
        }
        return nullptr;
    }
    QString householdText(F::Id field) const
    {
        const SheetRow *r = rowWith(field);
        return r ? cellText(*r, field) : QString();
    }

    void flush();
    std::optional<Place> resolvePlace(const QString &code);
    std::optional<qint64> addDivision(qint64 parent, int level, const QString &code, const QString &name);
    QString nextDivisionCode(qint64 parent, const QString &parentCode, int level) const;
    void applyHousehold(Household &h);
    void applyMember(const SheetRow &row, Member &m, bool isNew);
    void applyIncome(Household &h);
    std::optional<QString> code(const SheetRow &row, F::Id field, const QString &list);

    CountyDatabase &m_db;
    const Options &m_options;
    ImportReport &m_report;
    CodeLists m_codes;
    CodeMatcher m_matcher;
    HouseholdRepository m_repository;
    HouseholdBatch m_batch; // every household is saved through it, as HouseholdRepository::save saves one

    QList<Division> m_divisions;
    QHash<QString, qint64> m_divisionByCode;
    QHash<qint64, Division> m_divisionById;
    QHash<QString, QList<qint64>> m_byName; // "level/name" → ids
    QHash<QString, qint64> m_householdByCode;
    QHash<QString, qint64> m_householdByIdNumber;
    QHash<QString, int> m_idNumberRow; // the row an ID number was first seen in the file
    QSet<QString> m_seenCodes;

    QList<SheetRow> m_rows; // of the household being gathered
    QString m_key;
    bool m_householdFailed = false;
};

Status HouseholdImport::Run::loadIndexes()
{
    const Result<QList<Division>> divisions = Divisions::load(m_db, Divisions::Counts::Without);
    if (!divisions)
        return divisions.status();
    for (const Division &d : divisions.value()) {
        m_divisionByCode.insert(d.code, d.id);
        m_divisionById.insert(d.id, d);
        m_byName[QString::number(d.level) + u'/' + d.name].append(d.id);
    }
    SqliteReader households(m_db.handle(), QStringLiteral("SELECT code, id FROM household"));
    while (households.step())
        m_householdByCode.insert(households.text(0), households.integer(1));
    SqliteReader people(
        m_db.handle(), QStringLiteral("SELECT id_number, household_id FROM member WHERE id_number <> ''"));
    while (people.step())
        m_householdByIdNumber.insert(people.text(0), people.integer(1));
    if (!households.error().isEmpty())
        return Status::failure(households.error());
    if (!people.error().isEmpty())
        return Status::failure(people.error());
    return m_batch.load();
}

void HouseholdImport::Run::addRow(const SheetRow &row)
{
    ++m_report.rows;
    const QString name = cellText(row, F::Name);
    // A header repeated on every printed page is not a person.
    if (F::forHeader(name) == F::Name)
        return;
    QString key;
    if (mapping().has(F::HouseholdCode)) {
        key = ImportValues::halfWidth(cellText(row, F::HouseholdCode)).remove(u' ');
        if (key.isEmpty() && !m_rows.isEmpty())
            key = m_key; // a member's row under its household's, the code not repeated
    } else {
        const std::optional<QString> relation = m_matcher.match(CodeList::Relation, cellText(row, F::Relation));
        const bool head = relation && *relation == QLatin1String("01");
        key = head || m_rows.isEmpty() ? QString::number(row.number) : m_key;
    }
    if (key != m_key || m_rows.isEmpty()) {
        flush();
        m_key = key;
        if (!key.isEmpty() && mapping().has(F::HouseholdCode)) {
            if (m_seenCodes.contains(key))
                problem(row, F::HouseholdCode,
                    tr("the rows of household %1 are not together: a household's people are listed one after "
                       "another, under one household code.")
                        .arg(HouseholdChecks::shown(key)));
            m_seenCodes.insert(key);
        }
    }
    m_rows.append(row);
}

std::optional<QString> HouseholdImport::Run::code(const SheetRow &row, F::Id field, const QString &list)
{
    const QString value = cellText(row, field);
    const std::optional<QString> c = m_matcher.match(list, value);
    if (!c)
        problem(row, field,
            tr("%1 is not a value of %2: give one of the list's codes or names.")
                .arg(HouseholdChecks::shown(value), F::of(field).name()));
    return c;
}

QString HouseholdImport::Run::nextDivisionCode(qint64 parent, const QString &parentCode, int level) const
{
    int serial = 0;
    for (const Division &d : std::as_const(m_divisionById)) {
        if (d.parentId == parent && d.level == level && d.code.startsWith(parentCode))
            serial = std::max(serial, d.code.mid(parentCode.size()).toInt());
    }
    return parentCode + QString::number(serial + 1).rightJustified(3, u'0');
}

std::optional<qint64> HouseholdImport::Run::addDivision(
    qint64 parent, int level, const QString &code, const QString &name)
{
    const QString parentName = m_divisionById.value(parent).name;
    const QString label = level == Division::Group || level == Division::Village ? parentName + u' ' + name : name;
    if (!m_report.missingDivisions.contains(label))
        m_report.missingDivisions << label;
    if (!m_options.addDivisions)
        return std::nullopt;
    DivisionRow row{{}, parent, level, code, name, false};
    RecordRepository<DivisionRow> divisions(m_db);
    if (const Result<qint64> id = divisions.save(row); !id) {
        problem(m_rows.first().number, tr("%1 cannot be added: %2").arg(label, id.error()));
        return std::nullopt;
    }
    Division d{row.meta.id, parent, level, code, name, 0};
    m_divisionByCode.insert(code, d.id);
    m_divisionById.insert(d.id, d);
    m_byName[QString::number(level) + u'/' + name].append(d.id);
    m_report.divisionsAdded << tr("%1 (%2)").arg(label, code);
    return d.id;
}

std::optional<HouseholdImport::Run::Place> HouseholdImport::Run::resolvePlace(const QString &householdCode)
{
    const SheetRow &first = m_rows.first();
    const QString townshipName = householdText(F::Township);
    const QString villageName = householdText(F::Village);
    const QString groupName = householdText(F::Group);
    const QString villageCode = householdCode.size() == HouseholdChecks::CodeLength && allDigits(householdCode)
        ? householdCode.left(HouseholdChecks::VillageCodeLength)
        : QString();
    const auto named = [&](int level, const QString &name, qint64 parent) {
        QList<qint64> ids;
        for (qint64 id : m_byName.value(QString::number(level) + u'/' + name)) {
            if (parent == 0 || m_divisionById.value(id).parentId == parent)
                ids << id;
        }
        return ids;
    };
    const F::Id villageField = mapping().has(F::Village) ? F::Village : F::HouseholdCode;

    qint64 village = 0;
    if (const qint64 byCode = m_divisionByCode.value(villageCode);
        byCode && m_divisionById.value(byCode).level == Division::Village) {
        village = byCode;
        const Division &v = m_divisionById.value(village);
        if (!villageName.isEmpty() && villageName != v.name) {
            problem(first, F::Village,
                tr("the household code %1 is a household of %2 (village code %3), not of %4.")
                    .arg(householdCode, v.name, v.code, HouseholdChecks::shown(villageName)));
            return std::nullopt;
        }
        if (!townshipName.isEmpty() && townshipName != m_divisionById.value(v.parentId).name) {
            problem(first, F::Township,
                tr("the village %1 is in %2, not in %3.")
                    .arg(v.name, m_divisionById.value(v.parentId).name, HouseholdChecks::shown(townshipName)));
            return std::nullopt;
        }
    } else if (!villageName.isEmpty()) {
        qint64 township = 0;
        if (!townshipName.isEmpty()) {
            const QList<qint64> townships = named(Division::Township, townshipName, 0);
            if (townships.size() == 1)
                township = townships.first();
        }
        const QList<qint64> villages
            = townshipName.isEmpty() || township ? named(Division::Village, villageName, township) : QList<qint64>();
        if (villages.size() > 1) {
            problem(first, F::Village,
                tr("several villages are named %1: give the township, or the household code.")
                    .arg(HouseholdChecks::shown(villageName)));
            return std::nullopt;
        }
        if (villages.size() == 1) {
            village = villages.first();
            const Division &v = m_divisionById.value(village);
            if (!villageCode.isEmpty() && villageCode != v.code) {
                problem(first, F::HouseholdCode,
                    tr("the household code %1 does not begin with the code %2 of the village %3.")
                        .arg(householdCode, v.code, v.name));
                return std::nullopt;
            }
        } else {
            // The village is missing: the township first.
            if (!township) {
                if (townshipName.isEmpty()) {
                    problem(first, F::Village,
                        tr("the village %1 is not in the county, and the row names no township to add it to.")
                            .arg(HouseholdChecks::shown(villageName)));
                    return std::nullopt;
                }
                const QString countyCode = m_db.countyCode();
                QString townshipCode = villageCode.left(9);
                if (!villageCode.startsWith(countyCode) || m_divisionByCode.contains(townshipCode)) {
                    if (!villageCode.isEmpty()) {
                        problem(first, F::HouseholdCode,
                            tr("the household code %1 does not agree with the township %2: its code %3 is not "
                               "a free township code of the county %4.")
                                .arg(householdCode, HouseholdChecks::shown(townshipName), villageCode.left(9),
                                    countyCode));
                        return std::nullopt;
                    }
                    const qint64 county = m_divisionByCode.value(countyCode);
                    townshipCode = nextDivisionCode(county, countyCode, Division::Township);
                }
                const std::optional<qint64> added
                    = addDivision(m_divisionByCode.value(countyCode), Division::Township, townshipCode, townshipName);
                if (!added) {
                    if (!m_options.addDivisions)
                        problem(first, F::Township,
                            tr("the township %1 and its village %2 are not in the county: add them, or import with "
                               "the divisions added (--add-divisions).")
                                .arg(HouseholdChecks::shown(townshipName), HouseholdChecks::shown(villageName)));
                    return std::nullopt;
                }
                township = *added;
            }
            const Division &t = m_divisionById.value(township);
            QString code = villageCode;
            if (code.isEmpty()) {
                code = nextDivisionCode(township, t.code, Division::Village);
            } else if (!code.startsWith(t.code) || m_divisionByCode.contains(code)) {
                problem(first, F::HouseholdCode,
                    tr("the household code %1 does not agree with the village %2 of %3: its first 12 digits are "
                       "not a free village code in the township (code %4).")
                        .arg(householdCode, HouseholdChecks::shown(villageName), t.name, t.code));
                return std::nullopt;
            }
            const std::optional<qint64> added = addDivision(township, Division::Village, code, villageName);
            if (!added) {
                if (!m_options.addDivisions)
                    problem(first, F::Village,
                        tr("the village %1 of %2 is not in the county: add it, or import with the divisions added "
                           "(--add-divisions).")
                            .arg(HouseholdChecks::shown(villageName), t.name));
                return std::nullopt;
            }
            village = *added;
        }
    } else if (!villageCode.isEmpty()) {
        problem(first, villageField,
            tr("no village of the county has the code %1 that the household code %2 begins with; give the "
               "village's name to add it.")
                .arg(villageCode, householdCode));
        return std::nullopt;
    } else {
        problem(first, villageField, tr("the row gives neither a household code nor a village."));
        return std::nullopt;
    }

    Place place;
    place.village = village;
    place.township = m_divisionById.value(village).parentId;
    if (!groupName.isEmpty()) {
        const QList<qint64> groups = named(Division::Group, groupName, village);
        if (!groups.isEmpty()) {
            place.group = groups.first();
        } else {
            const Division &v = m_divisionById.value(village);
            const std::optional<qint64> added
                = addDivision(village, Division::Group, nextDivisionCode(village, v.code, Division::Group), groupName);
            if (!added) {
                if (!m_options.addDivisions)
                    problem(first, F::Group,
                        tr("the villager group %1 of %2 is not in the county: add it, or import with the divisions "
                           "added (--add-divisions).")
                            .arg(HouseholdChecks::shown(groupName), v.name));
                return std::nullopt;
            }
            place.group = *added;
        }
    }
    return place;
}

void HouseholdImport::Run::applyHousehold(Household &h)
{
    const auto textField = [&](F::Id field, QString &target) {
        if (const SheetRow *r = rowWith(field))
            target = cellText(*r, field);
    };
    const auto codeField = [&](F::Id field, const QString &list, QString &target) {
        if (const SheetRow *r = rowWith(field)) {
            if (const std::optional<QString> c = code(*r, field, list))
                target = *c;
        }
    };
    const auto flagField = [&](F::Id field, bool &target) {
        if (const SheetRow *r = rowWith(field)) {
            const Result<bool> b = ImportValues::flag(cell(*r, field));
            if (b)
                target = b.value();
            else
                problem(*r, field, b.error());
        }
    };
    textField(F::Address, h.address);
    if (const SheetRow *r = rowWith(F::Phone)) {
        const Result<QString> phone = ImportValues::phone(cell(*r, F::Phone));
        if (phone)
            h.phone = phone.value();
        else
            problem(*r, F::Phone, phone.error());
    }
    textField(F::BankName, h.bankName);
    if (const SheetRow *r = rowWith(F::BankAccount))
        h.bankAccount = ImportValues::halfWidth(cellText(*r, F::BankAccount)).remove(u' ');
    codeField(F::Attribute, CodeList::Attribute, h.attributeCode);
    codeField(F::Standard, CodeList::Standard, h.standardCode);
    codeField(F::Status, CodeList::Status, h.statusCode);
    codeField(F::MainCause, CodeList::Cause, h.mainCauseCode);
    codeField(F::OtherCause1, CodeList::Cause, h.otherCause1Code);
    codeField(F::OtherCause2, CodeList::Cause, h.otherCause2Code);
    flagField(F::MilitaryFamily, h.militaryFamily);
    flagField(F::Cooperative, h.cooperative);
    flagField(F::EnterpriseLed, h.enterpriseLed);
}

void HouseholdImport::Run::applyMember(const SheetRow &row, Member &m, bool isNew)
{
    const auto codeField = [&](F::Id field, const QString &list, QString &target) {
        if (given(row, field)) {
            if (const std::optional<QString> c = code(row, field, list))
                target = *c;
        }
    };
    const auto flagField = [&](F::Id field, bool &target) {
        if (given(row, field)) {
            const Result<bool> b = ImportValues::flag(cell(row, field));
            if (b)
                target = b.value();
            else
                problem(row, field, b.error());
        }
    };
    if (given(row, F::Name))
        m.name = cellText(row, F::Name);
    if (given(row, F::IdNumber)) {
        const Result<QString> id = ImportValues::idNumber(cell(row, F::IdNumber));
        if (id)
            m.idNumber = id.value();
        else
            problem(row, F::IdNumber, id.error());
    } else if (isNew) {
        problem(row, F::IdNumber, tr("the person has no ID number."));
    }
    codeField(F::Sex, CodeList::Sex, m.sexCode);
    codeField(F::Relation, CodeList::Relation, m.relationCode);
    codeField(F::Ethnicity, CodeList::Ethnicity, m.ethnicityCode);
    codeField(F::Political, CodeList::Political, m.politicalCode);
    codeField(F::Education, CodeList::Education, m.educationCode);
    codeField(F::Schooling, CodeList::Schooling, m.schoolingCode);
    codeField(F::Labour, CodeList::Labour, m.labourCode);
    codeField(F::WorkStatus, CodeList::Work, m.workStatusCode);
    if (given(row, F::Health)) {
        QStringList codes;
        const QString value = ImportValues::halfWidth(cellText(row, F::Health));
        static const QRegularExpression separators(QStringLiteral("[、,;/，；]"));
        for (const QString &part : value.split(separators, Qt::SkipEmptyParts)) {
            const std::optional<QString> c = m_matcher.match(CodeList::Health, part);
            if (!c) {
                problem(row, F::Health,
                    tr("%1 is not a value of %2: give one of the list's codes or names.")
                        .arg(HouseholdChecks::shown(part), F::of(F::Health).name()));
                break;
            }
            codes << *c;
        }
        if (!codes.isEmpty())
            m.healthCodes = codes;
    }
    if (given(row, F::WorkPlace))
        m.workPlace = cellText(row, F::WorkPlace);
    if (given(row, F::MonthsWorked)) {
        const Result<int> months = ImportValues::integer(cell(row, F::MonthsWorked), 0, 12);
        if (months)
            m.monthsWorked = months.value();
        else
            problem(row, F::MonthsWorked, months.error());
    }
    if (given(row, F::BirthDate)) {
        const Result<QDate> d = ImportValues::date(cell(row, F::BirthDate));
        if (d)
            m.birthDate = d.value();
        else
            problem(row, F::BirthDate, d.error());
    }
    flagField(F::MedicalInsurance, m.medicalInsurance);
    flagField(F::SeriousIllnessInsurance, m.seriousIllnessInsurance);
    flagField(F::PensionInsurance, m.pensionInsurance);
    flagField(F::SubsistenceAllowance, m.subsistenceAllowance);
    flagField(F::ExtremePovertySupport, m.extremePovertySupport);
    // What the ID number says, where the roster does not say it.
    if (!m.idNumber.isEmpty() && (m.sexCode.isEmpty() || !m.birthDate.isValid())) {
        const IdNumber::Check check = IdNumber::check(m.idNumber);
        if (m.sexCode.isEmpty())
            m.sexCode = check.sexCode;
        if (!m.birthDate.isValid())
            m.birthDate = check.birthDate;
    }
}

void HouseholdImport::Run::applyIncome(Household &h)
{
    static const QList<F::Id> amounts{
        F::WageIncome, F::OperatingIncome, F::PropertyIncome, F::TransferIncome, F::OperatingCosts};
    if (std::none_of(amounts.cbegin(), amounts.cend(), [&](F::Id f) { return rowWith(f) != nullptr; }))
        return;
    int year = m_options.incomeYear > 0 ? m_options.incomeYear : QDate::currentDate().year() - 1;
    if (const SheetRow *r = rowWith(F::IncomeYear)) {
        const Result<int> y
            = ImportValues::integer(cell(*r, F::IncomeYear), HouseholdChecks::FirstYear, HouseholdChecks::LastYear);
        if (!y) {
            problem(*r, F::IncomeYear, y.error());
            return;
        }
        year = y.value();
    }
    IncomeRecord *income = nullptr;
    for (IncomeRecord &r : h.incomes) {
        if (r.year == year)
            income = &r;
    }
    if (!income) {
        IncomeRecord r;
        r.year = year;
        h.incomes.append(r);
        std::sort(h.incomes.begin(), h.incomes.end(), [](const auto &a, const auto &b) { return a.year < b.year; });
        for (IncomeRecord &x : h.incomes) {
            if (x.year == year)
                income = &x;
        }
    }
    // A roster's totals go to the first item of each group of the booklet.
    const QList<std::pair<F::Id, qint64 IncomeRecord::*>> targets{{F::WageIncome, &IncomeRecord::wageMigrant},
        {F::OperatingIncome, &IncomeRecord::opOther}, {F::PropertyIncome, &IncomeRecord::propDividend},
        {F::TransferIncome, &IncomeRecord::trSubsidies}, {F::OperatingCosts, &IncomeRecord::opCosts}};
    for (const auto &[field, member] : targets) {
        if (const SheetRow *r = rowWith(field)) {
            const Result<qint64> fen = ImportValues::fen(cell(*r, field));
            if (fen)
                income->*member = fen.value();
            else
                problem(*r, field, fen.error());
        }
    }
}

void HouseholdImport::Run::flush()
{
    if (m_rows.isEmpty())
        return;
    ++m_report.households;
    const int firstRow = m_rows.first().number;
    QString householdCode = mapping().has(F::HouseholdCode) ? m_key : QString();

    // The registered household this one is: by its code and by its people's ID numbers.
    QSet<qint64> matched;
    if (const qint64 byCode = m_householdByCode.value(householdCode); byCode)
        matched.insert(byCode);
    for (const SheetRow &row : std::as_const(m_rows)) {
        if (!given(row, F::IdNumber))
            continue;
        const SheetCell &c = cell(row, F::IdNumber);
        if (c.kind == SheetCell::Kind::Number || ImportValues::isScientific(c.text))
            continue;
        const QString id = IdNumber::normalize(c.text);
        if (const int earlier = m_idNumberRow.value(id); earlier > 0)
            problem(row, F::IdNumber,
                tr("the ID number %1 is also in row %2: a person is registered once.")
                    .arg(HouseholdChecks::shown(id))
                    .arg(earlier));
        else
            m_idNumberRow.insert(id, row.number);
        if (const qint64 h = m_householdByIdNumber.value(id); h)
            matched.insert(h);
    }
    if (matched.size() > 1) {
        problem(firstRow,
            tr("the household matches %1 registered households (by its code and its people's ID numbers): "
               "correct the rows so that they name one.")
                .arg(matched.size()));
    }

    Household household;
    bool existing = false;
    // A household already in trouble is not matched: its rows are still read for their problems.
    if (matched.size() == 1 && !m_householdFailed) {
        if (!m_options.updateExisting) {
            ++m_report.householdsSkipped;
            m_rows.clear();
            m_householdFailed = false;
            return;
        }
        Result<Household> loaded = m_repository.load(*matched.cbegin());
        if (!loaded) {
            problem(firstRow, loaded.error());
        } else {
            household = std::move(loaded.value());
            existing = true;
        }
    }
    if (!existing && !m_householdFailed) {
        if (std::optional<Place> place = resolvePlace(householdCode)) {
            household.townshipId = place->township;
            household.villageId = place->village;
            household.groupId = place->group;
            household.code
                = householdCode.isEmpty() ? Divisions::nextHouseholdCode(m_db, place->village) : householdCode;
        }
    }
    applyHousehold(household);
    int added = 0;
    int updated = 0;
    for (const SheetRow &row : std::as_const(m_rows)) {
        Member *member = nullptr;
        if (existing && given(row, F::IdNumber)) {
            const QString id = IdNumber::normalize(cellText(row, F::IdNumber));
            for (Member &m : household.members) {
                if (m.idNumber == id)
                    member = &m;
            }
        }
        if (member) {
            applyMember(row, *member, false);
            ++updated;
        } else {
            Member m;
            m.healthCodes.clear();
            applyMember(row, m, true);
            if (m.healthCodes.isEmpty())
                m.healthCodes << QStringLiteral("1");
            household.members.append(m);
            ++added;
        }
    }
    applyIncome(household);
    if (!m_householdFailed) {
        const Result<qint64> saved = m_batch.save(household);
        if (!saved) {
            problem(firstRow, saved.error());
        } else {
            if (existing)
                ++m_report.householdsUpdated;
            else
                ++m_report.householdsAdded;
            m_report.peopleAdded += added;
            m_report.peopleUpdated += updated;
            m_householdByCode.insert(household.code, saved.value());
            for (const Member &m : std::as_const(household.members)) {
                if (!m.idNumber.isEmpty())
                    m_householdByIdNumber.insert(m.idNumber, saved.value());
            }
        }
    }
    m_rows.clear();
    m_householdFailed = false;
}

HouseholdImport::HouseholdImport(CountyDatabase &db) : m_db(db)
{ }

namespace {

// Opens the file and the sheet asked for.
Result<std::unique_ptr<SheetReader>> openSheet(const QString &path, const QString &sheet, QString *sheetName)
{
    auto reader = SheetReader::open(path);
    if (!reader)
        return reader;
    if (!sheet.isEmpty()) {
        const int index = reader.value()->sheetIndex(sheet);
        if (index < 0)
            return Result<std::unique_ptr<SheetReader>>::failure(
                HouseholdImport::tr("%1 has no sheet named %2; its sheets are: %3.")
                    .arg(reader.value()->fileName(), sheet, reader.value()->sheetNames().join(QStringLiteral("、"))));
        if (Status s = reader.value()->selectSheet(index); !s)
            return Result<std::unique_ptr<SheetReader>>::failure(s.error());
    }
    *sheetName = sheet.isEmpty() ? reader.value()->sheetNames().value(0) : sheet;
    return reader;
}

// A larger page cache for the length of an import, the connection's own restored after it.
class ImportCache
{
public:
    static constexpr int CacheKib = 128 * 1024;

    explicit ImportCache(QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_before = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(CacheKib));
    }
    ~ImportCache()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_before));
    }
    ImportCache(const ImportCache &) = delete;
    ImportCache &operator=(const ImportCache &) = delete;

private:
    QSqlDatabase &m_db;
    int m_before = -2000;
};

} // namespace

Result<HouseholdImport::Layout> HouseholdImport::inspect(const QString &path, const Options &options)
{
    using R = Result<Layout>;
    Layout layout;
    auto reader = openSheet(path, options.sheet, &layout.sheet);
    if (!reader)
        return R::failure(reader.error());
    SheetReader &sheet = *reader.value();
    layout.sheets = sheet.sheetNames();
    while (layout.firstRows.size() < FirstRows) {
        std::optional<SheetRow> row = sheet.next();
        if (!row)
            break;
        layout.firstRows << *row;
    }
    if (!sheet.error().isEmpty())
        return R::failure(sheet.error());
    if (layout.firstRows.isEmpty())
        return R::failure(
            tr("The sheet %1 of %2 is empty: there is nothing to import.").arg(layout.sheet, sheet.fileName()));
    const std::optional<int> header = findHeader(layout.firstRows, options.headerRow);
    if (!header)
        return R::failure(options.headerRow > 0
                ? tr("Row %1 of the sheet %2 in %3 is empty: it cannot be the header row.")
                      .arg(options.headerRow)
                      .arg(layout.sheet, sheet.fileName())
                : tr("The sheet %1 of %2 has no header row in its first %3 rows: a roster has a row of column names "
                     "such as 姓名, 身份证号 and 与户主关系 above its data.")
                      .arg(layout.sheet, sheet.fileName())
                      .arg(FirstRows));
    layout.headerRow = layout.firstRows.at(*header).number;
    layout.mapping = options.mapping ? *options.mapping : ImportMapping::fromHeader(layout.firstRows.at(*header));
    if (!options.mappingFile.isEmpty()) {
        if (Status s = layout.mapping.load(options.mappingFile); !s)
            return R::failure(s.error());
    }
    return layout;
}

Result<ImportReport> HouseholdImport::run(const QString &path, const Options &options, const Progress &progress)
{
    using R = Result<ImportReport>;
    const Result<Layout> layout = inspect(path, options);
    if (!layout)
        return R::failure(layout.error());
    ImportReport report;
    report.fileName = QFileInfo(path).fileName();
    report.path = path;
    report.sheet = layout->sheet;
    report.headerRow = layout->headerRow;
    report.mapping = layout->mapping;
    if (const QStringList missing = report.mapping.missingRequired(); !missing.isEmpty())
        return R::failure(tr("The sheet %1 of %2 has no column for: %3. Name the columns in the header row as the "
                             "template does, or choose them in the mapping.")
                              .arg(report.sheet, report.fileName, missing.join(QStringLiteral("、"))));

    QString sheetName;
    auto reader = openSheet(path, options.sheet, &sheetName);
    if (!reader)
        return R::failure(reader.error());
    SheetReader &sheet = *reader.value();

    // Whether the account may change households at all; each household's village is checked by its save.
    if (!AccessPolicy::allows(m_db.account(), AccessPolicy::Action::EditHousehold))
        return R::failure(tr("The account %1 may not change households.").arg(m_db.account().login));
    // The import's pages stay in memory until the commit instead of being written out and read back
    // as the transaction outgrows SQLite's default cache of 2 MB.
    const ImportCache cache(m_db.sql());
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    Run run(m_db, options, report);
    if (Status s = run.loadIndexes(); !s)
        return R::failure(s.error());
    while (std::optional<SheetRow> row = sheet.next()) {
        if (row->number <= report.headerRow)
            continue;
        run.addRow(*row);
        if (progress && report.rows % 500 == 0 && !progress(sheet.progress(), report.rows)) {
            report.cancelled = true;
            return report; // the transaction rolls back
        }
    }
    if (!sheet.error().isEmpty())
        return R::failure(sheet.error());
    if (Status s = run.finish(); !s)
        return R::failure(s.error());
    if (report.rows == 0)
        return R::failure(tr("The sheet %1 of %2 has a header row (row %3) but no rows below it: there is nothing to "
                             "import.")
                              .arg(report.sheet, report.fileName)
                              .arg(report.headerRow));
    if (progress && !progress(1.0, report.rows)) {
        report.cancelled = true;
        return report;
    }
    std::stable_sort(report.problems.begin(), report.problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
    if (!report.problems.isEmpty() || options.dryRun)
        return report;
    RecordWriter writer(m_db.sql(), m_db.currentUser());
    const QString summary = tr("%1 households added, %2 updated, %3 left as they were; %4 people added, %5 updated")
                                .arg(report.householdsAdded)
                                .arg(report.householdsUpdated)
                                .arg(report.householdsSkipped)
                                .arg(report.peopleAdded)
                                .arg(report.peopleUpdated);
    if (Status s = writer.audit(QStringLiteral("import"), RecordStamp::newUuid(), QStringLiteral("import"),
            report.fileName, QVariant(), summary);
        !s)
        return R::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    report.written = true;
    return report;
}

Status HouseholdImport::saveProblems(const ImportReport &report, const QString &path)
{
    const std::optional<SheetWriter::Format> format = SheetWriter::formatOf(path);
    if (!format)
        return Status::failure(
            tr("The problems cannot be saved to %1: choose a name ending in .xlsx or .csv.").arg(path));
    QString sheetName;
    auto reader = openSheet(report.path, report.sheet, &sheetName);
    if (!reader)
        return Status::failure(reader.error());
    SheetReader &sheet = *reader.value();

    // The roster's rows are read again in order and merged with the problems, sorted by row: only
    // the rows with a problem are held, one at a time.
    QList<ImportProblem> problems = report.problems;
    std::stable_sort(
        problems.begin(), problems.end(), [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
    std::optional<SheetRow> row = sheet.next();
    while (row && row->number < report.headerRow)
        row = sheet.next();
    QStringList header;
    if (row && row->number == report.headerRow) {
        for (const SheetCell &c : std::as_const(row->cells))
            header << ImportValues::text(c);
    }
    ExportColumns columns{{tr("Row"), ExportColumn::Kind::Number}, {tr("Column"), ExportColumn::Kind::Text},
        {tr("Problem"), ExportColumn::Kind::Text}};
    for (int i = 0; i < header.size(); ++i)
        columns.append(
            {header.at(i).isEmpty() ? ImportMapping::columnLetters(i) : header.at(i), ExportColumn::Kind::Text});
    std::unique_ptr<SheetWriter> writer = SheetWriter::create(*format);
    if (Status s = writer->open(path, tr("Problems"), columns, {report.path}); !s)
        return s;
    for (const ImportProblem &p : std::as_const(problems)) {
        while (row && row->number < p.row)
            row = sheet.next();
        QVariantList cells{p.row > 0 ? QVariant(p.row) : QVariant(), p.column, p.message};
        if (row && row->number == p.row) {
            for (int i = 0; i < header.size(); ++i)
                cells << ImportValues::text(row->cell(i));
        }
        if (Status s = writer->writeRow(cells); !s)
            return s;
    }
    if (!sheet.error().isEmpty())
        return Status::failure(sheet.error());
    const Result<qint64> done = writer->finish();
    return done ? Status() : done.status();
}
