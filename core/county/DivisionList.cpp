// SPDX-License-Identifier: GPL-3.0-or-later
#include "DivisionList.h"

#include "accounts/AccessPolicy.h"

#include "county/CountyKinds.h"
#include "db/CountyDatabase.h"
#include "db/RecordStamp.h"
#include "db/RecordStore.h"
#include "db/SqliteError.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {

// Letters of a division name; separators and punctuation end it.
bool plausibleName(const QString &name)
{
    static const QRegularExpression bad(QStringLiteral("[\\x00-\\x1f\\d]"));
    return !name.isEmpty() && name.size() <= 40 && !bad.match(name).hasMatch();
}

} // namespace

Result<QList<DivisionList::Township>> DivisionList::parse(const QString &text)
{
    using R = Result<QList<Township>>;
    static const QRegularExpression colon(QStringLiteral("[:：]"));
    static const QRegularExpression pair(QStringLiteral("[\\t,，/／;；\\s]+"));
    static const QRegularExpression many(QStringLiteral("[、,，;；\\s]+"));
    QList<Township> townships;
    auto townshipNamed = [&townships](const QString &name) -> Township & {
        for (Township &t : townships) {
            if (t.name == name)
                return t;
        }
        townships.append({name, {}});
        return townships.last();
    };
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString raw = lines.at(i);
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QString township;
        QStringList villages;
        if (const qsizetype at = line.indexOf(colon); at >= 0) {
            township = line.left(at).trimmed();
            villages = line.mid(at + 1).split(many, Qt::SkipEmptyParts);
        } else {
            const QStringList parts = line.split(pair, Qt::SkipEmptyParts);
            if (parts.size() > 2)
                return R::failure(tr("Line %1 (\"%2\") has more than a township and a village. Write one village "
                                     "per line, or the township, a colon and its villages separated by 、.")
                                      .arg(i + 1)
                                      .arg(line));
            if (parts.size() == 2) {
                township = parts.at(0);
                villages = {parts.at(1)};
            } else if (raw.front().isSpace()) {
                // An indented name: a village of the township above.
                if (townships.isEmpty())
                    return R::failure(tr("Line %1 (\"%2\") is indented as a village, but no township comes before "
                                         "it.")
                                          .arg(i + 1)
                                          .arg(line));
                villages = {line};
                township = townships.last().name;
            } else {
                township = line;
            }
        }
        QStringList names = villages;
        names << township;
        for (const QString &name : std::as_const(names)) {
            if (!plausibleName(name))
                return R::failure(tr("Line %1: \"%2\" is not a township or village name.").arg(i + 1).arg(name));
        }
        Township &t = townshipNamed(township);
        for (const QString &v : std::as_const(villages)) {
            if (!t.villages.contains(v))
                t.villages << v;
        }
        if (t.villages.size() > MaxPerLevel)
            return R::failure(tr("%1 has more than %2 villages.").arg(t.name).arg(MaxPerLevel));
    }
    if (townships.size() > MaxPerLevel)
        return R::failure(tr("The list has more than %1 townships.").arg(MaxPerLevel));
    return townships;
}

Result<int> DivisionList::addToCounty(CountyDatabase &db, const QString &text)
{
    using R = Result<int>;
    const auto townships = parse(text);
    if (!townships)
        return R::failure(townships.error());
    if (Status s = AccessPolicy::checkWrite<DivisionRow>(db, 0); !s)
        return Result<int>::failure(s.error());
    Transaction transaction(db.sql());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT id, code, (SELECT count(*) FROM division WHERE level = 2) FROM division "
                               "WHERE level = 1"))
        || !q.next())
        return R::failure(tr("%1 holds no county yet.").arg(db.path()));
    const qint64 countyId = q.value(0).toLongLong();
    const QString countyCode = q.value(1).toString();
    if (q.value(2).toInt() > 0)
        return R::failure(tr("The county already has its townships; nothing was added."));

    RecordWriter w(db.sql(), db.currentUser());
    auto add = [&](qint64 parent, int level, const QString &code, const QString &name) -> Result<qint64> {
        DivisionRow row{{}, parent, level, code, name, false};
        if (Status s = RecordStore::insertRow(w, row); !s)
            return Result<qint64>::failure(s.error());
        return row.meta.id;
    };
    int villages = 0;
    for (int t = 0; t < townships->size(); ++t) {
        const Township &township = townships->at(t);
        const QString townshipCode = countyCode + QString::number(t + 1).rightJustified(3, u'0');
        const auto townshipId = add(countyId, 2, townshipCode, township.name);
        if (!townshipId)
            return R::failure(townshipId.error());
        for (int v = 0; v < township.villages.size(); ++v) {
            const QString villageCode = townshipCode + QString::number(v + 1).rightJustified(3, u'0');
            if (const auto id = add(townshipId.value(), 3, villageCode, township.villages.at(v)); !id)
                return R::failure(id.error());
            ++villages;
        }
    }
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return villages;
}
