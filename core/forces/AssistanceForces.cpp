// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/AssistanceForces.h"

#include "accounts/AccessPolicy.h"
#include "county/CountyKinds.h"
#include "db/CountyDatabase.h"
#include "db/KeyedStore.h"
#include "db/LinkStore.h"
#include "db/RecordStamp.h"
#include "db/RecordWriter.h"
#include "db/SqliteReader.h"
#include "forces/ForcesChecks.h"
#include "forces/ForcesKinds.h"
#include "register/IdNumber.h"

#include <QSet>

#include <utility>

namespace {

template <typename T> Status asStatus(const Result<T> &r)
{
    return r ? Status() : Status::failure(r.error());
}

} // namespace

Result<qint64> AssistanceForces::saveUnit(AssistanceUnit &unit)
{
    return AssistanceUnitRepository(m_db).save(unit);
}

Status AssistanceForces::setUnitActive(qint64 unitId, bool active)
{
    AssistanceUnitRepository units(m_db);
    Result<AssistanceUnit> unit = units.load(unitId);
    if (!unit)
        return Status::failure(unit.error());
    unit->active = active;
    return asStatus(units.save(unit.value()));
}

Status AssistanceForces::deleteUnit(qint64 unitId, const QString &reason)
{
    AssistanceUnitRepository units(m_db);
    const Result<AssistanceUnit> unit = units.load(unitId);
    if (!unit)
        return Status::failure(unit.error());
    // Deleted records still point at the unit: their history must keep its name.
    static const char *const uses[][2] = {
        {"cadre", "unit_id"},
        {"work_team", "unit_id"},
        {"measure", "unit_id"},
        {"project", "assistance_unit_id"},
        {"fund_source", "assistance_unit_id"},
    };
    for (const auto &use : uses) {
        SqliteReader s(m_db.handle(),
            QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? LIMIT 1").arg(QLatin1String(use[0]), QLatin1String(use[1])));
        s.bind(1, unitId);
        if (s.step())
            return Status::failure(tr("The unit %1 is in use by cadres, work teams, measures, projects or funds, so it "
                                      "cannot be deleted. Mark it inactive instead.")
                                       .arg(unit->name));
        if (!s.error().isEmpty())
            return Status::failure(s.error());
    }
    return units.softDelete(unitId, reason);
}

// The ID number's uniqueness and the rank are the kind's checks (ForcesChecks::cadreInFile).
Result<qint64> AssistanceForces::saveCadre(Cadre &cadre)
{
    cadre.idNumber = IdNumber::normalize(cadre.idNumber);
    return CadreRepository(m_db).save(cadre);
}

Status AssistanceForces::setCadreActive(qint64 cadreId, bool active)
{
    CadreRepository cadres(m_db);
    Result<Cadre> cadre = cadres.load(cadreId);
    if (!cadre)
        return Status::failure(cadre.error());
    cadre->active = active;
    return asStatus(cadres.save(cadre.value()));
}

Status AssistanceForces::setRankCap(const QString &rank, int maxHouseholds)
{
    if (maxHouseholds < 1)
        return Status::failure(tr("A cadre of rank %1 must be allowed at least one household.").arg(rank));
    const int old = capOf(rank);
    if (old == 0)
        return Status::failure(tr("The rank %1 is not one of the county's ranks.").arg(rank));
    if (old == maxHouseholds)
        return {};
    if (Status s = AccessPolicy::checkWrite(m_db, RecordFields::WriteAccess::Settings, 0); !s)
        return s;
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    // A rank's cap is a setting of the county's reference table, audited under the rank's name.
    RecordWriter w(m_db.sql(), m_db.currentUser());
    if (Status s
        = KeyedStore::update(w, CountyKinds::cadreRank(), {{"rank_zh", rank}}, {{"max_households", maxHouseholds}});
        !s)
        return Status::failure(tr("The cap of rank %1 could not be saved in %2.").arg(rank, m_db.path()));
    return transaction.commit();
}

int AssistanceForces::capOf(const QString &rank) const
{
    return ForcesChecks::capOf(m_db, rank);
}

int AssistanceForces::currentLoad(qint64 cadreId) const
{
    return ForcesChecks::currentLoad(m_db, cadreId);
}

QString AssistanceForces::unusableCadre(qint64 cadreId, Cadre *cadre) const
{
    if (const QString why = ForcesChecks::unusableCadre(m_db, cadreId); !why.isEmpty())
        return why;
    if (cadre) {
        const Result<Cadre> c = CadreRepository(m_db).load(cadreId);
        if (!c)
            return c.error();
        *cadre = c.value();
    }
    return {};
}

QString AssistanceForces::missingHousehold(qint64 householdId) const
{
    return ForcesChecks::missingHousehold(m_db, householdId);
}

Result<qint64> AssistanceForces::pair(qint64 householdId, qint64 cadreId, const QDate &date, const QString &reason)
{
    const Status s = pairMany({householdId}, cadreId, date, reason);
    if (!s)
        return Result<qint64>::failure(s.error());
    SqliteReader current(m_db.handle(),
        QStringLiteral("SELECT id FROM pairing WHERE household_id = ? AND end_date IS NULL AND deleted_at IS NULL"));
    current.bind(1, householdId);
    return current.step() ? current.integer(0) : qint64(0);
}

Status AssistanceForces::pairMany(
    const QList<qint64> &householdIds, qint64 cadreId, const QDate &date, const QString &overCapReason)
{
    if (householdIds.isEmpty())
        return Status::failure(tr("Choose the households to pair."));
    if (!date.isValid())
        return Status::failure(tr("Give the date the pairing starts."));
    if (date > QDate::currentDate())
        return Status::failure(tr("A pairing cannot start in the future (%1).").arg(date.toString(Qt::ISODate)));
    Cadre cadre;
    if (const QString why = unusableCadre(cadreId, &cadre); !why.isEmpty())
        return Status::failure(why);

    // The households that would newly come to this cadre.
    const QList<qint64> ids = QSet<qint64>(householdIds.cbegin(), householdIds.cend()).values();
    int joining = 0;
    SqliteReader current(m_db.handle(),
        QStringLiteral(
            "SELECT cadre_id FROM pairing WHERE household_id = ? AND end_date IS NULL AND deleted_at IS NULL"));
    for (qint64 id : ids) {
        if (const QString why = missingHousehold(id); !why.isEmpty())
            return Status::failure(why);
        // Checked for every household, even one already with this cadre: a refusal is never
        // reported as done.
        if (Status s = AccessPolicy::checkWrite<Pairing>(m_db, id); !s)
            return s;
        current.reset();
        current.bind(1, id);
        if (!current.step() || current.integer(0) != cadreId)
            ++joining;
    }
    const int load = currentLoad(cadreId);
    const int cap = capOf(cadre.rank);
    const QString reason = overCapReason.trimmed();
    const bool overCap = cap > 0 && load + joining > cap;
    if (overCap && reason.isEmpty())
        return Status::failure(tr("The cadre %1 (%2) may hold %3 households and holds %4; pairing %5 more goes over "
                                  "the cap. Give a reason to go over it.")
                                   .arg(cadre.name, cadre.rank)
                                   .arg(cap)
                                   .arg(load)
                                   .arg(joining));

    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    for (qint64 id : ids) {
        if (Result<qint64> r = pairOne(id, cadreId, date, overCap ? reason : QString()); !r)
            return Status::failure(r.error());
    }
    return transaction.commit();
}

Result<qint64> AssistanceForces::pairOne(qint64 householdId, qint64 cadreId, const QDate &date, const QString &reason)
{
    using R = Result<qint64>;
    PairingRepository pairings(m_db);
    Result<QList<Pairing>> current
        = pairings.list(QStringLiteral("t.household_id = ? AND t.end_date IS NULL"), {householdId});
    if (!current)
        return R::failure(current.error());
    for (Pairing &p : current.value()) {
        if (p.cadreId == cadreId)
            return p.meta.id;
        if (p.startDate > date)
            return R::failure(tr("The current pairing of household %1 started on %2, after %3.")
                                  .arg(householdId)
                                  .arg(p.startDate.toString(Qt::ISODate), date.toString(Qt::ISODate)));
        // Ends the day before the new one starts; one started the same day ends that day.
        p.endDate = p.startDate < date ? date.addDays(-1) : date;
        if (R r = pairings.save(p); !r)
            return r;
    }
    Pairing next;
    next.householdId = householdId;
    next.cadreId = cadreId;
    next.startDate = date;
    next.overCapReason = reason;
    return pairings.save(next);
}

// The village, the cadre and the team's members once each are the kinds' checks (ForcesChecks).
Result<qint64> AssistanceForces::saveWorkTeam(WorkTeam &team)
{
    return WorkTeamRepository(m_db).save(team);
}

Result<qint64> AssistanceForces::addTeamMember(WorkTeamMember &member)
{
    return WorkTeamMemberRepository(m_db).save(member);
}

Status AssistanceForces::removeTeamMember(qint64 memberId, const QString &reason)
{
    return WorkTeamMemberRepository(m_db).softDelete(memberId, reason);
}

// The category, the dates and the records a measure names are the kind's checks (ForcesChecks).
Result<qint64> AssistanceForces::saveMeasure(Measure &measure)
{
    return MeasureRepository(m_db).save(measure);
}

Status AssistanceForces::deleteMeasure(qint64 measureId, const QString &reason)
{
    return MeasureRepository(m_db).softDelete(measureId, reason);
}

// The date, the household and the cadre are the kind's checks (ForcesChecks).
Result<qint64> AssistanceForces::saveVisit(Visit &visit)
{
    return VisitRepository(m_db).save(visit);
}

Result<qint64> AssistanceForces::saveVisit(
    Visit &visit, const QList<qint64> &cadreIds, const QList<NewVisitPhoto> &photos)
{
    using R = Result<qint64>;
    QList<qint64> cadres;
    for (qint64 id : cadreIds) {
        if (id != 0 && !cadres.contains(id))
            cadres.append(id);
    }
    if (!cadres.isEmpty())
        visit.cadreId = cadres.first();
    CadreRepository cadreRows(m_db);
    for (qint64 id : std::as_const(cadres).mid(1)) {
        if (!cadreRows.load(id) || cadreRows.isDeleted(id))
            return R::failure(tr("There is no cadre %1 in the county.").arg(id));
    }
    // Before anything is written: a photo that would be refused stops the whole visit.
    for (const NewVisitPhoto &photo : photos) {
        if (const QString why = VisitPhotos::problemWith(photo.bytes, photo.fileName); !why.isEmpty())
            return R::failure(why);
    }
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    Visit next = visit;
    const R saved = saveVisit(next);
    if (!saved)
        return saved;
    if (Status s = setCompanions(next, cadres.mid(1)); !s)
        return R::failure(s.error());
    VisitPhotos store(m_db);
    for (const NewVisitPhoto &photo : photos) {
        if (const Result<qint64> added = store.add(saved.value(), photo.bytes, photo.fileName); !added)
            return R::failure(added.error());
    }
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    visit = std::move(next);
    return saved;
}

Status AssistanceForces::setCompanions(const Visit &visit, const QList<qint64> &companions)
{
    RecordWriter w(m_db.sql(), m_db.currentUser());
    return LinkStore::set(m_db, w, visitCompanions(), visit.meta.id, visit.meta.uuid,
        QVariantList(companions.cbegin(), companions.cend()), visit.householdId);
}

Result<QList<qint64>> AssistanceForces::cadresOfVisit(qint64 visitId) const
{
    using R = Result<QList<qint64>>;
    SqliteReader s(m_db.handle(),
        QStringLiteral("SELECT cadre_id, 0 FROM visit WHERE id = ? UNION ALL SELECT cadre_id, position FROM "
                       "visit_companion WHERE visit_id = ? ORDER BY 2"));
    s.bind(1, visitId);
    s.bind(2, visitId);
    QList<qint64> ids;
    while (s.step())
        ids << s.integer(0);
    if (!s.error().isEmpty())
        return R::failure(s.error());
    if (ids.isEmpty())
        return R::failure(tr("There is no visit %1 in the county.").arg(visitId));
    return ids;
}

Status AssistanceForces::setPhotosDeletedWithVisit(qint64 visitId, qint64 householdId, bool deleting)
{
    return VisitPhotos(m_db).setDeletedWithVisit(visitId, householdId, deleting);
}

Status AssistanceForces::deleteVisit(qint64 visitId, const QString &reason)
{
    VisitRepository visits(m_db);
    const Result<Visit> visit = visits.load(visitId);
    if (!visit)
        return Status::failure(visit.error());
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    // The visit first: it checks the reason and the account's villages before any photo is touched.
    if (Status s = visits.softDelete(visitId, reason); !s)
        return s;
    if (Status s = setPhotosDeletedWithVisit(visitId, visit->householdId, true); !s)
        return s;
    return transaction.commit();
}

Status AssistanceForces::restoreVisit(qint64 visitId)
{
    VisitRepository visits(m_db);
    const Result<Visit> visit = visits.load(visitId);
    if (!visit)
        return Status::failure(visit.error());
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Status s = visits.restore(visitId); !s)
        return s;
    if (Status s = setPhotosDeletedWithVisit(visitId, visit->householdId, false); !s)
        return s;
    return transaction.commit();
}
