// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusSection.h"

#include "StatusStepDialog.h"
#include "county/CodeLists.h"
#include "register/StatusProcedure.h"
#include "widgets/TableKeys.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

StatusSection::StatusSection(CountyDatabase &db, const CodeLists &codes, QWidget *parent)
    : QGroupBox(tr("Status history"), parent), m_db(db), m_codes(codes)
{
    auto *layout = new QVBoxLayout(this);
    m_history = new QTableWidget(0, 5);
    TableKeys::apply(m_history);
    m_history->setObjectName(QStringLiteral("statusHistoryTable"));
    m_history->setAccessibleName(tr("Status history"));
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Step"), tr("Reason"), tr("Notice"), tr("By")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setMaximumHeight(170);
    layout->addWidget(m_history);
    m_steps = new QWidget;
    new QHBoxLayout(m_steps);
    m_steps->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps);
}

void StatusSection::load(qint64 householdId, bool editorClean)
{
    m_householdId = householdId;
    StatusProcedure procedure(m_db);
    const QList<StatusEvent> history = householdId ? procedure.history(householdId) : QList<StatusEvent>();
    m_history->setRowCount(int(history.size()));
    for (int r = 0; r < history.size(); ++r) {
        const StatusEvent &e = history.at(r);
        const QString notice = e.noticeStart.isValid()
            ? tr("from %1, %n day(s)", nullptr, e.noticeDays).arg(e.noticeStart.toString(Qt::ISODate))
            : QString();
        const auto step = StatusProcedure::stepOfKind(e.kind);
        QString stepText = step ? StatusProcedure::stepName(*step) : e.kind;
        if (!e.attributeCode.isEmpty())
            stepText = tr("%1: %2").arg(stepText, m_codes.name(CodeList::Attribute, e.attributeCode));
        const QStringList cells{e.date.toString(Qt::ISODate), stepText, e.reason, notice, e.recordedBy};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_history->resizeColumnsToContents();

    QLayout *row = m_steps->layout();
    while (QLayoutItem *item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (householdId == 0) {
        row->addWidget(new QLabel(tr("Save the household to record its identification, exit or monitoring.")));
        return;
    }
    if (!editorClean) {
        row->addWidget(new QLabel(tr("Save or undo your changes to record a status step.")));
        return;
    }
    for (StatusStep step : procedure.allowedSteps(householdId, QDate::currentDate())) {
        auto *button = new QPushButton(StatusProcedure::stepName(step) + QStringLiteral("..."));
        button->setObjectName(QStringLiteral("statusStep%1Button").arg(int(step)));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, step] { takeStep(int(step)); });
        row->addWidget(button);
    }
    static_cast<QHBoxLayout *>(row)->addStretch();
}

void StatusSection::takeStep(int step)
{
    StatusProcedure procedure(m_db);
    StatusStepDialog dialog(StatusStep(step), procedure.defaultNoticeDays(), m_codes, this);
    if (StatusStep(step) == StatusStep::ChangeAttribute)
        dialog.setAttributes(procedure.allowedAttributes(m_householdId));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = StatusProcedure(m_db).apply(m_householdId, dialog.change()); !s) {
        QMessageBox::warning(this, StatusProcedure::stepName(StatusStep(step)), s.error());
        return;
    }
    emit statusChanged();
}
