# SPDX-License-Identifier: GPL-3.0-or-later
# Man pages made by help2man from each program's own --help and --version,
# so the command-line parsers are their one source. Leak checking is off for
# the sanitizer build: a program that prints its help and exits is no test.
find_program(LECTERN_HELP2MAN help2man)
find_program(LECTERN_GZIP gzip)
if(NOT LECTERN_HELP2MAN OR NOT LECTERN_GZIP)
    message(STATUS "help2man or gzip not found: no man pages")
    return()
endif()

set(lectern_man_pages "")
foreach(program IN ITEMS lectern lectern-cli)
    if(program STREQUAL "lectern")
        set(summary "read and annotate source bundles")
    else()
        set(summary "Lectern's jobs on a source bundle, from the command line")
    endif()
    set(page ${CMAKE_CURRENT_BINARY_DIR}/${program}.1)
    add_custom_command(OUTPUT ${page}.gz
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0
            ${LECTERN_HELP2MAN} --no-info --section=1 --name=${summary} --output=${page} $<TARGET_FILE:${program}>
        COMMAND ${LECTERN_GZIP} -9nf ${page}
        DEPENDS ${program}
        COMMENT "Writing the man page of ${program}"
        VERBATIM)
    list(APPEND lectern_man_pages ${page}.gz)
endforeach()
add_custom_target(man_pages ALL DEPENDS ${lectern_man_pages})
install(FILES ${lectern_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
