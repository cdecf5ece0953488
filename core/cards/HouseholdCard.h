// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/IncomeStatement.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a household card (明白卡, DOMAIN.md §6) says, as plain data: built by HouseholdCards from
// the register, drawn by print/. Names of codes are already looked up, the ID number already
// masked unless the county prints it whole; a blank where the register has nothing.

// A yes/no box (是/否) of the card; unknown (blank) when the register does not say.
struct CardBox
{
    QString label;
    std::optional<bool> value;
    QString remark; // printed after the box: the relocation's settlement mode
};

struct CardMember
{
    QString name;
    QString relation;
    QString sex;
    int age = -1; // -1: birth date unknown
    QString health; // conditions joined with "、"
    QString labour;
    QString schooling;
    QString work; // status, place and months
};

// One row of the table 帮扶措施 | 帮扶成效, from a measure or a benefit of the year.
struct CardMeasure
{
    QString sector; // the measure category, or 政策享受 for a benefit
    QString date; // the start date of a measure, the year of a benefit (the policy card's)
    QString measure; // what was done, with its date
    QString result; // 帮扶成效, with the amount
    qint64 amountFen = 0;
};

struct HouseholdCard
{
    qint64 householdId = 0;
    int year = 0;
    QString title;
    QString county;
    QString countyCode; // the county's statistical code, carried by the QR code
    QString township;
    QString village;
    QString group;
    QString code;
    QString headName;
    QString headIdNumber; // masked unless the county prints ID numbers whole
    QString address;
    int size = 0;
    QString attribute;
    QString status;
    QString phone;
    QStringList causes; // the main cause first
    QList<CardBox> boxes;
    std::optional<double> farmlandMu; // nullopt: no living conditions recorded
    std::optional<double> returnedFarmlandMu;
    QList<CardMember> members;
    QList<CardMeasure> measures;
    QString cadreName; // the current responsible cadre (帮扶责任人); empty when none
    QString cadreUnit;
    QString cadrePhone;
    QString workTeamUnit; // the village's current work team (驻村工作队); empty when none
    QString workTeamMembers; // "name (role)，…"
    QString firstSecretary;
    std::optional<int> identificationYear;
    std::optional<int> exitYear; // the actual exit, else the planned one
    bool exitPlanned = false; // exitYear is the planned year
    std::optional<qint64> perCapitaFen; // the year's per-capita net income
    std::optional<qint64> standardFen; // the poverty line or monitoring threshold of the year
    bool standardIsThreshold = false;
    // The policy card's: every measure and benefit since identification (or ever, when the year of
    // identification is unknown), oldest first, and the county's policy standards.
    QList<CardMeasure> history;
    QStringList policyStandards;
    // The income card's: the year's income in coded rows, when recorded (IncomeStatement, as the
    // household editor computes it).
    std::optional<IncomeStatement> income;
    QString pledge; // the contact card's 承诺 (a county setting, else the usual words)
    QStringList supervisionPhones; // 12317 first, then the county's
    QDate printedOn;
    // The print number CardPrintLog gave this print of the card; 0 for a preview, which is not
    // logged.
    qint64 printNumber = 0;

    // What the card's QR code carries: the county code, the household code and the print number.
    QString qrPayload() const
    {
        return QStringLiteral("FUPIN-CARD;county=%1;household=%2;print=%3").arg(countyCode, code).arg(printNumber);
    }
};
