// SPDX-License-Identifier: GPL-3.0-or-later
// The incidence line and the villages' rural population, offscreen: opened beside the poverty line
// and monitoring threshold; a county account changes them through core (audited), a village
// account sees them only.
#include "progress/IncidenceSettingsDialog.h"

#include "../TestSql.h"
#include "accounts/SignIn.h"
#include "county/PovertyStandardsDialog.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "progress/ProgressIndicators.h"
#include "widgets/RefusalLabel.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

namespace {

int auditRows(CountyDatabase &db, const QString &key)
{
    QSqlQuery q(TestSql::of(db));
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'county_info' AND record_uuid = ?"));
    q.addBindValue(key);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("IncidenceSettingsDialog: the county sets the line and a village's population", "[incidence][dialog]")
{
    auto db = CountyDatabase::openInMemory();
    DemoOptions options;
    options.households = 200;
    REQUIRE(DemoGenerator::generate(*db, options).ok());

    SECTION("county staff, from the poverty line dialog")
    {
        REQUIRE(SignIn::signIn(*db, QStringLiteral("county"), QString::fromLatin1(DemoGenerator::DemoPassword)));
        PovertyStandardsDialog standards(*db);
        standards.show();
        auto *open = standards.findChild<QPushButton *>(QStringLiteral("openIncidenceSettings"));
        REQUIRE(open);
        bool opened = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<IncidenceSettingsDialog *>(QApplication::activeModalWidget());
            opened = dialog != nullptr;
            if (dialog)
                dialog->reject();
        });
        open->click();
        CHECK(opened);

        IncidenceSettingsDialog dialog(*db);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        const int line = ProgressIndicators(*db).incidenceLinePercent();
        const int other = line == 3 ? 2 : 3;
        const int index = dialog.lineBox()->findData(other);
        dialog.lineBox()->setCurrentIndex(index);
        emit dialog.lineBox()->activated(index);
        CHECK(ProgressIndicators(*db).incidenceLinePercent() == other);
        CHECK(ProgressIndicators(*db).compute(0, 2019).value().incidenceLinePercent == other);
        CHECK(auditRows(*db, QStringLiteral("incidence_line_percent")) >= 1);

        QTableWidget *table = dialog.table();
        REQUIRE(table->rowCount() > 0);
        const qint64 village = table->item(0, IncidenceSettingsDialog::VillageColumn)->data(Qt::UserRole).toLongLong();
        // As the editor commits a typed figure: the cell's text changes.
        table->item(0, IncidenceSettingsDialog::RuralColumn)->setText(QStringLiteral("4321"));
        REQUIRE(QTest::qWaitFor([&] {
            const QList<VillagePopulation> all = ProgressIndicators(*db).villagePopulations().value();
            for (const VillagePopulation &v : all) {
                if (v.villageId == village)
                    return v.ruralPeople == 4321;
            }
            return false;
        }));
        CHECK_FALSE(dialog.refusal()->isVisible());
        CHECK(table->item(0, IncidenceSettingsDialog::RuralColumn)->text() == QStringLiteral("4321"));
        // A word is refused and the figure put back.
        table->item(0, IncidenceSettingsDialog::RuralColumn)->setText(QStringLiteral("很多"));
        CHECK(dialog.refusal()->isVisible());
        CHECK(QTest::qWaitFor(
            [&] { return table->item(0, IncidenceSettingsDialog::RuralColumn)->text() == QStringLiteral("4321"); }));
    }

    SECTION("a village account sees the figures only")
    {
        REQUIRE(SignIn::signIn(*db, QStringLiteral("village"), QString::fromLatin1(DemoGenerator::DemoPassword)));
        IncidenceSettingsDialog dialog(*db);
        dialog.show();
        CHECK_FALSE(dialog.lineBox()->isEnabled());
        CHECK(dialog.refusal()->isVisible());
        CHECK(dialog.table()->editTriggers() == QAbstractItemView::NoEditTriggers);
    }
}
