// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // Printing a notice lays text out with fonts, which needs a QGuiApplication; the offscreen
    // platform lets it run without a display. Every other command stays a plain core application.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "notice") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("fupin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FUPIN_VERSION));
    Translations::install(*app);
    return CommandLine::run(QCoreApplication::arguments());
}
