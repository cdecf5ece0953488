// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/IncidenceSettingsDialog.h"

#include "accounts/AccessPolicy.h"
#include "db/CountyDatabase.h"
#include "progress/ProgressIndicators.h"
#include "widgets/RefusalLabel.h"
#include "widgets/TableKeys.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

IncidenceSettingsDialog::IncidenceSettingsDialog(CountyDatabase &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("incidenceSettingsDialog"));
    setWindowTitle(tr("Poverty Incidence Line and Rural Population"));
    m_line = new QComboBox;
    m_line->setObjectName(QStringLiteral("incidenceLine"));
    m_line->addItem(tr("2% (most provinces)"), 2);
    m_line->addItem(tr("3% (the western provinces)"), 3);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("ruralPopulationTable"));
    TableKeys::apply(m_table);
    m_table->setHorizontalHeaderLabels(
        {tr("Township"), tr("Village"), tr("People in the register"), tr("Rural registered population")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_error = new RefusalLabel(QStringLiteral("incidenceRefusal"));

    auto *intro = new QLabel(tr("A village's poverty incidence is its poor people over its rural registered "
                                "population; where none is recorded, the people in the register stand in (marked * "
                                "on the dashboard). Type a population and press Enter; 0 removes it."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Incidence &line:"), m_line);
    auto *tableLabel = new QLabel(tr("&Rural registered population by village:"));
    tableLabel->setBuddy(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    reload();
    const bool may = AccessPolicy::allows(m_db.account(), AccessPolicy::Action::SetStandards) && !m_db.isReadOnly();
    m_line->setEnabled(may);
    m_table->setEditTriggers(may
            ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
            : QAbstractItemView::NoEditTriggers);
    if (!may)
        m_error->refuse(m_db.isReadOnly()
                ? tr("The county file is open read-only.")
                : tr("Only county-level accounts change the incidence line and the rural population."));
    connect(m_line, &QComboBox::activated, this, &IncidenceSettingsDialog::setLine);
    connect(m_table, &QTableWidget::cellChanged, this, &IncidenceSettingsDialog::populationEdited);
    resize(720, 520);
}

void IncidenceSettingsDialog::reload()
{
    m_loading = true;
    const ProgressIndicators settings(m_db);
    m_line->setCurrentIndex(m_line->findData(settings.incidenceLinePercent()));
    const auto villages = settings.villagePopulations();
    if (!villages)
        m_error->refuse(villages.error());
    const QList<VillagePopulation> rows = villages.value_or({});
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const VillagePopulation &v = rows.at(r);
        const auto cell = [&](int column, const QString &text, bool editable) {
            auto *item = new QTableWidgetItem(text);
            if (column >= RegisteredColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(r, column, item);
            return item;
        };
        cell(TownshipColumn, v.townshipName, false);
        cell(VillageColumn, v.name, false)->setData(Qt::UserRole, v.villageId);
        cell(RegisteredColumn, QString::number(v.registeredPeople), false);
        cell(RuralColumn, v.ruralPeople > 0 ? QString::number(v.ruralPeople) : QString(), true);
    }
    m_table->resizeColumnsToContents();
    m_loading = false;
}

void IncidenceSettingsDialog::setLine(int index)
{
    const Status s = ProgressIndicators(m_db).setIncidenceLinePercent(m_line->itemData(index).toInt());
    if (!s)
        m_error->refuse(s.error());
    else
        m_error->hide();
    reload();
}

void IncidenceSettingsDialog::populationEdited(int row, int column)
{
    if (m_loading || column != RuralColumn)
        return;
    const QString text = m_table->item(row, column)->text().trimmed();
    bool ok = text.isEmpty();
    const int people = text.isEmpty() ? 0 : text.toInt(&ok);
    const qint64 village = m_table->item(row, VillageColumn)->data(Qt::UserRole).toLongLong();
    const Status s = ok ? ProgressIndicators(m_db).setRuralPopulation(village, people)
                        : Status::failure(tr("\"%1\" is not a number of people.").arg(text));
    if (!s)
        m_error->refuse(s.error());
    else
        m_error->hide();
    // The table is filled again once the edited item has finished changing, not inside its signal.
    QMetaObject::invokeMethod(
        this,
        [this, row, column] {
            reload();
            m_table->setCurrentCell(row, column);
        },
        Qt::QueuedConnection);
}
