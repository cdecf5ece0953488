// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheets/SheetWriter.h"

#include <QList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// A list as an Excel workbook (.xlsx) through libxlsxwriter, in its constant-memory mode: each row
// goes to disk as it is written, so 350,000 rows take no more memory than ten. The header row is
// bold and frozen with a filter on it; text cells (ID numbers, codes, phones, account numbers) are
// stored as text, so that Excel keeps every digit and every leading zero; amounts are numbers
// shown with two decimals; dates are dates. Column widths fit the longest cell, a Chinese
// character counting twice.
class XlsxWriter : public SheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    XlsxWriter() = default;
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
    // Whether everything written so far reached the sheet's temporary file.
    Status checkStream();
    Status failed(int errorNumber);

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_text = nullptr;
    lxw_format *m_amount = nullptr;
    lxw_format *m_date = nullptr;
    QList<int> m_widths;
    quint32 m_row = 0;
    QByteArray m_folder; // where libxlsxwriter keeps its temporary files: beside the output
};
