// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "register/Household.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class CountyDatabase;

// An editor's unsaved household as it was last typed.
struct Draft
{
    QString key; // chosen by the editor: one draft per open editor
    qint64 householdId = 0; // 0 for a household that was never saved
    QString label; // what the user recognises it by, e.g. the head's name
    Household household;
    QString savedAt;
    // Values of the draft not kept, one sentence each: fields only status steps set, which a draft
    // from before that rule may hold, are those of the stored household (or of a new one).
    QStringList notes;
};

// Unsaved work of household editors, written to the draft table as it changes, so that a crash or
// a power cut loses nothing typed. The editor removes its draft once the household is saved or
// its changes are discarded; what is left at start-up is offered for recovery. Drafts belong to
// the signed-in account: each person sees and removes only their own (and any from before
// accounts existed).
class Drafts
{
    Q_DECLARE_TR_FUNCTIONS(Drafts)

public:
    explicit Drafts(CountyDatabase &db);

    // Writes or replaces the draft under `key` in a small transaction of its own.
    Status save(const QString &key, qint64 householdId, const QString &label, const Household &household);
    Status remove(const QString &key);
    // Every draft of the signed-in account, newest first, with the fields only status steps set
    // taken from the stored household (StatusProcedure::keepStepFields), so that it can be saved. A draft that cannot
    // be read back is skipped (and reported by qWarning), so that one damaged row does not hide the others.
    Result<QList<Draft>> all() const;

private:
    CountyDatabase &m_db;
};
