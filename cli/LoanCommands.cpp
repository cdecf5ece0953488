// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoanCommands.h"

#include "CommandRequest.h"

#include "common/Money.h"
#include "db/CountyDatabase.h"
#include "funds/MicroloanBook.h"
#include "register/HouseholdLookup.h"
#include "register/HouseholdRepository.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

using Context = CommandContext;

void print(const Context &c, const QJsonObject &o)
{
    c.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    c.out.flush();
}

QString kindWord(LoanEvent::Kind kind)
{
    switch (kind) {
    case LoanEvent::Kind::Extension:
        return QStringLiteral("extension");
    case LoanEvent::Kind::Subsidy:
        return QStringLiteral("subsidy");
    case LoanEvent::Kind::Repayment:
        break;
    }
    return QStringLiteral("repayment");
}

QJsonObject eventJson(const LoanEvent &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id}, {QStringLiteral("kind"), kindWord(e.kind)},
        {QStringLiteral("date"), e.date.toString(Qt::ISODate)}, {QStringLiteral("amount_fen"), e.amount.fen()},
        {QStringLiteral("note"), e.note}, {QStringLiteral("entered_by"), e.enteredBy},
        {QStringLiteral("reverses"), e.reversesId ? QJsonValue(e.reversesId) : QJsonValue()},
        {QStringLiteral("reversed_by"), e.reversedById ? QJsonValue(e.reversedById) : QJsonValue()}};
    if (e.newDueDate.isValid())
        o.insert(QStringLiteral("new_due_date"), e.newDueDate.toString(Qt::ISODate));
    return o;
}

QJsonObject stateJson(const LoanState &s)
{
    return {{QStringLiteral("loan"), s.loanId}, {QStringLiteral("household"), s.householdCode},
        {QStringLiteral("borrower"), s.borrowerName}, {QStringLiteral("amount_fen"), s.amount.fen()},
        {QStringLiteral("repaid_fen"), s.repaid.fen()}, {QStringLiteral("outstanding_fen"), s.outstanding().fen()},
        {QStringLiteral("subsidy_fen"), s.subsidy.fen()}, {QStringLiteral("due"), s.dueDate.toString(Qt::ISODate)}};
}

QString stateText(const LoanState &s)
{
    return LoanCommands::tr("Loan %1 (%2, %3): %4 of %5 yuan owed, due %6.")
        .arg(QString::number(s.loanId), s.householdCode, s.borrowerName, s.outstanding().toString(),
            s.amount.toString(), s.dueDate.toString(Qt::ISODate));
}

// What a loan stands at after a write, in text or JSON, with the event written.
int reportWrite(const Context &c, MicroloanBook &book, qint64 loanId, qint64 eventId, const QString &done)
{
    const Result<LoanState> s = book.state(loanId, QDate(9999, 12, 31));
    if (!s)
        return c.fail(s.error());
    if (c.parser.isSet(CommandRequest::jsonOption())) {
        QJsonObject o = stateJson(s.value());
        o.insert(QStringLiteral("event"), eventId);
        print(c, o);
    } else {
        c.out << done << ' ' << stateText(s.value()) << Qt::endl;
    }
    return 0;
}

int events(const Context &c, const CommandRequest &r)
{
    const Result<qint64> loan = r.id(QStringLiteral("loan"));
    if (!loan)
        return c.fail(loan.error());
    auto db = c.open(false);
    if (!db)
        return c.fail(db.error());
    MicroloanBook book(*db.value());
    const Result<LoanState> s = book.state(loan.value(), QDate(9999, 12, 31));
    if (!s)
        return c.fail(s.error());
    const Result<QList<LoanEvent>> list = book.events(loan.value());
    if (!list)
        return c.fail(list.error());
    if (c.parser.isSet(CommandRequest::jsonOption())) {
        QJsonArray rows;
        for (const LoanEvent &e : list.value())
            rows.append(eventJson(e));
        QJsonObject o = stateJson(s.value());
        o.insert(QStringLiteral("events"), rows);
        print(c, o);
        return 0;
    }
    c.out << stateText(s.value()) << Qt::endl;
    for (const LoanEvent &e : list.value()) {
        QString what = e.kind == LoanEvent::Kind::Extension && !e.isReversal()
            ? LoanCommands::tr("due %1").arg(e.newDueDate.toString(Qt::ISODate))
            : LoanCommands::tr("%1 yuan").arg(e.amount.toString());
        if (e.isReversal())
            what += u' ' + LoanCommands::tr("(reverses event %1)").arg(e.reversesId);
        if (e.reversedById)
            what += u' ' + LoanCommands::tr("(reversed by event %1)").arg(e.reversedById);
        c.out << e.id << '\t' << e.date.toString(Qt::ISODate) << '\t' << MicroloanBook::eventKindName(e.kind) << '\t'
              << what << '\t' << e.note << Qt::endl;
    }
    return 0;
}

