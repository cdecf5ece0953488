// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/HouseholdRepository.h"

#include "accounts/AccessPolicy.h"
#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "db/RecordStore.h"
#include "db/SqliteError.h"
#include "db/SqliteReader.h"
#include "register/HouseholdChecks.h"
#include "register/HouseholdKinds.h"
#include "register/HouseholdSaveLookups.h"
#include "register/IdNumber.h"
#include "register/StatusProcedure.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

using RecordStore::Change;

// The fields only the status procedure changes, because it keeps their history (status_event).
const QStringList StatusFields{QStringLiteral("status_code"), QStringLiteral("monitoring_category"),
    QStringLiteral("exit_year"), QStringLiteral("identification_year"), QStringLiteral("attribute_code")};

// The label of a household's column, as people read it.
QString householdLabel(const QString &column)
{
    for (const RecordFields::Field<Household> &f : RecordFields::fieldsOf<Household>()) {
        if (column == QLatin1String(f.column))
            return RecordFields::tr(f.label);
    }
    return column;
}

// Every text of a row as saved: spaces and invisible characters trimmed at both ends.
template <typename T> void trimTexts(T &row)
{
    for (const RecordFields::Field<T> &f : RecordFields::fieldsOf<T>()) {
        if (const auto *p = std::get_if<QString T::*>(&f.member)) {
            row.**p = HouseholdChecks::trimmedText(row.**p);
        } else if (const auto *l = std::get_if<QStringList T::*>(&f.member)) {
            for (QString &item : row.**l)
                item = HouseholdChecks::trimmedText(item);
        }
    }
}

// The stored household, with whether it is deleted and each member's stored position.
struct Stored
{
    Household household;
    bool deleted = false;
    QHash<qint64, int> memberPositions;
};

// Reads one household; nullopt with an empty error when it does not exist.
std::optional<Stored> readStored(sqlite3 *handle, qint64 householdId, QString *error)
{
    std::optional<Household> household = RecordStore::readOne<Household>(handle, householdId, error);
    if (!household)
        return std::nullopt;
    Stored stored;
    stored.household = std::move(*household);
    stored.deleted = RecordStore::isDeleted(handle, RecordStore::table<Household>(), householdId);
    Household &h = stored.household;
    Status st = RecordStore::readChildren(handle, householdId, h.members);
    if (st)
        st = RecordStore::readChildren(handle, householdId, h.incomes);
    if (st)
        st = RecordStore::readChildren(handle, householdId, h.livingConditions);
    if (!st) {
        *error = st.error();
        return std::nullopt;
    }
    SqliteReader positions(handle, QStringLiteral("SELECT id, position FROM member WHERE household_id = ?"));
    positions.bind(1, householdId);
    while (positions.step())
        stored.memberPositions.insert(positions.integer(0), int(positions.integer(1)));
    return stored;
}

} // namespace

HouseholdRepository::HouseholdRepository(CountyDatabase &db) : m_db(db)
{ }

Result<Household> HouseholdRepository::load(qint64 householdId) const
{
    if (Status s = AccessPolicy::checkReadHousehold(m_db, householdId); !s)
        return Result<Household>::failure(s.error());
    QString error;
    std::optional<Stored> stored = readStored(m_db.handle(), householdId, &error);
    if (!stored) {
        return Result<Household>::failure(
            error.isEmpty() ? tr("Household %1 does not exist.").arg(householdId) : error);
    }
    return std::move(stored->household);
}

bool HouseholdRepository::isDeleted(qint64 householdId) const
{
    return RecordStore::isDeleted(m_db.handle(), RecordStore::table<Household>(), householdId);
}

Status HouseholdRepository::checkUnique(const Household &household, HouseholdSaveLookups &lookups)
{
    const Result<std::optional<HouseholdSaveLookups::CodeHolder>> code
        = lookups.codeHolder(household.code, household.meta.id);
    if (!code)
        return code.status();
    if (const std::optional<HouseholdSaveLookups::CodeHolder> &other = code.value()) {
        if (other->deleted)
            return Status::failure(tr("The household code %1 is already used by a deleted household (head: %2). "
                                      "Restore that household, or choose another code.")
                                       .arg(household.code, other->headName));
        return Status::failure(tr("The household code %1 is already used by another household (head: %2).")
                                   .arg(household.code, other->headName));
    }

    for (int i = 0; i < household.members.size(); ++i) {
        const Member &m = household.members.at(i);
        if (m.idNumber.isEmpty())
            continue;
        const Result<std::optional<HouseholdSaveLookups::IdHolder>> holder
            = lookups.idHolder(m.idNumber, household.meta.id);
        if (!holder)
            return holder.status();
        const std::optional<HouseholdSaveLookups::IdHolder> &other = holder.value();
        if (!other)
            continue;
        const QString who = Member::label(HouseholdChecks::shown(m.name), i + 1);
        if (other->deleted)
            return Status::failure(
                tr("The ID number %1 of %2 is registered for %3 in household %4, which was deleted. Restore household "
                   "%4 instead of entering its people again: tick \"Deleted\" in the register's list, or run "
                   "\"fupin-cli household restore %4\".")
                    .arg(m.idNumber, who, other->name, other->householdCode));
        return Status::failure(tr("The ID number %1 of %2 is already registered for %3 in household %4. A "
                                  "person can be registered in only one household.")
                                   .arg(m.idNumber, who, other->name, other->householdCode));
    }
    return {};
}

