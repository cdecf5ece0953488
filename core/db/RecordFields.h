// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <variant>

class CountyDatabase;

// How every kind of record users edit is declared once: its table, its owner, and each column with
// the struct member that holds it, the label people read, its code list and whether it is money.
// Reading, writing, comparing, auditing, the change history, drafts and JSON all go through these
// declarations, so that a field or a kind of record is declared in exactly one place.
namespace RecordFields {

template <typename T>
using MemberPointer = std::variant<QString T::*, int T::*, qint64 T::*, bool T::*, double T::*, QDate T::*,
    std::optional<int> T::*, QStringList T::*>;

enum FieldFlag {
    Plain = 0,
    NullWhenEmpty = 1, // an empty text or a zero id is stored as NULL
    Money = 2, // integer fen, shown as yuan
    // Text that many records repeat word for word (a status step's usual reason, a visit's usual
    // findings): kept once in the phrase table, the row holds its id (NULL for no text).
    Phrase = 4,
};

template <typename T> struct Field
{
    const char *column;
    MemberPointer<T> member;
    const char *label = nullptr; // English source text in the "RecordFields" context
    const char *codeList = nullptr; // the code list (resources/codes) the value is a code of
    int flags = Plain;

    bool emptyIsNull() const { return flags & NullWhenEmpty; }
    bool isMoney() const { return flags & Money; }
    bool isPhrase() const { return flags & Phrase; }
};

// Whose record it is: what a change is audited against and, later, who may change it.
enum class Owner { County, Village, Household };

// Which rule a write to the kind is checked by (AccessPolicy maps each to a role's action): a
// household's own data, the assistance given to a household, county-wide data, the county's
// settings, or a division's goals (set by the level above it: AccessPolicy::checkGoal). Declared
// with the kind, so no write is checked under a table name typed by hand.
enum class WriteAccess { Household, Assistance, County, Settings, Goals };

// The stamps a kind's rows carry beside their uuid. Records people edit carry all four; entries
// that are only ever appended (loan and project events) were made with when and by whom alone.
enum class Stamps {
    Full, // created_at, updated_at, updated_by, revision
    Entered, // created_at, updated_by
};

template <typename T> struct RecordKind
{
    const char *table;
    const char *label; // "Household", "Cadre" ... in the "RecordFields" context
    Owner owner;
    WriteAccess access;
    const char *parentColumn; // the column naming the owning record of a child row, or nullptr
    const char *orderBy; // how child rows are ordered, e.g. "t.year"
    bool softDelete; // deleted_at / deleted_reason: deleted records stay and can be restored
    QList<Field<T>> fields;
    // What must be right before a record can be saved at all, one sentence per problem; the
    // repository refuses a save with any of them, whoever calls it.
    QStringList (*problems)(const T &) = nullptr;
    // The same against the rest of the file (a unique ID number, a code of the county's lists, a
    // cadre's cap), read inside the save's transaction.
    QStringList (*problemsInFile)(const CountyDatabase &, const T &) = nullptr;
    // Entries of a ledger or a log: inserted, and corrected by a new entry that reverses them,
    // never updated or deleted.
    bool appendOnly = false;
    Stamps stamps = Stamps::Full;
};

// A table that links a record to others (a project's beneficiaries, a visit's companions, a
// household's risk types): rows of two keys and nothing users edit on their own, written as a set
// for the owning record.
struct LinkKind
{
    const char *table;
    const char *label; // in the "RecordFields" context
    WriteAccess access;
    const char *ownerColumn; // project_id, visit_id, household_id
    const char *otherColumn; // household_id, cadre_id, risk_code
    const char *positionColumn = nullptr; // the set's order, when it has one
    // How a change is audited: each link as a record of its own (a uuid, an insert or a delete of
    // its owner column, a tombstone), or, with `auditTable`, the whole set as one field of the
    // owning record: `auditField` of a record of `auditTable`, the values joined by `separator`,
    // each shown by `shownSql` (one ? for the other key) when given.
    const char *auditTable = nullptr;
    const char *auditField = nullptr;
    const char *shownSql = nullptr;
    const char *separator = ",";
    const char *fieldLabel = nullptr; // in the "RecordFields" context
    const char *codeList = nullptr;

