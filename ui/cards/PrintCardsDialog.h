// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HouseholdCardPainter.h"
#include "common/Result.h"

#include <QDialog>

class CountyDatabase;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class RefusalLabel;

// 打印明白卡: the household cards (or the contact, policy or income cards) of the households selected in the register
// or of the division chosen in the tree, for a year, in A4 or A5 (two on an A4 sheet); a print preview (not logged, no
// print numbers) or a PDF, through HouseholdCardRun as `fupin-cli cards` prints them, each card entered in the print
// log. Many cards print with a progress bar and Cancel; a cancelled print leaves no file and logs nothing; a saved PDF
// is named, with buttons to open it or its folder.
class PrintCardsDialog : public QDialog
{
    Q_OBJECT

public:
    PrintCardsDialog(CountyDatabase &db, const QList<qint64> &selected, qint64 divisionId, QWidget *parent = nullptr);

    // Cards from this many on print with a progress dialog.
    static constexpr int ProgressFrom = 4;

public slots:
    // Opens the print preview; false (and the reason shown) when core refuses.
    bool preview();
    // Writes the PDF to path, asking for a file when path is empty; false when not written.
    bool savePdf(const QString &path = {});

private:
    HouseholdCardPainter::Layout layout() const;
    CardTemplate cardTemplate() const;
    bool refused(const QString &why);
    bool saved(const QString &path, int cards, int pages);

    CountyDatabase &m_db;
    QList<qint64> m_selected;
    QString m_divisionCode;
    QString m_divisionName;
    QRadioButton *m_ofSelection = nullptr;
    QRadioButton *m_ofDivision = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_layout = nullptr;
    QComboBox *m_template = nullptr;
    RefusalLabel *m_refusal = nullptr;
    QLabel *m_saved = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_openFolder = nullptr;
    QString m_savedPath;
};
