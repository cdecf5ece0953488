// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/Household.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariant>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QUndoStack;
class QWidget;

// A field of the household being edited: which record kind holds it and its column name (the
// column names of RecordFields).
struct FieldTarget
{
    enum Kind { Household, Member, Income, Living };
    Kind kind = Household;
    QString column;
    // Which record of its kind: a member's uuid, or the year of an income or living record.
    QString record;

    bool operator==(const FieldTarget &) const = default;
};

// Ties the editor's widgets to the household being edited. A user's edit becomes a command on the
// undo stack; undoing or redoing a command writes the value back and updates the widgets. Widgets
// bound to a member show the current member; those bound to a year show the current year.
class EditorBinder : public QObject
{
    Q_OBJECT

public:
    EditorBinder(::Household &household, QUndoStack *undoStack, QObject *parent = nullptr);

    ::Household &household() { return m_household; }
    const ::Household &household() const { return m_household; }
    QUndoStack *undoStack() const { return m_undoStack; }

    void setCurrentMember(const QString &uuid);
    QString currentMember() const { return m_member; }
    int memberIndex(const QString &uuid) const;
    void setYear(int year);
    int year() const { return m_year; }

    void bind(QLineEdit *edit, FieldTarget::Kind kind, const QString &column);
    void bind(QComboBox *combo, FieldTarget::Kind kind, const QString &column);
    void bind(QCheckBox *box, FieldTarget::Kind kind, const QString &column);
    // An optional spin box shows its special value text for "none" (its minimum).
    void bind(QSpinBox *spin, FieldTarget::Kind kind, const QString &column, bool optional = false);
    void bind(QDoubleSpinBox *spin, FieldTarget::Kind kind, const QString &column);
    // An ISO date (yyyy-MM-dd), stored when complete and valid; cleared when emptied.
    void bindDate(QLineEdit *edit, FieldTarget::Kind kind, const QString &column);
    // Money typed in yuan as Money::parse reads it, stored in fen; an emptied field is zero.
    void bindYuan(QLineEdit *edit, FieldTarget::Kind kind, const QString &column);
    // A set of check boxes holding one comma-separated list of codes (a member's health).
    void bindCodeSet(
        const QList<QCheckBox *> &boxes, const QStringList &codes, FieldTarget::Kind kind, const QString &column);

    QVariant value(const FieldTarget &target) const;
    // Applies a value without an undo command: used by the commands themselves.
    void apply(const FieldTarget &target, const QVariant &value);
    // Pushes a command changing the field, unless it already holds the value.
    void change(const FieldTarget &target, const QVariant &value, bool typing = false);

    // Member list changes (commands call these).
    void insertMember(int index, const ::Member &member);
    ::Member removeMember(int index);
    void moveMember(int from, int to);

    // Re-reads every bound widget from the household.
    void refreshWidgets();

signals:
    void valueChanged(const FieldTarget &target);
    void membersChanged();
    void currentMemberChanged(const QString &uuid);
    void yearChanged(int year);

private:
    struct Binding
    {
        QPointer<QWidget> widget;
        FieldTarget::Kind kind;
        QString column;
        std::function<void(const QVariant &)> show;
    };
    FieldTarget targetFor(FieldTarget::Kind kind, const QString &column) const;
    void addBinding(
        QWidget *widget, FieldTarget::Kind kind, const QString &column, std::function<void(const QVariant &)> show);
    void refresh(const Binding &binding);

    ::Household &m_household;
    QUndoStack *m_undoStack;
    QString m_member;
    int m_year = 0;
    QList<Binding> m_bindings;
};
