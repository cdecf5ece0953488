// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/RecordCatalogue.h"

#include "forces/ForcesKinds.h"
#include "funds/FundsKinds.h"
#include "projects/ProjectKinds.h"
#include "register/HouseholdKinds.h"

#include <QHash>

namespace {

// Labels are kept untranslated and translated when asked for, so the catalogue follows the
// language in use.
struct Column
{
    const char *label = nullptr;
    RecordCatalogue::FieldInfo info;
};

struct Table
{
    const char *label = nullptr;
    QHash<QString, Column> columns;
};

template <typename T> RecordCatalogue::Type typeOf(const RecordFields::Field<T> &f)
{
    return std::visit(RecordFields::Overloaded{
                          [](QString T::*) { return RecordCatalogue::Type::Text; },
                          [](int T::*) { return RecordCatalogue::Type::Number; },
                          [&](qint64 T::*) {
                              const QString column = QLatin1String(f.column);
                              return column.endsWith(QLatin1String("_id")) ? RecordCatalogue::Type::Id
                                                                           : RecordCatalogue::Type::Number;
                          },
                          [](bool T::*) { return RecordCatalogue::Type::Flag; },
                          [](double T::*) { return RecordCatalogue::Type::Number; },
                          [](QDate T::*) { return RecordCatalogue::Type::Date; },
                          [](std::optional<int> T::*) { return RecordCatalogue::Type::Number; },
                          [](QStringList T::*) { return RecordCatalogue::Type::Text; },
                      },
        f.member);
}

template <typename T> void add(QHash<QString, Table> &tables)
{
    const RecordFields::RecordKind<T> &kind = RecordFields::recordKind<T>();
    Table &table = tables[QLatin1String(kind.table)];
    table.label = kind.label;
    for (const RecordFields::Field<T> &f : kind.fields) {
        table.columns.insert(QLatin1String(f.column),
            {f.label, {QString(), f.codeList ? QLatin1String(f.codeList) : QString(), f.isMoney(), typeOf(f)}});
    }
}

template <typename... Ts> QHash<QString, Table> build()
{
    QHash<QString, Table> tables;
    (add<Ts>(tables), ...);
    return tables;
}

const QHash<QString, Table> &catalogue()
{
    static const QHash<QString, Table> tables = build<Household, Member, IncomeRecord, LivingConditions, AssistanceUnit,
        Cadre, Pairing, WorkTeam, Measure, Visit, FundSource, Project, Microloan, HouseholdBenefit>();
    return tables;
}

} // namespace

RecordCatalogue::FieldInfo RecordCatalogue::field(const QString &table, const QString &column)
{
    // Columns the machinery and the status procedure write beside the declared fields.
    if (column == QLatin1String("position"))
        return {tr("Position"), {}, false, Type::Number};
    if (column == QLatin1String("deleted_at"))
        return {tr("Deleted"), {}, false, Type::Text};
    if (column == QLatin1String("deleted_reason"))
        return {tr("Reason for deletion"), {}, false, Type::Text};
    if (table == QLatin1String("status_event") && column == QLatin1String("kind"))
        return {tr("Status step"), {}, false, Type::Text};
    // AssistanceForces::setCompanions audits a visit's companions (同行干部) as one field.
    if (table == QLatin1String("visit") && column == QLatin1String("companions"))
        return {tr("Cadres who went along"), {}, false, Type::Text};
    // VisitPhotos audits a photo by its size when it is added.
    if (table == QLatin1String("visit_photo") && column == QLatin1String("bytes"))
        return {tr("Photo size (bytes)"), {}, false, Type::Number};
    if (table == QLatin1String("household_risk"))
        return {tr("Risk types"), QStringLiteral("risk_type"), false, Type::Text};

    const auto t = catalogue().constFind(table);
    if (t == catalogue().cend() || !t->columns.contains(column))
        return {column, {}, false, Type::Text};
    const Column found = t->columns.value(column);
    FieldInfo info = found.info;
    info.label = RecordFields::tr(found.label);
    return info;
}

QString RecordCatalogue::kindLabel(const QString &table)
{
    // Photos are not a declared kind (their bytes are no field to edit) but have their history.
    if (table == QLatin1String("visit_photo"))
        return tr("Visit photo");
    const auto t = catalogue().constFind(table);
    return t == catalogue().cend() ? table : RecordFields::tr(t->label);
}
