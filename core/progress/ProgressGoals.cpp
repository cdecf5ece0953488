// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/ProgressGoals.h"

#include "accounts/AccessPolicy.h"
#include "county/PovertyStandards.h"
#include "db/CountyDatabase.h"
#include "db/RecordStore.h"
#include "db/SqliteReader.h"
#include "progress/ProgressKinds.h"

#include <QHash>

#include <algorithm>

namespace {

GoalFigures figuresOf(const AnnualGoal &g)
{
    GoalFigures f;
    f.households = g.households;
    f.people = g.people;
    f.months = g.months();
    return f;
}

// The stored goals of a year by division.
Result<QHash<qint64, AnnualGoal>> storedGoals(sqlite3 *db, int year)
{
    SqliteReader s(db, RecordStore::selectSql<AnnualGoal>() + QStringLiteral(" WHERE t.year = ?"));
    s.bind(1, year);
    QHash<qint64, AnnualGoal> goals;
    while (s.step()) {
        AnnualGoal g;
        RecordStore::readRow(s, g);
        goals.insert(g.divisionId, g);
    }
    if (!s.error().isEmpty())
        return Result<QHash<qint64, AnnualGoal>>::failure(s.error());
    return goals;
}

} // namespace

DivisionGoal::Kind ProgressGoals::kindOf(int year)
{
    return year > PovertyStandards::LastPovertyLineYear ? DivisionGoal::Kind::RiskCleared : DivisionGoal::Kind::Exit;
}

QString ProgressGoals::kindText(int year)
{
    return kindOf(year) == DivisionGoal::Kind::Exit ? tr("households to lift out of poverty")
                                                    : tr("monitoring households to clear of risk");
}

Result<QList<DivisionGoal>> ProgressGoals::load(int year, qint64 onlyDivision) const
{
    using R = Result<QList<DivisionGoal>>;
    const Result<QHash<qint64, AnnualGoal>> stored = storedGoals(m_db.handle(), year);
    if (!stored)
        return R::failure(
            tr("The goals of %1 could not be read from %2: %3").arg(year).arg(m_db.path(), stored.error()));
    SqliteReader s(m_db.handle(),
        QStringLiteral("SELECT id, coalesce(parent_id, 0), level, code, name FROM division WHERE level <= 3 "
                       "ORDER BY code"));
    QList<DivisionGoal> rows;
    QHash<qint64, qsizetype> at;
    while (s.step()) {
        DivisionGoal d;
        d.divisionId = s.integer(0);
        d.parentId = s.integer(1);
        d.level = int(s.integer(2));
        d.code = s.text(3);
        d.name = s.text(4);
        d.year = year;
        d.kind = kindOf(year);
        d.record = stored->value(d.divisionId);
        if (!d.isSet()) {
            d.record.divisionId = d.divisionId;
            d.record.year = year;
        }
        d.goal = figuresOf(d.record);
        at.insert(d.divisionId, rows.size());
        rows.append(std::move(d));
    }
    if (!s.error().isEmpty())
        return R::failure(tr("The divisions of %1 could not be read: %2").arg(m_db.path(), s.error()));
    for (const DivisionGoal &d : std::as_const(rows)) {
        const auto parent = at.constFind(d.parentId);
        if (d.parentId == 0 || parent == at.cend())
            continue;
        DivisionGoal &p = rows[*parent];
        ++p.childCount;
        if (d.isSet())
            ++p.childrenWithGoal;
        p.children += d.goal;
    }
    if (onlyDivision) {
        const auto it = at.constFind(onlyDivision);
        if (it == at.cend())
            return R::failure(tr("Goals are set for the county, its townships and villages; division %1 is none of "
                                 "them.")
                                  .arg(onlyDivision));
        return QList<DivisionGoal>{rows.at(*it)};
    }
    return rows;
}

Result<QList<DivisionGoal>> ProgressGoals::forYear(int year) const
{
    return load(year, 0);
}

Result<DivisionGoal> ProgressGoals::forDivision(qint64 divisionId, int year) const
{
    const Result<QList<DivisionGoal>> rows = load(year, divisionId);
    if (!rows)
        return Result<DivisionGoal>::failure(rows.error());
    return rows->first();
}

