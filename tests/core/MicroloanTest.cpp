// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/MicroloanBook.h"

#include "../TestSql.h"
#include "TestCounty.h"
#include "funds/BenefitBook.h"
#include "register/AuditLog.h"
#include "register/HouseholdRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

namespace {

struct Borrowers
{
    qint64 household = 0;
    qint64 head = 0; // born 1965-01-02
    qint64 child = 0; // born 2005-01-02
    qint64 otherHead = 0; // of another household
};

Borrowers borrowers(TestCounty &c)
{
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("5226331012010010001"), 1);
    Household other = c.household(QStringLiteral("5226331012010010002"), 2);
    Borrowers b;
    b.household = repo.save(h).value();
    const qint64 otherId = repo.save(other).value();
    auto member = [&](qint64 household, int position) {
        return c
            .scalar(QStringLiteral("SELECT id FROM member WHERE household_id = ? ORDER BY position LIMIT 1 OFFSET ?"),
                {household, position})
            .toLongLong();
    };
    b.head = member(b.household, 0);
    b.child = member(b.household, 2);
    b.otherHead = member(otherId, 0);
    return b;
}

Microloan loan(const Borrowers &b, const QDate &date = QDate(2020, 3, 15))
{
    Microloan l;
    l.householdId = b.household;
    l.memberId = b.head;
    l.bank = QStringLiteral("从江县农村信用合作联社");
    l.amountFen = 50'000'00;
    l.loanDate = date;
    l.termMonths = 36;
    l.purposeCode = QStringLiteral("breeding");
    l.purpose = QStringLiteral("香猪养殖");
    l.interestRatePermille = 43;
    return l;
}

QList<QVariant> snapshot(const TestCounty &c)
{
    return {c.scalar(QStringLiteral("SELECT count(*) || ':' || total(amount_fen) FROM microloan")),
        c.scalar(QStringLiteral("SELECT count(*) FROM loan_event")),
        c.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))};
}

void refused(TestCounty &c, Microloan l, const char *rule)
{
    const auto before = snapshot(c);
    const Result<qint64> r = MicroloanBook(*c.db).save(l);
    INFO(r.error().toStdString());
    CHECK_FALSE(r.ok());
    CHECK(r.error().contains(QString::fromUtf8(rule)));
    CHECK(snapshot(c) == before);
}

qint64 saveOk(TestCounty &c, Microloan l)
{
    const Result<qint64> r = MicroloanBook(*c.db).save(l);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("MicroloanBook: a loan inside the rules is saved with the borrower and due date filled in")
{
    TestCounty c;
    const Borrowers b = borrowers(c);
    Microloan l = loan(b);
    REQUIRE(MicroloanBook(*c.db).save(l).ok());
    CHECK(l.borrowerName == QStringLiteral("王大山"));
    CHECK(l.dueDate == QDate(2023, 3, 15));
    CHECK(c.scalar(QStringLiteral("SELECT due_date FROM microloan WHERE id = ?"), {l.meta.id}).toString()
        == QStringLiteral("2023-03-15"));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'microloan' AND household_id = ?"),
               {b.household})
              .toInt()
        > 0);
    // The household's history names the loan's fields as the form does, money in yuan.
    const Result<QList<AuditEntry>> history = AuditLog(*c.db).forHousehold(b.household);
    REQUIRE(history.ok());
    bool amount = false;
    for (const AuditEntry &e : history.value())
        amount = amount
            || (e.tableName == QStringLiteral("microloan") && e.fieldLabel == QStringLiteral("Loan amount")
                && e.newText.contains(QStringLiteral("50,000.00")));
    CHECK(amount);
}

