// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/HouseholdChecks.h"

#include "common/Money.h"
#include "county/CodeLists.h"
#include "register/HouseholdKinds.h"
#include "register/IdNumber.h"
#include "register/PhoneNumber.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringView>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

bool isMonths(int months)
{
    return months >= 0 && months <= 12;
}

bool isInvisible(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return QChar::isSpace(c) || category == QChar::Other_Control || category == QChar::Other_Format;
}

// The first character of a text that may not be in a field (a control, a format character such as
// U+200B or U+202E, a line or paragraph separator, an unpaired surrogate, a private or unassigned
// code point, a space other than ' ' and the ideographic one); nullopt when there is none.
std::optional<char32_t> forbiddenCharacter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Other_Surrogate
            || category == QChar::Other_NotAssigned || category == QChar::Other_PrivateUse
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph
            || (QChar::isSpace(c) && c != u' ' && c != 0x3000))
            return c;
    }
    return std::nullopt;
}

QString codePoint(char32_t c)
{
    return QString::number(uint(c), 16).rightJustified(4, u'0').toUpper();
}

int maxLength(QLatin1String column)
{
    if (column == QLatin1String("name"))
        return HouseholdChecks::MaxNameLength;
    if (column.endsWith(QLatin1String("address")))
        return HouseholdChecks::MaxAddressLength;
    return HouseholdChecks::MaxTextLength;
}

std::pair<int, int> yearRange(QLatin1String column)
{
    if (column == QLatin1String("renovation_year"))
        return {HouseholdChecks::FirstRenovationYear, HouseholdChecks::LastYear};
    return {HouseholdChecks::FirstYear, HouseholdChecks::LastYear};
}

double maxSize(QLatin1String column)
{
    if (column.endsWith(QLatin1String("_km")))
        return HouseholdChecks::MaxRoadKm;
    if (column.endsWith(QLatin1String("_m2")))
        return HouseholdChecks::MaxHousingM2;
    return HouseholdChecks::MaxLandMu;
}

// Every field of a row against its bounds, named as "where, label" (or the label alone).
// (The words are in the class's context, named here: lupdate cannot tell it inside a template.)
template <typename T> void checkFields(const T &row, const QString &where, QStringList &problems)
{
    using HC = HouseholdChecks;
    for (const RecordFields::Field<T> &f : RecordFields::fieldsOf<T>()) {
        const QLatin1String column(f.column);
        const QString label = RecordFields::tr(f.label);
        const QString field
            = where.isEmpty() ? label : QCoreApplication::translate("HouseholdChecks", "%1, %2").arg(where, label);
        const auto text = [&](const QString &value) {
            const QString trimmed = HC::trimmedText(value);
            if (const std::optional<char32_t> c = forbiddenCharacter(trimmed))
                problems << QCoreApplication::translate(
                    "HouseholdChecks", "%1 contains a control or invisible character (U+%2); type it again without it.")
                                .arg(field, codePoint(*c));
            qsizetype characters = 0;
            for (qsizetype i = 0; i < trimmed.size(); ++i) {
                if (!trimmed.at(i).isLowSurrogate())
                    ++characters;
            }
            if (const int most = maxLength(column); characters > most)
                problems << QCoreApplication::translate("HouseholdChecks", "%1 is too long: %2 characters, at most %3.")
                                .arg(field)
                                .arg(characters)
                                .arg(most);
        };
        const auto year = [&](int value) {
            const auto [first, last] = yearRange(column);
            if (value < first || value > last)
                problems << QCoreApplication::translate("HouseholdChecks", "%1 must be a year from %2 to %3; it is %4.")
                                .arg(field)
                                .arg(first)
                                .arg(last)
                                .arg(value);
        };
        std::visit(
            RecordFields::Overloaded{
                [&](QString T::*p) { text(row.*p); },
                [&](QStringList T::*p) {
                    for (const QString &item : row.*p)
                        text(item);
                },
                [&](int T::*p) {
                    if (column == QLatin1String("year")) {
                        year(row.*p);
                    } else if (column == QLatin1String("household_size") && (row.*p < 0 || row.*p > HC::MaxMembers)) {
                        problems << QCoreApplication::translate("HouseholdChecks", "%1 must be 1 to %2; it is %3.")
                                        .arg(field)
                                        .arg(HC::MaxMembers)
                                        .arg(row.*p);
                    }
                },
                [&](std::optional<int> T::*p) {
                    if (row.*p)
                        year(*(row.*p));
                },
                [&](qint64 T::*p) {
                    if (f.isMoney() && row.*p > HC::MaxIncomeItemFen)
                        problems << QCoreApplication::translate(
                            "HouseholdChecks", "%1 is %2 yuan; one amount can be at most %3 yuan.")
                                        .arg(field, Money::fromFen(row.*p).toString(),
                                            Money::fromFen(HC::MaxIncomeItemFen).toString());
                },
                [&](double T::*p) {
                    const double most = maxSize(column);
                    if (!std::isfinite(row.*p) || row.*p > most)
                        problems << QCoreApplication::translate(
                            "HouseholdChecks", "%1 must be a number from 0 to %2; it is %3.")
                                        .arg(field)
                                        .arg(most)
                                        .arg(row.*p);
                },
                [&](bool T::*) {},
                [&](QDate T::*) {},
            },
            f.member);
    }
}

