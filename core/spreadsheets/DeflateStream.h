// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstdio>
#include <memory>

// Raw deflate (as a zip entry holds it) from bytes given piece by piece to a C stream, counting
// the bytes in and out and their CRC-32. Pieces compressed by separate streams concatenate into
// one valid entry when every stream but the last ends with flush() (pigz's trick): a sheet's rows
// are compressed as they come, its header only once the column widths are known.
class DeflateStream
{
public:
    // `level` is zlib's: 1 is about three times faster than the default 6 on a sheet's XML, for a
    // file some 30% larger.
    DeflateStream(std::FILE *out, int level);
    ~DeflateStream();
    DeflateStream(const DeflateStream &) = delete;
    DeflateStream &operator=(const DeflateStream &) = delete;

    // False when the output failed (a full disk); errno then says why.
    bool write(const char *data, qsizetype size);
    // Ends the stream on a byte boundary without marking it the last: another may follow.
    bool flush();
    // Ends the stream as the entry's last.
    bool finish();

    // The CRC-32 of two byte runs one after the other, from each run's CRC and the second's length.
    static quint32 combine(quint32 first, quint32 second, quint64 secondLength);

    quint32 crc() const { return m_crc; }
    quint64 bytesIn() const { return m_in; }
    quint64 bytesOut() const { return m_out; }

private:
    bool run(const char *data, qsizetype size, int mode);

    struct State;
    std::unique_ptr<State> m_state;
    std::FILE *m_file;
    quint32 m_crc = 0;
    quint64 m_in = 0;
    quint64 m_out = 0;
    bool m_failed = false;
};
