// SPDX-License-Identifier: GPL-3.0-or-later
// fupin-bench: builds a synthetic county and prints one JSON object of named figures.
// Usage: fupin-bench [--households N] [--seed S] [--file PATH [--reuse]]   (ctest runs --households 2000)
//        fupin-bench --show-quality PATH   the main window on PATH with the county being checked
#include "../TestSql.h"
#include "DocumentPrinter.h"
#include "HouseholdCardRun.h"
#include "MainWindow.h"
#include "NoticeDocument.h"
#include "accounts/AccessPolicy.h"
#include "accounts/LoginDialog.h"
#include "accounts/SignIn.h"
#include "backup/CountyBackup.h"
#include "cards/HouseholdCards.h"
#include "common/Translations.h"
#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "demo/DemoGenerator.h"
#include "forces/ForcesLists.h"
#include "funds/FundLedger.h"
#include "households/HouseholdTableModel.h"
#include "notices/PublicNotices.h"
#include "progress/BulkAssessment.h"
#include "progress/ProgressIndicators.h"
#include "quality/QualityChecker.h"
#include "quality/QualityPanel.h"
#include "register/HouseholdLookup.h"
#include "spreadsheets/HouseholdImport.h"
#include "spreadsheets/ListExport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

namespace {

// The demo county's administrator, who signs in for the GUI figures (DemoGenerator::DemoPassword).
constexpr const char *BenchLogin = "admin";

// Peak resident memory of this process so far, in MB (VmHWM).
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Resident memory of this process now, in MB (VmRSS).
double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The county opened as the demo's administrator: every reading core call needs an account that
// signed in (AccessPolicy's read scope), as the app's and the CLI's do.
Result<std::unique_ptr<CountyDatabase>> openSignedIn(const QString &path)
{
    auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::ExistingOnly);
    if (!db || db.value()->account().isSignedIn())
        return db;
    const Result<Account> admin = SignIn::signIn(
        *db.value(), QStringLiteral("admin"), QString::fromLatin1(DemoGenerator::DemoPassword), SignIn::Kind::Command);
    if (!admin)
        return Result<std::unique_ptr<CountyDatabase>>::failure(admin.error());
    return db;
}

// Opens the county in the main window, shows the first page and scrolls to the end.
int measureGui(const QString &path, bool openOnly = false)
{
    QJsonObject figures;
    MainWindow window;
    window.show();
    QElapsedTimer timer;
    timer.start();
    // The county has accounts: the login dialog opens, modal, as it does for a person, and the bench
    // signs in as the demo's administrator through it (LoginDialog::accept → SignIn). The time spent
    // in the dialog (showing it and the deliberately slow password check) is measured apart.
    double dialogShownAt = -1;
    double signInMs = -1;
    QString refused;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            refused = QStringLiteral("no login dialog opened");
            return;
        }
        dialogShownAt = msSince(timer);
        dialog->loginEdit()->setText(QString::fromLatin1(BenchLogin));
        dialog->passwordEdit()->setText(QString::fromLatin1(DemoGenerator::DemoPassword));
        QElapsedTimer check;
        check.start();
        dialog->accept();
        signInMs = msSince(check);
        if (dialog->isVisible()) { // refused: the dialog stays open with the reason
            refused = dialog->messageLabel()->text();
            dialog->reject();
        }
    });
    if (!window.openCounty(path)) {
        QTextStream(stderr) << "could not open and sign in to " << path << ": " << refused << Qt::endl;
        return 1;
    }
    QTableView *table = window.householdView();
    table->viewport()->grab(); // paints the first page, reading it from the database
    const double total = msSince(timer);
    figures.insert(QStringLiteral("open_and_first_page_ms"), total - qMax(0.0, signInMs));
    figures.insert(QStringLiteral("open_until_login_dialog_ms"), dialogShownAt);
    figures.insert(QStringLiteral("sign_in_ms"), signInMs);
    figures.insert(QStringLiteral("open_sign_in_and_first_page_ms"), total);
    // The list is counted just after the first paint (HouseholdTableModel::countKnown), on the event
    // loop: the time until the status bar shows the county's households and people.
    while (!window.householdModel()->countKnown())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    figures.insert(QStringLiteral("open_until_counted_ms"), msSince(timer) - qMax(0.0, signInMs));
    if (openOnly) { // for a profiler: the opening alone
        QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Compact);
        return 0;
    }

    // Scroll the whole county from top to bottom a screen at a time, painting each screen.
    timer.restart();
    QScrollBar *bar = table->verticalScrollBar();
    int screens = 0;
    for (int value = 0; value <= bar->maximum(); value += qMax(1, bar->pageStep())) {
        bar->setValue(value);
        table->viewport()->grab();
        ++screens;
    }
    figures.insert(QStringLiteral("scroll_all_ms"), msSince(timer));
    figures.insert(QStringLiteral("scroll_screens"), screens);
    figures.insert(QStringLiteral("rows"), window.householdModel()->rowCount());
    figures.insert(QStringLiteral("gui_peak_rss_mb"), peakRssMb());

    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Compact);
    return 0;
}

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// The data-quality check of the whole county, as `fupin-cli validate` runs it (the latest year with
// income), on the app's connection and on a worker's own read-only one; in a process of its own so
// that the peak memory is the check's.
int measureValidate(const QString &path)
{
    auto db = openSignedIn(path);
    if (!db) {
        QTextStream(stderr) << db.error() << Qt::endl;
        return 1;
    }
    QSqlQuery q(TestSql::of(*db.value()));
    const int year = q.exec(QStringLiteral("SELECT max(year) FROM income")) && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    QJsonObject figures;
    const double rssBefore = peakRssMb();
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    const auto findings = QualityChecker(*db.value()).checkDivision(0, year);
    figures.insert(QStringLiteral("validate_ms"), msSince(timer));
    figures.insert(QStringLiteral("validate_cpu_ms"), cpuMs() - cpu);
    if (!findings) {
        QTextStream(stderr) << findings.error() << Qt::endl;
        return 1;
    }
    figures.insert(QStringLiteral("validate_findings"), int(findings->size()));
    figures.insert(QStringLiteral("validate_peak_rss_mb"), peakRssMb());
    figures.insert(QStringLiteral("validate_rss_before_mb"), rssBefore);

    timer.restart();
    cpu = cpuMs();
    const auto again = QualityChecker::checkFile(path, AccessPolicy::readScope(*db.value()).value(), 0, year);
    figures.insert(QStringLiteral("validate_worker_connection_ms"), msSince(timer));
    figures.insert(QStringLiteral("validate_worker_connection_cpu_ms"), cpuMs() - cpu);
    if (!again || again->size() != findings->size()) {
        QTextStream(stderr) << "the worker's check differs" << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Compact);
    return 0;
}

