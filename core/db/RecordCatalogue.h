// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Every kind of record's fields by table and column, read from the kinds' declarations, so that the
// audit trail of any record can be shown with labels, code names and yuan instead of columns and
// codes.
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
};
