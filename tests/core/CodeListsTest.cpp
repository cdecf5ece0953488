// SPDX-License-Identifier: GPL-3.0-or-later
#include "county/CodeLists.h"

#include "TestCounty.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

// Reads CSV bytes as a file of the code-list shape, the way a county's edited list would arrive.
Result<QList<QStringList>> readCsv(const QByteArray &bytes)
{
    static QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    return CodeLists::readCsv(path);
}

QList<QStringList> rows(const QByteArray &bytes)
{
    const auto read = readCsv(bytes);
    INFO(read.error().toStdString());
    REQUIRE(read);
    return read.value();
}

} // namespace

TEST_CASE("code lists: plain rows under a header")
{
    const auto r = rows("code,name_zh,name_en\n01,一般贫困户,ordinary poor household\n04,低保贫困户,on allowance\n");
    REQUIRE(r.size() == 2);
    CHECK(r.at(0)
        == QStringList{QStringLiteral("01"), QStringLiteral("一般贫困户"), QStringLiteral("ordinary poor household")});
    CHECK(r.at(1).at(0) == QStringLiteral("04"));
    // Empty trailing fields are kept, so a list's own column can be blank.
    CHECK(rows("code,name_zh,name_en,extra\n1,甲,a,\n").at(0)
        == QStringList{QStringLiteral("1"), QStringLiteral("甲"), QStringLiteral("a"), QString()});
    // A header alone, blank lines, and no newline at the end.
    CHECK(rows("code,name_zh,name_en\n").isEmpty());
    CHECK(rows("code,name_zh,name_en\n\n1,甲,a\n\n  \n2,乙,b").size() == 2);
}

TEST_CASE("code lists: quoted names with commas and quotes, as spreadsheets write them")
{
    const auto r
        = rows("code,name_zh,name_en\n"
               "4,\"民主党派、工商联和无党派人士帮扶\",\"democratic parties, federations of industry and commerce\"\n"
               "5,\"他说\"\"好\"\"\",\"a \"\"quoted\"\" name\"\n"
               "6,\"\",\"\"\"\"\n");
    REQUIRE(r.size() == 3);
    CHECK(r.at(0).size() == 3);
    CHECK(r.at(0).at(2) == QStringLiteral("democratic parties, federations of industry and commerce"));
    CHECK(
        r.at(1) == QStringList{QStringLiteral("5"), QStringLiteral("他说\"好\""), QStringLiteral("a \"quoted\" name")});
    CHECK(r.at(2) == QStringList{QStringLiteral("6"), QString(), QStringLiteral("\"")});
}

TEST_CASE("code lists: a quoted field can hold a line break")
{
    const auto r = rows("code,name_zh,name_en\n"
                        "1,\"第一行\n第二行\",\"two\nlines\"\n"
                        "2,乙,b\n");
    REQUIRE(r.size() == 2);
    CHECK(r.at(0) == QStringList{QStringLiteral("1"), QStringLiteral("第一行\n第二行"), QStringLiteral("two\nlines")});
    CHECK(r.at(1) == QStringList{QStringLiteral("2"), QStringLiteral("乙"), QStringLiteral("b")});
}

TEST_CASE("code lists: Windows line ends and a byte-order mark, as Excel saves CSV")
{
    const auto r = rows("\xEF\xBB\xBF"
                        "code,name_zh,name_en\r\n"
                        "1,甲,\"a, b\"\r\n"
                        "2,\"乙\r\n丙\",c\r\n");
    REQUIRE(r.size() == 2);
    CHECK(r.at(0) == QStringList{QStringLiteral("1"), QStringLiteral("甲"), QStringLiteral("a, b")});
    CHECK(r.at(1).at(1) == QStringLiteral("乙\n丙"));
    CHECK(r.at(1).at(2) == QStringLiteral("c"));
}

TEST_CASE("code lists: a quote never closed is refused, not read to the end of the file")
{
    const auto read = readCsv("code,name_zh,name_en\n1,甲,a\n2,\"乙,b\n3,丙,c\n");
    REQUIRE_FALSE(read);
    CHECK(read.error().contains(QStringLiteral("list.csv")));
    CHECK(read.error().contains(QStringLiteral("Line 3")));
}

TEST_CASE("code lists: a file that cannot be read says which")
{
    const auto read = CodeLists::readCsv(QStringLiteral("/nonexistent/codes.csv"));
    REQUIRE_FALSE(read);
    CHECK(read.error().contains(QStringLiteral("/nonexistent/codes.csv")));
}

TEST_CASE("code lists: the embedded lists load into a new county")
{
    TestCounty county;
    const CodeLists lists(*county.db);
    CHECK(lists.contains(CodeList::Attribute, QStringLiteral("01")));
    CHECK(lists.items(CodeList::AssistanceForm).size() >= 5);
    // The poverty line is read in yuan and kept in fen.
    CHECK(county.scalar(QStringLiteral("SELECT line_fen FROM poverty_line WHERE year = 2016")).toLongLong() == 295200);
    CHECK(county.scalar(QStringLiteral("SELECT threshold_fen FROM monitoring_threshold WHERE year = 2021")).toLongLong()
        == 600000);
}
