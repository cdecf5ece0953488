// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/OutputPath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

const QStringList companions{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

// Whether two paths name one file: the same resolved path, or (a hard link) the same inode.
bool sameFile(const QString &a, const QString &b)
{
    if (a == b)
        return true;
#ifdef Q_OS_UNIX
    struct stat sa;
    struct stat sb;
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#endif
    return false;
}

} // namespace

QString OutputPath::resolved(const QString &path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    // A chain of links, each resolved against the folder it lies in; a loop ends after 40 steps,
    // as the system's own lookup does.
    for (int step = 0; step < 40; ++step) {
        const QFileInfo info(current);
        if (info.exists())
            return info.canonicalFilePath();
        if (!info.isSymLink()) {
            // The file does not exist yet: its folder may still be (or lie under) a link.
            const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
            return folder.isEmpty() ? current : QDir(folder).filePath(info.fileName());
        }
        const QString target = info.symLinkTarget();
        current = QFileInfo(target).isAbsolute() ? target : QDir(info.absolutePath()).absoluteFilePath(target);
        current = QDir::cleanPath(current);
    }
    return current;
}

bool OutputPath::isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Status OutputPath::check(const QString &out, const QStringList &inputsBeingRead)
{
    if (out.trimmed().isEmpty())
        return Status::failure(tr("No output file was given."));
    const QString shown = QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath());
    const QString target = resolved(out);
    const bool throughLink = QFileInfo(out).isSymLink();
    const QString via = throughLink ? tr(" (a link to %1)").arg(QDir::toNativeSeparators(target)) : QString();

    if (QFileInfo(target).isDir())
        return Status::failure(tr("%1%2 is a folder; give the name of a file to write.").arg(shown, via));
    for (const QString &input : inputsBeingRead) {
        if (input.isEmpty())
            continue;
        const QString read = resolved(input);
        if (sameFile(target, read))
            return Status::failure(tr("%1%2 is the file being read; it would be overwritten. Nothing was written: "
                                      "give another file name.")
                                       .arg(shown, via));
        for (const QString &suffix : companions) {
            if (target == read + suffix)
                return Status::failure(tr("%1%2 belongs to the county file %3 being read; writing it would damage "
                                          "the county. Nothing was written: give another file name.")
                                           .arg(shown, via, QDir::toNativeSeparators(read)));
        }
    }
    if (QFileInfo::exists(target) && isSqliteFile(target))
        return Status::failure(tr("%1%2 is a county file (an SQLite database); it is never overwritten. Nothing was "
                                  "written: give another file name.")
                                   .arg(shown, via));
    for (const QString &suffix : companions) {
        if (target.endsWith(suffix)) {
            const QString database = target.chopped(suffix.size());
            if (QFileInfo::exists(database) && isSqliteFile(database))
                return Status::failure(tr("%1%2 belongs to the county file %3; writing it would damage the county. "
                                          "Nothing was written: give another file name.")
                                           .arg(shown, via, QDir::toNativeSeparators(database)));
        }
    }
    return {};
}
