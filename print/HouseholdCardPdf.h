// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HouseholdCardPainter.h"
#include "cards/HouseholdCard.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <memory>

class QPainter;
class QPdfWriter;

// A PDF of household cards written card by card (pages streamed, so memory does not grow with the
// count) into a temporary file beside the target, renamed over it only by commit(): a failure, a
// cancel or an object destroyed before commit() leaves no partial file and the target as it was.
class HouseholdCardPdf
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdCardPdf)

public:
    explicit HouseholdCardPdf(const QString &path);
    ~HouseholdCardPdf();
    HouseholdCardPdf(const HouseholdCardPdf &) = delete;
    HouseholdCardPdf &operator=(const HouseholdCardPdf &) = delete;

    // Checks the path (never over a county file or one of `inputsBeingRead`, OutputPath) and the
    // fonts, and starts the file.
    Status open(const QStringList &inputsBeingRead, const QString &documentTitle,
        HouseholdCardPainter::Layout layout = HouseholdCardPainter::Layout::A4,
        CardTemplate kind = CardTemplate::Household);
    Status add(const HouseholdCard &card);
    // Finishes the PDF and puts it in place.
    Status commit();
    int cards() const { return m_cards; }
    int pages() const { return m_pages; }
    int sheets() const { return m_sheets; }

private:
    QString shownPath() const;

    QString m_path;
    QSaveFile m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    std::unique_ptr<HouseholdCardPainter> m_cardPainter;
    int m_cards = 0;
    int m_pages = 0;
    int m_sheets = 0;
};
