// SPDX-License-Identifier: GPL-3.0-or-later
#include "county/CountyKinds.h"

#include "db/RecordCatalogue.h"

namespace RecordFields {
template <> const RecordKind<DivisionRow> &recordKind<DivisionRow>()
{
    using D = DivisionRow;
    static const RecordKind<D> kind{"division", QT_TRANSLATE_NOOP("RecordFields", "Division"), Owner::County,
        WriteAccess::Settings, nullptr, nullptr, false,
        {
            {"parent_id", &D::parentId, QT_TRANSLATE_NOOP("RecordFields", "Part of"), nullptr, NullWhenEmpty},
            {"level", &D::level, QT_TRANSLATE_NOOP("RecordFields", "Level")},
            {"code", &D::code, QT_TRANSLATE_NOOP("RecordFields", "Division code")},
            {"name", &D::name, QT_TRANSLATE_NOOP("RecordFields", "Name")},
            {"poor_village", &D::poorVillage, QT_TRANSLATE_NOOP("RecordFields", "Poor village")},
        }};
    return kind;
}
} // namespace RecordFields

namespace {
[[maybe_unused]] const bool learnt = RecordCatalogue::learn<DivisionRow>();
} // namespace
