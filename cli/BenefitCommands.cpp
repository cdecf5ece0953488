// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenefitCommands.h"

#include "CommandRequest.h"

#include "db/CountyDatabase.h"
#include "funds/BenefitBook.h"
#include "register/HouseholdLookup.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace {

using Context = CommandContext;

// The one place here that reads and sets a benefit's amount.
qint64 fenOf(const HouseholdBenefit &b)
{
    return b.amountFen;
}
void setAmount(HouseholdBenefit &b, Money amount)
{
    b.amountFen = amount.fen();
}

QCommandLineOption option(const char *name, const QString &description, const char *value)
{
    return QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(value));
}

Result<CommandRequest> request(const Context &c, QList<QCommandLineOption> options)
{
    options << c.dbOption << CommandRequest::inputOption() << CommandRequest::jsonOption();
    const Result<QStringList> positional = c.parseSubcommand(options);
    if (!positional)
        return Result<CommandRequest>::failure(positional.error());
    if (!positional->isEmpty())
        return Result<CommandRequest>::failure(
            BenefitCommands::tr("Unexpected argument \"%1\".").arg(positional->first()));
    return CommandRequest::read(c, options);
}

QJsonObject benefitJson(const HouseholdBenefit &b)
{
    return {{QStringLiteral("id"), b.meta.id}, {QStringLiteral("household_id"), b.householdId},
        {QStringLiteral("year"), b.year}, {QStringLiteral("type"), b.benefitCode},
        {QStringLiteral("amount_fen"), fenOf(b)}, {QStringLiteral("note"), b.note}};
}

QString typeCodes()
{
    QStringList codes;
    for (const BenefitBook::Type &t : BenefitBook::types())
        codes << QStringLiteral("%1 (%2)").arg(t.code, t.name);
    return codes.join(QStringLiteral(", "));
}

Result<QList<qint64>> householdsOf(CountyDatabase &db, const QStringList &codes)
{
    if (codes.isEmpty())
        return Result<QList<qint64>>::failure(
            BenefitCommands::tr("Give the household's code with --household CODE (once per household)."));
    QList<qint64> ids;
    const HouseholdLookup lookup(db);
    for (const QString &code : codes) {
        const Result<qint64> id = lookup.idOfCode(code);
        if (!id)
            return Result<QList<qint64>>::failure(id.error());
        ids << id.value();
    }
    return ids;
}

int list(const Context &c)
{
    const auto r = request(c,
        {option("household", BenefitCommands::tr("The household's code."), "code"),
            option("year", BenefitCommands::tr("Only this year's benefits."), "year")});
    if (!r)
        return c.fail(r.error());
    const Result<int> year = r->number(QStringLiteral("year"), 0);
    if (!year)
        return c.fail(year.error());
    auto db = c.open(false);
    if (!db)
        return c.fail(db.error());
    const Result<QList<qint64>> household = householdsOf(*db.value(), r->texts(QStringLiteral("household")));
    if (!household)
        return c.fail(household.error());
    BenefitBook book(*db.value());
    const Result<QList<HouseholdBenefit>> rows
        = year.value() ? book.forHousehold(household->first(), year.value()) : book.forHousehold(household->first());
    if (!rows)
        return c.fail(rows.error());
    QJsonArray list;
    for (const HouseholdBenefit &b : rows.value()) {
        list.append(benefitJson(b));
        if (!r->json())
            c.out << b.meta.id << '\t' << b.year << '\t' << BenefitBook::typeName(b.benefitCode) << '\t'
                  << Money::fromFen(fenOf(b)).toString() << '\t' << b.note << Qt::endl;
    }
    if (r->json())
        c.printJson(list);
    else
        c.out << BenefitCommands::tr("%n benefit(s).", nullptr, int(rows->size())) << Qt::endl;
    return 0;
}

