// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheets/HouseholdImport.h"

#include <QWizard>

#include <atomic>
#include <memory>

class CountyDatabase;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;

// File → Import Households: a roster from .xlsx, .xls or .csv in four steps: the file; the sheet,
// its header row and which column holds which field; a preview that checks every row and lists
// its problems; the import, off the UI thread with a progress bar and Cancel. Every rule is
// HouseholdImport's; the wizard only gathers the choices and shows the report.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, PreviewPage, ImportPage };

    ImportWizard(CountyDatabase &db, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Whether the last run wrote to the county (the caller refreshes its lists).
    bool imported() const { return m_imported; }

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createMappingPage();
    QWizardPage *createPreviewPage();
    QWizardPage *createImportPage();
    void browse();
    // Reads the sheet's first rows; the header row is the one the user chose, or else found.
    void loadLayout(bool headerChosen);
    void fillMapping();
    ImportMapping chosenMapping() const;
    HouseholdImport::Options options(bool dryRun) const;
    void start(bool dryRun);
    void finished(const Result<ImportReport> &report, bool dryRun);
    void showReport(const ImportReport &report, bool dryRun);
    void saveProblems();
    void loadMapping();
    void saveMapping();
    bool running() const { return m_thread != nullptr; }
    void stopAndWait();

    CountyDatabase &m_db;
    QLineEdit *m_path = nullptr;
    QCheckBox *m_addDivisions = nullptr;
    QCheckBox *m_updateExisting = nullptr;
    QComboBox *m_sheet = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QTableWidget *m_sample = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_previewSummary = nullptr;
    QTableWidget *m_problems = nullptr;
    QPushButton *m_saveProblems = nullptr;
    QProgressBar *m_previewProgress = nullptr;
    QPushButton *m_cancelPreview = nullptr;
    QLabel *m_importSummary = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QPushButton *m_cancelImport = nullptr;

    HouseholdImport::Layout m_layout;
    ImportReport m_report;
    bool m_previewClean = false;
    bool m_imported = false;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
