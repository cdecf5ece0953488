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

namespace CountyKinds {

using RecordFields::KeyedColumn;
using RecordFields::KeyedKind;

const KeyedKind &setting()
{
    static const KeyedKind kind{
        "county_info", QT_TRANSLATE_NOOP("RecordFields", "County setting"), {"key"}, {{"value"}}, true, true};
    return kind;
}

const KeyedKind &povertyLine()
{
    static const KeyedKind kind{"poverty_line", QT_TRANSLATE_NOOP("RecordFields", "Poverty line"), {"year"},
        {{"line_fen", QT_TRANSLATE_NOOP("RecordFields", "Poverty line"), KeyedColumn::Money},
            {"note", QT_TRANSLATE_NOOP("RecordFields", "Note")}}};
    return kind;
}

const KeyedKind &monitoringThreshold()
{
    static const KeyedKind kind{"monitoring_threshold", QT_TRANSLATE_NOOP("RecordFields", "Monitoring threshold"),
        {"year"},
        {{"threshold_fen", QT_TRANSLATE_NOOP("RecordFields", "Monitoring threshold"), KeyedColumn::Money},
            {"note", QT_TRANSLATE_NOOP("RecordFields", "Note")}}};
    return kind;
}

const KeyedKind &codeItem()
{
    static const KeyedKind kind{"code_item", QT_TRANSLATE_NOOP("RecordFields", "Code"), {"list", "code"},
        {{"name_zh", QT_TRANSLATE_NOOP("RecordFields", "Name")}, {"name_en", QT_TRANSLATE_NOOP("RecordFields", "Name")},
            {"extra"}, {"sort_order", nullptr, KeyedColumn::Unaudited}}};
    return kind;
}

const KeyedKind &cadreRank()
{
    static const KeyedKind kind{"cadre_rank", QT_TRANSLATE_NOOP("RecordFields", "Cadre rank"), {"rank_zh"},
        {{"rank_en", nullptr, KeyedColumn::Unaudited},
            {"max_households", QT_TRANSLATE_NOOP("RecordFields", "Most paired households")}}};
    return kind;
}

} // namespace CountyKinds

namespace {
[[maybe_unused]] const bool learnt = RecordCatalogue::learn<DivisionRow>()
    && RecordCatalogue::learn(CountyKinds::setting()) && RecordCatalogue::learn(CountyKinds::povertyLine())
    && RecordCatalogue::learn(CountyKinds::monitoringThreshold()) && RecordCatalogue::learn(CountyKinds::codeItem())
    && RecordCatalogue::learn(CountyKinds::cadreRank());
} // namespace
