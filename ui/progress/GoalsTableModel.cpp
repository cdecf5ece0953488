// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/GoalsTableModel.h"

#include "progress/GoalEditCommand.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QUndoStack>

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace {
// Light tints that read in black and white too: the numbers carry the meaning, with a sign.
const QColor ReadOnlyTint(0xf1, 0xf1, 0xf1);
const QColor SumTint(0xe8, 0xee, 0xf6);
const QColor DifferenceTint(0xff, 0xe3, 0xb3);
} // namespace

GoalsTableModel::GoalsTableModel(QObject *parent) : QAbstractTableModel(parent), m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        const bool dirty = isDirty();
        if (dirty != m_wasDirty) {
            m_wasDirty = dirty;
            emit dirtyChanged(dirty);
        }
    });
}

void GoalsTableModel::setGoals(int year, const QList<DivisionGoal> &goals, const QHash<qint64, QString> &refusals)
{
    beginResetModel();
    m_undo->clear();
    m_year = year;
    m_goals.clear();
    m_rows.clear();
    QHash<qint64, int> at;
    for (const DivisionGoal &d : goals) {
        Goal g;
        g.read = d;
        g.edited = d.record;
        g.refusal = refusals.value(d.divisionId);
        at.insert(d.divisionId, int(m_goals.size()));
        m_goals.append(g);
    }
    for (int i = 0; i < m_goals.size(); ++i) {
        const auto parent = at.constFind(m_goals.at(i).read.parentId);
        if (parent != at.cend())
            m_goals[*parent].children.append(i);
    }
    // The goals come parents first (ProgressGoals::forYear); a division with children gets its sum
    // row right under its own, so the two numbers compared stand next to each other.
    for (int i = 0; i < m_goals.size(); ++i) {
        m_rows.append({RowKind::Goal, i});
        if (!m_goals.at(i).children.isEmpty())
            m_rows.append({RowKind::ChildrenSum, i});
    }
    endResetModel();
    if (m_wasDirty) {
        m_wasDirty = false;
        emit dirtyChanged(false);
    }
}

bool GoalsTableModel::isDirty() const
{
    return std::any_of(m_goals.cbegin(), m_goals.cend(), [](const Goal &g) { return !(g.edited == g.read.record); });
}

QList<AnnualGoal> GoalsTableModel::changedGoals() const
{
    QList<AnnualGoal> out;
    for (const Goal &g : m_goals) {
        if (!(g.edited == g.read.record))
            out.append(g.edited);
    }
    return out;
}

GoalsTableModel::RowKind GoalsTableModel::kindAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).kind : RowKind::Goal;
}

qint64 GoalsTableModel::divisionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_goals.at(m_rows.at(row).goal).read.divisionId : 0;
}

int GoalsTableModel::rowOf(qint64 divisionId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).kind == RowKind::Goal && m_goals.at(m_rows.at(r).goal).read.divisionId == divisionId)
            return r;
    }
    return -1;
}

int GoalsTableModel::sumRowOf(qint64 divisionId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).kind == RowKind::ChildrenSum && m_goals.at(m_rows.at(r).goal).read.divisionId == divisionId)
            return r;
    }
    return -1;
}

QString GoalsTableModel::refusalAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    if (m_rows.at(row).kind == RowKind::ChildrenSum)
        return tr("A sum of the goals below; change those goals instead.");
    return m_goals.at(m_rows.at(row).goal).refusal;
}

GoalFigures GoalsTableModel::sumOfChildren(int goal) const
{
    GoalFigures sum;
    for (int child : m_goals.at(goal).children) {
        const AnnualGoal &c = m_goals.at(child).edited;
        GoalFigures f;
        f.households = c.households;
        f.people = c.people;
        f.months = c.months();
        sum += f;
    }
    return sum;
}

GoalFigures GoalsTableModel::figuresAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    if (r.kind == RowKind::ChildrenSum)
        return sumOfChildren(r.goal);
    const AnnualGoal &g = m_goals.at(r.goal).edited;
    GoalFigures f;
    f.households = g.households;
    f.people = g.people;
    f.months = g.months();
    return f;
}

