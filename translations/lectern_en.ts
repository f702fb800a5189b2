<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Lectern::App::AnnotationController</name>
    <message numerus="yes">
        <source>%n annotation(s) of this document could not be found in its text; the Notes panel marks them</source>
        <translation>
            <numerusform>%n annotation of this document could not be found in its text; the Notes panel marks them</numerusform>
            <numerusform>%n annotations of this document could not be found in its text; the Notes panel marks them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::App::ExportController</name>
    <message numerus="yes">
        <source>Imported %n annotation(s)</source>
        <translation>
            <numerusform>Imported %n annotation</numerusform>
            <numerusform>Imported %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were already in the bundle</source>
        <translation>
            <numerusform>; %n was already in the bundle</numerusform>
            <numerusform>; %n were already in the bundle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be placed in any document</source>
        <translation>
            <numerusform>; %n could not be placed in any document</numerusform>
            <numerusform>; %n could not be placed in any document</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::App::MainWindow</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n error(s)</source>
        <translation>
            <numerusform> — %n error</numerusform>
            <numerusform> — %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n warning(s)</source>
        <translation>
            <numerusform> — %n warning</numerusform>
            <numerusform> — %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segmenting %n document(s)…</source>
        <translation>
            <numerusform>Segmenting %n document…</numerusform>
            <numerusform>Segmenting %n documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Cli</name>
    <message numerus="yes">
        <source>lectern-cli %1: kept %n entity decision(s) in %2</source>
        <translation>
            <numerusform>lectern-cli %1: kept %n entity decision in %2</numerusform>
            <numerusform>lectern-cli %1: kept %n entity decisions in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lectern-cli export: wrote %n document(s) to %1</source>
        <translation>
            <numerusform>lectern-cli export: wrote %n document to %1</numerusform>
            <numerusform>lectern-cli export: wrote %n documents to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lectern-cli export: wrote %n annotation(s) to %1</source>
        <translation>
            <numerusform>lectern-cli export: wrote %n annotation to %1</numerusform>
            <numerusform>lectern-cli export: wrote %n annotations to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lectern-cli import: imported %n annotation(s)</source>
        <translation>
            <numerusform>lectern-cli import: imported %n annotation</numerusform>
            <numerusform>lectern-cli import: imported %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the bundle</source>
        <translation>
            <numerusform>, %n already in the bundle</numerusform>
            <numerusform>, %n already in the bundle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be placed (listed above)</source>
        <translation>
            <numerusform>, %n could not be placed (listed above)</numerusform>
            <numerusform>, %n could not be placed (listed above)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 (%2, %n document(s)) at %3</source>
        <translation>
            <numerusform>Bundle %1 (%2, %n document) at %3</numerusform>
            <numerusform>Bundle %1 (%2, %n documents) at %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lectern-cli extract: wrote %n file(s) to %1</source>
        <translation>
            <numerusform>lectern-cli extract: wrote %n file to %1</numerusform>
            <numerusform>lectern-cli extract: wrote %n files to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be written (see above)</source>
        <translation>
            <numerusform>; %n could not be written (see above)</numerusform>
            <numerusform>; %n could not be written (see above)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated passage(s); --json lists them</source>
        <translation>
            <numerusform>%n repeated passage; --json lists it</numerusform>
            <numerusform>%n repeated passages; --json lists them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Models::DocumentOutlineModel</name>
    <message numerus="yes">
        <source>Main article (%n paragraph(s))</source>
        <translation>
            <numerusform>Main article (%n paragraph)</numerusform>
            <numerusform>Main article (%n paragraphs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another article: %1 (%n paragraph(s))</source>
        <translation>
            <numerusform>Another article: %1 (%n paragraph)</numerusform>
            <numerusform>Another article: %1 (%n paragraphs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Boilerplate (%n passage(s))</source>
        <translation>
            <numerusform>Boilerplate (%n passage)</numerusform>
            <numerusform>Boilerplate (%n passages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n passage(s))</source>
        <translation>
            <numerusform>%1 (%n passage)</numerusform>
            <numerusform>%1 (%n passages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied from other documents (%n passage(s))</source>
        <translation>
            <numerusform>Copied from other documents (%n passage)</numerusform>
            <numerusform>Copied from other documents (%n passages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Models::ExportSetBuilder</name>
    <message numerus="yes">
        <source>%1: cannot read the text (%2); its %n annotation(s) are left out.</source>
        <translation>
            <numerusform>%1: cannot read the text (%2); its %n annotation is left out.</numerusform>
            <numerusform>%1: cannot read the text (%2); its %n annotations are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Models::HtmlExport</name>
    <message numerus="yes">
        <source>%n excerpt(s) from %1 document(s)</source>
        <translation>
            <numerusform>%n excerpt from %1 document(s)</numerusform>
            <numerusform>%n excerpts from %1 document(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Models::IndexReader</name>
    <message numerus="yes">
        <source>%n more broken record(s) passed over</source>
        <translation>
            <numerusform>%n more broken record passed over</numerusform>
            <numerusform>%n more broken records passed over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revisit record(s) (a capture the crawler found unchanged) skipped</source>
        <translation>
            <numerusform>%n revisit record (a capture the crawler found unchanged) skipped</numerusform>
            <numerusform>%n revisit records (captures the crawler found unchanged) skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate record(s) (a record id or payload seen before) skipped</source>
        <translation>
            <numerusform>%n duplicate record (a record id or payload seen before) skipped</numerusform>
            <numerusform>%n duplicate records (record ids or payloads seen before) skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redirect(s) skipped</source>
        <translation>
            <numerusform>%n redirect skipped</numerusform>
            <numerusform>%n redirects skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) with an HTTP status other than 200 skipped</source>
        <translation>
            <numerusform>%n response with an HTTP status other than 200 skipped</numerusform>
            <numerusform>%n responses with an HTTP status other than 200 skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) that are not HTML or text (images, scripts, style sheets...) skipped</source>
        <translation>
            <numerusform>%n capture that is not HTML or text (an image, a script, a style sheet...) skipped</numerusform>
            <numerusform>%n captures that are not HTML or text (images, scripts, style sheets...) skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) over the limit for one document skipped (the limit is a setting)</source>
        <translation>
            <numerusform>%n capture over the limit for one document skipped (the limit is a setting)</numerusform>
            <numerusform>%n captures over the limit for one document skipped (the limit is a setting)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the web archive holds no HTML or text page (%n record(s) read)</source>
        <translation>
            <numerusform>the web archive holds no HTML or text page (%n record read)</numerusform>
            <numerusform>the web archive holds no HTML or text page (%n records read)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Models::QdaReader</name>
    <message numerus="yes">
        <source>%n selection(s) carried more than one code: the first became the label, the others became tags.</source>
        <translation>
            <numerusform>%n selection carried more than one code: the first became the label, the others became tags.</numerusform>
            <numerusform>%n selections carried more than one code: the first became the label, the others became tags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) that are not text (pictures, audio, video, PDFs without a text representation) were left out.</source>
        <translation>
            <numerusform>%n source that is not text (pictures, audio, video, PDFs without a text representation) was left out.</numerusform>
            <numerusform>%n sources that are not text (pictures, audio, video, PDFs without a text representation) were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: its %n selection(s) were left out.</source>
        <translation>
            <numerusform>%1: its %n selection was left out.</numerusform>
            <numerusform>%1: its %n selections were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Models::SegmentText</name>
    <message numerus="yes">
        <source>copy of %n passage(s) of %1, %2% of shingles</source>
        <translation>
            <numerusform>copy of %n passage of %1, %2% of shingles</numerusform>
            <numerusform>copy of %n passages of %1, %2% of shingles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>prose inside the article: %n word(s), sentence-shaped</source>
        <translation>
            <numerusform>prose inside the article: %n word, sentence-shaped</numerusform>
            <numerusform>prose inside the article: %n words, sentence-shaped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Views::CopyBanner</name>
    <message numerus="yes">
        <source>%n of %1 passage(s) here are also in other documents, the first in “%2”.</source>
        <translation>
            <numerusform>%n of %1 passages here is also in other documents, the first in “%2”.</numerusform>
            <numerusform>%n of %1 passages here are also in other documents, the first in “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Views::ExportDialog</name>
    <message numerus="yes">
        <source>All annotations (%n)</source>
        <translation>
            <numerusform>All annotations (%n)</numerusform>
            <numerusform>All annotations (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As the notes panel shows them (%n)</source>
        <translation>
            <numerusform>As the notes panel shows them (%n)</numerusform>
            <numerusform>As the notes panel shows them (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the documents the list shows (%n)</source>
        <translation>
            <numerusform>Of the documents the list shows (%n)</numerusform>
            <numerusform>Of the documents the list shows (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) will be exported.</source>
        <translation>
            <numerusform>%n annotation will be exported.</numerusform>
            <numerusform>%n annotations will be exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n document(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n document to %1.</numerusform>
            <numerusform>Wrote %n documents to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n annotation to %1.</numerusform>
            <numerusform>Wrote %n annotations to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Views::SearchPanel</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n document(s)</source>
        <translation>
            <numerusform> in %n document</numerusform>
            <numerusform> in %n documents</numerusform>
        </translation>
    </message>
</context>
</TS>
