// SPDX-License-Identifier: GPL-3.0-or-later
// lectern_tscheck COMMITTED FRESH LOCATED [COMMITTED FRESH LOCATED]...
//
// Compares each committed .ts file with FRESH, what lupdate makes of a copy
// of it from today's sources, and lists every message that is new in the
// sources, gone from them, or not (fully) translated, with the place in the
// sources LOCATED (the same lupdate run, with locations) gives for it.
// Exits 1 when anything is listed, 2 when a file cannot be read.
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the translation's type attribute: unfinished, vanished, obsolete or empty
    QStringList translations; ///< one per numerus form, or the one translation
    QStringList locations; ///< "file:line"
};

using Key = std::tuple<QString, QString, QString>;
using Catalogue = QMap<Key, Message>;

Key keyOf(const Message &m)
{
    return { m.context, m.source, m.comment };
}

std::optional<Catalogue> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "lectern_tscheck: cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return std::nullopt;
    }
    const QString baseDir = QFileInfo(path).absolutePath();
    Catalogue catalogue;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                message = { context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}, {}, {} };
            } else if (name == "source"_L1) {
                message.source = xml.readElementText();
            } else if (name == "comment"_L1) {
                message.comment = xml.readElementText();
            } else if (name == "location"_L1) {
                const QString where
                    = QFileInfo(baseDir + u'/' + xml.attributes().value("filename"_L1).toString()).canonicalFilePath();
                message.locations.append(where + u':' + xml.attributes().value("line"_L1).toString());
            } else if (name == "translation"_L1) {
                message.type = xml.attributes().value("type"_L1).toString();
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == "numerusform"_L1) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            catalogue.insert(keyOf(message), message);
        }
    }
    if (xml.hasError()) {
        std::fprintf(stderr, "lectern_tscheck: %s:%lld: %s\n", qPrintable(path), xml.lineNumber(), qPrintable(xml.errorString()));
        return std::nullopt;
    }
    return catalogue;
}

QString describe(const Message &m, const Catalogue &located)
{
    QString text = u"[%1] \"%2\""_s.arg(m.context, m.source);
    if (!m.comment.isEmpty())
        text += u" (%1)"_s.arg(m.comment);
    const auto found = located.constFind(keyOf(m));
    if (found != located.cend() && !found->locations.isEmpty())
        text += u" at "_s + found->locations.join(u", "_s);
    return text;
}

/// What a translation must keep of its source: %1..%99 and %n, an
/// accelerator, a trailing ellipsis.
QStringList keptMarksMissing(const Message &m, const QString &translation)
{
    QStringList missing;
    static const QRegularExpression placeholder(u"%(?:\\d{1,2}|n|L\\d{1,2})"_s);
    QSet<QString> marks;
    for (const auto &match : placeholder.globalMatch(m.source))
        marks.insert(match.captured());
    for (const QString &mark : std::as_const(marks)) {
        // %n may be left out of a singular form ("ein Dokument"), never out of the last.
        const bool singularForm = m.numerus && m.translations.size() > 1 && &translation != &m.translations.constLast();
        if (!translation.contains(mark) && !(mark == "%n"_L1 && singularForm))
            missing.append(mark);
    }
    static const QRegularExpression accelerator(u"&[^&\\s]"_s);
    if (QString(m.source).remove(u"&&"_s).contains(accelerator) && !QString(translation).remove(u"&&"_s).contains(accelerator))
        missing.append(u"the & of the accelerator"_s);
    const bool sourceEllipsis = m.source.endsWith(u'…') || m.source.endsWith("..."_L1);
    if (sourceEllipsis && !(translation.endsWith(u'…') || translation.endsWith("..."_L1)))
        missing.append(u"the trailing ellipsis"_s);
    return missing;
}

int check(const QString &committedPath, const QString &freshPath, const QString &locatedPath, QTextStream &report)
{
    const auto committed = readCatalogue(committedPath);
    const auto fresh = readCatalogue(freshPath);
    const auto located = readCatalogue(locatedPath);
    if (!committed || !fresh || !located)
        return -1;
    const QString name = QFileInfo(committedPath).fileName();
    int problems = 0;
    auto say = [&](const QString &what, const Message &m) {
        report << name << ": " << what << ": " << describe(m, *located) << '\n';
        ++problems;
    };
    for (const Message &m : *fresh) {
        if (m.type == "vanished"_L1 || m.type == "obsolete"_L1)
            continue;
        const auto there = committed->constFind(keyOf(m));
        if (there == committed->cend() || there->type == "vanished"_L1 || there->type == "obsolete"_L1)
            say(u"new in the sources, missing from the committed file (run the update_translations target)"_s, m);
    }
    for (const Message &m : *committed) {
        if (!fresh->contains(keyOf(m)) || m.type == "vanished"_L1 || m.type == "obsolete"_L1) {
            say(u"gone from the sources, still in the committed file (run the update_translations target)"_s, m);
            continue;
        }
        const bool empty = m.translations.isEmpty()
            || std::ranges::any_of(m.translations, [](const QString &t) { return t.trimmed().isEmpty(); });
        if (m.type == "unfinished"_L1 || empty) {
            say(u"not translated"_s, m);
            continue;
        }
        for (const QString &translation : m.translations) {
            const QStringList missing = keptMarksMissing(m, translation);
            if (!missing.isEmpty())
                say(u"the translation \"%1\" lacks %2"_s.arg(translation, missing.join(u", "_s)), m);
        }
    }
    return problems;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList files = QCoreApplication::arguments().mid(1);
    if (files.isEmpty() || files.size() % 3 != 0) {
        std::fprintf(stderr, "usage: lectern_tscheck COMMITTED FRESH LOCATED [COMMITTED FRESH LOCATED]...\n");
        return 2;
    }
    QTextStream report(stdout);
    int problems = 0;
    for (qsizetype i = 0; i < files.size(); i += 3) {
        const int found = check(files.at(i), files.at(i + 1), files.at(i + 2), report);
        if (found < 0)
            return 2;
        problems += found;
    }
    if (problems > 0) {
        report << problems << " problem(s) with the translations.\n";
        return 1;
    }
    report << "Every message of " << files.size() / 3 << " catalogue(s) is translated and up to date.\n";
    return 0;
}
