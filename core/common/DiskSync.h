// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QString;

// Flushes a file or a folder to the disk, so that a power cut after a rename keeps the content
// (the upgrade backup, backups, restores).
class DiskSync
{
public:
    static bool flush(const QString &path);
};
