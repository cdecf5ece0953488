// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoGenerator.h"

#include "accounts/AccessPolicy.h"
#include "county/CountyKinds.h"
#include "county/CountySettings.h"
#include "db/CountyDatabase.h"
#include "db/KeyedStore.h"
#include "db/RecordWriter.h"
#include "db/SqlExec.h"
#include "demo/DemoContext.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace {

struct Region
{
    const char *prefix; // the first digits of the county code
    const char *province;
    const char *city;
    const char *partner; // East–West cooperation partner
    const char *partnerRegion;
};

// Enough geography for the demo's unit names and cadres' ID numbers; the longest prefix wins.
constexpr Region Regions[] = {{"5226", "贵州省", "黔东南州", "杭州市", "330106"},
    {"52", "贵州省", "", "广州市", "440106"}, {"53", "云南省", "", "上海市", "310104"},
    {"45", "广西壮族自治区", "", "广州市", "440106"}, {"43", "湖南省", "", "广州市", "440106"},
    {"51", "四川省", "", "杭州市", "330106"}, {"50", "重庆市", "", "杭州市", "330106"},
    {"62", "甘肃省", "", "天津市", "120101"}, {"63", "青海省", "", "北京市", "110105"},
    {"64", "宁夏回族自治区", "", "福州市", "350102"}, {"54", "西藏自治区", "", "北京市", "110105"},
    {"65", "新疆维吾尔自治区", "", "北京市", "110105"}, {"15", "内蒙古自治区", "", "北京市", "110105"},
    {"61", "陕西省", "", "南京市", "320102"}, {"14", "山西省", "", "北京市", "110105"},
    {"41", "河南省", "", "北京市", "110105"}, {"42", "湖北省", "", "杭州市", "330106"},
    {"36", "江西省", "", "上海市", "310104"}, {"", "", "", "广州市", "440106"}};

