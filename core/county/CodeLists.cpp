// SPDX-License-Identifier: GPL-3.0-or-later
#include "county/CodeLists.h"

#include "common/Money.h"
#include "county/CountyKinds.h"
#include "db/CountyDatabase.h"
#include "db/KeyedStore.h"
#include "db/SqliteReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>

namespace {

// CSV as spreadsheet programs write it: a field in double quotes may hold commas, doubled quotes
// and line breaks; lines end in LF or CRLF. Rows of only blanks are left out. Unquoted fields are
// trimmed; quoted ones are kept as they are. Fails with the line where a quote is never closed.
std::optional<QList<QStringList>> parseCsv(const QString &text, int *unclosedLine)
{
    QList<QStringList> rows;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    int fieldLine = 1;
    const auto endField = [&] {
        fields << (wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    const auto endRow = [&] {
        const bool quotedLast = wasQuoted;
        endField();
        if (fields.size() > 1 || !fields.first().isEmpty() || quotedLast)
            rows << fields;
        fields.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            c = text.at(++i); // CRLF is one line end, inside quotes too
        if (c == u'\n')
            ++line;
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = wasQuoted = true;
            fieldLine = line;
        } else if (c == u',') {
            endField();
        } else if (c == u'\n') {
            endRow();
        } else {
            field += c;
        }
    }
    if (quoted) {
        *unclosedLine = fieldLine;
        return std::nullopt;
    }
    if (!field.isEmpty() || !fields.isEmpty() || wasQuoted)
        endRow();
    return rows;
}

} // namespace

Result<QList<QStringList>> CodeLists::readCsv(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QList<QStringList>>::failure(tr("Cannot read the code list %1.").arg(fileName));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF))) // the byte-order mark Excel writes
        text.remove(0, 1);
    int unclosedLine = 0;
    auto rows = parseCsv(text, &unclosedLine);
    if (!rows)
        return Result<QList<QStringList>>::failure(
            tr("Line %1 of the code list %2 opens a quote that is never closed.").arg(unclosedLine).arg(fileName));
    if (!rows->isEmpty())
        rows->removeFirst(); // the header
    return *rows;
}

Status CodeLists::loadDefaults(CountyDatabase &county)
{
    Transaction transaction(county.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (SqliteReader any(county.handle(), QStringLiteral("SELECT 1 FROM app_user LIMIT 1")); any.step())
        return Status::failure(tr("The code lists, poverty lines and caps of %1 are the county's own: the defaults "
                                  "are loaded only into a county being created, and nothing was changed.")
                                   .arg(county.path()));
    QSqlDatabase &db = county.sql();
    // The shipped defaults, loaded once into a county being created before anyone signs in: reference
    // data, not yet changed by anyone, so seeded without audit (KeyedStore::seed).
    const QDir dir(QStringLiteral(":/codes"));
    for (const QString &name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files)) {
        const QString list = QFileInfo(name).completeBaseName();
        auto rows = readCsv(dir.filePath(name));
        if (!rows)
            return Status::failure(rows.error());
        for (qsizetype i = 0; i < rows->size(); ++i) {
            const QStringList &row = rows->at(i);
            if (row.size() < 3)
                return Status::failure(
                    tr("Line %1 of the code list %2 has fewer than 3 columns.").arg(i + 2).arg(name));
            Status seeded;
            if (list == QLatin1String("poverty_line") || list == QLatin1String("monitoring_threshold")) {
                const auto amount = Money::parse(row.at(1));
                if (!amount)
                    return Status::failure(tr("Line %1 of the code list %2: %3").arg(i + 2).arg(name, amount.error()));
                const bool line = list == QLatin1String("poverty_line");
                seeded = KeyedStore::seed(db, line ? CountyKinds::povertyLine() : CountyKinds::monitoringThreshold(),
                    {{"year", row.at(0).toInt()}, {line ? "line_fen" : "threshold_fen", amount->fen()},
                        {"note", row.at(2)}});
            } else if (list == QLatin1String("cadre_cap_by_rank")) {
                seeded = KeyedStore::seed(db, CountyKinds::cadreRank(),
                    {{"rank_zh", row.at(0)}, {"rank_en", row.at(1)}, {"max_households", row.at(2).toInt()}});
            } else {
                seeded = KeyedStore::seed(db, CountyKinds::codeItem(),
                    {{"list", list}, {"code", row.at(0)}, {"name_zh", row.at(1)}, {"name_en", row.at(2)},
                        {"extra", row.value(3).isNull() ? QStringLiteral("") : row.value(3)}, {"sort_order", int(i)}});
            }
            if (!seeded)
                return Status::failure(tr("Line %1 of the code list %2: %3").arg(i + 2).arg(name, seeded.error()));
        }
    }
    return transaction.commit();
}

CodeLists::CodeLists(const CountyDatabase &db)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT list, code, name_zh, name_en, extra FROM code_item ORDER BY list, sort_order"));
    while (q.next())
        m_lists[q.value(0).toString()].append(
            {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
}

QList<CodeLists::Item> CodeLists::items(const QString &list) const
{
    return m_lists.value(list);
}

bool CodeLists::contains(const QString &list, const QString &code) const
{
    const auto it = m_lists.constFind(list);
    return it != m_lists.cend()
        && std::any_of(it->cbegin(), it->cend(), [&](const Item &item) { return item.code == code; });
}

QString CodeLists::name(const QString &list, const QString &code) const
{
    for (const Item &item : m_lists.value(list)) {
        if (item.code == code)
            return chineseNames() ? item.nameZh : item.nameEn;
    }
    return code;
}

bool CodeLists::chineseNames()
{
    return QLocale().language() == QLocale::Chinese;
}
