// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/CardTemplate.h"

QString CardTemplates::word(CardTemplate kind)
{
    switch (kind) {
    case CardTemplate::Household:
        break;
    case CardTemplate::Contact:
        return QStringLiteral("contact");
    case CardTemplate::Policy:
        return QStringLiteral("policy");
    case CardTemplate::Income:
        return QStringLiteral("income");
    }
    return QStringLiteral("household");
}

std::optional<CardTemplate> CardTemplates::fromWord(const QString &word)
{
    for (CardTemplate kind : all()) {
        if (CardTemplates::word(kind) == word.trimmed().toLower())
            return kind;
    }
    return std::nullopt;
}

QString CardTemplates::name(CardTemplate kind)
{
    switch (kind) {
    case CardTemplate::Household:
        break;
    case CardTemplate::Contact:
        return tr("Contact card");
    case CardTemplate::Policy:
        return tr("Policy card");
    case CardTemplate::Income:
        return tr("Income card");
    }
    return tr("Household card");
}
