// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/VisitPhotos.h"

#include "accounts/AccessPolicy.h"
#include "db/CountyDatabase.h"
#include "db/KeyedStore.h"
#include "db/RecordStamp.h"
#include "db/RecordWriter.h"
#include "db/SqliteReader.h"
#include "forces/ForcesKinds.h"

VisitPhotos::VisitPhotos(CountyDatabase &db) : m_db(db)
{ }

QString VisitPhotos::mimeOf(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArray("\xFF\xD8\xFF", 3)))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith(QByteArray("\x89PNG\r\n\x1A\n", 8)))
        return QStringLiteral("image/png");
    return {};
}

QString VisitPhotos::problemWith(const QByteArray &bytes, const QString &fileName)
{
    if (mimeOf(bytes).isEmpty())
        return tr("%1 is not a JPEG or PNG photo.").arg(fileName);
    if (bytes.size() > MaxBytes)
        return tr("%1 is %2 KB; a visit photo may be at most %3 KB.")
            .arg(fileName)
            .arg((bytes.size() + 1023) / 1024)
            .arg(MaxBytes / 1024);
    return {};
}

Result<qint64> VisitPhotos::householdOfVisit(qint64 visitId) const
{
    using R = Result<qint64>;
    RecordWriter w(m_db.sql(), m_db.currentUser());
    const auto rows
        = w.select(QStringLiteral("SELECT household_id FROM visit WHERE id = ? AND deleted_at IS NULL"), {visitId});
    if (!rows)
        return R::failure(rows.error());
    if (rows.value().isEmpty())
        return R::failure(tr("There is no visit %1 in the county.").arg(visitId));
    return rows.value().first().value(0).toLongLong();
}

// Photos are a keyed table (visitPhotos()): their bytes are no field the record machinery reads,
// compares or audits, so the log keeps their size, written here; their uuid and time are the machinery's.
Result<qint64> VisitPhotos::add(qint64 visitId, const QByteArray &bytes, const QString &fileName)
{
    using R = Result<qint64>;
    if (const QString why = problemWith(bytes, fileName); !why.isEmpty())
        return R::failure(why);
    const Result<qint64> household = householdOfVisit(visitId);
    if (!household)
        return R::failure(household.error());
    if (Status s = AccessPolicy::checkWrite<Visit>(m_db, household.value()); !s)
        return R::failure(s.error());
    Transaction transaction(m_db.sql());
    RecordWriter w(m_db.sql(), m_db.currentUser());
    w.setHousehold(household.value());
    const QString uuid = RecordStamp::newUuid();
    qint64 id = 0;
    if (Status s = KeyedStore::insert(w, visitPhotos(),
            {{"uuid", RecordStamp::uuidValue(uuid)}, {"visit_id", visitId}, {"bytes", bytes}, {"mime", mimeOf(bytes)},
                {"created_at", w.now()}, {"created_by", w.user()}},
            &id);
        !s)
        return R::failure(s.error());
    if (Status s = w.audit(QStringLiteral("visit_photo"), uuid, QStringLiteral("insert"), QStringLiteral("bytes"),
            QVariant(), QVariant(qint64(bytes.size())));
        !s)
        return R::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status VisitPhotos::remove(qint64 photoId)
{
    RecordWriter r(m_db.sql(), m_db.currentUser());
    const auto rows = r.select(QStringLiteral("SELECT p.uuid, v.household_id FROM visit_photo p JOIN visit v ON "
                                              "v.id = p.visit_id WHERE p.id = ? AND p.deleted_at IS NULL"),
        {photoId});
    if (!rows)
        return Status::failure(rows.error());
    if (rows.value().isEmpty())
        return Status::failure(tr("There is no visit photo %1 in the county.").arg(photoId));
    const QString uuid = RecordStamp::uuidText(rows.value().first().value(0));
    const qint64 household = rows.value().first().value(1).toLongLong();
    if (Status s = AccessPolicy::checkWrite<Visit>(m_db, household); !s)
        return s;
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    RecordWriter w(m_db.sql(), m_db.currentUser());
    w.setHousehold(household);
    // Removed on its own (deleted_with_visit 0): a later restore of the visit leaves it removed.
    const qint64 at = w.now();
    if (Status s
        = KeyedStore::update(w, visitPhotos(), {{"id", photoId}}, {{"deleted_at", at}, {"deleted_with_visit", 0}});
        !s)
        return s;
    if (Status s = w.audit(QStringLiteral("visit_photo"), uuid, QStringLiteral("delete"), QStringLiteral("deleted_at"),
            QVariant(), at);
        !s)
        return s;
    return transaction.commit();
}

Status VisitPhotos::setDeletedWithVisit(qint64 visitId, qint64 householdId, bool deleting)
{
    RecordWriter w(m_db.sql(), m_db.currentUser());
    w.setHousehold(householdId);
    const Result<QList<QVariantList>> photos = w.select(deleting
            ? QStringLiteral("SELECT id, uuid FROM visit_photo WHERE visit_id = ? AND deleted_at IS NULL")
            : QStringLiteral(
                "SELECT id, uuid, deleted_at FROM visit_photo WHERE visit_id = ? AND deleted_with_visit = 1"),
        {visitId});
    if (!photos)
        return Status::failure(photos.error());
    for (const QVariantList &row : photos.value()) {
        const QVariant at = deleting ? QVariant(w.now()) : QVariant();
        if (Status s = KeyedStore::update(w, visitPhotos(), {{"id", row.value(0)}},
                {{"deleted_at", at}, {"deleted_with_visit", qint64(deleting)}});
            !s)
            return s;
        if (Status s = w.audit(QStringLiteral("visit_photo"), RecordStamp::uuidText(row.value(1)),
                deleting ? QStringLiteral("delete") : QStringLiteral("restore"), QStringLiteral("deleted_at"),
                deleting ? QVariant() : row.value(2), at);
            !s)
            return s;
    }
    return {};
}

Result<QList<VisitPhoto>> VisitPhotos::photosOf(qint64 visitId) const
{
    using R = Result<QList<VisitPhoto>>;
    // A deleted visit's photos are read as its household's too.
    SqliteReader visit(m_db.handle(), QStringLiteral("SELECT household_id FROM visit WHERE id = ?"));
    visit.bind(1, visitId);
    if (visit.step()) {
        if (Status s = AccessPolicy::checkReadHousehold(m_db, visit.integer(0)); !s)
            return R::failure(s.error());
    }
    RecordWriter r(m_db.sql(), m_db.currentUser());
    const auto rows = r.select(QStringLiteral("SELECT id, bytes, mime FROM visit_photo WHERE visit_id = ? AND "
                                              "deleted_at IS NULL ORDER BY id"),
        {visitId});
    if (!rows)
        return R::failure(rows.error());
    QList<VisitPhoto> photos;
    for (const QVariantList &row : rows.value())
        photos.append({row.value(0).toLongLong(), visitId, row.value(1).toByteArray(), row.value(2).toString()});
    return photos;
}
