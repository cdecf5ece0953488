// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Account.h"
#include "accounts/Role.h"
#include "db/CountyDatabase.h"
#include "register/Household.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <catch2/catch.hpp>

#include <memory>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l) { return '[' + l.join(QStringLiteral(", ")).toStdString() + ']'; }
};
} // namespace Catch

// A county in a fresh in-memory database for one test: two townships, each with one village and
// one villager group, and households built to pass every data-quality rule so that a test
// changes only what it is about.
struct TestCounty
{
    static constexpr int Year = 2019;

    TestCounty();

    std::unique_ptr<CountyDatabase> db;
    qint64 county = 0;
    qint64 township = 0;
    qint64 village = 0;
    qint64 group = 0;
    qint64 otherTownship = 0;
    qint64 otherVillage = 0;
    qint64 otherGroup = 0;

    // Signs in as the account, first creating it as the administrator (who made the county) when it
    // does not exist yet, with Password.
    void actAs(const QString &login, Role role = Role::CountyStaff, const QList<qint64> &scope = {});
    static constexpr const char *Password = "secret-1";

    qint64 addDivision(qint64 parent, int level, const QString &code, const QString &name);
    // A household in `village`/`group` with a head, a spouse and a schoolchild, income and living
    // conditions for Year; seed makes the ID numbers unique. A code that is not a household code
    // (16 digits) is a label: the household gets the village's code and a serial, the same one for
    // the same label (codeOf).
    Household household(const QString &code, int seed) const;
    // The household code given to a label by household().
    QString codeOf(const QString &label) const;
    // Moves a household to another village and its township, with a code of that village (the group
    // is the caller's to set).
    void moveTo(Household &household, qint64 villageId) const;
    qint64 addCadre(const QString &name, const QString &idNumber = {});
    void pair(qint64 householdId, qint64 cadreId);

    // One value of a query, for assertions on what was written.
    mutable QHash<QString, int> labelSerials;

    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;
    void exec(const QString &sql, const QVariantList &binds = {}) const;
};
