# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over a copy of the Chinese .ts and fails if any string lacks its translation,
# so a tr() added without its Chinese text breaks the tests.
file(MAKE_DIRECTORY ${WORK})
file(COPY_FILE ${ROOT}/translations/fupin_zh_CN.ts ${WORK}/fupin_zh_CN.ts)
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${ROOT}/core ${ROOT}/cli ${ROOT}/photos ${ROOT}/ui ${ROOT}/print ${ROOT}/app
                        -ts ${WORK}/fupin_zh_CN.ts RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed")
endif()
file(STRINGS ${WORK}/fupin_zh_CN.ts unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
  message(FATAL_ERROR "${count} strings have no Chinese translation; run the update_translations target and "
                      "translate them in translations/fupin_zh_CN.ts")
endif()
