// SPDX-License-Identifier: GPL-3.0-or-later
#include "forces/RankCapsDialog.h"

#include "db/CountyDatabase.h"
#include "db/SqliteReader.h"
#include "forces/AssistanceForces.h"

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
    SqliteReader s(db.handle(),
        QStringLiteral("SELECT rank_zh, max_households FROM cadre_rank ORDER BY max_households DESC, rank_zh"));
    while (s.step()) {
        auto *spin = new QSpinBox;
        spin->setRange(1, 99);
        spin->setValue(int(s.integer(1)));
        spin->setObjectName(QStringLiteral("cap_") + s.text(0));
        m_ranks << s.text(0);
        m_caps << spin;
        // Mnemonics 1..9 in rank order: the rank names are Chinese and take none.
        const QString label
            = m_caps.size() <= 9 ? QStringLiteral("&%1 %2:").arg(m_caps.size()).arg(s.text(0)) : s.text(0) + u':';
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
