// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/ListExport.h"

#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"
#include "forces/ForcesLists.h"
#include "funds/FundLedger.h"
#include "funds/MicroloanBook.h"
#include "projects/ProjectStatus.h"
#include "spreadsheets/RosterColumns.h"
#include "spreadsheets/SheetWriter.h"

#include <QDir>
#include <QHash>

#include <algorithm>

namespace {

using Kind = ExportColumn::Kind;

// How often the progress is told, in rows (a window's progress bar keeps its own pace).
constexpr qint64 ProgressEvery = 16;

// The Chinese names of a code list's codes: a roster's cells (an import reads a code or its name).
QHash<QString, QString> chineseNames(const CodeLists &codes, const QString &list)
{
    QHash<QString, QString> names;
    for (const CodeLists::Item &item : codes.items(list))
        names.insert(item.code, item.nameZh);
    return names;
}

// A code's name, or the code itself when the list lacks it (it is then not lost).
QString nameOf(const QHash<QString, QString> &names, const QString &code)
{
    return code.isEmpty() ? QString() : names.value(code, code);
}

void bindAll(SqliteReader &s, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        if (binds.at(i).typeId() == QMetaType::QString)
            s.bind(i + 1, binds.at(i).toString());
        else
            s.bind(i + 1, binds.at(i).toLongLong());
    }
}

QVariant year(const SqliteReader &s, int column)
{
    return s.isNull(column) ? QVariant() : QVariant(s.integer(column));
}

// The read's failure in the user's words; the detail for the log.
Status readFailed(const SqliteReader &s)
{
    qWarning("export: %s", qPrintable(s.technicalDetail()));
    return Status::failure(s.error());
}

} // namespace

ListExport::ListExport(CountyDatabase &db) : m_db(db)
{ }

QString ListExport::cancelledMessage()
{
    return tr("The export was cancelled; no file was written.");
}

Status ListExport::advance(qint64 done, qint64 total, bool always) const
{
    if (m_progress && (always || done % ProgressEvery == 0) && !m_progress(done, total))
        return Status::failure(cancelledMessage());
    return {};
}

Result<ExportDone> ListExport::write(
    const QString &path, const QString &sheet, const ExportColumns &columns, const Rows &rows) const
{
    const std::optional<SheetWriter::Format> format = SheetWriter::formatOf(path.trimmed());
    if (!format)
        return Result<ExportDone>::failure(
            tr("%1 is neither an .xlsx nor a .csv file: give a file name ending in .xlsx or .csv.")
                .arg(QDir::toNativeSeparators(path)));
    const std::unique_ptr<SheetWriter> writer = SheetWriter::create(*format);
    if (Status s = writer->open(path, sheet, columns, {m_db.path()}); !s)
        return Result<ExportDone>::failure(s.error());
    if (Status s = advance(0, 0, true); !s)
        return Result<ExportDone>::failure(s.error());
    if (Status s = rows(*writer); !s) {
        writer->discard();
        return Result<ExportDone>::failure(s.error());
    }
    const Result<qint64> written = writer->finish();
    if (!written)
        return Result<ExportDone>::failure(written.error());
    if (m_progress)
        m_progress(written.value(), written.value());
    return ExportDone{writer->path(), written.value()};
}

Result<ExportDone> ListExport::households(const HouseholdFilter &filter, const QString &path) const
{
    return roster(filter, path, false);
}

Result<ExportDone> ListExport::members(const HouseholdFilter &filter, const QString &path) const
{
    return roster(filter, path, true);
}

Result<ExportDone> ListExport::importTemplate(const QString &path) const
{
    return write(path, tr("Households and members"), RosterColumns::roster(), [](SheetWriter &) { return Status(); });
}

