// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A county file a command is about to create: unless kept, it is removed again with its -wal,
// -shm and -journal files when the guard goes, so that a failed init or demo (a full disk, a
// refused argument) leaves nothing behind. A file that was there before is never removed.
// Declare it before the CountyDatabase that opens the file, so that the database is closed first.
class NewCountyFile
{
public:
    explicit NewCountyFile(const QString &path);
    ~NewCountyFile();
    NewCountyFile(const NewCountyFile &) = delete;
    NewCountyFile &operator=(const NewCountyFile &) = delete;

    // The command succeeded: the file stays.
    void keep() { m_kept = true; }
    // Whether the file was missing before (and so would be removed).
    bool isNew() const { return !m_existed; }

private:
    QString m_path;
    bool m_existed = false;
    bool m_kept = false;
};
