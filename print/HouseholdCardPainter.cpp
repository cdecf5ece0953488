// SPDX-License-Identifier: GPL-3.0-or-later
#include "HouseholdCardPainter.h"

#include "common/Money.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

// Card geometry, in millimetres.
constexpr qreal MarginMm = 12;
constexpr qreal PadMm = 1.2;
constexpr qreal PadVerticalMm = 0.6;
constexpr qreal RowMm = 7;
constexpr qreal TableRowMm = 6;
constexpr qreal MaxRowMm = 60; // a single row never takes more: its text shrinks instead
constexpr qreal TitleMm = 11;
constexpr qreal PlaceLineMm = 7;
constexpr qreal FooterMm = 7;
constexpr qreal GapMm = 2;
constexpr qreal SmallestPoints = 5.5;
constexpr qreal QrMm = 17; // beside the title and the place line
// A4 portrait's printable area, which an A5 card page shows at 1/√2.
constexpr qreal A4WidthMm = 210 - 2 * MarginMm;
constexpr qreal A4HeightMm = 297 - 2 * MarginMm;
constexpr qreal A5HalfWidthMm = 297.0 / 2;
constexpr qreal A5HeightMm = 210;

// Font sizes, in points.
constexpr qreal TitlePoints = 16; // 三号
constexpr qreal BodyPoints = 9; // 小五 and a half
constexpr qreal TablePoints = 8.5;
constexpr qreal SmallPoints = 7.5;

QList<qreal> widthsOf(const QList<qreal> &weights, qreal total)
{
    const qreal sum = std::accumulate(weights.cbegin(), weights.cend(), qreal(0));
    QList<qreal> widths;
    for (qreal w : weights)
        widths << w / sum * total;
    return widths;
}

QString yearText(const std::optional<int> &year)
{
    return year ? QString::number(*year) : QString();
}

QString muText(const std::optional<double> &mu)
{
    return mu ? QString::number(*mu, 'f', 1) : QString();
}

} // namespace

QString HouseholdCardPainter::bodyFamily()
{
    return QStringLiteral("Noto Sans CJK SC");
}

QString HouseholdCardPainter::titleFamily()
{
    return QStringLiteral("Noto Serif CJK SC");
}

Status HouseholdCardPainter::checkFonts()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(tr("Cards can only be printed by a program that lays text out with fonts."));
    const QStringList families = QFontDatabase::families();
    for (const QString &family : {bodyFamily(), titleFamily()}) {
        if (!families.contains(family))
            return Status::failure(tr("The font %1 the cards are printed in is not installed; install the package "
                                      "fonts-noto-cjk (Noto CJK) and print again.")
                                       .arg(family));
    }
    return {};
}

QString HouseholdCardPainter::layoutWord(Layout layout)
{
    return layout == Layout::A5 ? QStringLiteral("a5") : QStringLiteral("a4");
}

void HouseholdCardPainter::setUpPage(QPagedPaintDevice &device, Layout layout, CardTemplate kind)
{
    if (kind == CardTemplate::Contact)
        device.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    else
        setUpPage(device, layout);
}

void HouseholdCardPainter::setUpPage(QPagedPaintDevice &device, Layout layout)
{
    if (layout == Layout::A5)
        device.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    else
        device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter));
}

HouseholdCardPainter::HouseholdCardPainter(QPainter &painter, QPagedPaintDevice &device, Layout layout)
    : m_painter(painter),
      m_device(device),
      m_layout(layout),
      m_pixelsPerMm(device.logicalDpiX() / 25.4),
      m_width(layout == Layout::A5 ? A4WidthMm * device.logicalDpiX() / 25.4 : device.width()),
      m_height(layout == Layout::A5 ? A4HeightMm * device.logicalDpiX() / 25.4 : device.height())
{ }

void HouseholdCardPainter::startPage()
{
    if (m_layout == Layout::A4) {
        if (m_pages > 0)
            m_device.newPage();
        ++m_pages;
        return;
    }
    const int half = m_pages % 2;
    if (m_pages > 0 && half == 0)
        m_device.newPage();
    ++m_pages;
    m_painter.resetTransform();
    if (half == 0) { // the cutting line between the two halves
        m_painter.save();
        QPen pen(QColor(150, 150, 150));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(mm(0.2));
        m_painter.setPen(pen);
        m_painter.drawLine(QPointF(mm(A5HalfWidthMm), 0), QPointF(mm(A5HalfWidthMm), mm(A5HeightMm)));
        m_painter.restore();
    }
    const qreal scale = 1 / std::sqrt(qreal(2));
    const qreal left = (A5HalfWidthMm - A4WidthMm * scale) / 2 + half * A5HalfWidthMm;
    const qreal top = (A5HeightMm - A4HeightMm * scale) / 2;
    m_painter.translate(mm(left), mm(top));
    m_painter.scale(scale, scale);
}