// The county's households and their members (the roster, one person a row) exported to .xlsx, as
// `fupin-cli export --what households` and `--what members` write them: export_xlsx_s is both
// together, export_xlsx_mb the peak memory of this process (the rows stream to disk).
int measureExport(const QString &path)
{
    auto db = openSignedIn(path);
    if (!db) {
        QTextStream(stderr) << db.error() << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    QJsonObject figures;
    const double rssBefore = rssMb();
    QElapsedTimer timer;
    timer.start();
    const ListExport exporter(*db.value());
    const auto households = exporter.households({}, dir.filePath(QStringLiteral("households.xlsx")));
    const double householdsMs = msSince(timer);
    const auto members = exporter.members({}, dir.filePath(QStringLiteral("members.xlsx")));
    if (!households || !members) {
        QTextStream(stderr) << households.error() << members.error() << Qt::endl;
        return 1;
    }
    figures.insert(QStringLiteral("export_xlsx_s"), msSince(timer) / 1000.0);
    figures.insert(QStringLiteral("export_xlsx_mb"), peakRssMb());
    figures.insert(QStringLiteral("export_xlsx_households_s"), householdsMs / 1000.0);
    figures.insert(QStringLiteral("export_xlsx_rss_before_mb"), rssBefore);
    figures.insert(QStringLiteral("export_xlsx_rows"), double(households->rows + members->rows));
    figures.insert(QStringLiteral("export_xlsx_file_mb"),
        double(QFileInfo(households->path).size() + QFileInfo(members->path).size()) / (1024.0 * 1024.0));
    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Compact);
    return 0;
}

// A roster of the county to import: its households and members written by the export (what
// `fupin-cli export --what members` writes), from a copy in which every household stands where a
// new one starts (not out of poverty, not identified, the poor attribute) and the demo's duplicated
// ID numbers are taken out, because an import enters households as the editor does and the editor
// refuses both. Returns the county's code and name.
Result<QStringList> writeRosters(const QString &path, const QString &dir)
{
    using R = Result<QStringList>;
    const QString copy = dir + QStringLiteral("/roster-source.fupin");
    if (!QFile::copy(path, copy))
        return R::failure(QStringLiteral("cannot copy %1").arg(path));
    auto db = openSignedIn(copy);
    if (!db)
        return R::failure(db.error());
    QSqlQuery q(TestSql::of(*db.value()));
    for (const QString &sql :
        {QStringLiteral("UPDATE household SET status_code = CASE WHEN status_code = '9' THEN '9' ELSE '0' END, "
                        "identification_year = NULL, exit_year = NULL, monitoring_category = '', attribute_code = "
                        "CASE attribute_code WHEN '05' THEN '01' WHEN '02' THEN '04' WHEN '03' THEN '06' "
                        "ELSE attribute_code END"),
            QStringLiteral("DELETE FROM member WHERE id IN (SELECT m.id FROM member m WHERE m.id_number <> '' AND "
                           "EXISTS (SELECT 1 FROM member o WHERE o.id_number = m.id_number AND o.id_number <> '' AND "
                           "o.id < m.id))")}) {
        if (!q.exec(sql))
            return R::failure(q.lastError().text());
    }
    if (!q.exec(QStringLiteral("SELECT code, name FROM division WHERE level = 1")) || !q.next())
        return R::failure(QStringLiteral("no county division"));
    const QStringList county{q.value(0).toString(), q.value(1).toString()};
    q.finish();
    const ListExport exporter(*db.value());
    for (const QString &suffix : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
        const auto written = exporter.members({}, dir + QStringLiteral("/roster.") + suffix);
        if (!written)
            return R::failure(written.error());
    }
    return county;
}

// Imports a roster into a fresh county (its divisions added from the roster), as `fupin-cli import
// --add-divisions` does: import_<format>_s and import_<format>_mb, the peak memory of this process.
int measureImport(const QString &roster, const QString &countyCode, const QString &countyName)
{
    QTemporaryDir dir;
    auto db
        = CountyDatabase::open(dir.filePath(QStringLiteral("fresh.fupin")), CountyDatabase::OpenMode::CreateIfMissing);
    if (!db) {
        QTextStream(stderr) << db.error() << Qt::endl;
        return 1;
    }
    if (Status s = db.value()->initialize(countyCode, countyName); !s) {
        QTextStream(stderr) << s.error() << Qt::endl;
        return 1;
    }
    const QString format = QFileInfo(roster).suffix();
    QElapsedTimer timer;
    timer.start();
    HouseholdImport::Options options;
    options.addDivisions = true;
    const Result<ImportReport> report = HouseholdImport(*db.value()).run(roster, options);
    const double seconds = msSince(timer) / 1000.0;
    if (!report || !report->written) {
        QTextStream err(stderr);
        err << report.error() << Qt::endl;
        if (report) {
            for (const ImportProblem &p : report->problems.mid(0, 10))
                err << p.row << ' ' << p.message << Qt::endl;
        }
        return 1;
    }
    QJsonObject figures;
    figures.insert(QStringLiteral("import_%1_s").arg(format), seconds);
    figures.insert(QStringLiteral("import_%1_mb").arg(format), peakRssMb());
    figures.insert(QStringLiteral("import_%1_households").arg(format), report->householdsAdded);
    figures.insert(QStringLiteral("import_%1_rows").arg(format), report->rows);
    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Compact);
    return 0;
}

