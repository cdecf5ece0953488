// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordFields.h"
#include "db/RecordRepository.h"
#include "funds/FundSource.h"
#include "funds/HouseholdBenefit.h"
#include "funds/Microloan.h"

// The funds' kinds of record, declared once for the record machinery. Ledger entries and loan
// events are not among them: they are never edited, only appended (FundLedger, MicroloanBook).
// Microloans and benefits are saved through MicroloanBook::save and BenefitBook::save, which check
// what needs the register (the borrower's age, the household) before the repository saves.
namespace RecordFields {
template <> const RecordKind<FundSource> &recordKind<FundSource>();
template <> const RecordKind<Microloan> &recordKind<Microloan>();
template <> const RecordKind<HouseholdBenefit> &recordKind<HouseholdBenefit>();
} // namespace RecordFields

using FundSourceRepository = RecordRepository<FundSource>;
