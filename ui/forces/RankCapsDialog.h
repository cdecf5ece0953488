// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/RefusalLabel.h"
#include <QDialog>
#include <QList>

class CountyDatabase;
class QLabel;
class QSpinBox;

// The county's cap of households per cadre by rank (cadre_rank); saved through
// AssistanceForces::setRankCap, one rank at a time.
class RankCapsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RankCapsDialog(CountyDatabase &db, QWidget *parent = nullptr);
    void accept() override;

private:
    CountyDatabase &m_db;
    QStringList m_ranks;
    QList<QSpinBox *> m_caps;
    RefusalLabel *m_error = nullptr;
};
