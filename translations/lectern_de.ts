<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Lectern::App::MainWindow</name>
    <message>
        <source>Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle to start reading: File › Open Bundle (Ctrl+O), or drop an index file or folder here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle indexes (*.json *.jsonl *.ndjson *.csv *.tsv *.txt *.lst);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder as Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder as Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Read source bundles once, with duplicates and boilerplate out of the way, annotate claims and carry every excerpt back to its source.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be opened from %1. The Problems panel says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (checking cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> — checking documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (segmentation stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Passage as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Paths &amp;Outside the Bundle&apos;s Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open documents whose index paths lead outside the folder of the index (off by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the document as written (HTML, Markdown, JSON), highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Segmenting %n document(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Full Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Main Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unique Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy of %1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has another article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% boilerplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> — %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Models::AnnotationListModel</name>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Models::AnnotationWorkspace</name>
    <message>
        <source>Add annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark segment as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear segment label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Models::DiagnosticListModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Models::DocumentListModel</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Models::SearchResultModel</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Views::DiagnosticsPanel</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Views::DocumentHeader</name>
    <message>
        <source>Document details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Views::DocumentListPanel</name>
    <message>
        <source>Only documents with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, id or path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Views::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Views::PreferencesDialog</name>
    <message>
        <source>Open documents whose paths lead outside the bundle&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lectern Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest document to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader &amp;theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the limits apply when a bundle is next opened or reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Views::ReaderView</name>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, main article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in %1 (%2% similar); click the mark in the margin to go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another article (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label This Passage As</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Views::SearchPanel</name>
    <message>
        <source>Search the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every document of the bundle; Enter to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle search pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Views::SourceView</name>
    <message>
        <source>Document source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read and annotate source bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG after loading, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index file or folder of the bundle to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this colour theme for this session (see Settings for the names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this document of the bundle first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
