# SPDX-License-Identifier: GPL-3.0-or-later
# Builds a private MIME database from Lectern's type alone and checks that the
# type and its glob made it in: a file that does not parse adds neither.
# cmake -DUPDATE_MIME_DATABASE=... -DMIME_XML=... -DWORK_DIR=... -P checkmimetype.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/packages)
file(COPY_FILE ${MIME_XML} ${WORK_DIR}/packages/lectern.xml)
execute_process(COMMAND ${UPDATE_MIME_DATABASE} ${WORK_DIR}
    RESULT_VARIABLE status ERROR_VARIABLE errors OUTPUT_VARIABLE output)
# It warns on standard error that WORK_DIR is not on XDG_DATA_DIRS: expected.
if(NOT status EQUAL 0)
    message(FATAL_ERROR "update-mime-database failed (${status}): ${errors}${output}")
endif()
file(READ ${WORK_DIR}/types types)
file(READ ${WORK_DIR}/globs2 globs)
if(NOT types MATCHES "application/x-lectern-bundle")
    message(FATAL_ERROR "the type is missing from the database:\n${types}")
endif()
if(NOT globs MATCHES "application/x-lectern-bundle:\\*\\.lectern\\.json")
    message(FATAL_ERROR "the glob is missing from the database:\n${globs}")
endif()
message(STATUS "application/x-lectern-bundle registered for *.lectern.json")
