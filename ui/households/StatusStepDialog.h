// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/StatusProcedure.h"

#include <QDialog>

class CodeLists;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

// Asks for what a procedure step records: its date and reason, and for a public notice its start
// and period, for monitoring its category and risks, for an attribute change the new attribute.
class StatusStepDialog : public QDialog
{
    Q_OBJECT

public:
    StatusStepDialog(StatusStep step, int noticeDays, const CodeLists &codes, QWidget *parent = nullptr);
    StatusChange change() const;
    // ChangeAttribute: the attributes offered, those the procedure allows the household now.
    void setAttributes(const QStringList &codes);

private:
    StatusStep m_step;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reason = nullptr;
    QDateEdit *m_noticeStart = nullptr;
    QSpinBox *m_noticeDays = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_attribute = nullptr;
    const CodeLists &m_codes;
    QList<QCheckBox *> m_risks;
};
