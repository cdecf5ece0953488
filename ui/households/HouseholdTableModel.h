// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/HouseholdList.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class CodeLists;

// The household list of the selected division. Rows are fetched from SQL a page at a time and only
// a few pages are kept, so scrolling through 100,000 households stays smooth and small.
class HouseholdTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    HouseholdTableModel(
        CountyDatabase &db, const CodeLists &codes, const HouseholdFilter &filter = {}, QObject *parent = nullptr);

    void setFilter(const HouseholdFilter &filter);
    const HouseholdFilter &filter() const { return m_list.filter(); }
    // Re-reads the rows and counts, e.g. after a household was saved.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    qint64 idAt(int row) const;
    int rowFor(qint64 id) const;
    // People in the listed households; not known while searching by text, nor while counting.
    std::optional<int> peopleCount() const { return m_people; }
    // Whether rowCount() is the whole list's count. A list longer than a page shows its first page
    // first and is counted just after (on the event loop), so that a county of 100,000 households
    // paints before it is counted; countsChanged() follows with the rows added.
    bool countKnown() const { return m_countKnown; }
    // The last database error, empty when reading worked.
    QString lastError() const { return m_error; }

    static constexpr int PageSize = 200;
    static constexpr int CachedPages = 6;

signals:
    void countsChanged();

private:
    void reload();
    void countRest(quint64 generation);
    const HouseholdRow *rowAt(int row) const;

    HouseholdList m_list;
    const CodeLists &m_codes;
    int m_count = 0;
    bool m_countKnown = true;
    quint64 m_generation = 0; // a count scheduled for an older filter is dropped
    std::optional<int> m_people;
    QString m_error;
    // page number → rows; the least recently used page goes first when the cache is full.
    mutable QHash<int, QList<HouseholdRow>> m_pages;
    mutable QList<int> m_pageUse;
};
