// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerCommands.h"

#include "CommandRequest.h"

#include "db/CountyDatabase.h"
#include "funds/FundLedger.h"
#include "register/HouseholdLookup.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace {

using Context = CommandContext;

// The one place here that reads and sets an entry's amount.
qint64 fenOf(const LedgerEntry &e)
{
    return e.amountFen;
}
void setAmount(LedgerEntry &e, Money amount)
{
    e.amountFen = amount.fen();
}

QString kindWord(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Allocation:
        return QStringLiteral("allocation");
    case LedgerKind::Disbursement:
        return QStringLiteral("disbursement");
    case LedgerKind::Receipt:
        break;
    }
    return QStringLiteral("receipt");
}

std::optional<LedgerKind> kindOfWord(const QString &word)
{
    for (LedgerKind kind : {LedgerKind::Receipt, LedgerKind::Allocation, LedgerKind::Disbursement}) {
        if (kindWord(kind) == word.trimmed())
            return kind;
    }
    return std::nullopt;
}

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}

QJsonObject entryJson(const LedgerEntry &e)
{
    return {{QStringLiteral("id"), e.id}, {QStringLiteral("kind"), kindWord(e.kind)},
        {QStringLiteral("source"), idOrNull(e.sourceId)}, {QStringLiteral("project"), idOrNull(e.projectId)},
        {QStringLiteral("allocation"), idOrNull(e.allocationId)},
        {QStringLiteral("household_id"), idOrNull(e.householdId)},
        {QStringLiteral("date"), e.date.toString(Qt::ISODate)}, {QStringLiteral("amount_fen"), fenOf(e)},
        {QStringLiteral("voucher"), e.voucherNo}, {QStringLiteral("payee"), e.payee}, {QStringLiteral("note"), e.note},
        {QStringLiteral("reverses"), idOrNull(e.reversesId)}, {QStringLiteral("reversed_by"), idOrNull(e.reversedById)},
        {QStringLiteral("entered_by"), e.enteredBy}, {QStringLiteral("entered_at"), e.enteredAt}};
}

QString entryText(const LedgerEntry &e)
{
    return LedgerCommands::tr("%1 %2 on %3: %4 yuan")
        .arg(FundLedger::kindName(e.kind), QString::number(e.id), e.date.toString(Qt::ISODate),
            Money::fromFen(fenOf(e)).toString());
}

QCommandLineOption option(const char *name, const QString &description, const char *value)
{
    return QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(value));
}

// The entry as written, printed in text or JSON.
int report(const Context &c, const CommandRequest &r, CountyDatabase &db, LedgerKind kind, qint64 id)
{
    const Result<LedgerEntry> written = FundLedger(db).entry(kind, id);
    if (!written)
        return c.fail(written.error());
    if (r.json())
        c.printJson(entryJson(written.value()));
    else
        c.out << LedgerCommands::tr("Entered %1.").arg(entryText(written.value())) << Qt::endl;
    return 0;
}

