// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCounty.h"

#include "db/RecordFields.h"
#include "register/HouseholdKinds.h"
#include "register/HouseholdRepository.h"
#include "spreadsheets/HouseholdImport.h"
#include "spreadsheets/ListExport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

// The households of a county as a roster carries them, keyed by code: the database's own ids and
// stamps left out, the divisions by code and name (another file numbers them otherwise), and the
// incomes and living conditions, which a roster of people does not hold.
QMap<QString, Household> roster(TestCounty &c)
{
    QMap<QString, Household> out;
    const auto division = [&](qint64 id) {
        return id == 0
            ? QString()
            : c.scalar(QStringLiteral("SELECT code || ' ' || name FROM division WHERE id = ?"), {id}).toString();
    };
    QStringList places;
    const Status s = HouseholdRepository(*c.db).forEach(0, [&](const Household &stored) {
        Household h = stored;
        h.meta = {};
        places << h.code + division(h.townshipId) + division(h.villageId) + division(h.groupId);
        h.townshipId = h.villageId = h.groupId = 0;
        h.incomes.clear();
        h.livingConditions.clear();
        for (Member &m : h.members)
            m.meta = {};
        out.insert(h.code, h);
        return true;
    });
    REQUIRE(s.ok());
    // The places are compared through the first household's entry.
    if (!out.isEmpty())
        out.first().address += QStringLiteral(" @") + places.join(u'|');
    return out;
}

// The fields that differ, "column: before → after", to say what a failed comparison is about.
template <typename T> QString differences(const T &before, const T &after)
{
    QStringList out;
    for (const RecordFields::Field<T> &f : RecordFields::fieldsOf<T>()) {
        const QVariant a = RecordFields::toSql(before, f);
        const QVariant b = RecordFields::toSql(after, f);
        if (a != b)
            out << QStringLiteral("%1: %2 → %3").arg(QLatin1String(f.column), a.toString(), b.toString());
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

TEST_CASE("household import: an exported roster imports into an empty county unchanged", "[import]")
{
    TestCounty source;
    HouseholdRepository repository(*source.db);
    QList<Household> saved;
    Household first = source.household(QStringLiteral("1"), 1);
    first.bankName = QStringLiteral("农村信用社");
    first.bankAccount = QStringLiteral("6217000012345678901");
    first.otherCause1Code = QStringLiteral("01");
    first.militaryFamily = true;
    first.cooperative = true;
    first.members[1].healthCodes = {QStringLiteral("2"), QStringLiteral("3")};
    first.members[1].workStatusCode = QStringLiteral("1");
    first.members[1].workPlace = QStringLiteral("广东省东莞市");
    first.members[1].monthsWorked = 9;
    first.members[1].politicalCode = QStringLiteral("01");
    first.members[1].ethnicityCode = QStringLiteral("03");
    first.members[1].seriousIllnessInsurance = true;
    first.members[1].pensionInsurance = true;
    first.members[1].subsistenceAllowance = true;
    Household second = source.household(QStringLiteral("2"), 2);
    second.attributeCode = QStringLiteral("04");
    second.phone.clear();
    second.members.removeLast();
    second.members[0].extremePovertySupport = true;
    Household other = source.household(QStringLiteral("3"), 3);
    source.moveTo(other, source.otherVillage);
    other.groupId = source.otherGroup;
    other.enterpriseLed = true;
    for (Household *h : {&first, &second, &other}) {
        const Result<qint64> id = repository.save(*h);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
    }
    const QMap<QString, Household> before = roster(source);
    REQUIRE(before.size() == 3);

    QTemporaryDir dir;
    const QString suffix = GENERATE(QStringLiteral("xlsx"), QStringLiteral("csv"));
    const QString path = dir.filePath(QStringLiteral("roster.") + suffix);
    const Result<ExportDone> exported = ListExport(*source.db).members({}, path);
    INFO(exported.error().toStdString());
    REQUIRE(exported.ok());

    // An empty county: no township, village or group yet; the import adds those the roster names.
    TestCounty target;
    target.exec(QStringLiteral("DELETE FROM division WHERE level > 1"));
    HouseholdImport::Options options;
    options.addDivisions = true;
    const Result<ImportReport> report = HouseholdImport(*target.db).run(path, options);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    QStringList problems;
    for (const ImportProblem &p : report->problems)
        problems << QStringLiteral("%1 %2: %3").arg(p.row).arg(p.column, p.message);
    INFO(problems.join(u'\n').toStdString());
    REQUIRE(report->written);
    CHECK(report->householdsAdded == 3);
    CHECK(report->peopleAdded == 8);

    const QMap<QString, Household> after = roster(target);
    REQUIRE(after.keys() == before.keys());
    for (const QString &code : before.keys()) {
        INFO(code.toStdString());
        CHECK(after.value(code).address == before.value(code).address);
        REQUIRE(after.value(code).members.size() == before.value(code).members.size());
        for (int i = 0; i < before.value(code).members.size(); ++i) {
            INFO(before.value(code).members.at(i).name.toStdString());
            INFO(differences(before.value(code).members.at(i), after.value(code).members.at(i)).toStdString());
            CHECK(after.value(code).members.at(i) == before.value(code).members.at(i));
        }
        INFO(differences(before.value(code), after.value(code)).toStdString());
        CHECK(after.value(code) == before.value(code));
    }
}
