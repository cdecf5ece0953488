// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpreadsheetFixtures.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>

namespace SpreadsheetFixtures {

QJsonObject date(const QString &isoDate, const QString &format)
{
    return {{QStringLiteral("date"), isoDate}, {QStringLiteral("format"), format}};
}

QJsonObject number(double value)
{
    return {{QStringLiteral("number"), value}};
}

QString writeXlsx(const QString &path, const QJsonArray &rows, const QStringList &merges, const QString &sheetName)
{
    static const char *script = R"PY(
import json, sys, datetime
import openpyxl
spec = json.load(open(sys.argv[1], encoding='utf-8'))
wb = openpyxl.Workbook()
ws = wb.active
ws.title = spec['sheet']
for r, row in enumerate(spec['rows'], start=1):
    for c, value in enumerate(row, start=1):
        if value is None:
            continue
        cell = ws.cell(row=r, column=c)
        if isinstance(value, dict) and 'date' in value:
            cell.value = datetime.datetime.strptime(value['date'], '%Y-%m-%d')
            cell.number_format = value['format']
        elif isinstance(value, dict) and 'number' in value:
            n = value['number']
            cell.value = int(n) if float(n).is_integer() and abs(n) < 1e18 else n
        else:
            cell.value = value
for m in spec['merges']:
    ws.merge_cells(m)
wb.save(sys.argv[2])
)PY";
    QTemporaryFile specFile;
    if (!specFile.open())
        return QStringLiteral("cannot write a temporary file");
    specFile.write(QJsonDocument(QJsonObject{{QStringLiteral("sheet"), sheetName}, {QStringLiteral("rows"), rows},
                                     {QStringLiteral("merges"), QJsonArray::fromStringList(merges)}})
                       .toJson());
    specFile.flush();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"), QString::fromUtf8(script), specFile.fileName(), path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        return QString::fromUtf8(python.readAllStandardError()) + python.errorString();
    return {};
}

QString writeEncoded(const QString &path, const QString &text, const QString &encoding)
{
    QProcess iconv;
    iconv.setStandardOutputFile(path);
    iconv.start(
        QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"), encoding});
    iconv.write(text.toUtf8());
    iconv.closeWriteChannel();
    if (!iconv.waitForFinished(30000) || iconv.exitCode() != 0)
        return QString::fromUtf8(iconv.readAllStandardError()) + iconv.errorString();
    return {};
}

} // namespace SpreadsheetFixtures
