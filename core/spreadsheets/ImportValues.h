// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "spreadsheets/SheetRow.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// A roster's cells as the register's values. What is safe is normalised (full-width digits and
// letters, spaces, a lowercase x, thousands separators and 元, dates typed as 1985.3.12 or
// 1985年3月12日 or kept as Excel serial numbers); what may have lost information is refused in words
// (an ID number stored as a number or shown in scientific notation: its last digits may be gone).
class ImportValues
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)

public:
    // The cell as text, trimmed; an integral number as its digits.
    static QString text(const SheetCell &cell);
    // Full-width ASCII forms (U+FF01..U+FF5E) and the ideographic space to their ASCII twins.
    static QString halfWidth(const QString &text);
    // A resident ID number, checked as the editor checks it (IdNumber::check).
    static Result<QString> idNumber(const SheetCell &cell);
    // A phone number as the editor stores it (PhoneNumber::check).
    static Result<QString> phone(const SheetCell &cell);
    // An amount in yuan ("3,250.50元", "￥3250.5", a number) in fen.
    static Result<qint64> fen(const SheetCell &cell);
    // A date: a date cell, an Excel serial day, 1985-03-12, 1985/3/12, 1985.3.12, 1985年3月12日, 19850312.
    static Result<QDate> date(const SheetCell &cell);
    static Result<int> integer(const SheetCell &cell, int minimum, int maximum);
    // 是/否, 有/无, √/×, Y/N, 1/0, true/false.
    static Result<bool> flag(const SheetCell &cell);
    // Whether the text shows a number in scientific notation (4.40524E+17).
    static bool isScientific(const QString &text);
};
