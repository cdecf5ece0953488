// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

class CountyDatabase;

// What the assistance forces recorded for one household, read for the household editor and the
// cards: measures, responsible cadres (pairings, history kept) and visits.
struct MeasureRecord
{
    QString categoryCode;
    QString description;
    QDate startDate;
    qint64 amountFen = 0;
};

struct PairingRecord
{
    QString cadreName;
    QString unitName;
    QString post;
    QString phone;
    QDate startDate;
    QDate endDate; // invalid while the pairing lasts
};

struct VisitRecord
{
    QDate date;
    QString cadreName;
    QString findings;
    QString actions;
};

class AssistanceRecords
{
public:
    explicit AssistanceRecords(CountyDatabase &db);

    Result<QList<MeasureRecord>> measures(qint64 householdId) const;
    // Newest first; the current pairing has no end date.
    Result<QList<PairingRecord>> pairings(qint64 householdId) const;
    // Newest first.
    Result<QList<VisitRecord>> visits(qint64 householdId) const;

private:
    CountyDatabase &m_db;
};
