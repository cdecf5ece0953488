// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "spreadsheets/ExportDone.h"

#include <QList>
#include <QString>

#include <functional>

class ListExport;

// What 导出… can write from a page: the page's lists as they are filtered now, each a call of
// core's ListExport. More than one choice is offered to pick from (the household list, or the
// households with their members); none: the page has nothing to export.
struct ListExportJob
{
    struct Choice
    {
        QString label; // what the list is, for the choice and the file's name
        std::function<Result<ExportDone>(ListExport &, const QString &path)> write;
    };
    QList<Choice> choices;

    bool isEmpty() const { return choices.isEmpty(); }
};
