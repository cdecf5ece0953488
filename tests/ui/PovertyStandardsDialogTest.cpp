// SPDX-License-Identifier: GPL-3.0-or-later
// County settings' poverty line and monitoring threshold editor, offscreen: a county account sets a
// year's figure (audited, and read at once by what was open), others see the figures only.
#include "county/PovertyStandardsDialog.h"

#include "../TestSql.h"
#include "accounts/Accounts.h"
#include "accounts/SignIn.h"
#include "county/PovertyStandards.h"
#include "db/CountyDatabase.h"
#include "widgets/RefusalLabel.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>

#include <catch2/catch.hpp>

namespace {

QString scalar(CountyDatabase &db, const QString &sql)
{
    QSqlQuery q(TestSql::of(db));
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("PovertyStandardsDialog: county staff set a year's threshold, used at once", "[standards][dialog]")
{
    auto db = CountyDatabase::openInMemory();
    REQUIRE(db->initialize(QStringLiteral("522633"), QStringLiteral("从江县")).ok());
    REQUIRE(Accounts(*db).add(
        {QStringLiteral("xian"), QStringLiteral("xian"), {}, Role::CountyStaff, {}, QStringLiteral("secret-1")}));
    REQUIRE(Accounts(*db).add(
        {QStringLiteral("shenji"), QStringLiteral("shenji"), {}, Role::Auditor, {}, QStringLiteral("secret-1")}));

    SECTION("county staff")
    {
        REQUIRE(SignIn::signIn(*db, QStringLiteral("xian"), QStringLiteral("secret-1")));
        const PovertyStandards open(*db); // as an assessment open beside the dialog keeps one
        PovertyStandardsDialog dialog(*db);
        dialog.show();
        CHECK(dialog.table()->rowCount() >= 15);
        dialog.yearBox()->setValue(2024);
        CHECK(dialog.amountEdit()->text() == QStringLiteral("7500.00"));
        dialog.amountEdit()->setText(QStringLiteral("8,800"));
        dialog.noteEdit()->setText(QStringLiteral("省乡村振兴局通知"));
        dialog.setButton()->click();
        CHECK_FALSE(dialog.refusal()->isVisible());
        CHECK(open.forYear(2024)->fen == 880000);
        CHECK(scalar(*db,
                  QStringLiteral("SELECT changed_by || ':' || new_value FROM audit_log WHERE table_name = "
                                 "'monitoring_threshold' AND field = 'threshold_fen'"))
            == QStringLiteral("xian:880000"));
        bool shown = false;
        for (int r = 0; r < dialog.table()->rowCount(); ++r) {
            if (dialog.table()->item(r, 0)->text() == QStringLiteral("2024"))
                shown = dialog.table()->item(r, 3)->text() == QStringLiteral("8,800.00");
        }
        CHECK(shown);

        // A figure core refuses stays in the form with the reason.
        dialog.amountEdit()->setText(QStringLiteral("0"));
        dialog.setButton()->click();
        CHECK(dialog.refusal()->isVisible());
        CHECK(open.forYear(2024)->fen == 880000);
    }
    SECTION("an auditor reads the figures only")
    {
        REQUIRE(SignIn::signIn(*db, QStringLiteral("shenji"), QStringLiteral("secret-1")));
        PovertyStandardsDialog dialog(*db);
        CHECK(dialog.table()->rowCount() >= 15);
        CHECK_FALSE(dialog.setButton()->isEnabled());
        CHECK_FALSE(dialog.amountEdit()->isEnabled());
        CHECK_FALSE(dialog.refusal()->text().isEmpty());
    }
}
