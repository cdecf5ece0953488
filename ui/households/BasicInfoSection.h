// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Divisions.h"

#include <QGroupBox>

class CodeLists;
class EditorBinder;
class QComboBox;
class QLabel;
class QLineEdit;

// 基本信息: address in the division tree, household code, contact, bank, attribute and flags.
class BasicInfoSection : public QGroupBox
{
    Q_OBJECT

public:
    BasicInfoSection(
        EditorBinder &binder, const CodeLists &codes, const QList<Division> &divisions, QWidget *parent = nullptr);

private:
    void fillDivisionCombo(QComboBox *combo, qint64 parentId, bool allowEmpty);
    void showDivisions();
    void chooseDivision(int level);
    void showStatus();
    void checkPhone();

    EditorBinder &m_binder;
    const CodeLists &m_codes;
    QList<Division> m_divisions;
    QComboBox *m_township = nullptr;
    QComboBox *m_village = nullptr;
    QComboBox *m_group = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneProblem = nullptr;
    QLabel *m_status = nullptr;
};
