// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

QtMessageHandler previousHandler = nullptr;

// QGuiApplication's own start-up (the platform integration looking up its files) warns
// "QStandardPaths: XDG_RUNTIME_DIR not set" where there is no login session (root, cron, ssh without
// systemd): nothing of ours, nothing a county user can act on. Only that line, and only while the
// application is being created, is kept off stderr; everything else passes through.
void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    // Printing a notice or cards lays text out with fonts, which needs a QGuiApplication; the offscreen
    // platform lets it run without a display. Every other command stays a plain core application.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && (std::strcmp(argv[1], "notice") == 0 || std::strcmp(argv[1], "cards") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(dropRuntimeDirWarning);
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previousHandler);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("fupin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FUPIN_VERSION));
    Translations::install(*app);
    return CommandLine::run(QCoreApplication::arguments());
}
