// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorBinder.h"

#include "EditCommands.h"
#include "common/Money.h"
#include "register/HouseholdKinds.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>

#include <algorithm>

EditorBinder::EditorBinder(::Household &household, QUndoStack *undoStack, QObject *parent)
    : QObject(parent), m_household(household), m_undoStack(undoStack)
{ }

void EditorBinder::setCurrentMember(const QString &uuid)
{
    if (uuid == m_member)
        return;
    m_member = uuid;
    refreshWidgets();
    emit currentMemberChanged(uuid);
}

int EditorBinder::memberIndex(const QString &uuid) const
{
    const auto &members = m_household.members;
    for (int i = 0; i < members.size(); ++i) {
        if (members.at(i).meta.uuid == uuid)
            return i;
    }
    return -1;
}

void EditorBinder::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    refreshWidgets();
    emit yearChanged(year);
}

FieldTarget EditorBinder::targetFor(FieldTarget::Kind kind, const QString &column) const
{
    switch (kind) {
    case FieldTarget::Member:
        return {kind, column, m_member};
    case FieldTarget::Income:
    case FieldTarget::Living:
        return {kind, column, QString::number(m_year)};
    case FieldTarget::Household:
        break;
    }
    return {kind, column, {}};
}

QVariant EditorBinder::value(const FieldTarget &target) const
{
    switch (target.kind) {
    case FieldTarget::Household:
        return RecordFields::value(m_household, target.column);
    case FieldTarget::Member: {
        const int i = memberIndex(target.record);
        return i < 0 ? QVariant() : RecordFields::value(m_household.members.at(i), target.column);
    }
    case FieldTarget::Income: {
        const IncomeRecord *r = m_household.incomeFor(target.record.toInt());
        return RecordFields::value(r ? *r : IncomeRecord{}, target.column);
    }
    case FieldTarget::Living: {
        const LivingConditions *l = m_household.livingFor(target.record.toInt());
        return RecordFields::value(l ? *l : LivingConditions{}, target.column);
    }
    }
    return {};
}

namespace {

// The record of a year, created (in year order) when a value is first entered for it.
template <typename T> T &recordForYear(QList<T> &records, int year)
{
    auto it = std::find_if(records.begin(), records.end(), [&](const T &r) { return r.year == year; });
    if (it != records.end())
        return *it;
    T record;
    record.year = year;
    auto at = std::find_if(records.begin(), records.end(), [&](const T &r) { return r.year > year; });
    return *records.insert(at, record);
}

} // namespace

void EditorBinder::apply(const FieldTarget &target, const QVariant &value)
{
    switch (target.kind) {
    case FieldTarget::Household:
        RecordFields::setValue(m_household, target.column, value);
        break;
    case FieldTarget::Member:
        if (const int i = memberIndex(target.record); i >= 0)
            RecordFields::setValue(m_household.members[i], target.column, value);
        break;
    case FieldTarget::Income: {
        IncomeRecord &r = recordForYear(m_household.incomes, target.record.toInt());
        if (r.householdSize == 0)
            r.householdSize = int(m_household.members.size());
        RecordFields::setValue(r, target.column, value);
        break;
    }
    case FieldTarget::Living:
        RecordFields::setValue(
            recordForYear(m_household.livingConditions, target.record.toInt()), target.column, value);
        break;
    }
    for (const Binding &b : std::as_const(m_bindings)) {
        if (b.kind == target.kind && b.column == target.column && targetFor(b.kind, b.column) == target)
            refresh(b);
    }
    emit valueChanged(target);
}

void EditorBinder::change(const FieldTarget &target, const QVariant &newValue, bool typing)
{
    const QVariant old = value(target);
    if (old == newValue || (old.isNull() && newValue.isNull()))
        return;
    m_undoStack->push(new ChangeValueCommand(this, target, old, newValue, typing));
}

void EditorBinder::insertMember(int index, const ::Member &member)
{
    m_household.members.insert(index, member);
    emit membersChanged();
}

::Member EditorBinder::removeMember(int index)
{
    ::Member removed = m_household.members.takeAt(index);
    emit membersChanged();
    return removed;
}

void EditorBinder::moveMember(int from, int to)
{
    m_household.members.move(from, to);
    emit membersChanged();
}

void EditorBinder::addBinding(
    QWidget *widget, FieldTarget::Kind kind, const QString &column, std::function<void(const QVariant &)> show)
{
    m_bindings.append({widget, kind, column, std::move(show)});
    refresh(m_bindings.constLast());
}

void EditorBinder::refresh(const Binding &binding)
{
    if (!binding.widget)
        return;
    const QSignalBlocker blocker(binding.widget);
    const bool hasRecord = binding.kind != FieldTarget::Member || memberIndex(m_member) >= 0;
    binding.widget->setEnabled(hasRecord);
    binding.show(value(targetFor(binding.kind, binding.column)));
}

void EditorBinder::refreshWidgets()
{
    for (const Binding &b : std::as_const(m_bindings))
        refresh(b);
}

