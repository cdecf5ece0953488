// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheets/SheetReader.h"

#include <QCoreApplication>

// An Excel 97–2003 workbook (.xls, as many county offices and WPS still save), read with FreeXL.
// Such a sheet has at most 65,536 rows, so FreeXL's reading the file whole is bounded. FreeXL does
// not report merged ranges: a merged cell other than the top-left one reads as empty.
class XlsSheetReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsSheetReader)

public:
    explicit XlsSheetReader(const QString &path);
    ~XlsSheetReader() override;

    QStringList sheetNames() const override { return m_names; }
    Status selectSheet(int index) override;
    std::optional<SheetRow> next() override;
    double progress() const override;

protected:
    Status load() override;

private:
    const void *m_handle = nullptr;
    QStringList m_names;
    unsigned int m_rowCount = 0;
    unsigned short m_columnCount = 0;
    unsigned int m_nextRow = 0;
};
