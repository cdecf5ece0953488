// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/DeflateStream.h"

#include <zlib.h>

#include <cerrno>

struct DeflateStream::State
{
    z_stream z{};
    unsigned char buffer[1 << 16];
};

DeflateStream::DeflateStream(std::FILE *out, int level) : m_state(std::make_unique<State>()), m_file(out)
{
    // -15: a raw stream, without zlib's header and trailer (the zip entry has its own).
    m_failed = deflateInit2(&m_state->z, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK;
    if (m_failed)
        errno = ENOMEM;
    m_crc = quint32(crc32(0, nullptr, 0));
}

DeflateStream::~DeflateStream()
{
    deflateEnd(&m_state->z);
}

quint32 DeflateStream::combine(quint32 first, quint32 second, quint64 secondLength)
{
    return quint32(crc32_combine(first, second, z_off_t(secondLength)));
}

bool DeflateStream::write(const char *data, qsizetype size)
{
    return run(data, size, Z_NO_FLUSH);
}

bool DeflateStream::flush()
{
    return run(nullptr, 0, Z_FULL_FLUSH);
}

bool DeflateStream::finish()
{
    return run(nullptr, 0, Z_FINISH);
}

bool DeflateStream::run(const char *data, qsizetype size, int mode)
{
    if (m_failed)
        return false;
    z_stream &z = m_state->z;
    if (size > 0) {
        m_crc = quint32(crc32_z(m_crc, reinterpret_cast<const Bytef *>(data), z_size_t(size)));
        m_in += quint64(size);
    }
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    do {
        z.next_out = m_state->buffer;
        z.avail_out = sizeof m_state->buffer;
        if (deflate(&z, mode) == Z_STREAM_ERROR) {
            errno = EINVAL;
            return !(m_failed = true);
        }
        const size_t produced = sizeof m_state->buffer - z.avail_out;
        if (produced > 0 && std::fwrite(m_state->buffer, 1, produced, m_file) != produced) {
            if (errno == 0)
                errno = ENOSPC;
            return !(m_failed = true);
        }
        m_out += produced;
    } while (z.avail_out == 0 || z.avail_in > 0);
    return true;
}
