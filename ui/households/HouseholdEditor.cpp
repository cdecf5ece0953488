// SPDX-License-Identifier: GPL-3.0-or-later
#include "HouseholdEditor.h"

#include "accounts/AccessPolicy.h"
#include "db/RecordStamp.h"

#include "AssistanceSection.h"
#include "BasicInfoSection.h"
#include "BenefitsSection.h"
#include "CausesSection.h"
#include "EditorBinder.h"
#include "HistorySection.h"
#include "IncomeSection.h"
#include "LivingSection.h"
#include "MembersSection.h"
#include "ProjectsSection.h"
#include "StatusSection.h"
#include "county/CodeLists.h"
#include "db/CountyDatabase.h"
#include "forces/AssistanceRecords.h"
#include "quality/QualityChecker.h"
#include "register/Drafts.h"
#include "register/DuplicateFinder.h"
#include "register/HouseholdChecks.h"
#include "register/HouseholdRepository.h"
#include "widgets/ActionGate.h"
#include "widgets/Mnemonics.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
constexpr int ValidateDelayMs = 150;
constexpr int DraftDelayMs = 400;
} // namespace

HouseholdEditor::HouseholdEditor(
    CountyDatabase &db, const CodeLists &codes, qint64 householdId, qint64 villageId, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_codes(codes),
      m_divisions(Divisions::load(db, Divisions::Counts::Without).value_or({}))
{
    if (householdId != 0) {
        load(householdId);
    } else {
        m_household.meta.uuid = RecordStamp::newUuid();
        placeInVillage(villageId);
    }
    build();
}

HouseholdEditor::HouseholdEditor(CountyDatabase &db, const CodeLists &codes, const Draft &draft, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_codes(codes),
      m_divisions(Divisions::load(db, Divisions::Counts::Without).value_or({})),
      m_household(draft.household),
      m_draftKey(draft.key),
      m_restored(true),
      m_draftNotes(draft.notes)
{
    build();
}

HouseholdEditor::~HouseholdEditor()
{
    qApp->removeEventFilter(this);
    m_undoStack->disconnect(this); // the stack announces its end, when the sections are gone
}

void HouseholdEditor::load(qint64 householdId)
{
    auto loaded = HouseholdRepository(m_db).load(householdId);
    if (loaded)
        m_household = std::move(loaded).value();
    else
        QTimer::singleShot(0, this, [this, error = loaded.error()] {
            QMessageBox::critical(this, tr("Household"), error);
            close();
        });
}

void HouseholdEditor::placeInVillage(qint64 villageId)
{
    const auto village = std::find_if(m_divisions.cbegin(), m_divisions.cend(),
        [&](const Division &d) { return d.id == villageId && d.level == Division::Village; });
    if (village == m_divisions.cend())
        return;
    m_household.townshipId = village->parentId;
    m_household.villageId = villageId;
    m_household.code = Divisions::nextHouseholdCode(m_db, villageId);
}

QString HouseholdEditor::draftKey() const
{
    if (!m_draftKey.isEmpty())
        return m_draftKey;
    return m_household.meta.id != 0 ? QStringLiteral("household-%1").arg(m_household.meta.id)
                                    : QStringLiteral("new-%1").arg(m_household.meta.uuid);
}

int HouseholdEditor::defaultYear() const
{
    if (!m_household.incomes.isEmpty())
        return m_household.incomes.constLast().year;
    return QDate::currentDate().year() - 1;
}

void HouseholdEditor::build()
{
    setObjectName(QStringLiteral("householdEditor"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setAttribute(Qt::WA_DeleteOnClose);
    m_undoStack = new QUndoStack(this);
    m_binder = new EditorBinder(m_household, m_undoStack, this);
    m_binder->setYear(defaultYear());

    // Top bar: year, undo and redo, save, close.
    auto *bar = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(2011, 2099);
    m_year->setValue(m_binder->year());
    m_year->setToolTip(tr("The year whose income and living conditions are shown"));
    yearLabel->setBuddy(m_year);
    connect(m_year, &QSpinBox::valueChanged, m_binder, &EditorBinder::setYear);
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addStretch();

    // Plain actions rather than QUndoStack's own, whose text would name the last command's field.
    auto *undo = new QAction(tr("&Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    auto *redo = new QAction(tr("&Redo"), this);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    auto *save = new QAction(tr("&Save"), this);
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, &HouseholdEditor::save);
    for (QAction *action : {undo, redo, save}) {
        addAction(action);
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::NoFocus); // Tab walks the booklet's fields; these have shortcuts
        button->setObjectName(action == save ? QStringLiteral("saveButton")
                : action == undo             ? QStringLiteral("undoButton")
                                             : QStringLiteral("redoButton"));
        bar->addWidget(button);
    }
    auto *closeButton = new QPushButton(tr("&Close"));
    closeButton->setObjectName(QStringLiteral("closeButton"));
    closeButton->setAutoDefault(false);
    closeButton->setFocusPolicy(Qt::NoFocus);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::close);
    bar->addWidget(closeButton);

    // The sections in the order of the booklet, listed on the left for quick jumps.
    PovertyStandards standards(m_db);
    auto *content = new QWidget;
    auto *sections = new QVBoxLayout(content);
    m_status = new StatusSection(m_db, m_codes);
    m_history = new HistorySection(m_db);
    m_assistance = new AssistanceSection(m_codes);
    m_projects = new ProjectsSection(m_db, m_codes);
    connect(m_projects, &ProjectsSection::openProjectRequested, this, &HouseholdEditor::openProjectRequested);
    m_benefits = new BenefitsSection;
    auto *members = new MembersSection(*m_binder, m_codes);
    m_members = members;
    auto *addMember = new QAction(tr("Add &Member"), this);
    addMember->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(addMember, &QAction::triggered, members, &MembersSection::addMember);
    addAction(addMember);
    const QList<std::pair<QString, QWidget *>> parts{
        {tr("Basic information"),
            new BasicInfoSection(*m_binder, m_codes, m_divisions,
                [this](qint64 village) { return Divisions::nextHouseholdCode(m_db, village); })},
        {tr("Members"), members},
        {tr("Living conditions"), new LivingSection(*m_binder, m_codes)},
        {tr("Income"), new IncomeSection(*m_binder, standards)},
        {tr("Policy benefits"), m_benefits},
        {tr("Poverty causes"), new CausesSection(*m_binder, m_codes)},
        {tr("Assistance and visits"), m_assistance},
        {tr("Projects"), m_projects},
        {tr("Status history"), m_status},
        {tr("Change history"), m_history},
    };
    m_sectionList = new QListWidget;
    m_sectionList->setObjectName(QStringLiteral("sectionList"));
    m_sectionList->setAccessibleName(tr("Sections"));
    // Reached by keyboard (Alt+G, or Shift+Tab from the first field); Ctrl+PgUp/PgDn move between
    // sections from anywhere, and Enter in the list goes to the section's first field.
    m_sectionList->setFocusPolicy(Qt::StrongFocus);
    m_sectionList->installEventFilter(this);
    m_sectionList->setMaximumWidth(150);
    for (const auto &[title, widget] : parts) {
        m_sectionList->addItem(title);
        sections->addWidget(widget);
        m_sections << widget;
    }
    sections->addStretch();
    m_scroll = new QScrollArea;
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    connect(m_sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_sections.size())
            m_scroll->verticalScrollBar()->setValue(m_sections.at(row)->y());
    });
    auto *sectionsLabel = new QLabel(tr("Sections (&G)"));
    sectionsLabel->setBuddy(m_sectionList);
    auto *nextSection = new QAction(this);
    nextSection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(nextSection, &QAction::triggered, this, [this] { goToSection(m_sectionList->currentRow() + 1); });
    auto *previousSection = new QAction(this);
    previousSection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previousSection, &QAction::triggered, this, [this] { goToSection(m_sectionList->currentRow() - 1); });
    addActions({nextSection, previousSection});
    // A field reached by Tab or by its shortcut is scrolled into view, and its section is marked.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now || !m_scroll->widget()->isAncestorOf(now))
            return;
        m_scroll->ensureWidgetVisible(now, 16, 32);
        for (int i = 0; i < m_sections.size(); ++i) {
            if (m_sections.at(i)->isAncestorOf(now) && m_sectionList->currentRow() != i) {
                const QSignalBlocker blocker(m_sectionList);
                m_sectionList->setCurrentRow(i);
            }
        }
    });

    // One Tab stop for all the problems (a label's links took one each: 79 to reach the last);
    // Enter on a problem about another household opens it.
    m_problemList = new QListWidget;
    m_problemList->setObjectName(QStringLiteral("problemList"));
    m_problemList->setAccessibleName(tr("Problems"));
    m_problemList->setWordWrap(true);
    m_problemList->setMaximumHeight(96);
    m_problemList->setFrameShape(QFrame::NoFrame);
    connect(m_problemList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong())
            emit openHouseholdRequested(id);
    });

    auto *middle = new QHBoxLayout;
    auto *sectionColumn = new QVBoxLayout;
    sectionColumn->addWidget(sectionsLabel);
    sectionColumn->addWidget(m_sectionList, 1);
    middle->addLayout(sectionColumn);
    middle->addWidget(m_scroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    // An account that may not change this household reads it (AccessPolicy; core refuses anyway).
    // A new household not yet placed in a village is placed by the user; the save checks the place.
    const bool unplaced = m_household.meta.id == 0 && m_household.villageId == 0
        && AccessPolicy::allows(m_db.account(), AccessPolicy::Action::EditHousehold);
    if (const Status may
        = unplaced ? Status() : AccessPolicy::check(m_db, AccessPolicy::Action::EditHousehold, m_household.villageId);
        !may) {
        m_readOnly = true;
        auto *banner = new QLabel(tr("Read only: %1").arg(may.error()));
        banner->setObjectName(QStringLiteral("readOnlyBanner"));
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("background: #fff4ce; padding: 4px;"));
        layout->addWidget(banner);
        makeReadOnly(content, may);
        // Saving and adding a member ask core for this household's village, with its reason.
        for (QAction *action : {save, addMember})
            ActionGate::offer(action, &m_db, AccessPolicy::Action::EditHousehold, m_household.villageId);
    }
    if (!m_draftNotes.isEmpty()) {
        auto *banner = new QLabel(tr("Restored from unsaved work. %1").arg(m_draftNotes.join(u' ')));
        banner->setObjectName(QStringLiteral("draftNotesBanner"));
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("background: #fff4ce; padding: 4px;"));
        layout->addWidget(banner);
    }
    layout->addLayout(middle, 1);
    layout->addWidget(m_problemList);

    m_validateTimer = new QTimer(this);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(ValidateDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, &HouseholdEditor::validateNow);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &HouseholdEditor::writeDraft);
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        m_validateTimer->start();
        if (isModified())
            m_draftTimer->start();
        else
            removeDraft(); // undone back to what is saved: nothing to restore
        updateTitle();
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] { refreshSavedSections(); });
    connect(m_status, &StatusSection::statusChanged, this, &HouseholdEditor::reloadSaved);
    connect(m_history, &HistorySection::reverted, this, &HouseholdEditor::reloadSaved);
    // The assistance section saves each change at once: the history shows it at once too.
    connect(m_assistance, &AssistanceSection::changed, this, &HouseholdEditor::refreshSavedSections);
    connect(m_benefits, &BenefitsSection::changed, this, &HouseholdEditor::refreshSavedSections);
    m_benefits->setYear(m_binder->year());
    connect(m_binder, &EditorBinder::yearChanged, m_benefits, &BenefitsSection::setYear);

    // The editor's undo stack, not a line edit's own, answers Ctrl+Z and Ctrl+Shift+Z.
    qApp->installEventFilter(this);

    const QRect screen
        = (parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    // The frame and title bar come on top of the size: 740 lines at y=40 ran off a 768-line screen.
    resize((screen.size() - QSize(8, 40)).boundedTo(QSize(1280, 740)));
    refreshSavedSections();
    updateTitle();
    validateNow();
    if (m_restored)
        writeDraft();
    Mnemonics::makeUnique(this);
    // The cursor starts on the first field of the booklet.
    if (QWidget *first = findChild<QWidget *>(QStringLiteral("townshipCombo")))
        first->setFocus();
}

