// SPDX-License-Identifier: GPL-3.0-or-later
// `fupin-cli standards list|set`: the poverty line and monitoring threshold through the same core call
// as the county settings' editor, refused for a township account, amounts a script can read.
#include "CliWriteCounty.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

TEST_CASE(
    "standards list and set: a year's figure changed by the county, audited, refused to a township", "[cli][standards]")
{
    CliWriteCounty c;
    const Run listed = c.county({QStringLiteral("standards"), QStringLiteral("list"), QStringLiteral("--json")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.status == 0);
    const QJsonArray years = json(listed).array();
    REQUIRE(years.size() >= 15);
    QJsonObject y2019;
    for (const QJsonValue &v : years) {
        if (v.toObject().value(QStringLiteral("year")).toInt() == 2019)
            y2019 = v.toObject();
    }
    CHECK(y2019.value(QStringLiteral("line_fen")).toInteger() == 320000);
    CHECK(y2019.value(QStringLiteral("line_yuan")).toString() == QStringLiteral("3200.00"));
    CHECK(y2019.value(QStringLiteral("measured_against")).toString() == QStringLiteral("line"));

    const QByteArray before = c.bytes();
    const Run township = c.as(QStringLiteral("township"),
        {QStringLiteral("standards"), QStringLiteral("set"), QStringLiteral("--year"), QStringLiteral("2024"),
            QStringLiteral("--threshold"), QStringLiteral("8800")});
    CHECK(township.status != 0);
    CHECK(township.err.contains(QStringLiteral("township")));
    CHECK(c.bytes() == before);

    const Run wrongKind = c.county({QStringLiteral("standards"), QStringLiteral("set"), QStringLiteral("--year"),
        QStringLiteral("2024"), QStringLiteral("--line"), QStringLiteral("4000")});
    CHECK(wrongKind.status != 0);
    CHECK(wrongKind.err.contains(QStringLiteral("threshold")));
    CHECK(c.bytes() == before);

    const Run set = c.county({QStringLiteral("standards"), QStringLiteral("set"), QStringLiteral("--year"),
        QStringLiteral("2024"), QStringLiteral("--threshold"), QStringLiteral("8,800.50"), QStringLiteral("--note"),
        QStringLiteral("省乡村振兴局通知"), QStringLiteral("--json")});
    INFO(set.err.toStdString());
    REQUIRE(set.status == 0);
    const QJsonObject written = c.written(set);
    CHECK(written.value(QStringLiteral("threshold_fen")).toInteger() == 880050);
    CHECK(written.value(QStringLiteral("threshold_note")).toString() == QStringLiteral("省乡村振兴局通知"));
    CHECK(c.scalar(QStringLiteral("SELECT threshold_fen FROM monitoring_threshold WHERE year = 2024")).toLongLong()
        == 880050);
    CHECK(c.scalar(QStringLiteral("SELECT changed_by || ':' || old_value || '>' || new_value FROM audit_log WHERE "
                                  "table_name = 'monitoring_threshold' AND field = 'threshold_fen'"))
              .toString()
        == QStringLiteral("county:750000>880050"));

    const Run text = c.county({QStringLiteral("standards"), QStringLiteral("list")});
    REQUIRE(text.status == 0);
    CHECK(text.out.contains(QStringLiteral("8,800.50")));
}
