// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/ImportWizard.h"

#include "accounts/SignIn.h"
#include "db/CountyDatabase.h"
#include "widgets/TableKeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

ImportWizard::ImportWizard(CountyDatabase &db, QWidget *parent) : QWizard(parent), m_db(db)
{
    setWindowTitle(tr("Import Households from a Spreadsheet"));
    setObjectName(QStringLiteral("importWizard"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(PreviewPage, createPreviewPage());
    setPage(ImportPage, createImportPage());
    resize(900, 600);
}

ImportWizard::~ImportWizard()
{
    stopAndWait();
}

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("The roster"));
    page->setSubTitle(tr("An Excel workbook (.xlsx, .xls) or a CSV file, one row per person."));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("importPath"));
    auto *browseButton = new QPushButton(tr("&Browse..."));
    connect(browseButton, &QPushButton::clicked, this, &ImportWizard::browse);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path);
    row->addWidget(browseButton);
    m_addDivisions = new QCheckBox(tr("&Add the townships, villages and groups the county lacks"));
    m_addDivisions->setObjectName(QStringLiteral("importAddDivisions"));
    m_updateExisting = new QCheckBox(tr("&Update people already registered (else leave them as they are)"));
    m_updateExisting->setObjectName(QStringLiteral("importUpdateExisting"));
    auto *layout = new QVBoxLayout(page);
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    layout->addWidget(fileLabel);
    layout->addLayout(row);
    layout->addSpacing(12);
    layout->addWidget(m_addDivisions);
    layout->addWidget(m_updateExisting);
    layout->addStretch();
    return page;
}

QWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Sheet, header and columns"));
    page->setSubTitle(tr("Check which column holds which field; correct it where the guess is wrong."));
    m_sheet = new QComboBox;
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_headerRow = new QSpinBox;
    m_headerRow->setRange(1, HouseholdImport::FirstRows);
    m_headerRow->setObjectName(QStringLiteral("importHeaderRow"));
    auto *reread = new QPushButton(tr("&Read Again"));
    connect(reread, &QPushButton::clicked, this, [this] { loadLayout(true); });
    auto *top = new QHBoxLayout;
    auto *sheetLabel = new QLabel(tr("&Sheet:"));
    sheetLabel->setBuddy(m_sheet);
    top->addWidget(sheetLabel);
    top->addWidget(m_sheet, 1);
    auto *headerLabel = new QLabel(tr("&Header row:"));
    headerLabel->setBuddy(m_headerRow);
    top->addWidget(headerLabel);
    top->addWidget(m_headerRow);
    top->addWidget(reread);
    m_sample = new QTableWidget;
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setMaximumHeight(160);
    TableKeys::apply(m_sample);
    m_mapping = new QTableWidget(0, 2);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Column")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    TableKeys::apply(m_mapping);
    auto *loadButton = new QPushButton(tr("&Load Mapping..."));
    auto *saveButton = new QPushButton(tr("Sa&ve Mapping..."));
    connect(loadButton, &QPushButton::clicked, this, &ImportWizard::loadMapping);
    connect(saveButton, &QPushButton::clicked, this, &ImportWizard::saveMapping);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(loadButton);
    buttons->addWidget(saveButton);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_sample);
    layout->addWidget(m_mapping, 1);
    layout->addLayout(buttons);
    return page;
}

QWizardPage *ImportWizard::createPreviewPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("Every row is checked with the editor's rules; nothing is written yet."));
    m_previewSummary = new QLabel;
    m_previewSummary->setWordWrap(true);
    m_previewSummary->setObjectName(QStringLiteral("importPreviewSummary"));
    m_previewProgress = new QProgressBar;
    m_cancelPreview = new QPushButton(tr("&Cancel Check"));
    connect(m_cancelPreview, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    m_problems = new QTableWidget(0, 3);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    TableKeys::apply(m_problems);
    m_saveProblems = new QPushButton(tr("Save &Problems..."));
    connect(m_saveProblems, &QPushButton::clicked, this, &ImportWizard::saveProblems);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_previewProgress, 1);
    progressRow->addWidget(m_cancelPreview);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_previewSummary);
    layout->addLayout(progressRow);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_saveProblems, 0, Qt::AlignRight);
    return page;
}

QWizardPage *ImportWizard::createImportPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Import"));
    page->setSubTitle(tr("All rows are written in one transaction, or none."));
    m_importSummary = new QLabel;
    m_importSummary->setWordWrap(true);
    m_importSummary->setObjectName(QStringLiteral("importSummary"));
    m_importProgress = new QProgressBar;
    m_cancelImport = new QPushButton(tr("&Cancel Import"));
    m_cancelImport->setObjectName(QStringLiteral("importCancel"));
    connect(m_cancelImport, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_importProgress, 1);
    row->addWidget(m_cancelImport);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_importSummary);
    layout->addStretch();
    page->setFinalPage(true);
    return page;
}