GoalFigures GoalsTableModel::differenceAt(int row) const
{
    if (kindAt(row) != RowKind::ChildrenSum)
        return {};
    return figuresAt(row).minus(figuresAt(rowOf(divisionAt(row))));
}

bool GoalsTableModel::isEditable(int row, int column) const
{
    return row >= 0 && row < m_rows.size() && column > DivisionColumn && column < ColumnCount
        && m_rows.at(row).kind == RowKind::Goal && m_goals.at(m_rows.at(row).goal).refusal.isEmpty();
}

int GoalsTableModel::valueOf(const AnnualGoal &g, int column)
{
    if (column >= FirstMonthColumn && column <= LastMonthColumn)
        return g.month(column - FirstMonthColumn + 1);
    return column == HouseholdsColumn ? g.households : g.people;
}

void GoalsTableModel::setValue(AnnualGoal &g, int column, int value)
{
    if (column >= FirstMonthColumn && column <= LastMonthColumn) {
        // The year's households follow the months while the two agree.
        const bool following = g.scheduled() == g.households;
        g.setMonth(column - FirstMonthColumn + 1, value);
        if (following)
            g.households = g.scheduled();
    } else if (column == HouseholdsColumn) {
        g.households = value;
    } else {
        g.people = value;
    }
}

Result<int> GoalsTableModel::parseCount(const QString &text)
{
    QString t = text.trimmed();
    // As a spreadsheet copies a number: thousands separated, full-width digits from an input method.
    t.remove(u',').remove(u'，').remove(u' ');
    t = t.normalized(QString::NormalizationForm_KC);
    if (t.isEmpty())
        return 0;
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n < 0 || n > 10'000'000)
        return Result<int>::failure(tr("“%1” is not a number of households or people.").arg(text.trimmed()));
    return n;
}

