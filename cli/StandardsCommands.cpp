// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandardsCommands.h"

#include "CommandRequest.h"

#include "common/Money.h"
#include "county/PovertyStandards.h"
#include "db/CountyDatabase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace {

using Context = CommandContext;

// A figure for a script: fen as an integer and yuan as a plain decimal (no thousands separators).
void putFigure(QJsonObject &o, const char *name, const std::optional<qint64> &fen, const QString &note)
{
    const QString key = QString::fromLatin1(name);
    if (!fen) {
        o.insert(key + QStringLiteral("_fen"), QJsonValue::Null);
        return;
    }
    o.insert(key + QStringLiteral("_fen"), *fen);
    o.insert(key + QStringLiteral("_yuan"), Money::fromFen(*fen).toEditString());
    o.insert(key + QStringLiteral("_note"), note);
}

QJsonObject yearObject(const PovertyStandards::YearFigures &y)
{
    QJsonObject o{{QStringLiteral("year"), y.year},
        {QStringLiteral("measured_against"),
            PovertyStandards::kindFor(y.year) == PovertyStandards::Kind::Line ? QStringLiteral("line")
                                                                              : QStringLiteral("threshold")}};
    putFigure(o, "line", y.lineFen, y.lineNote);
    putFigure(o, "threshold", y.thresholdFen, y.thresholdNote);
    return o;
}

int list(const Context &c)
{
    const Result<QStringList> positional = c.parseSubcommand({c.dbOption, CommandRequest::jsonOption()});
    if (!positional)
        return c.fail(positional.error());
    auto db = c.open(false);
    if (!db)
        return c.fail(db.error());
    const Result<QList<PovertyStandards::YearFigures>> years = PovertyStandards(*db.value()).all();
    if (!years)
        return c.fail(years.error());
    if (c.parser.isSet(CommandRequest::jsonOption())) {
        QJsonArray out;
        for (const PovertyStandards::YearFigures &y : years.value())
            out.append(yearObject(y));
        c.printJson(out);
        return 0;
    }
    c.out << StandardsCommands::tr("Year\tPoverty line (yuan)\tMonitoring threshold (yuan)\tNote") << Qt::endl;
    for (const PovertyStandards::YearFigures &y : years.value()) {
        const bool line = PovertyStandards::kindFor(y.year) == PovertyStandards::Kind::Line;
        c.out << y.year << '\t' << (y.lineFen ? Money::fromFen(*y.lineFen).toString() : QStringLiteral("-")) << '\t'
              << (y.thresholdFen ? Money::fromFen(*y.thresholdFen).toString() : QStringLiteral("-")) << '\t'
              << (line ? y.lineNote : y.thresholdNote) << Qt::endl;
    }
    return 0;
}

int set(const Context &c)
{
    const QCommandLineOption year(
        QStringLiteral("year"), StandardsCommands::tr("The year the figure is for."), QStringLiteral("year"));
    const QCommandLineOption line(QStringLiteral("line"),
        StandardsCommands::tr("The poverty line of a year up to 2020, in yuan per person a year."),
        QStringLiteral("yuan"));
    const QCommandLineOption threshold(QStringLiteral("threshold"),
        StandardsCommands::tr("The monitoring threshold of a year from 2021, in yuan per person a year."),
        QStringLiteral("yuan"));
    const QCommandLineOption note(QStringLiteral("note"),
        StandardsCommands::tr("Where the figure comes from (a province's notice)."), QStringLiteral("text"));
    const Result<QStringList> positional
        = c.parseSubcommand({c.dbOption, year, line, threshold, note, CommandRequest::jsonOption()});
    if (!positional)
        return c.fail(positional.error());
    bool ok = false;
    const int y = c.parser.value(year).toInt(&ok);
    if (!ok)
        return c.fail(StandardsCommands::tr("Give the year with --year Y."));
    if (c.parser.isSet(line) == c.parser.isSet(threshold))
        return c.fail(StandardsCommands::tr("Give either --line YUAN (up to 2020) or --threshold YUAN (from 2021)."));
    const bool isLine = c.parser.isSet(line);
    const Result<Money> amount = Money::parse(c.parser.value(isLine ? line : threshold));
    if (!amount)
        return c.fail(amount.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    PovertyStandards standards(*db.value());
    const PovertyStandards::Kind kind = isLine ? PovertyStandards::Kind::Line : PovertyStandards::Kind::Threshold;
    if (const Status s = standards.set(kind, y, amount->fen(), c.parser.value(note)); !s)
        return c.fail(s.error());
    if (c.parser.isSet(CommandRequest::jsonOption())) {
        for (const PovertyStandards::YearFigures &f : standards.all().value_or({})) {
            if (f.year == y)
                c.printJson(yearObject(f));
        }
        return 0;
    }
    c.out << (isLine ? StandardsCommands::tr("The poverty line of %1 is now %2 yuan per person a year.")
                     : StandardsCommands::tr("The monitoring threshold of %1 is now %2 yuan per person a year."))
                 .arg(y)
                 .arg(amount->toString())
          << Qt::endl;
    return 0;
}

} // namespace

QString StandardsCommands::usage()
{
    return tr("  standards list --db FILE [--json]                 the poverty line and monitoring threshold by year\n"
              "  standards set --db FILE --year Y --line|--threshold YUAN [--note TEXT] [--json]\n"
              "                                                    sets a year's line (to 2020) or threshold");
}

int StandardsCommands::standards(const CommandContext &c)
{
    const QString sub = c.arguments.value(1);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        (sub.isEmpty() ? c.err : c.out) << usage() << Qt::endl;
        return sub.isEmpty() ? 1 : 0;
    }
    const QHash<QString, int (*)(const Context &)> subcommands{
        {QStringLiteral("list"), list},
        {QStringLiteral("set"), set},
    };
    const auto run = subcommands.value(sub);
    if (!run)
        return c.fail(tr("Unknown standards command \"%1\".").arg(sub) + u'\n' + usage());
    return run(c);
}