void HouseholdCardPainter::qrCode(const QRectF &square, const QString &payload)
{
    const QByteArray utf8 = payload.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return;
    const int n = code->width;
    const qreal module = square.width() / (n + 4); // two modules of quiet zone each side
    const QPointF origin = square.topLeft() + QPointF(2 * module, 2 * module);
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing, false);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(Qt::black);
    for (int y = 0; y < n; ++y) {
        int x = 0;
        while (x < n) {
            if (!(code->data[y * n + x] & 1)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < n && (code->data[y * n + x] & 1))
                ++x;
            // A run of dark modules as one rectangle, a hair wider so that no seam shows between rows.
            m_painter.drawRect(QRectF(origin.x() + start * module, origin.y() + y * module,
                (x - start) * module + module * 0.02, module * 1.02));
        }
    }
    m_painter.restore();
    QRcode_free(code);
}

qreal HouseholdCardPainter::mm(qreal millimetres) const
{
    return millimetres * m_pixelsPerMm;
}

QFont HouseholdCardPainter::font(qreal points, bool bold, bool title) const
{
    const qint64 key = qRound64(points * 10) * 4 + (bold ? 1 : 0) + (title ? 2 : 0);
    auto found = m_fonts.constFind(key);
    if (found != m_fonts.constEnd())
        return found.value();
    QFont f(title ? titleFamily() : bodyFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferQuality);
    m_fonts.insert(key, f);
    return f;
}

qreal HouseholdCardPainter::textHeight(const QString &text, const QFont &f, qreal width) const
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(f, &m_device);
    const qreal inner = std::max(qreal(1), width - 2 * mm(PadMm));
    QRectF r = metrics.boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWordWrap, text);
    if (r.width() > inner + 0.5) // a word longer than the box: broken anywhere
        r = metrics.boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWrapAnywhere, text);
    return r.height() + 2 * mm(PadVerticalMm);
}

void HouseholdCardPainter::text(const QRectF &box, const QString &s, const QFont &f, int align, bool shrink)
{
    if (s.isEmpty())
        return;
    const QRectF inner = box.adjusted(mm(PadMm), mm(PadVerticalMm), -mm(PadMm), -mm(PadVerticalMm));
    const bool title = f.family() == titleFamily();
    QFont use = f;
    int flags = align | Qt::TextWordWrap;
    bool fits = false;
    for (qreal points = f.pointSizeF();; points -= 0.5) {
        use = font(points, f.bold(), title);
        const QFontMetricsF metrics(use, &m_device);
        flags = align | Qt::TextWordWrap;
        QRectF r = metrics.boundingRect(inner, flags, s);
        if (r.width() > inner.width() + 0.5) {
            flags = align | Qt::TextWrapAnywhere;
            r = metrics.boundingRect(inner, flags, s);
        }
        fits = r.height() <= inner.height() + 0.5;
        if (fits || !shrink || points - 0.5 < SmallestPoints)
            break;
    }
    m_painter.setFont(use);
    if (fits) {
        m_painter.drawText(inner, flags, s);
        return;
    }
    // Even the smallest size does not fit: what is left is cut at the box, never drawn over it.
    m_painter.save();
    m_painter.setClipRect(box);
    m_painter.drawText(inner, (flags & ~Qt::AlignVCenter) | Qt::AlignTop, s);
    m_painter.restore();
}

void HouseholdCardPainter::frame(const QRectF &r, bool shaded)
{
    if (shaded)
        m_painter.fillRect(r, QColor(0xee, 0xee, 0xee));
    m_painter.setPen(QPen(Qt::black, mm(0.2)));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(r);
}

void HouseholdCardPainter::gridRow(qreal top, qreal height, const QList<qreal> &columns, const QList<Cell> &cells)
{
    qreal x = 0;
    int column = 0;
    for (const Cell &cell : cells) {
        qreal w = 0;
        for (int i = 0; i < cell.span && column < columns.size(); ++i)
            w += columns.at(column++);
        const QRectF r(x, top, w, height);
        frame(r, cell.label);
        text(r, cell.text, font(cell.label ? TablePoints : BodyPoints, cell.label),
            cell.label ? int(Qt::AlignCenter) : int(Qt::AlignLeft | Qt::AlignVCenter));
        x += w;
    }
}

