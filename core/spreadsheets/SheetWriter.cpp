// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/SheetWriter.h"

#include "common/Money.h"
#include "files/OutputPath.h"
#include "spreadsheets/CsvWriter.h"
#include "spreadsheets/XlsxWriter.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <filesystem>
#include <system_error>

SheetWriter::~SheetWriter() = default;

std::unique_ptr<SheetWriter> SheetWriter::create(Format format)
{
    if (format == Format::Csv)
        return std::make_unique<CsvWriter>();
    return std::make_unique<XlsxWriter>();
}

std::optional<SheetWriter::Format> SheetWriter::formatOf(const QString &path)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return Format::Xlsx;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    return std::nullopt;
}

QString SheetWriter::suffix(Format format)
{
    return format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
}

QString SheetWriter::failure(const QString &path, int errorNumber)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (errorNumber) {
    case ENOSPC:
    case EFBIG:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return tr("%1 could not be written: the disk is full (or the file is larger than the disk allows). Nothing "
                  "was left under that name; free some space or choose another disk, and export again.")
            .arg(file);
    case EACCES:
    case EPERM:
    case EROFS:
        return tr("%1 could not be written: there is no permission to write in its folder, or the disk is "
                  "read-only. Nothing was left under that name; choose another folder.")
            .arg(file);
    case ENOENT:
    case ENOTDIR:
        return tr("%1 could not be written: its folder does not exist.").arg(file);
    default:
        return tr("%1 could not be written (system error %2). Nothing was left under that name.")
            .arg(file)
            .arg(errorNumber);
    }
}

Status SheetWriter::open(
    const QString &path, const QString &sheetName, const ExportColumns &columns, const QStringList &inputsBeingRead)
{
    discard();
    m_rows = 0;
    m_failed = false;
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty())
        return Status::failure(tr("Give the name of the file to write."));
    if (formatOf(trimmed) != format())
        return Status::failure(tr("%1 does not end in .%2: give a file name ending in .%2.")
                                   .arg(QDir::toNativeSeparators(trimmed), suffix(format())));
    const QFileInfo info(trimmed);
    if (!info.absoluteDir().exists())
        return Status::failure(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (Status s = OutputPath::check(trimmed, inputsBeingRead); !s)
        return s;
    if (columns.isEmpty())
        return Status::failure(tr("The list to write to %1 has no columns.").arg(QDir::toNativeSeparators(trimmed)));
    m_path = info.absoluteFilePath();
    m_columns = columns;
    // Beside the file the link (if any) leads to, so that the rename stays on one disk.
    const QFileInfo target(OutputPath::resolved(m_path));
    m_temporary = std::make_unique<QTemporaryFile>(
        target.absoluteDir().filePath(u'.' + target.fileName() + QStringLiteral(".XXXXXX.part")));
    if (!m_temporary->open()) {
        const int error = m_temporary->error() == QFileDevice::ResourceError ? ENOSPC : EACCES;
        m_temporary.reset();
        return Status::failure(failure(m_path, error));
    }
    m_temporary->close();
    // A temporary file is the owner's alone; the list is an ordinary file of the folder.
    m_temporary->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
        | QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (Status s = begin(m_temporary->fileName(), sheetName.isEmpty() ? QStringLiteral("Sheet1") : sheetName); !s) {
        discard();
        return s;
    }
    return {};
}

Status SheetWriter::writeRow(const QVariantList &cells)
{
    if (!m_temporary || m_failed)
        return Status::failure(tr("The file %1 is not being written.").arg(QDir::toNativeSeparators(m_path)));
    if (m_rows >= maxRows()) {
        discard();
        m_failed = true;
        return Status::failure(tr("%1 would get more than %2 rows, more than a sheet of this kind holds: export a "
                                  "smaller division, or to CSV.")
                                   .arg(QDir::toNativeSeparators(m_path))
                                   .arg(maxRows()));
    }
    if (Status s = row(cells); !s) {
        discard();
        m_failed = true;
        return s;
    }
    ++m_rows;
    return {};
}

Result<qint64> SheetWriter::finish()
{
    if (!m_temporary || m_failed)
        return Result<qint64>::failure(tr("The file %1 is not being written.").arg(QDir::toNativeSeparators(m_path)));
    if (Status s = end(); !s) {
        discard();
        return Result<qint64>::failure(s.error());
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(m_temporary->fileName()).toStdString(),
        QFile::encodeName(OutputPath::resolved(m_path)).toStdString(), error);
    if (error) {
        discard();
        return Result<qint64>::failure(failure(m_path, error.value()));
    }
    m_temporary->setAutoRemove(false);
    m_temporary.reset();
    return m_rows;
}

void SheetWriter::discard()
{
    if (!m_temporary)
        return;
    abandon();
    m_temporary->remove();
    m_temporary.reset();
}

QString SheetWriter::text(const ExportColumn &column, const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return {};
    switch (column.kind) {
    case ExportColumn::Kind::Amount:
        return Money::fromFen(cell.toLongLong()).toEditString();
    case ExportColumn::Kind::Date:
        return cell.toDate().isValid() ? cell.toDate().toString(Qt::ISODate) : QString();
    case ExportColumn::Kind::Number:
        if (cell.typeId() == QMetaType::Double)
            return QString::number(cell.toDouble(), 'g', 15);
        return cell.toString();
    case ExportColumn::Kind::Text:
        break;
    }
    return cell.toString();
}
