// SPDX-License-Identifier: GPL-3.0-or-later
#include "notices/PublicNotices.h"

#include "accounts/AccessPolicy.h"
#include "common/Masking.h"
#include "common/Money.h"
#include "county/CodeLists.h"
#include "county/CountySettings.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"
#include "funds/BenefitBook.h"
#include "funds/FundLedger.h"
#include "projects/ProjectLibrary.h"

#include <QHash>
#include <QSet>

#include <algorithm>

// The division a notice is for, with the names it is posted under.
struct PublicNotices::Place
{
    Division division;
    QString fullName; // 从江县丙妹镇大塘村
    QString countyName;
    QString townshipName;
    QString villageName;
};

namespace {

const char *settingKey(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Funds:
        return CountySettings::NoticeDaysFunds;
    case NoticeKind::Projects:
        return CountySettings::NoticeDaysProjects;
    case NoticeKind::Benefits:
        break;
    }
    return CountySettings::NoticeDaysBenefits;
}

QString yuan(qint64 fen)
{
    return Money::fromFen(fen).toString();
}

// What a notice shows of a household: its group, its head and masked numbers, its size.
struct HouseholdLine
{
    int order = 0; // by household code
    QString group;
    QString head;
    QString idNumber; // masked
    QString bankAccount; // masked
    int size = 0;
};

Result<QHash<qint64, HouseholdLine>> householdsIn(sqlite3 *db, const Division &division)
{
    using R = Result<QHash<qint64, HouseholdLine>>;
    SqliteReader s(db,
        QStringLiteral("SELECT h.id, COALESCE(g.name, ''), COALESCE(head.name, ''), COALESCE(head.id_number, ''), "
                       "h.bank_account, (SELECT count(*) FROM member m WHERE m.household_id = h.id) "
                       "FROM household h LEFT JOIN division g ON g.id = h.group_id "
                       "LEFT JOIN member head ON head.id = (SELECT id FROM member WHERE household_id = h.id AND "
                       "relation_code = '01' ORDER BY position LIMIT 1) "
                       "WHERE h.deleted_at IS NULL AND (?2 = 1 OR h.township_id = ?1 OR h.village_id = ?1 OR "
                       "h.group_id = ?1) ORDER BY h.code"));
    s.bind(1, division.id);
    s.bind(2, qint64(division.level));
    QHash<qint64, HouseholdLine> lines;
    while (s.step()) {
        HouseholdLine l;
        l.order = int(lines.size());
        l.group = s.text(1);
        l.head = s.text(2);
        l.idNumber = Masking::mask(s.text(3));
        l.bankAccount = Masking::mask(s.text(4));
        l.size = int(s.integer(5));
        lines.insert(s.integer(0), l);
    }
    if (!s.error().isEmpty())
        return R::failure(
            PublicNotices::tr("The households of %1 could not be read: %2").arg(division.name, s.error()));
    return lines;
}

// A ledger list as the notice shows it: neither a reversed entry nor its reversal, both as of the
// date the list was read for, so that the rows add up to the net amount.
QList<LedgerEntry> standing(const QList<LedgerEntry> &entries)
{
    QSet<qint64> reversed;
    for (const LedgerEntry &e : entries) {
        if (e.reversesId)
            reversed.insert(e.reversesId);
    }
    QList<LedgerEntry> kept;
    for (const LedgerEntry &e : entries) {
        if (!e.reversesId && !reversed.contains(e.id))
            kept.append(e);
    }
    return kept;
}

QStringList totalRow(int columns, qint64 fen)
{
    QStringList row(columns);
    row[0] = PublicNotices::tr("Total");
    row[columns - 1] = yuan(fen);
    return row;
}

} // namespace

PublicNotices::PublicNotices(CountyDatabase &db) : m_db(db)
{ }

QString PublicNotices::word(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Funds:
        return QStringLiteral("funds");
    case NoticeKind::Projects:
        return QStringLiteral("projects");
    case NoticeKind::Benefits:
        break;
    }
    return QStringLiteral("benefits");
}

