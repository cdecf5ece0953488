// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forces/AssistanceRecords.h"
#include "forces/Measure.h"

#include <QGroupBox>
#include <QList>

class AssistanceRecords;
class CodeLists;
class CountyDatabase;
class QPushButton;
class QTableWidget;

// 帮扶措施, 帮扶责任人 and 走访记录 of a saved household: choose or change the responsible cadre,
// add, change and delete measures, log visits and open a saved one (Enter) with its photos. Each change is saved at
// once through AssistanceForces (a record of its own, audited), not with the household's fields.
class AssistanceSection : public QGroupBox
{
    Q_OBJECT

public:
    AssistanceSection(const CodeLists &codes, QWidget *parent = nullptr);
    void load(AssistanceRecords &records, qint64 householdId);

signals:
    // A pairing, measure or visit was saved: the history shows it.
    void changed();

private:
    void reload();
    void changeCadre();
    void editMeasure(bool newMeasure);
    void deleteMeasure();
    void logVisit();
    // Opens the chosen visit with its photos (read only when the account may not change it).
    void openVisit();
    // The household's cadres, current first (id, name), for the visit and measure dialogs.
    QList<QPair<qint64, QString>> cadreChoices() const;

    const CodeLists &m_codes;
    CountyDatabase *m_db = nullptr;
    qint64 m_household = 0;
    bool m_editable = false; // the acting account may change this household's assistance
    QList<Measure> m_measureRows;
    QList<QPair<qint64, QString>> m_cadreRows; // current first
    QList<VisitRecord> m_visitRows;
    QTableWidget *m_measures = nullptr;
    QTableWidget *m_cadres = nullptr;
    QTableWidget *m_visits = nullptr;
    QList<QPushButton *> m_buttons; // those that change something
    QPushButton *m_openVisit = nullptr;
};
