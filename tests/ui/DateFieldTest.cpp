// SPDX-License-Identifier: GPL-3.0-or-later
// The one date editor: one Tab stop, typed in either form, never changed by passing through.
#include "widgets/DateField.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

namespace {
struct Form
{
    QWidget window;
    QLineEdit *before = new QLineEdit;
    DateField *date = new DateField(QDate(2026, 3, 7));
    QLineEdit *after = new QLineEdit;

    Form()
    {
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(date);
        layout->addWidget(after);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        before->setFocus(Qt::TabFocusReason);
        REQUIRE(QTest::qWaitFor([this] { return before->hasFocus(); }));
    }
};
} // namespace

TEST_CASE("a date field is one Tab stop and passing through leaves the date as it was")
{
    Form f;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(f.date->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(f.after->hasFocus()); // not the date's month
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    CHECK(f.date->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    CHECK(f.before->hasFocus()); // not the date's year
    // An amount typed after passing through goes to the next field, not into the date.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("300"));
    CHECK(f.after->text() == QStringLiteral("300"));
    CHECK(f.date->date() == QDate(2026, 3, 7));
}

TEST_CASE("a date field takes 20261207 and 2026-12-07 as typed")
{
    for (const QString &typed : {QStringLiteral("20261207"), QStringLiteral("2026-12-07")}) {
        Form f;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        REQUIRE(f.date->hasFocus());
        QTest::keyClicks(f.date, typed);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        INFO(typed.toStdString());
        CHECK(f.after->hasFocus());
        CHECK(f.date->date() == QDate(2026, 12, 7));
    }
}