void HouseholdCardPainter::tick(const QRectF &square, bool checked)
{
    m_painter.setPen(QPen(Qt::black, mm(0.2)));
    m_painter.drawRect(square);
    if (!checked)
        return;
    m_painter.setPen(QPen(Qt::black, mm(0.45)));
    const qreal s = square.width();
    m_painter.drawPolyline(QList<QPointF>{square.topLeft() + QPointF(s * 0.18, s * 0.55),
        square.topLeft() + QPointF(s * 0.42, s * 0.8), square.topLeft() + QPointF(s * 0.85, s * 0.2)});
}

void HouseholdCardPainter::box(const QRectF &r, const CardBox &value)
{
    frame(r);
    const qreal answers = mm(19);
    const QString label = value.remark.isEmpty()
        ? value.label
        : tr("%1 (%2)", "a yes/no box's label and its remark").arg(value.label, value.remark);
    text(QRectF(r.left(), r.top(), r.width() - answers, r.height()), label, font(TablePoints));
    const qreal side = mm(3);
    const QFont f = font(TablePoints);
    qreal x = r.right() - answers;
    const qreal y = r.center().y() - side / 2;
    for (const bool yes : {true, false}) {
        tick(QRectF(x, y, side, side), value.value && *value.value == yes);
        m_painter.setFont(f);
        m_painter.drawText(QRectF(x + side + mm(0.8), r.top(), mm(5.5), r.height()), Qt::AlignLeft | Qt::AlignVCenter,
            yes ? tr("Yes") : tr("No"));
        x += mm(9.5);
    }
}

qreal HouseholdCardPainter::header(const HouseholdCard &card, int page, int pageCount, bool draw)
{
    Q_UNUSED(pageCount);
    if (draw) {
        const QString title
            = page == 1 ? titleOf(card) : tr("%1 (continued)", "a card's title on its next pages").arg(titleOf(card));
        const qreal beside = mm(QrMm + 2); // the title stays centred between the QR code and its mirror
        text(QRectF(beside, 0, m_width - 2 * beside, mm(TitleMm)), title, font(TitlePoints, true, true),
            Qt::AlignCenter);
        qrCode(QRectF(m_width - mm(QrMm), 0, mm(QrMm), mm(QrMm)), card.qrPayload());
        QStringList place;
        place << tr("County: %1").arg(card.county) << tr("Township: %1").arg(card.township)
              << tr("Village: %1").arg(card.village);
        if (!card.group.isEmpty())
            place << tr("Group: %1").arg(card.group);
        const QRectF line(0, mm(TitleMm), m_width - beside, mm(PlaceLineMm));
        text(QRectF(line.left(), line.top(), line.width() * 0.62, line.height()), place.join(QStringLiteral("    ")),
            font(BodyPoints));
        text(QRectF(line.left() + line.width() * 0.62, line.top(), line.width() * 0.38, line.height()),
            tr("Household code: %1").arg(card.code), font(BodyPoints), Qt::AlignRight | Qt::AlignVCenter);
    }
    return mm(TitleMm + PlaceLineMm);
}

void HouseholdCardPainter::footer(const HouseholdCard &card, int page, int pageCount)
{
    const QRectF r(0, m_height - mm(FooterMm), m_width, mm(FooterMm));
    const QFont f = font(SmallPoints);
    text(QRectF(r.left(), r.top(), r.width() * 0.38, r.height()),
        tr("Supervision phone: %1").arg(card.supervisionPhones.join(QStringLiteral("、"))), f);
    const QString date = tr("%1-%2-%3", "a date on a card: year, month, day")
                             .arg(card.printedOn.year())
                             .arg(card.printedOn.month())
                             .arg(card.printedOn.day());
    const QString printed = card.printNumber > 0
        ? tr("Printed on %1, print No. %2")
              .arg(date, QStringLiteral("%1").arg(card.printNumber, 6, 10, QLatin1Char('0')))
        : tr("Printed on %1 (preview, not logged)").arg(date);
    text(QRectF(r.left() + r.width() * 0.38, r.top(), r.width() * 0.42, r.height()), printed, f, Qt::AlignCenter);
    text(QRectF(r.left() + r.width() * 0.8, r.top(), r.width() * 0.2, r.height()),
        tr("Page %1 of %2", "a page of one card").arg(page).arg(pageCount), f, Qt::AlignRight | Qt::AlignVCenter);
}