Result<ExportDone> ListExport::roster(const HouseholdFilter &filter, const QString &path, bool withMembers) const
{
    // Checked before the file is made: the account's scope and the filter.
    HouseholdList list(m_db);
    list.setFilter(filter);
    QVariantList binds;
    const Result<QString> ids = list.selectIds(binds);
    if (!ids)
        return Result<ExportDone>::failure(ids.error());

    const CodeLists codes(m_db);
    const auto attribute = chineseNames(codes, CodeList::Attribute);
    const auto standard = chineseNames(codes, CodeList::Standard);
    const auto status = chineseNames(codes, CodeList::Status);
    const auto cause = chineseNames(codes, CodeList::Cause);
    const auto monitoring = chineseNames(codes, CodeList::Monitoring);
    const auto sex = chineseNames(codes, CodeList::Sex);
    const auto relation = chineseNames(codes, CodeList::Relation);
    const auto ethnicity = chineseNames(codes, CodeList::Ethnicity);
    const auto political = chineseNames(codes, CodeList::Political);
    const auto education = chineseNames(codes, CodeList::Education);
    const auto schooling = chineseNames(codes, CodeList::Schooling);
    const auto health = chineseNames(codes, CodeList::Health);
    const auto labour = chineseNames(codes, CodeList::Labour);
    const auto work = chineseNames(codes, CodeList::Work);
    // Division names show no person: read whole, then looked up per row.
    QHash<qint64, QString> divisions;
    {
        SqliteReader s(m_db.handle(), QStringLiteral("SELECT id, name FROM division"));
        while (s.step())
            divisions.insert(s.integer(0), s.text(1));
        if (!s.error().isEmpty())
            return Result<ExportDone>::failure(readFailed(s).error());
    }
    qint64 total = 0;
    {
        SqliteReader s(m_db.handle(), QStringLiteral("SELECT count(*) FROM (") + ids.value() + u')');
        bindAll(s, binds);
        if (!s.step())
            return Result<ExportDone>::failure(readFailed(s).error());
        total = s.integer(0);
    }

    const QString householdSql = QStringLiteral(
        "h.id, h.code, h.township_id, h.village_id, h.group_id, h.address, h.phone, h.bank_name, h.bank_account, "
        "h.attribute_code, h.standard_code, h.status_code, h.identification_year, h.planned_exit_year, h.exit_year, "
        "h.main_cause_code, h.other_cause1_code, h.other_cause2_code, h.monitoring_category, h.military_family, "
        "h.relocated, h.relocation_mode, h.settlement_address, h.cooperative, h.enterprise_led");
    constexpr int MemberFirst = 25;
    const QString sql = withMembers ? QStringLiteral("SELECT ") + householdSql
            + QStringLiteral(", m.name, m.sex_code, m.id_number, m.birth_date, m.relation_code, m.ethnicity_code, "
                             "m.political_code, m.education_code, m.schooling_code, m.health_codes, m.labour_code, "
                             "m.work_status_code, m.work_place, m.months_worked, m.medical_insurance, "
                             "m.serious_illness_insurance, m.commercial_insurance, m.pension_insurance, "
                             "m.subsistence_allowance, m.extreme_poverty_support, m.medical_assistance, m.welfare_job, "
                             "m.welfare_job_months, m.dropout_reason FROM household h JOIN member m ON m.household_id "
                             "= h.id WHERE h.id IN (")
            + ids.value() + QStringLiteral(") ORDER BY h.code, m.position, m.id")
                                    : QStringLiteral("SELECT ") + householdSql
            + QStringLiteral(", head.name, head.id_number, (SELECT count(*) FROM member c WHERE c.household_id = h.id) "
                             "FROM household h LEFT JOIN member head ON head.id = (SELECT x.id FROM member x WHERE "
                             "x.household_id = h.id AND x.relation_code = '01' ORDER BY x.position LIMIT 1) "
                             "WHERE h.id IN (")
            + ids.value() + QStringLiteral(") ORDER BY h.code");

    ExportColumns columns = RosterColumns::householdColumns();
    if (withMembers) {
        columns += RosterColumns::memberColumns();
    } else {
        columns.insert(RosterColumns::HeadName + 1, {QStringLiteral("户主身份证号"), Kind::Text});
        columns.insert(RosterColumns::HeadName + 2, {QStringLiteral("家庭人口数"), Kind::Number});
    }
    const auto flag = [](const SqliteReader &s, int column) {
        return s.integer(column) != 0 ? RosterColumns::yes() : RosterColumns::no();
    };

    return write(
        path, withMembers ? tr("Households and members") : tr("Households"), columns, [&](SheetWriter &out) -> Status {
            SqliteReader s(m_db.handle(), sql);
            bindAll(s, binds);
            qint64 households = 0;
            qint64 current = 0;
            // A household's rows wait until its head's name is known (the head need not come first).
            QList<QVariantList> pending;
            QString headName;
            const auto flush = [&]() -> Status {
                for (QVariantList &row : pending) {
                    row[RosterColumns::HeadName] = headName;
                    if (Status st = out.writeRow(row); !st)
                        return st;
                }
                pending.clear();
                headName.clear();
                return advance(++households, total);
            };
            while (s.step()) {
                if (withMembers && s.integer(0) != current && !pending.isEmpty()) {
                    if (Status st = flush(); !st)
                        return st;
                }
                current = s.integer(0);
                QVariantList row{s.text(1), QString(), divisions.value(s.integer(2)), divisions.value(s.integer(3)),
                    s.isNull(4) ? QString() : divisions.value(s.integer(4)), s.text(5), s.text(6), s.text(7), s.text(8),
                    nameOf(attribute, s.text(9)), nameOf(standard, s.text(10)), nameOf(status, s.text(11)), year(s, 12),
                    year(s, 13), year(s, 14), nameOf(cause, s.text(15)), nameOf(cause, s.text(16)),
                    nameOf(cause, s.text(17)), nameOf(monitoring, s.text(18)), flag(s, 19), flag(s, 20), s.text(21),
                    s.text(22), flag(s, 23), flag(s, 24)};
                if (!withMembers) {
                    row[RosterColumns::HeadName] = s.text(MemberFirst);
                    row.insert(RosterColumns::HeadName + 1, s.text(MemberFirst + 1));
                    row.insert(RosterColumns::HeadName + 2, s.integer(MemberFirst + 2));
                    if (Status st = out.writeRow(row); !st)
                        return st;
                    if (Status st = advance(++households, total); !st)
                        return st;
                    continue;
                }
                const int m = MemberFirst;
                QStringList conditions;
                for (const QString &code : s.text(m + 9).split(u',', Qt::SkipEmptyParts))
                    conditions << nameOf(health, code.trimmed());
                const QString relationCode = s.text(m + 4);
                if (relationCode == QLatin1String("01") && headName.isEmpty())
                    headName = s.text(m);
                row << s.text(m) << nameOf(sex, s.text(m + 1)) << s.text(m + 2) << s.date(m + 3)
                    << nameOf(relation, relationCode) << nameOf(ethnicity, s.text(m + 5))
                    << nameOf(political, s.text(m + 6)) << nameOf(education, s.text(m + 7))
                    << nameOf(schooling, s.text(m + 8)) << conditions.join(RosterColumns::healthSeparator())
                    << nameOf(labour, s.text(m + 10)) << nameOf(work, s.text(m + 11)) << s.text(m + 12)
                    << s.integer(m + 13) << flag(s, m + 14) << flag(s, m + 15) << flag(s, m + 16) << flag(s, m + 17)
                    << flag(s, m + 18) << flag(s, m + 19) << flag(s, m + 20) << flag(s, m + 21) << s.integer(m + 22)
                    << s.text(m + 23);
                pending << row;
            }
            if (!s.error().isEmpty())
                return readFailed(s);
            if (!pending.isEmpty())
                return flush();
            return {};
        });
}

