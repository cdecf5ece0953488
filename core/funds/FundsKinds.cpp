// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/FundsKinds.h"

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
            {"note", &B::note, QT_TRANSLATE_NOOP("RecordFields", "Note")},
        },
        BenefitBook::problems};
    return kind;
}
} // namespace RecordFields
