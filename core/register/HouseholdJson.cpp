// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/HouseholdJson.h"

#include "db/RecordStamp.h"
#include "register/HouseholdKinds.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <limits>
#include <variant>

namespace HouseholdJson {
namespace {

// Bumped when the shape changes in a way an older reader would misread.
constexpr int Format = 1;

const QString FormatKey = QStringLiteral("format");
const QString MetaKey = QStringLiteral("meta");
const QString MembersKey = QStringLiteral("members");
const QString IncomesKey = QStringLiteral("incomes");
const QString LivingKey = QStringLiteral("living_conditions");

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};

QJsonObject metaToJson(const RecordMeta &meta)
{
    return QJsonObject{
        {QStringLiteral("id"), meta.id},
        {QStringLiteral("uuid"), meta.uuid},
        {QStringLiteral("created_at"), RecordStamp::timeText(meta.createdAt)},
        {QStringLiteral("updated_at"), RecordStamp::timeText(meta.updatedAt)},
        {QStringLiteral("updated_by"), meta.updatedBy},
        {QStringLiteral("revision"), meta.revision},
    };
}

// Typed JSON rather than the SQL text form: a code set stays an array and a number a number, so
// that reading back gives exactly what was written.
template <typename T> QJsonObject rowToJson(const T &row)
{
    QJsonObject o;
    o.insert(MetaKey, metaToJson(row.meta));
    for (const RecordFields::Field<T> &f : RecordFields::fieldsOf<T>()) {
        const QString key = QLatin1String(f.column);
        const QJsonValue value
            = std::visit(Overloaded{
                             [&](QString T::*p) { return QJsonValue(row.*p); },
                             [&](int T::*p) { return QJsonValue(row.*p); },
                             [&](qint64 T::*p) { return QJsonValue(row.*p); },
                             [&](bool T::*p) { return QJsonValue(row.*p); },
                             [&](double T::*p) { return QJsonValue(row.*p); },
                             [&](QDate T::*p) {
                                 return (row.*p).isValid() ? QJsonValue((row.*p).toString(Qt::ISODate)) : QJsonValue();
                             },
                             [&](std::optional<int> T::*p) { return (row.*p) ? QJsonValue(*(row.*p)) : QJsonValue(); },
                             [&](QStringList T::*p) { return QJsonValue(QJsonArray::fromStringList(row.*p)); },
                         },
                f.member);
        o.insert(key, value);
    }
    return o;
}

template <typename T> QJsonArray rowsToJson(const QList<T> &rows)
{
    QJsonArray array;
    for (const T &row : rows)
        array.append(rowToJson(row));
    return array;
}

Status badValue(const QString &key, const QString &where)
{
    return Status::failure(QCoreApplication::translate(
        "HouseholdJson", "The saved household is damaged: the value of %1 in %2 is not what it should be.")
                               .arg(key, where));
}

bool isWhole(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}

// A whole number that an int holds: checked before narrowing, so that 4294967297 is refused
// rather than read as 1.
bool isInt(const QJsonValue &v)
{
    return isWhole(v) && v.toInteger() >= std::numeric_limits<int>::min()
        && v.toInteger() <= std::numeric_limits<int>::max();
}

Status outOfRange(const QString &key, const QString &where, const QJsonValue &v)
{
    return Status::failure(QCoreApplication::translate(
        "HouseholdJson", "The value of %1 in %2 (%3) is not a whole number that field can hold; nothing was read.")
                               .arg(key, where, QString::number(v.toDouble(), 'g', 17)));
}

Status metaFromJson(const QJsonValue &value, RecordMeta &meta, const QString &where)
{
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        return badValue(MetaKey, where);
    const QJsonObject o = value.toObject();
    const auto text = [&](const char *key, QString &out) -> bool {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        out = v.toString();
        return v.isString();
    };
    const QJsonValue id = o.value(QStringLiteral("id"));
    const QJsonValue revision = o.value(QStringLiteral("revision"));
    if ((!id.isUndefined() && !isWhole(id)) || (!revision.isUndefined() && !isInt(revision)))
        return badValue(MetaKey, where);
    meta.id = id.toInteger();
    meta.revision = int(revision.toInteger());
    // Times as a person reads them (RecordStamp), as written by metaToJson.
    const auto time = [&](const char *key, qint64 &out) -> bool {
        QString shown;
        if (!text(key, shown))
            return false;
        if (shown.isEmpty())
            return true;
        const std::optional<qint64> seconds = RecordStamp::fromTimeText(shown);
        out = seconds.value_or(0);
        return seconds.has_value();
    };
    if (!text("uuid", meta.uuid) || !time("created_at", meta.createdAt) || !time("updated_at", meta.updatedAt)
        || !text("updated_by", meta.updatedBy))
        return badValue(MetaKey, where);
    return {};
}

template <typename T> Status rowFromJson(const QJsonObject &o, T &row, const QString &where)
{
    if (Status s = metaFromJson(o.value(MetaKey), row.meta, where); !s)
        return s;
    for (const RecordFields::Field<T> &f : RecordFields::fieldsOf<T>()) {
        const QString key = QLatin1String(f.column);
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            continue;
        const bool narrowed = std::holds_alternative<int T::*>(f.member)
            || (std::holds_alternative<std::optional<int> T::*>(f.member) && !v.isNull());
        if (narrowed && isWhole(v) && !isInt(v))
            return outOfRange(key, where, v);
        const bool ok = std::visit(Overloaded{
                                       [&](QString T::*p) {
                                           row.*p = v.toString();
                                           return v.isString();
                                       },
                                       [&](int T::*p) {
                                           row.*p = int(v.toInteger());
                                           return isWhole(v);
                                       },
                                       [&](qint64 T::*p) {
                                           row.*p = v.toInteger();
                                           return isWhole(v);
                                       },
                                       [&](bool T::*p) {
                                           row.*p = v.toBool();
                                           return v.isBool();
                                       },
                                       [&](double T::*p) {
                                           row.*p = v.toDouble();
                                           return v.isDouble();
                                       },
                                       [&](QDate T::*p) {
                                           row.*p = QDate::fromString(v.toString(), Qt::ISODate);
                                           return v.isNull() || (v.isString() && (row.*p).isValid());
                                       },
                                       [&](std::optional<int> T::*p) {
                                           row.*p = v.isNull() ? std::nullopt : std::optional<int>(int(v.toInteger()));
                                           return v.isNull() || isWhole(v);
                                       },
                                       [&](QStringList T::*p) {
                                           QStringList list;
                                           const QJsonArray array = v.toArray();
                                           for (const QJsonValue &item : array) {
                                               if (!item.isString())
                                                   return false;
                                               list << item.toString();
                                           }
                                           row.*p = list;
                                           return v.isArray();
                                       },
                                   },
            f.member);
        if (!ok)
            return badValue(key, where);
    }
    return {};
}

template <typename T>
Status rowsFromJson(const QJsonObject &json, const QString &key, QList<T> &rows, const QString &rowName)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        return badValue(key, QCoreApplication::translate("HouseholdJson", "the household"));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = rowName.arg(i + 1);
        if (!array.at(i).isObject())
            return badValue(key, where);
        T row;
        if (Status s = rowFromJson(array.at(i).toObject(), row, where); !s)
            return s;
        rows.append(std::move(row));
    }
    return {};
}

} // namespace

