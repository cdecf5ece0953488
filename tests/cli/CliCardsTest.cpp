// SPDX-License-Identifier: GPL-3.0-or-later
// `fupin-cli cards` on a demo county, read back with pdftotext (poppler-utils): each household's
// code, head and cadre on its own card, the page count right, a 14-member / 25-measure household
// flowing onto a second page with every member and measure on it; the county file unchanged; a
// refusal (another village, the county file as output, an unknown code) in words and no file.
#include "../TestSql.h"
#include "CliRun.h"
#include "accounts/SignIn.h"
#include "db/CountyDatabase.h"
#include "forces/ForcesKinds.h"
#include "register/HouseholdRepository.h"
#include "register/IdNumber.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

// Text as pdftotext reads it back: any character may have come back as a radical of the CJK
// Radicals Supplement (页 as ⻚, 风 as ⻛) that shows the same glyph.
QRegularExpression printed(const QString &text)
{
    QString pattern;
    for (const QChar ch : text)
        pattern += QStringLiteral("(?:") + QRegularExpression::escape(QString(ch)) + QStringLiteral("|[⺀-⻿])");
    return QRegularExpression(pattern);
}

// "第 P 页 / 共 N 页" as pdftotext reads it back.
QRegularExpression pageOf(int page, int count = 0)
{
    return QRegularExpression(QStringLiteral("第\\s*%1\\s*.\\s*/\\s*共\\s*%2")
                                  .arg(page)
                                  .arg(count ? QString::number(count) : QStringLiteral("\\d+")));
}

const QStringList Password{QStringLiteral("FUPIN_PASSWORD=fupin-demo")};
// The cards are read back as printed in Chinese.
const QStringList Chinese{QStringLiteral("LANG=zh_CN.UTF-8"), QStringLiteral("LC_ALL=zh_CN.UTF-8")};

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The text of each page, in order. Qt's PDF writer maps a glyph back to the lowest code point that
// shows it, so 谷 and 二 come back as the Kangxi radicals ⾕ and ⼆: NFKC folds them back (页 comes
// back as ⻚, which it does not: the page numbers are matched with a wildcard for it).
QStringList pdfPages(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext (poppler-utils) is needed to read the cards back");
    REQUIRE_FALSE(tool.isEmpty());
    QProcess p;
    p.start(tool, {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    QStringList pages
        = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast(); // after the last page's form feed
    return pages;
}

struct Row
{
    QString code, head, cadre;
};

struct CardsCounty
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("c.fupin"));
    QString village, otherVillage;
    QList<Row> households; // of `village`, in id order

    CardsCounty()
    {
        makeDemoCounty(db, 300, 5);
        auto opened = CountyDatabase::open(db, CountyDatabase::OpenMode::ReadOnly);
        REQUIRE(opened);
        QSqlQuery q(TestSql::of(*opened.value()));
        REQUIRE(q.exec(QStringLiteral("SELECT v.code FROM division v WHERE v.level = 3 AND EXISTS (SELECT 1 FROM "
                                      "household h WHERE h.village_id = v.id AND h.deleted_at IS NULL) ORDER BY "
                                      "v.code LIMIT 2")));
        REQUIRE(q.next());
        village = q.value(0).toString();
        REQUIRE(q.next());
        otherVillage = q.value(0).toString();
        REQUIRE(q.exec(QStringLiteral("SELECT h.code, m.name, coalesce((SELECT c.name FROM pairing p JOIN cadre c ON "
                                      "c.id = p.cadre_id WHERE p.household_id = h.id AND p.end_date IS NULL AND "
                                      "p.deleted_at IS NULL), '') FROM household h JOIN division v ON v.id = "
                                      "h.village_id LEFT JOIN member m ON m.household_id = h.id AND m.relation_code = "
                                      "'01' WHERE v.code = '%1' AND h.deleted_at IS NULL ORDER BY h.id")
                           .arg(village)));
        while (q.next())
            households.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        REQUIRE(households.size() >= 3);
    }

    // The entries of the print log.
    int printLog(const QString &where = QStringLiteral("1")) const
    {
        auto opened = CountyDatabase::open(db, CountyDatabase::OpenMode::ReadOnly);
        REQUIRE(opened);
        QSqlQuery q(TestSql::of(*opened.value()));
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM card_print WHERE ") + where));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    QString countyCode() const
    {
        auto opened = CountyDatabase::open(db, CountyDatabase::OpenMode::ReadOnly);
        REQUIRE(opened);
        return opened.value()->countyCode();
    }

    Run cards(const QStringList &arguments, const QString &user = QStringLiteral("admin"),
        const QStringList &environment = {}) const
    {
        return cli(QStringList{QStringLiteral("cards"), QStringLiteral("--db"), db, QStringLiteral("--user"), user}
                + arguments,
            Password + environment);
    }
};

} // namespace

