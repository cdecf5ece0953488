// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HouseholdCardPainter.h"
#include "cards/HouseholdCard.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class CountyDatabase;
class QPagedPaintDevice;
class QPainter;

// One print run of household cards (明白卡), the one way the command line and the window print
// them: the households of a division or a list, built one at a time (HouseholdCards, scoped to
// what the account may read), each given its print number by the print log (CardPrintLog) and
// drawn, to a PDF or a printer. The log is committed only once the output is in place: a run
// that fails or is cancelled logs nothing and leaves no file. A preview is drawn without print
// numbers and logs nothing.
class HouseholdCardRun
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdCardRun)

public:
    // Called after each card with the cards done and the run's total; false cancels the run.
    using Progress = std::function<bool(int done, int total)>;

    HouseholdCardRun(CountyDatabase &db, int year, HouseholdCardPainter::Layout layout);

    // The card printed: the household card unless set.
    void setTemplate(CardTemplate kind) { m_template = kind; }
    void setDivision(const QString &divisionCode);
    void setHouseholds(const QList<qint64> &householdIds);
    // The cards the run will print (refused in words when the account may not read the division).
    Result<int> count() const;

    Status writePdf(const QString &path, const QStringList &inputsBeingRead, const Progress &progress = {});
    // Draws on a device that setUpPage() has set up for the run's layout, the painter active on it;
    // `logged` for a printer, not for a preview.
    Status paint(QPainter &painter, QPagedPaintDevice &device, bool logged, const Progress &progress = {});

    int cards() const { return m_cards; }
    int pages() const { return m_pages; }
    int sheets() const { return m_sheets; }
    bool cancelled() const { return m_cancelled; }

private:
    Status each(const std::function<Status(HouseholdCard &)> &draw, const Progress &progress);

    CountyDatabase &m_db;
    int m_year = 0;
    HouseholdCardPainter::Layout m_layout;
    CardTemplate m_template = CardTemplate::Household;
    QString m_division;
    QList<qint64> m_households;
    int m_cards = 0;
    int m_pages = 0;
    int m_sheets = 0;
    bool m_cancelled = false;
};
