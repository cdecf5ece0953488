// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessCommands.h"

#include "db/CountyDatabase.h"
#include "progress/BulkAssessment.h"
#include "register/RegisterYear.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace {

using Condition = ExitAssessment::Condition;

// A condition as a script names it.
QString conditionKey(Condition c)
{
    switch (c) {
    case Condition::Income:
        return QStringLiteral("income");
    case Condition::Food:
        return QStringLiteral("food");
    case Condition::Clothing:
        return QStringLiteral("clothing");
    case Condition::Education:
        return QStringLiteral("education");
    case Condition::Medical:
        return QStringLiteral("medical");
    case Condition::Housing:
        return QStringLiteral("housing");
    case Condition::Water:
        return QStringLiteral("water");
    case Condition::Measure:
        return QStringLiteral("measure");
    case Condition::HalfYear:
        return QStringLiteral("half_year");
    case Condition::Labour:
        return QStringLiteral("labour");
    }
    return {};
}

} // namespace

QString AssessCommands::usage()
{
    return tr("  assess --db FILE --year Y [--division CODE] [--kind exit|elimination] [--json]\n"
              "                                                    exit assessment or risk elimination of every "
              "household");
}

int AssessCommands::assess(const CommandContext &c)
{
    const QCommandLineOption yearOption(
        QStringLiteral("year"), tr("The year assessed, as its status history stood then."), QStringLiteral("year"));
    const QCommandLineOption divisionOption(QStringLiteral("division"),
        tr("The code of the township, village or group (default: the county)."), QStringLiteral("code"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
        tr("exit (households not yet out of poverty) or elimination (monitored households); default exit."),
        QStringLiteral("kind"), QStringLiteral("exit"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON instead of text."));
    c.parser.addOptions({c.dbOption, yearOption, divisionOption, kindOption, jsonOption});
    if (!c.parser.parse(c.arguments))
        return c.fail(c.parser.errorText());
    if (!c.parser.isSet(yearOption))
        return c.fail(tr("Give the year to assess with --year Y."));
    const Result<int> year = RegisterYear::parse(c.parser.value(yearOption));
    if (!year)
        return c.fail(QStringLiteral("--year: ") + year.error());
    const std::optional<BulkAssessment::Kind> kind = BulkAssessment::kindOfWord(c.parser.value(kindOption));
    if (!kind)
        return c.fail(
            tr("\"%1\" is not a kind of assessment; give --kind exit or elimination.").arg(c.parser.value(kindOption)));

    auto db = c.open(false);
    if (!db)
        return c.fail(db.error());
    const Result<BulkAssessment::Request> request
        = BulkAssessment::prepare(*db.value(), year.value(), *kind, c.parser.value(divisionOption));
    if (!request)
        return c.fail(request.error());
    const Result<BulkAssessment::Report> report = BulkAssessment::run(*db.value(), request.value());
    if (!report)
        return c.fail(report.error());
    const BulkAssessment::Report &r = report.value();
    const QList<BulkAssessment::ConditionTotal> totals = r.totals();

    if (c.parser.isSet(jsonOption)) {
        QJsonArray households;
        for (const HouseholdAssessment &a : r.households) {
            QJsonArray unmet;
            for (const ExitAssessment::Finding &f : a.result.findings) {
                if (!f.met)
                    unmet.append(QJsonObject{
                        {QStringLiteral("condition"), conditionKey(f.condition)}, {QStringLiteral("text"), f.text}});
            }
            households.append(QJsonObject{{QStringLiteral("code"), a.code}, {QStringLiteral("head"), a.head},
                {QStringLiteral("met"), a.result.met()}, {QStringLiteral("unmet"), unmet}});
        }
        QJsonArray byCondition;
        for (const BulkAssessment::ConditionTotal &t : totals)
            byCondition.append(QJsonObject{{QStringLiteral("condition"), conditionKey(t.condition)},
                {QStringLiteral("name"), t.name}, {QStringLiteral("unmet"), t.unmet}});
        c.printJson(
            QJsonObject{{QStringLiteral("year"), r.year}, {QStringLiteral("kind"), BulkAssessment::word(r.kind)},
                {QStringLiteral("date"), r.date.toString(Qt::ISODate)}, {QStringLiteral("division"), r.divisionName},
                {QStringLiteral("households"), households}, {QStringLiteral("assessed"), int(r.households.size())},
                {QStringLiteral("met"), r.met()}, {QStringLiteral("totals"), byCondition}});
        return 0;
    }

    for (const HouseholdAssessment &a : r.households) {
        c.out << a.code << '\t' << a.head << '\t';
        if (a.result.met())
            c.out << tr("meets every condition");
        else
            c.out << a.result.unmet().join(u' ');
        c.out << Qt::endl;
    }
    c.out << Qt::endl
          << tr("%1, %2, %3 (judged on %4): %n household(s) assessed", nullptr, int(r.households.size()))
                 .arg(BulkAssessment::kindName(r.kind), r.divisionName)
                 .arg(r.year)
                 .arg(r.date.toString(Qt::ISODate))
          << ", " << tr("%n meet every condition.", nullptr, r.met()) << Qt::endl;
    for (const BulkAssessment::ConditionTotal &t : totals)
        c.out << "  " << t.name << '\t' << tr("%n household(s) not met", nullptr, t.unmet) << Qt::endl;
    return 0;
}
