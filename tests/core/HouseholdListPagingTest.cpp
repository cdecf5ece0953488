// SPDX-License-Identifier: GPL-3.0-or-later
// The household list's sorting and paging, against an order worked out here independently.
#include "register/HouseholdList.h"

#include "TestCounty.h"
#include "register/HouseholdRepository.h"
#include "register/IdNumber.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

namespace {

// What a household should show in the list, as the test made it.
struct Expected
{
    qint64 id = 0;
    QString code;
    QString headName;
    QString headId;
    int size = 0;
    QString attribute;
    QString status;
    QString cause;
    QString villageCode;
    QString phone;
};

// Households that differ in every sortable column, with ties in each so that the order within a
// tie (by id) matters, in both villages, with some empty phones.
struct ListCounty : TestCounty
{
    QList<Expected> expected;

    ListCounty()
    {
        const QStringList heads{QStringLiteral("王大山"), QStringLiteral("李四"), QStringLiteral("张三"),
            QStringLiteral("王大山"), QStringLiteral("欧阳明"), QStringLiteral("李四"), QStringLiteral("吴秀英")};
        const QStringList attributes{QStringLiteral("01"), QStringLiteral("04"), QStringLiteral("06")};
        const QStringList causes{
            QStringLiteral("01"), QStringLiteral("05"), QStringLiteral("03"), QStringLiteral("02")};
        const QStringList statuses{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("4")};
        HouseholdRepository repository(*db);
        // Codes are not made in id order, so that sorting by code is not sorting by id.
        for (int i = 0; i < 23; ++i) {
            const int serial = (i * 7) % 23 + 1;
            const bool other = i % 3 == 2;
            const QString villageCode = other ? QStringLiteral("522633102201") : QStringLiteral("522633101201");
            Household h = household(villageCode + QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0')), i + 1);
            if (other) {
                h.townshipId = otherTownship;
                moveTo(h, otherVillage);
                h.groupId = otherGroup;
            }
            h.members[0].name = heads.at(i % heads.size());
            // Sizes 1 to 4.
            const int size = i % 4 + 1;
            while (h.members.size() > size)
                h.members.removeLast();
            while (h.members.size() < size) {
                Member m = h.members.at(1);
                m.name = QStringLiteral("成员%1").arg(h.members.size());
                m.relationCode = QStringLiteral("30");
                m.idNumber = IdNumber::make(
                    QStringLiteral("522633"), QDate(1990, 1, 1).addDays(i), 40 + 2 * int(h.members.size()));
                h.members.append(m);
            }
            h.incomes[0].householdSize = size;
            h.attributeCode = attributes.at(i % attributes.size());
            h.mainCauseCode = causes.at(i % causes.size());
            h.phone
                = i % 5 == 0 ? QString() : QStringLiteral("139%1").arg(i * 7919 % 100'000'000, 8, 10, QLatin1Char('0'));
            const auto saved = repository.save(h);
            INFO(saved.error().toStdString());
            REQUIRE(saved);
            const QString status = statuses.at(i % statuses.size());
            exec(QStringLiteral("UPDATE household SET status_code = ? WHERE id = ?"), {status, saved.value()});
            expected.append({saved.value(), h.code, h.members.at(0).name, h.members.at(0).idNumber, size,
                h.attributeCode, status, h.mainCauseCode, villageCode, h.phone});
        }
    }

    // The ids in the order the list should give them: by the column's value, ties by id.
    QList<qint64> order(HouseholdList::Column column, bool ascending) const
    {
        const std::function<QVariant(const Expected &)> key = [column](const Expected &e) -> QVariant {
            switch (column) {
            case HouseholdList::Code:
                return e.code;
            case HouseholdList::HeadName:
                return e.headName;
            case HouseholdList::HeadIdNumber:
                return e.headId;
            case HouseholdList::Size:
                return e.size;
            case HouseholdList::Attribute:
                return e.attribute;
            case HouseholdList::Status:
                return e.status;
            case HouseholdList::MainCause:
                return e.cause;
            case HouseholdList::Village:
                return e.villageCode;
            case HouseholdList::Phone:
                return e.phone;
            case HouseholdList::ColumnCount:
                break;
            }
            return {};
        };
        QList<Expected> sorted = expected;
        std::sort(sorted.begin(), sorted.end(), [&](const Expected &a, const Expected &b) {
            const int c = QVariant::compare(key(a), key(b)) == QPartialOrdering::Less ? -1
                : QVariant::compare(key(a), key(b)) == QPartialOrdering::Greater      ? 1
                                                                                      : 0;
            if (c != 0)
                return ascending ? c < 0 : c > 0;
            return a.id < b.id;
        });
        QList<qint64> ids;
        for (const Expected &e : sorted)
            ids << e.id;
        return ids;
    }
};

QList<qint64> ids(const QList<HouseholdRow> &rows)
{
    QList<qint64> result;
    for (const HouseholdRow &r : rows)
        result << r.id;
    return result;
}

// Every page of the list, read in turn as the table model reads them.
QList<HouseholdRow> readInPages(const HouseholdList &list, int pageSize)
{
    QList<HouseholdRow> all;
    for (int offset = 0;; offset += pageSize) {
        const auto page = list.page(offset, pageSize);
        REQUIRE(page);
        REQUIRE(page->size() <= pageSize);
        all << page.value();
        if (page->size() < pageSize)
            break;
    }
    return all;
}

const char *columnName(HouseholdList::Column c)
{
    static const char *names[]
        = {"code", "head name", "head ID", "size", "attribute", "status", "main cause", "village", "phone"};
    return names[c];
}

} // namespace

TEST_CASE("the household list sorts by every column, both ways, ties by id")
{
    ListCounty county;
    HouseholdList list(*county.db);
    REQUIRE(list.count().value() == 23);
    for (int c = 0; c < HouseholdList::ColumnCount; ++c) {
        const auto column = HouseholdList::Column(c);
        for (const bool ascending : {true, false}) {
            INFO(columnName(column) << (ascending ? " ascending" : " descending"));
            list.setSort(column, ascending);
            const auto rows = list.page(0, 100);
            REQUIRE(rows);
            CHECK(ids(rows.value()) == county.order(column, ascending));
        }
    }
}

TEST_CASE("a page shows what the household is")
{
    ListCounty county;
    HouseholdList list(*county.db);
    const auto rows = list.page(0, 100);
    REQUIRE(rows);
    REQUIRE(rows->size() == county.expected.size());
    for (const HouseholdRow &row : rows.value()) {
        const auto e = std::find_if(
            county.expected.cbegin(), county.expected.cend(), [&](const Expected &x) { return x.id == row.id; });
        REQUIRE(e != county.expected.cend());
        INFO(e->code.toStdString());
        CHECK(row.code == e->code);
        CHECK(row.headName == e->headName);
        CHECK(row.headIdNumber == e->headId);
        CHECK(row.size == e->size);
        CHECK(row.attributeCode == e->attribute);
        CHECK(row.statusCode == e->status);
        CHECK(row.mainCauseCode == e->cause);
        CHECK(row.villageName
            == (e->villageCode == QLatin1String("522633101201") ? QStringLiteral("岜沙村") : QStringLiteral("贯洞村")));
        CHECK(row.phone == e->phone);
    }
}

TEST_CASE("pages fit together: every household once, in order, whatever the page size")
{
    ListCounty county;
    HouseholdList list(*county.db);
    for (const HouseholdList::Column column : {HouseholdList::Code, HouseholdList::Size, HouseholdList::HeadName,
             HouseholdList::Status, HouseholdList::Phone}) {
        for (const bool ascending : {true, false}) {
            list.setSort(column, ascending);
            for (const int pageSize : {1, 4, 7, 23, 50}) {
                INFO(columnName(column) << (ascending ? " ascending" : " descending") << ", pages of " << pageSize);
                CHECK(ids(readInPages(list, pageSize)) == county.order(column, ascending));
            }
        }
    }
    // Past the end there is nothing; the last page is what is left.
    list.setSort(HouseholdList::Code, true);
    CHECK(list.page(23, 10).value().isEmpty());
    CHECK(list.page(100, 10).value().isEmpty());
    CHECK(ids(list.page(20, 10).value()) == county.order(HouseholdList::Code, true).mid(20));
}

TEST_CASE("paging and counting follow the division and leave out deleted households")
{
    ListCounty county;
    HouseholdList list(*county.db);
    HouseholdFilter f;
    f.divisionLevel = 3;
    f.divisionId = county.otherVillage;
    list.setFilter(f);
    QList<qint64> inOther;
    int people = 0;
    for (const qint64 id : county.order(HouseholdList::Code, true)) {
        const auto e = std::find_if(
            county.expected.cbegin(), county.expected.cend(), [&](const Expected &x) { return x.id == id; });
        if (e->villageCode == QLatin1String("522633102201")) {
            inOther << id;
            people += e->size;
        }
    }
    REQUIRE(inOther.size() == 7);
    CHECK(list.count().value() == 7);
    CHECK(list.people() == people);
    CHECK(ids(readInPages(list, 3)) == inOther);

    // A deleted household leaves the pages; the count of a plain listing is kept until invalidated.
    REQUIRE(HouseholdRepository(*county.db).softDelete(inOther.at(1), QStringLiteral("整户迁出")));
    inOther.removeAt(1);
    CHECK(ids(readInPages(list, 3)) == inOther);
    list.invalidate();
    CHECK(list.count().value() == 6);
    f.deleted = true;
    list.setFilter(f);
    CHECK(list.count().value() == 1);
    CHECK(list.page(0, 10).value().size() == 1);
}
