# SPDX-License-Identifier: GPL-3.0-or-later
# The segmentation core (issue 3): pure functions and value types, part of
# lectern_models. docs/segmentation.md describes the algorithm.
target_sources(lectern_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/articleboundaries.cpp ${CMAKE_CURRENT_LIST_DIR}/articleboundaries.h
    ${CMAKE_CURRENT_LIST_DIR}/blockfeatures.cpp ${CMAKE_CURRENT_LIST_DIR}/blockfeatures.h
    ${CMAKE_CURRENT_LIST_DIR}/blockvocabulary.cpp ${CMAKE_CURRENT_LIST_DIR}/blockvocabulary.h
    ${CMAKE_CURRENT_LIST_DIR}/boilerplateevidence.cpp ${CMAKE_CURRENT_LIST_DIR}/boilerplateevidence.h
    ${CMAKE_CURRENT_LIST_DIR}/mainarticle.cpp ${CMAKE_CURRENT_LIST_DIR}/mainarticle.h
    ${CMAKE_CURRENT_LIST_DIR}/segmentblock.h
    ${CMAKE_CURRENT_LIST_DIR}/segmenttext.h
    ${CMAKE_CURRENT_LIST_DIR}/bundleprofile.cpp ${CMAKE_CURRENT_LIST_DIR}/bundleprofile.h
    ${CMAKE_CURRENT_LIST_DIR}/bundlesegmenter.cpp ${CMAKE_CURRENT_LIST_DIR}/bundlesegmenter.h
    ${CMAKE_CURRENT_LIST_DIR}/codepointoffsets.cpp ${CMAKE_CURRENT_LIST_DIR}/codepointoffsets.h
    ${CMAKE_CURRENT_LIST_DIR}/documentfingerprint.cpp ${CMAKE_CURRENT_LIST_DIR}/documentfingerprint.h
    ${CMAKE_CURRENT_LIST_DIR}/documentsegmentation.cpp ${CMAKE_CURRENT_LIST_DIR}/documentsegmentation.h
    ${CMAKE_CURRENT_LIST_DIR}/duplicatecluster.h
    ${CMAKE_CURRENT_LIST_DIR}/duplicatelink.h
    ${CMAKE_CURRENT_LIST_DIR}/memoryrelabelstore.cpp ${CMAKE_CURRENT_LIST_DIR}/memoryrelabelstore.h
    ${CMAKE_CURRENT_LIST_DIR}/minhashsketch.cpp ${CMAKE_CURRENT_LIST_DIR}/minhashsketch.h
    ${CMAKE_CURRENT_LIST_DIR}/passagealigner.cpp ${CMAKE_CURRENT_LIST_DIR}/passagealigner.h
    ${CMAKE_CURRENT_LIST_DIR}/passagecluster.h
    ${CMAKE_CURRENT_LIST_DIR}/plaintextblocks.cpp ${CMAKE_CURRENT_LIST_DIR}/plaintextblocks.h
    ${CMAKE_CURRENT_LIST_DIR}/relabeloverride.h
    ${CMAKE_CURRENT_LIST_DIR}/relabelstore.h
    ${CMAKE_CURRENT_LIST_DIR}/segment.h
    ${CMAKE_CURRENT_LIST_DIR}/segmentationjson.cpp ${CMAKE_CURRENT_LIST_DIR}/segmentationjson.h
    ${CMAKE_CURRENT_LIST_DIR}/flatcounter.h
    ${CMAKE_CURRENT_LIST_DIR}/segmenter.cpp ${CMAKE_CURRENT_LIST_DIR}/segmenter.h
    ${CMAKE_CURRENT_LIST_DIR}/segmentkind.cpp ${CMAKE_CURRENT_LIST_DIR}/segmentkind.h
    ${CMAKE_CURRENT_LIST_DIR}/textblock.h
    ${CMAKE_CURRENT_LIST_DIR}/textnormalizer.cpp ${CMAKE_CURRENT_LIST_DIR}/textnormalizer.h
)
target_include_directories(lectern_models PUBLIC ${CMAKE_CURRENT_LIST_DIR})
