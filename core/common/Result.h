// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

// Success, or the reason for failure.
class Status
{
public:
    Status() = default;
    static Status failure(QString reason) { return Status(std::move(reason)); }
    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    explicit Status(QString reason) : m_error(reason.isEmpty() ? QStringLiteral("?") : std::move(reason)) { }
    QString m_error;
};

// A value or the reason there is none, in words a user can read. Core returns these; the UI
// decides how to show the reason.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    static Result failure(QString reason)
    {
        Result r;
        r.m_error = std::move(reason);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }
    // Only whether it worked, and why not.
    Status status() const { return ok() ? Status() : Status::failure(m_error); }
    // The value, or the fallback when there is none (where the reason does not matter).
    T value_or(T fallback) const { return ok() ? *m_value : std::move(fallback); }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};
