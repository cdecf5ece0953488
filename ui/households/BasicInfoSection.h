// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "county/Divisions.h"

#include <QGroupBox>

#include <functional>

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
    // nextCode gives a village's next free household code, proposed for a new household.
    BasicInfoSection(EditorBinder &binder, const CodeLists &codes, const QList<Division> &divisions,
        std::function<QString(qint64)> nextCode, QWidget *parent = nullptr);

private:
    void fillDivisionCombo(QComboBox *combo, qint64 parentId, bool allowEmpty);
    void showDivisions();
    void chooseDivision(int level);
    void showStatus();
    void checkPhone();

    EditorBinder &m_binder;
    const CodeLists &m_codes;
    QList<Division> m_divisions;
    std::function<QString(qint64)> m_nextCode;
    QComboBox *m_township = nullptr;
    QComboBox *m_village = nullptr;
    QComboBox *m_group = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneProblem = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_attribute = nullptr;
};
