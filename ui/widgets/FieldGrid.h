// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGridLayout>
#include <QString>

class CodeLists;
class QComboBox;
class QLabel;
class QWidget;

// Label-and-field pairs laid out in columns, filling row by row, so long booklet sections fit a
// 1366×768 screen. Every label is the buddy of its field, and the field gets an object name and
// an accessible name, so screen readers and GUI tests find it.
class FieldGrid : public QGridLayout
{
public:
    explicit FieldGrid(int pairsPerRow, QWidget *parent = nullptr);

    // Adds "label: field"; span is the number of pair columns the field takes.
    QLabel *add(const QString &label, QWidget *field, const QString &objectName, int span = 1);
    // Fills the rest of the current row (e.g. a field's problem message beside it).
    void addBeside(QWidget *widget);
    // A whole row of its own (e.g. a row of check boxes).
    void addFullRow(QLayout *layout);
    void addFullRow(QWidget *widget);
    // Starts a new row even if the current one is not full.
    void newRow();

private:
    int m_pairs;
    int m_row = 0;
    int m_column = 0;
};

// Fills a combo box with a code list (display name, code as item data); allowEmpty adds a blank
// first choice for optional fields.
void fillCodes(QComboBox *combo, const CodeLists &codes, const QString &list, bool allowEmpty);
