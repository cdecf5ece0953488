// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/SheetReader.h"

#include "spreadsheets/CsvSheetReader.h"
#include "spreadsheets/XlsSheetReader.h"
#include "spreadsheets/XlsxSheetReader.h"

#include <QFile>
#include <QFileInfo>

namespace {

// An encrypted .xlsx (a workbook with a password to open) is an OLE compound file holding the
// streams EncryptionInfo and EncryptedPackage; their names are stored in UTF-16.
bool isEncryptedPackage(QFile &file)
{
    const QByteArray name = QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
    file.seek(0);
    QByteArray carry;
    for (int read = 0; read < 64 && !file.atEnd(); ++read) {
        const QByteArray chunk = carry + file.read(64 * 1024);
        if (chunk.contains(name))
            return true;
        carry = chunk.right(name.size());
    }
    return false;
}

} // namespace

QString SheetReader::fileName() const
{
    return QFileInfo(m_path).fileName();
}

QString SheetReader::tooManyRows() const
{
    return tr("%1 has more than %2 rows: that is not one county's roster. Split it into several files (by "
              "township, for instance) and import them one after another.")
        .arg(fileName())
        .arg(MaxRows);
}

Result<std::unique_ptr<SheetReader>> SheetReader::open(const QString &path)
{
    using R = Result<std::unique_ptr<SheetReader>>;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return R::failure(tr("%1 does not exist or is not a file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        return R::failure(tr("%1 is empty (0 bytes): there is nothing to import.").arg(name));
    const QByteArray head = file.read(8);
    std::unique_ptr<SheetReader> reader;
    if (head.startsWith("PK")) {
        reader = std::make_unique<XlsxSheetReader>(path);
    } else if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        if (isEncryptedPackage(file))
            return R::failure(tr("%1 is protected by a password. Open it in Excel or WPS, remove the password "
                                 "(File → Info → Protect Workbook), save it and import it again.")
                                  .arg(name));
        reader = std::make_unique<XlsSheetReader>(path);
    } else {
        file.seek(0);
        const QByteArray start = file.read(64 * 1024);
        if (start.contains('\0'))
            return R::failure(tr("%1 is not a spreadsheet this app reads: it is neither an Excel workbook (.xlsx, "
                                 ".xls) nor a text file of comma-separated values (.csv).")
                                  .arg(name));
        if (start.trimmed().startsWith('<'))
            return R::failure(tr("%1 is a web page (HTML or XML) saved under a spreadsheet's name, not a workbook. "
                                 "Open it in Excel or WPS and save it as .xlsx.")
                                  .arg(name));
        reader = std::make_unique<CsvSheetReader>(path);
    }
    file.close();
    if (Status s = reader->load(); !s)
        return R::failure(s.error());
    if (Status s = reader->selectSheet(0); !s)
        return R::failure(s.error());
    return reader;
}