void HouseholdEditor::goToSection(int row)
{
    if (row < 0 || row >= m_sections.size())
        return;
    m_sectionList->setCurrentRow(row);
    // The section's first field takes the cursor; a section without one (the histories) keeps it
    // in the list.
    QWidget *section = m_sections.at(row);
    QWidget *target = nullptr;
    for (QWidget *w = section->nextInFocusChain(); w && section->isAncestorOf(w); w = w->nextInFocusChain()) {
        if (w->isEnabled() && w->isVisibleTo(this) && (w->focusPolicy() & Qt::TabFocus)) {
            target = w;
            break;
        }
    }
    if (target)
        target->setFocus(Qt::ShortcutFocusReason);
    else
        m_sectionList->setFocus(Qt::ShortcutFocusReason);
}

bool HouseholdEditor::isModified() const
{
    return m_restored || !m_undoStack->isClean();
}

void HouseholdEditor::updateTitle()
{
    const Member *head = m_household.head();
    QString title = m_household.meta.id == 0 ? tr("New household") : tr("Household %1").arg(m_household.code);
    if (head && !head->name.isEmpty())
        title = tr("%1 (head: %2)").arg(title, head->name);
    setWindowTitle(title + (isModified() ? QStringLiteral(" *") : QString()));
}

void HouseholdEditor::refreshSavedSections()
{
    const bool clean = !isModified();
    AssistanceRecords records(m_db);
    m_assistance->load(records, m_household.meta.id);
    m_projects->load(m_household.meta.id);
    m_benefits->load(m_db, m_household.meta.id, !m_readOnly);
    m_status->load(m_household.meta.id, clean);
    m_history->load(m_household.meta.id, clean);
}

