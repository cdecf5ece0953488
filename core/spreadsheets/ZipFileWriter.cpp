// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/ZipFileWriter.h"

#include "spreadsheets/DeflateStream.h"

#include <QtEndian>

#include <cerrno>
#include <limits>

namespace {

constexpr quint64 ZipLimit = std::numeric_limits<quint32>::max();
constexpr quint16 Deflated = 8;
constexpr quint16 Utf8Names = 0x0800;
constexpr quint16 NeededVersion = 20;
constexpr quint16 Day1980 = (1 << 5) | 1; // 1980-01-01 in DOS form: no date a reader would trust

// Little-endian fields, as the zip format has them.
void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

} // namespace

bool ZipFileWriter::put(const QByteArray &bytes)
{
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_file) == size_t(bytes.size()))
        return true;
    if (errno == 0)
        errno = ENOSPC;
    return false;
}

bool ZipFileWriter::beginEntry(const QByteArray &name)
{
    const long offset = std::ftell(m_file);
    if (offset < 0 || quint64(offset) > ZipLimit) {
        errno = offset < 0 ? errno : EFBIG;
        return false;
    }
    Entry entry;
    entry.name = name;
    entry.offset = quint32(offset);
    m_entries << entry;
    QByteArray header;
    put32(header, 0x04034b50);
    put16(header, NeededVersion);
    put16(header, Utf8Names);
    put16(header, Deflated);
    put16(header, 0); // time
    put16(header, Day1980);
    put32(header, 0); // crc and sizes: endEntry() fills them in
    put32(header, 0);
    put32(header, 0);
    put16(header, quint16(name.size()));
    put16(header, 0);
    header += name;
    return put(header);
}

bool ZipFileWriter::endEntry(quint32 crc, quint64 compressedSize, quint64 size)
{
    if (compressedSize > ZipLimit || size > ZipLimit) {
        errno = EFBIG;
        return false;
    }
    Entry &entry = m_entries.last();
    entry.crc = crc;
    entry.compressedSize = quint32(compressedSize);
    entry.size = quint32(size);
    QByteArray fields;
    put32(fields, entry.crc);
    put32(fields, entry.compressedSize);
    put32(fields, entry.size);
    const long end = std::ftell(m_file);
    return end >= 0 && std::fseek(m_file, long(entry.offset) + 14, SEEK_SET) == 0 && put(fields)
        && std::fseek(m_file, end, SEEK_SET) == 0;
}

bool ZipFileWriter::addEntry(const QByteArray &name, const QByteArray &data)
{
    if (!beginEntry(name))
        return false;
    DeflateStream deflate(m_file, 6);
    return deflate.write(data.constData(), data.size()) && deflate.finish()
        && endEntry(deflate.crc(), deflate.bytesOut(), deflate.bytesIn());
}

bool ZipFileWriter::finish()
{
    const long start = std::ftell(m_file);
    if (start < 0)
        return false;
    QByteArray directory;
    for (const Entry &entry : std::as_const(m_entries)) {
        put32(directory, 0x02014b50);
        put16(directory, NeededVersion); // made by: MS-DOS attributes
        put16(directory, NeededVersion);
        put16(directory, Utf8Names);
        put16(directory, Deflated);
        put16(directory, 0);
        put16(directory, Day1980);
        put32(directory, entry.crc);
        put32(directory, entry.compressedSize);
        put32(directory, entry.size);
        put16(directory, quint16(entry.name.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, entry.offset);
        directory += entry.name;
    }
    if (quint64(start) + quint64(directory.size()) > ZipLimit) {
        errno = EFBIG;
        return false;
    }
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(m_entries.size()));
    put16(end, quint16(m_entries.size()));
    put32(end, quint32(directory.size()));
    put32(end, quint32(start));
    put16(end, 0);
    return put(directory) && put(end) && std::fflush(m_file) == 0;
}
