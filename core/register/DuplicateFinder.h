// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "register/Household.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class CountyDatabase;

// A registered person, and the household they are registered in.
struct PersonRef
{
    qint64 householdId = 0;
    QString householdCode;
    QString memberUuid;
    QString name;
    QString idNumber;
    QDate birthDate;
    bool householdDeleted = false; // registered in a deleted household, which is restored to bring them back
};

// Finds a person typed into an editor who may already be registered in the county (DOMAIN.md §7:
// the same person registered twice). For likely duplicates, deleted households do not count.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    explicit DuplicateFinder(CountyDatabase &db);

    // The same resident ID may exist once in the county: the registered person holding this ID
    // (normalised as IdNumber does), if any, outside excludeHouseholdId. Deleted households count
    // (householdDeleted): their people come back by restoring the household, as
    // HouseholdRepository::save says; a household not deleted is named first.
    std::optional<PersonRef> registeredId(const QString &idNumber, qint64 excludeHouseholdId) const;

    // Likely the same person: same name and birth date in the same township, outside the
    // household, less the pairs a user confirmed to be different people. Empty when the member
    // has no name or birth date yet.
    QList<PersonRef> likelyDuplicates(const Member &member, qint64 townshipId, qint64 excludeHouseholdId) const;

    // Remembers that two members are different people, so they are no longer offered as likely
    // duplicates. Both must be saved: a member typed into an editor has no uuid until its
    // household is saved, so the UI records the decision right after that save.
    Status confirmDifferent(const QString &memberUuidA, const QString &memberUuidB);

private:
    CountyDatabase &m_db;
};
