// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemView;

// How every list and table of the app answers the keyboard: the arrows move within it, Tab and
// Shift+Tab leave it (a table keeps Tab for its cells by default, and a cadre tabbing through a
// page was trapped cycling cells), and Enter opens the current row (the view's activated(), which the page connects).
namespace TableKeys {
void apply(QAbstractItemView *view);
} // namespace TableKeys
