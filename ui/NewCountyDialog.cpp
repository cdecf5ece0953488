// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewCountyDialog.h"

#include "AppSettings.h"
#include "widgets/AdministratorFields.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>

NewCountyDialog::NewCountyDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New County File"));

    m_path = new QLineEdit(QFileInfo(AppSettings::defaultCountyFile()).absolutePath() + QStringLiteral("/new.fupin"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    auto *browse = new QPushButton(tr("&Browse..."));
    connect(browse, &QPushButton::clicked, this, &NewCountyDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("countyCodeEdit"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_code));
    m_code->setPlaceholderText(QStringLiteral("522633"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("countyNameEdit"));
    m_demo = new QSpinBox;
    m_demo->setObjectName(QStringLiteral("demoSpin"));
    m_demo->setRange(0, 200000);
    m_demo->setSingleStep(1000);
    m_demo->setSpecialValueText(tr("None (an empty county)"));

    auto *form = new QFormLayout;
    auto addRow = [form](const QString &label, QWidget *field, QLayout *layout = nullptr) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        if (layout)
            form->addRow(l, layout);
        else
            form->addRow(l, field);
    };
    addRow(tr("&File:"), m_path, pathRow);
    addRow(tr("County &code:"), m_code);
    addRow(tr("County &name:"), m_name);
    addRow(tr("&Demo households:"), m_demo);
    m_admin = new AdministratorFields(form, this);
    connect(m_admin, &AdministratorFields::changed, this, &NewCountyDialog::validate);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_path, m_code, m_name})
        connect(edit, &QLineEdit::textChanged, this, &NewCountyDialog::validate);
    validate();
    resize(560, sizeHint().height());
}

QString NewCountyDialog::filePath() const
{
    return m_path->text().trimmed();
}

QString NewCountyDialog::countyCode() const
{
    return m_code->text();
}

QString NewCountyDialog::countyName() const
{
    return m_name->text().trimmed();
}

int NewCountyDialog::demoHouseholds() const
{
    return m_demo->value();
}

QString NewCountyDialog::adminLogin() const
{
    return m_admin->login();
}

QString NewCountyDialog::adminFullName() const
{
    return m_admin->fullName();
}

QString NewCountyDialog::adminPassword() const
{
    return m_admin->password();
}

void NewCountyDialog::browse()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("New County File"), filePath(), tr("County files (*.fupin)"));
    if (!path.isEmpty())
        m_path->setText(path.endsWith(QLatin1String(".fupin")) ? path : path + QStringLiteral(".fupin"));
}

void NewCountyDialog::validate()
{
    QString problem;
    if (filePath().isEmpty())
        problem = tr("Choose where to save the county file.");
    else if (QFileInfo::exists(filePath()))
        problem = tr("%1 already exists; choose another name.").arg(QDir::toNativeSeparators(filePath()));
    else if (countyCode().size() != 6)
        problem = tr("The county code has 6 digits, e.g. 522633.");
    else if (countyName().isEmpty())
        problem = tr("Enter the county's name, e.g. 从江县.");
    else
        problem = m_admin->problem();
    // Nothing is wrong before the user has typed: the Create button waits, the form does not scold.
    const bool typed = m_path->isModified() || m_code->isModified() || m_name->isModified() || m_admin->touched();
    m_problem->setText(typed ? problem : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