void HouseholdCardPainter::addTable(QList<Piece> &out, int group, const QString &caption, const QStringList &header,
    const QList<qreal> &weights, const QList<QStringList> &rows, const QList<int> &alignments)
{
    const QList<qreal> widths = widthsOf(weights, m_width);
    const QFont headFont = font(TablePoints, true);
    const QFont bodyFont = font(TablePoints);
    qreal headerHeight = mm(TableRowMm);
    for (int c = 0; c < header.size(); ++c)
        headerHeight = std::max(headerHeight, textHeight(header.at(c), headFont, widths.value(c)));
    const qreal captionHeight = mm(TableRowMm);
    Piece head;
    head.height = mm(GapMm) + captionHeight + headerHeight;
    head.group = group;
    head.keepWithNext = true;
    head.draw = [this, caption, header, widths, captionHeight, headerHeight](qreal top) {
        top += mm(GapMm);
        const QRectF c(0, top, m_width, captionHeight);
        frame(c, true);
        text(c, caption, font(BodyPoints, true), Qt::AlignCenter);
        qreal x = 0;
        for (int i = 0; i < header.size(); ++i) {
            const QRectF r(x, top + captionHeight, widths.at(i), headerHeight);
            frame(r, true);
            text(r, header.at(i), font(TablePoints, true), Qt::AlignCenter);
            x += widths.at(i);
        }
    };
    out << head;
    for (const QStringList &row : rows) {
        qreal height = mm(TableRowMm);
        for (int c = 0; c < row.size(); ++c)
            height = std::max(height, textHeight(row.at(c), bodyFont, widths.value(c)));
        Piece piece;
        piece.height = std::min(height, mm(MaxRowMm));
        piece.group = group;
        piece.draw = [this, row, widths, alignments, height = piece.height](qreal top) {
            qreal x = 0;
            for (int i = 0; i < widths.size(); ++i) {
                const QRectF r(x, top, widths.at(i), height);
                frame(r);
                text(r, row.value(i), font(TablePoints), alignments.value(i, Qt::AlignLeft | Qt::AlignVCenter));
                x += widths.at(i);
            }
        };
        out << piece;
    }
}

