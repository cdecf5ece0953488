// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "WorkspacePage.h"
#include "county/Divisions.h"
#include "divisions/DivisionTreeModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>

Workspace::Workspace(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("workspace"));
    m_nav = new QListWidget;
    m_nav->setObjectName(QStringLiteral("workspaceNavigation"));
    m_nav->setAccessibleName(tr("Areas"));
    m_nav->setViewMode(QListView::IconMode);
    m_nav->setFlow(QListView::TopToBottom);
    m_nav->setMovement(QListView::Static);
    m_nav->setResizeMode(QListView::Adjust);
    m_nav->setWrapping(false);
    m_nav->setIconSize(QSize(32, 32));
    m_nav->setGridSize(QSize(88, 64));
    m_nav->setFixedWidth(92);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_divisions = new DivisionTreeModel(this);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("divisionTree"));
    m_tree->setAccessibleName(tr("Divisions"));
    m_tree->setModel(m_divisions);
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumWidth(160);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &Workspace::onDivisionSelected);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("workspacePages"));

    auto *splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1000});

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nav);
    layout->addWidget(splitter, 1);

    connect(m_nav, &QListWidget::currentRowChanged, this, &Workspace::showPage);
}

Workspace::~Workspace()
{
    // Pages hold models over the county; they go before the tree's model and the county do.
    for (WorkspacePage *page : std::as_const(m_pages))
        page->setCounty(nullptr, nullptr);
}

int Workspace::addPage(WorkspacePage *page)
{
    // In a scroll area: a page wider than a small screen scrolls instead of widening the window
    // past the screen (at 1366×768 nothing scrolls).
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    const int index = m_stack->addWidget(scroll);
    m_pages << page;
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_nav);
    item->setTextAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    item->setToolTip(index < 9 ? tr("%1 (Ctrl+%2)").arg(page->title()).arg(index + 1) : page->title());
    if (index < 9) {
        // On the workspace, not the page: a page that is hidden cannot take its own shortcut.
        auto *show = new QAction(this);
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        show->setShortcutContext(Qt::WindowShortcut);
        connect(show, &QAction::triggered, this, [this, index] { showPage(index); });
        addAction(show);
    }
    connect(page, &WorkspacePage::openHouseholdRequested, this, &Workspace::openHouseholdRequested);
    connect(page, &WorkspacePage::statusMessage, this, &Workspace::statusMessage);
    if (m_db)
        page->setCounty(m_db, m_codes);
    if (m_pages.size() == 1)
        showPage(0);
    return index;
}

void Workspace::setCounty(CountyDatabase *db, const CodeLists *codes)
{
    m_db = db;
    m_codes = codes;
    m_pageDivision.clear();
    m_divisionId = 0;
    // Only the page on screen and the first one (the households, whose count the window shows) read
    // the new county now; the others when they are first shown, so that opening a county costs one
    // page's queries before the first paint, not every page's. Closing tells every page at once:
    // none keeps a pointer to a file that is gone.
    m_pagesWithoutCounty.clear();
    for (WorkspacePage *page : std::as_const(m_pages)) {
        if (db && page != currentPage() && page != m_pages.constFirst())
            m_pagesWithoutCounty.insert(page);
        else
            page->setCounty(db, codes);
    }
    reloadDivisions();
}

void Workspace::reloadDivisions()
{
    {
        const QSignalBlocker blocker(m_tree->selectionModel());
        // The acting account's divisions and the path above them (AccessPolicy's read scope), without
        // their household counts first: counting reads the whole register, so the counts follow just
        // after the first paint.
        m_divisions->reload(
            m_db ? Divisions::loadInScope(*m_db, Divisions::Counts::Without).value_or({}) : QList<Division>());
    }
    if (!m_db)
        return;
    QTimer::singleShot(0, this, [this, db = m_db] {
        if (m_db == db)
            updateCounts();
    });
    const QModelIndex county = m_divisions->index(0, 0);
    m_tree->expand(county);
    m_tree->setCurrentIndex(county);
    onDivisionSelected();
}

void Workspace::updateCounts()
{
    if (m_db) {
        if (const auto divisions = Divisions::loadInScope(*m_db))
            m_divisions->updateCounts(divisions.value());
    }
}

void Workspace::setPageAvailable(WorkspacePage *page, bool available)
{
    const int index = int(m_pages.indexOf(page));
    if (index < 0)
        return;
    m_nav->item(index)->setHidden(!available);
    if (!available && currentPage() == page)
        showPage(0);
}

void Workspace::showPage(int index)
{
    if (index < 0 || index >= m_pages.size() || m_nav->item(index)->isHidden())
        return;
    WorkspacePage *page = m_pages.at(index);
    if (m_pagesWithoutCounty.remove(page))
        page->setCounty(m_db, m_codes);
    if (m_stack->currentIndex() != index)
        m_stack->setCurrentIndex(index);
    if (m_nav->currentRow() != index) {
        const QSignalBlocker blocker(m_nav);
        m_nav->setCurrentRow(index);
    }
    givePageDivision(page);
    emit currentPageChanged(page);
}

WorkspacePage *Workspace::currentPage() const
{
    return m_pages.value(m_stack->currentIndex());
}

int Workspace::divisionLevel() const
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    return current.isValid() ? current.data(DivisionTreeModel::LevelRole).toInt() : 0;
}

QString Workspace::divisionName() const
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    return current.isValid() ? current.data().toString() : QString();
}

qint64 Workspace::selectedVillageId() const
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        return 0;
    switch (current.data(DivisionTreeModel::LevelRole).toInt()) {
    case Division::Village:
        return current.data(DivisionTreeModel::IdRole).toLongLong();
    case Division::Group:
        return current.parent().data(DivisionTreeModel::IdRole).toLongLong();
    default:
        return 0;
    }
}

void Workspace::onDivisionSelected()
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    m_divisionId = current.isValid() ? current.data(DivisionTreeModel::IdRole).toLongLong() : 0;
    if (WorkspacePage *page = currentPage())
        givePageDivision(page);
    emit divisionChanged(m_divisionId);
}

void Workspace::givePageDivision(WorkspacePage *page)
{
    if (!m_db)
        return;
    const auto given = m_pageDivision.constFind(page);
    if (given != m_pageDivision.cend() && *given == m_divisionId)
        return;
    m_pageDivision.insert(page, m_divisionId);
    page->setDivision(m_divisionId);
}
