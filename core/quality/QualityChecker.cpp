// SPDX-License-Identifier: GPL-3.0-or-later
#include "quality/QualityChecker.h"

#include "accounts/AccessPolicy.h"
#include "db/CountyDatabase.h"
#include "db/RecordStore.h"
#include "db/SqliteReader.h"
#include "register/HouseholdKinds.h"
#include "register/IdNumber.h"

#include <QFile>
#include <QSet>

#include <sqlite3.h>

#include <memory>
#include <thread>
#include <variant>

namespace {

using RecordFields::Field;

// Households (column 0) currently paired with a cadre (name in column 1) who is inactive or deleted.
const QString InactiveCadres = QStringLiteral(
    "SELECT p.household_id, c.name FROM pairing p JOIN cadre c ON c.id = p.cadre_id WHERE p.end_date IS NULL AND "
    "p.deleted_at IS NULL AND (c.active = 0 OR c.deleted_at IS NOT NULL)");

// Households reported between two progress calls.
constexpr qint64 ProgressEvery = 500;

// Columns before a row's fields: the id, then household_id for the rows of a household.
constexpr int MetaColumns = 1;
constexpr int HouseholdIdColumn = MetaColumns;
constexpr int ChildFieldsStart = MetaColumns + 1;

// The rows are read through the register's column catalogue, limited to the columns the rules
// read (QualityRules::columnsRead) and, for income and living conditions, to the year checked: the
// county keeps about ten years of both, and decoding unread text is most of the time of a pass.
template <typename T> QList<Field<T>> readFields(const QString &table)
{
    const QStringList read = QualityRules::columnsRead().value(table);
    QList<Field<T>> fields;
    for (const Field<T> &f : RecordFields::fieldsOf<T>()) {
        if (read.contains(QLatin1String(f.column)))
            fields.append(f);
    }
    return fields;
}

template <typename T> QString selectSql(const QString &table, const QList<Field<T>> &fields, bool child)
{
    QString sql = QStringLiteral("SELECT t.id");
    if (child)
        sql += QStringLiteral(", t.household_id");
    for (const Field<T> &f : fields)
        sql += f.isPhrase()
            ? QString(QStringLiteral(", (SELECT text FROM phrase WHERE id = t.") + QLatin1String(f.column) + u')')
            : QString(QStringLiteral(", t.") + QLatin1String(f.column));
    return sql + QStringLiteral(" FROM ") + table + QStringLiteral(" t");
}

template <typename T> void readRow(SqliteReader &s, const QList<Field<T>> &fields, int firstField, T &row)
{
    row.meta.id = s.integer(0);
    for (int i = 0; i < fields.size(); ++i)
        RecordStore::readField(row, fields.at(i), s, firstField + i);
}

// The rows of one child table for households in id order; a merge with the household query.
template <typename T> class ChildRows
{
public:
    ChildRows(sqlite3 *db, const QString &table, const QString &rest, const QList<qint64> &binds)
        : m_fields(readFields<T>(table)), m_statement(db, selectSql(table, m_fields, true) + rest)
    {
        for (int i = 0; i < binds.size(); ++i)
            m_statement.bind(i + 1, binds.at(i));
        m_has = m_statement.error().isEmpty() && m_statement.step();
    }

    void take(qint64 householdId, QList<T> &out)
    {
        while (m_has && m_statement.integer(HouseholdIdColumn) <= householdId) {
            if (m_statement.integer(HouseholdIdColumn) == householdId) {
                T row;
                readRow(m_statement, m_fields, ChildFieldsStart, row);
                out.append(std::move(row));
            }
            m_has = m_statement.step();
        }
    }
    const QString &error() const { return m_statement.error(); }

private:
    const QList<Field<T>> m_fields;
    SqliteReader m_statement;
    bool m_has = false;
};

struct SqliteCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};

