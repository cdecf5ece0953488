// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class CodeLists;
class EditorBinder;

// 致贫原因: one main cause (required) and up to two others.
class CausesSection : public QGroupBox
{
    Q_OBJECT

public:
    CausesSection(EditorBinder &binder, const CodeLists &codes, QWidget *parent = nullptr);
};
