// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheets/SheetReader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

class ZipArchive;
class ZipEntry;
class QXmlStreamReader;

// An Office Open XML workbook (.xlsx, as Excel, WPS and LibreOffice write it), read from its zip
// with libzip and its sheet XML with QXmlStreamReader one row at a time: only the shared strings,
// the styles and the merged ranges are held, never the sheet. Dates are the numbers whose cell
// format is a date format (built in or custom); a merged range gives every cell the value of its
// top-left cell.
class XlsxSheetReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetReader)

public:
    explicit XlsxSheetReader(const QString &path);
    ~XlsxSheetReader() override;

    QStringList sheetNames() const override { return m_names; }
    Status selectSheet(int index) override;
    std::optional<SheetRow> next() override;
    double progress() const override;

    // An Excel serial day number as a date, in the 1900 date system (with its phantom 29 February
    // 1900) or the 1904 one; invalid for a number that is no day.
    static QDate serialToDate(double serial, bool base1904 = false);
    // Whether a number format shows a date: Excel's built-in date formats (Chinese ones included)
    // or a custom format code with day, month or year parts outside quotes and brackets.
    static bool isDateFormat(int numFmtId, const QString &formatCode);
    // "BC12" → column 54 (from 0) and row 12; false when it is not a cell reference.
    static bool parseReference(QStringView reference, int *column, int *row);

protected:
    Status load() override;

private:
    struct Merge
    {
        int top = 0;
        int left = 0;
        int bottom = 0;
        int right = 0;
        SheetCell value;
    };

    Result<QByteArray> readEntry(const QString &name, qint64 limit);
    Status readSharedStrings(const QString &name);
    Status readStyles(const QString &name);
    Status readMerges(const QString &entry);
    SheetCell readCell(QStringView type, int style);
    void applyMerges(SheetRow &row);
    QString damaged() const;

    std::unique_ptr<ZipArchive> m_zip;
    std::unique_ptr<ZipEntry> m_sheet;
    std::unique_ptr<QXmlStreamReader> m_xml;
    QStringList m_names;
    QStringList m_entries; // each sheet's entry in the zip
    QStringList m_shared;
    QList<bool> m_dateStyles; // by cell format (the cell's s attribute)
    bool m_base1904 = false;
    QList<Merge> m_merges; // by top row
    qsizetype m_nextMerge = 0;
    QList<qsizetype> m_activeMerges;
    int m_lastRow = 0;
    int m_rows = 0;
    qint64 m_sheetSize = 0;
    bool m_done = false;
};
