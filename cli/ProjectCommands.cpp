// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectCommands.h"

#include "CommandRequest.h"

#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "projects/ProjectLibrary.h"
#include "projects/ProjectLifecycle.h"
#include "register/HouseholdLookup.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace {

using Context = CommandContext;

QCommandLineOption option(const char *name, const QString &description, const char *value)
{
    return QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(value));
}

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

Result<CommandRequest> request(const Context &c, QList<QCommandLineOption> options)
{
    options << c.dbOption << CommandRequest::inputOption() << CommandRequest::jsonOption();
    const Result<QStringList> positional = c.parseSubcommand(options);
    if (!positional)
        return Result<CommandRequest>::failure(positional.error());
    if (!positional->isEmpty())
        return Result<CommandRequest>::failure(
            ProjectCommands::tr("Unexpected argument \"%1\".").arg(positional->first()));
    return CommandRequest::read(c, options);
}

QJsonObject projectJson(const Project &p)
{
    return {{QStringLiteral("id"), p.meta.id}, {QStringLiteral("revision"), p.meta.revision},
        {QStringLiteral("name"), p.name}, {QStringLiteral("category"), p.categoryCode},
        {QStringLiteral("nature"), p.nature}, {QStringLiteral("division_id"), p.divisionId},
        {QStringLiteral("year"), p.year}, {QStringLiteral("start"), day(p.startDate)},
        {QStringLiteral("end"), day(p.endDate)}, {QStringLiteral("responsible-unit"), p.responsibleUnit},
        {QStringLiteral("content"), p.content}, {QStringLiteral("budget_fen"), p.budgetFen},
        {QStringLiteral("target"), p.performanceTarget}, {QStringLiteral("mechanism"), p.benefitMechanism},
        {QStringLiteral("unit"), p.unitId}};
}

void set(const CommandRequest &r, const char *name, QString &field)
{
    if (r.has(QString::fromLatin1(name)))
        field = r.text(QString::fromLatin1(name)).trimmed();
}

// The division with the code: the village where the project is built, or a township or the county.
Result<qint64> divisionOfCode(CountyDatabase &db, const QString &code)
{
    const auto divisions = Divisions::load(db, Divisions::Counts::Without);
    if (!divisions)
        return Result<qint64>::failure(divisions.error());
    for (const Division &d : divisions.value()) {
        if (d.code == code)
            return d.id;
    }
    return Result<qint64>::failure(ProjectCommands::tr("No division in %1 has the code %2.").arg(db.path(), code));
}

int save(const Context &c, bool editing)
{
    QList<QCommandLineOption> options{
        option("name", ProjectCommands::tr("The project's name."), "text"),
        option("category", ProjectCommands::tr("The category (project_category code)."), "code"),
        option("nature", ProjectCommands::tr("new or extension."), "word"),
        option(
            "division", ProjectCommands::tr("The code of the village, township or county where it is built."), "code"),
        option("year", ProjectCommands::tr("The project's year."), "year"),
        option("start", ProjectCommands::tr("The planned start, YYYY-MM-DD."), "date"),
        option("end", ProjectCommands::tr("The planned end, YYYY-MM-DD."), "date"),
        option("responsible-unit", ProjectCommands::tr("The unit responsible for it."), "text"),
        option("content", ProjectCommands::tr("What is built or done."), "text"),
        option("budget", ProjectCommands::tr("The budget in yuan."), "yuan"),
        option("target", ProjectCommands::tr("The performance target (绩效目标)."), "text"),
        option("mechanism", ProjectCommands::tr("How it benefits poor households (带贫机制)."), "text"),
        option("unit", ProjectCommands::tr("The number of the assistance unit it comes from (0 for none)."), "id"),
    };
    if (editing)
        options << option("project", ProjectCommands::tr("The project's number."), "id");
    const auto r = request(c, options);
    if (!r)
        return c.fail(r.error());
    const Result<qint64> id = editing ? r->id(QStringLiteral("project")) : Result<qint64>(qint64(0));
    const Result<int> year = r->number(QStringLiteral("year"), 0);
    const Result<QDate> start = r->date(QStringLiteral("start"), false);
    const Result<QDate> end = r->date(QStringLiteral("end"), false);
    const Result<Money> budget = r->amount(QStringLiteral("budget"), Money());
    const Result<qint64> unit = r->optionalId(QStringLiteral("unit"));
    for (const QString &error : {id.error(), year.error(), start.error(), end.error(), budget.error(), unit.error()}) {
        if (!error.isEmpty())
            return c.fail(error);
    }
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    Project p;
    if (editing) {
        Result<Project> loaded = ProjectLibrary(*db.value()).load(id.value());
        if (!loaded)
            return c.fail(loaded.error());
        p = loaded.value();
    }
    if (r->has(QStringLiteral("division"))) {
        const Result<qint64> division = divisionOfCode(*db.value(), r->text(QStringLiteral("division")).trimmed());
        if (!division)
            return c.fail(division.error());
        p.divisionId = division.value();
    }
    set(r.value(), "name", p.name);
    set(r.value(), "category", p.categoryCode);
    set(r.value(), "nature", p.nature);
    set(r.value(), "responsible-unit", p.responsibleUnit);
    set(r.value(), "content", p.content);
    set(r.value(), "target", p.performanceTarget);
    set(r.value(), "mechanism", p.benefitMechanism);
    if (r->has(QStringLiteral("year")))
        p.year = year.value();
    if (r->has(QStringLiteral("start")))
        p.startDate = start.value();
    if (r->has(QStringLiteral("end")))
        p.endDate = end.value();
    if (!editing || r->has(QStringLiteral("budget")) || r->has(QStringLiteral("budget_fen")))
        p.budgetFen = budget->fen();
    if (r->has(QStringLiteral("unit")))
        p.unitId = unit.value();
    const Result<qint64> saved = ProjectLibrary(*db.value()).save(p);
    if (!saved)
        return c.fail(saved.error());
    if (r->json())
        c.printJson(projectJson(p));
    else
        c.out << ProjectCommands::tr("Saved project %1 (%2).").arg(saved.value()).arg(p.name) << Qt::endl;
    return 0;
}

