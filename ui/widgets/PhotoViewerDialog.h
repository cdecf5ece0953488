// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QImage>

// A stored photo at full size, or as large as the screen allows; Esc or Close shuts it.
class PhotoViewerDialog : public QDialog
{
    Q_OBJECT

public:
    // bytes: a JPEG or PNG as stored; caption: what the photo is, for the title.
    PhotoViewerDialog(const QByteArray &bytes, const QString &caption, QWidget *parent = nullptr);
    const QImage &image() const { return m_image; }

private:
    QImage m_image;
};
