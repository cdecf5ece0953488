// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/ForcesKinds.h"

#include "db/RecordCatalogue.h"
#include "forces/ForcesChecks.h"

namespace RecordFields {
template <> const RecordKind<AssistanceUnit> &recordKind<AssistanceUnit>()
{
    using U = AssistanceUnit;
    static const RecordKind<U> kind{"assistance_unit", QT_TRANSLATE_NOOP("RecordFields", "Assistance unit"),
        Owner::County, WriteAccess::County, nullptr, nullptr, true,
        {
            {"name", &U::name, QT_TRANSLATE_NOOP("RecordFields", "Unit name")},
            {"form_code", &U::formCode, QT_TRANSLATE_NOOP("RecordFields", "Form of assistance"), "assistance_form"},
            {"level_code", &U::levelCode, QT_TRANSLATE_NOOP("RecordFields", "Level"), "unit_level"},
            {"paired_region", &U::pairedRegion, QT_TRANSLATE_NOOP("RecordFields", "Paired province or city")},
            {"ownership", &U::ownership, QT_TRANSLATE_NOOP("RecordFields", "Ownership")},
            {"contact_person", &U::contactPerson, QT_TRANSLATE_NOOP("RecordFields", "Contact person")},
            {"contact_phone", &U::contactPhone, QT_TRANSLATE_NOOP("RecordFields", "Contact phone")},
            {"active", &U::active, QT_TRANSLATE_NOOP("RecordFields", "Active")},
        },
        ForcesChecks::unit};
    return kind;
}

template <> const RecordKind<Cadre> &recordKind<Cadre>()
{
    using C = Cadre;
    static const RecordKind<C> kind{"cadre", QT_TRANSLATE_NOOP("RecordFields", "Cadre"), Owner::County,
        WriteAccess::County, nullptr, nullptr, true,
        {
            {"name", &C::name, QT_TRANSLATE_NOOP("RecordFields", "Name")},
            {"sex_code", &C::sexCode, QT_TRANSLATE_NOOP("RecordFields", "Sex"), "sex"},
            {"id_number", &C::idNumber, QT_TRANSLATE_NOOP("RecordFields", "ID number")},
            {"political_code", &C::politicalCode, QT_TRANSLATE_NOOP("RecordFields", "Political status"),
                "political_status"},
            {"unit_id", &C::unitId, QT_TRANSLATE_NOOP("RecordFields", "Unit"), nullptr, NullWhenEmpty},
            {"post", &C::post, QT_TRANSLATE_NOOP("RecordFields", "Post")},
            {"rank_zh", &C::rank, QT_TRANSLATE_NOOP("RecordFields", "Rank")},
            {"phone", &C::phone, QT_TRANSLATE_NOOP("RecordFields", "Phone")},
            {"first_secretary", &C::firstSecretary, QT_TRANSLATE_NOOP("RecordFields", "First secretary")},
            {"active", &C::active, QT_TRANSLATE_NOOP("RecordFields", "Active")},
        },
        ForcesChecks::cadre, ForcesChecks::cadreInFile};
    return kind;
}

template <> const RecordKind<Pairing> &recordKind<Pairing>()
{
    using P = Pairing;
    static const RecordKind<P> kind{"pairing", QT_TRANSLATE_NOOP("RecordFields", "Pairing"), Owner::Household,
        WriteAccess::Assistance, nullptr, nullptr, true,
        {
            {"household_id", &P::householdId, QT_TRANSLATE_NOOP("RecordFields", "Household")},
            {"cadre_id", &P::cadreId, QT_TRANSLATE_NOOP("RecordFields", "Responsible cadre")},
            {"start_date", &P::startDate, QT_TRANSLATE_NOOP("RecordFields", "Start date")},
            {"end_date", &P::endDate, QT_TRANSLATE_NOOP("RecordFields", "End date")},
            {"over_cap_reason", &P::overCapReason, QT_TRANSLATE_NOOP("RecordFields", "Reason for going over the cap")},
        },
        ForcesChecks::pairing, ForcesChecks::pairingInFile};
    return kind;
}

template <> const RecordKind<WorkTeam> &recordKind<WorkTeam>()
{
    using W = WorkTeam;
    static const RecordKind<W> kind{"work_team", QT_TRANSLATE_NOOP("RecordFields", "Work team"), Owner::Village,
        WriteAccess::County, nullptr, nullptr, true,
        {
            {"village_id", &W::villageId, QT_TRANSLATE_NOOP("RecordFields", "Village")},
            {"unit_id", &W::unitId, QT_TRANSLATE_NOOP("RecordFields", "Sending unit"), nullptr, NullWhenEmpty},
            {"start_date", &W::startDate, QT_TRANSLATE_NOOP("RecordFields", "Start date")},
            {"end_date", &W::endDate, QT_TRANSLATE_NOOP("RecordFields", "End date")},
        },
        ForcesChecks::workTeam, ForcesChecks::workTeamInFile};
    return kind;
}

template <> const RecordKind<Measure> &recordKind<Measure>()
{
    using M = Measure;
    static const RecordKind<M> kind{"measure", QT_TRANSLATE_NOOP("RecordFields", "Assistance measure"),
        Owner::Household, WriteAccess::Assistance, nullptr, nullptr, true,
        {
            {"household_id", &M::householdId, QT_TRANSLATE_NOOP("RecordFields", "Household")},
            {"category_code", &M::categoryCode, QT_TRANSLATE_NOOP("RecordFields", "Category"), "measure_category"},
            {"description", &M::description, QT_TRANSLATE_NOOP("RecordFields", "Description"), nullptr, Phrase},
            {"start_date", &M::startDate, QT_TRANSLATE_NOOP("RecordFields", "Start date")},
            {"amount_fen", &M::amountFen, QT_TRANSLATE_NOOP("RecordFields", "Amount"), nullptr, Money},
            {"project_id", &M::projectId, QT_TRANSLATE_NOOP("RecordFields", "Project"), nullptr, NullWhenEmpty},
            {"cadre_id", &M::cadreId, QT_TRANSLATE_NOOP("RecordFields", "Brought by cadre"), nullptr, NullWhenEmpty},
            {"unit_id", &M::unitId, QT_TRANSLATE_NOOP("RecordFields", "Brought by unit"), nullptr, NullWhenEmpty},
            {"result", &M::result, QT_TRANSLATE_NOOP("RecordFields", "Result")},
        },
        ForcesChecks::measure, ForcesChecks::measureInFile};
    return kind;
}

template <> const RecordKind<Visit> &recordKind<Visit>()
{
    using V = Visit;
    static const RecordKind<V> kind{"visit", QT_TRANSLATE_NOOP("RecordFields", "Visit"), Owner::Household,
        WriteAccess::Assistance, nullptr, nullptr, true,
        {
            {"household_id", &V::householdId, QT_TRANSLATE_NOOP("RecordFields", "Household")},
            {"cadre_id", &V::cadreId, QT_TRANSLATE_NOOP("RecordFields", "Cadre")},
            {"visit_date", &V::date, QT_TRANSLATE_NOOP("RecordFields", "Date of visit")},
            {"findings", &V::findings, QT_TRANSLATE_NOOP("RecordFields", "Findings"), nullptr, Phrase},
            {"actions", &V::actions, QT_TRANSLATE_NOOP("RecordFields", "Actions"), nullptr, Phrase},
            {"follow_up_date", &V::followUpDate, QT_TRANSLATE_NOOP("RecordFields", "Follow-up date")},
        },
        ForcesChecks::visit, ForcesChecks::visitInFile};
    return kind;
}

template <> const RecordKind<WorkTeamMember> &recordKind<WorkTeamMember>()
{
    using M = WorkTeamMember;
    static const RecordKind<M> kind{"work_team_member", QT_TRANSLATE_NOOP("RecordFields", "Work team member"),
        Owner::Village, WriteAccess::County, nullptr, nullptr, true,
        {
            {"team_id", &M::teamId, QT_TRANSLATE_NOOP("RecordFields", "Work team")},
            {"cadre_id", &M::cadreId, QT_TRANSLATE_NOOP("RecordFields", "Cadre")},
            {"role", &M::role, QT_TRANSLATE_NOOP("RecordFields", "Role in the team")},
        },
        ForcesChecks::workTeamMember, ForcesChecks::workTeamMemberInFile};
    return kind;
}

} // namespace RecordFields

