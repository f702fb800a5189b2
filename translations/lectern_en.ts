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
