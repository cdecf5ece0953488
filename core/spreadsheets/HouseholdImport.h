// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "spreadsheets/ImportReport.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class CountyDatabase;
class SheetReader;
struct SheetRow;

// Imports households and their members from a roster (.xlsx, .xls, .csv) kept one row per person:
// grouped by household code, or by a head's row (与户主关系 户主) followed by the members' rows.
// Every household is saved through HouseholdBatch, which saves as HouseholdRepository::save does, inside one
// transaction: the import writes every row or none. Rows are checked as they stream; a row the
// editor would refuse is a problem named by its sheet row and column, and then nothing is written.
class HouseholdImport
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdImport)

public:
    struct Options
    {
        QString sheet; // empty: the first sheet
        int headerRow = 0; // 0: found among the first rows, below any title rows
        std::optional<ImportMapping> mapping; // instead of the one the header gives
        QString mappingFile; // a saved mapping applied over the header's
        bool addDivisions = false; // add the townships, villages and groups the county lacks
        bool updateExisting = false; // people already registered: update them (else leave them)
        bool dryRun = false; // check everything, write nothing (the preview)
        int incomeYear = 0; // the year of incomes without a year column; 0: last year
    };

    // The sheet's layout before an import: its sheets, the header row found and the mapping it gives.
    struct Layout
    {
        QStringList sheets;
        QString sheet;
        int headerRow = 0;
        ImportMapping mapping;
        QList<SheetRow> firstRows; // up to FirstRows rows from the top, for a preview
    };
    static constexpr int FirstRows = 30;

    // Reports progress (0..1) and the rows read; returns false to cancel.
    using Progress = std::function<bool(double fraction, int rows)>;

    explicit HouseholdImport(CountyDatabase &db);

    static Result<Layout> inspect(const QString &path, const Options &options);

    // Reads, checks and (unless a dry run, or a row has a problem, or it is cancelled) writes the
    // roster in one transaction, audited as an import of the file by the acting account. A file
    // that cannot be read at all is refused; problems of rows are in the report.
    Result<ImportReport> run(const QString &path, const Options &options, const Progress &progress = {});

    // The report's problems as a spreadsheet for the village to correct its roster (.xlsx, or .csv in
    // UTF-8 with a BOM, by the name's suffix): one row per problem with its sheet row, column and
    // reason, beside that row's cells as the roster has them (read again from report.path).
    static Status saveProblems(const ImportReport &report, const QString &path);

private:
    class Run;
    CountyDatabase &m_db;
};
