// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/PrintCardsDialog.h"

#include "HouseholdCardRun.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "files/OutputPath.h"
#include "register/HouseholdLookup.h"
#include "widgets/RefusalLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPaintEngine>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

PrintCardsDialog::PrintCardsDialog(
    CountyDatabase &db, const QList<qint64> &selected, qint64 divisionId, QWidget *parent)
    : QDialog(parent), m_db(db), m_selected(selected)
{
    setObjectName(QStringLiteral("printCardsDialog"));
    setWindowTitle(tr("Print Household Cards"));

    for (const Division &d : Divisions::load(db, Divisions::Counts::Without).value_or({})) {
        if (d.id == divisionId || (m_divisionCode.isEmpty() && d.level == Division::County)) {
            m_divisionCode = d.code;
            m_divisionName = d.name;
        }
    }
    m_ofSelection = new QRadioButton(tr("The %n household(s) selected in the list", nullptr, int(selected.size())));
    m_ofSelection->setObjectName(QStringLiteral("cardsOfSelection"));
    m_ofSelection->setEnabled(!selected.isEmpty());
    m_ofDivision = new QRadioButton(tr("Every household of %1").arg(m_divisionName));
    m_ofDivision->setObjectName(QStringLiteral("cardsOfDivision"));
    auto *which = new QButtonGroup(this);
    which->addButton(m_ofSelection);
    which->addButton(m_ofDivision);
    (selected.isEmpty() ? m_ofDivision : m_ofSelection)->setChecked(true);

    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("cardsYear"));
    m_year->setRange(1999, 2100);
    m_year->setValue(HouseholdLookup(db).latestIncomeYear().value_or(QDate::currentDate().year()));
    m_layout = new QComboBox;
    m_layout->setObjectName(QStringLiteral("cardsLayout"));
    m_layout->addItem(tr("A4, one card page a sheet"), int(HouseholdCardPainter::Layout::A4));
    m_layout->addItem(tr("A5, two card pages on an A4 sheet"), int(HouseholdCardPainter::Layout::A5));

    m_template = new QComboBox;
    m_template->setObjectName(QStringLiteral("cardsTemplate"));
    for (CardTemplate kind : CardTemplates::all())
        m_template->addItem(CardTemplates::name(kind), int(kind));

    auto *households = new QVBoxLayout;
    households->addWidget(m_ofSelection);
    households->addWidget(m_ofDivision);
    auto *form = new QFormLayout;
    form->addRow(tr("Households:"), households);
    form->addRow(tr("Car&d:"), m_template);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Layout:"), m_layout);

    m_refusal = new RefusalLabel(QStringLiteral("cardsRefusal"), this);
    m_saved = new QLabel;
    m_saved->setObjectName(QStringLiteral("cardsSaved"));
    m_saved->setWordWrap(true);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saved->hide();
    m_open = new QPushButton(tr("&Open"));
    m_open->setObjectName(QStringLiteral("cardsOpenPdf"));
    m_openFolder = new QPushButton(tr("Open the &folder"));
    m_openFolder->setObjectName(QStringLiteral("cardsOpenFolder"));
    m_open->hide();
    m_openFolder->hide();
    connect(
        m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_savedPath)); });
    connect(m_openFolder, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_savedPath).absolutePath())); });
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_open);
    savedRow->addWidget(m_openFolder);
    savedRow->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *previewButton = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("cardsPreview"));
    auto *pdf = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("cardsSavePdf"));
    previewButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &PrintCardsDialog::preview);
    connect(pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(m_saved);
    layout->addLayout(savedRow);
    layout->addWidget(buttons);
}

CardTemplate PrintCardsDialog::cardTemplate() const
{
    return CardTemplate(m_template->currentData().toInt());
}

HouseholdCardPainter::Layout PrintCardsDialog::layout() const
{
    return HouseholdCardPainter::Layout(m_layout->currentData().toInt());
}

bool PrintCardsDialog::refused(const QString &why)
{
    m_refusal->refuse(why);
    return false;
}