int repay(const Context &c, const CommandRequest &r)
{
    const Result<qint64> loan = r.id(QStringLiteral("loan"));
    if (!loan)
        return c.fail(loan.error());
    const Result<Money> amount = r.amount(QStringLiteral("amount"));
    if (!amount)
        return c.fail(amount.error());
    const Result<QDate> date = r.date(QStringLiteral("date"), true);
    if (!date)
        return c.fail(date.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    MicroloanBook book(*db.value());
    const Result<qint64> id = book.repay(loan.value(), date.value(), amount.value(), r.text(QStringLiteral("note")));
    if (!id)
        return c.fail(id.error());
    return reportWrite(c, book, loan.value(), id.value(),
        LoanCommands::tr("Repayment %1 of %2 yuan entered.").arg(id.value()).arg(amount->toString()));
}

int reverse(const Context &c, const CommandRequest &r)
{
    const Result<qint64> event = r.id(QStringLiteral("event"));
    if (!event)
        return c.fail(event.error());
    const Result<QDate> date = r.date(QStringLiteral("date"), false);
    if (!date)
        return c.fail(date.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    MicroloanBook book(*db.value());
    const Result<qint64> id = book.reverse(event.value(), date.value(), r.text(QStringLiteral("reason")));
    if (!id)
        return c.fail(id.error());
    const Result<LoanEvent> written = book.event(id.value());
    if (!written)
        return c.fail(written.error());
    const qint64 loanId = written->loanId;
    return reportWrite(c, book, loanId, id.value(),
        LoanCommands::tr("Event %1 reversed by event %2.").arg(event.value()).arg(id.value()));
}

int subsidize(const Context &c, const CommandRequest &r)
{
    const Result<qint64> loan = r.id(QStringLiteral("loan"));
    if (!loan)
        return c.fail(loan.error());
    const Result<Money> amount = r.amount(QStringLiteral("amount"));
    if (!amount)
        return c.fail(amount.error());
    const Result<QDate> date = r.date(QStringLiteral("date"), true);
    if (!date)
        return c.fail(date.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    MicroloanBook book(*db.value());
    const Result<qint64> id
        = book.subsidize(loan.value(), date.value(), amount.value(), r.text(QStringLiteral("note")));
    if (!id)
        return c.fail(id.error());
    return reportWrite(c, book, loan.value(), id.value(),
        LoanCommands::tr("Subsidy %1 of %2 yuan entered.").arg(id.value()).arg(amount->toString()));
}

int extend(const Context &c, const CommandRequest &r)
{
    const Result<qint64> loan = r.id(QStringLiteral("loan"));
    if (!loan)
        return c.fail(loan.error());
    const Result<QDate> date = r.date(QStringLiteral("date"), true);
    if (!date)
        return c.fail(date.error());
    const Result<QDate> due = r.date(QStringLiteral("new-due"), true);
    if (!due)
        return c.fail(due.error());
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    MicroloanBook book(*db.value());
    const Result<qint64> id = book.extend(loan.value(), date.value(), due.value(), r.text(QStringLiteral("reason")));
    if (!id)
        return c.fail(id.error());
    return reportWrite(c, book, loan.value(), id.value(),
        LoanCommands::tr("Extension %1 to %2 entered.").arg(id.value()).arg(due->toString(Qt::ISODate)));
}

// The one place here that reads and sets a loan's amount.
qint64 fenOf(const Microloan &l)
{
    return l.amountFen;
}
void setAmount(Microloan &l, Money amount)
{
    l.amountFen = amount.fen();
}

QString purposeCodes()
{
    QStringList codes;
    for (const MicroloanBook::Purpose &p : MicroloanBook::purposes())
        codes << QStringLiteral("%1 (%2)").arg(p.code, p.name);
    return codes.join(QStringLiteral(", "));
}

QList<QCommandLineOption> loanFieldOptions(bool editing)
{
    const auto option = [](const char *name, const QString &description, const char *value) {
        return QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(value));
    };
    QList<QCommandLineOption> options{
        option("household", LoanCommands::tr("The borrowing household's code."), "code"),
        option("borrower", LoanCommands::tr("The member who borrows: their ID number or name."), "member"),
        option("bank", LoanCommands::tr("The lending bank."), "name"),
        option("amount", LoanCommands::tr("The amount lent in yuan."), "yuan"),
        option("date", LoanCommands::tr("The day of the loan (YYYY-MM-DD)."), "date"),
        option("term", LoanCommands::tr("The term in months."), "months"),
        option("purpose-code", LoanCommands::tr("What the loan is for: a production purpose's code."), "code"),
        option("purpose", LoanCommands::tr("What the money is for, in words."), "text"),
        option("rate", LoanCommands::tr("The interest rate in permille, fully subsidised."), "permille"),
    };
    if (editing)
        options << option("loan", LoanCommands::tr("The loan's number."), "id");
    return options;
}

// The member of the household whose ID number or name is `who`.
Result<qint64> memberOf(CountyDatabase &db, qint64 householdId, const QString &who)
{
    const Result<Household> household = HouseholdRepository(db).load(householdId);
    if (!household)
        return Result<qint64>::failure(household.error());
    for (const Member &m : household->members) {
        if (m.idNumber.compare(who, Qt::CaseInsensitive) == 0 || m.name == who)
            return m.meta.id;
    }
    return Result<qint64>::failure(
        LoanCommands::tr("Household %1 has no member with the ID number or name \"%2\".").arg(household->code, who));
}

int saveLoan(const Context &c, const CommandRequest &r, bool editing)
{
    const Result<qint64> loanId = editing ? r.id(QStringLiteral("loan")) : Result<qint64>(qint64(0));
    const Result<Money> amount
        = r.amount(QStringLiteral("amount"), editing ? std::optional<Money>(Money()) : std::nullopt);
    const Result<QDate> date = r.date(QStringLiteral("date"), !editing);
    const Result<int> term = r.number(QStringLiteral("term"), 0);
    const Result<int> rate = r.number(QStringLiteral("rate"), 0);
    for (const QString &error : {loanId.error(), amount.error(), date.error(), term.error(), rate.error()}) {
        if (!error.isEmpty())
            return c.fail(error);
    }
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    MicroloanBook book(*db.value());
    Microloan l;
    if (editing) {
        Result<Microloan> loaded = book.load(loanId.value());
        if (!loaded)
            return c.fail(loaded.error());
        l = loaded.value();
    }
    if (!editing || r.has(QStringLiteral("household"))) {
        const QString code = r.text(QStringLiteral("household")).trimmed();
        if (code.isEmpty())
            return c.fail(LoanCommands::tr("Give the borrowing household's code with --household CODE."));
        const Result<qint64> household = HouseholdLookup(*db.value()).idOfCode(code);
        if (!household)
            return c.fail(household.error());
        l.householdId = household.value();
    }
    if (!editing || r.has(QStringLiteral("borrower"))) {
        const QString who = r.text(QStringLiteral("borrower")).trimmed();
        if (who.isEmpty())
            return c.fail(LoanCommands::tr("Give the borrower's ID number or name with --borrower."));
        const Result<qint64> member = memberOf(*db.value(), l.householdId, who);
        if (!member)
            return c.fail(member.error());
        l.memberId = member.value();
    }
    if (r.has(QStringLiteral("bank")))
        l.bank = r.text(QStringLiteral("bank")).trimmed();
    if (!editing || r.has(QStringLiteral("amount")) || r.has(QStringLiteral("amount_fen")))
        setAmount(l, amount.value());
    if (date->isValid())
        l.loanDate = date.value();
    if (r.has(QStringLiteral("term")))
        l.termMonths = term.value();
    if (r.has(QStringLiteral("purpose-code")))
        l.purposeCode = r.text(QStringLiteral("purpose-code")).trimmed();
    if (r.has(QStringLiteral("purpose")))
        l.purpose = r.text(QStringLiteral("purpose")).trimmed();
    if (r.has(QStringLiteral("rate")))
        l.interestRatePermille = rate.value();
    const Result<qint64> saved = book.save(l);
    if (!saved)
        return c.fail(saved.error());
    if (c.parser.isSet(CommandRequest::jsonOption())) {
        print(c,
            QJsonObject{{QStringLiteral("id"), saved.value()}, {QStringLiteral("revision"), l.meta.revision},
                {QStringLiteral("household_id"), l.householdId}, {QStringLiteral("member_id"), l.memberId},
                {QStringLiteral("borrower"), l.borrowerName}, {QStringLiteral("bank"), l.bank},
                {QStringLiteral("amount_fen"), fenOf(l)}, {QStringLiteral("date"), l.loanDate.toString(Qt::ISODate)},
                {QStringLiteral("term"), l.termMonths}, {QStringLiteral("due"), l.dueDate.toString(Qt::ISODate)},
                {QStringLiteral("purpose-code"), l.purposeCode}, {QStringLiteral("purpose"), l.purpose},
                {QStringLiteral("rate"), l.interestRatePermille}});
    } else {
        c.out << LoanCommands::tr("Saved loan %1: %2 yuan to %3, due %4.")
                     .arg(QString::number(saved.value()), Money::fromFen(fenOf(l)).toString(), l.borrowerName,
                         l.dueDate.toString(Qt::ISODate))
              << Qt::endl;
    }
    return 0;
}

} // namespace

bool LoanCommands::handles(const QString &subcommand)
{
    return QStringList{QStringLiteral("events"), QStringLiteral("repay"), QStringLiteral("reverse"),
        QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("extend"), QStringLiteral("subsidize")}
        .contains(subcommand);
}

int LoanCommands::run(const CommandContext &c)
{
    const QString subcommand = c.arguments.value(1);
    const QCommandLineOption loan(QStringLiteral("loan"), tr("The loan's number."), QStringLiteral("id"));
    const QCommandLineOption event(QStringLiteral("event"), tr("The event's number."), QStringLiteral("id"));
    const QCommandLineOption amount(QStringLiteral("amount"), tr("The amount in yuan."), QStringLiteral("yuan"));
    const QCommandLineOption date(QStringLiteral("date"), tr("The date (YYYY-MM-DD)."), QStringLiteral("date"));
    const QCommandLineOption note(QStringLiteral("note"), tr("A note."), QStringLiteral("text"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why the event is reversed."), QStringLiteral("text"));
    QList<QCommandLineOption> options{c.dbOption, CommandRequest::jsonOption(), CommandRequest::inputOption()};
    if (subcommand == QLatin1String("events"))
        options << loan;
    else if (subcommand == QLatin1String("repay") || subcommand == QLatin1String("subsidize"))
        options << loan << amount << date << note;
    else if (subcommand == QLatin1String("extend"))
        options << loan << date
                << QCommandLineOption(
                       QStringLiteral("new-due"), tr("The new due date (YYYY-MM-DD)."), QStringLiteral("date"))
                << QCommandLineOption(
                       QStringLiteral("reason"), tr("Why the loan is extended."), QStringLiteral("text"));
    else if (subcommand == QLatin1String("add") || subcommand == QLatin1String("edit"))
        options << loanFieldOptions(subcommand == QLatin1String("edit"));
    else
        options << event << date << reason;
    const Result<QStringList> positional = c.parseSubcommand(options);
    if (!positional)
        return c.fail(positional.error());
    if (!positional->isEmpty())
        return c.fail(tr("Unexpected argument \"%1\".").arg(positional->first()));
    const Result<CommandRequest> request = CommandRequest::read(c, options);
    if (!request)
        return c.fail(request.error());
    if (subcommand == QLatin1String("events"))
        return events(c, request.value());
    if (subcommand == QLatin1String("repay"))
        return repay(c, request.value());
    if (subcommand == QLatin1String("subsidize"))
        return subsidize(c, request.value());
    if (subcommand == QLatin1String("extend"))
        return extend(c, request.value());
    if (subcommand == QLatin1String("add") || subcommand == QLatin1String("edit"))
        return saveLoan(c, request.value(), subcommand == QLatin1String("edit"));
    return reverse(c, request.value());
}

QString LoanCommands::usage()
{
    return tr("  loans events --db FILE --loan N [--json]          a loan's repayments, extensions and subsidies, "
              "reversals included\n"
              "  loans repay --db FILE --loan N --amount YUAN --date DATE [--note T] [--json]\n"
              "                                                    enter a repayment\n"
              "  loans reverse --db FILE --event N --reason TEXT [--date DATE] [--json]\n"
              "                                                    reverse a mistyped repayment, extension or "
              "subsidy\n"
              "  (repay and reverse also read their fields from a JSON object with --input FILE; amounts as "
              "\"amount_fen\": 100000 or \"amount\": \"1000.00\")")
        + u'\n'
        + tr("  loans add --db FILE --household CODE --borrower ID_OR_NAME --bank B --amount YUAN --date DATE\n"
             "       --term MONTHS --purpose-code C [--purpose T] [--rate PERMILLE] [--json]\n"
             "                                                    a new microcredit loan\n"
             "  loans edit --db FILE --loan N [the fields of add] [--json]\n"
             "                                                    changes a loan (not its amount or date once repaid)\n"
             "  loans extend --db FILE --loan N --date DATE --new-due DATE --reason TEXT [--json]\n"
             "                                                    moves a loan's due date\n"
             "  loans subsidize --db FILE --loan N --amount YUAN --date DATE [--note T] [--json]\n"
             "                                                    an interest subsidy paid\n"
             "  (add, edit, extend and subsidize read --input FILE too; the purposes: %1)")
              .arg(purposeCodes());
}
