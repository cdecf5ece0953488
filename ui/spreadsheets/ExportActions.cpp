// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/ExportActions.h"

#include "db/CountyDatabase.h"
#include "spreadsheets/ListExport.h"
#include "spreadsheets/SheetWriter.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

#include <algorithm>

ExportActions::ExportActions(const Window &window, QMenu *menu) : QObject(window.widget), m_window(window)
{
    m_export = menu->addAction(tr("&Export List..."), this, &ExportActions::exportList);
    m_export->setObjectName(QStringLiteral("exportListAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
}

Result<ExportDone> ExportActions::write(
    QWidget *parent, CountyDatabase &db, const ListExportJob::Choice &choice, const QString &path)
{
    QProgressDialog progress(tr("Exporting %1...").arg(choice.label), tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    ListExport exporter(db);
    QElapsedTimer shown;
    shown.start();
    exporter.setProgress([&](qint64 done, qint64 total) {
        // The bar moves a few times a second; each move lets the window (and Cancel) react.
        if (shown.elapsed() >= 100) {
            shown.restart();
            progress.setMaximum(int(std::min<qint64>(total, 1 << 30)));
            progress.setValue(int(std::min<qint64>(total ? std::min(done, total - 1) : done, 1 << 30)));
        }
        return !progress.wasCanceled();
    });
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<ExportDone> done = choice.write(exporter, path);
    QApplication::restoreOverrideCursor();
    progress.reset();
    return done;
}

void ExportActions::exportList()
{
    CountyDatabase *db = m_window.county();
    if (!db)
        return;
    const ListExportJob job = m_window.job();
    if (job.isEmpty()) {
        QMessageBox::information(m_window.widget, tr("Export"), tr("This page has no list to export."));
        return;
    }
    ListExportJob::Choice choice = job.choices.constFirst();
    if (job.choices.size() > 1) {
        QStringList labels;
        for (const ListExportJob::Choice &c : job.choices)
            labels << c.label;
        bool chosen = false;
        const QString label
            = QInputDialog::getItem(m_window.widget, tr("Export"), tr("&List to export:"), labels, 0, false, &chosen);
        if (!chosen)
            return;
        choice = job.choices.at(int(labels.indexOf(label)));
    }
    const QString excel = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    QString filter = excel;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        choice.label + u' ' + QDate::currentDate().toString(QStringLiteral("yyyyMMdd")) + QStringLiteral(".xlsx"));
    QString path = QFileDialog::getSaveFileName(
        m_window.widget, tr("Export %1").arg(choice.label), suggested, excel + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    // The file type chosen is the format, when the name does not say one.
    if (!SheetWriter::formatOf(path))
        path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    const Result<ExportDone> done = write(m_window.widget, *db, choice, path);
    if (!done) {
        if (done.error() != ListExport::cancelledMessage())
            QMessageBox::warning(m_window.widget, tr("Export"), done.error());
        return;
    }
    QMessageBox::information(m_window.widget, tr("Export"),
        tr("%n row(s) of %1 were written to\n%2", nullptr, int(done->rows))
            .arg(choice.label, QDir::toNativeSeparators(done->path)));
}
