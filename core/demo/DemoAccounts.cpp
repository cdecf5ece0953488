// SPDX-License-Identifier: GPL-3.0-or-later
// The demo county's accounts: one per role, all with DemoGenerator::DemoPassword, so a newcomer can
// try what each role may do. A real county sets its own (README).
#include "demo/DemoContext.h"
#include "demo/DemoGenerator.h"

#include "accounts/Accounts.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"

namespace demo {

namespace {
// The division of the level, first by code (under the parent, when one is given).
std::pair<qint64, QString> firstDivision(const QList<Division> &divisions, int level, qint64 parent)
{
    const Division *first = nullptr;
    for (const Division &d : divisions) {
        if (d.level == level && (parent == 0 || d.parentId == parent) && (!first || d.code < first->code))
            first = &d;
    }
    if (!first)
        throw WriteError{QStringLiteral("no division at level %1").arg(level)};
    return {first->id, first->name};
}
} // namespace

void writeAccounts(CountyDatabase &db)
{
    const QString password = QString::fromLatin1(DemoGenerator::DemoPassword);
    const QList<Division> divisions = Divisions::load(db, Divisions::Counts::Without).value_or({});
    const auto [township, townshipName] = firstDivision(divisions, 2, 0);
    const auto [village, villageName] = firstDivision(divisions, 3, township);
    // Names are data of the demo county, in Chinese like the rest of it.
    const QList<NewAccount> accounts{
        {QStringLiteral("county"), QStringLiteral("县扶贫办干部"), {}, Role::CountyStaff, {}, password},
        {QStringLiteral("township"), townshipName + QStringLiteral("干部"), {}, Role::TownshipStaff, {township},
            password},
        {QStringLiteral("village"), villageName + QStringLiteral("村干部"), {}, Role::VillageCadre, {village},
            password},
        {QStringLiteral("auditor"), QStringLiteral("审计员"), {}, Role::Auditor, {}, password},
    };
    Accounts store(db);
    for (const NewAccount &account : accounts) {
        if (store.find(account.login))
            continue;
        if (Result<qint64> added = store.add(account); !added)
            throw WriteError{added.error()};
    }
    // The administrator who made the demo gets the same password, unless it has one already.
    const Account &admin = db.account();
    if (!admin.hasPassword) {
        if (Status s = store.setPassword(admin.login, password); !s)
            throw WriteError{s.error()};
    }
}

} // namespace demo
