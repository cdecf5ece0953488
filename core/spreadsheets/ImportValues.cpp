// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheets/ImportValues.h"

#include "common/Money.h"
#include "register/IdNumber.h"
#include "register/PhoneNumber.h"
#include "spreadsheets/XlsxSheetReader.h"

#include <QRegularExpression>

#include <cmath>

QString ImportValues::halfWidth(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFEE0);
        else if (c.unicode() == 0x3000)
            c = u' ';
    }
    return out;
}

QString ImportValues::text(const SheetCell &cell)
{
    if (cell.kind == SheetCell::Kind::Number && std::isfinite(cell.number) && std::floor(cell.number) == cell.number
        && std::fabs(cell.number) < 1e15)
        return QString::number(qint64(cell.number));
    return cell.text.trimmed();
}

bool ImportValues::isScientific(const QString &text)
{
    static const QRegularExpression scientific(QStringLiteral("^\\s*[0-9]+([.][0-9]*)?\\s*[eE]\\s*[+]?[0-9]+\\s*$"));
    return scientific.match(halfWidth(text)).hasMatch();
}

Result<QString> ImportValues::idNumber(const SheetCell &cell)
{
    using R = Result<QString>;
    if (cell.kind == SheetCell::Kind::Number)
        return R::failure(tr("the ID number %1 is stored as a number, which keeps only 15 digits: its last digits "
                             "may be lost. Format the column as text, type the number again and import again.")
                              .arg(cell.text));
    if (isScientific(cell.text))
        return R::failure(tr("the ID number is shown as %1 (scientific notation): its last digits are lost. Type "
                             "the full number again, in a column formatted as text.")
                              .arg(cell.text.trimmed()));
    const IdNumber::Check check = IdNumber::check(cell.text);
    if (!check.valid)
        return R::failure(check.reason);
    return check.normalized;
}

Result<QString> ImportValues::phone(const SheetCell &cell)
{
    const QString shown = text(cell);
    if (cell.kind == SheetCell::Kind::Text && isScientific(shown))
        return Result<QString>::failure(
            tr("the phone number is shown as %1 (scientific notation): its digits are lost.").arg(shown));
    const PhoneNumber::Check check = PhoneNumber::check(shown);
    if (!check.valid())
        return Result<QString>::failure(check.reason);
    return check.normalized;
}

Result<qint64> ImportValues::fen(const SheetCell &cell)
{
    if (cell.kind == SheetCell::Kind::Number) {
        const double fen = std::round(cell.number * 100.0);
        if (!std::isfinite(fen) || fen < 0 || fen > double(Money::MaxFen))
            return Result<qint64>::failure(tr("%1 is not an amount in yuan.").arg(cell.text));
        return qint64(fen);
    }
    const Result<Money> money = Money::parse(cell.text.trimmed());
    if (!money)
        return Result<qint64>::failure(money.error());
    return money->fen();
}

Result<QDate> ImportValues::date(const SheetCell &cell)
{
    using R = Result<QDate>;
    if (cell.kind == SheetCell::Kind::Date && cell.date.isValid())
        return cell.date;
    const QString shown = halfWidth(text(cell)).remove(u' ');
    const auto invalid = [&] {
        return R::failure(tr("%1 is not a date: write it as 1985-03-12, 1985.3.12 or 1985年3月12日.").arg(shown));
    };
    if (cell.kind == SheetCell::Kind::Number) {
        // A number where a date is wanted is the serial day the date was kept as.
        const QDate d = XlsxSheetReader::serialToDate(cell.number);
        return d.isValid() && cell.number >= 1 ? R(d) : invalid();
    }
    static const QRegularExpression parts(
        QStringLiteral("^([0-9]{4})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^([0-9]{4})([0-9]{2})([0-9]{2})$"));
    static const QRegularExpression serial(QStringLiteral("^[0-9]{5}$"));
    QRegularExpressionMatch m = parts.match(shown);
    if (!m.hasMatch())
        m = compact.match(shown);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? R(d) : invalid();
    }
    if (serial.match(shown).hasMatch()) {
        const QDate d = XlsxSheetReader::serialToDate(shown.toDouble());
        return d.isValid() ? R(d) : invalid();
    }
    // A date and a time (2024-03-12 00:00:00) as some systems export it.
    if (shown.size() > 10 && QDate::fromString(shown.left(10), Qt::ISODate).isValid())
        return QDate::fromString(shown.left(10), Qt::ISODate);
    return invalid();
}

Result<int> ImportValues::integer(const SheetCell &cell, int minimum, int maximum)
{
    QString shown = halfWidth(text(cell)).remove(u' ');
    bool ok = false;
    int value = 0;
    if (cell.kind == SheetCell::Kind::Number && std::floor(cell.number) == cell.number) {
        ok = std::fabs(cell.number) < 1e9;
        value = int(cell.number);
    } else {
        for (const QString &unit : {QStringLiteral("个月"), QStringLiteral("月"), QStringLiteral("年")}) {
            if (shown.endsWith(unit))
                shown.chop(unit.size());
        }
        value = shown.toInt(&ok);
    }
    if (!ok)
        return Result<int>::failure(tr("%1 is not a whole number.").arg(text(cell)));
    if (value < minimum || value > maximum)
        return Result<int>::failure(tr("%1 is not between %2 and %3.").arg(value).arg(minimum).arg(maximum));
    return value;
}

Result<bool> ImportValues::flag(const SheetCell &cell)
{
    const QString t = halfWidth(text(cell)).remove(u' ').toLower();
    static const QStringList yes{QStringLiteral("是"), QStringLiteral("有"), QStringLiteral("√"), QStringLiteral("y"),
        QStringLiteral("yes"), QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("参加"),
        QStringLiteral("享受"), QStringLiteral("已参加")};
    static const QStringList no{QStringLiteral("否"), QStringLiteral("无"), QStringLiteral("×"), QStringLiteral("n"),
        QStringLiteral("no"), QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("未参加"),
        QStringLiteral("不享受"), QStringLiteral("没有")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return Result<bool>::failure(tr("%1 is neither yes (是) nor no (否).").arg(text(cell)));
}
