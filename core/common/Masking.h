// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Personal numbers on anything posted or printed for others to read (公示, cards on a wall):
// resident ID numbers and bank account numbers keep their first 6 and last 4 characters, the rest
// become '*' (DOMAIN.md §6). The one masking rule: notices and cards call it, nothing else masks.
class Masking
{
public:
    static constexpr int KeepFirst = 6;
    static constexpr int KeepLast = 4;

    // "522633199001011234" → "522633********1234"; spaces and dashes a bank number is written with
    // are dropped first. A value too short to hide anything between the kept ends (10 characters
    // or fewer) becomes all '*': keeping 6 + 4 of it would show it whole.
    static QString mask(const QString &value);
};
