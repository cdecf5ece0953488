// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "county/Divisions.h"
#include "register/Household.h"

#include <QDialog>
#include <QList>

class AssistanceSection;
class BenefitsSection;
class CodeLists;
class CountyDatabase;
class EditorBinder;
class HistorySection;
class MembersSection;
class ProjectsSection;
class QLabel;
class QListWidget;
class QScrollArea;
class QSpinBox;
class QTimer;
class QUndoStack;
class Status;
class StatusSection;
struct Draft;

// 户档案编辑: one household in the order of the paper booklet (扶贫手册). Every edit is a command on
// the editor's own undo stack until it is saved; unsaved work is kept as a draft in the county file
// as it is typed, so a crash or a power cut loses nothing.
class HouseholdEditor : public QDialog
{
    Q_OBJECT

public:
    // Opens a saved household, or a new one (householdId 0) placed in the given village.
    HouseholdEditor(CountyDatabase &db, const CodeLists &codes, qint64 householdId, qint64 villageId = 0,
        QWidget *parent = nullptr);
    // Reopens unsaved work from a draft.
    HouseholdEditor(CountyDatabase &db, const CodeLists &codes, const Draft &draft, QWidget *parent = nullptr);
    ~HouseholdEditor() override;

    qint64 householdId() const { return m_household.meta.id; }
    const Household &household() const { return m_household; }
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    // What stops the household from being saved, as shown in the problems panel.
    QStringList problems() const { return m_problems; }
    // Problems found by the data-quality rules: shown, but not in the way of saving.
    QStringList warnings() const { return m_warnings; }
    QString draftKey() const;

    // Saves when nothing stops it; says why not in the problems panel otherwise.
    bool save();
    bool isReadOnly() const { return m_readOnly; }
    // Re-checks at once (checks normally run shortly after the last edit).
    void validateNow();

signals:
    void saved(qint64 householdId);
    // The user followed a link to another household (e.g. the one that already has this ID).
    void openHouseholdRequested(qint64 householdId);
    // Enter on a project of the 项目 section: show it on the projects page.
    void openProjectRequested(qint64 projectId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    // Shows the section and puts the cursor in its first field.
    void goToSection(int row);
    void load(qint64 householdId);
    void placeInVillage(qint64 villageId);
    void reloadSaved();
    void refreshSavedSections();
    void updateTitle();
    void writeDraft();
    void removeDraft();
    // Asks about people who look registered already; pairs the user calls different go to `different`.
    bool confirmLikelyDuplicates(QList<std::pair<QString, QString>> &different);
    int defaultYear() const;
    void makeReadOnly(QWidget *content, const Status &why);

    CountyDatabase &m_db;
    const CodeLists &m_codes;
    QList<Division> m_divisions; // for the address choices; without counts
    Household m_household;
    QString m_draftKey;
    bool m_restored = false; // opened from a draft: modified although the undo stack is clean
    QStringList m_draftNotes; // values of the draft that were not kept (Draft::notes)

    QUndoStack *m_undoStack = nullptr;
    EditorBinder *m_binder = nullptr;
    QSpinBox *m_year = nullptr;
    QListWidget *m_sectionList = nullptr;
    QScrollArea *m_scroll = nullptr;
    QList<QWidget *> m_sections;
    AssistanceSection *m_assistance = nullptr;
    BenefitsSection *m_benefits = nullptr;
    StatusSection *m_status = nullptr;
    HistorySection *m_history = nullptr;
    MembersSection *m_members = nullptr;
    ProjectsSection *m_projects = nullptr;
    QListWidget *m_problemList = nullptr;
    QTimer *m_validateTimer = nullptr;
    QTimer *m_draftTimer = nullptr;
    QStringList m_problems;
    QStringList m_warnings;
    bool m_readOnly = false; // the account may not change this household
};
