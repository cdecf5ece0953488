// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/ForcesLists.h"

#include "accounts/AccessPolicy.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <tuple>
#include <utility>

namespace {

// Runs a query with its binds and turns each row into a T; the error in the user's words.
template <typename T, typename Read>
Result<QList<T>> query(sqlite3 *db, const QString &sql, const QVariantList &binds, Read read)
{
    SqliteReader s(db, sql);
    for (int i = 0; i < binds.size(); ++i) {
        if (binds.at(i).typeId() == QMetaType::QString)
            s.bind(i + 1, binds.at(i).toString());
        else
            s.bind(i + 1, binds.at(i).toLongLong());
    }
    QList<T> rows;
    while (s.step())
        rows.append(read(s));
    if (!s.error().isEmpty()) {
        qWarning("forces list: %s", qPrintable(s.technicalDetail()));
        return Result<QList<T>>::failure(s.error());
    }
    return rows;
}

// " AND h.village_id IN (…)" for the households the acting account may read (empty: all of them).
Result<QString> readable(const CountyDatabase &db)
{
    const Result<ReadScope> scope = AccessPolicy::readScope(db);
    if (!scope)
        return Result<QString>::failure(scope.error());
    return scope->andVillageIn(QStringLiteral("h.village_id"));
}

const QString HeadName = QStringLiteral(
    "(SELECT m.name FROM member m WHERE m.household_id = h.id AND m.relation_code = '01' ORDER BY m.position LIMIT 1)");

} // namespace

bool ForcesLists::divisionFilter(qint64 divisionId, QString *sql) const
{
    sql->clear();
    if (divisionId == 0)
        return true;
    SqliteReader s(m_db.handle(), QStringLiteral("SELECT level FROM division WHERE id = ?"));
    s.bind(1, divisionId);
    if (!s.step())
        return false;
    static const QStringList columns{QStringLiteral("id"), QStringLiteral("id"), QStringLiteral("township_id"),
        QStringLiteral("village_id"), QStringLiteral("group_id")};
    const int level = int(s.integer(0));
    if (level > 1)
        *sql = QStringLiteral(" AND h.") + columns.value(level) + QStringLiteral(" = ") + QString::number(divisionId);
    return true;
}

Result<QList<ForcesLists::Unit>> ForcesLists::units(const QString &formCode, const QString &levelCode) const
{
    return query<Unit>(m_db.handle(),
        QStringLiteral("SELECT u.id, u.name, u.form_code, u.level_code, u.paired_region, u.contact_person, "
                       "u.contact_phone, u.active, (SELECT count(*) FROM cadre c WHERE c.unit_id = u.id AND "
                       "c.deleted_at IS NULL) FROM assistance_unit u WHERE u.deleted_at IS NULL AND (? = '' OR "
                       "u.form_code = ?) AND (? = '' OR u.level_code = ?) ORDER BY u.form_code, u.level_code, u.id"),
        {formCode, formCode, levelCode, levelCode}, [](SqliteReader &s) {
            return Unit{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6),
                int(s.integer(8)), s.integer(7) != 0};
        });
}

namespace {

const QString CadreColumns = QStringLiteral(
    "c.id, c.name, coalesce(u.name, ''), c.post, c.rank_zh, c.phone, coalesce(n.households, 0), "
    "coalesce(r.max_households, 0), c.first_secretary, c.active FROM cadre c "
    "LEFT JOIN assistance_unit u ON u.id = c.unit_id LEFT JOIN cadre_rank r ON r.rank_zh = c.rank_zh "
    "LEFT JOIN (SELECT p.cadre_id, count(*) AS households FROM pairing p JOIN household h ON h.id = p.household_id "
    "  WHERE p.end_date IS NULL AND p.deleted_at IS NULL AND h.deleted_at IS NULL GROUP BY p.cadre_id) n "
    "ON n.cadre_id = c.id ");

ForcesLists::Cadre readCadre(SqliteReader &s)
{
    return {s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), int(s.integer(6)), int(s.integer(7)),
        s.integer(8) != 0, s.integer(9) != 0};
}

} // namespace

