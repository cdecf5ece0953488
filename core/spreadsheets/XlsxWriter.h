// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheets/SheetWriter.h"

#include <QList>

#include <cstdio>
#include <memory>
#include <string>

class DeflateWorker;

// A list as an Excel workbook (.xlsx), written by hand: a zip (ZipFileWriter) of the few parts a
// workbook needs. The rows are compressed as they come, on a second thread (DeflateWorker), into a
// scratch file beside the output, so
// 350,000 rows take no more memory than ten; the sheet's head, which holds the column widths, is
// compressed at the end and put in front of them (DeflateStream). Not libxlsxwriter: its
// constant-memory mode writes the verbose inline form of every cell through fprintf and deflates at
// zlib's default level, which took 20 s for a county's roster. The header row is bold and frozen
// with a filter on it; text cells (ID numbers, codes, phones, account numbers) are stored as text,
// so that Excel keeps every digit and every leading zero; amounts are numbers shown with two
// decimals; dates are dates. Column widths fit the longest cell, a Chinese character counting twice.
class XlsxWriter : public SheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    XlsxWriter();
    ~XlsxWriter() override;

    Format format() const override { return Format::Xlsx; }
    // The width of a text in Excel's units (the width of a digit): a wide (CJK) character counts two.
    static int displayWidth(const QString &text);

protected:
    qint64 maxRows() const override;
    Status begin(const QString &temporaryPath, const QString &sheetName) override;
    Status row(const QVariantList &cells) override;
    Status end() override;
    void abandon() override;

private:
    // Hands the rows gathered so far to the compressor.
    bool drain();
    Status failed(int errorNumber);
    // The sheet's bottom-right cell ("AW65755"), once the rows are known.
    QByteArray lastCell() const;
    // The parts of the workbook, once the rows are known.
    QByteArray sheetHead() const;
    QByteArray sheetTail() const;
    QByteArray workbookPart() const;

    QString m_temporaryPath;
    QString m_sheetName;
    QByteArray m_scratchPath;
    std::FILE *m_scratch = nullptr;
    std::unique_ptr<DeflateWorker> m_rowStream; // on its own thread
    std::string m_pending; // rows' XML not yet compressed
    QList<int> m_widths;
    quint32 m_row = 0;
};
