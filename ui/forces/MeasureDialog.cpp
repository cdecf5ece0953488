// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/MeasureDialog.h"

#include "common/Money.h"
#include "county/CodeLists.h"
#include "forces/AssistanceForces.h"
#include "forces/ForcesLists.h"
#include "projects/ProjectLibrary.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

MeasureDialog::MeasureDialog(CountyDatabase &db, const CodeLists &codes, const Measure &measure,
    const QList<QPair<qint64, QString>> &cadres, QWidget *parent)
    : QDialog(parent), m_db(db), m_measure(measure)
{
    setWindowTitle(measure.meta.id ? tr("Change the assistance measure") : tr("New assistance measure"));
    auto *form = new QFormLayout(this);
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("measureCategory"));
    m_category->addItem(tr("(choose)"), QString());
    for (const CodeLists::Item &item : codes.items(CodeList::Measure))
        m_category->addItem(codes.name(CodeList::Measure, item.code), item.code);
    m_category->setCurrentIndex(std::max(0, m_category->findData(measure.categoryCode)));
    form->addRow(tr("&Category:"), m_category);
    m_content = new QLineEdit(measure.description);
    m_content->setObjectName(QStringLiteral("measureContent"));
    form->addRow(tr("C&ontent:"), m_content);
    m_start = new DateField(measure.startDate.isValid() ? measure.startDate : QDate::currentDate());
    m_start->setObjectName(QStringLiteral("measureStart"));
    m_start->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Start date:"), m_start);
    m_amount = new QLineEdit(measure.amountFen ? Money::fromFen(measure.amountFen).toEditString() : QString());
    m_amount->setObjectName(QStringLiteral("measureAmount"));
    m_amount->setPlaceholderText(tr("0.00"));
    form->addRow(tr("&Amount (yuan):"), m_amount);
    m_cadre = new QComboBox;
    m_cadre->setObjectName(QStringLiteral("measureCadre"));
    m_cadre->addItem(tr("(none)"), 0);
    for (const auto &[id, name] : cadres)
        m_cadre->addItem(name, id);
    m_cadre->setCurrentIndex(std::max(0, m_cadre->findData(measure.cadreId)));
    form->addRow(tr("Brought by ca&dre:"), m_cadre);
    m_unit = new QComboBox;
    m_unit->setObjectName(QStringLiteral("measureUnit"));
    m_unit->addItem(tr("(none)"), 0);
    for (const ForcesLists::Unit &u : ForcesLists(db).units().value_or({})) {
        if (u.active || u.id == measure.unitId)
            m_unit->addItem(u.name, u.id);
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(measure.unitId)));
    form->addRow(tr("Brought by &unit:"), m_unit);
    // The project it belongs to, chosen by typing any part of its name (a county has thousands).
    m_project = new QComboBox;
    m_project->setObjectName(QStringLiteral("measureProject"));
    m_project->addItem(tr("(none)"), 0);
    for (const ProjectRow &p : ProjectLibrary(db).list().value_or({})) {
        if (p.status != ProjectStatus::Cancelled || p.id == measure.projectId)
            m_project->addItem(tr("%1 %2").arg(p.year).arg(p.name), p.id);
    }
    m_project->setEditable(true);
    m_project->setInsertPolicy(QComboBox::NoInsert);
    m_project->completer()->setFilterMode(Qt::MatchContains);
    m_project->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_project->setCurrentIndex(std::max(0, m_project->findData(measure.projectId)));
    form->addRow(tr("&Project:"), m_project);
    m_result = new QLineEdit(measure.result);
    m_result->setObjectName(QStringLiteral("measureResult"));
    form->addRow(tr("&Result:"), m_result);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("measureError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Sa&ve"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(480, 320);
}

void MeasureDialog::accept()
{
    Measure m = m_measure;
    m.categoryCode = m_category->currentData().toString();
    m.description = m_content->text().trimmed();
    m.startDate = m_start->date();
    m.cadreId = m_cadre->currentData().toLongLong();
    m.unitId = m_unit->currentData().toLongLong();
    // Typed text that names no project is not silently taken for another one.
    const int project = m_project->findText(m_project->currentText());
    if (project < 0) {
        m_error->setText(
            tr("There is no project \"%1\": choose one from the list, or (none).").arg(m_project->currentText()));
        m_error->show();
        m_project->setFocus();
        return;
    }
    m.projectId = m_project->itemData(project).toLongLong();
    m.result = m_result->text().trimmed();
    m.amountFen = 0;
    if (!m_amount->text().trimmed().isEmpty()) {
        const Result<Money> amount = Money::parse(m_amount->text());
        if (!amount) {
            m_error->setText(amount.error());
            m_error->show();
            m_amount->setFocus();
            return;
        }
        m.amountFen = amount->fen();
    }
    const Result<qint64> r = AssistanceForces(m_db).saveMeasure(m);
    if (!r) {
        m_error->setText(r.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}
