// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/RecordFields.h"

namespace RecordFields {
namespace {

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};

template <typename T> const Field<T> *find(const QString &column)
{
    for (const Field<T> &f : fieldsOf<T>()) {
        if (column == QLatin1String(f.column))
            return &f;
    }
    return nullptr;
}

template <typename T> QVariant valueOf(const T &row, const QString &column)
{
    const Field<T> *f = find<T>(column);
    return f ? toSql(row, *f) : QVariant();
}

template <typename T> bool setValueOf(T &row, const QString &column, const QVariant &value)
{
    const Field<T> *f = find<T>(column);
    if (f)
        fromSql(row, *f, value);
    return f != nullptr;
}

} // namespace

const QList<Field<Household>> &fields(const Household *)
{
    using H = Household;
    static const QList<Field<H>> list{
        {"code", &H::code},
        {"township_id", &H::townshipId},
        {"village_id", &H::villageId},
        {"group_id", &H::groupId, true},
        {"address", &H::address},
        {"phone", &H::phone},
        {"bank_name", &H::bankName},
        {"bank_account", &H::bankAccount},
        {"attribute_code", &H::attributeCode},
        {"standard_code", &H::standardCode},
        {"status_code", &H::statusCode},
        {"identification_year", &H::identificationYear},
        {"planned_exit_year", &H::plannedExitYear},
        {"exit_year", &H::exitYear},
        {"main_cause_code", &H::mainCauseCode},
        {"other_cause1_code", &H::otherCause1Code, true},
        {"other_cause2_code", &H::otherCause2Code, true},
        {"monitoring_category", &H::monitoringCategory, true},
        {"military_family", &H::militaryFamily},
        {"relocated", &H::relocated},
        {"relocation_mode", &H::relocationMode},
        {"settlement_address", &H::settlementAddress},
        {"cooperative", &H::cooperative},
        {"enterprise_led", &H::enterpriseLed},
    };
    return list;
}

const QList<Field<Member>> &fields(const Member *)
{
    using M = Member;
    static const QList<Field<M>> list{
        {"name", &M::name},
        {"sex_code", &M::sexCode},
        {"id_number", &M::idNumber},
        {"birth_date", &M::birthDate},
        {"relation_code", &M::relationCode},
        {"ethnicity_code", &M::ethnicityCode},
        {"political_code", &M::politicalCode},
        {"education_code", &M::educationCode},
        {"schooling_code", &M::schoolingCode},
        {"health_codes", &M::healthCodes},
        {"labour_code", &M::labourCode},
        {"work_status_code", &M::workStatusCode},
        {"work_place", &M::workPlace},
        {"months_worked", &M::monthsWorked},
        {"medical_insurance", &M::medicalInsurance},
        {"serious_illness_insurance", &M::seriousIllnessInsurance},
        {"commercial_insurance", &M::commercialInsurance},
        {"pension_insurance", &M::pensionInsurance},
        {"subsistence_allowance", &M::subsistenceAllowance},
        {"extreme_poverty_support", &M::extremePovertySupport},
        {"medical_assistance", &M::medicalAssistance},
        {"welfare_job", &M::welfareJob},
        {"welfare_job_months", &M::welfareJobMonths},
        {"dropout_reason", &M::dropoutReason},
    };
    return list;
}

const QList<Field<IncomeRecord>> &fields(const IncomeRecord *)
{
    using I = IncomeRecord;
    static const QList<Field<I>> list{
        {"year", &I::year},
        {"household_size", &I::householdSize},
        {"wage_migrant", &I::wageMigrant},
        {"wage_welfare_job", &I::wageWelfareJob},
        {"op_crops", &I::opCrops},
        {"op_livestock", &I::opLivestock},
        {"op_forestry", &I::opForestry},
        {"op_other", &I::opOther},
        {"prop_dividend", &I::propDividend},
        {"prop_land_transfer", &I::propLandTransfer},
        {"tr_family_planning", &I::trFamilyPlanning},
        {"tr_subsistence", &I::trSubsistence},
        {"tr_extreme_support", &I::trExtremeSupport},
        {"tr_pension", &I::trPension},
        {"tr_eco_compensation", &I::trEcoCompensation},
        {"tr_subsidies", &I::trSubsidies},
        {"tr_alimony", &I::trAlimony},
        {"tr_insurance", &I::trInsurance},
        {"op_costs", &I::opCosts},
    };
    return list;
}

