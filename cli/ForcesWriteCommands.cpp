// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForcesWriteCommands.h"

#include "CommandRequest.h"

#include "common/Money.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "forces/AssistanceForces.h"
#include "forces/AssistanceRecords.h"
#include "forces/ForcesKinds.h"
#include "forces/ForcesLists.h"
#include "register/HouseholdLookup.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace {

using Context = CommandContext;
using County = std::unique_ptr<CountyDatabase>;

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QCommandLineOption option(const char *name, const QString &description, const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), description);
}

// Parses the subcommand's options (with --db, --input and --json) and reads the request.
Result<CommandRequest> request(const Context &c, QList<QCommandLineOption> options)
{
    options << c.dbOption << CommandRequest::inputOption() << CommandRequest::jsonOption();
    const Result<QStringList> positional = c.parseSubcommand(options);
    if (!positional)
        return Result<CommandRequest>::failure(positional.error());
    if (!positional->isEmpty())
        return Result<CommandRequest>::failure(
            ForcesWriteCommands::tr("Unexpected argument \"%1\".").arg(positional->first()));
    return CommandRequest::read(c, options);
}

// What a write prints: its record as JSON, or a sentence.
int done(const Context &c, const CommandRequest &r, const QJsonObject &record, const QString &sentence)
{
    if (r.json())
        c.printJson(record);
    else
        c.out << sentence << Qt::endl;
    return 0;
}

Result<qint64> householdOf(CountyDatabase &db, const CommandRequest &r)
{
    if (!r.has(QStringLiteral("household")) || r.text(QStringLiteral("household")).trimmed().isEmpty())
        return Result<qint64>::failure(ForcesWriteCommands::tr("Give the household's code with --household CODE."));
    return HouseholdLookup(db).idOfCode(r.text(QStringLiteral("household")).trimmed());
}

// The cadre named by number or phone; 0 when not given and not required.
Result<qint64> cadreOf(CountyDatabase &db, const QString &text, bool required)
{
    if (text.trimmed().isEmpty()) {
        if (required)
            return Result<qint64>::failure(ForcesWriteCommands::tr("Give the cadre with --cadre ID_OR_PHONE."));
        return qint64(0);
    }
    return ForcesLists(db).cadreByIdOrPhone(text.trimmed());
}

// Sets a text field when the request gives it (an edit keeps what is not given).
void set(const CommandRequest &r, const char *name, QString &field)
{
    if (r.has(QString::fromLatin1(name)))
        field = r.text(QString::fromLatin1(name)).trimmed();
}

// ----- units -----

QJsonObject unitJson(const AssistanceUnit &u)
{
    return {{QStringLiteral("id"), u.meta.id}, {QStringLiteral("revision"), u.meta.revision},
        {QStringLiteral("name"), u.name}, {QStringLiteral("form"), u.formCode}, {QStringLiteral("level"), u.levelCode},
        {QStringLiteral("paired-region"), u.pairedRegion}, {QStringLiteral("ownership"), u.ownership},
        {QStringLiteral("contact"), u.contactPerson}, {QStringLiteral("phone"), u.contactPhone},
        {QStringLiteral("active"), u.active}};
}

