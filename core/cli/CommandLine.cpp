// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "CountyDatabase.h"

#include <QTextStream>

#include <cstdio>

int CommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version")) {
        out << "fupin-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    err << tr("Unknown command \"%1\".").arg(command) << Qt::endl;
    return 1;
}
