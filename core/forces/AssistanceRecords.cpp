// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/AssistanceRecords.h"

#include "accounts/AccessPolicy.h"
#include "db/SqliteReader.h"
#include "forces/ForcesKinds.h"

#include <QHash>

#include <algorithm>

namespace {

const QString OfHousehold = QStringLiteral("t.household_id = ?");

// Cadres by id, each read once.
class CadreNames
{
public:
    explicit CadreNames(CountyDatabase &db) : m_cadres(db), m_units(db) { }

    const Cadre &cadre(qint64 id)
    {
        if (!m_loaded.contains(id))
            m_loaded.insert(id, m_cadres.load(id).value_or(Cadre{}));
        return m_loaded[id];
    }
    QString unitName(qint64 unitId)
    {
        return unitId ? m_units.load(unitId).value_or(AssistanceUnit{}).name : QString();
    }

private:
    CadreRepository m_cadres;
    AssistanceUnitRepository m_units;
    QHash<qint64, Cadre> m_loaded;
};

} // namespace

AssistanceRecords::AssistanceRecords(CountyDatabase &db) : m_db(db)
{ }

Result<QList<Measure>> AssistanceRecords::measures(qint64 householdId) const
{
    if (Status s = AccessPolicy::checkReadHousehold(m_db, householdId); !s)
        return Result<QList<Measure>>::failure(s.error());
    Result<QList<Measure>> rows = MeasureRepository(m_db).list(OfHousehold, {householdId});
    if (rows)
        std::stable_sort(
            rows->begin(), rows->end(), [](const Measure &a, const Measure &b) { return a.startDate < b.startDate; });
    return rows;
}

Result<QList<PairingRecord>> AssistanceRecords::pairings(qint64 householdId) const
{
    if (Status s = AccessPolicy::checkReadHousehold(m_db, householdId); !s)
        return Result<QList<PairingRecord>>::failure(s.error());
    const Result<QList<Pairing>> rows = PairingRepository(m_db).list(OfHousehold, {householdId});
    if (!rows)
        return Result<QList<PairingRecord>>::failure(rows.error());
    CadreNames names(m_db);
    QList<PairingRecord> records;
    for (const Pairing &p : rows.value()) {
        const Cadre &c = names.cadre(p.cadreId);
        records.append({p, c.name, names.unitName(c.unitId), c.post, c.phone});
    }
    std::stable_sort(records.begin(), records.end(), [](const PairingRecord &a, const PairingRecord &b) {
        const bool aCurrent = !a.pairing.endDate.isValid();
        const bool bCurrent = !b.pairing.endDate.isValid();
        if (aCurrent != bCurrent)
            return aCurrent;
        return a.pairing.startDate > b.pairing.startDate;
    });
    return records;
}

Result<QList<VisitRecord>> AssistanceRecords::visits(qint64 householdId) const
{
    if (Status s = AccessPolicy::checkReadHousehold(m_db, householdId); !s)
        return Result<QList<VisitRecord>>::failure(s.error());
    const Result<QList<Visit>> rows = VisitRepository(m_db).list(OfHousehold, {householdId});
    if (!rows)
        return Result<QList<VisitRecord>>::failure(rows.error());
    CadreNames names(m_db);
    QList<VisitRecord> records;
    for (const Visit &v : rows.value()) {
        VisitRecord record;
        record.visit = v;
        record.cadreName = names.cadre(v.cadreId).name;
        record.cadres.append({v.cadreId, record.cadreName});
        SqliteReader s(
            m_db.handle(), QStringLiteral("SELECT cadre_id FROM visit_companion WHERE visit_id = ? ORDER BY position"));
        s.bind(1, v.meta.id);
        while (s.step()) {
            const QString name = names.cadre(s.integer(0)).name;
            record.cadreName += u'、' + name;
            record.cadres.append({s.integer(0), name});
        }
        records.append(record);
    }
    std::stable_sort(records.begin(), records.end(), [](const VisitRecord &a, const VisitRecord &b) {
        return a.visit.date != b.visit.date ? a.visit.date > b.visit.date : a.visit.meta.id > b.visit.meta.id;
    });
    return records;
}