QList<HouseholdCardPainter::Piece> HouseholdCardPainter::pieces(const HouseholdCard &card)
{
    QList<Piece> out;
    const auto row = [&](const QList<qreal> &weights, const QList<Cell> &cells) { addRow(out, weights, cells); };

    // The household: a grid of label | value cells.
    const QList<qreal> grid{18, 26, 18, 28, 18, 26, 22, 30};
    const QString sizeText = card.size ? tr("%n person(s)", nullptr, card.size) : QString();
    row(grid,
        {{tr("Head of household"), 1, true}, {card.headName}, {tr("ID number"), 1, true}, {card.headIdNumber, 3},
            {tr("Household size"), 1, true}, {sizeText}});
    row(grid, {{tr("Address"), 1, true}, {card.address, 5}, {tr("Phone"), 1, true}, {card.phone}});
    row(grid,
        {{tr("Attribute"), 1, true}, {card.attribute}, {tr("Status"), 1, true}, {card.status},
            {tr("Identified in"), 1, true}, {yearText(card.identificationYear)},
            {card.exitPlanned ? tr("Planned exit") : tr("Exit year"), 1, true}, {yearText(card.exitYear)}});
    row(grid,
        {{tr("Poverty causes"), 1, true}, {card.causes.join(QStringLiteral("、")), 3}, {tr("Farmland (mu)"), 1, true},
            {muText(card.farmlandMu)}, {tr("Returned farmland (mu)"), 1, true}, {muText(card.returnedFarmlandMu)}});

    // The yes/no boxes, four to a row.
    for (qsizetype first = 0; first < card.boxes.size(); first += 4) {
        const QList<CardBox> boxes = card.boxes.mid(first, 4);
        out << Piece{mm(RowMm), [this, boxes](qreal top) {
                         const qreal w = m_width / 4;
                         for (int i = 0; i < 4; ++i) {
                             const QRectF r(i * w, top, w, mm(RowMm));
                             if (i < boxes.size())
                                 box(r, boxes.at(i));
                             else
                                 frame(r);
                         }
                     }};
    }

    // The members.
    const int centred = Qt::AlignCenter;
    const int left = Qt::AlignLeft | Qt::AlignVCenter;
    QList<QStringList> members;
    for (int i = 0; i < card.members.size(); ++i) {
        const CardMember &m = card.members.at(i);
        members << QStringList{QString::number(i + 1), m.name, m.relation, m.sex,
            m.age >= 0 ? QString::number(m.age) : QString(), m.health, m.labour, m.schooling, m.work};
    }
    if (members.isEmpty())
        members << QStringList{QString(), tr("(none recorded)")};
    addTable(out, 0, tr("Members of the household"),
        {tr("No."), tr("Name"), tr("Relation to head"), tr("Sex"), tr("Age"), tr("Health"), tr("Labour skill"),
            tr("Schooling"), tr("Work")},
        {10, 20, 18, 9, 9, 26, 26, 28, 40}, members,
        {centred, left, centred, centred, centred, left, left, left, left});

    // 帮扶措施 | 帮扶成效 by sector.
    QList<QStringList> measures;
    for (int i = 0; i < card.measures.size(); ++i) {
        const CardMeasure &m = card.measures.at(i);
        measures << QStringList{QString::number(i + 1), m.sector, m.measure, m.result};
    }
    if (measures.isEmpty())
        measures << QStringList{QString(), QString(), tr("(none recorded)")};
    addTable(out, 1, tr("Assistance measures and their results in %1").arg(card.year),
        {tr("No."), tr("Sector"), tr("Assistance measure"), tr("Result")}, {10, 28, 82, 66}, measures,
        {centred, centred, left, left});

    // Income against the line, the cadre and the work team.
    out << Piece{mm(GapMm), [](qreal) {}};
    const QString income
        = card.perCapitaFen ? tr("%1 yuan").arg(Money::fromFen(*card.perCapitaFen).toString()) : QString();
    const QString standard
        = card.standardFen ? tr("%1 yuan").arg(Money::fromFen(*card.standardFen).toString()) : QString();
    QString against;
    if (card.perCapitaFen && card.standardFen)
        against = *card.perCapitaFen >= *card.standardFen ? tr("Above") : tr("Below");
    row({32, 30, 32, 30, 32, 30},
        {{tr("Per-capita net income %1").arg(card.year), 1, true}, {income},
            {card.standardIsThreshold ? tr("Monitoring threshold %1").arg(card.year)
                                      : tr("Poverty line %1").arg(card.year),
                1, true},
            {standard}, {tr("Against the standard"), 1, true}, {against}});
    const QList<qreal> people{24, 30, 22, 56, 22, 32};
    row(people,
        {{tr("Responsible cadre"), 1, true}, {card.cadreName}, {tr("Unit"), 1, true}, {card.cadreUnit},
            {tr("Phone"), 1, true}, {card.cadrePhone}});
    QString team = card.workTeamUnit;
    if (!card.workTeamMembers.isEmpty())
        team = team.isEmpty() ? card.workTeamMembers
                              : tr("%1: %2", "a work team's unit and members").arg(team, card.workTeamMembers);
    row(people,
        {{tr("Village work team"), 1, true}, {team, 3}, {tr("First secretary"), 1, true}, {card.firstSecretary}});

    // Signatures, 填写人 and date, the stamp.
    out << Piece{
        mm(GapMm + 26), [this](qreal top) {
            top += mm(GapMm);
            const qreal w = m_width / 4;
            const QStringList signers{tr("Head of household (signature)"), tr("Responsible cadre (signature)"),
                tr("First secretary (signature)"), tr("Village Party secretary (signature)")};
            for (int i = 0; i < 4; ++i) {
                const QRectF r(i * w, top, w, mm(13));
                frame(r);
                text(QRectF(r.left(), r.top(), r.width(), mm(5)), signers.at(i), font(SmallPoints),
                    Qt::AlignLeft | Qt::AlignTop);
            }
            const QRectF filler(0, top + mm(13), w, mm(13));
            const QRectF date(w, top + mm(13), w * 2, mm(13));
            const QRectF stamp(w * 3, top + mm(13), w, mm(13));
            for (const QRectF &r : {filler, date, stamp})
                frame(r);
            text(filler, tr("Filled in by:"), font(SmallPoints), Qt::AlignLeft | Qt::AlignTop);
            text(date, tr("Date:          year      month      day"), font(SmallPoints), Qt::AlignLeft | Qt::AlignTop);
            text(stamp, tr("(Stamp)"), font(SmallPoints), Qt::AlignRight | Qt::AlignBottom);
        }};
    return out;
}

int HouseholdCardPainter::paint(const HouseholdCard &card)
{
    if (m_template == CardTemplate::Contact) {
        m_contacts << card;
        return m_contacts.size() == 4 ? contactSheets() : 0;
    }
    const QList<Piece> all = m_template == CardTemplate::Policy ? policyPieces(card)
        : m_template == CardTemplate::Income                    ? incomePieces(card)
                                                                : pieces(card);
    const qreal firstTop = header(card, 1, 1, false) + mm(GapMm);
    const qreal nextTop = header(card, 2, 1, false) + mm(GapMm);
    const qreal bottom = m_height - mm(FooterMm) - mm(GapMm);

    // Which piece goes where: a piece that does not fit starts a new page, a table's row with the
    // table's header above it.
    struct Placed
    {
        int piece = 0;
        qreal top = 0;
    };
    QList<QList<Placed>> pages(1);
    QHash<int, int> headerOf; // group → the index of its header piece
    qreal y = firstTop;
    for (int i = 0; i < all.size(); ++i) {
        const Piece &p = all.at(i);
        if (p.keepWithNext && p.group >= 0)
            headerOf.insert(p.group, i);
        const qreal need = p.height + (p.keepWithNext && i + 1 < all.size() ? all.at(i + 1).height : 0);
        if (y + need > bottom && !pages.constLast().isEmpty()) {
            pages.append(QList<Placed>());
            y = nextTop;
            if (p.group >= 0 && !p.keepWithNext && headerOf.contains(p.group)) {
                const int h = headerOf.value(p.group);
                pages.last().append({h, y});
                y += all.at(h).height;
            }
        }
        pages.last().append({i, y});
        y += p.height;
    }

    const int count = int(pages.size());
    for (int page = 0; page < count; ++page) {
        startPage();
        header(card, page + 1, count, true);
        for (const Placed &placed : pages.at(page))
            all.at(placed.piece).draw(placed.top);
        footer(card, page + 1, count);
    }
    return count;
}

