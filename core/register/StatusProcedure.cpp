// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/StatusProcedure.h"

#include "accounts/AccessPolicy.h"
#include "db/LinkStore.h"
#include "db/RecordStore.h"
#include "db/RecordWriter.h"
#include "db/SqlExec.h"
#include "register/AuditLog.h"

#include "county/CodeLists.h"
#include "county/CountySettings.h"
#include "db/CountyDatabase.h"
#include "db/RecordStamp.h"
#include "db/SqliteReader.h"
#include "register/ExitAssessment.h"
#include "register/Household.h"
#include "register/HouseholdChecks.h"
#include "register/HouseholdKinds.h"
#include "register/HouseholdRepository.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString KindIdentify = QStringLiteral("identify");
const QString KindProposal = QStringLiteral("exit_proposal");
const QString KindNotice = QStringLiteral("exit_notice");
const QString KindExit = QStringLiteral("exit");
const QString KindRelapse = QStringLiteral("relapse");
const QString KindMonitor = QStringLiteral("monitor");
const QString KindRiskProposal = QStringLiteral("risk_proposal");
const QString KindEliminated = QStringLiteral("risk_eliminated");
const QString KindAttribute = QStringLiteral("attribute");

const QString NotOut = QStringLiteral("0"); // 未脱贫
const QString OutEnjoying = QStringLiteral("1"); // 已脱贫（享受政策）
const QString Relapsed = QStringLiteral("3"); // 返贫
const QString OutNotEnjoying = QStringLiteral("4"); // 已脱贫（不再享受政策）
const QString NotRegistered = QStringLiteral("9"); // 一般农户（未建档立卡）, monitored without being poor
const QString NotRegisteredAttribute = QStringLiteral("00"); // 一般农户（非建档立卡）

constexpr int MaxRisks = 5;

// 贫困户 attribute → its 脱贫户 variant (household_attribute.csv). The pairs are fixed by the
// national forms; codes outside them (a county's own) are left alone.
const QList<std::pair<QString, QString>> &attributePairs()
{
    static const QList<std::pair<QString, QString>> pairs{
        {QStringLiteral("01"), QStringLiteral("05")}, // 一般
        {QStringLiteral("04"), QStringLiteral("02")}, // 低保
        {QStringLiteral("06"), QStringLiteral("03")}, // 特困供养
    };
    return pairs;
}

QString exitedAttribute(const QString &code)
{
    for (const auto &[poor, exited] : attributePairs()) {
        if (code == poor)
            return exited;
    }
    return code;
}

QString poorAttribute(const QString &code)
{
    for (const auto &[poor, exited] : attributePairs()) {
        if (code == exited)
            return poor;
    }
    return code;
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The household and its recorded steps, with where the exit and monitoring cycles stand.
struct State
{
    Household household;
    bool deleted = false;
    QList<StatusEvent> events;

    // Copies, not pointers into `events`, so that a State can be moved freely.
    std::optional<StatusEvent> identified;
    std::optional<StatusEvent> lastExitOrRelapse; // a proposal before it is closed
    std::optional<StatusEvent> openProposal;
    std::optional<StatusEvent> openNotice; // of the open proposal
    std::optional<StatusEvent> lastExit;
    std::optional<StatusEvent> monitorStart; // of the current monitoring, if any
    std::optional<StatusEvent> lastElimination;
    std::optional<StatusEvent> openRiskProposal; // of the current monitoring, if any

    void derive()
    {
        for (const StatusEvent &e : std::as_const(events)) {
            if (e.kind == KindIdentify) {
                identified = e;
            } else if (e.kind == KindProposal) {
                openProposal = e;
                openNotice.reset();
            } else if (e.kind == KindNotice) {
                if (openProposal)
                    openNotice = e;
            } else if (e.kind == KindExit || e.kind == KindRelapse) {
                lastExitOrRelapse = e;
                if (e.kind == KindExit)
                    lastExit = e;
                openProposal.reset();
                openNotice.reset();
            } else if (e.kind == KindMonitor) {
                monitorStart = e;
                openRiskProposal.reset();
            } else if (e.kind == KindRiskProposal) {
                openRiskProposal = e;
            } else if (e.kind == KindEliminated) {
                lastElimination = e;
                monitorStart.reset();
                openRiskProposal.reset();
            }
        }
    }
};

QDate noticeEnd(const StatusEvent &notice)
{
    return notice.noticeStart.addDays(notice.noticeDays);
}

} // namespace

