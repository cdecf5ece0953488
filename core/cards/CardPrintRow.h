// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordMeta.h"

#include <QString>

// An entry of the print log (card_print): a card printed or saved as a PDF for a household, with
// the print number drawn on it. Written by CardPrintLog, appended and never changed; the account
// and the time are the entry's stamps (meta.updatedBy, meta.createdAt).
struct CardPrintRow
{
    RecordMeta meta;
    qint64 householdId = 0;
    qint64 printNumber = 0;
    QString templateName; // household, contact, policy, income
    int cardYear = 0;
    QString layout; // a4, a5
};
