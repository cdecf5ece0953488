// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class CountyDatabase;
class QAction;
class QMenu;
class QWidget;

// File → 备份… and 恢复…, and the automatic backup when the window closes: the GUI face of
// core/backup. The window lends its county, and closes and reopens it for a restore.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    struct Window
    {
        QWidget *widget = nullptr;
        std::function<CountyDatabase *()> county; // the open county, or null
        std::function<bool()> closeCounty; // false when the user keeps an editor open
        std::function<bool(const QString &)> openCounty;
    };

    BackupActions(const Window &window, QMenu *menu);

    QAction *backupAction() const { return m_backup; }
    QAction *restoreAction() const { return m_restore; }
    // Enables what the signed-in account may do (AccessPolicy); core refuses the rest anyway.
    void updateActions();
    // The county's automatic backup, made as the window closes (a progress dialog when it is long).
    void backUpOnClose();

    void backUp();
    void restore();

private:
    Window m_window;
    QAction *m_backup = nullptr;
    QAction *m_restore = nullptr;
};
