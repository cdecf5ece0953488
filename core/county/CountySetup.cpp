// SPDX-License-Identifier: GPL-3.0-or-later
#include "county/CountySetup.h"

#include "accounts/Account.h"
#include "accounts/Accounts.h"
#include "accounts/NewAccount.h"
#include "accounts/SignIn.h"
#include "county/CodeLists.h"
#include "county/CountyKinds.h"
#include "db/CountyAreas.h"
#include "db/CountyDatabase.h"
#include "db/RecordStore.h"
#include "db/RecordWriter.h"
#include "db/SqliteError.h"
#include "register/IdNumber.h"

#include <QDate>

#include <sqlite3.h>

Status CountySetup::initialize(
    CountyDatabase &db, const QString &countyCode, const QString &countyName, const NewAccount &administrator)
{
    if (Status s = CountyDatabase::checkCountyCode(countyCode); !s)
        return s;
    const Result<QString> name = CountyDatabase::checkCountyName(countyName);
    if (!name)
        return Status::failure(name.error());
    NewAccount admin = administrator;
    admin.role = Role::Administrator;
    admin.scope.clear();
    if (admin.login.trimmed().isEmpty())
        admin.login = QStringLiteral("admin");
    if (admin.fullName.trimmed().isEmpty())
        admin.fullName = QStringLiteral("管理员"); // data, like the county's name: Chinese in any locale
    for (const Status &s : {Accounts::checkLogin(admin.login.trimmed()), Accounts::checkPassword(admin.password)}) {
        if (!s)
            return s;
    }
    if (db.isReadOnly())
        return Status::failure(SqliteError::describe(SQLITE_READONLY, db.shownPath()));

    // The check for a county already there and the write are one transaction, so that two
    // programs initialising the same new file at once do not both pass the check.
    Transaction transaction(db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (db.isInitialized())
        return Status::failure(CountyDatabase::tr("This file already holds the county %1.").arg(db.countyName()));
    // The county itself, the first division, written by the record machinery under the administrator.
    DivisionRow county;
    county.level = 1;
    county.code = countyCode;
    county.name = name.value();
    RecordWriter w(db.sql(), admin.login.trimmed());
    if (Status s = RecordStore::insertRow(w, county); !s)
        return s;
    if (Status s = CodeLists::loadDefaults(db); !s)
        return s;
    const Result<Account> created = SignIn::createFirstAdministrator(db, admin);
    if (!created)
        return Status::failure(created.error());
    if (Status s = transaction.commit(); !s) {
        SignIn::signOut(db);
        return s;
    }
    return {};
}

// The county area's part of CountyDatabase (db/CountyAreas.h).
Status CountyAreas::setUp(
    CountyDatabase &db, const QString &countyCode, const QString &countyName, const NewAccount *administrator)
{
    return CountySetup::initialize(db, countyCode, countyName, administrator ? *administrator : NewAccount());
}

bool CountyAreas::isRegionCode(const QString &code)
{
    // A number made with this region is valid only if the region is in China.
    return !IdNumber::make(code, QDate(2000, 1, 1), 1).isEmpty();
}