// A registration read from columns household id, code, name, village id, village name from
// `first` on: outside the account's scope, its village only.
Registration registration(const ReadScope &scope, const SqliteReader &s, int first = 0)
{
    const qint64 village = s.integer(first + 3);
    if (!scope.isCountyWide() && !scope.containsVillage(village))
        return {s.integer(first), QString(), QString(), s.text(first + 4), false};
    return {s.integer(first), s.text(first + 1), s.text(first + 2), s.text(first + 4), true};
}

QString fileOf(sqlite3 *handle)
{
    const char *name = handle ? sqlite3_db_filename(handle, "main") : nullptr;
    return name && *name ? QString::fromUtf8(name) : QualityChecker::tr("(in memory)");
}

} // namespace

QualityChecker::QualityChecker(CountyDatabase &db) : m_handle(db.handle()), m_db(&db)
{ }

QualityChecker::QualityChecker(sqlite3 *handle, const ReadScope &scope) : m_handle(handle), m_scope(scope)
{ }

QString QualityChecker::cancelledMessage()
{
    return tr("The data-quality check was cancelled.");
}

QList<Finding> QualityChecker::checkHousehold(const Household &household, const QualityContext &context) const
{
    QList<Finding> findings;
    const Member *head = household.head();
    for (const QualityRule &rule : qualityRules()) {
        for (const QString &message : rule.check(household, context))
            findings.append(
                {rule.code, rule.severity, household.meta.id, household.code, head ? head->name : QString(), message});
    }
    return findings;
}

Result<QualityContext> QualityChecker::contextFor(const Household &household, int year) const
{
    using R = Result<QualityContext>;
    const auto failed = [&](const SqliteReader &s) {
        qWarning("quality check: %s", qPrintable(s.error()));
        return R::failure(tr("Could not read the county file %1 for the data-quality check.").arg(fileOf(m_handle)));
    };
    QualityContext context;
    context.year = year;
    context.hasResponsibleCadre = false;
    if (household.meta.id != 0) {
        SqliteReader paired(
            m_handle, QStringLiteral("SELECT 1 FROM pairing WHERE household_id = ? AND end_date IS NULL LIMIT 1"));
        paired.bind(1, household.meta.id);
        context.hasResponsibleCadre = paired.step();
        if (!paired.error().isEmpty())
            return failed(paired);
        SqliteReader inactive(m_handle, InactiveCadres + QStringLiteral(" AND p.household_id = ? ORDER BY c.id"));
        inactive.bind(1, household.meta.id);
        while (inactive.step())
            context.inactiveCadres << inactive.text(1);
        if (!inactive.error().isEmpty())
            return failed(inactive);
    }

    const Result<ReadScope> scope = m_db ? AccessPolicy::readScope(*m_db) : Result<ReadScope>(*m_scope);
    if (!scope)
        return R::failure(scope.error());
    SqliteReader others(m_handle,
        QStringLiteral("SELECT m.household_id, h.code, m.name, h.village_id, COALESCE(v.name, '') FROM member m JOIN "
                       "household h ON h.id = m.household_id LEFT JOIN division v ON v.id = h.village_id WHERE "
                       "m.id_number = ? AND m.id_number <> '' AND h.deleted_at IS NULL AND h.id <> ? "
                       "ORDER BY m.household_id"));
    SqliteReader cadres(m_handle, QStringLiteral("SELECT name FROM cadre WHERE id_number = ? ORDER BY id"));
    for (const Member &m : household.members) {
        const QString id = IdNumber::normalize(m.idNumber);
        if (id.isEmpty())
            continue;
        others.reset();
        others.bind(1, id);
        others.bind(2, household.meta.id);
        while (others.step())
            context.otherRegistrations[id].append(registration(scope.value(), others));
        if (!others.error().isEmpty())
            return failed(others);
        cadres.reset();
        cadres.bind(1, id);
        while (cadres.step())
            context.cadresWithId[id].append(cadres.text(0));
        if (!cadres.error().isEmpty())
            return failed(cadres);
    }
    return context;
}