std::optional<NoticeKind> PublicNotices::fromWord(const QString &word)
{
    for (NoticeKind k : kinds()) {
        if (PublicNotices::word(k) == word.trimmed().toLower())
            return k;
    }
    return std::nullopt;
}

QString PublicNotices::name(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Funds:
        return tr("Fund allocations");
    case NoticeKind::Projects:
        return tr("Project list");
    case NoticeKind::Benefits:
        break;
    }
    return tr("Household benefits");
}

int PublicNotices::minimumDays(NoticeKind kind)
{
    return kind == NoticeKind::Benefits ? 5 : 10;
}

int PublicNotices::defaultDays(NoticeKind kind)
{
    return kind == NoticeKind::Benefits ? 7 : 10;
}

int PublicNotices::periodDays(NoticeKind kind) const
{
    return CountySettings(m_db).number(settingKey(kind), defaultDays(kind), minimumDays(kind), MaximumDays);
}

Status PublicNotices::checkPeriod(NoticeKind kind, int days)
{
    if (days < minimumDays(kind))
        return Status::failure(tr("A public notice of %1 stays posted for at least %2 days; %3 days is too short.")
                                   .arg(name(kind).toLower())
                                   .arg(minimumDays(kind))
                                   .arg(days));
    if (days > MaximumDays)
        return Status::failure(tr("A public notice of %1 is posted for at most %2 days; %3 days is too long.")
                                   .arg(name(kind).toLower())
                                   .arg(MaximumDays)
                                   .arg(days));
    return {};
}

Status PublicNotices::setPeriodDays(NoticeKind kind, int days)
{
    if (Status s = checkPeriod(kind, days); !s)
        return s;
    return CountySettings(m_db).setValue(settingKey(kind), QString::number(days));
}

QString PublicNotices::dateText(const QDate &date)
{
    return tr("%1-%2-%3", "a date on a notice: year, month, day")
        .arg(date.year())
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day(), 2, 10, QLatin1Char('0'));
}

Result<PublicNotices::Place> PublicNotices::place(const QString &divisionCode) const
{
    using R = Result<Place>;
    const QString code = divisionCode.trimmed();
    const Result<QList<Division>> all = Divisions::load(m_db, Divisions::Counts::Without);
    if (!all)
        return R::failure(all.error());
    QHash<qint64, Division> byId;
    const Division *found = nullptr;
    for (const Division &d : all.value()) {
        byId.insert(d.id, d);
        if (d.code == code)
            found = &d;
    }
    if (!found)
        return R::failure(
            tr("There is no division with the code \"%1\" in %2; see `fupin-cli divisions`.").arg(code, m_db.path()));
    Place p;
    p.division = *found;
    QStringList names;
    for (Division d = *found;; d = byId.value(d.parentId)) {
        names.prepend(d.name);
        if (d.level == Division::County)
            p.countyName = d.name;
        else if (d.level == Division::Township)
            p.townshipName = d.name;
        else if (d.level == Division::Village)
            p.villageName = d.name;
        if (!d.parentId || !byId.contains(d.parentId))
            break;
    }
    p.fullName = names.join(QString());
    return p;
}

Result<Notice> PublicNotices::start(
    NoticeKind kind, const Place &place, int year, const QDate &postedOn, int periodDays) const
{
    using R = Result<Notice>;
    if (year && (year < 2000 || year > 2100))
        return R::failure(tr("%1 is not a year of a notice; give a year between 2000 and 2100.").arg(year));
    const int days = periodDays ? periodDays : this->periodDays(kind);
    if (Status s = checkPeriod(kind, days); !s)
        return R::failure(s.error());
    Notice n;
    n.kind = kind;
    n.divisionCode = place.division.code;
    n.divisionName = place.fullName;
    n.year = year;
    n.postedOn = postedOn.isValid() ? postedOn : QDate::currentDate();
    n.periodDays = days;
    n.endsOn = n.postedOn.addDays(days - 1);
    switch (place.division.level) {
    case Division::County:
        n.issuer = tr("%1 Poverty Alleviation and Development Leading Group Office").arg(place.countyName);
        break;
    case Division::Township:
        n.issuer = tr("%1 People's Government").arg(place.townshipName);
        break;
    default:
        n.issuer = tr("%1 Villagers' Committee").arg(place.villageName);
        break;
    }
    const QString phone = CountySettings(m_db).value(CountySettings::SupervisionPhone).trimmed();
    if (!phone.isEmpty())
        n.footer << tr("Supervision phone: %1").arg(phone);
    n.footer << tr("National poverty-alleviation supervision hotline: 12317");
    return n;
}