QJsonObject stepJson(const ProjectEvent &e)
{
    return {{QStringLiteral("id"), e.id}, {QStringLiteral("from"), ProjectStatusWords::word(e.from)},
        {QStringLiteral("to"), ProjectStatusWords::word(e.to)}, {QStringLiteral("date"), day(e.date)},
        {QStringLiteral("reason"), e.reason}, {QStringLiteral("procurement"), e.procurementMethod},
        {QStringLiteral("bidder"), e.winningBidder}, {QStringLiteral("contract_fen"), e.contractFen},
        {QStringLiteral("progress"), e.progressPercent}, {QStringLiteral("milestone"), e.milestone},
        {QStringLiteral("accepted-by"), e.acceptedBy}, {QStringLiteral("audit-result"), e.auditResult},
        {QStringLiteral("recorded_by"), e.recordedBy}, {QStringLiteral("recorded_at"), e.recordedAt}};
}

QString statusWords()
{
    QStringList words;
    for (ProjectStatus s : ProjectStatusWords::all())
        words << ProjectStatusWords::word(s);
    return words.join(QStringLiteral(", "));
}

int step(const Context &c)
{
    const auto r = request(c,
        {
            option("project", ProjectCommands::tr("The project's number."), "id"),
            option("to", ProjectCommands::tr("The status it moves to: %1.").arg(statusWords()), "status"),
            option("date", ProjectCommands::tr("The day of the step, YYYY-MM-DD."), "date"),
            option("reason", ProjectCommands::tr("cancelled: why."), "text"),
            option("procurement", ProjectCommands::tr("tendering: the procurement method."), "text"),
            option("bidder", ProjectCommands::tr("tendering: the winning bidder."), "name"),
            option("contract", ProjectCommands::tr("tendering: the contract amount in yuan."), "yuan"),
            option("progress", ProjectCommands::tr("in_progress: the percentage done, 0–100."), "n"),
            option("milestone", ProjectCommands::tr("in_progress: the milestone reached."), "text"),
            option("accepted-by", ProjectCommands::tr("accepted: the acceptance group."), "text"),
            option("audit-result", ProjectCommands::tr("accepted: the third-party audit result."), "text"),
        });
    if (!r)
        return c.fail(r.error());
    const Result<qint64> project = r->id(QStringLiteral("project"));
    if (!project)
        return c.fail(project.error());
    const std::optional<ProjectStatus> to = ProjectStatusWords::fromWord(r->text(QStringLiteral("to")).trimmed());
    if (!to)
        return c.fail(
            ProjectCommands::tr("Give the status the project moves to with --to, one of: %1.").arg(statusWords()));
    ProjectEvent e;
    e.to = *to;
    const Result<QDate> date = r->date(QStringLiteral("date"), true);
    const Result<Money> contract = r->amount(QStringLiteral("contract"), Money());
    const Result<int> progress = r->number(QStringLiteral("progress"), 0);
    for (const QString &error : {date.error(), contract.error(), progress.error()}) {
        if (!error.isEmpty())
            return c.fail(error);
    }
    e.date = date.value();
    e.contractFen = contract->fen();
    e.progressPercent = progress.value();
    e.reason = r->text(QStringLiteral("reason"));
    e.procurementMethod = r->text(QStringLiteral("procurement"));
    e.winningBidder = r->text(QStringLiteral("bidder"));
    e.milestone = r->text(QStringLiteral("milestone"));
    e.acceptedBy = r->text(QStringLiteral("accepted-by"));
    e.auditResult = r->text(QStringLiteral("audit-result"));
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    ProjectLifecycle lifecycle(*db.value());
    if (const Status s = lifecycle.advance(project.value(), e); !s)
        return c.fail(s.error());
    const QList<ProjectEvent> steps = lifecycle.history(project.value()).value_or({});
    if (r->json())
        c.printJson(steps.isEmpty() ? QJsonObject() : stepJson(steps.last()));
    else
        c.out << ProjectCommands::tr("Project %1 is now %2 (%3).")
                     .arg(QString::number(project.value()), ProjectStatusWords::name(e.to), day(e.date))
              << Qt::endl;
    return 0;
}

