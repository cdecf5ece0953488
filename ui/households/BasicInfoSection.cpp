// SPDX-License-Identifier: GPL-3.0-or-later
#include "BasicInfoSection.h"

#include "EditorBinder.h"
#include "county/CodeLists.h"
#include "register/PhoneNumber.h"
#include "widgets/FieldGrid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>

namespace {

QSpinBox *yearSpin(const QString &noneText)
{
    auto *spin = new QSpinBox;
    spin->setRange(2012, 2099);
    spin->setMinimum(2012);
    spin->setSpecialValueText(noneText); // the minimum stands for "not set"
    return spin;
}

} // namespace

BasicInfoSection::BasicInfoSection(EditorBinder &binder, const CodeLists &codes, const QList<Division> &divisions,
    std::function<QString(qint64)> nextCode, QWidget *parent)
    : QGroupBox(tr("Basic information"), parent),
      m_binder(binder),
      m_codes(codes),
      m_divisions(divisions),
      m_nextCode(std::move(nextCode))
{
    auto *grid = new FieldGrid(3, this);
    using K = FieldTarget::Kind;

    m_township = new QComboBox;
    m_village = new QComboBox;
    m_group = new QComboBox;
    grid->add(tr("&Township:"), m_township, QStringLiteral("townshipCombo"));
    grid->add(tr("&Village:"), m_village, QStringLiteral("villageCombo"));
    grid->add(tr("&Group:"), m_group, QStringLiteral("groupCombo"));
    connect(m_township, &QComboBox::activated, this, [this] { chooseDivision(Division::Township); });
    connect(m_village, &QComboBox::activated, this, [this] { chooseDivision(Division::Village); });
    connect(m_group, &QComboBox::activated, this, [this] { chooseDivision(Division::Group); });
    connect(&binder, &EditorBinder::valueChanged, this, [this](const FieldTarget &t) {
        if (t.kind == K::Household && t.column.endsWith(QLatin1String("_id")))
            showDivisions();
        if (t.kind == K::Household
            && (t.column == QLatin1String("status_code") || t.column == QLatin1String("exit_year")
                || t.column == QLatin1String("monitoring_category")))
            showStatus();
        if (t.kind == K::Household && t.column == QLatin1String("phone"))
            checkPhone();
    });

    auto *code = new QLineEdit;
    grid->add(tr("Household &code:"), code, QStringLiteral("householdCodeEdit"));
    binder.bind(code, K::Household, QStringLiteral("code"));
    auto *address = new QLineEdit;
    grid->add(tr("&Address:"), address, QStringLiteral("addressEdit"), 2);
    binder.bind(address, K::Household, QStringLiteral("address"));

    m_phone = new QLineEdit;
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    grid->add(tr("&Phone:"), m_phone, QStringLiteral("phoneEdit"));
    binder.bind(m_phone, K::Household, QStringLiteral("phone"));
    m_phoneProblem = new QLabel;
    m_phoneProblem->setObjectName(QStringLiteral("phoneProblem"));
    m_phoneProblem->setStyleSheet(QStringLiteral("color: #c01c28"));
    grid->addBeside(m_phoneProblem);

    auto *bank = new QLineEdit;
    grid->add(tr("&Bank:"), bank, QStringLiteral("bankNameEdit"));
    binder.bind(bank, K::Household, QStringLiteral("bank_name"));
    auto *account = new QLineEdit;
    grid->add(tr("Bank acco&unt:"), account, QStringLiteral("bankAccountEdit"), 2);
    binder.bind(account, K::Household, QStringLiteral("bank_account"));

    m_attribute = new QComboBox;
    fillCodes(m_attribute, codes, CodeList::Attribute, true);
    grid->add(tr("A&ttribute:"), m_attribute, QStringLiteral("attributeCombo"));
    binder.bind(m_attribute, K::Household, QStringLiteral("attribute_code"));
    auto *standard = new QComboBox;
    fillCodes(standard, codes, CodeList::Standard, false);
    grid->add(tr("Identification &standard:"), standard, QStringLiteral("standardCombo"));
    binder.bind(standard, K::Household, QStringLiteral("standard_code"));
    m_status = new QLabel;
    grid->add(tr("Status:"), m_status, QStringLiteral("statusLabel"));

    auto *identified = yearSpin(tr("not yet"));
    grid->add(tr("&Identified in:"), identified, QStringLiteral("identificationYearSpin"));
    binder.bind(identified, K::Household, QStringLiteral("identification_year"), true);
    // Set by the step "Identify", like the status: shown here, changed in the status section.
    identified->setEnabled(false);
    auto *plannedExit = yearSpin(tr("not planned"));
    grid->add(tr("&Planned exit:"), plannedExit, QStringLiteral("plannedExitYearSpin"));
    binder.bind(plannedExit, K::Household, QStringLiteral("planned_exit_year"), true);
    grid->newRow();

    const QList<std::pair<QString, QString>> flags{
        {tr("&Military or martyr family"), QStringLiteral("military_family")},
        {tr("&Relocated household"), QStringLiteral("relocated")},
        {tr("Joined a c&ooperative"), QStringLiteral("cooperative")},
        {tr("&Led by an enterprise"), QStringLiteral("enterprise_led")}};
    auto *flagRow = new QHBoxLayout;
    for (const auto &[text, column] : flags) {
        auto *box = new QCheckBox(text);
        box->setObjectName(column + QStringLiteral("Check"));
        binder.bind(box, K::Household, column);
        flagRow->addWidget(box);
    }
    flagRow->addStretch();
    grid->addFullRow(flagRow);

    auto *mode = new QLineEdit;
    grid->add(tr("Relocation &mode:"), mode, QStringLiteral("relocationModeEdit"));
    binder.bind(mode, K::Household, QStringLiteral("relocation_mode"));
    auto *settlement = new QLineEdit;
    grid->add(tr("Settl&ement address:"), settlement, QStringLiteral("settlementAddressEdit"), 2);
    binder.bind(settlement, K::Household, QStringLiteral("settlement_address"));

    showDivisions();
    showStatus();
    checkPhone();
}