Result<QList<Finding>> QualityChecker::checkDivision(qint64 divisionId, int year, const QualityRun &run) const
{
    using R = Result<QList<Finding>>;
    // SQLite's own words go to the log; the user is told which file could not be read.
    const auto failed = [&](const QString &error) {
        qWarning("quality check: %s", qPrintable(error));
        return R::failure(tr("Could not read the county file %1 for the data-quality check.").arg(fileOf(m_handle)));
    };

    // Only the households the account may read: the villages of its scope, as SQL.
    const Result<ReadScope> scope = m_db ? AccessPolicy::readScope(*m_db) : Result<ReadScope>(*m_scope);
    if (!scope)
        return R::failure(scope.error());
    const QString andScope = scope->andVillageIn(QStringLiteral("h.village_id"));

    // The households of a division are those whose township, village or group column names it.
    QString divisionColumn;
    if (divisionId != 0) {
        SqliteReader level(m_handle, QStringLiteral("SELECT level FROM division WHERE id = ?"));
        level.bind(1, divisionId);
        if (!level.step()) {
            if (!level.error().isEmpty())
                return failed(level.error());
            return R::failure(tr("Division %1 does not exist.").arg(divisionId));
        }
        static const QStringList columns{QString(), QString(), QStringLiteral("township_id"),
            QStringLiteral("village_id"), QStringLiteral("group_id")};
        divisionColumn = columns.value(int(level.integer(0)));
    }
    QList<qint64> binds;
    QString where = QStringLiteral(" WHERE h.deleted_at IS NULL");
    if (!divisionColumn.isEmpty()) {
        where += QStringLiteral(" AND h.") + divisionColumn + QStringLiteral(" = ?");
        binds << divisionId;
    }
    where += andScope;
    const auto bound = [&](const QString &sql, const QList<qint64> &values) {
        auto s = std::make_unique<SqliteReader>(m_handle, sql);
        for (int i = 0; i < values.size(); ++i)
            s->bind(i + 1, values.at(i));
        return s;
    };

    qint64 total = 0;
    {
        const auto count = bound(QStringLiteral("SELECT count(*) FROM household h") + where, binds);
        if (!count->step())
            return failed(count->error());
        total = count->integer(0);
    }
    if (run.progress)
        run.progress(0, total);

    // Cross-household facts, for the whole county: a person of this division may be registered in
    // another one.
    QSet<qint64> paired;
    {
        SqliteReader s(m_handle, QStringLiteral("SELECT DISTINCT household_id FROM pairing WHERE end_date IS NULL"));
        while (s.step())
            paired.insert(s.integer(0));
        if (!s.error().isEmpty())
            return failed(s.error());
    }

    QHash<qint64, QStringList> inactive;
    {
        SqliteReader s(m_handle, InactiveCadres + QStringLiteral(" ORDER BY c.id"));
        while (s.step())
            inactive[s.integer(0)] << s.text(1);
        if (!s.error().isEmpty())
            return failed(s.error());
    }

    // Every registration of an ID number held by more than one non-deleted household, keyed by the
    // number. Numbers entered more than once at all are few and come from the ID-number index
    // alone; only their rows are joined to their households (CROSS JOIN keeps SQLite from scanning
    // every member instead).
    QHash<QString, QList<Registration>> registrations;
    {
        SqliteReader s(m_handle,
            QStringLiteral("WITH repeated AS (SELECT id_number FROM member WHERE id_number <> '' GROUP BY id_number "
                           "  HAVING count(*) > 1) "
                           "SELECT m.id_number, m.household_id, h.code, m.name, h.village_id, COALESCE(v.name, '') "
                           "FROM repeated r CROSS JOIN member m ON m.id_number = r.id_number AND m.id_number <> '' "
                           "CROSS JOIN household h ON h.id = m.household_id LEFT JOIN division v ON v.id = "
                           "h.village_id WHERE h.deleted_at IS NULL ORDER BY m.household_id, m.id"));
        QHash<QString, QSet<qint64>> households;
        while (s.step()) {
            const QString id = s.text(0);
            registrations[id].append(registration(scope.value(), s, 1));
            households[id].insert(s.integer(1));
        }
        if (!s.error().isEmpty())
            return failed(s.error());
        for (auto it = households.cbegin(); it != households.cend(); ++it) {
            if (it.value().size() < 2)
                registrations.remove(it.key());
        }
    }

    // Cadres whose ID number belongs to a registered (non-deleted) person.
    QHash<QString, QStringList> cadres;
    {
        SqliteReader s(m_handle,
            QStringLiteral("SELECT c.id_number, c.name FROM cadre c WHERE c.id_number <> '' AND EXISTS (SELECT 1 "
                           "FROM member m JOIN household h ON h.id = m.household_id WHERE m.id_number = c.id_number "
                           "AND m.id_number <> '' AND h.deleted_at IS NULL) ORDER BY c.id"));
        while (s.step())
            cadres[s.text(0)].append(s.text(1));
        if (!s.error().isEmpty())
            return failed(s.error());
    }

    // One pass over the households with ids in [from, to) (to 0: no end), on one connection: four
    // queries ordered by household, merged. Fails with an empty error when stopped.
    const QList<Field<Household>> householdFields = readFields<Household>(QStringLiteral("household"));
    std::atomic<qint64> checked = 0;
    std::atomic_bool stop = false; // the other half failed
    const auto pass = [&](sqlite3 *handle, qint64 from, qint64 to, bool reports, QList<Finding> &findings) -> QString {
        QString range = QStringLiteral(" AND h.id >= ?");
        QList<qint64> rangeBinds = binds + QList<qint64>{from};
        if (to != 0) {
            range += QStringLiteral(" AND h.id < ?");
            rangeBinds << to;
        }
        const auto statement = [&](const QString &sql, const QList<qint64> &values) {
            auto s = std::make_unique<SqliteReader>(handle, sql);
            for (int i = 0; i < values.size(); ++i)
                s->bind(i + 1, values.at(i));
            return s;
        };
        const auto households = statement(selectSql(QStringLiteral("household"), householdFields, false)
                + QString(where + range).replace(QStringLiteral(" h."), QStringLiteral(" t."))
                + QStringLiteral(" ORDER BY t.id"),
            rangeBinds);
        // The whole county's rows need no join: the merge skips those of deleted households.
        const bool join = !divisionColumn.isEmpty() || !andScope.isEmpty();
        const QString rows = join ? QStringLiteral(" JOIN household h ON h.id = t.household_id") + where + range
                                  : QString(QStringLiteral(" WHERE") + range.mid(4))
                                        .replace(QStringLiteral(" h.id"), QStringLiteral(" t.household_id"));
        const QString byHousehold
            = join ? QStringLiteral(" ORDER BY h.id") : QStringLiteral(" ORDER BY t.household_id");
        const QString ofYear = QStringLiteral(" AND t.year = ?") + byHousehold;
        const QList<qint64> yearBinds = rangeBinds + QList<qint64>{year};
        ChildRows<Member> members(
            handle, QStringLiteral("member"), rows + byHousehold + QStringLiteral(", t.position"), rangeBinds);
        ChildRows<IncomeRecord> incomes(handle, QStringLiteral("income"), rows + ofYear, yearBinds);
        ChildRows<LivingConditions> living(handle, QStringLiteral("living_condition"), rows + ofYear, yearBinds);

        QualityContext context;
        context.year = year;
        qint64 own = 0;
        while (households->step()) {
            if ((run.cancel && run.cancel->load(std::memory_order_relaxed)) || stop.load(std::memory_order_relaxed))
                return QString();
            Household h;
            readRow(*households, householdFields, MetaColumns, h);
            members.take(h.meta.id, h.members);
            incomes.take(h.meta.id, h.incomes);
            living.take(h.meta.id, h.livingConditions);

            context.hasResponsibleCadre = paired.contains(h.meta.id);
            context.inactiveCadres = inactive.value(h.meta.id);
            context.otherRegistrations.clear();
            context.cadresWithId.clear();
            // Only the few households concerned get entries; every other one sees empty hashes.
            if (!registrations.isEmpty() || !cadres.isEmpty()) {
                for (const Member &m : std::as_const(h.members)) {
                    if (m.idNumber.isEmpty())
                        continue;
                    if (const auto it = registrations.constFind(m.idNumber); it != registrations.cend())
                        context.otherRegistrations.insert(m.idNumber, *it);
                    if (const auto it = cadres.constFind(m.idNumber); it != cadres.cend())
                        context.cadresWithId.insert(m.idNumber, *it);
                }
            }
            findings.append(checkHousehold(h, context));
            const qint64 all = checked.fetch_add(1, std::memory_order_relaxed) + 1;
            if (++own % ProgressEvery == 0 && reports && run.progress)
                run.progress(all, total);
        }
        for (const QString &error : {households->error(), members.error(), incomes.error(), living.error()}) {
            if (!error.isEmpty())
                return error;
        }
        return {};
    };
    const auto cancelled = [&] { return run.cancel && run.cancel->load(); };

    // A large division is checked in two halves at once, the second on a connection of its own:
    // the pass is bound by one core, and a county PC has two at least.
    QList<Finding> findings;
    QString error;
    std::unique_ptr<sqlite3, SqliteCloser> second;
    qint64 middle = 0;
    if (run.splitFrom > 0 && total >= run.splitFrom && std::thread::hardware_concurrency() > 1) {
        const char *file = sqlite3_db_filename(m_handle, "main");
        sqlite3 *raw = nullptr;
        if (file && *file && sqlite3_open_v2(file, &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            sqlite3_busy_timeout(raw, 5000);
            const auto at = bound(QStringLiteral("SELECT h.id FROM household h") + where
                    + QStringLiteral(" ORDER BY h.id LIMIT 1 OFFSET ?"),
                binds + QList<qint64>{total / 2});
            if (at->step())
                middle = at->integer(0);
        }
        second.reset(raw);
    }
    if (middle == 0) {
        error = pass(m_handle, 0, 0, true, findings);
    } else {
        QList<Finding> later;
        QString laterError;
        std::thread worker([&] {
            laterError = pass(second.get(), middle, 0, false, later);
            if (!laterError.isEmpty())
                stop = true;
        });
        error = pass(m_handle, 0, middle, true, findings);
        if (!error.isEmpty())
            stop = true;
        worker.join();
        if (error.isEmpty())
            error = laterError;
        findings.append(std::move(later));
    }
    if (!error.isEmpty())
        return failed(error);
    if (cancelled() || stop)
        return R::failure(cancelledMessage());
    if (run.progress)
        run.progress(checked, qMax(total, qint64(checked)));
    return findings;
}

Result<QList<Finding>> QualityChecker::checkFile(
    const QString &path, const ReadScope &scope, qint64 divisionId, int year, const QualityRun &run)
{
    using R = Result<QList<Finding>>;
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const std::unique_ptr<sqlite3, SqliteCloser> handle(raw);
    if (rc != SQLITE_OK) {
        qWarning("quality check: %s", raw ? sqlite3_errmsg(raw) : "out of memory");
        return R::failure(tr("Could not open the county file %1 for the data-quality check.").arg(path));
    }
    // The app may be writing; WAL lets this reader go on, and a checkpoint is waited for.
    sqlite3_busy_timeout(raw, 5000);
    return QualityChecker(raw, scope).checkDivision(divisionId, year, run);
}
