// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/AuditLog.h"

#include "accounts/AccessPolicy.h"
#include "common/Money.h"
#include "county/CodeLists.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "db/RecordCatalogue.h"
#include "db/RecordStore.h"
#include "db/SqliteError.h"
#include "db/SqliteReader.h"
#include "register/HistoryEvent.h"
#include "register/Household.h"
#include "register/HouseholdKinds.h"
#include "register/HouseholdRepository.h"
#include "register/StatusProcedure.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace {

// The register's tables as their kinds declare them.
const QString HouseholdTable = RecordStore::table<Household>();
const QString MemberTable = RecordStore::table<Member>();
const QString IncomeTable = RecordStore::table<IncomeRecord>();
const QString LivingTable = RecordStore::table<LivingConditions>();
const QString StatusEventTable = QStringLiteral("status_event");
const QString RiskTable = QStringLiteral("household_risk");
const QString PositionField = QStringLiteral("position");

// A field's value as HouseholdRepository writes it to the log, so that the current value can be
// compared with an entry's new_value: NULL stays null, reals with 15 significant digits.
std::optional<QString> auditText(const QVariant &sqlValue)
{
    if (!sqlValue.isValid() || sqlValue.isNull())
        return std::nullopt;
    if (sqlValue.typeId() == QMetaType::Double)
        return QString::number(sqlValue.toDouble(), 'g', 15);
    return sqlValue.toString();
}

QString shown(const std::optional<QString> &value)
{
    return value ? *value : AuditLog::tr("(empty)");
}

QString incomeLabel(int year)
{
    return AuditLog::tr("%1 income").arg(year);
}

QString livingLabel(int year)
{
    return AuditLog::tr("%1 living conditions").arg(year);
}

template <typename T> T *findByUuid(QList<T> &rows, const QString &uuid)
{
    for (T &row : rows) {
        if (row.meta.uuid == uuid)
            return &row;
    }
    return nullptr;
}

struct Entry
{
    QString table;
    QString uuid;
    QString action;
    QString field;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
};

// Sets the row's field back to the entry's old value when it still holds the entry's new value.
template <typename T> Status revertField(T &row, const Entry &e, const QString &label)
{
    const auto &fields = RecordFields::fieldsOf<T>();
    if (std::none_of(fields.cbegin(), fields.cend(), [&](const auto &f) { return e.field == QLatin1String(f.column); }))
        return Status::failure(
            AuditLog::tr("The field %1 of %2 no longer exists, so the change cannot be reverted.").arg(e.field, label));
    const std::optional<QString> now = auditText(RecordFields::value(row, e.field));
    if (now != e.newValue)
        return Status::failure(AuditLog::tr("The field %1 of %2 has been changed again since: it is now \"%3\", not "
                                            "\"%4\". Revert the later change first.")
                                   .arg(e.field, label, shown(now), shown(e.newValue)));
    RecordFields::setValue(row, e.field, e.oldValue ? QVariant(*e.oldValue) : QVariant());
    return {};
}

} // namespace

AuditLog::AuditLog(CountyDatabase &db) : m_db(db)
{ }

