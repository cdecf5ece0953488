// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupActions.h"

#include "accounts/AccessPolicy.h"
#include "backup/CountyBackup.h"
#include "backup/CountyRestore.h"
#include "db/CountyDatabase.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

#include <algorithm>

namespace {

// A progress dialog that follows a copy page by page and can cancel it; it shows only when the
// copy takes longer than a moment.
DatabaseCopy::Progress follow(QProgressDialog &dialog)
{
    return [&dialog](qint64 done, qint64 total) {
        dialog.setMaximum(int(std::min<qint64>(total, 1 << 30)));
        dialog.setValue(int(std::min<qint64>(done, 1 << 30)));
        return !dialog.wasCanceled();
    };
}

} // namespace

BackupActions::BackupActions(const Window &window, QMenu *menu) : QObject(window.widget), m_window(window)
{
    m_backup = menu->addAction(tr("&Back Up..."), this, &BackupActions::backUp);
    m_backup->setObjectName(QStringLiteral("backupAction"));
    m_restore = menu->addAction(tr("Res&tore from Backup..."), this, &BackupActions::restore);
    m_restore->setObjectName(QStringLiteral("restoreBackupAction"));
    updateActions();
}

void BackupActions::updateActions()
{
    const CountyDatabase *db = m_window.county();
    m_backup->setEnabled(db && AccessPolicy::allows(db->account(), AccessPolicy::Action::BackUpCounty));
    m_restore->setEnabled(db && AccessPolicy::allows(db->account(), AccessPolicy::Action::RestoreCounty));
}

void BackupActions::backUp()
{
    CountyDatabase *db = m_window.county();
    if (!db)
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        m_window.widget, tr("Back Up the County to a Folder"), QFileInfo(db->path()).absolutePath());
    if (folder.isEmpty())
        return;
    QProgressDialog progress(tr("Backing up the county..."), tr("Cancel"), 0, 0, m_window.widget);
    progress.setWindowTitle(tr("Back Up"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const Result<BackupWritten> written = CountyBackup(*db).writeTo(folder, follow(progress));
    progress.reset();
    if (!written) {
        QMessageBox::critical(m_window.widget, tr("Back Up"), written.error());
        return;
    }
    QMessageBox::information(m_window.widget, tr("Back Up"),
        tr("The county %1 was backed up to\n%2\n(%3).")
            .arg(written->countyName, QDir::toNativeSeparators(written->path),
                QLocale().formattedDataSize(written->bytes)));
}

void BackupActions::restore()
{
    CountyDatabase *db = m_window.county();
    if (!db)
        return;
    const QString county = db->path();
    const QString backup = QFileDialog::getOpenFileName(m_window.widget, tr("Restore the County from a Backup"),
        QFileInfo(county).absolutePath(), tr("County files (*.fupin);;All files (*)"));
    if (backup.isEmpty())
        return;
    // Checked before anything is asked or closed: a damaged or newer backup is refused as it is.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<CheckedBackup> checked = CountyRestore::checkBackup(backup);
    QApplication::restoreOverrideCursor();
    if (!checked) {
        QMessageBox::critical(
            m_window.widget, tr("Restore"), tr("This backup cannot be restored: %1").arg(checked.error()));
        return;
    }
    Result<RestorePermit> permit = CountyRestore::permit(*db, county, backup);
    if (!permit) {
        QMessageBox::critical(m_window.widget, tr("Restore"), permit.error());
        return;
    }
    QMessageBox confirm(QMessageBox::Warning, tr("Restore"),
        tr("Replace the county file %1 with the backup %2?\n\nThe backup holds %3 (%4) with %n household(s). "
           "Everything entered since the backup was made will be gone from the county file; the file as it is now "
           "is kept beside it, renamed with today's date and time.",
            nullptr, int(checked->households))
            .arg(QDir::toNativeSeparators(county), QDir::toNativeSeparators(backup), checked->countyName,
                checked->countyCode),
        QMessageBox::Cancel, m_window.widget);
    QPushButton *replace = confirm.addButton(tr("&Replace with the Backup"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != replace)
        return;
    // The county is closed first: nothing may have it open while it is replaced.
    if (!m_window.closeCounty())
        return;
    QProgressDialog progress(tr("Restoring the county..."), tr("Cancel"), 0, 0, m_window.widget);
    progress.setWindowTitle(tr("Restore"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const Result<RestoreDone> done = CountyRestore::restore(permit.value(), follow(progress));
    progress.reset();
    if (!done)
        QMessageBox::critical(m_window.widget, tr("Restore"), done.error());
    else
        QMessageBox::information(m_window.widget, tr("Restore"),
            tr("The county file %1 was restored from the backup. The file it replaced is kept as %2.")
                .arg(QDir::toNativeSeparators(done->county), QDir::toNativeSeparators(done->keptAs)));
    m_window.openCounty(county);
}

void BackupActions::backUpOnClose()
{
    CountyDatabase *db = m_window.county();
    if (!db || db->countyCode().isEmpty())
        return;
    CountyBackup backup(*db);
    QProgressDialog progress(tr("Backing up the county before closing..."), tr("Skip"), 0, 0, m_window.widget);
    progress.setWindowTitle(tr("Automatic Backup"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(1000);
    const Result<BackupWritten> written
        = backup.writeAutomatic(CountyBackup::automaticFolder(db->countyCode()), follow(progress));
    const bool skipped = progress.wasCanceled();
    progress.reset();
    if (!written && !skipped)
        QMessageBox::warning(m_window.widget, tr("Automatic Backup"),
            tr("The automatic backup could not be made: %1").arg(written.error()));
}
