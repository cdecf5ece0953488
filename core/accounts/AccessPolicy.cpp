// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccessPolicy.h"

#include "accounts/Accounts.h"
#include "db/AccessGate.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"

bool AccessPolicy::allows(Role role, Action action)
{
    switch (role) {
    case Role::Administrator:
        return true;
    case Role::CountyStaff:
        return action != Action::ManageAccounts && action != Action::ChangeSettings && action != Action::RestoreCounty;
    case Role::TownshipStaff:
        return action == Action::EditHousehold || action == Action::EditAssistance || action == Action::ProposeStatus
            || action == Action::AnnounceStatus || action == Action::SetGoals || action == Action::PrintCards;
    case Role::VillageCadre:
        return action == Action::EditHousehold || action == Action::EditAssistance || action == Action::ProposeStatus
            || action == Action::PrintCards;
    case Role::Auditor:
        return false;
    }
    return false;
}

QString AccessPolicy::actionText(Action action)
{
    switch (action) {
    case Action::EditHousehold:
        return tr("change households and their members");
    case Action::EditAssistance:
        return tr("change pairings, assistance measures and visits");
    case Action::ProposeStatus:
        return tr("propose a household's exit");
    case Action::AnnounceStatus:
        return tr("announce an exit publicly");
    case Action::ApproveStatus:
        return tr("approve identification, exit, relapse, monitoring, risk elimination and attribute changes");
    case Action::EditCountyData:
        return tr("change assistance units, cadres, work teams, projects and funds");
    case Action::ChangeSettings:
        return tr("change the county's settings and divisions");
    case Action::ManageAccounts:
        return tr("manage accounts");
    case Action::BackUpCounty:
        return tr("back up the whole county");
    case Action::RestoreCounty:
        return tr("restore the county from a backup");
    case Action::SetGoals:
        return tr("set annual goals and timetables");
    case Action::SetStandards:
        return tr("change the poverty line and the monitoring threshold");
    case Action::PrintCards:
        return tr("print households' cards");
    }
    return {};
}

AccessPolicy::Action AccessPolicy::actionFor(RecordFields::WriteAccess access)
{
    switch (access) {
    case RecordFields::WriteAccess::Household:
        return Action::EditHousehold;
    case RecordFields::WriteAccess::Assistance:
        return Action::EditAssistance;
    case RecordFields::WriteAccess::County:
        return Action::EditCountyData;
    case RecordFields::WriteAccess::Settings:
        return Action::ChangeSettings;
    case RecordFields::WriteAccess::Goals:
        return Action::SetGoals;
    }
    return Action::ManageAccounts; // not reached: every rule is named above (-Wswitch)
}

namespace {
// The division and its parents, nearest first.
QList<qint64> divisionAndParents(sqlite3 *db, qint64 divisionId)
{
    SqliteReader s(db,
        QStringLiteral("WITH RECURSIVE up(id, depth) AS (SELECT ?, 0 UNION ALL SELECT d.parent_id, up.depth + 1 FROM "
                       "division d JOIN up ON d.id = up.id WHERE d.parent_id IS NOT NULL AND up.depth < 8) "
                       "SELECT id FROM up ORDER BY depth"));
    s.bind(1, divisionId);
    QList<qint64> ids;
    while (s.step())
        ids.append(s.integer(0));
    return ids;
}

QString divisionName(sqlite3 *db, qint64 divisionId)
{
    SqliteReader s(db, QStringLiteral("SELECT name FROM division WHERE id = ?"));
    s.bind(1, divisionId);
    return s.step() ? s.text(0) : QString::number(divisionId);
}
} // namespace

bool AccessPolicy::inScope(const CountyDatabase &db, const Account &account, qint64 divisionId)
{
    if (!Roles::isScoped(account.role))
        return true;
    if (divisionId == 0)
        return false;
    const QList<qint64> path = divisionAndParents(db.handle(), divisionId);
    for (qint64 id : path) {
        if (account.scope.contains(id))
            return true;
    }
    return false;
}

Result<Account> AccessPolicy::actingAccount(const CountyDatabase &db, std::optional<Action> action)
{
    using R = Result<Account>;
    if (!db.account().isSignedIn()) {
        return R::failure(action
                ? tr("Nobody has signed in to %1: sign in before making changes.").arg(db.path())
                : tr("Nobody has signed in to %1: sign in before reading its households.").arg(db.path()));
    }
    // The account as the file has it now, not as it was at sign-in: a role, scope or deactivation
    // changed since (here or on another PC sharing the file) applies to the next write or read.
    const Account account = Accounts::read(db, db.account().login).value_or(Account());
    if (!account.isSignedIn())
        return R::failure(tr("The account %1 no longer exists in %2.").arg(db.account().login, db.path()));
    if (!account.active) {
        return R::failure(action
                ? tr("The account %1 has been deactivated and may not change anything.").arg(account.displayName())
                : tr("The account %1 has been deactivated and may not read anything.").arg(account.displayName()));
    }
    if (action && !allows(account.role, *action))
        return R::failure(
            tr("%1 is %2 and may not %3.").arg(account.displayName(), Roles::label(account.role), actionText(*action)));
    return account;
}

