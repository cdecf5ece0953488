// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/RecordCatalogue.h"

#include <QHash>

namespace {

// Labels are kept untranslated and translated when asked for, so the catalogue follows the
// language in use.
struct Column
{
    const char *label = nullptr;
    RecordCatalogue::FieldInfo info;
};

struct Table
{
    const char *label = nullptr;
    QHash<QString, Column> columns;
};

// Filled before main by the areas' registrations, read afterwards.
QHash<QString, Table> &tables()
{
    static QHash<QString, Table> known;
    return known;
}

} // namespace

void RecordCatalogue::addColumn(
    const char *table, const char *column, const char *label, const char *codeList, bool money, Type type)
{
    tables()[QLatin1String(table)].columns.insert(
        QLatin1String(column), {label, {QString(), codeList ? QLatin1String(codeList) : QString(), money, type}});
}

bool RecordCatalogue::learnTable(const char *table, const char *label)
{
    tables()[QLatin1String(table)].label = label;
    return true;
}

bool RecordCatalogue::learnColumn(
    const char *table, const char *column, const char *label, Type type, const char *codeList)
{
    addColumn(table, column, label, codeList, false, type);
    return true;
}

bool RecordCatalogue::learn(const RecordFields::LinkKind &kind)
{
    learnTable(kind.table, kind.label);
    if (kind.auditTable && kind.auditField)
        addColumn(kind.auditTable, kind.auditField, kind.fieldLabel, kind.codeList, false, Type::Text);
    else
        addColumn(kind.table, kind.ownerColumn, kind.fieldLabel, kind.codeList, false, Type::Id);
    return true;
}

bool RecordCatalogue::learn(const RecordFields::KeyedKind &kind)
{
    learnTable(kind.table, kind.label);
    for (const RecordFields::KeyedColumn &c : kind.columns) {
        if (c.label)
            addColumn(
                kind.table, c.column, c.label, c.codeList, c.flags & RecordFields::KeyedColumn::Money, Type::Text);
    }
    return true;
}

RecordCatalogue::FieldInfo RecordCatalogue::field(const QString &table, const QString &column)
{
    // Columns the machinery writes beside the declared fields of every kind.
    if (column == QLatin1String("position"))
        return {tr("Position"), {}, false, Type::Number};
    if (column == QLatin1String("deleted_at"))
        return {tr("Deleted"), {}, false, Type::Text};
    if (column == QLatin1String("deleted_reason"))
        return {tr("Reason for deletion"), {}, false, Type::Text};

    const auto t = tables().constFind(table);
    if (t == tables().cend() || !t->columns.contains(column))
        return {column, {}, false, Type::Text};
    const Column found = t->columns.value(column);
    FieldInfo info = found.info;
    info.label = RecordFields::tr(found.label);
    return info;
}

QString RecordCatalogue::kindLabel(const QString &table)
{
    const auto t = tables().constFind(table);
    return t == tables().cend() || !t->label ? table : RecordFields::tr(t->label);
}

bool RecordCatalogue::knows(const QString &table)
{
    return tables().contains(table);
}