template <typename T> void checkCodes(const T &row, const QString &where, const CodeLists &codes, QStringList &problems)
{
    for (const RecordFields::Field<T> &f : RecordFields::fieldsOf<T>()) {
        if (!f.codeList)
            continue;
        const QString list = QLatin1String(f.codeList);
        const QString label = RecordFields::tr(f.label);
        const QString field
            = where.isEmpty() ? label : QCoreApplication::translate("HouseholdChecks", "%1, %2").arg(where, label);
        const auto check = [&](const QString &code) {
            if (!code.isEmpty() && !codes.contains(list, code))
                problems << QCoreApplication::translate(
                    "HouseholdChecks", "%1: \"%2\" is not a code of the county's list for this field.")
                                .arg(field, HouseholdChecks::shown(code, 10));
        };
        if (const auto *p = std::get_if<QString T::*>(&f.member))
            check(row.**p);
        else if (const auto *l = std::get_if<QStringList T::*>(&f.member)) {
            for (const QString &code : row.**l)
                check(code);
        }
    }
}

QString incomeWhere(const IncomeRecord &r)
{
    return HouseholdChecks::tr("Income in %1").arg(r.year);
}

QString livingWhere(const LivingConditions &l)
{
    return HouseholdChecks::tr("Living conditions in %1").arg(l.year);
}

} // namespace

QString HouseholdChecks::trimmedText(const QString &text)
{
    const QList<uint> ucs4 = text.toUcs4();
    qsizetype first = 0;
    qsizetype last = ucs4.size();
    while (first < last && isInvisible(ucs4.at(first)))
        ++first;
    while (last > first && isInvisible(ucs4.at(last - 1)))
        --last;
    if (first == 0 && last == ucs4.size())
        return text;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + first, last - first);
}

QString HouseholdChecks::shown(const QString &text, int length)
{
    QString safe;
    int characters = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (characters == length) {
            safe += u'…';
            break;
        }
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QStringView c = QStringView(text).mid(i, width);
        safe += forbiddenCharacter(c) ? QStringView(u"\uFFFD") : c;
        i += width - 1;
        ++characters;
    }
    return safe;
}

QStringList HouseholdChecks::codeProblems(const Household &h, const CodeLists &codes)
{
    QStringList problems;
    checkCodes(h, QString(), codes, problems);
    for (int i = 0; i < h.members.size() && i < MaxMembers; ++i)
        checkCodes(h.members.at(i), Member::label(shown(h.members.at(i).name), i + 1), codes, problems);
    for (const LivingConditions &l : h.livingConditions.mid(0, MaxYearRows))
        checkCodes(l, livingWhere(l), codes, problems);
    return problems;
}

