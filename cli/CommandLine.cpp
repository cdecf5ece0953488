// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "AssessCommands.h"
#include "BackupCommands.h"
#include "BenefitCommands.h"
#include "CardCommands.h"
#include "ExportCommands.h"
#include "ForcesCommands.h"
#include "ForcesWriteCommands.h"
#include "FundsCommands.h"
#include "HouseholdCommands.h"
#include "ImportCommands.h"
#include "NoticeCommands.h"
#include "PasswordInput.h"
#include "StandardsCommands.h"
#include "UserCommands.h"

#include "accounts/Accounts.h"
#include "accounts/SignIn.h"

#include "county/CountyStats.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "files/NewCountyFile.h"
#include "quality/QualityChecker.h"
#include "register/HouseholdLookup.h"
#include "register/IdNumber.h"
#include "register/RegisterYear.h"

#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace {

// What each command needs: its parser, the streams, and a place to say what went wrong.
struct Invocation
{
    QCommandLineParser parser;
    QStringList arguments; // the program name, then what follows the command
    QTextStream &out;
    QTextStream &err;

    bool json() const { return parser.isSet(QStringLiteral("json")); }
    int fail(const QString &message) const
    {
        err << message << Qt::endl;
        return 1;
    }
    void print(const QJsonValue &value) const
    {
        out << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                   .toJson(QJsonDocument::Indented);
        out.flush();
    }
};

const QCommandLineOption DbOption(QStringLiteral("db"), CommandLine::tr("The county file."), QStringLiteral("file"));
const QCommandLineOption JsonOption(QStringLiteral("json"), CommandLine::tr("Print JSON instead of text."));
const QCommandLineOption UserOption(QStringLiteral("user"),
    CommandLine::tr("Act as this account; its password is read from FUPIN_PASSWORD or asked for."),
    QStringLiteral("login"));

// The county file the command names; refused when --db is missing.
Result<QString> countyPath(const Invocation &call)
{
    const QString path = call.parser.value(DbOption);
    if (path.isEmpty())
        return Result<QString>::failure(CommandLine::tr("Give the county file with --db FILE."));
    return path;
}

// Signs in as --user, or as the one account without a password that the county may have.
Status signIn(const Invocation &call, CountyDatabase &db)
{
    const QString login = call.parser.value(UserOption).trimmed();
    if (login.isEmpty()) {
        if (db.account().isSignedIn())
            return {};
        return Status::failure(CommandLine::tr("%1 has accounts: say who you are with --user LOGIN (the password is "
                                               "read from the environment variable FUPIN_PASSWORD, or asked for on a "
                                               "terminal).")
                                   .arg(db.path()));
    }
    if (db.account().isSignedIn() && db.account().login.compare(login, Qt::CaseInsensitive) == 0)
        return {};
    const std::optional<Account> account = Accounts(db).find(login);
    QString password;
    if (!account || account->hasPassword) {
        const auto typed = PasswordInput::read(
            PasswordInput::PasswordVariable, CommandLine::tr("Password for %1: ").arg(login), call.err);
        if (!typed)
            return Status::failure(typed.error());
        password = typed.value();
    }
    return SignIn::signIn(db, login, password, SignIn::Kind::Command).status();
}

Result<std::unique_ptr<CountyDatabase>> openCountyAt(
    const Invocation &call, const Result<QString> &path, CountyDatabase::OpenMode mode)
{
    using R = Result<std::unique_ptr<CountyDatabase>>;
    if (!path)
        return R::failure(path.error());
    auto db = CountyDatabase::open(path.value(), mode);
    if (!db)
        return db;
    if (!db.value()->isInitialized()) {
        if (mode != CountyDatabase::OpenMode::CreateIfMissing)
            return R::failure(
                CommandLine::tr("%1 holds no county yet; run \"fupin-cli init\" first.").arg(path.value()));
    } else if (mode != CountyDatabase::OpenMode::Inspect) {
        if (Status s = signIn(call, *db.value()); !s)
            return R::failure(s.error());
    }
    return db;
}

Result<std::unique_ptr<CountyDatabase>> openCounty(const Invocation &call, CountyDatabase::OpenMode mode)
{
    return openCountyAt(call, countyPath(call), mode);
}

