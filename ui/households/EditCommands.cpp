// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommands.h"

#include <QCoreApplication>

ChangeValueCommand::ChangeValueCommand(
    EditorBinder *binder, FieldTarget target, QVariant oldValue, QVariant newValue, bool typing)
    : m_binder(binder),
      m_target(std::move(target)),
      m_old(std::move(oldValue)),
      m_new(std::move(newValue)),
      m_typing(typing)
{
    setText(QCoreApplication::translate("HouseholdEditor", "Change %1").arg(m_target.column));
}

void ChangeValueCommand::undo()
{
    m_binder->apply(m_target, m_old);
}

void ChangeValueCommand::redo()
{
    m_binder->apply(m_target, m_new);
}

bool ChangeValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeValueCommand *>(other);
    if (!next->m_typing || next->m_target != m_target)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old); // typed and taken back: no step to undo
    return true;
}

AddMemberCommand::AddMemberCommand(EditorBinder *binder, int index, Member member)
    : m_binder(binder), m_index(index), m_member(std::move(member)), m_previousCurrent(binder->currentMember())
{
    setText(QCoreApplication::translate("HouseholdEditor", "Add member"));
}

void AddMemberCommand::undo()
{
    m_binder->removeMember(m_index);
    m_binder->setCurrentMember(m_previousCurrent);
}

void AddMemberCommand::redo()
{
    m_binder->insertMember(m_index, m_member);
    m_binder->setCurrentMember(m_member.meta.uuid);
}

RemoveMemberCommand::RemoveMemberCommand(EditorBinder *binder, int index)
    : m_binder(binder), m_index(index), m_member(binder->household().members.at(index))
{
    setText(QCoreApplication::translate("HouseholdEditor", "Remove member %1").arg(m_member.name));
}

void RemoveMemberCommand::undo()
{
    m_binder->insertMember(m_index, m_member);
    m_binder->setCurrentMember(m_member.meta.uuid);
}

void RemoveMemberCommand::redo()
{
    m_binder->removeMember(m_index);
    const auto &members = m_binder->household().members;
    m_binder->setCurrentMember(members.isEmpty() ? QString() : members.at(qMin(m_index, members.size() - 1)).meta.uuid);
}

MoveMemberCommand::MoveMemberCommand(EditorBinder *binder, int from, int to) : m_binder(binder), m_from(from), m_to(to)
{
    setText(QCoreApplication::translate("HouseholdEditor", "Move member"));
}

void MoveMemberCommand::undo()
{
    m_binder->moveMember(m_to, m_from);
}

void MoveMemberCommand::redo()
{
    m_binder->moveMember(m_from, m_to);
}
