// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class CountyDatabase;

// Small questions about the register asked by what a person types (a household code) rather
// than by row id, for the command line and any other face that starts from a code.
class HouseholdLookup
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdLookup)

public:
    explicit HouseholdLookup(CountyDatabase &db);

    // The id of the household with this code (户编号), deleted or not; refused with a sentence
    // naming the code and the file when no household has it.
    Result<qint64> idOfCode(const QString &code) const;
    // The latest year with an income record in the county; nullopt when none is recorded.
    std::optional<int> latestIncomeYear() const;

private:
    CountyDatabase &m_db;
};
