// SPDX-License-Identifier: GPL-3.0-or-later
// The household commands of the real fupin-cli executable, on a small demo county.
#include "../TestSql.h"
#include "CliRun.h"
#include "accounts/SignIn.h"
#include "db/CountyDatabase.h"
#include "register/HouseholdList.h"
#include "register/IdNumber.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

QByteArray bytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
}

void write(const QString &path, const QJsonObject &o)
{
    write(path, QJsonDocument(o).toJson());
}

// A demo county of a few households in a temporary directory, with what the tests look at.
struct County
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("c.fupin"));
    QList<HouseholdRow> households; // by code

    County()
    {
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--county-code"),
                        QStringLiteral("522633"), QStringLiteral("--county-name"), QStringLiteral("从江县")})
                    .status
            == 0);
        REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                        QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("11")})
                    .status
            == 0);
        // The demo gives every account its password; these tests act as an administrator without
        // one, so that no command needs FUPIN_PASSWORD.
        REQUIRE(cli({QStringLiteral("users"), QStringLiteral("set-password"), QStringLiteral("--db"), db,
                        QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--login"),
                        QStringLiteral("admin")},
                    {QStringLiteral("FUPIN_PASSWORD=fupin-demo"), QStringLiteral("FUPIN_NEW_PASSWORD=")})
                    .status
            == 0);
        auto opened = CountyDatabase::open(db, CountyDatabase::OpenMode::ExistingOnly);
        REQUIRE(opened);
        REQUIRE(SignIn::signIn(*opened.value(), QStringLiteral("admin"), QString())); // households are read by someone
        HouseholdList list(*opened.value());
        REQUIRE(list.count());
        households = list.page(0, 100).value_or({});
        REQUIRE(households.size() > 10);
    }

    QString file(const QString &name) const { return dir.filePath(name); }

    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        auto opened = CountyDatabase::open(db, CountyDatabase::OpenMode::ExistingOnly);
        REQUIRE(opened);
        QSqlQuery q(TestSql::of(*opened.value()));
        REQUIRE(q.prepare(sql));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0);
    }

    QStringList args(const QStringList &command) const
    {
        return command + QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")};
    }

    QJsonObject show(const QString &code) const
    {
        const Run run
            = cli(args({QStringLiteral("household"), QStringLiteral("show"), code, QStringLiteral("--json")}));
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
        return json(run).object();
    }

    Run save(const QString &jsonFile) const
    {
        return cli(args({QStringLiteral("household"), QStringLiteral("save"), QStringLiteral("--json"), jsonFile}));
    }
};

QJsonObject withoutMeta(QJsonObject o)
{
    o.remove(QStringLiteral("meta"));
    return o;
}

// A household the county does not have yet, from another one's JSON: no ids, a new code and new
// people, not yet identified.
QJsonObject newHousehold(const QJsonObject &from, const QString &code)
{
    QJsonObject h = withoutMeta(from);
    h.insert(QStringLiteral("code"), code);
    h.insert(QStringLiteral("status_code"), QStringLiteral("0"));
    h.insert(QStringLiteral("attribute_code"), QStringLiteral("01"));
    h.insert(QStringLiteral("monitoring_category"), QString());
    h.insert(QStringLiteral("identification_year"), QJsonValue());
    h.insert(QStringLiteral("exit_year"), QJsonValue());
    for (const QString &key :
        {QStringLiteral("members"), QStringLiteral("incomes"), QStringLiteral("living_conditions")}) {
        QJsonArray rows = h.value(key).toArray();
        for (int i = 0; i < rows.size(); ++i) {
            QJsonObject row = withoutMeta(rows.at(i).toObject());
            if (key == QLatin1String("members")) {
                const QDate born = QDate::fromString(row.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
                const QString id = IdNumber::make(QStringLiteral("522633"), born, 990 - 2 * i);
                REQUIRE_FALSE(id.isEmpty());
                row.insert(QStringLiteral("id_number"), id);
                row.insert(QStringLiteral("sex_code"), QStringLiteral("2"));
            }
            rows[i] = row;
        }
        h.insert(key, rows);
    }
    return h;
}

} // namespace

