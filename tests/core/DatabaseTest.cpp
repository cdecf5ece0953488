// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountyDatabase.h"

#include <catch2/catch.hpp>

TEST_CASE("an in-memory county is at the latest schema level")
{
    auto db = CountyDatabase::openInMemory();
    REQUIRE(db->schemaLevel() == CountyDatabase::latestSchemaLevel());
    REQUIRE(CountyDatabase::latestSchemaLevel() >= 1);
}
