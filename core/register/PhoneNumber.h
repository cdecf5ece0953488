// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Mainland China phone numbers as households give them: mobiles (11 digits, 13x-19x) and
// landlines with or without an area code (区号).
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    enum class Kind { Invalid, Mobile, Landline };

    struct Check
    {
        Kind kind = Kind::Invalid;
        // Mobile: 11 digits. Landline: "0855-1234567", or the bare 7-8 digits when typed without an
        // area code. Invalid: the input with full-width characters folded and spaces removed.
        QString normalized;
        QString reason; // empty when valid
        bool valid() const { return kind != Kind::Invalid; }
    };

    // Accepts spaces, hyphens and brackets, full-width digits, and a +86 / 0086 country prefix.
    static Check check(const QString &input);
};
