// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared state of one demo generation run. The generator writes straight through prepared
// sqlite3 statements: at 100,000 households (about 3.5 million rows) QSqlQuery's QVariant binding
// costs more than SQLite itself.

#include "demo/DemoRandom.h"

#include <QByteArray>
#include <QString>

#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

class CountyDatabase;
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace demo {

// Thrown inside the generator and caught by DemoGenerator::generate, which turns it into a Status;
// a write can fail deep inside a household and unwinding is the simplest way back out.
struct WriteError
{
    QString message;
};
// Thrown when the progress callback asks to stop.
struct Cancelled
{
};

// Short-lived RAII wrapper around sqlite3_stmt: prepared once, bound by position, stepped, reset.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    Statement(sqlite3 *db, const QByteArray &sql) : Statement(db, sql.constData()) { }
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binds the arguments in order, runs the statement and returns the new rowid. Text is bound
    // without a copy (SQLITE_STATIC): the arguments live until insert() returns.
    template <typename... Args> qint64 insert(const Args &...args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return step();
    }

private:
    void bind(int index, int value);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, std::string_view value);
    void bind(int index, const std::string &value) { bind(index, std::string_view(value)); }
    void bind(int index, const char *value); // nullptr binds NULL
    void bind(int index, std::nullptr_t);
    void bind(int index, const DateText &value) { bind(index, value.view()); }
    void bind(int index, const StampText &value) { bind(index, value.seconds); }
    void bind(int index, const UuidBytes &value);
    template <typename T> void bind(int index, const std::optional<T> &value)
    {
        if (value)
            bind(index, *value);
        else
            bind(index, nullptr);
    }
    qint64 step();
    void check(int rc);

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// One prepared INSERT per table, reused for every row.
struct Statements
{
    explicit Statements(sqlite3 *db);
    Statement division, annualTarget, household, member, income, living, event, risk, unit, cadre, pairing, team,
        teamMember, visit, companion, project, projectEvent, beneficiary, measure, fundSource, receipt, allocation,
        disbursement, benefit, loan, loanEvent;
};

struct Township
{
    qint64 id = 0;
    std::string name;
    std::string code;
    int households = 0;
    std::vector<int> villages;
    std::vector<int> projects; // township-wide projects, indexes into Context::projects
    qint64 governmentUnit = 0; // the township government as an assistance unit
    // Cadres of this township's pool and the ones with room for another household.
    std::vector<int> cadres;
    std::deque<int> withRoom;
    size_t overflow = 0;
};

struct Village
{
    qint64 id = 0;
    int township = 0;
    std::string name;
    std::string code;
    bool poor = false;
    int households = 0;
    std::vector<qint64> groupIds;
    std::vector<std::string> groupNames;
    std::vector<int> projects; // indexes into Context::projects
};

struct Unit
{
    qint64 id = 0;
    std::string name;
    int form = 6; // assistance_form.csv
    int level = 4; // unit_level.csv
};

struct Cadre
{
    qint64 id = 0;
    int cap = 4;
    int load = 0;
};

struct Beneficiary
{
    qint64 householdId = 0;
    std::string headName;
};

struct Project
{
    qint64 id = 0;
    int category = 1; // project_category.csv
    int year = 0;
    int village = -1; // -1 for a township-wide project
    int township = 0;
    std::string name;
    std::string status;
    qint64 budgetYuan = 0;
    Day start = 0;
    Day end = 0;
    int unit = -1; // index into Context::units when an assistance unit brought it
    Day entered = 0; // the day it was proposed
    const char *cancelReason = nullptr;
    std::vector<Beneficiary> payees; // households paid directly (housing, education, credit)
};

struct Rank
{
    std::string name;
    int cap = 4;
};

struct Context
{
    // Benefits and loans draw from a stream of their own, so that adding them left the rest of a
    // seed's county as it was.
    Context(sqlite3 *db, quint64 seed)
        : statements(db),
          rng(seed),
          creditRng(seed ^ 0x63726564697431ULL),
          roundRng(seed ^ 0x726f756e6473ULL),
          flawRng(seed ^ 0x666c617773ULL),
          goalRng(seed ^ 0x676f616c73ULL)
    { }

