// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForcesCommands.h"
#include "ForcesWriteCommands.h"

#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "forces/AssistanceForces.h"
#include "forces/ForcesLists.h"
#include "register/HouseholdLookup.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

using Context = ForcesCommands::Context;

const QCommandLineOption JsonOutput(QStringLiteral("json"), ForcesCommands::tr("Print JSON instead of text."));

int fail(const Context &c, const QString &message)
{
    c.err << message << Qt::endl;
    return 1;
}

bool parse(const Context &c, const QList<QCommandLineOption> &options)
{
    c.parser.addOption(c.dbOption);
    c.parser.addOption(JsonOutput);
    c.parser.addOptions(options);
    return c.parser.parse(c.arguments);
}

void printJson(const Context &c, const QJsonArray &rows)
{
    c.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    c.out.flush();
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

int ForcesCommands::units(const Context &c)
{
    if (ForcesWriteCommands::handles(QStringLiteral("units"), c.arguments.value(1)))
        return ForcesWriteCommands::run(QStringLiteral("units"), c);
    if (!parse(c, {}))
        return fail(c, c.parser.errorText());
    auto db = c.open(false);
    if (!db)
        return fail(c, db.error());
    const auto units = ForcesLists(*db.value()).units();
    if (!units)
        return fail(c, units.error());
    const CodeLists codes(*db.value());
    QJsonArray rows;
    for (const ForcesLists::Unit &u : units.value()) {
        if (c.parser.isSet(JsonOutput))
            rows.append(QJsonObject{{QStringLiteral("id"), u.id}, {QStringLiteral("name"), u.name},
                {QStringLiteral("form"), u.formCode}, {QStringLiteral("level"), u.levelCode},
                {QStringLiteral("pairedRegion"), u.pairedRegion}, {QStringLiteral("contact"), u.contactPerson},
                {QStringLiteral("phone"), u.contactPhone}, {QStringLiteral("cadres"), u.cadres},
                {QStringLiteral("active"), u.active}});
        else
            c.out << u.id << '\t' << u.name << '\t' << codes.name(CodeList::AssistanceForm, u.formCode) << '\t'
                  << codes.name(CodeList::UnitLevel, u.levelCode) << '\t' << u.cadres << '\t'
                  << (u.active ? tr("active") : tr("inactive")) << Qt::endl;
    }
    if (c.parser.isSet(JsonOutput))
        printJson(c, rows);
    return 0;
}

namespace {

QJsonObject cadreJson(const ForcesLists::Cadre &r)
{
    return {{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name}, {QStringLiteral("unit"), r.unit},
        {QStringLiteral("post"), r.post}, {QStringLiteral("rank"), r.rank}, {QStringLiteral("phone"), r.phone},
        {QStringLiteral("households"), r.households}, {QStringLiteral("cap"), r.cap},
        {QStringLiteral("firstSecretary"), r.firstSecretary}, {QStringLiteral("active"), r.active}};
}

} // namespace

int ForcesCommands::cadres(const Context &c)
{
    if (ForcesWriteCommands::handles(QStringLiteral("cadres"), c.arguments.value(1)))
        return ForcesWriteCommands::run(QStringLiteral("cadres"), c);
    const QCommandLineOption search(QStringLiteral("search"),
        tr("Only cadres whose name, phone, ID number, unit or "
           "post contains TEXT."),
        QStringLiteral("text"));
    if (!parse(c, {search}))
        return fail(c, c.parser.errorText());
    auto db = c.open(false);
    if (!db)
        return fail(c, db.error());
    const auto cadres = ForcesLists(*db.value()).cadres(c.parser.value(search));
    if (!cadres)
        return fail(c, cadres.error());
    QJsonArray rows;
    for (const ForcesLists::Cadre &r : cadres.value()) {
        if (c.parser.isSet(JsonOutput))
            rows.append(cadreJson(r));
        else
            c.out << r.id << '\t' << r.name << '\t' << r.unit << '\t' << r.rank << '\t' << r.phone << '\t'
                  << r.households << '/' << r.cap << Qt::endl;
    }
    if (c.parser.isSet(JsonOutput))
        printJson(c, rows);
    return 0;
}

int ForcesCommands::pairings(const Context &c)
{
    const QCommandLineOption unassigned(
        QStringLiteral("unassigned"), tr("Households without a current responsible cadre."));
    const QCommandLineOption overCap(QStringLiteral("over-cap"), tr("Cadres holding more households than their cap."));
    if (!parse(c, {unassigned, overCap}))
        return fail(c, c.parser.errorText());
    auto db = c.open(false);
    if (!db)
        return fail(c, db.error());
    const ForcesLists lists(*db.value());
    const bool json = c.parser.isSet(JsonOutput);
    QJsonArray rows;
    if (c.parser.isSet(overCap)) {
        const auto cadres = lists.overCap();
        if (!cadres)
            return fail(c, cadres.error());
        for (const ForcesLists::Cadre &r : cadres.value()) {
            if (json)
                rows.append(cadreJson(r));
            else
                c.out << r.id << '\t' << r.name << '\t' << r.rank << '\t' << r.households << '/' << r.cap << Qt::endl;
        }
    } else if (c.parser.isSet(unassigned)) {
        const auto households = lists.unpaired();
        if (!households)
            return fail(c, households.error());
        for (const ForcesLists::Household &h : households.value()) {
            if (json)
                rows.append(QJsonObject{{QStringLiteral("code"), h.code}, {QStringLiteral("head"), h.headName},
                    {QStringLiteral("village"), h.village}});
            else
                c.out << h.code << '\t' << h.headName << '\t' << h.village << Qt::endl;
        }
    } else {
        // Every cadre with their load: the pairings at a glance.
        const auto cadres = lists.cadres();
        if (!cadres)
            return fail(c, cadres.error());
        for (const ForcesLists::Cadre &r : cadres.value()) {
            if (r.households == 0)
                continue;
            if (json)
                rows.append(cadreJson(r));
            else
                c.out << r.id << '\t' << r.name << '\t' << r.households << '/' << r.cap << Qt::endl;
        }
    }
    if (json)
        printJson(c, rows);
    return 0;
}

int ForcesCommands::pair(const Context &c)
{
    const QCommandLineOption cadre(
        QStringLiteral("cadre"), tr("The cadre's number or phone."), QStringLiteral("cadre"));
    const QCommandLineOption households(
        QStringLiteral("household"), tr("A household code; give it once per household."), QStringLiteral("code"));
    const QCommandLineOption from(
        QStringLiteral("date"), tr("The day the pairing starts (default today)."), QStringLiteral("yyyy-mm-dd"));
    const QCommandLineOption reason(
        QStringLiteral("reason"), tr("Why the cadre may go over their cap."), QStringLiteral("text"));
    if (!parse(c, {cadre, households, from, reason}))
        return fail(c, c.parser.errorText());
    QDate day = QDate::currentDate();
    if (c.parser.isSet(from)) {
        day = QDate::fromString(c.parser.value(from), Qt::ISODate);
        if (!day.isValid())
            return fail(c, tr("%1 is not a date; write it as 2024-03-01.").arg(c.parser.value(from)));
    }
    const QStringList codes = c.parser.values(households) + c.parser.positionalArguments();
    if (!c.parser.isSet(cadre) || codes.isEmpty())
        return fail(c, tr("Give the cadre with --cadre and the households with --household CODE."));
    auto db = c.open(true);
    if (!db)
        return fail(c, db.error());
    const Result<qint64> cadreId = ForcesLists(*db.value()).cadreByIdOrPhone(c.parser.value(cadre));
    if (!cadreId)
        return fail(c, cadreId.error());
    QList<qint64> ids;
    const HouseholdLookup lookup(*db.value());
    for (const QString &code : codes) {
        const Result<qint64> id = lookup.idOfCode(code);
        if (!id)
            return fail(c, id.error());
        ids << id.value();
    }
    if (const Status s = AssistanceForces(*db.value()).pairMany(ids, cadreId.value(), day, c.parser.value(reason)); !s)
        return fail(c, s.error());
    c.out << tr("%n household(s) paired.", nullptr, int(ids.size())) << Qt::endl;
    return 0;
}

int ForcesCommands::visits(const Context &c)
{
    if (ForcesWriteCommands::handles(QStringLiteral("visits"), c.arguments.value(1)))
        return ForcesWriteCommands::run(QStringLiteral("visits"), c);
    const QCommandLineOption since(
        QStringLiteral("since"), tr("Only visits on or after this day."), QStringLiteral("yyyy-mm-dd"));
    if (!parse(c, {since}))
        return fail(c, c.parser.errorText());
    QDate day;
    if (c.parser.isSet(since)) {
        day = QDate::fromString(c.parser.value(since), Qt::ISODate);
        if (!day.isValid())
            return fail(c, tr("%1 is not a date; write it as 2024-03-01.").arg(c.parser.value(since)));
    }
    auto db = c.open(false);
    if (!db)
        return fail(c, db.error());
    const auto visits = ForcesLists(*db.value()).visits(day);
    if (!visits)
        return fail(c, visits.error());
    QJsonArray rows;
    for (const ForcesLists::VisitRow &v : visits.value()) {
        if (c.parser.isSet(JsonOutput))
            rows.append(
                QJsonObject{{QStringLiteral("date"), date(v.date)}, {QStringLiteral("household"), v.householdCode},
                    {QStringLiteral("cadre"), v.cadre}, {QStringLiteral("findings"), v.findings},
                    {QStringLiteral("actions"), v.actions}, {QStringLiteral("followUp"), date(v.followUp)}});
        else
            c.out << date(v.date) << '\t' << v.householdCode << '\t' << v.cadre << '\t' << v.findings << Qt::endl;
    }
    if (c.parser.isSet(JsonOutput))
        printJson(c, rows);
    return 0;
}

QString ForcesCommands::usage()
{
    return tr("  units --db FILE [--json]                          assistance units\n"
              "  cadres --db FILE [--search TEXT] [--json]         cadres with their households and cap\n"
              "  pairings --db FILE [--unassigned] [--over-cap] [--json]\n"
              "                                                    households without a cadre, cadres over the cap\n"
              "  pair --db FILE --cadre ID_OR_PHONE --household CODE... [--date D] [--reason TEXT]\n"
              "                                                    pair households with a responsible cadre\n"
              "  visits --db FILE [--since DATE] [--json]          visits, newest first")
        + u'\n' + ForcesWriteCommands::usage();
}
