// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCounty.h"

#include "accounts/AccessPolicy.h"
#include "accounts/Accounts.h"
#include "accounts/PasswordHash.h"
#include "accounts/SignIn.h"
#include "county/CountySettings.h"
#include "forces/ForcesKinds.h"
#include "register/AuditLog.h"
#include "register/HouseholdRepository.h"
#include "register/StatusProcedure.h"

#include <QDate>
#include <QTemporaryDir>

namespace {
int auditRows(const TestCounty &c)
{
    return c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}

qint64 addHousehold(TestCounty &c, const QString &code, int seed, qint64 village, qint64 group)
{
    Household h = c.household(code, seed);
    c.moveTo(h, village);
    h.groupId = group;
    const Result<qint64> id = HouseholdRepository(*c.db).save(h);
    INFO(id.error().toStdString());
    REQUIRE(id);
    return id.value();
}
} // namespace

TEST_CASE("Passwords are kept as argon2id hashes that only the password matches", "[accounts]")
{
    const Result<QString> hash = PasswordHash::make(QStringLiteral("村里的密码123"));
    REQUIRE(hash);
    CHECK(hash->startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash->contains(QStringLiteral("123")));
    CHECK(PasswordHash::matches(hash.value(), QStringLiteral("村里的密码123")));
    CHECK_FALSE(PasswordHash::matches(hash.value(), QStringLiteral("村里的密码124")));
    CHECK_FALSE(PasswordHash::matches(hash.value(), QString()));
    // Salted: the same password never gives the same hash twice.
    CHECK(PasswordHash::make(QStringLiteral("村里的密码123")).value() != hash.value());
    // No password is an empty hash, which only the empty password matches.
    CHECK(PasswordHash::make(QString()).value().isEmpty());
    CHECK(PasswordHash::matches(QString(), QString()));
    CHECK_FALSE(PasswordHash::matches(QString(), QStringLiteral("x")));
}

TEST_CASE("A new county acts as its administrator, with more accounts someone must sign in", "[accounts]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.fupin"));
    {
        auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
        REQUIRE(db);
        CHECK_FALSE(db.value()->account().isSignedIn());
        REQUIRE(db.value()->initialize(QStringLiteral("522633"), QStringLiteral("从江县"),
            {QStringLiteral("wang"), QStringLiteral("王主任"), {}, Role::VillageCadre, {}, QStringLiteral("123456")}));
        const Account &admin = db.value()->account();
        CHECK(admin.login == QStringLiteral("wang"));
        CHECK(admin.role == Role::Administrator); // whatever the caller said: the first account administers
        CHECK(admin.hasPassword);
    }
    {
        // The administrator has a password: nobody acts until someone signs in, and nothing is written.
        auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
        REQUIRE(db);
        CHECK_FALSE(db.value()->account().isSignedIn());
        const Status refused
            = CountySettings(*db.value()).setValue(CountySettings::IdleLockMinutes, QStringLiteral("5"));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(QStringLiteral("Nobody has signed in")));
        CHECK(CountySettings(*db.value()).value(CountySettings::IdleLockMinutes).isEmpty());
        REQUIRE(SignIn::signIn(*db.value(), QStringLiteral("WANG"), QStringLiteral("123456"))); // any case
        CHECK(CountySettings(*db.value()).setValue(CountySettings::IdleLockMinutes, QStringLiteral("5")));
        const Status removed = Accounts(*db.value()).setPassword(QStringLiteral("wang"), QString());
        INFO(removed.error().toStdString());
        REQUIRE(removed);
    }
    {
        // A single account without a password: a one-person office opens straight in.
        auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ReadOnly);
        REQUIRE(db);
        CHECK(db.value()->account().login == QStringLiteral("wang"));
    }
}

