// SPDX-License-Identifier: GPL-3.0-or-later
#include "HouseholdCardPdf.h"

#include "HouseholdCardPainter.h"
#include "files/OutputPath.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

HouseholdCardPdf::HouseholdCardPdf(const QString &path) : m_path(path), m_file(path)
{ }

HouseholdCardPdf::~HouseholdCardPdf()
{
    // Not committed: the temporary file goes, the target stays as it was.
    m_cardPainter.reset();
    if (m_painter && m_painter->isActive())
        m_painter->end();
    m_painter.reset();
    m_writer.reset();
    if (m_file.isOpen())
        m_file.cancelWriting();
}

QString HouseholdCardPdf::shownPath() const
{
    return QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath());
}

Status HouseholdCardPdf::open(const QStringList &inputsBeingRead, const QString &documentTitle,
    HouseholdCardPainter::Layout layout, CardTemplate kind)
{
    if (Status s = OutputPath::check(m_path, inputsBeingRead); !s)
        return s;
    if (Status s = HouseholdCardPainter::checkFonts(); !s)
        return s;
    if (!QFileInfo(m_path).absoluteDir().exists())
        return Status::failure(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath())));
    if (!m_file.open(QIODevice::WriteOnly))
        return Status::failure(tr("%1 cannot be written: %2").arg(shownPath(), m_file.errorString()));
    m_writer = std::make_unique<QPdfWriter>(&m_file);
    m_writer->setResolution(300);
    m_writer->setTitle(documentTitle);
    m_writer->setCreator(QStringLiteral("Fupin"));
    HouseholdCardPainter::setUpPage(*m_writer, layout, kind);
    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(m_writer.get())) {
        m_file.cancelWriting();
        return Status::failure(tr("%1 cannot be written: the PDF could not be started.").arg(shownPath()));
    }
    m_cardPainter = std::make_unique<HouseholdCardPainter>(*m_painter, *m_writer, layout);
    m_cardPainter->setTemplate(kind);
    return {};
}

Status HouseholdCardPdf::add(const HouseholdCard &card)
{
    if (!m_cardPainter)
        return Status::failure(tr("%1 is not open for writing.").arg(shownPath()));
    m_pages += m_cardPainter->paint(card);
    m_sheets = m_cardPainter->sheets();
    ++m_cards;
    if (m_file.error() != QFileDevice::NoError)
        return Status::failure(tr("%1 cannot be written: %2").arg(shownPath(), m_file.errorString()));
    return {};
}

Status HouseholdCardPdf::commit()
{
    if (!m_cardPainter)
        return Status::failure(tr("%1 is not open for writing.").arg(shownPath()));
    if (m_cards == 0) {
        m_file.cancelWriting();
        return Status::failure(tr("%1 was not written: there is no card to print.").arg(shownPath()));
    }
    m_pages += m_cardPainter->finish(); // the last sheet of contact cards
    m_sheets = m_cardPainter->sheets();
    const bool ended = m_painter->end();
    m_cardPainter.reset();
    m_painter.reset();
    m_writer.reset();
    if (!ended || m_file.error() != QFileDevice::NoError) {
        const QString why = m_file.errorString();
        m_file.cancelWriting();
        return Status::failure(tr("%1 cannot be written: %2").arg(shownPath(), why));
    }
    if (!m_file.commit())
        return Status::failure(tr("%1 cannot be written: %2").arg(shownPath(), m_file.errorString()));
    return {};
}
