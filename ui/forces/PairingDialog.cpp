// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/PairingDialog.h"

#include "forces/AssistanceForces.h"
#include "forces/ForcesListModel.h"
#include "forces/ForcesLists.h"
#include "widgets/DateField.h"
#include "widgets/TableKeys.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PairingDialog::PairingDialog(CountyDatabase &db, const QList<qint64> &householdIds, QWidget *parent)
    : QDialog(parent), m_db(db), m_households(householdIds)
{
    setWindowTitle(householdIds.size() == 1 ? tr("Choose the responsible cadre")
                                            : tr("Pair %n households with a cadre", nullptr, int(householdIds.size())));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("cadreSearch"));
    m_search->setPlaceholderText(tr("Name, phone, unit or post"));
    form->addRow(tr("&Search cadres:"), m_search);
    layout->addLayout(form);

    m_model = new ForcesListModel({tr("Cadre"), tr("Unit"), tr("Post"), tr("Rank"), tr("Households"), tr("Cap")}, this);
    m_cadres = new QTableView;
    TableKeys::apply(m_cadres);
    m_cadres->setObjectName(QStringLiteral("cadreChoice"));
    m_cadres->setModel(m_model);
    m_cadres->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cadres->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cadres->verticalHeader()->hide();
    m_cadres->horizontalHeader()->setStretchLastSection(true);
    auto *cadresLabel = new QLabel(tr("&Cadre:"));
    cadresLabel->setBuddy(m_cadres);
    layout->addWidget(cadresLabel);
    layout->addWidget(m_cadres, 1);

    auto *lower = new QFormLayout;
    m_date = new DateField(QDate::currentDate());
    m_date->setObjectName(QStringLiteral("pairingDate"));
    m_date->setMaximumDate(QDate::currentDate());
    lower->addRow(tr("&From:"), m_date);
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("overCapReason"));
    m_reason->setPlaceholderText(tr("Only needed when the cadre goes over the cap of their rank"));
    lower->addRow(tr("&Reason for going over the cap:"), m_reason);
    layout->addLayout(lower);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("pairingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Pair"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &PairingDialog::search);
    connect(m_cadres, &QAbstractItemView::doubleClicked, this, &PairingDialog::accept);
    search();
    resize(720, 480);
}

void PairingDialog::search()
{
    QList<qint64> ids;
    QList<QVariantList> rows;
    for (const ForcesLists::Cadre &c : ForcesLists(m_db).cadres(m_search->text()).value_or({})) {
        if (!c.active)
            continue;
        ids << c.id;
        rows << QVariantList{c.name, c.unit, c.post, c.rank, c.households, c.cap};
    }
    m_model->setRows(ids, rows);
    m_cadres->resizeColumnsToContents();
    if (!ids.isEmpty())
        m_cadres->selectRow(0);
}

void PairingDialog::accept()
{
    const QModelIndex current = m_cadres->currentIndex();
    const qint64 cadre = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (cadre == 0) {
        m_error->setText(tr("Choose a cadre from the list."));
        m_error->show();
        return;
    }
    const Status s = AssistanceForces(m_db).pairMany(m_households, cadre, m_date->date(), m_reason->text());
    if (!s) {
        m_error->setText(s.error());
        m_error->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}
