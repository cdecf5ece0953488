// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class CountyDatabase;

// A new county's townships and villages, typed or pasted as a list. Each line is one of:
//   丙妹镇	大塘村            township and village, separated by a tab, comma, slash or space
//   丙妹镇：大塘村、岜沙村     a township and several villages after a colon
//   丙妹镇                    a township alone; the indented lines below it are its villages
// Codes are given in order: the township's 9 digits after the county's, the village's 12 after it.
class DivisionList
{
    Q_DECLARE_TR_FUNCTIONS(DivisionList)

public:
    struct Township
    {
        QString name;
        QStringList villages;
    };

    // The townships in the order first named, each village once; a line that cannot be read is
    // refused with its number.
    static Result<QList<Township>> parse(const QString &text);
    // Adds the listed townships and villages under the county, in one transaction, audited.
    // Refused, writing nothing, when the list cannot be read or the county already has townships.
    // Returns the number of villages added.
    static Result<int> addToCounty(CountyDatabase &db, const QString &text);

    static constexpr int MaxPerLevel = 999; // the serial part of a code has 3 digits
};
