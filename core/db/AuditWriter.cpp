// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/AuditWriter.h"

#include "db/RecordStamp.h"
#include "db/SqliteError.h"

#include <QSqlError>

AuditWriter::AuditWriter(QSqlDatabase &db, QString user)
    : m_now(RecordStamp::now()), m_user(std::move(user)), m_file(db.databaseName()), m_insert(db)
{
    m_insert.prepare(QStringLiteral("INSERT INTO audit_log (changed_at, changed_by, table_name, record_uuid, action, "
                                    "field, old_value, new_value, household_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

Status AuditWriter::write(const QString &table, const QString &recordUuid, const QString &action, const QString &field,
    const QVariant &oldValue, const QVariant &newValue)
{
    // Text, NULL for no value; reals with all their digits.
    const auto text = [](const QVariant &v) -> QVariant {
        if (!v.isValid() || v.isNull())
            return {};
        if (v.typeId() == QMetaType::Double)
            return QString::number(v.toDouble(), 'g', 15);
        return v.toString();
    };
    const QVariantList values{m_now, m_user, table, RecordStamp::uuidValue(recordUuid), action, field, text(oldValue),
        text(newValue), m_householdId ? QVariant(m_householdId) : QVariant()};
    for (int i = 0; i < values.size(); ++i)
        m_insert.bindValue(i, values.at(i));
    if (!m_insert.exec())
        return Status::failure(SqliteError::describe(m_insert.lastError(), m_file));
    return {};
}
