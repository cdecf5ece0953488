// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/ReadScope.h"
#include "common/Result.h"
#include "progress/ProgressSelection.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class CountyDatabase;

// Which households a list shows. Empty codes mean "any".
struct HouseholdFilter
{
    enum class Cadre { Any, With, Without }; // has a current responsible cadre (帮扶责任人)

    qint64 divisionId = 0; // 0: the whole county
    int divisionLevel = 1;
    // A member's name or part of it, a resident ID (full, or its last 4-6 characters), a household
    // code (or its beginning), or a phone number (or its beginning).
    QString text;
    QString statusCode;
    QString attributeCode;
    QString mainCauseCode;
    QString monitoringCategory;
    Cadre cadre = Cadre::Any;
    bool deleted = false; // list the soft-deleted households instead of the register
    // The households of a bar of the progress dashboard (ProgressIndicators); None: no such filter.
    ProgressSelection selection;
};

// One line of the household list: what a cadre needs to recognise a household.
struct HouseholdRow
{
    qint64 id = 0;
    QString code;
    QString headName;
    QString headIdNumber;
    int size = 0;
    QString attributeCode;
    QString statusCode;
    QString mainCauseCode;
    QString villageName;
    QString phone;
};

// The household list as SQL: counting, sorting and paging happen in the database so that a
// county of 100,000 households never has to be held in memory. It lists only the households of the
// acting account's divisions (AccessPolicy::readScope, read once per call), whatever the filter.
class HouseholdList
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdList)

public:
    enum Column { Code, HeadName, HeadIdNumber, Size, Attribute, Status, MainCause, Village, Phone, ColumnCount };

    explicit HouseholdList(CountyDatabase &db);

    void setFilter(const HouseholdFilter &filter) { m_filter = filter; }
    // Whether the filter would list the same households as the current one (e.g. one more digit
    // typed that is still too few to search by), so the list need not be read again.
    bool listsSame(const HouseholdFilter &filter) const;
    const HouseholdFilter &filter() const { return m_filter; }
    void setSort(Column column, bool ascending);

    // Counts of plain division listings are kept until invalidate(), so that going back to a
    // division (or clearing the search box) does not count a county of 100,000 again.
    Result<int> count() const;
    // The count of a plain division listing seen before (kept until invalidate()), without a query.
    std::optional<int> keptCount() const;
    void invalidate();
    // People in the listed households; not counted (nullopt) while searching by text, where it would
    // cost more than the search itself.
    std::optional<int> people() const;
    Result<QList<HouseholdRow>> page(int offset, int limit) const;
    // The listed households as a subquery ("SELECT h.id FROM household h WHERE …") with its binds
    // appended to `binds`: the same filter and read scope as count() and page(), for reading the
    // whole list at once (an export).
    Result<QString> selectIds(QVariantList &binds) const;

    // How the search text is read: member names (any part), the last digits of an ID (or all of
    // it), the beginning of a household code or a phone number.
    struct TextSearch
    {
        QString ftsQuery; // over member_search; empty: the text does not filter
        QString codePrefix;
        QString phonePrefix;
        bool operator==(const TextSearch &) const = default;
    };
    static TextSearch textSearch(const QString &text);

    static constexpr int MinimumDigits = 4;
    static constexpr int MinimumPhoneDigits = 7;
    static constexpr int MinimumCodeDigits = 10;

private:
    // Above this many households, the first page is found by walking the code index in order.
    static constexpr int BroadMatch = 1000;

    static QString textCondition(const TextSearch &search, bool walkInOrder, QVariantList &binds);
    QString whereClause(const ReadScope &scope, QVariantList &binds, bool walkInOrder) const;

    CountyDatabase &m_db;
    HouseholdFilter m_filter;
    Column m_sortColumn = Code;
    bool m_ascending = true;
    mutable int m_lastCount = 0;
    struct Counts
    {
        std::optional<int> households; // each is kept once counted
        std::optional<int> people;
    };
    bool isPlainListing() const;
    mutable QHash<QString, Counts> m_plainCounts; // by division level and id
    QString plainKey(const ReadScope &scope) const;
};
