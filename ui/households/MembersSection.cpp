// SPDX-License-Identifier: GPL-3.0-or-later
#include "MembersSection.h"

#include "EditCommands.h"
#include "EditorBinder.h"
#include "MemberTableModel.h"
#include "county/CodeLists.h"
#include "db/RecordStamp.h"
#include "register/IdNumber.h"
#include "widgets/FieldGrid.h"
#include "widgets/TableKeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

namespace {
const QString HeadRelation = QStringLiteral("01");
const QString OtherRelation = QStringLiteral("99");
} // namespace

MembersSection::MembersSection(EditorBinder &binder, const CodeLists &codes, QWidget *parent)
    : QGroupBox(tr("Members"), parent), m_binder(binder), m_codes(codes)
{
    using K = FieldTarget::Kind;
    auto *layout = new QVBoxLayout(this);

    m_model = new MemberTableModel(binder, codes, this);
    m_table = new QTableView;
    TableKeys::apply(m_table);
    m_table->setObjectName(QStringLiteral("memberTable"));
    m_table->setAccessibleName(tr("Members"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(MemberTableModel::Name, 110);
    m_table->setColumnWidth(MemberTableModel::Relation, 110);
    m_table->setColumnWidth(MemberTableModel::Sex, 50);
    m_table->setColumnWidth(MemberTableModel::IdNumber, 170);
    m_table->setColumnWidth(MemberTableModel::BirthDate, 100);
    m_table->setColumnWidth(MemberTableModel::Health, 160);
    m_table->setFixedHeight(6 * (m_table->fontMetrics().height() + 6) + 30);
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add member"));
    add->setObjectName(QStringLiteral("addMemberButton"));
    add->setToolTip(tr("Add a member (Ctrl+M)"));
    m_remove = new QPushButton(tr("Remo&ve member"));
    m_remove->setObjectName(QStringLiteral("removeMemberButton"));
    m_up = new QPushButton(tr("Move u&p"));
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_down = new QPushButton(tr("Move do&wn"));
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    m_head = new QPushButton(tr("Make &head"));
    m_head->setObjectName(QStringLiteral("makeHeadButton"));
    for (QPushButton *b : {add, m_remove, m_up, m_down, m_head}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &MembersSection::addMember);
    connect(m_remove, &QPushButton::clicked, this, &MembersSection::removeMember);
    connect(m_up, &QPushButton::clicked, this, [this] { moveMember(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveMember(1); });
    connect(m_head, &QPushButton::clicked, this, &MembersSection::makeHead);

    auto *grid = new FieldGrid(3);
    layout->addLayout(grid);
    m_name = new QLineEdit;
    grid->add(tr("&Name:"), m_name, QStringLiteral("memberNameEdit"));
    binder.bind(m_name, K::Member, QStringLiteral("name"));
    m_idNumber = new QLineEdit;
    m_idNumber->setMaxLength(24);
    grid->add(tr("I&D number:"), m_idNumber, QStringLiteral("idNumberEdit"));
    binder.bind(m_idNumber, K::Member, QStringLiteral("id_number"));
    // Sex and birth date follow a complete 18-digit number as it is typed; the first 15 digits of
    // one would read as an old 15-digit number, so those are taken only when the field is left.
    connect(m_idNumber, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (IdNumber::normalize(text).size() >= 18)
            fillFromIdNumber(text);
    });
    connect(m_idNumber, &QLineEdit::editingFinished, this, [this] { fillFromIdNumber(m_idNumber->text()); });
    m_idProblem = new QLabel;
    m_idProblem->setObjectName(QStringLiteral("idProblemLabel"));
    m_idProblem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_idProblem->setWordWrap(true);
    grid->addBeside(m_idProblem);

    auto *sex = new QComboBox;
    fillCodes(sex, codes, CodeList::Sex, true);
    grid->add(tr("&Sex:"), sex, QStringLiteral("sexCombo"));
    binder.bind(sex, K::Member, QStringLiteral("sex_code"));
    auto *birth = new QLineEdit;
    grid->add(tr("&Born:"), birth, QStringLiteral("birthDateEdit"));
    binder.bindDate(birth, K::Member, QStringLiteral("birth_date"));
    auto *relation = new QComboBox;
    fillCodes(relation, codes, CodeList::Relation, true);
    grid->add(tr("&Relation to head:"), relation, QStringLiteral("relationCombo"));
    binder.bind(relation, K::Member, QStringLiteral("relation_code"));

    const QList<std::tuple<QString, QString, QString, QString>> combos{
        {tr("&Ethnicity:"), QStringLiteral("ethnicityCombo"), CodeList::Ethnicity, QStringLiteral("ethnicity_code")},
        {tr("&Political status:"), QStringLiteral("politicalCombo"), CodeList::Political,
            QStringLiteral("political_code")},
        {tr("Ed&ucation:"), QStringLiteral("educationCombo"), CodeList::Education, QStringLiteral("education_code")},
        {tr("S&chooling:"), QStringLiteral("schoolingCombo"), CodeList::Schooling, QStringLiteral("schooling_code")},
        {tr("&Labour:"), QStringLiteral("labourCombo"), CodeList::Labour, QStringLiteral("labour_code")},
        {tr("&Work:"), QStringLiteral("workStatusCombo"), CodeList::Work, QStringLiteral("work_status_code")},
    };
    for (const auto &[label, name, list, column] : combos) {
        auto *combo = new QComboBox;
        fillCodes(combo, codes, list, true);
        grid->add(label, combo, name);
        binder.bind(combo, K::Member, column);
    }
    auto *workPlace = new QLineEdit;
    grid->add(tr("Work &place:"), workPlace, QStringLiteral("workPlaceEdit"));
    binder.bind(workPlace, K::Member, QStringLiteral("work_place"));
    auto *months = new QSpinBox;
    months->setRange(0, 12);
    grid->add(tr("Months &worked:"), months, QStringLiteral("monthsWorkedSpin"));
    binder.bind(months, K::Member, QStringLiteral("months_worked"));
    auto *dropout = new QLineEdit;
    grid->add(tr("Dr&opout reason:"), dropout, QStringLiteral("dropoutReasonEdit"));
    binder.bind(dropout, K::Member, QStringLiteral("dropout_reason"));

    // Health conditions may combine (e.g. chronic illness and disability).
    auto *healthRow = new QHBoxLayout;
    auto *healthLabel = new QLabel(tr("Health:"));
    healthRow->addWidget(healthLabel);
    QList<QCheckBox *> healthBoxes;
    QStringList healthCodes;
    for (const CodeLists::Item &item : codes.items(CodeList::Health)) {
        auto *box = new QCheckBox(CodeLists::chineseNames() ? item.nameZh : item.nameEn);
        box->setObjectName(QStringLiteral("health%1Check").arg(item.code));
        healthRow->addWidget(box);
        healthBoxes << box;
        healthCodes << item.code;
    }
    healthRow->addStretch();
    grid->addFullRow(healthRow);
    binder.bindCodeSet(healthBoxes, healthCodes, K::Member, QStringLiteral("health_codes"));

    const QList<std::pair<QString, QString>> flags{
        {tr("Medical insurance"), QStringLiteral("medical_insurance")},
        {tr("Serious-illness insurance"), QStringLiteral("serious_illness_insurance")},
        {tr("Commercial insurance"), QStringLiteral("commercial_insurance")},
        {tr("Pension insurance"), QStringLiteral("pension_insurance")},
        {tr("Subsistence allowance"), QStringLiteral("subsistence_allowance")},
        {tr("Extreme-poverty support"), QStringLiteral("extreme_poverty_support")},
        {tr("Medical assistance"), QStringLiteral("medical_assistance")},
        {tr("Public-welfare job"), QStringLiteral("welfare_job")},
    };
    auto *flagGrid = new QGridLayout;
    for (int i = 0; i < flags.size(); ++i) {
        auto *box = new QCheckBox(flags.at(i).first);
        box->setObjectName(flags.at(i).second + QStringLiteral("Check"));
        binder.bind(box, K::Member, flags.at(i).second);
        flagGrid->addWidget(box, i / 4, i % 4);
    }
    grid->addFullRow(flagGrid);
    auto *jobMonths = new QSpinBox;
    jobMonths->setRange(0, 12);
    grid->add(tr("Welfare-job mo&nths:"), jobMonths, QStringLiteral("welfareJobMonthsSpin"));
    binder.bind(jobMonths, K::Member, QStringLiteral("welfare_job_months"));

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_binder.setCurrentMember(m_model->uuidAt(current.row())); });
    connect(&binder, &EditorBinder::currentMemberChanged, this, [this] {
        selectCurrent();
        updateIdProblem();
        updateButtons();
    });
    connect(&binder, &EditorBinder::membersChanged, this, [this] {
        selectCurrent();
        updateButtons();
    });
    connect(&binder, &EditorBinder::valueChanged, this, [this](const FieldTarget &t) {
        if (t.kind == K::Member && t.column == QLatin1String("id_number"))
            updateIdProblem();
        if (t.kind == K::Member && t.column == QLatin1String("relation_code"))
            updateButtons();
    });

    if (!binder.household().members.isEmpty())
        binder.setCurrentMember(binder.household().members.first().meta.uuid);
    selectCurrent();
    updateIdProblem();
    updateButtons();
}

