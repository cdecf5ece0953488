// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommands.h"

#include "db/CountyDatabase.h"
#include "spreadsheets/HouseholdImport.h"

#include <QCommandLineOption>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace {

const QCommandLineOption SheetOption(QStringLiteral("sheet"),
    ImportCommands::tr("The sheet to import (the first one when not given)."), QStringLiteral("name"));
const QCommandLineOption HeaderRowOption(QStringLiteral("header-row"),
    ImportCommands::tr("The row of column names (found among the first rows when not given)."), QStringLiteral("n"));
const QCommandLineOption MappingOption(QStringLiteral("mapping"),
    ImportCommands::tr("A column mapping saved by the import wizard, applied over the header's names."),
    QStringLiteral("file"));
const QCommandLineOption DryRunOption(
    QStringLiteral("dry-run"), ImportCommands::tr("Check every row and report; write nothing."));
const QCommandLineOption AddDivisionsOption(QStringLiteral("add-divisions"),
    ImportCommands::tr("Add the townships, villages and groups the county lacks, in the same transaction."));
const QCommandLineOption UpdateOption(QStringLiteral("update-existing"),
    ImportCommands::tr("Update the people already registered (matched by ID number) instead of leaving them."));
const QCommandLineOption IncomeYearOption(QStringLiteral("income-year"),
    ImportCommands::tr("The year of the incomes when the roster has no year column (last year when not given)."),
    QStringLiteral("year"));
const QCommandLineOption JsonOption(QStringLiteral("json"), ImportCommands::tr("Print JSON instead of text."));
const QCommandLineOption ProblemsOption(QStringLiteral("problems"),
    ImportCommands::tr("When a row has a problem, save the problems beside their rows to this .xlsx or .csv file, "
                       "for the village to correct its roster."),
    QStringLiteral("file"));

} // namespace

QString ImportCommands::usage()
{
    return tr("  import --db FILE ROSTER [--sheet NAME] [--mapping M] [--dry-run] [--add-divisions]\n"
              "         [--update-existing] [--problems FILE] [--json]\n"
              "                                                    import households and members from .xlsx, .xls or "
              ".csv, all rows or none");
}