TEST_CASE("MicroloanBook: loans outside each rule are refused with the rule named, and nothing is written")
{
    TestCounty c;
    const Borrowers b = borrowers(c);

    SECTION("amount: at most 50,000 yuan")
    {
        Microloan l = loan(b);
        l.amountFen = 50'000'01;
        refused(c, l, "amount rule");
        l.amountFen = 0;
        refused(c, l, "amount rule");
    }
    SECTION("term: at most 3 years")
    {
        Microloan l = loan(b);
        l.termMonths = 37;
        refused(c, l, "term rule");
        l.termMonths = 0;
        refused(c, l, "term rule");
    }
    SECTION("purpose: production only")
    {
        Microloan l = loan(b);
        l.purposeCode = QStringLiteral("consumption");
        refused(c, l, "purpose rule");
    }
    SECTION("age: 18 to 65 on the loan date, from the ID number")
    {
        Microloan young = loan(b, QDate(2023, 1, 1)); // the child turns 18 on 2 January 2023
        young.memberId = b.child;
        refused(c, young, "age rule");
        young.loanDate = QDate(2023, 1, 2);
        saveOk(c, young);

        Microloan old = loan(b, QDate(2031, 1, 2)); // the head turns 66 that day
        refused(c, old, "age rule");
        old.loanDate = QDate(2031, 1, 1);
        saveOk(c, old);
    }
    SECTION("the borrower is a member of the household")
    {
        Microloan l = loan(b);
        l.memberId = b.otherHead;
        refused(c, l, "not a member of the household");
        l.memberId = 0;
        refused(c, l, "Choose the borrower");
    }
}