StatusProcedure::StatusProcedure(CountyDatabase &db) : m_db(db)
{ }

QString StatusProcedure::stepName(StatusStep step)
{
    switch (step) {
    case StatusStep::Identify:
        return tr("Identify");
    case StatusStep::ProposeExit:
        return tr("Propose exit");
    case StatusStep::StartExitNotice:
        return tr("Start exit notice");
    case StatusStep::Exit:
        return tr("Exit");
    case StatusStep::Relapse:
        return tr("Relapse");
    case StatusStep::StartMonitoring:
        return tr("Start monitoring");
    case StatusStep::EliminateRisk:
        return tr("Eliminate risk");
    case StatusStep::ProposeRiskElimination:
        return tr("Propose risk elimination");
    case StatusStep::ChangeAttribute:
        return tr("Change attribute");
    }
    return {};
}

const QList<StatusStep> &StatusProcedure::allSteps()
{
    static const QList<StatusStep> steps{StatusStep::Identify, StatusStep::ProposeExit, StatusStep::StartExitNotice,
        StatusStep::Exit, StatusStep::Relapse, StatusStep::StartMonitoring, StatusStep::ProposeRiskElimination,
        StatusStep::EliminateRisk, StatusStep::ChangeAttribute};
    return steps;
}

QString StatusProcedure::kindOf(StatusStep step)
{
    switch (step) {
    case StatusStep::Identify:
        return KindIdentify;
    case StatusStep::ProposeExit:
        return KindProposal;
    case StatusStep::StartExitNotice:
        return KindNotice;
    case StatusStep::Exit:
        return KindExit;
    case StatusStep::Relapse:
        return KindRelapse;
    case StatusStep::StartMonitoring:
        return KindMonitor;
    case StatusStep::EliminateRisk:
        return KindEliminated;
    case StatusStep::ProposeRiskElimination:
        return KindRiskProposal;
    case StatusStep::ChangeAttribute:
        return KindAttribute;
    }
    return {};
}

std::optional<StatusStep> StatusProcedure::stepOfKind(const QString &kind)
{
    for (StatusStep step : allSteps()) {
        if (kindOf(step) == kind)
            return step;
    }
    return std::nullopt;
}

QStringList StatusProcedure::problemsOfNew(const Household &h)
{
    QStringList problems;
    const auto field = [](const char *column) {
        for (const RecordFields::Field<Household> &f : RecordFields::fieldsOf<Household>()) {
            if (qstrcmp(f.column, column) == 0)
                return RecordFields::tr(f.label);
        }
        return QString::fromLatin1(column);
    };
    if (h.statusCode != NotOut && h.statusCode != NotRegistered)
        problems << tr("%1: a new household starts as not yet out of poverty (code %2), or as a household never "
                       "registered as poor (code %3); status %4 is given only by a status step, which keeps its "
                       "history.")
                        .arg(field("status_code"), NotOut, NotRegistered, HouseholdChecks::shown(h.statusCode, 10));
    if (h.identificationYear)
        problems << tr("%1: a new household is not identified yet; the year is set by the step \"%2\".")
                        .arg(field("identification_year"), stepName(StatusStep::Identify));
    if (h.exitYear)
        problems << tr("%1: a new household has not exited; the exit year is set by the step \"%2\".")
                        .arg(field("exit_year"), stepName(StatusStep::Exit));
    if (!h.monitoringCategory.isEmpty())
        problems << tr("%1: a new household is not monitored yet; the category is set by the step \"%2\".")
                        .arg(field("monitoring_category"), stepName(StatusStep::StartMonitoring));
    if (poorAttribute(h.attributeCode) != h.attributeCode)
        problems << tr("%1: %2 is the attribute of a household out of poverty, which a household becomes only "
                       "through the step \"%3\"; a new household has the attribute of a poor household (%4).")
                        .arg(field("attribute_code"), h.attributeCode, stepName(StatusStep::Exit),
                            poorAttribute(h.attributeCode));
    return problems;
}

