// SPDX-License-Identifier: GPL-3.0-or-later
#include "LivingSection.h"

#include "EditorBinder.h"
#include "county/CodeLists.h"
#include "widgets/FieldGrid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

LivingSection::LivingSection(EditorBinder &binder, const CodeLists &codes, QWidget *parent)
    : QGroupBox(tr("Living conditions"), parent)
{
    using K = FieldTarget::Kind;
    auto *grid = new FieldGrid(4, this);
    connect(&binder, &EditorBinder::yearChanged, this,
        [this](int year) { setTitle(tr("Living conditions in %1").arg(year)); });
    setTitle(tr("Living conditions in %1").arg(binder.year()));

    const QList<std::tuple<QString, QString, QString>> areas{
        {tr("&Farmland (mu):"), QStringLiteral("farmlandSpin"), QStringLiteral("farmland_mu")},
        {tr("&Irrigated (mu):"), QStringLiteral("irrigatedSpin"), QStringLiteral("irrigated_mu")},
        {tr("&Forest (mu):"), QStringLiteral("forestSpin"), QStringLiteral("forest_mu")},
        {tr("Returned &farmland (mu):"), QStringLiteral("returnedFarmlandSpin"),
            QStringLiteral("returned_farmland_mu")},
        {tr("Fruit forest (mu):"), QStringLiteral("fruitForestSpin"), QStringLiteral("fruit_forest_mu")},
        {tr("Pasture (mu):"), QStringLiteral("pastureSpin"), QStringLiteral("pasture_mu")},
        {tr("Water surface (mu):"), QStringLiteral("waterSurfaceSpin"), QStringLiteral("water_surface_mu")},
        {tr("Housing area (m²):"), QStringLiteral("housingAreaSpin"), QStringLiteral("housing_area_m2")},
        {tr("&Road distance (km):"), QStringLiteral("roadDistanceSpin"), QStringLiteral("road_distance_km")},
    };
    for (const auto &[label, name, column] : areas) {
        auto *spin = new QDoubleSpinBox;
        spin->setRange(0, 100000);
        spin->setDecimals(2);
        grid->add(label, spin, name);
        binder.bind(spin, K::Living, column);
    }
    const QList<std::tuple<QString, QString, QString, QString>> combos{
        {tr("Road &surface:"), QStringLiteral("roadSurfaceCombo"), CodeList::Road, QStringLiteral("road_surface_code")},
        {tr("House ratin&g:"), QStringLiteral("houseRatingCombo"), CodeList::HouseRating,
            QStringLiteral("house_rating_code")},
        {tr("Cooking f&uel:"), QStringLiteral("cookingFuelCombo"), CodeList::Fuel, QStringLiteral("cooking_fuel_code")},
    };
    for (const auto &[label, name, list, column] : combos) {
        auto *combo = new QComboBox;
        fillCodes(combo, codes, list, true);
        grid->add(label, combo, name);
        binder.bind(combo, K::Living, column);
    }
    auto *renovated = new QSpinBox;
    renovated->setRange(1990, 2099);
    renovated->setSpecialValueText(tr("not renovated"));
    grid->add(tr("Reno&vated in:"), renovated, QStringLiteral("renovationYearSpin"));
    binder.bind(renovated, K::Living, QStringLiteral("renovation_year"), true);

    const QList<std::pair<QString, QString>> conditions{
        {tr("Production electricity"), QStringLiteral("production_power")},
        {tr("Household electricity"), QStringLiteral("household_power")},
        {tr("Radio and TV"), QStringLiteral("radio_tv")},
        {tr("Difficult drinking water"), QStringLiteral("water_difficulty")},
        {tr("Safe drinking water"), QStringLiteral("water_safe")},
        {tr("Sanitary toilet"), QStringLiteral("sanitary_toilet")},
    };
    auto *conditionGrid = new QGridLayout;
    for (int i = 0; i < conditions.size(); ++i) {
        auto *box = new QCheckBox(conditions.at(i).first);
        box->setObjectName(conditions.at(i).second + QStringLiteral("Check"));
        binder.bind(box, K::Living, conditions.at(i).second);
        conditionGrid->addWidget(box, i / 6, i % 6);
    }
    grid->addFullRow(conditionGrid);

    // 两不愁三保障: no worry about food and clothing; education, medical care and housing secured.
    auto *guarantees = new QGridLayout;
    auto *title = new QLabel(tr("Two assurances, three guarantees:"));
    guarantees->addWidget(title, 0, 0);
    const QList<std::pair<QString, QString>> secure{
        {tr("Food secure"), QStringLiteral("food_secure")},
        {tr("Clothing secure"), QStringLiteral("clothing_secure")},
        {tr("Compulsory education secured"), QStringLiteral("education_secure")},
        {tr("Basic medical care secured"), QStringLiteral("medical_secure")},
        {tr("Housing safe"), QStringLiteral("housing_secure")},
    };
    for (int i = 0; i < secure.size(); ++i) {
        auto *box = new QCheckBox(secure.at(i).first);
        box->setObjectName(secure.at(i).second + QStringLiteral("Check"));
        binder.bind(box, K::Living, secure.at(i).second);
        guarantees->addWidget(box, 0, i + 1);
    }
    grid->addFullRow(guarantees);
}
