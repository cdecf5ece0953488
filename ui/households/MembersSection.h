// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>
#include <QHash>

class CodeLists;
class EditorBinder;
class MemberTableModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// 家庭成员: the members in a table (add, remove, reorder, change the head) and the selected
// member's details in a form below it. The ID number is checked as it is typed; sex and birth
// date are filled from a valid one.
class MembersSection : public QGroupBox
{
    Q_OBJECT

public:
    MembersSection(EditorBinder &binder, const CodeLists &codes, QWidget *parent = nullptr);

    // Adds a member (the head when the household has none) and puts the cursor in its name.
    void addMember();
    void removeMember();
    void moveMember(int delta);
    void makeHead();
    // ID numbers already registered in another household, by member uuid: said beside the field.
    void setDuplicateIds(const QHash<QString, QString> &problemByMember);

private:
    void selectCurrent();
    void updateIdProblem();
    void fillFromIdNumber(const QString &text);
    void updateButtons();

    EditorBinder &m_binder;
    const CodeLists &m_codes;
    MemberTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLabel *m_idProblem = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_head = nullptr;
    QHash<QString, QString> m_duplicates;
};
