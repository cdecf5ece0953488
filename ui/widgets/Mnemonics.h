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
// The text as a screen reader says it: without its mark ("户属性(&A)：" → "户属性", "&Save" → "Save"),
// without a closing colon. An input's accessible name is its label's plain text.
QString plain(const QString &text);
// The next text of a control whose text changes after makeUnique (a toggled button, a label that
// names the current row), marked with the letter the control has now, so that it keeps a letter
// no other control of the window uses.
QString keepLetter(const QString &current, const QString &next);
} // namespace Mnemonics