QString GoalsTableModel::cellName(int row, int column) const
{
    return tr("%1, %2").arg(
        m_goals.at(m_rows.at(row).goal).read.name, headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
}

void GoalsTableModel::apply(const QList<CellValue> &values, const QString &text)
{
    QHash<int, AnnualGoal> after;
    QList<int> order;
    for (const CellValue &v : values) {
        const int goal = m_rows.at(v.row).goal;
        if (!after.contains(goal)) {
            after.insert(goal, m_goals.at(goal).edited);
            order.append(goal);
        }
        setValue(after[goal], v.column, v.value);
    }
    QList<GoalEditCommand::Change> changes;
    for (int goal : std::as_const(order)) {
        if (!(after.value(goal) == m_goals.at(goal).edited))
            changes.append({goal, m_goals.at(goal).edited, after.value(goal)});
    }
    if (!changes.isEmpty())
        m_undo->push(new GoalEditCommand(*this, changes, text));
}

Status GoalsTableModel::setCellText(int row, int column, const QString &text)
{
    if (row < 0 || row >= m_rows.size() || column <= DivisionColumn || column >= ColumnCount)
        return Status::failure(tr("There is no such cell."));
    if (!isEditable(row, column))
        return Status::failure(refusalAt(row));
    const Result<int> value = parseCount(text);
    if (!value)
        return Status::failure(tr("%1: %2").arg(cellName(row, column), value.error()));
    apply({{row, column, value.value()}}, tr("Change %1").arg(cellName(row, column)));
    return {};
}

Status GoalsTableModel::paste(int row, int column, const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return Status::failure(tr("The clipboard holds no cells to paste."));
    QList<QStringList> block;
    for (const QString &line : std::as_const(lines))
        block.append(line.split(u'\t'));
    if (column <= DivisionColumn) {
        // Pasted on the names: a first column of names (a sheet with the divisions in it) is dropped.
        column = FirstMonthColumn;
        if (!parseCount(block.first().first()))
            for (QStringList &cells : block)
                cells.removeFirst();
    }
    QList<CellValue> values;
    int r = row;
    for (const QStringList &cells : std::as_const(block)) {
        while (r < m_rows.size() && m_rows.at(r).kind == RowKind::ChildrenSum)
            ++r;
        if (r >= m_rows.size())
            return Status::failure(
                tr("The block has %n row(s) of goals, more than there are from this row down; nothing was pasted.",
                    nullptr, int(block.size())));
        if (column + cells.size() > ColumnCount)
            return Status::failure(tr("The block is %n column(s) wide, wider than the grid from this column; "
                                      "nothing was pasted.",
                nullptr, int(cells.size())));
        for (int c = 0; c < cells.size(); ++c) {
            if (!isEditable(r, column + c))
                return Status::failure(
                    tr("%1 cannot be changed: %2 Nothing was pasted.").arg(cellName(r, column + c), refusalAt(r)));
            const Result<int> value = parseCount(cells.at(c));
            if (!value)
                return Status::failure(tr("%1: %2 Nothing was pasted.").arg(cellName(r, column + c), value.error()));
            values.append({r, column + c, value.value()});
        }
        ++r;
    }
    apply(values, tr("Paste %n cell(s)", nullptr, int(values.size())));
    return {};
}

QString GoalsTableModel::copy(const QModelIndexList &cells) const
{
    if (cells.isEmpty())
        return {};
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    for (const QModelIndex &i : cells) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList row;
        for (int c = left; c <= right; ++c) {
            const QModelIndex i = index(r, c);
            row << (c == DivisionColumn || m_rows.at(r).kind == RowKind::ChildrenSum
                    ? data(i, Qt::DisplayRole).toString().trimmed()
                    : data(i, Qt::EditRole).toString());
        }
        lines << row.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

Status GoalsTableModel::clear(const QModelIndexList &cells)
{
    QList<CellValue> values;
    for (const QModelIndex &i : cells) {
        if (isEditable(i.row(), i.column()))
            values.append({i.row(), i.column(), 0});
    }
    if (values.isEmpty())
        return cells.isEmpty() ? Status() : Status::failure(refusalAt(cells.first().row()));
    apply(values, tr("Clear %n cell(s)", nullptr, int(values.size())));
    return {};
}

void GoalsTableModel::replaceGoal(int goal, const AnnualGoal &figures)
{
    if (goal < 0 || goal >= m_goals.size())
        return;
    m_goals[goal].edited = figures;
    refresh();
}

void GoalsTableModel::refresh()
{
    // A goal changes its own row and the sums above it; the grid is a few hundred rows.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int GoalsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GoalsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GoalsTableModel::sumTooltip(int row, int column) const
{
    const Goal &parent = m_goals.at(m_rows.at(row).goal);
    const QString below = parent.read.level == 1 ? tr("The townships of %1").arg(parent.read.name)
                                                 : tr("The villages of %1").arg(parent.read.name);
    const GoalFigures sum = figuresAt(row);
    const GoalFigures diff = differenceAt(row);
    int value = 0, d = 0;
    if (column >= FirstMonthColumn && column <= LastMonthColumn) {
        value = sum.months[size_t(column - FirstMonthColumn)];
        d = diff.months[size_t(column - FirstMonthColumn)];
    } else if (column == HouseholdsColumn) {
        value = sum.households;
        d = diff.households;
    } else if (column == PeopleColumn) {
        value = sum.people;
        d = diff.people;
    } else {
        return below
            + tr(" add up to the figures of this row; each difference from the goal of %1 is in brackets.")
                  .arg(parent.read.name);
    }
    if (d == 0)
        return tr("%1 add up to %2, as the goal of %3.").arg(below).arg(value).arg(parent.read.name);
    return tr("%1 add up to %2, %3 %4 than the goal of %5 (%6).")
        .arg(below)
        .arg(value)
        .arg(std::abs(d))
        .arg(d > 0 ? tr("more") : tr("fewer"))
        .arg(parent.read.name)
        .arg(value - d);
}

QVariant GoalsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const Goal &g = m_goals.at(r.goal);
    const int column = index.column();
    const QLocale locale;

    if (r.kind == RowKind::ChildrenSum) {
        const GoalFigures sum = figuresAt(index.row());
        const GoalFigures diff = differenceAt(index.row());
        int value = 0, d = 0;
        if (column >= FirstMonthColumn && column <= LastMonthColumn) {
            value = sum.months[size_t(column - FirstMonthColumn)];
            d = diff.months[size_t(column - FirstMonthColumn)];
        } else if (column == HouseholdsColumn) {
            value = sum.households;
            d = diff.households;
        } else if (column == PeopleColumn) {
            value = sum.people;
            d = diff.people;
        }
        switch (role) {
        case Qt::DisplayRole:
            if (column == DivisionColumn) {
                const QString indent(g.read.level * 2, u' ');
                return QString(indent
                    + (g.read.level == 1 ? tr("Sum of the %n township(s)", nullptr, int(g.children.size()))
                                         : tr("Sum of the %n village(s)", nullptr, int(g.children.size()))));
            }
            if (d == 0)
                return value == 0 ? QString() : locale.toString(value);
            return tr("%1 (%2)").arg(
                locale.toString(value), QString(d > 0 ? QStringLiteral("+") : QString()).append(locale.toString(d)));
        case Qt::ToolTipRole:
            return sumTooltip(index.row(), column);
        case Qt::BackgroundRole:
            return QBrush(d != 0 ? DifferenceTint : SumTint);
        case Qt::FontRole: {
            QFont f;
            f.setItalic(true);
            return f;
        }
        case Qt::TextAlignmentRole:
            return column == DivisionColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }

    const AnnualGoal &goal = g.edited;
    const bool mismatch = goal.hasTimetable() && goal.scheduled() != goal.households;
    switch (role) {
    case Qt::DisplayRole:
        if (column == DivisionColumn)
            return QString(QString((g.read.level - 1) * 2, u' ') + g.read.name);
        if (const int v = valueOf(goal, column); v != 0)
            return locale.toString(v);
        return QString();
    case Qt::EditRole:
        if (column == DivisionColumn)
            return g.read.name;
        if (const int v = valueOf(goal, column); v != 0)
            return QString::number(v);
        return QString();
    case Qt::ToolTipRole:
        if (!g.refusal.isEmpty())
            return g.refusal;
        if (column == HouseholdsColumn && mismatch)
            return tr("The months plan %1 household(s), %2 than the year's %3: make the timetable add up before "
                      "saving, or clear the months.")
                .arg(goal.scheduled())
                .arg(goal.scheduled() > goal.households ? tr("more") : tr("fewer"))
                .arg(goal.households);
        if (column == DivisionColumn)
            return g.read.code;
        return {};
    case Qt::BackgroundRole:
        if (column == HouseholdsColumn && mismatch)
            return QBrush(DifferenceTint);
        if (!g.refusal.isEmpty())
            return QBrush(ReadOnlyTint);
        return {};
    case Qt::FontRole:
        if (column != DivisionColumn && valueOf(goal, column) != valueOf(g.read.record, column)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (column == DivisionColumn && g.read.level < 3) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == DivisionColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool GoalsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const Status s = setCellText(index.row(), index.column(), value.toString());
    if (!s)
        emit refused(s.error());
    return s.ok();
}

Qt::ItemFlags GoalsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditable(index.row(), index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant GoalsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        if (section == DivisionColumn)
            return tr("Division");
        if (section >= FirstMonthColumn && section <= LastMonthColumn)
            return tr("Month %1", "a column of the goals grid: households planned in that month")
                .arg(section - FirstMonthColumn + 1);
        if (section == HouseholdsColumn)
            return tr("Households");
        if (section == PeopleColumn)
            return tr("People");
    }
    if (role == Qt::ToolTipRole) {
        if (section >= FirstMonthColumn && section <= LastMonthColumn)
            return tr("Households planned in month %1 alone (not a running total).")
                .arg(section - FirstMonthColumn + 1);
        if (section == HouseholdsColumn)
            return tr("The year's goal in households; it follows the months while they add up to it.");
        if (section == PeopleColumn)
            return tr("The year's goal in people.");
    }
    return {};
}