Result<QList<AuditEntry>> AuditLog::forHousehold(qint64 householdId) const
{
    using R = Result<QList<AuditEntry>>;
    if (Status s = AccessPolicy::checkReadHousehold(m_db, householdId); !s)
        return R::failure(s.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT uuid, code FROM household WHERE id = ?"));
    q.addBindValue(householdId);
    if (!q.exec())
        return R::failure(SqliteError::describe(q.lastError(), m_db.path()));
    if (!q.next())
        return R::failure(tr("Household %1 does not exist.").arg(householdId));
    const QString householdUuid = RecordStamp::uuidText(q.value(0));
    const QString householdLabel = tr("Household %1").arg(q.value(1).toString());

    // Labels by record uuid; the log itself names records only by uuid.
    QHash<QString, QString> labels;
    labels.insert(householdUuid, householdLabel);
    const auto collect = [&](const QString &sql, const auto &label) -> Status {
        QSqlQuery rows(m_db.sql());
        rows.prepare(sql);
        rows.addBindValue(householdId);
        if (!rows.exec())
            return Status::failure(SqliteError::describe(rows.lastError(), m_db.path()));
        while (rows.next())
            labels.insert(RecordStamp::uuidText(rows.value(0)), label(rows));
        return {};
    };
    Status s = collect(QStringLiteral("SELECT uuid, name, position FROM member WHERE household_id = ?"),
        [](const QSqlQuery &r) { return Member::label(r.value(1).toString(), r.value(2).toInt()); });
    if (s)
        s = collect(QStringLiteral("SELECT uuid, year FROM income WHERE household_id = ?"),
            [](const QSqlQuery &r) { return incomeLabel(r.value(1).toInt()); });
    if (s)
        s = collect(QStringLiteral("SELECT uuid, year FROM living_condition WHERE household_id = ?"),
            [](const QSqlQuery &r) { return livingLabel(r.value(1).toInt()); });
    if (s)
        s = collect(
            QStringLiteral("SELECT uuid, kind FROM status_event WHERE household_id = ?"), [](const QSqlQuery &r) {
                const QString kind = r.value(1).toString();
                const std::optional<StatusStep> step = StatusProcedure::stepOfKind(kind);
                return tr("Status: %1").arg(step ? StatusProcedure::stepName(*step) : kind);
            });
    if (!s)
        return R::failure(s.error());

    q.prepare(QStringLiteral("SELECT id, changed_at, changed_by, table_name, record_uuid, action, field, old_value, "
                             "new_value FROM audit_log WHERE household_id = ? ORDER BY id DESC"));
    q.addBindValue(householdId);
    if (!q.exec())
        return R::failure(SqliteError::describe(q.lastError(), m_db.path()));
    // Values as a user reads them: code names, yes and no, divisions by name, yuan.
    const CodeLists codes(m_db);
    QHash<QString, QString> divisionNames;
    for (const Division &d : Divisions::load(m_db, Divisions::Counts::Without).value_or({}))
        divisionNames.insert(QString::number(d.id), d.name);
    static const QStringList divisionColumns{
        QStringLiteral("township_id"), QStringLiteral("village_id"), QStringLiteral("group_id")};
    const auto shownValue
        = [&](const RecordCatalogue::FieldInfo &info, const QString &field, const QString &value) -> QString {
        if (!info.codeList.isEmpty()) {
            QStringList names;
            for (const QString &code : value.split(u',', Qt::SkipEmptyParts)) {
                const QString name = codes.name(info.codeList, code);
                names << (name.isEmpty() ? code : name);
            }
            return names.join(tr(", "));
        }
        if (info.money)
            return Money::fromFen(value.toLongLong()).toString();
        if (field == QLatin1String("deleted_at"))
            return RecordStamp::timeText(QVariant(value));
        if (info.type == RecordCatalogue::Type::Flag)
            return value == QLatin1String("1") ? tr("yes") : tr("no");
        if (divisionColumns.contains(field) && divisionNames.contains(value))
            return divisionNames.value(value);
        return value;
    };
    // Who made each change, by name (accounts are never deleted, so every login is found).
    QHash<QString, QString> people;
    for (SqliteReader a(m_db.handle(), QStringLiteral("SELECT login, full_name FROM app_user")); a.step();)
        people.insert(a.text(0), a.text(1).isEmpty() ? a.text(0) : a.text(1) + u'（' + a.text(0) + u'）');
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.changedAt = RecordStamp::timeText(q.value(1));
        e.changedBy = q.value(2).toString();
        e.changedByName = people.value(e.changedBy, e.changedBy);
        e.tableName = q.value(3).toString();
        e.recordUuid = RecordStamp::uuidText(q.value(4));
        e.action = q.value(5).toString();
        e.field = q.value(6).toString();
        e.oldIsNull = q.value(7).isNull();
        e.newIsNull = q.value(8).isNull();
        e.oldValue = q.value(7).toString();
        e.newValue = q.value(8).toString();
        // Risk types are logged against the household's uuid; say what they are.
        static const QStringList householdRows{MemberTable, IncomeTable, LivingTable};
        if (e.tableName == RiskTable)
            e.recordLabel = tr("Risk types");
        else if (labels.contains(e.recordUuid))
            e.recordLabel = labels.value(e.recordUuid);
        else if (householdRows.contains(e.tableName))
            e.recordLabel = tr("Removed record");
        else // pairings, measures, visits: records of their own kind
            e.recordLabel = RecordCatalogue::kindLabel(e.tableName);
        const RecordCatalogue::FieldInfo info = RecordCatalogue::field(e.tableName, e.field);
        e.fieldLabel = info.label;
        e.oldText = e.oldIsNull ? QString() : shownValue(info, e.field, e.oldValue);
        e.newText = e.newIsNull ? QString() : shownValue(info, e.field, e.newValue);
        entries.append(e);
    }
    return entries;
}

