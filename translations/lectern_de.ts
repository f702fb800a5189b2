<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EntityEditDialogs</name>
    <message>
        <source>Rename Entity</source>
        <translation>Entität umbenennen</translation>
    </message>
    <message>
        <source>Keep “%1” as an alias, so its mentions stay highlighted</source>
        <translation>„%1“ als Alias behalten, damit seine Erwähnungen hervorgehoben bleiben</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Neuer Name:</translation>
    </message>
    <message>
        <source>Type the new name.</source>
        <translation>Geben Sie den neuen Namen ein.</translation>
    </message>
    <message>
        <source>“%1” already names %2; merge the two entities instead.</source>
        <translation>„%1“ bezeichnet bereits %2; führen Sie die beiden Entitäten stattdessen zusammen.</translation>
    </message>
    <message>
        <source>Change Category</source>
        <translation>Kategorie ändern</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>“%1” is &amp;a:</source>
        <translation>&amp;Kategorie von „%1“:</translation>
    </message>
    <message>
        <source>A category is a word or two, such as organisation or vessel.</source>
        <translation>Eine Kategorie besteht aus ein oder zwei Wörtern, etwa Organisation oder Schiff.</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Entitäten zusammenführen</translation>
    </message>
    <message>
        <source>Entity to merge into</source>
        <translation>Entität, in die zusammengeführt wird</translation>
    </message>
    <message>
        <source>Merge “%1” &amp;into:</source>
        <translation>„%1“ zusammenführen &amp;mit:</translation>
    </message>
    <message>
        <source>“%1” and its aliases become aliases of the chosen entity, which keeps its name and category.</source>
        <translation>„%1“ und seine Aliasse werden Aliasse der gewählten Entität, die ihren Namen und ihre Kategorie behält.</translation>
    </message>
    <message>
        <source>Choose one of the bundle&apos;s entities.</source>
        <translation>Wählen Sie eine der Entitäten des Bündels.</translation>
    </message>
    <message>
        <source>An entity cannot be merged into itself.</source>
        <translation>Eine Entität kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