namespace {

// A list read whole by a core call, then written: the rows are few (cadres, units, projects ...).
template <typename T, typename Cells> Status writeAll(SheetWriter &out, const Result<QList<T>> &rows, Cells cells)
{
    if (!rows)
        return Status::failure(rows.error());
    for (const T &row : rows.value()) {
        if (Status s = out.writeRow(cells(row)); !s)
            return s;
    }
    return {};
}

QString yesNo(bool value)
{
    return value ? ListExport::tr("yes") : ListExport::tr("no");
}

} // namespace

Result<ExportDone> ListExport::cadres(const QString &search, const QString &path) const
{
    const Result<QList<ForcesLists::Cadre>> rows = ForcesLists(m_db).cadres(search);
    if (!rows)
        return Result<ExportDone>::failure(rows.error());
    // What the list leaves out, for an import: the cadre's sex, ID number and political status.
    struct Person
    {
        QString sex;
        QString idNumber;
        QString political;
    };
    QHash<qint64, Person> people;
    const CodeLists codes(m_db);
    SqliteReader s(m_db.handle(),
        QStringLiteral("SELECT id, sex_code, id_number, political_code FROM cadre WHERE deleted_at IS NULL"));
    while (s.step())
        people.insert(s.integer(0),
            {codes.name(CodeList::Sex, s.text(1)), s.text(2), codes.name(CodeList::Political, s.text(3))});
    if (!s.error().isEmpty())
        return Result<ExportDone>::failure(readFailed(s).error());
    const ExportColumns columns{{tr("Name")}, {tr("Sex")}, {tr("ID number")}, {tr("Political status")}, {tr("Unit")},
        {tr("Post")}, {tr("Rank")}, {tr("Phone")}, {tr("Households paired"), Kind::Number}, {tr("Cap"), Kind::Number},
        {tr("First secretary")}, {tr("Active")}};
    return write(path, tr("Cadres"), columns, [&](SheetWriter &out) {
        return writeAll(out, rows, [&](const ForcesLists::Cadre &c) {
            const Person p = people.value(c.id);
            return QVariantList{c.name, p.sex, p.idNumber, p.political, c.unit, c.post, c.rank, c.phone, c.households,
                c.cap, yesNo(c.firstSecretary), yesNo(c.active)};
        });
    });
}

