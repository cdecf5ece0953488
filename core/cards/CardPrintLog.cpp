// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/CardPrintLog.h"

#include "accounts/AccessPolicy.h"
#include "cards/CardKinds.h"
#include "db/CountyDatabase.h"
#include "db/RecordStore.h"
#include "db/RecordWriter.h"
#include "db/SqliteReader.h"

#include <QDir>

CardPrintLog::CardPrintLog(CountyDatabase &db, const QString &templateName, const QString &layout)
    : m_db(db), m_template(templateName), m_layout(layout)
{ }

CardPrintLog::~CardPrintLog() = default;

Status CardPrintLog::begin()
{
    if (m_db.isReadOnly())
        return Status::failure(tr("%1 is open read-only, so the prints cannot be logged and no card is printed. "
                                  "Copy the county file to a folder you can write to and print from the copy.")
                                   .arg(QDir::toNativeSeparators(m_db.path())));
    m_transaction = std::make_unique<Transaction>(m_db.sql());
    if (!m_transaction->isActive()) {
        const QString why = m_transaction->error();
        m_transaction.reset();
        return Status::failure(why);
    }
    SqliteReader s(m_db.handle(), QStringLiteral("SELECT coalesce(max(print_number), 0) FROM card_print"));
    if (!s.step())
        return Status::failure(s.error());
    m_next = s.integer(0) + 1;
    return {};
}

Status CardPrintLog::stamp(HouseholdCard &card)
{
    if (!m_transaction)
        return Status::failure(
            tr("The print log of %1 has not been started.").arg(QDir::toNativeSeparators(m_db.path())));
    qint64 village = 0;
    {
        SqliteReader s(m_db.handle(), QStringLiteral("SELECT village_id FROM household WHERE id = ?"));
        s.bind(1, card.householdId);
        if (!s.step())
            return Status::failure(s.error().isEmpty()
                    ? tr("Household %1 is not in %2.").arg(card.code, QDir::toNativeSeparators(m_db.path()))
                    : s.error());
        village = s.integer(0);
    }
    if (Status s = AccessPolicy::check(m_db, AccessPolicy::Action::PrintCards, village); !s)
        return s;
    CardPrintRow row;
    row.householdId = card.householdId;
    row.printNumber = m_next;
    row.templateName = m_template;
    row.cardYear = card.year;
    row.layout = m_layout;
    RecordWriter w(m_db.sql(), m_db.currentUser());
    w.setHousehold(card.householdId);
    if (Status s = RecordStore::insertRow(w, row); !s)
        return s;
    card.printNumber = m_next++;
    ++m_logged;
    return {};
}

Status CardPrintLog::commit()
{
    if (!m_transaction)
        return Status::failure(
            tr("The print log of %1 has not been started.").arg(QDir::toNativeSeparators(m_db.path())));
    const Status s = m_transaction->commit();
    m_transaction.reset();
    return s;
}

Result<QList<CardPrintRow>> CardPrintLog::ofHousehold(const CountyDatabase &db, qint64 householdId)
{
    using R = Result<QList<CardPrintRow>>;
    if (Status s = AccessPolicy::checkReadHousehold(db, householdId); !s)
        return R::failure(s.error());
    SqliteReader s(db.handle(),
        RecordStore::selectSql<CardPrintRow>() + QStringLiteral(" WHERE t.household_id = ? ORDER BY t.print_number"));
    s.bind(1, householdId);
    QList<CardPrintRow> rows;
    while (s.step()) {
        CardPrintRow row;
        RecordStore::readRow(s, row);
        rows.append(row);
    }
    if (!s.error().isEmpty())
        return R::failure(s.error());
    return rows;
}
