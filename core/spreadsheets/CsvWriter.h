// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheets/SheetWriter.h"

#include <QFile>

// A list as CSV (RFC 4180) for Excel and WPS: UTF-8 with a byte-order mark, so that Excel reads the
// Chinese right; fields with a comma, a quote or a line break quoted, quotes doubled; lines end in
// CRLF. Dates are yyyy-MM-dd and amounts plain decimals in yuan ("1234.50").
class CsvWriter : public SheetWriter
{
public:
    CsvWriter() = default;
    ~CsvWriter() override;

    Format format() const override { return Format::Csv; }
    // A field as RFC 4180 writes it.
    static QByteArray field(const QString &text);

protected:
    qint64 maxRows() const override;
    Status begin(const QString &temporaryPath, const QString &sheetName) override;
    Status row(const QVariantList &cells) override;
    Status end() override;
    void abandon() override;

private:
    Status line(const QStringList &fields);
    Status failed();

    QFile m_file;
    QByteArray m_buffer;
};
