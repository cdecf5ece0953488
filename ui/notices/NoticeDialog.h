// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "notices/Notice.h"

#include <QDialog>

class CountyDatabase;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class RefusalLabel;

// 打印公示: the kind of notice, the division (the one chosen in the tree), the year, the posting
// date and the period; then a print preview or a PDF. The content is PublicNotices', the layout
// NoticeDocument's: the same as `fupin-cli notice`. A refused choice (a period under 10 days) is
// shown in the dialog in core's words.
class NoticeDialog : public QDialog
{
    Q_OBJECT

public:
    NoticeDialog(CountyDatabase &db, NoticeKind kind, qint64 divisionId, QWidget *parent = nullptr);

    // The notice for what the fields say, built by core.
    Result<Notice> notice() const;

public slots:
    // Opens the print preview; false (and the reason shown) when core refuses the fields.
    bool preview();
    // Writes the PDF to path, asking for a file when path is empty; false when not written.
    bool savePdf(const QString &path = {});

private:
    void kindChanged();
    bool refused(const QString &why);

    CountyDatabase &m_db;
    QString m_divisionCode;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_division = nullptr;
    QSpinBox *m_year = nullptr;
    QDateEdit *m_posted = nullptr;
    QSpinBox *m_days = nullptr;
    RefusalLabel *m_refusal = nullptr;
};
