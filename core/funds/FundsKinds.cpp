// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/FundsKinds.h"

#include "db/RecordCatalogue.h"
#include "funds/BenefitBook.h"
#include "funds/MicroloanBook.h"

#include <QCoreApplication>

namespace {

class FundSourceChecks
{
    Q_DECLARE_TR_FUNCTIONS(FundSourceChecks)

public:
    static QStringList problems(const FundSource &s)
    {
        QStringList p;
        if (s.name.trimmed().isEmpty())
            p << tr("Give the fund source a name.");
        if (s.typeCode.isEmpty())
            p << tr("Choose the type of the fund source.");
        if (s.year < 2000 || s.year > 2100)
            p << tr("The year of the fund source must be between 2000 and 2100.");
        return p;
    }
};

} // namespace

namespace RecordFields {
template <> const RecordKind<FundSource> &recordKind<FundSource>()
{
    using S = FundSource;
    static const RecordKind<S> kind{"fund_source", QT_TRANSLATE_NOOP("RecordFields", "Fund source"), Owner::County,
        WriteAccess::County, nullptr, nullptr, false,
        {
            {"name", &S::name, QT_TRANSLATE_NOOP("RecordFields", "Name")},
            {"type_code", &S::typeCode, QT_TRANSLATE_NOOP("RecordFields", "Type of fund"), "fund_source_type"},
            {"year", &S::year, QT_TRANSLATE_NOOP("RecordFields", "Year")},
            {"assistance_unit_id", &S::unitId, QT_TRANSLATE_NOOP("RecordFields", "Assistance unit"), nullptr,
                NullWhenEmpty},
        },
        FundSourceChecks::problems};
    return kind;
}

template <> const RecordKind<Microloan> &recordKind<Microloan>()
{
    using L = Microloan;
    static const RecordKind<L> kind{"microloan", QT_TRANSLATE_NOOP("RecordFields", "Microcredit loan"),
        Owner::Household, WriteAccess::County, nullptr, nullptr, true,
        {
            {"household_id", &L::householdId, QT_TRANSLATE_NOOP("RecordFields", "Household")},
            {"member_id", &L::memberId, QT_TRANSLATE_NOOP("RecordFields", "Borrower"), nullptr, NullWhenEmpty},
            {"borrower_name", &L::borrowerName, QT_TRANSLATE_NOOP("RecordFields", "Borrower's name")},
            {"borrower_id_number", &L::borrowerIdNumber, QT_TRANSLATE_NOOP("RecordFields", "Borrower's ID number")},
            {"bank", &L::bank, QT_TRANSLATE_NOOP("RecordFields", "Lending bank")},
            {"amount_fen", &L::amountFen, QT_TRANSLATE_NOOP("RecordFields", "Loan amount"), nullptr, Money},
            {"loan_date", &L::loanDate, QT_TRANSLATE_NOOP("RecordFields", "Loan date")},
            {"term_months", &L::termMonths, QT_TRANSLATE_NOOP("RecordFields", "Term (months)")},
            {"due_date", &L::dueDate, QT_TRANSLATE_NOOP("RecordFields", "Due date")},
            {"purpose_code", &L::purposeCode, QT_TRANSLATE_NOOP("RecordFields", "Purpose")},
            {"purpose", &L::purpose, QT_TRANSLATE_NOOP("RecordFields", "Use of the loan")},
            {"interest_rate_permille", &L::interestRatePermille,
                QT_TRANSLATE_NOOP("RecordFields", "Interest rate (‰)")},
        },
        MicroloanBook::problems};
    return kind;
}

template <> const RecordKind<HouseholdBenefit> &recordKind<HouseholdBenefit>()
{
    using B = HouseholdBenefit;
    static const RecordKind<B> kind{"household_benefit", QT_TRANSLATE_NOOP("RecordFields", "Policy benefit"),
        Owner::Household, WriteAccess::Household, nullptr, nullptr, true,
        {
            {"household_id", &B::householdId, QT_TRANSLATE_NOOP("RecordFields", "Household")},
            {"year", &B::year, QT_TRANSLATE_NOOP("RecordFields", "Year")},
            {"benefit_code", &B::benefitCode, QT_TRANSLATE_NOOP("RecordFields", "Kind of benefit")},
            {"amount_fen", &B::amountFen, QT_TRANSLATE_NOOP("RecordFields", "Amount"), nullptr, Money},
            {"note", &B::note, QT_TRANSLATE_NOOP("RecordFields", "Note"), nullptr, Phrase},
        },
        BenefitBook::problems};
    return kind;
}

// The ledger's three tables share their entry fields: the voucher, the reversed entry and the note.
template <> const RecordKind<FundReceiptRow> &recordKind<FundReceiptRow>()
{
    using E = FundReceiptRow;
    static const RecordKind<E> kind{"fund_receipt", QT_TRANSLATE_NOOP("RecordFields", "Receipt of funds"),
        Owner::County, WriteAccess::County, nullptr, nullptr, false,
        {
            {"source_id", &E::sourceId, QT_TRANSLATE_NOOP("RecordFields", "Fund source")},
            {"received_on", &E::receivedOn, QT_TRANSLATE_NOOP("RecordFields", "Received on")},
            {"amount_fen", &E::amountFen, QT_TRANSLATE_NOOP("RecordFields", "Amount"), nullptr, Money},
            {"voucher_no", &E::voucherNo, QT_TRANSLATE_NOOP("RecordFields", "Voucher number")},
            {"reverses_id", &E::reversesId, QT_TRANSLATE_NOOP("RecordFields", "Reverses entry"), nullptr,
                NullWhenEmpty},
            {"note", &E::note, QT_TRANSLATE_NOOP("RecordFields", "Note")},
        },
        nullptr, nullptr, true};
    return kind;
}

template <> const RecordKind<FundAllocationRow> &recordKind<FundAllocationRow>()
{
    using E = FundAllocationRow;
    static const RecordKind<E> kind{"fund_allocation", QT_TRANSLATE_NOOP("RecordFields", "Allocation of funds"),
        Owner::County, WriteAccess::County, nullptr, nullptr, false,
        {
            {"source_id", &E::sourceId, QT_TRANSLATE_NOOP("RecordFields", "Fund source")},
            {"project_id", &E::projectId, QT_TRANSLATE_NOOP("RecordFields", "Project")},
            {"allocated_on", &E::allocatedOn, QT_TRANSLATE_NOOP("RecordFields", "Allocated on")},
            {"amount_fen", &E::amountFen, QT_TRANSLATE_NOOP("RecordFields", "Amount"), nullptr, Money},
            {"voucher_no", &E::voucherNo, QT_TRANSLATE_NOOP("RecordFields", "Voucher number")},
            {"reverses_id", &E::reversesId, QT_TRANSLATE_NOOP("RecordFields", "Reverses entry"), nullptr,
                NullWhenEmpty},
            {"note", &E::note, QT_TRANSLATE_NOOP("RecordFields", "Note")},
        },
        nullptr, nullptr, true};
    return kind;
}

// A payment to a household shows in the household's history.
template <> const RecordKind<FundDisbursementRow> &recordKind<FundDisbursementRow>()
{
    using E = FundDisbursementRow;
    static const RecordKind<E> kind{"fund_disbursement", QT_TRANSLATE_NOOP("RecordFields", "Payment of funds"),
        Owner::Household, WriteAccess::County, nullptr, nullptr, false,
        {
            {"allocation_id", &E::allocationId, QT_TRANSLATE_NOOP("RecordFields", "Allocation")},
            {"source_id", &E::sourceId, QT_TRANSLATE_NOOP("RecordFields", "Fund source")},
            {"project_id", &E::projectId, QT_TRANSLATE_NOOP("RecordFields", "Project")},
            {"paid_on", &E::paidOn, QT_TRANSLATE_NOOP("RecordFields", "Paid on")},
            {"amount_fen", &E::amountFen, QT_TRANSLATE_NOOP("RecordFields", "Amount"), nullptr, Money},
            {"payee", &E::payee, QT_TRANSLATE_NOOP("RecordFields", "Payee")},
            {"household_id", &E::householdId, QT_TRANSLATE_NOOP("RecordFields", "Household"), nullptr, NullWhenEmpty},
            {"voucher_no", &E::voucherNo, QT_TRANSLATE_NOOP("RecordFields", "Voucher number")},
            {"reverses_id", &E::reversesId, QT_TRANSLATE_NOOP("RecordFields", "Reverses entry"), nullptr,
                NullWhenEmpty},
            {"note", &E::note, QT_TRANSLATE_NOOP("RecordFields", "Note")},
        },
        nullptr, nullptr, true};
    return kind;
}

// Audited against the loan's household, which MicroloanBook names: the event names only the loan.
template <> const RecordKind<LoanEventRow> &recordKind<LoanEventRow>()
{
    using E = LoanEventRow;
    static const RecordKind<E> kind{"loan_event", QT_TRANSLATE_NOOP("RecordFields", "Loan event"), Owner::County,
        WriteAccess::County, nullptr, nullptr, false,
        {
            {"loan_id", &E::loanId, QT_TRANSLATE_NOOP("RecordFields", "Loan")},
            {"kind", &E::kind, QT_TRANSLATE_NOOP("RecordFields", "Kind of event")},
            {"event_date", &E::eventDate, QT_TRANSLATE_NOOP("RecordFields", "Date")},
            {"amount_fen", &E::amountFen, QT_TRANSLATE_NOOP("RecordFields", "Amount"), nullptr, Money},
            {"new_due_date", &E::newDueDate, QT_TRANSLATE_NOOP("RecordFields", "New due date")},
            {"reverses_id", &E::reversesId, QT_TRANSLATE_NOOP("RecordFields", "Reverses entry"), nullptr,
                NullWhenEmpty},
            {"note", &E::note, QT_TRANSLATE_NOOP("RecordFields", "Note")},
        },
        nullptr, nullptr, true, Stamps::Entered};
    return kind;
}
} // namespace RecordFields

namespace {
[[maybe_unused]] const bool learnt = RecordCatalogue::learn<FundSource, Microloan, HouseholdBenefit, FundReceiptRow,
    FundAllocationRow, FundDisbursementRow, LoanEventRow>();
} // namespace