// Runs a program, measured by GNU time when it is there: {seconds, peak MB or -1}; nullopt when it
// cannot run or fails.
std::optional<std::pair<double, double>> timedRun(
    const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    const bool gnuTime = QFileInfo::exists(QStringLiteral("/usr/bin/time"));
    QTemporaryDir dir;
    const QString timeFile = dir.filePath(QStringLiteral("time.txt"));
    QProcess child;
    QElapsedTimer timer;
    timer.start();
    if (gnuTime)
        child.start(QStringLiteral("/usr/bin/time"),
            QStringList{QStringLiteral("-o"), timeFile, QStringLiteral("-f"), QStringLiteral("%M"), program}
                + arguments);
    else
        child.start(program, arguments);
    if (!child.waitForStarted())
        return std::nullopt;
    child.write(input);
    child.closeWriteChannel();
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return std::nullopt;
    const double seconds = msSince(timer) / 1000.0;
    double mb = -1;
    QFile times(timeFile);
    if (gnuTime && times.open(QIODevice::ReadOnly))
        mb = times.readAll().trimmed().split('\n').last().toDouble() / 1024.0;
    return std::make_pair(seconds, mb);
}

// The roster imported from .xlsx and .csv, each in a process of its own; beside them, when the
// programs are installed, LibreOffice converting the .xlsx to CSV and sqlite3 importing the CSV
// into a bare table, the references of issue 20.
QJsonObject measureImports(const QString &path)
{
    QJsonObject figures;
    QTemporaryDir dir;
    const Result<QStringList> county = writeRosters(path, dir.path());
    if (!county) {
        QTextStream(stderr) << county.error() << Qt::endl;
        return figures;
    }
    for (const QString &suffix : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--measure-import"), dir.filePath(QStringLiteral("roster.") + suffix),
                QStringLiteral("--county-code"), county->at(0), QStringLiteral("--county-name"), county->at(1)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            QTextStream(stderr) << child.readAllStandardError() << Qt::endl;
            figures.insert(QStringLiteral("import_%1_failed").arg(suffix), true);
            continue;
        }
        const QJsonObject measured = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        for (auto it = measured.begin(); it != measured.end(); ++it)
            figures.insert(it.key(), it.value());
    }
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (!soffice.isEmpty()) {
        // A profile of its own, so that an office already open elsewhere does not take the job.
        const auto run = timedRun(soffice,
            {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("office-profile")),
                QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("csv"),
                QStringLiteral("--outdir"), dir.filePath(QStringLiteral("office")),
                dir.filePath(QStringLiteral("roster.xlsx"))});
        if (run) {
            figures.insert(QStringLiteral("soffice_convert_csv_s"), run->first);
            figures.insert(QStringLiteral("soffice_convert_csv_mb"), run->second);
        }
    }
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        const QByteArray script
            = ".mode csv\n.import " + dir.filePath(QStringLiteral("roster.csv")).toUtf8() + " roster\n";
        const auto run = timedRun(sqlite3, {dir.filePath(QStringLiteral("bare.db"))}, script);
        if (run) {
            figures.insert(QStringLiteral("sqlite3_import_csv_s"), run->first);
            figures.insert(QStringLiteral("sqlite3_import_csv_mb"), run->second);
        }
    }
    return figures;
}

// Household cards (明白卡) of the first 10,000 households of the county (all of them in a smaller
// one) printed to one PDF through the run `fupin-cli cards --division <county>` and the print dialog
// use (HouseholdCardRun): built, given a print number, drawn and entered in the print log, which is
// committed once the PDF is in place. In a copy of the file (the log is written) and a process of
// its own so that the peak memory is the print's; the memory after the first 1,000 cards beside it
// shows whether it grows with the count.
int measureCards(const QString &demoPath)
{
    const QString path = demoPath + QStringLiteral(".cards");
    QFile::remove(path);
    if (!QFile::copy(demoPath, path))
        return 1;
    const auto removeCopy = qScopeGuard([&] { QFile::remove(path); });
    auto db = openSignedIn(path);
    if (!db) {
        QTextStream(stderr) << db.error() << Qt::endl;
        return 1;
    }
    const int year = HouseholdLookup(*db.value()).latestIncomeYear().value_or(QDate::currentDate().year());
    QTemporaryDir dir;
    const QString pdfPath = dir.filePath(QStringLiteral("cards.pdf"));
    QJsonObject figures;
    const double rssBefore = rssMb();
    constexpr int Count = 10000;
    // The first 10,000 households in code order, as the county's run would take them.
    QList<qint64> ids;
    {
        QSqlQuery q(TestSql::of(*db.value()));
        q.exec(QStringLiteral("SELECT id FROM household WHERE deleted_at IS NULL ORDER BY code LIMIT %1").arg(Count));
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    QElapsedTimer timer;
    timer.start();
    HouseholdCardRun run(*db.value(), year, HouseholdCardPainter::Layout::A4);
    run.setHouseholds(ids);
    double rssAt1000 = 0;
    double rssAtEnd = 0;
    const Status written = run.writePdf(pdfPath, {path}, [&](int done, int total) {
        if (done == 1000)
            rssAt1000 = rssMb();
        if (done == total)
            rssAtEnd = rssMb();
        return true;
    });
    if (!written) {
        QTextStream(stderr) << written.error() << Qt::endl;
        return 1;
    }
    figures.insert(QStringLiteral("cards_10000_s"), msSince(timer) / 1000.0);
    figures.insert(QStringLiteral("cards_10000_mb"), peakRssMb());
    figures.insert(QStringLiteral("cards_rss_before_mb"), rssBefore);
    figures.insert(QStringLiteral("cards_rss_at_1000_mb"), rssAt1000);
    figures.insert(QStringLiteral("cards_rss_at_end_mb"), rssAtEnd);
    figures.insert(QStringLiteral("cards_count"), run.cards());
    figures.insert(QStringLiteral("cards_pages"), run.pages());
    figures.insert(QStringLiteral("cards_pdf_mb"), double(QFileInfo(pdfPath).size()) / (1024.0 * 1024.0));
    QSqlQuery logged(TestSql::of(*db.value()));
    logged.exec(QStringLiteral("SELECT count(*) FROM card_print"));
    figures.insert(QStringLiteral("cards_logged"), logged.next() ? logged.value(0).toInt() : -1);
    logged.finish();
    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Compact);
    return 0;
}

