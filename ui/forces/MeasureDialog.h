// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forces/Measure.h"

#include <QDialog>
#include <QList>
#include <QPair>

class CodeLists;
class CountyDatabase;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// Adds or changes an assistance measure (帮扶措施) of a household: category, content, start date,
// amount in yuan (kept in fen), the cadre or unit that brought it, the project it belongs to and its
// result. Saved through
// AssistanceForces::saveMeasure.
class MeasureDialog : public QDialog
{
    Q_OBJECT

public:
    MeasureDialog(CountyDatabase &db, const CodeLists &codes, const Measure &measure,
        const QList<QPair<qint64, QString>> &cadres, QWidget *parent = nullptr);

    void accept() override;

private:
    CountyDatabase &m_db;
    Measure m_measure;
    QComboBox *m_category = nullptr;
    QLineEdit *m_content = nullptr;
    QDateEdit *m_start = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_cadre = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_project = nullptr; // searchable: type part of a name
    QLineEdit *m_result = nullptr;
    QLabel *m_error = nullptr;
};
