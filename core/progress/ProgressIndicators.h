// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "progress/ProgressFigures.h"
#include "progress/VillagePopulation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class CountyDatabase;

// The progress indicators (进度) of a division for a year, in one call: the dashboard, the printed
// dashboard and the benchmark read these. Each is a handful of set-based queries over the division
// (never one per household); the households of each bar are those its filter lists in the register.
// A township or village account counts only the villages in its scope: a division above its own
// (the county) covers those villages, one beside them is refused as AccessPolicy::checkRead refuses.
class ProgressIndicators
{
    Q_DECLARE_TR_FUNCTIONS(ProgressIndicators)

public:
    explicit ProgressIndicators(CountyDatabase &db) : m_db(db) { }

    // today: the date "now" is (overdue visits of the current year are counted up to it).
    Result<ProgressFigures> compute(qint64 divisionId, int year, const QDate &today = QDate::currentDate()) const;

    // The last year the register's history reaches (an exit, a relapse, monitoring ...): the year the
    // dashboard opens on; the current year when there is none.
    int latestYear() const;

    // The county setting of the incidence line: 2 or 3 (percent; 3 in the west, the default).
    static constexpr const char *IncidenceLineSetting = "incidence_line_percent";
    // A village's rural registered population (农村户籍人口) is kept as the setting
    // rural_population:<village code>; the register holds only registered households.
    static QString ruralPopulationKey(const QString &villageCode);
    static constexpr int MaxRuralPeople = 1'000'000;

    // The settings incidence is measured with, set by county-level accounts (AccessPolicy
    // SetStandards), each change in its own transaction with its audit entry; the next compute()
    // uses it. The line: 2 or 3 (3 when unset).
    int incidenceLinePercent() const;
    Status setIncidenceLinePercent(int percent);
    // The villages the account reads, by code, with their recorded and registered people.
    Result<QList<VillagePopulation>> villagePopulations() const;
    // Records a village's rural registered population, 1 to MaxRuralPeople; 0 removes the figure
    // (the register's people stand in again).
    Status setRuralPopulation(qint64 villageId, int people);

private:
    Status writeSetting(const QString &key, const QString &value, const QString &what);

    CountyDatabase &m_db;
};
