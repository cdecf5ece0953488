// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forces/AssistanceUnit.h"
#include "widgets/RefusalLabel.h"

#include <QDialog>

class CodeLists;
class CountyDatabase;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// Adds or changes an assistance unit (帮扶单位); saved through AssistanceForces::saveUnit.
class UnitDialog : public QDialog
{
    Q_OBJECT

public:
    UnitDialog(CountyDatabase &db, const CodeLists &codes, const AssistanceUnit &unit, QWidget *parent = nullptr);
    void accept() override;

private:
    CountyDatabase &m_db;
    AssistanceUnit m_unit;
    QLineEdit *m_name = nullptr;
    QComboBox *m_form = nullptr;
    QComboBox *m_level = nullptr;
    QLineEdit *m_region = nullptr;
    QComboBox *m_ownership = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_phone = nullptr;
    QCheckBox *m_active = nullptr;
    RefusalLabel *m_error = nullptr;
};
