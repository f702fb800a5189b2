# SPDX-License-Identifier: GPL-3.0-or-later
# Export and import (issue 6): an ExportSet gathered once from the store, the
# bundle and the texts, and one writer per format.
target_sources(lectern_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/corpusexport.cpp ${CMAKE_CURRENT_LIST_DIR}/corpusexport.h
    ${CMAKE_CURRENT_LIST_DIR}/csvexport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/exporter.cpp ${CMAKE_CURRENT_LIST_DIR}/exporter.h
    ${CMAKE_CURRENT_LIST_DIR}/exportescaping.cpp ${CMAKE_CURRENT_LIST_DIR}/exportescaping.h
    ${CMAKE_CURRENT_LIST_DIR}/exportfilter.h
    ${CMAKE_CURRENT_LIST_DIR}/exportformat.cpp ${CMAKE_CURRENT_LIST_DIR}/exportformat.h
    ${CMAKE_CURRENT_LIST_DIR}/exportgroups.cpp ${CMAKE_CURRENT_LIST_DIR}/exportgroups.h
    ${CMAKE_CURRENT_LIST_DIR}/exportset.cpp ${CMAKE_CURRENT_LIST_DIR}/exportset.h
    ${CMAKE_CURRENT_LIST_DIR}/exportsetbuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/exportsetbuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/exportwriters.h
    ${CMAKE_CURRENT_LIST_DIR}/htmlexport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importbatch.h
    ${CMAKE_CURRENT_LIST_DIR}/importlimits.cpp ${CMAKE_CURRENT_LIST_DIR}/importlimits.h
    ${CMAKE_CURRENT_LIST_DIR}/importplacer.cpp ${CMAKE_CURRENT_LIST_DIR}/importplacer.h
    ${CMAKE_CURRENT_LIST_DIR}/markdownexport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/qdaproject.cpp ${CMAKE_CURRENT_LIST_DIR}/qdaproject.h
    ${CMAKE_CURRENT_LIST_DIR}/reportexport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/webannotation.cpp ${CMAKE_CURRENT_LIST_DIR}/webannotation.h
    ${CMAKE_CURRENT_LIST_DIR}/qdaarchive.cpp ${CMAKE_CURRENT_LIST_DIR}/qdaarchive.h
    ${CMAKE_CURRENT_LIST_DIR}/qdadocument.cpp ${CMAKE_CURRENT_LIST_DIR}/qdadocument.h
    ${CMAKE_CURRENT_LIST_DIR}/qdaguid.cpp ${CMAKE_CURRENT_LIST_DIR}/qdaguid.h
    ${CMAKE_CURRENT_LIST_DIR}/qdareader.cpp ${CMAKE_CURRENT_LIST_DIR}/qdareader.h
    ${CMAKE_CURRENT_LIST_DIR}/xmlentitybound.cpp ${CMAKE_CURRENT_LIST_DIR}/xmlentitybound.h
)
target_include_directories(lectern_models PUBLIC ${CMAKE_CURRENT_LIST_DIR})

# REFI-QDA projects are ZIP archives, written and read in memory.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
target_link_libraries(lectern_models PRIVATE PkgConfig::LIBZIP)
