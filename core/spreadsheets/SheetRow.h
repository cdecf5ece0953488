// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

// One cell as the file stores it: the stored value, never what a reader guesses it shows.
struct SheetCell
{
    enum class Kind { Empty, Text, Number, Boolean, Date, Error };
    Kind kind = Kind::Empty;
    // Text and Error: the text. Number: the number as stored ("440524198001010014", "4.4E+17").
    // Boolean: "1" or "0". Date: the date as YYYY-MM-DD.
    QString text;
    double number = 0;
    QDate date;

    bool isEmpty() const { return kind == Kind::Empty || (kind == Kind::Text && text.trimmed().isEmpty()); }
};

// One row of a sheet: its number in the sheet as the spreadsheet program shows it (from 1), and its
// cells from column A (index 0). Rows with no cell at all are not reported.
struct SheetRow
{
    int number = 0;
    QList<SheetCell> cells;

    const SheetCell &cell(int column) const
    {
        static const SheetCell empty;
        return column >= 0 && column < cells.size() ? cells.at(column) : empty;
    }
};
