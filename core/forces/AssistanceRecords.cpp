// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/AssistanceRecords.h"

#include "db/CountyDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

template <typename T>
Result<QList<T>> select(
    CountyDatabase &db, const QString &sql, qint64 householdId, const std::function<T(const QSqlQuery &)> &read)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    q.addBindValue(householdId);
    if (!q.exec())
        return Result<QList<T>>::failure(q.lastError().text());
    QList<T> rows;
    while (q.next())
        rows.append(read(q));
    return rows;
}

} // namespace

AssistanceRecords::AssistanceRecords(CountyDatabase &db) : m_db(db)
{ }

Result<QList<MeasureRecord>> AssistanceRecords::measures(qint64 householdId) const
{
    return select<MeasureRecord>(m_db,
        QStringLiteral("SELECT category_code, description, start_date, amount_fen FROM measure "
                       "WHERE household_id = ? ORDER BY start_date, id"),
        householdId, [](const QSqlQuery &q) {
            return MeasureRecord{
                q.value(0).toString(), q.value(1).toString(), date(q.value(2)), q.value(3).toLongLong()};
        });
}

Result<QList<PairingRecord>> AssistanceRecords::pairings(qint64 householdId) const
{
    return select<PairingRecord>(m_db,
        QStringLiteral(
            "SELECT c.name, coalesce(u.name, ''), c.post, c.phone, p.start_date, p.end_date "
            "FROM pairing p JOIN cadre c ON c.id = p.cadre_id LEFT JOIN assistance_unit u ON u.id = c.unit_id "
            "WHERE p.household_id = ? ORDER BY p.end_date IS NOT NULL, p.start_date DESC"),
        householdId, [](const QSqlQuery &q) {
            return PairingRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), date(q.value(4)), date(q.value(5))};
        });
}

Result<QList<VisitRecord>> AssistanceRecords::visits(qint64 householdId) const
{
    return select<VisitRecord>(m_db,
        QStringLiteral("SELECT v.visit_date, c.name, v.findings, v.actions FROM visit v "
                       "JOIN cadre c ON c.id = v.cadre_id WHERE v.household_id = ? "
                       "ORDER BY v.visit_date DESC, v.id DESC"),
        householdId, [](const QSqlQuery &q) {
            return VisitRecord{date(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        });
}
