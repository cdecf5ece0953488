// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "spreadsheets/ImportField.h"
#include "spreadsheets/SheetRow.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Which column of a roster holds which field: first guessed from the header row's names, then
// corrected by the user, and saved to a small JSON file to be used again on the next roster of the
// same shape. A saved mapping names columns by their header (so a roster with its columns in
// another order still maps) or by letter ("C").
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    ImportMapping();
    // The mapping the header row's names give.
    static ImportMapping fromHeader(const SheetRow &header);

    int column(ImportField::Id field) const { return m_columns.at(field); }
    void setColumn(ImportField::Id field, int column);
    bool has(ImportField::Id field) const { return m_columns.at(field) >= 0; }
    // Number of fields mapped.
    int size() const;
    // The header text of a column (empty when it has none).
    QString header(int column) const
    {
        return column >= 0 && column < m_headers.size() ? m_headers.at(column) : QString();
    }
    const QStringList &headers() const { return m_headers; }
    // "C（身份证号）": how messages name a column.
    QString columnName(int column) const;
    static QString columnLetters(int column);

    // The fields a household roster cannot do without: the names missing, empty when none.
    QStringList missingRequired() const;

    // Applies a saved mapping over this one; refused (with the file's name) when it cannot be read
    // or names a column this sheet does not have.
    Status load(const QString &fileName);
    Status save(const QString &fileName) const;

private:
    QList<int> m_columns;
    QStringList m_headers;
};