    Statements statements;
    Rng rng;
    Rng creditRng;
    // The visit rounds of recent months and the cadres who went along draw from their own stream too.
    Rng roundRng;
    // The data mistakes planted for the quality check (DemoFlaws.cpp) draw from their own stream, and
    // change only what is written: the rest of a seed's county stays as it was.
    Rng flawRng;
    // The goals (which villages fall behind them) draw from their own stream as well.
    Rng goalRng;
    bool plantFlaws = true;
    std::string lastMemberName, lastMemberIdNumber; // of the household written last
    std::function<bool(int, int)> progress;

    QString countyCode;
    std::string county; // name, e.g. 从江县
    std::string province; // e.g. 贵州省
    std::string city; // e.g. 黔东南州
    std::string partnerCity; // East–West cooperation partner, e.g. 杭州市
    QString provinceRegion, cityRegion, partnerRegion; // region codes for cadres' ID numbers
    qint64 countyId = 0;
    bool southwest = false; // Miao/Dong surname mix
    Weighted<const char *> ethnicities; // ethnicity.csv codes and their share in the county
    int households = 0;
    int lastYear = 0;
    Day lastDay = 0; // 31 December of lastYear
    Day today = 0; // no birth date after it: ID numbers refuse the future
    // Cadres go on visiting after the last year's accounts are closed, up to today: the lists of
    // today (no visit in 90 days, visits this quarter) show a working county.
    Day visitsUntil = 0;

    std::map<int, qint64> povertyLine; // yuan by year
    std::map<int, qint64> threshold; // yuan by year
    std::vector<Rank> ranks;

    std::vector<Township> townships;
    std::vector<Village> villages;
    std::vector<Unit> units;
    std::vector<int> countyDepartments; // indexes into units
    std::vector<Cadre> cadres;
    std::vector<Project> projects;
    std::unordered_set<quint64> usedIds; // resident IDs handed out: region, birth day, sequence

    // annual_target: planned exits per village (index) and year (2014–2020), households and people,
    // and risks eliminated per village and year from 2021, from which the goals are set.
    std::map<std::pair<int, int>, std::pair<int, int>> targets;
    std::map<std::pair<int, int>, std::pair<int, int>> cleared;

    qint64 lineFor(int year) const; // the poverty line, extended past the last known year
    qint64 thresholdFor(int year) const; // the monitoring threshold, extended likewise
    // The income a household must stay above in a year: the line until 2020, then the threshold.
    qint64 referenceFor(int year) const { return year <= 2020 ? lineFor(year) : thresholdFor(year); }

    // Ascending from 2020-01-01T00:00:00Z in milliseconds, like a v7 UUID's time field.
    quint64 nextUuidTime = 1577836800000ULL;
    UuidBytes uuid() { return rng.uuid(nextUuidTime++); }
    // An 18-digit resident ID unique in this run; the sequence's parity follows the sex.
    std::string idNumber(const QString &region, Day birth, bool male);
    std::string mobile();
};

// The phases, in the order DemoGenerator runs them.
void writePlaces(Context &ctx); // townships, villages, groups
void writeForces(Context &ctx); // assistance units, cadres, work teams
void planProjects(Context &ctx); // project rows, before households link to them
void writeHouseholds(Context &ctx); // households and everything hanging off them
void writeFunds(Context &ctx); // fund sources, receipts, allocations, disbursements
void writeProjectHistory(Context &ctx); // each project's lifecycle steps up to its status
void writeTargets(Context &ctx); // annual_target: the goals of the county, townships and villages
void writeAccounts(CountyDatabase &db); // one account per role (DemoAccounts.cpp)

// Helpers the phases share.
// A cadre of the township's pool below the cap of the rank, other than `avoid`; when all are at
// the cap, the pool in turn (the cap is a local rule, applied roughly).
int takeCadre(Context &ctx, int township, int avoid = -1);
void releaseCadre(Context &ctx, int township, int cadre);

} // namespace demo
