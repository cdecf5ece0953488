// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/CountyDatabase.h"

#include <QSqlDatabase>

// Test-only: a county database's own connection, for a test that reads what core wrote or tampers
// with the file as another SQLite tool would (an in-memory county has no file to open twice). The GUI
// and the CLI never reach it: CountyDatabase keeps its connection for core's classes.
struct TestSql
{
    static QSqlDatabase &of(CountyDatabase &db) { return db.sql(); }
    static sqlite3 *handle(const CountyDatabase &db) { return db.handle(); }
};