// The county-wide benefits notice (公示, the households' benefits of the year with the most of
// them) printed to a PDF as `fupin-cli notice --kind benefits --division <county>` prints it: built
// by PublicNotices, laid out and painted by DocumentPrinter. notice_benefits_build_s is the
// content alone; notice_benefits_mb the peak memory of this process.
int measureNotice(const QString &path)
{
    auto db = openSignedIn(path);
    if (!db) {
        QTextStream(stderr) << db.error() << Qt::endl;
        return 1;
    }
    QSqlQuery q(TestSql::of(*db.value()));
    q.exec(QStringLiteral("SELECT year FROM household_benefit GROUP BY year ORDER BY count(*) DESC LIMIT 1"));
    const int year = q.next() ? q.value(0).toInt() : QDate::currentDate().year();
    q.finish();
    QTemporaryDir dir;
    const QString pdfPath = dir.filePath(QStringLiteral("notice.pdf"));
    QJsonObject figures;
    QElapsedTimer timer;
    timer.start();
    const Result<Notice> notice = PublicNotices(*db.value()).benefits(db.value()->countyCode(), year);
    if (!notice) {
        QTextStream(stderr) << notice.error() << Qt::endl;
        return 1;
    }
    figures.insert(QStringLiteral("notice_benefits_build_s"), msSince(timer) / 1000.0);
    const PrintContent content = NoticeDocument::content(notice.value());
    if (Status s = DocumentPrinter::writePdf(content, pdfPath); !s) {
        QTextStream(stderr) << s.error() << Qt::endl;
        return 1;
    }
    figures.insert(QStringLiteral("notice_benefits_s"), msSince(timer) / 1000.0);
    figures.insert(QStringLiteral("notice_benefits_mb"), peakRssMb());
    figures.insert(QStringLiteral("notice_benefits_year"), year);
    figures.insert(QStringLiteral("notice_benefits_rows"),
        notice->tables.isEmpty() ? 0 : int(notice->tables.constFirst().rows.size()));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdfPath});
    if (info.waitForFinished(30000)) {
        for (const QByteArray &line : info.readAllStandardOutput().split('\n')) {
            if (line.startsWith("Pages:"))
                figures.insert(QStringLiteral("notice_benefits_pages"), line.mid(6).trimmed().toInt());
        }
    }
    figures.insert(QStringLiteral("notice_benefits_pdf_mb"), double(QFileInfo(pdfPath).size()) / (1024.0 * 1024.0));
    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Compact);
    return 0;
}

