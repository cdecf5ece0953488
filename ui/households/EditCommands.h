// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorBinder.h"

#include <QUndoCommand>

// Small undo commands for the household editor, after Tiled's "change value" pattern.

// One field from one value to another. Consecutive typing in the same field merges into one step.
class ChangeValueCommand : public QUndoCommand
{
public:
    ChangeValueCommand(EditorBinder *binder, FieldTarget target, QVariant oldValue, QVariant newValue, bool typing);
    void undo() override;
    void redo() override;
    int id() const override { return m_typing ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    EditorBinder *m_binder;
    FieldTarget m_target;
    QVariant m_old;
    QVariant m_new;
    bool m_typing;
};

class AddMemberCommand : public QUndoCommand
{
public:
    AddMemberCommand(EditorBinder *binder, int index, Member member);
    void undo() override;
    void redo() override;

private:
    EditorBinder *m_binder;
    int m_index;
    Member m_member;
    QString m_previousCurrent;
};

class RemoveMemberCommand : public QUndoCommand
{
public:
    RemoveMemberCommand(EditorBinder *binder, int index);
    void undo() override;
    void redo() override;

private:
    EditorBinder *m_binder;
    int m_index;
    Member m_member;
};

class MoveMemberCommand : public QUndoCommand
{
public:
    MoveMemberCommand(EditorBinder *binder, int from, int to);
    void undo() override;
    void redo() override;

private:
    EditorBinder *m_binder;
    int m_from;
    int m_to;
};
