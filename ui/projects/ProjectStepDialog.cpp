// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/ProjectStepDialog.h"

#include "common/Money.h"
#include "projects/ProjectLibrary.h"
#include "projects/ProjectLifecycle.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

ProjectStepDialog::ProjectStepDialog(CountyDatabase &db, qint64 projectId, ProjectStatus current, QWidget *parent)
    : QDialog(parent), m_db(db), m_projectId(projectId)
{
    setObjectName(QStringLiteral("projectStepDialog"));
    // The dialog names the project it moves on (下一环节 — 甲良村蔬菜大棚产业项目).
    const QString project = ProjectLibrary(db).load(projectId).value_or(Project()).name;
    setWindowTitle(project.isEmpty() ? tr("Next step of the project") : tr("Next step — %1").arg(project));
    auto *form = new QFormLayout;
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("stepTo"));
    for (ProjectStatus s : ProjectStatusWords::next(current))
        m_to->addItem(ProjectStatusWords::name(s), int(s));
    form->addRow(tr("Becomes"), m_to);
    m_date = new DateField(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("stepDate"));
    form->addRow(tr("Date"), m_date);
    auto line = [&](const char *name, const QString &label, ProjectStatus forStatus) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        form->addRow(label, edit);
        m_fields.append({edit, forStatus});
        return edit;
    };
    m_method = line("stepMethod", tr("Procurement method"), ProjectStatus::Tendering);
    m_bidder = line("stepBidder", tr("Winning bidder"), ProjectStatus::Tendering);
    m_contract = line("stepContract", tr("Contract amount (yuan)"), ProjectStatus::Tendering);
    m_progress = new QSpinBox(this);
    m_progress->setObjectName(QStringLiteral("stepProgress"));
    m_progress->setRange(0, 100);
    m_progress->setSuffix(QStringLiteral("%"));
    form->addRow(tr("Progress"), m_progress);
    m_fields.append({m_progress, ProjectStatus::InProgress});
    m_milestone = line("stepMilestone", tr("Milestone"), ProjectStatus::InProgress);
    m_acceptedBy = line("stepAcceptedBy", tr("Accepted by"), ProjectStatus::Accepted);
    m_audit = line("stepAudit", tr("Third-party audit result"), ProjectStatus::Accepted);
    m_reason = line("stepReason", tr("Reason for cancelling"), ProjectStatus::Cancelled);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("stepError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_to, &QComboBox::currentIndexChanged, this, &ProjectStepDialog::showFieldsFor);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    showFieldsFor();
}

void ProjectStepDialog::showFieldsFor()
{
    const auto to = ProjectStatus(m_to->currentData().toInt());
    for (const auto &[widget, status] : std::as_const(m_fields))
        widget->setEnabled(status == to);
}

void ProjectStepDialog::accept()
{
    if (m_to->count() == 0)
        return reject();
    ProjectEvent e;
    e.to = ProjectStatus(m_to->currentData().toInt());
    e.date = m_date->date();
    e.reason = m_reason->text();
    e.procurementMethod = m_method->text();
    e.winningBidder = m_bidder->text();
    if (!m_contract->text().trimmed().isEmpty()) {
        const Result<Money> amount = Money::parse(m_contract->text());
        if (!amount) {
            m_error->setText(amount.error());
            m_error->show();
            return;
        }
        e.contractFen = amount->fen();
    }
    e.progressPercent = m_progress->value();
    e.milestone = m_milestone->text();
    e.acceptedBy = m_acceptedBy->text();
    e.auditResult = m_audit->text();
    if (Status s = ProjectLifecycle(m_db).advance(m_projectId, e); !s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}
