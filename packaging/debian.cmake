# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian 13 package: `cpack -G DEB` in the release build folder.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME lectern)
set(CPACK_PACKAGE_VENDOR "Lectern developers")
set(CPACK_PACKAGE_CONTACT "Lectern developers <lectern@lectern.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reader and annotator for source bundles")
set(CPACK_PACKAGE_DESCRIPTION
    "Lectern opens a set of documents listed in one index file, marks their boilerplate, duplicated passages and named entities, and keeps the reader's annotations. lectern-cli does the same jobs from scripts.")
# /usr for the Debian package only; the source tarball keeps its own layout.
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/cpackprefix.cmake)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see in the binaries: Qt's SQLite driver and SVG
# image plugin are loaded at run time, and the CJK glyphs come from a font.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, fonts-wqy-microhei")
# Qt's own translations of its standard dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