QStringList StatusProcedure::keepStepFields(Household &h, const Household *stored)
{
    Household start;
    if (stored) {
        start = *stored;
    } else {
        start.statusCode = h.statusCode == NotRegistered ? NotRegistered : NotOut;
        start.attributeCode = poorAttribute(h.attributeCode);
    }
    QStringList notes;
    const auto note = [&](const char *column, const QString &was, const QString &kept) {
        if (was.isEmpty())
            return; // nothing the user typed is lost
        QString label = QString::fromLatin1(column);
        for (const RecordFields::Field<Household> &f : RecordFields::fieldsOf<Household>()) {
            if (qstrcmp(f.column, column) == 0)
                label = RecordFields::tr(f.label);
        }
        notes << (kept.isEmpty()
                ? tr("%1: %2 was not kept, as only a status step sets it.").arg(label, HouseholdChecks::shown(was, 20))
                : tr("%1: %2 was not kept, as only a status step sets it; it is %3.")
                      .arg(label, HouseholdChecks::shown(was, 20), kept));
    };
    const auto year = [](const std::optional<int> &y) { return y ? QString::number(*y) : QString(); };
    if (h.statusCode != start.statusCode)
        note("status_code", h.statusCode, start.statusCode);
    if (h.identificationYear != start.identificationYear)
        note("identification_year", year(h.identificationYear), year(start.identificationYear));
    if (h.exitYear != start.exitYear)
        note("exit_year", year(h.exitYear), year(start.exitYear));
    if (h.attributeCode != start.attributeCode)
        note("attribute_code", h.attributeCode, start.attributeCode);
    if (h.monitoringCategory != start.monitoringCategory)
        note("monitoring_category", h.monitoringCategory, start.monitoringCategory);
    h.statusCode = start.statusCode;
    h.identificationYear = start.identificationYear;
    h.exitYear = start.exitYear;
    h.attributeCode = start.attributeCode;
    h.monitoringCategory = start.monitoringCategory;
    return notes;
}

int StatusProcedure::defaultNoticeDays() const
{
    return CountySettings(m_db).number(CountySettings::ExitNoticeDays, 7, 1, 90);
}

QList<StatusEvent> StatusProcedure::history(qint64 householdId) const
{
    QList<StatusEvent> events;
    if (!AccessPolicy::checkReadHousehold(m_db, householdId))
        return events;
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT id, kind, event_date, (SELECT text FROM phrase WHERE id = reason), notice_start, "
                       "notice_days, monitoring_category, "
                       "recorded_by, attribute_code FROM status_event WHERE household_id = ? ORDER BY event_date, id"));
    q.addBindValue(householdId);
    if (!q.exec())
        return events;
    while (q.next()) {
        StatusEvent e;
        e.id = q.value(0).toLongLong();
        e.kind = q.value(1).toString();
        e.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        e.reason = q.value(3).toString();
        e.noticeStart = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        e.noticeDays = q.value(5).toInt();
        e.monitoringCategory = q.value(6).toString();
        e.recordedBy = q.value(7).toString();
        e.attributeCode = q.value(8).toString();
        events.append(e);
    }
    return events;
}

QStringList StatusProcedure::riskCodes(qint64 householdId) const
{
    QStringList codes;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT risk_code FROM household_risk WHERE household_id = ? ORDER BY risk_code"));
    q.addBindValue(householdId);
    if (q.exec()) {
        while (q.next())
            codes << q.value(0).toString();
    }
    return codes;
}

