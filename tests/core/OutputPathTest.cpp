// SPDX-License-Identifier: GPL-3.0-or-later
// Where output may go (OutputPath): never over the file being read, a county file or one of its
// companions, nor through a link onto one; an ordinary new file is fine.
#include "files/OutputPath.h"
#include "db/CountyDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <unistd.h>

namespace {

QString makeCounty(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
    REQUIRE(db);
    REQUIRE(db.value()->initialize(QStringLiteral("522633"), QStringLiteral("从江县")));
    return path;
}

void refused(const QString &out, const QStringList &inputs, const QString &names)
{
    const Status s = OutputPath::check(out, inputs);
    INFO(out.toStdString() << ": " << s.error().toStdString());
    REQUIRE_FALSE(s);
    CHECK(s.error().contains(names));
    CHECK((s.error().contains(QStringLiteral("Nothing was written")) || s.error().contains(QStringLiteral("folder"))));
}

} // namespace

TEST_CASE("output is refused over the county, its companions, another county and through links onto them", "[output]")
{
    QTemporaryDir dir;
    const QString county = makeCounty(dir, QStringLiteral("county.pdf"));
    const QString other = makeCounty(dir, QStringLiteral("other.fupin"));
    const QStringList reading{county};

    CHECK(OutputPath::check(dir.filePath(QStringLiteral("notice.pdf")), reading));
    refused(county, reading, QDir::toNativeSeparators(county));
    refused(dir.filePath(QStringLiteral("sub/../county.pdf")), reading, QStringLiteral("county.pdf"));
    refused(other, reading, QStringLiteral("other.fupin"));
    refused(county + QStringLiteral("-wal"), reading, QStringLiteral("county.pdf"));
    refused(other + QStringLiteral("-shm"), reading, QStringLiteral("other.fupin"));
    refused(dir.path(), reading, QStringLiteral("folder"));

    // Links: onto the county, onto another county, a dangling one onto the county's journal, a
    // chain of two, and a folder link.
    const QString link = dir.filePath(QStringLiteral("link.pdf"));
    REQUIRE(QFile::link(county, link));
    refused(link, reading, QStringLiteral("link.pdf"));
    CHECK(OutputPath::check(link, reading).error().contains(QStringLiteral("county.pdf")));
    const QString toOther = dir.filePath(QStringLiteral("other.pdf"));
    REQUIRE(::symlink("other.fupin", QFile::encodeName(toOther).constData()) == 0); // relative
    refused(toOther, reading, QStringLiteral("other.pdf"));
    const QString dangling = dir.filePath(QStringLiteral("journal.pdf"));
    REQUIRE(QFile::link(county + QStringLiteral("-journal"), dangling));
    refused(dangling, reading, QStringLiteral("journal.pdf"));
    const QString chain = dir.filePath(QStringLiteral("chain.pdf"));
    REQUIRE(QFile::link(link, chain));
    refused(chain, reading, QStringLiteral("chain.pdf"));
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("real"))));
    REQUIRE(QFile::link(dir.path(), dir.filePath(QStringLiteral("real/up"))));
    refused(dir.filePath(QStringLiteral("real/up/county.pdf")), reading, QStringLiteral("county.pdf"));

    // A hard link is the same file under another name.
    const QString hard = dir.filePath(QStringLiteral("hard.pdf"));
    REQUIRE(::link(QFile::encodeName(county).constData(), QFile::encodeName(hard).constData()) == 0);
    refused(hard, reading, QStringLiteral("hard.pdf"));

    // A file being read that is not a county (an import) is protected too.
    const QString input = dir.filePath(QStringLiteral("h.json"));
    {
        QFile f(input);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{}");
    }
    refused(input, {input}, QStringLiteral("h.json"));
    CHECK(OutputPath::check(input, {}));
    // A link onto an ordinary file that is not being read may be written through.
    const QString toInput = dir.filePath(QStringLiteral("to-input.pdf"));
    REQUIRE(QFile::link(input, toInput));
    CHECK(OutputPath::check(toInput, {county}));
}
