// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TableKeys.h"

#include <QAbstractItemView>

void TableKeys::apply(QAbstractItemView *view)
{
    view->setTabKeyNavigation(false);
}