Result<Notice> PublicNotices::build(
    NoticeKind kind, const QString &divisionCode, int year, const QDate &postedOn, int periodDays) const
{
    using R = Result<Notice>;
    const Result<Place> p = place(divisionCode);
    if (!p)
        return R::failure(p.error());
    // A notice reads the division's households: the same read scope as any other read.
    if (Status s = AccessPolicy::checkRead(m_db, p->division.id); !s)
        return R::failure(tr("No notice can be made for %1: %2").arg(p->fullName, s.error()));
    if (kind == NoticeKind::Benefits && !year)
        year = (postedOn.isValid() ? postedOn : QDate::currentDate()).year();
    Result<Notice> n = start(kind, p.value(), year, postedOn, periodDays);
    if (!n)
        return n;
    const QString yearText = year ? tr("%1 ", "the year in a notice's title").arg(year) : QString();
    Status filled;
    QString subject;
    switch (kind) {
    case NoticeKind::Funds:
        n->title = tr("%1 %2poverty-alleviation fund allocations: public notice").arg(p->fullName, yearText);
        subject = tr("the poverty-alleviation fund allocations");
        filled = fillFunds(n.value(), p.value());
        break;
    case NoticeKind::Projects:
        n->title = tr("%1 %2poverty-alleviation projects: public notice").arg(p->fullName, yearText);
        subject = tr("the poverty-alleviation projects");
        filled = fillProjects(n.value(), p.value());
        break;
    case NoticeKind::Benefits:
        n->title = tr("%1 %2household benefits: public notice").arg(p->fullName, yearText);
        subject = tr("the policy benefits received by households");
        filled = fillBenefits(n.value(), p.value());
        break;
    }
    if (!filled)
        return R::failure(filled.error());
    n->paragraphs.prepend(tr("In the spirit of openness and transparency, %1 of %2%3 are posted for public notice "
                             "from %4 to %5 (%6 days). Anyone who objects may report it to %7 or to the "
                             "supervision phones below during the notice period.")
                              .arg(subject, p->fullName, yearText.trimmed(), dateText(n->postedOn), dateText(n->endsOn),
                                  QString::number(n->periodDays), n->issuer));
    return n;
}

Result<Notice> PublicNotices::funds(const QString &divisionCode, int year, const QDate &postedOn, int periodDays) const
{
    return build(NoticeKind::Funds, divisionCode, year, postedOn, periodDays);
}

Result<Notice> PublicNotices::projects(
    const QString &divisionCode, int year, const QDate &postedOn, int periodDays) const
{
    return build(NoticeKind::Projects, divisionCode, year, postedOn, periodDays);
}

Result<Notice> PublicNotices::benefits(
    const QString &divisionCode, int year, const QDate &postedOn, int periodDays) const
{
    return build(NoticeKind::Benefits, divisionCode, year, postedOn, periodDays);
}

