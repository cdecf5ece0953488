// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/BulkAssessment.h"

#include "accounts/AccessPolicy.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"
#include "register/RegisterYear.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QTimeZone>

#include <memory>

namespace {

using Condition = ExitAssessment::Condition;

struct SqliteCloser
{
    void operator()(sqlite3 *handle) const { sqlite3_close(handle); }
};

// While a run lasts, SQLite asks the cancel flag every few thousand steps of a query, so that Cancel
// stops a long sort at once; the handler is removed again when the run ends.
class CancelWhileRunning
{
public:
    CancelWhileRunning(sqlite3 *handle, const std::atomic_bool *cancel) : m_handle(handle)
    {
        if (cancel)
            sqlite3_progress_handler(handle, 20000, &CancelWhileRunning::ask, const_cast<std::atomic_bool *>(cancel));
    }
    ~CancelWhileRunning() { sqlite3_progress_handler(m_handle, 0, nullptr, nullptr); }
    CancelWhileRunning(const CancelWhileRunning &) = delete;
    CancelWhileRunning &operator=(const CancelWhileRunning &) = delete;

private:
    static int ask(void *flag) { return static_cast<std::atomic_bool *>(flag)->load() ? 1 : 0; }
    sqlite3 *m_handle;
};

// What one household's status history says about the year.
struct Standing
{
    bool anyExitStep = false; // identify, exit or relapse recorded at all
    bool poorAtStart = false;
    bool poorInYear = false; // identified or returned to poverty in the year
    bool monitoredAtStart = false;
    bool monitoredInYear = false;
    QDate monitoringStart; // the latest monitoring started up to the day judged on

    bool poor() const { return poorAtStart || poorInYear; }
    bool monitored() const { return monitoredAtStart || monitoredInYear; }
};

// The division and the account's scope as SQL over a household aliased h, with its bindings from ?3
// on (?1 and ?2 are each query's own).
struct Where
{
    QString sql;
    bool all = false; // the whole county, county-wide: no household filter at all
};

Where householdsWhere(const BulkAssessment::Request &r)
{
    Where w;
    const bool county = r.divisionLevel <= Division::County;
    w.all = county && r.scope->isCountyWide();
    w.sql = QStringLiteral("h.deleted_at IS NULL");
    switch (r.divisionLevel) {
    case Division::Township:
        w.sql += QStringLiteral(" AND h.township_id = ?3");
        break;
    case Division::Village:
        w.sql += QStringLiteral(" AND h.village_id = ?3");
        break;
    case Division::Group:
        w.sql += QStringLiteral(" AND h.group_id = ?3");
        break;
    default:
        break;
    }
    w.sql += r.scope->andVillageIn(QStringLiteral("h.village_id"));
    return w;
}

// A query over the rows of one table for the division's households: `table` aliased t with its
// household_id, joined to the household only when the division or the scope narrows the county.
QString overHouseholds(const QString &select, const QString &table, const QString &condition, const Where &where,
    const QString &tail = QString())
{
    QString sql = select + QStringLiteral(" FROM ") + table + QStringLiteral(" t");
    if (!where.all)
        sql += QStringLiteral(" JOIN household h ON h.id = t.household_id");
    sql += QStringLiteral(" WHERE ") + condition;
    if (!where.all)
        sql += QStringLiteral(" AND ") + where.sql;
    return sql + tail;
}

class Runner
{
public:
    Runner(sqlite3 *handle, const BulkAssessment::Request &request, const AssessmentRun &run)
        : m_handle(handle), m_request(request), m_run(run), m_where(householdsWhere(request))
    { }

    Result<BulkAssessment::Report> run();

private:
    bool cancelled() const { return m_run.cancel && m_run.cancel->load(); }
    void progress(int percent) const
    {
        if (m_run.progress)
            m_run.progress(percent);
    }
    void bindDivision(SqliteReader &s) const
    {
        if (m_request.divisionLevel > Division::County)
            s.bind(3, m_request.divisionId);
    }
    // A failed query: cancelled, or what went wrong in words.
    Status failed(const SqliteReader &s) const
    {
        if (cancelled())
            return Status::failure(BulkAssessment::cancelledMessage());
        return Status::failure(BulkAssessment::tr("The households of %1 could not be assessed: %2")
                                   .arg(m_request.divisionName, s.error()));
    }

