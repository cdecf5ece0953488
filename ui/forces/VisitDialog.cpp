// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/VisitDialog.h"

#include "forces/AssistanceForces.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

VisitDialog::VisitDialog(CountyDatabase &db, qint64 householdId, const QList<QPair<qint64, QString>> &cadres,
    qint64 cadreId, QWidget *parent)
    : QDialog(parent), m_db(db), m_household(householdId)
{
    setWindowTitle(tr("Log a visit"));
    auto *form = new QFormLayout(this);
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setObjectName(QStringLiteral("visitDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Date:"), m_date);
    m_cadre = new QComboBox;
    m_cadre->setObjectName(QStringLiteral("visitCadre"));
    for (const auto &[id, name] : cadres)
        m_cadre->addItem(name, id);
    m_cadre->setCurrentIndex(std::max(0, m_cadre->findData(cadreId)));
    form->addRow(tr("&Cadre:"), m_cadre);
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
    connect(m_followUp, &QCheckBox::toggled, m_followUpDate, &QWidget::setEnabled);
    form->addRow(m_followUp, m_followUpDate);
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
    resize(480, 360);
}

void VisitDialog::accept()
{
    Visit visit;
    visit.householdId = m_household;
    visit.cadreId = m_cadre->currentData().toLongLong();
    visit.date = m_date->date();
    visit.findings = m_findings->toPlainText().trimmed();
    visit.actions = m_actions->toPlainText().trimmed();
    if (m_followUp->isChecked())
        visit.followUpDate = m_followUpDate->date();
    const Result<qint64> r = AssistanceForces(m_db).saveVisit(visit);
    if (!r) {
        m_error->setText(r.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}
