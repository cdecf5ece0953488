// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class CountyDatabase;

// The county's own settings, kept in the file (county_info) so every PC that opens the county
// works by the same rules. One place reads and writes them; each setting has a name here.
class CountySettings
{
    Q_DECLARE_TR_FUNCTIONS(CountySettings)

public:
    explicit CountySettings(CountyDatabase &db) : m_db(db) { }

    // Days an exit is publicly announced before it can be approved (公示, default 7).
    static constexpr const char *ExitNoticeDays = "exit_notice_days";
    // Minutes without input before the window locks; 0 = never (the default).
    static constexpr const char *IdleLockMinutes = "idle_lock_minutes";
    // Days after which a paired household without a visit is listed (default 90).
    static constexpr const char *VisitOverdueDays = "visit_overdue_days";
    // Days a public notice (公示) of fund allocations, of the project list and of household benefits
    // stays posted (default 10, never fewer: PublicNotices refuses a shorter period).
    static constexpr const char *NoticeDaysFunds = "notice_days_funds";
    static constexpr const char *NoticeDaysProjects = "notice_days_projects";
    static constexpr const char *NoticeDaysBenefits = "notice_days_benefits";
    // The county's supervision phone printed on notices beside the national 12317 (监督电话).
    static constexpr const char *SupervisionPhone = "supervision_phone";
    // Automatic backups kept when the app closes (CountyBackup); 0 = none. Default 10.
    static constexpr const char *AutomaticBackups = "automatic_backups";
    // The household card's title (明白卡), printed with the year; "<county>精准扶贫明白卡" when unset.
    static constexpr const char *CardTitle = "card_title";
    // "1": ID numbers are printed whole on household cards (they hang in the household's home);
    // masked (Masking::mask) otherwise, the default.
    static constexpr const char *CardWholeIdNumbers = "card_whole_id_numbers";
    // The policy card's policy standards (政策标准), one a line; HouseholdCards' defaults when unset.
    static constexpr const char *CardPolicyStandards = "card_policy_standards";
    // The contact card's pledge (承诺); the usual words when unset.
    static constexpr const char *CardPledge = "card_pledge";
    // "1" in a county made by the demo generator: every window then says 演示数据.
    static constexpr const char *IsDemo = "is_demo";

    QString value(const char *key, const QString &fallback = {}) const;
    // The setting as a whole number within [min, max]; the fallback when unset or out of range.
    int number(const char *key, int fallback, int min, int max) const;
    bool isDemo() const { return value(IsDemo) == QLatin1String("1"); }

    // Writes one setting in its own transaction, recorded in the audit log.
    Status setValue(const char *key, const QString &value);

private:
    CountyDatabase &m_db;
};
