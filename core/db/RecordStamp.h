// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

// The one place where records get their identity and their times, and where both are turned into
// what the file stores and back. C++ carries a uuid as its canonical text
// ("016f5e67-4b3f-7b61-bd44-7b0c2bd37ccd"); the file keeps its 16 bytes as a BLOB (in sqlite3,
// hex(uuid) shows it). A time is whole seconds since 1970-01-01 UTC in the file and in C++, and local
// time "yyyy-MM-ddThh:mm:ss" wherever a person reads it.
class RecordStamp
{
public:
    // A new random (version 4) uuid.
    static QString newUuid();
    // The 16 bytes stored for a uuid's text; empty for text that is no uuid.
    static QByteArray uuidBytes(const QString &uuid);
    static QByteArray uuidBytes(const char *text, int size);
    // A uuid as it is bound to a statement: a 16-byte BLOB. Text that is no uuid stays text (the audit
    // log names accounts by login and settings by key in the same column).
    static QVariant uuidValue(const QString &uuid);
    // The text of stored uuid bytes; empty unless they are 16 bytes.
    static QString uuidText(const char *bytes, int size);
    static QString uuidText(const QByteArray &bytes) { return uuidText(bytes.constData(), int(bytes.size())); }
    // A stored uuid as QSqlQuery reads it (a BLOB, or text written by hand with sqlite3).
    static QString uuidText(const QVariant &stored);

    // Now, as stored.
    static qint64 now();
    // A stored time as a person reads it: local time "yyyy-MM-ddThh:mm:ss" (empty for NULL).
    static QString timeText(qint64 seconds);
    static QString timeText(const QVariant &stored);
    // The stored time of a local "yyyy-MM-ddThh:mm:ss" text (level 11 and earlier files, JSON).
    static std::optional<qint64> fromTimeText(const QString &text);
    static std::optional<qint64> fromTimeText(const char *text, int size);
};