</context>
<context>
    <name>Lectern::App::AnnotationController</name>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>Auswahl a&amp;nnotieren…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Re-attach “%1” Here</source>
        <translation>„%1“ hier neu verankern</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>Anmerkung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Choose an annotation in the Notes panel to edit it</source>
        <translation>Wählen Sie eine Anmerkung im Bereich Notizen, um sie zu bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;New Label…</source>
        <translation>&amp;Neues Label…</translation>
    </message>
    <message>
        <source>Edit &amp;Label</source>
        <translation>&amp;Label bearbeiten</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>Mit &amp;Team-Datenbank verbinden…</translation>
    </message>
    <message>
        <source>&amp;Label As</source>
        <translation>&amp;Label vergeben</translation>
    </message>
    <message>
        <source>Recolour “%1”…</source>
        <translation>„%1“ umfärben…</translation>
    </message>
    <message>
        <source>Show &amp;Claim and Evidence</source>
        <translation>&amp;Behauptung und Belege anzeigen</translation>
    </message>
    <message>
        <source>Unlink from “%1”</source>
        <translation>Verknüpfung mit „%1“ lösen</translation>
    </message>
    <message>
        <source>Link as E&amp;vidence for “%1”</source>
        <translation>Als &amp;Beleg für „%1“ verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Re-attach to Selection</source>
        <translation>An Auswahl neu &amp;verankern</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Anmerkung &amp;löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of this document could not be found in its text; the Notes panel marks them</source>
        <translation>
            <numerusform>%n Anmerkung dieses Dokuments wurde in seinem Text nicht gefunden; der Bereich Notizen markiert sie</numerusform>
            <numerusform>%n Anmerkungen dieses Dokuments wurden in seinem Text nicht gefunden; der Bereich Notizen markiert sie</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations cannot be saved for this bundle; the Problems panel says why</source>
        <translation>Anmerkungen können für dieses Bündel nicht gespeichert werden; der Bereich Probleme nennt den Grund</translation>
    </message>
    <message>
        <source>Select a passage in the reader to annotate it</source>
        <translation>Wählen Sie im Leser eine Textstelle aus, um sie zu annotieren</translation>
    </message>
    <message>
        <source>Annotated as %1</source>
        <translation>Annotiert als %1</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>eine Notiz</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <source>Annotation deleted (Undo brings it back)</source>
        <translation>Anmerkung gelöscht (Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <source>Choose a claim first (Show Claim and Evidence), then link evidence to it</source>
        <translation>Wählen Sie zuerst eine Behauptung (Behauptung und Belege anzeigen) und verknüpfen Sie dann Belege damit</translation>
    </message>
    <message>
        <source>Linked as evidence for the claim</source>
        <translation>Als Beleg für die Behauptung verknüpft</translation>
    </message>
    <message>
        <source>Select the passage in the reader first, then re-attach the annotation to it</source>
        <translation>Wählen Sie zuerst die Textstelle im Leser aus und verankern Sie die Anmerkung dann dort neu</translation>
    </message>
    <message>
        <source>Re-attached to “%1”</source>
        <translation>An „%1“ neu verankert</translation>
    </message>
    <message>
        <source>New Label</source>
        <translation>Neues Label</translation>
    </message>
    <message>
        <source>Edit Label</source>
        <translation>Label bearbeiten</translation>
    </message>
    <message>
        <source>Label Passage as %1</source>
        <translation>Textstelle als %1 kennzeichnen</translation>
    </message>
    <message>
        <source>Could not connect to the team database: %1</source>
        <translation>Verbindung zur Team-Datenbank fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Annotations now come from the team database %1</source>
        <translation>Die Anmerkungen kommen jetzt aus der Team-Datenbank %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Your version of the annotation was stored</source>
        <translation>Ihre Fassung der Anmerkung wurde gespeichert</translation>
    </message>
    <message>
        <source>The stored version of the annotation was kept</source>
        <translation>Die gespeicherte Fassung der Anmerkung wurde behalten</translation>
    </message>
</context>
<context>
    <name>Lectern::App::EntityController</name>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>&amp;Highlight All Like This…</source>
        <translation>Alle solchen &amp;hervorheben…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Make the selected name an entity of the bundle, highlighted in every document</source>
        <translation>Den ausgewählten Namen zu einer Entität des Bündels machen, hervorgehoben in jedem Dokument</translation>
    </message>
    <message>
        <source>Next &amp;Mention of the Entity</source>
        <translation>Nächste &amp;Erwähnung der Entität</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Previous M&amp;ention of the Entity</source>
        <translation>&amp;Vorherige Erwähnung der Entität</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>Select a name in the text first (up to 200 characters).</source>
        <translation>Wählen Sie zuerst einen Namen im Text aus (bis zu 200 Zeichen).</translation>
    </message>
    <message>
        <source>Highlight All Like This</source>
        <translation>Alle solchen hervorheben</translation>
    </message>
    <message>
        <source>Highlight every “%1” in the bundle as:</source>
        <translation>Jedes „%1“ im Bündel hervorheben als:</translation>
    </message>
    <message>
        <source>“%1” is now an entity (%2); Undo takes it back.</source>
        <translation>„%1“ ist jetzt eine Entität (%2); Rückgängig nimmt das zurück.</translation>
    </message>
    <message>
        <source>%1 is not mentioned in this bundle</source>
        <translation>%1 wird in diesem Bündel nicht erwähnt</translation>
    </message>
    <message>
        <source>%1: mention %2 of %3</source>
        <translation>%1: Erwähnung %2 von %3</translation>
    </message>
    <message>
        <source>Accept “%1” as %2</source>
        <translation>„%1“ als %2 annehmen</translation>
    </message>
    <message>
        <source>Accept “%1” As</source>
        <translation>„%1“ annehmen als</translation>
    </message>
    <message>
        <source>Reject the Suggestion “%1”</source>
        <translation>Vorschlag „%1“ ablehnen</translation>
    </message>
</context>
<context>
    <name>Lectern::App::ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>Anmerkungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write excerpts and notes as Markdown, HTML, CSV, Web Annotations, REFI-QDA, ODT, PDF or a clean corpus</source>
        <translation>Auszüge und Notizen als Markdown, HTML, CSV, Web Annotations, REFI-QDA, ODT, PDF oder bereinigtes Korpus schreiben</translation>
    </message>
    <message>
        <source>Bring the annotations of a W3C Web Annotation (JSON-LD) or REFI-QDA (.qdpx) file into this bundle</source>
        <translation>Die Anmerkungen einer W3C-Web-Annotation-Datei (JSON-LD) oder REFI-QDA-Datei (.qdpx) in dieses Bündel übernehmen</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Anmerkungen importieren</translation>
    </message>
    <message>
        <source>Annotations (*.jsonld *.json *.qdpx);;All files (*)</source>
        <translation>Anmerkungen (*.jsonld *.json *.qdpx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The bundle&apos;s annotations are read-only here; nothing was imported.</source>
        <translation>Die Anmerkungen des Bündels sind hier schreibgeschützt; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung importiert</numerusform>
            <numerusform>%n Anmerkungen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were already in the bundle</source>
        <translation>
            <numerusform>; %n war bereits im Bündel</numerusform>
            <numerusform>; %n waren bereits im Bündel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be placed in any document</source>
        <translation>
            <numerusform>; %n konnte keinem Dokument zugeordnet werden</numerusform>
            <numerusform>; %n konnten keinem Dokument zugeordnet werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding the imported passages in the bundle’s documents…</source>
        <translation>Die importierten Textstellen werden in den Dokumenten des Bündels gesucht…</translation>
    </message>
</context>
<context>
    <name>Lectern::App::MainWindow</name>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>Open a bundle to start reading: File › Open Bundle (Ctrl+O), or drop an index file or folder here.</source>
        <translation>Öffnen Sie ein Bündel, um mit dem Lesen zu beginnen: Datei › Bündel öffnen (Ctrl+O), oder ziehen Sie eine Indexdatei oder einen Ordner hierher.</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Bundle…</source>
        <translation>Bündel ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Bundle</source>
        <translation>Bündel öffnen</translation>
    </message>
    <message>
        <source>Bundle indexes (*.json *.jsonl *.ndjson *.csv *.tsv *.txt *.lst);;All files (*)</source>
        <translation>Bündel-Indizes (*.json *.jsonl *.ndjson *.csv *.tsv *.txt *.lst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Folder as Bundle…</source>
        <translation>&amp;Ordner als Bündel öffnen…</translation>
    </message>
    <message>
        <source>Open Folder as Bundle</source>
        <translation>Ordner als Bündel öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Find &amp;Document</source>
        <translation>&amp;Dokument suchen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Next Document</source>
        <translation>&amp;Nächstes Dokument</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Previous Document</source>
        <translation>&amp;Vorheriges Dokument</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>Über &amp;Lectern</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Reading the index…</source>
        <translation>Der Index wird gelesen…</translation>
    </message>
    <message>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <source>Nothing could be opened from %1. The Problems panel says why.</source>
        <translation>Aus %1 konnte nichts geöffnet werden. Der Bereich Probleme nennt den Grund.</translation>
    </message>
    <message>
        <source> (checking cancelled)</source>
        <translation> (Prüfung abgebrochen)</translation>
    </message>
    <message>
        <source>This document cannot be shown: %1</source>
        <translation>Dieses Dokument kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>No bundle open</source>
        <translation>Kein Bündel geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n error(s)</source>
        <translation>
            <numerusform> — %n Fehler</numerusform>
            <numerusform> — %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source> — checking documents…</source>
        <translation> — Dokumente werden geprüft…</translation>
    </message>
    <message>
        <source> (segmentation stopped)</source>
        <translation> (Segmentierung angehalten)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Allow Paths &amp;Outside the Bundle&apos;s Folder</source>
        <translation>Pfade &amp;außerhalb des Bündelordners zulassen</translation>
    </message>
    <message>
        <source>Open documents whose index paths lead outside the folder of the index (off by default)</source>
        <translation>Dokumente öffnen, deren Indexpfade aus dem Ordner des Index hinausführen (standardmäßig aus)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find in Document…</source>
        <translation>Im Dokument &amp;suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>&amp;Search the Bundle…</source>
        <translation>Im &amp;Bündel suchen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Show &amp;Source</source>
        <translation>&amp;Quelltext anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message numerus="yes">
        <source>Segmenting %n document(s)…</source>
        <translation>
            <numerusform>%n Dokument wird segmentiert…</numerusform>
            <numerusform>%n Dokumente werden segmentiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Full Text</source>
        <translation>&amp;Volltext</translation>
    </message>
    <message>
        <source>&amp;Main Article</source>
        <translation>&amp;Hauptartikel</translation>
    </message>
    <message>
        <source>&amp;Unique Content</source>
        <translation>&amp;Einmaliger Inhalt</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>%1% boilerplate</source>
        <translation>%1 % Seitenbeiwerk</translation>
    </message>
    <message numerus="yes">
        <source> — %n warning(s)</source>
        <translation>
            <numerusform> — %n Warnung</numerusform>
            <numerusform> — %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>A&amp;nmerkungen</translation>
    </message>
    <message>
        <source>annotations: %1</source>
        <translation>Anmerkungen: %1</translation>
    </message>
    <message>
        <source>the annotations cannot be opened: %1</source>
        <translation>die Anmerkungen können nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source> (another place for them: %1)</source>
        <translation> (ein anderer Ort dafür: %1)</translation>
    </message>
    <message>
        <source>the annotations cannot be read: %1</source>
        <translation>die Anmerkungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the annotations are open read-only; %1</source>
        <translation>die Anmerkungen sind schreibgeschützt geöffnet; %1</translation>
    </message>
    <message>
        <source>The document&apos;s structure: title, articles and their headings, boilerplate and copied passages</source>
        <translation>Der Aufbau des Dokuments: Titel, Artikel und ihre Zwischenüberschriften, Seitenbeiwerk und kopierte Passagen</translation>
    </message>
    <message>
        <source>Go to the Canonical Copy in “%1”</source>
        <translation>Zum maßgeblichen Exemplar in „%1“ gehen</translation>
    </message>
    <message>
        <source>&amp;Next Reading Mode</source>
        <translation>&amp;Nächster Lesemodus</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Full text, then the main article, then only what is new, then the full text again</source>
        <translation>Volltext, dann der Hauptartikel, dann nur das Neue, dann wieder der Volltext</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Next &amp;Article</source>
        <translation>Nächster &amp;Artikel</translation>
    </message>
    <message>
        <source>No other article after this one</source>
        <translation>Nach diesem folgt kein weiterer Artikel</translation>
    </message>
    <message>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <source>Previous A&amp;rticle</source>
        <translation>Vorheriger A&amp;rtikel</translation>
    </message>
    <message>
        <source>No other article before this one</source>
        <translation>Vor diesem steht kein weiterer Artikel</translation>
    </message>
    <message>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <source>Next Anno&amp;tation</source>
        <translation>Nächs&amp;te Anmerkung</translation>
    </message>
    <message>
        <source>No annotation after this point</source>
        <translation>Nach dieser Stelle folgt keine Anmerkung</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Previous Annotat&amp;ion</source>
        <translation>Vorher&amp;ige Anmerkung</translation>
    </message>
    <message>
        <source>No annotation before this point</source>
        <translation>Vor dieser Stelle steht keine Anmerkung</translation>
    </message>
    <message>
        <source>Shift+F7</source>
        <translation>Shift+F7</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <source>copy (%1%)</source>
        <translation>Kopie (%1 %)</translation>
    </message>
    <message>
        <source>A copy of “%1”: %2% of its passages are there</source>
        <translation>Eine Kopie von „%1“: %2 % seiner Passagen stehen dort</translation>
    </message>
    <message>
        <source>Another article follows the main one</source>
        <translation>Auf den Hauptartikel folgt ein weiterer Artikel</translation>
    </message>
    <message>
        <source>%1% of the text is boilerplate</source>
        <translation>%1 % des Textes sind Seitenbeiwerk</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the Problems panel</source>
        <translation>Den Bereich Probleme anzeigen</translation>
    </message>
    <message>
        <source>+ article</source>
        <translation>+ Artikel</translation>
    </message>
    <message>
        <source>Show the document as written (HTML, Markdown, JSON, a web archive&apos;s record) highlighted, or a PDF&apos;s page as it is laid out</source>
        <translation>Das Dokument so zeigen, wie es geschrieben ist (HTML, Markdown, JSON, der Datensatz eines Webarchivs), hervorgehoben, oder die Seite eines PDF so, wie sie gesetzt ist</translation>
    </message>
    <message>
        <source>Poppler drew nothing for page %1</source>
        <translation>Poppler hat für Seite %1 nichts gezeichnet</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli</name>
    <message>
        <source>Refuse documents larger than this many megabytes (default 256).</source>
        <translation>Dokumente ablehnen, die größer als so viele Megabyte sind (Vorgabe 256).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Open documents whose paths lead outside the bundle&apos;s folder.</source>
        <translation>Dokumente öffnen, deren Pfade aus dem Ordner des Bündels hinausführen.</translation>
    </message>
    <message>
        <source>The bundle: an index file (manifest, list, CSV, TSV, JSON Lines) or a folder.</source>
        <translation>Das Bündel: eine Indexdatei (Manifest, Liste, CSV, TSV, JSON Lines) oder ein Ordner.</translation>
    </message>
    <message>
        <source>lectern-cli: name exactly one INDEX (an index file or a folder)</source>
        <translation>lectern-cli: Geben Sie genau einen INDEX an (eine Indexdatei oder einen Ordner)</translation>
    </message>
    <message>
        <source>lectern-cli: name the INDEX (an index file or a folder), then %1</source>
        <translation>lectern-cli: Geben Sie den INDEX an (eine Indexdatei oder einen Ordner), danach %1</translation>
    </message>
    <message>
        <source>lectern-cli: --max-document-size needs a positive number of megabytes, at most %1</source>
        <translation>lectern-cli: --max-document-size braucht eine positive Zahl von Megabyte, höchstens %1</translation>
    </message>
    <message>
        <source>lectern-cli: nothing could be loaded from %1</source>
        <translation>lectern-cli: aus %1 konnte nichts geladen werden</translation>
    </message>
    <message>
        <source>lectern-cli %1: the entity decisions were not applied: %2</source>
        <translation>lectern-cli %1: die Entscheidungen zu Entitäten wurden nicht angewandt: %2</translation>
    </message>
    <message>
        <source>lectern-cli %1: no decision was kept: %2</source>
        <translation>lectern-cli %1: keine Entscheidung wurde gespeichert: %2</translation>
    </message>
    <message numerus="yes">
        <source>lectern-cli %1: kept %n entity decision(s) in %2</source>
        <translation>
            <numerusform>lectern-cli %1: %n Entscheidung zu Entitäten in %2 gespeichert</numerusform>
            <numerusform>lectern-cli %1: %n Entscheidungen zu Entitäten in %2 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>lectern-cli entities: --%1 takes two names joined by &apos;=&apos;, not “%2”</source>
        <translation>lectern-cli entities: --%1 erwartet zwei durch „=“ verbundene Namen, nicht „%2“</translation>
    </message>
    <message>
        <source>lectern-cli entities: “%1” is not a category name</source>
        <translation>lectern-cli entities: „%1“ ist kein Kategoriename</translation>
    </message>
    <message>
        <source>lectern-cli entities: --reject needs a name</source>
        <translation>lectern-cli entities: --reject braucht einen Namen</translation>
    </message>
    <message>
        <source>Find the gazetteer&apos;s entities in every document, with counts and positions; optionally suggest new ones.</source>
        <translation>Die Entitäten der Namensliste in jedem Dokument finden, mit Anzahlen und Positionen; auf Wunsch neue vorschlagen.</translation>
    </message>
    <message>
        <source>Print JSON (see docs/formats.md); offsets in code points, end exclusive.</source>
        <translation>JSON ausgeben (siehe docs/formats.md); Positionen in Codepunkten, Ende ausschließlich.</translation>
    </message>
    <message>
        <source>Use this gazetteer instead of the one the manifest names.</source>
        <translation>Diese Namensliste statt der im Manifest genannten verwenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Add ranked candidate entities mined from the bundle.</source>
        <translation>Aus dem Bündel gewonnene, nach Rang geordnete Kandidaten für Entitäten hinzufügen.</translation>
    </message>
    <message>
        <source>Read the entity decisions from this database instead of the bundle&apos;s own.</source>
        <translation>Die Entscheidungen zu Entitäten aus dieser Datenbank statt aus der des Bündels lesen.</translation>
    </message>
    <message>
        <source>Use the gazetteer file as it is, without the decisions made in the reader.</source>
        <translation>Die Namensliste so verwenden, wie sie ist, ohne die im Leser getroffenen Entscheidungen.</translation>
    </message>
    <message>
        <source>Make NAME an entity of CATEGORY, or give the entity NAME that category (repeatable).</source>
        <translation>NAME zu einer Entität der KATEGORIE machen oder der Entität NAME diese Kategorie geben (wiederholbar).</translation>
    </message>
    <message>
        <source>NAME=CATEGORY</source>
        <translation>NAME=KATEGORIE</translation>
    </message>
    <message>
        <source>Stop highlighting the entity NAME, or never suggest NAME again (repeatable).</source>
        <translation>Die Entität NAME nicht mehr hervorheben oder NAME nie wieder vorschlagen (wiederholbar).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Call the entity OLD by NEW; OLD stays an alias (repeatable).</source>
        <translation>Die Entität ALT künftig NEU nennen; ALT bleibt ein Alias (wiederholbar).</translation>
    </message>
    <message>
        <source>OLD=NEW</source>
        <translation>ALT=NEU</translation>
    </message>
    <message>
        <source>Make the entity NAME and its aliases aliases of the entity INTO (repeatable).</source>
        <translation>Die Entität NAME und ihre Aliasse zu Aliassen der Entität ZIEL machen (wiederholbar).</translation>
    </message>
    <message>
        <source>NAME=INTO</source>
        <translation>NAME=ZIEL</translation>
    </message>
    <message>
        <source>lectern-cli entities: --ignore-decisions cannot be combined with decisions to keep</source>
        <translation>lectern-cli entities: --ignore-decisions lässt sich nicht mit zu speichernden Entscheidungen kombinieren</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions:</source>
        <translation>Vorschläge:</translation>
    </message>
    <message>
        <source>Use this SQLite database instead of the bundle&apos;s own.</source>
        <translation>Diese SQLite-Datenbank statt der des Bündels verwenden.</translation>
    </message>
    <message>
        <source>lectern-cli %1: the bundle has no annotations yet (no database at %2)</source>
        <translation>lectern-cli %1: das Bündel hat noch keine Anmerkungen (keine Datenbank unter %2)</translation>
    </message>
    <message>
        <source>Only this document (repeat for several).</source>
        <translation>Nur dieses Dokument (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only this label and the labels below it.</source>
        <translation>Nur dieses Label und die Labels darunter.</translation>
    </message>
    <message>
        <source>Only claims with this status: unverified, supported, disputed, refuted (repeatable).</source>
        <translation>Nur Behauptungen mit diesem Status: unverified, supported, disputed, refuted (wiederholbar).</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only annotations with this tag (repeatable).</source>
        <translation>Nur Anmerkungen mit diesem Schlagwort (wiederholbar).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>SCHLAGWORT</translation>
    </message>
    <message>
        <source>Only excerpts that mention this entity.</source>
        <translation>Nur Auszüge, die diese Entität erwähnen.</translation>
    </message>
    <message>
        <source>Only annotations whose quote or note contains this.</source>
        <translation>Nur Anmerkungen, deren Zitat oder Notiz dies enthält.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Leave out annotations whose quote is no longer found.</source>
        <translation>Anmerkungen weglassen, deren Zitat nicht mehr gefunden wird.</translation>
    </message>
    <message>
        <source>lectern-cli: unknown status “%1” (unverified, supported, disputed, refuted)</source>
        <translation>lectern-cli: unbekannter Status „%1“ (unverified, supported, disputed, refuted)</translation>
    </message>
    <message>
        <source>Export the bundle&apos;s annotations (or, with --format jsonl, its clean corpus).</source>
        <translation>Die Anmerkungen des Bündels exportieren (oder mit --format jsonl sein bereinigtes Korpus).</translation>
    </message>
    <message>
        <source>md, html, csv, jsonld, qdpx, qdc, odt, pdf or jsonl.</source>
        <translation>md, html, csv, jsonld, qdpx, qdc, odt, pdf oder jsonl.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write; - writes a text format to standard output.</source>
        <translation>Die zu schreibende Datei; - schreibt ein Textformat auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Group excerpts by document, label or claim (md, html, odt, pdf).</source>
        <translation>Auszüge nach Dokument, Label oder Behauptung gruppieren (md, html, odt, pdf).</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>Start a CSV file with a byte order mark (for spreadsheet programs).</source>
        <translation>Eine CSV-Datei mit einer Byte-Order-Mark beginnen (für Tabellenkalkulationen).</translation>
    </message>
    <message>
        <source>Write CSV cells that start with = + - @ as they are, without the &apos; that keeps spreadsheet programs from running them.</source>
        <translation>CSV-Zellen, die mit = + - @ beginnen, unverändert schreiben, ohne das &apos;, das Tabellenkalkulationen daran hindert, sie auszuführen.</translation>
    </message>
    <message>
        <source>Name entities from this gazetteer instead of the bundle&apos;s.</source>
        <translation>Entitäten aus dieser Namensliste statt aus der des Bündels benennen.</translation>
    </message>
    <message>
        <source>lectern-cli export: name the format with --format (md, html, csv, jsonld, qdpx, qdc, odt, pdf, jsonl)</source>
        <translation>lectern-cli export: Geben Sie das Format mit --format an (md, html, csv, jsonld, qdpx, qdc, odt, pdf, jsonl)</translation>
    </message>
    <message>
        <source>lectern-cli export: name the file to write with --out FILE</source>
        <translation>lectern-cli export: Geben Sie die zu schreibende Datei mit --out DATEI an</translation>
    </message>
    <message>
        <source>lectern-cli export: --group takes document, label or claim</source>
        <translation>lectern-cli export: --group erwartet document, label oder claim</translation>
    </message>
    <message>
        <source>lectern-cli export: %1 is not text; name a file with --out</source>
        <translation>lectern-cli export: %1 ist kein Text; geben Sie mit --out eine Datei an</translation>
    </message>
    <message numerus="yes">
        <source>lectern-cli export: wrote %n document(s) to %1</source>
        <translation>
            <numerusform>lectern-cli export: %n Dokument nach %1 geschrieben</numerusform>
            <numerusform>lectern-cli export: %n Dokumente nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lectern-cli export: wrote %n annotation(s) to %1</source>
        <translation>
            <numerusform>lectern-cli export: %n Anmerkung nach %1 geschrieben</numerusform>
            <numerusform>lectern-cli export: %n Anmerkungen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring the annotations of a W3C Web Annotation (JSON-LD) or REFI-QDA (.qdpx) file into the bundle.</source>
        <translation>Die Anmerkungen einer W3C-Web-Annotation-Datei (JSON-LD) oder REFI-QDA-Datei (.qdpx) in das Bündel übernehmen.</translation>
    </message>
    <message>
        <source>The .jsonld/.json or .qdpx file.</source>
        <translation>Die .jsonld-/.json- oder .qdpx-Datei.</translation>
    </message>
    <message>
        <source>lectern-cli import: name the file to import after the index</source>
        <translation>lectern-cli import: Geben Sie nach dem Index die zu importierende Datei an</translation>
    </message>
    <message>
        <source>lectern-cli import: cannot read %1: %2</source>
        <translation>lectern-cli import: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>lectern-cli import: the database is read-only; nothing was imported</source>
        <translation>lectern-cli import: die Datenbank ist schreibgeschützt; es wurde nichts importiert</translation>
    </message>
    <message numerus="yes">
        <source>lectern-cli import: imported %n annotation(s)</source>
        <translation>
            <numerusform>lectern-cli import: %n Anmerkung importiert</numerusform>
            <numerusform>lectern-cli import: %n Anmerkungen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the bundle</source>
        <translation>
            <numerusform>, %n bereits im Bündel</numerusform>
            <numerusform>, %n bereits im Bündel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be placed (listed above)</source>
        <translation>
            <numerusform>, %n konnte nicht zugeordnet werden (siehe oben)</numerusform>
            <numerusform>, %n konnten nicht zugeordnet werden (siehe oben)</numerusform>
        </translation>
    </message>
    <message>
        <source>List the bundle&apos;s annotations; positions in code points, end exclusive.</source>
        <translation>Die Anmerkungen des Bündels auflisten; Positionen in Codepunkten, Ende ausschließlich.</translation>
    </message>
    <message>
        <source>Print JSON (see docs/formats.md).</source>
        <translation>JSON ausgeben (siehe docs/formats.md).</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung</numerusform>
            <numerusform>%n Anmerkungen</numerusform>
        </translation>
    </message>
    <message>
        <source>List a bundle&apos;s documents and every problem found in it.</source>
        <translation>Die Dokumente eines Bündels und jedes darin gefundene Problem auflisten.</translation>
    </message>
    <message>
        <source>Print JSON (see docs/formats.md) instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben (siehe docs/formats.md).</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 (%2, %n document(s)) at %3</source>
        <translation>
            <numerusform>Bündel %1 (%2, %n Dokument) unter %3</numerusform>
            <numerusform>Bündel %1 (%2, %n Dokumente) unter %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment every document: titles, body, boilerplate, trailers, duplicated passages.</source>
        <translation>Jedes Dokument segmentieren: Titel, Haupttext, Seitenbeiwerk, Nebenartikel, doppelte Passagen.</translation>
    </message>
    <message>
        <source>Leave out the white space between blocks.</source>
        <translation>Den Leerraum zwischen Blöcken weglassen.</translation>
    </message>
    <message>
        <source>Write each document&apos;s main article body to DIR/&lt;id&gt;.txt (no title, boilerplate or trailer).</source>
        <translation>Den Haupttext des Hauptartikels jedes Dokuments nach ORDNER/&lt;id&gt;.txt schreiben (ohne Titel, Seitenbeiwerk oder Nebenartikel).</translation>
    </message>
    <message>
        <source>Folder to write into (made when missing).</source>
        <translation>Ordner, in den geschrieben wird (wird angelegt, wenn er fehlt).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>lectern-cli extract: name the folder to write into with --out DIR</source>
        <translation>lectern-cli extract: Geben Sie den Zielordner mit --out ORDNER an</translation>
    </message>
    <message>
        <source>lectern-cli extract: cannot make the folder %1</source>
        <translation>lectern-cli extract: der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>lectern-cli extract: &quot;%1&quot; and &quot;%2&quot; share the file name %3; writing %4</source>
        <translation>lectern-cli extract: „%1“ und „%2“ ergeben denselben Dateinamen %3; geschrieben wird %4</translation>
    </message>
    <message>
        <source>lectern-cli extract: %1: %2</source>
        <translation>lectern-cli extract: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>lectern-cli extract: wrote %n file(s) to %1</source>
        <translation>
            <numerusform>lectern-cli extract: %n Datei nach %1 geschrieben</numerusform>
            <numerusform>lectern-cli extract: %n Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be written (see above)</source>
        <translation>
            <numerusform>; %n konnte nicht geschrieben werden (siehe oben)</numerusform>
            <numerusform>; %n konnten nicht geschrieben werden (siehe oben)</numerusform>
        </translation>
    </message>
    <message>
        <source>List clusters of near-duplicate documents and of repeated passages, with their canonical copies.</source>
        <translation>Gruppen nahezu doppelter Dokumente und wiederholter Passagen auflisten, mit ihren maßgeblichen Exemplaren.</translation>
    </message>
    <message>
        <source>Leave out repeated passages shorter than N words (default 1).</source>
        <translation>Wiederholte Passagen mit weniger als N Wörtern weglassen (Vorgabe 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated passage(s); --json lists them</source>
        <translation>
            <numerusform>%n wiederholte Passage; --json listet sie auf</numerusform>
            <numerusform>%n wiederholte Passagen; --json listet sie auf</numerusform>
        </translation>
    </message>
    <message>
        <source>list a bundle&apos;s documents and problems</source>
        <translation>die Dokumente und Probleme eines Bündels auflisten</translation>
    </message>
    <message>
        <source>label every passage: title, body, boilerplate, trailer, duplicate</source>
        <translation>jede Passage kennzeichnen: Titel, Haupttext, Seitenbeiwerk, Nebenartikel, Dublette</translation>
    </message>
    <message>
        <source>find the gazetteer&apos;s entities across the bundle; --suggest mines new ones</source>
        <translation>die Entitäten der Namensliste im ganzen Bündel finden; --suggest gewinnt neue</translation>
    </message>
    <message>
        <source>write each document&apos;s main article text to a folder</source>
        <translation>den Text des Hauptartikels jedes Dokuments in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>write annotations as md, html, csv, jsonld, qdpx, qdc, odt, pdf; jsonl writes the clean corpus</source>
        <translation>Anmerkungen als md, html, csv, jsonld, qdpx, qdc, odt, pdf schreiben; jsonl schreibt das bereinigte Korpus</translation>
    </message>
    <message>
        <source>bring a W3C JSON-LD or REFI-QDA .qdpx file&apos;s annotations into the bundle</source>
        <translation>die Anmerkungen einer W3C-JSON-LD- oder REFI-QDA-.qdpx-Datei in das Bündel übernehmen</translation>
    </message>
    <message>
        <source>list the bundle&apos;s annotations (--json for positions, labels, notes)</source>
        <translation>die Anmerkungen des Bündels auflisten (--json für Positionen, Labels, Notizen)</translation>
    </message>
    <message>
        <source>list near-duplicate documents and repeated passages</source>
        <translation>nahezu doppelte Dokumente und wiederholte Passagen auflisten</translation>
    </message>
    <message>
        <source>Usage: lectern-cli COMMAND INDEX [options]</source>
        <translation>Aufruf: lectern-cli BEFEHL INDEX [Optionen]</translation>
    </message>
    <message>
        <source>Lectern&apos;s headless tool: every job the reader does, scriptable.</source>
        <translation>Lecterns Werkzeug ohne Oberfläche: jede Aufgabe des Lesers, per Skript steuerbar.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>lectern-cli COMMAND --help describes a command&apos;s options.</source>
        <translation>lectern-cli BEFEHL --help beschreibt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Options: --help, --version</source>
        <translation>Optionen: --help, --version</translation>
    </message>
    <message>
        <source>lectern-cli: unknown command “%1”; lectern-cli --help lists the commands</source>
        <translation>lectern-cli: unbekannter Befehl „%1“; lectern-cli --help listet die Befehle auf</translation>
    </message>
    <message>
        <source>Refuse an archive that unpacks to more than this many megabytes (default %1).</source>
        <translation>Ein Archiv ablehnen, das entpackt mehr als so viele Megabyte ergibt (Vorgabe %1).</translation>
    </message>
    <message>
        <source>Cut notes longer than this many thousand (1,024) characters, and say so (default %1).</source>
        <translation>Notizen, die länger als so viele Tausend (1.024) Zeichen sind, kürzen und dies melden (Vorgabe %1).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>lectern-cli import: --max-import-size and --max-note-size need a positive whole number</source>
        <translation>lectern-cli import: --max-import-size und --max-note-size brauchen eine positive ganze Zahl</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::AnnotationListModel</name>
    <message>
        <source>unverified</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>gestützt</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>umstritten</translation>
    </message>
    <message>
        <source>refuted</source>
        <translation>widerlegt</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>⚠ not found: %1</source>
        <translation>⚠ nicht gefunden: %1</translation>
    </message>
    <message>
        <source>This passage is no longer in the document&apos;s text. Select where it went in the reader and choose “Re-attach to Selection”, or delete the annotation.

%1</source>
        <translation>Diese Textstelle steht nicht mehr im Text des Dokuments. Wählen Sie im Leser aus, wohin sie gewandert ist, und wählen Sie „An Auswahl neu verankern“, oder löschen Sie die Anmerkung.

%1</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::AnnotationStore</name>
    <message>
        <source>%1: the annotation names no document.</source>
        <translation>%1: Die Anmerkung nennt kein Dokument.</translation>
    </message>
    <message>
        <source>%1: the passage&apos;s range %2–%3 is not valid.</source>
        <translation>%1: Der Bereich %2–%3 der Textstelle ist ungültig.</translation>
    </message>
    <message>
        <source>%1: a label needs a name.</source>
        <translation>%1: Ein Label braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a colour of the form #RRGGBB.</source>
        <translation>%1: „%2“ ist keine Farbe der Form #RRGGBB.</translation>
    </message>
    <message>
        <source>Opening the annotation database</source>
        <translation>Öffnen der Anmerkungsdatenbank</translation>
    </message>
    <message>
        <source>Opening the annotation database failed.</source>
        <translation>Das Öffnen der Anmerkungsdatenbank ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an annotation database. Keep this bundle&apos;s annotations in “%2” instead.</source>
        <translation>„%1“ ist ein Ordner, keine Anmerkungsdatenbank. Bewahren Sie die Anmerkungen dieses Bündels stattdessen in „%2“ auf.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link. Lectern does not open annotation databases through links (a link can lead to another bundle&apos;s annotations), so nothing was opened or changed. Put the database itself there, or keep this bundle&apos;s annotations in “%2” instead.</source>
        <translation>„%1“ ist eine symbolische Verknüpfung. Lectern öffnet Anmerkungsdatenbanken nicht über Verknüpfungen (eine Verknüpfung kann zu den Anmerkungen eines anderen Bündels führen), daher wurde nichts geöffnet oder geändert. Legen Sie die Datenbank selbst dort ab, oder bewahren Sie die Anmerkungen dieses Bündels stattdessen in „%2“ auf.</translation>
    </message>
    <message>
        <source>Lectern cannot read the annotation database “%1”.</source>
        <translation>Lectern kann die Anmerkungsdatenbank „%1“ nicht lesen.</translation>
    </message>
    <message>
        <source>“%1” is not an annotation database (it is not an SQLite file), so Lectern neither opened nor changed it. Move it out of the way, or keep this bundle&apos;s annotations in “%2” instead.</source>
        <translation>„%1“ ist keine Anmerkungsdatenbank (keine SQLite-Datei), daher hat Lectern sie weder geöffnet noch geändert. Verschieben Sie sie, oder bewahren Sie die Anmerkungen dieses Bündels stattdessen in „%2“ auf.</translation>
    </message>
    <message>
        <source>There is no annotation database at “%1” yet.</source>
        <translation>Unter „%1“ gibt es noch keine Anmerkungsdatenbank.</translation>
    </message>
    <message>
        <source>Lectern cannot create the annotation database “%1”: the folder cannot be written. Keep this bundle&apos;s annotations in “%2” instead.</source>
        <translation>Lectern kann die Anmerkungsdatenbank „%1“ nicht anlegen: In den Ordner kann nicht geschrieben werden. Bewahren Sie die Anmerkungen dieses Bündels stattdessen in „%2“ auf.</translation>
    </message>
    <message>
        <source>The annotations in “%1” are read-only here (the file or its folder cannot be written): they are shown, but changes cannot be saved.</source>
        <translation>Die Anmerkungen in „%1“ sind hier schreibgeschützt (in die Datei oder ihren Ordner kann nicht geschrieben werden): Sie werden angezeigt, aber Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>“%1” is damaged or is not an annotation database, so Lectern did not change it. Restore it from a backup, or keep this bundle&apos;s annotations in “%2” instead.</source>
        <translation>„%1“ ist beschädigt oder keine Anmerkungsdatenbank, daher hat Lectern sie nicht geändert. Stellen Sie sie aus einer Sicherung wieder her, oder bewahren Sie die Anmerkungen dieses Bündels stattdessen in „%2“ auf.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not Lectern&apos;s annotations, so Lectern did not change it. Move it out of the way, or keep this bundle&apos;s annotations in “%2” instead.</source>
        <translation>„%1“ ist eine Datenbank, aber nicht mit Lecterns Anmerkungen, daher hat Lectern sie nicht geändert. Verschieben Sie sie, oder bewahren Sie die Anmerkungen dieses Bündels stattdessen in „%2“ auf.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Lectern (annotation schema %2; this Lectern knows up to %3). Lectern did not change it: update Lectern to open these annotations.</source>
        <translation>„%1“ wurde von einem neueren Lectern geschrieben (Anmerkungsschema %2; dieses Lectern kennt bis %3). Lectern hat sie nicht geändert: Aktualisieren Sie Lectern, um diese Anmerkungen zu öffnen.</translation>
    </message>
    <message>
        <source>The annotation database “%1” is damaged: %2 missing. Lectern opened it read-only so that nothing more is lost; restore it from a backup, or keep new annotations elsewhere.</source>
        <translation>Die Anmerkungsdatenbank „%1“ ist beschädigt: %2 fehlt. Lectern hat sie schreibgeschützt geöffnet, damit nicht mehr verloren geht; stellen Sie sie aus einer Sicherung wieder her, oder bewahren Sie neue Anmerkungen anderswo auf.</translation>
    </message>
    <message>
        <source>“%1” was written by an older Lectern and must be upgraded, but it cannot be written here. Open it where it can be written, or keep this bundle&apos;s annotations in “%2”.</source>
        <translation>„%1“ wurde von einem älteren Lectern geschrieben und muss aktualisiert werden, aber hier kann nicht hineingeschrieben werden. Öffnen Sie sie dort, wo sie beschreibbar ist, oder bewahren Sie die Anmerkungen dieses Bündels in „%2“ auf.</translation>
    </message>
    <message>
        <source>This Lectern cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (QPSQL; on Debian the package libqt6sql6-psql) is not installed.</source>
        <translation>Dieses Lectern erreicht PostgreSQL nicht: Qts PostgreSQL-Treiber (QPSQL; unter Debian das Paket libqt6sql6-psql) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The team&apos;s annotations at %1 were opened read-only.</source>
        <translation>Die Anmerkungen des Teams unter %1 wurden schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Lectern could not connect to the team&apos;s annotation database %1. Check the host, port, database, user and password, and that the server is running.</source>
        <translation>Lectern konnte keine Verbindung zur Anmerkungsdatenbank des Teams %1 herstellen. Prüfen Sie Host, Port, Datenbank, Benutzer und Passwort und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The database %1 holds other tables but not Lectern&apos;s annotations, so Lectern did not change it. Give the team&apos;s annotations a database of their own.</source>
        <translation>Die Datenbank %1 enthält andere Tabellen, aber nicht Lecterns Anmerkungen, daher hat Lectern sie nicht geändert. Geben Sie den Anmerkungen des Teams eine eigene Datenbank.</translation>
    </message>
    <message>
        <source>The team&apos;s database %1 was set up by a newer Lectern (annotation schema %2; this Lectern knows up to %3). Lectern did not change it: update Lectern to work with it.</source>
        <translation>Die Team-Datenbank %1 wurde von einem neueren Lectern eingerichtet (Anmerkungsschema %2; dieses Lectern kennt bis %3). Lectern hat sie nicht geändert: Aktualisieren Sie Lectern, um damit zu arbeiten.</translation>
    </message>
    <message>
        <source>The team&apos;s database %1 is damaged: %2 missing. Lectern opened it read-only so that nothing more is lost; ask whoever runs the server to restore it.</source>
        <translation>Die Team-Datenbank %1 ist beschädigt: %2 fehlt. Lectern hat sie schreibgeschützt geöffnet, damit nicht mehr verloren geht; bitten Sie die Betreiber des Servers, sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>The team&apos;s database %1 must be upgraded, but it was opened read-only.</source>
        <translation>Die Team-Datenbank %1 muss aktualisiert werden, wurde aber schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Preparing the annotation database</source>
        <translation>Vorbereiten der Anmerkungsdatenbank</translation>
    </message>
    <message>
        <source>these annotations were opened read-only.</source>
        <translation>Diese Anmerkungen wurden schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation> Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Reading the annotations</source>
        <translation>Lesen der Anmerkungen</translation>
    </message>
    <message>
        <source>The annotation does not exist (any more).</source>
        <translation>Die Anmerkung existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>Saving the new annotation</source>
        <translation>Speichern der neuen Anmerkung</translation>
    </message>
    <message>
        <source>Saving %1 new annotations</source>
        <translation>Speichern von %1 neuen Anmerkungen</translation>
    </message>
    <message>
        <source>%1: the annotation was deleted meanwhile (perhaps by someone else). Nothing was saved.</source>
        <translation>%1: Die Anmerkung wurde inzwischen gelöscht (vielleicht von jemand anderem). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2 changed this annotation meanwhile (version %3; this edit started from version %4). Nothing was overwritten: choose which version to keep.</source>
        <translation>%1: %2 hat diese Anmerkung inzwischen geändert (Version %3; diese Bearbeitung begann mit Version %4). Nichts wurde überschrieben: Wählen Sie, welche Fassung bleiben soll.</translation>
    </message>
    <message>
        <source>Saving the changed annotation</source>
        <translation>Speichern der geänderten Anmerkung</translation>
    </message>
    <message>
        <source>Deleting the annotation</source>
        <translation>Löschen der Anmerkung</translation>
    </message>
    <message>
        <source>Restoring the annotation</source>
        <translation>Wiederherstellen der Anmerkung</translation>
    </message>
    <message>
        <source>%1: only a stored annotation can be restored.</source>
        <translation>%1: Nur eine gespeicherte Anmerkung kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Reading the labels</source>
        <translation>Lesen der Labels</translation>
    </message>
    <message>
        <source>Saving the new label</source>
        <translation>Speichern des neuen Labels</translation>
    </message>
    <message>
        <source>Saving the changed label</source>
        <translation>Speichern des geänderten Labels</translation>
    </message>
    <message>
        <source>%1: a label cannot be placed under itself or its own sub-labels.</source>
        <translation>%1: Ein Label kann nicht unter sich selbst oder seine eigenen Unterlabels gestellt werden.</translation>
    </message>
    <message>
        <source>%1: the label does not exist (any more).</source>
        <translation>%1: Das Label existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>Deleting the label</source>
        <translation>Löschen des Labels</translation>
    </message>
    <message>
        <source>%1: %2 annotation(s) carry this label; give them another label first.</source>
        <translation>%1: %2 Anmerkung(en) tragen dieses Label; geben Sie ihnen zuerst ein anderes Label.</translation>
    </message>
    <message>
        <source>%1: it has %2 sub-label(s); move or delete them first.</source>
        <translation>%1: Es hat %2 Unterlabel(s); verschieben oder löschen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Reading the evidence links</source>
        <translation>Lesen der Beleg-Verknüpfungen</translation>
    </message>
    <message>
        <source>Linking the evidence to the claim</source>
        <translation>Verknüpfen des Belegs mit der Behauptung</translation>
    </message>
    <message>
        <source>%1: a passage cannot be evidence for itself.</source>
        <translation>%1: Eine Textstelle kann kein Beleg für sich selbst sein.</translation>
    </message>
    <message>
        <source>%1: the claim or the evidence does not exist (any more).</source>
        <translation>%1: Die Behauptung oder der Beleg existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>%1: this evidence is already linked to this claim.</source>
        <translation>%1: Dieser Beleg ist bereits mit dieser Behauptung verknüpft.</translation>
    </message>
    <message>
        <source>Unlinking the evidence from the claim</source>
        <translation>Lösen des Belegs von der Behauptung</translation>
    </message>
    <message>
        <source>%1: the link does not exist (any more).</source>
        <translation>%1: Die Verknüpfung existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>Reading the segment labels</source>
        <translation>Lesen der Segment-Labels</translation>
    </message>
    <message>
        <source>Saving the segment&apos;s label</source>
        <translation>Speichern des Segment-Labels</translation>
    </message>
    <message>
        <source>%1: it needs a document, a valid range and a kind.</source>
        <translation>%1: Es braucht ein Dokument, einen gültigen Bereich und eine Art.</translation>
    </message>
    <message>
        <source>Removing the segment&apos;s label</source>
        <translation>Entfernen des Segment-Labels</translation>
    </message>
    <message>
        <source>%1: the segment has no label of yours (any more).</source>
        <translation>%1: Das Segment trägt kein Label (mehr) von Ihnen.</translation>
    </message>
    <message>
        <source>Reading the entity decisions</source>
        <translation>Lesen der Entscheidungen zu Entitäten</translation>
    </message>
    <message>
        <source>Saving the entity decision</source>
        <translation>Speichern der Entscheidung zur Entität</translation>
    </message>
    <message>
        <source>%1: it names no text.</source>
        <translation>%1: Sie nennt keinen Text.</translation>
    </message>
    <message>
        <source>%1: a rename or a merge needs the other name.</source>
        <translation>%1: Ein Umbenennen oder Zusammenführen braucht den anderen Namen.</translation>
    </message>
    <message>
        <source>Removing the entity decision</source>
        <translation>Entfernen der Entscheidung zur Entität</translation>
    </message>
    <message>
        <source>%1: there is no such decision (any more).</source>
        <translation>%1: Eine solche Entscheidung gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>No bundle&apos;s annotations are open.</source>
        <translation>Es sind keine Anmerkungen eines Bündels geöffnet.</translation>
    </message>
    <message>
        <source>The label does not exist (any more).</source>
        <translation>Das Label existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The segment has no label of yours.</source>
        <translation>Das Segment hat kein Label von Ihnen.</translation>
    </message>
    <message>
        <source>There is no such entity decision.</source>
        <translation>Eine solche Entscheidung zur Entität gibt es nicht.</translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>Reading the annotation database</source>
        <translation>Lesen der Anmerkungsdatenbank</translation>
    </message>
    <message>
        <source>%1: another program (perhaps a second Lectern) kept the annotation database busy for longer than Lectern waits. Nothing was saved; try again in a moment.</source>
        <translation>%1: Ein anderes Programm (vielleicht ein zweites Lectern) hat die Anmerkungsdatenbank länger belegt, als Lectern wartet. Es wurde nichts gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1: the annotation database cannot be written here. Nothing was saved.</source>
        <translation>%1: In die Anmerkungsdatenbank kann hier nicht geschrieben werden. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1: the annotation database is damaged or is not a database.</source>
        <translation>%1: Die Anmerkungsdatenbank ist beschädigt oder keine Datenbank.</translation>
    </message>
    <message>
        <source>%1: the disk is full. Nothing was saved.</source>
        <translation>%1: Der Datenträger ist voll. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1: it refers to a label or an annotation that does not exist, or it is already there.</source>
        <translation>%1: Es verweist auf ein Label oder eine Anmerkung, die es nicht gibt, oder ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>%1: the server accepts no changes. Nothing was saved.</source>
        <translation>%1: Der Server nimmt keine Änderungen an. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1: the connection to the annotation database was lost. Nothing was saved.</source>
        <translation>%1: Die Verbindung zur Anmerkungsdatenbank ist abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1: the annotation database reported an error.</source>
        <translation>%1: Die Anmerkungsdatenbank hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::AnnotationWorkspace</name>
    <message>
        <source>Add annotation</source>
        <translation>Anmerkung hinzufügen</translation>
    </message>
    <message>
        <source>Add label %1</source>
        <translation>Label %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>Als %1 kennzeichnen</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
    <message>
        <source>Mark segment as %1</source>
        <translation>Segment als %1 markieren</translation>
    </message>
    <message>
        <source>Clear segment label</source>
        <translation>Segment-Label entfernen</translation>
    </message>
    <message>
        <source>Forget entity decision on %1</source>
        <translation>Entscheidung zur Entität %1 vergessen</translation>
    </message>
    <message>
        <source>Rename entity %1 to %2</source>
        <translation>Entität %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Merge entity %1 into %2</source>
        <translation>Entität %1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>Accept entity %1</source>
        <translation>Entität %1 annehmen</translation>
    </message>
    <message>
        <source>Reject entity %1</source>
        <translation>Entität %1 ablehnen</translation>
    </message>
    <message>
        <source>Recolour label %1</source>
        <translation>Label %1 umfärben</translation>
    </message>
    <message>
        <source>Change label %1</source>
        <translation>Label %1 ändern</translation>
    </message>
    <message>
        <source>Link evidence to claim</source>
        <translation>Beleg mit Behauptung verknüpfen</translation>
    </message>
    <message>
        <source>Unlink evidence from claim</source>
        <translation>Verknüpfung von Beleg und Behauptung lösen</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::DiagnosticListModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::DocumentFormats</name>
    <message>
        <source>the page is %1; only its first %2 were read</source>
        <translation>die Seite ist %1 groß; nur ihre ersten %2 wurden gelesen</translation>
    </message>
    <message>
        <source>the page nests elements more than %1 deep; %2 of them were read as plain text inside their parent</source>
        <translation>die Seite verschachtelt Elemente tiefer als %1 Ebenen; %2 davon wurden als reiner Text in ihrem Elternelement gelesen</translation>
    </message>
    <message>
        <source>the page could not be parsed as HTML</source>
        <translation>die Seite konnte nicht als HTML gelesen werden</translation>
    </message>
    <message>
        <source>this is a text format, not read here</source>
        <translation>dies ist ein Textformat, das hier nicht gelesen wird</translation>
    </message>
    <message>
        <source>not a PDF file: it does not start with %PDF-</source>
        <translation>keine PDF-Datei: sie beginnt nicht mit %PDF-</translation>
    </message>
    <message>
        <source>a DOCX</source>
        <translation>DOCX</translation>
    </message>
    <message>
        <source>an %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>not %1 file: it is an OLE compound file (a password-protected document, or an older .doc, .xls or .ppt file), which Lectern cannot read</source>
        <translation>keine %1-Datei: es ist eine OLE-Verbunddatei (ein passwortgeschütztes Dokument oder eine ältere .doc-, .xls- oder .ppt-Datei), die Lectern nicht lesen kann</translation>
    </message>
    <message>
        <source>not %1 file: it is not a ZIP package</source>
        <translation>keine %1-Datei: sie ist kein ZIP-Paket</translation>
    </message>
    <message>
        <source>the PDF file is damaged and could not be read</source>
        <translation>die PDF-Datei ist beschädigt und konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the PDF file is protected by a password; Lectern cannot read it</source>
        <translation>die PDF-Datei ist passwortgeschützt; Lectern kann sie nicht lesen</translation>
    </message>
    <message>
        <source>%1 of %2 pages could not be read</source>
        <translation>%1 von %2 Seiten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>the PDF file has no pages</source>
        <translation>die PDF-Datei hat keine Seiten</translation>
    </message>
    <message>
        <source>the PDF file has no text to read (a scan without a text layer?); Lectern does not recognise text in images: run it through OCR software first</source>
        <translation>die PDF-Datei enthält keinen lesbaren Text (ein Scan ohne Textebene?); Lectern erkennt keinen Text in Bildern: lassen Sie sie zuerst durch eine OCR-Software laufen</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-Text</translation>
    </message>
    <message>
        <source>not a %1: the ZIP package cannot be opened (%2)</source>
        <translation>kein %1: das ZIP-Paket kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>not an OpenDocument text: the package holds no content.xml</source>
        <translation>kein OpenDocument-Text: das Paket enthält keine content.xml</translation>
    </message>
    <message>
        <source>the document is protected by a password (its parts are encrypted); Lectern cannot read it</source>
        <translation>das Dokument ist passwortgeschützt (seine Teile sind verschlüsselt); Lectern kann es nicht lesen</translation>
    </message>
    <message>
        <source>%1; the document&apos;s title and author were not read</source>
        <translation>%1; Titel und Verfasser des Dokuments wurden nicht gelesen</translation>
    </message>
    <message>
        <source>the document holds macros; they were neither run nor read</source>
        <translation>das Dokument enthält Makros; sie wurden weder ausgeführt noch gelesen</translation>
    </message>
    <message>
        <source>%1 elements nested more than %2 deep were not read</source>
        <translation>%1 Elemente, tiefer als %2 Ebenen verschachtelt, wurden nicht gelesen</translation>
    </message>
    <message>
        <source>not an OpenDocument text: this OpenDocument file holds a %1</source>
        <translation>kein OpenDocument-Text: diese OpenDocument-Datei enthält ein(e) %1</translation>
    </message>
    <message>
        <source>the OpenDocument text holds no text</source>
        <translation>der OpenDocument-Text enthält keinen Text</translation>
    </message>
    <message>
        <source>%1 declares XML entities that would expand to more than %2 characters (an XML bomb); it was not read</source>
        <translation>%1 deklariert XML-Entitäten, die zu mehr als %2 Zeichen anwachsen würden (eine XML-Bombe); es wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1 holds no XML element</source>
        <translation>%1 enthält kein XML-Element</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3: %4)</source>
        <translation>%1 ist kein wohlgeformtes XML (Zeile %2, Spalte %3: %4)</translation>
    </message>
    <message>
        <source>1 embedded object was not read</source>
        <translation>1 eingebettetes Objekt wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1 embedded objects were not read</source>
        <translation>%1 eingebettete Objekte wurden nicht gelesen</translation>
    </message>
    <message>
        <source>not a Word document: this is an Excel workbook</source>
        <translation>kein Word-Dokument: dies ist eine Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>not a Word document: this is a PowerPoint presentation</source>
        <translation>kein Word-Dokument: dies ist eine PowerPoint-Präsentation</translation>
    </message>
    <message>
        <source>not a Word document: the package holds no %1</source>
        <translation>kein Word-Dokument: das Paket enthält kein %1</translation>
    </message>
    <message>
        <source>%1; headings were found by their style names alone</source>
        <translation>%1; Überschriften wurden nur an ihren Formatvorlagennamen erkannt</translation>
    </message>
    <message>
        <source>the text refers to %1 the document does not hold</source>
        <translation>der Text verweist auf %1, die das Dokument nicht enthält</translation>
    </message>
    <message>
        <source>%1; the %2 were not read</source>
        <translation>%1; die %2 wurden nicht gelesen</translation>
    </message>
    <message>
        <source>the Word document holds no text</source>
        <translation>das Word-Dokument enthält keinen Text</translation>
    </message>
    <message>
        <source>not an EPUB book: %1</source>
        <translation>kein EPUB-Buch: %1</translation>
    </message>
    <message>
        <source>the ZIP package cannot be opened (%1)</source>
        <translation>das ZIP-Paket kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>the package holds no %1</source>
        <translation>das Paket enthält kein %1</translation>
    </message>
    <message>
        <source>%1 names no package document</source>
        <translation>%1 nennt kein Paketdokument</translation>
    </message>
    <message>
        <source>the book&apos;s package document %1 is missing</source>
        <translation>das Paketdokument %1 des Buchs fehlt</translation>
    </message>
    <message>
        <source>the book lists no chapters (its spine in %1 is empty)</source>
        <translation>das Buch führt keine Kapitel auf (seine Spine in %1 ist leer)</translation>
    </message>
    <message>
        <source>the book is encrypted (DRM): %1 of its %2 chapters cannot be read without the seller&apos;s key, and Lectern does not remove DRM</source>
        <translation>das Buch ist verschlüsselt (DRM): %1 seiner %2 Kapitel können ohne den Schlüssel des Händlers nicht gelesen werden, und Lectern entfernt kein DRM</translation>
    </message>
    <message>
        <source>the spine names an item &quot;%1&quot; the manifest does not list</source>
        <translation>die Spine nennt ein Element „%1“, das das Manifest nicht aufführt</translation>
    </message>
    <message>
        <source>the item &quot;%1&quot; does not lead to a part of the book</source>
        <translation>das Element „%1“ führt zu keinem Teil des Buchs</translation>
    </message>
    <message>
        <source>%1 is %2, not a page</source>
        <translation>%1 ist %2, keine Seite</translation>
    </message>
    <message>
        <source>of no media type</source>
        <translation>ohne Medientyp</translation>
    </message>
    <message>
        <source>%1 is missing from the book</source>
        <translation>%1 fehlt im Buch</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 ist kein Text</translation>
    </message>
    <message>
        <source>a chapter was skipped: %1</source>
        <translation>ein Kapitel wurde übersprungen: %1</translation>
    </message>
    <message>
        <source>%1 more chapters were skipped</source>
        <translation>%1 weitere Kapitel wurden übersprungen</translation>
    </message>
    <message>
        <source>the book&apos;s chapters hold no text</source>
        <translation>die Kapitel des Buchs enthalten keinen Text</translation>
    </message>
    <message>
        <source>the book has no chapter that could be read (%1)</source>
        <translation>das Buch hat kein Kapitel, das gelesen werden konnte (%1)</translation>
    </message>
    <message>
        <source>the file ends inside the record&apos;s header</source>
        <translation>die Datei endet im Kopf des Datensatzes</translation>
    </message>
    <message>
        <source>the record&apos;s header is too long to be a WARC header</source>
        <translation>der Kopf des Datensatzes ist zu lang für einen WARC-Kopf</translation>
    </message>
    <message>
        <source>the compressed body expands to more than %1, the limit for one document; not read</source>
        <translation>der komprimierte Inhalt entpackt sich auf mehr als %1, die Grenze für ein Dokument; nicht gelesen</translation>
    </message>
    <message>
        <source>the body says it is compressed, but it is not gzip or deflate data; not read</source>
        <translation>der Inhalt gibt an, komprimiert zu sein, ist aber weder gzip- noch deflate-Daten; nicht gelesen</translation>
    </message>
    <message>
        <source>record %1 (at byte %2): %3</source>
        <translation>Datensatz %1 (bei Byte %2): %3</translation>
    </message>
    <message>
        <source>not a WARC file: it does not start with a WARC/1.0 or WARC/1.1 record</source>
        <translation>keine WARC-Datei: sie beginnt nicht mit einem WARC/1.0- oder WARC/1.1-Datensatz</translation>
    </message>
    <message>
        <source>bytes that are not a record; passed over up to the next record</source>
        <translation>Bytes, die kein Datensatz sind; bis zum nächsten Datensatz übersprungen</translation>
    </message>
    <message>
        <source>the record has no valid Content-Length; passed over</source>
        <translation>der Datensatz hat keine gültige Content-Length; übersprungen</translation>
    </message>
    <message>
        <source>the record is cut short: its Content-Length is %1 bytes, the file holds %2 of them</source>
        <translation>der Datensatz bricht ab: seine Content-Length beträgt %1 Bytes, die Datei enthält %2 davon</translation>
    </message>
    <message>
        <source>its Content-Length (%1 bytes) does not end where the record does; passed over</source>
        <translation>seine Content-Length (%1 Bytes) endet nicht dort, wo der Datensatz endet; übersprungen</translation>
    </message>
    <message>
        <source>the archive expands to more than 100 times its size; listing stopped here (a compression bomb?)</source>
        <translation>das Archiv entpackt sich auf mehr als das Hundertfache seiner Größe; Auflistung hier angehalten (eine Kompressionsbombe?)</translation>
    </message>
    <message>
        <source>the response has no complete HTTP header; passed over</source>
        <translation>die Antwort hat keinen vollständigen HTTP-Kopf; übersprungen</translation>
    </message>
    <message>
        <source>the record is no longer where it was when the bundle was opened; reopen the bundle</source>
        <translation>der Datensatz ist nicht mehr dort, wo er beim Öffnen des Bündels war; öffnen Sie das Bündel erneut</translation>
    </message>
    <message>
        <source>the record holds %1, over the %2 limit for one document; not read (the limit is a setting)</source>
        <translation>der Datensatz enthält %1, über der Grenze von %2 für ein Dokument; nicht gelesen (die Grenze ist eine Einstellung)</translation>
    </message>
    <message>
        <source>the record is cut short</source>
        <translation>der Datensatz bricht ab</translation>
    </message>
    <message>
        <source>the response has no complete HTTP header</source>
        <translation>die Antwort hat keinen vollständigen HTTP-Kopf</translation>
    </message>
    <message>
        <source>the page&apos;s chunked body ends early; read as far as it goes</source>
        <translation>der in Stücken gesendete Inhalt der Seite endet vorzeitig; so weit wie möglich gelesen</translation>
    </message>
    <message>
        <source>the body is compressed as “%1”, which Lectern does not read</source>
        <translation>der Inhalt ist als „%1“ komprimiert, was Lectern nicht liest</translation>
    </message>
    <message>
        <source>the page holds more than %1, the limit for one document; not read (the limit is a setting)</source>
        <translation>die Seite enthält mehr als %1, die Grenze für ein Dokument; nicht gelesen (die Grenze ist eine Einstellung)</translation>
    </message>
    <message>
        <source>the crawler cut this capture short (WARC-Truncated: %1)</source>
        <translation>der Crawler hat diese Aufnahme gekürzt (WARC-Truncated: %1)</translation>
    </message>
    <message>
        <source>cannot go to byte %1 of the file (%2)</source>
        <translation>Byte %1 der Datei ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>the bytes after byte %1 are not gzip data</source>
        <translation>die Bytes nach Byte %1 sind keine gzip-Daten</translation>
    </message>
    <message>
        <source>cannot start decompressing</source>
        <translation>das Entpacken kann nicht beginnen</translation>
    </message>
    <message>
        <source>the gzip data ends in the middle of a member that starts at byte %1</source>
        <translation>die gzip-Daten enden mitten in einem Teil, der bei Byte %1 beginnt</translation>
    </message>
    <message>
        <source>the gzip member that starts at byte %1 is corrupt (%2)</source>
        <translation>der gzip-Teil, der bei Byte %1 beginnt, ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>the file is over the limit for one document</source>
        <translation>die Datei liegt über der Grenze für ein Dokument</translation>
    </message>
    <message>
        <source>Poppler cannot open this PDF to draw its pages</source>
        <translation>Poppler kann dieses PDF nicht öffnen, um seine Seiten zu zeichnen</translation>
    </message>
    <message>
        <source>%1; that running header or footer was not read</source>
        <translation>%1; diese Kopf- oder Fußzeile wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1; the comments were not read</source>
        <translation>%1; die Kommentare wurden nicht gelesen</translation>
    </message>
    <message>
        <source>[Comment]</source>
        <translation>[Kommentar]</translation>
    </message>
    <message>
        <source>[Comment by %1]</source>
        <translation>[Kommentar von %1]</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::DocumentListModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::DocumentOutlineModel</name>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message numerus="yes">
        <source>Main article (%n paragraph(s))</source>
        <translation>
            <numerusform>Hauptartikel (%n Absatz)</numerusform>
            <numerusform>Hauptartikel (%n Absätze)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another article: %1 (%n paragraph(s))</source>
        <translation>
            <numerusform>Weiterer Artikel: %1 (%n Absatz)</numerusform>
            <numerusform>Weiterer Artikel: %1 (%n Absätze)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Boilerplate (%n passage(s))</source>
        <translation>
            <numerusform>Seitenbeiwerk (%n Passage)</numerusform>
            <numerusform>Seitenbeiwerk (%n Passagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n passage(s))</source>
        <translation>
            <numerusform>%1 (%n Passage)</numerusform>
            <numerusform>%1 (%n Passagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 (%3% alike)</source>
        <translation>%1 → %2 (%3 % ähnlich)</translation>
    </message>
    <message>
        <source>The canonical copy of this passage is in “%1” (%2).</source>
        <translation>Das maßgebliche Exemplar dieser Passage steht in „%1“ (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Copied from other documents (%n passage(s))</source>
        <translation>
            <numerusform>Aus anderen Dokumenten kopiert (%n Passage)</numerusform>
            <numerusform>Aus anderen Dokumenten kopiert (%n Passagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Models::DocumentReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>this is a folder, not a document</source>
        <translation>dies ist ein Ordner, kein Dokument</translation>
    </message>
    <message>
        <source>this is %1, not a document; not read</source>
        <translation>dies ist %1, kein Dokument; nicht gelesen</translation>
    </message>
    <message>
        <source>the file is a link that leads outside the bundle&apos;s folder; refused (allow paths outside the bundle to open it)</source>
        <translation>die Datei ist eine Verknüpfung, die aus dem Ordner des Bündels hinausführt; abgelehnt (lassen Sie Pfade außerhalb des Bündels zu, um sie zu öffnen)</translation>
    </message>
    <message>
        <source>the file is %1, over the %2 limit for one document; not read (the limit is a setting)</source>
        <translation>die Datei ist %1 groß, über der Grenze von %2 für ein Dokument; nicht gelesen (die Grenze ist eine Einstellung)</translation>
    </message>
    <message>
        <source>not a text document: this looks like %1</source>
        <translation>kein Textdokument: dies sieht aus wie %1</translation>
    </message>
    <message>
        <source>cannot read the corpus: %1</source>
        <translation>das Korpus kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>this line changed since the corpus was opened; reopen the bundle</source>
        <translation>diese Zeile hat sich geändert, seit das Korpus geöffnet wurde; öffnen Sie das Bündel erneut</translation>
    </message>
    <message>
        <source>the file holds more than %1, the limit for one document; not read (the limit is a setting)</source>
        <translation>die Datei enthält mehr als %1, die Grenze für ein Dokument; nicht gelesen (die Grenze ist eine Einstellung)</translation>
    </message>
    <message>
        <source>cannot read the web archive: %1</source>
        <translation>das Webarchiv kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::DocumentStatus</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::EntityTableModel</name>
    <message>
        <source>Also: %1</source>
        <translation>Auch: %1</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Dok.</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::ExportFormat</name>
    <message>
        <source>Markdown excerpts</source>
        <translation>Markdown-Auszüge</translation>
    </message>
    <message>
        <source>HTML report (one file)</source>
        <translation>HTML-Bericht (eine Datei)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>W3C Web Annotations (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>REFI-QDA-Projekt (.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (.qdc)</source>
        <translation>REFI-QDA-Codebuch (.qdc)</translation>
    </message>
    <message>
        <source>OpenDocument text report</source>
        <translation>OpenDocument-Textbericht</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>Clean corpus (JSON Lines)</source>
        <translation>Bereinigtes Korpus (JSON Lines)</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::ExportGroups</name>
    <message>
        <source>Without a label</source>
        <translation>Ohne Label</translation>
    </message>
    <message>
        <source>Other excerpts</source>
        <translation>Weitere Auszüge</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>Zeichen %1–%2</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>S. %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::ExportSetBuilder</name>
    <message>
        <source>No label is called &quot;%1&quot;.</source>
        <translation>Kein Label heißt „%1“.</translation>
    </message>
    <message>
        <source>No entity is called &quot;%1&quot;; nothing matches the entity filter.</source>
        <translation>Keine Entität heißt „%1“; nichts entspricht dem Entitätenfilter.</translation>
    </message>
    <message>
        <source>The annotation &quot;%1&quot; belongs to the document &quot;%2&quot;, which the bundle no longer lists; it is left out.</source>
        <translation>Die Anmerkung „%1“ gehört zum Dokument „%2“, das das Bündel nicht mehr aufführt; sie wird weggelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: cannot read the text (%2); its %n annotation(s) are left out.</source>
        <translation>
            <numerusform>%1: der Text kann nicht gelesen werden (%2); seine %n Anmerkung wird weggelassen.</numerusform>
            <numerusform>%1: der Text kann nicht gelesen werden (%2); seine %n Anmerkungen werden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>no reader</source>
        <translation>kein Lesemodul</translation>
    </message>
    <message>
        <source>%1: the annotation &quot;%2&quot; lies beyond the end of the text; its position is cut to the text.</source>
        <translation>%1: die Anmerkung „%2“ liegt hinter dem Ende des Texts; ihre Position wird auf den Text gekürzt.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::Exporter</name>
    <message>
        <source>A ZIP archive holding project.qde (below) and one text file per document in sources/.

</source>
        <translation>Ein ZIP-Archiv mit project.qde (unten) und einer Textdatei pro Dokument in sources/.

</translation>
    </message>
    <message>
        <source>The report is laid out from this HTML:

</source>
        <translation>Der Bericht wird aus diesem HTML gesetzt:

</translation>
    </message>
    <message>
        <source>… (the preview shows the beginning only)
</source>
        <translation>… (die Vorschau zeigt nur den Anfang)
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed (%2); the file was left as it was.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen (%2); die Datei blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::Files</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file is a link to nothing (its target does not exist)</source>
        <translation>die Datei ist eine Verknüpfung ins Leere (ihr Ziel existiert nicht)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file is a link that leads outside %1; refused</source>
        <translation>die Datei ist eine Verknüpfung, die aus %1 hinausführt; abgelehnt</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>this is %1, not a regular file; not opened</source>
        <translation>dies ist %1, keine reguläre Datei; nicht geöffnet</translation>
    </message>
    <message>
        <source>the file changed while it was being opened; not read</source>
        <translation>die Datei hat sich beim Öffnen verändert; nicht gelesen</translation>
    </message>
    <message>
        <source>this is not a regular file; not opened</source>
        <translation>dies ist keine reguläre Datei; nicht geöffnet</translation>
    </message>
    <message>
        <source>the file holds more than %1, the limit; not read (the limit is a setting)</source>
        <translation>die Datei enthält mehr als %1, die Grenze; nicht gelesen (die Grenze ist eine Einstellung)</translation>
    </message>
    <message>
        <source>it cannot be looked at: %1</source>
        <translation>sie lässt sich nicht untersuchen: %1</translation>
    </message>
    <message>
        <source>it is a symbolic link (Lectern never writes through links; remove it or choose another name)</source>
        <translation>sie ist eine symbolische Verknüpfung (Lectern schreibt nie über Verknüpfungen; entfernen Sie sie oder wählen Sie einen anderen Namen)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>sie ist ein Ordner</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, a device or a socket)</source>
        <translation>sie ist keine reguläre Datei (eine Pipe, ein Gerät oder ein Socket)</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>sie ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>die Datei wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>the file could not be saved to disk: %1</source>
        <translation>die Datei konnte nicht auf den Datenträger gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the file could not be put in place: %1</source>
        <translation>die Datei konnte nicht an ihren Platz gebracht werden: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::Gazetteer</name>
    <message>
        <source>there is no entity %1</source>
        <translation>es gibt keine Entität %1</translation>
    </message>
    <message>
        <source>a name cannot be empty</source>
        <translation>ein Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>a name cannot be longer than %1 characters</source>
        <translation>ein Name darf nicht länger als %1 Zeichen sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a name of &quot;%2&quot;</source>
        <translation>„%1“ ist bereits ein Name von „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category name</source>
        <translation>„%1“ ist kein Kategoriename</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an alias of &quot;%2&quot;</source>
        <translation>„%1“ ist kein Alias von „%2“</translation>
    </message>
    <message>
        <source>an entity cannot be merged into itself</source>
        <translation>eine Entität kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <source>the gazetteer was not read: %1</source>
        <translation>die Namensliste wurde nicht gelesen: %1</translation>
    </message>
    <message>
        <source>expected a name and a category separated by a tab; the line is skipped</source>
        <translation>erwartet wurden ein Name und eine Kategorie, getrennt durch einen Tabulator; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>the name is empty; the line is skipped</source>
        <translation>der Name ist leer; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>the name is longer than %1 characters; the line is skipped</source>
        <translation>der Name ist länger als %1 Zeichen; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category (letters, digits, spaces, &apos;-&apos; and &apos;_&apos; only); the line is skipped</source>
        <translation>„%1“ ist keine Kategorie (nur Buchstaben, Ziffern, Leerzeichen, „-“ und „_“); die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>the case field must be &quot;exact&quot;, &quot;any&quot; or empty, not &quot;%1&quot;; the line is skipped</source>
        <translation>das Feld für Groß-/Kleinschreibung muss „exact“, „any“ oder leer sein, nicht „%1“; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a name on line %2; the line is skipped</source>
        <translation>„%1“ ist bereits ein Name in Zeile %2; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>an alias is longer than %1 characters and is ignored</source>
        <translation>ein Alias ist länger als %1 Zeichen und wird ignoriert</translation>
    </message>
    <message>
        <source>the alias &quot;%1&quot; is already a name on line %2 and is ignored here</source>
        <translation>der Alias „%1“ ist bereits ein Name in Zeile %2 und wird hier ignoriert</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::HtmlExport</name>
    <message>
        <source>No label</source>
        <translation>Kein Label</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>entities: %1</source>
        <translation>Entitäten: %1</translation>
    </message>
    <message>
        <source>not found in the current text</source>
        <translation>im aktuellen Text nicht gefunden</translation>
    </message>
    <message>
        <source>Excerpts from %1</source>
        <translation>Auszüge aus %1</translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s) from %1 document(s)</source>
        <translation>
            <numerusform>%n Auszug aus %1 Dokument(en)</numerusform>
            <numerusform>%n Auszüge aus %1 Dokument(en)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::ImportPlacer</name>
    <message>
        <source>annotation %1</source>
        <translation>Anmerkung %1</translation>
    </message>
    <message>
        <source>%1 (source %2): no document of the bundle holds it; not imported.</source>
        <translation>%1 (Quelle %2): kein Dokument des Bündels enthält sie; nicht importiert.</translation>
    </message>
    <message>
        <source>%1: not found in the document %2; not imported.</source>
        <translation>%1: im Dokument %2 nicht gefunden; nicht importiert.</translation>
    </message>
    <message>
        <source>A claim links to the evidence %1, which is not in the file or the store; link left out.</source>
        <translation>Eine Behauptung verweist auf den Beleg %1, der weder in der Datei noch im Speicher ist; Verknüpfung weggelassen.</translation>
    </message>
    <message>
        <source>%1: cannot read the text (%2).</source>
        <translation>%1: der Text kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: it ends at %2, past the end of the document %3 (%4 characters); it was left out.</source>
        <translation>%1: sie endet bei %2, hinter dem Ende des Dokuments %3 (%4 Zeichen); sie wurde weggelassen.</translation>
    </message>
    <message>
        <source>%1: it ends at %2, past the end of the document %3 (%4 characters); the quote was looked for instead.</source>
        <translation>%1: sie endet bei %2, hinter dem Ende des Dokuments %3 (%4 Zeichen); stattdessen wurde nach dem Zitat gesucht.</translation>
    </message>
    <message>
        <source>%1: not in the document %2 as it is, and its quote (%3 characters) is longer than the %4 looked for approximately; not imported.</source>
        <translation>%1: nicht unverändert im Dokument %2, und ihr Zitat (%3 Zeichen) ist länger als die %4, nach denen ungefähr gesucht wird; nicht importiert.</translation>
    </message>
    <message>
        <source>%1: not in the document %2 as it is, and looking for it approximately would take more than %3 character comparisons (the limit for one quote); not imported.</source>
        <translation>%1: nicht unverändert im Dokument %2, und die ungefähre Suche würde mehr als %3 Zeichenvergleiche brauchen (die Grenze für ein Zitat); nicht importiert.</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::IndexReader</name>
    <message>
        <source>a quoted field opened here is never closed; the rows from here on are ignored</source>
        <translation>ein hier geöffnetes Feld in Anführungszeichen wird nie geschlossen; die Zeilen ab hier werden ignoriert</translation>
    </message>
    <message>
        <source>the %1 index is empty; it needs a header row with a “path” column</source>
        <translation>der %1-Index ist leer; er braucht eine Kopfzeile mit einer Spalte „path“</translation>
    </message>
    <message>
        <source>the %1 index has no usable header row</source>
        <translation>der %1-Index hat keine verwendbare Kopfzeile</translation>
    </message>
    <message>
        <source>the %1 header row has no “path” column (it has: %2)</source>
        <translation>die %1-Kopfzeile hat keine Spalte „path“ (sie hat: %2)</translation>
    </message>
    <message>
        <source>this row has %1 field(s) where the header has %2</source>
        <translation>diese Zeile hat %1 Feld(er), die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>this entry has neither an id nor a path to take one from; skipped</source>
        <translation>dieser Eintrag hat weder eine ID noch einen Pfad, aus dem sie sich ableiten ließe; übersprungen</translation>
    </message>
    <message>
        <source> (first used on line %1)</source>
        <translation> (zuerst verwendet in Zeile %1)</translation>
    </message>
    <message>
        <source>duplicate document id “%1”%2; this entry is skipped</source>
        <translation>doppelte Dokument-ID „%1“%2; dieser Eintrag wird übersprungen</translation>
    </message>
    <message>
        <source>the path “%1” leads outside the bundle&apos;s folder %2; refused (allow paths outside the bundle to open it)</source>
        <translation>der Pfad „%1“ führt aus dem Ordner %2 des Bündels hinaus; abgelehnt (lassen Sie Pfade außerhalb des Bündels zu, um ihn zu öffnen)</translation>
    </message>
    <message>
        <source>this entry has no path; skipped</source>
        <translation>dieser Eintrag hat keinen Pfad; übersprungen</translation>
    </message>
    <message>
        <source>no document of this index could be used</source>
        <translation>kein Dokument dieses Index konnte verwendet werden</translation>
    </message>
    <message>
        <source>the index lists no documents</source>
        <translation>der Index führt keine Dokumente auf</translation>
    </message>
    <message>
        <source>there is no file or folder here</source>
        <translation>hier gibt es keine Datei und keinen Ordner</translation>
    </message>
    <message>
        <source>cannot read the index: %1</source>
        <translation>der Index kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a JSON Lines file: this looks like %1</source>
        <translation>keine JSON-Lines-Datei: dies sieht aus wie %1</translation>
    </message>
    <message>
        <source>this line holds %1, over the %2 limit for one document; skipped (the limit is a setting)</source>
        <translation>diese Zeile enthält %1, über der Grenze von %2 für ein Dokument; übersprungen (die Grenze ist eine Einstellung)</translation>
    </message>
    <message>
        <source>this line is not valid JSON (%1); skipped</source>
        <translation>diese Zeile ist kein gültiges JSON (%1); übersprungen</translation>
    </message>
    <message>
        <source>this line is not a JSON object; skipped</source>
        <translation>diese Zeile ist kein JSON-Objekt; übersprungen</translation>
    </message>
    <message>
        <source>this line has no “text” string; skipped</source>
        <translation>diese Zeile hat keine Zeichenkette „text“; übersprungen</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>dies ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>“gazetteer” should name a file relative to the manifest; ignored</source>
        <translation>„gazetteer“ sollte eine Datei relativ zum Manifest nennen; ignoriert</translation>
    </message>
    <message>
        <source>documents[%1] is not an object; skipped</source>
        <translation>documents[%1] ist kein Objekt; übersprungen</translation>
    </message>
    <message>
        <source>documents[%1] has no “path” string; skipped</source>
        <translation>documents[%1] hat keine Zeichenkette „path“; übersprungen</translation>
    </message>
    <message>
        <source>cannot list this folder (permission denied?)</source>
        <translation>dieser Ordner kann nicht aufgelistet werden (keine Berechtigung?)</translation>
    </message>
    <message>
        <source>a manifest must be a JSON object with a “documents” array</source>
        <translation>ein Manifest muss ein JSON-Objekt mit einem Array „documents“ sein</translation>
    </message>
    <message>
        <source>a manifest must have a “documents” array</source>
        <translation>ein Manifest muss ein Array „documents“ haben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read the web archive: %1</source>
        <translation>das Webarchiv kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more broken record(s) passed over</source>
        <translation>
            <numerusform>%n weiterer beschädigter Datensatz übersprungen</numerusform>
            <numerusform>%n weitere beschädigte Datensätze übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revisit record(s) (a capture the crawler found unchanged) skipped</source>
        <translation>
            <numerusform>%n Revisit-Datensatz (eine Aufnahme, die der Crawler unverändert fand) übersprungen</numerusform>
            <numerusform>%n Revisit-Datensätze (Aufnahmen, die der Crawler unverändert fand) übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate record(s) (a record id or payload seen before) skipped</source>
        <translation>
            <numerusform>%n doppelter Datensatz (eine bereits gesehene Datensatz-ID oder Nutzlast) übersprungen</numerusform>
            <numerusform>%n doppelte Datensätze (bereits gesehene Datensatz-IDs oder Nutzlasten) übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redirect(s) skipped</source>
        <translation>
            <numerusform>%n Weiterleitung übersprungen</numerusform>
            <numerusform>%n Weiterleitungen übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) with an HTTP status other than 200 skipped</source>
        <translation>
            <numerusform>%n Antwort mit einem anderen HTTP-Status als 200 übersprungen</numerusform>
            <numerusform>%n Antworten mit einem anderen HTTP-Status als 200 übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) that are not HTML or text (images, scripts, style sheets...) skipped</source>
        <translation>
            <numerusform>%n Aufnahme, die weder HTML noch Text ist (Bilder, Skripte, Stilvorlagen …), übersprungen</numerusform>
            <numerusform>%n Aufnahmen, die weder HTML noch Text sind (Bilder, Skripte, Stilvorlagen …), übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) over the limit for one document skipped (the limit is a setting)</source>
        <translation>
            <numerusform>%n Aufnahme über der Grenze für ein Dokument übersprungen (die Grenze ist eine Einstellung)</numerusform>
            <numerusform>%n Aufnahmen über der Grenze für ein Dokument übersprungen (die Grenze ist eine Einstellung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the web archive holds no HTML or text page (%n record(s) read)</source>
        <translation>
            <numerusform>das Webarchiv enthält keine HTML- oder Textseite (%n Datensatz gelesen)</numerusform>
            <numerusform>das Webarchiv enthält keine HTML- oder Textseite (%n Datensätze gelesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 file(s) in this folder are not documents Lectern reads (.txt, .md, .html, .pdf, .docx, .odt, .epub, .warc) and were left out</source>
        <translation>%1 Datei(en) in diesem Ordner sind keine Dokumente, die Lectern liest (.txt, .md, .html, .pdf, .docx, .odt, .epub, .warc), und wurden weggelassen</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::MarkdownExport</name>
    <message>
        <source>No label</source>
        <translation>Kein Label</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>entities: %1</source>
        <translation>Entitäten: %1</translation>
    </message>
    <message>
        <source>*not found in the current text*</source>
        <translation>*im aktuellen Text nicht gefunden*</translation>
    </message>
    <message>
        <source>Excerpts from %1</source>
        <translation>Auszüge aus %1</translation>
    </message>
    <message>
        <source>No annotations were selected for export.</source>
        <translation>Für den Export wurden keine Anmerkungen ausgewählt.</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::QdaArchive</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the archive holds no %1</source>
        <translation>das Archiv enthält kein %1</translation>
    </message>
    <message>
        <source>the archive would be empty</source>
        <translation>das Archiv wäre leer</translation>
    </message>
    <message>
        <source>the archive could not be read back from memory</source>
        <translation>das Archiv konnte nicht aus dem Speicher zurückgelesen werden</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes unpacked, over the limit of %3 bytes for one entry)</source>
        <translation>%1 ist zu groß (%2 Byte entpackt, über der Grenze von %3 Byte für einen Eintrag)</translation>
    </message>
    <message>
        <source>%1 unpacks to %2 bytes from %3, %4 times its packed size or more (the limit against ZIP bombs); it was not unpacked</source>
        <translation>%1 entpackt sich aus %3 zu %2 Byte, dem %4-Fachen seiner gepackten Größe oder mehr (die Grenze gegen ZIP-Bomben); es wurde nicht entpackt</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) would take what is unpacked from this archive over the limit of %3 bytes; it was not unpacked</source>
        <translation>%1 (%2 Byte) würde das aus diesem Archiv Entpackte über die Grenze von %3 Byte bringen; es wurde nicht entpackt</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::QdaReader</name>
    <message>
        <source>The file is empty, so it holds no REFI-QDA project.</source>
        <translation>Die Datei ist leer und enthält daher kein REFI-QDA-Projekt.</translation>
    </message>
    <message>
        <source>The file is not a REFI-QDA project (.qdpx is a ZIP archive): %1.</source>
        <translation>Die Datei ist kein REFI-QDA-Projekt (.qdpx ist ein ZIP-Archiv): %1.</translation>
    </message>
    <message>
        <source>The archive is no REFI-QDA project: %1.</source>
        <translation>Das Archiv ist kein REFI-QDA-Projekt: %1.</translation>
    </message>
    <message>
        <source>%1: its %2 has %3 characters, more than the limit of %4; the first %5 were kept.</source>
        <translation>%1: sein(e) %2 hat %3 Zeichen, mehr als die Grenze von %4; die ersten %5 wurden behalten.</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot;</source>
        <translation>Code „%1“</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Selection %1 (line %2)</source>
        <translation>Auswahl %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>Note &quot;%1&quot; (%2)</source>
        <translation>Notiz „%1“ (%2)</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot;</source>
        <translation>Quelle „%1“</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>project.qde: its entities would expand to %1 characters, more than the limit of %2 characters for one document; nothing was read.</source>
        <translation>project.qde: seine Entitäten würden zu %1 Zeichen anwachsen, mehr als die Grenze von %2 Zeichen für ein Dokument; es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>unbekannt vielen</translation>
    </message>
    <message>
        <source>project.qde holds a &lt;%1&gt; where a REFI-QDA &lt;Project&gt; was expected; nothing was read.</source>
        <translation>project.qde enthält ein &lt;%1&gt;, wo ein REFI-QDA-&lt;Project&gt; erwartet wurde; es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>project.qde is not well-formed XML (line %1, column %2: %3); what came before was read.</source>
        <translation>project.qde ist kein wohlgeformtes XML (Zeile %1, Spalte %2: %3); was davor stand, wurde gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s) carried more than one code: the first became the label, the others became tags.</source>
        <translation>
            <numerusform>%n Auswahl trug mehr als einen Code: der erste wurde zum Label, die anderen wurden zu Schlagwörtern.</numerusform>
            <numerusform>%n Auswahlen trugen mehr als einen Code: der erste wurde jeweils zum Label, die anderen wurden zu Schlagwörtern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) that are not text (pictures, audio, video, PDFs without a text representation) were left out.</source>
        <translation>
            <numerusform>%n Quelle, die kein Text ist (Bilder, Audio, Video, PDFs ohne Textfassung), wurde weggelassen.</numerusform>
            <numerusform>%n Quellen, die kein Text sind (Bilder, Audio, Video, PDFs ohne Textfassung), wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has neither a plainTextPath nor a PlainTextContent.</source>
        <translation>%1 hat weder einen plainTextPath noch einen PlainTextContent.</translation>
    </message>
    <message>
        <source>%1 is kept outside the project (%2); only texts inside the .qdpx are read.</source>
        <translation>%1 liegt außerhalb des Projekts (%2); nur Texte innerhalb der .qdpx werden gelesen.</translation>
    </message>
    <message>
        <source>%1: its text %2 could not be read: %3.</source>
        <translation>%1: sein Text %2 konnte nicht gelesen werden: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: its %n selection(s) were left out.</source>
        <translation>
            <numerusform>%1: seine %n Auswahl wurde weggelassen.</numerusform>
            <numerusform>%1: seine %n Auswahlen wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, selection %2 (line %3)</source>
        <translation>%1, Auswahl %2 (Zeile %3)</translation>
    </message>
    <message>
        <source>%1: the positions %2–%3 are not a range of the text; it was left out.</source>
        <translation>%1: die Positionen %2–%3 sind kein Bereich des Texts; sie wurde weggelassen.</translation>
    </message>
    <message>
        <source>%1: it ends at %2, past the end of its source (%3 characters); it was left out.</source>
        <translation>%1: sie endet bei %2, hinter dem Ende ihrer Quelle (%3 Zeichen); sie wurde weggelassen.</translation>
    </message>
    <message>
        <source>%1: its note %2 is not among the project&apos;s notes.</source>
        <translation>%1: seine Notiz %2 ist nicht unter den Notizen des Projekts.</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Notiz %1</translation>
    </message>
    <message>
        <source>%1: its text has %2 characters, more than the limit of %3; the first %4 were kept.</source>
        <translation>%1: sein Text hat %2 Zeichen, mehr als die Grenze von %3; die ersten %4 wurden behalten.</translation>
    </message>
    <message>
        <source>%1: its notes together have %2 characters, more than the limit of %3; the first %4 were kept.</source>
        <translation>%1: seine Notizen haben zusammen %2 Zeichen, mehr als die Grenze von %3; die ersten %4 wurden behalten.</translation>
    </message>
    <message>
        <source>%1: it is coded with %2, which is not in the codebook; that coding was left out.</source>
        <translation>%1: es ist mit %2 codiert, das nicht im Codebuch steht; diese Codierung wurde weggelassen.</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::ReportExport</name>
    <message>
        <source>ODT and PDF reports need the graphical part of Qt (run with a QGuiApplication).</source>
        <translation>ODT- und PDF-Berichte brauchen den grafischen Teil von Qt (mit einer QGuiApplication ausführen).</translation>
    </message>
    <message>
        <source>Excerpts from %1</source>
        <translation>Auszüge aus %1</translation>
    </message>
    <message>
        <source>Qt could not write the OpenDocument file.</source>
        <translation>Qt konnte die OpenDocument-Datei nicht schreiben.</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::SearchResultModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::SegmentKind</name>
    <message>
        <source>blank</source>
        <translation>Leerraum</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>Zwischenüberschrift</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Haupttext</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>boilerplate</source>
        <translation>Seitenbeiwerk</translation>
    </message>
    <message>
        <source>trailer</source>
        <translation>Nebenartikel</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::SegmentText</name>
    <message>
        <source>it shares %1 words with the text before it, where paragraphs dealt at random would share %2</source>
        <translation>es teilt %1 Wörter mit dem Text davor, wo zufällig verteilte Absätze %2 teilen würden</translation>
    </message>
    <message>
        <source>under a headline of its own, %1</source>
        <translation>unter einer eigenen Überschrift; %1</translation>
    </message>
    <message>
        <source>it finds %1% of its words in the article before it, whose paragraphs find %2% of theirs in each other</source>
        <translation>nur %1 % seiner Wörter stehen im Artikel davor, dessen Absätze %2 % ihrer Wörter untereinander teilen</translation>
    </message>
    <message>
        <source>repeats in %1 of %2 documents</source>
        <translation>wiederholt sich in %1 von %2 Dokumenten</translation>
    </message>
    <message>
        <source>repeats in another story of the bundle</source>
        <translation>wiederholt sich in einem anderen Artikel der Sammlung</translation>
    </message>
    <message>
        <source>appears %1 times in this page</source>
        <translation>kommt auf dieser Seite %1-mal vor</translation>
    </message>
    <message>
        <source>page-furniture wording</source>
        <translation>Wortlaut von Seitenbeiwerk</translation>
    </message>
    <message>
        <source>%1% of it is links</source>
        <translation>%1 % davon sind Links</translation>
    </message>
    <message>
        <source>marked up as page furniture</source>
        <translation>als Seitenbeiwerk ausgezeichnet</translation>
    </message>
    <message>
        <source>in the page header</source>
        <translation>im Seitenkopf</translation>
    </message>
    <message>
        <source>another article: shares %1% of its vocabulary with the main article</source>
        <translation>anderer Artikel: teilt %1 % seines Wortschatzes mit dem Hauptartikel</translation>
    </message>
    <message>
        <source>a short passage on its own, sharing %1% of its vocabulary with the main article</source>
        <translation>eine kurze Passage für sich, die %1 % ihres Wortschatzes mit dem Hauptartikel teilt</translation>
    </message>
    <message>
        <source>near-duplicate of %1, %2% of shingles</source>
        <translation>Beinahe-Duplikat von %1, %2 % der Shingles</translation>
    </message>
    <message>
        <source>relabelled by the user</source>
        <translation>vom Benutzer neu zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>copy of %n passage(s) of %1, %2% of shingles</source>
        <translation>
            <numerusform>Kopie von %n Passage aus %1, %2 % der Shingles</numerusform>
            <numerusform>Kopie von %n Passagen aus %1, %2 % der Shingles</numerusform>
        </translation>
    </message>
    <message>
        <source>headline: a short line over the article sharing %1 of its %2 words</source>
        <translation>Schlagzeile: eine kurze Zeile über dem Artikel, die %1 ihrer %2 Wörter mit ihm teilt</translation>
    </message>
    <message>
        <source>short line over the article, sharing its words</source>
        <translation>kurze Zeile über dem Artikel, die seine Wörter teilt</translation>
    </message>
    <message>
        <source>attribution: short line after the article naming what it is about</source>
        <translation>Quellenangabe: kurze Zeile nach dem Artikel, die sein Thema nennt</translation>
    </message>
    <message numerus="yes">
        <source>prose inside the article: %n word(s), sentence-shaped</source>
        <translation>
            <numerusform>Fließtext im Artikel: %n Wort, satzförmig</numerusform>
            <numerusform>Fließtext im Artikel: %n Wörter, satzförmig</numerusform>
        </translation>
    </message>
    <message>
        <source>caption: short line inside the article with picture wording</source>
        <translation>Bildunterschrift: kurze Zeile im Artikel mit Bild-Wortlaut</translation>
    </message>
    <message>
        <source>subheading: short line inside the article</source>
        <translation>Zwischenüberschrift: kurze Zeile im Artikel</translation>
    </message>
    <message>
        <source>text inside the article</source>
        <translation>Text im Artikel</translation>
    </message>
    <message>
        <source>outside any article</source>
        <translation>außerhalb jedes Artikels</translation>
    </message>
    <message>
        <source>short line outside any article</source>
        <translation>kurze Zeile außerhalb jedes Artikels</translation>
    </message>
    <message>
        <source>same text as in %1</source>
        <translation>derselbe Text wie in %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::Severity</name>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::TextDecoder</name>
    <message>
        <source>a binary file (it contains NUL bytes)</source>
        <translation>eine Binärdatei (sie enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>a binary file (it is mostly control characters)</source>
        <translation>eine Binärdatei (sie besteht überwiegend aus Steuerzeichen)</translation>
    </message>
    <message>
        <source>the page declares an encoding Lectern does not know (%1)</source>
        <translation>die Seite deklariert eine Kodierung, die Lectern nicht kennt (%1)</translation>
    </message>
    <message>
        <source>the page declares %1 but is UTF-8; read as UTF-8</source>
        <translation>die Seite deklariert %1, ist aber UTF-8; als UTF-8 gelesen</translation>
    </message>
    <message>
        <source>%1 byte sequence(s) have no character in %2, the page&apos;s declared encoding, and are shown as �</source>
        <translation>%1 Bytefolge(n) haben in %2, der deklarierten Kodierung der Seite, kein Zeichen und werden als � angezeigt</translation>
    </message>
    <message>
        <source>the page declares UTF-8 but is not; read as %1, the encoding its bytes suggest</source>
        <translation>die Seite deklariert UTF-8, ist es aber nicht; als %1 gelesen, die Kodierung, auf die ihre Bytes hindeuten</translation>
    </message>
    <message>
        <source>not UTF-8; read as %1, the encoding its bytes suggest</source>
        <translation>kein UTF-8; als %1 gelesen, die Kodierung, auf die seine Bytes hindeuten</translation>
    </message>
    <message>
        <source>not a text document: this looks like %1</source>
        <translation>kein Textdokument: dies sieht aus wie %1</translation>
    </message>
    <message>
        <source>not valid UTF-8 (%1 byte(s) shown as �); the file may use another encoding</source>
        <translation>kein gültiges UTF-8 (%1 Byte(s) als � angezeigt); die Datei verwendet vielleicht eine andere Kodierung</translation>
    </message>
    <message>
        <source>some characters could not be decoded and are shown as �</source>
        <translation>einige Zeichen konnten nicht dekodiert werden und werden als � angezeigt</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::WebAnnotation</name>
    <message>
        <source>annotation %1</source>
        <translation>Anmerkung %1</translation>
    </message>
    <message>
        <source>%1: no target source; skipped.</source>
        <translation>%1: keine Zielquelle; übersprungen.</translation>
    </message>
    <message>
        <source>%1: a TextPositionSelector without a valid start and end; positions ignored.</source>
        <translation>%1: ein TextPositionSelector ohne gültigen Anfang und gültiges Ende; Positionen ignoriert.</translation>
    </message>
    <message>
        <source>%1: neither a TextQuoteSelector nor a TextPositionSelector; skipped.</source>
        <translation>%1: weder ein TextQuoteSelector noch ein TextPositionSelector; übersprungen.</translation>
    </message>
    <message>
        <source>%1: its note has %2 characters, more than the limit of %3; the first %4 were kept.</source>
        <translation>%1: seine Notiz hat %2 Zeichen, mehr als die Grenze von %3; die ersten %4 wurden behalten.</translation>
    </message>
    <message>
        <source>Annotations of %1</source>
        <translation>Anmerkungen zu %1</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>Kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The file is JSON but not a Web Annotation, an AnnotationPage or an AnnotationCollection.</source>
        <translation>Die Datei ist JSON, aber weder eine Web Annotation noch eine AnnotationPage oder AnnotationCollection.</translation>
    </message>
    <message>
        <source>annotation %1: not an object of type Annotation; skipped.</source>
        <translation>Anmerkung %1: kein Objekt vom Typ Annotation; übersprungen.</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::AboutDialog</name>
    <message>
        <source>colour themes, source view</source>
        <translation>Farbdesigns, Quelltextansicht</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>Über Lectern</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Read source bundles once, with duplicates and boilerplate out of the way, annotate claims and carry every excerpt back to its source.&lt;/p&gt;&lt;p&gt;Lectern is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Quellenbündel nur einmal lesen, Dubletten und Seitenbeiwerk aus dem Weg, Behauptungen annotieren und jeden Auszug bis zu seiner Quelle zurückverfolgen.&lt;/p&gt;&lt;p&gt;Lectern ist freie Software unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Libraries and their versions</source>
        <translation>Bibliotheken und ihre Versionen</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::AnnotationDialog</name>
    <message>
        <source>Not a claim</source>
        <translation>Keine Behauptung</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Gestützt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation>Widerlegt</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annotieren</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>What matters about this passage (optional)</source>
        <translation>Was an dieser Textstelle wichtig ist (optional)</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. budget, Ohio</source>
        <translation>Durch Kommas getrennt, z. B. Haushalt, Ohio</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>Claim &amp;status:</source>
        <translation>&amp;Status der Behauptung:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::ClaimView</name>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Gestützt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation>Widerlegt</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>Status der Behauptung</translation>
    </message>
    <message>
        <source>Open the claim&apos;s passage in the reader</source>
        <translation>Die Textstelle der Behauptung im Leser öffnen</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Evidence for the claim</source>
        <translation>Belege für die Behauptung</translation>
    </message>
    <message>
        <source>Remove the link between the claim and the selected evidence</source>
        <translation>Die Verknüpfung zwischen der Behauptung und dem ausgewählten Beleg entfernen</translation>
    </message>
    <message>
        <source>Link more: right-click another annotation › Link as Evidence</source>
        <translation>Weitere verknüpfen: Rechtsklick auf eine andere Anmerkung › Als Beleg verknüpfen</translation>
    </message>
    <message>
        <source>No claim chosen</source>
        <translation>Keine Behauptung gewählt</translation>
    </message>
    <message>
        <source>Select a claim in the Notes panel, or right-click a highlighted claim in the reader › Show Claim.</source>
        <translation>Wählen Sie eine Behauptung im Bereich Notizen, oder klicken Sie im Leser mit der rechten Maustaste auf eine hervorgehobene Behauptung › Behauptung anzeigen.</translation>
    </message>
    <message>
        <source>Claim in %1</source>
        <translation>Behauptung in %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::CodeDialog</name>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>When to use this label (optional)</source>
        <translation>Wann dieses Label verwendet wird (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Below:</source>
        <translation>&amp;Unter:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation>Labelfarbe</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::ConflictDialog</name>
    <message>
        <source>Annotation Changed by Someone Else</source>
        <translation>Anmerkung von jemand anderem geändert</translation>
    </message>
    <message>
        <source>While you edited this annotation, %1 stored another version. Nothing was overwritten: choose the version to keep.</source>
        <translation>Während Sie diese Anmerkung bearbeitet haben, hat %1 eine andere Fassung gespeichert. Nichts wurde überschrieben: Wählen Sie die Fassung, die bleiben soll.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Theirs (stored now)</source>
        <translation>Die andere (jetzt gespeichert)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>deleted by you, from version %1</source>
        <translation>von Ihnen gelöscht, ausgehend von Version %1</translation>
    </message>
    <message>
        <source>by you, from version %1</source>
        <translation>von Ihnen, ausgehend von Version %1</translation>
    </message>
    <message>
        <source>by %1, %2 (version %3)</source>
        <translation>von %1, %2 (Version %3)</translation>
    </message>
    <message>
        <source>&amp;Delete Anyway</source>
        <translation>Trotzdem &amp;löschen</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>&amp;Die andere behalten</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::CopyBanner</name>
    <message>
        <source>Copy notice</source>
        <translation>Hinweis auf eine Kopie</translation>
    </message>
    <message>
        <source>&amp;Read the Original</source>
        <translation>Original &amp;lesen</translation>
    </message>
    <message>
        <source>Show Only &amp;What Is New</source>
        <translation>Nur Neues &amp;zeigen</translation>
    </message>
    <message>
        <source>This document is a copy of “%1”: %2% of its passages are there.</source>
        <translation>Dieses Dokument ist eine Kopie von „%1“: %2 % seiner Passagen stehen dort.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 passage(s) here are also in other documents, the first in “%2”.</source>
        <translation>
            <numerusform>%n von %1 Passagen hier steht auch in anderen Dokumenten, zuerst in „%2“.</numerusform>
            <numerusform>%n von %1 Passagen hier stehen auch in anderen Dokumenten, die erste davon in „%2“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>„%1“ öffnen</translation>
    </message>
    <message>
        <source>&amp;Read the Other Document</source>
        <translation>Anderes Dokument &amp;lesen</translation>
    </message>
    <message>
        <source>Show &amp;Everything</source>
        <translation>Alles &amp;zeigen</translation>
    </message>
    <message>
        <source>Read the whole document again (View › Full Text)</source>
        <translation>Wieder das ganze Dokument lesen (Ansicht › Volltext)</translation>
    </message>
    <message>
        <source>Hide the passages read elsewhere and the boilerplate (View › Unique Content)</source>
        <translation>Die anderswo gelesenen Passagen und das Seitenbeiwerk ausblenden (Ansicht › Einmaliger Inhalt)</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::DiagnosticsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::DocumentHeader</name>
    <message>
        <source>Document details</source>
        <translation>Dokumentdetails</translation>
    </message>
    <message>
        <source>Title in the index: %1</source>
        <translation>Titel im Index: %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::DocumentListPanel</name>
    <message>
        <source>Only documents with problems</source>
        <translation>Nur Dokumente mit Problemen</translation>
    </message>
    <message>
        <source>Filter by title, id or path</source>
        <translation>Nach Titel, ID oder Pfad filtern</translation>
    </message>
    <message>
        <source>Document filter</source>
        <translation>Dokumentfilter</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::EntitiesPanel</name>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>Entitäten filtern</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>Entities of the bundle</source>
        <translation>Entitäten des Bündels</translation>
    </message>
    <message>
        <source>Previous Mention</source>
        <translation>Vorherige Erwähnung</translation>
    </message>
    <message>
        <source>Next Mention</source>
        <translation>Nächste Erwähnung</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stop highlighting this entity in the bundle (Delete); Undo brings it back</source>
        <translation>Diese Entität im Bündel nicht mehr hervorheben (Entf); Rückgängig stellt sie wieder her</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Suggested entities</source>
        <translation>Vorgeschlagene Entitäten</translation>
    </message>
    <message>
        <source>as proposed</source>
        <translation>wie vorgeschlagen</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>als %1</translation>
    </message>
    <message>
        <source>Category to accept with</source>
        <translation>Kategorie, mit der angenommen wird</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Named with</source>
        <translation>Genannt mit</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Absätze</translation>
    </message>
    <message>
        <source>Entities named in the same paragraph</source>
        <translation>Im selben Absatz genannte Entitäten</translation>
    </message>
    <message>
        <source>Filter by entity</source>
        <translation>Nach Entität filtern</translation>
    </message>
    <message>
        <source>Filter the pairs by entity</source>
        <translation>Die Paare nach Entität filtern</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Finding entities: %1 of %2 documents…</source>
        <translation>Entitäten werden gesucht: %1 von %2 Dokumenten…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Rename (F2), change the category (Ctrl+K) or merge into another entity (Ctrl+J); each can be undone</source>
        <translation>Umbenennen (F2), Kategorie ändern (Ctrl+K) oder mit einer anderen Entität zusammenführen (Ctrl+J); alles lässt sich rückgängig machen</translation>
    </message>
    <message>
        <source>Edit the entity</source>
        <translation>Die Entität bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Change &amp;Category…</source>
        <translation>&amp;Kategorie ändern…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Filter the entities by name</source>
        <translation>Entitäten nach Namen filtern</translation>
    </message>
    <message>
        <source>Entity lists</source>
        <translation>Entitätenlisten</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::ExportDialog</name>
    <message>
        <source>Start with a byte order mark (for spreadsheet programs)</source>
        <translation>Mit einer Byte-Order-Mark beginnen (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Anmerkungen exportieren</translation>
    </message>
    <message numerus="yes">
        <source>All annotations (%n)</source>
        <translation>
            <numerusform>Alle Anmerkungen (%n)</numerusform>
            <numerusform>Alle Anmerkungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As the notes panel shows them (%n)</source>
        <translation>
            <numerusform>Wie der Bereich Notizen sie zeigt (%n)</numerusform>
            <numerusform>Wie der Bereich Notizen sie zeigt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The current document only</source>
        <translation>Nur das aktuelle Dokument</translation>
    </message>
    <message numerus="yes">
        <source>Of the documents the list shows (%n)</source>
        <translation>
            <numerusform>Der Dokumente, die die Liste zeigt (%n)</numerusform>
            <numerusform>Der Dokumente, die die Liste zeigt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Beliebiges Label</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Entity name or alias; empty for any</source>
        <translation>Name oder Alias der Entität; leer für beliebige</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>Nach Dokument</translation>
    </message>
    <message>
        <source>By label</source>
        <translation>Nach Label</translation>
    </message>
    <message>
        <source>By claim, with its evidence</source>
        <translation>Nach Behauptung, mit ihren Belegen</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Exportvorschau</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Annotations:</source>
        <translation>&amp;Anmerkungen:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>Claim &amp;status:</source>
        <translation>&amp;Status der Behauptung:</translation>
    </message>
    <message>
        <source>E&amp;ntity:</source>
        <translation>E&amp;ntität:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppieren:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Export the clean corpus</source>
        <translation>Das bereinigte Korpus exportieren</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Die Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>The corpus holds one line per canonical document; the preview shows the first few.</source>
        <translation>Das Korpus enthält eine Zeile pro maßgeblichem Dokument; die Vorschau zeigt die ersten paar.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) will be exported.</source>
        <translation>
            <numerusform>%n Anmerkung wird exportiert.</numerusform>
            <numerusform>%n Anmerkungen werden exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n document(s) to %1.</source>
        <translation>
            <numerusform>%n Dokument nach %1 geschrieben.</numerusform>
            <numerusform>%n Dokumente nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s) to %1.</source>
        <translation>
            <numerusform>%n Anmerkung nach %1 geschrieben.</numerusform>
            <numerusform>%n Anmerkungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep cells that start with = + - @ as written (for tools, not spreadsheets)</source>
        <translation>Zellen, die mit = + - @ beginnen, unverändert schreiben (für Werkzeuge, nicht für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>A spreadsheet program runs a cell that starts with =, +, - or @ as a formula. Lectern writes such cells with a leading &apos; unless this is checked.</source>
        <translation>Eine Tabellenkalkulation führt eine Zelle, die mit =, +, - oder @ beginnt, als Formel aus. Lectern schreibt solche Zellen mit einem vorangestellten &apos;, außer wenn dies angekreuzt ist.</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation>In diesem Dokument suchen</translation>
    </message>
    <message>
        <source>Search pattern</source>
        <translation>Suchmuster</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe, Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Eingabe, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Bad pattern: %1</source>
        <translation>Ungültiges Muster: %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::NotesPanel</name>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Filter by text, excerpt or tag</source>
        <translation>Nach Text, Auszug oder Schlagwort filtern</translation>
    </message>
    <message>
        <source>Document filter</source>
        <translation>Dokumentfilter</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>Labelfilter</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Schlagwortfilter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Only annotations whose passage is no longer found in its document</source>
        <translation>Nur Anmerkungen, deren Textstelle in ihrem Dokument nicht mehr gefunden wird</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Gestützt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation>Widerlegt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Alle Labels</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Filter the notes by text, excerpt or tag</source>
        <translation>Notizen nach Text, Auszug oder Schlagwort filtern</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::PdfPageView</name>
    <message>
        <source>PDF page</source>
        <translation>PDF-Seite</translation>
    </message>
    <message>
        <source>Page %1 of %2, as the PDF lays it out (Ctrl+U goes back to the text)</source>
        <translation>Seite %1 von %2, so wie das PDF sie setzt (Ctrl+U führt zurück zum Text)</translation>
    </message>
    <message>
        <source>The page cannot be drawn: %1</source>
        <translation>Die Seite kann nicht gezeichnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::PreferencesDialog</name>
    <message>
        <source>Open documents whose paths lead outside the bundle&apos;s folder</source>
        <translation>Dokumente öffnen, deren Pfade aus dem Ordner des Bündels hinausführen</translation>
    </message>
    <message>
        <source>Lectern Settings</source>
        <translation>Lectern-Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Dem System folgen (hell oder dunkel)</translation>
    </message>
    <message>
        <source>Reader theme</source>
        <translation>Lesedesign</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest document to open</source>
        <translation>Größtes zu öffnendes Dokument</translation>
    </message>
    <message>
        <source>Reader &amp;theme:</source>
        <translation>Lese&amp;design:</translation>
    </message>
    <message>
        <source>&amp;Largest document:</source>
        <translation>&amp;Größtes Dokument:</translation>
    </message>
    <message>
        <source>Changes to the limits apply when a bundle is next opened or reloaded.</source>
        <translation>Änderungen an den Grenzen gelten, wenn ein Bündel das nächste Mal geöffnet oder neu geladen wird.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Applies the next time Lectern starts.</source>
        <translation>Gilt ab dem nächsten Start von Lectern.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Largest imported project, unpacked</source>
        <translation>Größtes importiertes Projekt, entpackt</translation>
    </message>
    <message>
        <source>A REFI-QDA project that unpacks to more than this is refused, so a small file cannot fill the memory.</source>
        <translation>Ein REFI-QDA-Projekt, das entpackt größer ist, wird abgelehnt, damit eine kleine Datei nicht den Speicher füllen kann.</translation>
    </message>
    <message>
        <source> K characters</source>
        <translation> K Zeichen</translation>
    </message>
    <message>
        <source>Longest imported note</source>
        <translation>Längste importierte Notiz</translation>
    </message>
    <message>
        <source>Imported notes and descriptions longer than this are cut to it, and the import says which.</source>
        <translation>Importierte Notizen und Beschreibungen, die länger sind, werden darauf gekürzt, und der Import nennt sie.</translation>
    </message>
    <message>
        <source>Largest &amp;import, unpacked:</source>
        <translation>Größter &amp;Import, entpackt:</translation>
    </message>
    <message>
        <source>Longest imported &amp;note:</source>
        <translation>Längste importierte &amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::ReaderView</name>
    <message>
        <source>Reader</source>
        <translation>Leser</translation>
    </message>
    <message>
        <source>, main article</source>
        <translation>, Hauptartikel</translation>
    </message>
    <message>
        <source>, article %1</source>
        <translation>, Artikel %1</translation>
    </message>
    <message>
        <source>Also in %1 (%2% similar); click the mark in the margin to go there.</source>
        <translation>Auch in %1 (%2 % ähnlich); klicken Sie auf die Markierung am Rand, um dorthin zu springen.</translation>
    </message>
    <message>
        <source>main article</source>
        <translation>Hauptartikel</translation>
    </message>
    <message>
        <source>another article (%1)</source>
        <translation>weiterer Artikel (%1)</translation>
    </message>
    <message>
        <source>Label This Passage As</source>
        <translation>Textstelle kennzeichnen als</translation>
    </message>
    <message>
        <source>The whole document; boilerplate and other articles are shown lighter, copied passages are marked in the margin, and the Outline names each part</source>
        <translation>Das ganze Dokument; Seitenbeiwerk und andere Artikel erscheinen heller, kopierte Passagen sind am Rand markiert, und die Gliederung benennt jeden Teil</translation>
    </message>
    <message>
        <source>The main article only; boilerplate and other articles are hidden</source>
        <translation>Nur der Hauptartikel; Seitenbeiwerk und andere Artikel sind ausgeblendet</translation>
    </message>
    <message>
        <source>Only what this document adds to the copies it shares passages with; boilerplate is hidden</source>
        <translation>Nur was dieses Dokument den Kopien hinzufügt, mit denen es Passagen teilt; Seitenbeiwerk ist ausgeblendet</translation>
    </message>
    <message>
        <source>%1 (entity: %2)</source>
        <translation>%1 (Entität: %2)</translation>
    </message>
    <message>
        <source>%1 (suggested %2; accept or reject it from the context menu)</source>
        <translation>%1 (vorgeschlagen als %2; im Kontextmenü annehmen oder ablehnen)</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::SearchPanel</name>
    <message>
        <source>Search the bundle</source>
        <translation>Das Bündel durchsuchen</translation>
    </message>
    <message>
        <source>Search every document of the bundle; Enter to search</source>
        <translation>Jedes Dokument des Bündels durchsuchen; Eingabe startet die Suche</translation>
    </message>
    <message>
        <source>Bundle search pattern</source>
        <translation>Suchmuster für das Bündel</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Bad pattern: %1</source>
        <translation>Ungültiges Muster: %1</translation>
    </message>
    <message>
        <source>searching %1 of %2…</source>
        <translation>%1 von %2 werden durchsucht…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n document(s)</source>
        <translation>
            <numerusform> in %n Dokument</numerusform>
            <numerusform> in %n Dokumenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Views::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::SourceView</name>
    <message>
        <source>Document source</source>
        <translation>Quelltext des Dokuments</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::TeamDatabaseDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>Mit Team-Datenbank verbinden</translation>
    </message>
    <message>
        <source>empty: use ~/.pgpass</source>
        <translation>leer: ~/.pgpass verwenden</translation>
    </message>
    <message>
        <source>The password is kept only while Lectern runs; it is never saved. Leave it empty to use your ~/.pgpass file.</source>
        <translation>Das Passwort wird nur gehalten, solange Lectern läuft; es wird nie gespeichert. Lassen Sie es leer, um Ihre Datei ~/.pgpass zu verwenden.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
</context>
<context>
    <name>LibraryVersions</name>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>windows, text, databases</source>
        <translation>Fenster, Text, Datenbanken</translation>
    </message>
    <message>
        <source>the annotation store</source>
        <translation>die Anmerkungsdatenbank</translation>
    </message>
    <message>
        <source>words and sentences in every script</source>
        <translation>Wörter und Sätze in jeder Schrift</translation>
    </message>
    <message>
        <source>reading HTML pages</source>
        <translation>HTML-Seiten lesen</translation>
    </message>
    <message>
        <source>Word, OpenDocument, EPUB, REFI-QDA</source>
        <translation>Word, OpenDocument, EPUB, REFI-QDA</translation>
    </message>
    <message>
        <source>reading PDF</source>
        <translation>PDF lesen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read and annotate source bundles.</source>
        <translation>Quellenbündel lesen und annotieren.</translation>
    </message>
    <message>
        <source>Render the window to a PNG after loading, then exit.</source>
        <translation>Das Fenster nach dem Laden als PNG speichern und dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Index file or folder of the bundle to open.</source>
        <translation>Indexdatei oder Ordner des zu öffnenden Bündels.</translation>
    </message>
    <message>
        <source>Use this colour theme for this session (see Settings for the names).</source>
        <translation>Dieses Farbdesign für diese Sitzung verwenden (die Namen stehen in den Einstellungen).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Show this document of the bundle first.</source>
        <translation>Dieses Dokument des Bündels zuerst zeigen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>lectern: could not write the screenshot to %1</source>
        <translation>lectern: der Screenshot konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>lectern: the bundle did not finish loading within two minutes; no screenshot taken</source>
        <translation>lectern: das Bündel wurde nicht innerhalb von zwei Minuten fertig geladen; kein Screenshot aufgenommen</translation>
    </message>
    <message>
        <source>Read in this mode for this session: full, main (the main article) or unique.</source>
        <translation>In dieser Sitzung in diesem Modus lesen: full, main (der Hauptartikel) oder unique.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modus</translation>
    </message>
    <message>
        <source>Show Lectern in this language for this session: en, de or ja.</source>
        <translation>Lectern in dieser Sitzung in dieser Sprache zeigen: en, de oder ja.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>[bundle]</source>
        <translation>[bündel]</translation>
    </message>
    <message>
        <source>lectern: --language takes en, de or ja, not %1</source>
        <translation>lectern: --language erwartet en, de oder ja, nicht %1</translation>
    </message>
    <message>
        <source>lectern: --view takes full, main or unique, not %1</source>
        <translation>lectern: --view erwartet full, main oder unique, nicht %1</translation>
    </message>
    <message>
        <source>Show the first document&apos;s Source view (View › Show Source) for this session.</source>
        <translation>Für diese Sitzung den Quelltext des ersten Dokuments zeigen (Ansicht › Quelltext anzeigen).</translation>
    </message>
</context>
</TS>
