// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/ProgressIndicators.h"

#include "accounts/AccessPolicy.h"
#include "county/CodeLists.h"
#include "county/CountyKinds.h"
#include "county/CountySettings.h"
#include "county/Divisions.h"
#include "county/PovertyStandards.h"
#include "db/CountyDatabase.h"
#include "db/KeyedStore.h"
#include "db/RecordWriter.h"
#include "db/SqlExec.h"
#include "db/SqliteError.h"
#include "projects/ProjectStatus.h"

#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

int ProgressFigures::exitedInYear() const
{
    int sum = 0;
    for (const ProgressCount &month : exitsByMonth)
        sum += month.households;
    return sum;
}

QString ProgressIndicators::ruralPopulationKey(const QString &villageCode)
{
    return QStringLiteral("rural_population:") + villageCode;
}

int ProgressIndicators::latestYear() const
{
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT max(event_date) FROM status_event")) && q.next() && !q.isNull(0))
        return std::min(QDate::currentDate().year(), q.value(0).toString().left(4).toInt());
    return QDate::currentDate().year();
}

namespace {

// Runs a query and hands each row to the callback; false (and the words of the failure) when it fails.
class Reader
{
public:
    Reader(QSqlDatabase &sql, const QString &path) : m_sql(sql), m_path(path) { }

    bool rows(const QString &sql, const QVariantList &binds, const std::function<void(const QSqlQuery &)> &row)
    {
        QSqlQuery q(m_sql);
        q.setForwardOnly(true);
        if (!execSql(q, sql, binds)) {
            m_error = SqliteError::describe(q.lastError(), m_path);
            return false;
        }
        while (q.next())
            row(q);
        return true;
    }
    const QString &error() const { return m_error; }

private:
    QSqlDatabase &m_sql;
    QString m_path;
    QString m_error;
};

ProgressCount countOf(const QString &code, const QString &label, const HouseholdFilter &base)
{
    ProgressCount c;
    c.code = code;
    c.label = label;
    c.filter = base;
    return c;
}

// Counts by code in the code list's order; codes the list does not know follow, by code.
QList<ProgressCount> inListOrder(
    const QMap<QString, ProgressCount> &byCode, const CodeLists &codes, const QString &list)
{
    QList<ProgressCount> out;
    QMap<QString, ProgressCount> rest = byCode;
    for (const CodeLists::Item &item : codes.items(list)) {
        if (const auto it = rest.constFind(item.code); it != rest.cend()) {
            out << *it;
            rest.remove(item.code);
        }
    }
    for (const ProgressCount &c : std::as_const(rest))
        out << c;
    return out;
}

} // namespace

