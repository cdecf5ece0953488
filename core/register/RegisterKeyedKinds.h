// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/KeyedKind.h"

// The register's tables that are named by a key of their own, declared for KeyedStore.
namespace RegisterKinds {
// draft: one person's unsaved typing, by author and editor key; no audit (the save that follows is).
const RecordFields::KeyedKind &draft();
// distinct_person: two members decided to be different people; the row keeps its own who and when.
const RecordFields::KeyedKind &distinctPerson();
} // namespace RegisterKinds