TEST_CASE("Five wrong passwords in a row lock the login, and the lock is recorded", "[accounts]")
{
    TestCounty c;
    c.actAs(QStringLiteral("li"));
    CHECK(c.db->account().login == QStringLiteral("li"));
    for (int i = 1; i < SignIn::MaxFailures; ++i) {
        const Result<Account> r = SignIn::signIn(*c.db, QStringLiteral("li"), QStringLiteral("wrong-one"));
        REQUIRE_FALSE(r);
        CHECK(r.error().contains(QStringLiteral("login or the password is wrong")));
    }
    // A right password in between would reset the count; here the fifth wrong one locks.
    const Result<Account> locked = SignIn::signIn(*c.db, QStringLiteral("li"), QStringLiteral("wrong-one"));
    REQUIRE_FALSE(locked);
    CHECK(locked.error().contains(QStringLiteral("locked for 5 minutes")));
    const Result<Account> stillLocked
        = SignIn::signIn(*c.db, QStringLiteral("li"), QString::fromLatin1(TestCounty::Password));
    REQUIRE_FALSE(stillLocked);
    CHECK(stillLocked.error().contains(QStringLiteral("locked until")));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'app_user' AND record_uuid = 'li' "
                                  "AND field = 'locked_until'"))
              .toInt()
        == 1);
    // An unknown login reads exactly like a wrong password.
    CHECK(SignIn::signIn(*c.db, QStringLiteral("nobody"), QStringLiteral("x")).error()
        == SignIn::signIn(*c.db, QStringLiteral("admin"), QStringLiteral("x")).error());

    // The administrator sets a new password, which lifts the lock.
    REQUIRE(SignIn::signIn(*c.db, QStringLiteral("admin"), QString()));
    REQUIRE(Accounts(*c.db).setPassword(QStringLiteral("li"), QStringLiteral("new-secret")));
    CHECK(SignIn::signIn(*c.db, QStringLiteral("li"), QStringLiteral("new-secret")));
    // The log says the password changed, never what it is.
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE new_value LIKE '%new-secret%' "
                                  "OR new_value LIKE '$argon2%'"))
              .toInt()
        == 0);
}

TEST_CASE("Accounts: the administrator manages them, never below one administrator", "[accounts]")
{
    TestCounty c;
    Accounts accounts(*c.db);
    // Scope by role: townships for a township account, villages for a village account, none otherwise.
    CHECK_FALSE(accounts.add({QStringLiteral("t1"), {}, {}, Role::TownshipStaff, {}, QStringLiteral("secret-1")}));
    CHECK(accounts.add({QStringLiteral("t1"), {}, {}, Role::TownshipStaff, {c.village}, QStringLiteral("secret-1")})
              .error()
              .contains(QStringLiteral("not a township")));
    CHECK_FALSE(
        accounts.add({QStringLiteral("c1"), {}, {}, Role::CountyStaff, {c.village}, QStringLiteral("secret-1")}));
    CHECK(accounts.add({QStringLiteral("a b"), {}, {}, Role::Auditor, {}, QStringLiteral("secret-1")})
              .error()
              .contains(QStringLiteral("spaces")));
    CHECK(accounts.add({QStringLiteral("short"), {}, {}, Role::Auditor, {}, QStringLiteral("12345")})
              .error()
              .contains(QStringLiteral("at least 6")));
    REQUIRE(
        accounts.add({QStringLiteral("t1"), {}, {}, Role::TownshipStaff, {c.township}, QStringLiteral("secret-1")}));
    CHECK(accounts.add({QStringLiteral("T1"), {}, {}, Role::Auditor, {}, QStringLiteral("secret-1")})
              .error()
              .contains(QStringLiteral("already")));

    // The only administrator can be neither demoted nor deactivated.
    CHECK(accounts.setRole(QStringLiteral("admin"), Role::CountyStaff, {}).error().contains(QStringLiteral("only")));
    CHECK_FALSE(accounts.setActive(QStringLiteral("admin"), false));
    REQUIRE(accounts.setRole(QStringLiteral("t1"), Role::VillageCadre, {c.village, c.otherVillage}));
    CHECK(accounts.find(QStringLiteral("t1"))->scope == QList<qint64>{c.village, c.otherVillage});
    CHECK(c.scalar(QStringLiteral("SELECT new_value FROM audit_log WHERE record_uuid = 't1' AND field = 'scope' "
                                  "ORDER BY id DESC LIMIT 1"))
              .toString()
        == QStringLiteral("岜沙村、贯洞村"));

    // Deactivated, never deleted: it can no longer sign in, and the audit trail still names it.
    REQUIRE(accounts.setActive(QStringLiteral("t1"), false));
    CHECK(SignIn::signIn(*c.db, QStringLiteral("t1"), QStringLiteral("secret-1"))
              .error()
              .contains(QStringLiteral("deactivated")));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM app_user WHERE login = 't1'")).toInt() == 1);

    // Anyone may change their own password; nobody but the administrator anyone else's.
    c.actAs(QStringLiteral("staff"));
    CHECK(Accounts(*c.db).setPassword(QStringLiteral("staff"), QStringLiteral("mine-now")));
    CHECK(Accounts(*c.db)
              .setPassword(QStringLiteral("admin"), QStringLiteral("taken-over"))
              .error()
              .contains(QStringLiteral("may not manage accounts")));
    CHECK_FALSE(Accounts(*c.db).add({QStringLiteral("x2"), {}, {}, Role::Auditor, {}, QStringLiteral("secret-1")}));
}

