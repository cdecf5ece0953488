// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/MicroloanBook.h"

#include "accounts/AccessPolicy.h"
#include "common/Money.h"
#include "db/CountyDatabase.h"
#include "db/RecordStamp.h"
#include "db/RecordStore.h"
#include "db/RecordWriter.h"
#include "db/SqliteReader.h"
#include "funds/AmountBounds.h"
#include "funds/FundsKinds.h"
#include "register/IdNumber.h"

#include <algorithm>
#include <optional>

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Whole years of age on a day.
int ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

} // namespace

MicroloanBook::MicroloanBook(CountyDatabase &db) : m_db(db)
{ }

QList<MicroloanBook::Purpose> MicroloanBook::purposes()
{
    return {{QStringLiteral("planting"), tr("Crop growing")}, {QStringLiteral("breeding"), tr("Livestock breeding")},
        {QStringLiteral("processing"), tr("Processing of farm products")},
        {QStringLiteral("trade"), tr("Small trade and services")}, {QStringLiteral("tourism"), tr("Rural tourism")},
        {QStringLiteral("handicraft"), tr("Handicrafts")}};
}

QStringList MicroloanBook::problems(const Microloan &loan)
{
    QStringList p;
    if (loan.householdId == 0)
        p << tr("Choose the household that borrows.");
    if (loan.bank.trimmed().isEmpty())
        p << tr("Enter the bank that lends.");
    if (loan.amountFen <= 0 || loan.amountFen > Microloan::MaxAmountFen)
        p << tr("Refused by the amount rule: a microcredit loan is more than 0 and at most %1 yuan; this one is %2 "
                "yuan.")
                 .arg(Money::fromFen(Microloan::MaxAmountFen).toString(), Money::fromFen(loan.amountFen).toString());
    if (loan.termMonths <= 0 || loan.termMonths > Microloan::MaxTermMonths)
        p << tr("Refused by the term rule: a microcredit loan runs for 1 to %1 months (3 years); this one is %2 "
                "months.")
                 .arg(Microloan::MaxTermMonths)
                 .arg(loan.termMonths);
    bool production = false;
    for (const Purpose &purpose : purposes())
        production = production || purpose.code == loan.purposeCode;
    if (!production)
        p << tr("Refused by the purpose rule: microcredit is for production only (growing, breeding, processing, "
                "small trade, rural tourism or handicrafts).");
    if (!loan.loanDate.isValid())
        p << tr("Enter the date of the loan.");
    else if (loan.dueDate != loan.loanDate.addMonths(loan.termMonths))
        p << tr("The due date must be the loan date plus the term.");
    return p;
}

