// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/VisitDialog.h"

#include "PhotoFile.h"
#include "forces/AssistanceForces.h"
#include "forces/ForcesLists.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

constexpr QSize ThumbnailSize(120, 90);

} // namespace

VisitDialog::VisitDialog(CountyDatabase &db, qint64 householdId, const QList<QPair<qint64, QString>> &cadres,
    qint64 cadreId, QWidget *parent)
    : QDialog(parent), m_db(db), m_household(householdId), m_lead(cadreId)
{
    setWindowTitle(tr("Log a visit"));
    auto *form = new QFormLayout(this);
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setObjectName(QStringLiteral("visitDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Date:"), m_date);

    m_cadres = new QListWidget;
    m_cadres->setObjectName(QStringLiteral("visitCadres"));
    m_cadres->setMaximumHeight(72);
    for (const auto &[id, name] : cadres)
        addCadreChoice(id, name, id == cadreId);
    if (m_lead == 0 && !cadres.isEmpty())
        m_lead = cadres.first().first;
    form->addRow(tr("&Cadres who went:"), m_cadres);
    m_addCadre = new QLineEdit;
    m_addCadre->setObjectName(QStringLiteral("visitAddCadre"));
    m_addCadre->setPlaceholderText(tr("Name, number or phone, then Enter"));
    form->addRow(tr("Add a cadre &by name:"), m_addCadre);

    m_findings = new QPlainTextEdit;
    m_findings->setObjectName(QStringLiteral("visitFindings"));
    m_findings->setTabChangesFocus(true);
    form->addRow(tr("What was &found:"), m_findings);
    m_actions = new QPlainTextEdit;
    m_actions->setObjectName(QStringLiteral("visitActions"));
    m_actions->setTabChangesFocus(true);
    form->addRow(tr("What was done or &agreed:"), m_actions);
    m_followUp = new QCheckBox(tr("F&ollow up on:"));
    m_followUpDate = new QDateEdit(QDate::currentDate().addDays(30));
    m_followUpDate->setObjectName(QStringLiteral("followUpDate"));
    m_followUpDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_followUpDate->setCalendarPopup(true);
    m_followUpDate->setEnabled(false);
    m_followUpDate->setAccessibleName(tr("Follow-up date"));
    connect(m_followUp, &QCheckBox::toggled, m_followUpDate, &QWidget::setEnabled);
    form->addRow(m_followUp, m_followUpDate);

    m_photoList = new QListWidget;
    m_photoList->setObjectName(QStringLiteral("visitPhotos"));
    m_photoList->setViewMode(QListView::IconMode);
    m_photoList->setIconSize(ThumbnailSize);
    m_photoList->setFlow(QListView::LeftToRight);
    m_photoList->setWrapping(false);
    m_photoList->setMovement(QListView::Static);
    m_photoList->setFixedHeight(ThumbnailSize.height() + 44);
    auto *addPhotos = new QPushButton(tr("Add &photos…"));
    addPhotos->setObjectName(QStringLiteral("addPhotosButton"));
    connect(addPhotos, &QPushButton::clicked, this, &VisitDialog::choosePhotos);
    m_removePhoto = new QPushButton(tr("&Remove photo"));
    m_removePhoto->setObjectName(QStringLiteral("removePhotoButton"));
    m_removePhoto->setEnabled(false);
    connect(m_removePhoto, &QPushButton::clicked, this, &VisitDialog::removePhoto);
    connect(
        m_photoList, &QListWidget::currentRowChanged, this, [this](int row) { m_removePhoto->setEnabled(row >= 0); });
    auto *photoButtons = new QVBoxLayout;
    photoButtons->addWidget(addPhotos);
    photoButtons->addWidget(m_removePhoto);
    photoButtons->addStretch();
    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photoList, 1);
    photoRow->addLayout(photoButtons);
    auto *photosLabel = new QLabel(tr("P&hotos:"));
    photosLabel->setBuddy(m_photoList);
    form->addRow(photosLabel, photoRow);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("visitError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &VisitDialog::accept);
    m_findings->setFocus();
    resize(640, 620);
}

