# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a test uses QTest's QTRY_* macros: inside a Catch test they "return" on a timeout,
# so the test passes silently. Wait with REQUIRE(QTest::qWaitFor(...)) instead.
file(GLOB_RECURSE files ${ROOT}/tests/*.cpp ${ROOT}/tests/*.h)
set(offenders "")
foreach(file IN LISTS files)
  file(STRINGS ${file} lines REGEX "QTRY_")
  if(lines)
    file(RELATIVE_PATH name ${ROOT} ${file})
    foreach(line IN LISTS lines)
      string(STRIP "${line}" line)
      string(APPEND offenders "\n  ${name}: ${line}")
    endforeach()
  endif()
endforeach()
if(offenders)
  message(FATAL_ERROR "QTRY_* returns silently from a Catch test on a timeout; "
                      "use REQUIRE(QTest::qWaitFor(...)) instead:${offenders}")
endif()
