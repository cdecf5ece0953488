// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard answers the keyboard like every other window: its tables leave on Tab, and its
// labels' letters reach their fields; and it reads a roster as offices keep it.
#include "db/CountyDatabase.h"
#include "spreadsheets/ImportWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

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

TEST_CASE("the import wizard finds the header row below a title row when Next is clicked", "[import]")
{
    // A roster as offices keep it: a title row above the column names. The wizard once took the
    // spin box's 1 as the user's choice of header row whenever a button led to the page.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("从江县友香镇脱贫人口花名册（2025年）,,,,\r\n"
               "户编号,姓名,身份证号,与户主关系,性别\r\n"
               "5226331002900001,杨贤才,522633196809245696,户主,男\r\n");
    file.close();
    std::unique_ptr<CountyDatabase> db = CountyDatabase::openInMemory();
    REQUIRE(db);
    ImportWizard wizard(*db);
    wizard.show();
    REQUIRE(wizard.currentId() == 0);
    wizard.findChild<QLineEdit *>(QStringLiteral("importPath"))->setText(path);
    wizard.button(QWizard::NextButton)->click();
    REQUIRE(wizard.currentId() == 1);
    CHECK(wizard.findChild<QSpinBox *>(QStringLiteral("importHeaderRow"))->value() == 2);
    const auto *mapping = wizard.findChild<QTableWidget *>(QStringLiteral("importMapping"));
    REQUIRE(mapping);
    QStringList chosen;
    for (int i = 0; i < mapping->rowCount(); ++i) {
        const auto *combo = qobject_cast<QComboBox *>(mapping->cellWidget(i, 1));
        if (combo && combo->currentData().toInt() >= 0)
            chosen << mapping->item(i, 0)->text() + u'=' + combo->currentText();
    }
    INFO(chosen.join(u' ').toStdString());
    CHECK(chosen.size() >= 4);
}
