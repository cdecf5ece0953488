// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/PhoneNumber.h"

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Hyphen-like characters that input methods and word processors put between digit groups.
bool isDash(char16_t u)
{
    return u == u'-' || u == 0x2010 || u == 0x2011 || u == 0x2012 || u == 0x2013 || u == 0x2014 || u == 0x2212;
}

// Full-width forms folded to ASCII; whitespace and invisible characters dropped.
QString fold(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        char16_t u = c.unicode();
        if (c.isSpace() || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF)
            continue;
        if (u >= 0xFF01 && u <= 0xFF5E)
            u = static_cast<char16_t>(u - 0xFEE0);
        out += QChar(u);
    }
    return out;
}

// 010 and 02x are the only three-character area codes; all others are four (0xxx).
int areaCodeLength(QStringView digits)
{
    return digits.size() >= 2 && (digits.at(1) == u'1' || digits.at(1) == u'2') ? 3 : 4;
}

} // namespace

PhoneNumber::Check PhoneNumber::check(const QString &input)
{
    Check result;
    const QString folded = fold(input);
    result.normalized = folded;
    if (folded.isEmpty()) {
        result.reason = tr("The phone number is empty.");
        return result;
    }

    // Separators go; digits and a leading + stay.
    QString digits;
    bool plus = false;
    for (QChar c : folded) {
        if (isAsciiDigit(c)) {
            digits += c;
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (!(isDash(c.unicode()) || c == u'(' || c == u')' || c == u'.')) {
            result.reason = tr("Only digits, spaces, hyphens and brackets are allowed in a phone number.");
            return result;
        }
    }
    if (digits.isEmpty()) {
        result.reason = tr("The phone number has no digits.");
        return result;
    }

    // The country prefix: +86, 0086, or 86 before a mobile number. Abroad a landline's area code
    // loses its 0 (+86 855 1234567), so it comes back.
    bool international = false;
    if (plus) {
        if (!digits.startsWith(u"86")) {
            result.reason = tr("Only mainland China numbers (+86) are accepted.");
            return result;
        }
        digits.remove(0, 2);
        international = true;
    } else if (digits.startsWith(u"0086")) {
        digits.remove(0, 4);
        international = true;
    } else if (digits.size() == 13 && digits.startsWith(u"861")) {
        digits.remove(0, 2);
    } else if (digits.startsWith(u"00")) {
        result.reason = tr("Only mainland China numbers (+86) are accepted.");
        return result;
    }
    // No mobile starts with 10, so +86 10 ... is Beijing.
    if (international && !digits.isEmpty() && digits.at(0) != u'0'
        && (digits.at(0) != u'1' || digits.startsWith(u"10")))
        digits.prepend(u'0');
    if (digits.isEmpty()) {
        result.reason = tr("The phone number has nothing after the country code +86.");
        return result;
    }

    const qsizetype count = digits.size();
    if (digits.at(0) == u'1') {
        if (count != 11) {
            result.reason = tr("A mobile number has 11 digits; this one has %1.").arg(count);
        } else if (digits.at(1) < u'3') {
            result.reason = tr("A mobile number must start with 13 to 19, not %1.").arg(QStringView(digits).left(2));
        } else {
            result.kind = Kind::Mobile;
            result.normalized = digits;
        }
        return result;
    }

    if (digits.at(0) == u'0') {
        const int areaLength = areaCodeLength(digits);
        const QStringView area = QStringView(digits).left(areaLength);
        const QStringView local = QStringView(digits).mid(areaLength);
        if (count < 2 || (digits.at(1) == u'1' && area != u"010") || digits.at(1) == u'0') {
            result.reason = tr("The area code %1 does not exist.").arg(area);
        } else if (local.size() < 7 || local.size() > 8) {
            result.reason = tr("After the area code %1 a landline number has 7 or 8 digits; this one has %2.")
                                .arg(area)
                                .arg(local.size());
        } else if (local.at(0) == u'0') {
            result.reason = tr("A landline number cannot start with 0 after the area code.");
        } else {
            result.kind = Kind::Landline;
            result.normalized = area + u'-' + local;
        }
        return result;
    }

    if (count < 7 || count > 8) {
        result.reason = tr("A landline number has 7 or 8 digits (11 for a mobile); this one has %1.").arg(count);
        return result;
    }
    result.kind = Kind::Landline;
    result.normalized = digits;
    return result;
}