// The fund ledger's balances of every source and project as of a date. The demo county's ledger is
// first topped up, in a copy, to `entries` rows with balanced receipt → allocation → disbursement
// triples along its existing allocation lines (written directly: this is a measurement, and the
// triples keep every rule), so the figure is for a ledger of the size the issue names.
int measureFunds(const QString &demoPath, int entries)
{
    const QString path = demoPath + QStringLiteral(".ledger");
    QFile::remove(path);
    if (!QFile::copy(demoPath, path))
        return 1;
    auto db = openSignedIn(path);
    if (!db) {
        QTextStream(stderr) << db.error() << Qt::endl;
        return 1;
    }
    QSqlDatabase &sql = TestSql::of(*db.value());
    auto count = [&] {
        QSqlQuery q(sql);
        q.exec(QStringLiteral("SELECT (SELECT count(*) FROM fund_receipt) + (SELECT count(*) FROM fund_allocation) + "
                              "(SELECT count(*) FROM fund_disbursement)"));
        return q.next() ? q.value(0).toInt() : 0;
    };
    QJsonObject figures;
    figures.insert(QStringLiteral("funds_demo_entries"), count());
    {
        QSqlQuery lines(sql);
        lines.exec(QStringLiteral("SELECT id, source_id, project_id, allocated_on FROM fund_allocation"));
        struct Line
        {
            qint64 id, source, project;
            QString day;
        };
        std::vector<Line> all;
        while (lines.next())
            all.push_back({lines.value(0).toLongLong(), lines.value(1).toLongLong(), lines.value(2).toLongLong(),
                lines.value(3).toString()});
        lines.finish();
        sql.transaction();
        // The file's balance triggers (schema 011) sum a source's whole history on every insert: right
        // for one entry typed at a time, minutes for this top-up of balanced triples. They are set
        // aside in this copy while it is filled and put back unchanged before anything is measured.
        QList<QString> triggers;
        {
            QSqlQuery t(sql);
            t.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
                                  "('fund_receipt', 'fund_allocation', 'fund_disbursement')"));
            QStringList names;
            while (t.next()) {
                names << t.value(0).toString();
                triggers << t.value(1).toString();
            }
            t.finish();
            for (const QString &name : std::as_const(names))
                t.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name));
        }
        QSqlQuery receipt(sql), allocation(sql), payment(sql);
        receipt.prepare(
            QStringLiteral("INSERT INTO fund_receipt (uuid, source_id, received_on, amount_fen, voucher_no, "
                           "created_at, updated_at, updated_by) VALUES (randomblob(16), ?, ?, "
                           "100, 'BENCH', unixepoch(), unixepoch(), 'bench')"));
        allocation.prepare(
            QStringLiteral("INSERT INTO fund_allocation (uuid, source_id, project_id, allocated_on, "
                           "amount_fen, voucher_no, created_at, updated_at, updated_by) VALUES "
                           "(randomblob(16), ?, ?, ?, 100, 'BENCH', unixepoch(), unixepoch(), 'bench')"));
        payment.prepare(QStringLiteral(
            "INSERT INTO fund_disbursement (uuid, allocation_id, source_id, project_id, paid_on, amount_fen, payee, "
            "voucher_no, created_at, updated_at, updated_by) VALUES (randomblob(16), ?, ?, ?, ?, 100, "
            "'BENCH', 'BENCH', unixepoch(), unixepoch(), 'bench')"));
        for (int i = 0, have = count(); have < entries && !all.empty(); ++i, have += 3) {
            const Line &line = all[size_t(i) % all.size()];
            receipt.addBindValue(line.source);
            receipt.addBindValue(line.day);
            allocation.addBindValue(line.source);
            allocation.addBindValue(line.project);
            allocation.addBindValue(line.day);
            if (!receipt.exec() || !allocation.exec())
                return 1;
            payment.addBindValue(allocation.lastInsertId());
            payment.addBindValue(line.source);
            payment.addBindValue(line.project);
            payment.addBindValue(line.day);
            if (!payment.exec()) {
                QTextStream(stderr) << payment.lastError().text() << Qt::endl;
                return 1;
            }
        }
        for (const QString &trigger : std::as_const(triggers)) {
            if (QSqlQuery t(sql); !t.exec(trigger)) {
                QTextStream(stderr) << t.lastError().text() << Qt::endl;
                return 1;
            }
        }
        sql.commit();
    }
    figures.insert(QStringLiteral("funds_entries"), count());
    FundLedger ledger(*db.value());
    QSqlQuery q(sql);
    q.exec(QStringLiteral("SELECT max(paid_on) FROM fund_disbursement"));
    const QDate last = q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate::currentDate();
    q.finish();
    for (const auto &[name, asOf] :
        {std::pair{QStringLiteral("end"), last}, std::pair{QStringLiteral("mid"), last.addYears(-3)}}) {
        QElapsedTimer timer;
        timer.start();
        const auto balances = ledger.balances(asOf);
        figures.insert(QStringLiteral("funds_balances_%1_ms").arg(name), msSince(timer));
        if (!balances) {
            QTextStream(stderr) << balances.error() << Qt::endl;
            return 1;
        }
        figures.insert(QStringLiteral("funds_sources"), int(balances->sources.size()));
        figures.insert(QStringLiteral("funds_projects"), int(balances->projects.size()));
    }
    QElapsedTimer timer;
    timer.start();
    const auto problems = ledger.reconcile(last);
    figures.insert(QStringLiteral("funds_reconcile_ms"), msSince(timer));
    figures.insert(QStringLiteral("funds_reconcile_problems"), problems ? int(problems->size()) : -1);
    timer.restart();
    LedgerEntry extra;
    extra.allocationId = 1;
    extra.date = last;
    extra.amountFen = 1;
    extra.payee = QStringLiteral("bench");
    extra.voucherNo = QStringLiteral("BENCH");
    const auto paid = ledger.disburse(extra); // one checked write: the rules read the line's history
    figures.insert(QStringLiteral("funds_checked_write_ms"), msSince(timer));
    Q_UNUSED(paid)
    db.value().reset();
    QFile::remove(path);
    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Compact);
    return 0;
}

// For a screenshot: the main window on a county with the data-quality panel open and the whole
// county being checked, as after Ctrl+Shift+Q and a click on Check.
int showQuality(QApplication &app, const QString &path)
{
    Translations::install(app);
    MainWindow window;
    window.show();
    if (!window.openCounty(path))
        return 1;
    QTreeView *tree = window.divisionView();
    tree->setCurrentIndex(tree->model()->index(0, 0));
    auto *panel = window.findChild<QualityPanel *>(QStringLiteral("qualityPanel"));
    if (!panel)
        return 1;
    panel->show();
    panel->run();
    return QApplication::exec();
}