Result<QList<ForcesLists::Cadre>> ForcesLists::cadres(const QString &search) const
{
    const QString text = search.trimmed();
    return query<Cadre>(m_db.handle(),
        QStringLiteral("SELECT ") + CadreColumns
            + QStringLiteral("WHERE c.deleted_at IS NULL AND (? = '' OR instr(c.name, ?) OR instr(c.phone, ?) OR "
                             "instr(c.id_number, upper(?)) OR instr(coalesce(u.name, ''), ?) OR instr(c.post, ?)) "
                             "ORDER BY c.active DESC, c.name, c.id"),
        {text, text, text, text, text, text}, readCadre);
}

Result<QList<ForcesLists::Cadre>> ForcesLists::overCap() const
{
    return query<Cadre>(m_db.handle(),
        QStringLiteral("SELECT ") + CadreColumns
            + QStringLiteral("WHERE c.deleted_at IS NULL AND c.active = 1 AND coalesce(n.households, 0) > "
                             "coalesce(r.max_households, 0) ORDER BY coalesce(n.households, 0) - "
                             "coalesce(r.max_households, 0) DESC, c.name"),
        {}, readCadre);
}

Result<QList<ForcesLists::Team>> ForcesLists::workTeams(qint64 divisionId, bool currentOnly) const
{
    QString filter;
    if (!divisionFilter(divisionId, &filter))
        return Result<QList<Team>>::failure(tr("Division %1 does not exist.").arg(divisionId));
    // The village is the team's: filter on it as a household's village would be.
    filter.replace(QStringLiteral("h.village_id"), QStringLiteral("v.id"))
        .replace(QStringLiteral("h.township_id"), QStringLiteral("v.parent_id"))
        .replace(QStringLiteral("h.group_id"), QStringLiteral("-1"));
    return query<Team>(m_db.handle(),
        QStringLiteral(
            "SELECT t.id, v.id, v.name, tw.name, coalesce(u.name, ''), t.start_date, t.end_date, "
            "(SELECT group_concat(c.name || ' (' || CASE m.role WHEN 'leader' THEN '队长' WHEN 'first_secretary' "
            "THEN '第一书记' ELSE '队员' END || ')', '，') FROM work_team_member m JOIN cadre c ON c.id = m.cadre_id "
            "WHERE m.team_id = t.id AND m.deleted_at IS NULL), "
            "(SELECT count(*) FROM work_team_member m WHERE m.team_id = t.id AND m.deleted_at IS NULL), "
            "(SELECT c.name FROM work_team_member m JOIN cadre c ON c.id = m.cadre_id WHERE m.team_id = t.id "
            "AND m.role = 'first_secretary' AND m.deleted_at IS NULL ORDER BY m.id LIMIT 1) "
            "FROM work_team t JOIN division v ON v.id = t.village_id LEFT JOIN division tw ON tw.id = v.parent_id "
            "LEFT JOIN assistance_unit u ON u.id = t.unit_id WHERE t.deleted_at IS NULL AND (? = 0 OR t.end_date IS "
            "NULL)")
            + filter + QStringLiteral(" ORDER BY tw.code, v.code, t.start_date DESC"),
        {qint64(currentOnly)}, [](SqliteReader &s) {
            return Team{s.integer(0), s.integer(1), s.text(2), s.text(3), s.text(4), s.date(5), s.date(6), s.text(7),
                int(s.integer(8)), s.text(9)};
        });
}

Result<QList<ForcesLists::Household>> ForcesLists::unpaired(qint64 divisionId) const
{
    QString filter;
    if (!divisionFilter(divisionId, &filter))
        return Result<QList<Household>>::failure(tr("Division %1 does not exist.").arg(divisionId));
    const Result<QString> scope = readable(m_db);
    if (!scope)
        return Result<QList<Household>>::failure(scope.error());
    return query<Household>(m_db.handle(),
        QStringLiteral("SELECT h.id, h.code, ") + HeadName
            + QStringLiteral(", v.name FROM household h JOIN division v ON v.id = h.village_id "
                             "WHERE h.deleted_at IS NULL")
            + filter + scope.value()
            + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM pairing p WHERE p.household_id = h.id AND "
                             "p.end_date IS NULL AND p.deleted_at IS NULL) ORDER BY h.code"),
        {}, [](SqliteReader &s) {
            return Household{s.integer(0), s.text(1), s.text(2), s.text(3)};
        });
}

