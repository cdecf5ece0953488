// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressChartPanel.h"

#include "files/OutputPath.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>

ProgressChartPanel::ProgressChartPanel(const QString &name, const QString &title, QWidget *parent)
    : QFrame(parent), m_title(title)
{
    setObjectName(name);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    auto *head = new QHBoxLayout;
    auto *label = new QLabel(u"<b>" + title.toHtmlEscaped() + u"</b>");
    label->setWordWrap(true);
    auto *save = new QToolButton;
    save->setObjectName(QStringLiteral("saveChart"));
    save->setText(tr("Save…"));
    save->setToolTip(tr("Save this chart as a PNG image or a PDF"));
    connect(save, &QToolButton::clicked, this, &ProgressChartPanel::saveAs);
    head->addWidget(label, 1);
    head->addWidget(save);
    layout->addLayout(head);
    m_view = new QChartView;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setAccessibleName(title);
    layout->addWidget(m_view, 1);
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
}

QChart *ProgressChartPanel::chart() const
{
    return m_view->chart();
}

void ProgressChartPanel::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void ProgressChartPanel::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ProgressChartPanel::render(QPainter &painter, const QRectF &box) const
{
    m_view->render(&painter, box, m_view->viewport()->rect(), Qt::KeepAspectRatio);
}

Status ProgressChartPanel::save(const QString &path) const
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (Status s = OutputPath::check(path, {}); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    const QSize size = m_view->viewport()->size();
    bool drawn = false;
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter writer(&file);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Fupin"));
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        writer.setPageMargins(QMarginsF());
        QPainter painter;
        if (painter.begin(&writer)) {
            render(painter, QRectF(QPointF(), writer.pageLayout().paintRectPixels(writer.resolution()).size()));
            drawn = painter.end();
        }
    } else {
        // Twice the screen's pixels: sharp in a report or a slide.
        QImage image(size * 2, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        render(painter, QRectF(image.rect()));
        painter.end();
        drawn = image.save(&file, "PNG");
    }
    if (!drawn) {
        file.cancelWriting();
        return Status::failure(tr("The chart could not be drawn into %1.").arg(shown));
    }
    if (!file.commit())
        return Status::failure(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    return {};
}

void ProgressChartPanel::saveAs()
{
    QString suggested = m_title;
    suggested.remove(QLatin1Char('/'));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart"),
        QDir::home().filePath(suggested + QStringLiteral(".png")), tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = save(path); !s)
        QMessageBox::warning(this, tr("Save the chart"), s.error());
}
