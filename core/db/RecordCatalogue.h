// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/KeyedKind.h"
#include "db/RecordFields.h"

#include <QCoreApplication>
#include <QString>

// Every kind of record's fields by table and column, learnt from the kinds' declarations, so that
// the audit trail of any record can be shown with labels, code names and yuan instead of columns
// and codes. The areas register their kinds here (learn<Cadre>() next to the declaration); the
// catalogue includes none of them.
class RecordCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(RecordCatalogue)

public:
    enum class Type { Text, Number, Flag, Date, Id };

    struct FieldInfo
    {
        QString label; // translated; the column itself when the catalogue does not know it
        QString codeList; // empty when the value is not a code
        bool money = false;
        Type type = Type::Text;
    };

    static FieldInfo field(const QString &table, const QString &column);
    // The kind's name ("Household", "Cadre" ...), translated; the table when unknown.
    static QString kindLabel(const QString &table);
    // Whether the table is of a kind some area has declared.
    static bool knows(const QString &table);

    // Learns a kind from its declaration; areas call it once for each of their kinds (a static
    // `const bool` beside the declarations), so that a new kind is known wherever it is linked.
    template <typename... Ts> static bool learn()
    {
        (learnKind(RecordFields::recordKind<Ts>()), ...);
        return true;
    }
    static bool learn(const RecordFields::LinkKind &kind);
    static bool learn(const RecordFields::KeyedKind &kind);
    // A column written beside the declared fields, with its untranslated label.
    static bool learnColumn(
        const char *table, const char *column, const char *label, Type type, const char *codeList = nullptr);
    // A table that is no declared kind of its own but has a history (a visit's photos).
    static bool learnTable(const char *table, const char *label);

private:
    template <typename T> static void learnKind(const RecordFields::RecordKind<T> &kind)
    {
        learnTable(kind.table, kind.label);
        for (const RecordFields::Field<T> &f : kind.fields)
            addColumn(kind.table, f.column, f.label, f.codeList, f.isMoney(), typeOf(f));
    }
    template <typename T> static Type typeOf(const RecordFields::Field<T> &f)
    {
        return std::visit(RecordFields::Overloaded{
                              [](QString T::*) { return Type::Text; },
                              [](int T::*) { return Type::Number; },
                              [&](qint64 T::*) {
                                  return QLatin1String(f.column).endsWith(QLatin1String("_id")) ? Type::Id
                                                                                                : Type::Number;
                              },
                              [](bool T::*) { return Type::Flag; },
                              [](double T::*) { return Type::Number; },
                              [](QDate T::*) { return Type::Date; },
                              [](std::optional<int> T::*) { return Type::Number; },
                              [](QStringList T::*) { return Type::Text; },
                          },
            f.member);
    }
    static void addColumn(
        const char *table, const char *column, const char *label, const char *codeList, bool money, Type type);
};
