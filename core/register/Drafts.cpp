// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/Drafts.h"

#include "db/CountyDatabase.h"
#include "db/KeyedStore.h"
#include "db/RecordWriter.h"
#include "db/SqliteError.h"
#include "register/HouseholdJson.h"
#include "register/HouseholdRepository.h"
#include "register/RegisterKeyedKinds.h"
#include "register/StatusProcedure.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlError>
#include <QSqlQuery>

Drafts::Drafts(CountyDatabase &db) : m_db(db)
{ }

Status Drafts::save(const QString &key, qint64 householdId, const QString &label, const Household &household)
{
    if (key.isEmpty())
        return Status::failure(tr("A draft needs a key."));
    const QByteArray content = QJsonDocument(HouseholdJson::toJson(household)).toJson(QJsonDocument::Compact);

    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    // A draft is one person's unsaved typing, not a record (no uuid, no audit, never exchanged);
    // the save that follows it is audited.
    RecordWriter w(m_db.sql(), m_db.currentUser());
    if (Status s = KeyedStore::put(w, RegisterKinds::draft(), {{"author", m_db.currentUser()}, {"key", key}},
            {{"household_id", householdId != 0 ? QVariant(householdId) : QVariant()},
                {"label", label.isNull() ? QStringLiteral("") : label}, {"content", QString::fromUtf8(content)},
                {"saved_at", CountyDatabase::nowIso()}});
        !s)
        return Status::failure(tr("The draft could not be written: %1").arg(s.error()));
    return transaction.commit();
}

Status Drafts::remove(const QString &key)
{
    // A draft from before accounts (no author) is the signed-in person's to keep or drop.
    RecordWriter w(m_db.sql(), m_db.currentUser());
    for (const QString &author : {m_db.currentUser(), QStringLiteral("")}) {
        if (Status s = KeyedStore::remove(w, RegisterKinds::draft(), {{"key", key}, {"author", author}}); !s)
            return Status::failure(tr("The draft could not be removed: %1").arg(s.error()));
    }
    return {};
}

Result<QList<Draft>> Drafts::all() const
{
    using R = Result<QList<Draft>>;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT key, household_id, label, content, saved_at FROM draft "
                             "WHERE author IN (?, '') ORDER BY saved_at DESC, key"));
    q.addBindValue(m_db.currentUser());
    if (!q.exec())
        return R::failure(
            tr("The drafts could not be read: %1").arg(SqliteError::describe(q.lastError(), m_db.path())));
    QList<Draft> drafts;
    while (q.next()) {
        Draft d;
        d.key = q.value(0).toString();
        d.householdId = q.value(1).toLongLong();
        d.label = q.value(2).toString();
        d.savedAt = q.value(4).toString();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(q.value(3).toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            const QString reason
                = error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not a JSON object");
            qWarning("Skipping the damaged draft %s: %s", qUtf8Printable(d.key), qUtf8Printable(reason));
            continue;
        }
        Result<Household> household = HouseholdJson::fromJson(document.object());
        if (!household) {
            qWarning("Skipping the damaged draft %s: %s", qUtf8Printable(d.key), qUtf8Printable(household.error()));
            continue;
        }
        d.household = std::move(household).value();
        // A household the account can no longer read keeps the draft as it is: its save says why.
        if (d.householdId == 0 || d.household.meta.id == 0) {
            d.notes = StatusProcedure::keepStepFields(d.household, nullptr);
        } else if (const Result<Household> stored = HouseholdRepository(m_db).load(d.household.meta.id); stored) {
            d.notes = StatusProcedure::keepStepFields(d.household, &stored.value());
        }
        drafts.append(std::move(d));
    }
    return drafts;
}
