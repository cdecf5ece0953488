// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/CardPrintRow.h"
#include "db/RecordFields.h"

// The print log's kind of record, declared once for the record machinery: append-only, audited
// against the household, so that the household's history shows its prints.
namespace RecordFields {
template <> const RecordKind<CardPrintRow> &recordKind<CardPrintRow>();
} // namespace RecordFields
