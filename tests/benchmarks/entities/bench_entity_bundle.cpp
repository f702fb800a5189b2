// SPDX-License-Identifier: GPL-3.0-or-later
// Entity counts for a 10,000-document bundle on a worker, as the reader runs
// them: how soon the first partial counts reach the panel, how often they
// come, and how long the whole bundle takes.
//   bench_entity_bundle [--documents N] [--entities N]
#include "documenttextcache.h"
#include "entityrunner.h"
#include "indexreader.h"
#include "newscorpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Lectern::Models;
using namespace Qt::StringLiterals;

namespace {

int intArgument(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int documents = intArgument(arguments, u"--documents"_s, 10000);
    const int entityCount = intArgument(arguments, u"--entities"_s, 10000);

    QTemporaryDir dir;
    NewsCorpus corpus(11);
    const Gazetteer gazetteer = corpus.gazetteer(entityCount);
    QByteArray list;
    qint64 bytes = 0;
    for (int d = 0; d < documents; ++d) {
        const QString name = u"doc%1.txt"_s.arg(d, 5, 10, QLatin1Char('0'));
        const QByteArray text = corpus.text(3000).toUtf8();
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
            std::fprintf(stderr, "bench_entity_bundle: cannot write the bundle\n");
            return 1;
        }
        bytes += text.size();
        list += name.toUtf8() + '\n';
    }
    QFile index(dir.filePath(u"bundle.txt"_s));
    if (!index.open(QIODevice::WriteOnly) || index.write(list) != list.size())
        return 1;
    index.close();
    Bundle bundle = IndexReader::read(index.fileName(), {});

    EntityRunner runner(std::make_shared<DocumentTextCache>());
    QElapsedTimer clock;
    double firstPartial = -1;
    int partials = 0;
    int lastProgress = 0;
    int progressSignals = 0;
    QObject::connect(&runner, &EntityRunner::partial, [&](const EntityFindings &) {
        if (firstPartial < 0)
            firstPartial = double(clock.nsecsElapsed()) / 1e6;
        ++partials;
    });
    QObject::connect(&runner, &EntityRunner::progress, [&](int done, int) {
        lastProgress = done;
        ++progressSignals;
    });
    double total = 0;
    qsizetype mentioned = 0;
    QObject::connect(&runner, &EntityRunner::finished, [&](const EntityFindings &findings) {
        total = double(clock.nsecsElapsed()) / 1e6;
        for (qsizetype e = 0; e < findings.index.entityCount(); ++e)
            mentioned += findings.index.entity(e).mentionCount > 0 ? 1 : 0;
        QCoreApplication::quit();
    });
    clock.start();
    runner.start(bundle, gazetteer, {}, {});
    QCoreApplication::exec();

    std::printf("bench_entity_bundle: %d documents (%.1f MB), %d-entry gazetteer, one worker\n", documents,
                double(bytes) / 1e6, entityCount);
    std::printf("  first partial counts after     %9.1f ms\n", firstPartial);
    std::printf("  partial counts delivered       %9d (every %d ms)\n", partials, runner.partialInterval());
    std::printf("  progress reports               %9d (last: %d of %d documents)\n", progressSignals, lastProgress, documents);
    std::printf("  whole bundle (with suggestions)%9.1f ms, %lld entities mentioned\n", total, qlonglong(mentioned));
    return 0;
}
