// SPDX-License-Identifier: GPL-3.0-or-later
#include "notices/NoticeDialog.h"

#include "DocumentPrinter.h"
#include "NoticeDocument.h"
#include "county/Divisions.h"
#include "db/CountyDatabase.h"
#include "files/OutputPath.h"
#include "notices/PublicNotices.h"
#include "widgets/DateField.h"
#include "widgets/RefusalLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

NoticeDialog::NoticeDialog(CountyDatabase &db, NoticeKind kind, qint64 divisionId, QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("noticeDialog"));
    setWindowTitle(tr("Print a Public Notice"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("noticeKind"));
    for (NoticeKind k : PublicNotices::kinds())
        m_kind->addItem(PublicNotices::name(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));

    // The division chosen in the tree; the county when none is.
    // One line edit, its text replaced when the tree's division comes after the county: a second
    // one per match was left lying over the form.
    m_division = new QLineEdit(this);
    const QList<Division> divisions = Divisions::load(db, Divisions::Counts::Without).value_or({});
    for (const Division &d : divisions) {
        if (d.id == divisionId || (m_divisionCode.isEmpty() && d.level == Division::County)) {
            m_divisionCode = d.code;
            m_division->setText(QStringLiteral("%1 (%2)").arg(d.name, d.code));
        }
    }
    m_division->setObjectName(QStringLiteral("noticeDivision"));
    m_division->setReadOnly(true);
    m_division->setToolTip(tr("Choose another division in the tree on the left."));

    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("noticeYear"));
    m_year->setRange(1999, 2100);
    m_year->setSpecialValueText(tr("All years"));
    m_year->setValue(QDate::currentDate().year());
    m_posted = new DateField(QDate::currentDate(), this);
    m_posted->setObjectName(QStringLiteral("noticePosted"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("noticeDays"));
    // Core refuses a period under 10 days and says so here; the box does not hide the rule.
    m_days->setRange(1, PublicNotices::MaximumDays);
    m_days->setSuffix(tr(" days"));
    m_refusal = new RefusalLabel(QStringLiteral("noticeRefusal"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Division:"), m_division);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("P&osted on:"), m_posted);
    form->addRow(tr("Posted &for:"), m_days);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *preview = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("noticePreview"));
    auto *pdf = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("noticeSavePdf"));
    preview->setDefault(true);
    connect(preview, &QPushButton::clicked, this, &NoticeDialog::preview);
    connect(pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &NoticeDialog::kindChanged);
    kindChanged();
}

void NoticeDialog::kindChanged()
{
    m_days->setValue(PublicNotices(m_db).periodDays(NoticeKind(m_kind->currentData().toInt())));
}

Result<Notice> NoticeDialog::notice() const
{
    const int year = m_year->value() == m_year->minimum() ? 0 : m_year->value();
    return PublicNotices(m_db).build(
        NoticeKind(m_kind->currentData().toInt()), m_divisionCode, year, m_posted->date(), m_days->value());
}

bool NoticeDialog::refused(const QString &why)
{
    m_refusal->refuse(why);
    return false;
}

bool NoticeDialog::preview()
{
    const Result<Notice> n = notice();
    if (!n)
        return refused(n.error());
    m_refusal->hide();
    const PrintContent content = NoticeDocument::content(n.value());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), content.page.orientation, content.page.marginsMm, QPageLayout::Millimeter));
    printer.setDocName(content.documentTitle);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("noticePreviewDialog"));
    dialog.setWindowTitle(n->title);
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        if (Status s = DocumentPrinter::print(content, *p); !s)
            failure = s.error();
    });
    dialog.exec();
    return failure.isEmpty() || refused(failure);
}

bool NoticeDialog::savePdf(const QString &path)
{
    const Result<Notice> n = notice();
    if (!n)
        return refused(n.error());
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getSaveFileName(this, tr("Save the Notice as PDF"),
            QDir::home().filePath(n->title + QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
        if (file.isEmpty())
            return false;
    }
    if (Status s = OutputPath::check(file, {m_db.path()}); !s)
        return refused(s.error());
    if (Status s = DocumentPrinter::writePdf(NoticeDocument::content(n.value()), file); !s)
        return refused(s.error());
    m_refusal->hide();
    return true;
}
