// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class CodeLists;
class EditorBinder;

// 生产生活条件 and 两不愁三保障 for the editor's year.
class LivingSection : public QGroupBox
{
    Q_OBJECT

public:
    LivingSection(EditorBinder &binder, const CodeLists &codes, QWidget *parent = nullptr);
};
