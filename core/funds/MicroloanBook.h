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
// most 50,000 yuan, at most three years, for production only.
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
    // from the member and the term.
    Result<qint64> save(Microloan &loan);
    Status repay(qint64 loanId, const QDate &date, qint64 amountFen, const QString &note = {});
    Status extend(qint64 loanId, const QDate &date, const QDate &newDueDate, const QString &reason);
    Status subsidize(qint64 loanId, const QDate &date, qint64 amountFen, const QString &note = {});

    // The kind's name, for lists and dialogs.
    static QString eventKindName(LoanEvent::Kind kind);
    static QString purposeName(const QString &code);

    // Reads name the borrower: a loan of a household outside the acting account's divisions is
    // refused (naming its village), and the lists leave such loans out.
    Result<Microloan> load(qint64 loanId) const;
    // The loan's repayments, extensions and subsidies in date order.
    Result<QList<LoanEvent>> events(qint64 loanId) const;
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
    Status addEvent(qint64 loanId, const QString &kind, const QDate &date, qint64 amountFen, const QDate &newDue,
        const QString &note);

    CountyDatabase &m_db;
};