namespace {

std::optional<qint64> villageOf(sqlite3 *handle, qint64 householdId)
{
    SqliteReader s(handle, QStringLiteral("SELECT village_id FROM household WHERE id = ?"));
    s.bind(1, householdId);
    return s.step() ? std::optional<qint64>(s.integer(0)) : std::nullopt;
}

Result<State> loadState(CountyDatabase &db, const StatusProcedure &procedure, qint64 householdId)
{
    HouseholdRepository repository(db);
    Result<Household> household = repository.load(householdId);
    if (!household)
        return Result<State>::failure(household.error());
    State state;
    state.household = std::move(household).value();
    state.deleted = repository.isDeleted(householdId);
    state.events = procedure.history(householdId);
    state.derive();
    return state;
}

// A step must not be dated before the step of the procedure it follows.
Status notBefore(StatusStep step, const QDate &date, const std::optional<StatusEvent> &previous)
{
    if (!previous || date >= previous->date)
        return {};
    const std::optional<StatusStep> previousStep = StatusProcedure::stepOfKind(previous->kind);
    return Status::failure(
        StatusProcedure::tr("\"%1\" cannot be dated %2: it follows \"%3\", recorded on %4.")
            .arg(StatusProcedure::stepName(step), isoDate(date),
                previousStep ? StatusProcedure::stepName(*previousStep) : previous->kind, isoDate(previous->date)));
}

// Whether the household's recorded state allows the step on `date`: everything but the input the
// user still has to give (reason, category, risks). `noticeStart` is the StartExitNotice's start day.
Status checkState(CountyDatabase &db, const State &state, StatusStep step, const QDate &date, const QDate &noticeStart)
{
    const Household &h = state.household;
    const QString status = h.statusCode;
    const auto statusName = [&] {
        const QString name = CodeLists(db).name(CodeList::Status, status);
        return name.isEmpty() ? status : name;
    };

    if (state.deleted)
        return Status::failure(StatusProcedure::tr("Household %1 has been deleted. Restore it before recording \"%2\".")
                                   .arg(h.code, StatusProcedure::stepName(step)));

    switch (step) {
    case StatusStep::Identify:
        if (state.identified)
            return Status::failure(StatusProcedure::tr("Household %1 was already identified on %2.")
                                       .arg(h.code, isoDate(state.identified->date)));
        if (status != NotOut)
            return Status::failure(
                StatusProcedure::tr("Household %1 is %2; only a household not yet out of poverty can be identified.")
                    .arg(h.code, statusName()));
        return {};

    case StatusStep::ProposeExit:
        if (status != NotOut && status != Relapsed)
            return Status::failure(
                StatusProcedure::tr("An exit can be proposed only for a household not yet out of poverty or "
                                    "returned to poverty; household %1 is %2.")
                    .arg(h.code, statusName()));
        if (state.openProposal)
            return Status::failure(StatusProcedure::tr("The exit of household %1 was already proposed on %2.")
                                       .arg(h.code, isoDate(state.openProposal->date)));
        return notBefore(step, date, state.lastExitOrRelapse ? state.lastExitOrRelapse : state.identified);

    case StatusStep::StartExitNotice:
        if (!state.openProposal)
            return Status::failure(
                StatusProcedure::tr("Propose the exit of household %1 before starting its public notice.").arg(h.code));
        if (state.openNotice)
            return Status::failure(
                StatusProcedure::tr("The public notice of the exit of household %1 was already started on %2.")
                    .arg(h.code, isoDate(state.openNotice->noticeStart)));
        if (Status s = notBefore(step, date, state.openProposal); !s)
            return s;
        return notBefore(step, noticeStart, state.openProposal);

    case StatusStep::Exit: {
        if (!state.openProposal)
            return Status::failure(
                StatusProcedure::tr("The exit of household %1 has not been proposed. Propose it and post the "
                                    "public notice before recording the exit.")
                    .arg(h.code));
        if (!state.openNotice)
            return Status::failure(
                StatusProcedure::tr("The exit of household %1 has not been publicly noticed. Start the notice "
                                    "and record the exit after it has run.")
                    .arg(h.code));
        const QDate end = noticeEnd(*state.openNotice);
        if (date < end)
            return Status::failure(
                StatusProcedure::tr(
                    "The notice period must have passed before an exit is final: the notice of household %1 "
                    "started on %2 for %n day(s) and ends on %3, so the exit can be recorded from %4 on.",
                    nullptr, state.openNotice->noticeDays)
                    .arg(h.code, isoDate(state.openNotice->noticeStart), isoDate(end.addDays(-1)), isoDate(end)));
        return {};
    }

    case StatusStep::Relapse:
        if (status != OutEnjoying && status != OutNotEnjoying)
            return Status::failure(
                StatusProcedure::tr("Only a household out of poverty can return to poverty; household %1 is %2.")
                    .arg(h.code, statusName()));
        return notBefore(step, date, state.lastExit);

    case StatusStep::StartMonitoring:
        if (!h.monitoringCategory.isEmpty()) {
            const QString category = CodeLists(db).name(CodeList::Monitoring, h.monitoringCategory);
            return Status::failure(
                StatusProcedure::tr("Household %1 is already monitored (%2). Record the elimination of its "
                                    "risk before starting a new monitoring.")
                    .arg(h.code, category.isEmpty() ? h.monitoringCategory : category));
        }
        return notBefore(step, date, state.lastElimination);

    case StatusStep::EliminateRisk:
        if (h.monitoringCategory.isEmpty())
            return Status::failure(
                StatusProcedure::tr("Household %1 is not monitored, so there is no risk to eliminate.").arg(h.code));
        return notBefore(step, date, state.openRiskProposal ? state.openRiskProposal : state.monitorStart);

    case StatusStep::ProposeRiskElimination:
        if (h.monitoringCategory.isEmpty())
            return Status::failure(
                StatusProcedure::tr("Household %1 is not monitored, so there is no risk to eliminate.").arg(h.code));
        if (state.openRiskProposal)
            return Status::failure(
                StatusProcedure::tr("The elimination of the risk of household %1 was already proposed on %2.")
                    .arg(h.code, isoDate(state.openRiskProposal->date)));
        return notBefore(step, date, state.monitorStart);

    case StatusStep::ChangeAttribute:
        if (status == NotRegistered)
            return Status::failure(
                StatusProcedure::tr("Household %1 is %2: it was never registered as poor, so it has no poverty "
                                    "attribute to change.")
                    .arg(h.code, statusName()));
        return notBefore(step, date, state.lastExitOrRelapse ? state.lastExitOrRelapse : state.identified);
    }
    return {};
}

// Whether the household may take the attribute: one of a poor household while it is not out of
// poverty, one of a household out of poverty (脱贫户) after its exit (DOMAIN.md §2); the move between
// the two is the exit's or the relapse's, never an attribute change of its own.
Status checkAttribute(CountyDatabase &db, const State &state, const QString &code)
{
    const Household &h = state.household;
    const CodeLists codes(db);
    const auto named = [&](const QString &c) {
        const QString name = codes.name(CodeList::Attribute, c);
        return name.isEmpty() ? c : QStringLiteral("%1 (%2)").arg(name, c);
    };
    if (code == h.attributeCode)
        return Status::failure(
            StatusProcedure::tr("Household %1 already has the attribute %2.").arg(h.code, named(code)));
    const bool out = h.statusCode == OutEnjoying || h.statusCode == OutNotEnjoying;
    if (out && poorAttribute(code) == code && exitedAttribute(code) != code)
        return Status::failure(
            StatusProcedure::tr("Household %1 is out of poverty, so its attribute is one of a household out of "
                                "poverty; %2 is a poor household's, which it takes again only through the step "
                                "\"%3\".")
                .arg(h.code, named(code), StatusProcedure::stepName(StatusStep::Relapse)));
    if (!out && exitedAttribute(code) == code && poorAttribute(code) != code)
        return Status::failure(
            StatusProcedure::tr("Household %1 is not out of poverty, so its attribute is one of a poor household; "
                                "%2 is a household's out of poverty, which it takes only through the step \"%3\".")
                .arg(h.code, named(code), StatusProcedure::stepName(StatusStep::Exit)));
    return {};
}

// What the user has to give for a step.
Status checkInput(CountyDatabase &db, const StatusChange &change, const QDate &today)
{
    const QString name = StatusProcedure::stepName(change.step);
    if (!change.date.isValid())
        return Status::failure(StatusProcedure::tr("Enter the date of \"%1\".").arg(name));
    if (change.date > today)
        return Status::failure(
            StatusProcedure::tr("The date of \"%1\" (%2) is in the future.").arg(name, isoDate(change.date)));
    if (change.step != StatusStep::Identify && change.reason.trimmed().isEmpty())
        return Status::failure(StatusProcedure::tr("Give a reason for \"%1\".").arg(name));

    if (change.step == StatusStep::StartExitNotice) {
        if (change.noticeStart.isValid() && change.noticeStart > today)
            return Status::failure(StatusProcedure::tr("The public notice cannot start in the future (%1).")
                                       .arg(isoDate(change.noticeStart)));
        if (change.noticeDays < 0)
            return Status::failure(StatusProcedure::tr("The notice period must be at least one day."));
    }

    if (change.step == StatusStep::ChangeAttribute) {
        if (change.attributeCode.isEmpty())
            return Status::failure(StatusProcedure::tr("Choose the new attribute."));
        if (change.attributeCode == NotRegisteredAttribute
            || !CodeLists(db).contains(CodeList::Attribute, change.attributeCode))
            return Status::failure(StatusProcedure::tr("%1 is not an attribute of a registered poor household.")
                                       .arg(HouseholdChecks::shown(change.attributeCode, 10)));
    }

    if (change.step == StatusStep::StartMonitoring) {
        const CodeLists codes(db);
        if (change.monitoringCategory.isEmpty())
            return Status::failure(StatusProcedure::tr("Choose the monitoring category."));
        if (!codes.contains(CodeList::Monitoring, change.monitoringCategory))
            return Status::failure(
                StatusProcedure::tr("%1 is not a monitoring category.").arg(change.monitoringCategory));
        if (change.riskCodes.isEmpty())
            return Status::failure(StatusProcedure::tr("Choose at least one risk type."));
        if (change.riskCodes.size() > MaxRisks)
            return Status::failure(StatusProcedure::tr("Choose at most %1 risk types; %2 were given.")
                                       .arg(MaxRisks)
                                       .arg(change.riskCodes.size()));
        QSet<QString> seen;
        for (const QString &code : change.riskCodes) {
            if (!codes.contains(CodeList::Risk, code))
                return Status::failure(StatusProcedure::tr("%1 is not a risk type.").arg(code));
            if (seen.contains(code))
                return Status::failure(
                    StatusProcedure::tr("The risk type %1 is given twice.").arg(codes.name(CodeList::Risk, code)));
            seen.insert(code);
        }
    }
    return {};
}

} // namespace

