// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class CountyDatabase;

// The lists of the assistance forces page and the CLI, each one set-based query (fast on a county of
// 100,000 households). A division of 0 is the whole county; otherwise the households (and villages)
// of that township, village or group. Lists of households and visits hold only the households of the
// acting account's divisions (AccessPolicy::readScope); units, cadres, work teams and the
// contribution counts show no household's people and stay county-wide.
class ForcesLists
{
    Q_DECLARE_TR_FUNCTIONS(ForcesLists)

public:
    struct Unit
    {
        qint64 id = 0;
        QString name;
        QString formCode;
        QString levelCode;
        QString pairedRegion;
        QString contactPerson;
        QString contactPhone;
        int cadres = 0;
        bool active = true;
    };
    struct Cadre
    {
        qint64 id = 0;
        QString name;
        QString unit;
        QString post;
        QString rank;
        QString phone;
        int households = 0; // paired now
        int cap = 0;
        bool firstSecretary = false;
        bool active = true;
    };
    struct Household
    {
        qint64 id = 0;
        QString code;
        QString headName;
        QString village;
    };
    // A household of a cadre, now or in the past.
    struct CadreHousehold
    {
        qint64 householdId = 0;
        QString code;
        QString headName;
        QString village;
        QDate start;
        QDate end; // invalid while current
        QDate lastVisit; // by this cadre, leading or going along; invalid when never
    };
    struct OverdueCadre
    {
        qint64 id = 0;
        QString name;
        QString unit;
        QString phone;
        int households = 0; // current households not visited by the cadre since the cut-off
        QDate lastVisit; // the cadre's last visit to any household
    };
    struct Village
    {
        qint64 id = 0;
        QString name;
        QString township;
        int members = 0; // of its largest current work team
    };
    struct Team
    {
        qint64 id = 0;
        qint64 villageId = 0;
        QString village;
        QString township;
        QString unit;
        QDate start;
        QDate end;
        QString members; // "name (role), ..."
        int memberCount = 0;
        QString firstSecretary; // empty when the team has none
    };

    struct RankCap
    {
        QString rank;
        int maxHouseholds = 0;
    };
    struct TeamMember
    {
        qint64 id = 0;
        QString cadreName;
    };

    explicit ForcesLists(CountyDatabase &db) : m_db(db) { }

    // The county's ranks with their caps of households, the largest cap first.
    Result<QList<RankCap>> rankCaps() const;
    // The current members of a work team, in the order they joined.
    Result<QList<TeamMember>> teamMembers(qint64 teamId) const;

    // Filters: form and level codes (empty = any).
    Result<QList<Unit>> units(const QString &formCode = {}, const QString &levelCode = {}) const;
    // Name, phone, ID number, unit or post containing `search` (empty = all).
    Result<QList<Cadre>> cadres(const QString &search = {}) const;
    Result<QList<Team>> workTeams(qint64 divisionId = 0, bool currentOnly = false) const;

    // Live households without a current responsible cadre.
    Result<QList<Household>> unpaired(qint64 divisionId = 0) const;
    // Active cadres holding more households than their rank's cap.
    Result<QList<Cadre>> overCap() const;
    // Cadres with a current household they have not visited (leading or going along) in the `days`
    // days up to `asOf`.
    Result<QList<OverdueCadre>> withoutVisit(int days, const QDate &asOf, qint64 divisionId = 0) const;
    // Poor villages without a current work team of at least `minimum` members.
    Result<QList<Village>> villagesWithoutTeam(qint64 divisionId = 0, int minimum = 3) const;

    // A cadre's households: current ones first, then the past, newest first.
    Result<QList<CadreHousehold>> householdsOf(qint64 cadreId) const;

    struct VisitRow
    {
        qint64 id = 0;
        QDate date;
        QString householdCode;
        QString cadre; // the lead, then those who went along
        QString findings;
        QString actions;
        QDate followUp;
    };
    // Visits on or after `since` (invalid: all), newest first.
    Result<QList<VisitRow>> visits(const QDate &since = {}, qint64 divisionId = 0) const;

    // What each unit (or each form of assistance) does: its cadres, the households they hold now,
    // the villages those are in, visits since `quarterStart`, and measures it brought (naming the
    // unit, or one of its cadres when they name no unit), and the projects it brought (项目, by the
    // project's assistance unit, cancelled ones left out) with what the ledger allocated to them and
    // disbursed from them.
    struct Contribution
    {
        qint64 unitId = 0; // 0 in the by-form table
        QString name; // the unit's name; empty in the by-form table
        QString formCode;
        int cadres = 0;
        int households = 0;
        int villages = 0;
        int visits = 0;
        int measures = 0;
        int projects = 0;
        qint64 allocatedFen = 0;
        qint64 disbursedFen = 0;
    };
    Result<QList<Contribution>> byUnit(const QDate &quarterStart, const QString &formCode = {}) const;
    Result<QList<Contribution>> byForm(const QDate &quarterStart) const;
    // The households paired now with a cadre of the unit (unitId) or of a unit of the form.
    Result<QList<Household>> householdsOfUnit(qint64 unitId, const QString &formCode = {}) const;
    // The first day of the quarter `day` is in.
    static QDate quarterStart(const QDate &day);

    // The live cadre with this id (digits below 10 characters) or this phone number.
    Result<qint64> cadreByIdOrPhone(const QString &text) const;

private:
    // " AND h.<column> = ?" for a division, or empty for the county; false when it does not exist.
    bool divisionFilter(qint64 divisionId, QString *sql) const;

    CountyDatabase &m_db;
};