TEST_CASE("fupin-cli household show prints a household for a person, and as JSON for a script")
{
    County county;
    const HouseholdRow &row = county.households.at(3);
    const Run text = cli(county.args({QStringLiteral("household"), QStringLiteral("show"), row.code}));
    INFO(text.err.toStdString());
    REQUIRE(text.status == 0);
    CHECK(text.out.startsWith(QStringLiteral("Household ") + row.code));
    CHECK(text.out.contains(row.headName));
    CHECK(text.out.contains(row.headIdNumber));
    CHECK(text.out.contains(row.villageName));

    const QJsonObject o = county.show(row.code);
    CHECK(o.value(QStringLiteral("code")).toString() == row.code);
    CHECK(o.value(QStringLiteral("members")).toArray().size() == row.size);
    CHECK(o.value(QStringLiteral("meta")).toObject().value(QStringLiteral("id")).toInteger() == row.id);

    const Run unknown
        = cli(county.args({QStringLiteral("household"), QStringLiteral("show"), QStringLiteral("522633999")}));
    CHECK(unknown.status == 1);
    CHECK(unknown.err.contains(QStringLiteral("No household")));
    CHECK(unknown.err.contains(QStringLiteral("522633999")));
    CHECK(unknown.err.contains(county.db));
    CHECK(unknown.out.isEmpty());

    const Run noCode = cli(county.args({QStringLiteral("household"), QStringLiteral("show")}));
    CHECK(noCode.status == 1);
    const Run wrongSub = cli(county.args({QStringLiteral("household"), QStringLiteral("frobnicate")}));
    CHECK(wrongSub.status == 1);
    CHECK(wrongSub.err.contains(QStringLiteral("frobnicate")));
}

TEST_CASE("fupin-cli household save round-trips show --json: one field changes, and the change is audited")
{
    County county;
    const HouseholdRow &row = county.households.at(5);
    const QJsonObject before = county.show(row.code);
    const qint64 auditBefore = county.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();

    // Saved unchanged: nothing written.
    const QString file = county.file(QStringLiteral("h.json"));
    write(file, before);
    const Run same = county.save(file);
    INFO(same.err.toStdString());
    REQUIRE(same.status == 0);
    CHECK(same.out.contains(QStringLiteral("unchanged")));
    CHECK(county.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() == auditBefore);

    QJsonObject edited = before;
    const QString newAddress = QStringLiteral("从江县丙妹镇大塘村 7 号");
    REQUIRE(before.value(QStringLiteral("address")).toString() != newAddress);
    edited.insert(QStringLiteral("address"), newAddress);
    write(file, edited);
    const Run saved = county.save(file);
    INFO(saved.err.toStdString());
    REQUIRE(saved.status == 0);
    CHECK(saved.out.contains(row.code));

    const QJsonObject after = county.show(row.code);
    CHECK(after.value(QStringLiteral("address")).toString() == newAddress);
    const int revision = before.value(QStringLiteral("meta")).toObject().value(QStringLiteral("revision")).toInt();
    CHECK(after.value(QStringLiteral("meta")).toObject().value(QStringLiteral("revision")).toInt() == revision + 1);
    // Everything else is as it was.
    QJsonObject expected = withoutMeta(before);
    expected.insert(QStringLiteral("address"), newAddress);
    CHECK(withoutMeta(after) == expected);

    // One audit entry, for that field, newest first in the history.
    CHECK(county.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() == auditBefore + 1);
    const QJsonArray history
        = json(cli(county.args({QStringLiteral("history"), row.code, QStringLiteral("--json")}))).array();
    REQUIRE_FALSE(history.isEmpty());
    const QJsonObject newest = history.at(0).toObject();
    CHECK(newest.value(QStringLiteral("table")).toString() == QStringLiteral("household"));
    CHECK(newest.value(QStringLiteral("action")).toString() == QStringLiteral("update"));
    CHECK(newest.value(QStringLiteral("field")).toString() == QStringLiteral("address"));
    CHECK(newest.value(QStringLiteral("fieldLabel")).toString() == QStringLiteral("Address"));
    CHECK(newest.value(QStringLiteral("old")).toString() == before.value(QStringLiteral("address")).toString());
    CHECK(newest.value(QStringLiteral("new")).toString() == newAddress);

    const Run text = cli(county.args({QStringLiteral("history"), row.code}));
    REQUIRE(text.status == 0);
    const QString firstLine = text.out.section(u'\n', 0, 0);
    CHECK(firstLine.contains(QStringLiteral("\tAddress\t"))); // the field's label, not its column
    CHECK_FALSE(firstLine.contains(QStringLiteral("household.address")));
    CHECK(firstLine.contains(newAddress));
    CHECK(firstLine.contains(QStringLiteral("changed")));

    // The JSON of the old revision is refused now: someone else's change would be overwritten.
    write(file, before);
    const Run stale = county.save(file);
    CHECK(stale.status == 1);
    CHECK(stale.err.contains(row.code));
    CHECK(county.show(row.code).value(QStringLiteral("address")).toString() == newAddress);
}