Result<QList<ForcesLists::OverdueCadre>> ForcesLists::withoutVisit(int days, const QDate &asOf, qint64 divisionId) const
{
    using Rows = Result<QList<OverdueCadre>>;
    QString filter;
    if (!divisionFilter(divisionId, &filter))
        return Rows::failure(tr("Division %1 does not exist.").arg(divisionId));
    const Result<QString> scope = readable(m_db);
    if (!scope)
        return Rows::failure(scope.error());
    filter += scope.value();
    const QDate since = asOf.addDays(-days);
    // Two scans in the same (cadre, household) order, merged here: each cadre's current households
    // (the covering index pairing_cadre_current) and each cadre's last visit to each household
    // (visit_last, kept by the file's triggers). A join in SQL looks up one row per household, ten
    // times the cost of a step of a scan; the merge takes the same time whatever the dates.
    SqliteReader paired(m_db.handle(),
        QStringLiteral("SELECT p.cadre_id, p.household_id FROM pairing p INDEXED BY pairing_cadre_current WHERE "
                       "p.end_date IS NULL AND p.deleted_at IS NULL AND p.household_id ")
            + (filter.isEmpty()
                    ? QStringLiteral("NOT IN (SELECT id FROM household WHERE deleted_at IS NOT NULL)")
                    : QStringLiteral("IN (SELECT h.id FROM household h WHERE h.deleted_at IS NULL") + filter + u')')
            + QStringLiteral(" ORDER BY p.cadre_id, p.household_id"));
    SqliteReader visited(
        m_db.handle(), QStringLiteral("SELECT cadre_id, household_id, last_date FROM visit_last ORDER BY 1, 2"));
    QHash<qint64, OverdueCadre> overdue;
    bool morePaired = paired.step();
    bool moreVisited = visited.step();
    while (morePaired) {
        OverdueCadre cadre;
        cadre.id = paired.integer(0);
        while (moreVisited && visited.integer(0) < cadre.id)
            moreVisited = visited.step();
        // The cadre's last visit is to any household, current or not: every row of theirs counts.
        const auto visitsUpTo = [&](qint64 household, QDate *seen) {
            for (; moreVisited && visited.integer(0) == cadre.id && visited.integer(1) <= household;
                 moreVisited = visited.step()) {
                const QDate day = visited.date(2);
                cadre.lastVisit = std::max(cadre.lastVisit, day);
                if (visited.integer(1) == household)
                    *seen = day;
            }
        };
        for (; morePaired && paired.integer(0) == cadre.id; morePaired = paired.step()) {
            QDate seen;
            visitsUpTo(paired.integer(1), &seen);
            if (!seen.isValid() || seen < since)
                ++cadre.households;
        }
        QDate ignored;
        visitsUpTo(std::numeric_limits<qint64>::max(), &ignored);
        if (cadre.households > 0)
            overdue.insert(cadre.id, cadre);
    }
    for (const SqliteReader *s : {&paired, &visited}) {
        if (!s->error().isEmpty()) {
            qWarning("forces list: %s", qPrintable(s->technicalDetail()));
            return Rows::failure(s->error());
        }
    }
    // Names by a scan of the cadres and of the few units, not by a lookup per cadre.
    auto units = query<std::pair<qint64, QString>>(
        m_db.handle(), QStringLiteral("SELECT id, name FROM assistance_unit"), {}, [](SqliteReader &s) {
            return std::pair{s.integer(0), s.text(1)};
        });
    if (!units)
        return Rows::failure(units.error());
    const QHash<qint64, QString> unitNames(units->cbegin(), units->cend());
    SqliteReader named(
        m_db.handle(), QStringLiteral("SELECT id, name, unit_id, phone FROM cadre WHERE deleted_at IS NULL"));
    QList<OverdueCadre> rows;
    rows.reserve(overdue.size());
    while (named.step()) {
        const auto c = overdue.find(named.integer(0));
        if (c == overdue.end())
            continue;
        c->name = named.text(1);
        c->unit = unitNames.value(named.integer(2));
        c->phone = named.text(3);
        rows.append(std::move(*c));
    }
    if (!named.error().isEmpty()) {
        qWarning("forces list: %s", qPrintable(named.technicalDetail()));
        return Rows::failure(named.error());
    }
    // Longest unvisited first: never visited, then by the last visit, then by name.
    std::sort(rows.begin(), rows.end(), [](const OverdueCadre &a, const OverdueCadre &b) {
        return std::forward_as_tuple(a.lastVisit.isValid(), a.lastVisit, a.name, a.id)
            < std::forward_as_tuple(b.lastVisit.isValid(), b.lastVisit, b.name, b.id);
    });
    return rows;
}