QList<StatusStep> StatusProcedure::allowedSteps(qint64 householdId, const QDate &today) const
{
    QList<StatusStep> steps;
    const Result<State> state = loadState(m_db, *this, householdId);
    if (!state)
        return steps;
    for (StatusStep step : allSteps()) {
        if (checkState(m_db, state.value(), step, today, today)
            && AccessPolicy::check(m_db, actionFor(step), state->household.villageId))
            steps.append(step);
    }
    return steps;
}

QStringList StatusProcedure::allowedAttributes(qint64 householdId) const
{
    QStringList codes;
    const Result<State> state = loadState(m_db, *this, householdId);
    if (!state || !checkState(m_db, state.value(), StatusStep::ChangeAttribute, QDate::currentDate(), {}))
        return codes;
    for (const CodeLists::Item &item : CodeLists(m_db).items(CodeList::Attribute)) {
        if (item.code != NotRegisteredAttribute && checkAttribute(m_db, state.value(), item.code))
            codes << item.code;
    }
    return codes;
}

AccessPolicy::Action StatusProcedure::actionFor(StatusStep step)
{
    // Villages and townships propose, townships announce, the county decides (DOMAIN.md §3).
    switch (step) {
    case StatusStep::ProposeExit:
    case StatusStep::ProposeRiskElimination:
        return AccessPolicy::Action::ProposeStatus;
    case StatusStep::StartExitNotice:
        return AccessPolicy::Action::AnnounceStatus;
    default:
        return AccessPolicy::Action::ApproveStatus;
    }
}

