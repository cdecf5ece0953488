// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/IdNumber.h"

#include <QDateTime>

#include <algorithm>
#include <array>

namespace {

// Today's date, read again at most once a minute: QDate::currentDate() consults the time zone
// files on every call, which is a third of the time of checking a county's 330,000 numbers.
QDate today()
{
    static qint64 readAt = -1;
    static QDate date;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (readAt < 0 || now - readAt > 60 * 1000) {
        date = QDate::currentDate();
        readAt = now;
    }
    return date;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allAsciiDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), isAsciiDigit);
}

// The value of a run of ASCII digits (already checked).
int digitsValue(QStringView s)
{
    int value = 0;
    for (QChar c : s)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

// Provinces and the special regions (GB/T 2260); the first two digits of every region code.
bool isProvinceCode(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37)
        || (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) || code == 71
        || code == 81 || code == 82 || code == 83;
}

// Characters pasted from web pages and spreadsheets that are invisible but not QChar::isSpace().
bool isInvisible(char16_t u)
{
    return u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF;
}

// Line breaks, tabs, escape and other control characters: never part of a typed number.
bool isControl(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph;
}

// Whether a control character lies between the first and the last character that normalize() keeps.
bool hasInnerControl(const QString &input)
{
    const auto dropped = [](QChar c) { return c.isSpace() || isInvisible(c.unicode()); };
    qsizetype first = 0;
    qsizetype last = input.size() - 1;
    while (first <= last && dropped(input.at(first)))
        ++first;
    while (last >= first && dropped(input.at(last)))
        --last;
    for (qsizetype i = first; i <= last; ++i) {
        if (isControl(input.at(i)))
            return true;
    }
    return false;
}

QString dateText(int year, int month, int day)
{
    const QLatin1Char zero('0');
    return QStringLiteral("%1-%2-%3").arg(year, 4, 10, zero).arg(month, 2, 10, zero).arg(day, 2, 10, zero);
}

} // namespace

QString IdNumber::normalize(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        char16_t u = c.unicode();
        if (c.isSpace() || isInvisible(u))
            continue;
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width forms of printable ASCII
            u = static_cast<char16_t>(u - 0xFEE0);
        if (u == u'x')
            u = u'X';
        out += QChar(u);
    }
    return out;
}

QChar IdNumber::checkDigit(QStringView first17)
{
    // Weight of position i is 2^(17 - i) mod 11.
    static constexpr std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t characters[] = u"10X98765432";
    if (first17.size() != 17 || !allAsciiDigits(first17))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * weights[static_cast<size_t>(i)];
    return QChar(characters[sum % 11]);
}

namespace {

// What check() and checkDisabilityCertificate() share: the characters, the X, and the resident ID
// number in the first 15 or 18 characters. `certificate`: the 20- or 22-character form.
IdNumber::Check checkNumber(const QString &input, bool certificate)
{
    IdNumber::Check result;
    result.normalized = IdNumber::normalize(input);
    const QString &number = result.normalized;
    const qsizetype length = number.size();

    if (number.isEmpty()) {
        result.reason = IdNumber::tr("The ID number is empty.");
        return result;
    }
    if (hasInnerControl(input)) {
        result.reason
            = IdNumber::tr("The ID number contains a line break or another control character. Type it again.");
        return result;
    }
    if (!std::all_of(number.begin(), number.end(), [](QChar c) { return isAsciiDigit(c) || c == u'X'; })) {
        result.reason = IdNumber::tr("Only digits and a final X are allowed.");
        return result;
    }
    const bool certificateLength = length == 20 || length == 22;
    if (certificate && !certificateLength) {
        result.reason
            = IdNumber::tr("A disability certificate number has 20 or 22 characters; this one has %1.").arg(length);
        return result;
    }
    if (!certificate && certificateLength) {
        // The number a cadre is most likely to confuse with an ID: it starts with one.
        result.reason = IdNumber::tr("This number has %1 digits, like a disability certificate number (an ID number "
                                     "followed by more digits). A resident ID number has 18 digits (or 15 for old "
                                     "numbers): copy it from the ID card.")
                            .arg(length);
        return result;
    }
    if (!certificate && length != 15 && length != 18) {
        result.reason
            = IdNumber::tr("An ID number has 18 digits (or 15 for old numbers); this one has %1.").arg(length);
        return result;
    }
    for (qsizetype i = 0; i < length; ++i) {
        if (number.at(i) == u'X' && !(i == 17 && length >= 18)) {
            result.reason = certificate ? IdNumber::tr("Only the 18th character of a certificate number may be an X.")
                                        : IdNumber::tr("Only digits and a final X are allowed.");
            return result;
        }
    }
    result.length = static_cast<int>(length);

    const bool firstGeneration = length == 15;
    const QStringView id = QStringView(number).left(firstGeneration ? 15 : 18);
    const QStringView region = id.left(6);
    const int year = firstGeneration ? 1900 + digitsValue(id.mid(6, 2)) : digitsValue(id.mid(6, 4));
    const int dateStart = firstGeneration ? 8 : 10;
    const int month = digitsValue(id.mid(dateStart, 2));
    const int day = digitsValue(id.mid(dateStart + 2, 2));
    const QDate date(year, month, day);
    const int sexDigit = id.at(firstGeneration ? 14 : 16).unicode() - u'0';

    result.sexCode = sexDigit % 2 == 1 ? QStringLiteral("1") : QStringLiteral("2");
    const bool dateInRange = date.isValid() && year >= IdNumber::EarliestBirthYear && date <= today();
    if (dateInRange)
        result.birthDate = date;

    if (!isProvinceCode(digitsValue(region.left(2)))) {
        result.reason = IdNumber::tr("The region code %1 is not a Chinese region.").arg(region);
    } else if (!date.isValid()) {
        result.reason = IdNumber::tr("The birth date %1 does not exist.").arg(dateText(year, month, day));
    } else if (year < IdNumber::EarliestBirthYear) {
        result.reason = IdNumber::tr("The birth year %1 is too early.").arg(year);
    } else if (date > today()) {
        result.reason = IdNumber::tr("The birth date %1 is in the future.").arg(date.toString(Qt::ISODate));
    } else if (!firstGeneration && id.at(17) != IdNumber::checkDigit(id.left(17))) {
        // Not the digit it should be: a mistyped middle digit is far likelier than a wrong last one,
        // and naming the "right" last digit would make the wrong number pass.
        result.reason = IdNumber::tr("The number does not pass the check digit test: a digit is probably mistyped. "
                                     "Compare it digit by digit with the ID card.");
    }
    result.valid = result.reason.isEmpty();
    return result;
}

} // namespace

IdNumber::Check IdNumber::check(const QString &input)
{
    return checkNumber(input, false);
}

IdNumber::Check IdNumber::checkDisabilityCertificate(const QString &input)
{
    return checkNumber(input, true);
}

QString IdNumber::make(const QString &region6, const QDate &birthDate, int sequence)
{
    if (region6.size() != 6 || !allAsciiDigits(region6) || !birthDate.isValid() || sequence < 0 || sequence > 999)
        return {};
    const QLatin1Char zero('0');
    QString number = region6
        + QStringLiteral("%1%2%3%4")
              .arg(birthDate.year(), 4, 10, zero)
              .arg(birthDate.month(), 2, 10, zero)
              .arg(birthDate.day(), 2, 10, zero)
              .arg(sequence, 3, 10, zero);
    number += checkDigit(number);
    if (!check(number).valid)
        return {};
    return number;
}
