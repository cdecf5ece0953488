// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/CardTemplate.h"
#include "cards/HouseholdCard.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QRectF>

#include <functional>

class QPagedPaintDevice;
class QPainter;

// Draws household cards (明白卡) as the forms of DOMAIN.md §6 with QPainter: fixed boxes with
// measured text that wraps and, in a box that cannot grow, shrinks (never past its border); the
// members and the 帮扶措施 | 帮扶成效 table grow row by row and flow onto further pages, the card's
// header and the table's header repeated. One card after another on the same device, each from a
// new page; nothing is kept between cards, so a print of any size takes the same memory.
class HouseholdCardPainter
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdCardPainter)

public:
    // The fonts the cards are printed in, named explicitly (the Simplified Chinese cuts of Noto).
    static QString bodyFamily();
    static QString titleFamily();
    // Refused, naming the font and the package, when a font the cards need is not installed.
    static Status checkFonts();
    // How cards lie on the sheets: one A4 portrait page per card page, or A5 (the A4 card at 71 %)
    // two side by side on an A4 landscape sheet with a cutting line between them.
    enum class Layout { A4, A5 };
    // The word the print log and the command line use for a layout (a4, a5).
    static QString layoutWord(Layout layout);
    // Sets the device's page (A4 portrait with its margins, or A4 landscape for A5) before painting
    // begins.
    static void setUpPage(QPagedPaintDevice &device, Layout layout = Layout::A4);
    // The contact card is a small card, four to an A4 portrait sheet with no margins, whatever the
    // layout; the others as setUpPage(device, layout).
    static void setUpPage(QPagedPaintDevice &device, Layout layout, CardTemplate kind);

    // The painter is active on the device, which setUpPage() has set up with the same layout.
    HouseholdCardPainter(QPainter &painter, QPagedPaintDevice &device, Layout layout = Layout::A4);

    // Which card is drawn (the household card unless set), before the first paint().
    void setTemplate(CardTemplate kind) { m_template = kind; }

    // Draws the card from a new page (the device's current one for the first card); returns the
    // pages it took. Contact cards are drawn four at a time, a sheet of fronts and a sheet of backs
    // (mirrored for duplex printing along the long edge): the pages they took are counted then.
    int paint(const HouseholdCard &card);
    // Draws the contact cards still waiting for a full sheet; returns the pages they took. Called
    // once after the last card.
    int finish();
    // Card pages drawn so far, every card.
    int pages() const { return m_pages; }
    // Sheets of paper they take (two card pages a sheet in A5).
    int sheets() const
    {
        return m_layout == Layout::A5 && m_template != CardTemplate::Contact ? (m_pages + 1) / 2 : m_pages;
    }

private:
    // A piece of the card's flow: drawn at a top edge, with its height measured beforehand.
    struct Piece
    {
        qreal height = 0;
        std::function<void(qreal top)> draw;
        int group = -1; // the table whose header repeats when a row of it starts a page
        bool keepWithNext = false; // a table's header stays with its first row
    };

    qreal mm(qreal millimetres) const;
    QFont font(qreal points, bool bold = false, bool title = false) const;
    // The height a text needs in a box `width` wide at the font, wrapped.
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    // Draws text inside the box (padded): wrapped, and made smaller until it fits when `shrink`;
    // what still does not fit is clipped at the box, never drawn over its border.
    void text(const QRectF &box, const QString &text, const QFont &font, int align = Qt::AlignLeft | Qt::AlignVCenter,
        bool shrink = true);
    void frame(const QRectF &box, bool shaded = false);
    // A row of label/value cells over columns of the given widths (mm): spans per cell; a label
    // cell is shaded and centred.
    struct Cell
    {
        QString text;
        int span = 1;
        bool label = false;
    };
    void gridRow(qreal top, qreal height, const QList<qreal> &columns, const QList<Cell> &cells);
    void box(const QRectF &box, const CardBox &value);
    void tick(const QRectF &square, bool checked);
    // The card's QR code (libqrencode) in a square box, with a quiet zone inside the box.
    void qrCode(const QRectF &square, const QString &payload);
    // Starts the next card page: a new sheet, or in A5 the next half of one.
    void startPage();

    qreal header(const HouseholdCard &card, int page, int pageCount, bool draw);
    void footer(const HouseholdCard &card, int page, int pageCount);
    QList<Piece> pieces(const HouseholdCard &card);
    QList<Piece> policyPieces(const HouseholdCard &card);
    QList<Piece> incomePieces(const HouseholdCard &card);
    QString titleOf(const HouseholdCard &card) const;
    // A row of the household's grid: label and value cells over columns of these weights.
    void addRow(QList<Piece> &out, const QList<qreal> &weights, const QList<Cell> &cells);
    // The household's grid at the top of the policy and income cards.
    void householdRows(QList<Piece> &out, const HouseholdCard &card);
    void signatureRow(QList<Piece> &out, const QStringList &signers);
    // A sheet of up to four contact cards' fronts, then one of their backs.
    int contactSheets();
    void contactFront(const QRectF &card, const HouseholdCard &c);
    void contactBack(const QRectF &card, const HouseholdCard &c);
    void cuttingMarks(const QRectF &card);
    // A table: caption, header and rows, with the widths of its columns (mm).
    void addTable(QList<Piece> &out, int group, const QString &caption, const QStringList &header,
        const QList<qreal> &widths, const QList<QStringList> &rows, const QList<int> &alignments);

    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    Layout m_layout = Layout::A4;
    qreal m_pixelsPerMm = 1;
    qreal m_width = 0; // of the printable area, pixels
    qreal m_height = 0;
    int m_pages = 0;
    CardTemplate m_template = CardTemplate::Household;
    QList<HouseholdCard> m_contacts; // waiting for a full sheet
    mutable QHash<qint64, QFont> m_fonts;
};
