// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/IdNumber.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

#include <string>

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

std::string str(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("(none)");
}

IdNumber::Check checkId(const char *utf8)
{
    return IdNumber::check(QString::fromUtf8(utf8));
}

// ISO 7064 MOD 11-2 computed the recursive way, independently of the weighted sum in the code.
char referenceCheckDigit(const std::string &first17)
{
    int p = 0;
    for (char c : first17)
        p = ((p + (c - '0')) * 2) % 11;
    const int value = (12 - p) % 11;
    return value == 10 ? 'X' : static_cast<char>('0' + value);
}

// The 17 digits given, completed with the right check digit.
IdNumber::Check checkWithRightDigit(const std::string &first17)
{
    return IdNumber::check(QString::fromStdString(first17 + referenceCheckDigit(first17)));
}

} // namespace

TEST_CASE("the reference check digit agrees with the examples of GB 11643-1999")
{
    CHECK(referenceCheckDigit("11010519491231002") == 'X');
    CHECK(referenceCheckDigit("44052418800101001") == '4');
}

TEST_CASE("the examples printed in GB 11643-1999 are valid")
{
    const auto beijing = checkId("11010519491231002X");
    CHECK(beijing.valid);
    CHECK(str(beijing.reason).empty());
    CHECK(str(beijing.normalized) == "11010519491231002X");
    CHECK(beijing.length == 18);
    CHECK(str(beijing.birthDate) == "1949-12-31");
    CHECK(str(beijing.sexCode) == "2");

    // Born 1880: the floor for birth years is set so that the standard's own example passes.
    const auto guangdong = checkId("440524188001010014");
    CHECK(guangdong.valid);
    CHECK(str(guangdong.reason).empty());
    CHECK(guangdong.length == 18);
    CHECK(str(guangdong.birthDate) == "1880-01-01");
    CHECK(str(guangdong.sexCode) == "1");
}

TEST_CASE("checkDigit computes MOD 11-2 and refuses what is not 17 digits")
{
    CHECK(IdNumber::checkDigit(u"11010519491231002") == u'X');
    CHECK(IdNumber::checkDigit(u"44052418800101001") == u'4');
    CHECK(IdNumber::checkDigit(u"1101051949123100").isNull());
    CHECK(IdNumber::checkDigit(u"110105194912310021").isNull());
    CHECK(IdNumber::checkDigit(u"1101051949123100A").isNull());
}

TEST_CASE("a wrong check digit does not name a digit to change, and still gives birth date and sex")
{
    // Naming the expected check digit invites changing the last digit, when the typo is usually a
    // middle one: the message sends the user back to the card instead.
    const std::string compare
        = "The number does not pass the check digit test: a digit is probably mistyped. Compare it digit by digit "
          "with the ID card.";
    const auto c = checkId("110105194912310021");
    CHECK_FALSE(c.valid);
    CHECK(str(c.reason) == compare);
    CHECK(str(c.birthDate) == "1949-12-31");
    CHECK(str(c.sexCode) == "2");
    CHECK(c.length == 18);

    for (const char *wrong : {"440524188001010013", "44052418800101001X", "440524188001110014"}) {
        const auto d = checkId(wrong);
        CHECK_FALSE(d.valid);
        CHECK(str(d.reason) == compare);
        CHECK(str(d.reason).find("should be") == std::string::npos);
    }
}

TEST_CASE("birth dates must exist, be no earlier than 1880 and not lie in the future")
{
    SECTION("February 29 only in leap years")
    {
        const auto c = checkWithRightDigit("52270119490229001");
        CHECK_FALSE(c.valid);
        CHECK(str(c.reason) == "The birth date 1949-02-29 does not exist.");
        CHECK_FALSE(c.birthDate.isValid());

        // 1900 is not a leap year, 2000 is.
        CHECK(str(checkWithRightDigit("52270119000229001").reason) == "The birth date 1900-02-29 does not exist.");
        const auto leap = checkWithRightDigit("52270120000229001");
        CHECK(leap.valid);
        CHECK(str(leap.birthDate) == "2000-02-29");
    }
    SECTION("impossible months and days")
    {
        CHECK(str(checkWithRightDigit("52270119491331001").reason) == "The birth date 1949-13-31 does not exist.");
        CHECK(str(checkWithRightDigit("52270119490431001").reason) == "The birth date 1949-04-31 does not exist.");
        CHECK(str(checkWithRightDigit("52270119490100001").reason) == "The birth date 1949-01-00 does not exist.");
    }
    SECTION("too early")
    {
        const auto c = checkWithRightDigit("44052418791231001");
        CHECK_FALSE(c.valid);
        CHECK(str(c.reason) == "The birth year 1879 is too early.");
        CHECK_FALSE(c.birthDate.isValid());
    }
    SECTION("in the future")
    {
        const QDate tomorrow = QDate::currentDate().addDays(1);
        const std::string first17 = "522701" + tomorrow.toString(u"yyyyMMdd").toStdString() + "001";
        const auto c = checkWithRightDigit(first17);
        CHECK_FALSE(c.valid);
        CHECK(str(c.reason) == "The birth date " + str(tomorrow) + " is in the future.");
        CHECK_FALSE(c.birthDate.isValid());

        const std::string today = "522701" + QDate::currentDate().toString(u"yyyyMMdd").toStdString() + "001";
        CHECK(checkWithRightDigit(today).valid);
    }
}

