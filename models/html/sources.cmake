# SPDX-License-Identifier: GPL-3.0-or-later
# HTML pages read from the DOM (gumbo, the WHATWG parsing algorithm) into the
# segmentation core's blocks; docs/architecture.md says why gumbo.
find_package(PkgConfig REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
target_link_libraries(lectern_models PUBLIC PkgConfig::GUMBO)
target_sources(lectern_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/blockcollector.cpp ${CMAKE_CURRENT_LIST_DIR}/blockcollector.h
    ${CMAKE_CURRENT_LIST_DIR}/domnode.cpp ${CMAKE_CURRENT_LIST_DIR}/domnode.h
    ${CMAKE_CURRENT_LIST_DIR}/htmlpage.cpp ${CMAKE_CURRENT_LIST_DIR}/htmlpage.h
    ${CMAKE_CURRENT_LIST_DIR}/metadatareader.cpp ${CMAKE_CURRENT_LIST_DIR}/metadatareader.h
    ${CMAKE_CURRENT_LIST_DIR}/nestingguard.cpp ${CMAKE_CURRENT_LIST_DIR}/nestingguard.h
    ${CMAKE_CURRENT_LIST_DIR}/pagemetadata.h
)
target_include_directories(lectern_models PUBLIC ${CMAKE_CURRENT_LIST_DIR})
# Help › About names the gumbo it was built with (gumbo has no run-time call for it).
target_compile_definitions(lectern_models PRIVATE LECTERN_GUMBO_VERSION="${GUMBO_VERSION}")