    Status readStandings();
    Status readHouseholds();
    Status readIncomes();
    Status readLiving();
    Status readMeasures();
    Status readLabour();

    sqlite3 *m_handle;
    const BulkAssessment::Request &m_request;
    const AssessmentRun &m_run;
    Where m_where;
    QHash<qint64, Standing> m_standings;
    QList<HouseholdAssessment> m_households; // the assessed, by code
    QHash<qint64, ExitAssessment::Facts> m_facts;
};

Status Runner::readStandings()
{
    const QString start = QDate(m_request.year, 1, 1).toString(Qt::ISODate);
    const QString day = m_request.date.toString(Qt::ISODate);
    SqliteReader s(m_handle,
        overHouseholds(QStringLiteral("SELECT t.household_id, t.kind, t.event_date"), QStringLiteral("status_event"),
            QStringLiteral("t.kind IN ('identify', 'exit', 'relapse', 'monitor', 'risk_eliminated')"), m_where,
            QStringLiteral(" ORDER BY t.household_id, t.event_date, t.id")));
    bindDivision(s);
    qint64 rows = 0;
    while (s.step()) {
        if (++rows % 4096 == 0 && cancelled())
            return Status::failure(BulkAssessment::cancelledMessage());
        Standing &st = m_standings[s.integer(0)];
        const QString kind = s.sharedText(1);
        const QString date = s.sharedText(2);
        const bool exitStep
            = kind == QLatin1String("identify") || kind == QLatin1String("exit") || kind == QLatin1String("relapse");
        if (exitStep)
            st.anyExitStep = true;
        if (date > day)
            continue;
        const bool before = date < start;
        if (exitStep) {
            const bool poor = kind != QLatin1String("exit");
            if (before)
                st.poorAtStart = poor;
            else if (poor)
                st.poorInYear = true;
        } else {
            const bool monitor = kind == QLatin1String("monitor");
            if (monitor)
                st.monitoringStart = QDate::fromString(date, Qt::ISODate);
            if (before)
                st.monitoredAtStart = monitor;
            else if (monitor)
                st.monitoredInYear = true;
        }
    }
    if (!s.error().isEmpty())
        return failed(s);
    return {};
}

Status Runner::readHouseholds()
{
    const bool exit = m_request.kind == BulkAssessment::Kind::Exit;
    // A household entered as not yet out of poverty without any step counts from when it was entered.
    const qint64 dayEnd
        = QDateTime(m_request.date.addDays(1), QTime(0, 0), QTimeZone::systemTimeZone()).toSecsSinceEpoch();
    SqliteReader s(m_handle,
        QStringLiteral("SELECT h.id, h.code, h.village_id, h.status_code, coalesce(h.created_at, h.updated_at), "
                       "(SELECT name FROM member WHERE household_id = h.id AND relation_code = '01' "
                       "ORDER BY position LIMIT 1) FROM household h WHERE ")
            + m_where.sql + QStringLiteral(" ORDER BY h.code, h.id"));
    bindDivision(s);
    qint64 rows = 0;
    while (s.step()) {
        if (++rows % 4096 == 0 && cancelled())
            return Status::failure(BulkAssessment::cancelledMessage());
        const qint64 id = s.integer(0);
        const auto it = m_standings.constFind(id);
        bool assessed = false;
        QDate monitoringStart;
        if (exit) {
            if (it != m_standings.cend() && it->anyExitStep)
                assessed = it->poor();
            else
                assessed = s.text(3) == QLatin1String("0") && s.integer(4) < dayEnd;
        } else if (it != m_standings.cend()) {
            assessed = it->monitored();
            monitoringStart = it->monitoringStart;
        }
        if (!assessed)
            continue;
        HouseholdAssessment a;
        a.householdId = id;
        a.code = s.text(1);
        a.villageId = s.integer(2);
        a.head = s.text(5);
        a.monitoringStart = monitoringStart;
        m_households.append(a);
        ExitAssessment::Facts facts;
        facts.date = m_request.date;
        facts.monitoringStart = monitoringStart;
        m_facts.insert(id, facts);
    }
    if (!s.error().isEmpty())
        return failed(s);
    m_standings.clear();
    return {};
}

Status Runner::readIncomes()
{
    // The latest year up to the year judged: SQLite takes the other columns from the row of max().
    SqliteReader s(m_handle,
        overHouseholds(QStringLiteral("SELECT t.household_id, max(t.year), t.household_size, t.wage_migrant, "
                                      "t.wage_welfare_job, t.op_crops, t.op_livestock, t.op_forestry, t.op_other, "
                                      "t.prop_dividend, t.prop_land_transfer, t.tr_family_planning, t.tr_subsistence, "
                                      "t.tr_extreme_support, t.tr_pension, t.tr_eco_compensation, t.tr_subsidies, "
                                      "t.tr_alimony, t.tr_insurance, t.op_costs"),
            QStringLiteral("income"), QStringLiteral("t.year <= ?1"), m_where,
            QStringLiteral(" GROUP BY t.household_id")));
    s.bind(1, qint64(m_request.date.year()));
    bindDivision(s);
    qint64 rows = 0;
    while (s.step()) {
        if (++rows % 4096 == 0 && cancelled())
            return Status::failure(BulkAssessment::cancelledMessage());
        const auto it = m_facts.find(s.integer(0));
        if (it == m_facts.end())
            continue;
        IncomeRecord r;
        r.year = int(s.integer(1));
        r.householdSize = int(s.integer(2));
        r.wageMigrant = s.integer(3);
        r.wageWelfareJob = s.integer(4);
        r.opCrops = s.integer(5);
        r.opLivestock = s.integer(6);
        r.opForestry = s.integer(7);
        r.opOther = s.integer(8);
        r.propDividend = s.integer(9);
        r.propLandTransfer = s.integer(10);
        r.trFamilyPlanning = s.integer(11);
        r.trSubsistence = s.integer(12);
        r.trExtremeSupport = s.integer(13);
        r.trPension = s.integer(14);
        r.trEcoCompensation = s.integer(15);
        r.trSubsidies = s.integer(16);
        r.trAlimony = s.integer(17);
        r.trInsurance = s.integer(18);
        r.opCosts = s.integer(19);
        it->income = r;
    }
    if (!s.error().isEmpty())
        return failed(s);
    return {};
}

Status Runner::readLiving()
{
    SqliteReader s(m_handle,
        overHouseholds(QStringLiteral("SELECT t.household_id, max(t.year), t.food_secure, t.clothing_secure, "
                                      "t.education_secure, t.medical_secure, t.housing_secure, t.water_safe, "
                                      "t.water_difficulty"),
            QStringLiteral("living_condition"), QStringLiteral("t.year <= ?1"), m_where,
            QStringLiteral(" GROUP BY t.household_id")));
    s.bind(1, qint64(m_request.date.year()));
    bindDivision(s);
    qint64 rows = 0;
    while (s.step()) {
        if (++rows % 4096 == 0 && cancelled())
            return Status::failure(BulkAssessment::cancelledMessage());
        const auto it = m_facts.find(s.integer(0));
        if (it == m_facts.end())
            continue;
        LivingConditions l;
        l.year = int(s.integer(1));
        l.foodSecure = s.integer(2) != 0;
        l.clothingSecure = s.integer(3) != 0;
        l.educationSecure = s.integer(4) != 0;
        l.medicalSecure = s.integer(5) != 0;
        l.housingSecure = s.integer(6) != 0;
        l.waterSafe = s.integer(7) != 0;
        l.waterDifficulty = s.integer(8) != 0;
        it->living = l;
    }
    if (!s.error().isEmpty())
        return failed(s);
    return {};
}

Status Runner::readMeasures()
{
    // ExitAssessment's own condition for a measure in place, on the day judged (?1).
    SqliteReader s(m_handle,
        overHouseholds(QStringLiteral("SELECT t.household_id, count(*)"), QStringLiteral("measure"),
            ExitAssessment::measureInPlaceSql(QStringLiteral("t.")), m_where,
            QStringLiteral(" GROUP BY t.household_id")));
    s.bind(1, m_request.date.toString(Qt::ISODate));
    bindDivision(s);
    while (s.step()) {
        const auto it = m_facts.find(s.integer(0));
        if (it != m_facts.end())
            it->measuresInPlace = int(s.integer(1));
    }
    if (!s.error().isEmpty())
        return failed(s);
    return {};
}

Status Runner::readLabour()
{
    QStringList codes;
    for (const QString &code : ExitAssessment::workingLabourCodes())
        codes << u'\'' + code + u'\''; // fixed codes of the app, never typed text
    SqliteReader s(m_handle,
        overHouseholds(QStringLiteral("SELECT DISTINCT t.household_id"), QStringLiteral("member"),
            QStringLiteral("t.labour_code IN (") + codes.join(u',') + u')', m_where));
    bindDivision(s);
    while (s.step()) {
        const auto it = m_facts.find(s.integer(0));
        if (it != m_facts.end())
            it->canWork = true;
    }
    if (!s.error().isEmpty())
        return failed(s);
    return {};
}

Result<BulkAssessment::Report> Runner::run()
{
    using R = Result<BulkAssessment::Report>;
    const CancelWhileRunning interrupt(m_handle, m_run.cancel);
    const bool exit = m_request.kind == BulkAssessment::Kind::Exit;
    progress(0);
    const QList<std::pair<Status (Runner::*)(), int>> steps{{&Runner::readStandings, 20}, {&Runner::readHouseholds, 35},
        {&Runner::readIncomes, 55}, {&Runner::readLiving, 70}, {exit ? nullptr : &Runner::readMeasures, 75},
        {exit ? nullptr : &Runner::readLabour, 80}};
    for (const auto &[step, done] : steps) {
        if (cancelled())
            return R::failure(BulkAssessment::cancelledMessage());
        if (step) {
            if (Status s = (this->*step)(); !s)
                return R::failure(s.error());
        }
        progress(done);
    }

    BulkAssessment::Report report;
    report.year = m_request.year;
    report.kind = m_request.kind;
    report.date = m_request.date;
    report.divisionName = m_request.divisionName;
    const PovertyStandards &standards = *m_request.standards;
    const qsizetype total = m_households.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (i % 2048 == 0) {
            if (cancelled())
                return R::failure(BulkAssessment::cancelledMessage());
            progress(80 + int(20 * i / std::max<qsizetype>(total, 1)));
        }
        HouseholdAssessment &a = m_households[i];
        const ExitAssessment::Facts &facts = *m_facts.constFind(a.householdId);
        a.result = exit ? ExitAssessment::judgeExit(facts, standards)
                        : ExitAssessment::judgeRiskElimination(facts, standards);
    }
    report.households = std::move(m_households);
    progress(100);
    return report;
}

} // namespace

