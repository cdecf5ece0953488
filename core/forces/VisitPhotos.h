// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class CountyDatabase;

struct VisitPhoto
{
    qint64 id = 0;
    qint64 visitId = 0;
    QByteArray bytes;
    QString mime;
};

// A photo to add to a visit: its bytes (JPEG or PNG, already scaled by PhotoFile) and the name of
// the file it came from, for messages.
struct NewVisitPhoto
{
    QByteArray bytes;
    QString fileName;
};

// Photos of a visit. Core does not scale images (no QtGui here): it checks what the UI hands it.
// Each write is one call checked with AccessPolicy::checkWrite<Visit>(db, householdId).
class VisitPhotos
{
    Q_DECLARE_TR_FUNCTIONS(VisitPhotos)
public:
    static constexpr qint64 MaxBytes = 500 * 1024;

    explicit VisitPhotos(CountyDatabase &db);

    // "image/jpeg" or "image/png" from the magic bytes, else empty.
    static QString mimeOf(const QByteArray &bytes);
    // Empty when bytes are a JPEG or PNG of at most MaxBytes; else a message naming fileName.
    static QString problemWith(const QByteArray &bytes, const QString &fileName);

    Result<qint64> add(qint64 visitId, const QByteArray &bytes, const QString &fileName);
    Status remove(qint64 photoId);
    // Soft-deletes (deleting) the live photos of a visit being deleted, or brings back those deleted
    // with it, not those removed on their own before; in the caller's transaction, which has
    // checked the visit.
    Status setDeletedWithVisit(qint64 visitId, qint64 householdId, bool deleting);
    // Refused, naming the village, for a visit to a household outside the acting account's divisions.
    Result<QList<VisitPhoto>> photosOf(qint64 visitId) const;

private:
    Result<qint64> householdOfVisit(qint64 visitId) const;
    CountyDatabase &m_db;
};
