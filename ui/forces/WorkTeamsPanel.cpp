// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/WorkTeamsPanel.h"
#include "spreadsheets/ListExport.h"

#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "forces/AssistanceForces.h"
#include "forces/ForcesKinds.h"
#include "forces/ForcesListModel.h"
#include "forces/ForcesLists.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

WorkTeamsPanel::WorkTeamsPanel(QWidget *parent) : ForcesPanel(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_current = new QCheckBox(tr("Current teams &only"));
    m_current->setObjectName(QStringLiteral("currentTeamsOnly"));
    m_current->setChecked(true);
    bar->addWidget(m_current);
    bar->addStretch();
    auto *add = new QPushButton(tr("&New team…"));
    auto *member = new QPushButton(tr("&Add member…"));
    auto *remove = new QPushButton(tr("Re&move member…"));
    for (QPushButton *b : {add, member, remove}) {
        bar->addWidget(b);
        gate(b, AccessPolicy::Action::EditCountyData);
    }
    layout->addLayout(bar);
    m_model = new ForcesListModel({tr("Village"), tr("Township"), tr("Sending unit"), tr("From"), tr("Until"),
                                      tr("Members"), tr("Team members and roles")},
        this);
    m_view = tableFor(m_model, QStringLiteral("workTeamTable"), tr("Work teams"));
    layout->addWidget(m_view, 1);
    connect(m_current, &QCheckBox::toggled, this, &WorkTeamsPanel::reload);
    connect(add, &QPushButton::clicked, this, &WorkTeamsPanel::newTeam);
    connect(member, &QPushButton::clicked, this, &WorkTeamsPanel::addMember);
    connect(remove, &QPushButton::clicked, this, &WorkTeamsPanel::removeMember);
}

void WorkTeamsPanel::reload()
{
    QList<qint64> ids;
    QList<QVariantList> rows;
    QList<bool> dimmed;
    if (m_db) {
        for (const ForcesLists::Team &t :
            ForcesLists(*m_db).workTeams(m_division, m_current->isChecked()).value_or({})) {
            ids << t.id;
            rows << QVariantList{t.village, t.township, t.unit, t.start, t.end.isValid() ? QVariant(t.end) : tr("now"),
                t.memberCount, t.members};
            dimmed << (t.memberCount < 3);
        }
    }
    m_model->setRows(ids, rows);
    m_view->resizeColumnsToContents();
}

void WorkTeamsPanel::newTeam()
{
    if (!m_db)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New work team"));
    auto *form = new QFormLayout(&dialog);
    auto *village = new QComboBox;
    // The villages of the selected division (or of the county), named with their township.
    const QList<Division> divisions = Divisions::load(*m_db, Divisions::Counts::Without).value_or({});
    QHash<qint64, QString> names;
    for (const Division &d : divisions)
        names.insert(d.id, d.name);
    for (const Division &d : divisions) {
        if (d.level == Division::Village && (m_division == 0 || d.id == m_division || d.parentId == m_division))
            village->addItem(names.value(d.parentId) + u' ' + d.name, d.id);
    }
    form->addRow(tr("&Village:"), village);
    auto *unit = new QComboBox;
    unit->addItem(tr("(none)"), 0);
    for (const ForcesLists::Unit &u : ForcesLists(*m_db).units().value_or({})) {
        if (u.active)
            unit->addItem(u.name, u.id);
    }
    form->addRow(tr("&Sending unit:"), unit);
    auto *start = new DateField(QDate::currentDate());
    form->addRow(tr("&From:"), start);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        WorkTeam team;
        team.villageId = village->currentData().toLongLong();
        team.unitId = unit->currentData().toLongLong();
        team.startDate = start->date();
        if (const Result<qint64> r = AssistanceForces(*m_db).saveWorkTeam(team); !r) {
            QMessageBox::warning(&dialog, tr("New work team"), r.error());
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void WorkTeamsPanel::addMember()
{
    const qint64 team = currentId(m_view);
    if (!m_db || team == 0) {
        QMessageBox::information(this, tr("Work teams"), tr("Select the work team first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a team member"));
    auto *form = new QFormLayout(&dialog);
    auto *cadre = new QComboBox;
    cadre->setEditable(true);
    cadre->setInsertPolicy(QComboBox::NoInsert);
    for (const ForcesLists::Cadre &c : ForcesLists(*m_db).cadres().value_or({})) {
        if (c.active)
            cadre->addItem(c.unit.isEmpty() ? c.name : c.name + QStringLiteral(" · ") + c.unit, c.id);
    }
    form->addRow(tr("&Cadre:"), cadre);
    auto *role = new QComboBox;
    role->addItem(tr("Team member"), QStringLiteral("member"));
    role->addItem(tr("Team leader"), QStringLiteral("leader"));
    role->addItem(tr("First secretary"), QStringLiteral("first_secretary"));
    form->addRow(tr("&Role:"), role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        WorkTeamMember member;
        member.teamId = team;
        member.cadreId = cadre->currentData().toLongLong();
        member.role = role->currentData().toString();
        if (const Result<qint64> r = AssistanceForces(*m_db).addTeamMember(member); !r) {
            QMessageBox::warning(&dialog, tr("Add a team member"), r.error());
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_view->selectRow(m_model->rowFor(team));
        emit changed();
    }
}

void WorkTeamsPanel::removeMember()
{
    const qint64 team = currentId(m_view);
    if (!m_db || team == 0) {
        QMessageBox::information(this, tr("Work teams"), tr("Select the work team first."));
        return;
    }
    QStringList names;
    QList<qint64> ids;
    for (const ForcesLists::TeamMember &m : ForcesLists(*m_db).teamMembers(team).value_or({})) {
        ids << m.id;
        names << m.cadreName;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Remove a team member"), tr("&Member:"), names, 0, false, &ok);
    if (!ok || name.isEmpty())
        return;
    const QString reason = QInputDialog::getText(
        this, tr("Remove a team member"), tr("&Why does %1 leave the team?").arg(name), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (const Status st = AssistanceForces(*m_db).removeTeamMember(ids.at(names.indexOf(name)), reason); !st) {
        QMessageBox::warning(this, tr("Remove a team member"), st.error());
        return;
    }
    reload();
    emit changed();
}

ListExportJob::Choice WorkTeamsPanel::exportChoice() const
{
    const qint64 division = m_division;
    const bool current = m_current->isChecked();
    return {
        tr("Work teams"), [=](ListExport &out, const QString &path) { return out.workTeams(division, current, path); }};
}