// Types searches into the county-wide household list one keystroke at a time, as a cadre would,
// and times each keystroke's update: the count, the people count and the first screen of rows.
QJsonObject measureSearch(const QString &path)
{
    auto db = openSignedIn(path);
    if (!db)
        return {{QStringLiteral("search_error"), db.error()}};
    CodeLists codes(*db.value());
    HouseholdTableModel model(*db.value(), codes);

    // What people type: names of members (surname first), the last digits of IDs, codes, phones.
    QStringList queries;
    QSqlQuery q(TestSql::of(*db.value()));
    q.exec(QStringLiteral("SELECT name, id_number FROM member WHERE id % 997 = 0 LIMIT 40"));
    while (q.next()) {
        queries << q.value(0).toString() << q.value(1).toString().right(6);
    }
    q.exec(QStringLiteral("SELECT code, phone FROM household WHERE id % 4999 = 0 AND phone <> '' LIMIT 10"));
    while (q.next())
        queries << q.value(0).toString().left(14) << q.value(1).toString().left(7);

    std::vector<double> times;
    std::vector<std::pair<double, QString>> slowest;
    for (const QString &query : std::as_const(queries)) {
        for (int length = 1; length <= query.size(); ++length) {
            HouseholdFilter filter;
            filter.text = query.left(length);
            QElapsedTimer timer;
            timer.start();
            model.setFilter(filter);
            model.index(0, HouseholdList::HeadName).data(); // the first screen is read on first paint
            times.push_back(msSince(timer));
            slowest.emplace_back(times.back(), filter.text);
        }
    }
    std::sort(times.begin(), times.end());
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    QJsonArray worst;
    for (size_t i = 0; i < std::min<size_t>(5, slowest.size()); ++i)
        worst.append(QStringLiteral("%1 (%2 ms)").arg(slowest[i].second).arg(slowest[i].first, 0, 'f', 1));
    const auto at = [&](double p) { return times.empty() ? -1.0 : times.at(size_t(p * double(times.size() - 1))); };
    return {{QStringLiteral("search_keystrokes"), int(times.size())}, {QStringLiteral("search_p50_ms"), at(0.50)},
        {QStringLiteral("search_p95_ms"), at(0.95)}, {QStringLiteral("search_max_ms"), at(1.0)},
        {QStringLiteral("search_slowest"), worst}};
}

// The assistance forces' lists on the whole county: a cadre's page (their households now and in the
// past, with the last visit to each) for the busiest cadre, and the "no visit in N days" list.
QJsonObject measureForces(const QString &path)
{
    auto db = openSignedIn(path);
    if (!db)
        return {{QStringLiteral("forces_error"), db.error()}};
    QSqlQuery q(TestSql::of(*db.value()));
    q.exec(QStringLiteral("SELECT cadre_id FROM pairing GROUP BY cadre_id ORDER BY count(*) DESC LIMIT 1"));
    const qint64 busiest = q.next() ? q.value(0).toLongLong() : 0;
    QJsonObject figures;
    for (const char *table : {"cadre", "visit", "pairing"}) {
        q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        figures.insert(QStringLiteral("forces_%1_rows").arg(QLatin1String(table)), q.next() ? q.value(0).toInt() : -1);
    }
    const ForcesLists lists(*db.value());
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    const auto households = lists.householdsOf(busiest);
    figures.insert(QStringLiteral("cadre_page_ms"), msSince(timer));
    figures.insert(QStringLiteral("cadre_page_cpu_ms"), cpuMs() - cpu);
    figures.insert(QStringLiteral("cadre_page_rows"), households ? int(households->size()) : -1);
    timer.start();
    cpu = cpuMs();
    const auto overdue = lists.withoutVisit(90, QDate::currentDate());
    figures.insert(QStringLiteral("no_visit_list_ms"), msSince(timer));
    figures.insert(QStringLiteral("no_visit_list_cpu_ms"), cpuMs() - cpu);
    figures.insert(QStringLiteral("no_visit_list_rows"), overdue ? int(overdue->size()) : -1);
    timer.start();
    const auto unpaired = lists.unpaired();
    figures.insert(QStringLiteral("unpaired_list_ms"), msSince(timer));
    figures.insert(QStringLiteral("unpaired_rows"), unpaired ? int(unpaired->size()) : -1);
    timer.start();
    const auto overCap = lists.overCap();
    figures.insert(QStringLiteral("over_cap_list_ms"), msSince(timer));
    timer.start();
    const auto cadres = lists.cadres();
    figures.insert(QStringLiteral("cadre_list_ms"), msSince(timer));
    timer.start();
    const auto byUnit = lists.byUnit(ForcesLists::quarterStart(QDate::currentDate()));
    figures.insert(QStringLiteral("by_unit_table_ms"), msSince(timer));
    timer.start();
    const auto byForm = lists.byForm(ForcesLists::quarterStart(QDate::currentDate()));
    figures.insert(QStringLiteral("by_form_table_ms"), msSince(timer));
    timer.start();
    const auto villages = lists.villagesWithoutTeam();
    figures.insert(QStringLiteral("villages_without_team_ms"), msSince(timer));
    return figures;
}

} // namespace

// The progress dashboard's indicators (ProgressIndicators, every chart of the 进度 area) for the
// whole county and for its largest village, in the poverty era (2019) and the last year of the
// monitoring era: the median of three refreshes after a first one.
QJsonObject measureDashboard(const QString &path)
{
    auto db = openSignedIn(path);
    if (!db)
        return {{QStringLiteral("dashboard_error"), db.error()}};
    QSqlQuery q(TestSql::of(*db.value()));
    q.exec(QStringLiteral("SELECT village_id FROM household GROUP BY village_id ORDER BY count(*) DESC LIMIT 1"));
    const qint64 village = q.next() ? q.value(0).toLongLong() : 0;
    q.exec(QStringLiteral("SELECT max(substr(event_date, 1, 4)) FROM status_event"));
    const int lastYear = q.next() ? q.value(0).toInt() : 2025;
    const ProgressIndicators indicators(*db.value());
    const auto median = [&](qint64 division, int year) {
        QList<double> times;
        for (int i = 0; i < 4; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto figures = indicators.compute(division, year);
            if (!figures)
                return -1.0;
            if (i > 0)
                times << msSince(timer);
        }
        std::sort(times.begin(), times.end());
        return times.at(1);
    };
    const double county2019 = median(0, 2019), countyLast = median(0, lastYear);
    const double village2019 = median(village, 2019), villageLast = median(village, lastYear);
    return {{QStringLiteral("dashboard_county_ms"), std::max(county2019, countyLast)},
        {QStringLiteral("dashboard_county_2019_ms"), county2019},
        {QStringLiteral("dashboard_county_last_year_ms"), countyLast},
        {QStringLiteral("dashboard_village_ms"), std::max(village2019, villageLast)},
        {QStringLiteral("dashboard_village_2019_ms"), village2019},
        {QStringLiteral("dashboard_village_last_year_ms"), villageLast}};
}

