// SPDX-License-Identifier: GPL-3.0-or-later
// The demo county's accounts: one per role, all with DemoGenerator::DemoPassword, so a newcomer can
// try what each role may do. A real county sets its own (README).
#include "demo/DemoContext.h"
#include "demo/DemoGenerator.h"

#include "accounts/Accounts.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"

namespace demo {

namespace {
std::pair<qint64, QString> firstDivision(CountyDatabase &db, int level, qint64 parent)
{
    SqliteReader s(db.handle(),
        QStringLiteral("SELECT id, name FROM division WHERE level = ? AND (? = 0 OR parent_id = ?) "
                       "ORDER BY code LIMIT 1"));
    s.bind(1, qint64(level));
    s.bind(2, parent);
    s.bind(3, parent);
    if (!s.step())
        throw WriteError{QStringLiteral("no division at level %1").arg(level)};
    return {s.integer(0), s.text(1)};
}
} // namespace

void writeAccounts(CountyDatabase &db)
{
    const QString password = QString::fromLatin1(DemoGenerator::DemoPassword);
    const auto [township, townshipName] = firstDivision(db, 2, 0);
    const auto [village, villageName] = firstDivision(db, 3, township);
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