TEST_CASE("the region code must start with a province")
{
    const auto c = checkWithRightDigit("99010519491231002");
    CHECK_FALSE(c.valid);
    CHECK(str(c.reason) == "The region code 990105 is not a Chinese region.");
    CHECK(str(checkWithRightDigit("00000019491231002").reason) == "The region code 000000 is not a Chinese region.");
    CHECK(str(checkWithRightDigit("16010519491231002").reason) == "The region code 160105 is not a Chinese region.");
    CHECK(str(checkWithRightDigit("70010519491231002").reason) == "The region code 700105 is not a Chinese region.");
    // Hong Kong, Macao, Taiwan and the last of each range are provinces.
    for (const char *region : {"810000", "820000", "830000", "710000", "650000", "540000", "460000", "370000"})
        CHECK(checkWithRightDigit(std::string(region) + "19491231002").valid);
}

TEST_CASE("normalize folds full-width characters, strips whitespace and uppercases x")
{
    CHECK(str(IdNumber::normalize(QString::fromUtf8("１１０１０５１９４９１２３１００２Ｘ"))) == "11010519491231002X");
    CHECK(str(IdNumber::normalize(QString::fromUtf8("１１０１０５１９４９１２３１００２ｘ"))) == "11010519491231002X");
    CHECK(str(IdNumber::normalize(QString::fromUtf8(" 110105\t19491231\u3000002x\n"))) == "11010519491231002X");
    CHECK(str(IdNumber::normalize(QString::fromUtf8("110105\uFEFF19491231002X\u200B"))) == "11010519491231002X");
    // Other characters are kept so that check() can name them.
    CHECK(str(IdNumber::normalize(QStringLiteral("1101-05"))) == "1101-05");

    const auto c = checkId("１１０１０５ １９４９１２３１ ００２ｘ");
    CHECK(c.valid);
    CHECK(str(c.normalized) == "11010519491231002X");
    CHECK(checkId("11010519491231002x").valid);
    CHECK(str(checkId("11010519491231002x").normalized) == "11010519491231002X");
}

TEST_CASE("empty, short, long and ill-formed numbers are refused with the reason")
{
    CHECK(str(checkId("").reason) == "The ID number is empty.");
    CHECK(str(checkId(" \u3000 ").reason) == "The ID number is empty.");
    CHECK_FALSE(checkId("").valid);

    const auto shortOne = checkId("1101051949123100");
    CHECK_FALSE(shortOne.valid);
    CHECK(str(shortOne.reason) == "An ID number has 18 digits (or 15 for old numbers); this one has 16.");
    CHECK(shortOne.length == 0);
    CHECK(str(checkId("11010519491231002X1").reason)
        == "An ID number has 18 digits (or 15 for old numbers); this one has 19.");

    CHECK(str(checkId("11010519491231002Y").reason) == "Only digits and a final X are allowed.");
    CHECK(str(checkId("1101-0519491231002X").reason) == "Only digits and a final X are allowed.");
    CHECK(str(checkId("1101051949X231002X").reason) == "Only digits and a final X are allowed.");
    CHECK(str(checkId("11010549123100X").reason) == "Only digits and a final X are allowed.");
    CHECK_FALSE(checkId("11010519491231002Y").valid);
}

