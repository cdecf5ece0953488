// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncomeSection.h"

#include "EditorBinder.h"
#include "common/Money.h"
#include "register/IncomeStatement.h"
#include "widgets/FieldGrid.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

IncomeSection::IncomeSection(EditorBinder &binder, const PovertyStandards &standards, QWidget *parent)
    : QGroupBox(parent), m_binder(binder), m_standards(standards)
{
    using K = FieldTarget::Kind;
    auto *grid = new FieldGrid(4, this);

    auto *size = new QSpinBox;
    size->setRange(1, 30);
    grid->add(tr("Household si&ze:"), size, QStringLiteral("householdSizeSpin"));
    binder.bind(size, K::Income, QStringLiteral("household_size"));
    grid->newRow();

    // Only the keys an amount is typed with get through; Money::parse reads the whole (income is
    // never negative, so there is no minus).
    static const QRegularExpression amount(QStringLiteral("^[0-9０-９.．。,，¥￥元 \\x{3000}]*$"));
    const QList<std::tuple<QString, QString, QString>> amounts{
        {tr("Migrant &wages:"), QStringLiteral("wageMigrantEdit"), QStringLiteral("wage_migrant")},
        {tr("Welfare-&job wages:"), QStringLiteral("wageWelfareJobEdit"), QStringLiteral("wage_welfare_job")},
        {tr("C&rops:"), QStringLiteral("opCropsEdit"), QStringLiteral("op_crops")},
        {tr("&Livestock:"), QStringLiteral("opLivestockEdit"), QStringLiteral("op_livestock")},
        {tr("Forestry and fruit:"), QStringLiteral("opForestryEdit"), QStringLiteral("op_forestry")},
        {tr("Other operating:"), QStringLiteral("opOtherEdit"), QStringLiteral("op_other")},
        {tr("Asset &dividends:"), QStringLiteral("propDividendEdit"), QStringLiteral("prop_dividend")},
        {tr("Land transfer:"), QStringLiteral("propLandTransferEdit"), QStringLiteral("prop_land_transfer")},
        {tr("Family planning:"), QStringLiteral("trFamilyPlanningEdit"), QStringLiteral("tr_family_planning")},
        {tr("S&ubsistence allowance:"), QStringLiteral("trSubsistenceEdit"), QStringLiteral("tr_subsistence")},
        {tr("Extreme-poverty support:"), QStringLiteral("trExtremeSupportEdit"), QStringLiteral("tr_extreme_support")},
        {tr("&Pensions:"), QStringLiteral("trPensionEdit"), QStringLiteral("tr_pension")},
        {tr("Ecological compensation:"), QStringLiteral("trEcoCompensationEdit"),
            QStringLiteral("tr_eco_compensation")},
        {tr("Old-age/disability subsidies:"), QStringLiteral("trSubsidiesEdit"), QStringLiteral("tr_subsidies")},
        {tr("Alimony:"), QStringLiteral("trAlimonyEdit"), QStringLiteral("tr_alimony")},
        {tr("Insurance payouts:"), QStringLiteral("trInsuranceEdit"), QStringLiteral("tr_insurance")},
        {tr("Operating &costs:"), QStringLiteral("opCostsEdit"), QStringLiteral("op_costs")},
    };
    for (const auto &[label, name, column] : amounts) {
        auto *edit = new QLineEdit;
        edit->setValidator(new QRegularExpressionValidator(amount, edit));
        grid->add(label, edit, name);
        binder.bindYuan(edit, K::Income, column);
    }

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("perCapitaLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    grid->addFullRow(m_summary);

    connect(&binder, &EditorBinder::valueChanged, this, [this](const FieldTarget &t) {
        if (t.kind == K::Income)
            updateSummary();
    });
    connect(&binder, &EditorBinder::yearChanged, this, &IncomeSection::updateSummary);
    connect(&binder, &EditorBinder::membersChanged, this, &IncomeSection::updateSummary);
    updateSummary();
}

void IncomeSection::updateSummary()
{
    const int year = m_binder.year();
    setTitle(tr("Income in %1 (yuan)").arg(year));
    const IncomeRecord *income = m_binder.household().incomeFor(year);
    if (!income) {
        m_summary->setText(tr("No income recorded for %1 yet.").arg(year));
        return;
    }
    // The same statement the income card (收入明白卡) prints: S and T.
    const IncomeStatement statement = IncomeStatement::of(*income, m_binder.household().members);
    const auto perCapita = statement.perCapitaFen;
    QString text = tr("Net income <b>%1</b> yuan; per person <b>%2</b> yuan")
                       .arg(Money::fromFen(statement.netFen).toString(),
                           perCapita ? Money::fromFen(*perCapita).toString() : QStringLiteral("-"));
    if (const auto yearStandard = m_standards.forYear(year); perCapita && yearStandard) {
        const qint64 standard = yearStandard->fen;
        const bool above = *perCapita > standard;
        const QString measure = yearStandard->isThreshold ? tr("the %1 monitoring threshold").arg(year)
                                                          : tr("the %1 poverty line").arg(year);
        text += QStringLiteral(" — <span style=\"color:%1\">%2</span>")
                    .arg(above ? QStringLiteral("#1a7f37") : QStringLiteral("#c01c28"),
                        (above ? tr("above %1 of %2 yuan") : tr("below %1 of %2 yuan"))
                            .arg(measure, Money::fromFen(standard).toString()));
    }
    if (income->householdSize != m_binder.household().members.size())
        text += QStringLiteral("<br>")
            + tr("The household size of this year (%1) differs from the members listed (%2).")
                  .arg(income->householdSize)
                  .arg(m_binder.household().members.size());
    m_summary->setText(text);
}
