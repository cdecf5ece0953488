// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/ProgressSelection.h"

#include <QDate>

std::pair<QString, QString> ProgressSelection::period(int year, int month)
{
    const QDate from(year, month > 0 ? month : 1, 1);
    const QDate to = month > 0 ? from.addMonths(1) : from.addYears(1);
    return {from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
}

QString ProgressSelection::poorAtYearEnd(
    int year, QVariantList &binds, const QString &among, const QVariantList &amongBinds)
{
    // Each household's last identification, exit or relapse up to the year's end (SQLite takes the
    // bare column kind from the row of max(event_date)); poor when it was not an exit. A household
    // without any of these events (entered before the history was kept) counts by its status and
    // identification year.
    const QString events = among.isEmpty() ? QString() : QStringLiteral(" AND household_id IN (") + among + u')';
    const QString households = among.isEmpty() ? QString() : QStringLiteral(" AND id IN (") + among + u')';
    binds << QDate(year, 12, 31).toString(Qt::ISODate);
    if (!among.isEmpty())
        binds += amongBinds;
    binds << year;
    if (!among.isEmpty())
        binds += amongBinds;
    // A village's reads its households' history through status_event(household_id): the unary +
    // keeps the planner off the index by kind and date, which reads the whole county's.
    return QStringLiteral("SELECT household_id FROM (SELECT household_id, kind, max(event_date) FROM status_event "
                          "WHERE ")
        + (among.isEmpty() ? QString() : QStringLiteral("+"))
        + QStringLiteral("kind IN ('identify', 'exit', 'relapse') AND event_date <= ?") + events
        + QStringLiteral(" GROUP BY household_id) WHERE kind <> 'exit' UNION ALL SELECT id FROM household WHERE "
                         "status_code IN ('0', '3') AND coalesce(identification_year, 0) <= ?")
        + households
        + QStringLiteral(" AND id NOT IN (SELECT household_id FROM status_event WHERE kind IN ('identify', 'exit', "
                         "'relapse'))");
}

QString ProgressSelection::pairedAt(bool correlated)
{
    const QString current
        = QStringLiteral("p.deleted_at IS NULL AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date > ?))");
    return correlated ? QStringLiteral("EXISTS (SELECT 1 FROM pairing p WHERE p.household_id = h.id AND ") + current
                      : QStringLiteral("h.id IN (SELECT p.household_id FROM pairing p WHERE ") + current;
}

QString ProgressSelection::visitedIn(bool visited)
{
    // The visits of the days before the reference date, through the index of visits by date.
    return QStringLiteral("h.id ") + (visited ? QString() : QStringLiteral("NOT "))
        + QStringLiteral("IN (SELECT v.household_id FROM visit v WHERE v.deleted_at IS NULL AND v.visit_date > ? AND "
                         "v.visit_date <= ?)");
}

QString ProgressSelection::condition(QVariantList &binds) const
{
    QString sql;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Event: {
        const auto [from, to] = period(year, month);
        sql = QStringLiteral("h.id IN (SELECT household_id FROM status_event WHERE kind = ? AND event_date >= ? "
                             "AND event_date < ?");
        binds << eventKind << from << to;
        if (!code.isEmpty()) {
            sql += QStringLiteral(" AND monitoring_category = ?");
            binds << code;
        }
        sql += u')';
        break;
    }
    case Kind::PoorAtYearEnd:
        sql = QStringLiteral("h.id IN (") + poorAtYearEnd(year, binds) + u')';
        break;
    case Kind::Risk:
        sql = QStringLiteral("h.monitoring_category IS NOT NULL AND h.id IN (SELECT household_id FROM household_risk "
                             "WHERE risk_code = ?)");
        binds << code;
        break;
    case Kind::LateMeasure: {
        const auto [from, to] = period(year, 0);
        sql = QStringLiteral(
            "h.id IN (SELECT e.household_id FROM status_event e WHERE e.kind = ? AND e.event_date >= ? "
            "AND e.event_date < ? AND NOT EXISTS (SELECT 1 FROM measure m WHERE m.household_id = e.household_id "
            "AND m.deleted_at IS NULL AND m.start_date <= date(e.event_date, '+1 month')))");
        binds << eventKind << from << to;
        break;
    }
    case Kind::VisitOverdue: {
        const QDate reference = QDate::fromString(referenceDate, Qt::ISODate);
        sql = pairedAt(false) + QStringLiteral(" AND ") + visitedIn(false);
        binds << referenceDate << referenceDate << reference.addDays(-overdueDays).toString(Qt::ISODate)
              << referenceDate;
        break;
    }
    }
    if (villageId > 0) {
        sql += QStringLiteral(" AND h.village_id = ?");
        binds << villageId;
    }
    return sql;
}
