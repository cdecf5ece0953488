// SPDX-License-Identifier: GPL-3.0-or-later
// Photo files for visits: shrunk to at most 1600 px and 500 KB as JPEG; refused by size before being
// read, and by content when they are not photos, in words naming the file.
#include "PhotoFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

} // namespace

TEST_CASE("a 4000x3000 PNG comes out a JPEG of at most 1600 px and 500 KB", "[photos]")
{
    QTemporaryDir dir;
    // Noise does not compress: the worst case for the size, and the PNG is tens of megabytes.
    QImage image(4000, 3000, QImage::Format_RGB32);
    QRandomGenerator rng(3);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = rng.generate() | 0xFF000000u;
    }
    const QString path = dir.filePath(QStringLiteral("院子.png"));
    REQUIRE(image.save(path, "PNG", 100));
    REQUIRE(QFileInfo(path).size() > 500 * 1024);
    REQUIRE(QFileInfo(path).size() <= PhotoFile::MaxFileBytes);

    const Result<NewVisitPhoto> photo = PhotoFile::prepare(path);
    INFO(photo.error().toStdString());
    REQUIRE(photo.ok());
    CHECK(photo->fileName == QStringLiteral("院子.png"));
    CHECK(photo->bytes.size() <= VisitPhotos::MaxBytes);
    CHECK(VisitPhotos::mimeOf(photo->bytes) == QStringLiteral("image/jpeg"));
    const QImage out = QImage::fromData(photo->bytes);
    REQUIRE(!out.isNull());
    CHECK(std::max(out.width(), out.height()) <= PhotoFile::MaxSide);
    CHECK(out.width() * 3 == out.height() * 4); // the shape kept
    CHECK(VisitPhotos::problemWith(photo->bytes, photo->fileName).isEmpty());

    // A small photo is stored as a JPEG too, at its own size.
    QImage small(300, 200, QImage::Format_ARGB32);
    small.fill(Qt::transparent);
    const QString smallPath = dir.filePath(QStringLiteral("small.png"));
    REQUIRE(small.save(smallPath, "PNG"));
    const Result<NewVisitPhoto> shrunk = PhotoFile::prepare(smallPath);
    REQUIRE(shrunk.ok());
    const QImage flat = QImage::fromData(shrunk->bytes);
    CHECK(flat.size() == QSize(300, 200));
    CHECK(qGray(flat.pixel(10, 10)) > 240); // transparent became white, not black
}

TEST_CASE("a file that is not a photo, a damaged one and one of 200 MB are refused naming the file", "[photos]")
{
    QTemporaryDir dir;
    const Result<NewVisitPhoto> text
        = PhotoFile::prepare(writeFile(dir, QStringLiteral("收据.jpg"), QByteArray("这不是照片，是一张收据的文字。")));
    REQUIRE(!text.ok());
    CHECK(text.error().contains(QStringLiteral("收据.jpg")));
    CHECK(text.error().contains(QStringLiteral("not a JPEG or PNG")));

    const Result<NewVisitPhoto> damaged = PhotoFile::prepare(
        writeFile(dir, QStringLiteral("broken.png"), QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(5000, 'x')));
    REQUIRE(!damaged.ok());
    CHECK(damaged.error().contains(QStringLiteral("broken.png")));
    CHECK(damaged.error().contains(QStringLiteral("damaged")));

    // 200 MB of zeros: if it were read, it would be refused as "not a JPEG or PNG" after a long read;
    // refused by its size, at once, it is named with its size.
    const QString huge = dir.filePath(QStringLiteral("huge.jpg"));
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(200LL * 1024 * 1024)); // sparse: nothing is written either
    }
    QElapsedTimer timer;
    timer.start();
    const Result<NewVisitPhoto> big = PhotoFile::prepare(huge);
    CHECK(timer.elapsed() < 200);
    REQUIRE(!big.ok());
    CHECK(big.error().contains(QStringLiteral("huge.jpg")));
    CHECK(big.error().contains(QStringLiteral("200.0 MB")));
    CHECK(!big.error().contains(QStringLiteral("not a JPEG")));

    const Result<NewVisitPhoto> missing = PhotoFile::prepare(dir.filePath(QStringLiteral("none.jpg")));
    REQUIRE(!missing.ok());
    CHECK(missing.error().contains(QStringLiteral("none.jpg")));
}
