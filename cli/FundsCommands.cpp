// SPDX-License-Identifier: GPL-3.0-or-later
#include "FundsCommands.h"

#include "LedgerCommands.h"
#include "LoanCommands.h"
#include "ProjectCommands.h"

#include "common/Money.h"
#include "db/CountyDatabase.h"
#include "funds/FundLedger.h"
#include "funds/MicroloanBook.h"
#include "projects/ProjectLibrary.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), FundsCommands::tr("Print JSON instead of text."));
const QCommandLineOption AsOfOption(
    QStringLiteral("as-of"), FundsCommands::tr("The date (YYYY-MM-DD); today when not given."), QStringLiteral("date"));

int fail(const FundsCommands::Context &c, const QString &message)
{
    c.err << message << Qt::endl;
    return 1;
}

void print(const FundsCommands::Context &c, const QJsonValue &value)
{
    c.out << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                 .toJson(QJsonDocument::Indented);
    c.out.flush();
}

// For a person: "90,095,998.00".
QString yuan(qint64 fen)
{
    return Money::fromFen(fen).toString();
}

// For a script: whole fen as a JSON integer under a key ending in "_fen", so that amounts add up
// exactly (a double holds every fen up to 90 trillion yuan).
QJsonValue fenJson(qint64 fen)
{
    return QJsonValue(fen);
}

QString yuanOf(const QJsonObject &o, const char *key)
{
    return yuan(o.value(QLatin1String(key)).toInteger());
}

// Parses the options and opens the county file for reading.
Result<std::unique_ptr<CountyDatabase>> open(const FundsCommands::Context &c, const QList<QCommandLineOption> &options)
{
    c.parser.addOptions(options);
    c.parser.addOption(c.dbOption);
    if (!c.parser.parse(c.arguments))
        return Result<std::unique_ptr<CountyDatabase>>::failure(c.parser.errorText());
    return c.open(false);
}

Result<QDate> asOf(const FundsCommands::Context &c)
{
    if (!c.parser.isSet(AsOfOption))
        return QDate::currentDate();
    const QDate d = QDate::fromString(c.parser.value(AsOfOption), Qt::ISODate);
    if (!d.isValid())
        return Result<QDate>::failure(
            FundsCommands::tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(c.parser.value(AsOfOption)));
    return d;
}

QJsonObject totalsJson(const FundTotals &t, bool received)
{
    QJsonObject o{{QStringLiteral("id"), t.key}, {QStringLiteral("name"), t.label},
        {QStringLiteral("allocated_fen"), fenJson(t.allocated.fen())},
        {QStringLiteral("disbursed_fen"), fenJson(t.disbursed.fen())},
        {QStringLiteral("undisbursed_fen"), fenJson(t.undisbursed().fen())}};
    if (received) {
        o.insert(QStringLiteral("received_fen"), fenJson(t.received.fen()));
        o.insert(QStringLiteral("unallocated_fen"), fenJson(t.unallocated().fen()));
    }
    return o;
}

} // namespace

QString FundsCommands::usage()
{
    return tr("  ledger --db FILE [--source ID] [--project ID] [--as-of DATE] [--json]\n"
              "                                                    fund balances by source and project, "
              "reconciled\n"
              "  projects --db FILE [--year Y] [--status S] [--json] the project library\n"
              "  loans --db FILE [--overdue] [--due-within DAYS] [--as-of DATE] [--json]\n"
              "                                                    microcredit loans overdue or due soon")
        + u'\n' + LedgerCommands::usage() + u'\n' + ProjectCommands::usage() + u'\n' + LoanCommands::usage();
}

