// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardKinds.h"

#include "db/RecordCatalogue.h"

namespace RecordFields {

template <> const RecordKind<CardPrintRow> &recordKind<CardPrintRow>()
{
    using P = CardPrintRow;
    static const RecordKind<P> kind{"card_print", QT_TRANSLATE_NOOP("RecordFields", "Card print"), Owner::Household,
        WriteAccess::Assistance, nullptr, nullptr, false,
        {
            {"household_id", &P::householdId, QT_TRANSLATE_NOOP("RecordFields", "Household")},
            {"print_number", &P::printNumber, QT_TRANSLATE_NOOP("RecordFields", "Print number")},
            {"template", &P::templateName, QT_TRANSLATE_NOOP("RecordFields", "Card")},
            {"card_year", &P::cardYear, QT_TRANSLATE_NOOP("RecordFields", "Year of the card")},
            {"layout", &P::layout, QT_TRANSLATE_NOOP("RecordFields", "Layout")},
        },
        nullptr, nullptr, true, Stamps::Entered};
    return kind;
}

} // namespace RecordFields

[[maybe_unused]] const bool learnt = RecordCatalogue::learn<CardPrintRow>();
