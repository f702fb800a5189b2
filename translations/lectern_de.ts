<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EntityEditDialogs</name>
    <message>
        <source>Rename Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep “%1” as an alias, so its mentions stay highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already names %2; merge the two entities instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is &amp;a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category is a word or two, such as organisation or vessel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity to merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” and its aliases become aliases of the chosen entity, which keeps its name and category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the bundle&apos;s entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entity cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::App::AnnotationController</name>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach “%1” Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an annotation in the Notes panel to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Claim and Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link as E&amp;vidence for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-attach to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of this document could not be found in its text; the Notes panel marks them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations cannot be saved for this bundle; the Problems panel says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage in the reader to annotate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation deleted (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a claim first (Show Claim and Evidence), then link evidence to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked as evidence for the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the passage in the reader first, then re-attach the annotation to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attached to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Passage as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the team database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations now come from the team database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version of the annotation was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored version of the annotation was kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::App::ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write excerpts and notes as Markdown, HTML, CSV, Web Annotations, REFI-QDA, ODT, PDF or a clean corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the annotations of a W3C Web Annotation (JSON-LD) or REFI-QDA (.qdpx) file into this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations (*.jsonld *.json *.qdpx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s annotations are read-only here; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were already in the bundle</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be placed in any document</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>&amp;Highlight All Like This…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected name an entity of the bundle, highlighted in every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Mention of the Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous M&amp;ention of the Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotations cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (another place for them: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotations cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotations are open read-only; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a name in the text first (up to 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight All Like This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight every “%1” in the bundle as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now an entity (%2); Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not mentioned in this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mention %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Models</name>
    <message>
        <source>Markdown excerpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (one file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA codebook (.qdc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean corpus (JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other excerpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpts from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n excerpt(s) from %1 document(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*not found in the current text*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotations were selected for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODT and PDF reports need the graphical part of Qt (run with a QGuiApplication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt could not write the OpenDocument file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no target source; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a TextPositionSelector without a valid start and end; positions ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: neither a TextQuoteSelector nor a TextPositionSelector; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is JSON but not a Web Annotation, an AnnotationPage or an AnnotationCollection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1: not an object of type Annotation; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive would be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive could not be read back from memory</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>⚠ not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passage is no longer in the document&apos;s text. Select where it went in the reader and choose “Re-attach to Selection”, or delete the annotation.

%1</source>
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
    <message>
        <source>Forget entity decision on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename entity %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge entity %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject entity %1</source>
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
    <name>Lectern::Models::EntityTableModel</name>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Models::ExportSetBuilder</name>
    <message>
        <source>No label is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entity is called &quot;%1&quot;; nothing matches the entity filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation &quot;%1&quot; belongs to the document &quot;%2&quot;, which the bundle no longer lists; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the text (%2); its %n annotation(s) are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the annotation &quot;%2&quot; lies beyond the end of the text; its position is cut to the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Models::Exporter</name>
    <message>
        <source>A ZIP archive holding project.qde (below) and one text file per document in sources/.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is laid out from this HTML:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (the preview shows the beginning only)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed (%2); the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Models::ImportPlacer</name>
    <message>
        <source>annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (source %2): no document of the bundle holds it; not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found in the document %2; not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim links to the evidence %1, which is not in the file or the store; link left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Models::Placer</name>
    <message>
        <source>%1: cannot read the text (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Models::QdaArchive</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes unpacked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Models::QdaDocument</name>
    <message>
        <source>project.qde holds a &lt;%1&gt; where a REFI-QDA &lt;Project&gt; was expected; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project.qde is not well-formed XML (line %1, column %2: %3); what came before was read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Models::QdaReader</name>
    <message>
        <source>The file is empty, so it holds no REFI-QDA project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a REFI-QDA project (.qdpx is a ZIP archive): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is no REFI-QDA project: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Models::Resolver</name>
    <message>
        <source>%n selection(s) carried more than one code: the first became the label, the others became tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n source(s) that are not text (pictures, audio, video, PDFs without a text representation) were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has neither a plainTextPath nor a PlainTextContent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is kept outside the project (%2); only texts inside the .qdpx are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its text %2 could not be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its %n selection(s) were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, selection %2 (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the positions %2–%3 are not a range of the text; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it ends at %2, past the end of its source (%3 characters); it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its note %2 is not among the project&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it is coded with %2, which is not in the codebook; that coding was left out.</source>
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
    <name>Lectern::Views::AnnotationDialog</name>
    <message>
        <source>Not a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters about this passage (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. budget, Ohio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Views::ClaimView</name>
    <message>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the claim&apos;s passage in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link between the claim and the selected evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link more: right-click another annotation › Link as Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim in the Notes panel, or right-click a highlighted claim in the reader › Show Claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Views::CodeDialog</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use this label (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Views::ConflictDialog</name>
    <message>
        <source>Annotation Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you edited this annotation, %1 stored another version. Nothing was overwritten: choose the version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (stored now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted by you, from version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by you, from version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1, %2 (version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
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
    <name>Lectern::Views::EntitiesPanel</name>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities of the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop highlighting this entity in the bundle (Delete); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category to accept with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities named in the same paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the pairs by entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding entities: %1 of %2 documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename (F2), change the category (Ctrl+K) or merge into another entity (Ctrl+J); each can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Views::ExportDialog</name>
    <message>
        <source>Start with a byte order mark (for spreadsheet programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All annotations (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As the notes panel shows them (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The current document only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Of the documents the list shows (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity name or alias; empty for any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By claim, with its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the clean corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus holds one line per canonical document; the preview shows the first few.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) will be exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n document(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>Lectern::Views::NotesPanel</name>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by text, excerpt or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only annotations whose passage is no longer found in its document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
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
    <name>Lectern::Views::TeamDatabaseDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: use ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept only while Lectern runs; it is never saved. Leave it empty to use your ~/.pgpass file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
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
