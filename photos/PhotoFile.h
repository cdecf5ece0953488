// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "forces/VisitPhotos.h"

#include <QCoreApplication>
#include <QString>

// Turns a photo file into what a visit stores (走访照片): at most MaxSide pixels on its long side, a
// JPEG of at most VisitPhotos::MaxBytes. A file is refused by its size before anything is read, and
// by its first bytes before it is decoded, each time in words naming the file. Re-encoding always
// also drops the camera's metadata, the GPS position among it.
class PhotoFile
{
    Q_DECLARE_TR_FUNCTIONS(PhotoFile)

public:
    static constexpr qint64 MaxFileBytes = 40 * 1024 * 1024; // a 48-megapixel phone photo is ~25 MB
    static constexpr int MaxSide = 1600;
    static constexpr qint64 MaxPixels = 120'000'000;

    static Result<NewVisitPhoto> prepare(const QString &path);
    // The same for a photo already in memory; fileName is for the messages.
    static Result<QByteArray> shrink(const QByteArray &bytes, const QString &fileName);
};
