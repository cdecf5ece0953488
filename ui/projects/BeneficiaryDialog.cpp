// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/BeneficiaryDialog.h"

#include "accounts/AccessPolicy.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "projects/ProjectLibrary.h"
#include "register/HouseholdList.h"
#include "widgets/Mnemonics.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole;
// A picker lists at most this many matches; a search narrows them.
constexpr int MaximumCandidates = 300;
} // namespace

BeneficiaryDialog::BeneficiaryDialog(CountyDatabase &db, qint64 projectId, QWidget *parent)
    : QDialog(parent), m_db(db), m_projectId(projectId)
{
    setObjectName(QStringLiteral("beneficiaryDialog"));
    const Result<Project> project = ProjectLibrary(db).load(projectId);
    m_divisionId = project ? project->divisionId : 0;
    QString place;
    for (const Division &d : Divisions::load(db, Divisions::Counts::Without).value_or({})) {
        if (d.id == m_divisionId) {
            m_divisionLevel = d.level;
            place = d.name;
        }
    }
    setWindowTitle(tr("Beneficiary households of %1").arg(project ? project->name : QString()));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("beneficiarySearch"));
    m_search->setPlaceholderText(tr("Name, ID number or household code"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search the households of %1:").arg(place), this);
    searchLabel->setBuddy(m_search);
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("beneficiaryCandidates"));
    m_candidates->setAccessibleName(tr("Households found"));
    m_candidates->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_candidates->installEventFilter(this);
    m_chosen = new QListWidget(this);
    m_chosen->setObjectName(QStringLiteral("beneficiaryChosen"));
    m_chosen->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_chosen->installEventFilter(this);
    auto *chosenLabel = new QLabel(tr("&Beneficiaries (Delete removes):"), this);
    chosenLabel->setBuddy(m_chosen);
    m_chosen->setAccessibleName(Mnemonics::plain(chosenLabel->text()));
    m_found = new QLabel(this);
    m_add = new QPushButton(tr("&Add →"), this);
    m_add->setObjectName(QStringLiteral("beneficiaryAdd"));
    m_add->setAutoDefault(false);
    m_remove = new QPushButton(tr("← &Remove"), this);
    m_remove->setObjectName(QStringLiteral("beneficiaryRemove"));
    m_remove->setAutoDefault(false);
    auto *middle = new QVBoxLayout;
    middle->addStretch();
    middle->addWidget(m_add);
    middle->addWidget(m_remove);
    middle->addStretch();

    auto *grid = new QGridLayout;
    grid->addWidget(searchLabel, 0, 0);
    grid->addWidget(chosenLabel, 0, 2);
    grid->addWidget(m_search, 1, 0);
    grid->addWidget(m_candidates, 2, 0);
    grid->addLayout(middle, 2, 1);
    grid->addWidget(m_chosen, 1, 2, 2, 1);
    grid->addWidget(m_found, 3, 0, 1, 3);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("beneficiaryError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Sa&ve"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (const BeneficiaryRow &b : ProjectLibrary(db).beneficiaryRows(projectId).value_or({})) {
        m_original << b.householdId;
        m_chosen->addItem(itemFor(b.householdId, b.code, b.headName, b.village));
    }
    // The core refuses a role that may not keep the library; the picker says so before any work.
    if (!AccessPolicy::allows(db.account(), AccessPolicy::Action::EditCountyData) || db.isReadOnly()) {
        for (QWidget *w : {static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_remove),
                 static_cast<QWidget *>(buttons->button(QDialogButtonBox::Save))})
            w->setEnabled(false);
        m_error->setText(tr("Your account may look at the beneficiaries but not change them: county staff keep the "
                            "project library."));
        m_error->show();
    }

    connect(m_search, &QLineEdit::textChanged, this, &BeneficiaryDialog::search);
    connect(m_add, &QPushButton::clicked, this, &BeneficiaryDialog::addCurrent);
    connect(m_remove, &QPushButton::clicked, this, &BeneficiaryDialog::removeCurrent);
    connect(m_candidates, &QListWidget::itemActivated, this, &BeneficiaryDialog::addCurrent);
    search();
    resize(820, 520);
}

QListWidgetItem *BeneficiaryDialog::itemFor(
    qint64 id, const QString &code, const QString &head, const QString &village) const
{
    auto *item = new QListWidgetItem(tr("%1  %2  (%3)").arg(code, head, village));
    item->setData(IdRole, id);
    return item;
}

QList<qint64> BeneficiaryDialog::chosen() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_chosen->count(); ++i)
        ids << m_chosen->item(i)->data(IdRole).toLongLong();
    return ids;
}

void BeneficiaryDialog::search()
{
    m_candidates->clear();
    HouseholdFilter filter;
    filter.divisionId = m_divisionLevel > Division::County ? m_divisionId : 0;
    filter.divisionLevel = m_divisionLevel;
    filter.text = m_search->text().trimmed();
    HouseholdList list(m_db);
    list.setFilter(filter);
    const Result<QList<HouseholdRow>> rows = list.page(0, MaximumCandidates + 1);
    if (!rows) {
        m_found->setText(rows.error());
        return;
    }
    const QList<qint64> already = chosen();
    int shown = 0;
    for (const HouseholdRow &h : rows.value()) {
        if (shown == MaximumCandidates)
            break;
        if (already.contains(h.id))
            continue;
        m_candidates->addItem(itemFor(h.id, h.code, h.headName, h.villageName));
        ++shown;
    }
    m_found->setText(rows->size() > MaximumCandidates
            ? tr("The first %1 households are listed; search to narrow them.").arg(MaximumCandidates)
            : tr("%n household(s) found.", nullptr, shown));
    if (m_candidates->count())
        m_candidates->setCurrentRow(0, QItemSelectionModel::NoUpdate);
}

void BeneficiaryDialog::addCurrent()
{
    if (!m_add->isEnabled())
        return;
    QList<QListWidgetItem *> items = m_candidates->selectedItems();
    if (items.isEmpty() && m_candidates->currentItem())
        items << m_candidates->currentItem();
    for (QListWidgetItem *item : items)
        m_chosen->addItem(m_candidates->takeItem(m_candidates->row(item)));
    m_chosen->sortItems();
}

void BeneficiaryDialog::removeCurrent()
{
    if (!m_remove->isEnabled())
        return;
    QList<QListWidgetItem *> items = m_chosen->selectedItems();
    if (items.isEmpty() && m_chosen->currentItem())
        items << m_chosen->currentItem();
    for (QListWidgetItem *item : items)
        m_candidates->addItem(m_chosen->takeItem(m_chosen->row(item)));
}

bool BeneficiaryDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == m_chosen && (key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
            removeCurrent();
            return true;
        }
        if (watched == m_candidates && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Insert)) {
            addCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void BeneficiaryDialog::accept()
{
    const QList<qint64> now = chosen();
    QList<qint64> add, remove;
    for (qint64 id : now) {
        if (!m_original.contains(id))
            add << id;
    }
    for (qint64 id : std::as_const(m_original)) {
        if (!now.contains(id))
            remove << id;
    }
    if (Status s = ProjectLibrary(m_db).changeBeneficiaries(m_projectId, add, remove); !s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}
