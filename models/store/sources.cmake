# SPDX-License-Identifier: GPL-3.0-or-later
# The annotation store (issue 5): Qt Sql on SQLite or PostgreSQL, anchors that
# survive edits, undo commands and the notes-panel models. QtGui only for
# QUndoStack/QUndoCommand; no widgets.
target_sources(lectern_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/addannotationcommand.cpp ${CMAKE_CURRENT_LIST_DIR}/addannotationcommand.h
    ${CMAKE_CURRENT_LIST_DIR}/addcodecommand.cpp ${CMAKE_CURRENT_LIST_DIR}/addcodecommand.h
    ${CMAKE_CURRENT_LIST_DIR}/annotation.cpp ${CMAKE_CURRENT_LIST_DIR}/annotation.h
    ${CMAKE_CURRENT_LIST_DIR}/annotationconflict.h
    ${CMAKE_CURRENT_LIST_DIR}/annotationfilterproxy.cpp ${CMAKE_CURRENT_LIST_DIR}/annotationfilterproxy.h
    ${CMAKE_CURRENT_LIST_DIR}/annotationlistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/annotationlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/annotationroles.h
    ${CMAKE_CURRENT_LIST_DIR}/annotationstore.cpp ${CMAKE_CURRENT_LIST_DIR}/annotationstore.h
    ${CMAKE_CURRENT_LIST_DIR}/annotationworkspace.cpp ${CMAKE_CURRENT_LIST_DIR}/annotationworkspace.h
    ${CMAKE_CURRENT_LIST_DIR}/changecodecommand.cpp ${CMAKE_CURRENT_LIST_DIR}/changecodecommand.h
    ${CMAKE_CURRENT_LIST_DIR}/claimstatus.h
    ${CMAKE_CURRENT_LIST_DIR}/code.h
    ${CMAKE_CURRENT_LIST_DIR}/editannotationcommand.cpp ${CMAKE_CURRENT_LIST_DIR}/editannotationcommand.h
    ${CMAKE_CURRENT_LIST_DIR}/entitydecision.cpp ${CMAKE_CURRENT_LIST_DIR}/entitydecision.h
    ${CMAKE_CURRENT_LIST_DIR}/entitydecisioncommand.cpp ${CMAKE_CURRENT_LIST_DIR}/entitydecisioncommand.h
    ${CMAKE_CURRENT_LIST_DIR}/evidencelink.h
    ${CMAKE_CURRENT_LIST_DIR}/evidencelinkcommand.cpp ${CMAKE_CURRENT_LIST_DIR}/evidencelinkcommand.h
    ${CMAKE_CURRENT_LIST_DIR}/postgresparameters.h
    ${CMAKE_CURRENT_LIST_DIR}/reanchorer.cpp ${CMAKE_CURRENT_LIST_DIR}/reanchorer.h
    ${CMAKE_CURRENT_LIST_DIR}/removeannotationcommand.cpp ${CMAKE_CURRENT_LIST_DIR}/removeannotationcommand.h
    ${CMAKE_CURRENT_LIST_DIR}/segmentoverride.h
    ${CMAKE_CURRENT_LIST_DIR}/segmentoverridecommand.cpp ${CMAKE_CURRENT_LIST_DIR}/segmentoverridecommand.h
    ${CMAKE_CURRENT_LIST_DIR}/storeerror.cpp ${CMAKE_CURRENT_LIST_DIR}/storeerror.h
    ${CMAKE_CURRENT_LIST_DIR}/storelocation.cpp ${CMAKE_CURRENT_LIST_DIR}/storelocation.h
    ${CMAKE_CURRENT_LIST_DIR}/storeoptions.h
    ${CMAKE_CURRENT_LIST_DIR}/storeresult.h
    ${CMAKE_CURRENT_LIST_DIR}/storeschema.cpp ${CMAKE_CURRENT_LIST_DIR}/storeschema.h
    ${CMAKE_CURRENT_LIST_DIR}/storesql.cpp ${CMAKE_CURRENT_LIST_DIR}/storesql.h
    ${CMAKE_CURRENT_LIST_DIR}/storetransaction.cpp ${CMAKE_CURRENT_LIST_DIR}/storetransaction.h
    ${CMAKE_CURRENT_LIST_DIR}/textanchor.h
)
target_include_directories(lectern_models PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(lectern_models PUBLIC Qt6::Gui)
