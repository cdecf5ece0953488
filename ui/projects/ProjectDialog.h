// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projects/Project.h"

#include <QDialog>

class CodeLists;
class CountyDatabase;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Adds or changes a project of the library (项目库): every field of its sheet, saved through one
// call, ProjectLibrary::save, which holds every rule; a refusal is shown in the dialog and nothing
// is written. Its status is not edited here: the lifecycle moves it (ProjectStepDialog).
class ProjectDialog : public QDialog
{
    Q_OBJECT

public:
    // projectId 0 starts a new project, built in `divisionId` (0: choose).
    ProjectDialog(
        CountyDatabase &db, const CodeLists &codes, qint64 projectId, qint64 divisionId = 0, QWidget *parent = nullptr);

    void accept() override;
    qint64 projectId() const { return m_project.meta.id; }

private:
    CountyDatabase &m_db;
    const CodeLists &m_codes;
    Project m_project;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_nature = nullptr;
    QComboBox *m_place = nullptr;
    QLineEdit *m_responsible = nullptr;
    QComboBox *m_unit = nullptr;
    QLabel *m_form = nullptr;
    QSpinBox *m_year = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QLineEdit *m_budget = nullptr;
    QPlainTextEdit *m_target = nullptr;
    QPlainTextEdit *m_mechanism = nullptr;
    QLabel *m_error = nullptr;
};