TEST_CASE("15-digit first-generation numbers give birth date and sex")
{
    const auto woman = checkId("110105491231002");
    CHECK(woman.valid);
    CHECK(str(woman.reason).empty());
    CHECK(str(woman.normalized) == "110105491231002");
    CHECK(woman.length == 15);
    CHECK(str(woman.birthDate) == "1949-12-31");
    CHECK(str(woman.sexCode) == "2");

    const auto man = checkId("５２２７０１ ６３０７０１ １２７");
    CHECK(man.valid);
    CHECK(str(man.normalized) == "522701630701127");
    CHECK(str(man.birthDate) == "1963-07-01");
    CHECK(str(man.sexCode) == "1");

    CHECK(str(checkId("110105490229002").reason) == "The birth date 1949-02-29 does not exist.");
    CHECK(str(checkId("110105000229002").reason) == "The birth date 1900-02-29 does not exist."); // not a leap year
    CHECK(str(checkId("110105000229002").birthDate) == "(none)");
    CHECK(str(checkId("110105960229002").birthDate) == "1996-02-29"); // ... 1996 is
    CHECK(str(checkId("990105491231002").reason) == "The region code 990105 is not a Chinese region.");
}

TEST_CASE("20- and 22-digit disability certificate numbers are not resident ID numbers")
{
    const std::string looksLike20
        = "This number has 20 digits, like a disability certificate number (an ID number followed by more digits). "
          "A resident ID number has 18 digits (or 15 for old numbers): copy it from the ID card.";
    const auto twenty = checkId("11010519491231002X 11");
    CHECK_FALSE(twenty.valid);
    CHECK(str(twenty.reason) == looksLike20);
    // Nothing is derived from a number that is not a resident ID: the editor would fill sex and birth date.
    CHECK(str(twenty.birthDate) == "(none)");
    CHECK(str(twenty.sexCode).empty());
    CHECK(twenty.length == 0);

    const auto twentyTwo = checkId("11010519491231002X11");
    CHECK_FALSE(twentyTwo.valid);
    const auto fromReview = checkId("4405241880010100144201");
    CHECK_FALSE(fromReview.valid);
    CHECK(str(fromReview.reason).find("22 digits, like a disability certificate number") != std::string::npos);
    CHECK(str(fromReview.sexCode).empty());
    CHECK(str(checkId("11010519491231002X1X").reason).find("disability certificate") != std::string::npos);
    CHECK(str(checkId("11010519491231002X111").reason)
        == "An ID number has 18 digits (or 15 for old numbers); this one has 21.");
}

TEST_CASE("a disability certificate number is recognised on its own")
{
    const auto twenty = IdNumber::checkDisabilityCertificate(QStringLiteral("11010519491231002X 11"));
    CHECK(twenty.valid);
    CHECK(str(twenty.normalized) == "11010519491231002X11");
    CHECK(twenty.length == 20);
    CHECK(str(twenty.birthDate) == "1949-12-31");
    CHECK(str(twenty.sexCode) == "2");

    const auto twentyTwo = IdNumber::checkDisabilityCertificate(QStringLiteral("4405241880010100144201"));
    CHECK(twentyTwo.valid);
    CHECK(twentyTwo.length == 22);
    CHECK(str(twentyTwo.sexCode) == "1");

    // Its first 18 characters must be a valid resident ID number, with the same reasons.
    const auto wrongDigit = IdNumber::checkDisabilityCertificate(QStringLiteral("11010519491231002111"));
    CHECK_FALSE(wrongDigit.valid);
    CHECK(str(wrongDigit.reason).find("check digit") != std::string::npos);
    CHECK(str(IdNumber::checkDisabilityCertificate(QStringLiteral("11010519491231002X1X")).reason)
        == "Only the 18th character of a certificate number may be an X.");
    CHECK(str(IdNumber::checkDisabilityCertificate(QStringLiteral("110105194912310021X1")).reason)
        == "Only the 18th character of a certificate number may be an X.");
    CHECK(str(IdNumber::checkDisabilityCertificate(QStringLiteral("11010519491231002X")).reason)
        == "A disability certificate number has 20 or 22 characters; this one has 18.");
    CHECK_FALSE(IdNumber::checkDisabilityCertificate(QStringLiteral("11010519491231002X111")).valid);
}

