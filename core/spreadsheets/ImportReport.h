// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheets/ImportMapping.h"

#include <QList>
#include <QString>
#include <QStringList>

// One problem of a roster: the sheet row and column it is in (as the spreadsheet program shows
// them) and why, in words.
struct ImportProblem
{
    int row = 0; // 0: the file as a whole
    QString column; // "C (身份证号)"; empty when the problem is the row's or the household's
    QString message;
};

// What an import found and did (or, in a preview, would do).
struct ImportReport
{
    QString fileName;
    QString path; // the roster read, for the problem list (HouseholdImport::saveProblems)
    QString sheet;
    int headerRow = 0;
    ImportMapping mapping;
    int rows = 0; // data rows read
    int households = 0; // households in the file
    int householdsAdded = 0;
    int householdsUpdated = 0;
    int householdsSkipped = 0; // already registered, left as they are
    int peopleAdded = 0;
    int peopleUpdated = 0;
    QStringList missingDivisions; // townships, villages and groups the county lacks
    QStringList divisionsAdded;
    QList<ImportProblem> problems;
    bool written = false; // committed to the county file
    bool cancelled = false;
};
