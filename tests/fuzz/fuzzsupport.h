// SPDX-License-Identifier: GPL-3.0-or-later
// What every fuzz target shares: a Qt application object once, and the
// input as Qt types.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace Lectern::Fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "lectern-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// A folder for targets that read files, made once per process.
inline const QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace Lectern::Fuzz
