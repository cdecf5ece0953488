// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/ReadScope.h"
#include "common/Result.h"
#include "county/PovertyStandards.h"
#include "register/ExitAssessment.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class CountyDatabase;
struct sqlite3;

// One household of a bulk assessment: who it is and what ExitAssessment found.
struct HouseholdAssessment
{
    qint64 householdId = 0;
    QString code;
    QString head; // the head's name; empty when the household has none
    qint64 villageId = 0;
    QDate monitoringStart; // risk elimination: the start of the monitoring open in the year
    ExitAssessment::Result result;
};

// How a long assessment reports and stops: progress gets a percentage on the assessing thread,
// cancel is read between the queries, every few thousand rows and while SQLite works.
struct AssessmentRun
{
    std::function<void(int percent)> progress;
    const std::atomic_bool *cancel = nullptr;
};

// Exit assessment (脱贫退出) and risk elimination (风险消除) for every household of a division in
// a year, as its status history stood then, each with every unmet condition in words (DOMAIN.md §3):
// - exit: the households not out of poverty at some time in the year (poor on its first day, or
//   identified or returned to poverty in it; a household entered as not yet out of poverty without
//   any step counts from the day it was entered);
// - risk elimination: the households monitored at some time in the year, each against the start
//   of the monitoring open in it.
// Each is judged on the day of the year's end, or today for the current year. The facts come from
// a few set-based queries over the division, and ExitAssessment judges them exactly as it judges
// a single household, so the two always agree.
class BulkAssessment
{
    Q_DECLARE_TR_FUNCTIONS(BulkAssessment)

public:
    enum class Kind { Exit, RiskElimination };

    // What to assess, settled on the county's own connection (the account's scope, the county's
    // standards), so that a worker thread with a connection of its own can run it.
    struct Request
    {
        int year = 0;
        Kind kind = Kind::Exit;
        QDate date; // the day the conditions are judged on
        qint64 divisionId = 0;
        int divisionLevel = 1;
        QString divisionName;
        std::optional<ReadScope> scope;
        std::optional<PovertyStandards> standards;
    };

    // How many households leave a condition unmet.
    struct ConditionTotal
    {
        ExitAssessment::Condition condition;
        QString name;
        int unmet = 0;
    };

    struct Report
    {
        int year = 0;
        Kind kind = Kind::Exit;
        QDate date;
        QString divisionName;
        QList<HouseholdAssessment> households; // by household code
        int met() const;
        // Every condition of the kind, in ExitAssessment's order, with the households that miss it.
        QList<ConditionTotal> totals() const;
    };

    // Refused when the year is outside the register's years, the division does not exist, or the
    // account may not read it; a county-wide request of a township or village account covers its
    // own divisions. `divisionId` 0 is the county.
    static Result<Request> prepare(
        CountyDatabase &db, int year, Kind kind, qint64 divisionId, const QDate &today = QDate::currentDate());
    // The same with the division given by its code (empty: the county).
    static Result<Request> prepare(CountyDatabase &db, int year, Kind kind, const QString &divisionCode,
        const QDate &today = QDate::currentDate());
    // Runs a request on a connection (the county's, or a worker's own). A cancelled run fails with
    // cancelledMessage().
    static Result<Report> run(sqlite3 *handle, const Request &request, const AssessmentRun &run = {});
    // run() on the county's own connection.
    static Result<Report> run(CountyDatabase &db, const Request &request, const AssessmentRun &run = {});
    // run() on the county file opened again, read-only, on the calling thread.
    static Result<Report> runFile(const QString &path, const Request &request, const AssessmentRun &run = {});
    // prepare() and run() on the county's own connection: what the CLI calls.
    static Result<Report> assess(CountyDatabase &db, int year, Kind kind, qint64 divisionId,
        const AssessmentRun &run = {}, const QDate &today = QDate::currentDate());

    // The day a year is judged on: its last day, or today for the current year.
    static QDate assessmentDate(int year, const QDate &today);
    static QString cancelledMessage();
    // "exit" and "elimination", as the CLI takes them.
    static QString word(Kind kind);
    static std::optional<Kind> kindOfWord(const QString &word);
    static QString kindName(Kind kind);
    // The conditions a kind judges, in ExitAssessment's order.
    static QList<ExitAssessment::Condition> conditions(Kind kind);
};