int FundsCommands::ledger(const Context &c)
{
    if (LedgerCommands::handles(c.arguments.value(1)))
        return LedgerCommands::run(c);
    const QCommandLineOption source(QStringLiteral("source"), tr("Only this fund source."), QStringLiteral("id"));
    const QCommandLineOption project(QStringLiteral("project"), tr("Only this project."), QStringLiteral("id"));
    auto db = open(c, {JsonOption, AsOfOption, source, project});
    if (!db)
        return fail(c, db.error());
    const Result<QDate> date = asOf(c);
    if (!date)
        return fail(c, date.error());
    FundLedger ledger(*db.value());
    const Result<FundBalances> balances = ledger.balances(date.value());
    const Result<QStringList> problems = ledger.reconcile(date.value());
    if (!balances || !problems)
        return fail(c, !balances ? balances.error() : problems.error());
    const QString onlySource = c.parser.value(source);
    const QString onlyProject = c.parser.value(project);
    const bool showSources = onlyProject.isEmpty();
    const bool showProjects = onlySource.isEmpty();
    const FundTotals &all = balances->county;
    QJsonArray sourceRows, projectRows;
    for (const FundTotals &t : balances->sources) {
        if (showSources && (onlySource.isEmpty() || t.key == onlySource))
            sourceRows.append(totalsJson(t, true));
    }
    for (const FundTotals &t : balances->projects) {
        if (showProjects && (onlyProject.isEmpty() || t.key == onlyProject))
            projectRows.append(totalsJson(t, false));
    }
    if (c.parser.isSet(JsonOption)) {
        print(c,
            QJsonObject{{QStringLiteral("as_of"), date->toString(Qt::ISODate)},
                {QStringLiteral("received_fen"), fenJson(all.received.fen())},
                {QStringLiteral("allocated_fen"), fenJson(all.allocated.fen())},
                {QStringLiteral("disbursed_fen"), fenJson(all.disbursed.fen())},
                {QStringLiteral("sources"), sourceRows}, {QStringLiteral("projects"), projectRows},
                {QStringLiteral("reconciles"), problems->isEmpty()},
                {QStringLiteral("problems"), QJsonArray::fromStringList(problems.value())}});
    } else {
        c.out << tr("Fund ledger as of %1: received %2, allocated %3, disbursed %4 yuan.")
                     .arg(date->toString(Qt::ISODate), yuan(all.received.fen()), yuan(all.allocated.fen()),
                         yuan(all.disbursed.fen()))
              << Qt::endl;
        for (const QJsonValue &v : std::as_const(sourceRows)) {
            const QJsonObject o = v.toObject();
            c.out << tr("source %1 %2: received %3, allocated %4, disbursed %5")
                         .arg(o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(),
                             yuanOf(o, "received_fen"), yuanOf(o, "allocated_fen"), yuanOf(o, "disbursed_fen"))
                  << Qt::endl;
        }
        for (const QJsonValue &v : std::as_const(projectRows)) {
            const QJsonObject o = v.toObject();
            c.out << tr("project %1 %2: allocated %3, disbursed %4")
                         .arg(o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(),
                             yuanOf(o, "allocated_fen"), yuanOf(o, "disbursed_fen"))
                  << Qt::endl;
        }
        c.out << (problems->isEmpty() ? tr("The ledger reconciles to the fen.")
                                      : tr("The ledger does not reconcile:\n%1").arg(problems->join(u'\n')))
              << Qt::endl;
    }
    return problems->isEmpty() ? 0 : 2;
}