int history(const Context &c)
{
    const auto r = request(c, {option("project", ProjectCommands::tr("The project's number."), "id")});
    if (!r)
        return c.fail(r.error());
    const Result<qint64> project = r->id(QStringLiteral("project"));
    if (!project)
        return c.fail(project.error());
    auto db = c.open(false);
    if (!db)
        return c.fail(db.error());
    const Result<QList<ProjectEvent>> steps = ProjectLifecycle(*db.value()).history(project.value());
    if (!steps)
        return c.fail(steps.error());
    QJsonArray rows;
    for (const ProjectEvent &e : steps.value()) {
        rows.append(stepJson(e));
        if (!r->json())
            c.out << e.id << '\t' << day(e.date) << '\t' << ProjectStatusWords::name(e.from) << QStringLiteral(" → ")
                  << ProjectStatusWords::name(e.to) << '\t' << e.recordedBy << Qt::endl;
    }
    if (r->json())
        c.printJson(rows);
    return 0;
}

int beneficiaries(const Context &c)
{
    const auto r = request(c,
        {
            option("project", ProjectCommands::tr("The project's number."), "id"),
            option("add", ProjectCommands::tr("A household that benefits (its code); give it once per household."),
                "code"),
            option("remove", ProjectCommands::tr("A household to take off the list (its code)."), "code"),
        });
    if (!r)
        return c.fail(r.error());
    const Result<qint64> project = r->id(QStringLiteral("project"));
    if (!project)
        return c.fail(project.error());
    const QStringList add = r->texts(QStringLiteral("add"));
    const QStringList remove = r->texts(QStringLiteral("remove"));
    const bool writes = !add.isEmpty() || !remove.isEmpty();
    auto db = c.open(writes);
    if (!db)
        return c.fail(db.error());
    ProjectLibrary library(*db.value());
    if (writes) {
        const HouseholdLookup lookup(*db.value());
        QList<qint64> addIds, removeIds;
        for (const auto &[codes, ids] : {std::pair{&add, &addIds}, std::pair{&remove, &removeIds}}) {
            for (const QString &code : *codes) {
                const Result<qint64> id = lookup.idOfCode(code);
                if (!id)
                    return c.fail(id.error());
                *ids << id.value();
            }
        }
        if (const Status s = library.changeBeneficiaries(project.value(), addIds, removeIds); !s)
            return c.fail(s.error());
    }
    const Result<QList<BeneficiaryRow>> rows = library.beneficiaryRows(project.value());
    if (!rows)
        return c.fail(rows.error());
    QJsonArray list;
    for (const BeneficiaryRow &b : rows.value()) {
        list.append(QJsonObject{{QStringLiteral("household"), b.code}, {QStringLiteral("head"), b.headName},
            {QStringLiteral("village"), b.village}});
        if (!r->json())
            c.out << b.code << '\t' << b.headName << '\t' << b.village << Qt::endl;
    }
    if (r->json())
        c.printJson(list);
    else
        c.out << ProjectCommands::tr("%n beneficiary household(s).", nullptr, int(rows->size())) << Qt::endl;
    return 0;
}

} // namespace

bool ProjectCommands::handles(const QString &subcommand)
{
    return QStringList{QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("step"), QStringLiteral("history"),
        QStringLiteral("beneficiaries")}
        .contains(subcommand);
}

int ProjectCommands::run(const CommandContext &c)
{
    const QString sub = c.arguments.value(1);
    if (sub == QLatin1String("add") || sub == QLatin1String("edit"))
        return save(c, sub == QLatin1String("edit"));
    if (sub == QLatin1String("step"))
        return step(c);
    if (sub == QLatin1String("history"))
        return history(c);
    return beneficiaries(c);
}

QString ProjectCommands::usage()
{
    return tr("  projects add --db FILE --name N --category C --division CODE --year Y [--nature new|extension]\n"
              "       [--start DATE] [--end DATE] [--responsible-unit T] [--content T] [--budget YUAN] [--target T]\n"
              "       [--mechanism T] [--unit N] [--json]          a new project, proposed\n"
              "  projects edit --db FILE --project N [the fields of add] [--json]\n"
              "                                                    changes a project's fields\n"
              "  projects step --db FILE --project N --to STATUS --date DATE [--reason T] [--procurement T]\n"
              "       [--bidder B] [--contract YUAN] [--progress N] [--milestone T] [--accepted-by T]\n"
              "       [--audit-result T] [--json]                  moves a project to its next status\n"
              "  projects history --db FILE --project N [--json]   a project's steps\n"
              "  projects beneficiaries --db FILE --project N [--add CODE]... [--remove CODE]... [--json]\n"
              "                                                    the households that benefit, changed or listed\n"
              "  (add, edit, step and beneficiaries also read their fields from a JSON object with --input FILE)");
}
