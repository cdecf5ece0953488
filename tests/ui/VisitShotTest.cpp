// SPDX-License-Identifier: GPL-3.0-or-later
// Not run by ctest (hidden tag): the visit dialog with two cadres and photos over the signed-in main
// window, in Chinese, held on screen for a screenshot:
//   FUPIN_SHOT_COUNTY=demo.fupin shot out.png 12 build/tests/ui_tests "[.visit-shot]"
#include "../TestSql.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "PhotoFile.h"
#include "accounts/LoginDialog.h"
#include "common/Translations.h"
#include "db/CountyDatabase.h"
#include "forces/AssistanceForces.h"
#include "forces/AssistanceRecords.h"
#include "forces/ForcesPage.h"
#include "forces/VisitDialog.h"
#include "forces/VisitPhotos.h"
#include "households/HouseholdEditor.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QLinearGradient>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

namespace {

// A stand-in for a phone photo: sky, hills, a house, at a phone's size.
QString drawPhoto(const QTemporaryDir &dir, int n)
{
    QImage image(4032, 3024, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient sky(0, 0, 0, 1800);
    sky.setColorAt(0, QColor(110 + 20 * n, 160, 220));
    sky.setColorAt(1, QColor(220, 230, 240));
    p.fillRect(image.rect(), sky);
    p.setBrush(QColor(70, 120 + 15 * n, 60));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRect(-800, 1500, 3500, 2600));
    p.drawEllipse(QRect(1800, 1700, 3400, 2400));
    p.setBrush(QColor(150, 110, 80));
    p.drawRect(1300 + 300 * n, 1500, 1200, 800);
    p.setBrush(QColor(90, 60, 50));
    p.drawPolygon(QPolygon({QPoint(1150 + 300 * n, 1520), QPoint(1900 + 300 * n, 1000), QPoint(2650 + 300 * n, 1520)}));
    p.end();
    const QString path = dir.filePath(QStringLiteral("IMG_2024%1.png").arg(n));
    REQUIRE(image.save(path));
    return path;
}

} // namespace

TEST_CASE("screenshot: the visit dialog with two cadres and photos", "[.visit-shot]")
{
    const QString county = qEnvironmentVariable("FUPIN_SHOT_COUNTY");
    REQUIRE(!county.isEmpty());
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    REQUIRE(Translations::install(*qApp, QLocale(QLocale::Chinese, QLocale::China)));
    MainWindow window;
    window.resize(1366, 740);
    window.show();
    // Signs in as the county's staff once the login dialog is up (slower on a real X server).
    std::function<void()> signIn = [&signIn] {
        auto *login = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        if (!login) {
            QTimer::singleShot(100, signIn);
            return;
        }
        login->loginEdit()->setText(QStringLiteral("county"));
        login->passwordEdit()->setText(QStringLiteral("fupin-demo"));
        login->accept();
    };
    QTimer::singleShot(100, signIn);
    REQUIRE(window.openCounty(county));
    ForcesPage *page = nullptr;
    for (int i = 0; i < window.workspace()->pages().size(); ++i) {
        if ((page = qobject_cast<ForcesPage *>(window.workspace()->pages().at(i)))) {
            window.workspace()->showPage(i);
            break;
        }
    }
    REQUIRE(page);
    QSqlQuery q(TestSql::of(*window.database()));
    REQUIRE(q.exec(QStringLiteral("SELECT p.cadre_id, c.name, p.household_id FROM pairing p JOIN cadre c ON c.id = "
                                  "p.cadre_id WHERE p.end_date IS NULL ORDER BY p.id LIMIT 1")));
    REQUIRE(q.next());
    const qint64 cadre = q.value(0).toLongLong();
    page->showCadre(cadre);
    REQUIRE(
        q.exec(QStringLiteral("SELECT name FROM cadre WHERE active = 1 GROUP BY name HAVING count(*) = 1 LIMIT 1")));
    REQUIRE(q.next());
    const QString other = q.value(0).toString();
    q.exec(QStringLiteral("SELECT p.household_id FROM pairing p WHERE p.end_date IS NULL AND p.cadre_id = %1 LIMIT 1")
               .arg(cadre));
    REQUIRE(q.next());
    const qint64 household = q.value(0).toLongLong();
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM cadre WHERE id = %1").arg(cadre)));
    REQUIRE(q.next());
    VisitDialog dialog(*window.database(), household, {{cadre, q.value(0).toString()}}, cadre, &window);
    dialog.show();
    REQUIRE(dialog.addCadre(other));
    dialog.addPhotoFiles({drawPhoto(dir, 0), drawPhoto(dir, 1), drawPhoto(dir, 2)});
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("visitFindings"))
        ->setPlainText(QStringLiteral("新建牛圈已完工，两头能繁母牛长势良好；孩子在县一中住校。"));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("visitActions"))
        ->setPlainText(QStringLiteral("约定下月帮助联系饲料；申请雨露计划补助。"));
    QTest::qWait(
        qEnvironmentVariableIntValue("FUPIN_SHOT_MS") > 0 ? qEnvironmentVariableIntValue("FUPIN_SHOT_MS") : 15000);
}

