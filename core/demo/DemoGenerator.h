// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <functional>

class CountyDatabase;

struct DemoOptions
{
    int households = 3000;
    quint64 seed = 2014;
    int lastYear = 0; // 0 = last calendar year
    // About one household in 50 carries a data mistake the quality check finds (DemoFlaws.cpp);
    // without them the county passes every check. The rest of the county is the same either way.
    bool plantMistakes = true;
};

// Fills an empty county file with a realistic demo register and its whole history: townships,
// villages and groups, households and members, exits and relapses until 2020, monitoring since
// 2021, yearly income, living conditions, cadres, pairings, visits, measures, projects and funds.
// The same seed gives the same file on every platform: the generator uses its own random
// numbers, and its dates come from the simulated history rather than the clock.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    // Fills an initialised county file that has no households yet; a file that is not initialised
    // is first set up as 522633 从江县 (committed on its own, as CountyDatabase::initialize does).
    // Refuses, writing nothing, when households exist. All demo data is written in one
    // transaction. progress(done households, total households) is called often; returning false
    // cancels, rolls the demo data back and fails with a message saying it was cancelled.
    static Status generate(
        CountyDatabase &db, const DemoOptions &options, const std::function<bool(int, int)> &progress = {});
    // The password of every demo account (admin, county, township, village, auditor), documented in
    // the README and shown on the login dialog of a demo county.
    static constexpr const char *DemoPassword = "fupin-demo";
    // The options generate() accepts, checked before any file is opened or written.
    static Status checkOptions(const DemoOptions &options);
};