const QList<Field<LivingConditions>> &fields(const LivingConditions *)
{
    using L = LivingConditions;
    static const QList<Field<L>> list{
        {"year", &L::year},
        {"farmland_mu", &L::farmlandMu},
        {"irrigated_mu", &L::irrigatedMu},
        {"forest_mu", &L::forestMu},
        {"returned_farmland_mu", &L::returnedFarmlandMu},
        {"fruit_forest_mu", &L::fruitForestMu},
        {"pasture_mu", &L::pastureMu},
        {"water_surface_mu", &L::waterSurfaceMu},
        {"production_power", &L::productionPower},
        {"household_power", &L::householdPower},
        {"radio_tv", &L::radioTv},
        {"road_distance_km", &L::roadDistanceKm},
        {"road_surface_code", &L::roadSurfaceCode},
        {"housing_area_m2", &L::housingAreaM2},
        {"house_rating_code", &L::houseRatingCode},
        {"renovation_year", &L::renovationYear},
        {"water_difficulty", &L::waterDifficulty},
        {"water_safe", &L::waterSafe},
        {"sanitary_toilet", &L::sanitaryToilet},
        {"cooking_fuel_code", &L::cookingFuelCode},
        {"food_secure", &L::foodSecure},
        {"clothing_secure", &L::clothingSecure},
        {"education_secure", &L::educationSecure},
        {"medical_secure", &L::medicalSecure},
        {"housing_secure", &L::housingSecure},
    };
    return list;
}

template <typename T> QVariant toSql(const T &row, const Field<T> &field)
{
    const auto text = [&](const QString &s) {
        if (s.isEmpty())
            return field.emptyIsNull ? QVariant() : QVariant(QStringLiteral(""));
        return QVariant(s);
    };
    return std::visit(
        Overloaded{
            [&](QString T::*p) -> QVariant { return text(row.*p); },
            [&](int T::*p) -> QVariant { return row.*p; },
            [&](qint64 T::*p) -> QVariant { return field.emptyIsNull && row.*p == 0 ? QVariant() : QVariant(row.*p); },
            [&](bool T::*p) -> QVariant { return row.*p ? 1 : 0; },
            [&](double T::*p) -> QVariant { return row.*p; },
            [&](QDate T::*p) -> QVariant {
                return (row.*p).isValid() ? QVariant((row.*p).toString(Qt::ISODate)) : QVariant();
            },
            [&](std::optional<int> T::*p) -> QVariant {
                return (row.*p).has_value() ? QVariant(*(row.*p)) : QVariant();
            },
            [&](QStringList T::*p) -> QVariant { return text((row.*p).join(u',')); },
        },
        field.member);
}

template <typename T> void fromSql(T &row, const Field<T> &field, const QVariant &value)
{
    const bool null = !value.isValid() || value.isNull();
    std::visit(Overloaded{
                   [&](QString T::*p) { row.*p = null ? QString() : value.toString(); },
                   [&](int T::*p) { row.*p = value.toInt(); },
                   [&](qint64 T::*p) { row.*p = value.toLongLong(); },
                   [&](bool T::*p) { row.*p = value.toInt() != 0; },
                   [&](double T::*p) { row.*p = value.toDouble(); },
                   [&](QDate T::*p) { row.*p = null ? QDate() : QDate::fromString(value.toString(), Qt::ISODate); },
                   [&](std::optional<int> T::*p) {
                       row.*p = null || value.toString().isEmpty() ? std::nullopt : std::optional<int>(value.toInt());
                   },
                   [&](QStringList T::*p) { row.*p = value.toString().split(u',', Qt::SkipEmptyParts); },
               },
        field.member);
}

template QVariant toSql(const Household &, const Field<Household> &);
template QVariant toSql(const Member &, const Field<Member> &);
template QVariant toSql(const IncomeRecord &, const Field<IncomeRecord> &);
template QVariant toSql(const LivingConditions &, const Field<LivingConditions> &);
template void fromSql(Household &, const Field<Household> &, const QVariant &);
template void fromSql(Member &, const Field<Member> &, const QVariant &);
template void fromSql(IncomeRecord &, const Field<IncomeRecord> &, const QVariant &);
template void fromSql(LivingConditions &, const Field<LivingConditions> &, const QVariant &);

QVariant value(const Household &row, const QString &column)
{
    return valueOf(row, column);
}
QVariant value(const Member &row, const QString &column)
{
    return valueOf(row, column);
}
QVariant value(const IncomeRecord &row, const QString &column)
{
    return valueOf(row, column);
}
QVariant value(const LivingConditions &row, const QString &column)
{
    return valueOf(row, column);
}
bool setValue(Household &row, const QString &column, const QVariant &v)
{
    return setValueOf(row, column, v);
}
bool setValue(Member &row, const QString &column, const QVariant &v)
{
    return setValueOf(row, column, v);
}
bool setValue(IncomeRecord &row, const QString &column, const QVariant &v)
{
    return setValueOf(row, column, v);
}
bool setValue(LivingConditions &row, const QString &column, const QVariant &v)
{
    return setValueOf(row, column, v);
}

} // namespace RecordFields
