# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop files are checked by the validators desktops themselves use.
find_program(LECTERN_DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(LECTERN_APPSTREAMCLI appstreamcli)
find_program(LECTERN_UPDATE_MIME_DATABASE update-mime-database)

if(LECTERN_DESKTOP_FILE_VALIDATE)
    add_test(NAME packaging_desktop_entry
        COMMAND ${LECTERN_DESKTOP_FILE_VALIDATE} ${CMAKE_CURRENT_SOURCE_DIR}/${LECTERN_APP_ID}.desktop)
    # desktop-file-validate exits 0 on hints; a warning or error must fail.
    set_tests_properties(packaging_desktop_entry PROPERTIES FAIL_REGULAR_EXPRESSION "error:;warning:")
endif()
if(LECTERN_APPSTREAMCLI)
    add_test(NAME packaging_metainfo
        COMMAND ${LECTERN_APPSTREAMCLI} validate --no-net --explain ${CMAKE_CURRENT_BINARY_DIR}/${LECTERN_APP_ID}.metainfo.xml)
endif()
if(LECTERN_UPDATE_MIME_DATABASE)
    add_test(NAME packaging_mime_type
        COMMAND ${CMAKE_COMMAND}
            -DUPDATE_MIME_DATABASE=${LECTERN_UPDATE_MIME_DATABASE}
            -DMIME_XML=${CMAKE_CURRENT_SOURCE_DIR}/${LECTERN_APP_ID}.mime.xml
            -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/mime-check
            -P ${CMAKE_CURRENT_SOURCE_DIR}/checkmimetype.cmake)
endif()
