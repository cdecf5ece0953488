// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/HouseholdList.h"

#include <QList>
#include <QString>

// One bar or slice of the dashboard: a count, and the register filter that lists exactly the
// households counted (its division is the figures' division; null filter: not households).
struct ProgressCount
{
    QString code;
    QString label;
    int households = 0; // or projects, for projects by status
    int people = 0;
    bool listsHouseholds = true;
    HouseholdFilter filter;
};

// Poverty incidence of one village (贫困发生率): poor people at the year's end over its rural
// registered people.
struct VillageIncidence
{
    qint64 villageId = 0;
    QString name;
    int poorHouseholds = 0;
    int poorPeople = 0;
    int ruralPeople = 0;
    // Whether ruralPeople is the county's recorded figure (rural_population); otherwise the
    // people in the register of the village stand in for it.
    bool ruralPeopleRecorded = false;
    double percent = 0;
    HouseholdFilter filter; // the poor households
};

// Money of a fund source type or an assistance form in the year, in fen.
struct FundFigures
{
    QString code;
    QString label;
    qint64 receivedFen = 0;
    qint64 allocatedFen = 0;
    qint64 disbursedFen = 0;
};

// Every indicator of the progress dashboard for a division and a year (ProgressIndicators).
struct ProgressFigures
{
    int year = 0;
    qint64 divisionId = 0;
    int divisionLevel = 1;
    QString divisionName;
    // Years after 2020 count risks cleared (风险消除) and households taken into monitoring; until
    // 2020 exits (脱贫) and identifications.
    bool monitoringEra = false;

    // Incidence of the division (the sum of its villages) and the line it is held against (2 or 3%).
    int incidenceLinePercent = 3;
    int poorHouseholds = 0;
    int poorPeople = 0;
    int ruralPeople = 0;
    bool ruralPeopleRecorded = true; // every village's figure recorded
    double incidencePercent = 0;
    QList<VillageIncidence> villages;

    // Exits (or risks cleared) per month, January first; the year's goal from annual_target
    // (-1 when the division has none).
    QList<ProgressCount> exitsByMonth;
    int goalHouseholds = -1;
    int goalPeople = -1;
    // The goal's timetable: the households planned for each month alone, January first (twelve
    // values adding up to goalHouseholds), or empty when the goal has no month-by-month timetable
    // (a goal summed from divisions below counts one only when each of them has its timetable).
    QList<int> goalByMonth;

    // The register as it stands (current codes), by main cause, attribute and status.
    QList<ProgressCount> byCause;
    QList<ProgressCount> byAttribute;
    QList<ProgressCount> byStatus;

    // Monitoring households now, by category and risk; taken in and cleared in the year by category.
    QList<ProgressCount> monitoredByCategory;
    QList<ProgressCount> monitoredByRisk;
    QList<ProgressCount> monitoredInYearByCategory;
    QList<ProgressCount> clearedInYearByCategory;

    // Households identified (or taken into monitoring) in the year, and those with a measure in
    // place within one month; lateMeasure lists the others.
    int identifiedInYear = 0;
    int measuredInTime = 0;
    ProgressCount lateMeasure;

    // Visits in each month of the year, and paired households not visited in overdueDays before the
    // reference date (the year's last day, or today for the current year).
    QList<int> visitsByMonth;
    int overdueDays = 90;
    QString referenceDate;
    int pairedHouseholds = 0;
    ProgressCount overdue;

    // Funds in the year by source type and by assistance form. Receipts are the county's, counted
    // only for the whole county; allocations and payments by the projects of the division.
    bool receiptsCounted = true;
    QList<FundFigures> fundsBySource;
    QList<FundFigures> fundsByForm;

    // The division's projects of the year by status (counts of projects).
    QList<ProgressCount> projectsByStatus;

    int exitedInYear() const;
};
