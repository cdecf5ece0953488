// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "spreadsheets/ExportColumn.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

class QTemporaryFile;

// Writes one list to a spreadsheet file, a row at a time, without holding the list. The file is
// written under a temporary name in the same folder and renamed only when it is complete: a full
// disk, a missing permission or a cancel leaves no file (and no half file) under either name, and
// an older file of that name stays as it was. The arguments are checked before anything is
// created. Messages name the file.
class SheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(SheetWriter)

public:
    enum class Format { Xlsx, Csv };

    virtual ~SheetWriter();

    // A writer for the format; nothing is created until open().
    static std::unique_ptr<SheetWriter> create(Format format);
    // The format a file name asks for (.xlsx or .csv, any case); nullopt for another name.
    static std::optional<Format> formatOf(const QString &path);
    static QString suffix(Format format);
    virtual Format format() const = 0;

    // Checks the file name (its suffix, its folder, not one of `inputsBeingRead` nor any SQLite file)
    // and the columns, then starts the temporary file beside `path` with the header row.
    Status open(const QString &path, const QString &sheetName, const ExportColumns &columns,
        const QStringList &inputsBeingRead = {});
    // One row: a cell per column (an invalid QVariant or an empty text leaves the cell empty).
    Status writeRow(const QVariantList &cells);
    // Completes the file and puts it in place under its name; the rows written, header excluded.
    Result<qint64> finish();
    // Drops the temporary file; the file under the name is untouched. Also done on destruction when
    // finish() was not reached.
    void discard();

    const QString &path() const { return m_path; }
    qint64 rows() const { return m_rows; }

    // Why writing `path` failed, from the C library's error number, in a sentence that names the file.
    static QString failure(const QString &path, int errorNumber);

protected:
    SheetWriter() = default;

    // The largest number of data rows a sheet of the format holds.
    virtual qint64 maxRows() const = 0;
    // Starts the file at temporaryPath (created empty already) with the header row.
    virtual Status begin(const QString &temporaryPath, const QString &sheetName) = 0;
    virtual Status row(const QVariantList &cells) = 0;
    // Completes the file at temporaryPath; it is renamed afterwards.
    virtual Status end() = 0;
    // Frees what the format holds after a failure or a discard. A writer's destructor calls
    // discard(), as the base's cannot reach abandon() any more.
    virtual void abandon() = 0;

    const ExportColumns &columns() const { return m_columns; }
    // A cell's text as a list shows it (dates ISO, amounts in yuan with two decimals).
    static QString text(const ExportColumn &column, const QVariant &cell);

private:
    QString m_path;
    ExportColumns m_columns;
    std::unique_ptr<QTemporaryFile> m_temporary;
    qint64 m_rows = 0;
    bool m_failed = false;
};
