// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PhotoViewerDialog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

PhotoViewerDialog::PhotoViewerDialog(const QByteArray &bytes, const QString &caption, QWidget *parent)
    : QDialog(parent), m_image(QImage::fromData(bytes))
{
    setObjectName(QStringLiteral("photoViewer"));
    setWindowTitle(caption);
    auto *layout = new QVBoxLayout(this);
    auto *picture = new QLabel;
    picture->setObjectName(QStringLiteral("photoViewerImage"));
    picture->setAlignment(Qt::AlignCenter);
    auto *size = new QLabel;
    size->setObjectName(QStringLiteral("photoViewerSize"));
    if (m_image.isNull()) {
        picture->setText(tr("The photo cannot be shown: its stored data is not a readable image."));
    } else {
        // A stored photo is up to 1600 px wide; a 1366×768 screen shows it shrunk, never cut.
        const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
        const QSize room = screen ? screen->availableGeometry().size() - QSize(48, 120) : m_image.size();
        const QImage shown = m_image.width() > room.width() || m_image.height() > room.height()
            ? m_image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : m_image;
        picture->setPixmap(QPixmap::fromImage(shown));
        size->setText(
            tr("%1 × %2 pixels, %3 KB").arg(m_image.width()).arg(m_image.height()).arg((bytes.size() + 1023) / 1024));
    }
    picture->setAccessibleName(caption);
    layout->addWidget(picture, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(size, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    buttons->button(QDialogButtonBox::Close)->setFocus();
}
