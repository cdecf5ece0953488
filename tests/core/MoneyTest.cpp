// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Money.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

#include <limits>
#include <string>

namespace {

// "325050 fen" or "refused: <reason>", so that one comparison shows what happened.
std::string read(const char *utf8, Money::Sign sign = Money::Sign::NonNegative)
{
    const auto m = Money::parse(QString::fromUtf8(utf8), sign);
    if (!m)
        return "refused: " + m.error().toStdString();
    return std::to_string(m->fen()) + " fen";
}

std::string reason(const char *utf8, Money::Sign sign = Money::Sign::NonNegative)
{
    const auto m = Money::parse(QString::fromUtf8(utf8), sign);
    return m ? std::string("accepted") : m.error().toStdString();
}

std::string shown(qint64 fen)
{
    return Money::fromFen(fen).toString().toStdString();
}

std::string edited(qint64 fen)
{
    return Money::fromFen(fen).toEditString().toStdString();
}

} // namespace

TEST_CASE("yuan typed on an ASCII keyboard")
{
    CHECK(read("3250") == "325000 fen");
    CHECK(read("3250.5") == "325050 fen");
    CHECK(read("3250.50") == "325050 fen");
    CHECK(read("3250.05") == "325005 fen");
    CHECK(read("0.01") == "1 fen");
    CHECK(read("0") == "0 fen");
    CHECK(read("0.00") == "0 fen");
    CHECK(read(".5") == "50 fen"); // as typed in a hurry
    CHECK(read("12.") == "1200 fen"); // the point typed, the decimals not yet
    CHECK(read("007") == "700 fen");
    CHECK(read("  12.5\t") == "1250 fen");
}

TEST_CASE("yuan with thousands separators, a currency sign and the unit")
{
    CHECK(read("3,250.50") == "325050 fen");
    CHECK(read("3,250.50元") == "325050 fen");
    CHECK(read("3,250.50 元") == "325050 fen");
    CHECK(read("¥3,250.50") == "325050 fen");
    CHECK(read("￥3250.5") == "325050 fen");
    CHECK(read("¥ 3250 元") == "325000 fen");
    CHECK(read("1,234,567.89") == "123456789 fen");
    CHECK(read("100,000") == "10000000 fen");
    CHECK(read("999") == "99900 fen");
}

TEST_CASE("yuan typed through a Chinese input method or on a full-width keyboard")
{
    CHECK(read("３２５０．５０") == "325050 fen");
    CHECK(read("３，２５０．５０元") == "325050 fen");
    CHECK(read("3，250。50") == "325050 fen"); // a Chinese IME's comma and full stop
    CHECK(read("￥３２５０") == "325000 fen");
    CHECK(read("　３２５０　") == "325000 fen"); // ideographic spaces around it
    // Pasted from a spreadsheet, with a byte-order mark and a zero-width space.
    CHECK(read("\xEF\xBB\xBF"
               "3250.50\xE2\x80\x8B")
        == "325050 fen");
}

TEST_CASE("negative amounts only where the caller allows them")
{
    CHECK(read("-12.50", Money::Sign::AllowNegative) == "-1250 fen");
    CHECK(read("－12.50", Money::Sign::AllowNegative) == "-1250 fen"); // full-width minus
    CHECK(read("−12.50", Money::Sign::AllowNegative) == "-1250 fen"); // typographic minus
    CHECK(read("-¥12.50", Money::Sign::AllowNegative) == "-1250 fen");
    CHECK(read("¥-12.50", Money::Sign::AllowNegative) == "-1250 fen");
    CHECK(read("- 1,250.00元", Money::Sign::AllowNegative) == "-125000 fen");

    CHECK(reason("-12.50") == "The amount cannot be negative.");
    CHECK(reason("－0.01") == "The amount cannot be negative.");
    CHECK(read("-0") == "0 fen"); // nothing negative about zero
    CHECK(read("-0.00") == "0 fen");
}

