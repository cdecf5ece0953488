// SPDX-License-Identifier: GPL-3.0-or-later
// A printed table over several pages, read back from the PDF with pdftotext (poppler-utils): every
// row whole on one page, the header on every page the table runs onto.
#include "DocumentPrinter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

// The text of each page of the PDF (pdftotext ends each page with a form feed).
QStringList pageTexts(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext (poppler-utils) is needed to read the PDF back");
    REQUIRE_FALSE(tool.isEmpty());
    QProcess p;
    p.start(tool, {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// A row's marker in letters only: pdftotext does not give back digits set between Latin letters in
// Noto Sans CJK SC, and f, i and l would make ligatures.
QString marker(char end, int n)
{
    static const QString letters = QStringLiteral("abcdeghjkmnopqrstuvwxyz");
    return QLatin1Char(end) + QStringLiteral("kq") + letters.at(n / letters.size()) + letters.at(n % letters.size())
        + u'k';
}

} // namespace

TEST_CASE("DocumentPrinter keeps table rows whole on one page and repeats the header on every page")
{
    PrintContent content;
    content.add(PrintBlock::Type::Title, QStringLiteral("Rows over several pages"));
    content.add(PrintBlock::Type::Paragraph, QStringLiteral("A table long enough for several A4 pages."));
    PrintTable t;
    t.caption = QStringLiteral("Captionline");
    t.header = {QStringLiteral("Number"), QStringLiteral("Headertext"), QStringLiteral("Amount")};
    t.widthPercent = {10, 30, 60};
    t.alignRight = {false, false, true};
    // Rows of one to five lines, so that page ends fall inside rows; each row's first and last words
    // are its markers.
    const QString words = QStringLiteral(" lorem ipsum dolor sit amet consectetur");
    for (int n = 0; n < 160; ++n) {
        const QString filler = words.repeated(n % 5);
        t.rows.append(
            {QString::number(n + 1), marker('S', n) + filler + u' ' + marker('E', n), QStringLiteral("1.00")});
    }
    t.totalRow = {QStringLiteral("Total"), QString(), QStringLiteral("160.00")};
    content.add(t);
    content.add(PrintBlock::Type::RightLine, QStringLiteral("Signed"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("rows.pdf"));
    const Status written = DocumentPrinter::writePdf(content, pdf);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    const QStringList pages = pageTexts(pdf);
    REQUIRE(pages.size() >= 4);

    const auto pageOf = [&](const QString &marker) {
        int found = -1;
        for (int p = 0; p < pages.size(); ++p) {
            if (pages.at(p).contains(marker)) {
                CHECK(found == -1); // once only
                found = p;
            }
        }
        return found;
    };
    QList<int> pagesWithRows;
    for (int n = 0; n < 160; ++n) {
        const int start = pageOf(marker('S', n));
        const int end = pageOf(marker('E', n));
        INFO("row " << n + 1);
        REQUIRE(start >= 0);
        CHECK(start == end);
        if (!pagesWithRows.contains(start))
            pagesWithRows.append(start);
    }
    CHECK(pagesWithRows.size() >= 4);
    CHECK(pagesWithRows.size() >= pages.size() - 1); // no page left blank by a moved row
    for (int p : std::as_const(pagesWithRows)) {
        INFO("page " << p + 1);
        CHECK(pages.at(p).contains(QStringLiteral("Headertext")));
        CHECK(pages.at(p).contains(QStringLiteral("Captionline")));
        CHECK(pages.at(p).contains(QStringLiteral("Page"))); // its number at the foot
    }
}

// Issue 21: in the benefits notice the last digit of a masked ID and row numbers from 10 up wrapped
// onto a second line, the columns being fixed shares of the page. Columns are sized to their
// content: a row number, an ID and an amount stay whole on one line.
TEST_CASE("DocumentPrinter sizes columns to their content so that IDs and row numbers never wrap")
{
    PrintContent content;
    content.add(PrintBlock::Type::Title, QStringLiteral("Benefits"));
    PrintTable t;
    // The benefits notice's columns and their shares of the page (PublicNotices::fillBenefits).
    t.header = {QStringLiteral("No."), QStringLiteral("Villager group"), QStringLiteral("Head of household"),
        QStringLiteral("Resident ID"), QStringLiteral("Household size"), QStringLiteral("Policy"),
        QStringLiteral("Amount (yuan)")};
    t.widthPercent = {5, 12, 11, 20, 8, 31, 13};
    t.alignRight = {false, false, false, false, true, false, true};
    QStringList ids;
    for (int n = 0; n < 120; ++n) {
        ids << QStringLiteral("522633********%1").arg(1000 + n * 7);
        t.rows.append({QString::number(n + 1), QStringLiteral("三组"), QStringLiteral("韦勇发"), ids.last(),
            QString::number(n % 9 + 1),
            n % 3 ? QStringLiteral("Subsistence allowance (低保)") : QStringLiteral("Ecological compensation"),
            QStringLiteral("12,140.00")});
    }
    content.add(t);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("benefits.pdf"));
    REQUIRE(DocumentPrinter::writePdf(content, pdf).ok());
    const QString text = pageTexts(pdf).join(u'\n');
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    for (int n = 0; n < 120; ++n) {
        INFO("row " << n + 1);
        CHECK(text.contains(ids.at(n))); // the whole ID on one line
        // The row number too: a line of its own, or the start of one (pdftotext joins it to the group).
        const QString number = QString::number(n + 1);
        CHECK(std::any_of(lines.cbegin(), lines.cend(),
            [&](const QString &line) { return line == number || line.startsWith(number + u' '); }));
    }
    CHECK(text.count(QStringLiteral("12,140.00")) == 120);
}
