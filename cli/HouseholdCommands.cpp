// SPDX-License-Identifier: GPL-3.0-or-later
#include "HouseholdCommands.h"

#include "county/CodeLists.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "db/RecordStamp.h"
#include "register/AuditLog.h"
#include "register/HistoryEvent.h"
#include "register/HouseholdChecks.h"
#include "register/HouseholdJson.h"
#include "register/HouseholdList.h"
#include "register/HouseholdLookup.h"
#include "register/HouseholdRepository.h"
#include "register/StatusProcedure.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace {

using Context = CommandContext;
using County = std::unique_ptr<CountyDatabase>;

const QCommandLineOption JsonOutput(QStringLiteral("json"), HouseholdCommands::tr("Print JSON instead of text."));

// A household JSON file is a few kilobytes; anything far larger is not one.
constexpr qint64 MaxJsonBytes = 16 * 1024 * 1024;

constexpr int DefaultLimit = 50;
constexpr int MaxLimit = 100000;

int fail(const Context &c, const QString &message)
{
    return c.fail(message);
}

void print(const Context &c, const QJsonDocument &document)
{
    c.out << document.toJson(QJsonDocument::Indented);
    c.out.flush();
}

// Adds the options, parses what follows the subcommand and returns its positional arguments; the
// parser's error text when it cannot.
Result<QStringList> parse(const Context &c, const QList<QCommandLineOption> &options, const QString &positional)
{
    return c.parseSubcommand(options, positional);
}

// The one household code a subcommand takes.
Result<QString> oneCode(const Context &c, const QList<QCommandLineOption> &options)
{
    using R = Result<QString>;
    const auto positional = parse(c, options, QStringLiteral("code"));
    if (!positional)
        return R::failure(positional.error());
    if (positional->size() != 1)
        return R::failure(HouseholdCommands::tr("Give one household code."));
    return positional->first();
}

// The county file and the id of the household with the code.
struct Found
{
    County db;
    qint64 id = 0;
};

Result<Found> openAndFind(const Context &c, const QString &code, bool writes)
{
    auto db = c.open(writes);
    if (!db)
        return Result<Found>::failure(db.error());
    const auto id = HouseholdLookup(*db.value()).idOfCode(code);
    if (!id)
        return Result<Found>::failure(id.error());
    return Found{std::move(db).value(), id.value()};
}

