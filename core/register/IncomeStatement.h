// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/Household.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// A year's income as the income card (收入明白卡, DOMAIN.md §6) and the household editor's income
// section show it: coded rows with their formulas, every figure from IncomeRecord's own sums (one
// definition): A household size, B labourers, K = L + M + N + P, R operating costs, S = K − R,
// T = S ÷ A.
class IncomeStatement
{
    Q_DECLARE_TR_FUNCTIONS(IncomeStatement)

public:
    struct Row
    {
        QString code; // A, B, K, L, M, N, P, R, S, T
        QString label;
        QString formula; // empty for a figure that is recorded, not computed
        std::optional<qint64> fen; // an amount
        std::optional<int> count; // a number of people (A, B)
    };

    static IncomeStatement of(const IncomeRecord &income, const QList<Member> &members);

    int year = 0;
    QList<Row> rows;
    qint64 netFen = 0; // S
    std::optional<qint64> perCapitaFen; // T; none when the household size is not positive

    // A member who counts as a labourer (B): ordinary or skilled labour.
    static bool isLabourer(const Member &member);
};