int add(const Context &c)
{
    const auto r = request(c,
        {option("household",
             BenefitCommands::tr("The household's code; give it once per household for the same benefit to each."),
             "code"),
            option("year", BenefitCommands::tr("The year of the benefit."), "year"),
            option("type", BenefitCommands::tr("The kind of benefit: %1.").arg(typeCodes()), "code"),
            option("amount", BenefitCommands::tr("The amount in yuan."), "yuan"),
            option("note", BenefitCommands::tr("A note."), "text")});
    if (!r)
        return c.fail(r.error());
    const Result<int> year = r->number(QStringLiteral("year"), 0);
    if (!year)
        return c.fail(year.error());
    const Result<Money> amount = r->amount(QStringLiteral("amount"));
    if (!amount)
        return c.fail(amount.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    const Result<QList<qint64>> households = householdsOf(*db.value(), r->texts(QStringLiteral("household")));
    if (!households)
        return c.fail(households.error());
    HouseholdBenefit b;
    b.year = year.value();
    b.benefitCode = r->text(QStringLiteral("type")).trimmed();
    setAmount(b, amount.value());
    b.note = r->text(QStringLiteral("note")).trimmed();
    BenefitBook book(*db.value());
    // As the dialog does: one household's benefit is saved as a record, many in one transaction.
    int saved = 0;
    if (households->size() == 1) {
        b.householdId = households->first();
        if (const Result<qint64> id = book.save(b); !id)
            return c.fail(id.error());
        saved = 1;
    } else {
        const Result<int> n = book.saveForHouseholds(households.value(), b);
        if (!n)
            return c.fail(n.error());
        saved = n.value();
    }
    if (r->json()) {
        QJsonObject o = benefitJson(b);
        if (households->size() != 1) {
            o.remove(QStringLiteral("id"));
            o.remove(QStringLiteral("household_id"));
        }
        o.insert(QStringLiteral("saved"), saved);
        c.printJson(o);
    } else {
        c.out << BenefitCommands::tr("Entered the benefit for %n household(s).", nullptr, saved) << Qt::endl;
    }
    return 0;
}

int remove(const Context &c)
{
    const auto r = request(c,
        {option("id", BenefitCommands::tr("The benefit's number."), "id"),
            option("reason", BenefitCommands::tr("Why it is removed."), "text")});
    if (!r)
        return c.fail(r.error());
    const Result<qint64> id = r->id(QStringLiteral("id"));
    if (!id)
        return c.fail(id.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    if (const Status s = BenefitBook(*db.value()).remove(id.value(), r->text(QStringLiteral("reason")).trimmed()); !s)
        return c.fail(s.error());
    if (r->json())
        c.printJson(QJsonObject{{QStringLiteral("id"), id.value()}, {QStringLiteral("deleted"), true}});
    else
        c.out << BenefitCommands::tr("Removed benefit %1.").arg(id.value()) << Qt::endl;
    return 0;
}

} // namespace

int BenefitCommands::benefits(const CommandContext &c)
{
    const QString sub = c.arguments.value(1);
    if (sub == QLatin1String("list"))
        return list(c);
    if (sub == QLatin1String("add"))
        return add(c);
    if (sub == QLatin1String("remove"))
        return remove(c);
    return c.fail(tr("Unknown benefits command \"%1\"; see \"fupin-cli benefits --help\".").arg(sub));
}

QString BenefitCommands::usage()
{
    return tr("  benefits list --db FILE --household CODE [--year Y] [--json]\n"
              "                                                    a household's benefits, the latest year first\n"
              "  benefits add --db FILE --household CODE... --year Y --type CODE --amount YUAN [--note T] [--json]\n"
              "                                                    a benefit for one household or the same for many\n"
              "  benefits remove --db FILE --id N --reason TEXT [--json]\n"
              "                                                    takes off a benefit entered by mistake\n"
              "  (add and remove also read their fields from a JSON object with --input FILE; \"household\" may be "
              "a list)");
}
