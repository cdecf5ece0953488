// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "county/DivisionRow.h"
#include "db/RecordFields.h"

// The county's own kinds of record, declared once for the record machinery: its divisions.
namespace RecordFields {
template <> const RecordKind<DivisionRow> &recordKind<DivisionRow>();
} // namespace RecordFields
