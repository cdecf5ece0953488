// SPDX-License-Identifier: GPL-3.0-or-later
#include "HouseholdList.h"

#include "CountyDatabase.h"
#include "Divisions.h"
#include "IdNumber.h"

#include <QRegularExpression>

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString sortExpression(HouseholdList::Column column)
{
    switch (column) {
    case HouseholdList::HeadName:
        return QStringLiteral("head.name");
    case HouseholdList::HeadIdNumber:
        return QStringLiteral("head.id_number");
    case HouseholdList::Size:
        return QStringLiteral("size");
    case HouseholdList::Attribute:
        return QStringLiteral("h.attribute_code");
    case HouseholdList::Status:
        return QStringLiteral("h.status_code");
    case HouseholdList::MainCause:
        return QStringLiteral("h.main_cause_code");
    case HouseholdList::Village:
        return QStringLiteral("v.code");
    case HouseholdList::Phone:
        return QStringLiteral("h.phone");
    case HouseholdList::Code:
    case HouseholdList::ColumnCount:
        break;
    }
    return QStringLiteral("h.code");
}

template <typename T> Result<T> failed(const QSqlQuery &q)
{
    return Result<T>::failure(q.lastError().text());
}

bool execWith(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

HouseholdList::HouseholdList(CountyDatabase &db) : m_db(db)
{ }

void HouseholdList::setSort(Column column, bool ascending)
{
    m_sortColumn = column;
    m_ascending = ascending;
}

namespace {

// The smallest string above every string that starts with prefix, for an index range scan.
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    return end;
}

// An FTS5 phrase: the text's characters as separate tokens, quotes dropped.
QString phrase(const QString &text)
{
    QStringList tokens;
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'"')
            tokens << QString(c);
    }
    return u'"' + tokens.join(u' ') + u'"';
}

// What the search box matches, as one condition on h.
QString textCondition(const QString &input, QVariantList &binds)
{
    const QString text = IdNumber::normalize(input);
    static const QRegularExpression digits(QStringLiteral("^\\d+X?$"));
    if (!digits.match(text).hasMatch()) {
        binds << QString(QStringLiteral("chars : ") + phrase(text));
        return QStringLiteral("h.id IN (SELECT household_id FROM member_search WHERE member_search MATCH ?)");
    }
    QStringList any;
    if (text.size() >= 4) { // the last digits of a member's ID
        QString reversed = text.toLower();
        std::reverse(reversed.begin(), reversed.end());
        any << QStringLiteral("h.id IN (SELECT household_id FROM member_search WHERE member_search MATCH ?)");
        binds << QStringLiteral("rid : \"%1\" *").arg(reversed);
    }
    if (!text.endsWith(u'X')) {
        any << QStringLiteral("(h.code >= ? AND h.code < ?)")
            << QStringLiteral("(h.phone <> '' AND h.phone >= ? AND h.phone < ?)");
        binds << text << prefixEnd(text) << text << prefixEnd(text);
    }
    return u'(' + any.join(QStringLiteral(" OR ")) + u')';
}

} // namespace

QString HouseholdList::whereClause(QVariantList &binds) const
{
    QStringList conditions{
        m_filter.deleted ? QStringLiteral("h.deleted_at IS NOT NULL") : QStringLiteral("h.deleted_at IS NULL")};
    switch (m_filter.divisionLevel) {
    case Division::Township:
        conditions << QStringLiteral("h.township_id = ?");
        binds << m_filter.divisionId;
        break;
    case Division::Village:
        conditions << QStringLiteral("h.village_id = ?");
        binds << m_filter.divisionId;
        break;
    case Division::Group:
        conditions << QStringLiteral("h.group_id = ?");
        binds << m_filter.divisionId;
        break;
    default:
        break;
    }
    if (!m_filter.text.trimmed().isEmpty())
        conditions << textCondition(m_filter.text, binds);
    const QList<std::pair<QString, QString>> codes{{QStringLiteral("h.status_code = ?"), m_filter.statusCode},
        {QStringLiteral("h.attribute_code = ?"), m_filter.attributeCode},
        {QStringLiteral("h.main_cause_code = ?"), m_filter.mainCauseCode},
        {QStringLiteral("h.monitoring_category = ?"), m_filter.monitoringCategory}};
    for (const auto &[condition, code] : codes) {
        if (!code.isEmpty()) {
            conditions << condition;
            binds << code;
        }
    }
    if (m_filter.cadre != HouseholdFilter::Cadre::Any) {
        conditions << (m_filter.cadre == HouseholdFilter::Cadre::With ? QStringLiteral("EXISTS")
                                                                      : QStringLiteral("NOT EXISTS"))
                + QStringLiteral(" (SELECT 1 FROM pairing p WHERE p.household_id = h.id AND p.end_date IS NULL)");
    }
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<int> HouseholdList::count() const
{
    QVariantList binds;
    QSqlQuery q(m_db.sql());
    if (!execWith(q, QStringLiteral("SELECT count(*) FROM household h") + whereClause(binds), binds) || !q.next())
        return failed<int>(q);
    return q.value(0).toInt();
}

Result<int> HouseholdList::people() const
{
    QVariantList binds;
    QSqlQuery q(m_db.sql());
    const QString sql
        = QStringLiteral("SELECT count(*) FROM member WHERE household_id IN (SELECT h.id FROM household h")
        + whereClause(binds) + QStringLiteral(")");
    if (!execWith(q, sql, binds) || !q.next())
        return failed<int>(q);
    return q.value(0).toInt();
}

Result<QList<HouseholdRow>> HouseholdList::page(int offset, int limit) const
{
    QVariantList binds;
    const QString order
        = sortExpression(m_sortColumn) + (m_ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    const QString sql
        = QStringLiteral("SELECT h.id, h.code, head.name, head.id_number, "
                         "(SELECT count(*) FROM member m WHERE m.household_id = h.id) AS size, "
                         "h.attribute_code, h.status_code, h.main_cause_code, v.name, h.phone "
                         "FROM household h JOIN division v ON v.id = h.village_id "
                         "LEFT JOIN member head ON head.household_id = h.id AND head.relation_code = '01'")
        + whereClause(binds) + QStringLiteral(" ORDER BY ") + order + QStringLiteral(", h.id LIMIT ? OFFSET ?");
    binds << limit << offset;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!execWith(q, sql, binds))
        return failed<QList<HouseholdRow>>(q);
    QList<HouseholdRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toInt(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
            q.value(8).toString(), q.value(9).toString()});
    }
    return rows;
}