    bool auditedAsSet() const { return auditTable != nullptr; }
};

// Declared for each kind of record next to its struct (register/HouseholdKinds.cpp, forces/ ...).
template <typename T> const RecordKind<T> &recordKind();

template <typename T> const QList<Field<T>> &fieldsOf()
{
    return recordKind<T>().fields;
}

// A label, translated.
inline QString tr(const char *label)
{
    return label ? QCoreApplication::translate("RecordFields", label) : QString();
}

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};

// A field's value as SQL stores it: NULL is an invalid QVariant; text is never a null QString (a
// null QString binds as NULL); bools are 0/1; dates ISO text; code sets comma-joined text.
template <typename T> QVariant toSql(const T &row, const Field<T> &field)
{
    const auto text = [&](const QString &s) {
        if (s.isEmpty())
            return field.emptyIsNull() ? QVariant() : QVariant(QStringLiteral(""));
        return QVariant(s);
    };
    return std::visit(Overloaded{
                          [&](QString T::*p) -> QVariant { return text(row.*p); },
                          [&](int T::*p) -> QVariant { return row.*p; },
                          [&](qint64 T::*p) -> QVariant {
                              return field.emptyIsNull() && row.*p == 0 ? QVariant() : QVariant(row.*p);
                          },
                          [&](bool T::*p) -> QVariant { return row.*p ? 1 : 0; },
                          [&](double T::*p) -> QVariant { return row.*p; },
                          [&](QDate T::*p) -> QVariant {
                              return (row.*p).isValid() ? QVariant((row.*p).toString(Qt::ISODate)) : QVariant();
                          },
                          [&](std::optional<int> T::*p) -> QVariant {
                              return (row.*p).has_value() ? QVariant(*(row.*p)) : QVariant();
                          },
                          [&](QStringList T::*p) -> QVariant { return text((row.*p).join(u',')); },
                      },
        field.member);
}

// Sets a field from its SQL form (as toSql gives it, or as text from the audit log or a draft).
template <typename T> void fromSql(T &row, const Field<T> &field, const QVariant &value)
{
    const bool null = !value.isValid() || value.isNull();
    std::visit(Overloaded{
                   [&](QString T::*p) { row.*p = null ? QString() : value.toString(); },
                   [&](int T::*p) { row.*p = value.toInt(); },
                   [&](qint64 T::*p) { row.*p = value.toLongLong(); },
                   [&](bool T::*p) { row.*p = value.toInt() != 0; },
                   [&](double T::*p) { row.*p = value.toDouble(); },
                   [&](QDate T::*p) { row.*p = null ? QDate() : QDate::fromString(value.toString(), Qt::ISODate); },
                   [&](std::optional<int> T::*p) {
                       row.*p = null || value.toString().isEmpty() ? std::nullopt : std::optional<int>(value.toInt());
                   },
                   [&](QStringList T::*p) { row.*p = value.toString().split(u',', Qt::SkipEmptyParts); },
               },
        field.member);
}

template <typename T> const Field<T> *find(const QString &column)
{
    for (const Field<T> &f : fieldsOf<T>()) {
        if (column == QLatin1String(f.column))
            return &f;
    }
    return nullptr;
}

// By column name; value() is invalid and setValue() false for an unknown column.
template <typename T> QVariant value(const T &row, const QString &column)
{
    const Field<T> *f = find<T>(column);
    return f ? toSql(row, *f) : QVariant();
}

template <typename T> bool setValue(T &row, const QString &column, const QVariant &value)
{
    const Field<T> *f = find<T>(column);
    if (f)
        fromSql(row, *f, value);
    return f != nullptr;
}

} // namespace RecordFields
