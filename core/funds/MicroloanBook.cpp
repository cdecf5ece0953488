// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/MicroloanBook.h"

#include "accounts/AccessPolicy.h"
#include "common/Money.h"
#include "db/CountyDatabase.h"
#include "db/RecordWriter.h"
#include "db/SqliteReader.h"
#include "funds/FundsKinds.h"
#include "register/IdNumber.h"

#include <QUuid>

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(s);
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
    if (Status s = AccessPolicy::checkWrite(m_db, QStringLiteral("microloan"), loan.householdId); !s)
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
    const Result<qint64> saved = RecordRepository<Microloan>(m_db).save(next);
    if (saved)
        loan = next;
    return saved;
}

Status MicroloanBook::repay(qint64 loanId, const QDate &date, qint64 amountFen, const QString &note)
{
    if (amountFen <= 0)
        return Status::failure(tr("A repayment is more than 0.00 yuan."));
    return addEvent(loanId, QStringLiteral("repayment"), date, amountFen, {}, note);
}

Status MicroloanBook::extend(qint64 loanId, const QDate &date, const QDate &newDueDate, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Give the reason for the extension (展期)."));
    if (!newDueDate.isValid())
        return Status::failure(tr("Enter the new due date."));
    return addEvent(loanId, QStringLiteral("extension"), date, 0, newDueDate, reason);
}

Status MicroloanBook::subsidize(qint64 loanId, const QDate &date, qint64 amountFen, const QString &note)
{
    if (amountFen <= 0)
        return Status::failure(tr("An interest subsidy is more than 0.00 yuan."));
    return addEvent(loanId, QStringLiteral("subsidy"), date, amountFen, {}, note);
}

Status MicroloanBook::addEvent(
    qint64 loanId, const QString &kind, const QDate &date, qint64 amountFen, const QDate &newDue, const QString &note)
{
    if (!date.isValid())
        return Status::failure(tr("Enter the date."));
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    const Result<QList<LoanState>> found = states(QDate(9999, 12, 31), loanId);
    if (!found)
        return Status::failure(found.error());
    if (found->isEmpty())
        return Status::failure(tr("Loan %1 does not exist or has been deleted.").arg(loanId));
    const LoanState &loan = found->first();
    if (date < loan.loanDate)
        return Status::failure(tr("The date cannot be before the loan date (%1).").arg(iso(loan.loanDate)));
    if (kind == QLatin1String("repayment") && amountFen > loan.outstandingFen())
        return Status::failure(
            tr("The repayment of %1 yuan is more than the %2 yuan still owed.")
                .arg(Money::fromFen(amountFen).toString(), Money::fromFen(loan.outstandingFen()).toString()));
    if (kind == QLatin1String("extension") && newDue <= loan.dueDate)
        return Status::failure(tr("An extension moves the due date later than %1.").arg(iso(loan.dueDate)));
    if (Status s = AccessPolicy::checkWrite(m_db, QStringLiteral("microloan"), loan.householdId); !s)
        return s;
    RecordWriter w(m_db.sql(), m_db.currentUser());
    w.setHousehold(loan.householdId);
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status s
        = w.exec(QStringLiteral("INSERT INTO loan_event (uuid, loan_id, kind, event_date, amount_fen, "
                                "new_due_date, note, created_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {uuid, loanId, kind, iso(date), amountFen, newDue.isValid() ? QVariant(iso(newDue)) : QVariant(),
                text(note.trimmed()), w.now(), text(w.user())});
        !s)
        return s;
    if (Status s = w.audit(QStringLiteral("loan_event"), uuid, QStringLiteral("insert"), kind, QVariant(),
            newDue.isValid() ? QVariant(iso(newDue)) : QVariant(amountFen));
        !s)
        return s;
    return transaction.commit();
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
Status checkReadLoan(const CountyDatabase &db, qint64 loanId)
{
    SqliteReader s(db.handle(), QStringLiteral("SELECT household_id FROM microloan WHERE id = ?"));
    s.bind(1, loanId);
    return s.step() ? AccessPolicy::checkReadHousehold(db, s.integer(0)) : Status();
}

} // namespace

Result<Microloan> MicroloanBook::load(qint64 loanId) const
{
    if (Status s = checkReadLoan(m_db, loanId); !s)
        return Result<Microloan>::failure(s.error());
    return RecordRepository<Microloan>(m_db).load(loanId);
}

Result<QList<LoanEvent>> MicroloanBook::events(qint64 loanId) const
{
    if (Status s = checkReadLoan(m_db, loanId); !s)
        return Result<QList<LoanEvent>>::failure(s.error());
    SqliteReader s(m_db.handle(),
        QStringLiteral("SELECT id, kind, event_date, amount_fen, COALESCE(new_due_date, ''), note, updated_by, "
                       "created_at FROM loan_event WHERE loan_id = ?1 ORDER BY event_date, id"));
    s.bind(1, loanId);
    QList<LoanEvent> list;
    while (s.step()) {
        LoanEvent e;
        e.id = s.integer(0);
        const QString kind = s.text(1);
        e.kind = kind == QLatin1String("extension") ? LoanEvent::Kind::Extension
            : kind == QLatin1String("subsidy")      ? LoanEvent::Kind::Subsidy
                                                    : LoanEvent::Kind::Repayment;
        e.date = QDate::fromString(s.text(2), Qt::ISODate);
        e.amountFen = s.integer(3);
        e.newDueDate = QDate::fromString(s.text(4), Qt::ISODate);
        e.note = s.text(5);
        e.enteredBy = s.text(6);
        e.enteredAt = s.text(7);
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
    if (Status s = checkReadLoan(m_db, loanId); !s)
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
            "e.event_date <= ?1 ORDER BY e.event_date DESC, e.id DESC LIMIT 1), l.due_date), "
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
        l.amountFen = s.integer(6);
        l.loanDate = QDate::fromString(s.text(7), Qt::ISODate);
        l.dueDate = QDate::fromString(s.text(8), Qt::ISODate);
        l.repaidFen = s.integer(9);
        l.subsidyFen = s.integer(10);
        list.append(std::move(l));
    }
    if (!s.error().isEmpty())
        return Result<QList<LoanState>>::failure(s.error());
    return list;
}
