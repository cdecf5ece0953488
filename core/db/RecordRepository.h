// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/AccessGate.h"
#include "db/CountyDatabase.h"
#include "db/RecordStore.h"

// Load, save with a revision check, soft delete and restore, with field-level audit, for any kind of
// record that stands on its own (cadres, units, work teams, pairings, measures, visits), from its
// RecordKind declaration. Kinds with rows of their own (the household) build on RecordStore.
template <typename T> class RecordRepository
{
public:
    explicit RecordRepository(CountyDatabase &db) : m_db(db) { }

    // A record of a household outside the acting account's divisions is refused (the access policy's
    // read scope), as the household itself is.
    Result<T> load(qint64 id) const
    {
        Result<T> row = read(id);
        if (row) {
            if (const qint64 household = RecordStore::householdOf(row.value()); household != 0) {
                if (Status s = AccessGate::checkReadHousehold(m_db, household); !s)
                    return Result<T>::failure(s.error());
            }
        }
        return row;
    }

    // Live (not deleted) records in id order; `where` is SQL over the alias t with ? placeholders,
    // written by a repository, never taken from outside. Records of households outside the acting
    // account's divisions are left out (the access policy's read scope), as load() refuses them.
    Result<QList<T>> list(const QString &where = {}, const QList<qint64> &binds = {}) const
    {
        QStringList conditions;
        if (kind().softDelete)
            conditions << QStringLiteral("t.deleted_at IS NULL");
        if (RecordFields::find<T>(QStringLiteral("household_id"))) {
            const Result<QString> inScope = AccessGate::andVillageInScope(m_db, QStringLiteral("h.village_id"));
            if (!inScope)
                return Result<QList<T>>::failure(inScope.error());
            if (!inScope->isEmpty())
                conditions << QStringLiteral("(t.household_id IS NULL OR EXISTS (SELECT 1 FROM household h WHERE "
                                             "h.id = t.household_id")
                        + inScope.value() + QStringLiteral("))");
        }
        if (!where.isEmpty())
            conditions << u'(' + where + u')';
        QString sql = RecordStore::selectSql<T>();
        if (!conditions.isEmpty())
            sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
        SqliteReader s(m_db.handle(), sql + QStringLiteral(" ORDER BY t.id"));
        for (int i = 0; i < binds.size(); ++i)
            s.bind(i + 1, binds.at(i));
        QList<T> rows;
        while (s.step()) {
            T row;
            RecordStore::readRow(s, row);
            rows.append(std::move(row));
        }
        if (!s.error().isEmpty())
            return Result<QList<T>>::failure(s.error());
        return rows;
    }

    // Inserts (meta.id == 0) or updates the record in one transaction, refused with the kind's
    // problems, when the stored revision is not the one read, or when the record is deleted. On
    // success the meta is updated in place and the id returned; nothing is written when nothing
    // changed.
    Result<qint64> save(T &row)
    {
        using R = Result<qint64>;
        if (kind().problems) {
            if (const QStringList problems = kind().problems(row); !problems.isEmpty())
                return R::failure(problems.join(u'\n'));
        }
        if (kind().appendOnly && row.meta.id != 0)
            return R::failure(RecordStore::neverChanged(kind().label).error());
        if (Status s = mayWrite(row); !s)
            return R::failure(s.error());
        Transaction transaction(m_db.sql());
        if (!transaction.isActive())
            return R::failure(transaction.error());
        if (kind().problemsInFile) {
            if (const QStringList problems = kind().problemsInFile(m_db, row); !problems.isEmpty())
                return R::failure(problems.join(u'\n'));
        }
        RecordWriter w(m_db.sql(), m_db.currentUser());
        w.setHousehold(RecordStore::householdOf(row));
        T next = row;
        if (next.meta.id == 0) {
            if (Status s = RecordStore::insertRow(w, next); !s)
                return R::failure(s.error());
        } else {
            Result<T> stored = read(next.meta.id);
            if (!stored)
                return R::failure(stored.error());
            if (kind().softDelete && isDeleted(next.meta.id))
                return R::failure(
                    QCoreApplication::translate("RecordStore", "%1 has been deleted. Restore it before changing it.")
                        .arg(label(next.meta.id)));
            if (Status s = mayWrite(stored.value()); !s) // moved from elsewhere: both places are checked
                return R::failure(s.error());
            if (stored->meta.revision != next.meta.revision)
                return R::failure(QCoreApplication::translate("RecordStore",
                    "%1 was changed by %2 at %3 after you opened it. Reopen it to see those changes, then make "
                    "yours again.")
                                      .arg(label(next.meta.id), stored->meta.updatedBy,
                                          RecordStamp::timeText(stored->meta.updatedAt)));
            const QList<RecordStore::Change> changes = RecordStore::diff(stored.value(), next);
            if (changes.isEmpty()) {
                row.meta = stored->meta;
                return row.meta.id;
            }
            if (Status s = RecordStore::updateRow(w, stored.value(), next, changes); !s)
                return R::failure(s.error());
        }
        if (Status s = transaction.commit(); !s)
            return R::failure(s.error());
        row = std::move(next);
        return row.meta.id;
    }

    // Soft delete: the record stays in the file and can be restored. A reason is required.
    Status softDelete(qint64 id, const QString &reason) { return setDeleted(id, reason.trimmed()); }
    Status restore(qint64 id) { return setDeleted(id, std::nullopt); }
    bool isDeleted(qint64 id) const { return RecordStore::isDeleted(m_db.handle(), RecordStore::table<T>(), id); }

private:
    // Unchecked: a write reads the stored record first and refuses it in the write's own words.
    Result<T> read(qint64 id) const
    {
        QString error;
        std::optional<T> row = RecordStore::readOne<T>(m_db.handle(), id, &error);
        if (!row)
            return Result<T>::failure(error.isEmpty() ? missing(id) : error);
        return std::move(*row);
    }
    static const RecordFields::RecordKind<T> &kind() { return RecordFields::recordKind<T>(); }
    static QString label(qint64 id) { return RecordFields::tr(kind().label) + u' ' + QString::number(id); }
    // The acting account's role and scope, for the household the record belongs to.
    Status mayWrite(const T &row) const { return AccessGate::checkWrite<T>(m_db, RecordStore::householdOf(row)); }
    static QString missing(qint64 id)
    {
        return QCoreApplication::translate("RecordStore", "%1 does not exist.").arg(label(id));
    }
    Status setDeleted(qint64 id, const std::optional<QString> &reason)
    {
        if (reason && reason->isEmpty())
            return Status::failure(
                QCoreApplication::translate("RecordStore", "Give a reason for deleting %1.").arg(label(id)));
        if (!kind().softDelete)
            return Status::failure(QCoreApplication::translate("RecordStore", "%1 cannot be deleted.").arg(label(id)));
        Transaction transaction(m_db.sql());
        if (!transaction.isActive())
            return Status::failure(transaction.error());
        const Result<T> stored = read(id);
        if (!stored)
            return Status::failure(stored.error());
        if (Status s = mayWrite(stored.value()); !s)
            return s;
        RecordWriter w(m_db.sql(), m_db.currentUser());
        w.setHousehold(RecordStore::householdOf(stored.value()));
        if (Status s = RecordStore::setDeleted(w, RecordStore::table<T>(), id, label(id), reason); !s)
            return s;
        return transaction.commit();
    }

    CountyDatabase &m_db;
};
