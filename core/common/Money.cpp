// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Money.h"

namespace {

constexpr char16_t Yuan = u'元';
constexpr char16_t YenSign = u'¥';

// Characters that arrive with pasted text (from a spreadsheet or a web page) and are not seen.
bool isInvisible(char16_t u)
{
    return u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF;
}

// What a Chinese input method or a full-width keyboard produces, folded to the ASCII the amount
// is read in: full-width digits, ．and the ideographic 。 as the decimal point, ，as the comma,
// full-width and typographic minus signs, ￥ as ¥.
char16_t fold(char16_t u)
{
    if (u >= 0xFF10 && u <= 0xFF19)
        return char16_t(u - 0xFF10 + u'0');
    switch (u) {
    case 0xFF0E: // ．
    case 0x3002: // 。
        return u'.';
    case 0xFF0C: // ，
        return u',';
    case 0xFF0D: // －
    case 0x2212: // −
        return u'-';
    case 0xFFE5: // ￥
        return YenSign;
    default:
        return u;
    }
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

Result<Money> Money::parse(const QString &text, Sign sign)
{
    const auto fail = [](const QString &reason) { return Result<Money>::failure(reason); };

    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        if (!isInvisible(c.unicode()))
            s += c.isSpace() ? QChar(u' ') : QChar(fold(c.unicode()));
    }
    s = s.trimmed();
    if (s.isEmpty())
        return fail(tr("No amount was given."));

    // The unit after the number; the minus and the currency sign before it, in either order.
    if (s.endsWith(QChar(Yuan)))
        s = s.chopped(1).trimmed();
    bool negative = false;
    bool currency = false;
    qsizetype i = 0;
    for (; i < s.size(); ++i) {
        if (s.at(i) == u'-' && !negative)
            negative = true;
        else if (s.at(i) == YenSign && !currency)
            currency = true;
        else if (s.at(i) != u' ')
            break;
    }

    QString integer;
    QString fraction;
    bool point = false;
    for (; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (isDigit(c)) {
            (point ? fraction : integer) += c;
        } else if (c == u'.') {
            if (point)
                return fail(tr("An amount has only one decimal point."));
            point = true;
        } else if (c == u',') {
            if (point)
                return fail(tr("Commas separate thousands before the decimal point, as in 3,250.50."));
            integer += c;
        } else if (c == u' ') {
            return fail(tr("An amount cannot have spaces between its digits."));
        } else if (c == u'-') {
            return fail(tr("A minus sign can only stand before the amount."));
        } else {
            return fail(tr("“%1” cannot be part of an amount.").arg(c));
        }
    }

    if (integer.contains(u',')) {
        // Only thousands: "3,250" is 3250 yuan. "3,25" could be 3.25 or a slip, so it is not guessed.
        const QStringList groups = integer.split(u',');
        bool grouped = !groups.first().isEmpty() && groups.first().size() <= 3;
        for (qsizetype g = 1; g < groups.size(); ++g)
            grouped = grouped && groups.at(g).size() == 3;
        if (!grouped)
            return fail(tr("Commas separate thousands, as in 3,250.50; write decimals after a point."));
        integer.remove(u',');
    }
    if (integer.isEmpty() && fraction.isEmpty())
        return fail(tr("The amount has no digits."));
    // A third decimal is not rounded away: "3.500" may well have meant 3500.
    if (fraction.size() > 2)
        return fail(tr("An amount has at most two decimals (fen)."));

    qint64 yuan = 0;
    for (const QChar c : std::as_const(integer)) {
        yuan = yuan * 10 + (c.unicode() - u'0');
        if (yuan > MaxFen / 100)
            return fail(tr("An amount can be at most %1 yuan.").arg(fromFen(MaxFen).toString()));
    }
    const qint64 fen = yuan * 100 + fraction.leftJustified(2, u'0').toInt();
    if (fen > MaxFen)
        return fail(tr("An amount can be at most %1 yuan.").arg(fromFen(MaxFen).toString()));
    if (negative && fen != 0 && sign == Sign::NonNegative)
        return fail(tr("The amount cannot be negative."));
    return Money(negative ? -fen : fen);
}

QString Money::toString() const
{
    return format(true);
}

QString Money::toEditString() const
{
    return format(false);
}

QString Money::format(bool separateThousands) const
{
    // Unsigned, so that even the most negative value has a magnitude.
    const quint64 magnitude = m_fen < 0 ? 0 - quint64(m_fen) : quint64(m_fen);
    QString yuan = QString::number(magnitude / 100);
    if (separateThousands) {
        for (qsizetype at = yuan.size() - 3; at > 0; at -= 3)
            yuan.insert(at, u',');
    }
    const int fen = int(magnitude % 100);
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + yuan + u'.' + QChar(char16_t(u'0' + fen / 10))
        + QChar(char16_t(u'0' + fen % 10));
}
