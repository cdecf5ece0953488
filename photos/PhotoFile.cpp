// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhotoFile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <algorithm>

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

Result<NewVisitPhoto> PhotoFile::prepare(const QString &path)
{
    using R = Result<NewVisitPhoto>;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile())
        return R::failure(tr("The photo %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (info.size() > MaxFileBytes)
        return R::failure(tr("%1 is %2 MB; a photo file may be at most %3 MB. Choose a smaller photo.")
                              .arg(name, megabytes(info.size()), megabytes(MaxFileBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("The photo %1 cannot be read: %2").arg(name, file.errorString()));
    // The first bytes say whether it is a photo at all, before the rest is read.
    if (VisitPhotos::mimeOf(file.peek(16)).isEmpty())
        return R::failure(VisitPhotos::problemWith(QByteArray(), name));
    const QByteArray bytes = file.readAll();
    if (bytes.size() != info.size())
        return R::failure(tr("The photo %1 cannot be read: %2").arg(name, file.errorString()));
    const Result<QByteArray> shrunk = shrink(bytes, name);
    if (!shrunk)
        return R::failure(shrunk.error());
    return NewVisitPhoto{shrunk.value(), name};
}

Result<QByteArray> PhotoFile::shrink(const QByteArray &bytes, const QString &fileName)
{
    using R = Result<QByteArray>;
    if (VisitPhotos::mimeOf(bytes).isEmpty())
        return R::failure(VisitPhotos::problemWith(bytes, fileName));
    QBuffer in;
    in.setData(bytes);
    in.open(QIODevice::ReadOnly);
    QImageReader reader(&in);
    reader.setAutoTransform(true); // a phone photo taken upright stays upright
    const QSize size = reader.size();
    const QString damaged = tr("%1 cannot be read as a photo; it may be damaged.").arg(fileName);
    if (!size.isValid())
        return R::failure(damaged);
    if (qint64(size.width()) * size.height() > MaxPixels)
        return R::failure(tr("%1 is %2 × %3 pixels, too large to open; a photo may have at most %4 million pixels.")
                              .arg(fileName)
                              .arg(size.width())
                              .arg(size.height())
                              .arg(MaxPixels / 1'000'000));
    // JPEG is decoded straight at the smaller size; PNG is scaled after decoding.
    if (std::max(size.width(), size.height()) > MaxSide)
        reader.setScaledSize(size.scaled(MaxSide, MaxSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return R::failure(damaged);
    // JPEG has no transparency: a transparent PNG goes on white, not black.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    // Lower the quality first, then the size, until it fits.
    for (int attempt = 0; attempt < 6; ++attempt) {
        for (int quality : {85, 75, 65, 55, 45}) {
            QByteArray out;
            QBuffer buffer(&out);
            buffer.open(QIODevice::WriteOnly);
            QImageWriter writer(&buffer, "jpeg");
            writer.setQuality(quality);
            if (!writer.write(flat))
                return R::failure(tr("%1 could not be converted to JPEG on this computer.").arg(fileName));
            if (out.size() <= VisitPhotos::MaxBytes)
                return out;
        }
        flat = flat.scaled(flat.size() * 3 / 4, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return R::failure(tr("%1 could not be made small enough to store.").arg(fileName));
}
