// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "db/AuditWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

class CountyDatabase;
struct HistoryEvent;

// One row of audit_log: who changed which field of which record, from what to what, and when.
struct AuditEntry
{
    qint64 id = 0;
    QString changedAt; // local time, as RecordStamp::timeText shows it
    QString changedBy; // the login
    QString changedByName; // the person as a user reads it: "王芳（county）", or the login alone
    QString tableName;
    QString recordUuid;
    QString action; // insert, update, delete, restore
    QString field;
    QString oldValue;
    QString newValue;
    bool oldIsNull = true;
    bool newIsNull = true;
    QString recordLabel; // which record, for the user: a member's name, "2024 income" ...
    QString fieldLabel; // the field as the form names it
    QString oldText; // the values as a user reads them: code names, yuan, divisions by name
    QString newText;
};

// Reads a household's audit trail and reverts a saved change. A saved change is never rewritten:
// reverting it is a new change through HouseholdRepository, audited like any other.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(CountyDatabase &db);

    // Entries of the household row, of its current members, incomes and living conditions, and of
    // its status steps and risk types, newest first. Refused, naming the village, for a household
    // outside the acting account's divisions.
    Result<QList<AuditEntry>> forHousehold(qint64 householdId) const;
    // The same entries as a person reads them: each record's creation folded into one event.
    Result<QList<HistoryEvent>> eventsForHousehold(qint64 householdId) const;

    // Sets the field of an 'update' entry back to its old value by a new, audited save. Refused
    // when the entry is not an update of a household, member, income or living-conditions field,
    // when the record no longer exists, when the field has been changed again since, and for the
    // status and monitoring category, which only the status procedure changes.
    Status revert(qint64 auditEntryId);

private:
    CountyDatabase &m_db;
};