// Between the items of a list: ", " in English, "、" in Chinese.
QString listSeparator()
{
    return HouseholdCommands::tr(", ", "between list items");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString yearText(const std::optional<int> &year)
{
    return year ? QString::number(*year) : QStringLiteral("—");
}

QString yearsOf(const auto &rows)
{
    QStringList years;
    for (const auto &row : rows)
        years << QString::number(row.year);
    return orDash(years.join(listSeparator()));
}

// ----- show -----

void printHousehold(const Context &c, CountyDatabase &db, const Household &h, bool deleted)
{
    const CodeLists codes(db);
    const auto name = [&](const QString &list, const QString &code) {
        return code.isEmpty() ? QStringLiteral("—") : codes.name(list, code);
    };
    QHash<qint64, QString> divisionNames;
    for (const Division &d : Divisions::load(db, Divisions::Counts::Without).value_or({}))
        divisionNames.insert(d.id, d.name);
    QStringList place{divisionNames.value(h.townshipId), divisionNames.value(h.villageId)};
    if (h.groupId != 0)
        place << divisionNames.value(h.groupId);

    QTextStream &o = c.out;
    o << HouseholdCommands::tr("Household %1").arg(h.code);
    if (deleted)
        o << ' ' << HouseholdCommands::tr("(deleted; \"fupin-cli history\" gives the reason)");
    o << Qt::endl;
    o << "  " << HouseholdCommands::tr("Place: %1").arg(place.join(QStringLiteral(" / "))) << Qt::endl;
    o << "  " << HouseholdCommands::tr("Address: %1").arg(orDash(h.address)) << Qt::endl;
    o << "  " << HouseholdCommands::tr("Phone: %1").arg(orDash(h.phone)) << Qt::endl;
    o << "  " << HouseholdCommands::tr("Status: %1").arg(name(CodeList::Status, h.statusCode)) << Qt::endl;
    o << "  " << HouseholdCommands::tr("Attribute: %1").arg(name(CodeList::Attribute, h.attributeCode)) << Qt::endl;
    QStringList causes{name(CodeList::Cause, h.mainCauseCode)};
    for (const QString &other : {h.otherCause1Code, h.otherCause2Code}) {
        if (!other.isEmpty())
            causes << name(CodeList::Cause, other);
    }
    o << "  " << HouseholdCommands::tr("Poverty causes: %1").arg(causes.join(listSeparator())) << Qt::endl;
    if (!h.monitoringCategory.isEmpty())
        o << "  "
          << HouseholdCommands::tr("Monitoring category: %1").arg(name(CodeList::Monitoring, h.monitoringCategory))
          << Qt::endl;
    o << "  "
      << HouseholdCommands::tr("Identified: %1; planned exit: %2; exited: %3")
             .arg(yearText(h.identificationYear), yearText(h.plannedExitYear), yearText(h.exitYear))
      << Qt::endl;
    o << "  " << HouseholdCommands::tr("Members (%n):", nullptr, int(h.members.size())) << Qt::endl;
    for (int i = 0; i < h.members.size(); ++i) {
        const Member &m = h.members.at(i);
        o << "    " << i + 1 << ". " << m.name << '\t' << name(CodeList::Relation, m.relationCode) << '\t'
          << name(CodeList::Sex, m.sexCode) << '\t' << orDash(m.birthDate.toString(Qt::ISODate)) << '\t'
          << orDash(m.idNumber) << Qt::endl;
    }
    o << "  " << HouseholdCommands::tr("Income recorded for: %1").arg(yearsOf(h.incomes)) << Qt::endl;
    o << "  " << HouseholdCommands::tr("Living conditions recorded for: %1").arg(yearsOf(h.livingConditions))
      << Qt::endl;
    o << "  "
      << HouseholdCommands::tr("Revision %1, changed %2 by %3")
             .arg(h.meta.revision)
             .arg(RecordStamp::timeText(h.meta.updatedAt).replace(u'T', u' '), h.meta.updatedBy)
      << Qt::endl;
}

int show(const Context &c)
{
    const auto code = oneCode(c, {c.dbOption, JsonOutput});
    if (!code)
        return fail(c, code.error());
    auto found = openAndFind(c, code.value(), false);
    if (!found)
        return fail(c, found.error());
    HouseholdRepository repository(*found->db);
    const auto household = repository.load(found->id);
    if (!household)
        return fail(c, household.error());
    if (c.parser.isSet(JsonOutput))
        print(c, QJsonDocument(HouseholdJson::toJson(household.value())));
    else
        printHousehold(c, *found->db, household.value(), repository.isDeleted(found->id));
    return 0;
}

// ----- search -----

int search(const Context &c)
{
    const QCommandLineOption division(QStringLiteral("division"),
        HouseholdCommands::tr("Only within this township, village or group (its code)."), QStringLiteral("code"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        HouseholdCommands::tr("At most this many households (default %1).").arg(DefaultLimit), QStringLiteral("n"),
        QString::number(DefaultLimit));
    const QCommandLineOption deleted(
        QStringLiteral("deleted"), HouseholdCommands::tr("Search the deleted households instead."));
    const auto positional = parse(c, {c.dbOption, JsonOutput, division, limitOption, deleted}, QStringLiteral("text"));
    if (!positional)
        return fail(c, positional.error());
    const QString text = positional->join(u' ').trimmed();
    // The search box's reading of the text: too few digits filter nothing, and would list the county.
    if (HouseholdList::textSearch(text).ftsQuery.isEmpty())
        return fail(c,
            HouseholdCommands::tr("Give a member's name (or part of it), at least %1 digits of an ID number, or the "
                                  "beginning of a household code or phone number.")
                .arg(HouseholdList::MinimumDigits));
    bool limitOk = false;
    const int limit = c.parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > MaxLimit)
        return fail(c, HouseholdCommands::tr("--limit must be a number from 1 to %1.").arg(MaxLimit));

    auto db = c.open(false);
    if (!db)
        return fail(c, db.error());
    HouseholdFilter filter;
    filter.text = text;
    filter.deleted = c.parser.isSet(deleted);
    if (c.parser.isSet(division)) {
        const auto divisions = Divisions::load(*db.value(), Divisions::Counts::Without);
        if (!divisions)
            return fail(c, divisions.error());
        const QString wanted = c.parser.value(division).trimmed();
        const auto it
            = std::find_if(divisions->cbegin(), divisions->cend(), [&](const Division &d) { return d.code == wanted; });
        if (it == divisions->cend())
            return fail(c, HouseholdCommands::tr("No division in %1 has the code %2.").arg(db.value()->path(), wanted));
        filter.divisionId = it->id;
        filter.divisionLevel = it->level;
    }
    HouseholdList list(*db.value());
    list.setFilter(filter);
    const auto count = list.count();
    const auto rows = count ? list.page(0, limit) : Result<QList<HouseholdRow>>::failure(count.error());
    if (!rows)
        return fail(c, HouseholdCommands::tr("The households of %1 could not be searched.").arg(db.value()->path()));

    if (c.parser.isSet(JsonOutput)) {
        QJsonArray households;
        for (const HouseholdRow &r : rows.value())
            households.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("head"), r.headName},
                {QStringLiteral("headIdNumber"), r.headIdNumber}, {QStringLiteral("size"), r.size},
                {QStringLiteral("attributeCode"), r.attributeCode}, {QStringLiteral("statusCode"), r.statusCode},
                {QStringLiteral("mainCauseCode"), r.mainCauseCode}, {QStringLiteral("village"), r.villageName},
                {QStringLiteral("phone"), r.phone}});
        print(c,
            QJsonDocument(
                QJsonObject{{QStringLiteral("count"), count.value()}, {QStringLiteral("households"), households}}));
        return 0;
    }
    const CodeLists codes(*db.value());
    for (const HouseholdRow &r : rows.value())
        c.out << r.code << '\t' << r.headName << '\t' << r.headIdNumber << '\t'
              << HouseholdCommands::tr("%n person(s)", nullptr, r.size) << '\t'
              << codes.name(CodeList::Status, r.statusCode) << '\t' << r.villageName << Qt::endl;
    c.out << HouseholdCommands::tr("%n household(s) found.", nullptr, count.value());
    if (count.value() > rows->size())
        c.out << ' ' << HouseholdCommands::tr("The first %1 are listed; --limit lists more.").arg(rows->size());
    c.out << Qt::endl;
    return 0;
}