// Reads the command's options, then opens the county file they name.
Result<std::unique_ptr<CountyDatabase>> parseAndOpen(Invocation &call, CountyDatabase::OpenMode mode)
{
    if (!call.parser.parse(call.arguments))
        return Result<std::unique_ptr<CountyDatabase>>::failure(call.parser.errorText());
    return openCounty(call, mode);
}

int initCommand(Invocation &call)
{
    const QCommandLineOption code(
        QStringLiteral("county-code"), CommandLine::tr("6-digit county code."), QStringLiteral("code"));
    const QCommandLineOption name(
        QStringLiteral("county-name"), CommandLine::tr("County name."), QStringLiteral("name"));
    const QCommandLineOption adminLogin(QStringLiteral("admin-login"),
        CommandLine::tr("The administrator's login (its password from FUPIN_PASSWORD or asked for); without it, "
                        "\"admin\" without a password."),
        QStringLiteral("login"));
    const QCommandLineOption adminName(
        QStringLiteral("admin-name"), CommandLine::tr("The administrator's full name."), QStringLiteral("name"));
    call.parser.addOptions({DbOption, code, name, adminLogin, adminName});
    if (!call.parser.parse(call.arguments))
        return call.fail(call.parser.errorText());
    // The county's code and name are checked before the file is created, so a refused argument
    // leaves no file behind; initialize() checks them again for every other caller.
    if (Status s = CountyDatabase::checkCountyCode(call.parser.value(code)); !s)
        return call.fail(s.error());
    const Result<QString> countyName = CountyDatabase::checkCountyName(call.parser.value(name));
    if (!countyName)
        return call.fail(countyName.error());
    NewAccount admin;
    admin.role = Role::Administrator;
    admin.fullName = call.parser.value(adminName);
    if (call.parser.isSet(adminLogin)) {
        admin.login = call.parser.value(adminLogin).trimmed();
        if (Status s = Accounts::checkLogin(admin.login); !s)
            return call.fail(s.error());
        const auto password = PasswordInput::read(PasswordInput::PasswordVariable,
            CommandLine::tr("Password for the administrator %1: ").arg(admin.login), call.err, true);
        if (!password)
            return call.fail(password.error());
        if (Status s = Accounts::checkPassword(password.value()); !s)
            return call.fail(s.error());
        admin.password = password.value();
    }
    // A file made here and not finished (a full disk) is removed again, with its -wal and -shm.
    NewCountyFile created(call.parser.value(DbOption));
    auto db = openCounty(call, CountyDatabase::OpenMode::CreateIfMissing);
    if (!db)
        return call.fail(db.error());
    if (Status s = db.value()->initialize(call.parser.value(code), countyName.value(), admin); !s)
        return call.fail(s.error());
    created.keep();
    call.out << CommandLine::tr("Created the county %1 (%2) in %3.")
                    .arg(countyName.value(), call.parser.value(code), db.value()->path())
             << Qt::endl;
    return 0;
}

