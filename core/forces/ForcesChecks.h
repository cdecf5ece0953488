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

class CountyDatabase;

// What must be right before an assistance record can be saved at all, one sentence per problem;
// the record machinery refuses a save with any of them, whoever calls it. The `InFile` checks are
// those against the rest of the county file (the kinds' problemsInFile), read inside the save.
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

    // A cadre's ID number is no other live cadre's, and their rank is one of the county's.
    static QStringList cadreInFile(const CountyDatabase &db, const Cadre &cadre);
    // A new pairing names a household in the register and an active cadre, and goes over the
    // cadre's cap only with a reason.
    static QStringList pairingInFile(const CountyDatabase &db, const Pairing &pairing);
    // A work team is sent to an administrative village.
    static QStringList workTeamInFile(const CountyDatabase &db, const WorkTeam &team);
    // A category of the county's list; the household, cadre, unit and project exist.
    static QStringList measureInFile(const CountyDatabase &db, const Measure &measure);
    // The household is in the register and the cadre is one of the county's.
    static QStringList visitInFile(const CountyDatabase &db, const Visit &visit);
    // An active cadre, not already serving in the team.
    static QStringList workTeamMemberInFile(const CountyDatabase &db, const WorkTeamMember &member);

    // The cap of households for a rank (cadre_rank); 0 when the rank is unknown.
    static int capOf(const CountyDatabase &db, const QString &rank);
    // How many households the cadre holds now, not counting the pairing `except`.
    static int currentLoad(const CountyDatabase &db, qint64 cadreId, qint64 except = 0);
    // Why the cadre cannot take households (missing, deleted or inactive), or empty.
    static QString unusableCadre(const CountyDatabase &db, qint64 cadreId);
    // Why the household cannot be given assistance (missing or deleted), or empty.
    static QString missingHousehold(const CountyDatabase &db, qint64 householdId);
};
