// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeCommands.h"

#include "DocumentPrinter.h"
#include "NoticeDocument.h"
#include "common/Money.h"
#include "db/CountyDatabase.h"
#include "files/OutputPath.h"
#include "notices/PublicNotices.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

QString NoticeCommands::usage()
{
    return tr("  notice --db FILE --kind funds|projects|benefits --division CODE --out FILE.pdf [--year Y]\n"
              "         [--posted DATE] [--days N]                 a public notice (公示) as a PDF");
}

int NoticeCommands::notice(const CommandContext &c)
{
    const QCommandLineOption kindOption(
        QStringLiteral("kind"), tr("What the notice posts: funds, projects or benefits."), QStringLiteral("kind"));
    const QCommandLineOption divisionOption(QStringLiteral("division"),
        tr("The code of the county, township, village or group it is posted for."), QStringLiteral("code"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("file"));
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("Only this year."), QStringLiteral("year"));
    const QCommandLineOption postedOption(
        QStringLiteral("posted"), tr("The posting date (YYYY-MM-DD); today when not given."), QStringLiteral("date"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
        tr("Days the notice stays posted (at least 10, benefits at least 5); the county's setting when not "
           "given."),
        QStringLiteral("n"));
    c.parser.addOptions({kindOption, divisionOption, outOption, yearOption, postedOption, daysOption});
    c.parser.addOption(c.dbOption);
    if (!c.parser.parse(c.arguments))
        return c.fail(c.parser.errorText());

    // Every argument is checked before the county is opened or any file created.
    const std::optional<NoticeKind> kind = PublicNotices::fromWord(c.parser.value(kindOption));
    if (!kind)
        return c.fail(tr("\"%1\" is not a kind of notice; give --kind funds, projects or benefits.")
                          .arg(c.parser.value(kindOption)));
    const QString division = c.parser.value(divisionOption).trimmed();
    if (division.isEmpty())
        return c.fail(tr("Give the code of the division the notice is for with --division (see `fupin-cli "
                         "divisions`)."));
    const QString out = c.parser.value(outOption);
    if (out.isEmpty() || !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return c.fail(tr("Give the PDF file to write with --out, a name ending in .pdf."));
    const QFileInfo outInfo(out);
    if (!outInfo.absoluteDir().exists())
        return c.fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(outInfo.absolutePath())));
    // Never over the county being read, another county file, or through a link onto one.
    if (Status s = OutputPath::check(out, {c.parser.value(c.dbOption)}); !s)
        return c.fail(s.error());
    int year = 0;
    if (c.parser.isSet(yearOption)) {
        bool ok = false;
        year = c.parser.value(yearOption).toInt(&ok);
        if (!ok)
            return c.fail(tr("\"%1\" is not a year.").arg(c.parser.value(yearOption)));
    }
    QDate posted;
    if (c.parser.isSet(postedOption)) {
        posted = QDate::fromString(c.parser.value(postedOption), Qt::ISODate);
        if (!posted.isValid())
            return c.fail(tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(c.parser.value(postedOption)));
    }
    int days = 0;
    if (c.parser.isSet(daysOption)) {
        bool ok = false;
        days = c.parser.value(daysOption).toInt(&ok);
        if (!ok)
            return c.fail(tr("\"%1\" is not a number of days.").arg(c.parser.value(daysOption)));
        if (Status s = PublicNotices::checkPeriod(*kind, days); !s)
            return c.fail(s.error());
    }

    auto db = c.open(false);
    if (!db)
        return c.fail(db.error());
    const Result<Notice> notice = PublicNotices(*db.value()).build(*kind, division, year, posted, days);
    if (!notice)
        return c.fail(notice.error());
    if (Status s = DocumentPrinter::writePdf(NoticeDocument::content(notice.value()), out); !s)
        return c.fail(s.error());
    int rows = 0;
    for (const NoticeTable &t : notice->tables)
        rows += int(t.rows.size());
    c.out << tr("Wrote %1: %2, %n row(s), posted %3 to %4.", nullptr, rows)
                 .arg(QDir::toNativeSeparators(outInfo.absoluteFilePath()), notice->title,
                     notice->postedOn.toString(Qt::ISODate), notice->endsOn.toString(Qt::ISODate))
          << Qt::endl;
    return 0;
}
