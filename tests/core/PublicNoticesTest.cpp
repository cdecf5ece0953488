// SPDX-License-Identifier: GPL-3.0-or-later
// Public notices (公示) on a small county: the masking rule, each kind's rows for the division and
// its amounts to the fen, the notice period and its refusals.
#include "notices/PublicNotices.h"

#include "TestCounty.h"
#include "common/Masking.h"
#include "county/CountySettings.h"
#include "funds/BenefitBook.h"
#include "funds/FundLedger.h"
#include "funds/FundsKinds.h"
#include "register/HouseholdRepository.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace {

template <typename T> T ok(Result<T> r)
{
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

// Two households, one in 岜沙村 and one in 贯洞村, each with its own project, funds allocated and
// paid to each (and one allocation reversed), benefits recorded for 2020.
struct NoticeCounty : TestCounty
{
    qint64 home = 0, away = 0;
    QString homeId, awayId;
    qint64 homeProject = 0, awayProject = 0;

    NoticeCounty()
    {
        HouseholdRepository repo(*db);
        Household h = household(QStringLiteral("H1"), 1);
        h.bankAccount = QStringLiteral("6217 0000 1234 5678 901");
        homeId = h.members.first().idNumber;
        home = ok(repo.save(h));
        Household a = household(QStringLiteral("H2"), 2);
        a.townshipId = otherTownship;
        moveTo(a, otherVillage);
        a.groupId = otherGroup;
        a.bankAccount = QStringLiteral("6228480000111122223");
        awayId = a.members.first().idNumber;
        away = ok(repo.save(a));

        FundSource s;
        s.name = QStringLiteral("2020年中央财政专项扶贫资金");
        s.typeCode = QStringLiteral("01");
        s.year = 2020;
        const qint64 source = ok(FundSourceRepository(*db).save(s));
        homeProject = project(QStringLiteral("岜沙村通组公路硬化工程"), village, QStringLiteral("approved"));
        awayProject = project(QStringLiteral("贯洞村食用菌基地"), otherVillage, QStringLiteral("approved"));
        project(QStringLiteral("岜沙村已取消项目"), village, QStringLiteral("cancelled"));

        FundLedger ledger(*db);
        ok(ledger.receive(entry(source, 0, QDate(2020, 2, 1), 10'000'000)));
        const qint64 homeAllocation = ok(ledger.allocate(entry(source, homeProject, QDate(2020, 3, 1), 1'234'567)));
        ok(ledger.allocate(entry(source, awayProject, QDate(2020, 3, 2), 50'001)));
        const qint64 wrong = ok(ledger.allocate(entry(source, homeProject, QDate(2020, 3, 3), 99'999)));
        ok(ledger.reverse(
            LedgerKind::Allocation, wrong, QDate(2020, 3, 4), QStringLiteral("冲-1"), QStringLiteral("录错")));
        LedgerEntry pay;
        pay.allocationId = homeAllocation;
        pay.date = QDate(2020, 4, 1);
        pay.amountFen = 123'456;
        pay.payee = QStringLiteral("户主");
        pay.householdId = home;
        pay.voucherNo = QStringLiteral("付-1");
        ok(ledger.disburse(pay));
        pay.amountFen = 1'000'000; // to the contractor, not a household: not on the household table
        pay.householdId = 0;
        ok(ledger.disburse(pay));

        BenefitBook book(*db);
        for (const auto &[household, code, fen] : {std::tuple{home, "subsistence", qint64(360'050)},
                 std::tuple{home, "education", qint64(300'000)}, std::tuple{away, "dividend", qint64(50'000)}}) {
            HouseholdBenefit b;
            b.householdId = household;
            b.year = 2020;
            b.benefitCode = QLatin1String(code);
            b.amountFen = fen;
            ok(book.save(b));
        }
    }

    qint64 project(const QString &name, qint64 division, const QString &status)
    {
        exec(QStringLiteral("INSERT INTO project (uuid, name, category_code, division_id, year, performance_target, "
                            "status, responsible_unit, content, budget_fen, created_at, updated_at) VALUES "
                            "(lower(hex(randomblob(16))), ?, '03', ?, 2020, '解决100户出行难', ?, '从江县交通运输局', "
                            "'硬化通组路3公里', 2000000, '2020-01-01', '2020-01-01')"),
            {name, division, status});
        return scalar(QStringLiteral("SELECT max(id) FROM project")).toLongLong();
    }

    static LedgerEntry entry(qint64 source, qint64 project, const QDate &date, qint64 fen)
    {
        LedgerEntry e;
        e.sourceId = source;
        e.projectId = project;
        e.date = date;
        e.amountFen = fen;
        e.voucherNo = QStringLiteral("V-1");
        return e;
    }
};

bool anyCellContains(const Notice &n, const QString &text)
{
    for (const NoticeTable &t : n.tables) {
        for (const QStringList &row : t.rows) {
            for (const QString &cell : row) {
                if (cell.contains(text))
                    return true;
            }
        }
    }
    return n.title.contains(text) || n.paragraphs.join(QString()).contains(text);
}

} // namespace

TEST_CASE("Masking keeps the first 6 and last 4 characters of ID and bank numbers")
{
    CHECK(Masking::mask(QStringLiteral("52263319900101123X")) == QStringLiteral("522633********123X"));
    CHECK(Masking::mask(QStringLiteral("6217 0000 1234 5678 901")) == QStringLiteral("621700*********8901"));
    CHECK(Masking::mask(QStringLiteral("6228-4800-0011-1122")) == QStringLiteral("622848******1122"));
    CHECK(Masking::mask(QStringLiteral("522633900101123")) == QStringLiteral("522633*****1123")); // 15 digits
    // Too short to hide anything between the kept ends: hidden whole.
    CHECK(Masking::mask(QStringLiteral("1234567890")) == QStringLiteral("**********"));
    CHECK(Masking::mask(QStringLiteral("12345678901")) == QStringLiteral("123456*8901"));
    CHECK(Masking::mask(QString()).isEmpty());
}

TEST_CASE("A funds notice lists the division's allocations and household payments to the fen, masked")
{
    NoticeCounty c;
    PublicNotices notices(*c.db);
    const Notice village = ok(notices.funds(QStringLiteral("522633101201"), 2020, QDate(2020, 12, 1)));
    CHECK(village.divisionName == QStringLiteral("从江县丙妹镇岜沙村"));
    CHECK(village.title.contains(QStringLiteral("从江县丙妹镇岜沙村")));
    CHECK(village.issuer.contains(QStringLiteral("岜沙村")));
    REQUIRE(village.tables.size() == 2);
    // The reversed allocation and its reversal are left out; the other village's is not here.
    const NoticeTable &allocations = village.tables.at(0);
    REQUIRE(allocations.rows.size() == 1);
    CHECK(allocations.rows.at(0).contains(QStringLiteral("岜沙村通组公路硬化工程")));
    CHECK(allocations.rows.at(0).last() == QStringLiteral("12,345.67"));
    CHECK(allocations.totalFen == 1'234'567);
    CHECK(allocations.totalRow.last() == QStringLiteral("12,345.67"));
    const NoticeTable &payments = village.tables.at(1);
    REQUIRE(payments.rows.size() == 1); // the contractor's payment is not a household's
    CHECK(payments.totalFen == 123'456);
    CHECK(payments.rows.at(0).contains(Masking::mask(c.homeId)));
    CHECK(payments.rows.at(0).contains(QStringLiteral("621700*********8901")));
    CHECK_FALSE(anyCellContains(village, c.homeId));
    CHECK_FALSE(anyCellContains(village, QStringLiteral("1234 5678")));

    // The township holds the same; the county both villages'.
    CHECK(ok(notices.funds(QStringLiteral("522633101"), 2020, QDate(2020, 12, 1))).tables.at(0).totalFen == 1'234'567);
    const Notice county = ok(notices.funds(QStringLiteral("522633"), 0, QDate(2020, 12, 1)));
    CHECK(county.tables.at(0).totalFen == 1'234'567 + 50'001);
    CHECK(county.tables.at(0).rows.size() == 2);
    // As of a date before the allocations, and in another year, there is nothing to post.
    const Notice early = ok(notices.funds(QStringLiteral("522633101201"), 0, QDate(2020, 2, 28)));
    CHECK(early.tables.isEmpty());
    CHECK_FALSE(early.emptyText.isEmpty());
    CHECK(ok(notices.funds(QStringLiteral("522633101201"), 2019, QDate(2020, 12, 1))).tables.isEmpty());
}

TEST_CASE("A project notice lists the division's projects, cancelled ones left out")
{
    NoticeCounty c;
    const Notice n = ok(PublicNotices(*c.db).projects(QStringLiteral("522633101201"), 2020, QDate(2020, 5, 1)));
    REQUIRE(n.tables.size() == 1);
    REQUIRE(n.tables.at(0).rows.size() == 1);
    const QStringList row = n.tables.at(0).rows.at(0);
    CHECK(row.contains(QStringLiteral("岜沙村通组公路硬化工程")));
    CHECK(row.contains(QStringLiteral("从江县交通运输局")));
    CHECK(row.contains(QStringLiteral("硬化通组路3公里")));
    CHECK(row.contains(QStringLiteral("20,000.00")));
    CHECK(n.tables.at(0).totalFen == 2'000'000);
    CHECK(ok(PublicNotices(*c.db).projects(QStringLiteral("522633"), 2020, QDate(2020, 5, 1))).tables.at(0).rows.size()
        == 2);
}

TEST_CASE("A benefit notice lists each household's benefits of the year with masked IDs")
{
    NoticeCounty c;
    const Notice n = ok(PublicNotices(*c.db).benefits(QStringLiteral("522633101201001"), 2020, QDate(2021, 1, 5)));
    REQUIRE(n.tables.size() == 1);
    const NoticeTable &t = n.tables.at(0);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.totalFen == 660'050);
    CHECK(t.totalRow.last() == QStringLiteral("6,600.50"));
    for (const QStringList &row : t.rows) {
        CHECK(row.at(3) == Masking::mask(c.homeId));
        CHECK(row.at(4) == QStringLiteral("3")); // the household's size
    }
    CHECK_FALSE(anyCellContains(n, c.homeId));
    CHECK_FALSE(anyCellContains(n, Masking::mask(c.awayId)));
    // Without a year: the posting date's.
    CHECK(ok(PublicNotices(*c.db).benefits(QStringLiteral("522633102201"), 0, QDate(2020, 6, 1))).tables.at(0).totalFen
        == 50'000);
    CHECK(ok(PublicNotices(*c.db).benefits(QStringLiteral("522633102201"), 0, QDate(2021, 6, 1))).tables.isEmpty());
}

TEST_CASE("The notice period of funds and projects is at least 10 days, set per kind in the county's settings")
{
    NoticeCounty c;
    PublicNotices notices(*c.db);
    const Notice standard = ok(notices.funds(QStringLiteral("522633101201"), 2020, QDate(2020, 12, 1)));
    CHECK(standard.periodDays == 10);
    CHECK(standard.endsOn == QDate(2020, 12, 10));

    const Result<Notice> shortOne = notices.funds(QStringLiteral("522633101201"), 2020, QDate(2020, 12, 1), 9);
    REQUIRE_FALSE(shortOne.ok());
    CHECK(shortOne.error().contains(QStringLiteral("10")));
    CHECK(shortOne.error().contains(QStringLiteral("9")));

    const Status refused = notices.setPeriodDays(NoticeKind::Projects, 7);
    REQUIRE_FALSE(refused.ok());
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM county_info WHERE key LIKE 'notice_days_%'")).toInt() == 0);
    REQUIRE(notices.setPeriodDays(NoticeKind::Funds, 15).ok());
    CHECK(notices.periodDays(NoticeKind::Funds) == 15);
    CHECK(notices.periodDays(NoticeKind::Projects) == 10);
    CHECK(ok(notices.funds(QStringLiteral("522633101201"), 2020, QDate(2020, 12, 1))).endsOn == QDate(2020, 12, 15));
    // A value written under 10 by another tool is not taken.
    c.exec(QStringLiteral("INSERT INTO county_info (key, value) VALUES ('notice_days_projects', '3')"));
    CHECK(notices.periodDays(NoticeKind::Projects) == 10);

    // A village cadre may not change the county's settings: nothing is written.
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    CHECK_FALSE(notices.setPeriodDays(NoticeKind::Funds, 20).ok());
    CHECK(notices.periodDays(NoticeKind::Funds) == 15);
}

TEST_CASE("A notice for a division code that does not exist is refused naming the code")
{
    NoticeCounty c;
    PublicNotices notices(*c.db);
    for (NoticeKind kind : PublicNotices::kinds()) {
        const Result<Notice> n = notices.build(kind, QStringLiteral("522633999999"), 2020);
        REQUIRE_FALSE(n.ok());
        CHECK(n.error().contains(QStringLiteral("522633999999")));
    }
    CHECK(PublicNotices::fromWord(QStringLiteral("Funds")) == NoticeKind::Funds);
    CHECK_FALSE(PublicNotices::fromWord(QStringLiteral("loans")).has_value());
}

TEST_CASE("A village or township account makes notices only for divisions in its scope")
{
    NoticeCounty c;
    PublicNotices notices(*c.db);
    const QString ownVillage = QStringLiteral("522633101201");
    const QString ownGroup = QStringLiteral("522633101201001");
    const QString otherVillage = QStringLiteral("522633102201");

    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    for (NoticeKind kind : PublicNotices::kinds()) {
        CHECK(notices.build(kind, ownVillage, 2020, QDate(2020, 12, 1)).ok());
        CHECK(notices.build(kind, ownGroup, 2020, QDate(2020, 12, 1)).ok());
        // Another village, and the township or county above its own village, hold other villages' households.
        for (const QString &outside : {otherVillage, QStringLiteral("522633101"), QStringLiteral("522633")}) {
            const Result<Notice> n = notices.build(kind, outside, 2020, QDate(2020, 12, 1));
            INFO(outside.toStdString() << " " << n.error().toStdString());
            REQUIRE_FALSE(n.ok());
            CHECK(n.error().contains(QStringLiteral("cun")));
            CHECK(n.error().contains(QStringLiteral("岜沙村")));
        }
    }
    const Result<Notice> refused = notices.funds(otherVillage, 2020, QDate(2020, 12, 1));
    CHECK(refused.error().contains(QStringLiteral("贯洞村")));

    // A township account: its own villages, not the county nor the other township.
    c.actAs(QStringLiteral("zhen"), Role::TownshipStaff, {c.township});
    CHECK(notices.funds(ownVillage, 2020, QDate(2020, 12, 1)).ok());
    CHECK(notices.funds(QStringLiteral("522633101"), 2020, QDate(2020, 12, 1)).ok());
    CHECK_FALSE(notices.funds(otherVillage, 2020, QDate(2020, 12, 1)).ok());
    CHECK_FALSE(notices.funds(QStringLiteral("522633"), 2020, QDate(2020, 12, 1)).ok());

    // County-wide roles, the auditor among them, read everywhere.
    for (Role role : {Role::Auditor, Role::CountyStaff}) {
        c.actAs(role == Role::Auditor ? QStringLiteral("shenji") : QStringLiteral("xian"), role);
        CHECK(notices.funds(otherVillage, 2020, QDate(2020, 12, 1)).ok());
        CHECK(notices.benefits(QStringLiteral("522633"), 2020, QDate(2020, 12, 1)).ok());
    }
}

TEST_CASE("Every date of a notice is written the same full way, month and day in two digits")
{
    NoticeCounty c;
    const Notice n = ok(PublicNotices(*c.db).funds(QStringLiteral("522633101201"), 2020, QDate(2020, 4, 5)));
    CHECK(PublicNotices::dateText(QDate(2026, 12, 9)) == QStringLiteral("2026-12-09"));
    // The period in the text, the allocation and payment dates in the tables.
    const QString text = n.paragraphs.join(u'\n');
    CHECK(text.contains(QStringLiteral("2020-04-05")));
    CHECK(text.contains(QStringLiteral("2020-04-14")));
    REQUIRE(n.tables.size() == 2);
    CHECK(n.tables.at(0).rows.at(0).contains(QStringLiteral("2020-03-01")));
    CHECK(n.tables.at(1).rows.at(0).contains(QStringLiteral("2020-04-01")));
    QStringList all{n.title, text};
    for (const NoticeTable &t : n.tables) {
        for (const QStringList &row : t.rows)
            all << row;
    }
    // Nothing that looks like a date in any other form: 2020-4-5, 2020/04/05, 2020年4月5日.
    const QRegularExpression anyDate(QStringLiteral("\\d{4}\\D\\d{1,2}\\D\\d{1,2}"));
    const QRegularExpression fullDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    int dates = 0;
    for (const QString &s : std::as_const(all)) {
        for (const QRegularExpressionMatch &m : anyDate.globalMatch(s)) {
            INFO(s.toStdString());
            CHECK(fullDate.match(m.captured()).hasMatch());
            ++dates;
        }
    }
    CHECK(dates >= 4);
}

TEST_CASE("A benefits notice, a list of households, is posted 7 days unless the county sets 5 or more")
{
    NoticeCounty c;
    PublicNotices notices(*c.db);
    const QString group = QStringLiteral("522633101201001");
    // DOMAIN.md §6: household notices 5 to 7 days, funds and projects at least 10.
    CHECK(notices.periodDays(NoticeKind::Benefits) == 7);
    const Notice standard = ok(notices.benefits(group, 2020, QDate(2021, 1, 5)));
    CHECK(standard.periodDays == 7);
    CHECK(standard.endsOn == QDate(2021, 1, 11));
    CHECK(ok(notices.benefits(group, 2020, QDate(2021, 1, 5), 5)).endsOn == QDate(2021, 1, 9));
    const Result<Notice> tooShort = notices.benefits(group, 2020, QDate(2021, 1, 5), 4);
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().contains(QStringLiteral("5")));
    // Funds and projects keep their 10 days.
    CHECK_FALSE(notices.funds(QStringLiteral("522633101201"), 2020, QDate(2020, 12, 1), 7).ok());
    CHECK_FALSE(notices.projects(QStringLiteral("522633101201"), 2020, QDate(2020, 12, 1), 9).ok());

    REQUIRE(notices.setPeriodDays(NoticeKind::Benefits, 5).ok());
    CHECK(notices.periodDays(NoticeKind::Benefits) == 5);
    CHECK_FALSE(notices.setPeriodDays(NoticeKind::Benefits, 4).ok());
    CHECK(notices.periodDays(NoticeKind::Benefits) == 5);
    CHECK(notices.periodDays(NoticeKind::Funds) == 10);
}
