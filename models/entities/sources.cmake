# SPDX-License-Identifier: GPL-3.0-or-later
# Entities (issue 4): gazetteer, matcher, suggestions, entity index, JSON.
# Included from models/CMakeLists.txt into lectern_models.
target_sources(lectern_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/codepointmapper.cpp ${CMAKE_CURRENT_LIST_DIR}/codepointmapper.h
    ${CMAKE_CURRENT_LIST_DIR}/entity.cpp ${CMAKE_CURRENT_LIST_DIR}/entity.h
    ${CMAKE_CURRENT_LIST_DIR}/entitycategory.cpp ${CMAKE_CURRENT_LIST_DIR}/entitycategory.h
    ${CMAKE_CURRENT_LIST_DIR}/entityoverlay.cpp ${CMAKE_CURRENT_LIST_DIR}/entityoverlay.h
    ${CMAKE_CURRENT_LIST_DIR}/entitymatcher.cpp ${CMAKE_CURRENT_LIST_DIR}/entitymatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/entitymention.h
    ${CMAKE_CURRENT_LIST_DIR}/entityindex.cpp ${CMAKE_CURRENT_LIST_DIR}/entityindex.h
    ${CMAKE_CURRENT_LIST_DIR}/entityjson.cpp ${CMAKE_CURRENT_LIST_DIR}/entityjson.h
    ${CMAKE_CURRENT_LIST_DIR}/entitysuggestion.h
    ${CMAKE_CURRENT_LIST_DIR}/gazetteer.cpp ${CMAKE_CURRENT_LIST_DIR}/gazetteer.h
    ${CMAKE_CURRENT_LIST_DIR}/gazetteeredits.cpp ${CMAKE_CURRENT_LIST_DIR}/gazetteeredits.h
    ${CMAKE_CURRENT_LIST_DIR}/gazetteerreader.cpp ${CMAKE_CURRENT_LIST_DIR}/gazetteerreader.h
    ${CMAKE_CURRENT_LIST_DIR}/gazetteerwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/gazetteerwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/namefolding.cpp ${CMAKE_CURRENT_LIST_DIR}/namefolding.h
    ${CMAKE_CURRENT_LIST_DIR}/suggestiondecisions.cpp ${CMAKE_CURRENT_LIST_DIR}/suggestiondecisions.h
    ${CMAKE_CURRENT_LIST_DIR}/suggestionminer.cpp ${CMAKE_CURRENT_LIST_DIR}/suggestionminer.h
)
target_include_directories(lectern_models PUBLIC ${CMAKE_CURRENT_LIST_DIR})