// ----- save -----

// The household in a file as "household show --json" prints it; nothing is opened or written
// before the file is read whole and understood.
Result<Household> readHouseholdFile(const QString &path)
{
    using R = Result<Household>;
    QFile file(path);
    if (!QFileInfo::exists(path))
        return R::failure(HouseholdCommands::tr("The file %1 does not exist.").arg(path));
    if (QFileInfo(path).size() > MaxJsonBytes)
        return R::failure(HouseholdCommands::tr("The file %1 is too large to hold one household.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(HouseholdCommands::tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    // Read with the limit, not by the size the file claims: /dev/zero or a pipe has none, and ends never.
    const QByteArray content = file.read(MaxJsonBytes + 1);
    if (content.size() > MaxJsonBytes)
        return R::failure(HouseholdCommands::tr("The file %1 is too large to hold one household.").arg(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(content, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(HouseholdCommands::tr("The file %1 is not valid JSON (the error is near character %2).")
                              .arg(path)
                              .arg(error.offset));
    if (!document.isObject())
        return R::failure(HouseholdCommands::tr("The file %1 does not hold a household: it should hold one JSON "
                                                "object, as \"fupin-cli household show --json\" prints it.")
                              .arg(path));
    auto household = HouseholdJson::fromJson(document.object());
    if (!household)
        return R::failure(
            HouseholdCommands::tr("The file %1 does not hold a household: %2").arg(path, household.error()));
    return household;
}

int save(const Context &c)
{
    const QCommandLineOption jsonFile(QStringLiteral("json"),
        HouseholdCommands::tr("The household as \"household show --json\" prints it."), QStringLiteral("file"));
    const auto positional = parse(c, {c.dbOption, jsonFile}, QString());
    if (!positional)
        return fail(c, positional.error());
    if (!positional->isEmpty())
        return fail(c, HouseholdCommands::tr("Unexpected argument \"%1\".").arg(positional->first()));
    if (!c.parser.isSet(jsonFile))
        return fail(c, HouseholdCommands::tr("Give the household's file with --json FILE."));
    auto household = readHouseholdFile(c.parser.value(jsonFile));
    if (!household)
        return fail(c, household.error());
    Household &h = household.value();
    // As typed in the file, so shown without the control characters it may hold.
    const QString code
        = h.code.trimmed().isEmpty() ? HouseholdCommands::tr("(no code)") : HouseholdChecks::shown(h.code);

    auto db = c.open(true);
    if (!db)
        return fail(c, db.error());
    const bool creating = h.meta.id == 0;
    const int revision = h.meta.revision;
    const auto saved = HouseholdRepository(*db.value()).save(h);
    if (!saved)
        return fail(
            c, HouseholdCommands::tr("Household %1 was not saved:").arg(code) + QStringLiteral("\n  ") + saved.error());
    if (creating)
        c.out << HouseholdCommands::tr("Created household %1.").arg(h.code) << Qt::endl;
    else if (h.meta.revision == revision)
        c.out << HouseholdCommands::tr("Household %1 is unchanged; nothing was written.").arg(h.code) << Qt::endl;
    else
        c.out << HouseholdCommands::tr("Saved household %1 (revision %2).").arg(h.code).arg(h.meta.revision)
              << Qt::endl;
    return 0;
}

// ----- delete, restore -----

int remove(const Context &c)
{
    const QCommandLineOption reason(
        QStringLiteral("reason"), HouseholdCommands::tr("Why the household is deleted."), QStringLiteral("text"));
    const auto code = oneCode(c, {c.dbOption, reason});
    if (!code)
        return fail(c, code.error());
    if (c.parser.value(reason).trimmed().isEmpty())
        return fail(c, HouseholdCommands::tr("Give the reason for deleting the household with --reason."));
    auto found = openAndFind(c, code.value(), true);
    if (!found)
        return fail(c, found.error());
    if (Status s = HouseholdRepository(*found->db).softDelete(found->id, c.parser.value(reason)); !s)
        return fail(c, s.error());
    c.out << HouseholdCommands::tr("Deleted household %1; \"fupin-cli household restore %1\" brings it back.")
                 .arg(code->trimmed())
          << Qt::endl;
    return 0;
}

int restore(const Context &c)
{
    const auto code = oneCode(c, {c.dbOption});
    if (!code)
        return fail(c, code.error());
    auto found = openAndFind(c, code.value(), true);
    if (!found)
        return fail(c, found.error());
    if (Status s = HouseholdRepository(*found->db).restore(found->id); !s)
        return fail(c, s.error());
    c.out << HouseholdCommands::tr("Restored household %1.").arg(code->trimmed()) << Qt::endl;
    return 0;
}

// ----- step -----

QString kindList()
{
    QStringList lines;
    for (StatusStep step : StatusProcedure::allSteps())
        lines << QStringLiteral("    %1  %2")
                     .arg(StatusProcedure::kindOf(step), -16)
                     .arg(StatusProcedure::stepName(step));
    return lines.join(u'\n');
}

Result<QDate> dateOption(const Context &c, const QCommandLineOption &option)
{
    const QDate date = QDate::fromString(c.parser.value(option).trimmed(), Qt::ISODate);
    if (!date.isValid())
        return Result<QDate>::failure(
            HouseholdCommands::tr("--%1 takes a date as YYYY-MM-DD, e.g. 2024-05-01.").arg(option.names().first()));
    return date;
}

int step(const Context &c)
{
    const QCommandLineOption kind(
        QStringLiteral("kind"), HouseholdCommands::tr("The step (see \"household --help\")."), QStringLiteral("kind"));
    const QCommandLineOption date(
        QStringLiteral("date"), HouseholdCommands::tr("The day of the step, YYYY-MM-DD."), QStringLiteral("date"));
    const QCommandLineOption reason(QStringLiteral("reason"), HouseholdCommands::tr("Why."), QStringLiteral("text"));
    const QCommandLineOption noticeStart(QStringLiteral("notice-start"),
        HouseholdCommands::tr("exit_notice: the first day of the public notice (default: --date)."),
        QStringLiteral("date"));
    const QCommandLineOption noticeDays(QStringLiteral("notice-days"),
        HouseholdCommands::tr("exit_notice: how many days the notice is posted (default: the county's)."),
        QStringLiteral("n"));
    const QCommandLineOption category(QStringLiteral("category"),
        HouseholdCommands::tr("monitor: the monitoring category code."), QStringLiteral("code"));
    const QCommandLineOption risks(QStringLiteral("risks"),
        HouseholdCommands::tr("monitor: the risk type codes, separated by commas."), QStringLiteral("codes"));
    const QCommandLineOption attribute(QStringLiteral("attribute"),
        HouseholdCommands::tr("attribute: the new attribute code, e.g. 04 (on subsistence allowance)."),
        QStringLiteral("code"));
    const auto code
        = oneCode(c, {c.dbOption, kind, date, reason, noticeStart, noticeDays, category, risks, attribute, JsonOutput});
    if (!code)
        return fail(c, code.error());
    const auto stepKind = StatusProcedure::stepOfKind(c.parser.value(kind).trimmed());
    if (!stepKind)
        return fail(c, HouseholdCommands::tr("Give the step with --kind, one of:") + u'\n' + kindList());
    StatusChange change;
    change.step = *stepKind;
    const auto day = dateOption(c, date);
    if (!day)
        return fail(c, day.error());
    change.date = day.value();
    change.reason = c.parser.value(reason).trimmed();
    if (c.parser.isSet(noticeStart)) {
        const auto start = dateOption(c, noticeStart);
        if (!start)
            return fail(c, start.error());
        change.noticeStart = start.value();
    }
    if (c.parser.isSet(noticeDays)) {
        bool ok = false;
        change.noticeDays = c.parser.value(noticeDays).toInt(&ok);
        if (!ok || change.noticeDays < 1 || change.noticeDays > 30)
            return fail(c, HouseholdCommands::tr("--notice-days must be a number from 1 to 30."));
    }
    change.monitoringCategory = c.parser.value(category).trimmed();
    for (const QString &risk : c.parser.value(risks).split(u',', Qt::SkipEmptyParts))
        change.riskCodes << risk.trimmed();
    change.attributeCode = c.parser.value(attribute).trimmed();

    auto found = openAndFind(c, code.value(), true);
    if (!found)
        return fail(c, found.error());
    if (Status s = StatusProcedure(*found->db).apply(found->id, change); !s)
        return fail(c, s.error());
    if (c.parser.isSet(JsonOutput)) {
        const auto household = HouseholdRepository(*found->db).load(found->id);
        QJsonObject o{{QStringLiteral("code"), code->trimmed()},
            {QStringLiteral("step"), StatusProcedure::kindOf(change.step)},
            {QStringLiteral("date"), change.date.toString(Qt::ISODate)}, {QStringLiteral("reason"), change.reason}};
        if (household) {
            o.insert(QStringLiteral("status_code"), household->statusCode);
            o.insert(QStringLiteral("attribute_code"), household->attributeCode);
        }
        print(c, QJsonDocument(o));
        return 0;
    }
    c.out << HouseholdCommands::tr("Recorded \"%1\" for household %2 on %3.")
                 .arg(StatusProcedure::stepName(change.step), code->trimmed(), change.date.toString(Qt::ISODate))
          << Qt::endl;
    return 0;
}

QString householdUsage()
{
    return HouseholdCommands::tr(
               "Usage: fupin-cli household SUBCOMMAND --db FILE ...\n"
               "  show CODE [--json]                       one household; --json prints the form \"save\" reads\n"
               "  search TEXT [--division CODE] [--deleted] [--limit N] [--json]\n"
               "                                           as the search box: a name, an ID's last digits, the "
               "beginning of a code or phone\n"
               "  save --json FILE                         create or update a household from its JSON form, with "
               "the editor's checks\n"
               "  delete CODE --reason R                   delete a household (it can be restored)\n"
               "  restore CODE                             restore a deleted household\n"
               "  step CODE --kind K --date D [--reason R] [--notice-start D] [--notice-days N]\n"
               "       [--category C] [--risks R1,R2] [--attribute A] [--json]\n"
               "                                           record a status step; K is one of:")
        + u'\n' + kindList();
}

// ----- history -----

QString actionName(const QString &action)
{
    if (action == QLatin1String("insert"))
        return HouseholdCommands::tr("added");
    if (action == QLatin1String("update"))
        return HouseholdCommands::tr("changed");
    if (action == QLatin1String("delete"))
        return HouseholdCommands::tr("deleted");
    if (action == QLatin1String("restore"))
        return HouseholdCommands::tr("restored");
    return action;
}

} // namespace

int HouseholdCommands::household(const CommandContext &c)
{
    const QString sub = c.arguments.value(1);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        (sub.isEmpty() ? c.err : c.out) << householdUsage() << Qt::endl;
        return sub.isEmpty() ? 1 : 0;
    }
    const QHash<QString, int (*)(const Context &)> subcommands{
        {QStringLiteral("show"), show},
        {QStringLiteral("search"), search},
        {QStringLiteral("save"), save},
        {QStringLiteral("delete"), remove},
        {QStringLiteral("restore"), restore},
        {QStringLiteral("step"), step},
    };
    const auto run = subcommands.value(sub);
    if (!run)
        return fail(c, tr("Unknown household command \"%1\".").arg(sub) + u'\n' + householdUsage());
    return run(c);
}

int HouseholdCommands::history(const CommandContext &c)
{
    c.parser.addOptions({c.dbOption, JsonOutput});
    c.parser.addPositionalArgument(QStringLiteral("code"), QString());
    if (!c.parser.parse(c.arguments))
        return fail(c, c.parser.errorText());
    if (c.parser.positionalArguments().size() != 1)
        return fail(c, tr("Give one household code."));
    auto found = openAndFind(c, c.parser.positionalArguments().first(), false);
    if (!found)
        return fail(c, found.error());
    const auto entries = AuditLog(*found->db).forHousehold(found->id);
    if (!entries)
        return fail(c, entries.error());

    if (c.parser.isSet(JsonOutput)) {
        QJsonArray a;
        for (const AuditEntry &e : entries.value())
            a.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("changedAt"), e.changedAt},
                {QStringLiteral("changedBy"), e.changedBy}, {QStringLiteral("changedByName"), e.changedByName},
                {QStringLiteral("table"), e.tableName}, {QStringLiteral("recordUuid"), e.recordUuid},
                {QStringLiteral("record"), e.recordLabel}, {QStringLiteral("action"), e.action},
                {QStringLiteral("field"), e.field}, {QStringLiteral("fieldLabel"), e.fieldLabel},
                {QStringLiteral("old"), e.oldIsNull ? QJsonValue() : QJsonValue(e.oldValue)},
                {QStringLiteral("new"), e.newIsNull ? QJsonValue() : QJsonValue(e.newValue)}});
        print(c, QJsonDocument(a));
        return 0;
    }
    // Fields by their labels and values as a person reads them (code names, yuan); empty and NULL
    // read alike to a person (--json tells them apart). A creation is one line with what it held.
    const QList<HistoryEvent> events = AuditLog(*found->db).eventsForHousehold(found->id).value_or({});
    for (const HistoryEvent &event : events) {
        const AuditEntry &e = event.entry;
        c.out << e.changedAt.left(19).replace(u'T', u' ') << '\t' << e.changedByName << '\t' << actionName(e.action)
              << '\t' << orDash(e.recordLabel) << '\t';
        if (event.isCreation())
            c.out << orDash(event.createdWith.join(tr("; ")));
        else
            c.out << e.fieldLabel << '\t' << orDash(e.oldText) << QStringLiteral(" → ") << orDash(e.newText);
        c.out << Qt::endl;
    }
    c.out << tr("%n change(s).", nullptr, int(events.size())) << Qt::endl;
    return 0;
}

QString HouseholdCommands::usage()
{
    return tr("  household SUBCOMMAND --db FILE ...                show, search, save, delete, restore, step "
              "(\"household --help\")\n"
              "  history --db FILE CODE [--json]                   a household's change history");
}
