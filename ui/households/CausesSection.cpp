// SPDX-License-Identifier: GPL-3.0-or-later
#include "CausesSection.h"

#include "EditorBinder.h"
#include "county/CodeLists.h"
#include "widgets/FieldGrid.h"

#include <QComboBox>

CausesSection::CausesSection(EditorBinder &binder, const CodeLists &codes, QWidget *parent)
    : QGroupBox(tr("Poverty causes"), parent)
{
    auto *grid = new FieldGrid(3, this);
    const QList<std::tuple<QString, QString, QString>> causes{
        {tr("&Main cause:"), QStringLiteral("mainCauseCombo"), QStringLiteral("main_cause_code")},
        {tr("Other cause &1:"), QStringLiteral("otherCause1Combo"), QStringLiteral("other_cause1_code")},
        {tr("Other cause &2:"), QStringLiteral("otherCause2Combo"), QStringLiteral("other_cause2_code")},
    };
    for (const auto &[label, name, column] : causes) {
        auto *combo = new QComboBox;
        fillCodes(combo, codes, CodeList::Cause, true);
        grid->add(label, combo, name);
        binder.bind(combo, FieldTarget::Household, column);
    }
}
