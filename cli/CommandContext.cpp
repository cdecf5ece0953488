// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int CommandContext::fail(const QString &message) const
{
    err << message << Qt::endl;
    return 1;
}

Result<QStringList> CommandContext::parseSubcommand(
    const QList<QCommandLineOption> &options, const QString &positional) const
{
    parser.addOptions(options);
    if (!positional.isEmpty())
        parser.addPositionalArgument(positional, QString());
    if (!parser.parse(QStringList{arguments.value(0)} + arguments.mid(2)))
        return Result<QStringList>::failure(parser.errorText());
    return parser.positionalArguments();
}

void CommandContext::printJson(const QJsonValue &value) const
{
    out << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
               .toJson(QJsonDocument::Indented);
    out.flush();
}
