// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

// Prepares a statement, binds the values by position and runs it: the one way core runs a
// statement with values, so that no value is ever pasted into SQL text.
bool execSql(QSqlQuery &query, const QString &sql, const QVariantList &binds);
// The same for a statement whose rows are not read; the last insert id goes to insertedId. A
// failure is told in words that name the file (SqliteError), never in SQLite's own.
Status execSql(QSqlDatabase &db, const QString &sql, const QVariantList &binds, qint64 *insertedId = nullptr);
