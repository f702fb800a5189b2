# SPDX-License-Identifier: GPL-3.0-or-later
# The source tarball: `cpack --config CPackSourceConfig.cmake` gives
# lectern-VERSION.tar.gz, which configures and builds once unpacked.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "lectern-${PROJECT_VERSION}")
# Regular expressions on the full path: build output, version control and
# the files .gitignore names (scratch corpora, fuzzing state, stores).
set(CPACK_SOURCE_IGNORE_FILES
    "/build/"
    "/\\\\.git/"
    "/\\\\.git$"
    "/\\\\.cache/"
    "/\\\\.fuzz/"
    "/\\\\.devcorpus\\\\."
    "/compile_commands\\\\.json$"
    "\\\\.user$"
    "\\\\.lectern\\\\.sqlite(-wal|-shm|-journal)?$")
