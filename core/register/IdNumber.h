// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

// Resident ID numbers (居民身份证号码, GB 11643-1999): 18-digit numbers with a MOD 11-2 check
// character and first-generation 15-digit numbers. The 20- and 22-digit disability certificate
// numbers (残疾人证号), an ID number followed by more digits, are a different thing: check()
// refuses them, checkDisabilityCertificate() recognises them.
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdNumber)

public:
    struct Check
    {
        bool valid = false;
        QString normalized; // ASCII digits, uppercase X, no spaces; 15-digit numbers stay 15 digits
        QString reason; // empty when valid; otherwise a sentence a village cadre understands
        QDate birthDate; // when derivable (also for some invalid numbers, e.g. a wrong check digit)
        QString sexCode; // "1" male, "2" female (code list sex.csv), empty when not derivable
        int length = 0; // 15 or 18 when recognised (20 or 22 from checkDisabilityCertificate)
    };

    // The earliest birth year accepted: the standard's own example (440524188001010014) is 1880.
    static constexpr int EarliestBirthYear = 1880;

    // Full-width digits and X (as typed by Chinese input methods) to ASCII, all whitespace
    // (U+3000 too) removed, lowercase x to X. Other characters are kept for check() to reject.
    static QString normalize(const QString &input);
    // A resident ID number as a member's ID field takes it. Line breaks and other control
    // characters inside the number are refused (they are not typed, they come from a bad paste);
    // around it they are dropped like spaces.
    static Check check(const QString &input);
    // A disability certificate number: a valid resident ID number followed by 2 (or 4) digits.
    // Birth date and sex are the holder's.
    static Check checkDisabilityCertificate(const QString &input);
    // GB 11643 MOD 11-2 over the first 17 digits: '0'-'9' or 'X'; a null QChar when first17 is
    // not 17 ASCII digits.
    static QChar checkDigit(QStringView first17);
    // A valid 18-digit number, for the demo generator and tests: region (6 digits), birth date,
    // sequence 0..999 (odd = male). Empty when the arguments cannot give a valid number (region
    // not in China, date outside EarliestBirthYear..today, sequence out of range).
    static QString make(const QString &region6, const QDate &birthDate, int sequence);
};