Household HouseholdRepository::normalized(Household household)
{
    // Beyond what a household can hold nothing is normalised: the checks refuse it as it is.
    if (household.members.size() <= HouseholdChecks::MaxMembers) {
        for (Member &m : household.members) {
            trimTexts(m);
            if (!m.idNumber.isEmpty())
                m.idNumber = IdNumber::normalize(m.idNumber);
        }
    }
    trimTexts(household);
    if (household.incomes.size() <= HouseholdChecks::MaxYearRows) {
        for (IncomeRecord &income : household.incomes)
            trimTexts(income);
    }
    if (household.livingConditions.size() <= HouseholdChecks::MaxYearRows) {
        for (LivingConditions &living : household.livingConditions)
            trimTexts(living);
    }
    // A year only looked at, or typed in and cleared again, is not saved as a record of zeros.
    household.incomes.removeIf([](const IncomeRecord &r) {
        IncomeRecord blank;
        blank.meta = r.meta;
        blank.year = r.year;
        blank.householdSize = r.householdSize;
        return r.meta.id == 0 && r == blank;
    });
    household.livingConditions.removeIf([](const LivingConditions &l) {
        LivingConditions blank;
        blank.meta = l.meta;
        blank.year = l.year;
        return l.meta.id == 0 && l == blank;
    });
    // Income typed before the members were listed takes the household's size.
    for (IncomeRecord &income : household.incomes) {
        if (income.householdSize <= 0)
            income.householdSize = int(household.members.size());
    }
    return household;
}

Result<qint64> HouseholdRepository::save(Household &household)
{
    HouseholdSaveLookups lookups(m_db);
    return write(household, false, lookups);
}

Result<qint64> HouseholdRepository::save(Household &household, StatusProcedureKey)
{
    HouseholdSaveLookups lookups(m_db);
    return write(household, true, lookups);
}

