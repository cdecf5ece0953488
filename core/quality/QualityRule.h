// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/Household.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Data-quality checks of the national register (DOMAIN.md §7): each rule looks at one household
// and says, in words a village cadre understands, what looks wrong.

enum class Severity { Error, Warning };

// Where else the county registers a person, found by set-based SQL before the rules run.
// A registration outside the divisions the acting account may read names its village only: the
// household's code and the person's name are left empty.
struct Registration
{
    qint64 householdId = 0;
    QString householdCode;
    QString name;
    QString villageName;
    bool readable = true;
};

// What a rule needs beyond the household itself. Cross-household facts are gathered once per run
// by QualityChecker, so that each rule stays a plain function of one household.
struct QualityContext
{
    int year = 0; // the year whose income and living conditions are checked
    bool hasResponsibleCadre = true; // a current pairing (帮扶责任人, end_date NULL) exists
    QDate ageDate; // the day ages are counted on; 31 December of `year` when not set
    // By normalized ID number: the same person in other non-deleted households of the county,
    // and the cadres (帮扶干部) holding that ID number.
    QHash<QString, QList<Registration>> otherRegistrations;
    QHash<QString, QStringList> cadresWithId;
    // The household's current responsible cadres who are inactive or deleted, by name.
    QStringList inactiveCadres;

    QDate ageReference() const;
};

struct Finding
{
    QString ruleCode;
    Severity severity = Severity::Error;
    qint64 householdId = 0; // 0 for a household not saved yet
    QString householdCode;
    QString headName;
    QString message;
};

struct QualityRule
{
    QString code; // "Q01" ...; stable, so reports and exports can refer to it
    Severity severity = Severity::Error;
    QString title;
    // One message per problem found, empty when the household passes.
    std::function<QStringList(const Household &, const QualityContext &)> check;
};

class QualityRules
{
    Q_DECLARE_TR_FUNCTIONS(QualityRules)

public:
    // Every rule in code order. Titles are translated when the list is first built, which is after
    // the app installs its translators.
    static const QList<QualityRule> &all();
    static const QualityRule *find(const QString &code);
    static QString severityName(Severity severity);
    // The stored columns the rules read, by table. Checking a division loads only these (and the
    // income and living conditions of the year checked); a rule that reads another field of a
    // household, member, income or living-conditions record adds its column here.
    static const QHash<QString, QStringList> &columnsRead();
};

inline const QList<QualityRule> &qualityRules()
{
    return QualityRules::all();
}