Status AccessPolicy::checkPlace(
    const CountyDatabase &db, const Account &account, std::optional<Action> action, qint64 divisionId)
{
    if (!Roles::isScoped(account.role) || inScope(db, account, divisionId))
        return {};
    QStringList names;
    for (qint64 id : account.scope)
        names << divisionName(db.handle(), id);
    const QString scope = names.isEmpty() ? tr("no division") : names.join(QStringLiteral("、"));
    const QString where = divisionId ? divisionName(db.handle(), divisionId) : tr("the whole county");
    if (action) {
        return Status::failure(
            tr("%1 may %2 only in %3; this is in %4.").arg(account.displayName(), actionText(*action), scope, where));
    }
    return Status::failure(tr("%1 %2 may read the households of %3 only; %4 is outside.")
                               .arg(Roles::label(account.role), account.displayName(), scope, where));
}

Status AccessPolicy::check(const CountyDatabase &db, Action action, qint64 divisionId)
{
    const Result<Account> account = actingAccount(db, action);
    return account ? checkPlace(db, account.value(), action, divisionId) : account.status();
}

Status AccessPolicy::checkRead(const CountyDatabase &db, qint64 divisionId)
{
    const Result<Account> account = actingAccount(db, std::nullopt);
    return account ? checkPlace(db, account.value(), std::nullopt, divisionId) : account.status();
}

Status AccessPolicy::checkReadHousehold(const CountyDatabase &db, qint64 householdId)
{
    const Result<Account> account = actingAccount(db, std::nullopt);
    if (!account)
        return account.status();
    if (!Roles::isScoped(account->role))
        return {};
    SqliteReader s(db.handle(), QStringLiteral("SELECT village_id FROM household WHERE id = ?"));
    s.bind(1, householdId);
    if (!s.step())
        return {};
    return checkPlace(db, account.value(), std::nullopt, s.integer(0));
}

Result<ReadScope> AccessPolicy::readScope(const CountyDatabase &db)
{
    const Result<Account> account = actingAccount(db, std::nullopt);
    if (!account)
        return Result<ReadScope>::failure(account.error());
    ReadScope scope;
    scope.m_countyWide = !Roles::isScoped(account->role);
    if (scope.m_countyWide || account->scope.isEmpty())
        return scope;
    // The villages in and under the account's divisions (a township's villages, a village itself).
    QStringList ids;
    for (qint64 id : account->scope)
        ids << QString::number(id);
    SqliteReader s(db.handle(),
        QStringLiteral("WITH RECURSIVE below(id, level, depth) AS (SELECT id, level, 0 FROM division WHERE id IN (%1) "
                       "UNION SELECT d.id, d.level, b.depth + 1 FROM division d JOIN below b ON d.parent_id = b.id "
                       "WHERE b.depth < 8) SELECT DISTINCT id FROM below WHERE level = 3 ORDER BY id")
            .arg(ids.join(u',')));
    while (s.step())
        scope.m_villages.append(s.integer(0));
    if (!s.error().isEmpty())
        return Result<ReadScope>::failure(tr("The divisions of %1 could not be read.").arg(db.path()));
    return scope;
}

Status AccessPolicy::checkWrite(const CountyDatabase &db, RecordFields::WriteAccess access, qint64 householdId)
{
    qint64 village = 0;
    if (householdId) {
        SqliteReader s(db.handle(), QStringLiteral("SELECT village_id FROM household WHERE id = ?"));
        s.bind(1, householdId);
        if (s.step())
            village = s.integer(0);
    }
    return check(db, actionFor(access), village);
}

Status AccessPolicy::checkGoal(const CountyDatabase &db, qint64 divisionId)
{
    const Result<Account> account = actingAccount(db, Action::SetGoals);
    if (!account)
        return account.status();
    SqliteReader s(db.handle(), QStringLiteral("SELECT level, name FROM division WHERE id = ?"));
    s.bind(1, divisionId);
    if (!s.step())
        return Status::failure(tr("There is no division %1 in %2.").arg(divisionId).arg(db.path()));
    const int level = int(s.integer(0));
    const QString name = s.text(1);
    if (level > 3)
        return Status::failure(tr("Goals are set for the county, its townships and villages, not for a villager "
                                  "group such as %1.")
                                   .arg(name));
    switch (account->role) {
    case Role::Administrator:
        return {};
    case Role::CountyStaff:
        if (level == 3)
            return Status::failure(tr("%1 is %2 and sets the goals of the county and its townships; the goal of "
                                      "the village %3 is set by its township's staff.")
                                       .arg(account->displayName(), Roles::label(account->role), name));
        return {};
    case Role::TownshipStaff:
        if (level < 3)
            return Status::failure(tr("%1 is %2 and sets the goals of the villages of its townships; the goal of "
                                      "%3 is set by the county.")
                                       .arg(account->displayName(), Roles::label(account->role), name));
        return checkPlace(db, account.value(), Action::SetGoals, divisionId);
    case Role::VillageCadre:
    case Role::Auditor:
        break;
    }
    return Status::failure(tr("%1 is %2 and may not %3.")
                               .arg(account->displayName(), Roles::label(account->role), actionText(Action::SetGoals)));
}

namespace {
// The record machinery (core/db) asks these through AccessGate, which knows no roles or scopes.
Result<QString> andVillageInScope(const CountyDatabase &db, const QString &villageColumn)
{
    const Result<ReadScope> scope = AccessPolicy::readScope(db);
    if (!scope)
        return Result<QString>::failure(scope.error());
    return scope->andVillageIn(villageColumn);
}

[[maybe_unused]] const bool installed = AccessGate::install({
    static_cast<Status (*)(const CountyDatabase &, RecordFields::WriteAccess, qint64)>(&AccessPolicy::checkWrite),
    &AccessPolicy::checkReadHousehold,
    &andVillageInScope,
});
} // namespace
