// SPDX-License-Identifier: GPL-3.0-or-later
// A second process for storeprocess_test and storebadinput_test:
//   store_helper create DB COUNT DOCUMENT [--exit]   create annotations one by one, print each id once stored
//   store_helper hold DB MILLISECONDS                hold the write lock that long
//   store_helper probe DB [--as-nobody]              open read-write if possible and report what happened
#include "annotationstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int create(const QStringList &args)
{
    const int count = args.value(3).toInt();
    auto opened = AnnotationStore::openSqlite(args.value(2));
    if (!opened) {
        say(u"error "_s + opened.error().fullText());
        return 2;
    }
    for (int i = 0; i < count; ++i) {
        Annotation a;
        a.documentId = args.value(4);
        a.start = i;
        a.end = i + 5;
        a.quote = u"quote %1"_s.arg(i);
        a.codeId = u"evidence"_s;
        a.tags = {u"helper"_s};
        const auto created = opened.value()->createAnnotation(a);
        if (!created) {
            say(u"error "_s + created.error().fullText());
            return 3;
        }
        say(u"created "_s + created.value().id);
    }
    say(u"done"_s);
    if (args.contains(u"--exit"_s))
        return 0;
    for (;;)
        QThread::sleep(60); // until killed
}

int hold(const QStringList &args)
{
    auto opened = AnnotationStore::openSqlite(args.value(2));
    if (!opened) {
        say(u"error "_s + opened.error().fullText());
        return 2;
    }
    QSqlQuery query(opened.value()->database());
    if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
        say(u"error cannot lock"_s);
        return 3;
    }
    say(u"locked"_s);
    QThread::msleep(args.value(3).toULong());
    query.exec(u"COMMIT"_s);
    say(u"released"_s);
    return 0;
}

int probe(const QStringList &args)
{
    if (args.contains(u"--as-nobody"_s) && geteuid() == 0) {
        // Root may write anywhere; the read-only case needs an ordinary user.
        if (setgid(65534) != 0 || setuid(65534) != 0) {
            say(u"error cannot become nobody"_s);
            return 4;
        }
    }
    auto opened = AnnotationStore::openSqlite(args.value(2));
    if (!opened) {
        say(u"refused "_s + opened.error().fullText());
        return 0;
    }
    const AnnotationStore &store = *opened.value();
    say(u"readonly %1"_s.arg(store.isReadOnly() ? 1 : 0));
    say(u"annotations %1"_s.arg(store.annotations().ok() ? store.annotations().value().size() : -1));
    Annotation a;
    a.documentId = u"doc"_s;
    const auto created = opened.value()->createAnnotation(a);
    say(u"create "_s + (created.ok() ? u"ok"_s : created.error().message));
    say(u"notice "_s + store.notice());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    if (command == u"create"_s)
        return create(args);
    if (command == u"hold"_s)
        return hold(args);
    if (command == u"probe"_s)
        return probe(args);
    say(u"usage: store_helper create|hold|probe DB ..."_s);
    return 1;
}
