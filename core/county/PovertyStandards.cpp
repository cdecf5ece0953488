// SPDX-License-Identifier: GPL-3.0-or-later
#include "county/PovertyStandards.h"

#include "accounts/AccessPolicy.h"
#include "common/Money.h"
#include "county/CountyKinds.h"
#include "db/CountyDatabase.h"
#include "db/KeyedStore.h"
#include "db/RecordWriter.h"
#include "db/SqliteReader.h"

#include <atomic>

namespace {
// Bumped by every change of a figure in this program: each PovertyStandards reloads its figures
// when it has read them under an older generation. Starts at 1 so that a new one loads at once.
std::atomic<quint64> generation{1};

struct TableOf
{
    const char *table;
    const char *column;
};

TableOf tableOf(PovertyStandards::Kind kind)
{
    return kind == PovertyStandards::Kind::Line ? TableOf{"poverty_line", "line_fen"}
                                                : TableOf{"monitoring_threshold", "threshold_fen"};
}
} // namespace

PovertyStandards::PovertyStandards(CountyDatabase &db) : m_db(db)
{
    reloadIfChanged();
}

void PovertyStandards::reloadIfChanged() const
{
    const quint64 now = generation.load();
    if (now == m_generation)
        return;
    m_generation = now;
    m_lines.clear();
    m_thresholds.clear();
    SqliteReader lines(m_db.handle(), QStringLiteral("SELECT year, line_fen FROM poverty_line"));
    while (lines.step())
        m_lines.insert(int(lines.integer(0)), lines.integer(1));
    SqliteReader thresholds(m_db.handle(), QStringLiteral("SELECT year, threshold_fen FROM monitoring_threshold"));
    while (thresholds.step())
        m_thresholds.insert(int(thresholds.integer(0)), thresholds.integer(1));
}

std::optional<qint64> PovertyStandards::line(int year) const
{
    reloadIfChanged();
    const auto it = m_lines.constFind(year);
    return it == m_lines.cend() ? std::nullopt : std::optional<qint64>(*it);
}

std::optional<qint64> PovertyStandards::threshold(int year) const
{
    reloadIfChanged();
    const auto it = m_thresholds.constFind(year);
    return it == m_thresholds.cend() ? std::nullopt : std::optional<qint64>(*it);
}

std::optional<PovertyStandards::Standard> PovertyStandards::forYear(int year) const
{
    const bool isThreshold = kindFor(year) == Kind::Threshold;
    const std::optional<qint64> fen = isThreshold ? threshold(year) : line(year);
    if (!fen)
        return std::nullopt;
    return Standard{isThreshold, *fen};
}

Result<QList<PovertyStandards::YearFigures>> PovertyStandards::all() const
{
    QMap<int, YearFigures> years;
    for (const Kind kind : {Kind::Line, Kind::Threshold}) {
        const TableOf t = tableOf(kind);
        SqliteReader s(m_db.handle(),
            QStringLiteral("SELECT year, %1, note FROM %2 ORDER BY year")
                .arg(QLatin1String(t.column), QLatin1String(t.table)));
        while (s.step()) {
            YearFigures &y = years[int(s.integer(0))];
            y.year = int(s.integer(0));
            if (kind == Kind::Line) {
                y.lineFen = s.integer(1);
                y.lineNote = s.text(2);
            } else {
                y.thresholdFen = s.integer(1);
                y.thresholdNote = s.text(2);
            }
        }
        if (!s.error().isEmpty())
            return Result<QList<YearFigures>>::failure(
                tr("The poverty lines and thresholds of %1 could not be read: %2").arg(m_db.path(), s.error()));
    }
    return years.values();
}

Status PovertyStandards::set(Kind kind, int year, qint64 fen, const QString &note)
{
    const QString what = kind == Kind::Line ? tr("poverty line") : tr("monitoring threshold");
    if (year < FirstYear || year > LastYear)
        return Status::failure(
            tr("The year of a %1 must be between %2 and %3.").arg(what).arg(FirstYear).arg(LastYear));
    if (kind == Kind::Line && year > LastPovertyLineYear)
        return Status::failure(tr("The poverty line is used up to %1; from %2 households are measured against the "
                                  "monitoring threshold. Set the threshold of %3 instead.")
                                   .arg(LastPovertyLineYear)
                                   .arg(LastPovertyLineYear + 1)
                                   .arg(year));
    if (kind == Kind::Threshold && year <= LastPovertyLineYear)
        return Status::failure(tr("The monitoring threshold is used from %1; up to %2 households are measured "
                                  "against the poverty line. Set the line of %3 instead.")
                                   .arg(LastPovertyLineYear + 1)
                                   .arg(LastPovertyLineYear)
                                   .arg(year));
    if (fen <= 0 || fen > MaxFen)
        return Status::failure(tr("The %1 of %2 must be more than 0 and at most %3 yuan per person a year.")
                                   .arg(what)
                                   .arg(year)
                                   .arg(Money::fromFen(MaxFen).toString()));
    if (Status s = AccessPolicy::check(m_db, AccessPolicy::Action::SetStandards); !s)
        return s;

    const TableOf t = tableOf(kind);
    const QString table = QLatin1String(t.table);
    const QString column = QLatin1String(t.column);
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    QVariant oldFen;
    QString oldNote;
    {
        SqliteReader s(m_db.handle(), QStringLiteral("SELECT %1, note FROM %2 WHERE year = ?").arg(column, table));
        s.bind(1, year);
        if (s.step()) {
            oldFen = s.integer(0);
            oldNote = s.text(1);
        }
    }
    const QString newNote = note.trimmed();
    if (oldFen.isValid() && oldFen.toLongLong() == fen && oldNote == newNote)
        return {};
    // A year's figure is a key and a value, audited under its year (CountyKinds).
    RecordWriter w(m_db.sql(), m_db.currentUser());
    const RecordFields::KeyedKind &figures
        = kind == Kind::Line ? CountyKinds::povertyLine() : CountyKinds::monitoringThreshold();
    if (Status s = KeyedStore::put(w, figures, {{"year", year}},
            {{t.column, fen},
                {"note", newNote.isEmpty() ? QStringLiteral("") : newNote}}); // a null QString binds as NULL
        !s)
        return Status::failure(tr("The %1 of %2 could not be saved in %3.").arg(what).arg(year).arg(m_db.path()));
    if (Status s = transaction.commit(); !s)
        return s;
    ++generation;
    return {};
}
