// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RecordStamp.h"
#include "db/SqliteError.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <cstring>
#include <vector>

// Short-lived RAII wrapper around sqlite3_stmt. Reads go straight to SQLite: loading a county
// through QSqlQuery costs a QVariant per value, which is most of the time on 30 million values.
class SqliteReader
{
public:
    SqliteReader(sqlite3 *db, const QString &sql) : m_db(db)
    {
        if (!db) {
            m_error = SqliteError::describe(SQLITE_MISUSE, QString());
            return;
        }
        const QByteArray utf8 = sql.toUtf8();
        if (const int rc = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
            rc != SQLITE_OK)
            fail(rc);
    }
    ~SqliteReader() { sqlite3_finalize(m_stmt); }
    SqliteReader(const SqliteReader &) = delete;
    SqliteReader &operator=(const SqliteReader &) = delete;

    // What went wrong, in words for a user (SqliteError); empty when nothing did.
    const QString &error() const { return m_error; }
    // SQLite's own text of the failure, for logs and tests only.
    const QString &technicalDetail() const { return m_detail; }
    void bind(int index, qint64 value)
    {
        if (m_stmt)
            sqlite3_bind_int64(m_stmt, index, value);
    }
    void bind(int index, const QString &value)
    {
        if (m_stmt) {
            const QByteArray utf8 = value.toUtf8();
            sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
    }
    // Runs the statement again with new bindings.
    void reset()
    {
        if (m_stmt)
            sqlite3_reset(m_stmt);
    }
    // True when a row is available; false at the end or on an error (then error() says which).
    bool step()
    {
        if (!m_stmt)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail(rc);
        return false;
    }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    QString text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
    }

    // A uuid column's canonical text (RecordStamp): the file keeps 16 bytes.
    QString uuid(int column) const
    {
        if (sqlite3_column_type(m_stmt, column) != SQLITE_BLOB)
            return text(column);
        return RecordStamp::uuidText(
            static_cast<const char *>(sqlite3_column_blob(m_stmt, column)), sqlite3_column_bytes(m_stmt, column));
    }

    // A time column as a person reads it: local "yyyy-MM-ddThh:mm:ss" (RecordStamp); the file keeps seconds.
    QString timeText(int column) const
    {
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_NULL:
            return {};
        case SQLITE_INTEGER:
            return RecordStamp::timeText(integer(column));
        default:
            return text(column);
        }
    }

    // Text of a column whose values repeat (codes, times, user names): equal values share one
    // implicitly shared QString, which saves most of the allocations of loading a county.
    QString sharedText(int column)
    {
        return shared(m_texts, column, [](const char *data, int size) { return QString::fromUtf8(data, size); });
    }
    // A comma-separated list of codes, shared the same way.
    QStringList sharedList(int column)
    {
        return shared(m_lists, column,
            [](const char *data, int size) { return QString::fromUtf8(data, size).split(u',', Qt::SkipEmptyParts); });
    }
    // An ISO date; the usual yyyy-MM-dd is read without building a QString.
    QDate date(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        if (!data)
            return {};
        const int size = sqlite3_column_bytes(m_stmt, column);
        const auto number = [&](int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; ++i) {
                if (data[i] < '0' || data[i] > '9')
                    return -1;
                value = value * 10 + (data[i] - '0');
            }
            return value;
        };
        if (size == 10 && data[4] == '-' && data[7] == '-') {
            const int year = number(0, 4);
            const int month = number(5, 2);
            const int day = number(8, 2);
            if (year >= 0 && month >= 0 && day >= 0)
                return QDate(year, month, day);
        }
        return QDate::fromString(QString::fromUtf8(data, size), Qt::ISODate);
    }

private:
    void fail(int rc)
    {
        m_detail = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_error = SqliteError::describe(rc, SqliteError::fileOf(m_db), m_detail);
    }

    // Values kept per column: the previous row's value (rows of one save share their times and
    // user) and a table of the values seen. A column of mostly distinct values (names, ID
    // numbers) stops growing its table once full and simply converts.
    static constexpr qsizetype MaxSharedValues = 512;
    template <typename V> struct SharedColumn
    {
        QByteArray lastBytes;
        V lastValue;
        QHash<QByteArray, V> table;
    };
    template <typename V, typename Make> V shared(std::vector<SharedColumn<V>> &columns, int column, Make make)
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        if (!data)
            return {};
        const int size = sqlite3_column_bytes(m_stmt, column);
        if (columns.size() <= size_t(column))
            columns.resize(size_t(column) + 1);
        SharedColumn<V> &c = columns[size_t(column)];
        if (c.lastBytes.size() == size && std::memcmp(c.lastBytes.constData(), data, size_t(size)) == 0)
            return c.lastValue;
        const auto it = c.table.constFind(QByteArray::fromRawData(data, size));
        V value = it != c.table.cend() ? *it : make(data, size);
        if (it == c.table.cend() && c.table.size() < MaxSharedValues)
            c.table.insert(QByteArray(data, size), value);
        c.lastBytes = it != c.table.cend() ? it.key() : QByteArray(data, size);
        c.lastValue = value;
        return value;
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    QString m_detail;
    std::vector<SharedColumn<QString>> m_texts;
    std::vector<SharedColumn<QStringList>> m_lists;
};
