// SPDX-License-Identifier: GPL-3.0-or-later
#include "HouseholdCardRun.h"

#include "HouseholdCardPdf.h"
#include "cards/CardPrintLog.h"
#include "cards/HouseholdCards.h"
#include "db/CountyDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

HouseholdCardRun::HouseholdCardRun(CountyDatabase &db, int year, HouseholdCardPainter::Layout layout)
    : m_db(db), m_year(year), m_layout(layout)
{ }

void HouseholdCardRun::setDivision(const QString &divisionCode)
{
    m_division = divisionCode;
    m_households.clear();
}

void HouseholdCardRun::setHouseholds(const QList<qint64> &householdIds)
{
    m_households = householdIds;
    m_division.clear();
}

Result<int> HouseholdCardRun::count() const
{
    if (m_division.isEmpty())
        return int(m_households.size());
    return HouseholdCards(m_db, m_year).countInDivision(m_division);
}

Status HouseholdCardRun::each(const std::function<Status(HouseholdCard &)> &draw, const Progress &progress)
{
    m_cards = 0;
    m_cancelled = false;
    const Result<int> total = count();
    if (!total)
        return total.status();
    HouseholdCards builder(m_db, m_year);
    builder.setTemplate(m_template);
    Status failed;
    const auto one = [&](const HouseholdCard &built) {
        HouseholdCard card = built;
        failed = draw(card);
        if (!failed)
            return false;
        ++m_cards;
        if (progress && !progress(m_cards, total.value())) {
            m_cancelled = true;
            failed = Status::failure(tr("The print was cancelled: nothing was printed or logged."));
            return false;
        }
        return true;
    };
    if (!m_division.isEmpty()) {
        const Status walked = builder.forDivision(m_division, one);
        if (!failed)
            return failed;
        return walked;
    }
    for (const qint64 id : m_households) {
        const Result<HouseholdCard> card = builder.build(id);
        if (!card)
            return card.status();
        if (!one(card.value()))
            return failed;
    }
    return {};
}

Status HouseholdCardRun::writePdf(const QString &path, const QStringList &inputsBeingRead, const Progress &progress)
{
    CardPrintLog log(m_db, CardTemplates::word(m_template), HouseholdCardPainter::layoutWord(m_layout));
    if (Status s = log.begin(); !s)
        return s;
    HouseholdCardPdf pdf(path);
    if (Status s = pdf.open(inputsBeingRead,
            tr("%1 %2", "a PDF's title: the card and the year").arg(CardTemplates::name(m_template)).arg(m_year),
            m_layout, m_template);
        !s)
        return s;
    const Status drawn = each(
        [&](HouseholdCard &card) {
            if (Status s = log.stamp(card); !s)
                return s;
            return pdf.add(card);
        },
        progress);
    if (!drawn)
        return drawn;
    if (Status s = pdf.commit(); !s)
        return s;
    m_pages = pdf.pages();
    m_sheets = pdf.sheets();
    if (Status s = log.commit(); !s) {
        // A card whose print number is not in the log is not handed out.
        QFile::remove(path);
        return Status::failure(tr("%1 was not kept: its cards could not be entered in the print log. %2")
                                   .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), s.error()));
    }
    return {};
}

Status HouseholdCardRun::paint(QPainter &painter, QPagedPaintDevice &device, bool logged, const Progress &progress)
{
    CardPrintLog log(m_db, CardTemplates::word(m_template), HouseholdCardPainter::layoutWord(m_layout));
    if (logged) {
        if (Status s = log.begin(); !s)
            return s;
    }
    HouseholdCardPainter cards(painter, device, m_layout);
    cards.setTemplate(m_template);
    const Status drawn = each(
        [&](HouseholdCard &card) {
            if (logged) {
                if (Status s = log.stamp(card); !s)
                    return s;
            }
            cards.paint(card);
            return Status();
        },
        progress);
    if (!drawn)
        return drawn;
    cards.finish(); // the last sheet of contact cards
    m_pages = cards.pages();
    m_sheets = cards.sheets();
    return logged ? log.commit() : Status();
}