// Ethnic mix of the county's people (ethnicity.csv codes, per thousand).
void addEthnicities(demo::Context &ctx)
{
    const QString code = ctx.countyCode;
    std::vector<std::pair<const char *, int>> mix;
    if (code == QLatin1String("522633")) // 从江县: Miao and Dong above all
        mix = {{"06", 600}, {"12", 220}, {"01", 100}, {"13", 30}, {"25", 30}, {"08", 20}};
    else if (code.startsWith(QLatin1String("52")))
        mix = {{"01", 550}, {"06", 150}, {"09", 120}, {"12", 80}, {"15", 50}, {"37", 30}, {"25", 20}};
    else if (code.startsWith(QLatin1String("45")))
        mix = {{"08", 600}, {"01", 330}, {"13", 50}, {"06", 20}};
    else if (code.startsWith(QLatin1String("53")))
        mix = {{"01", 600}, {"07", 200}, {"14", 50}, {"16", 50}, {"18", 50}, {"20", 50}};
    else if (code.startsWith(QLatin1String("54")))
        mix = {{"04", 950}, {"01", 50}};
    else if (code.startsWith(QLatin1String("65")))
        mix = {{"05", 700}, {"01", 200}, {"17", 100}};
    else if (code.startsWith(QLatin1String("63")))
        mix = {{"04", 500}, {"01", 300}, {"03", 150}, {"30", 50}};
    else if (code.startsWith(QLatin1String("64")))
        mix = {{"01", 650}, {"03", 350}};
    else if (code.startsWith(QLatin1String("15")))
        mix = {{"01", 800}, {"02", 170}, {"11", 30}};
    else
        mix = {{"01", 950}, {"03", 20}, {"11", 20}, {"06", 10}};
    for (const auto &[ethnicity, weight] : mix)
        ctx.ethnicities.add(ethnicity, weight);
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

// Reads the county, its poverty lines, thresholds and cadre ranks: all county-editable data.
void loadCounty(CountyDatabase &db, QSqlDatabase &sql, demo::Context &ctx)
{
    ctx.countyCode = db.countyCode();
    ctx.county = db.countyName().toStdString();
    QSqlQuery q(sql);
    if (!q.exec(QStringLiteral("SELECT id FROM division WHERE level = 1")) || !q.next())
        throw demo::WriteError{sqlError(q)};
    ctx.countyId = q.value(0).toLongLong();

    const std::string code = ctx.countyCode.toStdString();
    for (const Region &region : Regions) {
        if (code.rfind(region.prefix, 0) != 0)
            continue;
        ctx.province = region.province;
        ctx.city = region.city;
        ctx.partnerCity = region.partner;
        ctx.partnerRegion = QString::fromLatin1(region.partnerRegion);
        break;
    }
    if (ctx.province.empty())
        ctx.province = "本省";
    if (ctx.city.empty())
        ctx.city = ctx.province;
    ctx.provinceRegion = ctx.countyCode.left(2) + QStringLiteral("0102");
    ctx.cityRegion = ctx.countyCode.left(4) + QStringLiteral("01");
    ctx.southwest = code.rfind("52", 0) == 0 || code.rfind("43", 0) == 0 || code.rfind("45", 0) == 0;
    addEthnicities(ctx);

    if (!q.exec(QStringLiteral("SELECT year, line_fen FROM poverty_line")))
        throw demo::WriteError{sqlError(q)};
    while (q.next())
        ctx.povertyLine[q.value(0).toInt()] = q.value(1).toLongLong() / 100;
    if (!q.exec(QStringLiteral("SELECT year, threshold_fen FROM monitoring_threshold")))
        throw demo::WriteError{sqlError(q)};
    while (q.next())
        ctx.threshold[q.value(0).toInt()] = q.value(1).toLongLong() / 100;
    if (!q.exec(QStringLiteral("SELECT rank_zh, max_households FROM cadre_rank ORDER BY max_households DESC, rank_zh")))
        throw demo::WriteError{sqlError(q)};
    while (q.next())
        ctx.ranks.push_back({q.value(0).toString().toStdString(), std::max(1, q.value(1).toInt())});
    if (ctx.ranks.empty())
        ctx.ranks = {{"副科级", 5}, {"一般干部", 4}};
}

// Bulk-loading settings for the length of the run, restored afterwards (synchronous=FULL before
// anyone else writes to the file): the file stays in WAL, so a crash or power cut still leaves it
// whole and other programs can read it meanwhile, but with synchronous=NORMAL (no fsync per
// commit, only at checkpoints); no foreign-key lookup per row, since the generator makes every
// key itself (its tests run PRAGMA foreign_key_check); and a cache large enough for the unique
// uuid indexes, which random v4 UUIDs hit all over.
class BulkSettings
{
public:
    explicit BulkSettings(QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_cacheSize = q.value(0).toInt();
        if (q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next())
            m_foreignKeys = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        q.exec(QStringLiteral("PRAGMA cache_size = -262144")); // 256 MiB
    }
    ~BulkSettings()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys = %1").arg(m_foreignKeys));
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    }
    BulkSettings(const BulkSettings &) = delete;
    BulkSettings &operator=(const BulkSettings &) = delete;

private:
    QSqlDatabase &m_db;
    int m_cacheSize = -2000;
    int m_foreignKeys = 1;
};

} // namespace

Status DemoGenerator::checkOptions(const DemoOptions &options)
{
    const QDate today = QDate::currentDate();
    const int lastYear = options.lastYear > 0 ? options.lastYear : today.year() - 1;
    if (options.households < 1 || options.households > 1000000)
        return Status::failure(
            tr("The demo county needs between 1 and 1,000,000 households, not %1.").arg(options.households));
    if (lastYear < 2014 || lastYear > today.year())
        return Status::failure(tr("The demo history runs from 2014 to a last year no later than %1, not to %2.")
                                   .arg(today.year())
                                   .arg(lastYear));
    return {};
}

