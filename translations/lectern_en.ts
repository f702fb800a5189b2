<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
