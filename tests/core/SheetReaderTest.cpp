// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpreadsheetFixtures.h"
#include "TestCounty.h"

#include "spreadsheets/CsvSheetReader.h"
#include "spreadsheets/SheetReader.h"
#include "spreadsheets/XlsxSheetReader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace SpreadsheetFixtures;

namespace {

QList<SheetRow> readAll(SheetReader &reader)
{
    QList<SheetRow> rows;
    while (std::optional<SheetRow> row = reader.next())
        rows << *row;
    return rows;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A workbook written as raw parts with Python's zipfile: inline strings, cells without references,
// the 1904 date system and a formula's cached string, which openpyxl does not write.
QString writeRawXlsx(const QString &path, const QString &sheetXml, bool base1904)
{
    static const char *script = R"PY(
import sys, zipfile
path, sheet, b1904 = sys.argv[1], open(sys.argv[2], encoding='utf-8').read(), sys.argv[3] == '1'
z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
z.writestr('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
  + ('<workbookPr date1904="1"/>' if b1904 else '') + '<sheets><sheet name="Raw" sheetId="1" r:id="rId1"/></sheets></workbook>')
z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
z.writestr('xl/styles.xml', '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="170" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="0"/></cellXfs></styleSheet>')
z.writestr('xl/worksheets/sheet1.xml', sheet)
z.close()
)PY";
    QTemporaryDir dir;
    QFile sheet(dir.filePath(QStringLiteral("sheet.xml")));
    if (!sheet.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write");
    sheet.write(sheetXml.toUtf8());
    sheet.close();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"), QString::fromUtf8(script), path, sheet.fileName(),
            base1904 ? QStringLiteral("1") : QStringLiteral("0")});
    if (!python.waitForFinished(120000) || python.exitCode() != 0)
        return QString::fromUtf8(python.readAllStandardError());
    return {};
}

QString sheetXml(const QString &rows, const QString &extra = {})
{
    return QStringLiteral("<?xml version=\"1.0\"?><worksheet "
                          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
        + rows + QStringLiteral("</sheetData>") + extra + QStringLiteral("</worksheet>");
}

} // namespace