Result<ExportDone> ListExport::units(const QString &formCode, const QString &levelCode, const QString &path) const
{
    const auto rows = ForcesLists(m_db).units(formCode, levelCode);
    const CodeLists codes(m_db);
    const ExportColumns columns{{tr("Unit name")}, {tr("Form of assistance")}, {tr("Level")},
        {tr("Paired province or city")}, {tr("Contact person")}, {tr("Contact phone")}, {tr("Cadres"), Kind::Number},
        {tr("Active")}};
    return write(path, tr("Assistance units"), columns, [&](SheetWriter &out) {
        return writeAll(out, rows, [&](const ForcesLists::Unit &u) {
            return QVariantList{u.name, codes.name(CodeList::AssistanceForm, u.formCode),
                codes.name(CodeList::UnitLevel, u.levelCode), u.pairedRegion, u.contactPerson, u.contactPhone, u.cadres,
                yesNo(u.active)};
        });
    });
}

Result<ExportDone> ListExport::workTeams(qint64 divisionId, bool currentOnly, const QString &path) const
{
    const auto rows = ForcesLists(m_db).workTeams(divisionId, currentOnly);
    const ExportColumns columns{{tr("Township")}, {tr("Village")}, {tr("Sending unit")}, {tr("Start date"), Kind::Date},
        {tr("End date"), Kind::Date}, {tr("Members")}, {tr("Number of members"), Kind::Number},
        {tr("First secretary")}};
    return write(path, tr("Work teams"), columns, [&](SheetWriter &out) {
        return writeAll(out, rows, [](const ForcesLists::Team &t) {
            return QVariantList{
                t.township, t.village, t.unit, t.start, t.end, t.members, t.memberCount, t.firstSecretary};
        });
    });
}

