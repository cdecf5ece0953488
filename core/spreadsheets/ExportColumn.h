// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// One column of an exported list: its header and how its cells are stored, so that a spreadsheet
// keeps every digit of an ID number and reads an amount as a number.
struct ExportColumn
{
    enum class Kind {
        Text, // stored as text: names, ID numbers, codes, phones, account numbers (every digit kept)
        Number, // a count or a year (int or qint64), or a measure (double)
        Amount, // money: qint64 fen, written as yuan with two decimals
        Date, // a QDate
    };

    QString header;
    Kind kind = Kind::Text;
};

using ExportColumns = QList<ExportColumn>;
