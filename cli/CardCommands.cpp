// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardCommands.h"

#include "HouseholdCardRun.h"
#include "db/CountyDatabase.h"
#include "files/OutputPath.h"
#include "register/HouseholdLookup.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

QString CardCommands::usage()
{
    return tr(
        "  cards --db FILE (--division CODE | --household CODE...) --out FILE.pdf [--year Y] [--layout a4|a5]\n"
        "        [--template household|contact|policy|income]\n"
        "                                                    household cards (明白卡) or the three cards as a PDF, "
        "each logged");
}

int CardCommands::cards(const CommandContext &c)
{
    const QCommandLineOption divisionOption(QStringLiteral("division"),
        tr("The code of the county, township, village or group whose households get cards."), QStringLiteral("code"));
    const QCommandLineOption householdOption(QStringLiteral("household"),
        tr("A household code; repeat the option (or list more codes after it) for more households."),
        QStringLiteral("code"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("file"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
        tr("The year of the measures, benefits and income on the cards; the latest year with incomes when not given."),
        QStringLiteral("year"));
    const QCommandLineOption layoutOption(QStringLiteral("layout"),
        tr("a4 (one card page per A4 page, the default) or a5 (two card pages side by side on an A4 sheet)."),
        QStringLiteral("layout"), QStringLiteral("a4"));
    const QCommandLineOption templateOption(QStringLiteral("template"),
        tr("household (the household card, the default), contact (four contact cards to an A4 sheet, backs on the "
           "next page for duplex printing), policy or income."),
        QStringLiteral("template"), QStringLiteral("household"));
    c.parser.addOptions({divisionOption, householdOption, outOption, yearOption, layoutOption, templateOption});
    c.parser.addOption(c.dbOption);
    c.parser.addPositionalArgument(
        QStringLiteral("codes"), tr("More household codes after --household."), QStringLiteral("[CODE...]"));
    if (!c.parser.parse(c.arguments))
        return c.fail(c.parser.errorText());

    // Every argument is checked before the county is opened or any file created.
    const QString division = c.parser.value(divisionOption).trimmed();
    QStringList households;
    for (const QString &value : c.parser.values(householdOption))
        households << value.split(u',', Qt::SkipEmptyParts);
    if (!households.isEmpty())
        households << c.parser.positionalArguments();
    else if (!c.parser.positionalArguments().isEmpty())
        return c.fail(tr("\"%1\" is not an option; give household codes after --household.")
                          .arg(c.parser.positionalArguments().constFirst()));
    for (QString &code : households)
        code = code.trimmed();
    if (division.isEmpty() == households.isEmpty())
        return c.fail(tr("Give either --division CODE (a division's households, see `fupin-cli divisions`) or "
                         "--household CODE (listed households), not both."));
    const QString out = c.parser.value(outOption);
    if (out.isEmpty() || !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return c.fail(tr("Give the PDF file to write with --out, a name ending in .pdf."));
    const QFileInfo outInfo(out);
    if (!outInfo.absoluteDir().exists())
        return c.fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(outInfo.absolutePath())));
    const QStringList inputs{c.parser.value(c.dbOption)};
    // Never over the county being read, another county file, or through a link onto one.
    if (Status s = OutputPath::check(out, inputs); !s)
        return c.fail(s.error());
    int year = 0;
    if (c.parser.isSet(yearOption)) {
        bool ok = false;
        year = c.parser.value(yearOption).toInt(&ok);
        if (!ok || year < 1900 || year > 9999)
            return c.fail(tr("\"%1\" is not a year.").arg(c.parser.value(yearOption)));
    }

    const QString layoutWord = c.parser.value(layoutOption).trimmed().toLower();
    if (layoutWord != QLatin1String("a4") && layoutWord != QLatin1String("a5"))
        return c.fail(tr("\"%1\" is not a layout: give --layout a4 or --layout a5.").arg(c.parser.value(layoutOption)));
    const auto layout
        = layoutWord == QLatin1String("a5") ? HouseholdCardPainter::Layout::A5 : HouseholdCardPainter::Layout::A4;

    const std::optional<CardTemplate> kind = CardTemplates::fromWord(c.parser.value(templateOption));
    if (!kind)
        return c.fail(tr("\"%1\" is not a card: give --template household, contact, policy or income.")
                          .arg(c.parser.value(templateOption)));

    // Every card printed is entered in the county's print log, so the file is opened for writing.
    auto db = c.open(true);
    if (!db)
        return c.fail(db.error());
    if (!year)
        year = HouseholdLookup(*db.value()).latestIncomeYear().value_or(QDate::currentDate().year());
    // Listed households are all found (and readable) before anything is written.
    QList<qint64> ids;
    const HouseholdLookup lookup(*db.value());
    for (const QString &code : households) {
        const Result<qint64> id = lookup.idOfCode(code);
        if (!id)
            return c.fail(id.error());
        ids << id.value();
    }

    HouseholdCardRun run(*db.value(), year, layout);
    run.setTemplate(*kind);
    if (!division.isEmpty())
        run.setDivision(division);
    else
        run.setHouseholds(ids);
    if (Status s = run.writePdf(out, inputs); !s)
        return c.fail(s.error());
    c.out << tr("Wrote %1: %n card(s) of %2 on %3 page(s).", nullptr, run.cards())
                 .arg(QDir::toNativeSeparators(outInfo.absoluteFilePath()))
                 .arg(year)
                 .arg(run.pages())
          << Qt::endl;
    return 0;
}
