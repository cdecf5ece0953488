// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "quality/QualityRule.h"

#include <QCoreApplication>
#include <QList>

class CountyDatabase;

// Runs the data-quality rules over one household, a division or the whole county.
class QualityChecker
{
    Q_DECLARE_TR_FUNCTIONS(QualityChecker)

public:
    explicit QualityChecker(CountyDatabase &db);

    // Runs every rule on one household, saved or not (an editor checks before saving). Needs no
    // database: cross-household facts come in the context (see contextFor).
    QList<Finding> checkHousehold(const Household &household, const QualityContext &context) const;

    // The context of one household as the database knows it: its current pairing, other
    // registrations of its members' ID numbers and cadres holding them.
    Result<QualityContext> contextFor(const Household &household, int year) const;

    // Every non-deleted household of a division (0 or the county: all), in household id order.
    // Cross-household facts are gathered with a few set-based queries before the households stream.
    Result<QList<Finding>> checkDivision(qint64 divisionId, int year) const;

private:
    CountyDatabase &m_db;
};
