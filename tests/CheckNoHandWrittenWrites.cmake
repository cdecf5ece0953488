# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when an area writes SQL by hand: every table users change is written through the record
# machinery in core/db (RecordStore, LinkStore, KeyedStore, BulkInsert) from its declaration, so that
# audit, access and history come from one place. Migrations (resources/schema) are SQL files.
file(GLOB_RECURSE files ${ROOT}/core/*.cpp ${ROOT}/core/*.h ${ROOT}/ui/*.cpp ${ROOT}/ui/*.h ${ROOT}/cli/*.cpp
     ${ROOT}/cli/*.h ${ROOT}/print/*.cpp ${ROOT}/print/*.h ${ROOT}/app/*.cpp ${ROOT}/photos/*.cpp)
set(pattern "\"[ \t]*(INSERT|UPDATE|DELETE|REPLACE)[^A-Za-z_]|INSERT INTO|INSERT OR [A-Z]+ INTO|UPDATE [a-z_]+ SET|DELETE FROM")
set(offenders "")
foreach(file IN LISTS files)
  file(RELATIVE_PATH name ${ROOT} ${file})
  if(name MATCHES "^core/db/")
    continue()
  endif()
  file(STRINGS ${file} lines REGEX "${pattern}")
  foreach(line IN LISTS lines)
    string(STRIP "${line}" line)
    string(APPEND offenders "\n  ${name}: ${line}")
  endforeach()
endforeach()
if(offenders)
  message(FATAL_ERROR "SQL writes outside core/db: declare the table's kind (RecordFields, KeyedKind) and write "
                      "it through the record machinery:${offenders}")
endif()
