// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberTableModel.h"

#include "EditorBinder.h"
#include "county/CodeLists.h"
#include "register/IdNumber.h"

#include <QColor>

#include <QFont>

MemberTableModel::MemberTableModel(EditorBinder &binder, const CodeLists &codes, QObject *parent)
    : QAbstractTableModel(parent), m_binder(binder), m_codes(codes)
{
    connect(&binder, &EditorBinder::membersChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&binder, &EditorBinder::valueChanged, this, [this](const FieldTarget &target) {
        if (target.kind != FieldTarget::Member)
            return;
        const int row = rowFor(target.record);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_binder.household().members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Member &m = m_binder.household().members.at(index.row());
    if (role == Qt::FontRole && m.isHead()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (index.column() == IdNumber && !m.idNumber.isEmpty()) {
        // Marked in the table too, so that a wrong ID is seen without opening each member.
        const ::IdNumber::Check check = ::IdNumber::check(m.idNumber);
        if (!check.valid) {
            if (role == Qt::ForegroundRole)
                return QColor(0xc0, 0x1c, 0x28);
            if (role == Qt::ToolTipRole)
                return check.reason;
            if (role == Qt::DisplayRole)
                return QString(QStringLiteral("✖ ") + m.idNumber);
            if (role == Qt::AccessibleDescriptionRole)
                return check.reason;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return m.name;
    case Relation:
        return m_codes.name(CodeList::Relation, m.relationCode);
    case Sex:
        return m_codes.name(CodeList::Sex, m.sexCode);
    case IdNumber:
        return m.idNumber;
    case BirthDate:
        return m.birthDate.toString(Qt::ISODate);
    case Health: {
        QStringList names;
        for (const QString &code : m.healthCodes)
            names << m_codes.name(CodeList::Health, code);
        return names.join(QStringLiteral(", "));
    }
    case Labour:
        return m_codes.name(CodeList::Labour, m.labourCode);
    }
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Relation:
        return tr("Relation to head");
    case Sex:
        return tr("Sex");
    case IdNumber:
        return tr("ID number");
    case BirthDate:
        return tr("Born");
    case Health:
        return tr("Health");
    case Labour:
        return tr("Labour");
    }
    return {};
}

QString MemberTableModel::uuidAt(int row) const
{
    const auto &members = m_binder.household().members;
    return row >= 0 && row < members.size() ? members.at(row).meta.uuid : QString();
}

int MemberTableModel::rowFor(const QString &uuid) const
{
    return m_binder.memberIndex(uuid);
}
