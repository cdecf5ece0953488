// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard answers the keyboard like every other window: its tables leave on Tab, and its
// labels' letters reach their fields.
#include "db/CountyDatabase.h"
#include "spreadsheets/ImportWizard.h"

#include <QLabel>
#include <QTableWidget>

#include <catch2/catch.hpp>

TEST_CASE("the import wizard's tables leave on Tab and its labels reach their fields", "[import][keyboard]")
{
    std::unique_ptr<CountyDatabase> db = CountyDatabase::openInMemory();
    REQUIRE(db);
    ImportWizard wizard(*db);
    const auto tables = wizard.findChildren<QTableWidget *>();
    REQUIRE(tables.size() == 3);
    for (QTableWidget *table : tables) {
        INFO(table->objectName().toStdString());
        CHECK_FALSE(table->tabKeyNavigation());
    }
    for (QLabel *label : wizard.findChildren<QLabel *>()) {
        if (!label->text().contains(u'&'))
            continue;
        INFO(label->text().toStdString());
        CHECK(label->buddy() != nullptr);
    }
}