Status PublicNotices::fillFunds(Notice &notice, const Place &place) const
{
    FundLedger ledger(m_db);
    ProjectFilter filter;
    filter.divisionId = place.division.id;
    const Result<QList<ProjectRow>> projects = ProjectLibrary(m_db).list(filter);
    if (!projects)
        return Status::failure(projects.error());
    QHash<qint64, ProjectRow> projectById;
    for (const ProjectRow &r : projects.value())
        projectById.insert(r.id, r);
    const Result<QList<FundTotals>> sources = ledger.totals(FundLedger::Grouping::Source, notice.postedOn);
    if (!sources)
        return Status::failure(sources.error());
    QHash<qint64, QString> sourceName;
    for (const FundTotals &t : sources.value())
        sourceName.insert(t.key.toLongLong(), t.label);
    auto inYear = [&](const LedgerEntry &e) { return !notice.year || e.date.year() == notice.year; };

    // Fund allocations to the projects built in the division (资金分配). The date columns hold a whole
    // "2026年12月09日" on one line.
    const Result<QList<LedgerEntry>> allocations = ledger.entries(LedgerKind::Allocation, 0, 0, 0, notice.postedOn);
    if (!allocations)
        return Status::failure(allocations.error());
    QHash<qint64, Project> loaded;
    NoticeTable a;
    a.caption = tr("Fund allocations to projects");
    a.columns = {{tr("No."), 5}, {tr("Fund source"), 15}, {tr("Project"), 17}, {tr("Location"), 9}, {tr("Content"), 19},
        {tr("Responsible unit"), 11}, {tr("Allocated on"), 13}, {tr("Amount (yuan)"), 11, true}};
    for (const LedgerEntry &e : standing(allocations.value())) {
        if (!projectById.contains(e.projectId) || !inYear(e))
            continue;
        if (!loaded.contains(e.projectId)) {
            const Result<Project> p = ProjectLibrary(m_db).load(e.projectId);
            if (!p)
                return Status::failure(p.error());
            loaded.insert(e.projectId, p.value());
        }
        const Project &p = loaded[e.projectId];
        const ProjectRow &row = projectById[e.projectId];
        a.rows.append({QString::number(a.rows.size() + 1), sourceName.value(e.sourceId, QString::number(e.sourceId)),
            p.name, row.divisionName, p.content, p.responsibleUnit, dateText(e.date), yuan(e.amountFen)});
        a.totalFen += e.amountFen;
    }
    a.totalRow = totalRow(int(a.columns.size()), a.totalFen);

    // Payments to the division's households (资金到户), with masked numbers.
    const Result<QHash<qint64, HouseholdLine>> households = householdsIn(m_db.handle(), place.division);
    if (!households)
        return Status::failure(households.error());
    const Result<QList<LedgerEntry>> payments = ledger.entries(LedgerKind::Disbursement, 0, 0, 0, notice.postedOn);
    if (!payments)
        return Status::failure(payments.error());
    QList<LedgerEntry> paid;
    for (const LedgerEntry &e : standing(payments.value())) {
        if (e.householdId && households->contains(e.householdId) && inYear(e))
            paid.append(e);
    }
    std::stable_sort(paid.begin(), paid.end(), [&](const LedgerEntry &x, const LedgerEntry &y) {
        return households->value(x.householdId).order < households->value(y.householdId).order;
    });
    QHash<qint64, QString> projectName;
    for (const ProjectRow &r : projects.value())
        projectName.insert(r.id, r.name);
    NoticeTable d;
    d.caption = tr("Payments to households");
    d.columns = {{tr("No."), 5}, {tr("Villager group"), 10}, {tr("Head of household"), 10}, {tr("Resident ID"), 18},
        {tr("Bank account"), 19}, {tr("Project"), 14}, {tr("Paid on"), 13}, {tr("Amount (yuan)"), 11, true}};
    for (const LedgerEntry &e : std::as_const(paid)) {
        const HouseholdLine h = households->value(e.householdId);
        QString project = projectName.value(e.projectId);
        if (project.isEmpty()) {
            // A county-wide project paying a household of the division.
            const Result<Project> p = ProjectLibrary(m_db).load(e.projectId);
            project = p ? p->name : QString::number(e.projectId);
        }
        d.rows.append({QString::number(d.rows.size() + 1), h.group, h.head, h.idNumber, h.bankAccount, project,
            dateText(e.date), yuan(e.amountFen)});
        d.totalFen += e.amountFen;
    }
    d.totalRow = totalRow(int(d.columns.size()), d.totalFen);

    if (!a.rows.isEmpty())
        notice.tables.append(a);
    if (!d.rows.isEmpty())
        notice.tables.append(d);
    if (notice.tables.isEmpty())
        notice.emptyText = tr("No funds were allocated to projects of %1 or paid to its households in this period.")
                               .arg(place.fullName);
    return {};
}

