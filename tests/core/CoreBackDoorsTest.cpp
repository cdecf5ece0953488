// SPDX-License-Identifier: GPL-3.0-or-later
// No back doors in core's API: nobody makes themselves the first administrator of a county that has
// accounts, the default code lists never overwrite a county's own, and writes are checked by the
// rule a kind of record declares, never by a table name typed by hand.
#include "TestCounty.h"

#include "accounts/AccessPolicy.h"
#include "accounts/Accounts.h"
#include "accounts/SignIn.h"
#include "county/CodeLists.h"
#include "forces/ForcesKinds.h"
#include "funds/FundsKinds.h"
#include "projects/ProjectKinds.h"
#include "register/HouseholdKinds.h"
#include "register/HouseholdRepository.h"

namespace {
// What the default code lists would overwrite, as one text.
QString codeListData(const TestCounty &c)
{
    return c
        .scalar(QStringLiteral(
            "SELECT (SELECT group_concat(list || code || name_zh || name_en || extra, '|') FROM code_item) || "
            "(SELECT group_concat(year || ':' || line_fen || note, '|') FROM poverty_line) || "
            "(SELECT group_concat(year || ':' || threshold_fen || note, '|') FROM monitoring_threshold) || "
            "(SELECT group_concat(rank_zh || max_households, '|') FROM cadre_rank)"))
        .toString();
}

// Whether checkWrite can be called with a table named by a value of this type.
template <typename Table> constexpr bool checkedByTableName = requires(const CountyDatabase &db, Table table)
{
    AccessPolicy::checkWrite(db, table, qint64(0));
};
} // namespace

TEST_CASE("A first administrator is made only while the county has no account", "[accounts]")
{
    TestCounty c;
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    const QVariant accounts = c.scalar(QStringLiteral("SELECT group_concat(login || role) FROM app_user"));
    const int auditRows = c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();

    const Result<Account> made = SignIn::createFirstAdministrator(*c.db,
        {QStringLiteral("boss"), QStringLiteral("Boss"), {}, Role::Administrator, {}, QStringLiteral("secret-9")});
    REQUIRE_FALSE(made);
    CHECK(made.error().contains(QStringLiteral("already has accounts")));
    CHECK(c.scalar(QStringLiteral("SELECT group_concat(login || role) FROM app_user")) == accounts);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == auditRows);
    // Whoever acted still acts, with the same role: nobody became an administrator.
    CHECK(c.db->account().login == QStringLiteral("cun"));
    CHECK(c.db->account().role == Role::VillageCadre);

    // A new county still gets its administrator, who then acts on it.
    auto fresh = CountyDatabase::openInMemory();
    REQUIRE(fresh->initialize(QStringLiteral("522633"), QStringLiteral("从江县"),
        {QStringLiteral("boss"), {}, {}, Role::Administrator, {}, QStringLiteral("secret-9")}));
    CHECK(fresh->account().login == QStringLiteral("boss"));
    CHECK(fresh->account().role == Role::Administrator);
}

TEST_CASE("The default code lists are loaded only into a county being created", "[accounts]")
{
    TestCounty c;
    // The county's own poverty line and name of a code, as an administrator would set them.
    c.exec(QStringLiteral("UPDATE poverty_line SET line_fen = 123456 WHERE year = 2014"));
    c.exec(QStringLiteral("UPDATE code_item SET name_zh = '自定' WHERE list = 'sex' AND code = '1'"));
    const QString before = codeListData(c);

    SECTION("as the administrator")
    {
        REQUIRE(SignIn::signIn(*c.db, QStringLiteral("admin"), QString()));
    }
    SECTION("as a village cadre")
    {
        c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    }
    SECTION("as nobody")
    {
        SignIn::signOut(*c.db);
    }
    const Status loaded = CodeLists::loadDefaults(*c.db);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().contains(QStringLiteral("only into a county being created")));
    CHECK(codeListData(c) == before);
    CHECK(c.scalar(QStringLiteral("SELECT line_fen FROM poverty_line WHERE year = 2014")).toInt() == 123456);
}

TEST_CASE("Writes are checked by the rule a kind declares, never by a table name typed by hand", "[accounts]")
{
    // A table named in a string, misspelt or not, does not compile.
    STATIC_REQUIRE_FALSE(checkedByTableName<QString>);
    STATIC_REQUIRE_FALSE(checkedByTableName<const char *>);

    using A = AccessPolicy::Action;
    using RecordFields::recordKind;
    CHECK(AccessPolicy::actionFor(recordKind<Household>().access) == A::EditHousehold);
    CHECK(AccessPolicy::actionFor(recordKind<Member>().access) == A::EditHousehold);
    CHECK(AccessPolicy::actionFor(recordKind<IncomeRecord>().access) == A::EditHousehold);
    CHECK(AccessPolicy::actionFor(recordKind<LivingConditions>().access) == A::EditHousehold);
    CHECK(AccessPolicy::actionFor(recordKind<HouseholdBenefit>().access) == A::EditHousehold);
    CHECK(AccessPolicy::actionFor(recordKind<Pairing>().access) == A::EditAssistance);
    CHECK(AccessPolicy::actionFor(recordKind<Measure>().access) == A::EditAssistance);
    CHECK(AccessPolicy::actionFor(recordKind<Visit>().access) == A::EditAssistance);
    for (const RecordFields::WriteAccess access : {recordKind<AssistanceUnit>().access, recordKind<Cadre>().access,
             recordKind<WorkTeam>().access, recordKind<WorkTeamMember>().access, recordKind<FundSource>().access,
             recordKind<Microloan>().access, recordKind<Project>().access})
        CHECK(AccessPolicy::actionFor(access) == A::EditCountyData);
    CHECK(AccessPolicy::actionFor(RecordFields::WriteAccess::Settings) == A::ChangeSettings);

    TestCounty c;
    c.actAs(QStringLiteral("xian"), Role::CountyStaff);
    Household h = c.household(QStringLiteral("5226331012010001"), 1);
    const Result<qint64> household = HouseholdRepository(*c.db).save(h);
    INFO(household.error().toStdString());
    REQUIRE(household);
    // County staff write county data, not the settings.
    CHECK(AccessPolicy::checkWrite<Cadre>(*c.db, 0));
    CHECK_FALSE(AccessPolicy::checkWrite(*c.db, RecordFields::WriteAccess::Settings, 0));
    // A village cadre writes its households' data and the assistance to them, nothing county-wide.
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    CHECK(AccessPolicy::checkWrite<Visit>(*c.db, household.value()));
    CHECK(AccessPolicy::checkWrite<Member>(*c.db, household.value()));
    CHECK_FALSE(AccessPolicy::checkWrite<Cadre>(*c.db, 0));
    CHECK_FALSE(AccessPolicy::checkWrite<Microloan>(*c.db, household.value()));
}
