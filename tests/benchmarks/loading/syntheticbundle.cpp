// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticbundle.h"

#include <QDir>
#include <QFile>

#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {

// splitmix64: tiny, fast and the same on every platform, so a given seed
// always produces the same bundle.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int between(int low, int high) { return low + int(next() % quint64(high - low + 1)); }

    template<std::size_t N>
    std::string_view pick(const std::array<std::string_view, N> &pool)
    {
        return pool[next() % N];
    }

private:
    quint64 m_state;
};

constexpr std::array<std::string_view, 12> Organisations = {
    "Tsurugawa Industries", "Haixin Power", "Daeyang Energy", "Norrland Cellworks",
    "Kestrel Research", "Brightwater Grid", "Aurelia Semiconductors", "Caldera Mobility",
    "Müller & Sohn Elektrik", "Société Lumière Énergie", "Vantor Logistics", "Pinecrest Utilities"};
constexpr std::array<std::string_view, 10> People = {
    "Mitsuko Arase", "Zofia Wójcik", "Denise Okafor", "Łukasz Żmuda", "Hiroshi Kanemoto",
    "Inès Carrière", "José Ibáñez", "Priya Raghunathan", "Sven Åkesson", "Marcus Feld"};
constexpr std::array<std::string_view, 6> Roles = {
    "chief executive", "head of research", "an analyst", "chief financial officer", "a spokesperson", "plant director"};
constexpr std::array<std::string_view, 12> Places = {
    "Toledo, Ohio", "Wrocław", "Nuevo León", "Osaka", "São Paulo", "Gdańsk",
    "Rotterdam", "Monterrey", "Kansas City", "Göteborg", "Busan", "Querétaro"};
constexpr std::array<std::string_view, 7> Projects = {
    "a battery cell plant", "a grid storage line", "a power-chip fab", "a recycling centre",
    "a research campus", "an inverter factory", "a cathode materials plant"};
constexpr std::array<std::string_view, 5> PastVerbs = {"opened", "announced", "cancelled", "expanded", "delayed"};
constexpr std::array<std::string_view, 5> Verbs = {"build", "expand", "reopen", "double output at", "sell"};
constexpr std::array<std::string_view, 5> Quotes = {
    "Demand is moving faster than our factories", "We will not chase volume at any price",
    "The grid is the customer now", "Every month of delay costs us market share",
    "Nobody in this industry has spare capacity – nobody"};
constexpr std::array<std::string_view, 5> Causes = {
    "utilities race to add storage", "tariffs reshape supply chains", "data centres draw more power",
    "coal plants close across the region", "prices for finished systems keep falling"};
constexpr std::array<std::string_view, 4> Trends = {"double", "grow by a third", "fall by a fifth", "stay flat"};
constexpr std::array<std::string_view, 5> Days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
constexpr std::array<std::string_view, 5> Sources = {
    "The Circuit Ledger", "Gridwatch Weekly", "Rheinische Energiepost", "Nikkan Denki Shimbun", "Monitor Energetyczny"};

void add(QByteArray &out, std::string_view text)
{
    out.append(text.data(), qsizetype(text.size()));
}

void addMoney(QByteArray &out, Random &random)
{
    switch (random.between(0, 2)) {
    case 0:
        out += QByteArray::number(random.between(12, 980)) + " billion yen";
        break;
    case 1:
        out += '$' + QByteArray::number(random.between(1, 9)) + '.' + QByteArray::number(random.between(10, 99)) + " billion";
        break;
    default:
        out += "€" + QByteArray::number(random.between(120, 950)) + " million";
        break;
    }
}

void addPeriod(QByteArray &out, Random &random)
{
    const QByteArray year = QByteArray::number(random.between(2025, 2031));
    switch (random.between(0, 2)) {
    case 0:
        out += "fiscal " + year;
        break;
    case 1:
        out += "the financial year ending March " + year;
        break;
    default:
        out += "the first half of " + year;
        break;
    }
}

