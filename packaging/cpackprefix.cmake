# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack for each generator it runs.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()
