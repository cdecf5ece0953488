// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "db/KeyedKind.h"

#include <QSqlDatabase>
#include <QVariant>

#include <utility>

class RecordWriter;

// Writes the rows of a keyed kind (KeyedKind) inside the caller's transaction, auditing every
// changed value of an audited column under the row's key: the one way a table without uuids is
// changed. The acting account is checked by the caller's area before it writes.
namespace KeyedStore {

// Columns and their values, in the order given; columns are a kind's declared ones.
using Values = QList<std::pair<const char *, QVariant>>;

// Inserts a new row (refused by the table when the key exists); the audit gets every audited value
// that is not NULL. The new row's id goes to insertedId.
Status insert(RecordWriter &w, const RecordFields::KeyedKind &kind, const Values &row, qint64 *insertedId = nullptr);
// Updates the given columns of the row with the key (where: key columns and values); logs the
// audited ones that changed. *changed says whether any audited value changed. A missing row is
// refused.
Status update(RecordWriter &w, const RecordFields::KeyedKind &kind, const Values &where, const Values &values,
    bool *changed = nullptr);
// Inserts the row or updates its values when the key exists; logs what changed (an insert for a
// new row). `key` names the row, `values` the rest.
Status put(RecordWriter &w, const RecordFields::KeyedKind &kind, const Values &key, const Values &values);
// Inserts the row unless its key exists (the first one stays): a decision made once.
Status keepFirst(RecordWriter &w, const RecordFields::KeyedKind &kind, const Values &row);
// Deletes the rows matching `where` (some or all key columns); an audited kind logs each value
// deleted.
Status remove(RecordWriter &w, const RecordFields::KeyedKind &kind, const Values &where);
// Replaces the set of rows matching `owner` (a leading key column) with `rows` (each the remaining
// columns): unaudited, for sets the caller audits as one field (an account's divisions).
Status replaceSet(RecordWriter &w, const RecordFields::KeyedKind &kind, const Values &owner, const QList<Values> &rows);
// Loads shipped reference rows (code lists, default poverty lines) into a county being created:
// replaced when present, not audited (nobody has changed anything yet).
Status seed(QSqlDatabase &db, const RecordFields::KeyedKind &kind, const Values &row);

} // namespace KeyedStore
