// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "forces/AssistanceUnit.h"
#include "forces/Cadre.h"
#include "forces/Measure.h"
#include "forces/Pairing.h"
#include "forces/Visit.h"
#include "forces/VisitPhotos.h"
#include "forces/WorkTeam.h"
#include "forces/WorkTeamMember.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class CountyDatabase;

// The one way the assistance forces change (帮扶力量): each operation a user or a script can do is
// one call here, inside one transaction, checked before anything is written and audited field by
// field through the record machinery. The GUI and the CLI call these and nothing else.
class AssistanceForces
{
    Q_DECLARE_TR_FUNCTIONS(AssistanceForces)

public:
    explicit AssistanceForces(CountyDatabase &db) : m_db(db) { }

    // Units (帮扶单位). A unit in use (by a cadre, a work team, a measure, a project or a fund
    // source) cannot be deleted, only marked inactive.
    Result<qint64> saveUnit(AssistanceUnit &unit);
    Status setUnitActive(qint64 unitId, bool active);
    Status deleteUnit(qint64 unitId, const QString &reason);

    // Cadres (帮扶干部). The ID number must not be another live cadre's.
    Result<qint64> saveCadre(Cadre &cadre);
    Status setCadreActive(qint64 cadreId, bool active);

    // The cap of households for a rank (cadre_rank), at least 1.
    Status setRankCap(const QString &rank, int maxHouseholds);

    // Pairs a household with its responsible cadre from `date` (结对帮扶): the current pairing, if
    // another cadre's, ends the day before and a new one starts, so the history is kept. Pairing a
    // household with the cadre it already has changes nothing. A cadre who would hold more
    // households than their rank's cap is refused unless a reason is given; the reason is stored
    // with the pairing. An inactive or missing cadre, a missing or deleted household, or a date
    // before the current pairing started is refused.
    Result<qint64> pair(qint64 householdId, qint64 cadreId, const QDate &date, const QString &overCapReason = {});
    // The same for many households at once, all or nothing; the cap counts them all.
    Status pairMany(
        const QList<qint64> &householdIds, qint64 cadreId, const QDate &date, const QString &overCapReason = {});

    // Village work teams (驻村工作队) and their members.
    Result<qint64> saveWorkTeam(WorkTeam &team);
    Result<qint64> addTeamMember(WorkTeamMember &member);
    Status removeTeamMember(qint64 memberId, const QString &reason);

    // Measures (帮扶措施): a category of the code list, a start date not in the future, an amount
    // in fen not below 0, and a cadre or unit that exists.
    Result<qint64> saveMeasure(Measure &measure);
    Status deleteMeasure(qint64 measureId, const QString &reason);

    // Visits (走访): by a cadre who exists, on a day not in the future. This keeps the cadres who
    // went along as they were.
    Result<qint64> saveVisit(Visit &visit);
    // The same with the visit's cadres (lead first, 带队; then those who went along, 同行) and photos
    // to add, all in one transaction: a missing cadre or a refused photo writes nothing. The lead
    // becomes visit.cadreId; a cadre named twice counts once.
    Result<qint64> saveVisit(Visit &visit, const QList<qint64> &cadreIds, const QList<NewVisitPhoto> &photos = {});
    // Deletes the visit and, in the same transaction, its photos (soft, audited); restoring the
    // visit brings back the photos deleted with it, not those removed on their own before.
    Status deleteVisit(qint64 visitId, const QString &reason);
    Status restoreVisit(qint64 visitId);
    // The visit's cadres, lead first.
    Result<QList<qint64>> cadresOfVisit(qint64 visitId) const;

    // How many households the cadre holds now, and their rank's cap (0 when the rank is unknown).
    int currentLoad(qint64 cadreId) const;
    int capOf(const QString &rank) const;

private:
    // Why the cadre cannot take households, or empty.
    QString unusableCadre(qint64 cadreId, Cadre *cadre) const;
    QString missingHousehold(qint64 householdId) const;
    // Sets the visit's companions to cadreIds after the lead, audited on the visit, in the caller's
    // transaction.
    Status setCompanions(const Visit &visit, const QList<qint64> &companions);
    // Soft-deletes (deleting) or brings back the photos of a deleted visit, in the caller's
    // transaction.
    Status setPhotosDeletedWithVisit(qint64 visitId, qint64 householdId, bool deleting);
    Result<qint64> pairOne(qint64 householdId, qint64 cadreId, const QDate &date, const QString &reason);

    CountyDatabase &m_db;
};
