// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Chinese words the demo county is made of: names of people and places, and the phrases cadres
// write in visit logs and project sheets. They are county data, not interface text, so they are
// not translated.

#include "demo/DemoRandom.h"

#include <string>
#include <string_view>

namespace demo {

class Names
{
public:
    // southwest: the surname mix of the Miao and Dong counties of Guizhou, Hunan and Guangxi.
    explicit Names(bool southwest);

    std::string surname(Rng &rng) const { return std::string(m_surnames.pick(rng)); }
    // One or two characters, in the fashion of the person's birth decade.
    std::string given(Rng &rng, bool male, int birthYear) const;
    // Two syllables for a place name (townships, villages, natural villages, cooperatives).
    static std::string place(Rng &rng);
    // A company or cooperative name for fund payees.
    static std::string company(Rng &rng, const std::string &county);

private:
    Weighted<std::string_view> m_surnames;
};

// The n-th character of a string of three-byte UTF-8 characters (all CJK characters used here).
inline std::string_view cjkAt(std::string_view list, int n)
{
    return list.substr(size_t(n) * 3, 3);
}
inline int cjkCount(std::string_view list)
{
    return int(list.size() / 3);
}

// 一 … 十二, for villager groups (一组, 二组 …).
std::string chineseNumber(int n);

namespace phrases {
// Visit log: what the cadre found, by poverty cause code (poverty_cause.csv), and what was done.
std::string_view finding(Rng &rng, std::string_view cause, bool outOfPoverty, bool monitored);
std::string_view action(Rng &rng, std::string_view cause, bool monitored);
// A work place for a migrant worker with the given work status (work_status.csv).
std::string workPlace(Rng &rng, std::string_view status, const std::string &township, const std::string &county,
    const std::string &province);
} // namespace phrases

} // namespace demo
