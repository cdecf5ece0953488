// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/HouseholdKinds.h"

#include "db/RecordCatalogue.h"

namespace RecordFields {

template <> const RecordKind<Household> &recordKind<Household>()
{
    using H = Household;
    static const RecordKind<H> kind{"household", QT_TRANSLATE_NOOP("RecordFields", "Household"), Owner::Household,
        WriteAccess::Household, nullptr, nullptr, true,
        {
            {"code", &H::code, QT_TRANSLATE_NOOP("RecordFields", "Household code")},
            {"township_id", &H::townshipId, QT_TRANSLATE_NOOP("RecordFields", "Township")},
            {"village_id", &H::villageId, QT_TRANSLATE_NOOP("RecordFields", "Village")},
            {"group_id", &H::groupId, QT_TRANSLATE_NOOP("RecordFields", "Villager group"), nullptr, NullWhenEmpty},
            {"address", &H::address, QT_TRANSLATE_NOOP("RecordFields", "Address")},
            {"phone", &H::phone, QT_TRANSLATE_NOOP("RecordFields", "Phone")},
            {"bank_name", &H::bankName, QT_TRANSLATE_NOOP("RecordFields", "Bank")},
            {"bank_account", &H::bankAccount, QT_TRANSLATE_NOOP("RecordFields", "Bank account")},
            {"attribute_code", &H::attributeCode, QT_TRANSLATE_NOOP("RecordFields", "Household attribute"),
                "household_attribute"},
            {"standard_code", &H::standardCode, QT_TRANSLATE_NOOP("RecordFields", "Identification standard"),
                "identification_standard"},
            {"status_code", &H::statusCode, QT_TRANSLATE_NOOP("RecordFields", "Status"), "household_status"},
            {"identification_year", &H::identificationYear,
                QT_TRANSLATE_NOOP("RecordFields", "Year of identification")},
            {"planned_exit_year", &H::plannedExitYear, QT_TRANSLATE_NOOP("RecordFields", "Planned exit year")},
            {"exit_year", &H::exitYear, QT_TRANSLATE_NOOP("RecordFields", "Exit year")},
            {"main_cause_code", &H::mainCauseCode, QT_TRANSLATE_NOOP("RecordFields", "Main poverty cause"),
                "poverty_cause"},
            {"other_cause1_code", &H::otherCause1Code, QT_TRANSLATE_NOOP("RecordFields", "Other cause 1"),
                "poverty_cause", NullWhenEmpty},
            {"other_cause2_code", &H::otherCause2Code, QT_TRANSLATE_NOOP("RecordFields", "Other cause 2"),
                "poverty_cause", NullWhenEmpty},
            {"monitoring_category", &H::monitoringCategory, QT_TRANSLATE_NOOP("RecordFields", "Monitoring category"),
                "monitoring_category", NullWhenEmpty},
            {"military_family", &H::militaryFamily, QT_TRANSLATE_NOOP("RecordFields", "Military or martyr family")},
            {"relocated", &H::relocated, QT_TRANSLATE_NOOP("RecordFields", "Relocated household")},
            {"relocation_mode", &H::relocationMode, QT_TRANSLATE_NOOP("RecordFields", "Relocation mode")},
            {"settlement_address", &H::settlementAddress, QT_TRANSLATE_NOOP("RecordFields", "Settlement address")},
            {"cooperative", &H::cooperative, QT_TRANSLATE_NOOP("RecordFields", "Joined a cooperative")},
            {"enterprise_led", &H::enterpriseLed, QT_TRANSLATE_NOOP("RecordFields", "Led by an enterprise")},
        }};
    return kind;
}

template <> const RecordKind<Member> &recordKind<Member>()
{
    using M = Member;
    static const RecordKind<M> kind{"member", QT_TRANSLATE_NOOP("RecordFields", "Member"), Owner::Household,
        WriteAccess::Household, "household_id", "t.position, t.id", false,
        {
            {"name", &M::name, QT_TRANSLATE_NOOP("RecordFields", "Name")},
            {"sex_code", &M::sexCode, QT_TRANSLATE_NOOP("RecordFields", "Sex"), "sex"},
            {"id_number", &M::idNumber, QT_TRANSLATE_NOOP("RecordFields", "ID number")},
            {"birth_date", &M::birthDate, QT_TRANSLATE_NOOP("RecordFields", "Date of birth")},
            {"relation_code", &M::relationCode, QT_TRANSLATE_NOOP("RecordFields", "Relation to head"),
                "relation_to_head"},
            {"ethnicity_code", &M::ethnicityCode, QT_TRANSLATE_NOOP("RecordFields", "Ethnicity"), "ethnicity"},
            {"political_code", &M::politicalCode, QT_TRANSLATE_NOOP("RecordFields", "Political status"),
                "political_status"},
            {"education_code", &M::educationCode, QT_TRANSLATE_NOOP("RecordFields", "Education"), "education"},
            {"schooling_code", &M::schoolingCode, QT_TRANSLATE_NOOP("RecordFields", "Schooling"), "schooling_status"},
            {"health_codes", &M::healthCodes, QT_TRANSLATE_NOOP("RecordFields", "Health"), "health"},
            {"labour_code", &M::labourCode, QT_TRANSLATE_NOOP("RecordFields", "Labour skill"), "labour_skill"},
            {"work_status_code", &M::workStatusCode, QT_TRANSLATE_NOOP("RecordFields", "Work status"), "work_status"},
            {"work_place", &M::workPlace, QT_TRANSLATE_NOOP("RecordFields", "Work place")},
            {"months_worked", &M::monthsWorked, QT_TRANSLATE_NOOP("RecordFields", "Months worked")},
            {"medical_insurance", &M::medicalInsurance, QT_TRANSLATE_NOOP("RecordFields", "Medical insurance")},
            {"serious_illness_insurance", &M::seriousIllnessInsurance,
                QT_TRANSLATE_NOOP("RecordFields", "Serious-illness insurance")},
            {"commercial_insurance", &M::commercialInsurance,
                QT_TRANSLATE_NOOP("RecordFields", "Commercial insurance")},
            {"pension_insurance", &M::pensionInsurance, QT_TRANSLATE_NOOP("RecordFields", "Pension insurance")},
            {"subsistence_allowance", &M::subsistenceAllowance,
                QT_TRANSLATE_NOOP("RecordFields", "Subsistence allowance")},
            {"extreme_poverty_support", &M::extremePovertySupport,
                QT_TRANSLATE_NOOP("RecordFields", "Extreme-poverty support")},
            {"medical_assistance", &M::medicalAssistance, QT_TRANSLATE_NOOP("RecordFields", "Medical assistance")},
            {"welfare_job", &M::welfareJob, QT_TRANSLATE_NOOP("RecordFields", "Public-welfare job")},
            {"welfare_job_months", &M::welfareJobMonths, QT_TRANSLATE_NOOP("RecordFields", "Welfare-job months")},
            {"dropout_reason", &M::dropoutReason, QT_TRANSLATE_NOOP("RecordFields", "Dropout reason")},
        }};
    return kind;
}

template <> const RecordKind<IncomeRecord> &recordKind<IncomeRecord>()
{
    using I = IncomeRecord;
    static const RecordKind<I> kind{"income", QT_TRANSLATE_NOOP("RecordFields", "Income"), Owner::Household,
        WriteAccess::Household, "household_id", "t.year", false,
        {
            {"year", &I::year, QT_TRANSLATE_NOOP("RecordFields", "Year")},
            {"household_size", &I::householdSize, QT_TRANSLATE_NOOP("RecordFields", "Household size")},
            {"wage_migrant", &I::wageMigrant, QT_TRANSLATE_NOOP("RecordFields", "Migrant wages"), nullptr, Money},
            {"wage_welfare_job", &I::wageWelfareJob, QT_TRANSLATE_NOOP("RecordFields", "Welfare-job wages"), nullptr,
                Money},
            {"op_crops", &I::opCrops, QT_TRANSLATE_NOOP("RecordFields", "Crops"), nullptr, Money},
            {"op_livestock", &I::opLivestock, QT_TRANSLATE_NOOP("RecordFields", "Livestock"), nullptr, Money},
            {"op_forestry", &I::opForestry, QT_TRANSLATE_NOOP("RecordFields", "Forestry and fruit"), nullptr, Money},
            {"op_other", &I::opOther, QT_TRANSLATE_NOOP("RecordFields", "Other operating"), nullptr, Money},
            {"prop_dividend", &I::propDividend, QT_TRANSLATE_NOOP("RecordFields", "Asset dividends"), nullptr, Money},
            {"prop_land_transfer", &I::propLandTransfer, QT_TRANSLATE_NOOP("RecordFields", "Land transfer"), nullptr,
                Money},
            {"tr_family_planning", &I::trFamilyPlanning, QT_TRANSLATE_NOOP("RecordFields", "Family planning"), nullptr,
                Money},
            {"tr_subsistence", &I::trSubsistence, QT_TRANSLATE_NOOP("RecordFields", "Subsistence allowance"), nullptr,
                Money},
            {"tr_extreme_support", &I::trExtremeSupport, QT_TRANSLATE_NOOP("RecordFields", "Extreme-poverty support"),
                nullptr, Money},
            {"tr_pension", &I::trPension, QT_TRANSLATE_NOOP("RecordFields", "Pensions"), nullptr, Money},
            {"tr_eco_compensation", &I::trEcoCompensation, QT_TRANSLATE_NOOP("RecordFields", "Ecological compensation"),
                nullptr, Money},
            {"tr_subsidies", &I::trSubsidies, QT_TRANSLATE_NOOP("RecordFields", "Old-age/disability subsidies"),
                nullptr, Money},
            {"tr_alimony", &I::trAlimony, QT_TRANSLATE_NOOP("RecordFields", "Alimony"), nullptr, Money},
            {"tr_insurance", &I::trInsurance, QT_TRANSLATE_NOOP("RecordFields", "Insurance payouts"), nullptr, Money},
            {"op_costs", &I::opCosts, QT_TRANSLATE_NOOP("RecordFields", "Operating costs"), nullptr, Money},
        }};
    return kind;
}

template <> const RecordKind<LivingConditions> &recordKind<LivingConditions>()
{
    using L = LivingConditions;
    static const RecordKind<L> kind{"living_condition", QT_TRANSLATE_NOOP("RecordFields", "Living conditions"),
        Owner::Household, WriteAccess::Household, "household_id", "t.year", false,
        {
            {"year", &L::year, QT_TRANSLATE_NOOP("RecordFields", "Year")},
            {"farmland_mu", &L::farmlandMu, QT_TRANSLATE_NOOP("RecordFields", "Farmland (mu)")},
            {"irrigated_mu", &L::irrigatedMu, QT_TRANSLATE_NOOP("RecordFields", "Irrigated (mu)")},
            {"forest_mu", &L::forestMu, QT_TRANSLATE_NOOP("RecordFields", "Forest (mu)")},
            {"returned_farmland_mu", &L::returnedFarmlandMu,
                QT_TRANSLATE_NOOP("RecordFields", "Returned farmland (mu)")},
            {"fruit_forest_mu", &L::fruitForestMu, QT_TRANSLATE_NOOP("RecordFields", "Fruit forest (mu)")},
            {"pasture_mu", &L::pastureMu, QT_TRANSLATE_NOOP("RecordFields", "Pasture (mu)")},
            {"water_surface_mu", &L::waterSurfaceMu, QT_TRANSLATE_NOOP("RecordFields", "Water surface (mu)")},
            {"production_power", &L::productionPower, QT_TRANSLATE_NOOP("RecordFields", "Production electricity")},
            {"household_power", &L::householdPower, QT_TRANSLATE_NOOP("RecordFields", "Household electricity")},
            {"radio_tv", &L::radioTv, QT_TRANSLATE_NOOP("RecordFields", "Radio and TV")},
            {"road_distance_km", &L::roadDistanceKm, QT_TRANSLATE_NOOP("RecordFields", "Road distance (km)")},
            {"road_surface_code", &L::roadSurfaceCode, QT_TRANSLATE_NOOP("RecordFields", "Road surface"),
                "road_surface"},
            {"housing_area_m2", &L::housingAreaM2, QT_TRANSLATE_NOOP("RecordFields", "Housing area (m²)")},
            {"house_rating_code", &L::houseRatingCode, QT_TRANSLATE_NOOP("RecordFields", "House rating"),
                "house_rating"},
            {"renovation_year", &L::renovationYear, QT_TRANSLATE_NOOP("RecordFields", "Renovated in")},
            {"water_difficulty", &L::waterDifficulty, QT_TRANSLATE_NOOP("RecordFields", "Difficult drinking water")},
            {"water_safe", &L::waterSafe, QT_TRANSLATE_NOOP("RecordFields", "Safe drinking water")},
            {"sanitary_toilet", &L::sanitaryToilet, QT_TRANSLATE_NOOP("RecordFields", "Sanitary toilet")},
            {"cooking_fuel_code", &L::cookingFuelCode, QT_TRANSLATE_NOOP("RecordFields", "Cooking fuel"),
                "cooking_fuel"},
            {"food_secure", &L::foodSecure, QT_TRANSLATE_NOOP("RecordFields", "Food secure")},
            {"clothing_secure", &L::clothingSecure, QT_TRANSLATE_NOOP("RecordFields", "Clothing secure")},
            {"education_secure", &L::educationSecure,
                QT_TRANSLATE_NOOP("RecordFields", "Compulsory education secured")},
            {"medical_secure", &L::medicalSecure, QT_TRANSLATE_NOOP("RecordFields", "Basic medical care secured")},
            {"housing_secure", &L::housingSecure, QT_TRANSLATE_NOOP("RecordFields", "Housing safe")},
        }};
    return kind;
}

// Checked by the status procedure under the step's own rule (propose, announce, approve).
template <> const RecordKind<StatusEventRow> &recordKind<StatusEventRow>()
{
    using E = StatusEventRow;
    static const RecordKind<E> kind{"status_event", QT_TRANSLATE_NOOP("RecordFields", "Status step"), Owner::Household,
        WriteAccess::Household, nullptr, nullptr, false,
        {
            {"household_id", &E::householdId, QT_TRANSLATE_NOOP("RecordFields", "Household")},
            {"kind", &E::kind, QT_TRANSLATE_NOOP("RecordFields", "Status step")},
            {"event_date", &E::eventDate, QT_TRANSLATE_NOOP("RecordFields", "Date")},
            {"reason", &E::reason, QT_TRANSLATE_NOOP("RecordFields", "Reason"), nullptr, Phrase},
            {"notice_start", &E::noticeStart, QT_TRANSLATE_NOOP("RecordFields", "Notice starts")},
            {"notice_days", &E::noticeDays, QT_TRANSLATE_NOOP("RecordFields", "Notice days")},
            {"monitoring_category", &E::monitoringCategory, QT_TRANSLATE_NOOP("RecordFields", "Monitoring category"),
                "monitoring_category", NullWhenEmpty},
            {"recorded_by", &E::recordedBy, QT_TRANSLATE_NOOP("RecordFields", "Recorded by")},
            {"attribute_code", &E::attributeCode, QT_TRANSLATE_NOOP("RecordFields", "Household attribute"),
                "household_attribute", NullWhenEmpty},
        },
        nullptr, nullptr, true};
    return kind;
}
} // namespace RecordFields

// Logged against the household's uuid as the link table's one field, as files have it since the
// risk types were first audited.
const RecordFields::LinkKind &householdRisks()
{
    static const RecordFields::LinkKind kind{"household_risk", QT_TRANSLATE_NOOP("RecordFields", "Risk types"),
        RecordFields::WriteAccess::Household, "household_id", "risk_code", nullptr, "household_risk", "risk_codes",
        nullptr, ",", QT_TRANSLATE_NOOP("RecordFields", "Risk types"), "risk_type"};
    return kind;
}

namespace {
[[maybe_unused]] const bool learnt
    = RecordCatalogue::learn<Household, Member, IncomeRecord, LivingConditions, StatusEventRow>()
    && RecordCatalogue::learn(householdRisks());
} // namespace
