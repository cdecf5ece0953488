// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The cards a household is printed (DOMAIN.md §6): the household card (明白卡) and the three
// cards, contact (帮扶联系卡), policy (政策明白卡) and income (收入明白卡).
enum class CardTemplate { Household, Contact, Policy, Income };

class CardTemplates
{
    Q_DECLARE_TR_FUNCTIONS(CardTemplates)

public:
    static QList<CardTemplate> all()
    {
        return {CardTemplate::Household, CardTemplate::Contact, CardTemplate::Policy, CardTemplate::Income};
    }
    // household, contact, policy, income: the print log's and the command line's word.
    static QString word(CardTemplate kind);
    static std::optional<CardTemplate> fromWord(const QString &word);
    // The card's name as a user reads it.
    static QString name(CardTemplate kind);
};