TEST_CASE("MicroloanBook: repayments, extensions and the overdue and due-soon lists")
{
    TestCounty c;
    const Borrowers b = borrowers(c);
    MicroloanBook book(*c.db);
    const qint64 id = saveOk(c, loan(b, QDate(2020, 3, 15))); // due 2023-03-15
    Microloan shortLoan = loan(b, QDate(2020, 6, 1));
    shortLoan.termMonths = 12; // due 2021-06-01
    shortLoan.amountFen = 10'000'00;
    const qint64 other = saveOk(c, shortLoan);

    auto ids = [](const Result<QList<LoanState>> &r) {
        REQUIRE(r.ok());
        QList<qint64> list;
        for (const LoanState &s : r.value())
            list << s.loanId;
        return list;
    };
    CHECK(ids(book.dueWithin(30, QDate(2021, 5, 10))) == QList<qint64>{other});
    CHECK(ids(book.overdue(QDate(2021, 6, 2))) == QList<qint64>{other});
    CHECK(ids(book.overdue(QDate(2023, 3, 16))) == (QList<qint64>{other, id}));

    const auto before = snapshot(c);
    CHECK_FALSE(book.repay(other, QDate(2021, 5, 1), Money::fromFen(10'000'01)).ok());
    CHECK_FALSE(book.repay(other, QDate(2020, 5, 1), Money::fromFen(1'00)).ok()); // before the loan
    CHECK_FALSE(book.extend(other, QDate(2021, 5, 1), QDate(2021, 5, 30), QStringLiteral("受灾")).ok());
    CHECK_FALSE(book.extend(other, QDate(2021, 5, 1), QDate(2022, 6, 1), QString()).ok());
    CHECK(snapshot(c) == before);

    REQUIRE(book.extend(other, QDate(2021, 5, 20), QDate(2022, 6, 1), QStringLiteral("受灾展期")).ok());
    CHECK(ids(book.overdue(QDate(2021, 6, 2))).isEmpty());
    REQUIRE(book.repay(other, QDate(2021, 12, 1), Money::fromFen(4'000'00)).ok());
    REQUIRE(book.subsidize(other, QDate(2021, 12, 31), Money::fromFen(430'00)).ok());
    const Result<LoanState> s = book.state(other, QDate(2022, 1, 1));
    REQUIRE(s.ok());
    CHECK(s->outstanding() == Money::fromFen(6'000'00));
    CHECK(s->subsidy == Money::fromFen(430'00));
    CHECK(s->dueDate == QDate(2022, 6, 1));
    REQUIRE(book.repay(other, QDate(2022, 5, 1), Money::fromFen(6'000'00)).ok());
    CHECK(ids(book.overdue(QDate(2022, 7, 1))).isEmpty());

    // Loan history is append-only.
    QSqlQuery q(TestSql::of(*c.db));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE loan_event SET amount_fen = 1")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM loan_event")));
}

TEST_CASE("BenefitBook: benefits per household and year, in bulk all or none, shown next to the income")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("5226331012010010001"), 1);
    Household g = c.household(QStringLiteral("5226331012010010002"), 2);
    const qint64 one = repo.save(h).value();
    const qint64 two = repo.save(g).value();
    BenefitBook book(*c.db);

    HouseholdBenefit dibao;
    dibao.year = TestCounty::Year;
    dibao.benefitCode = QStringLiteral("subsistence");
    dibao.amountFen = 3'600'00;
    const Result<int> bulk = book.saveForHouseholds({one, two}, dibao);
    INFO(bulk.error().toStdString());
    REQUIRE(bulk.ok());
    CHECK(bulk.value() == 2);

    HouseholdBenefit eco = dibao;
    eco.householdId = one;
    eco.benefitCode = QStringLiteral("ecological");
    eco.amountFen = 500'00;
    REQUIRE(book.save(eco).ok());
    CHECK(book.forHousehold(one, TestCounty::Year).value().size() == 2);

    // A household not in the register spoils the whole batch.
    REQUIRE(repo.softDelete(two, QStringLiteral("重复录入")).ok());
    const QVariant before = c.scalar(QStringLiteral("SELECT count(*) FROM household_benefit"));
    const Result<int> spoiled = book.saveForHouseholds({one, two}, dibao);
    CHECK_FALSE(spoiled.ok());
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM household_benefit")) == before);
    HouseholdBenefit unknown = eco;
    unknown.meta = {};
    unknown.benefitCode = QStringLiteral("lottery");
    CHECK_FALSE(book.save(unknown).ok());

    const QVariant income = c.scalar(
        QStringLiteral("SELECT tr_subsistence || ':' || tr_eco_compensation || ':' || revision FROM income WHERE "
                       "household_id = ?"),
        {one});
    const Result<QList<IncomeFeed>> feeds = book.incomeFeeds(one, TestCounty::Year);
    REQUIRE(feeds.ok());
    REQUIRE(feeds->size() == 2);
    for (const IncomeFeed &f : feeds.value()) {
        CHECK(f.hasIncome);
        CHECK(f.differs());
        CHECK(f.recordedFen == 0);
        CHECK(f.benefitsFen == (f.column == QStringLiteral("tr_subsistence") ? 3'600'00 : 500'00));
        CHECK_FALSE(f.label.isEmpty());
    }
    // Shown, not written: the income stays as the household's editor saved it.
    CHECK(c.scalar(QStringLiteral("SELECT tr_subsistence || ':' || tr_eco_compensation || ':' || revision FROM income "
                                  "WHERE household_id = ?"),
              {one})
        == income);
}

TEST_CASE("BenefitBook: a bulk entry reaching outside the account's divisions is refused in full, naming the household")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("5226331012010010001"), 1);
    const qint64 mine = repo.save(h).value();
    Household g = c.household(QStringLiteral("5226331022010010002"), 2);
    g.townshipId = c.otherTownship;
    c.moveTo(g, c.otherVillage);
    g.groupId = c.otherGroup;
    const Result<qint64> otherSaved = repo.save(g);
    INFO(otherSaved.error().toStdString());
    REQUIRE(otherSaved.ok());
    const qint64 other = otherSaved.value();
    c.actAs(QStringLiteral("cun"), Role::VillageCadre, {c.village});
    BenefitBook book(*c.db);
    HouseholdBenefit b;
    b.year = TestCounty::Year;
    b.benefitCode = QStringLiteral("welfare_job");
    b.amountFen = 6'000'00;

    const auto count = [&] { return c.scalar(QStringLiteral("SELECT count(*) FROM household_benefit")).toInt(); };
    const auto audits = [&] { return c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(); };
    const int auditsBefore = audits();
    const Result<int> refused = book.saveForHouseholds({mine, other}, b);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(g.code));
    CHECK(count() == 0);
    CHECK(audits() == auditsBefore);
    CHECK_FALSE(book.saveForHouseholds({}, b).ok());

    // In its own village the same account may enter benefits, one by one and in bulk.
    const Result<int> own = book.saveForHouseholds({mine}, b);
    INFO(own.error().toStdString());
    REQUIRE(own.ok());
    CHECK(count() == 1);

    // And remove one entered by mistake, with a reason; the summary follows.
    const QList<HouseholdBenefit> list = book.forHousehold(mine).value();
    REQUIRE(list.size() == 1);
    CHECK_FALSE(book.remove(list.first().meta.id, QString()).ok());
    const Result<BenefitBook::YearSummary> before = book.yearSummary(mine, TestCounty::Year);
    REQUIRE(before.ok());
    CHECK(before->benefitsFen == 6'000'00);
    CHECK(before->hasIncome);
    REQUIRE(book.remove(list.first().meta.id, QStringLiteral("录错了")).ok());
    CHECK(book.forHousehold(mine).value().isEmpty());
    CHECK(book.yearSummary(mine, TestCounty::Year).value().benefitsFen == 0);
}

TEST_CASE("BenefitBook: the year's summary sets the benefits beside the recorded transfer income")
{
    TestCounty c;
    HouseholdRepository repo(*c.db);
    Household h = c.household(QStringLiteral("5226331012010010001"), 1);
    REQUIRE(!h.incomes.isEmpty());
    h.incomes.first().trSubsistence = 3'000'00;
    h.incomes.first().trEcoCompensation = 120'50;
    const qint64 id = repo.save(h).value();
    BenefitBook book(*c.db);
    for (const auto &[code, fen] : {std::pair{"subsistence", 3'600'00}, std::pair{"dividend", 800'00}}) {
        HouseholdBenefit b;
        b.householdId = id;
        b.year = TestCounty::Year;
        b.benefitCode = QString::fromLatin1(code);
        b.amountFen = fen;
        REQUIRE(book.save(b).ok());
    }
    const Result<BenefitBook::YearSummary> s = book.yearSummary(id, TestCounty::Year);
    REQUIRE(s.ok());
    CHECK(s->benefitsFen == 4'400'00);
    CHECK(s->hasIncome);
    CHECK(s->recordedTransfersFen == h.incomes.first().transfers());
    CHECK(s->feeds.size() == 2);
    const Result<BenefitBook::YearSummary> none = book.yearSummary(id, TestCounty::Year + 1);
    REQUIRE(none.ok());
    CHECK_FALSE(none->hasIncome);
    CHECK(none->benefitsFen == 0);
}

TEST_CASE("MicroloanBook: a township account may not lend, the list of all loans and a loan's events")
{
    TestCounty c;
    const Borrowers b = borrowers(c);
    MicroloanBook book(*c.db);
    const qint64 id = saveOk(c, loan(b));
    REQUIRE(book.repay(id, QDate(2021, 3, 1), Money::fromFen(10'000'00)).ok());
    REQUIRE(book.extend(id, QDate(2023, 3, 1), QDate(2024, 3, 15), QStringLiteral("受灾展期")).ok());
    const Result<QList<LoanEvent>> events = book.events(id);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 2);
    CHECK(events->at(0).kind == LoanEvent::Kind::Repayment);
    CHECK(events->at(0).amount == Money::fromFen(10'000'00));
    CHECK(events->at(1).kind == LoanEvent::Kind::Extension);
    CHECK(events->at(1).newDueDate == QDate(2024, 3, 15));
    const Result<QList<LoanState>> all = book.all(QDate(2023, 6, 1));
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->first().dueDate == QDate(2024, 3, 15));
    CHECK_FALSE(all->first().villageName.isEmpty());
    CHECK(book.all(QDate(2020, 1, 1)).value().isEmpty()); // not yet lent
    CHECK(book.load(id).value().borrowerName == QStringLiteral("王大山"));

    c.actAs(QStringLiteral("xiang"), Role::TownshipStaff, {c.township});
    const auto before = snapshot(c);
    Microloan l = loan(b, QDate(2021, 5, 1));
    l.amountFen = 60'000'00; // outside the amount rule too: the account is refused first
    const Result<qint64> r = book.save(l);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("may not")));
    CHECK_FALSE(book.repay(id, QDate(2023, 4, 1), Money::fromFen(1'00)).ok());
    CHECK(snapshot(c) == before);
}

TEST_CASE("MicroloanBook: a mistyped repayment is reversed, and what is owed is restored")
{
    TestCounty c;
    const Borrowers b = borrowers(c);
    MicroloanBook book(*c.db);
    Microloan l = loan(b, QDate(2020, 6, 1));
    l.amountFen = 10'000'00;
    l.termMonths = 12; // due 2021-06-01
    const qint64 id = saveOk(c, l);
    const QDate later(2030, 1, 1);
    // 4,000.00 typed as 400,000 fen too many: 8,000.00 entered.
    const Result<qint64> wrong = book.repay(id, QDate(2021, 3, 1), Money::fromFen(8'000'00));
    REQUIRE(wrong.ok());
    CHECK(book.state(id, later)->outstanding() == Money::fromFen(2'000'00));

    const auto before = snapshot(c);
    CHECK_FALSE(book.reverse(wrong.value(), QDate(2021, 3, 2), QString()).ok()); // a reason is needed
    CHECK_FALSE(book.reverse(wrong.value(), QDate(2021, 2, 28), QStringLiteral("录错")).ok()); // before it
    CHECK_FALSE(book.reverse(wrong.value() + 100, QDate(2021, 3, 2), QStringLiteral("录错")).ok());
    CHECK(snapshot(c) == before);

    const Result<qint64> reversal = book.reverse(wrong.value(), QDate(), QStringLiteral("金额录错"));
    INFO(reversal.error().toStdString());
    REQUIRE(reversal.ok());
    CHECK(book.state(id, later)->outstanding() == Money::fromFen(10'000'00));
    CHECK(book.state(id, later)->repaid == Money());
    // Nothing was changed or deleted: the repayment stands in the history, with its reversal.
    const Result<QList<LoanEvent>> events = book.events(id);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 2);
    CHECK(events->at(0).id == wrong.value());
    CHECK(events->at(0).amount == Money::fromFen(8'000'00));
    CHECK(events->at(0).reversedById == reversal.value());
    CHECK(events->at(1).reversesId == wrong.value());
    CHECK(events->at(1).amount == Money::fromFen(-8'000'00));
    CHECK(events->at(1).date == QDate(2021, 3, 1)); // undated: the day of the mistake, so it never counted
    CHECK(events->at(1).kind == LoanEvent::Kind::Repayment);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'loan_event' AND field = "
                                  "'reverses_id' AND new_value = ?"),
               {QString::number(wrong.value())})
              .toInt()
        == 1);

    // Once, and never a reversal's reversal.
    const auto after = snapshot(c);
    const Result<qint64> again = book.reverse(wrong.value(), QDate(2021, 4, 1), QStringLiteral("再冲"));
    CHECK_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already been reversed")));
    CHECK_FALSE(book.reverse(reversal.value(), QDate(2021, 4, 1), QStringLiteral("再冲")).ok());
    CHECK(snapshot(c) == after);

    // The right amount is entered anew; an extension and a subsidy are reversed the same way.
    REQUIRE(book.repay(id, QDate(2021, 3, 1), Money::fromFen(4'000'00)).ok());
    const Result<qint64> extension = book.extend(id, QDate(2021, 5, 1), QDate(2022, 6, 1), QStringLiteral("受灾展期"));
    REQUIRE(extension.ok());
    CHECK(book.state(id, later)->dueDate == QDate(2022, 6, 1));
    REQUIRE(book.reverse(extension.value(), QDate(2021, 5, 2), QStringLiteral("未获批准")).ok());
    CHECK(book.state(id, QDate(2021, 5, 1))->dueDate == QDate(2022, 6, 1)); // as it stood that day
    CHECK(book.state(id, later)->dueDate == QDate(2021, 6, 1));
    const Result<qint64> subsidy = book.subsidize(id, QDate(2021, 12, 31), Money::fromFen(430'00));
    REQUIRE(subsidy.ok());
    REQUIRE(book.reverse(subsidy.value(), QDate(2022, 1, 5), QStringLiteral("重复录入")).ok());
    CHECK(book.state(id, later)->subsidy == Money());
    CHECK(book.state(id, later)->outstanding() == Money::fromFen(6'000'00));
}

TEST_CASE("MicroloanBook: a loan's amount and date are fixed once a repayment stands against it")
{
    TestCounty c;
    const Borrowers b = borrowers(c);
    MicroloanBook book(*c.db);
    Microloan l = loan(b, QDate(2020, 6, 1));
    l.amountFen = 10'000'00;
    const qint64 id = saveOk(c, l);
    const Result<qint64> paid = book.repay(id, QDate(2021, 3, 1), Money::fromFen(4'000'00));
    REQUIRE(paid.ok());

    Microloan changed = book.load(id).value();
    changed.amountFen = 20'000'00;
    refused(c, changed, "has repayments");
    changed = book.load(id).value();
    changed.loanDate = QDate(2020, 5, 1);
    refused(c, changed, "has repayments");
    // Other fields may still be corrected.
    changed = book.load(id).value();
    changed.bank = QStringLiteral("中国农业银行从江支行");
    REQUIRE(book.save(changed).ok());
    // And so may the amount, once the repayment is reversed.
    REQUIRE(book.reverse(paid.value(), QDate(), QStringLiteral("录错贷款")).ok());
    changed = book.load(id).value();
    changed.amountFen = 20'000'00;
    REQUIRE(book.save(changed).ok());
    CHECK(book.state(id, QDate(2030, 1, 1))->outstanding() == Money::fromFen(20'000'00));
}

TEST_CASE("MicroloanBook: what is owed is never negative, on the repayment's day or any later day")
{
    TestCounty c;
    const Borrowers b = borrowers(c);
    MicroloanBook book(*c.db);
    Microloan l = loan(b, QDate(2020, 6, 1));
    l.amountFen = 10'000'00;
    const qint64 id = saveOk(c, l);
    REQUIRE(book.repay(id, QDate(2021, 6, 1), Money::fromFen(6'000'00)).ok());
    const auto before = snapshot(c);
    // On 2021-01-01 only 0 had been repaid, but from 2021-06-01 on this would make 11,000 of 10,000.
    const Result<qint64> backdated = book.repay(id, QDate(2021, 1, 1), Money::fromFen(5'000'00));
    CHECK_FALSE(backdated.ok());
    CHECK(backdated.error().contains(QStringLiteral("4,000.00 yuan still owed")));
    CHECK_FALSE(book.repay(id, QDate(2021, 7, 1), Money::fromFen(4'000'01)).ok());
    CHECK(snapshot(c) == before);
    REQUIRE(book.repay(id, QDate(2021, 1, 1), Money::fromFen(4'000'00)).ok());
    CHECK(book.state(id, QDate(2030, 1, 1))->outstanding() == Money());
    CHECK_FALSE(book.repay(id, QDate(2022, 1, 1), Money::fromFen(1)).ok());

    // A reversal dated later frees nothing before its date: on 2021-07-01 all 10,000 stand repaid.
    Microloan second = loan(b, QDate(2020, 6, 1));
    second.amountFen = 10'000'00;
    const qint64 other = saveOk(c, second);
    const Result<qint64> paid = book.repay(other, QDate(2021, 6, 1), Money::fromFen(10'000'00));
    REQUIRE(paid.ok());
    REQUIRE(book.reverse(paid.value(), QDate(2021, 9, 1), QStringLiteral("银行退回")).ok());
    const auto reversed = snapshot(c);
    CHECK_FALSE(book.repay(other, QDate(2021, 7, 1), Money::fromFen(1'00)).ok());
    CHECK(snapshot(c) == reversed);
    REQUIRE(book.repay(other, QDate(2021, 9, 1), Money::fromFen(10'000'00)).ok());
    CHECK(book.state(other, QDate(2021, 8, 1))->outstanding() == Money());
}
