// SPDX-License-Identifier: GPL-3.0-or-later
#include "county/PovertyStandardsDialog.h"

#include "accounts/AccessPolicy.h"
#include "common/Money.h"
#include "county/PovertyStandards.h"
#include "db/CountyDatabase.h"
#include "progress/IncidenceSettingsDialog.h"
#include "widgets/RefusalLabel.h"
#include "widgets/TableKeys.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { YearColumn, AgainstColumn, LineColumn, ThresholdColumn, NoteColumn, ColumnCount };
}

PovertyStandardsDialog::PovertyStandardsDialog(CountyDatabase &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("povertyStandardsDialog"));
    setWindowTitle(tr("Poverty Line and Monitoring Threshold"));
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("standardsTable"));
    TableKeys::apply(m_table);
    m_table->setHorizontalHeaderLabels({tr("Year"), tr("Measured against"), tr("Poverty line (yuan)"),
        tr("Monitoring threshold (yuan)"), tr("Source")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (const QTableWidgetItem *item = m_table->item(row, YearColumn))
            m_year->setValue(item->text().toInt());
    });

    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("standardYear"));
    m_year->setRange(PovertyStandards::FirstYear, PovertyStandards::LastYear);
    m_year->setValue(QDate::currentDate().year());
    m_amountLabel = new QLabel;
    m_amount = new QLineEdit;
    m_amount->setObjectName(QStringLiteral("standardAmount"));
    m_amountLabel->setBuddy(m_amount);
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("standardNote"));
    m_note->setPlaceholderText(tr("e.g. the province's notice that published it"));
    m_set = new QPushButton(tr("Se&t"));
    m_set->setObjectName(QStringLiteral("setStandard"));
    m_set->setDefault(true); // Enter in the form sets the figure rather than closing the dialog
    m_error = new RefusalLabel(QStringLiteral("standardsRefusal"));
    connect(m_year, &QSpinBox::valueChanged, this, &PovertyStandardsDialog::showYear);
    connect(m_set, &QPushButton::clicked, this, &PovertyStandardsDialog::setFigure);

    auto *form = new QFormLayout;
    form->addRow(tr("&Year:"), m_year);
    form->addRow(m_amountLabel, m_amount);
    form->addRow(tr("S&ource:"), m_note);
    form->addRow(QString(), m_set);
    auto *intro = new QLabel(tr("Up to %1 a household's per-capita net income is measured against the poverty "
                                "line, from %2 against the monitoring threshold the province sets each year. "
                                "Figures marked placeholder are guesses shipped with Fupin: replace them with "
                                "your province's.")
                                 .arg(PovertyStandards::LastPovertyLineYear)
                                 .arg(PovertyStandards::LastPovertyLineYear + 1));
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Beside the line and the threshold: what poverty incidence is measured with.
    auto *incidence = buttons->addButton(tr("&Incidence line and rural population..."), QDialogButtonBox::ActionRole);
    incidence->setObjectName(QStringLiteral("openIncidenceSettings"));
    connect(incidence, &QPushButton::clicked, this, [this] { IncidenceSettingsDialog(m_db, this).exec(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // The form is offered to whoever may use it; others read the figures.
    const bool may = AccessPolicy::allows(m_db.account(), AccessPolicy::Action::SetStandards) && !m_db.isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(m_amount), static_cast<QWidget *>(m_note), static_cast<QWidget *>(m_set)})
        w->setEnabled(may);
    if (!may)
        m_error->refuse(m_db.isReadOnly() ? tr("The county file is open read-only.")
                                          : tr("Only county-level accounts change the poverty line and the "
                                               "monitoring threshold."));
    reload();
    showYear(m_year->value());
    resize(720, 520);
}

void PovertyStandardsDialog::reload()
{
    const Result<QList<PovertyStandards::YearFigures>> years = PovertyStandards(m_db).all();
    if (!years)
        m_error->refuse(years.error());
    const QList<PovertyStandards::YearFigures> rows = years.value_or({});
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const PovertyStandards::YearFigures &y = rows.at(r);
        const bool line = PovertyStandards::kindFor(y.year) == PovertyStandards::Kind::Line;
        const auto cell = [&](int column, const QString &text, bool number) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, column, item);
        };
        cell(YearColumn, QString::number(y.year), false);
        cell(AgainstColumn, line ? tr("poverty line") : tr("monitoring threshold"), false);
        cell(LineColumn, y.lineFen ? Money::fromFen(*y.lineFen).toString() : QString(), true);
        cell(ThresholdColumn, y.thresholdFen ? Money::fromFen(*y.thresholdFen).toString() : QString(), true);
        cell(NoteColumn, line ? y.lineNote : y.thresholdNote, false);
    }
    m_table->resizeColumnsToContents();
}

void PovertyStandardsDialog::showYear(int year)
{
    const bool line = PovertyStandards::kindFor(year) == PovertyStandards::Kind::Line;
    m_amountLabel->setText(
        line ? tr("Poverty &line (yuan per person a year):") : tr("Monitoring &threshold (yuan per person a year):"));
    const PovertyStandards standards(m_db);
    const std::optional<qint64> fen = line ? standards.line(year) : standards.threshold(year);
    m_amount->setText(fen ? Money::fromFen(*fen).toEditString() : QString());
    QString note;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, YearColumn)->text().toInt() == year)
            note = m_table->item(r, NoteColumn)->text();
    }
    m_note->setText(note);
}

bool PovertyStandardsDialog::setFigure()
{
    const int year = m_year->value();
    const Result<Money> amount = Money::parse(m_amount->text());
    if (!amount) {
        m_error->refuse(amount.error());
        return false;
    }
    const Status s = PovertyStandards(m_db).set(PovertyStandards::kindFor(year), year, amount->fen(), m_note->text());
    if (!s) {
        m_error->refuse(s.error());
        return false;
    }
    m_error->hide();
    reload();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, YearColumn)->text().toInt() == year)
            m_table->selectRow(r);
    }
    return true;
}