TEST_CASE("fupin-cli cards prints a village's households each on its own card with code, head and cadre")
{
    CardsCounty c;
    const QByteArray before = digest(c.db);
    const QString pdf = c.dir.filePath(QStringLiteral("cards.pdf"));
    const Run run = c.cards({QStringLiteral("--division"), c.village, QStringLiteral("--out"), pdf,
                                QStringLiteral("--year"), QStringLiteral("2025")},
        QStringLiteral("admin"), Chinese);
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    // The file changed by the print log alone: one entry a household, numbered from 1.
    CHECK(digest(c.db) != before);
    CHECK(c.printLog() == c.households.size());

    const QStringList pages = pdfPages(pdf);
    // Cards start at their page 1; a household's pages hold its code and nobody else's.
    QList<QStringList> cards;
    for (const QString &page : pages) {
        if (page.contains(pageOf(1)))
            cards.append(QStringList());
        REQUIRE_FALSE(cards.isEmpty());
        cards.last().append(page);
    }
    REQUIRE(cards.size() == c.households.size());
    int expectedPages = 0;
    for (int i = 0; i < cards.size(); ++i) {
        const Row &h = c.households.at(i);
        const QString first = cards.at(i).constFirst();
        INFO(h.code.toStdString());
        CHECK(first.contains(h.code));
        CHECK(first.contains(printed(h.head)));
        if (!h.cadre.isEmpty())
            CHECK(first.contains(printed(h.cadre)));
        for (const QString &page : cards.at(i)) {
            for (int j = 0; j < c.households.size(); ++j) {
                if (j != i)
                    CHECK_FALSE(page.contains(c.households.at(j).code));
            }
        }
        CHECK(first.contains(pageOf(1, int(cards.at(i).size()))));
        expectedPages += int(cards.at(i).size());
    }
    CHECK(pages.size() == expectedPages);
    CHECK(run.out.contains(QStringLiteral("明白卡 %1 张").arg(c.households.size())));
    CHECK(run.out.contains(QStringLiteral("共 %1 页").arg(pages.size())));
    // ID numbers are masked by default: no 18-digit run on any page.
    for (const QString &page : pages)
        CHECK_FALSE(page.contains(QRegularExpression(QStringLiteral("\\d{17}[\\dX]"))));
}

