// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/RegisterKeyedKinds.h"

namespace RegisterKinds {

using RecordFields::KeyedKind;

const KeyedKind &draft()
{
    static const KeyedKind kind{"draft", QT_TRANSLATE_NOOP("RecordFields", "Draft"), {"author", "key"},
        {{"household_id"}, {"label"}, {"content"}, {"saved_at"}}, false};
    return kind;
}

const KeyedKind &distinctPerson()
{
    static const KeyedKind kind{"distinct_person", QT_TRANSLATE_NOOP("RecordFields", "Different people"),
        {"member_uuid_a", "member_uuid_b"}, {{"decided_by"}, {"decided_at"}}, false};
    return kind;
}

} // namespace RegisterKinds
