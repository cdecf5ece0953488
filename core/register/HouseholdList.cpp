// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/HouseholdList.h"

#include "accounts/AccessPolicy.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "db/SqlExec.h"
#include "db/SqliteError.h"
#include "register/IdNumber.h"

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

template <typename T> Result<T> failed(const QSqlQuery &q, const QString &file)
{
    return Result<T>::failure(SqliteError::describe(q.lastError(), file));
}

} // namespace

HouseholdList::HouseholdList(CountyDatabase &db) : m_db(db)
{ }

bool HouseholdList::listsSame(const HouseholdFilter &f) const
{
    const HouseholdFilter &c = m_filter;
    return f.divisionId == c.divisionId && f.divisionLevel == c.divisionLevel && f.statusCode == c.statusCode
        && f.attributeCode == c.attributeCode && f.mainCauseCode == c.mainCauseCode
        && f.monitoringCategory == c.monitoringCategory && f.cadre == c.cadre && f.deleted == c.deleted
        && f.selection == c.selection && textSearch(f.text) == textSearch(c.text);
}

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

// An FTS5 phrase: the text's characters as separate tokens, quotes dropped. A character outside
// the BMP (CJK Extension B names such as 𡈼) is one token, its two UTF-16 units kept together as
// fupin_chars keeps them in the index.
QString phrase(const QString &text)
{
    QStringList tokens;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLowSurrogate() && !tokens.isEmpty() && tokens.last().size() == 1
            && tokens.last().at(0).isHighSurrogate())
            tokens.last() += c;
        else if (!c.isSpace() && c != u'"')
            tokens << QString(c);
    }
    return u'"' + tokens.join(u' ') + u'"';
}

// Households whose members match an FTS query: the household id is the rowid's upper bits
// (schema 002), so no stored row is read. The unary + keeps SQLite from driving the whole query
// from this list when walking the code index in order is cheaper (a broad match, sorted by code).
QString matchingHouseholds(bool walkInOrder)
{
    return (walkInOrder ? QStringLiteral("+h.id") : QStringLiteral("h.id"))
        + QStringLiteral(" IN (SELECT rowid >> 24 FROM member_search WHERE member_search MATCH ?)");
}

} // namespace

HouseholdList::TextSearch HouseholdList::textSearch(const QString &input)
{
    TextSearch search;
    const QString text = IdNumber::normalize(input);
    if (text.isEmpty())
        return search;
    static const QRegularExpression digits(QStringLiteral("^\\d+X?$"));
    if (!digits.match(text).hasMatch()) {
        search.ftsQuery = QStringLiteral("chars : ") + phrase(text);
        return search;
    }
    // A few digits mean nothing yet: every code starts with the county's, every ID with its region.
    if (text.size() < MinimumDigits)
        return search;
    QString reversed = text.toLower();
    std::reverse(reversed.begin(), reversed.end());
    search.ftsQuery = QStringLiteral("rid : \"%1\" *").arg(reversed); // the last digits of an ID, or all of it
    if (!text.endsWith(u'X')) {
        if (text.size() >= MinimumCodeDigits)
            search.codePrefix = text;
        if (text.size() >= MinimumPhoneDigits)
            search.phonePrefix = text;
    }
    return search;
}

QString HouseholdList::textCondition(const TextSearch &search, bool walkInOrder, QVariantList &binds)
{
    QStringList any{matchingHouseholds(walkInOrder)};
    binds << search.ftsQuery;
    if (!search.codePrefix.isEmpty()) {
        any << QStringLiteral("(h.code >= ? AND h.code < ?)");
        binds << search.codePrefix << prefixEnd(search.codePrefix);
    }
    if (!search.phonePrefix.isEmpty()) {
        any << QStringLiteral("(h.phone <> '' AND h.phone >= ? AND h.phone < ?)");
        binds << search.phonePrefix << prefixEnd(search.phonePrefix);
    }
    return any.size() == 1 ? any.first() : u'(' + any.join(QStringLiteral(" OR ")) + u')';
}