Status PublicNotices::fillProjects(Notice &notice, const Place &place) const
{
    ProjectFilter filter;
    filter.divisionId = place.division.id;
    filter.year = notice.year;
    const Result<QList<ProjectRow>> projects = ProjectLibrary(m_db).list(filter);
    if (!projects)
        return Status::failure(projects.error());
    const CodeLists codes(m_db);
    NoticeTable t;
    t.caption = tr("Projects");
    t.columns = {{tr("No."), 5}, {tr("Project"), 16}, {tr("Category"), 9}, {tr("Nature"), 8}, {tr("Location"), 10},
        {tr("Content"), 20}, {tr("Investment (yuan)"), 11, true}, {tr("Households"), 8, true},
        {tr("Responsible unit"), 13}};
    for (const ProjectRow &r : projects.value()) {
        if (r.status == ProjectStatus::Cancelled)
            continue;
        const Result<Project> p = ProjectLibrary(m_db).load(r.id);
        if (!p)
            return Status::failure(p.error());
        t.rows.append(
            {QString::number(t.rows.size() + 1), r.name, codes.name(CodeList::ProjectCategory, r.categoryCode),
                p->nature == QLatin1String("extension") ? tr("Extension") : tr("New"), r.divisionName, p->content,
                yuan(r.budgetFen), QString::number(r.beneficiaries), p->responsibleUnit});
        t.totalFen += r.budgetFen;
    }
    t.totalRow = QStringList(t.columns.size());
    t.totalRow[0] = tr("Total");
    t.totalRow[6] = yuan(t.totalFen);
    if (t.rows.isEmpty())
        notice.emptyText = tr("%1 has no projects to post for this period.").arg(place.fullName);
    else
        notice.tables.append(t);
    return {};
}

Status PublicNotices::fillBenefits(Notice &notice, const Place &place) const
{
    const Result<QHash<qint64, HouseholdLine>> households = householdsIn(m_db.handle(), place.division);
    if (!households)
        return Status::failure(households.error());
    Result<QList<HouseholdBenefit>> benefits = BenefitBook(m_db).forDivision(place.division.id, notice.year);
    if (!benefits)
        return Status::failure(benefits.error());
    QHash<QString, QString> typeName;
    for (const BenefitBook::Type &t : BenefitBook::types())
        typeName.insert(t.code, t.name);
    QList<HouseholdBenefit> rows;
    for (const HouseholdBenefit &b : benefits.value()) {
        if (households->contains(b.householdId))
            rows.append(b);
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const HouseholdBenefit &x, const HouseholdBenefit &y) {
        return households->value(x.householdId).order < households->value(y.householdId).order;
    });
    NoticeTable t;
    t.caption = tr("Benefits received by households");
    t.columns = {{tr("No."), 5}, {tr("Villager group"), 12}, {tr("Head of household"), 11}, {tr("Resident ID"), 20},
        {tr("Household size"), 8, true}, {tr("Policy"), 31}, {tr("Amount (yuan)"), 13, true}};
    for (const HouseholdBenefit &b : std::as_const(rows)) {
        const HouseholdLine h = households->value(b.householdId);
        t.rows.append({QString::number(t.rows.size() + 1), h.group, h.head, h.idNumber, QString::number(h.size),
            typeName.value(b.benefitCode, b.benefitCode), yuan(b.amountFen)});
        t.totalFen += b.amountFen;
    }
    t.totalRow = totalRow(int(t.columns.size()), t.totalFen);
    if (t.rows.isEmpty())
        notice.emptyText = tr("No household of %1 has benefits recorded for %2.").arg(place.fullName).arg(notice.year);
    else
        notice.tables.append(t);
    return {};
}
