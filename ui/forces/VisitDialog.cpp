// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/VisitDialog.h"

#include "PhotoFile.h"
#include "forces/AssistanceForces.h"
#include "forces/AssistanceRecords.h"
#include "forces/ForcesLists.h"
#include "widgets/DateField.h"
#include "widgets/PhotoViewerDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
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
    : QDialog(parent), m_db(db), m_lead(cadreId)
{
    m_visit.householdId = householdId;
    setWindowTitle(tr("Log a visit"));
    build(cadres, {cadreId});
    if (m_lead == 0 && !cadres.isEmpty())
        m_lead = cadres.first().first;
}

VisitDialog::VisitDialog(CountyDatabase &db, const VisitRecord &saved, const QList<QPair<qint64, QString>> &cadres,
    bool editable, QWidget *parent)
    : QDialog(parent), m_db(db), m_visit(saved.visit), m_lead(saved.visit.cadreId), m_editable(editable)
{
    setWindowTitle(tr("Visit of %1").arg(saved.visit.date.toString(Qt::ISODate)));
    QList<QPair<qint64, QString>> choices = saved.cadres;
    QList<qint64> ticked;
    for (const auto &[id, name] : saved.cadres)
        ticked << id;
    for (const auto &choice : cadres) {
        if (!ticked.contains(choice.first))
            choices << choice;
    }
    build(choices, ticked);
    // A visit logged before today keeps its day; the newest allowed stays today.
    m_date->setDate(saved.visit.date);
    m_findings->setPlainText(saved.visit.findings);
    m_actions->setPlainText(saved.visit.actions);
    if (saved.visit.followUpDate.isValid()) {
        m_followUp->setChecked(true);
        m_followUpDate->setDate(saved.visit.followUpDate);
    }
    const Result<QList<VisitPhoto>> photos = VisitPhotos(m_db).photosOf(saved.visit.meta.id);
    if (!photos)
        showError(photos.error());
    for (const VisitPhoto &photo : photos.value_or({})) {
        m_saved.append(photo);
        addPhotoItem(photo.bytes, tr("Photo %1").arg(m_saved.size()));
    }
    if (!m_saved.isEmpty())
        m_photoList->setCurrentRow(0);
}

