// SPDX-License-Identifier: GPL-3.0-or-later
#include "county/CodeLists.h"

#include "common/Money.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
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

Status execAll(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return Status::failure(QStringLiteral("%1: %2").arg(what, q.lastError().text()));
    return {};
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
    // data, not records users change, so no audit or uuid.
    QSqlQuery item(db);
    item.prepare(QStringLiteral("INSERT OR REPLACE INTO code_item (list, code, name_zh, name_en, extra, sort_order) "
                                "VALUES (?, ?, ?, ?, ?, ?)"));
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
            QSqlQuery q(db);
            if (list == QLatin1String("poverty_line") || list == QLatin1String("monitoring_threshold")) {
                q.prepare(list == QLatin1String("poverty_line")
                        ? QStringLiteral("INSERT OR REPLACE INTO poverty_line (year, line_fen, note) VALUES (?, ?, ?)")
                        : QStringLiteral("INSERT OR REPLACE INTO monitoring_threshold (year, threshold_fen, note) "
                                         "VALUES (?, ?, ?)"));
                const auto amount = Money::parse(row.at(1));
                if (!amount)
                    return Status::failure(tr("Line %1 of the code list %2: %3").arg(i + 2).arg(name, amount.error()));
                q.addBindValue(row.at(0).toInt());
                q.addBindValue(amount->fen());
                q.addBindValue(row.at(2));
                if (Status s = execAll(q, name); !s)
                    return s;
            } else if (list == QLatin1String("cadre_cap_by_rank")) {
                q.prepare(QStringLiteral("INSERT OR REPLACE INTO cadre_rank (rank_zh, rank_en, max_households) "
                                         "VALUES (?, ?, ?)"));
                q.addBindValue(row.at(0));
                q.addBindValue(row.at(1));
                q.addBindValue(row.at(2).toInt());
                if (Status s = execAll(q, name); !s)
                    return s;
            } else {
                item.bindValue(0, list);
                item.bindValue(1, row.at(0));
                item.bindValue(2, row.at(1));
                item.bindValue(3, row.at(2));
                item.bindValue(4, row.value(3));
                item.bindValue(5, i);
                if (Status s = execAll(item, name); !s)
                    return s;
            }
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