TEST_CASE("Each role writes only what it may, where it may, and a refusal writes nothing", "[accounts]")
{
    TestCounty c;
    const qint64 mine = addHousehold(c, QStringLiteral("H1"), 1, c.village, c.group);
    const qint64 other = addHousehold(c, QStringLiteral("H2"), 2, c.otherVillage, c.otherGroup);
    const qint64 cadre = c.addCadre(QStringLiteral("赵干部"));

    struct Case
    {
        const char *login;
        Role role;
        QList<qint64> scope;
        bool household, otherHousehold, pairing, cadres, approve, propose, settings;
    };
    const QList<Case> cases{
        {"boss", Role::Administrator, {}, true, true, true, true, true, true, true},
        {"staff", Role::CountyStaff, {}, true, true, true, true, true, true, false},
        {"town", Role::TownshipStaff, {c.township}, true, false, true, false, false, true, false},
        {"cun", Role::VillageCadre, {c.village}, true, false, true, false, false, true, false},
        {"audit", Role::Auditor, {}, false, false, false, false, false, false, false},
    };
    for (const Case &k : cases) {
        DYNAMIC_SECTION(k.login)
        {
            c.actAs(QString::fromLatin1(k.login), k.role, k.scope);
            const auto expect = [&](bool allowed, const Status &s, const QString &what) {
                INFO(what.toStdString() << ": " << s.error().toStdString());
                CHECK(s.ok() == allowed);
                if (!s)
                    CHECK(s.error().contains(QString::fromLatin1(k.login)));
            };
            int audit = auditRows(c);
            const auto unchangedIfRefused = [&](const Status &s) {
                if (!s)
                    CHECK(auditRows(c) == audit);
                audit = auditRows(c);
            };

            HouseholdRepository repo(*c.db);
            Household h = repo.load(mine).value();
            h.phone = QStringLiteral("13800000001");
            Status s = repo.save(h).status();
            expect(k.household, s, QStringLiteral("own household"));
            unchangedIfRefused(s);

            // A township or village account may not even read the other village's household
            // (ReadScopeTest): the administrator reads it for the write to be tried.
            CHECK((repo.load(other).ok() == k.otherHousehold || k.role == Role::Auditor));
            REQUIRE(SignIn::signIn(*c.db, QStringLiteral("admin"), QString()));
            Household o = repo.load(other).value();
            c.actAs(QString::fromLatin1(k.login), k.role, k.scope);
            audit = auditRows(c);
            o.phone = QStringLiteral("13800000002");
            s = repo.save(o).status();
            expect(k.otherHousehold, s, QStringLiteral("other village's household"));
            unchangedIfRefused(s);
            s = repo.softDelete(other, QStringLiteral("test"));
            expect(k.otherHousehold, s, QStringLiteral("delete other village's household"));
            unchangedIfRefused(s);
            if (s)
                REQUIRE(repo.restore(other));

            Pairing p;
            p.householdId = mine;
            p.cadreId = cadre;
            p.startDate = QDate(2020, 1, 1);
            s = PairingRepository(*c.db).save(p).status();
            expect(k.pairing, s, QStringLiteral("pairing in own village"));
            unchangedIfRefused(s);
            Pairing q = p;
            q.meta = {};
            q.householdId = other;
            s = PairingRepository(*c.db).save(q).status();
            expect(k.otherHousehold, s, QStringLiteral("pairing in other village"));
            unchangedIfRefused(s);

            Cadre cd = CadreRepository(*c.db).load(cadre).value();
            cd.post = QString::fromLatin1(k.login);
            s = CadreRepository(*c.db).save(cd).status();
            expect(k.cadres, s, QStringLiteral("cadre"));
            unchangedIfRefused(s);

            // The steps offered are those the role may take: approvals only for the county.
            StatusProcedure procedure(*c.db);
            const QDate today = QDate::currentDate();
            CHECK(procedure.allowedSteps(mine, today).contains(StatusStep::Identify) == k.approve);
            CHECK(procedure.allowedSteps(mine, today).contains(StatusStep::ProposeExit) == k.propose);
            CHECK(procedure.allowedSteps(other, today).contains(StatusStep::ProposeExit)
                == (k.propose && k.otherHousehold));
            StatusChange identify;
            identify.step = StatusStep::Identify;
            identify.date = today;
            identify.reason = QStringLiteral("核实");
            s = procedure.apply(mine, identify);
            expect(k.approve, s, QStringLiteral("identify"));
            if (!s)
                CHECK(s.error().contains(QStringLiteral("may not approve")));
            unchangedIfRefused(s);

            s = CountySettings(*c.db).setValue(CountySettings::VisitOverdueDays, QString::number(30 + int(k.role)));
            expect(k.settings, s, QStringLiteral("settings"));
            unchangedIfRefused(s);
        }
    }
}