TEST_CASE("A household of 14 members and 25 measures flows onto a second card page with every member and measure "
          "and a long name and address kept in their boxes")
{
    CardsCounty c;
    QString code;
    QStringList names, measures;
    {
        auto opened = CountyDatabase::open(c.db, CountyDatabase::OpenMode::ExistingOnly);
        REQUIRE(opened);
        CountyDatabase &db = *opened.value();
        REQUIRE(SignIn::signIn(db, QStringLiteral("admin"), QStringLiteral("fupin-demo")));
        code = c.households.constFirst().code;
        QSqlQuery q(TestSql::of(db));
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM household WHERE code = '%1'").arg(code)));
        REQUIRE(q.next());
        const qint64 id = q.value(0).toLongLong();
        HouseholdRepository repo(db);
        Result<Household> h = repo.load(id);
        REQUIRE(h);
        Member child = h->members.constFirst();
        child.meta = {};
        child.relationCode = QStringLiteral("20");
        child.schoolingCode = QStringLiteral("00");
        for (int i = int(h->members.size()); i < 14; ++i) {
            child.name = QStringLiteral("成员%1").arg(i, 2, 10, QLatin1Char('0'));
            child.birthDate = QDate(1990, 1, 1).addDays(i * 40);
            child.idNumber = IdNumber::make(QStringLiteral("522633"), child.birthDate, 700 + i);
            h->members.append(child);
        }
        // Bad input the card takes without overflowing a box: a head's name of 30 characters and an
        // address of 200 (they wrap and shrink in their boxes; the page count stays).
        h->members.first().name = QString(30, QChar(0x5F20));
        h->address = QString(200, QChar(0x8DEF));
        const Result<qint64> saved = repo.save(h.value());
        INFO(saved.error().toStdString());
        REQUIRE(saved);
        for (const Member &m : h->members.mid(1)) // the head's long name wraps over lines of its box
            names << m.name;
        REQUIRE(names.size() == 13);
        for (int i = 1; i <= 25; ++i) {
            Measure m;
            m.householdId = id;
            m.categoryCode = QStringLiteral("0%1").arg(1 + i % 9);
            m.description = QStringLiteral("第%1项帮扶措施").arg(i, 2, 10, QLatin1Char('0'));
            m.startDate = QDate(2025, 1 + i % 12, 1);
            m.amountFen = 10'000 * i;
            const Result<qint64> measure = MeasureRepository(db).save(m);
            INFO(measure.error().toStdString());
            REQUIRE(measure);
            measures << m.description;
        }
    }
    const QString pdf = c.dir.filePath(QStringLiteral("big.pdf"));
    const Run run = c.cards({QStringLiteral("--household"), code, QStringLiteral("--out"), pdf,
                                QStringLiteral("--year"), QStringLiteral("2025")},
        QStringLiteral("admin"), Chinese);
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 2);
    CHECK(pages.at(0).contains(pageOf(1, 2)));
    CHECK(pages.at(1).contains(pageOf(2, 2)));
    // The header is repeated: the title (continued) and the household's code.
    CHECK(pages.at(1).contains(QStringLiteral("(续)")));
    CHECK(pages.at(1).contains(code));
    const QString all = pages.join(QString());
    CHECK(pages.at(0).contains(QString(4, QChar(0x5F20))));
    CHECK(pages.at(0).contains(QString(4, QChar(0x8DEF))));
    for (const QString &name : names)
        CHECK(all.contains(printed(name)));
    for (const QString &measure : measures)
        CHECK(all.contains(printed(measure)));
    // The signatures come once, at the end.
    CHECK(all.count(QStringLiteral("填写人:")) == 1);
    CHECK(pages.at(1).contains(QStringLiteral("填写人:")));
}

TEST_CASE("fupin-cli cards refuses in words and writes no file")
{
    CardsCounty c;
    const QString pdf = c.dir.filePath(QStringLiteral("refused.pdf"));
    SECTION("a village account asking for another village")
    {
        // The demo's village account works in the demo's first village.
        const Run own = c.cards(
            {QStringLiteral("--division"), c.village, QStringLiteral("--out"), pdf}, QStringLiteral("village"));
        const QString away = own.status == 0 ? c.otherVillage : c.village;
        QFile::remove(pdf);
        const Run run
            = c.cards({QStringLiteral("--division"), away, QStringLiteral("--out"), pdf}, QStringLiteral("village"));
        CHECK(run.status != 0);
        CHECK(run.err.contains(QStringLiteral("No cards can be printed")));
        // The village's own cards are logged, the refused ones not.
        CHECK(c.printLog() == (own.status == 0 ? c.households.size() : 0));
        return;
    }
    SECTION("the county file as the output")
    {
        const QString link = c.dir.filePath(QStringLiteral("county.pdf"));
        REQUIRE(QFile::link(c.db, link));
        const QByteArray before = digest(c.db);
        const Run run = c.cards({QStringLiteral("--division"), c.village, QStringLiteral("--out"), link});
        CHECK(run.status != 0);
        CHECK(digest(c.db) == before);
        return;
    }
    SECTION("an unknown household among known ones")
    {
        const Run run = c.cards({QStringLiteral("--household"), c.households.constFirst().code,
            QStringLiteral("9999999999999999"), QStringLiteral("--out"), pdf});
        CHECK(run.status != 0);
        CHECK(run.err.contains(QStringLiteral("9999999999999999")));
    }
    SECTION("both a division and households")
    {
        const Run run = c.cards({QStringLiteral("--division"), c.village, QStringLiteral("--household"),
            c.households.constFirst().code, QStringLiteral("--out"), pdf});
        CHECK(run.status != 0);
        CHECK(run.err.contains(QStringLiteral("--division")));
    }
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(QDir(c.dir.path()).entryList(QDir::Files).filter(QStringLiteral(".pdf")).isEmpty());
    // A refused print is not logged.
    CHECK(c.printLog() == 0);
}