void VisitDialog::build(const QList<QPair<qint64, QString>> &cadres, const QList<qint64> &ticked)
{
    auto *form = new QFormLayout(this);
    m_date = new DateField(QDate::currentDate());
    m_date->setObjectName(QStringLiteral("visitDate"));
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Date:"), m_date);

    m_cadres = new QListWidget;
    m_cadres->setObjectName(QStringLiteral("visitCadres"));
    m_cadres->setMaximumHeight(72);
    for (const auto &[id, name] : cadres)
        addCadreChoice(id, name, ticked.contains(id));
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
    m_followUpDate = new DateField(QDate::currentDate().addDays(30));
    m_followUpDate->setObjectName(QStringLiteral("followUpDate"));
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
    m_photoList->setToolTip(tr("Enter or a double-click shows the photo at full size"));
    m_photoList->installEventFilter(this);
    connect(m_photoList, &QListWidget::itemDoubleClicked, this, &VisitDialog::showPhoto);
    m_addPhotos = new QPushButton(tr("Add &photos…"));
    m_addPhotos->setObjectName(QStringLiteral("addPhotosButton"));
    connect(m_addPhotos, &QPushButton::clicked, this, &VisitDialog::choosePhotos);
    m_removePhoto = new QPushButton(tr("&Remove photo"));
    m_removePhoto->setObjectName(QStringLiteral("removePhotoButton"));
    m_removePhoto->setEnabled(false);
    connect(m_removePhoto, &QPushButton::clicked, this, &VisitDialog::removePhoto);
    connect(m_photoList, &QListWidget::currentRowChanged, this,
        [this](int row) { m_removePhoto->setEnabled(m_editable && row >= 0); });
    auto *photoButtons = new QVBoxLayout;
    photoButtons->addWidget(m_addPhotos);
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
    if (!m_editable) {
        // Read only (the account may not change the household's visits): shown, not changeable.
        m_date->setReadOnly(true);
        for (int row = 0; row < m_cadres->count(); ++row)
            m_cadres->item(row)->setFlags(m_cadres->item(row)->flags() & ~Qt::ItemIsUserCheckable);
        form->setRowVisible(m_addCadre, false);
        m_findings->setReadOnly(true);
        m_actions->setReadOnly(true);
        m_followUp->setEnabled(false);
        m_followUpDate->setReadOnly(true);
        m_addPhotos->hide();
        m_removePhoto->hide();
        buttons->button(QDialogButtonBox::Save)->hide();
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    }
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
        m_photos.append(photo.value());
        addPhotoItem(photo->bytes, photo->fileName);
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

void VisitDialog::addPhotoItem(const QByteArray &bytes, const QString &name)
{
    const QImage image = QImage::fromData(bytes);
    auto *item = new QListWidgetItem(
        QIcon(QPixmap::fromImage(image.scaled(ThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation))), name,
        m_photoList);
    item->setToolTip(tr("%1: %2 × %3 pixels, %4 KB")
                         .arg(name)
                         .arg(image.width())
                         .arg(image.height())
                         .arg((bytes.size() + 1023) / 1024));
}

int VisitDialog::newPhotoIndex(int row) const
{
    return row >= m_saved.size() ? row - int(m_saved.size()) : -1;
}

void VisitDialog::removePhoto()
{
    const int row = m_photoList->currentRow();
    if (!m_editable || row < 0 || row >= m_photoList->count())
        return;
    if (const int added = newPhotoIndex(row); added >= 0) {
        m_photos.removeAt(added); // not saved yet: nothing to ask
    } else {
        // A saved photo goes at once, not with the visit's Save: say so before.
        if (QMessageBox::question(this, tr("Remove photo"),
                tr("Remove %1 from the saved visit? It is removed now, even if the visit is not saved again; the "
                   "change history keeps who removed it.")
                    .arg(m_photoList->item(row)->text()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
        if (const Status s = VisitPhotos(m_db).remove(m_saved.at(row).id); !s) {
            showError(s.error());
            return;
        }
        m_saved.removeAt(row);
    }
    delete m_photoList->takeItem(row);
    m_removePhoto->setEnabled(m_photoList->currentRow() >= 0);
}

void VisitDialog::showPhoto()
{
    const int row = m_photoList->currentRow();
    if (row < 0 || row >= m_photoList->count())
        return;
    const int added = newPhotoIndex(row);
    const QByteArray &bytes = added >= 0 ? m_photos.at(added).bytes : m_saved.at(row).bytes;
    PhotoViewerDialog viewer(bytes, m_photoList->item(row)->text(), this);
    viewer.exec();
}

bool VisitDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a photo shows it, rather than saving the visit through the default button; Delete
    // removes it like the button does.
    if (watched == m_photoList && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_photoList->currentRow() >= 0) {
            showPhoto();
            return true;
        }
        if (plain && key->key() == Qt::Key_Delete && m_editable && m_photoList->currentRow() >= 0) {
            removePhoto();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void VisitDialog::accept()
{
    if (!m_editable) {
        reject(); // nothing to save for a visit only read
        return;
    }
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
    Visit visit = m_visit;
    visit.date = m_date->date();
    visit.findings = m_findings->toPlainText().trimmed();
    visit.actions = m_actions->toPlainText().trimmed();
    visit.followUpDate = m_followUp->isChecked() ? m_followUpDate->date() : QDate();
    const Result<qint64> r = AssistanceForces(m_db).saveVisit(visit, cadres, m_photos);
    if (!r) {
        showError(r.error());
        return;
    }
    QDialog::accept();
}