void BasicInfoSection::fillDivisionCombo(QComboBox *combo, qint64 parentId, bool allowEmpty)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (allowEmpty)
        combo->addItem(QString(), qint64(0));
    for (const Division &d : std::as_const(m_divisions)) {
        if (d.parentId == parentId && parentId != 0)
            combo->addItem(d.name, d.id);
    }
}

void BasicInfoSection::showDivisions()
{
    const Household &h = m_binder.household();
    const qint64 county = m_divisions.isEmpty() ? 0 : m_divisions.first().id;
    fillDivisionCombo(m_township, county, false);
    fillDivisionCombo(m_village, h.townshipId, false);
    fillDivisionCombo(m_group, h.villageId, true);
    for (auto [combo, id] : {std::pair{m_township, h.townshipId}, {m_village, h.villageId}, {m_group, h.groupId}}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(id));
    }
}

void BasicInfoSection::chooseDivision(int level)
{
    const Household &h = m_binder.household();
    qint64 township = m_township->currentData().toLongLong();
    qint64 village = level == Division::Township ? 0 : m_village->currentData().toLongLong();
    qint64 group = level == Division::Group ? m_group->currentData().toLongLong() : 0;
    if (village == 0) { // a new township: its first village
        for (const Division &d : std::as_const(m_divisions)) {
            if (d.parentId == township) {
                village = d.id;
                break;
            }
        }
    }
    if (township == h.townshipId && village == h.villageId && group == h.groupId)
        return;
    const qint64 oldVillage = h.villageId;
    const QString oldCode = h.code;
    // One undoable step for the whole address.
    m_binder.undoStack()->beginMacro(tr("Change address"));
    m_binder.change({FieldTarget::Household, QStringLiteral("township_id"), {}}, township);
    m_binder.change({FieldTarget::Household, QStringLiteral("village_id"), {}}, village);
    m_binder.change(
        {FieldTarget::Household, QStringLiteral("group_id"), {}}, group == 0 ? QVariant() : QVariant(group));
    // A new household's code follows its village while it is still the proposed one.
    if (h.meta.id == 0 && village != oldVillage && m_nextCode
        && (oldCode.isEmpty() || oldCode == m_nextCode(oldVillage)))
        m_binder.change({FieldTarget::Household, QStringLiteral("code"), {}}, m_nextCode(village));
    m_binder.undoStack()->endMacro();
    showDivisions();
}

void BasicInfoSection::showStatus()
{
    const Household &h = m_binder.household();
    QString text = m_codes.name(CodeList::Status, h.statusCode);
    if (h.exitYear)
        text += tr(", exited in %1").arg(*h.exitYear);
    if (!h.monitoringCategory.isEmpty())
        text += tr(", monitored: %1").arg(m_codes.name(CodeList::Monitoring, h.monitoringCategory));
    m_status->setText(text);
    // A saved household's attribute changes with its exit or relapse, or by the step "Change attribute",
    // in the status section only.
    m_attribute->setEnabled(h.meta.id == 0);
}

void BasicInfoSection::checkPhone()
{
    const QString phone = m_binder.household().phone;
    const PhoneNumber::Check check = PhoneNumber::check(phone);
    m_phoneProblem->setText(phone.isEmpty() || check.valid() ? QString() : check.reason);
}
