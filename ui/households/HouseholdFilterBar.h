// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/HouseholdList.h"

#include <QWidget>

class CodeLists;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// The search box (Ctrl+F) and filters above the household table. Results follow every keystroke.
class HouseholdFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdFilterBar(QWidget *parent = nullptr);

    // Fills the filters' choices from the open county's code lists.
    void setCodes(const CodeLists &codes);
    // Applies the search text and filters to a filter that already holds the division.
    void applyTo(HouseholdFilter &filter) const;
    QLineEdit *searchEdit() const { return m_search; }
    void clear();
    // Shows exactly the households of a bar of the progress dashboard: its codes in the filters and
    // its selection, named by label beside the search box until cleared.
    void setSelection(const HouseholdFilter &filter, const QString &label);

signals:
    void changed();

private:
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_attribute = nullptr;
    QComboBox *m_cause = nullptr;
    QComboBox *m_monitoring = nullptr;
    QComboBox *m_cadre = nullptr;
    QCheckBox *m_deleted = nullptr;
    QWidget *m_selectionBox = nullptr;
    QLabel *m_selectionLabel = nullptr;
    ProgressSelection m_selection;
};
