// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordFields.h"
#include "db/RecordRepository.h"
#include "funds/FundAllocationRow.h"
#include "funds/FundDisbursementRow.h"
#include "funds/FundReceiptRow.h"
#include "funds/FundSource.h"
#include "funds/HouseholdBenefit.h"
#include "funds/LoanEventRow.h"
#include "funds/Microloan.h"

// The funds' kinds of record, declared once for the record machinery. Ledger entries and loan
// events are append-only kinds: FundLedger and MicroloanBook check them against the ledger and the
// loan and append them, never change them. Microloans and benefits are saved through
// MicroloanBook::save and BenefitBook::save, which check what needs the register (the borrower's
// age, the household) before the repository saves.
namespace RecordFields {
template <> const RecordKind<FundSource> &recordKind<FundSource>();
template <> const RecordKind<Microloan> &recordKind<Microloan>();
template <> const RecordKind<HouseholdBenefit> &recordKind<HouseholdBenefit>();
template <> const RecordKind<FundReceiptRow> &recordKind<FundReceiptRow>();
template <> const RecordKind<FundAllocationRow> &recordKind<FundAllocationRow>();
template <> const RecordKind<FundDisbursementRow> &recordKind<FundDisbursementRow>();
template <> const RecordKind<LoanEventRow> &recordKind<LoanEventRow>();
} // namespace RecordFields

using FundSourceRepository = RecordRepository<FundSource>;
