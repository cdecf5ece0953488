// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projects/ProjectLibrary.h"
#include "workspace/WorkspacePage.h"

class ProjectDetailsPanel;
class ProjectTableModel;
class QComboBox;
class QLabel;
class QListWidget;
class NoticeButton;
class QPushButton;
class QSpinBox;
class QTableView;

// The county project library (项目库) as a page of the workspace: the list filtered by year,
// category, status, form of assistance and the division chosen in the tree (a village filters by
// village); the selected project's funds, beneficiaries and history; adding and changing projects
// (Ins, Enter or F2), choosing beneficiaries, and the next lifecycle step.
class ProjectsPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit ProjectsPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setCounty(CountyDatabase *db, const CodeLists *codes) override;
    void setDivision(qint64 divisionId) override;
    ListExportJob exportJob() const override;

    ProjectTableModel *model() const { return m_model; }

public slots:
    void refresh();
    void nextStep();
    void addProject();
    void editProject();
    void chooseBeneficiaries();
    // Shows the project in the list (clearing filters that hide it), for a household's editor.
    void showProject(qint64 projectId);

private:
    // The list's filters as they are set now.
    ProjectFilter currentFilter() const;
    void showDetails();
    void updateActions();

    CountyDatabase *m_db = nullptr;
    const CodeLists *m_codes = nullptr;
    qint64 m_division = 0;
    QSpinBox *m_year = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_form = nullptr;
    QTableView *m_view = nullptr;
    ProjectDetailsPanel *m_details = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_beneficiaries = nullptr;
    QPushButton *m_next = nullptr;
    NoticeButton *m_notice = nullptr;
    QLabel *m_count = nullptr;
    ProjectTableModel *m_model = nullptr;
};
