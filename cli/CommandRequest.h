// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include "common/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>

// What a writing command was asked to do: the options given, or the fields of the JSON object in
// the file given with --input (an option given too wins over the file's field). A field is named as
// its option ("household", "date"); an amount is "amount" in yuan as typed or a plain decimal
// string ("1000.00"), or "amount_fen" as an integer; a repeated option is a JSON array. Only
// what is read is checked here (a number, a date, an amount): every rule is core's.
class CommandRequest
{
    Q_DECLARE_TR_FUNCTIONS(CommandRequest)

public:
    // A request is a few lines; the limit is the one "household save" reads its file with.
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024;

    // The option that names the request's file; add it to the command's options.
    static const QCommandLineOption &inputOption();
    // The option that asks for JSON output.
    static const QCommandLineOption &jsonOption();

    // Reads --input when given; refused for a file that cannot be read, is too large, is not one
    // JSON object, or has a field that is none of `options` (a typo would otherwise go unseen).
    static Result<CommandRequest> read(const CommandContext &c, const QList<QCommandLineOption> &options);

    bool has(const QString &name) const;
    QString text(const QString &name) const;
    // Every value of a repeated option (or the JSON array), each trimmed, empty ones left out.
    QStringList texts(const QString &name) const;
    bool flag(const QString &name) const;
    // A record's number, more than 0.
    Result<qint64> id(const QString &name) const;
    Result<qint64> optionalId(const QString &name) const; // 0 when not given
    Result<int> number(const QString &name, int fallback) const;
    // A date as YYYY-MM-DD; invalid when not given and not required.
    Result<QDate> date(const QString &name, bool required) const;
    // An amount in yuan (--NAME) or fen ("NAME_fen" in the file); `fallback` when not given, or a
    // refusal when it is nullopt.
    Result<Money> amount(const QString &name, std::optional<Money> fallback = std::nullopt) const;

    bool json() const;

private:
    CommandRequest(const CommandContext &c, QJsonObject fields) : m_c(&c), m_fields(std::move(fields)) { }
    QJsonValue field(const QString &name) const { return m_fields.value(name); }
    bool given(const QString &name) const;

    const CommandContext *m_c;
    QJsonObject m_fields;
};