int BulkAssessment::Report::met() const
{
    return int(std::count_if(
        households.cbegin(), households.cend(), [](const HouseholdAssessment &a) { return a.result.met(); }));
}

QList<BulkAssessment::ConditionTotal> BulkAssessment::Report::totals() const
{
    QList<ConditionTotal> totals;
    for (Condition c : conditions(kind))
        totals.append({c, ExitAssessment::conditionName(c), 0});
    for (const HouseholdAssessment &a : households) {
        for (const ExitAssessment::Finding &f : a.result.findings) {
            if (f.met)
                continue;
            for (ConditionTotal &t : totals) {
                if (t.condition == f.condition)
                    ++t.unmet;
            }
        }
    }
    return totals;
}

QList<ExitAssessment::Condition> BulkAssessment::conditions(Kind kind)
{
    QList<Condition> list{Condition::Income, Condition::Food, Condition::Clothing, Condition::Education,
        Condition::Medical, Condition::Housing, Condition::Water};
    if (kind == Kind::RiskElimination)
        list << Condition::HalfYear << Condition::Measure << Condition::Labour;
    return list;
}

QDate BulkAssessment::assessmentDate(int year, const QDate &today)
{
    return year >= today.year() ? today : QDate(year, 12, 31);
}

QString BulkAssessment::cancelledMessage()
{
    return tr("The assessment was cancelled.");
}