namespace {

// The run for the dialog's choice.
std::unique_ptr<HouseholdCardRun> runFor(CountyDatabase &db, int year, HouseholdCardPainter::Layout layout,
    CardTemplate kind, bool ofSelection, const QList<qint64> &selected, const QString &divisionCode)
{
    auto run = std::make_unique<HouseholdCardRun>(db, year, layout);
    run->setTemplate(kind);
    if (ofSelection)
        run->setHouseholds(selected);
    else
        run->setDivision(divisionCode);
    return run;
}

// A progress dialog with Cancel for a run of many cards (none for a few).
class CardProgress
{
public:
    CardProgress(QWidget *parent, int total, const QString &label)
    {
        if (total < PrintCardsDialog::ProgressFrom)
            return;
        m_dialog = std::make_unique<QProgressDialog>(
            label, QCoreApplication::translate("PrintCardsDialog", "Cancel"), 0, total, parent);
        m_dialog->setObjectName(QStringLiteral("cardsProgress"));
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(0);
        m_dialog->setValue(0);
    }
    HouseholdCardRun::Progress callback()
    {
        return [this](int done, int) {
            if (!m_dialog)
                return true;
            m_dialog->setValue(done);
            QCoreApplication::processEvents();
            return !m_dialog->wasCanceled();
        };
    }

private:
    std::unique_ptr<QProgressDialog> m_dialog;
};

} // namespace

bool PrintCardsDialog::preview()
{
    m_refusal->hide();
    const auto run = runFor(
        m_db, m_year->value(), layout(), cardTemplate(), m_ofSelection->isChecked(), m_selected, m_divisionCode);
    const Result<int> count = run->count();
    if (!count)
        return refused(count.error());
    if (count.value() == 0)
        return refused(tr("There is no household to print a card for."));
    QPrinter printer(QPrinter::HighResolution);
    HouseholdCardPainter::setUpPage(printer, layout(), cardTemplate());
    printer.setDocName(tr("Household cards %1").arg(m_year->value()));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("cardsPreviewDialog"));
    dialog.setWindowTitle(tr("Household cards %1 — preview").arg(m_year->value()));
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        // The preview draws into pictures: no print numbers, nothing logged. Printing from it
        // draws on the printer and logs each card.
        QPainter painter(p);
        const bool logged = painter.paintEngine() && painter.paintEngine()->type() != QPaintEngine::Picture;
        CardProgress progress(&dialog, logged ? count.value() : 0, tr("Printing household cards…"));
        if (Status s = run->paint(painter, *p, logged, progress.callback()); !s)
            failure = s.error();
    });
    dialog.resize(std::min(1000, screen() ? screen()->availableSize().width() - 40 : 1000),
        std::min(700, screen() ? screen()->availableSize().height() - 60 : 700));
    dialog.exec();
    return failure.isEmpty() || refused(failure);
}

bool PrintCardsDialog::savePdf(const QString &path)
{
    m_refusal->hide();
    const auto run = runFor(
        m_db, m_year->value(), layout(), cardTemplate(), m_ofSelection->isChecked(), m_selected, m_divisionCode);
    const Result<int> count = run->count();
    if (!count)
        return refused(count.error());
    QString file = path;
    if (file.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString name = tr("Household cards %1 %2")
                                 .arg(m_ofSelection->isChecked() ? tr("selected") : m_divisionName)
                                 .arg(m_year->value())
            + QStringLiteral(".pdf");
        file = QFileDialog::getSaveFileName(
            this, tr("Save the Household Cards as PDF"), QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
        if (file.isEmpty())
            return false;
    }
    if (Status s = OutputPath::check(file, {m_db.path()}); !s)
        return refused(s.error());
    Status written;
    {
        CardProgress progress(this, count.value(), tr("Saving household cards…"));
        written = run->writePdf(file, {m_db.path()}, progress.callback());
    }
    if (run->cancelled()) {
        m_saved->setText(tr("Cancelled: no file was written and no card was logged."));
        m_saved->show();
        return false;
    }
    if (!written)
        return refused(written.error());
    return saved(file, run->cards(), run->pages());
}

bool PrintCardsDialog::saved(const QString &path, int cards, int pages)
{
    m_savedPath = QFileInfo(path).absoluteFilePath();
    m_saved->setText(tr("Saved %1: %n card(s) on %2 page(s), each entered in the print log.", nullptr, cards)
                         .arg(QDir::toNativeSeparators(m_savedPath))
                         .arg(pages));
    m_saved->show();
    m_open->show();
    m_openFolder->show();
    return true;
}