QString HouseholdList::whereClause(const ReadScope &scope, QVariantList &binds, bool walkInOrder) const
{
    QStringList conditions{
        (m_filter.deleted ? QStringLiteral("h.deleted_at IS NOT NULL") : QStringLiteral("h.deleted_at IS NULL"))
        + scope.andVillageIn(QStringLiteral("h.village_id"))};
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
    if (const TextSearch search = textSearch(m_filter.text); !search.ftsQuery.isEmpty())
        conditions << textCondition(search, walkInOrder, binds);
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
    if (!m_filter.selection.isNone())
        conditions << m_filter.selection.condition(binds);
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool HouseholdList::isPlainListing() const
{
    const HouseholdFilter &f = m_filter;
    return textSearch(f.text).ftsQuery.isEmpty() && f.statusCode.isEmpty() && f.attributeCode.isEmpty()
        && f.mainCauseCode.isEmpty() && f.monitoringCategory.isEmpty() && f.cadre == HouseholdFilter::Cadre::Any
        && !f.deleted && f.selection.isNone();
}

QString HouseholdList::plainKey(const ReadScope &scope) const
{
    // Another account (File → switch user) may see other households under the same division.
    return QStringLiteral("%1:%2").arg(m_filter.divisionLevel).arg(m_filter.divisionId)
        + scope.andVillageIn(QStringLiteral("v"));
}

void HouseholdList::invalidate()
{
    m_plainCounts.clear();
}

std::optional<int> HouseholdList::keptCount() const
{
    if (!isPlainListing())
        return std::nullopt;
    const Result<ReadScope> scope = AccessPolicy::readScope(m_db);
    if (!scope)
        return std::nullopt;
    const auto it = m_plainCounts.constFind(plainKey(scope.value()));
    return it != m_plainCounts.cend() ? it->households : std::nullopt;
}

Result<int> HouseholdList::count() const
{
    const Result<ReadScope> scope = AccessPolicy::readScope(m_db);
    if (!scope)
        return Result<int>::failure(scope.error());
    if (isPlainListing()) {
        if (const auto it = m_plainCounts.constFind(plainKey(scope.value()));
            it != m_plainCounts.cend() && it->households)
            return m_lastCount = *it->households;
    }
    QVariantList binds;
    const TextSearch search = textSearch(m_filter.text);
    if (!search.ftsQuery.isEmpty()) {
        // Members changed since the last search (by Fupin or another SQLite tool) are indexed
        // first; one lookup when there are none.
        if (::Status s = m_db.updateSearchIndex(); !s)
            return Result<int>::failure(s.error());
    }
    QSqlQuery q(m_db.sql());
    const HouseholdFilter &f = m_filter;
    const bool onlyText = scope->isCountyWide() && f.divisionLevel <= Division::County && f.statusCode.isEmpty()
        && f.attributeCode.isEmpty() && f.mainCauseCode.isEmpty() && f.monitoringCategory.isEmpty()
        && f.cadre == HouseholdFilter::Cadre::Any && !f.deleted && f.selection.isNone();
    QString sql;
    if (onlyText && !search.ftsQuery.isEmpty() && search.codePrefix.isEmpty() && search.phonePrefix.isEmpty()) {
        // Searching the whole county: count from the index alone, leaving out deleted households.
        sql = QStringLiteral("SELECT count(DISTINCT rowid >> 24) FROM member_search WHERE member_search MATCH ? "
                             "AND (rowid >> 24) NOT IN (SELECT id FROM household WHERE deleted_at IS NOT NULL)");
        binds << search.ftsQuery;
    } else {
        sql = QStringLiteral("SELECT count(*) FROM household h") + whereClause(scope.value(), binds, false);
    }
    if (!execSql(q, sql, binds) || !q.next())
        return failed<int>(q, m_db.path());
    m_lastCount = q.value(0).toInt();
    if (isPlainListing())
        m_plainCounts[plainKey(scope.value())].households = m_lastCount;
    return m_lastCount;
}

std::optional<int> HouseholdList::people() const
{
    if (!textSearch(m_filter.text).ftsQuery.isEmpty())
        return std::nullopt; // not worth a second pass over a search's households on every keystroke
    const Result<ReadScope> scope = AccessPolicy::readScope(m_db);
    if (!scope)
        return std::nullopt;
    const bool plain = isPlainListing();
    if (plain) {
        if (const auto it = m_plainCounts.constFind(plainKey(scope.value())); it != m_plainCounts.cend() && it->people)
            return it->people;
    }
    QVariantList binds;
    QSqlQuery q(m_db.sql());
    const QString sql
        = QStringLiteral("SELECT count(*) FROM member WHERE household_id IN (SELECT h.id FROM household h")
        + whereClause(scope.value(), binds, false) + QStringLiteral(")");
    if (!execSql(q, sql, binds) || !q.next())
        return std::nullopt;
    if (plain)
        m_plainCounts[plainKey(scope.value())].people = q.value(0).toInt();
    return q.value(0).toInt();
}

Result<QList<HouseholdRow>> HouseholdList::page(int offset, int limit) const
{
    const Result<ReadScope> scope = AccessPolicy::readScope(m_db);
    if (!scope)
        return Result<QList<HouseholdRow>>::failure(scope.error());
    QVariantList binds;
    if (!textSearch(m_filter.text).ftsQuery.isEmpty()) {
        if (::Status s = m_db.updateSearchIndex(); !s)
            return Result<QList<HouseholdRow>>::failure(s.error());
    }
    const QString order
        = sortExpression(m_sortColumn) + (m_ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    const QString sql
        = QStringLiteral("SELECT h.id, h.code, head.name, head.id_number, "
                         "(SELECT count(*) FROM member m WHERE m.household_id = h.id) AS size, "
                         "h.attribute_code, h.status_code, h.main_cause_code, v.name, h.phone "
                         "FROM household h JOIN division v ON v.id = h.village_id "
                         "LEFT JOIN member head ON head.household_id = h.id AND head.relation_code = '01'")
        + whereClause(scope.value(), binds, m_sortColumn == Code && m_lastCount > BroadMatch)
        + QStringLiteral(" ORDER BY ") + order + QStringLiteral(", h.id LIMIT ? OFFSET ?");
    binds << limit << offset;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!execSql(q, sql, binds))
        return failed<QList<HouseholdRow>>(q, m_db.path());
    QList<HouseholdRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toInt(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
            q.value(8).toString(), q.value(9).toString()});
    }
    return rows;
}

Result<QString> HouseholdList::selectIds(QVariantList &binds) const
{
    const Result<ReadScope> scope = AccessPolicy::readScope(m_db);
    if (!scope)
        return Result<QString>::failure(scope.error());
    if (!textSearch(m_filter.text).ftsQuery.isEmpty()) {
        if (::Status s = m_db.updateSearchIndex(); !s)
            return Result<QString>::failure(s.error());
    }
    return QString(QStringLiteral("SELECT h.id FROM household h") + whereClause(scope.value(), binds, false));
}
