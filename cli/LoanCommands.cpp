// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoanCommands.h"

#include "common/Money.h"
#include "db/CountyDatabase.h"
#include "funds/AmountBounds.h"
#include "funds/MicroloanBook.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace {

using Context = CommandContext;

// A request is a few lines: anything larger is not one.
constexpr qint64 MaxInputBytes = 64 * 1024;

const QCommandLineOption JsonOutput(QStringLiteral("json"), LoanCommands::tr("Print JSON instead of text."));
const QCommandLineOption InputOption(QStringLiteral("input"),
    LoanCommands::tr("Read the request as a JSON object from this file (- for standard input)."),
    QStringLiteral("file"));

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

// The request: the options given, or the fields of the JSON object given with --input.
class Request
{
public:
    static Result<Request> read(const Context &c)
    {
        Request r{c, {}};
        if (!c.parser.isSet(InputOption))
            return r;
        const QString path = c.parser.value(InputOption);
        QFile file;
        const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened)
            return Result<Request>::failure(
                LoanCommands::tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
        const QByteArray bytes = file.read(MaxInputBytes + 1);
        if (bytes.size() > MaxInputBytes)
            return Result<Request>::failure(LoanCommands::tr("%1 is too large to hold one request (at most %2 KB).")
                                                .arg(path)
                                                .arg(MaxInputBytes / 1024));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return Result<Request>::failure(
                LoanCommands::tr("%1 does not hold one JSON object (the error is near character %2).")
                    .arg(path)
                    .arg(error.offset));
        r.m_json = document.object();
        return r;
    }

    bool has(const QString &name) const { return m_json.isEmpty() ? m_c.parser.isSet(name) : m_json.contains(name); }
    QString text(const QString &name) const
    {
        if (m_json.isEmpty())
            return m_c.parser.value(name);
        const QJsonValue v = m_json.value(name);
        return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
    }
    Result<qint64> id(const QString &name) const
    {
        bool ok = false;
        const qint64 id = text(name).toLongLong(&ok);
        if (!has(name) || !ok || id <= 0)
            return Result<qint64>::failure(LoanCommands::tr("Give the %1 number with --%1 N.").arg(name));
        return id;
    }
    Result<QDate> date(const QString &name, bool required) const
    {
        if (!has(name)) {
            if (required)
                return Result<QDate>::failure(LoanCommands::tr("Give the date with --%1 YYYY-MM-DD.").arg(name));
            return QDate();
        }
        const QDate d = QDate::fromString(text(name), Qt::ISODate);
        if (!d.isValid())
            return Result<QDate>::failure(
                LoanCommands::tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(text(name).left(40)));
        return d;
    }
    // --amount in yuan as typed, or in JSON "amount" as a plain decimal string or "amount_fen" as
    // an integer.
    Result<Money> amount() const
    {
        if (!m_json.isEmpty() && m_json.contains(QStringLiteral("amount_fen"))) {
            const QJsonValue v = m_json.value(QStringLiteral("amount_fen"));
            const double fen = v.toDouble(-1);
            if (!v.isDouble() || fen != std::floor(fen) || fen <= 0 || fen > double(AmountBounds::MaxFen))
                return Result<Money>::failure(
                    LoanCommands::tr("\"amount_fen\" must be a whole number of fen, more than 0 and at most %1.")
                        .arg(AmountBounds::MaxFen));
            return Money::fromFen(qint64(fen));
        }
        if (!has(QStringLiteral("amount")))
            return Result<Money>::failure(LoanCommands::tr("Give the amount in yuan with --amount, like 1000.00."));
        return Money::parse(text(QStringLiteral("amount")));
    }

private:
    Request(const Context &c, QJsonObject json) : m_c(c), m_json(std::move(json)) { }
    const Context &m_c;
    QJsonObject m_json;
};

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
    if (c.parser.isSet(JsonOutput)) {
        QJsonObject o = stateJson(s.value());
        o.insert(QStringLiteral("event"), eventId);
        print(c, o);
    } else {
        c.out << done << ' ' << stateText(s.value()) << Qt::endl;
    }
    return 0;
}

int events(const Context &c, const Request &r)
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
    if (c.parser.isSet(JsonOutput)) {
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

int repay(const Context &c, const Request &r)
{
    const Result<qint64> loan = r.id(QStringLiteral("loan"));
    if (!loan)
        return c.fail(loan.error());
    const Result<Money> amount = r.amount();
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

int reverse(const Context &c, const Request &r)
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

} // namespace

bool LoanCommands::handles(const QString &subcommand)
{
    return subcommand == QLatin1String("events") || subcommand == QLatin1String("repay")
        || subcommand == QLatin1String("reverse");
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
    QList<QCommandLineOption> options{c.dbOption, JsonOutput, InputOption};
    if (subcommand == QLatin1String("events"))
        options << loan;
    else if (subcommand == QLatin1String("repay"))
        options << loan << amount << date << note;
    else
        options << event << date << reason;
    const Result<QStringList> positional = c.parseSubcommand(options);
    if (!positional)
        return c.fail(positional.error());
    if (!positional->isEmpty())
        return c.fail(tr("Unexpected argument \"%1\".").arg(positional->first()));
    const Result<Request> request = Request::read(c);
    if (!request)
        return c.fail(request.error());
    if (subcommand == QLatin1String("events"))
        return events(c, request.value());
    if (subcommand == QLatin1String("repay"))
        return repay(c, request.value());
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
              "\"amount_fen\": 100000 or \"amount\": \"1000.00\")");
}
