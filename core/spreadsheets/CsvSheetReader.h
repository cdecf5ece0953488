// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheets/SheetReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

// A text file of values separated by commas (or tabs or semicolons, as the first line shows), read
// a line at a time: UTF-8 with or without a byte-order mark, or GBK/GB18030 as Chinese Excel and
// WPS save "CSV" (decoded with the C library's iconv). Every cell is text; ="0123" as some systems
// write it to keep digits is read as 0123.
class CsvSheetReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvSheetReader)

public:
    enum class Encoding { Utf8, Gb18030 };

    explicit CsvSheetReader(const QString &path);
    ~CsvSheetReader() override;

    QStringList sheetNames() const override;
    Status selectSheet(int index) override;
    std::optional<SheetRow> next() override;
    double progress() const override;

    Encoding encoding() const { return m_encoding; }
    // Whether the bytes are UTF-8 (plain ASCII is).
    static bool isUtf8(const QByteArray &bytes);

protected:
    Status load() override;

private:
    QString decode(const QByteArray &line);

    QFile m_file;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_separator = u',';
    void *m_iconv = nullptr;
    int m_lineNumber = 0;
    int m_rows = 0;
};