void VisitDialog::addCadreChoice(qint64 id, const QString &name, bool ticked)
{
    for (int row = 0; row < m_cadres->count(); ++row) {
        if (m_cadres->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_cadres->item(row)->setCheckState(Qt::Checked);
            return;
        }
    }
    auto *item = new QListWidgetItem(name, m_cadres);
    item->setData(Qt::UserRole, id);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

bool VisitDialog::addCadre(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    ForcesLists lists(m_db);
    qint64 id = lists.cadreByIdOrPhone(wanted).value_or(0);
    QString name;
    const auto found = lists.cadres(id ? QString() : wanted);
    for (const ForcesLists::Cadre &c : found.value_or({})) {
        if ((id != 0 && c.id == id) || (id == 0 && c.active && c.name == wanted)) {
            id = c.id;
            name = c.name;
            break;
        }
    }
    if (name.isEmpty()) {
        showError(
            tr("There is no active cadre named %1; give the name exactly, the cadre's number or phone.").arg(wanted));
        return false;
    }
    addCadreChoice(id, name, true);
    m_addCadre->clear();
    m_error->hide();
    return true;
}

void VisitDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void VisitDialog::choosePhotos()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add photos of the visit"), QString(), tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"));
    addPhotoFiles(paths);
}

int VisitDialog::addPhotoFiles(const QStringList &paths)
{
    QStringList problems;
    int added = 0;
    for (const QString &path : paths) {
        const Result<NewVisitPhoto> photo = PhotoFile::prepare(path);
        if (!photo) {
            problems << photo.error();
            continue;
        }
        const QImage image = QImage::fromData(photo->bytes);
        auto *item = new QListWidgetItem(
            QIcon(QPixmap::fromImage(image.scaled(ThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation))),
            photo->fileName, m_photoList);
        item->setToolTip(tr("%1: %2 × %3 pixels, %4 KB")
                             .arg(photo->fileName)
                             .arg(image.width())
                             .arg(image.height())
                             .arg((photo->bytes.size() + 1023) / 1024));
        m_photos.append(photo.value());
        ++added;
    }
    if (problems.isEmpty())
        m_error->hide();
    else
        showError(problems.join(u'\n'));
    if (added > 0)
        m_photoList->setCurrentRow(m_photoList->count() - 1);
    return added;
}

void VisitDialog::removePhoto()
{
    const int row = m_photoList->currentRow();
    if (row < 0 || row >= m_photos.size())
        return;
    delete m_photoList->takeItem(row);
    m_photos.removeAt(row);
    m_removePhoto->setEnabled(m_photoList->currentRow() >= 0);
}

void VisitDialog::accept()
{
    // Enter in the name field adds the cadre; it does not save the visit.
    if (m_addCadre->hasFocus() && !m_addCadre->text().trimmed().isEmpty()) {
        addCadre(m_addCadre->text());
        return;
    }
    QList<qint64> cadres;
    for (int row = 0; row < m_cadres->count(); ++row) {
        const QListWidgetItem *item = m_cadres->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (id == m_lead)
            cadres.prepend(id);
        else
            cadres.append(id);
    }
    if (cadres.isEmpty()) {
        showError(tr("Tick the cadre who visited."));
        return;
    }
    Visit visit;
    visit.householdId = m_household;
    visit.date = m_date->date();
    visit.findings = m_findings->toPlainText().trimmed();
    visit.actions = m_actions->toPlainText().trimmed();
    if (m_followUp->isChecked())
        visit.followUpDate = m_followUpDate->date();
    const Result<qint64> r = AssistanceForces(m_db).saveVisit(visit, cadres, m_photos);
    if (!r) {
        showError(r.error());
        return;
    }
    QDialog::accept();
}
