// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/Household.h"

#include <QCoreApplication>
#include <QStringList>

class CodeLists;

// What must be right before a household can be saved at all: a place in the division tree, a
// code, one head, a name and a valid ID number for every member, months within a year, no
// negative amounts or areas, the required codes, text without control or invisible characters,
// and every number and text within the bounds below (DOMAIN.md §2, §7). (Whether the data are
// plausible is the data-quality rules' business; they warn but do not block.)
class HouseholdChecks
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdChecks)

public:
    // A household of more people than this is a typing or import error, not a family.
    static constexpr int MaxMembers = 30;
    // Rows of income or living conditions: one a year, and the register is kept for decades.
    static constexpr int MaxYearRows = 100;
    // Years of the register: identification, exit, income and living conditions.
    static constexpr int FirstYear = 2000;
    static constexpr int LastYear = 2100;
    // A house renovated before the People's Republic is not a renovation the register records.
    static constexpr int FirstRenovationYear = 1949;
    // One income item: 100,000,000 yuan in fen. The sums of a county's items stay far below
    // what a 64-bit fen total holds, so no total can overflow.
    static constexpr qint64 MaxIncomeItemFen = 100'000'000LL * 100;
    // Land in mu, road distance in km, housing in m² (far above what any household has).
    static constexpr double MaxLandMu = 100'000;
    static constexpr double MaxRoadKm = 1'000;
    static constexpr double MaxHousingM2 = 10'000;
    // Characters of a name, of an address, of any other text field.
    static constexpr int MaxNameLength = 50;
    static constexpr int MaxAddressLength = 200;
    static constexpr int MaxTextLength = 100;
    // A household code (户编号): the village's 12-digit division code and a 4-digit serial.
    static constexpr int CodeLength = 16;
    static constexpr int VillageCodeLength = 12;

    // One sentence per problem, in the booklet's order; empty when the household can be saved.
    static QStringList problems(const Household &household);
    // Codes that are not in the county's code lists (every coded field, the lists as data).
    static QStringList codeProblems(const Household &household, const CodeLists &codes);
    // The text with spaces and invisible characters (zero-width, bidi marks, controls) removed at
    // both ends, as the county name is: what is saved of a text field.
    static QString trimmedText(const QString &text);
    // Text typed by someone, safe to put in a message: control and invisible characters shown as
    // U+FFFD (an escape sequence would otherwise act on the terminal that prints the message),
    // and cut with "…" after `length` characters.
    static QString shown(const QString &text, int length = 40);
};