TEST_CASE("fupin-cli household save refuses what the editor refuses and leaves the file as it was")
{
    County county;
    const HouseholdRow &row = county.households.at(2);
    const QJsonObject before = county.show(row.code);
    const QByteArray fileBefore = bytes(county.db);
    const QString file = county.file(QStringLiteral("bad.json"));

    SECTION("a disability certificate number as a member's ID")
    {
        QJsonObject edited = before;
        QJsonArray members = edited.value(QStringLiteral("members")).toArray();
        QJsonObject member = members.at(0).toObject();
        member.insert(QStringLiteral("id_number"), QStringLiteral("11010519491231002X11"));
        members[0] = member;
        edited.insert(QStringLiteral("members"), members);
        write(file, edited);
        const Run run = county.save(file);
        CHECK(run.status == 1);
        CHECK(run.err.contains(row.code));
        CHECK(run.err.contains(QStringLiteral("disability certificate")));
    }
    SECTION("a file that does not exist")
    {
        const Run run = county.save(county.file(QStringLiteral("none.json")));
        CHECK(run.status == 1);
        CHECK(run.err.contains(county.file(QStringLiteral("none.json"))));
        CHECK(run.err.contains(QStringLiteral("does not exist")));
    }
    SECTION("a file that is not JSON")
    {
        write(file, QByteArray("{\"code\": \"5226331\", "));
        const Run run = county.save(file);
        CHECK(run.status == 1);
        CHECK(run.err.contains(file));
        CHECK(run.err.contains(QStringLiteral("not valid JSON")));
    }
    SECTION("JSON that is not a household")
    {
        write(file, QByteArray("[1, 2, 3]"));
        const Run array = county.save(file);
        CHECK(array.status == 1);
        CHECK(array.err.contains(file));
        QJsonObject wrongType = before;
        wrongType.insert(QStringLiteral("members"), QStringLiteral("none"));
        write(file, wrongType);
        const Run run = county.save(file);
        CHECK(run.status == 1);
        CHECK(run.err.contains(file));
        CHECK(run.err.contains(QStringLiteral("members")));
    }
    SECTION("no --json")
    {
        const Run run = cli(county.args({QStringLiteral("household"), QStringLiteral("save")}));
        CHECK(run.status == 1);
        CHECK(run.err.contains(QStringLiteral("--json")));
    }
    CHECK(bytes(county.db) == fileBefore);
    CHECK(county.show(row.code) == before);
}

TEST_CASE("fupin-cli household save creates a household from the JSON form without ids")
{
    County county;
    const HouseholdRow &model = county.households.at(0);
    const QString code = model.code.left(12) + QStringLiteral("9901");
    const QJsonObject created = newHousehold(county.show(model.code), code);
    const QString file = county.file(QStringLiteral("new.json"));
    write(file, created);
    const Run run = county.save(file);
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    CHECK(run.out.contains(code));
    const QJsonObject shown = county.show(code);
    CHECK(shown.value(QStringLiteral("members")).toArray().size() == model.size);
    CHECK(shown.value(QStringLiteral("meta")).toObject().value(QStringLiteral("revision")).toInt() == 1);
    // The history reads the creation as one line per record (household, each member, ...), not
    // field by field.
    const Run history = cli(county.args({QStringLiteral("history"), code}));
    REQUIRE(history.status == 0);
    const QStringList lines = history.out.split(u'\n', Qt::SkipEmptyParts);
    INFO(history.out.toStdString());
    CHECK(lines.filter(QStringLiteral("\tadded\t")).size() == lines.size() - 1);
    CHECK(lines.filter(QStringLiteral(" → ")).isEmpty());
    CHECK(lines.filter(QStringLiteral("Household %1").arg(code)).size() == 1);

    // The same file again would register the same people twice.
    const Run again = county.save(file);
    CHECK(again.status == 1);
    CHECK(again.err.contains(code));
}