Result<DivisionGoal> ProgressGoals::forDivision(const QString &code, int year) const
{
    SqliteReader s(m_db.handle(), QStringLiteral("SELECT id, level, name FROM division WHERE code = ?"));
    s.bind(1, code.trimmed());
    if (!s.step())
        return Result<DivisionGoal>::failure(s.error().isEmpty()
                ? tr("There is no division with the code %1 in %2 (see `fupin-cli divisions`).").arg(code, m_db.path())
                : s.error());
    if (s.integer(1) > 3)
        return Result<DivisionGoal>::failure(
            tr("Goals are set for the county, its townships and villages, not for a villager group such as %1.")
                .arg(s.text(2)));
    return forDivision(s.integer(0), year);
}

Result<QList<int>> ProgressGoals::years() const
{
    SqliteReader s(m_db.handle(), QStringLiteral("SELECT DISTINCT year FROM annual_target ORDER BY year"));
    QList<int> years;
    while (s.step())
        years.append(int(s.integer(0)));
    if (!s.error().isEmpty())
        return Result<QList<int>>::failure(s.error());
    return years;
}

Status ProgressGoals::maySet(qint64 divisionId) const
{
    return AccessPolicy::checkGoal(m_db, divisionId);
}

Status ProgressGoals::save(int year, QList<AnnualGoal> &goals)
{
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    const Result<QHash<qint64, AnnualGoal>> stored = storedGoals(m_db.handle(), year);
    if (!stored)
        return Status::failure(
            tr("The goals of %1 could not be read from %2: %3").arg(year).arg(m_db.path(), stored.error()));
    QHash<qint64, QString> names;
    {
        SqliteReader s(m_db.handle(), QStringLiteral("SELECT id, name FROM division"));
        while (s.step())
            names.insert(s.integer(0), s.text(1));
    }
    const auto nameOf = [&](qint64 id) { return names.value(id, QString::number(id)); };

    // Everything is checked before anything is written, so that the refusal names every problem.
    QStringList problems;
    QList<qsizetype> toWrite;
    QHash<qint64, qsizetype> seen;
    for (qsizetype i = 0; i < goals.size(); ++i) {
        const AnnualGoal &g = goals.at(i);
        const QString where = nameOf(g.divisionId);
        const auto report = [&](const QString &problem) { problems << tr("%1: %2").arg(where, problem); };
        if (g.year != year) {
            report(tr("the goal is for %1, not %2.").arg(g.year).arg(year));
            continue;
        }
        if (seen.contains(g.divisionId)) {
            report(tr("the goal is given twice."));
            continue;
        }
        seen.insert(g.divisionId, i);
        const auto it = stored->constFind(g.divisionId);
        if (g.meta.id == 0) {
            if (it != stored->cend()) {
                report(tr("%1 set this goal at %2 after you opened it. Reload the goals to see it, then make your "
                          "change again.")
                           .arg(it->meta.updatedBy, RecordStamp::timeText(it->meta.updatedAt)));
                continue;
            }
            if (g.isEmpty())
                continue;
        } else {
            if (it == stored->cend() || it->meta.id != g.meta.id) {
                report(tr("the goal that was read is no longer in the file. Reload the goals."));
                continue;
            }
            if (it->meta.revision != g.meta.revision) {
                report(tr("%1 changed this goal at %2 after you opened it. Reload the goals to see it, then make "
                          "your change again.")
                           .arg(it->meta.updatedBy, RecordStamp::timeText(it->meta.updatedAt)));
                continue;
            }
            if (RecordStore::diff(*it, g).isEmpty())
                continue;
        }
        if (Status may = AccessPolicy::checkGoal(m_db, g.divisionId); !may) {
            problems << may.error();
            continue;
        }
        for (const QString &p : ProgressChecks::goal(g))
            report(p);
        toWrite.append(i);
    }
    if (!problems.isEmpty()) {
        problems.removeDuplicates();
        return Status::failure(tr("No goal was saved:") + u'\n' + problems.join(u'\n'));
    }

    RecordWriter w(m_db.sql(), m_db.currentUser());
    QList<AnnualGoal> written = goals;
    for (qsizetype i : std::as_const(toWrite)) {
        AnnualGoal &g = written[i];
        const QString where = nameOf(g.divisionId);
        if (g.meta.id == 0) {
            if (Status s = RecordStore::insertRow(w, g); !s)
                return Status::failure(tr("The goal of %1 could not be saved: %2").arg(where, s.error()));
        } else {
            const AnnualGoal &before = stored->value(g.divisionId);
            if (Status s = RecordStore::updateRow(w, before, g, RecordStore::diff(before, g)); !s)
                return Status::failure(tr("The goal of %1 could not be saved: %2").arg(where, s.error()));
        }
    }
    if (Status s = transaction.commit(); !s)
        return s;
    goals = std::move(written);
    return {};
}
