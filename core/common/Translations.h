// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Translations {
// Installs Qt's own and Fupin's translations for the locale (the system locale by default), so
// the app starts in Chinese on a Chinese locale. Returns whether Fupin's translation was found.
bool install(QCoreApplication &app, const QLocale &locale = QLocale());
} // namespace Translations
