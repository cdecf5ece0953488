// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/RecordStamp.h"

#include <QDateTime>
#include <QHash>
#include <QUuid>

QString RecordStamp::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray RecordStamp::uuidBytes(const QString &uuid)
{
    if (uuid.size() != 36)
        return {};
    return uuidBytes(uuid.toLatin1().constData(), 36);
}

QByteArray RecordStamp::uuidBytes(const char *text, int size)
{
    if (size != 36 || !text)
        return {};
    const auto nibble = [](char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    QByteArray bytes(16, Qt::Uninitialized);
    int pos = 0;
    for (int i = 0; i < 16; ++i) {
        if (pos == 8 || pos == 13 || pos == 18 || pos == 23) {
            if (text[pos] != '-')
                return {};
            ++pos;
        }
        const int high = nibble(text[pos++]);
        const int low = nibble(text[pos++]);
        if (high < 0 || low < 0)
            return {};
        bytes[i] = char(high << 4 | low);
    }
    return bytes;
}

QVariant RecordStamp::uuidValue(const QString &uuid)
{
    const QByteArray bytes = uuidBytes(uuid);
    return bytes.isEmpty() ? QVariant(uuid) : QVariant(bytes);
}

QString RecordStamp::uuidText(const char *bytes, int size)
{
    if (size != 16 || !bytes)
        return {};
    static constexpr char hex[] = "0123456789abcdef";
    QString text(36, u'-');
    QChar *out = text.data();
    int pos = 0;
    for (int i = 0; i < 16; ++i) {
        if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
            ++pos;
        const auto byte = static_cast<unsigned char>(bytes[i]);
        out[pos++] = QLatin1Char(hex[byte >> 4]);
        out[pos++] = QLatin1Char(hex[byte & 0xf]);
    }
    return text;
}

QString RecordStamp::uuidText(const QVariant &stored)
{
    if (stored.isNull())
        return {};
    if (stored.typeId() == QMetaType::QByteArray)
        return uuidText(stored.toByteArray());
    return stored.toString();
}

qint64 RecordStamp::now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString RecordStamp::timeText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds).toString(Qt::ISODate);
}

QString RecordStamp::timeText(const QVariant &stored)
{
    if (stored.isNull())
        return {};
    bool number = false;
    const qint64 seconds = stored.toLongLong(&number);
    return number ? timeText(seconds) : stored.toString();
}

std::optional<qint64> RecordStamp::fromTimeText(const QString &text)
{
    const QByteArray latin = text.toLatin1();
    return fromTimeText(latin.constData(), int(latin.size()));
}

std::optional<qint64> RecordStamp::fromTimeText(const char *text, int size)
{
    // yyyy-MM-ddThh:mm:ss (a space for the T too, as people type it); anything after is ignored.
    if (size < 19 || !text)
        return std::nullopt;
    const auto number = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    if (text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != ' ') || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
        || second > 59)
        return std::nullopt;
    // Local time to seconds costs a time zone lookup; an upgrade converts millions of times that
    // share their hours, so the start of each hour is looked up once.
    thread_local QHash<qint64, qint64> hourStarts;
    const qint64 key = ((qint64(year) * 100 + month) * 100 + day) * 100 + hour;
    auto found = hourStarts.constFind(key);
    if (found == hourStarts.cend()) {
        const QDate date(year, month, day);
        if (!date.isValid())
            return std::nullopt;
        if (hourStarts.size() > 100000)
            hourStarts.clear();
        found = hourStarts.insert(key, QDateTime(date, QTime(hour, 0)).toSecsSinceEpoch());
    }
    return *found + minute * 60 + second;
}
