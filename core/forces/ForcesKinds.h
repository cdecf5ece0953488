// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/KeyedKind.h"
#include "db/RecordFields.h"
#include "db/RecordRepository.h"
#include "forces/AssistanceUnit.h"
#include "forces/Cadre.h"
#include "forces/Measure.h"
#include "forces/Pairing.h"
#include "forces/Visit.h"
#include "forces/WorkTeam.h"
#include "forces/WorkTeamMember.h"

// The assistance forces' kinds of record (帮扶力量), declared once for the record machinery.
namespace RecordFields {
template <> const RecordKind<AssistanceUnit> &recordKind<AssistanceUnit>();
template <> const RecordKind<Cadre> &recordKind<Cadre>();
template <> const RecordKind<Pairing> &recordKind<Pairing>();
template <> const RecordKind<WorkTeam> &recordKind<WorkTeam>();
template <> const RecordKind<Measure> &recordKind<Measure>();
template <> const RecordKind<Visit> &recordKind<Visit>();
template <> const RecordKind<WorkTeamMember> &recordKind<WorkTeamMember>();
} // namespace RecordFields

// The cadres who went along on a visit (同行干部), in order after its lead, audited as one field of
// the visit: their names.
const RecordFields::LinkKind &visitCompanions();

// A visit's photos (走访照片), by id: their bytes are no field to edit or compare, so they are a
// keyed table whose writes VisitPhotos audits itself (the log keeps a photo's size, not its bytes).
const RecordFields::KeyedKind &visitPhotos();

// Their repositories: load, save with a revision check and the kind's checks, soft delete and
// restore, each change audited field by field.
using AssistanceUnitRepository = RecordRepository<AssistanceUnit>;
using CadreRepository = RecordRepository<Cadre>;
using PairingRepository = RecordRepository<Pairing>;
using WorkTeamRepository = RecordRepository<WorkTeam>;
using MeasureRepository = RecordRepository<Measure>;
using VisitRepository = RecordRepository<Visit>;
using WorkTeamMemberRepository = RecordRepository<WorkTeamMember>;
