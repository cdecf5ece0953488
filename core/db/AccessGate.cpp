// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/AccessGate.h"

#include <QCoreApplication>

namespace AccessGate {

namespace {

Policy &installed()
{
    static Policy policy;
    return policy;
}

QString noPolicy()
{
    return QCoreApplication::translate("AccessGate",
        "This program was built without the county's access rules, so it may not read or change records.");
}

} // namespace

bool install(const Policy &policy)
{
    installed() = policy;
    return true;
}

Status checkWrite(const CountyDatabase &db, RecordFields::WriteAccess access, qint64 householdId)
{
    return installed().checkWrite ? installed().checkWrite(db, access, householdId) : Status::failure(noPolicy());
}

Status checkReadHousehold(const CountyDatabase &db, qint64 householdId)
{
    return installed().checkReadHousehold ? installed().checkReadHousehold(db, householdId)
                                          : Status::failure(noPolicy());
}

Result<QString> andVillageInScope(const CountyDatabase &db, const QString &villageColumn)
{
    return installed().andVillageInScope ? installed().andVillageInScope(db, villageColumn)
                                         : Result<QString>::failure(noPolicy());
}

} // namespace AccessGate
