// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "notices/Notice.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

class CountyDatabase;
struct Division;

// The content of the public notices (公示), one call per kind, for a division (county, township,
// village or group, by its code) and optionally one year; the GUI's print preview and
// `fupin-cli notice` both build them here. They only read.
//   funds     fund allocations to the projects built in the division (FundLedger), and the
//             payments to its households, with masked ID and bank numbers;
//   projects  the project list (ProjectLibrary), cancelled projects left out;
//   benefits  what each household received per policy (BenefitBook); without a year, the year
//             of the posting date.
// Amounts are the ledger's as of the posting date, reversed entries and their reversals left out.
// A township or village account makes notices only for its own divisions (AccessPolicy::checkRead).
// The notice period runs from the posting date for the county's days for the kind (at least 10 for
// funds and projects, 5 for benefits).
class PublicNotices
{
    Q_DECLARE_TR_FUNCTIONS(PublicNotices)

public:
    // DOMAIN.md §5 and §6: funds and projects are posted for at least 10 days; a household list
    // (the benefits notice) for 5 to 7, 7 unless the county sets another.
    static int minimumDays(NoticeKind kind);
    static int defaultDays(NoticeKind kind);
    static constexpr int MaximumDays = 365;

    explicit PublicNotices(CountyDatabase &db);

    // periodDays 0: the county's setting for the kind. An invalid postedOn means today.
    Result<Notice> build(NoticeKind kind, const QString &divisionCode, int year = 0, const QDate &postedOn = {},
        int periodDays = 0) const;
    Result<Notice> funds(
        const QString &divisionCode, int year = 0, const QDate &postedOn = {}, int periodDays = 0) const;
    Result<Notice> projects(
        const QString &divisionCode, int year = 0, const QDate &postedOn = {}, int periodDays = 0) const;
    Result<Notice> benefits(
        const QString &divisionCode, int year = 0, const QDate &postedOn = {}, int periodDays = 0) const;

    // The county's notice period for the kind (CountySettings), defaultDays() when unset or
    // under the kind's minimum.
    int periodDays(NoticeKind kind) const;
    // Stores the county's period for the kind; refused under minimumDays(), writing nothing.
    Status setPeriodDays(NoticeKind kind, int days);
    // Refusal in words for a period under minimumDays() or over MaximumDays.
    static Status checkPeriod(NoticeKind kind, int days);

    // "funds", "projects", "benefits", and back; the kind as a user reads it.
    static QString word(NoticeKind kind);
    static std::optional<NoticeKind> fromWord(const QString &word);
    static QString name(NoticeKind kind);
    // Every date of a notice, in its text, its tables and under it, written the one full way:
    // 2026年12月09日 (2026-12-09 in the English source).
    static QString dateText(const QDate &date);
    static QList<NoticeKind> kinds() { return {NoticeKind::Funds, NoticeKind::Projects, NoticeKind::Benefits}; }

private:
    struct Place;
    Result<Place> place(const QString &divisionCode) const;
    Result<Notice> start(NoticeKind kind, const Place &place, int year, const QDate &postedOn, int periodDays) const;
    Status fillFunds(Notice &notice, const Place &place) const;
    Status fillProjects(Notice &notice, const Place &place) const;
    Status fillBenefits(Notice &notice, const Place &place) const;

    CountyDatabase &m_db;
};
