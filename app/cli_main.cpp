// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "common/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fupin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FUPIN_VERSION));
    Translations::install(app);
    return CommandLine::run(QCoreApplication::arguments());
}