// A backup of the whole county into a folder (File → 备份, fupin-cli backup): the online copy, read
// back, renamed into place.
// The exit assessment of the whole county in the year with the most poor households (the year
// whose first day or identifications leave the most households not out of poverty), and the risk
// elimination of the current year, as the CLI and the assessment view run them.
QJsonObject measureAssess(const QString &path)
{
    auto db = openSignedIn(path);
    if (!db)
        return {{QStringLiteral("assess_error"), db.error()}};
    QSqlQuery q(TestSql::of(*db.value()));
    int year = 0;
    int most = -1;
    for (int y = 2011; y <= QDate::currentDate().year(); ++y) {
        q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM status_event WHERE kind IN ('identify', 'relapse') AND "
                                 "event_date <= ?) - (SELECT count(*) FROM status_event WHERE kind = 'exit' AND "
                                 "event_date < ?)"));
        q.addBindValue(QStringLiteral("%1-12-31").arg(y));
        q.addBindValue(QStringLiteral("%1-01-01").arg(y));
        if (q.exec() && q.next() && q.value(0).toInt() > most) {
            most = q.value(0).toInt();
            year = y;
        }
    }
    q.finish();
    QJsonObject figures;
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    const auto exit = BulkAssessment::assess(*db.value(), year, BulkAssessment::Kind::Exit, 0);
    figures.insert(QStringLiteral("assess_county_ms"), msSince(timer));
    figures.insert(QStringLiteral("assess_county_cpu_ms"), cpuMs() - cpu);
    figures.insert(QStringLiteral("assess_county_year"), year);
    figures.insert(QStringLiteral("assess_county_households"), exit ? int(exit->households.size()) : -1);
    timer.restart();
    const auto elimination
        = BulkAssessment::assess(*db.value(), QDate::currentDate().year(), BulkAssessment::Kind::RiskElimination, 0);
    figures.insert(QStringLiteral("assess_elimination_now_ms"), msSince(timer));
    figures.insert(
        QStringLiteral("assess_elimination_now_households"), elimination ? int(elimination->households.size()) : -1);
    return figures;
}

QJsonObject measureBackup(const QString &path)
{
    auto db = openSignedIn(path);
    if (!db)
        return {{QStringLiteral("backup_error"), db.error()}};
    QTemporaryDir folder;
    QElapsedTimer timer;
    timer.start();
    const Result<BackupWritten> written = CountyBackup(*db.value()).writeTo(folder.path());
    if (!written)
        return {{QStringLiteral("backup_error"), written.error()}};
    return {{QStringLiteral("backup_ms"), msSince(timer)},
        {QStringLiteral("backup_mb"), double(written->bytes) / (1024.0 * 1024.0)}};
}

