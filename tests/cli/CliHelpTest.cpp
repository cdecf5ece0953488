// SPDX-License-Identifier: GPL-3.0-or-later
// Every command and subcommand that `fupin-cli --help` lists answers --help with its usage,
// without running: no county file is needed, none is created.
#include "CliRun.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

// "  ledger --db FILE ...", "  users list --db ...", "  household SUBCOMMAND ...": a command (and a
// subcommand, or several as "deactivate|activate") at the start of a usage line, followed by an
// option, a placeholder or a bracket. Description lines below them are indented deeper.
const QRegularExpression CommandLine(
    QStringLiteral("^  ([a-z][a-z-]*)(?: ([a-z][a-z|-]*|SUBCOMMAND))? +(?:--|[A-Z[])"));
const QRegularExpression SubcommandLine(QStringLiteral("^  ([a-z][a-z|-]*) +(?:--|[A-Z[])"));

// The commands of a usage text as {command, subcommand} pairs; "SUBCOMMAND" for a group.
QList<QStringList> listed(const QString &text, const QRegularExpression &pattern)
{
    QList<QStringList> found;
    for (const QString &line : text.split(u'\n')) {
        const QRegularExpressionMatch m = pattern.match(line);
        if (!m.hasMatch())
            continue;
        const QStringList subs = m.captured(2).isEmpty() ? QStringList{QString()} : m.captured(2).split(u'|');
        for (const QString &sub : subs)
            found << QStringList{m.captured(1), sub};
    }
    return found;
}

} // namespace

TEST_CASE("every fupin-cli command and subcommand answers --help with its usage")
{
    QTemporaryDir dir;
    const Run top = cli({QStringLiteral("--help")});
    REQUIRE(top.status == 0);
    QList<QStringList> commands = listed(top.out, CommandLine);
    // The groups list their subcommands in their own help.
    QStringList groups;
    for (const QStringList &c : std::as_const(commands)) {
        if (c.at(1) != QLatin1String("SUBCOMMAND"))
            continue;
        groups << c.at(0);
        const Run group = cli({c.at(0), QStringLiteral("--help")});
        INFO(c.at(0).toStdString() << " --help: " << group.err.toStdString());
        REQUIRE(group.status == 0);
        for (const QStringList &sub : listed(group.out, SubcommandLine))
            commands << QStringList{c.at(0), sub.at(0)};
    }
    // A command listed only with its subcommands ("users list") answers on its own too.
    for (const QStringList &c : QList<QStringList>(commands))
        commands << QStringList{c.at(0), QString()};
    QList<QStringList> unique;
    for (const QStringList &c : std::as_const(commands)) {
        if (!unique.contains(c))
            unique << c;
    }
    commands = unique;
    // What the project has today; a command added later is walked too.
    CHECK(commands.size() >= 30);
    CHECK(groups.contains(QStringLiteral("household")));
    for (const char *expected : {"ledger", "loans", "demo", "validate", "check-id", "notice"})
        CHECK(commands.contains(QStringList{QLatin1String(expected), QString()}));
    CHECK(commands.contains(QStringList{QStringLiteral("household"), QStringLiteral("show")}));
    CHECK(commands.contains(QStringList{QStringLiteral("users"), QStringLiteral("list")}));

    const QString db = dir.filePath(QStringLiteral("never.fupin"));
    for (const QStringList &c : std::as_const(commands)) {
        QStringList arguments{c.at(0)};
        if (!c.at(1).isEmpty() && c.at(1) != QLatin1String("SUBCOMMAND"))
            arguments << c.at(1);
        // Given with the other arguments a script would pass: --help wins, nothing is opened.
        for (const QStringList &tail :
            {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("--db"), db, QStringLiteral("-h")}}) {
            const Run help = cli(arguments + tail);
            INFO("fupin-cli " << (arguments + tail).join(u' ').toStdString() << "\nout: " << help.out.toStdString()
                              << "\nerr: " << help.err.toStdString());
            CHECK(help.status == 0);
            CHECK(help.err.isEmpty());
            CHECK(help.out.startsWith(QStringLiteral("Usage")));
            for (const QString &word : arguments)
                CHECK(help.out.contains(word));
        }
    }
    CHECK_FALSE(QFile::exists(db));
    CHECK(QDir(dir.path()).isEmpty());
}

TEST_CASE("a command's --help lists its options with their descriptions")
{
    const Run ledger = cli({QStringLiteral("ledger"), QStringLiteral("--help")});
    REQUIRE(ledger.status == 0);
    CHECK(ledger.out.contains(QStringLiteral("fupin-cli ledger --db FILE")));
    CHECK(ledger.out.contains(QStringLiteral("--as-of <date>")));
    CHECK(ledger.out.contains(QStringLiteral("Only this fund source.")));
    CHECK_FALSE(ledger.out.contains(QStringLiteral("fupin-cli projects")));

    const Run show = cli({QStringLiteral("household"), QStringLiteral("show"), QStringLiteral("--help")});
    REQUIRE(show.status == 0);
    CHECK(show.out.contains(QStringLiteral("fupin-cli household show CODE")));
    CHECK(show.out.contains(QStringLiteral("--json")));
    CHECK_FALSE(show.out.contains(QStringLiteral("search TEXT")));

    // The whole list stays where it was.
    const Run all = cli({QStringLiteral("--help")});
    CHECK(all.status == 0);
    CHECK(all.out.contains(QStringLiteral("ledger --db FILE")));
}
