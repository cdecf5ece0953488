// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "funds/LoanEvent.h"
#include "funds/LoanState.h"
#include "funds/Microloan.h"

#include <QCoreApplication>
#include <QList>

class CountyDatabase;

// Microcredit (扶贫小额信贷): loans, their repayments, extensions and interest subsidies, and the
// lists of loans overdue and due soon. A loan outside the rules is refused with the rule named:
// the borrower a member of the household aged 18–65 on the loan date (from the ID number), at
// most 50,000 yuan, at most three years, for production only. A loan's amount and date are fixed
// once a repayment stands against it; a mistyped repayment, extension or subsidy is corrected by
// its reversal, never by changing it, and what is outstanding is never negative on any date.
class MicroloanBook
{
    Q_DECLARE_TR_FUNCTIONS(MicroloanBook)

public:
    struct Purpose
    {
        QString code;
        QString name;
    };

    explicit MicroloanBook(CountyDatabase &db);

    // The production purposes a loan may be for.
    static QList<Purpose> purposes();
    // The rules that need nothing but the loan itself, one sentence each (the record machinery
    // refuses a save with any of them).
    static QStringList problems(const Microloan &loan);

    // Saves a new or changed loan: the borrower's name, ID number and the due date are filled in
    // from the member and the term. A change of the amount or the loan date is refused while a
    // repayment stands against the loan.
    Result<qint64> save(Microloan &loan);
    // Each appends an event and returns its id. A repayment is refused when it would make more
    // repaid than lent on its date or any later date.
    Result<qint64> repay(qint64 loanId, const QDate &date, Money amount, const QString &note = {});
    Result<qint64> extend(qint64 loanId, const QDate &date, const QDate &newDueDate, const QString &reason);
    Result<qint64> subsidize(qint64 loanId, const QDate &date, Money amount, const QString &note = {});
    // Appends the reversal of an event, with a reason, and returns its id: the same kind, the
    // negated amount, dated `date` (the event's own date when invalid, so that it never counted;
    // never before it). An event is reversed at most once and a reversal is never reversed:
    // enter the right event anew instead.
    Result<qint64> reverse(qint64 eventId, const QDate &date, const QString &reason);

    // The kind's name, for lists and dialogs.
    static QString eventKindName(LoanEvent::Kind kind);
    static QString purposeName(const QString &code);

    // Reads name the borrower: a loan of a household outside the acting account's divisions is
    // refused (naming its village), and the lists leave such loans out.
    Result<Microloan> load(qint64 loanId) const;
    // The loan's repayments, extensions and subsidies in date order, reversals included.
    Result<QList<LoanEvent>> events(qint64 loanId) const;
    Result<LoanEvent> event(qint64 eventId) const;
    Result<LoanState> state(qint64 loanId, const QDate &asOf) const;
    // Every loan made by asOf, by due date.
    Result<QList<LoanState>> all(const QDate &asOf) const;
    // Loans not fully repaid whose due date is before asOf.
    Result<QList<LoanState>> overdue(const QDate &asOf) const;
    // Loans not fully repaid due from asOf to asOf + days.
    Result<QList<LoanState>> dueWithin(int days, const QDate &asOf) const;

private:
    // loanId 0: every loan; andScope limits the households (a ReadScope's condition on h.village_id).
    Result<QList<LoanState>> states(const QDate &asOf, qint64 loanId, const QString &andScope = {}) const;
    // Every loan of the acting account's divisions (AccessPolicy::readScope).
    Result<QList<LoanState>> readableStates(const QDate &asOf) const;
    Result<QList<LoanEvent>> readEvents(qint64 loanId, qint64 eventId) const;
    Result<qint64> addEvent(qint64 loanId, const QString &kind, const QDate &date, Money amount, const QDate &newDue,
        const QString &note, qint64 reverses = 0);
    Status checkRepayment(const LoanState &loan, const QDate &date, Money amount) const;

    CountyDatabase &m_db;
};
