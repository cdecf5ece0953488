// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Random numbers and calendar days for the demo generator. Everything here is integer arithmetic
// on purpose: the same seed must give the same county on every compiler and platform, which
// std:: distributions and floating-point maths do not promise.

#include "db/RecordStamp.h"

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace demo {

// xoshiro256** seeded through splitmix64: small, fast and fully specified. Callers draw at most
// once per function call's arguments and per operand pair: C++ leaves their order of evaluation
// unspecified, and another compiler would otherwise build another county from the same seed.
// A uuid's 16 bytes, bound as a BLOB.
struct UuidBytes
{
    std::array<unsigned char, 16> bytes{};
};

class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (auto &word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // 0 .. n-1 (n < 2^32), by multiplying the top 32 bits: no modulo bias worth mentioning.
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(((next() >> 32) * static_cast<quint64>(n)) >> 32); }
    // lo .. hi inclusive.
    int range(int lo, int hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    qint64 range64(qint64 lo, qint64 hi)
    {
        return hi <= lo ? lo : lo + static_cast<qint64>(next() % static_cast<quint64>(hi - lo + 1));
    }
    // True with probability permille / 1000.
    bool chance(int permille) { return below(1000) < permille; }
    // A value around the middle of lo..hi (mean of two draws), for bell-shaped quantities.
    int around(int lo, int hi)
    {
        const int first = range(lo, hi);
        return (first + range(lo, hi) + 1) / 2;
    }

    template <typename T> const T &pick(const std::vector<T> &items) { return items[below(int(items.size()))]; }

    // A version 7 style UUID, as the file stores it (16 bytes, RecordStamp): the first 48 bits count
    // up from `sequence` (in place of v7's milliseconds), the rest drawn from this generator. Keys
    // that ascend are appended to each table's uuid index instead of scattered through it, which
    // makes a large demo county several times faster to write.
    UuidBytes uuid(quint64 sequence)
    {
        const quint64 hi = (sequence << 16) | (next() & 0x0fffULL) | 0x7000ULL;
        const quint64 lo = (next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
        UuidBytes u;
        for (int i = 0; i < 8; ++i) {
            u.bytes[size_t(i)] = static_cast<unsigned char>(hi >> (56 - 8 * i));
            u.bytes[size_t(i + 8)] = static_cast<unsigned char>(lo >> (56 - 8 * i));
        }
        return u;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_state{};
};

// A choice with integer weights, drawn in O(log n).
template <typename T> class Weighted
{
public:
    Weighted() = default;
    Weighted(std::initializer_list<std::pair<T, int>> items)
    {
        for (const auto &[value, weight] : items)
            add(value, weight);
    }
    void add(T value, int weight)
    {
        if (weight <= 0)
            return;
        m_total += weight;
        m_values.push_back(std::move(value));
        m_cumulative.push_back(m_total);
    }
    bool isEmpty() const { return m_values.empty(); }
    const T &pick(Rng &rng) const
    {
        const qint64 r = rng.range64(0, m_total - 1);
        size_t lo = 0, hi = m_cumulative.size() - 1;
        while (lo < hi) {
            const size_t mid = (lo + hi) / 2;
            if (m_cumulative[mid] > r)
                hi = mid;
            else
                lo = mid + 1;
        }
        return m_values[lo];
    }

private:
    std::vector<T> m_values;
    std::vector<qint64> m_cumulative;
    qint64 m_total = 0;
};

// A calendar day as days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithms).
using Day = int;

struct Ymd
{
    int year;
    int month;
    int day;
};

constexpr Day dayOf(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

constexpr Ymd ymdOf(Day z)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp < 10 ? mp + 3 : mp - 9;
    return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

constexpr int yearOf(Day day)
{
    return ymdOf(day).year;
}

// Julian day number of a Day, as QDate::fromJulianDay wants it.
constexpr qint64 julianOf(Day day)
{
    return qint64(day) + 2440588;
}

inline Day randomDay(Rng &rng, Day from, Day to)
{
    return from >= to ? from : from + rng.below(to - from + 1);
}

// Whole years between a birth day and another day.
inline int ageOn(Day birth, Day on)
{
    const Ymd b = ymdOf(birth), o = ymdOf(on);
    return o.year - b.year - ((o.month < b.month || (o.month == b.month && o.day < b.day)) ? 1 : 0);
}

// "yyyy-MM-dd" without allocating, and a local "yyyy-MM-ddThh:mm:ss" as the file stores it (seconds,
// RecordStamp).
struct DateText
{
    explicit DateText(Day day)
    {
        const Ymd d = ymdOf(day);
        put4(text, d.year);
        text[4] = '-';
        put2(text + 5, d.month);
        text[7] = '-';
        put2(text + 8, d.day);
    }
    std::string_view view() const { return {text, 10}; }

    static void put2(char *p, int v)
    {
        p[0] = char('0' + v / 10);
        p[1] = char('0' + v % 10);
    }
    static void put4(char *p, int v)
    {
        put2(p, v / 100);
        put2(p + 2, v % 100);
    }
    char text[10];
};

struct StampText
{
    // secondOfDay 0..86399: office hours are the caller's business.
    StampText(Day day, int secondOfDay)
    {
        const DateText d(day);
        std::copy(d.text, d.text + 10, text);
        text[10] = 'T';
        DateText::put2(text + 11, secondOfDay / 3600);
        text[13] = ':';
        DateText::put2(text + 14, secondOfDay / 60 % 60);
        text[16] = ':';
        DateText::put2(text + 17, secondOfDay % 60);
        seconds = RecordStamp::fromTimeText(text, 19).value_or(0);
    }
    std::string_view view() const { return {text, 19}; }
    char text[19];
    qint64 seconds = 0;
};

// A time in office hours, so that records look entered by people at work.
inline int officeSecond(Rng &rng)
{
    return rng.range(8 * 3600 + 30 * 60, 17 * 3600 + 30 * 60);
}

} // namespace demo
