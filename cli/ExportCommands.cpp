// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommands.h"

#include "accounts/AccessPolicy.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "quality/QualityChecker.h"
#include "register/HouseholdLookup.h"
#include "spreadsheets/ListExport.h"
#include "spreadsheets/SheetWriter.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

namespace {

const QStringList Lists{QStringLiteral("households"), QStringLiteral("members"), QStringLiteral("cadres"),
    QStringLiteral("units"), QStringLiteral("teams"), QStringLiteral("pairings"), QStringLiteral("unpaired"),
    QStringLiteral("over-cap"), QStringLiteral("not-visited"), QStringLiteral("villages-without-team"),
    QStringLiteral("projects"), QStringLiteral("ledger"), QStringLiteral("loans"), QStringLiteral("quality"),
    QStringLiteral("template")};

struct DivisionChoice
{
    qint64 id = 0;
    int level = Division::County;
};

} // namespace

QString ExportCommands::usage()
{
    return tr("  export --db FILE --what LIST --out FILE [--division CODE] [--format xlsx|csv]\n"
              "                                                    a list as .xlsx or .csv (LIST: households, "
              "members,\n"
              "                                                    cadres, units, teams, pairings, unpaired, "
              "over-cap,\n"
              "                                                    not-visited, villages-without-team, projects, "
              "ledger,\n"
              "                                                    loans, quality, template)");
}

