// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserCommands.h"

#include "PasswordInput.h"

#include "accounts/Accounts.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

using Context = CommandContext;

const QCommandLineOption JsonOutput(QStringLiteral("json"), UserCommands::tr("Print JSON instead of text."));
const QCommandLineOption LoginOption(
    QStringLiteral("login"), UserCommands::tr("The account."), QStringLiteral("login"));
const QCommandLineOption NameOption(QStringLiteral("name"), UserCommands::tr("Full name."), QStringLiteral("name"));
const QCommandLineOption PhoneOption(QStringLiteral("phone"), UserCommands::tr("Phone."), QStringLiteral("phone"));
const QCommandLineOption RoleOption(
    QStringLiteral("role"), UserCommands::tr("admin, county, township, village or auditor."), QStringLiteral("role"));
const QCommandLineOption ScopeOption(QStringLiteral("scope"),
    UserCommands::tr("Township or village codes, separated by commas."), QStringLiteral("codes"));

// Division names by id and ids by code, for scopes given and shown as codes.
struct DivisionIndex
{
    QHash<qint64, Division> byId;
    QHash<QString, qint64> byCode;
};

Result<DivisionIndex> divisionIndex(CountyDatabase &db)
{
    const auto divisions = Divisions::load(db, Divisions::Counts::Without);
    if (!divisions)
        return Result<DivisionIndex>::failure(divisions.error());
    DivisionIndex index;
    for (const Division &d : divisions.value()) {
        index.byId.insert(d.id, d);
        index.byCode.insert(d.code, d.id);
    }
    return index;
}

Result<QList<qint64>> scopeOf(const Context &c, CountyDatabase &db)
{
    using R = Result<QList<qint64>>;
    QList<qint64> scope;
    if (!c.parser.isSet(ScopeOption))
        return scope;
    const auto index = divisionIndex(db);
    if (!index)
        return R::failure(index.error());
    for (const QString &code : c.parser.value(ScopeOption).split(u',', Qt::SkipEmptyParts)) {
        const qint64 id = index->byCode.value(code.trimmed());
        if (!id)
            return R::failure(UserCommands::tr("There is no division with the code %1 in %2; \"fupin-cli divisions\" "
                                               "lists them.")
                                  .arg(code.trimmed(), db.path()));
        scope.append(id);
    }
    return scope;
}

Result<Role> roleOf(const Context &c)
{
    const std::optional<Role> role = Roles::fromCode(c.parser.value(RoleOption));
    if (!role)
        return Result<Role>::failure(
            UserCommands::tr("--role is one of admin, county, township, village, auditor; \"%1\" is not.")
                .arg(c.parser.value(RoleOption)));
    return *role;
}

// Parses the options, checks that --login is there when needed, and opens the county.
Result<std::unique_ptr<CountyDatabase>> open(const Context &c, QList<QCommandLineOption> options, bool writes)
{
    const bool needsLogin = writes; // every changing subcommand names the account it changes
    using R = Result<std::unique_ptr<CountyDatabase>>;
    options.prepend(c.dbOption);
    const auto positional = c.parseSubcommand(options);
    if (!positional)
        return R::failure(positional.error());
    if (needsLogin && c.parser.value(LoginOption).trimmed().isEmpty())
        return R::failure(UserCommands::tr("Say which account with --login LOGIN."));
    return c.open(writes);
}

int list(const Context &c)
{
    auto db = open(c, {JsonOutput}, false);
    if (!db)
        return c.fail(db.error());
    const auto accounts = Accounts(*db.value()).list();
    const auto index = divisionIndex(*db.value());
    if (!accounts || !index)
        return c.fail(!accounts ? accounts.error() : index.error());
    const auto scopeNames = [&](const Account &a) {
        QStringList names;
        for (qint64 id : a.scope)
            names << index->byId.value(id).name;
        return names;
    };
    if (c.parser.isSet(JsonOutput)) {
        QJsonArray rows;
        for (const Account &a : accounts.value())
            rows.append(QJsonObject{{QStringLiteral("login"), a.login}, {QStringLiteral("fullName"), a.fullName},
                {QStringLiteral("phone"), a.phone}, {QStringLiteral("role"), Roles::code(a.role)},
                {QStringLiteral("scope"), QJsonArray::fromStringList(scopeNames(a))},
                {QStringLiteral("active"), a.active}, {QStringLiteral("hasPassword"), a.hasPassword},
                {QStringLiteral("lastLogin"), a.lastLoginAt}});
        c.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const Account &a : accounts.value()) {
        c.out << a.login << '\t' << a.fullName << '\t' << Roles::label(a.role) << '\t'
              << scopeNames(a).join(QStringLiteral("、")) << '\t'
              << (a.active ? UserCommands::tr("active") : UserCommands::tr("deactivated")) << Qt::endl;
    }
    return 0;
}

