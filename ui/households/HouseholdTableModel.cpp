// SPDX-License-Identifier: GPL-3.0-or-later
#include "HouseholdTableModel.h"

#include "county/CodeLists.h"

#include <QBrush>
#include <QColor>
#include <QTimer>

HouseholdTableModel::HouseholdTableModel(
    CountyDatabase &db, const CodeLists &codes, const HouseholdFilter &filter, QObject *parent)
    : QAbstractTableModel(parent), m_list(db), m_codes(codes)
{
    m_list.setFilter(filter);
    refresh();
}

void HouseholdTableModel::setFilter(const HouseholdFilter &filter)
{
    const bool same = m_list.listsSame(filter);
    m_list.setFilter(filter);
    if (!same)
        reload();
}

void HouseholdTableModel::refresh()
{
    m_list.invalidate();
    reload();
}

void HouseholdTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    ++m_generation;
    m_people.reset();
    m_error.clear();
    m_countKnown = true;
    // A search by text is counted first: how its first page is read depends on how many match. A
    // listing whose count is kept (a division seen before) takes it. Any other list reads its first
    // page only; when that page is full, the rest is counted after the first paint.
    const std::optional<int> kept = m_list.keptCount();
    if (kept || !HouseholdList::textSearch(m_list.filter().text).ftsQuery.isEmpty()) {
        const Result<int> count = m_list.count();
        m_count = count ? count.value() : 0;
        m_people = m_list.people();
        m_error = count.error();
    } else if (const auto rows = m_list.page(0, PageSize); !rows) {
        m_count = 0;
        m_error = rows.error();
    } else {
        m_pages.insert(0, rows.value());
        m_pageUse.append(0);
        m_count = int(rows->size());
        if (m_count < PageSize) {
            m_people = m_list.people();
        } else {
            m_countKnown = false;
            QTimer::singleShot(0, this, [this, generation = m_generation] { countRest(generation); });
        }
    }
    endResetModel();
}

void HouseholdTableModel::countRest(quint64 generation)
{
    if (generation != m_generation || m_countKnown)
        return;
    const Result<int> count = m_list.count();
    m_countKnown = true;
    if (!count) {
        m_error = count.error();
        emit countsChanged();
        return;
    }
    if (count.value() > m_count) {
        beginInsertRows({}, m_count, count.value() - 1);
        m_count = count.value();
        endInsertRows();
    } else if (count.value() < m_count) { // households deleted since the first page was read
        beginRemoveRows({}, count.value(), m_count - 1);
        m_count = count.value();
        endRemoveRows();
    }
    m_people = m_list.people();
    emit countsChanged();
}

int HouseholdTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int HouseholdTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : HouseholdList::ColumnCount;
}

const HouseholdRow *HouseholdTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const auto rows = m_list.page(page * PageSize, PageSize);
        if (!rows)
            return nullptr;
        if (m_pages.size() >= CachedPages)
            m_pages.remove(m_pageUse.takeFirst());
        it = m_pages.insert(page, rows.value());
    } else {
        m_pageUse.removeOne(page);
    }
    m_pageUse.append(page);
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant HouseholdTableModel::data(const QModelIndex &index, int role) const
{
    const HouseholdRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case HouseholdList::Code:
            return row->code;
        case HouseholdList::HeadName:
            return row->headName;
        case HouseholdList::HeadIdNumber:
            return row->headIdNumber;
        case HouseholdList::Size:
            return row->size;
        case HouseholdList::Attribute:
            return m_codes.name(CodeList::Attribute, row->attributeCode);
        case HouseholdList::Status:
            return m_codes.name(CodeList::Status, row->statusCode);
        case HouseholdList::MainCause:
            return m_codes.name(CodeList::Cause, row->mainCauseCode);
        case HouseholdList::Village:
            return row->villageName;
        case HouseholdList::Phone:
            return row->phone;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == HouseholdList::Status) {
        // The register's colours: not yet out red, out green, relapsed yellow (darkened to read).
        for (const CodeLists::Item &item : m_codes.items(CodeList::Status)) {
            if (item.code == row->statusCode) {
                if (item.extra == QLatin1String("red"))
                    return QBrush(QColor(0xc0, 0x1c, 0x28));
                if (item.extra == QLatin1String("green"))
                    return QBrush(QColor(0x1a, 0x7f, 0x37));
                if (item.extra == QLatin1String("yellow"))
                    return QBrush(QColor(0x9a, 0x67, 0x00));
            }
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == HouseholdList::Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant HouseholdTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HouseholdList::Code:
        return tr("Household code");
    case HouseholdList::HeadName:
        return tr("Head");
    case HouseholdList::HeadIdNumber:
        return tr("Head's ID number");
    case HouseholdList::Size:
        return tr("Members");
    case HouseholdList::Attribute:
        return tr("Attribute");
    case HouseholdList::Status:
        return tr("Status");
    case HouseholdList::MainCause:
        return tr("Main cause");
    case HouseholdList::Village:
        return tr("Village");
    case HouseholdList::Phone:
        return tr("Phone");
    }
    return {};
}

void HouseholdTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= HouseholdList::ColumnCount)
        return;
    m_list.setSort(HouseholdList::Column(column), order == Qt::AscendingOrder);
    reload();
}

qint64 HouseholdTableModel::idAt(int row) const
{
    const HouseholdRow *r = rowAt(row);
    return r ? r->id : 0;
}

int HouseholdTableModel::rowFor(qint64 id) const
{
    // Only cached pages are searched: a row that is not on screen is not worth a scan of the county.
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id)
                return it.key() * PageSize + int(i);
        }
    }
    return -1;
}
