// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <cstdio>

// A zip archive written front to back to a C stream, each entry deflated, without Zip64: an entry
// or the archive over 4 GiB is refused (an Excel sheet's million rows stay well below). The
// caller compresses an entry's bytes itself (DeflateStream) between beginEntry() and endEntry().
class ZipFileWriter
{
public:
    explicit ZipFileWriter(std::FILE *out) : m_file(out) { }

    // Each returns false when the output failed (errno says why) or a size passed 4 GiB (EFBIG).
    bool beginEntry(const QByteArray &name);
    bool endEntry(quint32 crc, quint64 compressedSize, quint64 size);
    // A whole small entry at once.
    bool addEntry(const QByteArray &name, const QByteArray &data);
    // The central directory; the archive is then complete.
    bool finish();

private:
    struct Entry
    {
        QByteArray name;
        quint32 offset = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
    };
    bool put(const QByteArray &bytes);

    std::FILE *m_file;
    QList<Entry> m_entries;
};