const RecordFields::LinkKind &visitCompanions()
{
    static const RecordFields::LinkKind kind{"visit_companion",
        QT_TRANSLATE_NOOP("RecordFields", "Cadre who went along"), RecordFields::WriteAccess::Assistance, "visit_id",
        "cadre_id", "position", "visit", "companions", "SELECT name FROM cadre WHERE id = ?", "、",
        QT_TRANSLATE_NOOP("RecordFields", "Cadres who went along")};
    return kind;
}

const RecordFields::KeyedKind &visitPhotos()
{
    static const RecordFields::KeyedKind kind{"visit_photo", QT_TRANSLATE_NOOP("RecordFields", "Visit photo"), {"id"},
        {{"uuid"}, {"visit_id"}, {"bytes"}, {"mime"}, {"created_at"}, {"created_by"}, {"deleted_at"},
            {"deleted_with_visit"}},
        false};
    return kind;
}

namespace {
[[maybe_unused]] const bool learnt
    = RecordCatalogue::learn<AssistanceUnit, Cadre, Pairing, WorkTeam, Measure, Visit, WorkTeamMember>()
    && RecordCatalogue::learn(visitCompanions())
    // Photos are no kind of their own (their bytes are no field to edit) but have their history.
    && RecordCatalogue::learnTable("visit_photo", QT_TRANSLATE_NOOP("RecordFields", "Visit photo"))
    && RecordCatalogue::learnColumn(
        "visit_photo", "bytes", QT_TRANSLATE_NOOP("RecordFields", "Photo size (bytes)"), RecordCatalogue::Type::Number);
} // namespace