void ImportWizard::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Roster"), m_path->text(), tr("Spreadsheets (*.xlsx *.xls *.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

HouseholdImport::Options ImportWizard::options(bool dryRun) const
{
    HouseholdImport::Options o;
    o.sheet = m_sheet->currentText();
    o.headerRow = m_headerRow->value();
    o.mapping = chosenMapping();
    o.addDivisions = m_addDivisions->isChecked();
    o.updateExisting = m_updateExisting->isChecked();
    o.dryRun = dryRun;
    return o;
}

void ImportWizard::loadLayout(bool headerChosen)
{
    HouseholdImport::Options o;
    o.sheet = m_sheet->currentText();
    if (headerChosen)
        o.headerRow = m_headerRow->value();
    const Result<HouseholdImport::Layout> layout = HouseholdImport::inspect(m_path->text(), o);
    if (!layout) {
        QMessageBox::warning(this, windowTitle(), layout.error());
        return;
    }
    m_layout = layout.value();
    const QSignalBlocker blocker(m_sheet);
    m_sheet->clear();
    m_sheet->addItems(m_layout.sheets);
    m_sheet->setCurrentText(m_layout.sheet);
    m_headerRow->setValue(m_layout.headerRow);
    int columns = 0;
    for (const SheetRow &r : std::as_const(m_layout.firstRows))
        columns = std::max(columns, int(r.cells.size()));
    m_sample->clear();
    m_sample->setRowCount(int(m_layout.firstRows.size()));
    m_sample->setColumnCount(columns);
    QStringList letters;
    for (int c = 0; c < columns; ++c)
        letters << ImportMapping::columnLetters(c);
    m_sample->setHorizontalHeaderLabels(letters);
    QStringList numbers;
    for (int r = 0; r < m_layout.firstRows.size(); ++r) {
        const SheetRow &row = m_layout.firstRows.at(r);
        numbers << QString::number(row.number);
        for (int c = 0; c < row.cells.size(); ++c)
            m_sample->setItem(r, c, new QTableWidgetItem(row.cells.at(c).text));
    }
    m_sample->setVerticalHeaderLabels(numbers);
    fillMapping();
}

void ImportWizard::fillMapping()
{
    const QList<ImportField> &fields = ImportField::all();
    m_mapping->setRowCount(int(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        auto *name = new QTableWidgetItem(fields.at(i).name());
        name->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(i, 0, name);
        auto *combo = new QComboBox;
        combo->addItem(tr("(not imported)"), -1);
        const QStringList &headers = m_layout.mapping.headers();
        for (int c = 0; c < headers.size(); ++c)
            combo->addItem(m_layout.mapping.columnName(c), c);
        combo->setCurrentIndex(std::max(0, combo->findData(m_layout.mapping.column(fields.at(i).id))));
        m_mapping->setCellWidget(i, 1, combo);
    }
    m_mapping->resizeColumnToContents(0);
}

ImportMapping ImportWizard::chosenMapping() const
{
    ImportMapping mapping = m_layout.mapping;
    for (int i = 0; i < m_mapping->rowCount(); ++i) {
        if (auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(i, 1)))
            mapping.setColumn(ImportField::all().at(i).id, combo->currentData().toInt());
    }
    return mapping;
}

void ImportWizard::loadMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Mapping"), {}, tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    ImportMapping mapping = chosenMapping();
    if (Status s = mapping.load(path); !s) {
        QMessageBox::warning(this, windowTitle(), s.error());
        return;
    }
    m_layout.mapping = mapping;
    fillMapping();
}

void ImportWizard::saveMapping()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Mapping"), {}, tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (Status s = chosenMapping().save(path); !s)
        QMessageBox::warning(this, windowTitle(), s.error());
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage) {
        m_sheet->clear();
        loadLayout(false);
    } else if (id == PreviewPage) {
        start(true);
    } else if (id == ImportPage) {
        start(false);
    }
}

bool ImportWizard::validateCurrentPage()
{
    if (running())
        return false;
    if (currentId() == FilePage) {
        if (const auto layout = HouseholdImport::inspect(m_path->text(), {}); !layout) {
            QMessageBox::warning(this, windowTitle(), layout.error());
            return false;
        }
    }
    if (currentId() == MappingPage) {
        if (const QStringList missing = chosenMapping().missingRequired(); !missing.isEmpty()) {
            QMessageBox::warning(
                this, windowTitle(), tr("Choose the columns of: %1").arg(missing.join(QStringLiteral("、"))));
            return false;
        }
    }
    if (currentId() == PreviewPage && !m_previewClean)
        return false;
    return true;
}

