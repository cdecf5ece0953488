// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/RankCapsDialog.h"

#include "db/CountyDatabase.h"
#include "forces/AssistanceForces.h"
#include "forces/ForcesLists.h"

#include "widgets/RefusalLabel.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

RankCapsDialog::RankCapsDialog(CountyDatabase &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Households per cadre by rank"));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("A cadre may hold this many households; more needs a reason.")));
    for (const ForcesLists::RankCap &r : ForcesLists(db).rankCaps().value_or({})) {
        auto *spin = new QSpinBox;
        spin->setRange(1, 99);
        spin->setValue(r.maxHouseholds);
        spin->setObjectName(QStringLiteral("cap_") + r.rank);
        m_ranks << r.rank;
        m_caps << spin;
        // Mnemonics 1..9 in rank order: the rank names are Chinese and take none.
        const QString label
            = m_caps.size() <= 9 ? QStringLiteral("&%1 %2:").arg(m_caps.size()).arg(r.rank) : r.rank + u':';
        form->addRow(label, spin);
    }
    m_error = new RefusalLabel();
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void RankCapsDialog::accept()
{
    AssistanceForces forces(m_db);
    for (int i = 0; i < m_ranks.size(); ++i) {
        if (const Status s = forces.setRankCap(m_ranks.at(i), m_caps.at(i)->value()); !s) {
            m_error->refuse(s.error());
            return;
        }
    }
    QDialog::accept();
}
