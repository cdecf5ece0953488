// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

class CodeLists;
class EditorBinder;

// The members of the household being edited, one row each in booklet order. Read-only: a member
// is edited in the form below the table, through the editor's undo stack.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Relation, Sex, IdNumber, BirthDate, Health, Labour, ColumnCount };

    MemberTableModel(EditorBinder &binder, const CodeLists &codes, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString uuidAt(int row) const;
    int rowFor(const QString &uuid) const;

private:
    EditorBinder &m_binder;
    const CodeLists &m_codes;
};