Result<qint64> MicroloanBook::save(Microloan &loan)
{
    using R = Result<qint64>;
    // Loans are the county's (AccessPolicy): a refused account learns that before any rule.
    if (Status s = AccessPolicy::checkWrite<Microloan>(m_db, loan.householdId); !s)
        return R::failure(s.error());
    Microloan next = loan;
    if (next.loanDate.isValid())
        next.dueDate = next.loanDate.addMonths(next.termMonths);
    // The borrower is checked on what the register holds now, unless the member has left.
    if (next.memberId != 0 || next.meta.id == 0) {
        SqliteReader m(m_db.handle(),
            QStringLiteral("SELECT m.name, m.id_number, m.household_id FROM member m JOIN household h ON h.id = "
                           "m.household_id WHERE m.id = ?1 AND h.deleted_at IS NULL"));
        m.bind(1, next.memberId);
        if (!m.step())
            return R::failure(tr("Choose the borrower from the members of the household."));
        if (m.integer(2) != next.householdId)
            return R::failure(tr("The borrower %1 is not a member of the household that borrows.").arg(m.text(0)));
        next.borrowerName = m.text(0);
        next.borrowerIdNumber = m.text(1);
        const IdNumber::Check id = IdNumber::check(next.borrowerIdNumber);
        if (!id.valid || !id.birthDate.isValid())
            return R::failure(tr("Refused by the age rule: the borrower's age is read from the ID number, and the ID "
                                 "number of %1 is not valid. Correct it in the register first.")
                                  .arg(next.borrowerName));
        if (next.loanDate.isValid()) {
            const int age = ageOn(id.birthDate, next.loanDate);
            if (age < Microloan::MinAge || age > Microloan::MaxAge)
                return R::failure(tr("Refused by the age rule: the borrower must be %1 to %2 years old on the loan "
                                     "date; %3 is %4 on %5.")
                                      .arg(Microloan::MinAge)
                                      .arg(Microloan::MaxAge)
                                      .arg(next.borrowerName)
                                      .arg(age)
                                      .arg(iso(next.loanDate)));
        }
    }
    if (next.meta.id != 0) {
        // What was lent and when is settled once money has come back against it.
        SqliteReader was(m_db.handle(),
            QStringLiteral(
                "SELECT l.amount_fen, l.loan_date, EXISTS (SELECT 1 FROM loan_event e WHERE e.loan_id = l.id "
                "AND e.kind = 'repayment' AND e.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM "
                "loan_event r WHERE r.reverses_id = e.id)) FROM microloan l WHERE l.id = ?1"));
        was.bind(1, next.meta.id);
        if (was.step() && was.integer(2) != 0
            && (was.integer(0) != next.amountFen || was.text(1) != iso(next.loanDate)))
            return R::failure(tr("Refused: loan %1 has repayments, so its amount (%2 yuan) and its date (%3) can no "
                                 "longer change. A mistyped repayment is corrected by reversing it.")
                                  .arg(next.meta.id)
                                  .arg(Money::fromFen(was.integer(0)).toString(), was.text(1)));
        if (!was.error().isEmpty())
            return R::failure(was.error());
    }
    const Result<qint64> saved = RecordRepository<Microloan>(m_db).save(next);
    if (saved)
        loan = next;
    return saved;
}

Result<qint64> MicroloanBook::repay(qint64 loanId, const QDate &date, Money amount, const QString &note)
{
    if (amount <= Money())
        return Result<qint64>::failure(tr("A repayment is more than 0.00 yuan."));
    return addEvent(loanId, QStringLiteral("repayment"), date, amount, {}, note);
}

Result<qint64> MicroloanBook::extend(qint64 loanId, const QDate &date, const QDate &newDueDate, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Result<qint64>::failure(tr("Give the reason for the extension (展期)."));
    if (!newDueDate.isValid())
        return Result<qint64>::failure(tr("Enter the new due date."));
    return addEvent(loanId, QStringLiteral("extension"), date, Money(), newDueDate, reason);
}

Result<qint64> MicroloanBook::subsidize(qint64 loanId, const QDate &date, Money amount, const QString &note)
{
    if (amount <= Money())
        return Result<qint64>::failure(tr("An interest subsidy is more than 0.00 yuan."));
    return addEvent(loanId, QStringLiteral("subsidy"), date, amount, {}, note);
}

Result<qint64> MicroloanBook::reverse(qint64 eventId, const QDate &date, const QString &reason)
{
    using R = Result<qint64>;
    SqliteReader s(m_db.handle(),
        QStringLiteral("SELECT e.loan_id, e.kind, e.event_date, e.amount_fen, e.reverses_id, (SELECT r.id FROM "
                       "loan_event r WHERE r.reverses_id = e.id) FROM loan_event e WHERE e.id = ?1"));
    s.bind(1, eventId);
    if (!s.step())
        return R::failure(s.error().isEmpty() ? tr("Loan event %1 does not exist.").arg(eventId) : s.error());
    const qint64 loanId = s.integer(0);
    const QString kind = s.text(1);
    const QDate eventDate = QDate::fromString(s.text(2), Qt::ISODate);
    const qint64 amountFen = s.integer(3);
    if (!s.isNull(4))
        return R::failure(
            tr("Loan event %1 is itself a reversal and cannot be reversed; enter the right event anew.").arg(eventId));
    if (!s.isNull(5))
        return R::failure(tr("Loan event %1 has already been reversed by event %2.").arg(eventId).arg(s.integer(5)));
    if (reason.trimmed().isEmpty())
        return R::failure(tr("Give the reason for reversing loan event %1.").arg(eventId));
    const QDate on = date.isValid() ? date : eventDate;
    if (on < eventDate)
        return R::failure(tr("A reversal cannot be dated before the event it reverses (%1).").arg(iso(eventDate)));
    if (!AmountBounds::within(amountFen))
        return R::failure(AmountBounds::explain(m_db.handle(), tr("Loan event %1 cannot be reversed.").arg(eventId)));
    return addEvent(loanId, kind, on, Money::fromFen(-amountFen), {}, reason, eventId);
}

