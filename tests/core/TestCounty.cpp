// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCounty.h"

#include "accounts/Accounts.h"
#include "accounts/SignIn.h"

#include "forces/ForcesKinds.h"

#include "../TestSql.h"
#include "register/IdNumber.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

TestCounty::TestCounty() : db(CountyDatabase::openInMemory())
{
    const Status initialized = db->initialize(QStringLiteral("522633"), QStringLiteral("从江县"));
    INFO(initialized.error().toStdString());
    REQUIRE(initialized.ok());
    county = scalar(QStringLiteral("SELECT id FROM division WHERE level = 1")).toLongLong();
    township = addDivision(county, 2, QStringLiteral("522633101"), QStringLiteral("丙妹镇"));
    village = addDivision(township, 3, QStringLiteral("522633101201"), QStringLiteral("岜沙村"));
    group = addDivision(village, 4, QStringLiteral("522633101201001"), QStringLiteral("一组"));
    otherTownship = addDivision(county, 2, QStringLiteral("522633102"), QStringLiteral("贯洞镇"));
    otherVillage = addDivision(otherTownship, 3, QStringLiteral("522633102201"), QStringLiteral("贯洞村"));
    otherGroup = addDivision(otherVillage, 4, QStringLiteral("522633102201001"), QStringLiteral("一组"));
}

qint64 TestCounty::addDivision(qint64 parent, int level, const QString &code, const QString &name)
{
    const QString now = CountyDatabase::nowIso();
    exec(QStringLiteral("INSERT INTO division (uuid, parent_id, level, code, name, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {uuid(), parent, level, code, name, now, now});
    return scalar(QStringLiteral("SELECT id FROM division WHERE code = ?"), {code}).toLongLong();
}

QString TestCounty::codeOf(const QString &label) const
{
    static const QRegularExpression householdCode(QStringLiteral("^\\s*\\d{16}\\s*$"));
    if (householdCode.match(label).hasMatch())
        return label;
    auto it = labelSerials.constFind(label);
    if (it == labelSerials.cend())
        it = labelSerials.insert(label, 1000 + int(labelSerials.size()));
    return QStringLiteral("522633101201") + QString::number(*it);
}

void TestCounty::moveTo(Household &h, qint64 villageId) const
{
    const QString villageCode
        = scalar(QStringLiteral("SELECT code FROM division WHERE id = ?"), {villageId}).toString();
    h.villageId = villageId;
    h.townshipId = scalar(QStringLiteral("SELECT parent_id FROM division WHERE id = ?"), {villageId}).toLongLong();
    h.code = villageCode + h.code.right(4);
}

Household TestCounty::household(const QString &code, int seed) const
{
    Household h;
    h.code = codeOf(code);
    h.townshipId = township;
    h.villageId = village;
    h.groupId = group;
    h.address = QStringLiteral("岜沙村一组");
    h.phone = QStringLiteral("13800138000");
    h.attributeCode = QStringLiteral("01");
    h.statusCode = QStringLiteral("0"); // not yet identified: as every new household starts
    h.mainCauseCode = QStringLiteral("05"); // 缺土地

    Member head;
    head.name = QStringLiteral("王大山");
    head.sexCode = QStringLiteral("1");
    head.birthDate = QDate(1965, 1, 1).addDays(seed);
    head.idNumber = IdNumber::make(QStringLiteral("522633"), head.birthDate, 11);
    head.relationCode = QStringLiteral("01");
    head.educationCode = QStringLiteral("2");
    head.labourCode = QStringLiteral("1");
    head.medicalInsurance = true;

    Member spouse = head;
    spouse.name = QStringLiteral("李秀英");
    spouse.sexCode = QStringLiteral("2");
    spouse.birthDate = QDate(1967, 1, 1).addDays(seed);
    spouse.idNumber = IdNumber::make(QStringLiteral("522633"), spouse.birthDate, 22);
    spouse.relationCode = QStringLiteral("10");

    Member child = head;
    child.name = QStringLiteral("王小明");
    child.birthDate = QDate(2005, 1, 1).addDays(seed);
    child.idNumber = IdNumber::make(QStringLiteral("522633"), child.birthDate, 33);
    child.relationCode = QStringLiteral("20");
    child.schoolingCode = QStringLiteral("08");
    child.labourCode = QStringLiteral("5");
    h.members = {head, spouse, child};

    IncomeRecord income;
    income.year = Year;
    income.householdSize = 3;
    income.wageMigrant = 1'200'000;
    income.opCrops = 300'000;
    income.opCosts = 50'000;
    h.incomes = {income};

    LivingConditions living;
    living.year = Year;
    living.farmlandMu = 4.5;
    living.roadDistanceKm = 1.2;
    living.housingAreaM2 = 80;
    h.livingConditions = {living};
    return h;
}

qint64 TestCounty::addCadre(const QString &name, const QString &idNumber)
{
    Cadre cadre;
    cadre.name = name;
    cadre.sexCode = QStringLiteral("1");
    cadre.idNumber = idNumber;
    const Result<qint64> id = CadreRepository(*db).save(cadre);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

void TestCounty::pair(qint64 householdId, qint64 cadreId)
{
    Pairing pairing;
    pairing.householdId = householdId;
    pairing.cadreId = cadreId;
    pairing.startDate = QDate(2016, 3, 1);
    const Result<qint64> id = PairingRepository(*db).save(pairing);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
}

QVariant TestCounty::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(TestSql::of(*db));
    REQUIRE(q.prepare(sql));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    return q.next() ? q.value(0) : QVariant();
}

void TestCounty::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(TestSql::of(*db));
    REQUIRE(q.prepare(sql));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    const bool ok = q.exec();
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
}

void TestCounty::actAs(const QString &login, Role role, const QList<qint64> &scope)
{
    const QString password = QString::fromLatin1(Password);
    if (!Accounts(*db).find(login)) {
        REQUIRE(SignIn::signIn(*db, QStringLiteral("admin"), QString()));
        const Result<qint64> added = Accounts(*db).add({login, login, {}, role, scope, password});
        INFO(added.error().toStdString());
        REQUIRE(added);
    }
    const Result<Account> signedIn = SignIn::signIn(*db, login, password);
    INFO(signedIn.error().toStdString());
    REQUIRE(signedIn);
}