void HouseholdEditor::validateNow()
{
    m_validateTimer->stop();
    m_problems = HouseholdChecks::problems(m_household);
    QHash<QString, qint64> links; // problems about another household, which Enter opens
    const DuplicateFinder duplicates(m_db);
    QHash<QString, QString> duplicateIds;
    for (const Member &m : std::as_const(m_household.members)) {
        if (m.idNumber.isEmpty())
            continue;
        if (const auto other = duplicates.registeredId(m.idNumber, m_household.meta.id)) {
            const QString problem = other->householdDeleted
                ? tr("The ID number %1 of %2 is registered for %3 in household %4, which was deleted: restore that "
                     "household (tick \"Deleted\" in the register's list) instead of entering its people again.")
                      .arg(m.idNumber, m.name, other->name, other->householdCode)
                : tr("The ID number %1 of %2 is already registered for %3 in household %4.")
                      .arg(m.idNumber, m.name, other->name, other->householdCode);
            m_problems << problem;
            duplicateIds.insert(
                m.meta.uuid, tr("Already registered for %1 in household %2.").arg(other->name, other->householdCode));
            links.insert(problem, other->householdId);
        }
    }
    m_members->setDuplicateIds(duplicateIds);

    m_warnings.clear();
    if (m_problems.isEmpty()) {
        const QualityChecker checker(m_db);
        if (const auto context = checker.contextFor(m_household, m_binder->year())) {
            for (const Finding &f : checker.checkHousehold(m_household, context.value()))
                m_warnings << f.message;
        }
    }

    m_problemList->clear();
    const auto add = [this](const QString &text, const char *color, qint64 household = 0) {
        auto *item = new QListWidgetItem(text, m_problemList);
        item->setForeground(QColor(QLatin1String(color)));
        item->setData(Qt::UserRole, household);
    };
    for (const QString &p : std::as_const(m_problems)) {
        const qint64 other = links.value(p);
        add(QStringLiteral("✖ %1").arg(other ? tr("%1 (Enter opens that household)").arg(p) : p), "#c01c28", other);
    }
    for (const QString &w : std::as_const(m_warnings))
        add(QStringLiteral("⚠ %1").arg(w), "#9a6700");
    if (m_problemList->count() == 0)
        add(QStringLiteral("✔ %1").arg(tr("No problems found.")), "#1a7f37");
    m_problemList->setCurrentRow(0);
}

