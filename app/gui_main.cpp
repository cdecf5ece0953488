// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "common/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fupin"));
    QApplication::setOrganizationName(QStringLiteral("fupin"));
    QApplication::setApplicationVersion(QStringLiteral(FUPIN_VERSION));
    Translations::install(app);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Fupin"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "County poverty-alleviation register"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("main", "Open this county file."), QCoreApplication::translate("main", "file"));
    parser.addOption(dbOption);
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo county (invented data), creating it on first use."));
    parser.addOption(demoOption);
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(demoOption) && !parser.isSet(dbOption))
        window.openDemoCounty();
    else
        window.openInitialCounty(parser.value(dbOption));
    return QApplication::exec();
}
