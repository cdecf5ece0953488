// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "db/RecordFields.h"
#include "db/RecordWriter.h"

#include <QVariantList>

class CountyDatabase;

// Writes the link tables from their RecordFields::LinkKind declaration, inside the caller's
// transaction: the acting account is checked under the kind's rule for the household the change
// belongs to (0: none), new links get their uuid from the record machinery, and every change is
// audited as the kind declares. No area writes a link table by hand.
namespace LinkStore {

using RecordFields::LinkKind;

// The other keys linked to the owner, in the set's order (by position, else by key).
Result<QVariantList> linked(RecordWriter &w, const LinkKind &kind, qint64 ownerId);
bool isLinked(RecordWriter &w, const LinkKind &kind, qint64 ownerId, const QVariant &other);

// One link more or less, audited as a record of its own. Removing a link that is not there, or
// adding one that is, writes nothing and says so.
Status add(const CountyDatabase &db, RecordWriter &w, const LinkKind &kind, qint64 ownerId, const QVariant &other,
    qint64 householdId);
Status remove(const CountyDatabase &db, RecordWriter &w, const LinkKind &kind, qint64 ownerId, const QVariant &other,
    qint64 householdId);

// Makes the owner's links exactly `others` (in order, for a kind with positions); nothing is
// written when they already are. Sets *changed when something was written.
Status set(const CountyDatabase &db, RecordWriter &w, const LinkKind &kind, qint64 ownerId, const QString &ownerUuid,
    const QVariantList &others, qint64 householdId, bool *changed = nullptr);

} // namespace LinkStore