Result<ExportDone> ListExport::pairings(qint64 divisionId, const QString &path) const
{
    // The households the account may read, in the division: the same scope as every household list.
    HouseholdFilter filter;
    if (divisionId != 0) {
        SqliteReader level(m_db.handle(), QStringLiteral("SELECT level FROM division WHERE id = ?"));
        level.bind(1, divisionId);
        if (!level.step())
            return Result<ExportDone>::failure(tr("Division %1 does not exist.").arg(divisionId));
        filter.divisionId = divisionId;
        filter.divisionLevel = int(level.integer(0));
    }
    HouseholdList list(m_db);
    list.setFilter(filter);
    QVariantList binds;
    const Result<QString> ids = list.selectIds(binds);
    if (!ids)
        return Result<ExportDone>::failure(ids.error());
    const ExportColumns columns{{QStringLiteral("户编号")}, {QStringLiteral("户主姓名")},
        {QStringLiteral("户主身份证号")}, {QStringLiteral("行政村")}, {QStringLiteral("帮扶责任人")},
        {QStringLiteral("帮扶责任人身份证号")}, {QStringLiteral("帮扶责任人电话")}, {QStringLiteral("帮扶单位")},
        {QStringLiteral("开始日期"), Kind::Date}};
    const QString sql
        = QStringLiteral(
              "SELECT h.code, head.name, head.id_number, v.name, c.name, c.id_number, c.phone, coalesce(u.name, ''), "
              "p.start_date FROM pairing p JOIN household h ON h.id = p.household_id JOIN division v ON v.id = "
              "h.village_id "
              "JOIN cadre c ON c.id = p.cadre_id LEFT JOIN assistance_unit u ON u.id = c.unit_id "
              "LEFT JOIN member head ON head.id = (SELECT x.id FROM member x WHERE x.household_id = h.id AND "
              "x.relation_code = '01' ORDER BY x.position LIMIT 1) "
              "WHERE p.end_date IS NULL AND p.deleted_at IS NULL AND h.id IN (")
        + ids.value() + QStringLiteral(") ORDER BY h.code, p.start_date, p.id");
    return write(path, tr("Pairings"), columns, [&](SheetWriter &out) -> Status {
        SqliteReader s(m_db.handle(), sql);
        bindAll(s, binds);
        qint64 n = 0;
        while (s.step()) {
            if (Status st = out.writeRow({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6),
                    s.text(7), s.date(8)});
                !st)
                return st;
            if (Status st = advance(++n, 0); !st)
                return st;
        }
        return s.error().isEmpty() ? Status() : readFailed(s);
    });
}

Result<ExportDone> ListExport::reminder(
    Reminder which, qint64 divisionId, const QString &path, int days, const QDate &asOf) const
{
    const ForcesLists lists(m_db);
    switch (which) {
    case Reminder::Unpaired: {
        const auto rows = lists.unpaired(divisionId);
        return write(path, tr("Without a cadre"),
            {{QStringLiteral("户编号")}, {QStringLiteral("户主姓名")}, {QStringLiteral("行政村")}},
            [&](SheetWriter &out) {
                return writeAll(out, rows, [](const ForcesLists::Household &h) {
                    return QVariantList{h.code, h.headName, h.village};
                });
            });
    }
    case Reminder::OverCap: {
        const auto rows = lists.overCap();
        return write(path, tr("Over the cap"),
            {{tr("Cadre")}, {tr("Unit")}, {tr("Rank")}, {tr("Households"), Kind::Number}, {tr("Cap"), Kind::Number},
                {tr("Phone")}},
            [&](SheetWriter &out) {
                return writeAll(out, rows, [](const ForcesLists::Cadre &c) {
                    return QVariantList{c.name, c.unit, c.rank, c.households, c.cap, c.phone};
                });
            });
    }
    case Reminder::WithoutVisit: {
        const auto rows = lists.withoutVisit(days, asOf.isValid() ? asOf : QDate::currentDate(), divisionId);
        return write(path, tr("Not visited"),
            {{tr("Cadre")}, {tr("Unit")}, {tr("Phone")}, {tr("Households not visited"), Kind::Number},
                {tr("Last visit"), Kind::Date}},
            [&](SheetWriter &out) {
                return writeAll(out, rows, [](const ForcesLists::OverdueCadre &c) {
                    return QVariantList{c.name, c.unit, c.phone, c.households, c.lastVisit};
                });
            });
    }
    case Reminder::VillagesWithoutTeam:
        break;
    }
    const auto rows = lists.villagesWithoutTeam(divisionId);
    return write(path, tr("Villages without a team"),
        {{tr("Village")}, {tr("Township")}, {tr("Members of its current team"), Kind::Number}}, [&](SheetWriter &out) {
            return writeAll(out, rows, [](const ForcesLists::Village &v) {
                return QVariantList{v.name, v.township, v.members};
            });
        });
}

