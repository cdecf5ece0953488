// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "AppSettings.h"
#include "county/DivisionList.h"
#include "db/CountyDatabase.h"
#include "widgets/AdministratorFields.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *heading = new QLabel(tr("<h2>Welcome to Fupin</h2><p>No county file is open yet. Create your county's "
                                  "file, open one you have, or look around in a demo county first.</p>"));
    heading->setWordWrap(true);

    m_path = new QLineEdit(QDir::toNativeSeparators(AppSettings::defaultCountyFile()));
    m_path->setObjectName(QStringLiteral("welcomePathEdit"));
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("welcomeCodeEdit"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_code));
    m_code->setPlaceholderText(QStringLiteral("522633"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("welcomeNameEdit"));
    m_name->setPlaceholderText(QStringLiteral("从江县"));
    m_divisions = new QPlainTextEdit;
    m_divisions->setObjectName(QStringLiteral("welcomeDivisionsEdit"));
    m_divisions->setTabChangesFocus(true);
    m_divisions->setPlaceholderText(tr("One village per line after its township, e.g.\n"
                                       "丙妹镇 大塘村\n丙妹镇 岜沙村\n"
                                       "or a township, a colon and its villages:\n停洞镇：停洞村、胜利村"));
    m_divisions->setMinimumHeight(110);

    auto *createBox = new QGroupBox(tr("Create my county"));
    auto *form = new QFormLayout(createBox);
    auto addRow = [form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("County &code:"), m_code);
    addRow(tr("County &name:"), m_name);
    addRow(tr("&Townships and villages:"), m_divisions);
    m_admin = new AdministratorFields(form, this);
    addRow(tr("Save &in:"), m_path);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("welcomeProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    m_create = new QPushButton(tr("Create My Count&y"));
    m_create->setObjectName(QStringLiteral("createCountyButton"));
    m_create->setDefault(true);
    form->addRow(m_create);
    connect(m_create, &QPushButton::clicked, this, &WelcomePage::createRequested);

    auto *otherBox = new QGroupBox(tr("Or"));
    auto *other = new QVBoxLayout(otherBox);
    auto *open = new QPushButton(tr("O&pen a County File..."));
    open->setObjectName(QStringLiteral("openCountyButton"));
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    auto *demo = new QPushButton(tr("Try the &Demo County"));
    demo->setObjectName(QStringLiteral("demoCountyButton"));
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    auto *demoNote = new QLabel(tr("The demo county's households, people and ID numbers are invented. It is marked "
                                   "演示数据 everywhere; do not enter real households into it."));
    demoNote->setWordWrap(true);
    other->addWidget(open);
    other->addSpacing(12);
    other->addWidget(demo);
    other->addWidget(demoNote);
    other->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(createBox, 3);
    columns->addWidget(otherBox, 2);
    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->addWidget(heading);
    bodyLayout->addLayout(columns);
    bodyLayout->addStretch(1);
    body->setMaximumWidth(1100);

    // Scrolls on a small screen rather than pushing the buttons off it.
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    for (QLineEdit *edit : {m_path, m_code, m_name})
        connect(edit, &QLineEdit::textChanged, this, &WelcomePage::validate);
    connect(m_divisions, &QPlainTextEdit::textChanged, this, &WelcomePage::validate);
    connect(m_admin, &AdministratorFields::changed, this, &WelcomePage::validate);
    validate();
}

QString WelcomePage::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

QString WelcomePage::countyCode() const
{
    return m_code->text();
}

QString WelcomePage::countyName() const
{
    return m_name->text().trimmed();
}

QString WelcomePage::divisionList() const
{
    return m_divisions->toPlainText();
}

QString WelcomePage::adminLogin() const
{
    return m_admin->login();
}

QString WelcomePage::adminFullName() const
{
    return m_admin->fullName();
}

QString WelcomePage::adminPassword() const
{
    return m_admin->password();
}

void WelcomePage::validate()
{
    // The rules are core's; the first one broken is named, but only once the user has begun typing.
    QString problem;
    const auto townships = DivisionList::parse(divisionList());
    if (Status s = CountyDatabase::checkCountyCode(countyCode()); !s)
        problem = countyCode().size() < 6 ? tr("The county code has 6 digits, e.g. 522633.") : s.error();
    else if (const auto name = CountyDatabase::checkCountyName(countyName()); !name)
        problem = countyName().isEmpty() ? tr("Enter the county's name, e.g. 从江县.") : name.error();
    else if (!townships)
        problem = townships.error();
    else if (townships->isEmpty())
        problem = tr("List the county's townships and villages, one village per line after its township.");
    else if (const QString admin = m_admin->problem(); !admin.isEmpty())
        problem = admin;
    else if (filePath().isEmpty())
        problem = tr("Choose where to save the county file.");
    else if (QFileInfo::exists(filePath()))
        problem = tr("%1 already exists; open it, or choose another name.").arg(QDir::toNativeSeparators(filePath()));
    const bool typed = m_code->isModified() || m_name->isModified() || !divisionList().isEmpty() || m_admin->touched();
    m_problem->setText(typed ? problem : QString());
    m_create->setEnabled(problem.isEmpty());
}
