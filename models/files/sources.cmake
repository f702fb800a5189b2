# SPDX-License-Identifier: GPL-3.0-or-later
# The one place that opens the files Lectern reads and writes
# (docs/reliability.md says what it promises).
target_sources(lectern_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/inputfile.cpp ${CMAKE_CURRENT_LIST_DIR}/inputfile.h
    ${CMAKE_CURRENT_LIST_DIR}/outputfile.cpp ${CMAKE_CURRENT_LIST_DIR}/outputfile.h
)
target_include_directories(lectern_models PUBLIC ${CMAKE_CURRENT_LIST_DIR})
