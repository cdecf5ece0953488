// SPDX-License-Identifier: GPL-3.0-or-later
#include "Mnemonics.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QToolButton>

#include <functional>

QChar Mnemonics::of(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

namespace {

// The text with its mark moved to a free letter, or removed.
QString reassign(const QString &text, QSet<QChar> &used)
{
    static const QRegularExpression translated(QStringLiteral("[(（]&(.)[)）]"));
    if (const QRegularExpressionMatch m = translated.match(text); m.hasMatch()) {
        for (const QChar c : QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")) {
            if (!used.contains(c)) {
                used << c;
                QString next = text;
                next.replace(m.capturedStart(1), 1, c);
                return next;
            }
        }
        QString next = text;
        return next.remove(m.capturedStart(), m.capturedLength());
    }
    QString plain = text;
    for (qsizetype i = 0; i + 1 < plain.size(); ++i) {
        if (plain.at(i) == u'&' && plain.at(i + 1) != u'&') {
            plain.remove(i, 1);
            break;
        }
        if (plain.at(i) == u'&')
            ++i;
    }
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const QChar c = plain.at(i).toUpper();
        if (c.isLetterOrNumber() && c.unicode() < 128 && !used.contains(c)) {
            used << c;
            return plain.left(i) + u'&' + plain.mid(i);
        }
    }
    return plain;
}

} // namespace

QSet<QChar> Mnemonics::makeUnique(QWidget *root, QSet<QChar> reserved)
{
    // First the marks as written, then the reassignments, so that a control keeps its letter
    // when only later ones ask for it.
    struct Claim
    {
        std::function<QString()> get;
        std::function<void(const QString &)> set;
    };
    QList<Claim> claims;
    for (QObject *child : root->findChildren<QObject *>()) {
        if (auto *label = qobject_cast<QLabel *>(child); label && label->buddy()) {
            claims.append({[label] { return label->text(); }, [label](const QString &t) { label->setText(t); }});
        } else if (auto *tool = qobject_cast<QToolButton *>(child); tool && tool->defaultAction()) {
            QAction *action = tool->defaultAction();
            claims.append({[action] { return action->text(); }, [action](const QString &t) { action->setText(t); }});
        } else if (auto *button = qobject_cast<QAbstractButton *>(child)) {
            claims.append({[button] { return button->text(); }, [button](const QString &t) { button->setText(t); }});
        } else if (auto *box = qobject_cast<QGroupBox *>(child); box && box->isCheckable()) {
            claims.append({[box] { return box->title(); }, [box](const QString &t) { box->setTitle(t); }});
        }
    }
    QList<Claim> losers;
    for (const Claim &claim : std::as_const(claims)) {
        const QChar c = of(claim.get());
        if (c.isNull())
            continue;
        if (reserved.contains(c))
            losers << claim;
        else
            reserved << c;
    }
    for (const Claim &claim : std::as_const(losers))
        claim.set(reassign(claim.get(), reserved));
    return reserved;
}
