// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/NewCountyFile.h"

#include <QFile>
#include <QFileInfo>

NewCountyFile::NewCountyFile(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath()), m_existed(QFileInfo::exists(path) || QFileInfo(path).isSymLink())
{ }

NewCountyFile::~NewCountyFile()
{
    if (m_kept || m_existed || m_path.isEmpty())
        return;
    for (const QString &suffix :
        {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(m_path + suffix);
}