namespace {

// What zbarimg (zbar-tools) reads from the first page of the PDF, rendered at 300 dpi by pdftoppm.
QString qrOnFirstPage(const QString &pdf, const QString &folder)
{
    const QString render = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    INFO("pdftoppm (poppler-utils) and zbarimg (zbar-tools) are needed to read the QR code back");
    REQUIRE_FALSE(render.isEmpty());
    REQUIRE_FALSE(zbar.isEmpty());
    const QString stem = QDir(folder).filePath(QStringLiteral("page"));
    QProcess p;
    p.start(render,
        {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
            QStringLiteral("1"), QStringLiteral("-singlefile"), QStringLiteral("-png"), pdf, stem});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    p.start(zbar, {QStringLiteral("--raw"), QStringLiteral("-q"), stem + QStringLiteral(".png")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// "W x H pts" of the PDF's first page and its page count, as pdfinfo reads them.
QString pdfInfo(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    REQUIRE_FALSE(tool.isEmpty());
    QProcess p;
    p.start(tool, {pdf});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("A card's QR code read back from the printed page carries the county code, the household code and the "
          "print number the print log gave it")
{
    CardsCounty c;
    const QString code = c.households.constFirst().code;
    const QString first = c.dir.filePath(QStringLiteral("first.pdf"));
    const QString again = c.dir.filePath(QStringLiteral("again.pdf"));
    for (const QString &pdf : {first, again}) {
        const Run run = c.cards({QStringLiteral("--household"), code, QStringLiteral("--out"), pdf,
                                    QStringLiteral("--year"), QStringLiteral("2025")},
            QStringLiteral("admin"), Chinese);
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
    }
    const QString payload = QStringLiteral("FUPIN-CARD;county=%1;household=%2;print=").arg(c.countyCode(), code);
    CHECK(qrOnFirstPage(first, c.dir.path()) == payload + QStringLiteral("1"));
    // A reprint is a new print, with the next number.
    CHECK(qrOnFirstPage(again, c.dir.path()) == payload + QStringLiteral("2"));
    CHECK(pdfPages(again).constFirst().contains(QStringLiteral("000002")));
    // Both prints are logged for the household, by the account that printed them.
    CHECK(c.printLog(QStringLiteral("household_id = (SELECT id FROM household WHERE code = '%1') AND updated_by = "
                                    "'admin' AND template = 'household' AND card_year = 2025")
                         .arg(code))
        == 2);
}

TEST_CASE("fupin-cli cards --layout a5 puts two card pages side by side on each A4 landscape sheet")
{
    CardsCounty c;
    const QString a4 = c.dir.filePath(QStringLiteral("a4.pdf"));
    const QString a5 = c.dir.filePath(QStringLiteral("a5.pdf"));
    for (const auto &[pdf, layout] : {std::pair{a4, QStringLiteral("a4")}, std::pair{a5, QStringLiteral("a5")}}) {
        const Run run = c.cards(
            {QStringLiteral("--division"), c.village, QStringLiteral("--out"), pdf, QStringLiteral("--layout"), layout},
            QStringLiteral("admin"), Chinese);
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
    }
    const int cardPages = int(pdfPages(a4).size());
    REQUIRE(cardPages >= c.households.size());
    const QString info = pdfInfo(a5);
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595(\\.\\d+)?"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg((cardPages + 1) / 2))));
    // Every household's code is on the sheets.
    const QString text = pdfPages(a5).join(QString());
    for (const Row &h : c.households)
        CHECK(text.contains(h.code));
    CHECK(c.printLog(QStringLiteral("layout = 'a5'")) == c.households.size());
}

TEST_CASE("fupin-cli cards --template income prints rows A to T with the per-capita income the register gives")
{
    CardsCounty c;
    const QString pdf = c.dir.filePath(QStringLiteral("income.pdf"));
    const Run run
        = c.cards({QStringLiteral("--division"), c.village, QStringLiteral("--out"), pdf, QStringLiteral("--year"),
                      QStringLiteral("2025"), QStringLiteral("--template"), QStringLiteral("income")},
            QStringLiteral("admin"), Chinese);
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    CHECK(c.printLog(QStringLiteral("template = 'income'")) == c.households.size());
    const QString text = pdfPages(pdf).join(u'\f');
    CHECK(text.contains(printed(QStringLiteral("收入明白卡"))));
    // pdftotext gives the formulas back without their spaces.
    for (const QString &formula : {QStringLiteral("K=L+M+N+P"), QStringLiteral("S=K−R"), QStringLiteral("T=S÷A")})
        CHECK(text.contains(formula));
    // T computed here from the stored columns, independently of the card: (all income − costs) ÷ size.
    auto opened = CountyDatabase::open(c.db, CountyDatabase::OpenMode::ReadOnly);
    REQUIRE(opened);
    QSqlQuery q(TestSql::of(*opened.value()));
    REQUIRE(q.exec(QStringLiteral(
        "SELECT i.household_size, i.wage_migrant + i.wage_welfare_job + i.op_crops + i.op_livestock + i.op_forestry + "
        "i.op_other + i.prop_dividend + i.prop_land_transfer + i.tr_family_planning + i.tr_subsistence + "
        "i.tr_extreme_support + i.tr_pension + i.tr_eco_compensation + i.tr_subsidies + i.tr_alimony + i.tr_insurance "
        "- i.op_costs FROM income i JOIN household h ON h.id = i.household_id JOIN division v ON v.id = h.village_id "
        "WHERE v.code = '%1' AND i.year = 2025 AND h.deleted_at IS NULL")
                       .arg(c.village)));
    int checked = 0;
    while (q.next()) {
        const qint64 size = q.value(0).toLongLong();
        const qint64 net = q.value(1).toLongLong();
        if (size <= 0 || net < 0)
            continue;
        const qint64 perCapita = (net + size / 2) / size;
        const QString yuan = QLocale(QLocale::English).toString(double(perCapita) / 100.0, 'f', 2);
        INFO(yuan.toStdString());
        CHECK(text.contains(yuan));
        ++checked;
    }
    CHECK(checked > 0);
}

TEST_CASE("fupin-cli cards --template policy numbers every measure and benefit since identification")
{
    CardsCounty c;
    const QString pdf = c.dir.filePath(QStringLiteral("policy.pdf"));
    const Run run = c.cards(
        {QStringLiteral("--household"), c.households.first().code, QStringLiteral("--out"), pdf,
            QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--template"), QStringLiteral("policy")},
        QStringLiteral("admin"), Chinese);
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    const QString text = pdfPages(pdf).join(u'\f');
    CHECK(text.contains(printed(QStringLiteral("政策明白卡"))));
    CHECK(text.contains(printed(QStringLiteral("政策标准"))));
    CHECK(text.contains(c.households.first().code));
    auto opened = CountyDatabase::open(c.db, CountyDatabase::OpenMode::ReadOnly);
    REQUIRE(opened);
    QSqlQuery q(TestSql::of(*opened.value()));
    REQUIRE(q.exec(QStringLiteral("SELECT b.amount_fen FROM household_benefit b JOIN household h ON h.id = "
                                  "b.household_id WHERE h.code = '%1' AND b.deleted_at IS NULL AND b.year >= "
                                  "coalesce(h.identification_year, 0) AND b.amount_fen > 0")
                       .arg(c.households.first().code)));
    while (q.next()) {
        const QString yuan = QLocale(QLocale::English).toString(q.value(0).toDouble() / 100.0, 'f', 2);
        INFO(yuan.toStdString());
        CHECK(text.contains(yuan));
    }
}

TEST_CASE("fupin-cli cards --template contact puts four cards on a sheet and their backs on the next page")
{
    CardsCounty c;
    const QString pdf = c.dir.filePath(QStringLiteral("contact.pdf"));
    const Run run
        = c.cards({QStringLiteral("--division"), c.village, QStringLiteral("--out"), pdf, QStringLiteral("--year"),
                      QStringLiteral("2025"), QStringLiteral("--template"), QStringLiteral("contact")},
            QStringLiteral("admin"), Chinese);
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    CHECK(c.printLog(QStringLiteral("template = 'contact'")) == c.households.size());
    const QStringList pages = pdfPages(pdf);
    const int sheets = int(c.households.size() + 3) / 4;
    REQUIRE(pages.size() == 2 * sheets);
    for (int i = 0; i < c.households.size(); ++i) {
        const Row &h = c.households.at(i);
        INFO(h.code.toStdString());
        const QString &front = pages.at(2 * (i / 4));
        const QString &back = pages.at(2 * (i / 4) + 1);
        CHECK(front.contains(h.code));
        CHECK(front.contains(printed(h.head)));
        if (!h.cadre.isEmpty())
            CHECK(back.contains(printed(h.cadre)));
        CHECK(back.contains(QStringLiteral("12317")));
    }
}