Status MicroloanBook::checkRepayment(const LoanState &loan, const QDate &date, Money amount) const
{
    // Repaid so far at the end of each day with a repayment or a reversal of one: what is
    // outstanding must stay at least 0 on the day of this repayment and on every later day.
    SqliteReader s(m_db.handle(),
        QStringLiteral("SELECT event_date, SUM(amount_fen), MIN(amount_fen), MAX(amount_fen) FROM loan_event WHERE "
                       "loan_id = ?1 AND kind = 'repayment' GROUP BY event_date ORDER BY event_date"));
    s.bind(1, loan.loanId);
    const QString day = iso(date);
    qint64 running = 0;
    std::optional<qint64> most; // the most repaid at the end of `day` or of any later day
    while (s.step()) {
        if (!AmountBounds::within(s.integer(2)) || !AmountBounds::within(s.integer(3)))
            return Status::failure(
                AmountBounds::explain(m_db.handle(), tr("The loan's repayments cannot be added up.")));
        if (!most && s.text(0) > day)
            most = running;
        running += s.integer(1); // bounded rows: a sum of them cannot overflow
        if (s.text(0) >= day)
            most = std::max(most.value_or(running), running);
    }
    if (!s.error().isEmpty())
        return Status::failure(AmountBounds::explain(m_db.handle(), s.error()));
    if (!most)
        most = running;
    const Money owed = Money::fromFen(loan.amount.fen() - *most);
    if (amount > owed)
        return Status::failure(tr("The repayment of %1 yuan is more than the %2 yuan still owed.")
                                   .arg(amount.toString(), std::max(owed, Money()).toString()));
    return {};
}

Result<qint64> MicroloanBook::addEvent(qint64 loanId, const QString &kind, const QDate &date, Money amount,
    const QDate &newDue, const QString &note, qint64 reverses)
{
    using R = Result<qint64>;
    if (!date.isValid())
        return R::failure(tr("Enter the date."));
    if (!reverses && amount.fen() > AmountBounds::MaxFen)
        return R::failure(tr("An amount can be at most %1 yuan.").arg(Money::fromFen(AmountBounds::MaxFen).toString()));
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const Result<QList<LoanState>> found = states(QDate(9999, 12, 31), loanId);
    if (!found)
        return R::failure(found.error());
    if (found->isEmpty())
        return R::failure(tr("Loan %1 does not exist or has been deleted.").arg(loanId));
    const LoanState &loan = found->first();
    if (date < loan.loanDate)
        return R::failure(tr("The date cannot be before the loan date (%1).").arg(iso(loan.loanDate)));
    if (!reverses && kind == QLatin1String("repayment")) {
        if (Status s = checkRepayment(loan, date, amount); !s)
            return R::failure(s.error());
    }
    if (!reverses && kind == QLatin1String("extension") && newDue <= loan.dueDate)
        return R::failure(tr("An extension moves the due date later than %1.").arg(iso(loan.dueDate)));
    RecordWriter w(m_db.sql(), m_db.currentUser());
    w.setHousehold(loan.householdId);
    LoanEventRow row{{}, loanId, kind, date, amount.fen(), newDue, reverses, note.trimmed()};
    if (Status s = AccessPolicy::checkWrite<LoanEventRow>(m_db, loan.householdId); !s)
        return R::failure(s.error());
    if (Status s = RecordStore::insertRow(w, row); !s)
        return R::failure(s.error());
    const qint64 id = row.meta.id;
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return id;
}

QString MicroloanBook::eventKindName(LoanEvent::Kind kind)
{
    switch (kind) {
    case LoanEvent::Kind::Repayment:
        return tr("Repayment");
    case LoanEvent::Kind::Extension:
        return tr("Extension");
    case LoanEvent::Kind::Subsidy:
        return tr("Interest subsidy");
    }
    return {};
}