int ImportCommands::import(const CommandContext &c)
{
    c.parser.addOptions({c.dbOption, SheetOption, HeaderRowOption, MappingOption, DryRunOption, AddDivisionsOption,
        UpdateOption, IncomeYearOption, JsonOption, ProblemsOption});
    c.parser.addPositionalArgument(QStringLiteral("roster"), tr("The roster to import (.xlsx, .xls or .csv)."));
    // A command of its own, not a group's subcommand: everything after the program name is parsed.
    const Result<QStringList> positional = c.parser.parse(c.arguments)
        ? Result<QStringList>(c.parser.positionalArguments())
        : Result<QStringList>::failure(c.parser.errorText());
    if (!positional)
        return c.fail(positional.error());
    if (positional->size() != 1)
        return c.fail(tr("Give one roster to import: fupin-cli import --db FILE ROSTER.xlsx"));
    HouseholdImport::Options options;
    options.sheet = c.parser.value(SheetOption);
    options.mappingFile = c.parser.value(MappingOption);
    options.dryRun = c.parser.isSet(DryRunOption);
    options.addDivisions = c.parser.isSet(AddDivisionsOption);
    options.updateExisting = c.parser.isSet(UpdateOption);
    if (c.parser.isSet(HeaderRowOption)) {
        bool ok = false;
        options.headerRow = c.parser.value(HeaderRowOption).toInt(&ok);
        if (!ok || options.headerRow < 1)
            return c.fail(tr("--header-row takes a row number from 1."));
    }
    if (c.parser.isSet(IncomeYearOption)) {
        bool ok = false;
        options.incomeYear = c.parser.value(IncomeYearOption).toInt(&ok);
        if (!ok || options.incomeYear < 2000 || options.incomeYear > 2100)
            return c.fail(tr("--income-year takes a year such as 2024."));
    }
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    HouseholdImport importer(*db.value());
    const Result<ImportReport> done = importer.run(positional->first(), options);
    if (!done)
        return c.fail(done.error());
    const ImportReport &r = done.value();
    const bool failed = !r.problems.isEmpty();
    if (failed && c.parser.isSet(ProblemsOption)) {
        if (Status s = HouseholdImport::saveProblems(r, c.parser.value(ProblemsOption)); !s)
            c.err << s.error() << Qt::endl;
    }
    if (c.parser.isSet(JsonOption)) {
        QJsonArray problems;
        for (const ImportProblem &p : r.problems)
            problems.append(QJsonObject{{QStringLiteral("row"), p.row}, {QStringLiteral("column"), p.column},
                {QStringLiteral("message"), p.message}});
        QJsonObject mapping;
        for (const ImportField &f : ImportField::all()) {
            if (r.mapping.has(f.id))
                mapping.insert(QLatin1String(f.key), r.mapping.columnName(r.mapping.column(f.id)));
        }
        c.printJson(QJsonObject{{QStringLiteral("file"), r.fileName}, {QStringLiteral("sheet"), r.sheet},
            {QStringLiteral("headerRow"), r.headerRow}, {QStringLiteral("mapping"), mapping},
            {QStringLiteral("rows"), r.rows}, {QStringLiteral("households"), r.households},
            {QStringLiteral("householdsAdded"), r.householdsAdded},
            {QStringLiteral("householdsUpdated"), r.householdsUpdated},
            {QStringLiteral("householdsSkipped"), r.householdsSkipped}, {QStringLiteral("peopleAdded"), r.peopleAdded},
            {QStringLiteral("peopleUpdated"), r.peopleUpdated},
            {QStringLiteral("missingDivisions"), QJsonArray::fromStringList(r.missingDivisions)},
            {QStringLiteral("divisionsAdded"), QJsonArray::fromStringList(r.divisionsAdded)},
            {QStringLiteral("problems"), problems}, {QStringLiteral("written"), r.written},
            {QStringLiteral("dryRun"), options.dryRun}});
        return failed ? 1 : 0;
    }
    c.out << tr("%1, sheet %2: header in row %3, %4 rows, %5 households.")
                 .arg(r.fileName, r.sheet)
                 .arg(r.headerRow)
                 .arg(r.rows)
                 .arg(r.households)
          << Qt::endl;
    for (const ImportProblem &p : r.problems) {
        if (p.column.isEmpty())
            c.out << tr("Row %1: %2").arg(p.row).arg(p.message) << Qt::endl;
        else
            c.out << tr("Row %1, column %2: %3").arg(p.row).arg(p.column, p.message) << Qt::endl;
    }
    if (!r.missingDivisions.isEmpty() && r.divisionsAdded.isEmpty())
        c.out << tr("Not in the county: %1").arg(r.missingDivisions.join(QStringLiteral("、"))) << Qt::endl;
    if (!r.divisionsAdded.isEmpty())
        c.out << tr("Divisions %1: %2")
                     .arg(r.written ? tr("added") : tr("to add"), r.divisionsAdded.join(QStringLiteral("、")))
              << Qt::endl;
    const QString counts = tr("%1 households added, %2 updated, %3 already registered and left as they were; %4 "
                              "people added, %5 updated.")
                               .arg(r.householdsAdded)
                               .arg(r.householdsUpdated)
                               .arg(r.householdsSkipped)
                               .arg(r.peopleAdded)
                               .arg(r.peopleUpdated);
    if (failed)
        c.out << tr(
            "%n problem(s): nothing was written. Correct the rows and import again.", nullptr, int(r.problems.size()))
              << Qt::endl;
    else if (options.dryRun)
        c.out << tr("No problems. Nothing was written (--dry-run); the import would make: %1").arg(counts) << Qt::endl;
    else
        c.out << tr("Imported: %1").arg(counts) << Qt::endl;
    return failed ? 1 : 0;
}
