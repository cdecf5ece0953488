// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A field of the register a roster's column can hold, with the Chinese headers offices give it.
class ImportField
{
    Q_DECLARE_TR_FUNCTIONS(ImportField)

public:
    enum Id {
        // the household (户)
        HouseholdCode,
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
        MainCause,
        OtherCause1,
        OtherCause2,
        MilitaryFamily,
        Cooperative,
        EnterpriseLed,
        // the person (家庭成员), one a row
        Name,
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
        PensionInsurance,
        SubsistenceAllowance,
        ExtremePovertySupport,
        // the household's income of a year (收入), on any of its rows
        IncomeYear,
        WageIncome,
        OperatingIncome,
        PropertyIncome,
        TransferIncome,
        OperatingCosts,
        Count
    };

    Id id;
    const char *key; // in a saved mapping
    const char *label; // English source, translated
    QStringList headers; // Chinese headers as offices write them, the usual one first
    bool householdLevel = false; // the same on every row of a household

    QString name() const { return tr(label); }

    static const QList<ImportField> &all();
    static const ImportField &of(Id id) { return all().at(id); }
    // The field a header names; Count when none. Spaces, asterisks (required marks), bracketed
    // notes ("（18位）", "(元)") and full-width forms are ignored.
    static Id forHeader(const QString &header);
    static Id forKey(const QString &key);
    // A header as forHeader compares it.
    static QString normalizedHeader(const QString &header);
};