void ImportWizard::start(bool dryRun)
{
    QProgressBar *bar = dryRun ? m_previewProgress : m_importProgress;
    QPushButton *cancel = dryRun ? m_cancelPreview : m_cancelImport;
    QLabel *summary = dryRun ? m_previewSummary : m_importSummary;
    m_previewClean = false;
    if (dryRun) {
        m_problems->setRowCount(0);
        m_saveProblems->setEnabled(false);
    }
    bar->setRange(0, 1000);
    bar->setValue(0);
    cancel->setEnabled(true);
    summary->setText(dryRun ? tr("Checking every row…") : tr("Importing…"));
    button(QWizard::NextButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    button(QWizard::FinishButton)->setEnabled(false);

    // The worker writes through a connection of its own (a connection belongs to the thread that
    // opened it), acting as the account signed in here.
    const QString path = m_path->text();
    const QString county = m_db.path();
    const HouseholdImport::Options o = options(dryRun);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto flag = m_cancel;
    CountyDatabase *signedIn = &m_db;
    m_thread = QThread::create([this, path, county, o, flag, signedIn, dryRun] {
        Result<ImportReport> result = Result<ImportReport>::failure(QString());
        auto db = CountyDatabase::open(county, CountyDatabase::OpenMode::ExistingOnly);
        if (!db) {
            result = Result<ImportReport>::failure(db.error());
        } else if (Status s = SignIn::continueOn(*db.value(), *signedIn); !s) {
            result = Result<ImportReport>::failure(s.error());
        } else {
            HouseholdImport importer(*db.value());
            result = importer.run(path, o, [this, flag, dryRun](double fraction, int) {
                QMetaObject::invokeMethod(
                    this,
                    [this, fraction, flag, dryRun] {
                        if (flag == m_cancel)
                            (dryRun ? m_previewProgress : m_importProgress)->setValue(int(fraction * 1000));
                    },
                    Qt::QueuedConnection);
                return !flag->load();
            });
        }
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result), dryRun, flag] {
                if (flag != m_cancel)
                    return;
                if (m_thread) {
                    m_thread->wait();
                    delete m_thread;
                    m_thread = nullptr;
                }
                finished(result, dryRun);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void ImportWizard::finished(const Result<ImportReport> &report, bool dryRun)
{
    (dryRun ? m_cancelPreview : m_cancelImport)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(true);
    QLabel *summary = dryRun ? m_previewSummary : m_importSummary;
    if (!report) {
        summary->setText(report.error());
        return;
    }
    m_report = report.value();
    showReport(m_report, dryRun);
    if (dryRun) {
        m_previewClean = m_report.problems.isEmpty() && !m_report.cancelled;
        button(QWizard::NextButton)->setEnabled(m_previewClean);
    } else {
        m_imported = m_report.written;
        button(QWizard::FinishButton)->setEnabled(true);
        if (m_report.written)
            button(QWizard::BackButton)->setEnabled(false);
    }
}

void ImportWizard::showReport(const ImportReport &r, bool dryRun)
{
    const QString counts = tr("%1 rows, %2 households: %3 to add, %4 to update, %5 already registered and left as "
                              "they are; %6 people to add, %7 to update.")
                               .arg(r.rows)
                               .arg(r.households)
                               .arg(r.householdsAdded)
                               .arg(r.householdsUpdated)
                               .arg(r.householdsSkipped)
                               .arg(r.peopleAdded)
                               .arg(r.peopleUpdated);
    QString text;
    if (r.cancelled)
        text = dryRun ? tr("The check was cancelled.") : tr("The import was cancelled: nothing was written.");
    else if (!r.problems.isEmpty())
        text = tr("%n problem(s) found: correct the rows in the spreadsheet and check again. Nothing will be written "
                  "while any row has a problem.",
            nullptr, int(r.problems.size()));
    else if (dryRun)
        text = tr("No problems. %1").arg(counts);
    else
        text = tr("Imported. %1").arg(counts);
    if (!r.missingDivisions.isEmpty() && r.divisionsAdded.isEmpty())
        text += u'\n' + tr("Not in the county: %1").arg(r.missingDivisions.join(QStringLiteral("、")));
    if (!r.divisionsAdded.isEmpty())
        text += u'\n' + tr("Divisions to add: %1").arg(r.divisionsAdded.join(QStringLiteral("、")));
    (dryRun ? m_previewSummary : m_importSummary)->setText(text);
    if (!dryRun)
        return;
    m_problems->setRowCount(int(r.problems.size()));
    for (int i = 0; i < r.problems.size(); ++i) {
        const ImportProblem &p = r.problems.at(i);
        m_problems->setItem(i, 0, new QTableWidgetItem(p.row ? QString::number(p.row) : QString()));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.message));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_saveProblems->setEnabled(!r.problems.isEmpty());
}

void ImportWizard::saveProblems()
{
    // Beside their rows, as the roster has them, for the village to correct them (.xlsx or .csv).
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Problems"), {}, tr("Excel workbook (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = HouseholdImport::saveProblems(m_report, path); !s)
        QMessageBox::warning(this, windowTitle(), s.error());
}

void ImportWizard::stopAndWait()
{
    if (!m_thread)
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset(); // the worker's last message is then ignored
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ImportWizard::reject()
{
    stopAndWait();
    QWizard::reject();
}