QStringList HouseholdChecks::problems(const Household &h)
{
    QStringList problems;
    // So many rows are an error of the file, not a household: said once, not row by row.
    if (h.members.size() > MaxMembers)
        return {
            tr("The household has %1 members; a household can have at most %2.").arg(h.members.size()).arg(MaxMembers)};
    if (h.incomes.size() > MaxYearRows || h.livingConditions.size() > MaxYearRows)
        return {tr("The household has more than %1 years of income or living conditions.").arg(MaxYearRows)};
    if (h.townshipId == 0 || h.villageId == 0)
        problems << tr("Choose the township and village.");
    static const QRegularExpression codeDigits(QStringLiteral("^\\d{%1}$").arg(CodeLength));
    if (h.code.trimmed().isEmpty())
        problems << tr("The household code is empty.");
    else if (!codeDigits.match(trimmedText(h.code)).hasMatch())
        problems << tr("The household code \"%1\" is not %2 digits (the village's %3-digit code and a serial).")
                        .arg(shown(h.code, CodeLength + 4))
                        .arg(CodeLength)
                        .arg(VillageCodeLength);
    checkFields(h, QString(), problems);
    if (!h.phone.isEmpty()) {
        if (const PhoneNumber::Check phone = PhoneNumber::check(h.phone); !phone.valid())
            problems << tr("Phone: %1").arg(phone.reason);
    }
    if (h.attributeCode.isEmpty())
        problems << tr("Choose the household attribute.");

    if (h.members.isEmpty()) {
        problems << tr("Add the members of the household, the head first.");
    } else {
        const auto heads
            = std::count_if(h.members.cbegin(), h.members.cend(), [](const Member &m) { return m.isHead(); });
        if (heads == 0)
            problems << tr("No member is the head of household (户主).");
        else if (heads > 1)
            problems << tr("%1 members are marked as head; only one can be.").arg(heads);
    }
    QHash<QString, QString> ids; // normalized ID → member name
    for (int i = 0; i < h.members.size(); ++i) {
        const Member &m = h.members.at(i);
        const QString who = Member::label(shown(m.name), i + 1);
        if (m.name.trimmed().isEmpty())
            problems << tr("%1 has no name.").arg(who);
        if (m.relationCode.isEmpty())
            problems << tr("%1: choose the relation to the head.").arg(who);
        // The ID number, then the months: a member without a valid ID is still checked for both.
        if (m.idNumber.isEmpty()) {
            problems << tr("%1 has no ID number.").arg(who);
        } else if (const IdNumber::Check check = IdNumber::check(m.idNumber); !check.valid) {
            problems << tr("%1's ID number %2: %3").arg(who, shown(m.idNumber), check.reason);
        } else {
            if (const QString other = ids.value(check.normalized); !other.isEmpty())
                problems << tr("%1 and %2 have the same ID number %3.").arg(other, who, check.normalized);
            ids.insert(check.normalized, who);
        }
        if (!isMonths(m.monthsWorked))
            problems << tr("%1: months worked must be 0 to 12.").arg(who);
        if (!isMonths(m.welfareJobMonths))
            problems << tr("%1: welfare-job months must be 0 to 12.").arg(who);
        checkFields(m, who, problems);
    }
    if (h.mainCauseCode.isEmpty())
        problems << tr("Choose the main poverty cause.");
    // What the county file refuses as well; said here in words, before a write is tried.
    for (const IncomeRecord &income : h.incomes) {
        const qint64 amounts[] = {income.wageMigrant, income.wageWelfareJob, income.opCrops, income.opLivestock,
            income.opForestry, income.opOther, income.propDividend, income.propLandTransfer, income.trFamilyPlanning,
            income.trSubsistence, income.trExtremeSupport, income.trPension, income.trEcoCompensation,
            income.trSubsidies, income.trAlimony, income.trInsurance, income.opCosts};
        if (const auto negative = std::find_if(std::begin(amounts), std::end(amounts), [](qint64 a) { return a < 0; });
            negative != std::end(amounts))
            problems << tr("Income in %1: an amount is negative (%2 yuan); amounts cannot be below zero.")
                            .arg(income.year)
                            .arg(Money::fromFen(*negative).toString());
        checkFields(income, incomeWhere(income), problems);
    }
    for (const LivingConditions &l : h.livingConditions) {
        const double sizes[] = {l.farmlandMu, l.irrigatedMu, l.forestMu, l.returnedFarmlandMu, l.fruitForestMu,
            l.pastureMu, l.waterSurfaceMu, l.roadDistanceKm, l.housingAreaM2};
        if (const auto negative = std::find_if(std::begin(sizes), std::end(sizes), [](double v) { return v < 0; });
            negative != std::end(sizes))
            problems << tr("Living conditions in %1: an area or distance is negative (%2); it cannot be below zero.")
                            .arg(l.year)
                            .arg(*negative);
        checkFields(l, livingWhere(l), problems);
    }
    return problems;
}
