// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forces/Cadre.h"
#include "widgets/RefusalLabel.h"

#include <QDialog>

class CodeLists;
class CountyDatabase;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// Adds or changes a cadre (帮扶干部); saved through AssistanceForces::saveCadre, which checks the ID
// number and phone like a member's.
class CadreDialog : public QDialog
{
    Q_OBJECT

public:
    CadreDialog(CountyDatabase &db, const CodeLists &codes, const Cadre &cadre, QWidget *parent = nullptr);
    void accept() override;

private:
    CountyDatabase &m_db;
    Cadre m_cadre;
    QLineEdit *m_name = nullptr;
    QComboBox *m_sex = nullptr;
    QLineEdit *m_id = nullptr;
    QComboBox *m_political = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_post = nullptr;
    QComboBox *m_rank = nullptr;
    QLineEdit *m_phone = nullptr;
    QCheckBox *m_firstSecretary = nullptr;
    QCheckBox *m_active = nullptr;
    RefusalLabel *m_error = nullptr;
};
