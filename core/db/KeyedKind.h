// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

// A table whose rows are named by a key of their own rather than a uuid: a county setting (its
// name), a year's poverty line (its year), a rank's cap, an account (its login), a person's draft,
// two members decided distinct. Declared once beside the area that owns it; KeyedStore writes its
// rows and audits their changed values under the key, and the audit catalogue learns its labels, so
// that no area writes SQL for it by hand.
namespace RecordFields {

struct KeyedColumn
{
    enum Flag {
        Plain = 0,
        Money = 1, // integer fen, shown as yuan
        Unaudited = 2, // a stamp or counter written beside the value (changed_at, failed_logins): never logged
    };
    const char *column;
    const char *label = nullptr; // English source text in the "RecordFields" context
    int flags = Plain;
    const char *codeList = nullptr;

    bool audited() const { return !(flags & Unaudited); }
};

struct KeyedKind
{
    const char *table;
    const char *label; // in the "RecordFields" context
    QList<const char *> keyColumns; // what names a row (the table's primary key or a unique key)
    QList<KeyedColumn> columns; // what is written beside the key
    // Audit entries are filed under the key's values joined by '/'; unaudited kinds (drafts, a
    // decision that keeps its own who and when) log nothing.
    bool audited = true;
    // A settings table of one value per key (county_info): the value is logged under the key's
    // name as its field, so the history reads "rural_population: 1200 → 1300".
    bool valueNamedByKey = false;

    const KeyedColumn *column(const char *name) const
    {
        for (const KeyedColumn &c : columns) {
            if (qstrcmp(c.column, name) == 0)
                return &c;
        }
        return nullptr;
    }
};

} // namespace RecordFields
