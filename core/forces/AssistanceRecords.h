// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "forces/Measure.h"
#include "forces/Pairing.h"
#include "forces/Visit.h"

#include <QList>
#include <QPair>
#include <QString>

class CountyDatabase;

// A pairing with what a reader needs to know of its cadre.
struct PairingRecord
{
    Pairing pairing;
    QString cadreName;
    QString unitName;
    QString post;
    QString phone;
};

// A visit with the names of the cadres who made it, the lead first.
struct VisitRecord
{
    Visit visit;
    QString cadreName; // "吴诚、王伟"
    QList<QPair<qint64, QString>> cadres; // (id, name), the lead first
};

// What the assistance forces recorded for one household, for the household editor and the cards:
// the records themselves (ids, uuids, revisions), read through their repositories. Each read is
// refused, naming the village, for a household outside the acting account's divisions.
class AssistanceRecords
{
public:
    explicit AssistanceRecords(CountyDatabase &db);

    // In the order they started.
    Result<QList<Measure>> measures(qint64 householdId) const;
    // The current pairing first, then the earlier ones, newest first.
    Result<QList<PairingRecord>> pairings(qint64 householdId) const;
    // Newest first.
    Result<QList<VisitRecord>> visits(qint64 householdId) const;

    // The county the records are read from, for a section that then changes them.
    CountyDatabase &database() const { return m_db; }

private:
    CountyDatabase &m_db;
};