TEST_CASE("what is not an amount is refused with its reason")
{
    CHECK(reason("") == "No amount was given.");
    CHECK(reason("   ") == "No amount was given.");
    CHECK(reason("元") == "The amount has no digits.");
    CHECK(reason("¥") == "The amount has no digits.");
    CHECK(reason(".") == "The amount has no digits.");
    CHECK(reason("-", Money::Sign::AllowNegative) == "The amount has no digits.");

    SECTION("more than two decimals, even zeros: 3.500 may have meant 3500")
    {
        CHECK(reason("3.505") == "An amount has at most two decimals (fen).");
        CHECK(reason("3.500") == "An amount has at most two decimals (fen).");
        CHECK(reason("３．１２３") == "An amount has at most two decimals (fen).");
    }
    SECTION("letters and other signs")
    {
        CHECK(reason("12a") == "“a” cannot be part of an amount.");
        CHECK(reason("x") == "“x” cannot be part of an amount.");
        CHECK(reason("1e5") == "“e” cannot be part of an amount.");
        CHECK(reason("$12") == "“$” cannot be part of an amount.");
        CHECK(reason("1.5万") == "“万” cannot be part of an amount.");
        CHECK(reason("3元5角") == "“元” cannot be part of an amount.");
        CHECK(reason("¥¥12") == "“¥” cannot be part of an amount.");
        CHECK(reason("+12") == "“+” cannot be part of an amount.");
    }
    SECTION("commas that are not thousands separators")
    {
        const std::string thousands = "Commas separate thousands, as in 3,250.50; write decimals after a point.";
        CHECK(reason("12,50") == thousands); // a decimal comma, or a slip: not guessed
        CHECK(reason("3,25") == thousands);
        CHECK(reason("32,50,000") == thousands); // grouped by two
        CHECK(reason("1234,567") == thousands);
        CHECK(reason(",250") == thousands);
        CHECK(reason("3,,250") == thousands);
        CHECK(reason("3,250,") == thousands);
        CHECK(reason("3.250,50") == "Commas separate thousands before the decimal point, as in 3,250.50.");
    }
    SECTION("two points, spaces inside, a minus in the middle")
    {
        CHECK(reason("3.250.50") == "An amount has only one decimal point.");
        CHECK(reason("3 250") == "An amount cannot have spaces between its digits.");
        CHECK(reason("12-5") == "A minus sign can only stand before the amount.");
        CHECK(reason("--12", Money::Sign::AllowNegative) == "A minus sign can only stand before the amount.");
        CHECK(reason("12-") == "A minus sign can only stand before the amount.");
    }
    SECTION("larger than any amount, instead of wrapping around")
    {
        const std::string tooLarge = "An amount can be at most 999,999,999,999.99 yuan.";
        CHECK(read("999,999,999,999.99") == "99999999999999 fen");
        CHECK(read("-999999999999.99", Money::Sign::AllowNegative) == "-99999999999999 fen");
        CHECK(reason("1000000000000") == tooLarge);
        CHECK(reason("999999999999.991") == "An amount has at most two decimals (fen).");
        CHECK(reason("92233720368547758.07") == tooLarge); // would fit in 64 bits
        CHECK(reason("92233720368547758.08") == tooLarge); // would not
        CHECK(reason("184467440737095516.16") == tooLarge); // 2^64 fen: zero if it wrapped
        CHECK(reason(std::string(400, '9').c_str()) == tooLarge);
        CHECK(reason(("-" + std::string(40, '9')).c_str(), Money::Sign::AllowNegative) == tooLarge);
    }
}

TEST_CASE("amounts are shown with two decimals, thousands separated for reading")
{
    CHECK(shown(0) == "0.00");
    CHECK(shown(1) == "0.01");
    CHECK(shown(10) == "0.10");
    CHECK(shown(99) == "0.99");
    CHECK(shown(100) == "1.00");
    CHECK(shown(325050) == "3,250.50");
    CHECK(shown(99999) == "999.99");
    CHECK(shown(100000) == "1,000.00");
    CHECK(shown(12345678901) == "123,456,789.01");
    CHECK(shown(-5) == "-0.05");
    CHECK(shown(-325050) == "-3,250.50");
    CHECK(shown(-100000) == "-1,000.00");
    CHECK(shown(Money::MaxFen) == "999,999,999,999.99");
    // The extremes of the type format without overflow.
    CHECK(shown(std::numeric_limits<qint64>::max()) == "92,233,720,368,547,758.07");
    CHECK(shown(std::numeric_limits<qint64>::min()) == "-92,233,720,368,547,758.08");

    CHECK(edited(0) == "0.00");
    CHECK(edited(325050) == "3250.50");
    CHECK(edited(-325005) == "-3250.05");
    CHECK(edited(12345678901) == "123456789.01");
    CHECK(Money().fen() == 0);
}

TEST_CASE("every amount reads back as the amount it was shown as")
{
    QList<qint64> amounts{0, 1, 9, 10, 99, 100, 101, 999, 1000, 99999, 100000, 100001, 325050, 123456789, Money::MaxFen,
        Money::MaxFen - 1};
    QRandomGenerator random(20140101); // fixed, so that a failure repeats
    for (int i = 0; i < 2000; ++i)
        amounts << random.bounded(Money::MaxFen + 1) << random.bounded(qint64(10'000'000));
    for (const qint64 fen : std::as_const(amounts)) {
        for (const qint64 signedFen : {fen, -fen}) {
            const Money money = Money::fromFen(signedFen);
            INFO(signedFen);
            const auto fromShown = Money::parse(money.toString(), Money::Sign::AllowNegative);
            const auto fromEdit = Money::parse(money.toEditString(), Money::Sign::AllowNegative);
            REQUIRE(fromShown);
            REQUIRE(fromEdit);
            CHECK(fromShown.value() == money);
            CHECK(fromEdit.value() == money);
            CHECK(fromShown->toString() == money.toString());
        }
    }
}

TEST_CASE("amounts compare by their fen")
{
    CHECK(Money::fromFen(100) == Money::fromFen(100));
    CHECK(Money::fromFen(99) < Money::fromFen(100));
    CHECK(Money::fromFen(-1) < Money());
    CHECK(Money::parse(QStringLiteral("1,000")).value() > Money::parse(QStringLiteral("999.99")).value());
}