Result<qint64> HouseholdRepository::write(Household &household, bool statusStep, HouseholdSaveLookups &lookups)
{
    using R = Result<qint64>;
    Household next = normalized(household);

    // Refusals a user can act on come before any SQL error could. A status step changes only the
    // status fields of a stored household; the rest was checked when it was saved.
    const QString shownCode = HouseholdChecks::shown(next.code);
    if (!statusStep) {
        QStringList problems = HouseholdChecks::problems(next);
        if (problems.isEmpty())
            problems = HouseholdChecks::codeProblems(next, lookups.codes());
        // A household is new in the state the procedure starts it in: no status without its step.
        if (problems.isEmpty() && next.meta.id == 0)
            problems = StatusProcedure::problemsOfNew(next);
        if (!problems.isEmpty())
            return R::failure(tr("Household %1 cannot be saved: %2").arg(shownCode, problems.join(u' ')));
    }
    QSet<int> years;
    for (const IncomeRecord &r : std::as_const(next.incomes)) {
        if (r.householdSize <= 0)
            return R::failure(tr("The income of %1 has no household size.").arg(r.year));
        if (years.contains(r.year))
            return R::failure(tr("There are two income records for %1.").arg(r.year));
        years.insert(r.year);
    }
    years.clear();
    for (const LivingConditions &l : std::as_const(next.livingConditions)) {
        if (years.contains(l.year))
            return R::failure(tr("There are two records of living conditions for %1.").arg(l.year));
        years.insert(l.year);
    }

    if (Status s = lookups.checkEdit(next.villageId); !s)
        return R::failure(s.error());
    if (Status s = checkPlace(next, lookups); !s)
        return R::failure(s.error());
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return R::failure(transaction.error());

    std::optional<Stored> stored;
    if (next.meta.id != 0) {
        QString error;
        stored = readStored(m_db.handle(), next.meta.id, &error);
        if (!stored)
            return R::failure(error.isEmpty() ? tr("Household %1 no longer exists.").arg(next.code) : error);
        if (stored->deleted)
            return R::failure(tr("Household %1 has been deleted. Restore it before changing it.").arg(next.code));
        // Moving a household out of a village needs that village too.
        if (Status s = lookups.checkEdit(stored->household.villageId); !s)
            return R::failure(s.error());
        if (stored->household.meta.revision != next.meta.revision)
            return R::failure(tr("Household %1 was changed by %2 at %3 after you opened it. Reopen it to see "
                                 "those changes, then make yours again.")
                                  .arg(stored->household.code, stored->household.meta.updatedBy,
                                      RecordStamp::timeText(stored->household.meta.updatedAt)));
    }
    if (Status s = checkUnique(next, lookups); !s)
        return R::failure(s.error());

    RecordWriter &writer = lookups.writer();
    writer.setHousehold(next.meta.id);
    bool changed = false;
    QList<Change> householdChanges;
    if (!stored) {
        if (Status s = RecordStore::insertRow(writer, next); !s)
            return R::failure(s.error());
        changed = true;
    } else {
        householdChanges = RecordStore::diff(stored->household, next);
        if (!statusStep) {
            for (const Change &c : std::as_const(householdChanges)) {
                if (StatusFields.contains(c.column))
                    return R::failure(tr(
                        "The field \"%1\" of household %2 changes only through a status step "
                        "(identification, exit, relapse, monitoring, attribute change), which keeps its history; the "
                        "status, identification year, exit year, attribute and monitoring category "
                        "cannot be edited.")
                                          .arg(householdLabel(c.column), shownCode));
            }
        }
    }
    const qint64 id = next.meta.id;
    const Household empty;
    const Household &before = stored ? stored->household : empty;
    // Members carry positions (the booklet order); a new household has none stored yet.
    const QHash<qint64, int> noPositions;
    const QHash<qint64, int> *positions = stored ? &stored->memberPositions : &noPositions;
    Status s = RecordStore::syncRows(writer, id, next.members, before.members, positions, &changed);
    if (s)
        s = RecordStore::syncRows(writer, id, next.incomes, before.incomes, nullptr, &changed);
    if (s)
        s = RecordStore::syncRows(writer, id, next.livingConditions, before.livingConditions, nullptr, &changed);
    if (!s)
        return R::failure(s.error());

    if (stored) {
        if (householdChanges.isEmpty() && !changed) {
            next.meta = stored->household.meta;
            household = std::move(next);
            return id; // nothing to write, nothing to audit
        }
        // The household's revision moves with any of its rows: it is what a concurrent editor checks.
        if (Status u = RecordStore::updateRow(writer, stored->household, next, householdChanges); !u)
            return R::failure(u.error());
    }
    // The members' names are indexed with the save: a search right after it (by a reading command,
    // which cannot write the index) finds them at once.
    if (Status i = lookups.saved(next); !i)
        return R::failure(i.error());
    if (Status c = transaction.commit(); !c)
        return R::failure(c.error());
    household = std::move(next);
    return id;
}

// The village lies in the township and the group in the village: the access check and the lists
// by township go by these, so they must agree.
Status HouseholdRepository::checkPlace(const Household &household, HouseholdSaveLookups &lookups)
{
    const auto parentOf = [&](qint64 id, int level, QString *name, QString *code) -> std::optional<qint64> {
        const std::optional<HouseholdSaveLookups::Place> place = lookups.division(id);
        if (!place || place->level != level)
            return std::nullopt;
        *name = place->name;
        *code = place->code;
        return place->parentId;
    };
    QString village, villageCode, group, groupCode;
    const std::optional<qint64> township = parentOf(household.villageId, 3, &village, &villageCode);
    if (!township)
        return Status::failure(tr("Household %1: choose its village.").arg(household.code));
    if (*township != household.townshipId)
        return Status::failure(
            tr("Household %1: the village %2 is not in the township chosen.").arg(household.code, village));
    if (household.groupId) {
        const std::optional<qint64> parent = parentOf(household.groupId, 4, &group, &groupCode);
        if (!parent || *parent != household.villageId)
            return Status::failure(
                tr("Household %1: the villager group chosen is not in the village %2.").arg(household.code, village));
    }
    // The code begins with the village's division code: a household code names its village.
    if (!household.code.startsWith(villageCode.left(HouseholdChecks::VillageCodeLength)))
        return Status::failure(tr("Household code %1 does not begin with the code %2 of its village %3: a household "
                                  "code is the village's %4-digit code followed by a serial.")
                                   .arg(household.code, villageCode, village)
                                   .arg(HouseholdChecks::VillageCodeLength));
    return {};
}

Status HouseholdRepository::softDelete(qint64 householdId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Give a reason for deleting the household."));
    return setDeleted(householdId, reason.trimmed());
}

