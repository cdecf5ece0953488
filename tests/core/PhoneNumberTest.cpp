// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/PhoneNumber.h"

#include <catch2/catch.hpp>

#include <string>

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

PhoneNumber::Check checkPhone(const char *utf8)
{
    return PhoneNumber::check(QString::fromUtf8(utf8));
}

// "Mobile 13812345678", "Landline 0855-1234567" or "Invalid: <reason>", so one comparison shows all.
std::string describe(const char *utf8)
{
    const auto c = checkPhone(utf8);
    switch (c.kind) {
    case PhoneNumber::Kind::Mobile:
        return "Mobile " + str(c.normalized) + (c.reason.isEmpty() ? "" : " with a reason");
    case PhoneNumber::Kind::Landline:
        return "Landline " + str(c.normalized) + (c.reason.isEmpty() ? "" : " with a reason");
    case PhoneNumber::Kind::Invalid:
        break;
    }
    return "Invalid: " + str(c.reason);
}

} // namespace

TEST_CASE("mobile numbers in the ways people write them")
{
    CHECK(describe("13812345678") == "Mobile 13812345678");
    CHECK(describe("138 1234 5678") == "Mobile 13812345678");
    CHECK(describe("138-1234-5678") == "Mobile 13812345678");
    CHECK(describe(" 13812345678\t") == "Mobile 13812345678");
    CHECK(describe("+86 138 1234 5678") == "Mobile 13812345678");
    CHECK(describe("+86-13812345678") == "Mobile 13812345678");
    CHECK(describe("(+86) 199 0000 1111") == "Mobile 19900001111");
    CHECK(describe("008613812345678") == "Mobile 13812345678");
    CHECK(describe("8613812345678") == "Mobile 13812345678");
    CHECK(describe("１３８１２３４５６７８") == "Mobile 13812345678");
    CHECK(describe("＋８６　１３８－１２３４－５６７８") == "Mobile 13812345678");
    for (const char *prefix : {"13", "14", "15", "16", "17", "18", "19"})
        CHECK(describe((std::string(prefix) + "912345678").c_str()) == "Mobile " + std::string(prefix) + "912345678");

    const auto c = checkPhone("138 1234 5678");
    CHECK(c.valid());
    CHECK(c.kind == PhoneNumber::Kind::Mobile);
    CHECK(c.reason.isEmpty());
}

TEST_CASE("mobile numbers of the wrong length or prefix are refused")
{
    CHECK(describe("12812345678") == "Invalid: A mobile number must start with 13 to 19, not 12.");
    CHECK(describe("10012345678") == "Invalid: A mobile number must start with 13 to 19, not 10.");
    CHECK(describe("1381234567") == "Invalid: A mobile number has 11 digits; this one has 10.");
    CHECK(describe("138123456789") == "Invalid: A mobile number has 11 digits; this one has 12.");
    CHECK(describe("+86 138 1234 567") == "Invalid: A mobile number has 11 digits; this one has 10.");

    const auto c = checkPhone("1381234567");
    CHECK_FALSE(c.valid());
    CHECK(c.kind == PhoneNumber::Kind::Invalid);
}

TEST_CASE("landlines with an area code are normalized as area-local")
{
    CHECK(describe("0855-1234567") == "Landline 0855-1234567");
    CHECK(describe("0855 1234567") == "Landline 0855-1234567");
    CHECK(describe("08551234567") == "Landline 0855-1234567");
    CHECK(describe("085512345678") == "Landline 0855-12345678");
    CHECK(describe("(010)12345678") == "Landline 010-12345678");
    CHECK(describe("(010) 1234-5678") == "Landline 010-12345678");
    CHECK(describe("02087654321") == "Landline 020-87654321");
    CHECK(describe("023-6543210") == "Landline 023-6543210");
    CHECK(describe("（０８５５）１２３４５６７") == "Landline 0855-1234567");
    CHECK(describe("0855—8234567") == "Landline 0855-8234567");
    CHECK(describe("0855.1234567") == "Landline 0855-1234567");
    // From abroad the area code loses its 0.
    CHECK(describe("+86 855 1234567") == "Landline 0855-1234567");
    CHECK(describe("+86 (10) 12345678") == "Landline 010-12345678");
    CHECK(describe("0086 0855 1234567") == "Landline 0855-1234567");
    CHECK(describe("+86 10 1234567") == "Landline 010-1234567");
    CHECK(describe("+86 20 87654321") == "Landline 020-87654321");

    const auto c = checkPhone("0855-1234567");
    CHECK(c.valid());
    CHECK(c.kind == PhoneNumber::Kind::Landline);
}

TEST_CASE("landlines without an area code keep their digits")
{
    CHECK(describe("5123456") == "Landline 5123456");
    CHECK(describe("8765 4321") == "Landline 87654321");
    CHECK(describe("876-54321") == "Landline 87654321");
}

TEST_CASE("ill-formed landlines are refused with the reason")
{
    CHECK(describe("0855-123456")
        == "Invalid: After the area code 0855 a landline number has 7 or 8 digits; this one has 6.");
    CHECK(describe("0855-123456789")
        == "Invalid: After the area code 0855 a landline number has 7 or 8 digits; this one has 9.");
    CHECK(describe("010-1234567890")
        == "Invalid: After the area code 010 a landline number has 7 or 8 digits; this one has 10.");
    CHECK(describe("011-12345678") == "Invalid: The area code 011 does not exist.");
    CHECK(describe("0") == "Invalid: The area code 0 does not exist.");
    CHECK(describe("0855-0123456") == "Invalid: A landline number cannot start with 0 after the area code.");
    CHECK(describe("010-12345678").substr(0, 8) == "Landline");
    CHECK(describe("654321") == "Invalid: A landline number has 7 or 8 digits (11 for a mobile); this one has 6.");
    CHECK(describe("987654321") == "Invalid: A landline number has 7 or 8 digits (11 for a mobile); this one has 9.");
}

TEST_CASE("empty, foreign and garbled phone numbers are refused")
{
    CHECK(describe("") == "Invalid: The phone number is empty.");
    CHECK(describe(" \u3000 ") == "Invalid: The phone number is empty.");
    CHECK(describe("--") == "Invalid: The phone number has no digits.");
    CHECK(describe("+86") == "Invalid: The phone number has nothing after the country code +86.");
    CHECK(describe("+1 202 555 0100") == "Invalid: Only mainland China numbers (+86) are accepted.");
    CHECK(describe("001 202 555 0100") == "Invalid: Only mainland China numbers (+86) are accepted.");
    CHECK(describe("138-1234-567a")
        == "Invalid: Only digits, spaces, hyphens and brackets are allowed in a phone number.");
    CHECK(describe("138+12345678")
        == "Invalid: Only digits, spaces, hyphens and brackets are allowed in a phone number.");
    CHECK(describe("none") == "Invalid: Only digits, spaces, hyphens and brackets are allowed in a phone number.");

    const auto c = checkPhone("１３８ abc");
    CHECK_FALSE(c.valid());
    CHECK(str(c.normalized) == "138abc");
}
