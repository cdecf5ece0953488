// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/ProjectDialog.h"

#include "common/Money.h"
#include "county/CodeLists.h"
#include "county/Divisions.h"
#include "forces/ForcesLists.h"
#include "projects/ProjectLibrary.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// A date edit whose lowest date stands for "no date".
const QDate NoDate(2000, 1, 1);

QDateEdit *dateEdit(const QDate &date, const char *name, QWidget *parent)
{
    auto *edit = new DateField(NoDate, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(ProjectDialog::tr("(none)"));
    edit->setDate(date.isValid() ? date : NoDate);
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == NoDate ? QDate() : edit->date();
}

QPlainTextEdit *textEdit(const QString &text, const char *name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}
} // namespace

ProjectDialog::ProjectDialog(
    CountyDatabase &db, const CodeLists &codes, qint64 projectId, qint64 divisionId, QWidget *parent)
    : QDialog(parent), m_db(db), m_codes(codes)
{
    setObjectName(QStringLiteral("projectDialog"));
    if (projectId) {
        if (Result<Project> loaded = ProjectLibrary(db).load(projectId))
            m_project = loaded.value();
    } else {
        m_project.divisionId = divisionId;
        m_project.year = QDate::currentDate().year();
    }
    setWindowTitle(m_project.meta.id ? tr("Project: %1").arg(m_project.name) : tr("New project"));

    m_name = new QLineEdit(m_project.name, this);
    m_name->setObjectName(QStringLiteral("projectName"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("projectCategory"));
    m_category->addItem(tr("(choose)"), QString());
    for (const CodeLists::Item &i : codes.items(CodeList::ProjectCategory))
        m_category->addItem(codes.name(CodeList::ProjectCategory, i.code), i.code);
    m_category->setCurrentIndex(std::max(0, m_category->findData(m_project.categoryCode)));
    m_nature = new QComboBox(this);
    m_nature->setObjectName(QStringLiteral("projectNature"));
    m_nature->addItem(tr("New"), QStringLiteral("new"));
    m_nature->addItem(tr("Extension"), QStringLiteral("extension"));
    m_nature->setCurrentIndex(std::max(0, m_nature->findData(m_project.nature)));

    // Where it is built: a village, or a township or the county for wider projects (one place a
    // project: the county file keeps one).
    m_place = new QComboBox(this);
    m_place->setObjectName(QStringLiteral("projectPlace"));
    m_place->addItem(tr("(choose)"), 0);
    QHash<qint64, QString> townships;
    for (const Division &d : Divisions::load(db, Divisions::Counts::Without).value_or({})) {
        if (d.level == Division::Township)
            townships.insert(d.id, d.name);
        if (d.level == Division::Group)
            continue;
        QString name = d.name;
        if (d.level == Division::Village)
            name = townships.value(d.parentId) + QStringLiteral(" · ") + d.name;
        else if (d.level == Division::Township)
            name = tr("%1 (whole township)").arg(d.name);
        else
            name = tr("%1 (whole county)").arg(d.name);
        m_place->addItem(name, d.id);
    }
    m_place->setCurrentIndex(std::max(0, m_place->findData(m_project.divisionId)));
    m_place->setEditable(true);
    m_place->setInsertPolicy(QComboBox::NoInsert);

    m_responsible = new QLineEdit(m_project.responsibleUnit, this);
    m_responsible->setObjectName(QStringLiteral("projectResponsible"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("projectUnit"));
    m_unit->addItem(tr("(none)"), 0);
    for (const ForcesLists::Unit &u : ForcesLists(db).units().value_or({})) {
        if (!u.active && u.id != m_project.unitId)
            continue;
        m_unit->addItem(u.name, u.id);
        m_unit->setItemData(m_unit->count() - 1, u.formCode, Qt::UserRole + 1);
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(m_project.unitId)));
    m_form = new QLabel(this);
    m_form->setObjectName(QStringLiteral("projectForm"));
    auto showForm = [this] {
        const QString form = m_unit->currentData(Qt::UserRole + 1).toString();
        m_form->setText(form.isEmpty() ? QString() : m_codes.name(CodeList::AssistanceForm, form));
    };
    connect(m_unit, &QComboBox::currentIndexChanged, this, showForm);
    showForm();
    auto *unitRow = new QHBoxLayout;
    unitRow->addWidget(m_unit, 2);
    unitRow->addWidget(m_form, 1);

    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("projectYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(m_project.year ? m_project.year : QDate::currentDate().year());
    m_start = dateEdit(m_project.startDate, "projectStart", this);
    m_end = dateEdit(m_project.endDate, "projectEnd", this);
    auto *scheduleRow = new QHBoxLayout;
    auto *startLabel = new QLabel(tr("&From"), this);
    startLabel->setBuddy(m_start);
    auto *endLabel = new QLabel(tr("unti&l"), this);
    endLabel->setBuddy(m_end);
    scheduleRow->addWidget(m_year);
    scheduleRow->addWidget(startLabel);
    scheduleRow->addWidget(m_start);
    scheduleRow->addWidget(endLabel);
    scheduleRow->addWidget(m_end);
    scheduleRow->addStretch();

    m_content = textEdit(m_project.content, "projectContent", this);
    m_budget = new QLineEdit(Money::fromFen(m_project.budgetFen).toEditString(), this);
    m_budget->setObjectName(QStringLiteral("projectBudget"));
    m_budget->setPlaceholderText(tr("0.00"));
    m_target = textEdit(m_project.performanceTarget, "projectTarget", this);
    m_target->setPlaceholderText(tr("Required before the project enters the library"));
    m_mechanism = textEdit(m_project.benefitMechanism, "projectMechanism", this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Na&ture:"), m_nature);
    form->addRow(tr("&Where built:"), m_place);
    form->addRow(tr("&Responsible unit:"), m_responsible);
    auto *unitLabel = new QLabel(tr("Assistance &unit and form:"), this);
    unitLabel->setBuddy(m_unit);
    form->addRow(unitLabel, unitRow);
    auto *yearLabel = new QLabel(tr("&Year and schedule:"), this);
    yearLabel->setBuddy(m_year);
    form->addRow(yearLabel, scheduleRow);
    form->addRow(tr("C&ontent:"), m_content);
    form->addRow(tr("&Budget (yuan):"), m_budget);
    form->addRow(tr("&Performance target (绩效目标):"), m_target);
    form->addRow(tr("Benefit &mechanism (带贫机制):"), m_mechanism);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("projectError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Sa&ve"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1); // spare height below the form, not inside its rows
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(660, 600);
}

void ProjectDialog::accept()
{
    Project p = m_project;
    p.name = m_name->text().trimmed();
    p.categoryCode = m_category->currentData().toString();
    p.nature = m_nature->currentData().toString();
    // An edited text that names no place leaves the place unchosen; core says so.
    p.divisionId = m_place->findText(m_place->currentText()) == m_place->currentIndex()
        ? m_place->currentData().toLongLong()
        : 0;
    p.responsibleUnit = m_responsible->text().trimmed();
    p.unitId = m_unit->currentData().toLongLong();
    p.year = m_year->value();
    p.startDate = dateOf(m_start);
    p.endDate = dateOf(m_end);
    p.content = m_content->toPlainText().trimmed();
    p.performanceTarget = m_target->toPlainText().trimmed();
    p.benefitMechanism = m_mechanism->toPlainText().trimmed();
    p.budgetFen = 0;
    if (!m_budget->text().trimmed().isEmpty()) {
        const Result<Money> budget = Money::parse(m_budget->text());
        if (!budget) {
            m_error->setText(budget.error());
            m_error->show();
            m_budget->setFocus();
            return;
        }
        p.budgetFen = budget->fen();
    }
    const Result<qint64> saved = ProjectLibrary(m_db).save(p);
    if (!saved) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    m_project = p;
    m_project.meta.id = saved.value();
    QDialog::accept();
}
