// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/HouseholdSaveLookups.h"

#include "accounts/AccessPolicy.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"

HouseholdSaveLookups::HouseholdSaveLookups(CountyDatabase &db) : m_db(db)
{ }

HouseholdSaveLookups::~HouseholdSaveLookups() = default;

std::optional<HouseholdSaveLookups::Place> HouseholdSaveLookups::division(qint64 id)
{
    SqliteReader s(m_db.handle(), QStringLiteral("SELECT parent_id, level, name, code FROM division WHERE id = ?"));
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return Place{s.integer(0), int(s.integer(1)), s.text(2), s.text(3)};
}

Result<std::optional<HouseholdSaveLookups::CodeHolder>> HouseholdSaveLookups::codeHolder(
    const QString &code, qint64 exceptHousehold)
{
    using R = Result<std::optional<CodeHolder>>;
    SqliteReader s(m_db.handle(),
        QStringLiteral("SELECT h.deleted_at IS NOT NULL, (SELECT name FROM member WHERE household_id = h.id "
                       "AND relation_code = '01' LIMIT 1) FROM household h WHERE h.code = ? AND h.id <> ?"));
    s.bind(1, code);
    s.bind(2, exceptHousehold);
    if (!s.step())
        return s.error().isEmpty() ? R(std::nullopt) : R::failure(s.error());
    return R(CodeHolder{s.integer(0) != 0, s.text(1)});
}

Result<std::optional<HouseholdSaveLookups::IdHolder>> HouseholdSaveLookups::idHolder(
    const QString &idNumber, qint64 exceptHousehold)
{
    using R = Result<std::optional<IdHolder>>;
    // `id_number <> ''` lets SQLite use the partial index on member(id_number). Deleted households
    // count too: their people are brought back by restoring the household, not entered again.
    SqliteReader s(m_db.handle(),
        QStringLiteral("SELECT m.name, h.code, h.deleted_at IS NOT NULL FROM member m JOIN household h "
                       "ON h.id = m.household_id WHERE m.id_number = ? AND m.id_number <> '' AND h.id <> ? "
                       "ORDER BY h.deleted_at IS NOT NULL, h.id LIMIT 1"));
    s.bind(1, idNumber);
    s.bind(2, exceptHousehold);
    if (!s.step())
        return s.error().isEmpty() ? R(std::nullopt) : R::failure(s.error());
    return R(IdHolder{s.text(0), s.text(1), s.integer(2) != 0});
}

Status HouseholdSaveLookups::checkEdit(qint64 villageId)
{
    return AccessPolicy::check(m_db, AccessPolicy::Action::EditHousehold, villageId);
}

const CodeLists &HouseholdSaveLookups::codes()
{
    if (!m_codes)
        m_codes.emplace(m_db);
    return *m_codes;
}

RecordWriter &HouseholdSaveLookups::writer()
{
    m_writer.emplace(m_db.sql(), m_db.currentUser());
    return *m_writer;
}

Status HouseholdSaveLookups::saved(const Household &)
{
    return m_db.updateSearchIndex();
}