QString MicroloanBook::purposeName(const QString &code)
{
    for (const Purpose &p : purposes()) {
        if (p.code == code)
            return p.name;
    }
    return code;
}

namespace {

// Whether the acting account may read the loan's household (a loan names its borrower).
Status checkReadLoan(const CountyDatabase &db, sqlite3 *handle, qint64 loanId)
{
    SqliteReader s(handle, QStringLiteral("SELECT household_id FROM microloan WHERE id = ?"));
    s.bind(1, loanId);
    return s.step() ? AccessPolicy::checkReadHousehold(db, s.integer(0)) : Status();
}

} // namespace

Result<Microloan> MicroloanBook::load(qint64 loanId) const
{
    if (Status s = checkReadLoan(m_db, m_db.handle(), loanId); !s)
        return Result<Microloan>::failure(s.error());
    return RecordRepository<Microloan>(m_db).load(loanId);
}

Result<QList<LoanEvent>> MicroloanBook::events(qint64 loanId) const
{
    if (Status s = checkReadLoan(m_db, m_db.handle(), loanId); !s)
        return Result<QList<LoanEvent>>::failure(s.error());
    return readEvents(loanId, 0);
}

Result<LoanEvent> MicroloanBook::event(qint64 eventId) const
{
    const Result<QList<LoanEvent>> found = readEvents(0, eventId);
    if (!found)
        return Result<LoanEvent>::failure(found.error());
    if (found->isEmpty())
        return Result<LoanEvent>::failure(tr("Loan event %1 does not exist.").arg(eventId));
    if (Status s = checkReadLoan(m_db, m_db.handle(), found->first().loanId); !s)
        return Result<LoanEvent>::failure(s.error());
    return found->first();
}

Result<QList<LoanEvent>> MicroloanBook::readEvents(qint64 loanId, qint64 eventId) const
{
    SqliteReader s(m_db.handle(),
        QStringLiteral("SELECT e.id, e.kind, e.event_date, e.amount_fen, COALESCE(e.new_due_date, ''), e.note, "
                       "e.updated_by, e.created_at, COALESCE(e.reverses_id, 0), (SELECT r.id FROM loan_event r WHERE "
                       "r.reverses_id = e.id), e.loan_id FROM loan_event e WHERE (?1 = 0 OR e.loan_id = ?1) AND "
                       "(?2 = 0 OR e.id = ?2) ORDER BY e.event_date, e.id"));
    s.bind(1, loanId);
    s.bind(2, eventId);
    QList<LoanEvent> list;
    while (s.step()) {
        LoanEvent e;
        e.id = s.integer(0);
        const QString kind = s.text(1);
        e.kind = kind == QLatin1String("extension") ? LoanEvent::Kind::Extension
            : kind == QLatin1String("subsidy")      ? LoanEvent::Kind::Subsidy
                                                    : LoanEvent::Kind::Repayment;
        e.date = QDate::fromString(s.text(2), Qt::ISODate);
        e.amount = Money::fromFen(s.integer(3));
        e.newDueDate = QDate::fromString(s.text(4), Qt::ISODate);
        e.note = s.text(5);
        e.enteredBy = s.text(6);
        e.enteredAt = s.timeText(7);
        e.reversesId = s.integer(8);
        e.reversedById = s.integer(9);
        e.loanId = s.integer(10);
        list.append(std::move(e));
    }
    if (!s.error().isEmpty())
        return Result<QList<LoanEvent>>::failure(s.error());
    return list;
}

Result<QList<LoanState>> MicroloanBook::all(const QDate &asOf) const
{
    return readableStates(asOf);
}

Result<LoanState> MicroloanBook::state(qint64 loanId, const QDate &asOf) const
{
    if (Status s = checkReadLoan(m_db, m_db.handle(), loanId); !s)
        return Result<LoanState>::failure(s.error());
    const Result<QList<LoanState>> found = states(asOf, loanId);
    if (!found)
        return Result<LoanState>::failure(found.error());
    if (found->isEmpty())
        return Result<LoanState>::failure(tr("Loan %1 does not exist or has been deleted.").arg(loanId));
    return found->first();
}

