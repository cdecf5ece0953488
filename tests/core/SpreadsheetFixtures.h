// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Spreadsheet files for the import tests, written by real writers: workbooks by python3-openpyxl,
// GBK text by iconv.
namespace SpreadsheetFixtures {

// A cell that openpyxl writes as an Excel date (a number with a date format).
QJsonObject date(const QString &isoDate, const QString &format = QStringLiteral("yyyy-mm-dd"));
// A cell written as a number.
QJsonObject number(double value);

// Writes rows (arrays of strings, numbers, or the objects above; null for no cell) to an .xlsx at
// path with openpyxl; merges are ranges such as "A1:H1". Returns openpyxl's error, empty on success.
QString writeXlsx(const QString &path, const QJsonArray &rows, const QStringList &merges = {},
    const QString &sheetName = QStringLiteral("花名册"));
// Writes the UTF-8 text to path converted by iconv into the encoding (GBK, GB18030).
QString writeEncoded(const QString &path, const QString &text, const QString &encoding);

} // namespace SpreadsheetFixtures