int enter(const Context &c, LedgerKind kind)
{
    QList<QCommandLineOption> options{
        option("date", LedgerCommands::tr("The day, YYYY-MM-DD."), "date"),
        option("amount", LedgerCommands::tr("The amount in yuan."), "yuan"),
        option("voucher", LedgerCommands::tr("The voucher number (凭证号)."), "no"),
        option("note", LedgerCommands::tr("A note."), "text"),
    };
    if (kind != LedgerKind::Disbursement)
        options << option("source", LedgerCommands::tr("The fund source's number."), "id");
    if (kind == LedgerKind::Allocation)
        options << option("project", LedgerCommands::tr("The project's number."), "id");
    if (kind == LedgerKind::Disbursement)
        options << option("allocation", LedgerCommands::tr("The number of the allocation paid from."), "id")
                << option("payee", LedgerCommands::tr("Who is paid: a household or a contractor."), "name")
                << option("household", LedgerCommands::tr("The code of the household paid, if one is."), "code");
    options << c.dbOption << CommandRequest::inputOption() << CommandRequest::jsonOption();
    const Result<QStringList> positional = c.parseSubcommand(options);
    if (!positional)
        return c.fail(positional.error());
    if (!positional->isEmpty())
        return c.fail(LedgerCommands::tr("Unexpected argument \"%1\".").arg(positional->first()));
    const Result<CommandRequest> r = CommandRequest::read(c, options);
    if (!r)
        return c.fail(r.error());
    LedgerEntry e;
    e.kind = kind;
    const Result<QDate> date = r->date(QStringLiteral("date"), true);
    if (!date)
        return c.fail(date.error());
    e.date = date.value();
    const Result<Money> amount = r->amount(QStringLiteral("amount"));
    if (!amount)
        return c.fail(amount.error());
    setAmount(e, amount.value());
    // The numbers the kind takes: a receipt its source, an allocation its source and project, a
    // payment its allocation.
    QList<std::pair<QString, qint64 *>> ids;
    if (kind != LedgerKind::Disbursement)
        ids << std::pair{QStringLiteral("source"), &e.sourceId};
    if (kind == LedgerKind::Allocation)
        ids << std::pair{QStringLiteral("project"), &e.projectId};
    if (kind == LedgerKind::Disbursement)
        ids << std::pair{QStringLiteral("allocation"), &e.allocationId};
    for (const auto &[name, field] : std::as_const(ids)) {
        const Result<qint64> id = r->id(name);
        if (!id)
            return c.fail(id.error());
        *field = id.value();
    }
    e.voucherNo = r->text(QStringLiteral("voucher")).trimmed();
    e.note = r->text(QStringLiteral("note")).trimmed();
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    if (kind == LedgerKind::Disbursement) {
        e.payee = r->text(QStringLiteral("payee")).trimmed();
        const QString household = r->text(QStringLiteral("household")).trimmed();
        if (!household.isEmpty()) {
            const Result<qint64> id = HouseholdLookup(*db.value()).idOfCode(household);
            if (!id)
                return c.fail(id.error());
            e.householdId = id.value();
        }
    }
    FundLedger ledger(*db.value());
    const Result<qint64> id = kind == LedgerKind::Receipt ? ledger.receive(e)
        : kind == LedgerKind::Allocation                  ? ledger.allocate(e)
                                                          : ledger.disburse(e);
    if (!id)
        return c.fail(id.error());
    return report(c, r.value(), *db.value(), kind, id.value());
}