Result<QList<ForcesLists::Village>> ForcesLists::villagesWithoutTeam(qint64 divisionId, int minimum) const
{
    QString filter;
    if (!divisionFilter(divisionId, &filter))
        return Result<QList<Village>>::failure(tr("Division %1 does not exist.").arg(divisionId));
    filter.replace(QStringLiteral("h.village_id"), QStringLiteral("v.id"))
        .replace(QStringLiteral("h.township_id"), QStringLiteral("v.parent_id"))
        .replace(QStringLiteral("h.group_id"), QStringLiteral("-1"));
    return query<Village>(m_db.handle(),
        QStringLiteral(
            "SELECT v.id, v.name, coalesce(tw.name, ''), coalesce((SELECT max(n) FROM (SELECT "
            "(SELECT count(*) FROM work_team_member m WHERE m.team_id = t.id AND m.deleted_at IS NULL) AS n "
            "FROM work_team t WHERE t.village_id = v.id AND t.end_date IS NULL AND t.deleted_at IS NULL)), 0) "
            "AS members FROM division v LEFT JOIN division tw ON tw.id = v.parent_id "
            "WHERE v.level = 3 AND v.poor_village = 1")
            + filter + QStringLiteral(" AND members < ? ORDER BY tw.code, v.code"),
        {qint64(minimum)}, [](SqliteReader &s) {
            return Village{s.integer(0), s.text(1), s.text(2), int(s.integer(3))};
        });
}

Result<QList<ForcesLists::CadreHousehold>> ForcesLists::householdsOf(qint64 cadreId) const
{
    const Result<QString> scope = readable(m_db);
    if (!scope)
        return Result<QList<CadreHousehold>>::failure(scope.error());
    return query<CadreHousehold>(m_db.handle(),
        QStringLiteral("SELECT h.id, h.code, ") + HeadName
            + QStringLiteral(
                ", v.name, p.start_date, p.end_date, (SELECT l.last_date FROM visit_last l WHERE l.cadre_id = "
                "p.cadre_id AND l.household_id = h.id) FROM "
                "pairing p JOIN household h ON h.id = p.household_id JOIN division v ON v.id = h.village_id "
                "WHERE p.cadre_id = ? AND p.deleted_at IS NULL AND h.deleted_at IS NULL")
            + scope.value() + QStringLiteral(" ORDER BY p.end_date IS NOT NULL, p.end_date DESC, h.code"),
        {cadreId}, [](SqliteReader &s) {
            return CadreHousehold{s.integer(0), s.text(1), s.text(2), s.text(3), s.date(4), s.date(5), s.date(6)};
        });
}

Result<QList<ForcesLists::VisitRow>> ForcesLists::visits(const QDate &since, qint64 divisionId) const
{
    QString filter;
    if (!divisionFilter(divisionId, &filter))
        return Result<QList<VisitRow>>::failure(tr("Division %1 does not exist.").arg(divisionId));
    const Result<QString> scope = readable(m_db);
    if (!scope)
        return Result<QList<VisitRow>>::failure(scope.error());
    return query<VisitRow>(m_db.handle(),
        QStringLiteral(
            "SELECT v.id, v.visit_date, h.code, c.name || coalesce((SELECT '、' || group_concat(n, '、') FROM (SELECT "
            "x.name AS n FROM visit_companion vc JOIN cadre x ON x.id = vc.cadre_id WHERE vc.visit_id = v.id ORDER "
            "BY vc.position)), ''), (SELECT text FROM phrase WHERE id = v.findings), (SELECT text FROM phrase WHERE id "
            "= "
            "v.actions), v.follow_up_date FROM visit v "
            "JOIN household h ON h.id = v.household_id JOIN cadre c ON c.id = v.cadre_id WHERE "
            "v.deleted_at IS NULL AND h.deleted_at IS NULL AND v.visit_date >= ?")
            + filter + scope.value() + QStringLiteral(" ORDER BY v.visit_date DESC, v.id DESC"),
        {since.isValid() ? since.toString(Qt::ISODate) : QString()}, [](SqliteReader &s) {
            return VisitRow{s.integer(0), s.date(1), s.text(2), s.text(3), s.text(4), s.text(5), s.date(6)};
        });
}

