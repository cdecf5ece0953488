// SPDX-License-Identifier: GPL-3.0-or-later
#include "funds/FundsKinds.h"

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
        nullptr, nullptr, false,
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
} // namespace RecordFields
