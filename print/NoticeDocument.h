// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PrintContent.h"
#include "notices/Notice.h"

#include <QCoreApplication>

// A public notice (公示) laid out as DOMAIN.md §6 shows them: title, the notice text with its
// period, the tables, the issuing office and the posting date on the right, then the supervision
// phones. Wide tables are printed on landscape pages.
class NoticeDocument
{
    Q_DECLARE_TR_FUNCTIONS(NoticeDocument)

public:
    static PrintContent content(const Notice &notice);
};
