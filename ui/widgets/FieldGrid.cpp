// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldGrid.h"

#include "county/CodeLists.h"
#include "widgets/Mnemonics.h"

#include <QComboBox>
#include <QLabel>

FieldGrid::FieldGrid(int pairsPerRow, QWidget *parent) : QGridLayout(parent), m_pairs(pairsPerRow)
{
    for (int i = 0; i < m_pairs; ++i)
        setColumnStretch(2 * i + 1, 1);
    setHorizontalSpacing(8);
    setVerticalSpacing(4);
}

QLabel *FieldGrid::add(const QString &label, QWidget *field, const QString &objectName, int span)
{
    span = qBound(1, span, m_pairs);
    if (m_column + span > m_pairs)
        newRow();
    auto *l = new QLabel(label);
    l->setBuddy(field);
    l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    field->setObjectName(objectName);
    field->setAccessibleName(Mnemonics::plain(label));
    addWidget(l, m_row, 2 * m_column);
    addWidget(field, m_row, 2 * m_column + 1, 1, 2 * span - 1);
    m_column += span;
    if (m_column >= m_pairs)
        newRow();
    return l;
}

void FieldGrid::addBeside(QWidget *widget)
{
    if (m_column == 0)
        return addFullRow(widget);
    addWidget(widget, m_row, 2 * m_column, 1, 2 * (m_pairs - m_column));
    newRow();
}

void FieldGrid::addFullRow(QLayout *layout)
{
    newRow();
    addLayout(layout, m_row++, 0, 1, 2 * m_pairs);
}

void FieldGrid::addFullRow(QWidget *widget)
{
    newRow();
    addWidget(widget, m_row++, 0, 1, 2 * m_pairs);
}

void FieldGrid::newRow()
{
    if (m_column == 0)
        return;
    ++m_row;
    m_column = 0;
}

void fillCodes(QComboBox *combo, const CodeLists &codes, const QString &list, bool allowEmpty)
{
    combo->clear();
    if (allowEmpty)
        combo->addItem(QString(), QString());
    for (const CodeLists::Item &item : codes.items(list))
        combo->addItem(CodeLists::chineseNames() ? item.nameZh : item.nameEn, item.code);
}