int add(const Context &c)
{
    auto db = open(c, {LoginOption, NameOption, PhoneOption, RoleOption, ScopeOption}, true);
    if (!db)
        return c.fail(db.error());
    const auto role = roleOf(c);
    const auto scope = scopeOf(c, *db.value());
    if (!role || !scope)
        return c.fail(!role ? role.error() : scope.error());
    const QString login = c.parser.value(LoginOption).trimmed();
    const auto password = PasswordInput::read(
        PasswordInput::NewPasswordVariable, UserCommands::tr("New password for %1: ").arg(login), c.err, true);
    if (!password)
        return c.fail(password.error());
    const auto added = Accounts(*db.value())
                           .add({login, c.parser.value(NameOption), c.parser.value(PhoneOption), role.value(),
                               scope.value(), password.value()});
    if (!added)
        return c.fail(added.error());
    c.out << UserCommands::tr("Added the account %1 (%2).").arg(login, Roles::label(role.value())) << Qt::endl;
    return 0;
}

int setRole(const Context &c)
{
    auto db = open(c, {LoginOption, RoleOption, ScopeOption}, true);
    if (!db)
        return c.fail(db.error());
    const auto role = roleOf(c);
    const auto scope = scopeOf(c, *db.value());
    if (!role || !scope)
        return c.fail(!role ? role.error() : scope.error());
    const QString login = c.parser.value(LoginOption).trimmed();
    if (Status s = Accounts(*db.value()).setRole(login, role.value(), scope.value()); !s)
        return c.fail(s.error());
    c.out << UserCommands::tr("%1 is now %2.").arg(login, Roles::label(role.value())) << Qt::endl;
    return 0;
}

int setScope(const Context &c)
{
    auto db = open(c, {LoginOption, ScopeOption}, true);
    if (!db)
        return c.fail(db.error());
    const QString login = c.parser.value(LoginOption).trimmed();
    const std::optional<Account> account = Accounts(*db.value()).find(login);
    if (!account)
        return c.fail(UserCommands::tr("There is no account %1 in %2.").arg(login, db.value()->path()));
    const auto scope = scopeOf(c, *db.value());
    if (!scope)
        return c.fail(scope.error());
    if (Status s = Accounts(*db.value()).setRole(login, account->role, scope.value()); !s)
        return c.fail(s.error());
    c.out << UserCommands::tr("Changed the divisions of %1.").arg(login) << Qt::endl;
    return 0;
}

int setPassword(const Context &c)
{
    auto db = open(c, {LoginOption}, true);
    if (!db)
        return c.fail(db.error());
    const QString login = c.parser.value(LoginOption).trimmed();
    const auto password = PasswordInput::read(
        PasswordInput::NewPasswordVariable, UserCommands::tr("New password for %1: ").arg(login), c.err, true);
    if (!password)
        return c.fail(password.error());
    if (Status s = Accounts(*db.value()).setPassword(login, password.value()); !s)
        return c.fail(s.error());
    c.out << UserCommands::tr("Set a new password for %1.").arg(login) << Qt::endl;
    return 0;
}

int setActive(const Context &c, bool active)
{
    auto db = open(c, {LoginOption}, true);
    if (!db)
        return c.fail(db.error());
    const QString login = c.parser.value(LoginOption).trimmed();
    if (Status s = Accounts(*db.value()).setActive(login, active); !s)
        return c.fail(s.error());
    c.out << (active ? UserCommands::tr("Activated %1.") : UserCommands::tr("Deactivated %1.")).arg(login) << Qt::endl;
    return 0;
}

int deactivate(const Context &c)
{
    return setActive(c, false);
}

int activate(const Context &c)
{
    return setActive(c, true);
}

} // namespace

QString UserCommands::usage()
{
    return tr("  users list --db FILE --user LOGIN [--json]               the county's accounts\n"
              "  users add --db FILE --user ADMIN --login L --name N --role R [--scope CODES] [--phone P]\n"
              "  users set-role --db FILE --user ADMIN --login L --role R [--scope CODES]\n"
              "  users set-scope --db FILE --user ADMIN --login L --scope CODES\n"
              "  users set-password --db FILE --user LOGIN --login L     (the new one from FUPIN_NEW_PASSWORD)\n"
              "  users deactivate|activate --db FILE --user ADMIN --login L\n"
              "  --user LOGIN acts as that account on any command; its password is read from FUPIN_PASSWORD\n"
              "  or asked for on a terminal, never given as an argument.");
}

int UserCommands::users(const CommandContext &c)
{
    const QString sub = c.arguments.value(1);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        (sub.isEmpty() ? c.err : c.out) << usage() << Qt::endl;
        return sub.isEmpty() ? 1 : 0;
    }
    const QHash<QString, int (*)(const Context &)> subcommands{
        {QStringLiteral("list"), list},
        {QStringLiteral("add"), add},
        {QStringLiteral("set-role"), setRole},
        {QStringLiteral("set-scope"), setScope},
        {QStringLiteral("set-password"), setPassword},
        {QStringLiteral("deactivate"), deactivate},
        {QStringLiteral("activate"), activate},
    };
    const auto run = subcommands.value(sub);
    if (!run)
        return c.fail(tr("Unknown users command \"%1\".").arg(sub) + u'\n' + usage());
    return run(c);
}