// The same for a saved visit reopened from the household editor, with the photos it was saved with
// (FUPIN_SHOT_VIEWER=1: the first photo opened at full size over it):
//   QT_QPA_PLATFORM=xcb FUPIN_SHOT_COUNTY=demo.fupin shot out.png 14 build/tests/ui_tests "[.saved-visit-shot]"
// (ui_tests runs offscreen unless told otherwise: without xcb the screenshot is black.)
TEST_CASE("screenshot: a saved visit reopened with its photos", "[.saved-visit-shot]")
{
    const QString county = qEnvironmentVariable("FUPIN_SHOT_COUNTY");
    REQUIRE(!county.isEmpty());
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    REQUIRE(Translations::install(*qApp, QLocale(QLocale::Chinese, QLocale::China)));
    MainWindow window;
    window.resize(1366, 740);
    window.show();
    // FUPIN_SHOT_LOGIN=auditor: the editor as the auditor reads it.
    const QString account = qEnvironmentVariable("FUPIN_SHOT_LOGIN", QStringLiteral("county"));
    std::function<void()> signIn = [&signIn, account] {
        auto *login = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        if (!login) {
            QTimer::singleShot(100, signIn);
            return;
        }
        login->loginEdit()->setText(account);
        login->passwordEdit()->setText(QStringLiteral("fupin-demo"));
        login->accept();
    };
    QTimer::singleShot(100, signIn);
    REQUIRE(window.openCounty(county));
    QSqlQuery q(TestSql::of(*window.database()));
    REQUIRE(q.exec(QStringLiteral("SELECT id, household_id FROM visit WHERE deleted_at IS NULL ORDER BY visit_date "
                                  "DESC, id DESC LIMIT 1")));
    REQUIRE(q.next());
    const qint64 visit = q.value(0).toLongLong();
    const qint64 household = q.value(1).toLongLong();
    VisitPhotos photos(*window.database());
    const bool editorOnly = qEnvironmentVariableIntValue("FUPIN_SHOT_NO_DIALOG") > 0;
    if (!editorOnly && photos.photosOf(visit).value_or({}).isEmpty()) {
        for (int n = 0; n < 3; ++n) {
            const Result<NewVisitPhoto> photo = PhotoFile::prepare(drawPhoto(dir, n));
            REQUIRE(photo.ok());
            REQUIRE(photos.add(visit, photo->bytes, photo->fileName).ok());
        }
    }
    const QString section = qEnvironmentVariable("FUPIN_SHOT_SECTION", QStringLiteral("帮扶与走访"));
    // FUPIN_SHOT_SECTION=修改历史: the history, after a second cadre joined the visit (an audited
    // "companions").
    if (editorOnly && section == QStringLiteral("修改历史")) {
        {
            REQUIRE(q.exec(QStringLiteral("SELECT id FROM cadre WHERE active = 1 AND id NOT IN (SELECT cadre_id FROM "
                                          "visit WHERE id = %1) LIMIT 1")
                               .arg(visit)));
            REQUIRE(q.next());
            const qint64 companion = q.value(0).toLongLong();
            AssistanceRecords records(*window.database());
            VisitRecord record = records.visits(household).value().first();
            REQUIRE(
                AssistanceForces(*window.database()).saveVisit(record.visit, {record.visit.cadreId, companion}).ok());
        }
    }
    HouseholdEditor *editor = window.openHousehold(household);
    REQUIRE(editor);
    auto *visits = editor->findChild<QTableWidget *>(QStringLiteral("visitTable"));
    REQUIRE(visits);
    visits->setCurrentCell(0, 0);
    if (editorOnly) {
        // The editor at its assistance section (帮扶与走访) or FUPIN_SHOT_SECTION instead.
        auto *sections = editor->findChild<QListWidget *>(QStringLiteral("sectionList"));
        REQUIRE(sections);
        const auto found = sections->findItems(section, Qt::MatchExactly);
        sections->setCurrentRow(found.isEmpty() ? 0 : sections->row(found.first()));
        QTest::qWait(60000);
        return;
    }
    const bool viewer = qEnvironmentVariableIntValue("FUPIN_SHOT_VIEWER") > 0;
    QTimer::singleShot(300, [viewer] {
        auto *dialog = qobject_cast<VisitDialog *>(QApplication::activeModalWidget());
        if (!dialog || !viewer)
            return;
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("visitPhotos"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
    });
    // Held open by the dialog itself until the shot tool ends the program.
    visits->setFocus();
    QTest::keyClick(visits, Qt::Key_Return);
}
