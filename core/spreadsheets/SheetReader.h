// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "spreadsheets/SheetRow.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

// Reads the rows of one sheet of a spreadsheet file, one at a time: .xlsx (XlsxSheetReader), .xls
// (XlsSheetReader) or .csv (CsvSheetReader), chosen by what the file holds, not by its name. Every
// refusal names the file and says what is wrong with it in words.
class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SheetReader)

public:
    // More rows than this is not a roster of one county (Excel itself stops at 1,048,576).
    static constexpr int MaxRows = 1'000'000;
    // More columns than this is not a roster either.
    static constexpr int MaxColumns = 500;

    virtual ~SheetReader() = default;

    // Opens the file and checks it is a spreadsheet this app reads; the first sheet is selected.
    static Result<std::unique_ptr<SheetReader>> open(const QString &path);

    // The sheets' names in the workbook's order (a CSV file has one, named after the file).
    virtual QStringList sheetNames() const = 0;
    // Starts reading the sheet (from its first row); refused when it cannot be read.
    virtual Status selectSheet(int index) = 0;
    // The next row that has a cell, or nullopt at the end or when the file cannot be read further
    // (then error() says why; it is empty at a normal end).
    virtual std::optional<SheetRow> next() = 0;
    QString error() const { return m_error; }
    // How far the reading has come through the selected sheet, 0 to 1.
    virtual double progress() const = 0;

    // The sheet's index by name; -1 when there is none.
    int sheetIndex(const QString &name) const { return int(sheetNames().indexOf(name)); }
    QString path() const { return m_path; }
    // The file's name as messages show it.
    QString fileName() const;

protected:
    explicit SheetReader(QString path) : m_path(std::move(path)) { }
    // Reads what the file says about itself (its sheets); refused when it is not what it seems.
    virtual Status load() = 0;
    void setError(const QString &error) { m_error = error; }
    // The refusal of a sheet with more than MaxRows rows.
    QString tooManyRows() const;

private:
    QString m_path;
    QString m_error;
};
