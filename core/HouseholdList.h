// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

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
// county of 100,000 households never has to be held in memory.
class HouseholdList
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdList)

public:
    enum Column { Code, HeadName, HeadIdNumber, Size, Attribute, Status, MainCause, Village, Phone, ColumnCount };

    explicit HouseholdList(CountyDatabase &db);

    void setFilter(const HouseholdFilter &filter) { m_filter = filter; }
    const HouseholdFilter &filter() const { return m_filter; }
    void setSort(Column column, bool ascending);

    Result<int> count() const;
    Result<int> people() const;
    Result<QList<HouseholdRow>> page(int offset, int limit) const;

private:
    QString whereClause(QVariantList &binds) const;

    CountyDatabase &m_db;
    HouseholdFilter m_filter;
    Column m_sortColumn = Code;
    bool m_ascending = true;
};