TEST_CASE("fupin-cli household save refuses input beyond its bounds in words, and endless input")
{
    County county;
    const HouseholdRow &model = county.households.at(0);
    const QString code = model.code.left(12) + QStringLiteral("9902");
    const QByteArray fileBefore = bytes(county.db);
    const QString file = county.file(QStringLiteral("new.json"));

    SECTION("a name with a terminal escape sequence")
    {
        QJsonObject created = newHousehold(county.show(model.code), code);
        QJsonArray members = created.value(QStringLiteral("members")).toArray();
        QJsonObject head = members.at(0).toObject();
        head.insert(QStringLiteral("name"),
            QString(QStringLiteral("王") + QChar(0x1B) + QStringLiteral("]0;owned") + QChar(7)));
        members[0] = head;
        created.insert(QStringLiteral("members"), members);
        write(file, created);
        const Run run = county.save(file);
        CHECK(run.status == 1);
        CHECK(run.err.contains(QStringLiteral("U+001B")));
        CHECK(run.err.contains(QStringLiteral("Name")));
        CHECK_FALSE(run.err.contains(QChar(0x1B)));
    }
    SECTION("a household code of three letters")
    {
        write(file, newHousehold(county.show(model.code), QStringLiteral("ABC")));
        const Run run = county.save(file);
        CHECK(run.status == 1);
        CHECK(run.err.contains(QStringLiteral("not 16 digits")));
    }
    SECTION("months worked beyond what a whole number holds")
    {
        QJsonObject created = newHousehold(county.show(model.code), code);
        QJsonArray members = created.value(QStringLiteral("members")).toArray();
        QJsonObject head = members.at(0).toObject();
        head.insert(QStringLiteral("months_worked"), 4294967297.0);
        members[0] = head;
        created.insert(QStringLiteral("members"), members);
        write(file, created);
        const Run run = county.save(file);
        CHECK(run.status == 1);
        CHECK(run.err.contains(QStringLiteral("months_worked")));
    }
    SECTION("an endless input")
    {
        const Run run = county.save(QStringLiteral("/dev/zero"));
        CHECK(run.status == 1);
        CHECK(run.err.contains(QStringLiteral("too large")));
    }
    SECTION("a file larger than a household")
    {
        write(file, QByteArray(17 * 1024 * 1024, ' '));
        const Run run = county.save(file);
        CHECK(run.status == 1);
        CHECK(run.err.contains(QStringLiteral("too large")));
    }
    CHECK(bytes(county.db) == fileBefore);
}

TEST_CASE("fupin-cli household search finds a name outside the BMP right after the save")
{
    County county;
    const HouseholdRow &model = county.households.at(0);
    const QString code = model.code.left(12) + QStringLiteral("9903");
    QJsonObject created = newHousehold(county.show(model.code), code);
    QJsonArray members = created.value(QStringLiteral("members")).toArray();
    QJsonObject head = members.at(0).toObject();
    head.insert(QStringLiteral("name"), QStringLiteral("王𡈼"));
    members[0] = head;
    created.insert(QStringLiteral("members"), members);
    const QString file = county.file(QStringLiteral("new.json"));
    write(file, created);
    const Run saved = county.save(file);
    INFO(saved.err.toStdString());
    REQUIRE(saved.status == 0);
    for (const QString &text : {QStringLiteral("𡈼"), QStringLiteral("王𡈼")}) {
        const Run run = cli(county.args({QStringLiteral("household"), QStringLiteral("search"), text}));
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
        CHECK(run.out.startsWith(code + u'\t' + QStringLiteral("王𡈼")));
    }
}

