// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class CountyDatabase;
class QComboBox;
class QTableWidget;
class RefusalLabel;

// The county's incidence line (2% or 3%) and each village's rural registered population, which
// the dashboard's poverty incidence is measured with; opened beside the poverty line and monitoring
// threshold (File → 贫困线与监测标准). Each change goes through IncidenceSettings (county-level
// accounts, audited) as soon as it is made; a refused one is shown and the figure put back.
class IncidenceSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IncidenceSettingsDialog(CountyDatabase &db, QWidget *parent = nullptr);

    QComboBox *lineBox() const { return m_line; }
    QTableWidget *table() const { return m_table; }
    RefusalLabel *refusal() const { return m_error; }

    enum Column { TownshipColumn, VillageColumn, RegisteredColumn, RuralColumn, ColumnCount };

private:
    void reload();
    void setLine(int index);
    void populationEdited(int row, int column);

    CountyDatabase &m_db;
    QComboBox *m_line = nullptr;
    QTableWidget *m_table = nullptr;
    RefusalLabel *m_error = nullptr;
    bool m_loading = false;
};