Result<QList<LoanState>> MicroloanBook::overdue(const QDate &asOf) const
{
    Result<QList<LoanState>> all = readableStates(asOf);
    if (!all)
        return all;
    QList<LoanState> list;
    for (const LoanState &s : all.value()) {
        if (s.isOverdue(asOf))
            list << s;
    }
    return list;
}

Result<QList<LoanState>> MicroloanBook::dueWithin(int days, const QDate &asOf) const
{
    Result<QList<LoanState>> all = readableStates(asOf);
    if (!all)
        return all;
    QList<LoanState> list;
    for (const LoanState &s : all.value()) {
        if (s.isDueWithin(days, asOf))
            list << s;
    }
    return list;
}

Result<QList<LoanState>> MicroloanBook::readableStates(const QDate &asOf) const
{
    const Result<ReadScope> scope = AccessPolicy::readScope(m_db);
    if (!scope)
        return Result<QList<LoanState>>::failure(scope.error());
    return states(asOf, 0, scope->andVillageIn(QStringLiteral("h.village_id")));
}

Result<QList<LoanState>> MicroloanBook::states(const QDate &asOf, qint64 loanId, const QString &andScope) const
{
    SqliteReader s(m_db.handle(),
        QStringLiteral(
            "SELECT l.id, l.household_id, h.code, COALESCE(v.name, ''), l.borrower_name, l.bank, l.amount_fen, "
            "l.loan_date, "
            "COALESCE((SELECT e.new_due_date FROM loan_event e WHERE e.loan_id = l.id AND e.kind = 'extension' AND "
            "e.reverses_id IS NULL AND e.event_date <= ?1 AND NOT EXISTS (SELECT 1 FROM loan_event r WHERE "
            "r.reverses_id = e.id AND r.event_date <= ?1) ORDER BY e.event_date DESC, e.id DESC LIMIT 1), l.due_date), "
            "(SELECT COALESCE(SUM(e.amount_fen), 0) FROM loan_event e WHERE e.loan_id = l.id AND e.kind = "
            "'repayment' AND e.event_date <= ?1), "
            "(SELECT COALESCE(SUM(e.amount_fen), 0) FROM loan_event e WHERE e.loan_id = l.id AND e.kind = 'subsidy' "
            "AND e.event_date <= ?1) "
            "FROM microloan l JOIN household h ON h.id = l.household_id LEFT JOIN division v ON v.id = h.village_id "
            "WHERE l.deleted_at IS NULL AND l.loan_date <= ?1 AND (?2 = 0 OR l.id = ?2)")
            + andScope + QStringLiteral(" ORDER BY 9, l.id"));
    s.bind(1, iso(asOf.isValid() ? asOf : QDate::currentDate()));
    s.bind(2, loanId);
    QList<LoanState> list;
    while (s.step()) {
        LoanState l;
        l.loanId = s.integer(0);
        l.householdId = s.integer(1);
        l.householdCode = s.text(2);
        l.villageName = s.text(3);
        l.borrowerName = s.text(4);
        l.bank = s.text(5);
        l.amount = Money::fromFen(s.integer(6));
        l.loanDate = QDate::fromString(s.text(7), Qt::ISODate);
        l.dueDate = QDate::fromString(s.text(8), Qt::ISODate);
        l.repaid = Money::fromFen(s.integer(9));
        l.subsidy = Money::fromFen(s.integer(10));
        // Only a row written past the file's rules can put a sum out of bounds: name it.
        if (!AmountBounds::within(l.amount.fen()) || !AmountBounds::within(l.repaid.fen())
            || !AmountBounds::within(l.subsidy.fen()))
            return Result<QList<LoanState>>::failure(
                AmountBounds::explain(m_db.handle(), tr("Loan %1 holds amounts out of bounds.").arg(l.loanId)));
        list.append(std::move(l));
    }
    if (!s.error().isEmpty())
        return Result<QList<LoanState>>::failure(AmountBounds::explain(m_db.handle(), s.error()));
    return list;
}
