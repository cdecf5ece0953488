// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/HouseholdBatch.h"

#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"
#include "register/HouseholdRepository.h"

HouseholdBatch::HouseholdBatch(CountyDatabase &db) : HouseholdSaveLookups(db)
{ }

Status HouseholdBatch::load()
{
    sqlite3 *handle = m_db.handle();
    SqliteReader divisions(handle, QStringLiteral("SELECT id, parent_id, level, name, code FROM division"));
    while (divisions.step())
        m_divisions.insert(divisions.integer(0),
            Place{divisions.integer(1), int(divisions.integer(2)), divisions.text(3), divisions.text(4)});
    SqliteReader households(handle, QStringLiteral("SELECT code, id FROM household"));
    while (households.step())
        m_householdByCode.insert(households.text(0), households.integer(1));
    SqliteReader people(
        handle, QStringLiteral("SELECT id_number, household_id FROM member WHERE id_number <> '' ORDER BY id"));
    while (people.step())
        m_householdsByIdNumber[people.text(0)].append(people.integer(1));
    for (const SqliteReader *r : {&divisions, &households, &people}) {
        if (!r->error().isEmpty())
            return Status::failure(r->error());
    }
    return {};
}

Result<qint64> HouseholdBatch::save(Household &household)
{
    return HouseholdRepository(m_db).write(household, false, *this);
}

Status HouseholdBatch::finish()
{
    return m_db.updateSearchIndex();
}

std::optional<HouseholdSaveLookups::Place> HouseholdBatch::division(qint64 id)
{
    if (const auto it = m_divisions.constFind(id); it != m_divisions.cend())
        return it.value();
    // Added since the load (an import adding the villages a roster names).
    std::optional<Place> place = HouseholdSaveLookups::division(id);
    if (place)
        m_divisions.insert(id, *place);
    return place;
}

Result<std::optional<HouseholdSaveLookups::CodeHolder>> HouseholdBatch::codeHolder(
    const QString &code, qint64 exceptHousehold)
{
    const qint64 holder = m_householdByCode.value(code);
    if (holder == 0 || holder == exceptHousehold)
        return Result<std::optional<CodeHolder>>(std::nullopt);
    return HouseholdSaveLookups::codeHolder(code, exceptHousehold);
}

Result<std::optional<HouseholdSaveLookups::IdHolder>> HouseholdBatch::idHolder(
    const QString &idNumber, qint64 exceptHousehold)
{
    const auto it = m_householdsByIdNumber.constFind(idNumber);
    if (it == m_householdsByIdNumber.cend()
        || std::all_of(it->cbegin(), it->cend(), [&](qint64 h) { return h == exceptHousehold; }))
        return Result<std::optional<IdHolder>>(std::nullopt);
    return HouseholdSaveLookups::idHolder(idNumber, exceptHousehold);
}

Status HouseholdBatch::checkEdit(qint64 villageId)
{
    if (const auto it = m_editChecks.constFind(villageId); it != m_editChecks.cend())
        return it.value();
    const Status s = HouseholdSaveLookups::checkEdit(villageId);
    m_editChecks.insert(villageId, s);
    return s;
}

RecordWriter &HouseholdBatch::writer()
{
    // One writer for the whole batch: its statements are prepared once, and every row and audit
    // entry of the import is stamped with one time.
    if (!m_writer)
        m_writer.emplace(m_db.sql(), m_db.currentUser());
    return *m_writer;
}

Status HouseholdBatch::saved(const Household &household)
{
    // Entries left by a changed code or a moved person only cost a look in the file: a hit is
    // always confirmed there.
    m_householdByCode.insert(household.code, household.meta.id);
    for (const Member &m : household.members) {
        if (m.idNumber.isEmpty())
            continue;
        QList<qint64> &holders = m_householdsByIdNumber[m.idNumber];
        if (!holders.contains(household.meta.id))
            holders.append(household.meta.id);
    }
    return {};
}
