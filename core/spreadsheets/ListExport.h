// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "projects/ProjectLibrary.h"
#include "quality/QualityRule.h"
#include "register/HouseholdList.h"
#include "spreadsheets/ExportColumn.h"
#include "spreadsheets/ExportDone.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

class CountyDatabase;
class SheetWriter;

// The ledger's entries as its page lists them: 0 means any; entries up to asOf (all when invalid).
struct LedgerFilter
{
    qint64 sourceId = 0;
    qint64 projectId = 0;
    qint64 householdId = 0;
    QDate asOf;
};

// Every list of the workspace written to a spreadsheet (.xlsx or .csv, by the file's suffix; see
// SheetWriter), as filtered on its page: each takes the same filter the page's core list takes and
// reads through the same core call, so an export holds exactly the list's rows, within the acting
// account's read scope (AccessPolicy::readScope) where the list is. The GUI's 导出… and
// `fupin-cli export` call these. A failed, refused or cancelled export leaves no file.
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(ListExport)

public:
    // Told of the rows written (and the total when known, else 0); false cancels the export.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    enum class Reminder { Unpaired, OverCap, WithoutVisit, VillagesWithoutTeam };
    enum class Loans { All, Overdue, DueSoon };
    static constexpr int DueSoonDays = 30;

    explicit ListExport(CountyDatabase &db);
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // The household list, one household a row (the register's page).
    Result<ExportDone> households(const HouseholdFilter &filter, const QString &path) const;
    // The same households with their members, one person a row (RosterColumns): what an import reads.
    Result<ExportDone> members(const HouseholdFilter &filter, const QString &path) const;
    // An empty roster with the columns an import of households and members reads.
    Result<ExportDone> importTemplate(const QString &path) const;

    // Cadres as the cadres tab finds them (name, phone, ID number, unit or post containing search).
    Result<ExportDone> cadres(const QString &search, const QString &path) const;
    Result<ExportDone> units(const QString &formCode, const QString &levelCode, const QString &path) const;
    Result<ExportDone> workTeams(qint64 divisionId, bool currentOnly, const QString &path) const;
    // Current pairings (帮扶责任人) of the households in the division (0: the county).
    Result<ExportDone> pairings(qint64 divisionId, const QString &path) const;
    // A reminder list as the reminders tab shows it; `days` and `asOf` for WithoutVisit.
    Result<ExportDone> reminder(
        Reminder list, qint64 divisionId, const QString &path, int days = 90, const QDate &asOf = {}) const;

    Result<ExportDone> projects(const ProjectFilter &filter, const QString &path) const;
    Result<ExportDone> ledger(const LedgerFilter &filter, const QString &path) const;
    Result<ExportDone> loans(Loans list, const QDate &asOf, const QString &path) const;
    // Findings of a data-quality check, as the panel holds them (already within the read scope).
    Result<ExportDone> quality(const QList<Finding> &findings, const QString &path) const;

    static QString cancelledMessage();

private:
    using Rows = std::function<Status(SheetWriter &)>;
    // Opens the writer for the path's format, lets `rows` fill it, and finishes it; nothing is
    // left under the name when any step fails.
    Result<ExportDone> write(
        const QString &path, const QString &sheet, const ExportColumns &columns, const Rows &rows) const;
    // Calls the progress every so many rows; a refusal when the user cancelled.
    Status advance(qint64 done, qint64 total, bool always = false) const;
    Result<ExportDone> roster(const HouseholdFilter &filter, const QString &path, bool withMembers) const;

    CountyDatabase &m_db;
    Progress m_progress;
};