TEST_CASE("line breaks and other control characters inside an ID number are refused")
{
    const std::string control = "The ID number contains a line break or another control character. Type it again.";
    for (const char16_t c : {u'\n', u'\r', u'\t', u'\x1b', u'\x7f', u'\u2028', u'\u0085'}) {
        const QString id = QStringLiteral("110105") + QChar(c) + QStringLiteral("19491231002X");
        INFO(int(c));
        const auto check = IdNumber::check(id);
        CHECK_FALSE(check.valid);
        CHECK(str(check.reason) == control);
    }
    CHECK(str(checkId("11010519491231002X\n110105").reason) == control);
    // Around the number, what a copied spreadsheet cell brings along is not part of it.
    CHECK(checkId("11010519491231002X\r\n").valid);
    CHECK(checkId("\t11010519491231002X ").valid);
    // Spaces grouping the digits, and the full-width space of a Chinese input method, are fine.
    CHECK(checkId("110105 19491231 002X").valid);
    CHECK(checkId("110105\u300019491231002X").valid);
}

TEST_CASE("make() round-trips through check() for random dates and sequences")
{
    QRandomGenerator random(20240501);
    const QStringList regions{QStringLiteral("110105"), QStringLiteral("440524"), QStringLiteral("522701"),
        QStringLiteral("522732"), QStringLiteral("650102"), QStringLiteral("810000")};
    const QDate first(IdNumber::EarliestBirthYear, 1, 1);
    const auto span = static_cast<quint32>(first.daysTo(QDate::currentDate()));

    int withX = 0;
    for (int i = 0; i < 3000; ++i) {
        const QString region = regions.at(random.bounded(static_cast<int>(regions.size())));
        const QDate birth = first.addDays(random.bounded(span + 1));
        const int sequence = random.bounded(1000);
        const QString number = IdNumber::make(region, birth, sequence);
        INFO(str(number) << " from " << str(region) << ' ' << str(birth) << ' ' << sequence);

        REQUIRE(number.size() == 18);
        CHECK(number.startsWith(region));
        CHECK(number.back().toLatin1() == referenceCheckDigit(number.left(17).toStdString()));
        withX += number.endsWith(u'X') ? 1 : 0;

        const auto c = IdNumber::check(number);
        REQUIRE(c.valid);
        CHECK(str(c.normalized) == str(number));
        CHECK(str(c.birthDate) == str(birth));
        CHECK(str(c.sexCode) == (sequence % 2 == 1 ? "1" : "2"));
        CHECK(c.length == 18);

        // MOD 11-2 catches every single wrong digit and every swap of two neighbours.
        if (i % 20 == 0) {
            for (qsizetype pos = 0; pos < 17; ++pos) {
                for (char16_t d = u'0'; d <= u'9'; ++d) {
                    if (number.at(pos) == QChar(d))
                        continue;
                    QString typo = number;
                    typo[pos] = QChar(d);
                    CHECK_FALSE(IdNumber::check(typo).valid);
                }
                if (number.at(pos) != number.at(pos + 1)) {
                    QString swapped = number;
                    std::swap(swapped[pos], swapped[pos + 1]);
                    CHECK_FALSE(IdNumber::check(swapped).valid);
                }
            }
        }
    }
    // About one number in eleven ends in X; the generator must produce them too.
    CHECK(withX > 100);
}

TEST_CASE("make() refuses arguments that cannot give a valid number")
{
    const QDate date(1970, 5, 17);
    CHECK(str(IdNumber::make(QStringLiteral("522701"), date, 37)) == "522701197005170376");
    CHECK(IdNumber::make(QStringLiteral("52270"), date, 1).isEmpty());
    CHECK(IdNumber::make(QStringLiteral("5227011"), date, 1).isEmpty());
    CHECK(IdNumber::make(QStringLiteral("52A701"), date, 1).isEmpty());
    CHECK(IdNumber::make(QStringLiteral("990000"), date, 1).isEmpty());
    CHECK(IdNumber::make(QStringLiteral("522701"), QDate(), 1).isEmpty());
    CHECK(IdNumber::make(QStringLiteral("522701"), QDate(1879, 12, 31), 1).isEmpty());
    CHECK(IdNumber::make(QStringLiteral("522701"), QDate::currentDate().addDays(1), 1).isEmpty());
    CHECK(IdNumber::make(QStringLiteral("522701"), date, -1).isEmpty());
    CHECK(IdNumber::make(QStringLiteral("522701"), date, 1000).isEmpty());
    CHECK(str(IdNumber::make(QStringLiteral("522701"), date, 0)).substr(14, 3) == "000");
    CHECK(str(IdNumber::make(QStringLiteral("522701"), date, 999)).substr(14, 3) == "999");
}