Result<qint64> ForcesLists::cadreByIdOrPhone(const QString &text) const
{
    const QString t = text.trimmed();
    bool number = false;
    const qint64 id = t.size() < 10 ? t.toLongLong(&number) : 0;
    SqliteReader s(m_db.handle(),
        number ? QStringLiteral("SELECT id FROM cadre WHERE id = ? AND deleted_at IS NULL")
               : QStringLiteral("SELECT id FROM cadre WHERE phone = ? AND deleted_at IS NULL "
                                "ORDER BY id"));
    if (number)
        s.bind(1, id);
    else
        s.bind(1, t);
    if (!s.step())
        return Result<qint64>::failure(
            tr("There is no cadre %1 in the county (give the cadre's number or phone).").arg(t));
    const qint64 found = s.integer(0);
    if (!number && s.step())
        return Result<qint64>::failure(tr("More than one cadre has the phone %1; give the cadre's number.").arg(t));
    return found;
}

QDate ForcesLists::quarterStart(const QDate &day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

namespace {

// One row per group of units (`key` over the alias u): the figures of their live cadres, each
// table read once and grouped (no per-group subqueries: they made this quadratic). Current pairings
// are read from their covering partial index (the planner chose the plain cadre index and read
// every pairing row); a measure's cadre is looked up only when it names no unit.
QString contributionSql(const QString &key, const QString &where)
{
    return QStringLiteral(
        "WITH c AS MATERIALIZED (SELECT c.id, %1 AS k FROM cadre c JOIN assistance_unit u ON u.id = c.unit_id "
        "WHERE c.deleted_at IS NULL AND u.deleted_at IS NULL %2), "
        "n AS MATERIALIZED (SELECT k, count(*) AS cadres FROM c GROUP BY k), "
        "p AS MATERIALIZED (SELECT c.k, count(DISTINCT h.id) AS households, count(DISTINCT h.village_id) AS "
        "villages FROM c JOIN pairing p INDEXED BY pairing_cadre_current ON p.cadre_id = c.id AND p.end_date IS "
        "NULL AND p.deleted_at IS NULL "
        "JOIN household h ON h.id = p.household_id AND h.deleted_at IS NULL GROUP BY c.k), "
        "v AS MATERIALIZED (SELECT c.k, count(*) AS n FROM c JOIN visit v ON v.cadre_id = c.id AND "
        "v.visit_date >= ? AND v.deleted_at IS NULL GROUP BY c.k), "
        "m AS MATERIALIZED (SELECT %1 AS k, count(*) AS n FROM measure m LEFT JOIN cadre x ON m.unit_id IS NULL "
        "AND x.id = m.cadre_id JOIN assistance_unit u ON u.id = coalesce(m.unit_id, x.unit_id) WHERE m.deleted_at "
        "IS NULL AND (m.unit_id IS NOT NULL OR m.cadre_id IS NOT NULL) AND u.deleted_at IS NULL %2 GROUP BY 1), "
        // Projects brought by the units, and the ledger's money on all of them (a cancelled one
        // is not counted, but money it still holds is); each ledger table summed once per project.
        "j AS MATERIALIZED (SELECT %1 AS k, sum(pr.status <> 'cancelled') AS n, sum(coalesce(fa.s, 0)) AS "
        "allocated, sum(coalesce(fd.s, 0)) AS disbursed FROM project pr JOIN assistance_unit u ON u.id = "
        "pr.assistance_unit_id LEFT JOIN (SELECT project_id, sum(amount_fen) AS s FROM fund_allocation GROUP BY "
        "project_id) fa ON fa.project_id = pr.id LEFT JOIN (SELECT project_id, sum(amount_fen) AS s FROM "
        "fund_disbursement GROUP BY project_id) fd ON fd.project_id = pr.id WHERE u.deleted_at IS NULL %2 "
        "GROUP BY 1) "
        "SELECT g.k, coalesce(n.cadres, 0), coalesce(p.households, 0), coalesce(p.villages, 0), "
        "coalesce(v.n, 0), coalesce(m.n, 0), coalesce(j.n, 0), coalesce(j.allocated, 0), coalesce(j.disbursed, 0) "
        "FROM (SELECT DISTINCT %1 AS k FROM assistance_unit u WHERE "
        "u.deleted_at IS NULL %2) g LEFT JOIN n ON n.k = g.k LEFT JOIN p ON p.k = g.k LEFT JOIN v ON v.k = "
        "g.k LEFT JOIN m ON m.k = g.k LEFT JOIN j ON j.k = g.k")
        .arg(key, where);
}

} // namespace

Result<QList<ForcesLists::Contribution>> ForcesLists::byUnit(const QDate &quarterStart, const QString &formCode) const
{
    const Result<QList<Unit>> units = this->units(formCode);
    if (!units)
        return Result<QList<Contribution>>::failure(units.error());
    QHash<qint64, Unit> byId;
    for (const Unit &u : units.value())
        byId.insert(u.id, u);
    const Result<QList<Contribution>> rows = query<Contribution>(m_db.handle(),
        contributionSql(QStringLiteral("u.id"), QStringLiteral("AND (? = '' OR u.form_code = ?)")),
        {formCode, formCode, quarterStart.toString(Qt::ISODate), formCode, formCode, formCode, formCode, formCode,
            formCode},
        [](SqliteReader &s) {
            return Contribution{s.integer(0), {}, {}, int(s.integer(1)), int(s.integer(2)), int(s.integer(3)),
                int(s.integer(4)), int(s.integer(5)), int(s.integer(6)), s.integer(7), s.integer(8)};
        });
    if (!rows)
        return rows;
    QList<Contribution> named;
    for (Contribution c : rows.value()) {
        const Unit u = byId.value(c.unitId);
        c.name = u.name;
        c.formCode = u.formCode;
        named.append(c);
    }
    std::sort(named.begin(), named.end(), [](const Contribution &a, const Contribution &b) {
        return a.formCode != b.formCode ? a.formCode < b.formCode : a.unitId < b.unitId;
    });
    return named;
}

Result<QList<ForcesLists::Contribution>> ForcesLists::byForm(const QDate &quarterStart) const
{
    return query<Contribution>(m_db.handle(),
        contributionSql(QStringLiteral("u.form_code"), QString()) + QStringLiteral(" ORDER BY g.k"),
        {quarterStart.toString(Qt::ISODate)}, [](SqliteReader &s) {
            return Contribution{0, {}, s.text(0), int(s.integer(1)), int(s.integer(2)), int(s.integer(3)),
                int(s.integer(4)), int(s.integer(5)), int(s.integer(6)), s.integer(7), s.integer(8)};
        });
}

Result<QList<ForcesLists::Household>> ForcesLists::householdsOfUnit(qint64 unitId, const QString &formCode) const
{
    const Result<QString> scope = readable(m_db);
    if (!scope)
        return Result<QList<Household>>::failure(scope.error());
    return query<Household>(m_db.handle(),
        QStringLiteral("SELECT h.id, h.code, ") + HeadName
            + QStringLiteral(", v.name FROM pairing p JOIN cadre c ON c.id = p.cadre_id JOIN assistance_unit u ON "
                             "u.id = c.unit_id JOIN household h ON h.id = p.household_id JOIN division v ON v.id = "
                             "h.village_id WHERE p.end_date IS NULL AND p.deleted_at IS NULL AND h.deleted_at IS NULL "
                             "AND c.deleted_at IS NULL AND (u.id = ? OR (? = 0 AND u.form_code = ?))")
            + scope.value() + QStringLiteral(" ORDER BY h.code"),
        {unitId, unitId, formCode}, [](SqliteReader &s) {
            return Household{s.integer(0), s.text(1), s.text(2), s.text(3)};
        });
}

Result<QList<ForcesLists::RankCap>> ForcesLists::rankCaps() const
{
    return query<RankCap>(m_db.handle(),
        QStringLiteral("SELECT rank_zh, max_households FROM cadre_rank ORDER BY max_households DESC, rank_zh"), {},
        [](SqliteReader &s) {
            return RankCap{s.text(0), int(s.integer(1))};
        });
}

Result<QList<ForcesLists::TeamMember>> ForcesLists::teamMembers(qint64 teamId) const
{
    return query<TeamMember>(m_db.handle(),
        QStringLiteral("SELECT m.id, c.name FROM work_team_member m JOIN cadre c ON c.id = m.cadre_id "
                       "WHERE m.team_id = ? AND m.deleted_at IS NULL ORDER BY m.id"),
        {teamId}, [](SqliteReader &s) {
            return TeamMember{s.integer(0), s.text(1)};
        });
}
