# SPDX-License-Identifier: GPL-3.0-or-later
# Export and import (issue 6): an ExportSet gathered once from the store, the
# bundle and the texts, and one writer per format.
target_sources(lectern_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/exportfilter.h
    ${CMAKE_CURRENT_LIST_DIR}/exportformat.cpp ${CMAKE_CURRENT_LIST_DIR}/exportformat.h
    ${CMAKE_CURRENT_LIST_DIR}/exportset.cpp ${CMAKE_CURRENT_LIST_DIR}/exportset.h
    ${CMAKE_CURRENT_LIST_DIR}/exportsetbuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/exportsetbuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/importbatch.h
)
target_include_directories(lectern_models PUBLIC ${CMAKE_CURRENT_LIST_DIR})