int saveUnit(const Context &c, bool editing)
{
    QList<QCommandLineOption> options{
        option("name", ForcesWriteCommands::tr("The unit's name."), "text"),
        option("form", ForcesWriteCommands::tr("The form of assistance (assistance_form code)."), "code"),
        option("level", ForcesWriteCommands::tr("The unit's level (unit_level code)."), "code"),
        option("paired-region", ForcesWriteCommands::tr("East–West cooperation: the paired province or city."), "text"),
        option("ownership", ForcesWriteCommands::tr("Enterprise assistance: state or private."), "word"),
        option("contact", ForcesWriteCommands::tr("The contact person."), "name"),
        option("phone", ForcesWriteCommands::tr("The contact's phone."), "phone"),
    };
    if (editing)
        options << option("id", ForcesWriteCommands::tr("The unit's number."), "id");
    const auto r = request(c, options);
    if (!r)
        return c.fail(r.error());
    const Result<qint64> id = editing ? r->id(QStringLiteral("id")) : Result<qint64>(qint64(0));
    if (!id)
        return c.fail(id.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    AssistanceUnit u;
    if (editing) {
        Result<AssistanceUnit> loaded = AssistanceUnitRepository(*db.value()).load(id.value());
        if (!loaded)
            return c.fail(loaded.error());
        u = loaded.value();
    }
    set(r.value(), "name", u.name);
    set(r.value(), "form", u.formCode);
    set(r.value(), "level", u.levelCode);
    set(r.value(), "paired-region", u.pairedRegion);
    set(r.value(), "ownership", u.ownership);
    set(r.value(), "contact", u.contactPerson);
    set(r.value(), "phone", u.contactPhone);
    const Result<qint64> saved = AssistanceForces(*db.value()).saveUnit(u);
    if (!saved)
        return c.fail(saved.error());
    return done(
        c, r.value(), unitJson(u), ForcesWriteCommands::tr("Saved unit %1 (%2).").arg(saved.value()).arg(u.name));
}

// Marks a unit or a cadre active or inactive.
int setActive(const Context &c, bool unit, bool active)
{
    const auto r = request(c, {option("id", ForcesWriteCommands::tr("The record's number."), "id")});
    if (!r)
        return c.fail(r.error());
    const Result<qint64> id = r->id(QStringLiteral("id"));
    if (!id)
        return c.fail(id.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    AssistanceForces forces(*db.value());
    const Status s = unit ? forces.setUnitActive(id.value(), active) : forces.setCadreActive(id.value(), active);
    if (!s)
        return c.fail(s.error());
    const QJsonObject o{{QStringLiteral("id"), id.value()}, {QStringLiteral("active"), active}};
    const QString sentence = unit
        ? (active ? ForcesWriteCommands::tr("Unit %1 is active.") : ForcesWriteCommands::tr("Unit %1 is inactive."))
        : (active ? ForcesWriteCommands::tr("Cadre %1 is active.") : ForcesWriteCommands::tr("Cadre %1 is inactive."));
    return done(c, r.value(), o, sentence.arg(id.value()));
}

int deleteUnit(const Context &c)
{
    const auto r = request(c,
        {option("id", ForcesWriteCommands::tr("The unit's number."), "id"),
            option("reason", ForcesWriteCommands::tr("Why it is deleted."), "text")});
    if (!r)
        return c.fail(r.error());
    const Result<qint64> id = r->id(QStringLiteral("id"));
    if (!id)
        return c.fail(id.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    if (const Status s = AssistanceForces(*db.value()).deleteUnit(id.value(), r->text(QStringLiteral("reason"))); !s)
        return c.fail(s.error());
    return done(c, r.value(), {{QStringLiteral("id"), id.value()}, {QStringLiteral("deleted"), true}},
        ForcesWriteCommands::tr("Deleted unit %1.").arg(id.value()));
}

// ----- cadres -----

QJsonObject cadreJson(const Cadre &k)
{
    return {{QStringLiteral("id"), k.meta.id}, {QStringLiteral("revision"), k.meta.revision},
        {QStringLiteral("name"), k.name}, {QStringLiteral("sex"), k.sexCode}, {QStringLiteral("id-number"), k.idNumber},
        {QStringLiteral("political"), k.politicalCode}, {QStringLiteral("unit"), k.unitId},
        {QStringLiteral("post"), k.post}, {QStringLiteral("rank"), k.rank}, {QStringLiteral("phone"), k.phone},
        {QStringLiteral("first-secretary"), k.firstSecretary}, {QStringLiteral("active"), k.active}};
}

int saveCadre(const Context &c, bool editing)
{
    QList<QCommandLineOption> options{
        option("name", ForcesWriteCommands::tr("The cadre's name."), "text"),
        option("sex", ForcesWriteCommands::tr("The sex code (1 male, 2 female)."), "code"),
        option("id-number", ForcesWriteCommands::tr("The resident ID number."), "id"),
        option("political", ForcesWriteCommands::tr("The political status code."), "code"),
        option("unit", ForcesWriteCommands::tr("The number of the unit the cadre comes from (0 for none)."), "id"),
        option("post", ForcesWriteCommands::tr("The cadre's post."), "text"),
        option("rank", ForcesWriteCommands::tr("The rank, which sets the cap of households."), "rank"),
        option("phone", ForcesWriteCommands::tr("The cadre's phone."), "phone"),
        option("first-secretary", ForcesWriteCommands::tr("The cadre is a first secretary (第一书记).")),
    };
    if (editing)
        options << option("id", ForcesWriteCommands::tr("The cadre's number."), "id");
    const auto r = request(c, options);
    if (!r)
        return c.fail(r.error());
    const Result<qint64> id = editing ? r->id(QStringLiteral("id")) : Result<qint64>(qint64(0));
    if (!id)
        return c.fail(id.error());
    const Result<qint64> unit = r->optionalId(QStringLiteral("unit"));
    if (!unit)
        return c.fail(unit.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    Cadre k;
    if (editing) {
        Result<Cadre> loaded = CadreRepository(*db.value()).load(id.value());
        if (!loaded)
            return c.fail(loaded.error());
        k = loaded.value();
    }
    set(r.value(), "name", k.name);
    set(r.value(), "sex", k.sexCode);
    set(r.value(), "id-number", k.idNumber);
    set(r.value(), "political", k.politicalCode);
    set(r.value(), "post", k.post);
    set(r.value(), "rank", k.rank);
    set(r.value(), "phone", k.phone);
    if (r->has(QStringLiteral("unit")))
        k.unitId = unit.value();
    if (r->has(QStringLiteral("first-secretary")))
        k.firstSecretary = r->flag(QStringLiteral("first-secretary"));
    const Result<qint64> saved = AssistanceForces(*db.value()).saveCadre(k);
    if (!saved)
        return c.fail(saved.error());
    return done(
        c, r.value(), cadreJson(k), ForcesWriteCommands::tr("Saved cadre %1 (%2).").arg(saved.value()).arg(k.name));
}

// ----- measures -----

QJsonObject measureJson(const Measure &m)
{
    return {{QStringLiteral("id"), m.meta.id}, {QStringLiteral("revision"), m.meta.revision},
        {QStringLiteral("household_id"), m.householdId}, {QStringLiteral("category"), m.categoryCode},
        {QStringLiteral("description"), m.description}, {QStringLiteral("start"), day(m.startDate)},
        {QStringLiteral("amount_fen"), m.amountFen}, {QStringLiteral("project"), m.projectId},
        {QStringLiteral("cadre"), m.cadreId}, {QStringLiteral("unit"), m.unitId}, {QStringLiteral("result"), m.result}};
}

int listMeasures(const Context &c)
{
    const auto r = request(c, {option("household", ForcesWriteCommands::tr("The household's code."), "code")});
    if (!r)
        return c.fail(r.error());
    auto db = c.open(false);
    if (!db)
        return c.fail(db.error());
    const Result<qint64> household = householdOf(*db.value(), r.value());
    if (!household)
        return c.fail(household.error());
    const Result<QList<Measure>> measures = AssistanceRecords(*db.value()).measures(household.value());
    if (!measures)
        return c.fail(measures.error());
    QJsonArray rows;
    for (const Measure &m : measures.value()) {
        rows.append(measureJson(m));
        if (!r->json())
            c.out << m.meta.id << '\t' << day(m.startDate) << '\t' << m.categoryCode << '\t' << m.description << '\t'
                  << Money::fromFen(m.amountFen).toString() << Qt::endl;
    }
    if (r->json())
        c.printJson(rows);
    return 0;
}

int saveMeasure(const Context &c, bool editing)
{
    QList<QCommandLineOption> options{
        option("category", ForcesWriteCommands::tr("The measure's category (measure_category code)."), "code"),
        option("description", ForcesWriteCommands::tr("What the measure is."), "text"),
        option("start", ForcesWriteCommands::tr("The day it started, YYYY-MM-DD."), "date"),
        option("amount", ForcesWriteCommands::tr("The money it brought, in yuan (0 when not given)."), "yuan"),
        option("project", ForcesWriteCommands::tr("The number of the project it comes from."), "id"),
        option("cadre", ForcesWriteCommands::tr("The cadre who brought it: number or phone."), "cadre"),
        option("unit", ForcesWriteCommands::tr("The number of the unit that brought it."), "id"),
        option("result", ForcesWriteCommands::tr("What it achieved (帮扶成效)."), "text"),
    };
    options << (editing ? option("id", ForcesWriteCommands::tr("The measure's number."), "id")
                        : option("household", ForcesWriteCommands::tr("The household's code."), "code"));
    const auto r = request(c, options);
    if (!r)
        return c.fail(r.error());
    const Result<qint64> id = editing ? r->id(QStringLiteral("id")) : Result<qint64>(qint64(0));
    const Result<QDate> start = r->date(QStringLiteral("start"), !editing);
    const Result<Money> amount = r->amount(QStringLiteral("amount"), Money());
    const Result<qint64> project = r->optionalId(QStringLiteral("project"));
    const Result<qint64> unit = r->optionalId(QStringLiteral("unit"));
    for (const QString &error : {id.error(), start.error(), amount.error(), project.error(), unit.error()}) {
        if (!error.isEmpty())
            return c.fail(error);
    }
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    Measure m;
    if (editing) {
        Result<Measure> loaded = MeasureRepository(*db.value()).load(id.value());
        if (!loaded)
            return c.fail(loaded.error());
        m = loaded.value();
    } else {
        const Result<qint64> household = householdOf(*db.value(), r.value());
        if (!household)
            return c.fail(household.error());
        m.householdId = household.value();
    }
    if (r->has(QStringLiteral("cadre"))) {
        const Result<qint64> cadre = cadreOf(*db.value(), r->text(QStringLiteral("cadre")), false);
        if (!cadre)
            return c.fail(cadre.error());
        m.cadreId = cadre.value();
    }
    set(r.value(), "category", m.categoryCode);
    set(r.value(), "description", m.description);
    set(r.value(), "result", m.result);
    if (start->isValid())
        m.startDate = start.value();
    if (!editing || r->has(QStringLiteral("amount")) || r->has(QStringLiteral("amount_fen")))
        m.amountFen = amount->fen();
    if (r->has(QStringLiteral("project")))
        m.projectId = project.value();
    if (r->has(QStringLiteral("unit")))
        m.unitId = unit.value();
    const Result<qint64> saved = AssistanceForces(*db.value()).saveMeasure(m);
    if (!saved)
        return c.fail(saved.error());
    return done(c, r.value(), measureJson(m), ForcesWriteCommands::tr("Saved measure %1.").arg(saved.value()));
}

// Deletes a measure or a visit, with the reason.
int deleteRecord(const Context &c, bool measure)
{
    const auto r = request(c,
        {option("id", ForcesWriteCommands::tr("The record's number."), "id"),
            option("reason", ForcesWriteCommands::tr("Why it is deleted."), "text")});
    if (!r)
        return c.fail(r.error());
    const Result<qint64> id = r->id(QStringLiteral("id"));
    if (!id)
        return c.fail(id.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    AssistanceForces forces(*db.value());
    const QString reason = r->text(QStringLiteral("reason"));
    if (const Status s = measure ? forces.deleteMeasure(id.value(), reason) : forces.deleteVisit(id.value(), reason);
        !s)
        return c.fail(s.error());
    return done(c, r.value(), {{QStringLiteral("id"), id.value()}, {QStringLiteral("deleted"), true}},
        (measure ? ForcesWriteCommands::tr("Deleted measure %1.") : ForcesWriteCommands::tr("Deleted visit %1."))
            .arg(id.value()));
}

// ----- visits -----

// A photo file as it is: core takes a JPEG or PNG of at most VisitPhotos::MaxBytes and refuses
// anything else in its words (the CLI does not scale images).
Result<NewVisitPhoto> photoFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<NewVisitPhoto>::failure(
            ForcesWriteCommands::tr("The photo %1 cannot be read: %2").arg(path, file.errorString()));
    return NewVisitPhoto{file.read(VisitPhotos::MaxBytes + 1), QFileInfo(path).fileName()};
}

// A new visit, or (editing) a change of one: an edit keeps what is not given, and --cadre or
// --with given replace the lead or those who went along.
int saveVisit(const Context &c, bool editing)
{
    QList<QCommandLineOption> options{
        option("cadre", ForcesWriteCommands::tr("The cadre who led the visit: number or phone."), "cadre"),
        option("with", ForcesWriteCommands::tr("A cadre who went along: number or phone; give it once per cadre."),
            "cadre"),
        option("date", ForcesWriteCommands::tr("The day of the visit, YYYY-MM-DD."), "date"),
        option("findings", ForcesWriteCommands::tr("What the visit found."), "text"),
        option("actions", ForcesWriteCommands::tr("What was done or agreed."), "text"),
        option("follow-up", ForcesWriteCommands::tr("The day of the planned follow-up."), "date"),
        option(
            "photo", ForcesWriteCommands::tr("A JPEG or PNG photo of at most 500 KB; give it once per photo."), "file"),
    };
    options << (editing ? option("id", ForcesWriteCommands::tr("The visit's number."), "id")
                        : option("household", ForcesWriteCommands::tr("The household's code."), "code"));
    const auto r = request(c, options);
    if (!r)
        return c.fail(r.error());
    const Result<qint64> id = editing ? r->id(QStringLiteral("id")) : Result<qint64>(qint64(0));
    const Result<QDate> date = r->date(QStringLiteral("date"), !editing);
    const Result<QDate> followUp = r->date(QStringLiteral("follow-up"), false);
    for (const QString &error : {id.error(), date.error(), followUp.error()}) {
        if (!error.isEmpty())
            return c.fail(error);
    }
    QList<NewVisitPhoto> photos;
    for (const QString &path : r->texts(QStringLiteral("photo"))) {
        const Result<NewVisitPhoto> photo = photoFile(path);
        if (!photo)
            return c.fail(photo.error());
        photos << photo.value();
    }
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    AssistanceForces forces(*db.value());
    Visit visit;
    QList<qint64> cadres;
    if (editing) {
        Result<Visit> loaded = VisitRepository(*db.value()).load(id.value());
        if (!loaded)
            return c.fail(loaded.error());
        visit = loaded.value();
        const Result<QList<qint64>> went = forces.cadresOfVisit(id.value());
        if (!went)
            return c.fail(went.error());
        cadres = went.value();
    } else {
        const Result<qint64> household = householdOf(*db.value(), r.value());
        if (!household)
            return c.fail(household.error());
        visit.householdId = household.value();
    }
    if (!editing || r->has(QStringLiteral("cadre"))) {
        const Result<qint64> lead = cadreOf(*db.value(), r->text(QStringLiteral("cadre")), true);
        if (!lead)
            return c.fail(lead.error());
        cadres = cadres.mid(1);
        cadres.prepend(lead.value());
    }
    if (r->has(QStringLiteral("with"))) {
        cadres = cadres.mid(0, 1);
        for (const QString &other : r->texts(QStringLiteral("with"))) {
            const Result<qint64> cadre = cadreOf(*db.value(), other, true);
            if (!cadre)
                return c.fail(cadre.error());
            cadres << cadre.value();
        }
    }
    if (date->isValid())
        visit.date = date.value();
    set(r.value(), "findings", visit.findings);
    set(r.value(), "actions", visit.actions);
    if (!editing || r->has(QStringLiteral("follow-up")))
        visit.followUpDate = followUp.value();
    const Result<qint64> saved = forces.saveVisit(visit, cadres, photos);
    if (!saved)
        return c.fail(saved.error());
    QJsonArray cadreIds;
    for (qint64 cadre : std::as_const(cadres))
        cadreIds.append(cadre);
    const QJsonObject o{{QStringLiteral("id"), saved.value()}, {QStringLiteral("household_id"), visit.householdId},
        {QStringLiteral("cadres"), cadreIds}, {QStringLiteral("date"), day(visit.date)},
        {QStringLiteral("findings"), visit.findings}, {QStringLiteral("actions"), visit.actions},
        {QStringLiteral("follow-up"), day(visit.followUpDate)}, {QStringLiteral("photos"), int(photos.size())}};
    return done(c, r.value(), o, ForcesWriteCommands::tr("Saved visit %1.").arg(saved.value()));
}

// ----- work teams -----

int listTeams(const Context &c)
{
    const auto r = request(c, {});
    if (!r)
        return c.fail(r.error());
    auto db = c.open(false);
    if (!db)
        return c.fail(db.error());
    const auto teams = ForcesLists(*db.value()).workTeams();
    if (!teams)
        return c.fail(teams.error());
    QJsonArray rows;
    for (const ForcesLists::Team &t : teams.value()) {
        rows.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("village"), t.village},
            {QStringLiteral("township"), t.township}, {QStringLiteral("unit"), t.unit},
            {QStringLiteral("start"), day(t.start)}, {QStringLiteral("end"), day(t.end)},
            {QStringLiteral("members"), t.members}, {QStringLiteral("member_count"), t.memberCount}});
        if (!r->json())
            c.out << t.id << '\t' << t.township << ' ' << t.village << '\t' << t.unit << '\t' << day(t.start) << '\t'
                  << t.members << Qt::endl;
    }
    if (r->json())
        c.printJson(rows);
    return 0;
}

int addTeam(const Context &c)
{
    const auto r = request(c,
        {option("village", ForcesWriteCommands::tr("The code of the village the team serves."), "code"),
            option("unit", ForcesWriteCommands::tr("The number of the sending unit (0 for none)."), "id"),
            option("start", ForcesWriteCommands::tr("The day the team starts, YYYY-MM-DD (default today)."), "date")});
    if (!r)
        return c.fail(r.error());
    const Result<qint64> unit = r->optionalId(QStringLiteral("unit"));
    if (!unit)
        return c.fail(unit.error());
    const Result<QDate> start = r->date(QStringLiteral("start"), false);
    if (!start)
        return c.fail(start.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    WorkTeam team;
    const QString village = r->text(QStringLiteral("village")).trimmed();
    for (const Division &d : Divisions::load(*db.value(), Divisions::Counts::Without).value_or({})) {
        if (d.code == village)
            team.villageId = d.id;
    }
    if (team.villageId == 0)
        return c.fail(ForcesWriteCommands::tr("No division in %1 has the code %2.").arg(db.value()->path(), village));
    team.unitId = unit.value();
    team.startDate = start->isValid() ? start.value() : QDate::currentDate();
    const Result<qint64> saved = AssistanceForces(*db.value()).saveWorkTeam(team);
    if (!saved)
        return c.fail(saved.error());
    return done(c, r.value(),
        {{QStringLiteral("id"), saved.value()}, {QStringLiteral("village_id"), team.villageId},
            {QStringLiteral("unit"), team.unitId}, {QStringLiteral("start"), day(team.startDate)}},
        ForcesWriteCommands::tr("Saved work team %1.").arg(saved.value()));
}

int addTeamMember(const Context &c)
{
    const auto r = request(c,
        {option("team", ForcesWriteCommands::tr("The work team's number."), "id"),
            option("cadre", ForcesWriteCommands::tr("The cadre: number or phone."), "cadre"),
            option("role", ForcesWriteCommands::tr("member, leader or first_secretary (default member)."), "role")});
    if (!r)
        return c.fail(r.error());
    const Result<qint64> team = r->id(QStringLiteral("team"));
    if (!team)
        return c.fail(team.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    const Result<qint64> cadre = cadreOf(*db.value(), r->text(QStringLiteral("cadre")), true);
    if (!cadre)
        return c.fail(cadre.error());
    WorkTeamMember member;
    member.teamId = team.value();
    member.cadreId = cadre.value();
    set(r.value(), "role", member.role);
    const Result<qint64> saved = AssistanceForces(*db.value()).addTeamMember(member);
    if (!saved)
        return c.fail(saved.error());
    return done(c, r.value(),
        {{QStringLiteral("id"), saved.value()}, {QStringLiteral("team"), member.teamId},
            {QStringLiteral("cadre"), member.cadreId}, {QStringLiteral("role"), member.role}},
        ForcesWriteCommands::tr("Added the cadre to work team %1 (membership %2).")
            .arg(member.teamId)
            .arg(saved.value()));
}

int removeTeamMember(const Context &c)
{
    const auto r = request(c,
        {option("id", ForcesWriteCommands::tr("The membership's number."), "id"),
            option("reason", ForcesWriteCommands::tr("Why the cadre leaves the team."), "text")});
    if (!r)
        return c.fail(r.error());
    const Result<qint64> id = r->id(QStringLiteral("id"));
    if (!id)
        return c.fail(id.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    if (const Status s
        = AssistanceForces(*db.value()).removeTeamMember(id.value(), r->text(QStringLiteral("reason")).trimmed());
        !s)
        return c.fail(s.error());
    return done(c, r.value(), {{QStringLiteral("id"), id.value()}, {QStringLiteral("deleted"), true}},
        ForcesWriteCommands::tr("Removed membership %1.").arg(id.value()));
}

int listPhotos(const Context &c)
{
    const auto r = request(c, {option("id", ForcesWriteCommands::tr("The visit's number."), "id")});
    if (!r)
        return c.fail(r.error());
    const Result<qint64> id = r->id(QStringLiteral("id"));
    if (!id)
        return c.fail(id.error());
    auto db = c.open(false);
    if (!db)
        return c.fail(db.error());
    const Result<QList<VisitPhoto>> photos = VisitPhotos(*db.value()).photosOf(id.value());
    if (!photos)
        return c.fail(photos.error());
    QJsonArray rows;
    for (const VisitPhoto &p : photos.value()) {
        rows.append(QJsonObject{{QStringLiteral("photo"), p.id}, {QStringLiteral("mime"), p.mime},
            {QStringLiteral("bytes"), qint64(p.bytes.size())}});
        if (!r->json())
            c.out << p.id << '\t' << p.mime << '\t' << p.bytes.size() << Qt::endl;
    }
    if (r->json())
        c.printJson(rows);
    return 0;
}

int removePhoto(const Context &c)
{
    const auto r = request(c, {option("photo", ForcesWriteCommands::tr("The photo's number."), "id")});
    if (!r)
        return c.fail(r.error());
    const Result<qint64> id = r->id(QStringLiteral("photo"));
    if (!id)
        return c.fail(id.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    if (const Status s = VisitPhotos(*db.value()).remove(id.value()); !s)
        return c.fail(s.error());
    return done(c, r.value(), {{QStringLiteral("photo"), id.value()}, {QStringLiteral("deleted"), true}},
        ForcesWriteCommands::tr("Removed photo %1.").arg(id.value()));
}

using Handler = int (*)(const Context &);

const QHash<QString, Handler> &handlers()
{
    static const QHash<QString, Handler> table{
        {QStringLiteral("units add"), [](const Context &c) { return saveUnit(c, false); }},
        {QStringLiteral("units edit"), [](const Context &c) { return saveUnit(c, true); }},
        {QStringLiteral("units activate"), [](const Context &c) { return setActive(c, true, true); }},
        {QStringLiteral("units deactivate"), [](const Context &c) { return setActive(c, true, false); }},
        {QStringLiteral("units delete"), deleteUnit},
        {QStringLiteral("cadres add"), [](const Context &c) { return saveCadre(c, false); }},
        {QStringLiteral("cadres edit"), [](const Context &c) { return saveCadre(c, true); }},
        {QStringLiteral("cadres activate"), [](const Context &c) { return setActive(c, false, true); }},
        {QStringLiteral("cadres deactivate"), [](const Context &c) { return setActive(c, false, false); }},
        {QStringLiteral("measures list"), listMeasures},
        {QStringLiteral("measures add"), [](const Context &c) { return saveMeasure(c, false); }},
        {QStringLiteral("measures edit"), [](const Context &c) { return saveMeasure(c, true); }},
        {QStringLiteral("measures delete"), [](const Context &c) { return deleteRecord(c, true); }},
        {QStringLiteral("visits add"), [](const Context &c) { return saveVisit(c, false); }},
        {QStringLiteral("visits edit"), [](const Context &c) { return saveVisit(c, true); }},
        {QStringLiteral("visits delete"), [](const Context &c) { return deleteRecord(c, false); }},
        {QStringLiteral("visits photos"), listPhotos},
        {QStringLiteral("visits remove-photo"), removePhoto},
        {QStringLiteral("teams list"), listTeams},
        {QStringLiteral("teams add"), addTeam},
        {QStringLiteral("teams add-member"), addTeamMember},
        {QStringLiteral("teams remove-member"), removeTeamMember},
    };
    return table;
}

} // namespace

bool ForcesWriteCommands::handles(const QString &command, const QString &subcommand)
{
    return handlers().contains(command + u' ' + subcommand);
}

int ForcesWriteCommands::run(const QString &command, const CommandContext &c)
{
    return handlers().value(command + u' ' + c.arguments.value(1))(c);
}

int ForcesWriteCommands::measures(const CommandContext &c)
{
    const QString sub = c.arguments.value(1);
    if (!handles(QStringLiteral("measures"), sub))
        return c.fail(tr("Unknown measures command \"%1\"; see \"fupin-cli measures --help\".").arg(sub));
    return run(QStringLiteral("measures"), c);
}

int ForcesWriteCommands::teams(const CommandContext &c)
{
    const QString sub = c.arguments.value(1);
    if (!handles(QStringLiteral("teams"), sub))
        return c.fail(tr("Unknown teams command \"%1\"; see \"fupin-cli teams --help\".").arg(sub));
    return run(QStringLiteral("teams"), c);
}

int ForcesWriteCommands::rankCap(const CommandContext &c)
{
    const QCommandLineOption rank(QStringLiteral("rank"), tr("The rank (cadre_rank)."), QStringLiteral("rank"));
    const QCommandLineOption max(
        QStringLiteral("max"), tr("The most households a cadre of the rank holds."), QStringLiteral("n"));
    c.parser.addOptions({c.dbOption, rank, max, CommandRequest::jsonOption()});
    if (!c.parser.parse(c.arguments))
        return c.fail(c.parser.errorText());
    bool ok = false;
    const int cap = c.parser.value(max).toInt(&ok);
    if (!ok)
        return c.fail(tr("Give the cap with --max N."));
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    if (const Status s = AssistanceForces(*db.value()).setRankCap(c.parser.value(rank).trimmed(), cap); !s)
        return c.fail(s.error());
    if (c.parser.isSet(CommandRequest::jsonOption()))
        c.printJson(
            QJsonObject{{QStringLiteral("rank"), c.parser.value(rank).trimmed()}, {QStringLiteral("max"), cap}});
    else
        c.out
            << tr("A cadre of rank %1 holds at most %n household(s).", nullptr, cap).arg(c.parser.value(rank).trimmed())
            << Qt::endl;
    return 0;
}

QString ForcesWriteCommands::usage()
{
    return tr(
        "  units add --db FILE --name N --form CODE --level CODE [--paired-region R] [--ownership state|private]\n"
        "       [--contact NAME] [--phone P] [--json]       a new assistance unit\n"
        "  units edit --db FILE --id N [the fields of add]   changes a unit's fields\n"
        "  units activate|deactivate --db FILE --id N        marks a unit active or inactive\n"
        "  units delete --db FILE --id N --reason TEXT       removes a unit no record uses\n"
        "  cadres add --db FILE --name N --id-number ID --rank R [--sex C] [--political C] [--unit N]\n"
        "       [--post P] [--phone P] [--first-secretary] [--json]\n"
        "                                                    a new cadre\n"
        "  cadres edit --db FILE --id N [the fields of add]  changes a cadre's fields\n"
        "  cadres activate|deactivate --db FILE --id N       marks a cadre active or inactive\n"
        "  rank-cap --db FILE --rank R --max N               the cap of households for a rank\n"
        "  measures list --db FILE --household CODE [--json]\n"
        "                                                    a household's assistance measures\n"
        "  measures add --db FILE --household CODE --category C --start DATE [--description T]\n"
        "       [--amount YUAN] [--project N] [--cadre ID_OR_PHONE] [--unit N] [--result T] [--json]\n"
        "                                                    a new assistance measure\n"
        "  measures edit --db FILE --id N [the fields of add]\n"
        "                                                    changes a measure\n"
        "  measures delete --db FILE --id N --reason TEXT    removes a measure entered by mistake\n"
        "  visits add --db FILE --household CODE --cadre ID_OR_PHONE --date DATE [--with ID_OR_PHONE]...\n"
        "       [--findings T] [--actions T] [--follow-up DATE] [--photo FILE]... [--json]\n"
        "                                                    records a visit\n"
        "  visits edit --db FILE --id N [the fields of add] [--json]\n"
        "                                                    changes a visit; --photo adds photos\n"
        "  visits delete --db FILE --id N --reason TEXT      removes a visit and its photos\n"
        "  visits photos --db FILE --id N [--json]           a visit's photos by number\n"
        "  visits remove-photo --db FILE --photo N           takes a photo off its visit\n"
        "  teams list --db FILE [--json]                     village work teams and their members\n"
        "  teams add --db FILE --village CODE [--unit N] [--start DATE] [--json]\n"
        "                                                    a new village work team\n"
        "  teams add-member --db FILE --team N --cadre ID_OR_PHONE [--role member|leader|first_secretary]\n"
        "       [--json]                                     a cadre joins a work team\n"
        "  teams remove-member --db FILE --id N --reason TEXT\n"
        "                                                    a cadre leaves a work team\n"
        "  (these also read their fields from a JSON object with --input FILE, named as the options;\n"
        "   amounts as \"amount_fen\": 100000 or \"amount\": \"1000.00\")");
}