Status HouseholdRepository::restore(qint64 householdId)
{
    return setDeleted(householdId, std::nullopt);
}

Status HouseholdRepository::setDeleted(qint64 householdId, const std::optional<QString> &reason)
{
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    // Read unchecked: the write check below refuses a household outside the scope in its own words.
    QString error;
    std::optional<Stored> household = readStored(m_db.handle(), householdId, &error);
    if (!household)
        return Status::failure(error.isEmpty() ? tr("Household %1 does not exist.").arg(householdId) : error);
    if (Status s = AccessPolicy::check(m_db, AccessPolicy::Action::EditHousehold, household->household.villageId); !s)
        return s;
    const QString label = tr("Household %1").arg(household->household.code);
    if (!reason && isDeleted(householdId)) {
        // While it was deleted, its people may have been registered again elsewhere.
        HouseholdSaveLookups lookups(m_db);
        if (Status s = checkUnique(household->household, lookups); !s)
            return Status::failure(tr("Household %1 cannot be restored: %2").arg(household->household.code, s.error()));
    }
    RecordWriter w(m_db.sql(), m_db.currentUser());
    w.setHousehold(householdId);
    if (Status s = RecordStore::setDeleted(w, RecordStore::table<Household>(), householdId, label, reason); !s)
        return s;
    return transaction.commit();
}

Status HouseholdRepository::forEach(qint64 divisionId, const std::function<bool(const Household &)> &visit) const
{
    const Result<ReadScope> scope = AccessPolicy::readScope(m_db);
    if (!scope)
        return scope.status();
    QString divisionColumn; // empty for the whole county
    if (divisionId != 0) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT level FROM division WHERE id = ?"));
        q.addBindValue(divisionId);
        if (!q.exec())
            return Status::failure(SqliteError::describe(q.lastError(), m_db.path()));
        if (!q.next())
            return Status::failure(tr("Division %1 does not exist.").arg(divisionId));
        static const QStringList columns{QString(), QString(), QStringLiteral("township_id"),
            QStringLiteral("village_id"), QStringLiteral("group_id")};
        divisionColumn = columns.value(q.value(0).toInt());
    }
    const QList<qint64> binds = divisionColumn.isEmpty() ? QList<qint64>() : QList<qint64>{divisionId};
    const auto where = [&](const QString &alias) -> QString {
        QString sql = QStringLiteral(" WHERE ") + alias + QStringLiteral(".deleted_at IS NULL");
        if (!divisionColumn.isEmpty())
            sql += QStringLiteral(" AND ") + alias + u'.' + divisionColumn + QStringLiteral(" = ?");
        return sql + scope->andVillageIn(alias + QStringLiteral(".village_id"));
    };

    sqlite3 *handle = m_db.handle();
    // Four queries ordered by household and merged: the number of queries does not grow with the
    // number of households. Ordering by h.id (not t.household_id) lets SQLite walk the division's
    // index instead of sorting.
    SqliteReader households(
        handle, RecordStore::selectSql<Household>() + where(QStringLiteral("t")) + QStringLiteral(" ORDER BY t.id"));
    for (int i = 0; i < binds.size(); ++i)
        households.bind(i + 1, binds.at(i));
    const auto childSql = [&](const auto *row) -> QString {
        using T = std::remove_cv_t<std::remove_pointer_t<decltype(row)>>;
        return RecordStore::selectSql<T>() + QStringLiteral(" JOIN household h ON h.id = t.household_id")
            + where(QStringLiteral("h")) + QStringLiteral(" ORDER BY h.id, ")
            + QLatin1String(RecordFields::recordKind<T>().orderBy);
    };
    RecordStore::ChildCursor<Member> members(handle, childSql(static_cast<const Member *>(nullptr)), binds);
    RecordStore::ChildCursor<IncomeRecord> incomes(handle, childSql(static_cast<const IncomeRecord *>(nullptr)), binds);
    RecordStore::ChildCursor<LivingConditions> living(
        handle, childSql(static_cast<const LivingConditions *>(nullptr)), binds);
    for (const QString &error : {households.error(), members.error(), incomes.error(), living.error()}) {
        if (!error.isEmpty())
            return Status::failure(error);
    }

    while (households.step()) {
        Household h;
        RecordStore::readRow(households, h);
        members.take(h.meta.id, h.members);
        incomes.take(h.meta.id, h.incomes);
        living.take(h.meta.id, h.livingConditions);
        if (!visit(h))
            return {};
    }
    for (const QString &error : {households.error(), members.error(), incomes.error(), living.error()}) {
        if (!error.isEmpty())
            return Status::failure(error);
    }
    return {};
}