Result<ProgressFigures> ProgressIndicators::compute(qint64 divisionId, int year, const QDate &today) const
{
    using R = Result<ProgressFigures>;
    if (year < 2000 || year > 2100)
        return R::failure(tr("The year %1 is not one the register can hold.").arg(year));
    Reader read(m_db.sql(), m_db.path());
    ProgressFigures f;
    f.year = year;
    f.monitoringEra = year > PovertyStandards::LastPovertyLineYear;
    // The division: 0 is the county.
    {
        QString countyCode;
        const bool found = read.rows(divisionId > 0
                ? QStringLiteral("SELECT id, level, name FROM division WHERE id = ?")
                : QStringLiteral("SELECT id, level, name FROM division WHERE level = 1 ORDER BY id LIMIT 1"),
            divisionId > 0 ? QVariantList{divisionId} : QVariantList{}, [&](const QSqlQuery &q) {
                f.divisionId = q.value(0).toLongLong();
                f.divisionLevel = q.value(1).toInt();
                f.divisionName = q.value(2).toString();
            });
        if (!found)
            return R::failure(read.error());
        if (f.divisionId == 0)
            return R::failure(tr("Division %1 does not exist in %2.").arg(divisionId).arg(m_db.path()));
    }
    const Result<ReadScope> scope = AccessPolicy::readScope(m_db);
    if (!scope)
        return R::failure(scope.error());
    // A division above the account's own (the county, for a village account: the tree shows the
    // path to its villages) counts only the villages in scope; one beside them is refused.
    const Status readable = AccessPolicy::checkRead(m_db, f.divisionId);
    if (!readable) {
        bool above = false;
        const bool checked = read.rows(QStringLiteral("SELECT count(*) FROM division v WHERE v.level = 3 ")
                + scope->andVillageIn(QStringLiteral("v.id"))
                + QStringLiteral(
                    " AND (v.parent_id = ? OR v.parent_id IN (SELECT id FROM division WHERE parent_id = ?))"),
            {f.divisionId, f.divisionId}, [&](const QSqlQuery &q) { above = q.value(0).toInt() > 0; });
        if (!checked)
            return R::failure(read.error());
        if (!above)
            return R::failure(readable.error());
    }

    const CountySettings settings(m_db);
    f.incidenceLinePercent = settings.number(IncidenceLineSetting, 3, 2, 3);
    f.overdueDays = settings.number(CountySettings::VisitOverdueDays, 90, 1, 3650);
    const CodeLists codes(m_db);

    // The households of the division in the account's scope, as the register lists them.
    HouseholdFilter base;
    base.divisionId = f.divisionId;
    base.divisionLevel = f.divisionLevel;
    QVariantList divisionBinds;
    // Not deleted, said so that an index of the household table (village, status, cause ...) answers
    // without reading the household's row: the deleted ones are few, in a partial index.
    QString inDivision = QStringLiteral("h.id NOT IN (SELECT id FROM household WHERE deleted_at IS NOT NULL)")
        + scope->andVillageIn(QStringLiteral("h.village_id"));
    switch (f.divisionLevel) {
    case Division::Township:
        inDivision += QStringLiteral(" AND h.township_id = ?");
        divisionBinds << f.divisionId;
        break;
    case Division::Village:
        inDivision += QStringLiteral(" AND h.village_id = ?");
        divisionBinds << f.divisionId;
        break;
    case Division::Group:
        inDivision += QStringLiteral(" AND h.group_id = ?");
        divisionBinds << f.divisionId;
        break;
    default:
        break;
    }
    // A village's (or group's) figures read the history of its own households through the index on
    // status_event(household_id), not the whole county's history.
    const bool small = f.divisionLevel >= Division::Village;
    const QString households = QStringLiteral("SELECT h.id FROM household h WHERE ") + inDivision;
    const QString eventsIn = small ? QStringLiteral(" AND household_id IN (") + households + u')' : QString();
    const QVariantList eventsBinds = small ? divisionBinds : QVariantList();
    const auto withSelection = [&](const ProgressSelection &selection) {
        HouseholdFilter filter = base;
        filter.selection = selection;
        return filter;
    };

    // Incidence by village: poor households and their people at the year's end, over the rural
    // population recorded for the village (the register's people where none is).
    {
        QVariantList binds;
        const QString poor = small ? ProgressSelection::poorAtYearEnd(year, binds, households, divisionBinds)
                                   : ProgressSelection::poorAtYearEnd(year, binds);
        binds += divisionBinds;
        QHash<qint64, VillageIncidence> byVillage;
        QList<qint64> order;
        // Every village of the division in scope, even one without a poor household.
        const bool listed
            = read.rows(QStringLiteral("SELECT v.id, v.name, v.code, ci.value FROM division v "
                                       "LEFT JOIN county_info ci ON ci.key = 'rural_population:' || v.code "
                                       "WHERE v.level = 3 AND v.id IN (SELECT DISTINCT h.village_id "
                                       "FROM household h WHERE ")
                    + inDivision + QStringLiteral(") ORDER BY v.code"),
                divisionBinds, [&](const QSqlQuery &q) {
                    VillageIncidence v;
                    v.villageId = q.value(0).toLongLong();
                    v.name = q.value(1).toString();
                    bool ok = false;
                    v.ruralPeople = q.value(3).toString().toInt(&ok);
                    v.ruralPeopleRecorded = ok && v.ruralPeople > 0;
                    byVillage.insert(v.villageId, v);
                    order << v.villageId;
                });
        if (!listed)
            return R::failure(read.error());
        const bool counted = read.rows(
            QStringLiteral("SELECT h.village_id, count(*), sum((SELECT count(*) FROM member m WHERE m.household_id = "
                           "h.id)) FROM household h WHERE h.id IN (")
                + poor + QStringLiteral(") AND ") + inDivision + QStringLiteral(" GROUP BY h.village_id"),
            binds, [&](const QSqlQuery &q) {
                if (auto it = byVillage.find(q.value(0).toLongLong()); it != byVillage.end()) {
                    it->poorHouseholds = q.value(1).toInt();
                    it->poorPeople = q.value(2).toInt();
                }
            });
        if (!counted)
            return R::failure(read.error());
        const bool anyMissing = std::any_of(
            byVillage.cbegin(), byVillage.cend(), [](const VillageIncidence &v) { return !v.ruralPeopleRecorded; });
        if (anyMissing) {
            const bool people
                = read.rows(QStringLiteral("SELECT h.village_id, count(*) FROM member m JOIN household h ON "
                                           "h.id = m.household_id WHERE ")
                        + inDivision + QStringLiteral(" GROUP BY h.village_id"),
                    divisionBinds, [&](const QSqlQuery &q) {
                        if (auto it = byVillage.find(q.value(0).toLongLong());
                            it != byVillage.end() && !it->ruralPeopleRecorded)
                            it->ruralPeople = q.value(1).toInt();
                    });
            if (!people)
                return R::failure(read.error());
        }
        for (const qint64 id : std::as_const(order)) {
            VillageIncidence v = byVillage.value(id);
            v.percent = v.ruralPeople > 0 ? 100.0 * v.poorPeople / v.ruralPeople : 0;
            ProgressSelection selection;
            selection.kind = ProgressSelection::Kind::PoorAtYearEnd;
            selection.year = year;
            selection.villageId = id;
            v.filter = withSelection(selection);
            f.poorHouseholds += v.poorHouseholds;
            f.poorPeople += v.poorPeople;
            f.ruralPeople += v.ruralPeople;
            f.ruralPeopleRecorded = f.ruralPeopleRecorded && v.ruralPeopleRecorded;
            f.villages << v;
        }
        f.incidencePercent = f.ruralPeople > 0 ? 100.0 * f.poorPeople / f.ruralPeople : 0;
    }

    // Exits (or risks cleared) by month, households and people.
    {
        const QString kind = f.monitoringEra ? QStringLiteral("risk_eliminated") : QStringLiteral("exit");
        for (int month = 1; month <= 12; ++month) {
            ProgressSelection selection;
            selection.kind = ProgressSelection::Kind::Event;
            selection.year = year;
            selection.month = month;
            selection.eventKind = kind;
            ProgressCount c = countOf(QString::number(month), QString::number(month), withSelection(selection));
            f.exitsByMonth << c;
        }
        const auto [from, to] = ProgressSelection::period(year, 0);
        QVariantList binds{kind, from, to};
        binds += eventsBinds;
        binds += divisionBinds;
        const bool ok = read.rows(
            QStringLiteral("SELECT CAST(substr(e.month, 6, 2) AS INTEGER), count(*), sum((SELECT count(*) FROM member "
                           "m WHERE m.household_id = h.id)) FROM (SELECT DISTINCT household_id, substr(event_date, 1, "
                           "7) AS month FROM status_event WHERE kind = ? AND event_date >= ? AND event_date < ?")
                + eventsIn + QStringLiteral(") e JOIN household h ON h.id = e.household_id WHERE ") + inDivision
                + QStringLiteral(" GROUP BY 1"),
            binds, [&](const QSqlQuery &q) {
                const int month = q.value(0).toInt();
                if (month >= 1 && month <= 12) {
                    f.exitsByMonth[month - 1].households = q.value(1).toInt();
                    f.exitsByMonth[month - 1].people = q.value(2).toInt();
                }
            });
        if (!ok)
            return R::failure(read.error());
        // The goal (annual_target): the division's own, else the sum of the divisions just under it;
        // none for a division the account sees only part of.
        for (const QString &which : {QStringLiteral("division_id = ?"),
                 QStringLiteral("division_id IN (SELECT id FROM division WHERE parent_id = ?)")}) {
            if (!readable || f.goalHouseholds >= 0)
                break;
            const bool goal = read.rows(QStringLiteral("SELECT sum(households), sum(people), count(*), sum(month_01), "
                                                       "sum(month_02), sum(month_03), sum(month_04), sum(month_05), "
                                                       "sum(month_06), sum(month_07), sum(month_08), sum(month_09), "
                                                       "sum(month_10), sum(month_11), sum(month_12) FROM "
                                                       "annual_target WHERE year = ? AND ")
                    + which,
                {year, f.divisionId}, [&](const QSqlQuery &q) {
                    if (q.value(2).toInt() > 0) {
                        f.goalHouseholds = q.value(0).toInt();
                        f.goalPeople = q.value(1).toInt();
                        QList<int> months;
                        int planned = 0;
                        for (int month = 1; month <= 12; ++month) {
                            months << q.value(2 + month).toInt();
                            planned += months.last();
                        }
                        // Every month adds up to the goal only when each goal summed has its timetable.
                        if (planned > 0 && planned == f.goalHouseholds)
                            f.goalByMonth = months;
                    }
                });
            if (!goal)
                return R::failure(read.error());
        }
    }

    // The register as it stands, by cause, attribute and status: one query each, which its index
    // answers alone for the county.
    for (auto [column, list, field, out] :
        {std::tuple{QStringLiteral("main_cause_code"), CodeList::Cause, &HouseholdFilter::mainCauseCode, &f.byCause},
            std::tuple{
                QStringLiteral("attribute_code"), CodeList::Attribute, &HouseholdFilter::attributeCode, &f.byAttribute},
            std::tuple{QStringLiteral("status_code"), CodeList::Status, &HouseholdFilter::statusCode, &f.byStatus}}) {
        QMap<QString, ProgressCount> counts;
        const bool ok = read.rows(QStringLiteral("SELECT h.") + column
                + QStringLiteral(", count(*) FROM household h WHERE ") + inDivision + QStringLiteral(" GROUP BY 1"),
            divisionBinds, [&, list = list, field = field](const QSqlQuery &q) {
                const QString code = q.value(0).toString();
                HouseholdFilter filter = base;
                filter.*field = code;
                ProgressCount c = countOf(code, codes.name(list, code), filter);
                c.households = q.value(1).toInt();
                counts.insert(code, c);
            });
        if (!ok)
            return R::failure(read.error());
        *out = inListOrder(counts, codes, list);
    }

    // Monitoring: now by category and by risk; taken in and cleared in the year by category.
    {
        QMap<QString, ProgressCount> categories, risks, taken, cleared;
        bool ok = read.rows(QStringLiteral("SELECT h.monitoring_category, count(*) FROM household h WHERE ")
                + inDivision + QStringLiteral(" AND h.monitoring_category IS NOT NULL GROUP BY 1"),
            divisionBinds, [&](const QSqlQuery &q) {
                const QString code = q.value(0).toString();
                HouseholdFilter filter = base;
                filter.monitoringCategory = code;
                ProgressCount c = countOf(code, codes.name(CodeList::Monitoring, code), filter);
                c.households = q.value(1).toInt();
                categories.insert(code, c);
            });
        ok = ok
            && read.rows(QStringLiteral("SELECT r.risk_code, count(*) FROM household_risk r JOIN household h ON h.id = "
                                        "r.household_id WHERE ")
                    + inDivision + QStringLiteral(" AND h.monitoring_category IS NOT NULL GROUP BY 1"),
                divisionBinds, [&](const QSqlQuery &q) {
                    const QString code = q.value(0).toString();
                    ProgressSelection selection;
                    selection.kind = ProgressSelection::Kind::Risk;
                    selection.code = code;
                    ProgressCount c = countOf(code, codes.name(CodeList::Risk, code), withSelection(selection));
                    c.households = q.value(1).toInt();
                    risks.insert(code, c);
                });
        const auto [from, to] = ProgressSelection::period(year, 0);
        for (auto [kind, map] :
            {std::pair{QStringLiteral("monitor"), &taken}, std::pair{QStringLiteral("risk_eliminated"), &cleared}}) {
            QVariantList binds{kind, from, to};
            binds += eventsBinds;
            binds += divisionBinds;
            ok = ok
                && read.rows(
                    QStringLiteral("SELECT e.monitoring_category, count(*) FROM (SELECT DISTINCT household_id, "
                                   "monitoring_category FROM status_event WHERE kind = ? AND event_date >= ? "
                                   "AND event_date < ? AND monitoring_category IS NOT NULL")
                        + eventsIn + QStringLiteral(") e JOIN household h ON h.id = e.household_id WHERE ") + inDivision
                        + QStringLiteral(" GROUP BY 1"),
                    binds, [&, kind = kind, map = map](const QSqlQuery &q) {
                        const QString code = q.value(0).toString();
                        ProgressSelection selection;
                        selection.kind = ProgressSelection::Kind::Event;
                        selection.year = year;
                        selection.eventKind = kind;
                        selection.code = code;
                        ProgressCount c
                            = countOf(code, codes.name(CodeList::Monitoring, code), withSelection(selection));
                        c.households = q.value(1).toInt();
                        map->insert(code, c);
                    });
        }
        if (!ok)
            return R::failure(read.error());
        f.monitoredByCategory = inListOrder(categories, codes, CodeList::Monitoring);
        f.monitoredByRisk = inListOrder(risks, codes, CodeList::Risk);
        f.monitoredInYearByCategory = inListOrder(taken, codes, CodeList::Monitoring);
        f.clearedInYearByCategory = inListOrder(cleared, codes, CodeList::Monitoring);
    }

    // Measures within a month of identification (of being taken into monitoring, from 2021).
    {
        ProgressSelection late;
        late.kind = ProgressSelection::Kind::LateMeasure;
        late.year = year;
        late.eventKind = f.monitoringEra ? QStringLiteral("monitor") : QStringLiteral("identify");
        f.lateMeasure = countOf(QStringLiteral("late"), tr("No measure within a month"), withSelection(late));
        const auto [from, to] = ProgressSelection::period(year, 0);
        QVariantList binds{late.eventKind, from, to};
        binds += eventsBinds;
        binds += divisionBinds;
        const bool ok = read.rows(
            QStringLiteral(
                "SELECT count(*), sum(EXISTS (SELECT 1 FROM measure m WHERE m.household_id = e.household_id "
                "AND m.deleted_at IS NULL AND m.start_date <= date(e.first, '+1 month'))) FROM (SELECT "
                "household_id, min(event_date) AS first FROM status_event WHERE kind = ? AND event_date >= ? "
                "AND event_date < ?")
                + eventsIn
                + QStringLiteral(" GROUP BY household_id) e JOIN household h ON h.id = e.household_id WHERE ")
                + inDivision,
            binds, [&](const QSqlQuery &q) {
                f.identifiedInYear = q.value(0).toInt();
                f.measuredInTime = q.value(1).toInt();
            });
        if (!ok)
            return R::failure(read.error());
        f.lateMeasure.households = f.identifiedInYear - f.measuredInTime;
    }

    // Visits per month, and paired households overdue for a visit at the reference date.
    {
        f.visitsByMonth = QList<int>(12, 0);
        const auto [from, to] = ProgressSelection::period(year, 0);
        QVariantList binds{from, to};
        binds += eventsBinds;
        binds += divisionBinds;
        bool ok = read.rows(QStringLiteral("SELECT CAST(substr(v.visit_date, 6, 2) AS INTEGER), count(*) FROM visit v "
                                           "JOIN household h ON h.id = v.household_id WHERE v.deleted_at IS NULL AND "
                                           "v.visit_date >= ? AND v.visit_date < ?")
                + (small ? QStringLiteral(" AND v.household_id IN (") + households + u')' : QString())
                + QStringLiteral(" AND ") + inDivision + QStringLiteral(" GROUP BY 1"),
            binds, [&](const QSqlQuery &q) {
                const int month = q.value(0).toInt();
                if (month >= 1 && month <= 12)
                    f.visitsByMonth[month - 1] = q.value(1).toInt();
            });
        const QDate reference = std::min(today, QDate(year, 12, 31));
        f.referenceDate = reference.toString(Qt::ISODate);
        ProgressSelection overdue;
        overdue.kind = ProgressSelection::Kind::VisitOverdue;
        overdue.overdueDays = f.overdueDays;
        overdue.referenceDate = f.referenceDate;
        f.overdue = countOf(
            QStringLiteral("overdue"), tr("Not visited for %n day(s)", nullptr, f.overdueDays), withSelection(overdue));
        // Paired households and those of them not visited, in one reading of the pairings: the
        // condition of the selection VisitOverdue is the pairing and visitedIn(false).
        const QString visitedFrom = reference.addDays(-f.overdueDays).toString(Qt::ISODate);
        QVariantList pairedBinds{visitedFrom, f.referenceDate, f.referenceDate, f.referenceDate};
        pairedBinds += divisionBinds;
        ok = ok
            && read.rows(QStringLiteral("SELECT count(*), coalesce(sum(") + ProgressSelection::visitedIn(false)
                    + QStringLiteral("), 0) FROM household h WHERE ") + ProgressSelection::pairedAt(small)
                    + QStringLiteral(" AND ") + inDivision,
                pairedBinds, [&](const QSqlQuery &q) {
                    f.pairedHouseholds = q.value(0).toInt();
                    f.overdue.households = q.value(1).toInt();
                });
        if (!ok)
            return R::failure(read.error());
    }

    // Funds of the year. Allocations and payments follow their project's division; receipts are the
    // county's, counted only for the whole county and a county-wide account.
    {
        f.receiptsCounted = f.divisionLevel == Division::County && scope->isCountyWide();
        QString projectIn = QStringLiteral(
            "p.division_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT d.id FROM division d JOIN sub ON "
            "d.parent_id = sub.id) SELECT id FROM sub)");
        if (!scope->isCountyWide()) {
            // A township or village account sees the projects of its villages and their groups.
            QStringList ids;
            for (const qint64 id : scope->villageIds())
                ids << QString::number(id);
            const QString list = ids.isEmpty() ? QStringLiteral("0") : ids.join(u',');
            projectIn += QStringLiteral(" AND (p.division_id IN (%1) OR p.division_id IN (SELECT id FROM division "
                                        "WHERE parent_id IN (%1)))")
                             .arg(list);
        }
        const auto [from, to] = ProgressSelection::period(year, 0);
        QMap<QString, FundFigures> bySource, byForm;
        const auto add = [&](const QString &source, const QString &form, int column, qint64 fen) {
            for (auto [map, code, list] : {std::tuple{&bySource, source, CodeList::FundSource},
                     std::tuple{&byForm, form, CodeList::AssistanceForm}}) {
                auto it = map->find(code);
                if (it == map->end()) {
                    FundFigures figures;
                    figures.code = code;
                    figures.label = code.isEmpty() ? tr("No assistance unit") : codes.name(list, code);
                    it = map->insert(code, figures);
                }
                (column == 0 ? it->receivedFen : column == 1 ? it->allocatedFen : it->disbursedFen) += fen;
            }
        };
        const QString sourceColumns = QStringLiteral(
            "s.type_code, coalesce((SELECT u.form_code FROM assistance_unit u WHERE u.id = s.assistance_unit_id), '')");
        bool ok = true;
        if (f.receiptsCounted) {
            ok = read.rows(QStringLiteral("SELECT ") + sourceColumns
                    + QStringLiteral(", sum(r.amount_fen) FROM fund_receipt r JOIN fund_source s ON s.id = r.source_id "
                                     "WHERE r.received_on >= ? AND r.received_on < ? GROUP BY 1, 2"),
                {from, to}, [&](const QSqlQuery &q) {
                    add(q.value(0).toString(), q.value(1).toString(), 0, q.value(2).toLongLong());
                });
        }
        for (auto [table, date, column] :
            {std::tuple{QStringLiteral("fund_allocation"), QStringLiteral("allocated_on"), 1},
                std::tuple{QStringLiteral("fund_disbursement"), QStringLiteral("paid_on"), 2}}) {
            ok = ok
                && read.rows(QStringLiteral("SELECT ") + sourceColumns + QStringLiteral(", sum(a.amount_fen) FROM ")
                        + table
                        + QStringLiteral(" a JOIN fund_source s ON s.id = a.source_id JOIN project p ON p.id = "
                                         "a.project_id WHERE a.")
                        + date + QStringLiteral(" >= ? AND a.") + date + QStringLiteral(" < ? AND ") + projectIn
                        + QStringLiteral(" GROUP BY 1, 2"),
                    {from, to, f.divisionId}, [&, column = column](const QSqlQuery &q) {
                        add(q.value(0).toString(), q.value(1).toString(), column, q.value(2).toLongLong());
                    });
        }
        // Projects of the year by status, in the lifecycle's order.
        QHash<QString, int> projects;
        ok = ok
            && read.rows(QStringLiteral("SELECT p.status, count(*) FROM project p WHERE p.year = ? AND ") + projectIn
                    + QStringLiteral(" GROUP BY 1"),
                {year, f.divisionId},
                [&](const QSqlQuery &q) { projects.insert(q.value(0).toString(), q.value(1).toInt()); });
        if (!ok)
            return R::failure(read.error());
        for (const FundFigures &figures : std::as_const(bySource))
            f.fundsBySource << figures;
        for (const CodeLists::Item &item : codes.items(CodeList::AssistanceForm)) {
            if (byForm.contains(item.code))
                f.fundsByForm << byForm.take(item.code);
        }
        for (const FundFigures &figures : std::as_const(byForm))
            f.fundsByForm << figures;
        for (const ProjectStatus status : ProjectStatusWords::all()) {
            const QString word = ProjectStatusWords::word(status);
            if (!projects.contains(word))
                continue;
            ProgressCount c = countOf(word, ProjectStatusWords::name(status), HouseholdFilter());
            c.households = projects.value(word);
            c.listsHouseholds = false;
            f.projectsByStatus << c;
        }
    }
    return f;
}