QString BulkAssessment::word(Kind kind)
{
    return kind == Kind::Exit ? QStringLiteral("exit") : QStringLiteral("elimination");
}

std::optional<BulkAssessment::Kind> BulkAssessment::kindOfWord(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == QLatin1String("exit"))
        return Kind::Exit;
    if (w == QLatin1String("elimination"))
        return Kind::RiskElimination;
    return std::nullopt;
}

QString BulkAssessment::kindName(Kind kind)
{
    return kind == Kind::Exit ? tr("Exit from poverty") : tr("Risk elimination");
}

Result<BulkAssessment::Request> BulkAssessment::prepare(
    CountyDatabase &db, int year, Kind kind, qint64 divisionId, const QDate &today)
{
    using R = Result<Request>;
    if (year < RegisterYear::First || year > today.year())
        return R::failure(tr("%1 cannot be assessed: give a year from %2 to %3.")
                              .arg(year)
                              .arg(RegisterYear::First)
                              .arg(today.year()));
    Request r;
    r.year = year;
    r.kind = kind;
    r.date = assessmentDate(year, today);
    const Result<ReadScope> scope = AccessPolicy::readScope(db);
    if (!scope)
        return R::failure(scope.error());
    r.scope = scope.value();
    SqliteReader s(db.handle(),
        divisionId ? QStringLiteral("SELECT id, level, name FROM division WHERE id = ?")
                   : QStringLiteral("SELECT id, level, name FROM division WHERE level = 1 ORDER BY id LIMIT 1"));
    if (divisionId)
        s.bind(1, divisionId);
    if (!s.step())
        return R::failure(s.error().isEmpty() ? tr("There is no such division in %1.").arg(db.path()) : s.error());
    r.divisionId = s.integer(0);
    r.divisionLevel = int(s.integer(1));
    r.divisionName = s.text(2);
    // A county-wide request of a scoped account covers its own divisions; a division named is checked.
    if (r.divisionLevel > Division::County) {
        if (Status st = AccessPolicy::checkRead(db, r.divisionId); !st)
            return R::failure(st.error());
    }
    r.standards.emplace(db);
    return r;
}

