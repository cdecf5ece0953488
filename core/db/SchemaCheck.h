// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

struct sqlite3;

// Compares a county file's schema with the one the migrations create at the same level: tables,
// their columns, indexes and triggers by name, and the text of each index and trigger (a trigger
// that keeps its name but no longer refuses anything is as good as gone). A file edited with
// another SQLite tool may have lost a table or the triggers that keep its rules.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    // One sentence per difference, empty when the schemas agree; a failure when either cannot be read.
    static Result<QStringList> differences(sqlite3 *file, sqlite3 *expected);
};
