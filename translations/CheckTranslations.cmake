# SPDX-License-Identifier: GPL-3.0-or-later
# The translations_complete test: refreshes copies of the committed .ts files
# from today's sources with the same lupdate options the update_translations
# target uses, and lets lectern_tscheck list every message that is new, gone
# or untranslated. The committed files are never written.
#
# cmake -DLUPDATE=... -DLCONVERT=... -DTSCHECK=... -DPROJECT_DESCRIPTION=...
#       -DPROJECT_SCRIPT=... -DSOURCE_DIR=... -DTS_FILES=a.ts,b.ts
#       -DPLURALS_TS_FILE=en.ts -DOPTIONS=-no-obsolete,-locations,none
#       -DWORK_DIR=... -P CheckTranslations.cmake
cmake_minimum_required(VERSION 3.25)

foreach(variable LUPDATE LCONVERT TSCHECK PROJECT_DESCRIPTION PROJECT_SCRIPT SOURCE_DIR TS_FILES PLURALS_TS_FILE WORK_DIR)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "CheckTranslations.cmake needs -D${variable}=...")
    endif()
endforeach()
if(NOT EXISTS "${PROJECT_DESCRIPTION}")
    message(FATAL_ERROR "The lupdate project description ${PROJECT_DESCRIPTION} is missing; "
        "qt_add_translations has moved it (see translations/CMakeLists.txt).")
endif()
string(REPLACE "," ";" ts_names "${TS_FILES}")
string(REPLACE "," ";" options "${OPTIONS}")
# The same run with source locations, to say where each message comes from.
set(located_options ${options})
list(FIND located_options -locations at)
if(at GREATER_EQUAL 0)
    math(EXPR value_at "${at} + 1")
    list(REMOVE_AT located_options ${value_at} ${at})
endif()
list(APPEND located_options -locations absolute)

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/fresh" "${WORK_DIR}/located" "${WORK_DIR}/plurals")
execute_process(
    COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_DESCRIPTION}" "-DOUT_FILE=${WORK_DIR}/project.json" -P "${PROJECT_SCRIPT}"
    COMMAND_ERROR_IS_FATAL ANY)

set(fresh_files "")
set(located_files "")
foreach(name IN LISTS ts_names PLURALS_TS_FILE)
    foreach(kind fresh located)
        file(COPY_FILE "${SOURCE_DIR}/${name}" "${WORK_DIR}/${kind}/${name}")
        list(APPEND ${kind}_files "${WORK_DIR}/${kind}/${name}")
    endforeach()
endforeach()

execute_process(COMMAND "${LUPDATE}" -silent -project "${WORK_DIR}/project.json" ${options} -ts ${fresh_files}
    COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND "${LUPDATE}" -silent -project "${WORK_DIR}/project.json" ${located_options} -ts ${located_files}
    OUTPUT_QUIET ERROR_QUIET COMMAND_ERROR_IS_FATAL ANY)
# The English file keeps only the plural forms, as update_translations leaves it.
execute_process(COMMAND "${LCONVERT}" -pluralonly -i "${WORK_DIR}/fresh/${PLURALS_TS_FILE}" -o "${WORK_DIR}/plurals/${PLURALS_TS_FILE}"
    COMMAND_ERROR_IS_FATAL ANY)

set(triples "")
foreach(name IN LISTS ts_names)
    list(APPEND triples "${SOURCE_DIR}/${name}" "${WORK_DIR}/fresh/${name}" "${WORK_DIR}/located/${name}")
endforeach()
list(APPEND triples "${SOURCE_DIR}/${PLURALS_TS_FILE}" "${WORK_DIR}/plurals/${PLURALS_TS_FILE}" "${WORK_DIR}/located/${PLURALS_TS_FILE}")
execute_process(COMMAND "${TSCHECK}" ${triples} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "The translations are incomplete or stale (see above).")
endif()
