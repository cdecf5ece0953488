// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class CountyDatabase;

// The county's code lists (属性, 致贫原因, 与户主关系 ...). They are data, copied from
// resources/codes/*.csv into the county file on creation so that a county can relabel its copy.
class CodeLists
{
    Q_DECLARE_TR_FUNCTIONS(CodeLists)

public:
    struct Item
    {
        QString code;
        QString nameZh;
        QString nameEn;
        QString extra; // a list's own column: colour of a status, whether a house rating is dangerous
    };

    // Fills code_item, poverty_line, monitoring_threshold and cadre_rank from the embedded CSVs, for
    // a county being created (CountyDatabase::initialize): refused once the county has an account,
    // checked in the same transaction as the writes, so a county's own lists, poverty lines and caps
    // are never overwritten unchecked and unaudited.
    static Status loadDefaults(CountyDatabase &db);
    // Parses one CSV file of the code-list shape; a header row first.
    static Result<QList<QStringList>> readCsv(const QString &fileName);

    explicit CodeLists(const CountyDatabase &db);

    QList<Item> items(const QString &list) const;
    bool contains(const QString &list, const QString &code) const;
    // The name shown to the user: Chinese on a Chinese locale, English otherwise.
    QString name(const QString &list, const QString &code) const;

    static bool chineseNames();

private:
    QHash<QString, QList<Item>> m_lists;
};

// Names of the code lists, as in resources/codes.
namespace CodeList {
inline const QString Attribute = QStringLiteral("household_attribute");
inline const QString Status = QStringLiteral("household_status");
inline const QString Cause = QStringLiteral("poverty_cause");
inline const QString Standard = QStringLiteral("identification_standard");
inline const QString Monitoring = QStringLiteral("monitoring_category");
inline const QString Sex = QStringLiteral("sex");
inline const QString Relation = QStringLiteral("relation_to_head");
inline const QString Ethnicity = QStringLiteral("ethnicity");
inline const QString Political = QStringLiteral("political_status");
inline const QString Education = QStringLiteral("education");
inline const QString Schooling = QStringLiteral("schooling_status");
inline const QString Health = QStringLiteral("health");
inline const QString Labour = QStringLiteral("labour_skill");
inline const QString Work = QStringLiteral("work_status");
inline const QString Road = QStringLiteral("road_surface");
inline const QString Fuel = QStringLiteral("cooking_fuel");
inline const QString HouseRating = QStringLiteral("house_rating");
inline const QString AssistanceForm = QStringLiteral("assistance_form");
inline const QString UnitLevel = QStringLiteral("unit_level");
inline const QString Measure = QStringLiteral("measure_category");
inline const QString ProjectCategory = QStringLiteral("project_category");
inline const QString FundSource = QStringLiteral("fund_source_type");
inline const QString Risk = QStringLiteral("risk_type");
} // namespace CodeList
