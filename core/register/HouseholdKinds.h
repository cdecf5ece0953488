// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordFields.h"
#include "register/Household.h"
#include "register/StatusEventRow.h"

// The register's kinds of record: the household, and its members, incomes and living conditions
// (rows owned by the household).
namespace RecordFields {
template <> const RecordKind<Household> &recordKind<Household>();
template <> const RecordKind<Member> &recordKind<Member>();
template <> const RecordKind<IncomeRecord> &recordKind<IncomeRecord>();
template <> const RecordKind<LivingConditions> &recordKind<LivingConditions>();
template <> const RecordKind<StatusEventRow> &recordKind<StatusEventRow>();
} // namespace RecordFields

// The risk types (风险类型) of a monitored household, audited as one field of the household.
const RecordFields::LinkKind &householdRisks();