TEST_CASE("The audit trail names the account that made each change", "[accounts]")
{
    TestCounty c;
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    const qint64 id = addHousehold(c, QStringLiteral("H1"), 1, c.village, c.group);
    CHECK(
        c.scalar(QStringLiteral("SELECT group_concat(DISTINCT changed_by) FROM audit_log WHERE household_id = ?"), {id})
            .toString()
        == QStringLiteral("cun"));
    CHECK(c.scalar(QStringLiteral("SELECT updated_by FROM household WHERE id = ?"), {id}).toString()
        == QStringLiteral("cun"));
    // The history names the person, not only the login.
    const auto entries = AuditLog(*c.db).forHousehold(id);
    REQUIRE(entries);
    REQUIRE_FALSE(entries->isEmpty());
    CHECK(entries->first().changedBy == QStringLiteral("cun"));
    CHECK(entries->first().changedByName == QStringLiteral("cun（cun）"));
}

TEST_CASE("A change of role or a deactivation applies to the next write, not to the next sign-in", "[accounts]")
{
    TestCounty c;
    REQUIRE(Accounts(*c.db).add({QStringLiteral("boss"), {}, {}, Role::Administrator, {}, QStringLiteral("secret-1")}));
    // The administrator steps down while still signed in: their next write is an auditor's.
    REQUIRE(Accounts(*c.db).setRole(QStringLiteral("admin"), Role::Auditor, {}));
    const Status refused = CountySettings(*c.db).setValue(CountySettings::IdleLockMinutes, QStringLiteral("5"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("Auditor")));

    // Deactivated on another PC sharing the file (here: the row changed under the session): the
    // signed-in account's next write is refused at once.
    REQUIRE(SignIn::signIn(*c.db, QStringLiteral("boss"), QStringLiteral("secret-1")));
    REQUIRE(Accounts(*c.db).add({QStringLiteral("staff"), {}, {}, Role::CountyStaff, {}, QStringLiteral("secret-2")}));
    REQUIRE(SignIn::signIn(*c.db, QStringLiteral("staff"), QStringLiteral("secret-2")));
    addHousehold(c, QStringLiteral("H1"), 1, c.village, c.group);
    c.exec(QStringLiteral("UPDATE app_user SET active = 0 WHERE login = 'staff'"));
    Household h = c.household(QStringLiteral("H2"), 2);
    const Result<qint64> after = HouseholdRepository(*c.db).save(h);
    REQUIRE_FALSE(after);
    CHECK(after.error().contains(QStringLiteral("deactivated")));
}

TEST_CASE("A household's village lies in its township and its group in its village", "[accounts]")
{
    TestCounty c;
    Household h = c.household(QStringLiteral("H1"), 1);
    h.groupId = c.otherGroup; // a group of another village
    const Result<qint64> wrongGroup = HouseholdRepository(*c.db).save(h);
    REQUIRE_FALSE(wrongGroup);
    CHECK(wrongGroup.error().contains(QStringLiteral("group")));
    h.groupId = c.group;
    h.townshipId = c.otherTownship;
    const Result<qint64> wrongTownship = HouseholdRepository(*c.db).save(h);
    REQUIRE_FALSE(wrongTownship);
    CHECK(wrongTownship.error().contains(QStringLiteral("not in the township")));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM household")).toInt() == 0);
}

TEST_CASE("A command's sign-in writes nothing unless it must clear earlier wrong passwords", "[accounts]")
{
    TestCounty c;
    c.actAs(QStringLiteral("li"));
    const QVariant lastLogin = c.scalar(QStringLiteral("SELECT last_login_at FROM app_user WHERE login = 'li'"));
    const int changesBefore = c.scalar(QStringLiteral("SELECT total_changes()")).toInt();
    REQUIRE(
        SignIn::signIn(*c.db, QStringLiteral("li"), QString::fromLatin1(TestCounty::Password), SignIn::Kind::Command));
    // A refused command after this sign-in must leave the county file byte for byte as it was.
    CHECK(c.scalar(QStringLiteral("SELECT total_changes()")).toInt() == changesBefore);
    CHECK(c.scalar(QStringLiteral("SELECT last_login_at FROM app_user WHERE login = 'li'")) == lastLogin);

    // A wrong password before it is still cleared by the right one.
    REQUIRE_FALSE(SignIn::signIn(*c.db, QStringLiteral("li"), QStringLiteral("wrong-one"), SignIn::Kind::Command));
    CHECK(c.scalar(QStringLiteral("SELECT failed_logins FROM app_user WHERE login = 'li'")).toInt() == 1);
    REQUIRE(
        SignIn::signIn(*c.db, QStringLiteral("li"), QString::fromLatin1(TestCounty::Password), SignIn::Kind::Command));
    CHECK(c.scalar(QStringLiteral("SELECT failed_logins FROM app_user WHERE login = 'li'")).toInt() == 0);
    CHECK(c.scalar(QStringLiteral("SELECT last_login_at FROM app_user WHERE login = 'li'")) == lastLogin);
}
