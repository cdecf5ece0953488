# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when any C++ file of the project is not formatted by .clang-format.
file(GLOB_RECURSE files ${ROOT}/app/*.cpp ${ROOT}/app/*.h ${ROOT}/core/*.cpp ${ROOT}/core/*.h ${ROOT}/cli/*.cpp ${ROOT}/cli/*.h ${ROOT}/photos/*.cpp ${ROOT}/photos/*.h
     ${ROOT}/ui/*.cpp ${ROOT}/ui/*.h ${ROOT}/print/*.cpp ${ROOT}/print/*.h ${ROOT}/tests/*.cpp ${ROOT}/tests/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "Some files are not clang-formatted; run: clang-format -i $(git ls-files '*.cpp' '*.h')")
endif()
