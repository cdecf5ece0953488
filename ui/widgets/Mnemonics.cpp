// SPDX-License-Identifier: GPL-3.0-or-later
#include "Mnemonics.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

#include <algorithm>
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

namespace {

// Whether the widget lies on a page of a tab widget below root (that page is given its letters
// on its own).
bool onTabPage(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *w = widget->parentWidget(); w && w != root; w = w->parentWidget()) {
        if (qobject_cast<const QStackedWidget *>(w) && qobject_cast<const QTabWidget *>(w->parentWidget()))
            return true;
    }
    return false;
}

// A button that Enter or Esc reaches already (OK, Cancel, Close of a dialog's button box).
bool reachedByEnterOrEsc(const QAbstractButton *button)
{
    const auto *box = qobject_cast<const QDialogButtonBox *>(button->parentWidget());
    if (!box)
        return false;
    const QDialogButtonBox::ButtonRole role = box->buttonRole(const_cast<QAbstractButton *>(button));
    return role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::RejectRole;
}

// The text with a free letter: one of its own (English), else "(&X)" before a closing "…" or ":".
QString withFreeLetter(const QString &text, QSet<QChar> &used)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i).toUpper();
        if (c.isLetterOrNumber() && c.unicode() < 128 && !used.contains(c)) {
            used << c;
            return text.left(i) + u'&' + text.mid(i);
        }
    }
    for (const QChar c : QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")) {
        if (used.contains(c))
            continue;
        used << c;
        qsizetype end = text.size();
        while (end > 0 && QStringLiteral("….:：").contains(text.at(end - 1)))
            --end;
        return text.left(end) + QStringLiteral("(&") + c + u')' + text.mid(end);
    }
    return text;
}

} // namespace

QSet<QChar> Mnemonics::makeUnique(QWidget *root, QSet<QChar> reserved)
{
    // First the marks as written, then the reassignments, so that a control keeps its letter
    // when only later ones ask for it; actions (buttons) before tabs, tabs before labels and check
    // boxes, so that when a long form runs out of letters, its fields go without, not its actions.
    struct Claim
    {
        std::function<QString()> get;
        std::function<void(const QString &)> set;
        int rank = 0; // 0 an action, 1 a tab, 2 a label or a check box
        bool required = false; // given a letter even when written without one
    };
    QList<Claim> claims;
    QList<QTabWidget *> tabWidgets;
    for (QWidget *child : root->findChildren<QWidget *>()) {
        if (onTabPage(child, root))
            continue;
        if (auto *tabs = qobject_cast<QTabWidget *>(child))
            tabWidgets << tabs;
        if (auto *label = qobject_cast<QLabel *>(child); label && label->buddy()) {
            claims.append({[label] { return label->text(); }, [label](const QString &t) { label->setText(t); }, 2});
        } else if (auto *tool = qobject_cast<QToolButton *>(child); tool && tool->defaultAction()) {
            QAction *action = tool->defaultAction();
            claims.append(
                {[action] { return action->text(); }, [action](const QString &t) { action->setText(t); }, 0, false});
        } else if (auto *button = qobject_cast<QAbstractButton *>(child)) {
            if (qobject_cast<QTabBar *>(button->parentWidget()))
                continue; // a tab bar's scroll arrows
            const bool action = qobject_cast<QPushButton *>(button) || qobject_cast<QToolButton *>(button);
            claims.append({[button] { return button->text(); }, [button](const QString &t) { button->setText(t); },
                action ? 0 : 2, action && !button->text().isEmpty() && !reachedByEnterOrEsc(button)});
        } else if (auto *box = qobject_cast<QGroupBox *>(child); box && box->isCheckable()) {
            claims.append({[box] { return box->title(); }, [box](const QString &t) { box->setTitle(t); }, 2});
        } else if (auto *tabs = qobject_cast<QTabBar *>(child)) {
            for (int i = 0; i < tabs->count(); ++i) {
                claims.append({[tabs, i] { return tabs->tabText(i); },
                    [tabs, i](const QString &t) { tabs->setTabText(i, t); }, 1, true});
            }
        }
    }
    // Within a rank, the marks as written first; an action written without one takes a free letter
    // before the next rank claims its own, so that labels, not actions, run out.
    const auto order = [](const Claim &c) { return 2 * c.rank + (of(c.get()).isNull() ? 1 : 0); };
    std::stable_sort(claims.begin(), claims.end(), [&](const Claim &a, const Claim &b) { return order(a) < order(b); });
    QList<Claim> losers;
    for (const Claim &claim : std::as_const(claims)) {
        const QChar c = of(claim.get());
        if (c.isNull()) {
            if (claim.required)
                claim.set(withFreeLetter(claim.get(), reserved));
        } else if (reserved.contains(c)) {
            losers << claim;
        } else {
            reserved << c;
        }
    }
    for (const Claim &claim : std::as_const(losers)) {
        const QString text = claim.get();
        QString next = of(text).isNull() ? text : reassign(text, reserved);
        if (of(next).isNull() && claim.required)
            next = withFreeLetter(next, reserved); // an action without a letter of its own text left
        claim.set(next);
    }
    // Each page of a tab widget is shown alone: its letters are free of the rest, not of each other's.
    QSet<QChar> all = reserved;
    for (QTabWidget *tabs : std::as_const(tabWidgets)) {
        for (int i = 0; i < tabs->count(); ++i)
            all += makeUnique(tabs->widget(i), reserved);
    }
    return all;
}

QString Mnemonics::plain(const QString &text)
{
    static const QRegularExpression translated(QStringLiteral("[(（]&.[)）]"));
    QString out = text;
    out.remove(translated);
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) == u'&')
            out.remove(i, 1); // "&&" leaves one "&", which the next step skips
    }
    out = out.trimmed();
    while (out.endsWith(u':') || out.endsWith(u'：'))
        out.chop(1);
    return out.trimmed();
}

QString Mnemonics::keepLetter(const QString &current, const QString &next)
{
    const QChar letter = of(current);
    if (letter.isNull() || of(next) == letter)
        return next;
    static const QRegularExpression translated(QStringLiteral("[(（]&(.)[)）]"));
    if (const QRegularExpressionMatch m = translated.match(next); m.hasMatch()) {
        QString marked = next;
        return marked.replace(m.capturedStart(1), 1, letter);
    }
    // The plain text of next, marked at the letter if it has it, else with the letter after it.
    QString unmarked = next;
    for (qsizetype i = 0; i + 1 < unmarked.size(); ++i) {
        if (unmarked.at(i) == u'&' && unmarked.at(i + 1) != u'&') {
            unmarked.remove(i, 1);
            break;
        }
        if (unmarked.at(i) == u'&')
            ++i;
    }
    for (qsizetype i = 0; i < unmarked.size(); ++i) {
        if (unmarked.at(i).toUpper() == letter && (i == 0 || unmarked.at(i - 1) != u'&'))
            return unmarked.left(i) + u'&' + unmarked.mid(i);
    }
    return unmarked + QStringLiteral("(&") + letter + u')';
}
