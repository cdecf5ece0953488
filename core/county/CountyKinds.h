// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "county/DivisionRow.h"
#include "db/KeyedKind.h"
#include "db/RecordFields.h"

// The county's own kinds of record, declared once for the record machinery: its divisions, and the
// keyed tables of its settings and reference data (KeyedStore writes them).
namespace RecordFields {
template <> const RecordKind<DivisionRow> &recordKind<DivisionRow>();
} // namespace RecordFields

namespace CountyKinds {
const RecordFields::KeyedKind &setting(); // county_info: one value per setting name
const RecordFields::KeyedKind &povertyLine(); // poverty_line, by year
const RecordFields::KeyedKind &monitoringThreshold(); // monitoring_threshold, by year
const RecordFields::KeyedKind &codeItem(); // code_item: the county's copy of the code lists
const RecordFields::KeyedKind &cadreRank(); // cadre_rank: a rank's cap of paired households
} // namespace CountyKinds
