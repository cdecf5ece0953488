// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordFields.h"
#include "db/RecordRepository.h"
#include "funds/FundSource.h"

// The funds' kinds of record, declared once for the record machinery. Ledger entries are not
// among them: they are never edited, only appended through FundLedger.
namespace RecordFields {
template <> const RecordKind<FundSource> &recordKind<FundSource>();
} // namespace RecordFields

using FundSourceRepository = RecordRepository<FundSource>;