Result<BulkAssessment::Request> BulkAssessment::prepare(
    CountyDatabase &db, int year, Kind kind, const QString &divisionCode, const QDate &today)
{
    const QString code = divisionCode.trimmed();
    if (code.isEmpty())
        return prepare(db, year, kind, qint64(0), today);
    SqliteReader s(db.handle(), QStringLiteral("SELECT id FROM division WHERE code = ?"));
    s.bind(1, code);
    if (!s.step())
        return Result<Request>::failure(
            tr("There is no division with the code \"%1\" in %2; see `fupin-cli divisions`.").arg(code, db.path()));
    return prepare(db, year, kind, s.integer(0), today);
}

Result<BulkAssessment::Report> BulkAssessment::run(sqlite3 *handle, const Request &request, const AssessmentRun &run)
{
    return Runner(handle, request, run).run();
}

Result<BulkAssessment::Report> BulkAssessment::run(CountyDatabase &db, const Request &request, const AssessmentRun &run)
{
    return BulkAssessment::run(db.handle(), request, run);
}

Result<BulkAssessment::Report> BulkAssessment::runFile(
    const QString &path, const Request &request, const AssessmentRun &run)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const std::unique_ptr<sqlite3, SqliteCloser> handle(raw);
    if (rc != SQLITE_OK) {
        qWarning("bulk assessment: %s", raw ? sqlite3_errmsg(raw) : "out of memory");
        return Result<Report>::failure(tr("Could not open the county file %1 for the assessment.").arg(path));
    }
    // The app may be writing; WAL lets this reader go on, and a checkpoint is waited for.
    sqlite3_busy_timeout(raw, 5000);
    return BulkAssessment::run(raw, request, run);
}

Result<BulkAssessment::Report> BulkAssessment::assess(
    CountyDatabase &db, int year, Kind kind, qint64 divisionId, const AssessmentRun &run, const QDate &today)
{
    const Result<Request> request = prepare(db, year, kind, divisionId, today);
    if (!request)
        return Result<Report>::failure(request.error());
    return BulkAssessment::run(db.handle(), request.value(), run);
}