void addSentence(QByteArray &out, Random &random)
{
    switch (random.between(0, 4)) {
    case 0:
        add(out, random.pick(Organisations));
        out += " said on ";
        add(out, random.pick(Days));
        out += " it would invest ";
        addMoney(out, random);
        out += " in ";
        add(out, random.pick(Projects));
        out += " in ";
        add(out, random.pick(Places));
        out += ", with production due in ";
        addPeriod(out, random);
        out += '.';
        break;
    case 1:
        out += "“";
        add(out, random.pick(Quotes));
        out += ",” said ";
        add(out, random.pick(People));
        out += ", ";
        add(out, random.pick(Roles));
        out += " at ";
        add(out, random.pick(Organisations));
        out += '.';
        break;
    case 2:
        out += "Analysts at ";
        add(out, random.pick(Organisations));
        out += " expect orders to ";
        add(out, random.pick(Trends));
        out += " by ";
        addPeriod(out, random);
        out += ", as ";
        add(out, random.pick(Causes));
        out += '.';
        break;
    case 3:
        out += "The plan follows news from ";
        add(out, random.pick(Places));
        out += ", where ";
        add(out, random.pick(Organisations));
        out += ' ';
        add(out, random.pick(PastVerbs));
        out += ' ';
        add(out, random.pick(Projects));
        out += " last year.";
        break;
    default:
        out += "Shares in ";
        add(out, random.pick(Organisations));
        out += random.between(0, 1) ? " rose " : " fell ";
        out += QByteArray::number(random.between(1, 9)) + '.' + QByteArray::number(random.between(0, 9));
        out += "% on ";
        add(out, random.pick(Days));
        out += '.';
        break;
    }
}

void addParagraph(QByteArray &out, Random &random)
{
    const int sentences = random.between(2, 4);
    for (int i = 0; i < sentences; ++i) {
        if (i > 0)
            out += ' ';
        addSentence(out, random);
    }
    out += "\n\n";
}

QByteArray headline(Random &random)
{
    QByteArray title;
    add(title, random.pick(Organisations));
    title += " to ";
    add(title, random.pick(Verbs));
    title += ' ';
    add(title, random.pick(Projects));
    title += " in ";
    add(title, random.pick(Places));
    return title;
}

QByteArray documentText(const QByteArray &title, qsizetype minimumBytes, Random &random)
{
    QByteArray text;
    text.reserve(minimumBytes > 0 ? minimumBytes + 1024 : 4096);
    text += title + "\n\n";
    const int paragraphs = random.between(3, 8);
    for (int i = 0; i < paragraphs || text.size() < minimumBytes; ++i)
        addParagraph(text, random);
    text += "Source link\n";
    return text;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size())
        return true;
    if (error)
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
    return false;
}

} // namespace

SyntheticBundle SyntheticBundleWriter::write(const QString &directory, const SyntheticBundleSpec &spec, QString *error)
{
    SyntheticBundle bundle;
    const QDir root(directory);
    if (!root.mkpath(u"."_s)) {
        if (error)
            *error = u"cannot create %1"_s.arg(directory);
        return bundle;
    }
    Random random(spec.seed);
    QByteArray manifest;
    QByteArray plainList;
    manifest.reserve(qsizetype(spec.documents) * 260);
    plainList.reserve(qsizetype(spec.documents) * 32);
    manifest += "{\n  \"name\": \"Synthetic bundle of " + QByteArray::number(spec.documents) + " documents\",\n  \"documents\": [\n";
    plainList += "# Synthetic bundle written by bench_loading: one document path per line.\n";
    bundle.documentPaths.reserve(spec.documents);

    for (int i = 0; i < spec.documents; ++i) {
        const QByteArray folder = "docs/" + QByteArray::number(i / 1000).rightJustified(3, '0');
        if (i % 1000 == 0 && !root.mkpath(QString::fromLatin1(folder))) {
            if (error)
                *error = u"cannot create %1"_s.arg(root.filePath(QString::fromLatin1(folder)));
            return {};
        }
        const QByteArray id = "doc-" + QByteArray::number(i).rightJustified(7, '0');
        const QByteArray relativePath = folder + '/' + id + ".txt";
        const QByteArray title = headline(random);
        const QByteArray text = documentText(title, spec.documentBytes, random);
        const QString path = root.filePath(QString::fromLatin1(relativePath));
        if (!writeFile(path, text, error))
            return {};
        bundle.documentPaths.append(path);
        bundle.totalBytes += text.size();

        manifest += "    {\"id\": \"" + id + "\", \"path\": \"" + relativePath + "\", \"title\": \"" + title
            + "\", \"url\": \"https://news.example/" + id + "\", \"date\": \"2026-"
            + QByteArray::number(random.between(1, 12)).rightJustified(2, '0') + '-'
            + QByteArray::number(random.between(1, 28)).rightJustified(2, '0') + "\", \"source\": \"";
        add(manifest, random.pick(Sources));
        manifest += "\", \"language\": \"en\"}";
        manifest += i + 1 < spec.documents ? ",\n" : "\n";
        plainList += relativePath + '\n';
    }
    manifest += "  ]\n}\n";

    bundle.manifestPath = root.filePath(u"bundle.json"_s);
    bundle.plainListPath = root.filePath(u"bundle.txt"_s);
    if (!writeFile(bundle.manifestPath, manifest, error) || !writeFile(bundle.plainListPath, plainList, error))
        return {};
    bundle.directory = root.absolutePath();
    return bundle;
}