QString HouseholdCardPainter::titleOf(const HouseholdCard &card) const
{
    switch (m_template) {
    case CardTemplate::Household:
        break;
    case CardTemplate::Contact:
        return tr("%1 assistance contact card (%2)").arg(card.county).arg(card.year);
    case CardTemplate::Policy:
        return tr("%1 policy card (%2)").arg(card.county).arg(card.year);
    case CardTemplate::Income:
        return tr("%1 income card (%2)").arg(card.county).arg(card.year);
    }
    return card.title;
}

void HouseholdCardPainter::addRow(QList<Piece> &out, const QList<qreal> &weights, const QList<Cell> &cells)
{
    const QList<qreal> widths = widthsOf(weights, m_width);
    qreal height = mm(RowMm);
    int column = 0;
    for (const Cell &cell : cells) {
        qreal w = 0;
        for (int i = 0; i < cell.span && column < widths.size(); ++i)
            w += widths.at(column++);
        if (!cell.label)
            height = std::max(height, textHeight(cell.text, font(BodyPoints), w));
    }
    height = std::min(height, mm(3 * RowMm)); // longer text shrinks in its box
    out << Piece{height, [this, widths, cells, height](qreal top) { gridRow(top, height, widths, cells); }};
}

void HouseholdCardPainter::householdRows(QList<Piece> &out, const HouseholdCard &card)
{
    const QList<qreal> grid{18, 26, 18, 28, 18, 26, 22, 30};
    const QString sizeText = card.size ? tr("%n person(s)", nullptr, card.size) : QString();
    addRow(out, grid,
        {{tr("Head of household"), 1, true}, {card.headName}, {tr("ID number"), 1, true}, {card.headIdNumber, 3},
            {tr("Household size"), 1, true}, {sizeText}});
    addRow(out, grid,
        {{tr("Attribute"), 1, true}, {card.attribute}, {tr("Status"), 1, true}, {card.status},
            {tr("Identified in"), 1, true}, {yearText(card.identificationYear)},
            {card.exitPlanned ? tr("Planned exit") : tr("Exit year"), 1, true}, {yearText(card.exitYear)}});
}

void HouseholdCardPainter::signatureRow(QList<Piece> &out, const QStringList &signers)
{
    out << Piece{mm(GapMm + 13), [this, signers](qreal top) {
                     top += mm(GapMm);
                     const qreal w = m_width / signers.size();
                     for (int i = 0; i < signers.size(); ++i) {
                         const QRectF r(i * w, top, w, mm(13));
                         frame(r);
                         text(QRectF(r.left(), r.top(), r.width(), mm(5)), signers.at(i), font(SmallPoints),
                             Qt::AlignLeft | Qt::AlignTop);
                     }
                 }};
}

QList<HouseholdCardPainter::Piece> HouseholdCardPainter::policyPieces(const HouseholdCard &card)
{
    QList<Piece> out;
    householdRows(out, card);
    const int centred = Qt::AlignCenter;
    const int left = Qt::AlignLeft | Qt::AlignVCenter;
    const int right = Qt::AlignRight | Qt::AlignVCenter;
    QList<QStringList> rows;
    for (int i = 0; i < card.history.size(); ++i) {
        const CardMeasure &m = card.history.at(i);
        rows << QStringList{QString::number(i + 1), m.sector, m.measure, m.date,
            m.amountFen ? Money::fromFen(m.amountFen).toString() : QString()};
    }
    if (rows.isEmpty())
        rows << QStringList{QString(), QString(), tr("(none recorded)")};
    addTable(out, 0, tr("Measures and benefits enjoyed since identification"),
        {tr("No."), tr("Category"), tr("Assistance measure"), tr("Date"), tr("Amount (yuan)")}, {10, 26, 90, 24, 24},
        rows, {centred, centred, left, centred, right});
    QList<QStringList> standards;
    for (int i = 0; i < card.policyStandards.size(); ++i)
        standards << QStringList{QString::number(i + 1), card.policyStandards.at(i)};
    addTable(out, 1, tr("Policy standards"), {tr("No."), tr("Policy standard")}, {10, 164}, standards, {centred, left});
    out << Piece{mm(GapMm), [](qreal) {}};
    addRow(out, {24, 30, 22, 56, 22, 32},
        {{tr("Filled in by"), 1, true}, {card.cadreName}, {tr("Phone"), 1, true}, {card.cadrePhone},
            {tr("Date"), 1, true}, {}});
    signatureRow(out, {tr("Head of household (signature)"), tr("Responsible cadre (signature)")});
    return out;
}