Status DemoGenerator::generate(
    CountyDatabase &db, const DemoOptions &options, const std::function<bool(int, int)> &progress)
{
    if (Status s = checkOptions(options); !s)
        return s;
    const QDate today = QDate::currentDate();
    const int lastYear = options.lastYear > 0 ? options.lastYear : today.year() - 1;
    if (!db.isInitialized()) {
        if (Status s = db.initialize(QStringLiteral("522633"), QStringLiteral("从江县")); !s)
            return s;
    }
    {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM household)")) || !q.next())
            return Status::failure(tr("Could not read the county file: %1").arg(sqlError(q)));
        if (q.value(0).toBool())
            return Status::failure(tr("The county file already holds households. Demo data is only generated into "
                                      "an empty county, so nothing was written."));
    }
    if (Status s = AccessPolicy::check(db, AccessPolicy::Action::ChangeSettings); !s)
        return s;
    sqlite3 *handle = db.handle();
    if (!handle)
        return Status::failure(tr("The county file is not an SQLite database."));

    BulkSettings settings(db.sql());
    Transaction transaction(db.sql());
    if (!transaction.isActive())
        return Status::failure(tr("Could not start writing to the county file; another program may be using it."));
    try {
        // The context owns the prepared statements: they are finalised when it goes out of scope,
        // before the transaction commits or rolls back.
        demo::Context ctx(handle, options.seed);
        ctx.progress = progress;
        ctx.plantFlaws = options.plantMistakes;
        ctx.households = options.households;
        ctx.lastYear = lastYear;
        ctx.lastDay = demo::dayOf(lastYear, 12, 31);
        ctx.today = demo::dayOf(today.year(), today.month(), today.day());
        ctx.visitsUntil = lastYear == today.year() - 1 ? ctx.today : std::min(ctx.lastDay, ctx.today);
        loadCounty(db, db.sql(), ctx);
        if (progress && !progress(0, ctx.households))
            throw demo::Cancelled{};
        demo::writePlaces(ctx);
        demo::writeForces(ctx);
        demo::planProjects(ctx);
        demo::writeHouseholds(ctx);
        demo::writeFunds(ctx);
        demo::writeTargets(ctx);
        demo::writeProjectHistory(ctx); // last: the random draws of the phases before stay as they were
        demo::writeAccounts(db);
        if (progress && !progress(ctx.households, ctx.households))
            throw demo::Cancelled{};
    } catch (const demo::Cancelled &) {
        return Status::failure(tr("Generating the demo county was cancelled; no demo data was written."));
    } catch (const demo::WriteError &e) {
        return Status::failure(tr("Could not write the demo county, so no demo data was written: %1").arg(e.message));
    }
    // Each village's rural registered population (农村户籍人口, ProgressIndicators), which the register
    // does not hold: three to six times its registered people, so that poverty incidence falls from
    // a quarter or so to under the line by 2020, some villages behind the others.
    {
        RecordWriter w(db.sql(), QStringLiteral("demo"));
        const auto villages
            = w.select(QStringLiteral("SELECT 'rural_population:' || v.code, (SELECT count(*) FROM member m "
                                      "JOIN household h ON h.id = m.household_id WHERE h.village_id = "
                                      "v.id) * (3 + v.id % 4) FROM division v WHERE v.level = 3"),
                {});
        if (!villages)
            return Status::failure(tr("Could not save the demo county: %1").arg(villages.error()));
        for (const QVariantList &village : villages.value()) {
            if (Status s = KeyedStore::seed(db.sql(), CountyKinds::setting(),
                    {{"key", village.value(0)}, {"value", village.value(1).toString()}});
                !s)
                return Status::failure(tr("Could not save the demo county: %1").arg(s.error()));
        }
    }
    // Marked in the file, so that every window that opens it says 演示数据 and nobody enters real
    // households into invented ones.
    if (Status s = CountySettings(db).setValue(CountySettings::IsDemo, QStringLiteral("1")); !s)
        return Status::failure(tr("Could not save the demo county: %1").arg(s.error()));
    if (Status s = transaction.commit(); !s)
        return Status::failure(tr("Could not save the demo county: %1").arg(s.error()));
    return {};
}