Result<ExportDone> ListExport::projects(const ProjectFilter &filter, const QString &path) const
{
    const auto rows = ProjectLibrary(m_db).list(filter);
    const CodeLists codes(m_db);
    const ExportColumns columns{{tr("Project")}, {tr("Year"), Kind::Number}, {tr("Category")}, {tr("Status")},
        {tr("Where")}, {tr("Form of assistance")}, {tr("Budget (yuan)"), Kind::Amount},
        {tr("Allocated (yuan)"), Kind::Amount}, {tr("Disbursed (yuan)"), Kind::Amount},
        {tr("Households"), Kind::Number}};
    return write(path, tr("Projects"), columns, [&](SheetWriter &out) {
        return writeAll(out, rows, [&](const ProjectRow &p) {
            return QVariantList{p.name, p.year ? QVariant(p.year) : QVariant(),
                codes.name(CodeList::ProjectCategory, p.categoryCode), ProjectStatusWords::name(p.status),
                p.divisionName, codes.name(CodeList::AssistanceForm, p.formCode), p.budgetFen, p.allocatedFen,
                p.disbursedFen, p.beneficiaries};
        });
    });
}

Result<ExportDone> ListExport::ledger(const LedgerFilter &filter, const QString &path) const
{
    const FundLedger book(m_db);
    QList<LedgerEntry> entries;
    for (const LedgerKind kind : {LedgerKind::Receipt, LedgerKind::Allocation, LedgerKind::Disbursement}) {
        // A receipt names no project or household, an allocation no household: such a filter leaves
        // them out, as the page's drill-down does.
        if ((kind == LedgerKind::Receipt && (filter.projectId || filter.householdId))
            || (kind == LedgerKind::Allocation && filter.householdId))
            continue;
        const auto rows = book.entries(kind, filter.sourceId, filter.projectId, filter.householdId, filter.asOf);
        if (!rows)
            return Result<ExportDone>::failure(rows.error());
        entries += rows.value();
    }
    std::stable_sort(
        entries.begin(), entries.end(), [](const LedgerEntry &a, const LedgerEntry &b) { return a.date < b.date; });
    // Names of the sources and projects (county data), and codes of the households paid (the
    // entries already hold only those the account may read).
    QHash<qint64, QString> sources;
    QHash<qint64, QString> projectNames;
    QHash<qint64, QString> households;
    for (const auto &[sql, names] : {std::pair{QStringLiteral("SELECT id, name FROM fund_source"), &sources},
             std::pair{QStringLiteral("SELECT id, name FROM project"), &projectNames}}) {
        SqliteReader s(m_db.handle(), sql);
        while (s.step())
            names->insert(s.integer(0), s.text(1));
        if (!s.error().isEmpty())
            return Result<ExportDone>::failure(readFailed(s).error());
    }
    {
        SqliteReader s(m_db.handle(), QStringLiteral("SELECT code FROM household WHERE id = ?"));
        for (const LedgerEntry &e : std::as_const(entries)) {
            if (!e.householdId || households.contains(e.householdId))
                continue;
            s.reset();
            s.bind(1, e.householdId);
            households.insert(e.householdId, s.step() ? s.text(0) : QString());
        }
    }
    const ExportColumns columns{{tr("Date"), Kind::Date}, {tr("Entry")}, {tr("Voucher no.")}, {tr("Fund source")},
        {tr("Project")}, {tr("Household")}, {tr("Payee")}, {tr("Amount (yuan)"), Kind::Amount}, {tr("Note")},
        {tr("Correction")}, {tr("Entered by")}, {tr("Entered at")}};
    return write(path, tr("Fund ledger"), columns, [&](SheetWriter &out) -> Status {
        for (const LedgerEntry &e : std::as_const(entries)) {
            const QString correction = e.reversesId ? tr("reverses %1").arg(e.reversesId)
                : e.reversedById                    ? tr("reversed by %1").arg(e.reversedById)
                                                    : QString();
            if (Status s = out.writeRow({e.date, FundLedger::kindName(e.kind), e.voucherNo, sources.value(e.sourceId),
                    projectNames.value(e.projectId), households.value(e.householdId), e.payee, e.amountFen, e.note,
                    correction, e.enteredBy, e.enteredAt});
                !s)
                return s;
        }
        return {};
    });
}