QList<HouseholdCardPainter::Piece> HouseholdCardPainter::incomePieces(const HouseholdCard &card)
{
    QList<Piece> out;
    householdRows(out, card);
    const int centred = Qt::AlignCenter;
    const int left = Qt::AlignLeft | Qt::AlignVCenter;
    const int right = Qt::AlignRight | Qt::AlignVCenter;
    QList<QStringList> rows;
    if (card.income) {
        for (const IncomeStatement::Row &r : card.income->rows) {
            QString value;
            if (r.count)
                value = QString::number(*r.count);
            else if (r.fen)
                value = Money::fromFen(*r.fen).toString();
            rows << QStringList{r.code, r.label, r.formula, value};
        }
    } else {
        rows << QStringList{QString(), tr("No income recorded for %1.").arg(card.year)};
    }
    addTable(out, 0, tr("Income in %1").arg(card.year),
        {tr("Code"), tr("Item"), tr("Formula"), tr("Amount (yuan) or people")}, {14, 84, 40, 36}, rows,
        {centred, left, centred, right});
    out << Piece{mm(GapMm), [](qreal) {}};
    const QString standard
        = card.standardFen ? tr("%1 yuan").arg(Money::fromFen(*card.standardFen).toString()) : QString();
    QString against;
    if (card.income && card.income->perCapitaFen && card.standardFen)
        against = *card.income->perCapitaFen >= *card.standardFen ? tr("Above") : tr("Below");
    addRow(out, {32, 30, 32, 30},
        {{card.standardIsThreshold ? tr("Monitoring threshold %1").arg(card.year)
                                   : tr("Poverty line %1").arg(card.year),
             1, true},
            {standard}, {tr("T against the standard"), 1, true}, {against}});
    addRow(out, {24, 30, 22, 56, 22, 32},
        {{tr("Filled in by"), 1, true}, {card.cadreName}, {tr("Phone"), 1, true}, {card.cadrePhone},
            {tr("Date"), 1, true}, {}});
    signatureRow(out, {tr("Head of household (signature)"), tr("Responsible cadre (signature)")});
    return out;
}

int HouseholdCardPainter::finish()
{
    return m_template == CardTemplate::Contact && !m_contacts.isEmpty() ? contactSheets() : 0;
}

void HouseholdCardPainter::cuttingMarks(const QRectF &card)
{
    // Short marks outside each corner, where the sheet is cut.
    m_painter.save();
    m_painter.setPen(QPen(QColor(120, 120, 120), mm(0.15)));
    const qreal gap = mm(1.5), length = mm(4);
    for (const QPointF &corner : {card.topLeft(), card.topRight(), card.bottomLeft(), card.bottomRight()}) {
        const qreal sx = corner.x() == card.left() ? -1 : 1;
        const qreal sy = corner.y() == card.top() ? -1 : 1;
        m_painter.drawLine(corner + QPointF(sx * gap, 0), corner + QPointF(sx * (gap + length), 0));
        m_painter.drawLine(corner + QPointF(0, sy * gap), corner + QPointF(0, sy * (gap + length)));
    }
    m_painter.restore();
}

int HouseholdCardPainter::contactSheets()
{
    // Four cards of 90 × 126 mm on an A4 sheet, in a 2 × 2 grid centred with room for the marks.
    constexpr qreal CardW = 90, CardH = 126;
    const qreal left = (210 - 2 * CardW - 10) / 2, top = (297 - 2 * CardH - 10) / 2;
    const auto slot = [&](int i, bool back) {
        int column = i % 2;
        if (back) // duplex along the long edge: the back of the left card is on the right
            column = 1 - column;
        return QRectF(mm(left + column * (CardW + 10)), mm(top + (i / 2) * (CardH + 10)), mm(CardW), mm(CardH));
    };
    int pages = 0;
    for (const bool back : {false, true}) {
        if (m_pages > 0)
            m_device.newPage();
        ++m_pages;
        ++pages;
        m_painter.resetTransform();
        for (int i = 0; i < m_contacts.size(); ++i) {
            const QRectF r = slot(i, back);
            cuttingMarks(r);
            if (back)
                contactBack(r, m_contacts.at(i));
            else
                contactFront(r, m_contacts.at(i));
        }
    }
    m_contacts.clear();
    return pages;
}

