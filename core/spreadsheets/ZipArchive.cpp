// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipArchive.h"

#include <QFile>

#include <zip.h>

ZipEntry::ZipEntry(zip_file *file, qint64 size) : m_file(file), m_size(size)
{
    QIODevice::open(QIODevice::ReadOnly);
}

ZipEntry::~ZipEntry()
{
    zip_fclose(m_file);
}

qint64 ZipEntry::readData(char *data, qint64 maxSize)
{
    if (m_read >= m_size)
        return -1;
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
    if (n < 0) {
        m_failed = true;
        return -1;
    }
    if (n == 0 && m_read < m_size) {
        m_failed = true; // the archive ended before the entry's stated size
        return -1;
    }
    m_read += n;
    return n;
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipArchive::open(const QString &path)
{
    int error = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    return m_zip != nullptr;
}

bool ZipArchive::contains(const QString &name) const
{
    return m_zip && zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

std::unique_ptr<ZipEntry> ZipArchive::entry(const QString &name) const
{
    if (!m_zip)
        return nullptr;
    const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return nullptr;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return nullptr;
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file)
        return nullptr;
    return std::make_unique<ZipEntry>(file, qint64(stat.size));
}