TEST_CASE("fupin-cli household delete and restore, with the reason in the history")
{
    County county;
    const HouseholdRow &row = county.households.at(7);
    const auto del = [&](const QStringList &more) {
        return cli(county.args(QStringList{QStringLiteral("household"), QStringLiteral("delete"), row.code} + more));
    };
    const Run noReason = del({});
    CHECK(noReason.status == 1);
    CHECK(noReason.err.contains(QStringLiteral("--reason")));
    CHECK(
        county.scalar(QStringLiteral("SELECT deleted_at IS NULL FROM household WHERE code = ?"), {row.code}).toBool());

    const Run deleted = del({QStringLiteral("--reason"), QStringLiteral("重复录入")});
    INFO(deleted.err.toStdString());
    REQUIRE(deleted.status == 0);
    CHECK(county.scalar(QStringLiteral("SELECT deleted_reason FROM household WHERE code = ?"), {row.code}).toString()
        == QStringLiteral("重复录入"));
    CHECK(del({QStringLiteral("--reason"), QStringLiteral("again")}).status == 1);
    const Run shown = cli(county.args({QStringLiteral("household"), QStringLiteral("show"), row.code}));
    CHECK(shown.status == 0);
    CHECK(shown.out.section(u'\n', 0, 0).contains(QStringLiteral("deleted")));

    const auto search = [&](const QStringList &more) {
        return json(cli(county.args(QStringList{QStringLiteral("household"), QStringLiteral("search"), row.code,
                                        QStringLiteral("--json")}
                        + more)))
            .object();
    };
    CHECK(search({}).value(QStringLiteral("count")).toInt() == 0);
    CHECK(search({QStringLiteral("--deleted")}).value(QStringLiteral("count")).toInt() == 1);

    const Run restored = cli(county.args({QStringLiteral("household"), QStringLiteral("restore"), row.code}));
    INFO(restored.err.toStdString());
    REQUIRE(restored.status == 0);
    CHECK(
        county.scalar(QStringLiteral("SELECT deleted_at IS NULL FROM household WHERE code = ?"), {row.code}).toBool());
    const Run again = cli(county.args({QStringLiteral("household"), QStringLiteral("restore"), row.code}));
    CHECK(again.status == 1);
    CHECK(again.err.contains(QStringLiteral("not deleted")));
    CHECK(search({}).value(QStringLiteral("count")).toInt() == 1);

    const QJsonArray history
        = json(cli(county.args({QStringLiteral("history"), row.code, QStringLiteral("--json")}))).array();
    QStringList actions;
    QString reason;
    for (const QJsonValue &v : history) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("field")).toString() == QLatin1String("deleted_reason")) {
            actions << e.value(QStringLiteral("action")).toString();
            if (e.value(QStringLiteral("action")).toString() == QLatin1String("delete"))
                reason = e.value(QStringLiteral("new")).toString();
        }
    }
    CHECK(actions == QStringList{QStringLiteral("restore"), QStringLiteral("delete")});
    CHECK(reason == QStringLiteral("重复录入"));
}

