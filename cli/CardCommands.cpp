// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardCommands.h"

#include "HouseholdCardPdf.h"
#include "cards/HouseholdCards.h"
#include "db/CountyDatabase.h"
#include "files/OutputPath.h"
#include "register/HouseholdLookup.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

QString CardCommands::usage()
{
    return tr("  cards --db FILE (--division CODE | --household CODE...) --out FILE.pdf [--year Y]\n"
              "                                                    household cards (明白卡) as a PDF");
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
    c.parser.addOptions({divisionOption, householdOption, outOption, yearOption});
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

    auto db = c.open(false);
    if (!db)
        return c.fail(db.error());
    if (!year)
        year = HouseholdLookup(*db.value()).latestIncomeYear().value_or(QDate::currentDate().year());
    const HouseholdCards builder(*db.value(), year);

    // Listed households are all found (and readable) before anything is written.
    QList<qint64> ids;
    const HouseholdLookup lookup(*db.value());
    for (const QString &code : households) {
        const Result<qint64> id = lookup.idOfCode(code);
        if (!id)
            return c.fail(id.error());
        ids << id.value();
    }

    HouseholdCardPdf pdf(out);
    if (Status s = pdf.open(inputs, tr("Household cards %1").arg(year)); !s)
        return c.fail(s.error());
    if (!division.isEmpty()) {
        Status added;
        const Status walked = builder.forDivision(division, [&](const HouseholdCard &card) {
            added = pdf.add(card);
            return added.ok();
        });
        if (!walked)
            return c.fail(walked.error());
        if (!added)
            return c.fail(added.error());
    } else {
        for (const qint64 id : ids) {
            const Result<HouseholdCard> card = builder.build(id);
            if (!card)
                return c.fail(card.error());
            if (Status s = pdf.add(card.value()); !s)
                return c.fail(s.error());
        }
    }
    if (Status s = pdf.commit(); !s)
        return c.fail(s.error());
    c.out << tr("Wrote %1: %n card(s) of %2 on %3 page(s).", nullptr, pdf.cards())
                 .arg(QDir::toNativeSeparators(outInfo.absoluteFilePath()))
                 .arg(year)
                 .arg(pdf.pages())
          << Qt::endl;
    return 0;
}
