// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountKinds.h"

#include "db/RecordCatalogue.h"

namespace AccountKinds {

using RecordFields::KeyedColumn;
using RecordFields::KeyedKind;

const KeyedKind &account()
{
    static const KeyedKind kind{"app_user", QT_TRANSLATE_NOOP("RecordFields", "Account"), {"login"},
        {
            {"full_name", QT_TRANSLATE_NOOP("RecordFields", "Name")},
            {"phone", QT_TRANSLATE_NOOP("RecordFields", "Phone"), KeyedColumn::Unaudited},
            {"role", QT_TRANSLATE_NOOP("RecordFields", "Role")},
            {"active", QT_TRANSLATE_NOOP("RecordFields", "Active")},
            {"password_hash", nullptr, KeyedColumn::Unaudited},
            {"failed_logins", nullptr, KeyedColumn::Unaudited},
            {"locked_until", QT_TRANSLATE_NOOP("RecordFields", "Locked until"), KeyedColumn::Unaudited},
            {"last_login_at", nullptr, KeyedColumn::Unaudited},
            {"created_at", nullptr, KeyedColumn::Unaudited},
            {"created_by", nullptr, KeyedColumn::Unaudited},
            {"changed_at", nullptr, KeyedColumn::Unaudited},
            {"changed_by", nullptr, KeyedColumn::Unaudited},
        }};
    return kind;
}

const KeyedKind &scope()
{
    static const KeyedKind kind{"app_user_scope", QT_TRANSLATE_NOOP("RecordFields", "Account's divisions"),
        {"user_id", "division_id"}, {}, false};
    return kind;
}

} // namespace AccountKinds

namespace {
[[maybe_unused]] const bool learnt = RecordCatalogue::learn(AccountKinds::account());
} // namespace
