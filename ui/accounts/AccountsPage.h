// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/WorkspacePage.h"

class AccountTableModel;
class QPushButton;
class QSpinBox;
class QTableView;

// 账号管理 (administrators only): add accounts, change role and divisions, set a new password,
// deactivate (never delete: the audit trail names them), and the idle lock of the county.
class AccountsPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit AccountsPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setCounty(CountyDatabase *db, const CodeLists *codes) override;
    void setDivision(qint64) override { }

    QTableView *table() const { return m_table; }
    AccountTableModel *model() const { return m_model; }
    void reload();
    void addAccount();
    void editSelected();
    void resetPassword();
    void toggleActive();

private:
    const struct Account *selected() const;
    void updateButtons();
    void showError(const QString &message);

    CountyDatabase *m_db = nullptr;
    AccountTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_active = nullptr;
    QSpinBox *m_idleLock = nullptr;
};
