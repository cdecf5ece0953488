// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projects/ProjectStatus.h"

#include <QDialog>

class CountyDatabase;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

// Moves a project one step along its lifecycle through ProjectLifecycle; offers only the steps
// allowed from where it stands, and shows a refusal in the dialog.
class ProjectStepDialog : public QDialog
{
    Q_OBJECT

public:
    ProjectStepDialog(CountyDatabase &db, qint64 projectId, ProjectStatus current, QWidget *parent = nullptr);
    void accept() override;

private:
    void showFieldsFor();

    CountyDatabase &m_db;
    qint64 m_projectId;
    QComboBox *m_to = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_method = nullptr;
    QLineEdit *m_bidder = nullptr;
    QLineEdit *m_contract = nullptr;
    QSpinBox *m_progress = nullptr;
    QLineEdit *m_milestone = nullptr;
    QLineEdit *m_acceptedBy = nullptr;
    QLineEdit *m_audit = nullptr;
    QLabel *m_error = nullptr;
    QList<std::pair<QWidget *, ProjectStatus>> m_fields;
};