Status StatusProcedure::apply(qint64 householdId, const StatusChange &change)
{
    const QDate today = QDate::currentDate();
    if (Status s = checkInput(m_db, change, today); !s)
        return s;

    // The state is read inside the transaction so that what was checked is what gets changed.
    Transaction transaction(m_db.sql());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    // A household outside the account's divisions is refused as a change, before it is read.
    if (const std::optional<qint64> village = villageOf(m_db.handle(), householdId); village) {
        if (Status s = AccessPolicy::check(m_db, actionFor(change.step), *village); !s)
            return s;
    }
    const Result<State> loaded = loadState(m_db, *this, householdId);
    if (!loaded)
        return Status::failure(loaded.error());
    const State &state = loaded.value();
    if (Status s = AccessPolicy::check(m_db, actionFor(change.step), state.household.villageId); !s)
        return s;
    const QDate noticeStart = change.noticeStart.isValid() ? change.noticeStart : change.date;
    if (Status s = checkState(m_db, state, change.step, change.date, noticeStart); !s)
        return s;
    if (change.step == StatusStep::ChangeAttribute) {
        if (Status s = checkAttribute(m_db, state, change.attributeCode); !s)
            return s;
    }

    // Exit and risk elimination need the conditions of DOMAIN.md §3, each unmet one named.
    // A proposal of risk elimination needs them too: a household that does not meet them is not proposed.
    if (change.step == StatusStep::Exit || change.step == StatusStep::EliminateRisk
        || change.step == StatusStep::ProposeRiskElimination) {
        const ExitAssessment assessment(m_db);
        const ExitAssessment::Result result = change.step == StatusStep::Exit
            ? assessment.forExit(state.household, change.date)
            : assessment.forRiskElimination(
                state.household, change.date, state.monitorStart ? state.monitorStart->date : QDate());
        if (!result.met())
            return Status::failure(tr("\"%1\" cannot be recorded for household %2 yet: %3")
                                       .arg(stepName(change.step), state.household.code, result.unmet().join(u' ')));
    }

    Household next = state.household;
    QVariant eventNoticeStart;
    QVariant eventNoticeDays;
    QString eventCategory;
    QStringList risks = riskCodes(householdId);
    switch (change.step) {
    case StatusStep::Identify:
        next.statusCode = NotOut;
        next.identificationYear = change.date.year();
        break;
    case StatusStep::ProposeExit:
        break;
    case StatusStep::StartExitNotice:
        eventNoticeStart = isoDate(noticeStart);
        eventNoticeDays = change.noticeDays > 0 ? change.noticeDays : defaultNoticeDays();
        break;
    case StatusStep::Exit:
        next.statusCode = OutEnjoying;
        next.exitYear = change.date.year();
        next.attributeCode = exitedAttribute(next.attributeCode);
        break;
    case StatusStep::Relapse:
        next.statusCode = Relapsed;
        next.attributeCode = poorAttribute(next.attributeCode);
        break;
    case StatusStep::StartMonitoring:
        next.monitoringCategory = change.monitoringCategory;
        eventCategory = change.monitoringCategory;
        risks = change.riskCodes;
        std::sort(risks.begin(), risks.end());
        break;
    case StatusStep::ProposeRiskElimination:
        eventCategory = next.monitoringCategory; // which monitoring it would end
        break;
    case StatusStep::EliminateRisk:
        eventCategory = next.monitoringCategory; // which monitoring ended
        next.monitoringCategory.clear();
        risks.clear();
        break;
    case StatusStep::ChangeAttribute:
        next.attributeCode = change.attributeCode;
        break;
    }

    RecordWriter w(m_db.sql(), m_db.currentUser());
    w.setHousehold(householdId);
    StatusEventRow event;
    event.householdId = householdId;
    event.kind = kindOf(change.step);
    event.eventDate = change.date;
    event.reason = change.reason.trimmed();
    event.noticeStart = eventNoticeStart.isValid() ? noticeStart : QDate();
    event.noticeDays = eventNoticeDays.isValid() ? std::optional<int>(eventNoticeDays.toInt()) : std::nullopt;
    event.monitoringCategory = eventCategory;
    event.recordedBy = m_db.currentUser();
    if (change.step == StatusStep::ChangeAttribute)
        event.attributeCode = change.attributeCode;
    // The step itself is in the audit trail too, so that a proposal or notice, which changes no
    // field of the household, still shows there.
    if (Status s = RecordStore::insertRow(w, event); !s)
        return s;

    if (next != state.household) {
        HouseholdRepository repository(m_db);
        if (const Result<qint64> saved = repository.save(next, StatusProcedureKey()); !saved)
            return Status::failure(saved.error());
    }

    if (Status s = LinkStore::set(m_db, w, householdRisks(), householdId, state.household.meta.uuid,
            QVariantList(risks.cbegin(), risks.cend()), householdId);
        !s)
        return s;
    return transaction.commit();
}
