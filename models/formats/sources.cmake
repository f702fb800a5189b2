# SPDX-License-Identifier: GPL-3.0-or-later
# Readers for documents that are not text (PDF, Word, OpenDocument, EPUB),
# each into the blocks every format feeds; docs/architecture.md says which
# library reads which.
target_sources(lectern_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/blockwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/blockwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/packageddocument.cpp ${CMAKE_CURRENT_LIST_DIR}/packageddocument.h
    ${CMAKE_CURRENT_LIST_DIR}/pdfdocument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pdfpagerenderer.cpp ${CMAKE_CURRENT_LIST_DIR}/pdfpagerenderer.h
    ${CMAKE_CURRENT_LIST_DIR}/officedocument.cpp ${CMAKE_CURRENT_LIST_DIR}/officereaders.h
    ${CMAKE_CURRENT_LIST_DIR}/opendocumenttext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/packageparts.cpp ${CMAKE_CURRENT_LIST_DIR}/packageparts.h
    ${CMAKE_CURRENT_LIST_DIR}/wordprocessingml.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wordstyles.cpp ${CMAKE_CURRENT_LIST_DIR}/wordstyles.h
    ${CMAKE_CURRENT_LIST_DIR}/epubdocument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/warcarchive.cpp ${CMAKE_CURRENT_LIST_DIR}/warcarchive.h
    ${CMAKE_CURRENT_LIST_DIR}/warcstream.cpp ${CMAKE_CURRENT_LIST_DIR}/warcstream.h
)
target_include_directories(lectern_models PUBLIC ${CMAKE_CURRENT_LIST_DIR})
# Poppler's Qt 6 binding reads PDF (text in reading order with word boxes).
find_package(PkgConfig REQUIRED)
pkg_check_modules(POPPLER_QT6 REQUIRED IMPORTED_TARGET poppler-qt6)
target_link_libraries(lectern_models PUBLIC PkgConfig::POPPLER_QT6)
# zlib inflates gzipped web archives member by member (and gzip or deflate
# HTTP bodies); docs/architecture.md says why not libarchive.
find_package(ZLIB REQUIRED)
target_link_libraries(lectern_models PUBLIC ZLIB::ZLIB)