void EditorBinder::bind(QLineEdit *edit, FieldTarget::Kind kind, const QString &column)
{
    connect(edit, &QLineEdit::textEdited, this,
        [=, this](const QString &text) { change(targetFor(kind, column), text.trimmed(), true); });
    addBinding(edit, kind, column, [edit](const QVariant &v) {
        if (edit->text().trimmed() != v.toString())
            edit->setText(v.toString());
    });
}

void EditorBinder::bind(QComboBox *combo, FieldTarget::Kind kind, const QString &column)
{
    connect(combo, &QComboBox::activated, this,
        [=, this] { change(targetFor(kind, column), combo->currentData().toString()); });
    addBinding(combo, kind, column, [combo](const QVariant &v) {
        const int i = combo->findData(v.toString());
        combo->setCurrentIndex(i >= 0 ? i : combo->findData(QString()));
    });
}

void EditorBinder::bind(QCheckBox *box, FieldTarget::Kind kind, const QString &column)
{
    connect(box, &QCheckBox::toggled, this, [=, this](bool on) { change(targetFor(kind, column), on ? 1 : 0); });
    addBinding(box, kind, column, [box](const QVariant &v) { box->setChecked(v.toInt() != 0); });
}

void EditorBinder::bind(QSpinBox *spin, FieldTarget::Kind kind, const QString &column, bool optional)
{
    connect(spin, &QSpinBox::valueChanged, this, [=, this](int v) {
        change(targetFor(kind, column), optional && v == spin->minimum() ? QVariant() : QVariant(v), true);
    });
    addBinding(spin, kind, column,
        [=](const QVariant &v) { spin->setValue(v.isNull() && optional ? spin->minimum() : v.toInt()); });
}

void EditorBinder::bind(QDoubleSpinBox *spin, FieldTarget::Kind kind, const QString &column)
{
    connect(
        spin, &QDoubleSpinBox::valueChanged, this, [=, this](double v) { change(targetFor(kind, column), v, true); });
    addBinding(spin, kind, column, [spin](const QVariant &v) { spin->setValue(v.toDouble()); });
}

void EditorBinder::bindDate(QLineEdit *edit, FieldTarget::Kind kind, const QString &column)
{
    // A plain field rather than a QDateEdit, whose Tab steps through year, month and day: a date
    // here is typed in one go (or comes from the ID number) and Tab moves on.
    edit->setInputMask(QStringLiteral("0000-00-00;_"));
    connect(edit, &QLineEdit::textEdited, this, [=, this](const QString &text) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            change(targetFor(kind, column), date.toString(Qt::ISODate), true);
        else if (text == QLatin1String("--"))
            change(targetFor(kind, column), QVariant(), true);
    });
    addBinding(edit, kind, column, [edit](const QVariant &v) {
        if (edit->text() != v.toString())
            edit->setText(v.toString());
    });
    // What is left unfinished or impossible (1971-02-30) is not kept on screen as if it were saved.
    connect(qApp, &QApplication::focusChanged, edit, [=, this](QWidget *old) {
        if (old == edit) {
            const QSignalBlocker blocker(edit);
            edit->setText(value(targetFor(kind, column)).toString());
        }
    });
}

namespace {

// What a yuan field holds while it is typed in: an emptied field is zero, not a mistake.
std::optional<qint64> typedFen(const QString &text)
{
    if (text.trimmed().isEmpty())
        return 0;
    const auto money = Money::parse(text);
    return money ? std::optional(money->fen()) : std::nullopt;
}

} // namespace

void EditorBinder::bindYuan(QLineEdit *edit, FieldTarget::Kind kind, const QString &column)
{
    edit->setAlignment(Qt::AlignRight);
    connect(edit, &QLineEdit::textEdited, this, [=, this](const QString &text) {
        if (const auto fen = typedFen(text))
            change(targetFor(kind, column), *fen, true);
    });
    // Show the amount as stored once the user leaves the field (e.g. "12.5" becomes "12.50").
    connect(edit, &QLineEdit::editingFinished, this, [=, this] {
        const QSignalBlocker blocker(edit);
        edit->setText(Money::fromFen(value(targetFor(kind, column)).toLongLong()).toEditString());
    });
    addBinding(edit, kind, column, [edit](const QVariant &v) {
        const auto shown = typedFen(edit->text());
        if (!shown || *shown != v.toLongLong())
            edit->setText(Money::fromFen(v.toLongLong()).toEditString());
    });
}

void EditorBinder::bindCodeSet(
    const QList<QCheckBox *> &boxes, const QStringList &codes, FieldTarget::Kind kind, const QString &column)
{
    for (QCheckBox *box : boxes) {
        connect(box, &QCheckBox::toggled, this, [=, this] {
            QStringList chosen;
            for (int i = 0; i < boxes.size(); ++i) {
                if (boxes.at(i)->isChecked())
                    chosen << codes.at(i);
            }
            change(targetFor(kind, column), chosen.join(u','));
        });
        addBinding(box, kind, column, [=](const QVariant &v) {
            const QStringList set = v.toString().split(u',', Qt::SkipEmptyParts);
            box->setChecked(set.contains(codes.at(boxes.indexOf(box))));
        });
    }
}
