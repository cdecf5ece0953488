// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
const QString RecentFilesKey = QStringLiteral("files/recent");
const QString WindowStateKey = QStringLiteral("window/main");
const QString VersionKey = QStringLiteral("version");
constexpr int SettingsVersion = 1;
std::unique_ptr<AppSettings> s_instance;
QString s_file;
} // namespace

AppSettings::AppSettings()
    : m_settings(
        s_file.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(s_file, QSettings::IniFormat))
{
    m_settings->setValue(VersionKey, SettingsVersion);
}

AppSettings &AppSettings::instance()
{
    if (!s_instance)
        s_instance.reset(new AppSettings);
    return *s_instance;
}

void AppSettings::useFile(const QString &path)
{
    s_file = path;
    s_instance.reset();
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(RecentFilesKey).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    m_settings->setValue(RecentFilesKey, files.mid(0, MaxRecentFiles));
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings->setValue(RecentFilesKey, files);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings->value(WindowStateKey).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    m_settings->setValue(WindowStateKey, state);
}

QString AppSettings::defaultCountyFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("county.fupin"));
}

namespace {
// One key per county file: its absolute path, hashed so the settings file stays readable.
QString lastLoginKey(const QString &countyPath)
{
    const QByteArray path = QFileInfo(countyPath).absoluteFilePath().toUtf8();
    return QStringLiteral("logins/")
        + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}
} // namespace

QString AppSettings::lastLogin(const QString &countyPath) const
{
    return m_settings->value(lastLoginKey(countyPath)).toString();
}

void AppSettings::setLastLogin(const QString &countyPath, const QString &login)
{
    m_settings->setValue(lastLoginKey(countyPath), login);
}

QString AppSettings::demoCountyFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.fupin"));
}
