// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forces/AssistanceUnit.h"
#include "forces/Cadre.h"
#include "forces/Measure.h"
#include "forces/Pairing.h"
#include "forces/Visit.h"
#include "forces/WorkTeam.h"
#include "forces/WorkTeamMember.h"

#include <QCoreApplication>
#include <QStringList>

// What must be right before an assistance record can be saved at all, one sentence per problem;
// the record machinery refuses a save with any of them, whoever calls it.
class ForcesChecks
{
    Q_DECLARE_TR_FUNCTIONS(ForcesChecks)

public:
    static QStringList unit(const AssistanceUnit &unit);
    static QStringList cadre(const Cadre &cadre);
    static QStringList pairing(const Pairing &pairing);
    static QStringList workTeam(const WorkTeam &team);
    static QStringList measure(const Measure &measure);
    static QStringList visit(const Visit &visit);
    static QStringList workTeamMember(const WorkTeamMember &member);
};