int main(int argc, char *argv[])
{
    const bool onScreen
        = std::any_of(argv, argv + argc, [](const char *a) { return qstrcmp(a, "--show-quality") == 0; });
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !onScreen)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption householdsOption(
        QStringLiteral("households"), QStringLiteral("households"), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("seed"), QStringLiteral("s"), QStringLiteral("2014"));
    const QCommandLineOption guiOption(
        QStringLiteral("measure-gui"), QStringLiteral("internal: measure the GUI on a file"), QStringLiteral("path"));
    const QCommandLineOption fileOption(
        QStringLiteral("file"), QStringLiteral("county file to write (kept)"), QStringLiteral("path"));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"), QStringLiteral("measure an existing --file instead of generating it"));
    const QCommandLineOption forcesOption(QStringLiteral("measure-forces"),
        QStringLiteral("measure the assistance forces' lists on an existing file only"), QStringLiteral("path"));
    const QCommandLineOption openOption(QStringLiteral("measure-open"),
        QStringLiteral("measure only the opening and first page of a file (to profile it)"), QStringLiteral("path"));
    const QCommandLineOption validateOption(QStringLiteral("measure-validate"),
        QStringLiteral("internal: measure the county's data-quality check on a file"), QStringLiteral("path"));
    const QCommandLineOption fundsOption(QStringLiteral("measure-funds"),
        QStringLiteral("internal: measure the fund ledger's balances on a file"), QStringLiteral("path"));
    const QCommandLineOption ledgerOption(QStringLiteral("ledger-entries"),
        QStringLiteral("ledger rows to measure the balances on"), QStringLiteral("n"), QStringLiteral("300000"));
    const QCommandLineOption cardsOption(QStringLiteral("measure-cards"),
        QStringLiteral("internal: measure printing 10,000 household cards of a file"), QStringLiteral("path"));
    const QCommandLineOption noticeOption(QStringLiteral("measure-notice"),
        QStringLiteral("internal: measure printing the county-wide benefits notice of a file"), QStringLiteral("path"));
    const QCommandLineOption dashboardOption(QStringLiteral("measure-dashboard"),
        QStringLiteral("measure the progress dashboard's indicators on an existing file only"), QStringLiteral("path"));
    const QCommandLineOption exportOption(QStringLiteral("measure-export"),
        QStringLiteral("internal: measure exporting the households and members of a file to xlsx"),
        QStringLiteral("path"));
    const QCommandLineOption showQualityOption(QStringLiteral("show-quality"),
        QStringLiteral("show the main window checking the county in a file (for screenshots)"), QStringLiteral("path"));
    parser.addOptions({householdsOption, seedOption, fileOption, guiOption, reuseOption, validateOption,
        showQualityOption, forcesOption, fundsOption, ledgerOption, openOption, cardsOption});
    const QCommandLineOption assessOption(QStringLiteral("measure-assess"),
        QStringLiteral("measure the county's exit assessment on an existing file only"), QStringLiteral("path"));
    parser.addOption(assessOption);
    parser.addOption(dashboardOption);
    parser.addOption(exportOption);
    parser.addOption(noticeOption);
    const QCommandLineOption importOption(QStringLiteral("measure-import"),
        QStringLiteral("internal: measure importing a roster into a fresh county"), QStringLiteral("roster"));
    const QCommandLineOption countyCodeOption(
        QStringLiteral("county-code"), QStringLiteral("internal: the fresh county's code"), QStringLiteral("code"));
    const QCommandLineOption countyNameOption(
        QStringLiteral("county-name"), QStringLiteral("internal: the fresh county's name"), QStringLiteral("name"));
    parser.addOptions({importOption, countyCodeOption, countyNameOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(guiOption))
        return measureGui(parser.value(guiOption));
    if (parser.isSet(openOption))
        return measureGui(parser.value(openOption), true);
    if (parser.isSet(validateOption))
        return measureValidate(parser.value(validateOption));
    if (parser.isSet(forcesOption)) {
        QTextStream(stdout) << QJsonDocument(measureForces(parser.value(forcesOption))).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (parser.isSet(dashboardOption)) {
        QTextStream(stdout)
            << QJsonDocument(measureDashboard(parser.value(dashboardOption))).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (parser.isSet(cardsOption))
        return measureCards(parser.value(cardsOption));
    if (parser.isSet(assessOption)) {
        QTextStream(stdout) << QJsonDocument(measureAssess(parser.value(assessOption))).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (parser.isSet(noticeOption))
        return measureNotice(parser.value(noticeOption));
    if (parser.isSet(exportOption))
        return measureExport(parser.value(exportOption));
    if (parser.isSet(importOption))
        return measureImport(
            parser.value(importOption), parser.value(countyCodeOption), parser.value(countyNameOption));
    if (parser.isSet(fundsOption))
        return measureFunds(parser.value(fundsOption), parser.value(ledgerOption).toInt());
    if (parser.isSet(showQualityOption))
        return showQuality(app, parser.value(showQualityOption));

    QTemporaryDir dir;
    const QString path
        = parser.isSet(fileOption) ? parser.value(fileOption) : dir.filePath(QStringLiteral("bench.fupin"));
    const bool reuse = parser.isSet(reuseOption) && parser.isSet(fileOption) && QFile::exists(path);
    if (!reuse)
        QFile::remove(path);
    QJsonObject figures;
    figures.insert(QStringLiteral("households"), parser.value(householdsOption).toInt());

    if (!reuse) {
        QElapsedTimer timer;
        timer.start();
        auto db = CountyDatabase::open(path, CountyDatabase::OpenMode::CreateIfMissing);
        if (!db) {
            QTextStream(stderr) << db.error() << Qt::endl;
            return 1;
        }
        DemoOptions options;
        options.households = parser.value(householdsOption).toInt();
        options.seed = parser.value(seedOption).toULongLong();
        if (Status s = DemoGenerator::generate(*db.value(), options); !s) {
            QTextStream(stderr) << s.error() << Qt::endl;
            return 1;
        }
        figures.insert(QStringLiteral("generate_s"), msSince(timer) / 1000.0);
    }
    figures.insert(QStringLiteral("file_mb"), double(QFileInfo(path).size()) / (1024.0 * 1024.0));
    figures.insert(QStringLiteral("peak_rss_after_generate_mb"), peakRssMb());

    const QJsonObject search = measureSearch(path);
    for (auto it = search.begin(); it != search.end(); ++it)
        figures.insert(it.key(), it.value());
    const QJsonObject forces = measureForces(path);
    for (auto it = forces.begin(); it != forces.end(); ++it)
        figures.insert(it.key(), it.value());
    const QJsonObject dashboard = measureDashboard(path);
    for (auto it = dashboard.begin(); it != dashboard.end(); ++it)
        figures.insert(it.key(), it.value());
    const QJsonObject backup = measureBackup(path);
    for (auto it = backup.begin(); it != backup.end(); ++it)
        figures.insert(it.key(), it.value());
    const QJsonObject assess = measureAssess(path);
    for (auto it = assess.begin(); it != assess.end(); ++it)
        figures.insert(it.key(), it.value());

    // The GUI and the quality check are measured in fresh processes so that their peak memory is
    // their own, not the generator's.
    for (const QString &mode : {QStringLiteral("--measure-gui"), QStringLiteral("--measure-validate"),
             QStringLiteral("--measure-funds"), QStringLiteral("--measure-cards"), QStringLiteral("--measure-export"),
             QStringLiteral("--measure-notice")}) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
            {mode, path, QStringLiteral("--ledger-entries"), parser.value(ledgerOption)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            QTextStream(stderr) << child.readAllStandardError() << Qt::endl;
            return 1;
        }
        const QJsonObject measured = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        for (auto it = measured.begin(); it != measured.end(); ++it)
            figures.insert(it.key(), it.value());
    }

    const QJsonObject imports = measureImports(path);
    for (auto it = imports.begin(); it != imports.end(); ++it)
        figures.insert(it.key(), it.value());
    if (!imports.contains(QStringLiteral("import_xlsx_s")) || !imports.contains(QStringLiteral("import_csv_s")))
        return 1;

    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Indented);
    return 0;
}