TEST_CASE("xlsx reader: Excel serial days are the dates Excel shows", "[import][spreadsheet]")
{
    CHECK(XlsxSheetReader::serialToDate(1) == QDate(1900, 1, 1));
    CHECK(XlsxSheetReader::serialToDate(59) == QDate(1900, 2, 28));
    CHECK_FALSE(XlsxSheetReader::serialToDate(60).isValid()); // Excel's 29 February 1900
    CHECK(XlsxSheetReader::serialToDate(61) == QDate(1900, 3, 1));
    CHECK(XlsxSheetReader::serialToDate(QDate(1899, 12, 30).daysTo(QDate(1985, 3, 12))) == QDate(1985, 3, 12));
    CHECK(XlsxSheetReader::serialToDate(31118.75) == QDate(1985, 3, 12));
    CHECK(XlsxSheetReader::serialToDate(0, true) == QDate(1904, 1, 1));
    CHECK(XlsxSheetReader::isDateFormat(14, {}));
    CHECK(XlsxSheetReader::isDateFormat(57, {})); // a Chinese built-in: yyyy"年"m"月"
    CHECK(XlsxSheetReader::isDateFormat(170, QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")));
    CHECK(XlsxSheetReader::isDateFormat(171, QStringLiteral("[$-804]yyyy/m/d;@")));
    CHECK_FALSE(XlsxSheetReader::isDateFormat(0, QStringLiteral("General")));
    CHECK_FALSE(XlsxSheetReader::isDateFormat(49, QStringLiteral("@")));
    CHECK_FALSE(XlsxSheetReader::isDateFormat(172, QStringLiteral("#,##0.00\"元\"")));
    CHECK_FALSE(XlsxSheetReader::isDateFormat(173, QStringLiteral("0.00E+00")));
    CHECK_FALSE(XlsxSheetReader::isDateFormat(174, QStringLiteral("[Red]0.00;[Blue]-0.00")));
}

TEST_CASE("xlsx reader: openpyxl's workbook with a title row, merged cells, numbers and dates", "[import][spreadsheet]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.xlsx"));
    const QJsonArray rows{
        QJsonArray{QStringLiteral("岜沙村建档立卡花名册")},
        QJsonArray{QStringLiteral("户编号"), QStringLiteral("姓名"), QStringLiteral("身份证号"),
            QStringLiteral("出生日期"), QStringLiteral("收入"), QStringLiteral("是否")},
        QJsonArray{QStringLiteral("5226331012010001"), QStringLiteral("王大山"), number(522633196501010011.0),
            date(QStringLiteral("1965-01-01"), QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")), number(3250.5), true},
        QJsonArray{QJsonValue(), QStringLiteral("李秀英"), QStringLiteral("52263319670101002X"),
            date(QStringLiteral("1967-01-01"), QStringLiteral("yyyy-mm-dd")), QStringLiteral("1,000元"), false},
    };
    REQUIRE(writeXlsx(path, rows, {QStringLiteral("A1:F1"), QStringLiteral("A3:A4")}) == QString());
    auto reader = SheetReader::open(path);
    INFO(reader.error().toStdString());
    REQUIRE(reader.ok());
    CHECK(reader.value()->sheetNames() == QStringList{QStringLiteral("花名册")});
    const QList<SheetRow> read = readAll(*reader.value());
    CHECK(reader.value()->error() == QString());
    REQUIRE(read.size() == 4);
    CHECK(read.at(0).number == 1);
    // A merged title: every cell of the range holds the top-left value.
    CHECK(read.at(0).cell(0).text == QStringLiteral("岜沙村建档立卡花名册"));
    CHECK(read.at(0).cell(5).text == QStringLiteral("岜沙村建档立卡花名册"));
    CHECK(read.at(1).cell(2).text == QStringLiteral("身份证号"));
    const SheetRow &head = read.at(2);
    CHECK(head.number == 3);
    CHECK(head.cell(0).text == QStringLiteral("5226331012010001"));
    CHECK(head.cell(2).kind == SheetCell::Kind::Number); // an ID typed as a number stays a number
    CHECK(head.cell(3).kind == SheetCell::Kind::Date);
    CHECK(head.cell(3).date == QDate(1965, 1, 1));
    CHECK(head.cell(4).kind == SheetCell::Kind::Number);
    CHECK(head.cell(4).number == 3250.5);
    CHECK(head.cell(5).kind == SheetCell::Kind::Boolean);
    CHECK(head.cell(5).text == QStringLiteral("1"));
    const SheetRow &spouse = read.at(3);
    // The merged household code reaches the member's row.
    CHECK(spouse.cell(0).text == QStringLiteral("5226331012010001"));
    CHECK(spouse.cell(2).text == QStringLiteral("52263319670101002X"));
    CHECK(spouse.cell(3).date == QDate(1967, 1, 1));
    CHECK(spouse.cell(5).text == QStringLiteral("0"));
    CHECK(reader.value()->progress() == 1.0);
}

TEST_CASE("xlsx reader: inline strings, cells without references and the 1904 date system", "[import][spreadsheet]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("raw.xlsx"));
    const QString rows = QStringLiteral(
        "<row r=\"2\"><c t=\"inlineStr\"><is><r><t>王</t></r><r><t>大山</t></r><rPh><t>ワン</t></rPh></is></c>"
        "<c s=\"1\"><v>0</v></c><c t=\"str\"><f>A2</f><v>公式</v></c><c t=\"e\"><v>#N/A</v></c></row>"
        "<row><c r=\"C3\"><v>4.40524188001E+17</v></c></row>");
    REQUIRE(writeRawXlsx(path, sheetXml(rows), true) == QString());
    auto reader = SheetReader::open(path);
    INFO(reader.error().toStdString());
    REQUIRE(reader.ok());
    const QList<SheetRow> read = readAll(*reader.value());
    REQUIRE(read.size() == 2);
    CHECK(read.at(0).number == 2);
    CHECK(read.at(0).cell(0).text == QStringLiteral("王大山"));
    CHECK(read.at(0).cell(1).date == QDate(1904, 1, 1));
    CHECK(read.at(0).cell(2).text == QStringLiteral("公式"));
    CHECK(read.at(0).cell(3).kind == SheetCell::Kind::Error);
    CHECK(read.at(1).number == 3);
    CHECK(read.at(1).cell(2).kind == SheetCell::Kind::Number);
    CHECK(read.at(1).cell(2).text == QStringLiteral("4.40524188001E+17"));
}

TEST_CASE("csv reader: UTF-8 with and without a BOM, GBK and GB18030 read the same", "[import][spreadsheet]")
{
    QTemporaryDir dir;
    const QString text
        = QStringLiteral("户编号,姓名,备注\r\n5226331012010001,王大山,\"住在\"\"老寨\"\",\n靠河\"\r\n,李秀英,𠀀\n\n");
    const QString plain = dir.filePath(QStringLiteral("utf8.csv"));
    writeBytes(plain, text.toUtf8());
    const QString bom = dir.filePath(QStringLiteral("bom.csv"));
    writeBytes(bom, QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    const QString gbk = dir.filePath(QStringLiteral("gbk.csv"));
    // GBK has no 𠀀 (CJK extension B): that file leaves it out.
    REQUIRE(writeEncoded(gbk, QString(text).replace(QStringLiteral("𠀀"), QStringLiteral("岜")), QStringLiteral("GBK"))
        == QString());
    const QString gb18030 = dir.filePath(QStringLiteral("gb18030.csv"));
    REQUIRE(writeEncoded(gb18030, text, QStringLiteral("GB18030")) == QString());
    for (const QString &path : {plain, bom, gbk, gb18030}) {
        INFO(path.toStdString());
        auto reader = SheetReader::open(path);
        INFO(reader.error().toStdString());
        REQUIRE(reader.ok());
        const QList<SheetRow> read = readAll(*reader.value());
        REQUIRE(read.size() == 3);
        CHECK(read.at(0).cell(0).text == QStringLiteral("户编号"));
        CHECK(read.at(1).number == 2);
        CHECK(read.at(1).cell(1).text == QStringLiteral("王大山"));
        CHECK(read.at(1).cell(2).text == QStringLiteral("住在\"老寨\",\n靠河"));
        CHECK(read.at(2).number == 4); // the quoted line break took a line
        CHECK(read.at(2).cell(0).kind == SheetCell::Kind::Empty);
        CHECK(read.at(2).cell(1).text == QStringLiteral("李秀英"));
        CHECK(read.at(2).cell(2).text == (path == gbk ? QStringLiteral("岜") : QStringLiteral("𠀀")));
        const auto *csv = dynamic_cast<CsvSheetReader *>(reader.value().get());
        REQUIRE(csv);
        CHECK((csv->encoding() == CsvSheetReader::Encoding::Gb18030) == (path == gbk || path == gb18030));
    }
}

TEST_CASE("spreadsheet readers: broken files are refused in words that name the file", "[import][spreadsheet]")
{
    QTemporaryDir dir;
    const auto refusal = [&](const QString &name, const QByteArray &bytes) {
        const QString path = dir.filePath(name);
        writeBytes(path, bytes);
        auto reader = SheetReader::open(path);
        REQUIRE_FALSE(reader.ok());
        CHECK(reader.error().contains(name));
        return reader.error();
    };
    CHECK(refusal(QStringLiteral("zero.xlsx"), {}).contains(QStringLiteral("0 bytes")));
    CHECK(refusal(QStringLiteral("picture.xlsx"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16))
              .contains(QStringLiteral("not a spreadsheet")));
    CHECK(refusal(QStringLiteral("page.xls"), QByteArray("<html><body><table></table></body></html>"))
              .contains(QStringLiteral("web page")));
    // An encrypted workbook: an OLE compound file with an EncryptionInfo stream.
    QByteArray cfb("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    cfb += QByteArray(504, '\0') + QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28)
        + QByteArray(1000, '\0');
    CHECK(refusal(QStringLiteral("locked.xlsx"), cfb).contains(QStringLiteral("password")));
    CHECK(
        refusal(QStringLiteral("broken.xls"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, 'x'))
            .contains(QStringLiteral(".xls")));

    // A truncated workbook: the first half of a real one.
    const QString whole = dir.filePath(QStringLiteral("whole.xlsx"));
    REQUIRE(writeXlsx(whole, QJsonArray{QJsonArray{QStringLiteral("姓名")}}) == QString());
    QFile f(whole);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(refusal(QStringLiteral("cut.xlsx"), bytes.left(bytes.size() / 2)).contains(QStringLiteral("damaged")));
    // A zip that is no workbook.
    QByteArray zip("PK\x05\x06", 4);
    zip += QByteArray(18, '\0');
    const QString zipMessage = refusal(QStringLiteral("empty.zip"), zip);
    CHECK((zipMessage.contains(QStringLiteral("damaged")) || zipMessage.contains(QStringLiteral("no workbook"))));
}

TEST_CASE("spreadsheet readers: a sheet of more than a million rows is refused", "[import][spreadsheet]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QByteArray block = QByteArray("1,2\n").repeated(100'000);
        for (int i = 0; i < 20; ++i)
            f.write(block);
    }
    auto reader = SheetReader::open(csv);
    REQUIRE(reader.ok());
    int rows = 0;
    while (reader.value()->next())
        ++rows;
    CHECK(rows == SheetReader::MaxRows);
    CHECK(reader.value()->error().contains(QStringLiteral("huge.csv")));
    CHECK(reader.value()->error().contains(QStringLiteral("1000000")));

    // A workbook that says it has two million rows is refused before they are read.
    const QString xlsx = dir.filePath(QStringLiteral("huge.xlsx"));
    REQUIRE(writeRawXlsx(xlsx,
                QStringLiteral(
                    "<?xml version=\"1.0\"?><worksheet "
                    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension "
                    "ref=\"A1:B2000000\"/><sheetData><row r=\"1\"><c><v>1</v></c></row></sheetData></worksheet>"),
                false)
        == QString());
    auto big = SheetReader::open(xlsx);
    REQUIRE(big.ok());
    CHECK_FALSE(big.value()->next());
    CHECK(big.value()->error().contains(QStringLiteral("huge.xlsx")));
}