Result<ExportDone> ListExport::loans(Loans which, const QDate &asOf, const QString &path) const
{
    const QDate day = asOf.isValid() ? asOf : QDate::currentDate();
    const MicroloanBook book(m_db);
    const Result<QList<LoanState>> rows = which == Loans::Overdue ? book.overdue(day)
        : which == Loans::DueSoon                                 ? book.dueWithin(DueSoonDays, day)
                                                                  : book.all(day);
    const ExportColumns columns{{tr("Household")}, {tr("Village")}, {tr("Borrower")}, {tr("Bank")},
        {tr("Amount (yuan)"), Kind::Amount}, {tr("Loan date"), Kind::Date}, {tr("Due date"), Kind::Date},
        {tr("Repaid (yuan)"), Kind::Amount}, {tr("Outstanding (yuan)"), Kind::Amount},
        {tr("Interest subsidy (yuan)"), Kind::Amount}, {tr("Standing")}};
    return write(path, tr("Microcredit loans"), columns, [&](SheetWriter &out) {
        return writeAll(out, rows, [&](const LoanState &l) {
            const QString standing = l.outstanding() <= Money() ? tr("Repaid")
                : l.isOverdue(day)                ? tr("Overdue by %n day(s)", nullptr, int(l.dueDate.daysTo(day)))
                : l.isDueWithin(DueSoonDays, day) ? tr("Due in %n day(s)", nullptr, int(day.daysTo(l.dueDate)))
                                                  : tr("Running");
            return QVariantList{l.householdCode, l.villageName, l.borrowerName, l.bank, l.amount.fen(), l.loanDate,
                l.dueDate, l.repaid.fen(), l.outstanding().fen(), l.subsidy.fen(), standing};
        });
    });
}

Result<ExportDone> ListExport::quality(const QList<Finding> &findings, const QString &path) const
{
    const ExportColumns columns{{tr("Severity")}, {tr("Rule")}, {tr("Household")}, {tr("Head")}, {tr("Finding")}};
    return write(path, tr("Data quality"), columns, [&](SheetWriter &out) -> Status {
        qint64 n = 0;
        for (const Finding &f : findings) {
            const QualityRule *rule = QualityRules::find(f.ruleCode);
            if (Status s = out.writeRow({QualityRules::severityName(f.severity),
                    rule ? f.ruleCode + u' ' + rule->title : f.ruleCode, f.householdCode, f.headName, f.message});
                !s)
                return s;
            if (Status s = advance(++n, findings.size()); !s)
                return s;
        }
        return {};
    });
}
