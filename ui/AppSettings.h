// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include <memory>

// The one typed facade over QSettings: every setting with its default in one place. Tests point
// it at a temporary file.
class AppSettings
{
public:
    static AppSettings &instance();
    // Use this file instead of the user's settings (tests).
    static void useFile(const QString &path);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    // The login last used on a county file, offered first on the login dialog.
    QString lastLogin(const QString &countyPath) const;
    void setLastLogin(const QString &countyPath, const QString &login);

    // The county file opened when no --db is given.
    static QString defaultCountyFile();
    // The demo county, kept apart from the real one so that it is never mistaken for it.
    static QString demoCountyFile();

    static constexpr int MaxRecentFiles = 8;

private:
    AppSettings();
    std::unique_ptr<QSettings> m_settings;
};
