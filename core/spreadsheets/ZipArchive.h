// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>

#include <memory>

struct zip;
struct zip_file;

// One entry of a zip archive, read as a stream (QXmlStreamReader reads a sheet from it piece by piece).
class ZipEntry : public QIODevice
{
public:
    ZipEntry(zip_file *file, qint64 size);
    ~ZipEntry() override;

    bool isSequential() const override { return true; }
    // The entry's size uncompressed, as the archive states it.
    qint64 size() const override { return m_size; }
    qint64 bytesAvailable() const override { return m_size - m_read + QIODevice::bytesAvailable(); }
    // The bytes read from the archive so far (a sequential device has no position).
    qint64 consumed() const { return m_read; }
    // Whether the archive failed to give an entry's bytes (damaged, cut short).
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    zip_file *m_file;
    qint64 m_size;
    qint64 m_read = 0;
    bool m_failed = false;
};

// A zip archive opened for reading through libzip. libzip rather than QuaZip: QuaZip exports its own
// copy of minizip's zipOpen3, which a library using the system minizip then calls and crashes in.
class ZipArchive
{
public:
    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // False when the file is not a readable zip archive.
    bool open(const QString &path);
    // The entry of that name, compared without regard to case, opened for reading; null when the
    // archive has no such entry or it cannot be read.
    std::unique_ptr<ZipEntry> entry(const QString &name) const;
    bool contains(const QString &name) const;

private:
    zip *m_zip = nullptr;
};
