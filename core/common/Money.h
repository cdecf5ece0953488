// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <compare>
#include <optional>

// An amount of money, exact: whole fen (分) in a 64-bit integer, never a floating-point number.
// The one place where yuan are read from what a user types and written for a user to read, so
// that the editor, the CLI, the data-quality messages and the printed cards agree.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    enum class Sign { NonNegative, AllowNegative };

    // The largest amount read: 999,999,999,999.99 yuan. Far above any real amount, and small
    // enough that a sum of 90,000 of them is still exact in 64 bits.
    static constexpr qint64 MaxFen = 99'999'999'999'999;

    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    constexpr qint64 fen() const { return m_fen; }

    // Yuan as a cadre types them, with or without an input method: "3250.5", "3,250.50元",
    // "¥3250", "￥ 3，250。50", "３２５０．５０", " 12 ". Commas only separate thousands; at most
    // two decimals. A reason in words when the text is not an amount (letters, a third decimal,
    // a misplaced comma, more than MaxFen, negative where not allowed). Empty text is not an amount: a
    // form that takes an empty field as zero says so itself.
    static Result<Money> parse(const QString &text, Sign sign = Sign::NonNegative);

    // "3,250.50", "-0.05": two decimals and thousands separated, for reading.
    QString toString() const;
    // "3250.50": two decimals without separators, for a field the user edits.
    QString toEditString() const;

    // Sums and differences that cannot overflow: nothing when the result would not fit in 64 bits
    // (only amounts written into a file by another program come near that).
    constexpr std::optional<Money> plus(Money other) const
    {
        qint64 r = 0;
        return __builtin_add_overflow(m_fen, other.m_fen, &r) ? std::nullopt : std::optional<Money>(Money(r));
    }
    constexpr std::optional<Money> minus(Money other) const
    {
        qint64 r = 0;
        return __builtin_sub_overflow(m_fen, other.m_fen, &r) ? std::nullopt : std::optional<Money>(Money(r));
    }

    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr auto operator<=>(Money, Money) = default;

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) { }
    QString format(bool separateThousands) const;

    qint64 m_fen = 0;
};
