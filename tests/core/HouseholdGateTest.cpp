// SPDX-License-Identifier: GPL-3.0-or-later
// HouseholdRepository::save is the one gate: whoever calls it (editor, CLI, import) gets the same
// normalisation and the same refusals, with nothing written when it refuses.
#include "TestCounty.h"
#include "register/HouseholdRepository.h"
#include "register/StatusProcedure.h"

#include <catch2/catch.hpp>

#include <functional>

namespace {

struct Counts
{
    QVariant households, members, audit, revisions;
    bool operator==(const Counts &) const = default;
};

Counts counts(const TestCounty &c)
{
    return {c.scalar(QStringLiteral("SELECT count(*) FROM household")),
        c.scalar(QStringLiteral("SELECT count(*) FROM member")),
        c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")),
        c.scalar(QStringLiteral("SELECT coalesce(sum(revision), 0) FROM household"))};
}

} // namespace

TEST_CASE("save refuses what the household checks refuse, and writes nothing", "[gate]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    const Counts before = counts(c);

    Household wrongId = c.household(QStringLiteral("A1"), 1);
    wrongId.members[1].idNumber = wrongId.members[1].idNumber.left(17) + QStringLiteral("0");
    if (wrongId.members[1].idNumber == c.household(QStringLiteral("A1"), 1).members[1].idNumber)
        wrongId.members[1].idNumber = wrongId.members[1].idNumber.left(17) + QStringLiteral("1");
    Result<qint64> r = repo.save(wrongId);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("李秀英")));

    Household nameless = c.household(QStringLiteral("A2"), 2);
    nameless.members[2].name = QStringLiteral("  ");
    CHECK_FALSE(repo.save(nameless).ok());

    Household noCause = c.household(QStringLiteral("A3"), 3);
    noCause.mainCauseCode.clear();
    CHECK_FALSE(repo.save(noCause).ok());

    Household noIdAtAll = c.household(QStringLiteral("A4"), 4);
    noIdAtAll.members[0].idNumber.clear();
    CHECK_FALSE(repo.save(noIdAtAll).ok());
    CHECK(counts(c) == before);

    // The same refusal for an update of a saved household.
    Household saved = c.household(QStringLiteral("A5"), 5);
    REQUIRE(repo.save(saved).ok());
    const Counts afterSave = counts(c);
    Household edited = saved;
    edited.members[0].idNumber = QStringLiteral("52263319650101001");
    CHECK_FALSE(repo.save(edited).ok());
    CHECK(counts(c) == afterSave);
    CHECK(repo.load(saved.meta.id)->members[0].idNumber == saved.members[0].idNumber);
}

TEST_CASE("status fields change only through the status procedure", "[gate]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("A1"), 1);
    REQUIRE(repo.save(h).ok()); // a new household starts not yet out of poverty, not yet identified
    const Counts before = counts(c);

    const QList<std::pair<std::function<void(Household &)>, QString>> changes{
        {[](Household &x) { x.statusCode = QStringLiteral("1"); }, QStringLiteral("Status")},
        {[](Household &x) { x.exitYear = 2019; }, QStringLiteral("Exit year")},
        {[](Household &x) { x.monitoringCategory = QStringLiteral("1"); }, QStringLiteral("Monitoring category")},
        {[](Household &x) { x.identificationYear = 2014; }, QStringLiteral("Year of identification")},
        {[](Household &x) { x.attributeCode = QStringLiteral("04"); }, QStringLiteral("Household attribute")},
    };
    for (const auto &[change, field] : changes) {
        Household edited = repo.load(h.meta.id).value();
        change(edited);
        const Result<qint64> r = repo.save(edited);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(h.code));
        CHECK(r.error().contains(field));
        CHECK(counts(c) == before);
    }

    // Other fields still save beside an unchanged status.
    Household edited = repo.load(h.meta.id).value();
    edited.phone = QStringLiteral("13900139000");
    CHECK(repo.save(edited).ok());
}

TEST_CASE("a new household cannot be saved in a status no step gave it", "[gate]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    const Counts before = counts(c);
    // A village account's "household already exited in 2020", with no status event.
    Household exited = c.household(QStringLiteral("A1"), 1);
    exited.statusCode = QStringLiteral("1");
    exited.attributeCode = QStringLiteral("05");
    exited.identificationYear = 2014;
    exited.exitYear = 2020;
    const Result<qint64> r = repo.save(exited);
    REQUIRE_FALSE(r.ok());
    for (const char *field : {"Status", "Exit year", "Year of identification", "Household attribute"})
        CHECK(r.error().contains(QLatin1String(field)));
    CHECK(counts(c) == before);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM status_event")).toInt() == 0);
}

TEST_CASE("save normalises what was typed", "[gate]")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral(" 5226331012010001 "), 1);
    h.members[0].name = QStringLiteral(" 王大山 ");
    const QString id = h.members[1].idNumber;
    // A lowercase x and full-width digits are the same number.
    QString typed;
    for (const QChar ch : id)
        typed += ch.isDigit() ? QChar(ch.unicode() - u'0' + 0xFF10) : ch.toLower();
    h.members[1].idNumber = typed;
    // A year looked at but left blank, and income typed before the size was set.
    IncomeRecord blank;
    blank.year = 2020;
    h.incomes.append(blank);
    h.incomes[0].householdSize = 0;
    LivingConditions blankLiving;
    blankLiving.year = 2020;
    h.livingConditions.append(blankLiving);

    REQUIRE(repo.save(h).ok());
    const Household stored = repo.load(h.meta.id).value();
    CHECK(stored.code == QStringLiteral("5226331012010001"));
    CHECK(stored.members[0].name == QStringLiteral("王大山"));
    CHECK(stored.members[1].idNumber == id.toUpper());
    REQUIRE(stored.incomes.size() == 1);
    CHECK(stored.incomes[0].householdSize == 3);
    CHECK(stored.livingConditions.size() == 1);
    // The caller holds what was stored.
    CHECK(h == stored);
}
