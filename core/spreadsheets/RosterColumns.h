// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheets/ExportColumn.h"

#include <QStringList>

// The columns of a household roster as offices exchange it in Excel: one row per person, the
// household's fields repeated on each of its members' rows. The import template, the household
// list and the member list use these headers, and an import maps a sheet's headers by them (and
// their common variants), so an exported roster imports back unchanged. The headers are the
// national forms' Chinese names (DOMAIN.md): part of the file's format, the same in any language
// of the app, like the keys of a JSON file.
namespace RosterColumns {

enum Household {
    Code, // 户编号
    HeadName, // 户主姓名
    Township,
    Village,
    Group,
    Address,
    Phone,
    BankName,
    BankAccount,
    Attribute,
    Standard,
    Status,
    IdentificationYear,
    PlannedExitYear,
    ExitYear,
    MainCause,
    OtherCause1,
    OtherCause2,
    MonitoringCategory,
    MilitaryFamily,
    Relocated,
    RelocationMode,
    SettlementAddress,
    Cooperative,
    EnterpriseLed,
    HouseholdColumnCount
};

enum Member {
    Name, // 姓名
    Sex,
    IdNumber,
    BirthDate,
    Relation,
    Ethnicity,
    Political,
    Education,
    Schooling,
    Health,
    Labour,
    WorkStatus,
    WorkPlace,
    MonthsWorked,
    MedicalInsurance,
    SeriousIllnessInsurance,
    CommercialInsurance,
    PensionInsurance,
    SubsistenceAllowance,
    ExtremePovertySupport,
    MedicalAssistance,
    WelfareJob,
    WelfareJobMonths,
    DropoutReason,
    MemberColumnCount
};

// The household's columns, then (for a roster) the member's.
ExportColumns householdColumns();
ExportColumns memberColumns();
// The roster: householdColumns() then memberColumns(); the import template's columns.
ExportColumns roster();
QStringList headers(const ExportColumns &columns);

// How a yes/no field is written, and the separator of a member's health conditions (健康状况
// may combine: 长期慢性病、残疾).
QString yes();
QString no();
QString healthSeparator();

} // namespace RosterColumns
