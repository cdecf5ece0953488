// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The three public notices (公示) of DOMAIN.md §5 and §6: fund allocations, the project list and
// household benefit lists.
enum class NoticeKind { Funds, Projects, Benefits };

// A column of a notice's table; numeric columns (amounts, counts) are set right-aligned.
struct NoticeColumn
{
    QString title;
    int widthPercent = 10; // of the table's width
    bool numeric = false;
};

// One table of a notice, with its caption and an optional total row.
struct NoticeTable
{
    QString caption;
    QList<NoticeColumn> columns;
    QList<QStringList> rows;
    QStringList totalRow; // empty: none
    qint64 totalFen = 0; // the amount the total row shows, for tests and summaries
};

// A notice as plain data, the same for the print preview, the PDF of the GUI and of fupin-cli.
// Personal numbers in it are already masked (Masking::mask).
struct Notice
{
    NoticeKind kind = NoticeKind::Funds;
    QString divisionCode;
    QString divisionName; // the full name: county, township, village
    int year = 0; // 0: every year
    QString title;
    QString issuer; // the office that posts it
    QStringList paragraphs; // before the tables
    QList<NoticeTable> tables;
    QString emptyText; // shown instead of the tables when there is nothing to post
    QDate postedOn;
    QDate endsOn; // the last day of the notice period
    int periodDays = 0;
    QStringList footer; // how to object: the supervision phones
};