bool HouseholdEditor::confirmLikelyDuplicates(QList<std::pair<QString, QString>> &different)
{
    DuplicateFinder finder(m_db);
    for (const Member &m : std::as_const(m_household.members)) {
        for (const PersonRef &other : finder.likelyDuplicates(m, m_household.townshipId, m_household.meta.id)) {
            const auto answer = QMessageBox::question(this, tr("Possible duplicate"),
                tr("%1, born %2, has the same name and birth date as %3 of household %4 in the same township. "
                   "Are they different people?")
                    .arg(m.name, m.birthDate.toString(Qt::ISODate), other.name, other.householdCode),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer == QMessageBox::Yes) {
                different.append({m.meta.uuid, other.memberUuid}); // remembered once this member is saved
                continue;
            }
            if (answer == QMessageBox::No)
                emit openHouseholdRequested(other.householdId);
            return false;
        }
    }
    return true;
}

bool HouseholdEditor::save()
{
    // Take what is being typed in the focused field before checking.
    if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
    validateNow();
    if (!m_problems.isEmpty()) {
        auto *notSaved = new QListWidgetItem(tr("Not saved: put right what is listed below."));
        QFont bold = notSaved->font();
        bold.setBold(true);
        notSaved->setFont(bold);
        m_problemList->insertItem(0, notSaved);
        QApplication::beep();
        return false;
    }
    QList<std::pair<QString, QString>> different;
    if (!confirmLikelyDuplicates(different))
        return false;
    const QString oldKey = draftKey();
    const auto id = HouseholdRepository(m_db).save(m_household);
    if (!id) {
        QMessageBox::warning(this, tr("Not saved"), tr("The household was not saved: %1").arg(id.error()));
        return false;
    }
    for (const auto &[member, other] : std::as_const(different)) {
        if (Status s = DuplicateFinder(m_db).confirmDifferent(member, other); !s)
            QMessageBox::warning(this, tr("Possible duplicate"), s.error());
    }
    Drafts(m_db).remove(oldKey);
    m_draftKey.clear();
    m_restored = false;
    m_undoStack->clear(); // a saved change is reverted from the change history from now on
    m_binder->refreshWidgets();
    refreshSavedSections();
    updateTitle();
    emit saved(id.value());
    return true;
}