Status AuditLog::revert(qint64 auditEntryId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT table_name, record_uuid, action, field, old_value, new_value, household_id "
                             "FROM audit_log WHERE id = ?"));
    q.addBindValue(auditEntryId);
    if (!q.exec())
        return Status::failure(SqliteError::describe(q.lastError(), m_db.path()));
    if (!q.next())
        return Status::failure(tr("Change %1 is not in the audit log.").arg(auditEntryId));
    Entry e;
    e.table = q.value(0).toString();
    e.uuid = RecordStamp::uuidText(q.value(1));
    const qint64 loggedHousehold = q.value(6).toLongLong();
    e.action = q.value(2).toString();
    e.field = q.value(3).toString();
    if (!q.value(4).isNull())
        e.oldValue = q.value(4).toString();
    if (!q.value(5).isNull())
        e.newValue = q.value(5).toString();

    static const QStringList revertible{HouseholdTable, MemberTable, IncomeTable, LivingTable};
    if (e.action != QLatin1String("update") || !revertible.contains(e.table) || e.field.isEmpty())
        return Status::failure(tr("Only a saved change to a field of a household, member, income or living-conditions "
                                  "record can be reverted; change %1 records a %2 of %3.")
                                   .arg(QString::number(auditEntryId), e.action, e.table));
    if (e.table == HouseholdTable
        && (e.field == QLatin1String("status_code") || e.field == QLatin1String("monitoring_category")
            || e.field == QLatin1String("exit_year")))
        return Status::failure(tr("The status and the monitoring category change only through the status procedure, "
                                  "which keeps their history. Record the step that applies (for example a relapse) "
                                  "instead of reverting."));

    // Read, check and write in one transaction, so that nothing changes the field in between.
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());

    // The table name is one of the four above, never text from outside. A household's rows are found
    // through the household the entry was logged against (their uuids have no index of their own).
    const bool byHousehold = e.table != HouseholdTable && loggedHousehold != 0;
    q.prepare(e.table == HouseholdTable ? QStringLiteral("SELECT id FROM household WHERE uuid = ?")
            : byHousehold               ? QStringLiteral("SELECT household_id FROM ") + e.table
                + QStringLiteral(" WHERE household_id = ? AND uuid = ?")
                          : QStringLiteral("SELECT household_id FROM ") + e.table + QStringLiteral(" WHERE uuid = ?"));
    if (byHousehold)
        q.addBindValue(loggedHousehold);
    q.addBindValue(RecordStamp::uuidValue(e.uuid));
    if (!q.exec())
        return Status::failure(SqliteError::describe(q.lastError(), m_db.path()));
    if (!q.next())
        return Status::failure(
            tr("The record this change belongs to no longer exists, so the change cannot be reverted."));
    const qint64 householdId = q.value(0).toLongLong();
    // Outside the account's divisions the revert is refused as the change it would be.
    if (Status s = AccessPolicy::checkWrite<Household>(m_db, householdId); !s)
        return s;

    HouseholdRepository repository(m_db);
    Result<Household> loaded = repository.load(householdId);
    if (!loaded)
        return Status::failure(loaded.error());
    Household household = std::move(loaded).value();

    Status s;
    if (e.table == HouseholdTable) {
        s = revertField(household, e, tr("household %1").arg(household.code));
    } else if (e.table == MemberTable) {
        const auto it = std::find_if(
            household.members.begin(), household.members.end(), [&](const Member &m) { return m.meta.uuid == e.uuid; });
        if (it == household.members.end())
            return Status::failure(tr("The member this change belongs to no longer exists."));
        const int index = int(it - household.members.begin());
        const QString label = Member::label(it->name, index + 1);
        if (e.field == PositionField) {
            // The booklet order is the list order: move the member back to its old place.
            const std::optional<QString> now = QString::number(index + 1);
            if (now != e.newValue)
                return Status::failure(tr("The position of %1 has been changed again since: it is now %2, not %3. "
                                          "Revert the later change first.")
                                           .arg(label, shown(now), shown(e.newValue)));
            const int target
                = std::clamp(e.oldValue.value_or(QString()).toInt() - 1, 0, int(household.members.size()) - 1);
            household.members.move(index, target);
        } else {
            s = revertField(*it, e, label);
        }
    } else if (e.table == IncomeTable) {
        IncomeRecord *row = findByUuid(household.incomes, e.uuid);
        if (!row)
            return Status::failure(tr("The income record this change belongs to no longer exists."));
        s = revertField(*row, e, incomeLabel(row->year));
    } else {
        LivingConditions *row = findByUuid(household.livingConditions, e.uuid);
        if (!row)
            return Status::failure(tr("The living-conditions record this change belongs to no longer exists."));
        s = revertField(*row, e, livingLabel(row->year));
    }
    if (!s)
        return s;

    if (const Result<qint64> saved = repository.save(household); !saved)
        return Status::failure(tr("The change could not be reverted: %1").arg(saved.error()));
    return transaction.commit();
}

Result<QList<HistoryEvent>> AuditLog::eventsForHousehold(qint64 householdId) const
{
    const Result<QList<AuditEntry>> entries = forHousehold(householdId);
    if (!entries)
        return Result<QList<HistoryEvent>>::failure(entries.error());
    QList<HistoryEvent> events;
    for (const AuditEntry &e : entries.value()) {
        const bool insert = e.action == QLatin1String("insert");
        // The fields of one creation share their record, time and writer.
        const bool sameCreation = insert && !events.isEmpty() && events.last().isCreation()
            && events.last().entry.recordUuid == e.recordUuid && events.last().entry.changedAt == e.changedAt;
        if (!sameCreation)
            events.append(HistoryEvent{e, {}});
        // Newest first means a creation's fields arrive last field first; list them in form order.
        if (insert && !e.newText.isEmpty())
            events.last().createdWith.prepend(tr("%1: %2").arg(e.fieldLabel, e.newText));
    }
    return events;
}
