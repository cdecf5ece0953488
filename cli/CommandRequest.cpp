// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRequest.h"

#include "funds/AmountBounds.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

const QCommandLineOption &CommandRequest::inputOption()
{
    static const QCommandLineOption option(QStringLiteral("input"),
        tr("Read the request as a JSON object from this file (- for standard input); an option given too wins."),
        QStringLiteral("file"));
    return option;
}

const QCommandLineOption &CommandRequest::jsonOption()
{
    static const QCommandLineOption option(QStringLiteral("json"), tr("Print JSON instead of text."));
    return option;
}

Result<CommandRequest> CommandRequest::read(const CommandContext &c, const QList<QCommandLineOption> &options)
{
    using R = Result<CommandRequest>;
    // optionNames(): the options given, so that a command without --input is not asked about it.
    if (!c.parser.optionNames().contains(inputOption().names().first()))
        return CommandRequest(c, {});
    const QString path = c.parser.value(inputOption());
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return R::failure(tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    // Read with the limit, not by the size the file claims: a pipe has none.
    const QByteArray bytes = file.read(MaxBytes + 1);
    if (bytes.size() > MaxBytes)
        return R::failure(
            tr("%1 is too large to hold one request (at most %2 MB).").arg(path).arg(MaxBytes / 1024 / 1024));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return R::failure(
            tr("%1 does not hold one JSON object (the error is near character %2).").arg(path).arg(error.offset));
    const QJsonObject fields = document.object();
    QStringList known;
    for (const QCommandLineOption &option : options)
        known << option.names();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString key = it.key();
        const bool fen = key.endsWith(QLatin1String("_fen")) && known.contains(key.chopped(4));
        if (!fen && (!known.contains(key) || key == inputOption().names().first()))
            return R::failure(tr("%1 has the field \"%2\", which this command does not take.").arg(path, key.left(40)));
    }
    return CommandRequest(c, fields);
}

// Whether the option was given on the command line: optionNames() holds only those given, so a
// field name that is no option ("amount_fen") is asked without a warning.
bool CommandRequest::given(const QString &name) const
{
    return m_c->parser.optionNames().contains(name);
}

bool CommandRequest::has(const QString &name) const
{
    return given(name) || m_fields.contains(name);
}

QString CommandRequest::text(const QString &name) const
{
    if (given(name))
        return m_c->parser.value(name);
    const QJsonValue v = field(name);
    if (v.isDouble())
        return v.toDouble() == std::floor(v.toDouble()) ? QString::number(v.toInteger())
                                                        : QString::number(v.toDouble(), 'f', 2);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

QStringList CommandRequest::texts(const QString &name) const
{
    QStringList values;
    if (given(name)) {
        values = m_c->parser.values(name);
    } else if (field(name).isArray()) {
        for (const QJsonValue &v : field(name).toArray())
            values << (v.isDouble() ? QString::number(v.toInteger()) : v.toString());
    } else if (m_fields.contains(name)) {
        values << text(name);
    }
    QStringList kept;
    for (const QString &v : std::as_const(values)) {
        if (!v.trimmed().isEmpty())
            kept << v.trimmed();
    }
    return kept;
}

bool CommandRequest::flag(const QString &name) const
{
    if (given(name))
        return true;
    const QJsonValue v = field(name);
    return v.isBool() ? v.toBool() : (v.isDouble() && v.toInteger() != 0);
}

Result<qint64> CommandRequest::id(const QString &name) const
{
    bool ok = false;
    const qint64 id = text(name).trimmed().toLongLong(&ok);
    if (!has(name) || !ok || id <= 0)
        return Result<qint64>::failure(tr("Give the %1 number with --%1 N.").arg(name));
    return id;
}

Result<qint64> CommandRequest::optionalId(const QString &name) const
{
    if (!has(name) || text(name).trimmed().isEmpty() || text(name).trimmed() == QLatin1String("0"))
        return qint64(0);
    return id(name);
}

Result<int> CommandRequest::number(const QString &name, int fallback) const
{
    if (!has(name))
        return fallback;
    bool ok = false;
    const int n = text(name).trimmed().toInt(&ok);
    if (!ok)
        return Result<int>::failure(tr("--%1 takes a whole number; \"%2\" is not one.").arg(name, text(name).left(40)));
    return n;
}

Result<QDate> CommandRequest::date(const QString &name, bool required) const
{
    if (!has(name) || text(name).trimmed().isEmpty()) {
        if (required)
            return Result<QDate>::failure(tr("Give the date with --%1 YYYY-MM-DD.").arg(name));
        return QDate();
    }
    const QDate d = QDate::fromString(text(name).trimmed(), Qt::ISODate);
    if (!d.isValid())
        return Result<QDate>::failure(
            tr("--%1: \"%2\" is not a date; write it as YYYY-MM-DD.").arg(name, text(name).left(40)));
    return d;
}

Result<Money> CommandRequest::amount(const QString &name, std::optional<Money> fallback) const
{
    const QString fenKey = name + QStringLiteral("_fen");
    if (!given(name) && m_fields.contains(fenKey)) {
        const QJsonValue v = m_fields.value(fenKey);
        const double fen = v.toDouble(-1);
        if (!v.isDouble() || fen != std::floor(fen) || std::abs(fen) > double(AmountBounds::MaxFen))
            return Result<Money>::failure(
                tr("\"%1\" must be a whole number of fen, at most %2.").arg(fenKey).arg(AmountBounds::MaxFen));
        return Money::fromFen(qint64(fen));
    }
    if (!has(name) || text(name).trimmed().isEmpty()) {
        if (fallback)
            return *fallback;
        return Result<Money>::failure(tr("Give the amount in yuan with --%1, like 1000.00.").arg(name));
    }
    return Money::parse(text(name));
}

bool CommandRequest::json() const
{
    return m_c->parser.isSet(jsonOption());
}
