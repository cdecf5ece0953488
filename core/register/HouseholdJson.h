// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "register/Household.h"

#include <QJsonObject>

// A household with its members, incomes and living conditions as JSON, for drafts and exchange.
// Fields are keyed by their column names (RecordFields), so the JSON reads like the tables;
// a household read back compares equal to the one written.
namespace HouseholdJson {

QJsonObject toJson(const Household &household);
// Refused when the JSON is not a household of this shape (a value of the wrong type). A column
// the JSON lacks keeps its default, so that a draft written before a column was added still loads.
Result<Household> fromJson(const QJsonObject &json);

} // namespace HouseholdJson
