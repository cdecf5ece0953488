// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QSet>

class QWidget;

// Makes the mnemonics (Alt+letter) of a window unique, as KDE's accelerator manager does: the
// first control to claim a letter keeps it, a later one gets a free letter of its own text (or,
// for a translated "(&X)", any free letter), and loses its mark when none is left. A form of sixty
// fields cannot give each a letter; Tab, the section list and Ctrl+PgUp/PgDn reach the rest.
namespace Mnemonics {
// The letter marked in a text ("保存(&S)" → S), upper case; null when none.
QChar of(const QString &text);
// Applies to the labels with a buddy, the buttons and checkable group boxes under root, in creation
// order, with the reserved letters (a menu bar's) taken already. Returns the letters then in use.
QSet<QChar> makeUnique(QWidget *root, QSet<QChar> reserved = {});
} // namespace Mnemonics