void HouseholdEditor::reloadSaved()
{
    load(m_household.meta.id);
    m_undoStack->clear();
    m_binder->refreshWidgets();
    emit m_binder->membersChanged();
    refreshSavedSections();
    validateNow();
    emit saved(m_household.meta.id);
}

void HouseholdEditor::makeReadOnly(QWidget *content, const Status &why)
{
    for (QLineEdit *edit : content->findChildren<QLineEdit *>())
        edit->setReadOnly(true);
    for (QAbstractSpinBox *spin : content->findChildren<QAbstractSpinBox *>())
        spin->setReadOnly(true);
    for (QAbstractItemView *view : content->findChildren<QAbstractItemView *>())
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Choices and buttons have no read-only state: they are disabled, their values still shown.
    for (QComboBox *combo : content->findChildren<QComboBox *>())
        combo->setEnabled(false);
    // A button says why it is disabled (the sections that read saved records enable their reading
    // buttons again, and ask core for their writing ones, as they load).
    for (QAbstractButton *button : content->findChildren<QAbstractButton *>())
        ActionGate::apply(button, why);
}

void HouseholdEditor::writeDraft()
{
    if (!isModified() || m_readOnly)
        return;
    const Member *head = m_household.head();
    const QString label = QStringLiteral("%1 %2").arg(m_household.code, head ? head->name : QString()).trimmed();
    // A failed draft is not worth interrupting the user; the next edit tries again.
    Drafts(m_db).save(draftKey(), m_household.meta.id, label, m_household);
}

void HouseholdEditor::removeDraft()
{
    m_draftTimer->stop();
    Drafts(m_db).remove(draftKey());
}

void HouseholdEditor::reject()
{
    close(); // Esc: the same questions as closing the window
}

void HouseholdEditor::closeEvent(QCloseEvent *event)
{
    if (isModified()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
            tr("Save the changes to this household before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Discard)
            removeDraft();
    } else {
        removeDraft();
    }
    event->accept();
    QWidget::closeEvent(event); // not QDialog::closeEvent, which would reject() and close again
}

bool HouseholdEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_sectionList && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            goToSection(m_sectionList->currentRow());
            return true;
        }
    }
    if (event->type() == QEvent::ShortcutOverride) {
        auto *widget = qobject_cast<QWidget *>(watched);
        auto *key = static_cast<QKeyEvent *>(event);
        if (widget && isAncestorOf(widget)
            && (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
                || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)))
            return true; // not overridden: the editor's shortcut fires
    }
    return QDialog::eventFilter(watched, event);
}
