// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/GoalsGrid.h"

#include "county/PovertyStandards.h"
#include "db/CountyDatabase.h"
#include "progress/GoalsTableModel.h"
#include "progress/GoalsTableView.h"
#include "progress/ProgressGoals.h"
#include "widgets/RefusalLabel.h"

#include <QAction>
#include <QClipboard>
#include <QDate>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

GoalsGrid::GoalsGrid(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("goalsGrid"));
    m_model = new GoalsTableModel(this);
    m_view = new GoalsTableView;
    m_view->setObjectName(QStringLiteral("goalsTable"));
    m_view->setAccessibleName(tr("Annual goals"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(GoalsTableModel::DivisionColumn, QHeaderView::Interactive);

    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("goalsYear"));
    m_year->setRange(PovertyStandards::FirstYear, PovertyStandards::LastYear);
    m_year->setValue(QDate::currentDate().year());
    auto *yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_year);
    m_kind = new QLabel;
    m_kind->setObjectName(QStringLiteral("goalsKind"));
    m_save = new QPushButton(tr("&Save Goals"));
    m_save->setObjectName(QStringLiteral("saveGoals"));
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setObjectName(QStringLiteral("revertGoals"));
    m_error = new RefusalLabel(QStringLiteral("goalsRefusal"));
    auto *hint = new QLabel(tr("Type numbers of households per month, or paste a block copied from a spreadsheet "
                               "(Ctrl+V). Grey rows are set by another level; the rows in italics add up the "
                               "divisions below, with the difference from the goal above them in brackets."));
    hint->setWordWrap(true);

    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        if (m_model->year() != year)
            setYear(year);
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &GoalsGrid::reload);
    connect(m_model, &GoalsTableModel::dirtyChanged, this, &GoalsGrid::updateState);
    connect(m_model, &GoalsTableModel::refused, m_error, &RefusalLabel::refuse);

    // Spreadsheet keys on the table: shortcuts of the table alone, so they never reach another page.
    const auto addKey = [this](const QKeySequence &keys, auto &&slot) {
        auto *action = new QAction(m_view);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
    };
    addKey(QKeySequence::Paste, [this] { pasteClipboard(); });
    addKey(QKeySequence::Copy,
        [this] { QGuiApplication::clipboard()->setText(m_model->copy(m_view->selectionModel()->selectedIndexes())); });
    addKey(QKeySequence::Delete, [this] {
        QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
        if (cells.isEmpty() && m_view->currentIndex().isValid())
            cells << m_view->currentIndex();
        refuse(m_model->clear(cells));
    });
    addKey(QKeySequence(Qt::Key_Backspace), [this] {
        if (m_view->currentIndex().isValid())
            refuse(m_model->clear({m_view->currentIndex()}));
    });
    addKey(QKeySequence::Undo, [this] { m_model->undoStack()->undo(); });
    addKey(QKeySequence::Redo, [this] { m_model->undoStack()->redo(); });

    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_kind, 1);
    top->addWidget(m_revert);
    top->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(hint);
    updateState();
}

void GoalsGrid::setCounty(CountyDatabase *db)
{
    m_db = db;
    reload();
}

void GoalsGrid::setYear(int year)
{
    if (hasUnsavedChanges() && year != m_model->year()) {
        m_error->refuse(tr("Save or revert the goals of %1 before choosing another year.").arg(m_model->year()));
        const QSignalBlocker block(m_year);
        m_year->setValue(m_model->year());
        return;
    }
    {
        const QSignalBlocker block(m_year);
        m_year->setValue(year);
    }
    reload();
}

int GoalsGrid::year() const
{
    return m_year->value();
}

bool GoalsGrid::hasUnsavedChanges() const
{
    return m_model->isDirty();
}

void GoalsGrid::reload()
{
    m_error->hide();
    const int year = m_year->value();
    m_kind->setText(tr("Goal of %1: %2").arg(year).arg(ProgressGoals::kindText(year)));
    if (!m_db) {
        m_model->setGoals(year, {}, {});
        updateState();
        return;
    }
    ProgressGoals goals(*m_db);
    const Result<QList<DivisionGoal>> read = goals.forYear(year);
    QHash<qint64, QString> refusals;
    for (const DivisionGoal &d : read.value_or({})) {
        if (m_db->isReadOnly()) {
            refusals.insert(d.divisionId, tr("The county file is open read-only."));
        } else if (const Status may = goals.maySet(d.divisionId); !may) {
            refusals.insert(d.divisionId, may.error());
        }
    }
    m_model->setGoals(year, read.value_or({}), refusals);
    if (!read)
        m_error->refuse(read.error());
    m_view->resizeColumnToContents(GoalsTableModel::DivisionColumn);
    updateState();
}

Status GoalsGrid::save()
{
    if (!m_db || !hasUnsavedChanges())
        return {};
    // A cell still being typed in is committed when the focus leaves it for the Save button.
    QList<AnnualGoal> changed = m_model->changedGoals();
    const int year = m_model->year();
    const Status saved = ProgressGoals(*m_db).save(year, changed);
    if (!saved) {
        m_error->refuse(saved.error());
        return saved;
    }
    reload();
    emit goalsSaved(year);
    emit statusMessage(tr("Saved %n goal(s) of %1.", nullptr, int(changed.size())).arg(year));
    return saved;
}

Status GoalsGrid::pasteClipboard()
{
    const QModelIndex at = m_view->currentIndex();
    if (!at.isValid())
        return Status::failure(tr("Choose the cell to paste at first."));
    const Status pasted = m_model->paste(at.row(), at.column(), QGuiApplication::clipboard()->text());
    refuse(pasted);
    return pasted;
}

void GoalsGrid::refuse(const Status &s)
{
    if (s)
        m_error->hide();
    else
        m_error->refuse(s.error());
}

void GoalsGrid::updateState()
{
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    m_year->setToolTip(dirty ? tr("Save or revert the changes before choosing another year.") : QString());
}