int reverse(const Context &c)
{
    const QList<QCommandLineOption> options{
        option("kind", LedgerCommands::tr("What the entry is: receipt, allocation or disbursement."), "kind"),
        option("entry", LedgerCommands::tr("The number of the entry to reverse."), "id"),
        option("date", LedgerCommands::tr("The day of the reversal, YYYY-MM-DD."), "date"),
        option("voucher", LedgerCommands::tr("The voucher number of the reversal."), "no"),
        option("reason", LedgerCommands::tr("Why the entry is reversed."), "text"),
        c.dbOption,
        CommandRequest::inputOption(),
        CommandRequest::jsonOption(),
    };
    const Result<QStringList> positional = c.parseSubcommand(options);
    if (!positional)
        return c.fail(positional.error());
    if (!positional->isEmpty())
        return c.fail(LedgerCommands::tr("Unexpected argument \"%1\".").arg(positional->first()));
    const Result<CommandRequest> r = CommandRequest::read(c, options);
    if (!r)
        return c.fail(r.error());
    const std::optional<LedgerKind> kind = kindOfWord(r->text(QStringLiteral("kind")));
    if (!kind)
        return c.fail(LedgerCommands::tr("Give what the entry is with --kind receipt, allocation or disbursement."));
    const Result<qint64> entry = r->id(QStringLiteral("entry"));
    if (!entry)
        return c.fail(entry.error());
    const Result<QDate> date = r->date(QStringLiteral("date"), true);
    if (!date)
        return c.fail(date.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    const Result<qint64> id
        = FundLedger(*db.value())
              .reverse(*kind, entry.value(), date.value(), r->text(QStringLiteral("voucher")).trimmed(),
                  r->text(QStringLiteral("reason")).trimmed());
    if (!id)
        return c.fail(id.error());
    return report(c, r.value(), *db.value(), *kind, id.value());
}

int entries(const Context &c)
{
    const QList<QCommandLineOption> options{
        option("kind", LedgerCommands::tr("receipt, allocation or disbursement."), "kind"),
        option("source", LedgerCommands::tr("Only this fund source."), "id"),
        option("project", LedgerCommands::tr("Only this project."), "id"),
        option("household", LedgerCommands::tr("Only payments to this household (its code)."), "code"),
        option("as-of", LedgerCommands::tr("Only entries up to this day."), "date"),
        c.dbOption,
        CommandRequest::jsonOption(),
    };
    const Result<QStringList> positional = c.parseSubcommand(options);
    if (!positional)
        return c.fail(positional.error());
    const Result<CommandRequest> r = CommandRequest::read(c, options);
    if (!r)
        return c.fail(r.error());
    const std::optional<LedgerKind> kind = kindOfWord(r->text(QStringLiteral("kind")));
    if (!kind)
        return c.fail(LedgerCommands::tr("Give what to list with --kind receipt, allocation or disbursement."));
    const Result<qint64> source = r->optionalId(QStringLiteral("source"));
    const Result<qint64> project = r->optionalId(QStringLiteral("project"));
    const Result<QDate> asOf = r->date(QStringLiteral("as-of"), false);
    for (const QString &error : {source.error(), project.error(), asOf.error()}) {
        if (!error.isEmpty())
            return c.fail(error);
    }
    auto db = c.open(false);
    if (!db)
        return c.fail(db.error());
    qint64 household = 0;
    if (!r->text(QStringLiteral("household")).trimmed().isEmpty()) {
        const Result<qint64> id = HouseholdLookup(*db.value()).idOfCode(r->text(QStringLiteral("household")).trimmed());
        if (!id)
            return c.fail(id.error());
        household = id.value();
    }
    const Result<QList<LedgerEntry>> list
        = FundLedger(*db.value()).entries(*kind, source.value(), project.value(), household, asOf.value());
    if (!list)
        return c.fail(list.error());
    QJsonArray rows;
    for (const LedgerEntry &e : list.value()) {
        rows.append(entryJson(e));
        if (!r->json())
            c.out << entryText(e) << '\t' << e.voucherNo << '\t' << e.payee << '\t' << e.note << Qt::endl;
    }
    if (r->json())
        c.printJson(rows);
    else
        c.out << LedgerCommands::tr("%n entry(s).", nullptr, int(list->size())) << Qt::endl;
    return 0;
}

} // namespace

bool LedgerCommands::handles(const QString &subcommand)
{
    return QStringList{QStringLiteral("receive"), QStringLiteral("allocate"), QStringLiteral("disburse"),
        QStringLiteral("reverse"), QStringLiteral("entries")}
        .contains(subcommand);
}

int LedgerCommands::run(const CommandContext &c)
{
    const QString sub = c.arguments.value(1);
    if (sub == QLatin1String("receive"))
        return enter(c, LedgerKind::Receipt);
    if (sub == QLatin1String("allocate"))
        return enter(c, LedgerKind::Allocation);
    if (sub == QLatin1String("disburse"))
        return enter(c, LedgerKind::Disbursement);
    if (sub == QLatin1String("reverse"))
        return reverse(c);
    return entries(c);
}

QString LedgerCommands::usage()
{
    return tr(
        "  ledger receive --db FILE --source N --date DATE --amount YUAN [--voucher V] [--note T] [--json]\n"
        "                                                    money received from a fund source\n"
        "  ledger allocate --db FILE --source N --project N --date DATE --amount YUAN [--voucher V] [--note T]\n"
        "       [--json]                                     money of a source allocated to a project\n"
        "  ledger disburse --db FILE --allocation N --date DATE --amount YUAN --payee P [--household CODE]\n"
        "       [--voucher V] [--note T] [--json]            money paid out of an allocation\n"
        "  ledger reverse --db FILE --kind K --entry N --date DATE --reason TEXT [--voucher V] [--json]\n"
        "                                                    the reversal of a mistaken entry\n"
        "  ledger entries --db FILE --kind K [--source N] [--project N] [--household CODE] [--as-of DATE]\n"
        "       [--json]                                     the entries of a kind: receipt, allocation, "
        "disbursement\n"
        "  (receive, allocate, disburse and reverse also read their fields from a JSON object with --input FILE;\n"
        "   amounts as \"amount_fen\": 100000 or \"amount\": \"1000.00\")");
}