QJsonObject toJson(const Household &household)
{
    QJsonObject json = rowToJson(household);
    json.insert(FormatKey, Format);
    json.insert(MembersKey, rowsToJson(household.members));
    json.insert(IncomesKey, rowsToJson(household.incomes));
    json.insert(LivingKey, rowsToJson(household.livingConditions));
    return json;
}

Result<Household> fromJson(const QJsonObject &json)
{
    using R = Result<Household>;
    if (json.value(FormatKey).toInt() > Format)
        return R::failure(QCoreApplication::translate(
            "HouseholdJson", "The saved household was written by a newer version of Fupin. Please update Fupin."));
    Household h;
    Status s = rowFromJson(json, h, QCoreApplication::translate("HouseholdJson", "the household"));
    if (s)
        s = rowsFromJson(json, MembersKey, h.members, QCoreApplication::translate("HouseholdJson", "member no. %1"));
    if (s)
        s = rowsFromJson(
            json, IncomesKey, h.incomes, QCoreApplication::translate("HouseholdJson", "income record no. %1"));
    if (s)
        s = rowsFromJson(json, LivingKey, h.livingConditions,
            QCoreApplication::translate("HouseholdJson", "living-conditions record no. %1"));
    if (!s)
        return R::failure(s.error());
    return h;
}

} // namespace HouseholdJson