int ProgressIndicators::incidenceLinePercent() const
{
    return CountySettings(m_db).number(IncidenceLineSetting, 3, 2, 3);
}

Status ProgressIndicators::setIncidenceLinePercent(int percent)
{
    if (percent != 2 && percent != 3)
        return Status::failure(tr("The incidence line is 2% or 3% (3% in the west); %1% is neither.").arg(percent));
    return writeSetting(QString::fromLatin1(IncidenceLineSetting), QString::number(percent), tr("the incidence line"));
}

Result<QList<VillagePopulation>> ProgressIndicators::villagePopulations() const
{
    using R = Result<QList<VillagePopulation>>;
    const Result<ReadScope> scope = AccessPolicy::readScope(m_db);
    if (!scope)
        return R::failure(scope.error());
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    const QString sql
        = QStringLiteral(
              "SELECT v.id, v.code, v.name, coalesce(t.name, ''), ci.value, (SELECT count(*) FROM member m JOIN "
              "household h "
              "ON h.id = m.household_id WHERE h.village_id = v.id AND h.deleted_at IS NULL) FROM division v LEFT JOIN "
              "division t ON t.id = v.parent_id LEFT JOIN county_info ci ON ci.key = 'rural_population:' || v.code "
              "WHERE "
              "v.level = 3 ")
        + scope->andVillageIn(QStringLiteral("v.id")) + QStringLiteral(" ORDER BY v.code");
    if (!execSql(q, sql, {}))
        return R::failure(SqliteError::describe(q.lastError(), m_db.path()));
    QList<VillagePopulation> out;
    while (q.next()) {
        VillagePopulation v;
        v.villageId = q.value(0).toLongLong();
        v.code = q.value(1).toString();
        v.name = q.value(2).toString();
        v.townshipName = q.value(3).toString();
        v.ruralPeople = std::max(0, q.value(4).toString().toInt());
        v.registeredPeople = q.value(5).toInt();
        out << v;
    }
    return out;
}

