// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "progress/BulkAssessment.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class CountyDatabase;

// Proposes the exit (脱贫退出) or the risk elimination (风险消除) of a selection of
// households in one call, so that the public-notice clock starts for all of them at once. Every
// household must meet every condition of ExitAssessment on the day (an exit proposal included,
// although a single one need not) and the status procedure must allow the step; otherwise nothing
// is written and the refusal names each household that fails, and why. Each accepted step is
// recorded through StatusProcedure, so it is checked, gated by AccessPolicy and audited exactly as
// one household's step; all of them in one transaction, all or none.
class BulkProposal
{
    Q_DECLARE_TR_FUNCTIONS(BulkProposal)

public:
    // Kind::Exit records the step ProposeExit, Kind::RiskElimination the step ProposeRiskElimination
    // (the county records EliminateRisk later, household by household). Returns the number of
    // households whose step was recorded.
    static Result<int> propose(CountyDatabase &db, BulkAssessment::Kind kind, const QList<qint64> &householdIds,
        const QDate &date, const QString &reason);
};