void HouseholdCardPainter::contactFront(const QRectF &r, const HouseholdCard &c)
{
    m_painter.setPen(QPen(Qt::black, mm(0.3)));
    m_painter.drawRect(r);
    const qreal pad = mm(4);
    const qreal w = r.width() - 2 * pad;
    qreal y = r.top() + pad;
    text(QRectF(r.left() + pad, y, w, mm(9)), titleOf(c), font(12, true, true), Qt::AlignCenter);
    y += mm(10);
    QStringList place{c.township, c.village};
    if (!c.group.isEmpty())
        place << c.group;
    QString measures;
    for (int i = 0; i < c.measures.size() && i < 4; ++i)
        measures += (measures.isEmpty() ? QString() : QStringLiteral("；")) + c.measures.at(i).measure;
    const QList<std::pair<QString, QString>> rows{{tr("Place"), place.join(QString())},
        {tr("Head of household"), c.headName}, {tr("Household code"), c.code}, {tr("Phone"), c.phone},
        {tr("Main cause"), c.causes.value(0)}, {tr("Attribute"), c.attribute},
        {c.exitPlanned ? tr("Planned exit") : tr("Exit year"), yearText(c.exitYear)}, {tr("Main measures"), measures}};
    const qreal labelW = mm(22);
    for (const auto &[label, value] : rows) {
        const qreal h = label == tr("Main measures") ? r.bottom() - pad - y : mm(9);
        frame(QRectF(r.left() + pad, y, labelW, h), true);
        text(QRectF(r.left() + pad, y, labelW, h), label, font(TablePoints, true), Qt::AlignCenter);
        frame(QRectF(r.left() + pad + labelW, y, w - labelW, h));
        text(QRectF(r.left() + pad + labelW, y, w - labelW, h), value, font(BodyPoints),
            Qt::AlignLeft | (label == tr("Main measures") ? Qt::AlignTop : Qt::AlignVCenter));
        y += h;
    }
}

void HouseholdCardPainter::contactBack(const QRectF &r, const HouseholdCard &c)
{
    m_painter.setPen(QPen(Qt::black, mm(0.3)));
    m_painter.drawRect(r);
    const qreal pad = mm(4);
    const qreal w = r.width() - 2 * pad;
    qreal y = r.top() + pad;
    text(QRectF(r.left() + pad, y, w, mm(9)), tr("Your assistance contacts"), font(12, true, true), Qt::AlignCenter);
    y += mm(10);
    const QList<std::pair<QString, QString>> rows{{tr("Responsible cadre"), c.cadreName}, {tr("Unit"), c.cadreUnit},
        {tr("Phone"), c.cadrePhone}, {tr("Village work team"), c.workTeamUnit},
        {tr("First secretary"), c.firstSecretary}};
    const qreal labelW = mm(22);
    for (const auto &[label, value] : rows) {
        frame(QRectF(r.left() + pad, y, labelW, mm(10)), true);
        text(QRectF(r.left() + pad, y, labelW, mm(10)), label, font(TablePoints, true), Qt::AlignCenter);
        frame(QRectF(r.left() + pad + labelW, y, w - labelW, mm(10)));
        text(QRectF(r.left() + pad + labelW, y, w - labelW, mm(10)), value, font(BodyPoints));
        y += mm(10);
    }
    y += mm(4);
    text(QRectF(r.left() + pad, y, w, mm(22)), c.pledge, font(11, true, true), Qt::AlignCenter);
    y += mm(24);
    text(QRectF(r.left() + pad, y, w, mm(14)),
        tr("Supervision phone: %1").arg(c.supervisionPhones.join(QStringLiteral("、"))), font(BodyPoints),
        Qt::AlignCenter);
    const QRectF qr(r.right() - pad - mm(16), r.bottom() - pad - mm(16), mm(16), mm(16));
    qrCode(qr, c.qrPayload());
    const QString printed = c.printNumber > 0
        ? tr("Print No. %1").arg(QStringLiteral("%1").arg(c.printNumber, 6, 10, QLatin1Char('0')))
        : tr("Preview, not logged");
    text(QRectF(r.left() + pad, r.bottom() - pad - mm(8), w - mm(18), mm(8)), printed, font(SmallPoints),
        Qt::AlignLeft | Qt::AlignBottom);
}