void MembersSection::addMember()
{
    Member member;
    member.meta.uuid = RecordStamp::newUuid();
    const auto &members = m_binder.household().members;
    const bool hasHead = std::any_of(members.cbegin(), members.cend(), [](const Member &m) { return m.isHead(); });
    member.relationCode = hasHead ? QString() : HeadRelation;
    m_binder.undoStack()->push(new AddMemberCommand(&m_binder, int(members.size()), member));
    m_name->setFocus();
}

void MembersSection::removeMember()
{
    const int row = m_binder.memberIndex(m_binder.currentMember());
    if (row < 0)
        return;
    // Undo would bring the member back, but a cadre does not know that: ask first.
    const Member &member = m_binder.household().members.at(row);
    const QString who = member.name.isEmpty() ? tr("this member") : member.name;
    if (QMessageBox::question(this, tr("Remove member"),
            tr("Remove %1 from the household? The member is removed when the household is saved.").arg(who),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    m_binder.undoStack()->push(new RemoveMemberCommand(&m_binder, row));
}

void MembersSection::moveMember(int delta)
{
    const int row = m_binder.memberIndex(m_binder.currentMember());
    const int to = row + delta;
    if (row >= 0 && to >= 0 && to < m_binder.household().members.size())
        m_binder.undoStack()->push(new MoveMemberCommand(&m_binder, row, to));
}

void MembersSection::makeHead()
{
    const QString uuid = m_binder.currentMember();
    const auto &members = m_binder.household().members;
    const int row = m_binder.memberIndex(uuid);
    if (row < 0 || members.at(row).isHead())
        return;
    // The former head takes the new head's old relation as a placeholder the user then corrects;
    // both changes are one undoable step.
    const QString formerRelation
        = members.at(row).relationCode.isEmpty() ? OtherRelation : members.at(row).relationCode;
    m_binder.undoStack()->beginMacro(tr("Make %1 the head").arg(members.at(row).name));
    for (const Member &m : members) {
        if (m.isHead())
            m_binder.change({FieldTarget::Member, QStringLiteral("relation_code"), m.meta.uuid}, formerRelation);
    }
    m_binder.change({FieldTarget::Member, QStringLiteral("relation_code"), uuid}, HeadRelation);
    m_binder.undoStack()->endMacro();
}

void MembersSection::selectCurrent()
{
    const int row = m_binder.memberIndex(m_binder.currentMember());
    if (row >= 0 && m_table->currentIndex().row() != row)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void MembersSection::updateIdProblem()
{
    const int row = m_binder.memberIndex(m_binder.currentMember());
    const QString id = row >= 0 ? m_binder.household().members.at(row).idNumber : QString();
    if (id.isEmpty()) {
        m_idProblem->clear();
        return;
    }
    const IdNumber::Check check = IdNumber::check(id);
    // A registered ID is said beside the field too, not only in the problems below.
    m_idProblem->setText(check.valid ? m_duplicates.value(m_binder.currentMember()) : check.reason);
}

void MembersSection::fillFromIdNumber(const QString &text)
{
    const IdNumber::Check check = IdNumber::check(text);
    if (!check.valid)
        return;
    const QString uuid = m_binder.currentMember();
    const int index = m_binder.memberIndex(uuid);
    if (index < 0)
        return;
    const Member &m = m_binder.household().members.at(index);
    if (m.sexCode == check.sexCode && m.birthDate == check.birthDate)
        return;
    m_binder.undoStack()->beginMacro(tr("Sex and birth date from the ID number"));
    m_binder.change({FieldTarget::Member, QStringLiteral("sex_code"), uuid}, check.sexCode);
    m_binder.change({FieldTarget::Member, QStringLiteral("birth_date"), uuid}, check.birthDate.toString(Qt::ISODate));
    m_binder.undoStack()->endMacro();
}

void MembersSection::updateButtons()
{
    const int row = m_binder.memberIndex(m_binder.currentMember());
    const int count = int(m_binder.household().members.size());
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < count - 1);
    m_head->setEnabled(row >= 0 && !m_binder.household().members.at(row).isHead());
}

void MembersSection::setDuplicateIds(const QHash<QString, QString> &problemByMember)
{
    m_duplicates = problemByMember;
    updateIdProblem();
}