Status ProgressIndicators::setRuralPopulation(qint64 villageId, int people)
{
    QSqlQuery q(m_db.sql());
    if (!execSql(q, QStringLiteral("SELECT code, name FROM division WHERE id = ? AND level = 3"), {villageId}))
        return Status::failure(SqliteError::describe(q.lastError(), m_db.path()));
    if (!q.next())
        return Status::failure(tr("Division %1 is not a village of %2.").arg(villageId).arg(m_db.path()));
    const QString code = q.value(0).toString();
    const QString name = q.value(1).toString();
    q.finish();
    if (people < 0 || people > MaxRuralPeople)
        return Status::failure(tr("The rural population of %1 must be between 1 and %2 people (0 removes it); %3 "
                                  "is not.")
                                   .arg(name, QLocale().toString(MaxRuralPeople))
                                   .arg(people));
    return writeSetting(ruralPopulationKey(code), people > 0 ? QString::number(people) : QString(),
        tr("the rural population of %1").arg(name));
}

Status ProgressIndicators::writeSetting(const QString &key, const QString &value, const QString &what)
{
    if (Status s = AccessPolicy::check(m_db, AccessPolicy::Action::SetStandards); !s)
        return s;
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    QSqlQuery q(m_db.sql());
    if (!execSql(q, QStringLiteral("SELECT value FROM county_info WHERE key = ?"), {key}))
        return Status::failure(SqliteError::describe(q.lastError(), m_db.path()));
    const QString old = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (old == value)
        return {};
    // A setting is a key and a value, audited under its key (CountyKinds::setting), as CountySettings does.
    RecordWriter w(m_db.sql(), m_db.currentUser());
    const Status written = value.isEmpty()
        ? KeyedStore::remove(w, CountyKinds::setting(), {{"key", key}})
        : KeyedStore::put(w, CountyKinds::setting(), {{"key", key}}, {{"value", value}});
    if (!written)
        return Status::failure(tr("%1 could not be saved in %2.").arg(what, m_db.path()));
    return transaction.commit();
}