TEST_CASE("fupin-cli household step records the status procedure's steps and refuses what it refuses")
{
    County county;
    const HouseholdRow &model = county.households.at(1);
    const QString code = model.code.left(12) + QStringLiteral("9902");
    const QString file = county.file(QStringLiteral("new.json"));
    write(file, newHousehold(county.show(model.code), code));
    REQUIRE(county.save(file).status == 0);
    const auto step = [&](const QStringList &more) {
        return cli(county.args(QStringList{QStringLiteral("household"), QStringLiteral("step"), code} + more));
    };
    const auto events = [&] {
        return county
            .scalar(QStringLiteral("SELECT count(*) FROM status_event e JOIN household h ON h.id = "
                                   "e.household_id WHERE h.code = ?"),
                {code})
            .toInt();
    };

    const Run noKind = step({QStringLiteral("--date"), QStringLiteral("2019-03-01")});
    CHECK(noKind.status == 1);
    for (const char *kind :
        {"identify", "exit_proposal", "exit_notice", "exit", "relapse", "monitor", "risk_eliminated", "attribute"})
        CHECK(noKind.err.contains(QLatin1String(kind)));
    const Run help = cli({QStringLiteral("household"), QStringLiteral("--help")});
    CHECK(help.status == 0);
    CHECK(help.out.contains(QStringLiteral("risk_eliminated")));
    const Run badDate = step(
        {QStringLiteral("--kind"), QStringLiteral("identify"), QStringLiteral("--date"), QStringLiteral("2019-02-30")});
    CHECK(badDate.status == 1);
    CHECK(badDate.err.contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(events() == 0);

    const Run identified = step({QStringLiteral("--kind"), QStringLiteral("identify"), QStringLiteral("--date"),
        QStringLiteral("2019-03-01"), QStringLiteral("--reason"), QStringLiteral("两公示一公告")});
    INFO(identified.err.toStdString());
    REQUIRE(identified.status == 0);
    CHECK(identified.out.contains(code));
    CHECK(events() == 1);
    CHECK(county.show(code).value(QStringLiteral("identification_year")).toInt() == 2019);
    const Run twice = step({QStringLiteral("--kind"), QStringLiteral("identify"), QStringLiteral("--date"),
        QStringLiteral("2019-03-02"), QStringLiteral("--reason"), QStringLiteral("again")});
    CHECK(twice.status == 1);
    CHECK(twice.err.contains(QStringLiteral("already identified")));

    REQUIRE(step({QStringLiteral("--kind"), QStringLiteral("exit_proposal"), QStringLiteral("--date"),
                     QStringLiteral("2020-06-01"), QStringLiteral("--reason"), QStringLiteral("收入稳定")})
                .status
        == 0);
    REQUIRE(step({QStringLiteral("--kind"), QStringLiteral("exit_notice"), QStringLiteral("--date"),
                     QStringLiteral("2020-06-05"), QStringLiteral("--notice-days"), QStringLiteral("7"),
                     QStringLiteral("--reason"), QStringLiteral("村内公示")})
                .status
        == 0);
    // The notice runs 2020-06-05 to 06-11: an exit on the 10th comes too early.
    const Run early = step({QStringLiteral("--kind"), QStringLiteral("exit"), QStringLiteral("--date"),
        QStringLiteral("2020-06-10"), QStringLiteral("--reason"), QStringLiteral("公告")});
    CHECK(early.status == 1);
    CHECK(early.err.contains(QStringLiteral("2020-06-12")));
    CHECK(events() == 3);
}

TEST_CASE("fupin-cli household step changes the attribute with a date and reason, as JSON too")
{
    County county;
    const HouseholdRow &model = county.households.at(1);
    const QString code = model.code.left(12) + QStringLiteral("9903");
    const QString file = county.file(QStringLiteral("new.json"));
    write(file, newHousehold(county.show(model.code), code));
    REQUIRE(county.save(file).status == 0);
    const auto step = [&](const QStringList &more) {
        return cli(county.args(QStringList{QStringLiteral("household"), QStringLiteral("step"), code} + more));
    };
    const Run help = cli({QStringLiteral("household"), QStringLiteral("step"), QStringLiteral("--help")});
    CHECK(help.status == 0);
    CHECK(help.out.contains(QStringLiteral("--attribute")));
    CHECK(help.out.contains(QStringLiteral("--json")));
    CHECK(cli({QStringLiteral("household"), QStringLiteral("--help")}).out.contains(QStringLiteral("attribute")));

    REQUIRE(step({QStringLiteral("--kind"), QStringLiteral("identify"), QStringLiteral("--date"),
                     QStringLiteral("2019-03-01")})
                .status
        == 0);
    const QString attribute = county.show(code).value(QStringLiteral("attribute_code")).toString();
    REQUIRE(attribute == QStringLiteral("01"));
    // An attribute of a household out of poverty is the exit's, and the reason is required.
    const Run exited = step({QStringLiteral("--kind"), QStringLiteral("attribute"), QStringLiteral("--attribute"),
        QStringLiteral("02"), QStringLiteral("--date"), QStringLiteral("2024-01-10"), QStringLiteral("--reason"),
        QStringLiteral("动态调整")});
    CHECK(exited.status == 1);
    CHECK(exited.err.contains(QStringLiteral("Exit")));
    const Run noReason = step({QStringLiteral("--kind"), QStringLiteral("attribute"), QStringLiteral("--attribute"),
        QStringLiteral("04"), QStringLiteral("--date"), QStringLiteral("2024-01-10")});
    CHECK(noReason.status == 1);
    CHECK(county.show(code).value(QStringLiteral("attribute_code")).toString() == QStringLiteral("01"));

    const Run changed = step({QStringLiteral("--kind"), QStringLiteral("attribute"), QStringLiteral("--attribute"),
        QStringLiteral("04"), QStringLiteral("--date"), QStringLiteral("2024-01-10"), QStringLiteral("--reason"),
        QStringLiteral("2024年动态调整：纳入低保"), QStringLiteral("--json")});
    INFO(changed.err.toStdString());
    REQUIRE(changed.status == 0);
    const QJsonObject o = json(changed).object();
    CHECK(o.value(QStringLiteral("code")).toString() == code);
    CHECK(o.value(QStringLiteral("step")).toString() == QStringLiteral("attribute"));
    CHECK(o.value(QStringLiteral("date")).toString() == QStringLiteral("2024-01-10"));
    CHECK(o.value(QStringLiteral("attribute_code")).toString() == QStringLiteral("04"));
    CHECK(county.show(code).value(QStringLiteral("attribute_code")).toString() == QStringLiteral("04"));
    CHECK(county
              .scalar(QStringLiteral("SELECT e.attribute_code || ' ' || p.text FROM status_event e JOIN household h ON "
                                     "h.id = e.household_id JOIN phrase p ON p.id = e.reason WHERE h.code = ? AND "
                                     "e.kind = 'attribute'"),
                  {code})
              .toString()
        == QStringLiteral("04 2024年动态调整：纳入低保"));
}

TEST_CASE("fupin-cli household search finds households as the search box does")
{
    County county;
    const HouseholdRow &row = county.households.at(4);
    const auto search = [&](const QStringList &arguments) {
        const Run run = cli(county.args(QStringList{QStringLiteral("household"), QStringLiteral("search")} + arguments
            + QStringList{QStringLiteral("--json")}));
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
        return json(run).object();
    };
    const auto codes = [](const QJsonObject &result) {
        QStringList list;
        for (const QJsonValue &h : result.value(QStringLiteral("households")).toArray())
            list << h.toObject().value(QStringLiteral("code")).toString();
        return list;
    };

    // By the head's name, by the last six characters of the head's ID, by the code.
    const QJsonObject byName = search({row.headName});
    CHECK(codes(byName).contains(row.code));
    CHECK(byName.value(QStringLiteral("count")).toInt() == codes(byName).size());
    CHECK(codes(search({row.headIdNumber.right(6)})).contains(row.code));
    const QJsonObject byCode = search({row.code});
    CHECK(codes(byCode) == QStringList{row.code});
    const QJsonObject found = byCode.value(QStringLiteral("households")).toArray().at(0).toObject();
    CHECK(found.value(QStringLiteral("head")).toString() == row.headName);
    CHECK(found.value(QStringLiteral("size")).toInt() == row.size);

    // Within its village, and not within a township it is not in.
    const QString villageCode = row.code.left(12);
    CHECK(codes(search({row.headName, QStringLiteral("--division"), villageCode})).contains(row.code));
    const HouseholdRow *elsewhere = nullptr;
    for (const HouseholdRow &h : county.households) {
        if (h.code.left(9) != row.code.left(9))
            elsewhere = &h;
    }
    REQUIRE(elsewhere);
    CHECK_FALSE(
        codes(search({row.headName, QStringLiteral("--division"), elsewhere->code.left(9)})).contains(row.code));

    const Run text = cli(county.args({QStringLiteral("household"), QStringLiteral("search"), row.code}));
    CHECK(text.status == 0);
    CHECK(text.out.startsWith(row.code + u'\t' + row.headName));
    CHECK(text.out.count(u'\n') == 2); // the household and the count
    CHECK(text.out.contains(QStringLiteral("1 household")));

    const Run tooShort
        = cli(county.args({QStringLiteral("household"), QStringLiteral("search"), QStringLiteral("52")}));
    CHECK(tooShort.status == 1);
    CHECK(tooShort.err.contains(QStringLiteral("4 digits")));
    const Run noDivision = cli(county.args({QStringLiteral("household"), QStringLiteral("search"), row.headName,
        QStringLiteral("--division"), QStringLiteral("522633999999")}));
    CHECK(noDivision.status == 1);
    CHECK(noDivision.err.contains(QStringLiteral("522633999999")));
}