int ExportCommands::exportList(const CommandContext &c)
{
    const QCommandLineOption whatOption(QStringLiteral("what"),
        tr("The list: %1. \"members\" is the household roster, one person a row, as an import reads it; "
           "\"template\" is the empty roster to fill in.")
            .arg(Lists.join(QStringLiteral(", "))),
        QStringLiteral("list"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), tr("The file to write, ending in .xlsx or .csv."), QStringLiteral("file"));
    const QCommandLineOption divisionOption(QStringLiteral("division"),
        tr("Only the households (and villages) of this township, village or group code (see `fupin-cli divisions`)."),
        QStringLiteral("code"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        tr("xlsx or csv; by default the suffix of --out says which (a name without one gets it)."),
        QStringLiteral("format"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
        tr("quality: the year whose income and living conditions are checked (default: last year)."),
        QStringLiteral("year"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
        tr("ledger, loans, not-visited: the day the list is as of (default today), YYYY-MM-DD."),
        QStringLiteral("date"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
        tr("cadres: only those whose name, phone, unit or post contains the text."), QStringLiteral("text"));
    c.parser.addOptions({whatOption, outOption, divisionOption, formatOption, yearOption, asOfOption, searchOption});
    c.parser.addOption(c.dbOption);
    if (!c.parser.parse(c.arguments))
        return c.fail(c.parser.errorText());
    if (!c.parser.positionalArguments().isEmpty())
        return c.fail(tr("\"%1\" is not an option of export.").arg(c.parser.positionalArguments().constFirst()));

    // Every argument is checked before the county is opened or any file created.
    const QString what = c.parser.value(whatOption).trimmed().toLower();
    if (!Lists.contains(what))
        return c.fail(what.isEmpty() ? tr("Say which list to export with --what (%1).").arg(Lists.join(u'|'))
                                     : tr("\"%1\" is no list that can be exported; give one of %2.")
                                           .arg(what, Lists.join(QStringLiteral(", "))));
    QString out = c.parser.value(outOption).trimmed();
    if (out.isEmpty())
        return c.fail(tr("Give the file to write with --out FILE.xlsx (or .csv)."));
    if (c.parser.isSet(formatOption)) {
        const QString format = c.parser.value(formatOption).trimmed().toLower();
        if (format != QLatin1String("xlsx") && format != QLatin1String("csv"))
            return c.fail(tr("--format is xlsx or csv, not \"%1\".").arg(c.parser.value(formatOption)));
        const auto named = SheetWriter::formatOf(out);
        if (!named)
            out += u'.' + format;
        else if (SheetWriter::suffix(*named) != format)
            return c.fail(tr("--format %1 does not agree with the name %2.").arg(format, out));
    } else if (!SheetWriter::formatOf(out)) {
        return c.fail(
            tr("%1 is neither an .xlsx nor a .csv file: give a name ending in .xlsx or .csv, or --format.").arg(out));
    }
    const QFileInfo outInfo(out);
    if (!outInfo.absoluteDir().exists())
        return c.fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(outInfo.absolutePath())));
    int year = QDate::currentDate().year() - 1;
    if (c.parser.isSet(yearOption)) {
        bool ok = false;
        year = c.parser.value(yearOption).toInt(&ok);
        if (!ok || year < 1900 || year > 9999)
            return c.fail(tr("\"%1\" is not a year.").arg(c.parser.value(yearOption)));
    }
    QDate asOf = QDate::currentDate();
    if (c.parser.isSet(asOfOption)) {
        asOf = QDate::fromString(c.parser.value(asOfOption), Qt::ISODate);
        if (!asOf.isValid())
            return c.fail(tr("%1 is not a date; write it as 2024-03-01.").arg(c.parser.value(asOfOption)));
    }
    const QString divisionCode = c.parser.value(divisionOption).trimmed();

    auto db = c.open(false);
    if (!db)
        return c.fail(db.error());
    CountyDatabase &county = *db.value();
    DivisionChoice division;
    if (!divisionCode.isEmpty()) {
        const Result<QList<Division>> all = Divisions::load(county, Divisions::Counts::Without);
        if (!all)
            return c.fail(all.error());
        const auto found
            = std::find_if(all->cbegin(), all->cend(), [&](const Division &d) { return d.code == divisionCode; });
        if (found == all->cend())
            return c.fail(tr("There is no division with the code %1 (see `fupin-cli divisions`).").arg(divisionCode));
        division = {found->id, found->level};
        // A division outside the account's own is refused in words, not exported empty.
        if (Status s = AccessPolicy::checkRead(county, division.id); !s)
            return c.fail(s.error());
    }

    ListExport exporter(county);
    Result<ExportDone> done = Result<ExportDone>::failure(QStringLiteral("?"));
    HouseholdFilter households;
    households.divisionId = division.id;
    households.divisionLevel = division.id ? division.level : int(Division::County);
    if (what == QLatin1String("households"))
        done = exporter.households(households, out);
    else if (what == QLatin1String("members"))
        done = exporter.members(households, out);
    else if (what == QLatin1String("template"))
        done = exporter.importTemplate(out);
    else if (what == QLatin1String("cadres"))
        done = exporter.cadres(c.parser.value(searchOption), out);
    else if (what == QLatin1String("units"))
        done = exporter.units({}, {}, out);
    else if (what == QLatin1String("teams"))
        done = exporter.workTeams(division.id, false, out);
    else if (what == QLatin1String("pairings"))
        done = exporter.pairings(division.id, out);
    else if (what == QLatin1String("unpaired"))
        done = exporter.reminder(ListExport::Reminder::Unpaired, division.id, out);
    else if (what == QLatin1String("over-cap"))
        done = exporter.reminder(ListExport::Reminder::OverCap, division.id, out);
    else if (what == QLatin1String("not-visited"))
        done = exporter.reminder(ListExport::Reminder::WithoutVisit, division.id, out, 90, asOf);
    else if (what == QLatin1String("villages-without-team"))
        done = exporter.reminder(ListExport::Reminder::VillagesWithoutTeam, division.id, out);
    else if (what == QLatin1String("projects")) {
        ProjectFilter filter;
        filter.divisionId = division.id;
        done = exporter.projects(filter, out);
    } else if (what == QLatin1String("ledger")) {
        LedgerFilter filter;
        filter.asOf = asOf;
        done = exporter.ledger(filter, out);
    } else if (what == QLatin1String("loans")) {
        done = exporter.loans(ListExport::Loans::All, asOf, out);
    } else {
        const Result<QList<Finding>> findings = QualityChecker(county).checkDivision(division.id, year);
        if (!findings)
            return c.fail(findings.error());
        done = exporter.quality(findings.value(), out);
    }
    if (!done)
        return c.fail(done.error());
    c.out << tr("Wrote %1: %n row(s).", nullptr, int(done->rows)).arg(QDir::toNativeSeparators(done->path)) << Qt::endl;
    return 0;
}