int FundsCommands::projects(const Context &c)
{
    if (ProjectCommands::handles(c.arguments.value(1)))
        return ProjectCommands::run(c);
    const QCommandLineOption year(QStringLiteral("year"), tr("Only projects of this year."), QStringLiteral("year"));
    const QCommandLineOption status(QStringLiteral("status"),
        tr("Only projects in this status (proposed, in_library, approved, tendering, in_progress, completed, "
           "accepted, announced, cancelled)."),
        QStringLiteral("status"));
    auto db = open(c, {JsonOption, year, status});
    if (!db)
        return fail(c, db.error());
    ProjectFilter filter;
    if (c.parser.isSet(year)) {
        bool ok = false;
        filter.year = c.parser.value(year).toInt(&ok);
        if (!ok)
            return fail(c, tr("\"%1\" is not a year.").arg(c.parser.value(year)));
    }
    if (c.parser.isSet(status)) {
        filter.status = ProjectStatusWords::fromWord(c.parser.value(status));
        if (!filter.status)
            return fail(c, tr("\"%1\" is not a project status.").arg(c.parser.value(status)));
    }
    const Result<QList<ProjectRow>> rows = ProjectLibrary(*db.value()).list(filter);
    if (!rows)
        return fail(c, rows.error());
    QJsonArray list;
    for (const ProjectRow &r : rows.value()) {
        list.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name},
            {QStringLiteral("year"), r.year}, {QStringLiteral("category"), r.categoryCode},
            {QStringLiteral("status"), ProjectStatusWords::word(r.status)},
            {QStringLiteral("division"), r.divisionName}, {QStringLiteral("budget_fen"), fenJson(r.budgetFen)},
            {QStringLiteral("allocated_fen"), fenJson(r.allocatedFen)},
            {QStringLiteral("disbursed_fen"), fenJson(r.disbursedFen)},
            {QStringLiteral("beneficiaries"), r.beneficiaries}});
        if (!c.parser.isSet(JsonOption))
            c.out << tr("%1 %2 (%3, %4, %5): budget %6, allocated %7, disbursed %8")
                         .arg(QString::number(r.id), r.name, QString::number(r.year),
                             ProjectStatusWords::name(r.status), r.divisionName, yuan(r.budgetFen),
                             yuan(r.allocatedFen), yuan(r.disbursedFen))
                  << Qt::endl;
    }
    if (c.parser.isSet(JsonOption))
        print(c, list);
    else
        c.out << tr("%n project(s).", nullptr, int(rows->size())) << Qt::endl;
    return 0;
}

int FundsCommands::loans(const Context &c)
{
    if (LoanCommands::handles(c.arguments.value(1)))
        return LoanCommands::run(c);
    const QCommandLineOption overdue(QStringLiteral("overdue"), tr("Loans past their due date and not repaid."));
    const QCommandLineOption within(
        QStringLiteral("due-within"), tr("Loans due within this many days."), QStringLiteral("days"));
    auto db = open(c, {JsonOption, AsOfOption, overdue, within});
    if (!db)
        return fail(c, db.error());
    const Result<QDate> date = asOf(c);
    if (!date)
        return fail(c, date.error());
    MicroloanBook book(*db.value());
    int days = 30;
    if (c.parser.isSet(within)) {
        bool ok = false;
        days = c.parser.value(within).toInt(&ok);
        if (!ok || days < 0)
            return fail(c, tr("\"%1\" is not a number of days.").arg(c.parser.value(within)));
    }
    const Result<QList<LoanState>> loans
        = c.parser.isSet(overdue) ? book.overdue(date.value()) : book.dueWithin(days, date.value());
    if (!loans)
        return fail(c, loans.error());
    QJsonArray list;
    for (const LoanState &l : loans.value()) {
        list.append(QJsonObject{{QStringLiteral("id"), l.loanId}, {QStringLiteral("household"), l.householdCode},
            {QStringLiteral("borrower"), l.borrowerName}, {QStringLiteral("bank"), l.bank},
            {QStringLiteral("amount_fen"), fenJson(l.amount.fen())},
            {QStringLiteral("outstanding_fen"), fenJson(l.outstanding().fen())},
            {QStringLiteral("due"), l.dueDate.toString(Qt::ISODate)}});
        if (!c.parser.isSet(JsonOption))
            c.out << tr("%1 %2 %3 (%4): %5 of %6 yuan owed, due %7")
                         .arg(QString::number(l.loanId), l.householdCode, l.borrowerName, l.bank,
                             yuan(l.outstanding().fen()), yuan(l.amount.fen()), l.dueDate.toString(Qt::ISODate))
                  << Qt::endl;
    }
    if (c.parser.isSet(JsonOption))
        print(c, list);
    else
        c.out << tr("%n loan(s).", nullptr, int(loans->size())) << Qt::endl;
    return 0;
}
