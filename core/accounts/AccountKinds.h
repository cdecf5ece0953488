// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/KeyedKind.h"

// The accounts' tables, declared for KeyedStore. An account is named by its login (no uuid: it
// belongs to this file and is never exchanged); its password hash, stamps and sign-in counters are
// written unaudited (the log says only that a password changed, and when an account was locked).
namespace AccountKinds {
const RecordFields::KeyedKind &account(); // app_user, by login
const RecordFields::KeyedKind &scope(); // app_user_scope: the divisions of a township or village account
} // namespace AccountKinds