int demoCommand(Invocation &call)
{
    const QCommandLineOption households(QStringLiteral("households"), CommandLine::tr("Number of households."),
        QStringLiteral("n"), QStringLiteral("3000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        CommandLine::tr("Random seed: the same seed gives the same county."), QStringLiteral("s"),
        QStringLiteral("2014"));
    call.parser.addOptions({DbOption, households, seed});
    if (!call.parser.parse(call.arguments))
        return call.fail(call.parser.errorText());
    bool okCount = false;
    bool okSeed = false;
    DemoOptions options;
    options.households = call.parser.value(households).toInt(&okCount);
    options.seed = call.parser.value(seed).toULongLong(&okSeed);
    if (!okCount || options.households <= 0)
        return call.fail(CommandLine::tr("--households must be a positive number."));
    if (!okSeed)
        return call.fail(CommandLine::tr("--seed must be a non-negative number."));
    if (Status s = DemoGenerator::checkOptions(options); !s)
        return call.fail(s.error());
    // A file made here is removed again when the demo fails; one that was there is rolled back.
    NewCountyFile created(call.parser.value(DbOption));
    auto db = openCounty(call, CountyDatabase::OpenMode::CreateIfMissing);
    if (!db)
        return call.fail(db.error());
    QElapsedTimer timer;
    timer.start();
    if (Status s = DemoGenerator::generate(*db.value(), options); !s)
        return call.fail(s.error());
    created.keep();
    // The search index is brought up to date now rather than on the first search in the GUI.
    if (Status s = db.value()->updateSearchIndex(); !s)
        return call.fail(s.error());
    call.out << CommandLine::tr("Generated %1 demo households in %2 s.")
                    .arg(options.households)
                    .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
             << Qt::endl
             << CommandLine::tr("Demo accounts admin, county, township, village and auditor, each with the password "
                                "%1.")
                    .arg(QString::fromLatin1(DemoGenerator::DemoPassword))
             << Qt::endl;
    return 0;
}

// The input as typed, with control characters made visible: a pasted line break must not
// split the report, nor an escape sequence reach the terminal.
QString shownInput(const QString &input)
{
    QString shown;
    for (QChar ch : input) {
        const QChar::Category category = ch.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            shown += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
        else
            shown += ch;
    }
    return shown;
}

int checkIdCommand(Invocation &call)
{
    call.parser.addOption(JsonOption);
    call.parser.addPositionalArgument(QStringLiteral("id"), CommandLine::tr("Resident ID numbers to check."));
    if (!call.parser.parse(call.arguments))
        return call.fail(call.parser.errorText());
    const QStringList ids = call.parser.positionalArguments();
    if (ids.isEmpty())
        return call.fail(CommandLine::tr("Give one or more ID numbers to check."));
    bool allValid = true;
    QJsonArray results;
    for (const QString &id : ids) {
        const IdNumber::Check check = IdNumber::check(id);
        allValid = allValid && check.valid;
        if (call.json()) {
            QJsonObject o{{QStringLiteral("input"), id}, {QStringLiteral("valid"), check.valid},
                {QStringLiteral("normalized"), check.normalized}};
            if (check.valid) {
                o.insert(QStringLiteral("birthDate"), check.birthDate.toString(Qt::ISODate));
                o.insert(QStringLiteral("sex"), check.sexCode);
            } else {
                o.insert(QStringLiteral("reason"), check.reason);
            }
            results.append(o);
        } else if (check.valid) {
            call.out << shownInput(id) << '\t' << CommandLine::tr("valid") << '\t'
                     << check.birthDate.toString(Qt::ISODate) << '\t'
                     << (check.sexCode == QLatin1String("1") ? CommandLine::tr("male") : CommandLine::tr("female"))
                     << Qt::endl;
        } else {
            call.out << shownInput(id) << '\t' << CommandLine::tr("invalid") << '\t' << check.reason << Qt::endl;
        }
    }
    if (call.json())
        call.print(results);
    return allValid ? 0 : 1;
}

int divisionsCommand(Invocation &call)
{
    call.parser.addOptions({DbOption, JsonOption});
    auto db = parseAndOpen(call, CountyDatabase::OpenMode::ReadOnly);
    if (!db)
        return call.fail(db.error());
    const auto divisions = Divisions::load(*db.value());
    if (!divisions)
        return call.fail(divisions.error());

    if (!call.json()) {
        for (const Division &d : divisions.value()) {
            call.out << QString(2 * (d.level - 1), u' ') << d.code << ' ' << d.name << ' '
                     << CommandLine::tr("(%n household(s))", nullptr, d.households) << Qt::endl;
        }
        return 0;
    }
    // Nest children under their parents; load() gives parents first.
    QHash<qint64, QJsonObject> objects;
    QHash<qint64, QList<qint64>> children;
    for (const Division &d : divisions.value()) {
        objects.insert(d.id,
            QJsonObject{{QStringLiteral("code"), d.code}, {QStringLiteral("name"), d.name},
                {QStringLiteral("level"), d.level}, {QStringLiteral("households"), d.households}});
        children[d.parentId].append(d.id);
    }
    std::function<QJsonObject(qint64)> build = [&](qint64 id) {
        QJsonObject o = objects.value(id);
        QJsonArray kids;
        for (qint64 child : children.value(id))
            kids.append(build(child));
        if (!kids.isEmpty())
            o.insert(QStringLiteral("children"), kids);
        return o;
    };
    QJsonArray roots;
    for (qint64 id : children.value(0))
        roots.append(build(id));
    call.print(roots.size() == 1 ? QJsonValue(roots.first()) : QJsonValue(roots));
    return 0;
}

QJsonArray tallyJson(const QList<Tally> &tallies)
{
    QJsonArray a;
    for (const Tally &t : tallies)
        a.append(QJsonObject{{QStringLiteral("code"), t.key}, {QStringLiteral("name"), t.name},
            {QStringLiteral("households"), t.households}, {QStringLiteral("people"), t.people}});
    return a;
}

int statsCommand(Invocation &call)
{
    call.parser.addOptions({DbOption, JsonOption});
    auto db = parseAndOpen(call, CountyDatabase::OpenMode::ReadOnly);
    if (!db)
        return call.fail(db.error());
    const auto stats = CountyStats::compute(*db.value());
    if (!stats)
        return call.fail(stats.error());
    const CountyStats &s = stats.value();
    if (call.json()) {
        call.print(QJsonObject{{QStringLiteral("households"), s.households}, {QStringLiteral("people"), s.people},
            {QStringLiteral("byStatus"), tallyJson(s.byStatus)},
            {QStringLiteral("byAttribute"), tallyJson(s.byAttribute)},
            {QStringLiteral("byMainCause"), tallyJson(s.byMainCause)},
            {QStringLiteral("byTownship"), tallyJson(s.byTownship)}});
        return 0;
    }
    call.out << CommandLine::tr("%1 households, %2 people").arg(s.households).arg(s.people) << Qt::endl;
    const QList<std::pair<QString, const QList<Tally> *>> sections{{CommandLine::tr("By status"), &s.byStatus},
        {CommandLine::tr("By attribute"), &s.byAttribute}, {CommandLine::tr("By main cause"), &s.byMainCause},
        {CommandLine::tr("By township"), &s.byTownship}};
    for (const auto &[title, tallies] : sections) {
        call.out << Qt::endl << title << Qt::endl;
        for (const Tally &t : *tallies)
            call.out << "  " << t.name << '\t'
                     << CommandLine::tr("%1 households, %2 people").arg(t.households).arg(t.people) << Qt::endl;
    }
    return 0;
}

int validateCommand(Invocation &call)
{
    const QCommandLineOption yearOption(QStringLiteral("year"),
        CommandLine::tr("Year whose income and living conditions are checked "
                        "(default: the latest with income records)."),
        QStringLiteral("year"));
    call.parser.addOptions({DbOption, JsonOption, yearOption});
    auto db = parseAndOpen(call, CountyDatabase::OpenMode::ReadOnly);
    if (!db)
        return call.fail(db.error());
    int year = HouseholdLookup(*db.value()).latestIncomeYear().value_or(QDate::currentDate().year() - 1);
    if (call.parser.isSet(yearOption)) {
        const auto given = RegisterYear::parse(call.parser.value(yearOption));
        if (!given)
            return call.fail(QStringLiteral("--year: ") + given.error());
        year = given.value();
    }
    const auto findings = QualityChecker(*db.value()).checkDivision(0, year);
    if (!findings)
        return call.fail(findings.error());
    if (call.json()) {
        QJsonArray a;
        for (const Finding &f : findings.value())
            a.append(QJsonObject{{QStringLiteral("rule"), f.ruleCode},
                {QStringLiteral("severity"),
                    f.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
                {QStringLiteral("household"), f.householdCode}, {QStringLiteral("head"), f.headName},
                {QStringLiteral("message"), f.message}});
        call.print(QJsonObject{{QStringLiteral("year"), year}, {QStringLiteral("findings"), a}});
        return 0;
    }
    for (const Finding &f : findings.value())
        call.out << f.ruleCode << '\t'
                 << (f.severity == Severity::Error ? CommandLine::tr("error") : CommandLine::tr("warning")) << '\t'
                 << f.householdCode << '\t' << f.headName << '\t' << f.message << Qt::endl;
    call.out << CommandLine::tr("%n finding(s) for %1.", nullptr, int(findings->size())).arg(year) << Qt::endl;
    return 0;
}

int checkCommand(Invocation &call)
{
    call.parser.addOption(DbOption);
    if (!call.parser.parse(call.arguments))
        return call.fail(call.parser.errorText());
    const Result<QString> path = countyPath(call);
    if (!path)
        return call.fail(path.error());
    // Any level, only read: a damaged or old file is checked as it is.
    auto db = CountyDatabase::open(path.value(), CountyDatabase::OpenMode::Inspect);
    if (!db)
        return call.fail(db.error());
    const auto problems = db.value()->checkIntegrity();
    if (!problems)
        return call.fail(problems.error());
    if (problems->isEmpty()) {
        call.out << CommandLine::tr("The county file %1 is sound: its structure and the links between its records "
                                    "are intact.")
                        .arg(db.value()->path())
                 << Qt::endl;
        return 0;
    }
    call.out << CommandLine::tr("The county file %1 has %n problem(s):", nullptr, int(problems->size()))
                    .arg(db.value()->path())
             << Qt::endl;
    for (const QString &problem : problems.value())
        call.out << "  " << problem << Qt::endl;
    return 1;
}

int upgradeCommand(Invocation &call)
{
    call.parser.addOption(DbOption);
    if (!call.parser.parse(call.arguments))
        return call.fail(call.parser.errorText());
    const Result<QString> path = countyPath(call);
    if (!path)
        return call.fail(path.error());
    {
        // Looked at first without writing: an empty file, a foreign or newer one is refused as it is.
        auto look = CountyDatabase::open(path.value(), CountyDatabase::OpenMode::Inspect);
        if (!look)
            return call.fail(look.error());
        if (look.value()->schemaLevel() >= CountyDatabase::latestSchemaLevel()) {
            call.out << CommandLine::tr("%1 is already at database level %2; nothing was changed.")
                            .arg(look.value()->path())
                            .arg(look.value()->schemaLevel())
                     << Qt::endl;
            return 0;
        }
    }
    auto db = CountyDatabase::open(path.value(), CountyDatabase::OpenMode::ExistingOnly);
    if (!db)
        return call.fail(db.error());
    if (db.value()->upgradedFromLevel() == 0) {
        call.out << CommandLine::tr("%1 was upgraded meanwhile by another program; it is at database level %2.")
                        .arg(db.value()->path())
                        .arg(db.value()->schemaLevel())
                 << Qt::endl;
        return 0;
    }
    call.out << CommandLine::tr("Upgraded %1 from database level %2 to level %3. The file as it was before is kept "
                                "in %4.")
                    .arg(db.value()->path())
                    .arg(db.value()->upgradedFromLevel())
                    .arg(db.value()->schemaLevel())
                    .arg(db.value()->upgradeBackupPath())
             << Qt::endl;
    return 0;
}

QString usage()
{
    return CommandLine::tr("Usage: fupin-cli COMMAND [OPTIONS]\n"
                           "Commands:\n"
                           "  --version                                         print the version\n"
                           "  init --db FILE --county-code CODE --county-name NAME [--admin-login L] [--admin-name N]\n"
                           "                                                    create a county file\n"
                           "  demo --db FILE [--households N] [--seed S]        fill it with a demo county\n"
                           "  check-id [--json] ID...                           check resident ID numbers\n"
                           "  divisions --db FILE [--json]                      the division tree with codes\n"
                           "  stats --db FILE [--json]                          households and people by status, "
                           "attribute, cause, township\n"
                           "  validate --db FILE [--year Y] [--json]            data-quality findings\n"
                           "  check --db FILE                                   check the file for damage and "
                           "broken links\n"
                           "  upgrade --db FILE                                 upgrade an older county file, "
                           "keeping a backup")
        + u'\n' + HouseholdCommands::usage() + u'\n' + ForcesCommands::usage() + u'\n' + FundsCommands::usage() + u'\n'
        + BenefitCommands::usage() + u'\n' + NoticeCommands::usage() + u'\n' + CardCommands::usage() + u'\n'
        + BackupCommands::usage() + u'\n' + UserCommands::usage() + u'\n' + AssessCommands::usage() + u'\n'
        + ImportCommands::usage() + u'\n' + ExportCommands::usage() + u'\n' + StandardsCommands::usage();
}

// The household commands open the county file as every command here does: the reading ones so
// that they write nothing.
CommandContext commandContext(Invocation &call)
{
    return {call.parser, call.arguments, call.out, call.err, DbOption,
        [&call](bool writes) {
            return openCounty(
                call, writes ? CountyDatabase::OpenMode::ExistingOnly : CountyDatabase::OpenMode::ReadOnly);
        },
        [&call](const QString &path) { return openCountyAt(call, path, CountyDatabase::OpenMode::ReadOnly); }};
}

int householdCommand(Invocation &call)
{
    return HouseholdCommands::household(commandContext(call));
}

int historyCommand(Invocation &call)
{
    return HouseholdCommands::history(commandContext(call));
}

int usersCommand(Invocation &call)
{
    return UserCommands::users(commandContext(call));
}

int ledgerCommand(Invocation &call)
{
    return FundsCommands::ledger(commandContext(call));
}

int projectsCommand(Invocation &call)
{
    return FundsCommands::projects(commandContext(call));
}

int loansCommand(Invocation &call)
{
    return FundsCommands::loans(commandContext(call));
}

using Handler = int (*)(Invocation &);

// The option no command declares: given it, every command stops at its parse (the first thing each
// does, before it reads or writes anything), and its parser then holds the options it declared.
const QString DescribeProbe = QStringLiteral("--fupin-cli-describe-options");

// Runs the command on `arguments` with its output kept apart; returns the exit status and the
// parser's description of the options, when the command declared any.
std::pair<int, QString> runQuietly(Handler handler, const QStringList &arguments, QString *printed)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    Invocation call{{}, arguments, outStream, errStream};
    call.parser.addOption(UserOption);
    const QString before = call.parser.helpText();
    const int status = handler(call);
    outStream.flush();
    if (printed)
        *printed = out;
    const QString after = call.parser.helpText();
    if (after == before)
        return {status, QString()};
    // Qt's text begins with a usage line naming the executable; ours is printed above it.
    return {status, after.mid(after.indexOf(u'\n') + 1).trimmed()};
}

// The lines of a usage text that describe `path` ("ledger", or "users list", or a group's "show"),
// with the lines below each indented deeper (its description).
QStringList usageLines(const QString &text, const QStringList &path)
{
    const auto indent = [](const QString &line) {
        int n = 0;
        while (n < line.size() && line.at(n) == u' ')
            ++n;
        return n;
    };
    const auto matches = [](const QString &word, const QString &name) { return word.split(u'|').contains(name); };
    QStringList lines;
    int matchedIndent = -1;
    for (const QString &line : text.split(u'\n')) {
        const QStringList words = line.trimmed().split(u' ', Qt::SkipEmptyParts);
        if (matchedIndent >= 0 && indent(line) > matchedIndent && !line.trimmed().isEmpty()) {
            lines << line;
            continue;
        }
        matchedIndent = -1;
        const bool full = words.size() >= path.size()
            && std::equal(path.begin(), path.end(), words.begin(),
                [&](const QString &name, const QString &word) { return matches(word, name); });
        const bool sub = path.size() == 2 && !words.isEmpty() && matches(words.first(), path.last());
        if (full || sub) {
            // The synopsis after the program's name; its description, if on the same line, below it
            // in the column where it stood.
            static const QRegularExpression gap(QStringLiteral("\\S( {3,})\\S"));
            const QRegularExpressionMatch m = gap.match(line);
            const qsizetype description = m.hasMatch() ? m.capturedEnd(1) : line.size();
            lines << QStringLiteral("  fupin-cli ") + (sub && !full ? path.first() + u' ' : QString())
                    + line.left(description).trimmed();
            if (description < line.size())
                lines << QString(description, u' ') + line.mid(description);
            matchedIndent = indent(line);
        }
    }
    lines.removeDuplicates();
    return lines;
}

// `fupin-cli COMMAND [SUBCOMMAND] ... --help`: the command's usage lines and its options, printed
// without running it. A group of subcommands (household, users) without one chosen prints its own
// list of them.
int help(Handler handler, const QString &command, const QStringList &arguments, QTextStream &out)
{
    const qsizetype at = std::max(arguments.indexOf(QStringLiteral("--help")), arguments.indexOf(QStringLiteral("-h")));
    const QStringList before = arguments.mid(0, at);
    const QString sub = before.value(1);
    QString groupText;
    const auto [groupStatus, unused] = runQuietly(handler, {arguments.value(0), QStringLiteral("--help")}, &groupText);
    Q_UNUSED(unused)
    if (groupStatus != 0)
        groupText.clear();
    const auto [status, options] = runQuietly(handler, before + QStringList{DescribeProbe}, nullptr);
    Q_UNUSED(status)
    if (options.isEmpty() && !groupText.isEmpty()) {
        if (!groupText.startsWith(CommandLine::tr("Usage:").chopped(1)))
            out << CommandLine::tr("Usage:") << Qt::endl;
        out << groupText;
        out.flush();
        return 0;
    }
    QStringList path{command};
    if (!sub.isEmpty() && !sub.startsWith(u'-'))
        path << sub;
    QStringList lines = usageLines(usage() + u'\n' + groupText, path);
    if (lines.isEmpty())
        lines << QStringLiteral("  fupin-cli ") + path.join(u' ') + CommandLine::tr(" [OPTIONS]");
    out << CommandLine::tr("Usage:") << Qt::endl << lines.join(u'\n') << Qt::endl;
    if (!options.isEmpty())
        out << Qt::endl << options << Qt::endl;
    return 0;
}

} // namespace

int CommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "fupin-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        (command.isEmpty() ? err : out) << usage() << Qt::endl;
        return command.isEmpty() ? 1 : 0;
    }

    const QHash<QString, Handler> commands{
        {QStringLiteral("init"), initCommand},
        {QStringLiteral("demo"), demoCommand},
        {QStringLiteral("check-id"), checkIdCommand},
        {QStringLiteral("divisions"), divisionsCommand},
        {QStringLiteral("stats"), statsCommand},
        {QStringLiteral("validate"), validateCommand},
        {QStringLiteral("check"), checkCommand},
        {QStringLiteral("upgrade"), upgradeCommand},
        {QStringLiteral("household"), householdCommand},
        {QStringLiteral("history"), historyCommand},
        {QStringLiteral("users"), usersCommand},
        {QStringLiteral("units"), [](Invocation &call) { return ForcesCommands::units(commandContext(call)); }},
        {QStringLiteral("cadres"), [](Invocation &call) { return ForcesCommands::cadres(commandContext(call)); }},
        {QStringLiteral("pairings"), [](Invocation &call) { return ForcesCommands::pairings(commandContext(call)); }},
        {QStringLiteral("pair"), [](Invocation &call) { return ForcesCommands::pair(commandContext(call)); }},
        {QStringLiteral("visits"), [](Invocation &call) { return ForcesCommands::visits(commandContext(call)); }},
        {QStringLiteral("measures"),
            [](Invocation &call) { return ForcesWriteCommands::measures(commandContext(call)); }},
        {QStringLiteral("benefits"), [](Invocation &call) { return BenefitCommands::benefits(commandContext(call)); }},
        {QStringLiteral("teams"), [](Invocation &call) { return ForcesWriteCommands::teams(commandContext(call)); }},
        {QStringLiteral("rank-cap"),
            [](Invocation &call) { return ForcesWriteCommands::rankCap(commandContext(call)); }},
        {QStringLiteral("ledger"), ledgerCommand},
        {QStringLiteral("projects"), projectsCommand},
        {QStringLiteral("loans"), loansCommand},
        {QStringLiteral("notice"), [](Invocation &call) { return NoticeCommands::notice(commandContext(call)); }},
        {QStringLiteral("cards"), [](Invocation &call) { return CardCommands::cards(commandContext(call)); }},
        {QStringLiteral("backup"), [](Invocation &call) { return BackupCommands::backup(commandContext(call)); }},
        {QStringLiteral("restore"), [](Invocation &call) { return BackupCommands::restore(commandContext(call)); }},
        {QStringLiteral("assess"), [](Invocation &call) { return AssessCommands::assess(commandContext(call)); }},
        {QStringLiteral("import"), [](Invocation &call) { return ImportCommands::import(commandContext(call)); }},
        {QStringLiteral("export"), [](Invocation &call) { return ExportCommands::exportList(commandContext(call)); }},
        {QStringLiteral("standards"),
            [](Invocation &call) { return StandardsCommands::standards(commandContext(call)); }},
    };
    const auto handler = commands.value(command);
    if (!handler) {
        err << tr("Unknown command \"%1\".").arg(command) << Qt::endl << usage() << Qt::endl;
        return 1;
    }
    const QStringList rest = QStringList{arguments.value(0)} + arguments.mid(2);
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h")))
        return help(handler, command, rest, out);
    Invocation call{{}, rest, out, err};
    call.parser.addOption(UserOption); // every command that opens a county acts as someone
    return handler(call);
}
