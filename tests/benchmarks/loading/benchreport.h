// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QTextStream>

/// What the loading benchmarks print with, and the memory figure they report.
namespace BenchReport {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// The process's peak resident memory so far (VmHWM), in KiB; -1 when unknown.
inline qint64 peakRssKiB()
{
    // /proc files report a size of 0: read to the end.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.sliced(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace BenchReport
