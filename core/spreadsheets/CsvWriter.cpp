// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/CsvWriter.h"

#include <cerrno>
#include <limits>

namespace {

// Written to the file in pieces of this size: few system calls, little memory.
constexpr qsizetype FlushAt = 1 << 20;

} // namespace

CsvWriter::~CsvWriter()
{
    discard();
}

qint64 CsvWriter::maxRows() const
{
    return std::numeric_limits<qint64>::max();
}

QByteArray CsvWriter::field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
}

Status CsvWriter::begin(const QString &temporaryPath, const QString &)
{
    m_file.setFileName(temporaryPath);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failed();
    m_buffer = QByteArrayLiteral("\xEF\xBB\xBF"); // UTF-8 byte-order mark: Excel then reads UTF-8
    QStringList headers;
    for (const ExportColumn &column : columns())
        headers << column.header;
    return line(headers);
}

Status CsvWriter::line(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            m_buffer += ',';
        m_buffer += field(fields.at(i));
    }
    m_buffer += "\r\n";
    if (m_buffer.size() >= FlushAt) {
        if (m_file.write(m_buffer) != m_buffer.size())
            return failed();
        m_buffer.clear();
    }
    return {};
}

Status CsvWriter::row(const QVariantList &cells)
{
    QStringList fields;
    fields.reserve(columns().size());
    for (qsizetype i = 0; i < columns().size(); ++i)
        fields << text(columns().at(i), cells.value(i));
    return line(fields);
}

Status CsvWriter::end()
{
    if (m_file.write(m_buffer) != m_buffer.size() || !m_file.flush())
        return failed();
    m_buffer.clear();
    m_file.close();
    if (m_file.error() != QFileDevice::NoError)
        return failed();
    return {};
}

Status CsvWriter::failed()
{
    const int error = errno != 0 ? errno : EIO;
    m_file.close();
    return Status::failure(failure(path(), error));
}

void CsvWriter::abandon()
{
    m_file.close();
    m_buffer.clear();
}
