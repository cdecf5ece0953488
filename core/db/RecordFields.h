// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/Household.h"

#include <QStringList>
#include <QVariant>

#include <optional>
#include <variant>

// The catalogue of the register's columns: each column of the household, member, income and
// living_condition tables with the struct member that holds it. Reading, writing, comparing,
// auditing, drafts and the editor all go through it, so a field is declared once.
namespace RecordFields {

template <typename T>
using MemberPointer = std::variant<QString T::*, int T::*, qint64 T::*, bool T::*, double T::*, QDate T::*,
    std::optional<int> T::*, QStringList T::*>;

template <typename T> struct Field
{
    const char *column;
    MemberPointer<T> member;
    bool emptyIsNull = false; // an empty text or a zero id is stored as NULL
};

const QList<Field<Household>> &fields(const Household *);
const QList<Field<Member>> &fields(const Member *);
const QList<Field<IncomeRecord>> &fields(const IncomeRecord *);
const QList<Field<LivingConditions>> &fields(const LivingConditions *);

template <typename T> const QList<Field<T>> &fieldsOf()
{
    return fields(static_cast<const T *>(nullptr));
}

// A field's value as SQL stores it: NULL is an invalid QVariant; text is never a null QString (a
// null QString binds as NULL); bools are 0/1; dates ISO text; code sets comma-joined text.
template <typename T> QVariant toSql(const T &row, const Field<T> &field);
// Sets a field from its SQL form (as toSql gives it, or as text from the audit log or a draft).
template <typename T> void fromSql(T &row, const Field<T> &field, const QVariant &value);

// By column name; value() is invalid and setValue() false for an unknown column.
QVariant value(const Household &row, const QString &column);
QVariant value(const Member &row, const QString &column);
QVariant value(const IncomeRecord &row, const QString &column);
QVariant value(const LivingConditions &row, const QString &column);
bool setValue(Household &row, const QString &column, const QVariant &value);
bool setValue(Member &row, const QString &column, const QVariant &value);
bool setValue(IncomeRecord &row, const QString &column, const QVariant &value);
bool setValue(LivingConditions &row, const QString &column, const QVariant &value);

} // namespace RecordFields
