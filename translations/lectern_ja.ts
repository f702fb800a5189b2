<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>EntityEditDialogs</name>
    <message>
        <source>Rename Entity</source>
        <translation>エンティティの名前を変更</translation>
    </message>
    <message>
        <source>Keep “%1” as an alias, so its mentions stay highlighted</source>
        <translation>「%1」を別名として残し、その言及を強調表示したままにする</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>新しい名前(&amp;N):</translation>
    </message>
    <message>
        <source>Type the new name.</source>
        <translation>新しい名前を入力してください。</translation>
    </message>
    <message>
        <source>“%1” already names %2; merge the two entities instead.</source>
        <translation>「%1」はすでに %2 の名前です。代わりに 2 つのエンティティを統合してください。</translation>
    </message>
    <message>
        <source>Change Category</source>
        <translation>カテゴリを変更</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>“%1” is &amp;a:</source>
        <translation>「%1」のカテゴリ(&amp;A):</translation>
    </message>
    <message>
        <source>A category is a word or two, such as organisation or vessel.</source>
        <translation>カテゴリは「組織」や「船舶」のような 1～2 語の言葉です。</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>エンティティを統合</translation>
    </message>
    <message>
        <source>Entity to merge into</source>
        <translation>統合先のエンティティ</translation>
    </message>
    <message>
        <source>Merge “%1” &amp;into:</source>
        <translation>「%1」の統合先(&amp;I):</translation>
    </message>
    <message>
        <source>“%1” and its aliases become aliases of the chosen entity, which keeps its name and category.</source>
        <translation>「%1」とその別名は、選んだエンティティの別名になります。選んだエンティティの名前とカテゴリはそのまま残ります。</translation>
    </message>
    <message>
        <source>Choose one of the bundle&apos;s entities.</source>
        <translation>バンドルのエンティティを 1 つ選んでください。</translation>
    </message>
    <message>
        <source>An entity cannot be merged into itself.</source>
        <translation>エンティティをそれ自身に統合することはできません。</translation>
    </message>
</context>
<context>
    <name>Lectern::App::AnnotationController</name>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>選択範囲に注釈を付ける(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Re-attach “%1” Here</source>
        <translation>「%1」をここに付け直す</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1:「%2」</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>注釈を削除</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>注釈を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Choose an annotation in the Notes panel to edit it</source>
        <translation>編集するには「メモ」パネルで注釈を選んでください</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;New Label…</source>
        <translation>新しいラベル(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit &amp;Label</source>
        <translation>ラベルを編集(&amp;L)</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>チームデータベースに接続(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Label As</source>
        <translation>ラベルを付ける(&amp;L)</translation>
    </message>
    <message>
        <source>Recolour “%1”…</source>
        <translation>「%1」の色を変更…</translation>
    </message>
    <message>
        <source>Show &amp;Claim and Evidence</source>
        <translation>主張と根拠を表示(&amp;C)</translation>
    </message>
    <message>
        <source>Unlink from “%1”</source>
        <translation>「%1」とのリンクを解除</translation>
    </message>
    <message>
        <source>Link as E&amp;vidence for “%1”</source>
        <translation>「%1」の根拠としてリンク(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Re-attach to Selection</source>
        <translation>選択範囲に付け直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>注釈を削除(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of this document could not be found in its text; the Notes panel marks them</source>
        <translation>
            <numerusform>この文書の注釈 %n 件が本文中に見つかりませんでした。「メモ」パネルで印が付いています</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations cannot be saved for this bundle; the Problems panel says why</source>
        <translation>このバンドルの注釈は保存できません。理由は「問題」パネルに表示されています</translation>
    </message>
    <message>
        <source>Select a passage in the reader to annotate it</source>
        <translation>注釈を付けるには、リーダーで箇所を選択してください</translation>
    </message>
    <message>
        <source>Annotated as %1</source>
        <translation>%1 として注釈を付けました</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>注釈を編集</translation>
    </message>
    <message>
        <source>Annotation deleted (Undo brings it back)</source>
        <translation>注釈を削除しました(元に戻すで復元できます)</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>「%1」の色</translation>
    </message>
    <message>
        <source>Choose a claim first (Show Claim and Evidence), then link evidence to it</source>
        <translation>先に主張を選び(「主張と根拠を表示」)、それから根拠をリンクしてください</translation>
    </message>
    <message>
        <source>Linked as evidence for the claim</source>
        <translation>主張の根拠としてリンクしました</translation>
    </message>
    <message>
        <source>Select the passage in the reader first, then re-attach the annotation to it</source>
        <translation>先にリーダーで箇所を選択してから、注釈をそこに付け直してください</translation>
    </message>
    <message>
        <source>Re-attached to “%1”</source>
        <translation>「%1」に付け直しました</translation>
    </message>
    <message>
        <source>New Label</source>
        <translation>新しいラベル</translation>
    </message>
    <message>
        <source>Edit Label</source>
        <translation>ラベルを編集</translation>
    </message>
    <message>
        <source>Label Passage as %1</source>
        <translation>箇所に %1 のラベルを付ける</translation>
    </message>
    <message>
        <source>Could not connect to the team database: %1</source>
        <translation>チームデータベースに接続できませんでした: %1</translation>
    </message>
    <message>
        <source>Annotations now come from the team database %1</source>
        <translation>注釈はチームデータベース %1 から読み込まれるようになりました</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Your version of the annotation was stored</source>
        <translation>あなたの版の注釈を保存しました</translation>
    </message>
    <message>
        <source>The stored version of the annotation was kept</source>
        <translation>保存済みの版の注釈を残しました</translation>
    </message>
</context>
<context>
    <name>Lectern::App::EntityController</name>
    <message>
        <source>Entities</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <source>&amp;Highlight All Like This…</source>
        <translation>同じものをすべて強調表示(&amp;H)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Make the selected name an entity of the bundle, highlighted in every document</source>
        <translation>選択した名前をバンドルのエンティティにし、すべての文書で強調表示します</translation>
    </message>
    <message>
        <source>Next &amp;Mention of the Entity</source>
        <translation>エンティティの次の言及(&amp;M)</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Previous M&amp;ention of the Entity</source>
        <translation>エンティティの前の言及(&amp;E)</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>Select a name in the text first (up to 200 characters).</source>
        <translation>先に本文中の名前を選択してください(200 文字まで)。</translation>
    </message>
    <message>
        <source>Highlight All Like This</source>
        <translation>同じものをすべて強調表示</translation>
    </message>
    <message>
        <source>Highlight every “%1” in the bundle as:</source>
        <translation>バンドル内のすべての「%1」を次として強調表示:</translation>
    </message>
    <message>
        <source>“%1” is now an entity (%2); Undo takes it back.</source>
        <translation>「%1」はエンティティ(%2)になりました。元に戻すで取り消せます。</translation>
    </message>
    <message>
        <source>%1 is not mentioned in this bundle</source>
        <translation>%1 はこのバンドルで言及されていません</translation>
    </message>
    <message>
        <source>%1: mention %2 of %3</source>
        <translation>%1: 言及 %2/%3</translation>
    </message>
    <message>
        <source>Accept “%1” as %2</source>
        <translation>「%1」を %2 として承認</translation>
    </message>
    <message>
        <source>Accept “%1” As</source>
        <translation>「%1」を次として承認</translation>
    </message>
    <message>
        <source>Reject the Suggestion “%1”</source>
        <translation>提案「%1」を却下</translation>
    </message>
</context>
<context>
    <name>Lectern::App::ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>注釈をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write excerpts and notes as Markdown, HTML, CSV, Web Annotations, REFI-QDA, ODT, PDF or a clean corpus</source>
        <translation>抜粋とメモを Markdown、HTML、CSV、Web Annotations、REFI-QDA、ODT、PDF、またはクリーンなコーパスとして書き出します</translation>
    </message>
    <message>
        <source>Bring the annotations of a W3C Web Annotation (JSON-LD) or REFI-QDA (.qdpx) file into this bundle</source>
        <translation>W3C Web Annotation (JSON-LD) または REFI-QDA (.qdpx) ファイルの注釈をこのバンドルに取り込みます</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>注釈のインポート</translation>
    </message>
    <message>
        <source>Annotations (*.jsonld *.json *.qdpx);;All files (*)</source>
        <translation>注釈 (*.jsonld *.json *.qdpx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The bundle&apos;s annotations are read-only here; nothing was imported.</source>
        <translation>このバンドルの注釈はここでは読み取り専用です。何もインポートされませんでした。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Finding the imported passages in the bundle’s documents…</source>
        <translation>インポートした箇所をバンドルの文書から探しています…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s)</source>
        <translation>
            <numerusform>注釈を %n 件インポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were already in the bundle</source>
        <translation>
            <numerusform>。%n 件はすでにバンドルにありました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be placed in any document</source>
        <translation>
            <numerusform>。%n 件はどの文書にも配置できませんでした</numerusform>
        </translation>
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
        <translation>バンドルを開いて読み始めましょう: ファイル › バンドルを開く (Ctrl+O)、またはインデックスファイルかフォルダーをここにドロップします。</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>読み込みの進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source> (segmentation stopped)</source>
        <translation>(セグメント分割を中止しました)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Bundle…</source>
        <translation>バンドルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Bundle</source>
        <translation>バンドルを開く</translation>
    </message>
    <message>
        <source>Bundle indexes (*.json *.jsonl *.ndjson *.csv *.tsv *.txt *.lst);;All files (*)</source>
        <translation>バンドルのインデックス (*.json *.jsonl *.ndjson *.csv *.tsv *.txt *.lst);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open &amp;Folder as Bundle…</source>
        <translation>フォルダーをバンドルとして開く(&amp;F)…</translation>
    </message>
    <message>
        <source>Open Folder as Bundle</source>
        <translation>フォルダーをバンドルとして開く</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったバンドル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Allow Paths &amp;Outside the Bundle&apos;s Folder</source>
        <translation>バンドルのフォルダー外のパスを許可(&amp;O)</translation>
    </message>
    <message>
        <source>Open documents whose index paths lead outside the folder of the index (off by default)</source>
        <translation>インデックスのパスがインデックスのフォルダーの外を指す文書も開きます(既定ではオフ)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
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
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find in Document…</source>
        <translation>文書内を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search the Bundle…</source>
        <translation>バンドル内を検索(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>注釈(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>Find &amp;Document</source>
        <translation>文書を探す(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Next Document</source>
        <translation>次の文書(&amp;N)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Previous Document</source>
        <translation>前の文書(&amp;P)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Source</source>
        <translation>ソースを表示(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>Lectern について(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Reading the index…</source>
        <translation>インデックスを読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <source>Nothing could be opened from %1. The Problems panel says why.</source>
        <translation>%1 からは何も開けませんでした。理由は「問題」パネルに表示されています。</translation>
    </message>
    <message numerus="yes">
        <source>Segmenting %n document(s)…</source>
        <translation>
            <numerusform>%n 件の文書をセグメントに分割しています…</numerusform>
        </translation>
    </message>
    <message>
        <source> (checking cancelled)</source>
        <translation>(確認を中止しました)</translation>
    </message>
    <message>
        <source>This document cannot be shown: %1</source>
        <translation>この文書は表示できません: %1</translation>
    </message>
    <message>
        <source>annotations: %1</source>
        <translation>注釈: %1</translation>
    </message>
    <message>
        <source>the annotations cannot be opened: %1</source>
        <translation>注釈を開けません: %1</translation>
    </message>
    <message>
        <source> (another place for them: %1)</source>
        <translation>(別の保存先: %1)</translation>
    </message>
    <message>
        <source>the annotations cannot be read: %1</source>
        <translation>注釈を読み込めません: %1</translation>
    </message>
    <message>
        <source>the annotations are open read-only; %1</source>
        <translation>注釈は読み取り専用で開かれています。%1</translation>
    </message>
    <message>
        <source>&amp;Full Text</source>
        <translation>全文(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Main Article</source>
        <translation>本文記事(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Unique Content</source>
        <translation>固有の内容(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>%1% boilerplate</source>
        <translation>定型部分 %1%</translation>
    </message>
    <message>
        <source>No bundle open</source>
        <translation>バンドルが開かれていません</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 件の文書</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n error(s)</source>
        <translation>
            <numerusform> — エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n warning(s)</source>
        <translation>
            <numerusform> — 警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source> — checking documents…</source>
        <translation> — 文書を確認しています…</translation>
    </message>
    <message>
        <source>The document&apos;s structure: title, articles and their headings, boilerplate and copied passages</source>
        <translation>文書の構造: 見出し、記事とその小見出し、定型部分、複製された箇所</translation>
    </message>
    <message>
        <source>Go to the Canonical Copy in “%1”</source>
        <translation>「%1」の正本へ移動</translation>
    </message>
    <message>
        <source>&amp;Next Reading Mode</source>
        <translation>次の閲覧モード(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Full text, then the main article, then only what is new, then the full text again</source>
        <translation>全文、本文記事、新しい部分だけ、そしてまた全文の順に切り替えます</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Next &amp;Article</source>
        <translation>次の記事(&amp;A)</translation>
    </message>
    <message>
        <source>No other article after this one</source>
        <translation>この後に別の記事はありません</translation>
    </message>
    <message>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <source>Previous A&amp;rticle</source>
        <translation>前の記事(&amp;R)</translation>
    </message>
    <message>
        <source>No other article before this one</source>
        <translation>この前に別の記事はありません</translation>
    </message>
    <message>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <source>Next Anno&amp;tation</source>
        <translation>次の注釈(&amp;T)</translation>
    </message>
    <message>
        <source>No annotation after this point</source>
        <translation>この位置より後に注釈はありません</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Previous Annotat&amp;ion</source>
        <translation>前の注釈(&amp;I)</translation>
    </message>
    <message>
        <source>No annotation before this point</source>
        <translation>この位置より前に注釈はありません</translation>
    </message>
    <message>
        <source>Shift+F7</source>
        <translation>Shift+F7</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <source>copy (%1%)</source>
        <translation>複製 %1%</translation>
    </message>
    <message>
        <source>A copy of “%1”: %2% of its passages are there</source>
        <translation>「%1」の複製: 箇所の %2% がそちらにもあります</translation>
    </message>
    <message>
        <source>Another article follows the main one</source>
        <translation>本文記事の後に別の記事が続きます</translation>
    </message>
    <message>
        <source>%1% of the text is boilerplate</source>
        <translation>テキストの %1% が定型部分です</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>問題 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the Problems panel</source>
        <translation>「問題」パネルを表示</translation>
    </message>
    <message>
        <source>+ article</source>
        <translation>+ 別の記事</translation>
    </message>
    <message>
        <source>Show the document as written (HTML, Markdown, JSON, a web archive&apos;s record) highlighted, or a PDF&apos;s page as it is laid out</source>
        <translation>文書を書かれたまま（HTML、Markdown、JSON、ウェブアーカイブのレコード）強調表示で、または PDF のページをレイアウトどおりに表示します</translation>
    </message>
    <message>
        <source>Poppler drew nothing for page %1</source>
        <translation>Poppler は %1 ページ目を描画しませんでした</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli</name>
    <message>
        <source>Refuse documents larger than this many megabytes (default 256).</source>
        <translation>この値(MB)より大きい文書は開きません(既定 256)。</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Open documents whose paths lead outside the bundle&apos;s folder.</source>
        <translation>パスがバンドルのフォルダーの外を指す文書も開きます。</translation>
    </message>
    <message>
        <source>The bundle: an index file (manifest, list, CSV, TSV, JSON Lines) or a folder.</source>
        <translation>バンドル: インデックスファイル(マニフェスト、リスト、CSV、TSV、JSON Lines)またはフォルダー。</translation>
    </message>
    <message>
        <source>lectern-cli: name exactly one INDEX (an index file or a folder)</source>
        <translation>lectern-cli: INDEX(インデックスファイルまたはフォルダー)をちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>lectern-cli: name the INDEX (an index file or a folder), then %1</source>
        <translation>lectern-cli: INDEX(インデックスファイルまたはフォルダー)を指定し、続けて %1 を指定してください</translation>
    </message>
    <message>
        <source>lectern-cli: --max-document-size needs a positive number of megabytes, at most %1</source>
        <translation>lectern-cli: --max-document-size には正の数(MB、最大 %1)を指定してください</translation>
    </message>
    <message>
        <source>lectern-cli: nothing could be loaded from %1</source>
        <translation>lectern-cli: %1 からは何も読み込めませんでした</translation>
    </message>
    <message>
        <source>lectern-cli %1: the entity decisions were not applied: %2</source>
        <translation>lectern-cli %1: エンティティの判断は適用されませんでした: %2</translation>
    </message>
    <message>
        <source>lectern-cli %1: no decision was kept: %2</source>
        <translation>lectern-cli %1: 判断は保存されませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>lectern-cli %1: kept %n entity decision(s) in %2</source>
        <translation>
            <numerusform>lectern-cli %1: エンティティの判断 %n 件を %2 に保存しました</numerusform>
        </translation>
    </message>
    <message>
        <source>lectern-cli entities: --%1 takes two names joined by &apos;=&apos;, not “%2”</source>
        <translation>lectern-cli entities: --%1 には「=」でつないだ 2 つの名前を指定してください(「%2」ではありません)</translation>
    </message>
    <message>
        <source>lectern-cli entities: “%1” is not a category name</source>
        <translation>lectern-cli entities: 「%1」はカテゴリ名ではありません</translation>
    </message>
    <message>
        <source>lectern-cli entities: --reject needs a name</source>
        <translation>lectern-cli entities: --reject には名前が必要です</translation>
    </message>
    <message>
        <source>Find the gazetteer&apos;s entities in every document, with counts and positions; optionally suggest new ones.</source>
        <translation>名称辞書のエンティティをすべての文書から件数と位置付きで探します。新しい候補の提案もできます。</translation>
    </message>
    <message>
        <source>Print JSON (see docs/formats.md); offsets in code points, end exclusive.</source>
        <translation>JSON を出力します(docs/formats.md を参照)。位置はコードポイント単位で、終端は含みません。</translation>
    </message>
    <message>
        <source>Use this gazetteer instead of the one the manifest names.</source>
        <translation>マニフェストで指定された名称辞書の代わりにこの名称辞書を使います。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Add ranked candidate entities mined from the bundle.</source>
        <translation>バンドルから抽出し順位を付けたエンティティ候補を追加します。</translation>
    </message>
    <message>
        <source>Read the entity decisions from this database instead of the bundle&apos;s own.</source>
        <translation>エンティティの判断をバンドル自身のデータベースではなくこのデータベースから読み込みます。</translation>
    </message>
    <message>
        <source>Use the gazetteer file as it is, without the decisions made in the reader.</source>
        <translation>リーダーで行った判断を使わず、名称辞書ファイルをそのまま使います。</translation>
    </message>
    <message>
        <source>Make NAME an entity of CATEGORY, or give the entity NAME that category (repeatable).</source>
        <translation>NAME を CATEGORY のエンティティにするか、エンティティ NAME にそのカテゴリを設定します(繰り返し指定可)。</translation>
    </message>
    <message>
        <source>NAME=CATEGORY</source>
        <translation>NAME=CATEGORY</translation>
    </message>
    <message>
        <source>Stop highlighting the entity NAME, or never suggest NAME again (repeatable).</source>
        <translation>エンティティ NAME の強調表示をやめるか、NAME を二度と提案しないようにします(繰り返し指定可)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Call the entity OLD by NEW; OLD stays an alias (repeatable).</source>
        <translation>エンティティ OLD の名前を NEW にします。OLD は別名として残ります(繰り返し指定可)。</translation>
    </message>
    <message>
        <source>OLD=NEW</source>
        <translation>OLD=NEW</translation>
    </message>
    <message>
        <source>Make the entity NAME and its aliases aliases of the entity INTO (repeatable).</source>
        <translation>エンティティ NAME とその別名を、エンティティ INTO の別名にします(繰り返し指定可)。</translation>
    </message>
    <message>
        <source>NAME=INTO</source>
        <translation>NAME=INTO</translation>
    </message>
    <message>
        <source>lectern-cli entities: --ignore-decisions cannot be combined with decisions to keep</source>
        <translation>lectern-cli entities: --ignore-decisions は保存する判断と同時には指定できません</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>言及 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>文書 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions:</source>
        <translation>候補:</translation>
    </message>
    <message>
        <source>Use this SQLite database instead of the bundle&apos;s own.</source>
        <translation>バンドル自身のデータベースの代わりにこの SQLite データベースを使います。</translation>
    </message>
    <message>
        <source>lectern-cli %1: the bundle has no annotations yet (no database at %2)</source>
        <translation>lectern-cli %1: このバンドルにはまだ注釈がありません(%2 にデータベースがありません)</translation>
    </message>
    <message>
        <source>Only this document (repeat for several).</source>
        <translation>この文書のみ(複数の場合は繰り返し指定)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only this label and the labels below it.</source>
        <translation>このラベルとその下位ラベルのみ。</translation>
    </message>
    <message>
        <source>Only claims with this status: unverified, supported, disputed, refuted (repeatable).</source>
        <translation>このステータスの主張のみ: unverified、supported、disputed、refuted(繰り返し指定可)。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only annotations with this tag (repeatable).</source>
        <translation>このタグの付いた注釈のみ(繰り返し指定可)。</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>Only excerpts that mention this entity.</source>
        <translation>このエンティティに言及する抜粋のみ。</translation>
    </message>
    <message>
        <source>Only annotations whose quote or note contains this.</source>
        <translation>引用またはメモにこの文字列を含む注釈のみ。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Leave out annotations whose quote is no longer found.</source>
        <translation>引用が見つからなくなった注釈を除外します。</translation>
    </message>
    <message>
        <source>lectern-cli: unknown status “%1” (unverified, supported, disputed, refuted)</source>
        <translation>lectern-cli: 不明なステータス「%1」(unverified、supported、disputed、refuted のいずれか)</translation>
    </message>
    <message>
        <source>Export the bundle&apos;s annotations (or, with --format jsonl, its clean corpus).</source>
        <translation>バンドルの注釈をエクスポートします(--format jsonl の場合はクリーンなコーパス)。</translation>
    </message>
    <message>
        <source>md, html, csv, jsonld, qdpx, qdc, odt, pdf or jsonl.</source>
        <translation>md、html、csv、jsonld、qdpx、qdc、odt、pdf、jsonl のいずれか。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write; - writes a text format to standard output.</source>
        <translation>書き出すファイル。- を指定するとテキスト形式を標準出力に書き出します。</translation>
    </message>
    <message>
        <source>Group excerpts by document, label or claim (md, html, odt, pdf).</source>
        <translation>抜粋を文書、ラベル、主張のいずれかでまとめます(md、html、odt、pdf)。</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>BY</translation>
    </message>
    <message>
        <source>Start a CSV file with a byte order mark (for spreadsheet programs).</source>
        <translation>CSV ファイルの先頭に BOM を付けます(表計算ソフト向け)。</translation>
    </message>
    <message>
        <source>Write CSV cells that start with = + - @ as they are, without the &apos; that keeps spreadsheet programs from running them.</source>
        <translation>= + - @ で始まる CSV のセルを、表計算ソフトが実行しないようにする &apos; を付けずにそのまま書き出します。</translation>
    </message>
    <message>
        <source>Name entities from this gazetteer instead of the bundle&apos;s.</source>
        <translation>バンドルの名称辞書の代わりにこの名称辞書でエンティティを名付けます。</translation>
    </message>
    <message>
        <source>lectern-cli export: name the format with --format (md, html, csv, jsonld, qdpx, qdc, odt, pdf, jsonl)</source>
        <translation>lectern-cli export: --format で形式を指定してください(md、html、csv、jsonld、qdpx、qdc、odt、pdf、jsonl)</translation>
    </message>
    <message>
        <source>lectern-cli export: name the file to write with --out FILE</source>
        <translation>lectern-cli export: 書き出すファイルを --out FILE で指定してください</translation>
    </message>
    <message>
        <source>lectern-cli export: --group takes document, label or claim</source>
        <translation>lectern-cli export: --group には document、label、claim のいずれかを指定してください</translation>
    </message>
    <message>
        <source>lectern-cli export: %1 is not text; name a file with --out</source>
        <translation>lectern-cli export: %1 はテキストではありません。--out でファイルを指定してください</translation>
    </message>
    <message numerus="yes">
        <source>lectern-cli export: wrote %n document(s) to %1</source>
        <translation>
            <numerusform>lectern-cli export: 文書 %n 件を %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lectern-cli export: wrote %n annotation(s) to %1</source>
        <translation>
            <numerusform>lectern-cli export: 注釈 %n 件を %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring the annotations of a W3C Web Annotation (JSON-LD) or REFI-QDA (.qdpx) file into the bundle.</source>
        <translation>W3C Web Annotation (JSON-LD) または REFI-QDA (.qdpx) ファイルの注釈をバンドルに取り込みます。</translation>
    </message>
    <message>
        <source>The .jsonld/.json or .qdpx file.</source>
        <translation>.jsonld/.json または .qdpx ファイル。</translation>
    </message>
    <message>
        <source>lectern-cli import: name the file to import after the index</source>
        <translation>lectern-cli import: インデックスの後にインポートするファイルを指定してください</translation>
    </message>
    <message>
        <source>lectern-cli import: cannot read %1: %2</source>
        <translation>lectern-cli import: %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>lectern-cli import: the database is read-only; nothing was imported</source>
        <translation>lectern-cli import: データベースは読み取り専用です。何もインポートされませんでした</translation>
    </message>
    <message numerus="yes">
        <source>lectern-cli import: imported %n annotation(s)</source>
        <translation>
            <numerusform>lectern-cli import: 注釈 %n 件をインポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the bundle</source>
        <translation>
            <numerusform>、%n 件はすでにバンドルにありました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be placed (listed above)</source>
        <translation>
            <numerusform>、%n 件は配置できませんでした(上記参照)</numerusform>
        </translation>
    </message>
    <message>
        <source>List the bundle&apos;s annotations; positions in code points, end exclusive.</source>
        <translation>バンドルの注釈を一覧表示します。位置はコードポイント単位で、終端は含みません。</translation>
    </message>
    <message>
        <source>Print JSON (see docs/formats.md).</source>
        <translation>JSON を出力します(docs/formats.md を参照)。</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>注釈 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>List a bundle&apos;s documents and every problem found in it.</source>
        <translation>バンドルの文書と、見つかったすべての問題を一覧表示します。</translation>
    </message>
    <message>
        <source>Print JSON (see docs/formats.md) instead of a table.</source>
        <translation>表の代わりに JSON を出力します(docs/formats.md を参照)。</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 (%2, %n document(s)) at %3</source>
        <translation>
            <numerusform>バンドル %1 (%2、文書 %n 件) の場所: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment every document: titles, body, boilerplate, trailers, duplicated passages.</source>
        <translation>すべての文書をセグメントに分割します: 見出し、本文、定型部分、別記事、重複した箇所。</translation>
    </message>
    <message>
        <source>Leave out the white space between blocks.</source>
        <translation>ブロック間の空白を除外します。</translation>
    </message>
    <message>
        <source>Write each document&apos;s main article body to DIR/&lt;id&gt;.txt (no title, boilerplate or trailer).</source>
        <translation>各文書の本文記事の本文を DIR/&lt;id&gt;.txt に書き出します(見出し、定型部分、別記事は含みません)。</translation>
    </message>
    <message>
        <source>Folder to write into (made when missing).</source>
        <translation>書き出し先のフォルダー(なければ作成します)。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>lectern-cli extract: name the folder to write into with --out DIR</source>
        <translation>lectern-cli extract: 書き出し先のフォルダーを --out DIR で指定してください</translation>
    </message>
    <message>
        <source>lectern-cli extract: cannot make the folder %1</source>
        <translation>lectern-cli extract: フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>lectern-cli extract: &quot;%1&quot; and &quot;%2&quot; share the file name %3; writing %4</source>
        <translation>lectern-cli extract: 「%1」と「%2」のファイル名が同じ %3 になります。%4 に書き出します</translation>
    </message>
    <message>
        <source>lectern-cli extract: %1: %2</source>
        <translation>lectern-cli extract: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>lectern-cli extract: wrote %n file(s) to %1</source>
        <translation>
            <numerusform>lectern-cli extract: ファイル %n 件を %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be written (see above)</source>
        <translation>
            <numerusform>。%n 件は書き出せませんでした(上記参照)</numerusform>
        </translation>
    </message>
    <message>
        <source>List clusters of near-duplicate documents and of repeated passages, with their canonical copies.</source>
        <translation>ほぼ重複する文書と繰り返される箇所のまとまりを、その正本とともに一覧表示します。</translation>
    </message>
    <message>
        <source>Leave out repeated passages shorter than N words (default 1).</source>
        <translation>N 語より短い繰り返し箇所を除外します(既定 1)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated passage(s); --json lists them</source>
        <translation>
            <numerusform>繰り返される箇所 %n 件(--json で一覧表示)</numerusform>
        </translation>
    </message>
    <message>
        <source>list a bundle&apos;s documents and problems</source>
        <translation>バンドルの文書と問題を一覧表示</translation>
    </message>
    <message>
        <source>label every passage: title, body, boilerplate, trailer, duplicate</source>
        <translation>すべての箇所にラベルを付ける: 見出し、本文、定型部分、別記事、重複</translation>
    </message>
    <message>
        <source>find the gazetteer&apos;s entities across the bundle; --suggest mines new ones</source>
        <translation>バンドル全体から名称辞書のエンティティを探す。--suggest で新しい候補を抽出</translation>
    </message>
    <message>
        <source>write each document&apos;s main article text to a folder</source>
        <translation>各文書の本文記事のテキストをフォルダーに書き出す</translation>
    </message>
    <message>
        <source>write annotations as md, html, csv, jsonld, qdpx, qdc, odt, pdf; jsonl writes the clean corpus</source>
        <translation>注釈を md、html、csv、jsonld、qdpx、qdc、odt、pdf で書き出す。jsonl はクリーンなコーパスを書き出す</translation>
    </message>
    <message>
        <source>bring a W3C JSON-LD or REFI-QDA .qdpx file&apos;s annotations into the bundle</source>
        <translation>W3C JSON-LD または REFI-QDA .qdpx ファイルの注釈をバンドルに取り込む</translation>
    </message>
    <message>
        <source>list the bundle&apos;s annotations (--json for positions, labels, notes)</source>
        <translation>バンドルの注釈を一覧表示(--json で位置、ラベル、メモも)</translation>
    </message>
    <message>
        <source>list near-duplicate documents and repeated passages</source>
        <translation>ほぼ重複する文書と繰り返される箇所を一覧表示</translation>
    </message>
    <message>
        <source>Usage: lectern-cli COMMAND INDEX [options]</source>
        <translation>使い方: lectern-cli COMMAND INDEX [オプション]</translation>
    </message>
    <message>
        <source>Lectern&apos;s headless tool: every job the reader does, scriptable.</source>
        <translation>Lectern のコマンドラインツール: リーダーでできることをすべてスクリプトから実行できます。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>lectern-cli COMMAND --help describes a command&apos;s options.</source>
        <translation>lectern-cli COMMAND --help でコマンドのオプションを表示します。</translation>
    </message>
    <message>
        <source>Options: --help, --version</source>
        <translation>オプション: --help、--version</translation>
    </message>
    <message>
        <source>lectern-cli: unknown command “%1”; lectern-cli --help lists the commands</source>
        <translation>lectern-cli: 不明なコマンド「%1」。lectern-cli --help でコマンドの一覧を表示します</translation>
    </message>
    <message>
        <source>Refuse an archive that unpacks to more than this many megabytes (default %1).</source>
        <translation>展開後のサイズがこの MB を超えるアーカイブを拒否します(既定値 %1)。</translation>
    </message>
    <message>
        <source>Cut notes longer than this many thousand (1,024) characters, and say so (default %1).</source>
        <translation>この数 × 1,024 文字より長いメモを切り詰め、その旨を表示します(既定値 %1)。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>lectern-cli import: --max-import-size and --max-note-size need a positive whole number</source>
        <translation>lectern-cli import: --max-import-size と --max-note-size には正の整数を指定してください</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::AnnotationListModel</name>
    <message>
        <source>unverified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>裏付けあり</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>異論あり</translation>
    </message>
    <message>
        <source>refuted</source>
        <translation>反証済み</translation>
    </message>
    <message>
        <source>⚠ not found: %1</source>
        <translation>⚠ 見つかりません: %1</translation>
    </message>
    <message>
        <source>This passage is no longer in the document&apos;s text. Select where it went in the reader and choose “Re-attach to Selection”, or delete the annotation.

%1</source>
        <translation>この箇所は文書の本文にもうありません。リーダーで移動先を選択して「選択範囲に付け直す」を選ぶか、注釈を削除してください。

%1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>抜粋</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::AnnotationStore</name>
    <message>
        <source>%1: the annotation names no document.</source>
        <translation>%1: 注釈に文書が指定されていません。</translation>
    </message>
    <message>
        <source>%1: the passage&apos;s range %2–%3 is not valid.</source>
        <translation>%1: 箇所の範囲 %2–%3 が正しくありません。</translation>
    </message>
    <message>
        <source>%1: a label needs a name.</source>
        <translation>%1: ラベルには名前が必要です。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a colour of the form #RRGGBB.</source>
        <translation>%1: 「%2」は #RRGGBB 形式の色ではありません。</translation>
    </message>
    <message>
        <source>Opening the annotation database</source>
        <translation>注釈データベースを開く処理</translation>
    </message>
    <message>
        <source>Opening the annotation database failed.</source>
        <translation>注釈データベースを開けませんでした。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an annotation database. Keep this bundle&apos;s annotations in “%2” instead.</source>
        <translation>「%1」はフォルダーで、注釈データベースではありません。このバンドルの注釈は代わりに「%2」に保存してください。</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link. Lectern does not open annotation databases through links (a link can lead to another bundle&apos;s annotations), so nothing was opened or changed. Put the database itself there, or keep this bundle&apos;s annotations in “%2” instead.</source>
        <translation>「%1」はシンボリックリンクです。リンクは別のバンドルの注釈を指していることがあるため、Lectern はリンク経由で注釈データベースを開きません。何も開かず、何も変更していません。データベース本体をそこに置くか、このバンドルの注釈を代わりに「%2」に保存してください。</translation>
    </message>
    <message>
        <source>Lectern cannot read the annotation database “%1”.</source>
        <translation>Lectern は注釈データベース「%1」を読み込めません。</translation>
    </message>
    <message>
        <source>“%1” is not an annotation database (it is not an SQLite file), so Lectern neither opened nor changed it. Move it out of the way, or keep this bundle&apos;s annotations in “%2” instead.</source>
        <translation>「%1」は注釈データベースではない(SQLite ファイルではない)ため、Lectern は開いておらず変更もしていません。ファイルを移動するか、このバンドルの注釈を代わりに「%2」に保存してください。</translation>
    </message>
    <message>
        <source>There is no annotation database at “%1” yet.</source>
        <translation>「%1」にはまだ注釈データベースがありません。</translation>
    </message>
    <message>
        <source>Lectern cannot create the annotation database “%1”: the folder cannot be written. Keep this bundle&apos;s annotations in “%2” instead.</source>
        <translation>Lectern は注釈データベース「%1」を作成できません。フォルダーに書き込めません。このバンドルの注釈は代わりに「%2」に保存してください。</translation>
    </message>
    <message>
        <source>The annotations in “%1” are read-only here (the file or its folder cannot be written): they are shown, but changes cannot be saved.</source>
        <translation>「%1」の注釈はここでは読み取り専用です(ファイルまたはそのフォルダーに書き込めません)。表示はされますが、変更は保存できません。</translation>
    </message>
    <message>
        <source>“%1” is damaged or is not an annotation database, so Lectern did not change it. Restore it from a backup, or keep this bundle&apos;s annotations in “%2” instead.</source>
        <translation>「%1」は壊れているか注釈データベースではないため、Lectern は変更していません。バックアップから復元するか、このバンドルの注釈を代わりに「%2」に保存してください。</translation>
    </message>
    <message>
        <source>“%1” is a database, but not Lectern&apos;s annotations, so Lectern did not change it. Move it out of the way, or keep this bundle&apos;s annotations in “%2” instead.</source>
        <translation>「%1」はデータベースですが Lectern の注釈ではないため、Lectern は変更していません。ファイルを移動するか、このバンドルの注釈を代わりに「%2」に保存してください。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Lectern (annotation schema %2; this Lectern knows up to %3). Lectern did not change it: update Lectern to open these annotations.</source>
        <translation>「%1」は新しいバージョンの Lectern で書かれています(注釈スキーマ %2。この Lectern が扱えるのは %3 まで)。Lectern は変更していません。これらの注釈を開くには Lectern を更新してください。</translation>
    </message>
    <message>
        <source>The annotation database “%1” is damaged: %2 missing. Lectern opened it read-only so that nothing more is lost; restore it from a backup, or keep new annotations elsewhere.</source>
        <translation>注釈データベース「%1」は壊れています: %2 がありません。これ以上失われないよう、Lectern は読み取り専用で開きました。バックアップから復元するか、新しい注釈は別の場所に保存してください。</translation>
    </message>
    <message>
        <source>“%1” was written by an older Lectern and must be upgraded, but it cannot be written here. Open it where it can be written, or keep this bundle&apos;s annotations in “%2”.</source>
        <translation>「%1」は古いバージョンの Lectern で書かれているため更新が必要ですが、ここでは書き込めません。書き込める場所で開くか、このバンドルの注釈を「%2」に保存してください。</translation>
    </message>
    <message>
        <source>This Lectern cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (QPSQL; on Debian the package libqt6sql6-psql) is not installed.</source>
        <translation>この Lectern は PostgreSQL に接続できません: Qt の PostgreSQL ドライバー(QPSQL。Debian ではパッケージ libqt6sql6-psql)がインストールされていません。</translation>
    </message>
    <message>
        <source>The team&apos;s annotations at %1 were opened read-only.</source>
        <translation>%1 のチームの注釈を読み取り専用で開きました。</translation>
    </message>
    <message>
        <source>Lectern could not connect to the team&apos;s annotation database %1. Check the host, port, database, user and password, and that the server is running.</source>
        <translation>Lectern はチームの注釈データベース %1 に接続できませんでした。ホスト、ポート、データベース、ユーザー、パスワードと、サーバーが動いているかを確認してください。</translation>
    </message>
    <message>
        <source>The database %1 holds other tables but not Lectern&apos;s annotations, so Lectern did not change it. Give the team&apos;s annotations a database of their own.</source>
        <translation>データベース %1 には別のテーブルがありますが Lectern の注釈はないため、Lectern は変更していません。チームの注釈には専用のデータベースを用意してください。</translation>
    </message>
    <message>
        <source>The team&apos;s database %1 was set up by a newer Lectern (annotation schema %2; this Lectern knows up to %3). Lectern did not change it: update Lectern to work with it.</source>
        <translation>チームのデータベース %1 は新しいバージョンの Lectern で作成されています(注釈スキーマ %2。この Lectern が扱えるのは %3 まで)。Lectern は変更していません。使うには Lectern を更新してください。</translation>
    </message>
    <message>
        <source>The team&apos;s database %1 is damaged: %2 missing. Lectern opened it read-only so that nothing more is lost; ask whoever runs the server to restore it.</source>
        <translation>チームのデータベース %1 は壊れています: %2 がありません。これ以上失われないよう、Lectern は読み取り専用で開きました。サーバーの管理者に復元を依頼してください。</translation>
    </message>
    <message>
        <source>The team&apos;s database %1 must be upgraded, but it was opened read-only.</source>
        <translation>チームのデータベース %1 は更新が必要ですが、読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>Preparing the annotation database</source>
        <translation>注釈データベースの準備</translation>
    </message>
    <message>
        <source>these annotations were opened read-only.</source>
        <translation>これらの注釈は読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation>何も保存されていません。</translation>
    </message>
    <message>
        <source>Reading the annotations</source>
        <translation>注釈の読み込み</translation>
    </message>
    <message>
        <source>The annotation does not exist (any more).</source>
        <translation>その注釈は存在しません(削除されています)。</translation>
    </message>
    <message>
        <source>Saving the new annotation</source>
        <translation>新しい注釈の保存</translation>
    </message>
    <message>
        <source>Saving %1 new annotations</source>
        <translation>%1 件の新しい注釈の保存</translation>
    </message>
    <message>
        <source>%1: the annotation was deleted meanwhile (perhaps by someone else). Nothing was saved.</source>
        <translation>%1: その注釈は(おそらく他の人によって)すでに削除されています。何も保存されていません。</translation>
    </message>
    <message>
        <source>%1: %2 changed this annotation meanwhile (version %3; this edit started from version %4). Nothing was overwritten: choose which version to keep.</source>
        <translation>%1: %2 がこの注釈をすでに変更しています(版 %3。この編集は版 %4 から始めたものです)。何も上書きしていません。残す版を選んでください。</translation>
    </message>
    <message>
        <source>Saving the changed annotation</source>
        <translation>変更した注釈の保存</translation>
    </message>
    <message>
        <source>Deleting the annotation</source>
        <translation>注釈の削除</translation>
    </message>
    <message>
        <source>Restoring the annotation</source>
        <translation>注釈の復元</translation>
    </message>
    <message>
        <source>%1: only a stored annotation can be restored.</source>
        <translation>%1: 復元できるのは保存済みの注釈だけです。</translation>
    </message>
    <message>
        <source>Reading the labels</source>
        <translation>ラベルの読み込み</translation>
    </message>
    <message>
        <source>Saving the new label</source>
        <translation>新しいラベルの保存</translation>
    </message>
    <message>
        <source>Saving the changed label</source>
        <translation>変更したラベルの保存</translation>
    </message>
    <message>
        <source>%1: a label cannot be placed under itself or its own sub-labels.</source>
        <translation>%1: ラベルをそれ自身やその下位ラベルの下に置くことはできません。</translation>
    </message>
    <message>
        <source>%1: the label does not exist (any more).</source>
        <translation>%1: そのラベルは存在しません(削除されています)。</translation>
    </message>
    <message>
        <source>Deleting the label</source>
        <translation>ラベルの削除</translation>
    </message>
    <message>
        <source>%1: %2 annotation(s) carry this label; give them another label first.</source>
        <translation>%1: %2 件の注釈にこのラベルが付いています。先に別のラベルを付けてください。</translation>
    </message>
    <message>
        <source>%1: it has %2 sub-label(s); move or delete them first.</source>
        <translation>%1: 下位ラベルが %2 個あります。先にそれらを移動または削除してください。</translation>
    </message>
    <message>
        <source>Reading the evidence links</source>
        <translation>根拠のリンクの読み込み</translation>
    </message>
    <message>
        <source>Linking the evidence to the claim</source>
        <translation>根拠を主張にリンクする処理</translation>
    </message>
    <message>
        <source>%1: a passage cannot be evidence for itself.</source>
        <translation>%1: 箇所をそれ自身の根拠にすることはできません。</translation>
    </message>
    <message>
        <source>%1: the claim or the evidence does not exist (any more).</source>
        <translation>%1: その主張または根拠は存在しません(削除されています)。</translation>
    </message>
    <message>
        <source>%1: this evidence is already linked to this claim.</source>
        <translation>%1: この根拠はすでにこの主張にリンクされています。</translation>
    </message>
    <message>
        <source>Unlinking the evidence from the claim</source>
        <translation>根拠と主張のリンク解除</translation>
    </message>
    <message>
        <source>%1: the link does not exist (any more).</source>
        <translation>%1: そのリンクは存在しません(削除されています)。</translation>
    </message>
    <message>
        <source>Reading the segment labels</source>
        <translation>セグメントのラベルの読み込み</translation>
    </message>
    <message>
        <source>Saving the segment&apos;s label</source>
        <translation>セグメントのラベルの保存</translation>
    </message>
    <message>
        <source>%1: it needs a document, a valid range and a kind.</source>
        <translation>%1: 文書、正しい範囲、種類が必要です。</translation>
    </message>
    <message>
        <source>Removing the segment&apos;s label</source>
        <translation>セグメントのラベルの削除</translation>
    </message>
    <message>
        <source>%1: the segment has no label of yours (any more).</source>
        <translation>%1: そのセグメントにはあなたのラベルが付いていません(削除されています)。</translation>
    </message>
    <message>
        <source>Reading the entity decisions</source>
        <translation>エンティティの判断の読み込み</translation>
    </message>
    <message>
        <source>Saving the entity decision</source>
        <translation>エンティティの判断の保存</translation>
    </message>
    <message>
        <source>%1: it names no text.</source>
        <translation>%1: テキストが指定されていません。</translation>
    </message>
    <message>
        <source>%1: a rename or a merge needs the other name.</source>
        <translation>%1: 名前の変更や統合には、もう一方の名前が必要です。</translation>
    </message>
    <message>
        <source>Removing the entity decision</source>
        <translation>エンティティの判断の削除</translation>
    </message>
    <message>
        <source>%1: there is no such decision (any more).</source>
        <translation>%1: そのような判断はありません(削除されています)。</translation>
    </message>
    <message>
        <source>No bundle&apos;s annotations are open.</source>
        <translation>バンドルの注釈が開かれていません。</translation>
    </message>
    <message>
        <source>The label does not exist (any more).</source>
        <translation>そのラベルは存在しません(削除されています)。</translation>
    </message>
    <message>
        <source>The segment has no label of yours.</source>
        <translation>そのセグメントにはあなたのラベルが付いていません。</translation>
    </message>
    <message>
        <source>There is no such entity decision.</source>
        <translation>そのようなエンティティの判断はありません。</translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation>スキーマのバージョンの読み込み</translation>
    </message>
    <message>
        <source>Reading the annotation database</source>
        <translation>注釈データベースの読み込み</translation>
    </message>
    <message>
        <source>%1: another program (perhaps a second Lectern) kept the annotation database busy for longer than Lectern waits. Nothing was saved; try again in a moment.</source>
        <translation>%1: 別のプログラム(2 つ目の Lectern かもしれません)が、Lectern の待ち時間を超えて注釈データベースを使用中でした。何も保存されていません。少し待ってからやり直してください。</translation>
    </message>
    <message>
        <source>%1: the annotation database cannot be written here. Nothing was saved.</source>
        <translation>%1: ここでは注釈データベースに書き込めません。何も保存されていません。</translation>
    </message>
    <message>
        <source>%1: the annotation database is damaged or is not a database.</source>
        <translation>%1: 注釈データベースが壊れているか、データベースではありません。</translation>
    </message>
    <message>
        <source>%1: the disk is full. Nothing was saved.</source>
        <translation>%1: ディスクがいっぱいです。何も保存されていません。</translation>
    </message>
    <message>
        <source>%1: it refers to a label or an annotation that does not exist, or it is already there.</source>
        <translation>%1: 存在しないラベルまたは注釈を参照しているか、すでに登録されています。</translation>
    </message>
    <message>
        <source>%1: the server accepts no changes. Nothing was saved.</source>
        <translation>%1: サーバーが変更を受け付けません。何も保存されていません。</translation>
    </message>
    <message>
        <source>%1: the connection to the annotation database was lost. Nothing was saved.</source>
        <translation>%1: 注釈データベースとの接続が切れました。何も保存されていません。</translation>
    </message>
    <message>
        <source>%1: the annotation database reported an error.</source>
        <translation>%1: 注釈データベースがエラーを報告しました。</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::AnnotationWorkspace</name>
    <message>
        <source>Add annotation</source>
        <translation>注釈を追加</translation>
    </message>
    <message>
        <source>Add label %1</source>
        <translation>ラベル %1 を追加</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>注釈を編集</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>%1 のラベルを付ける</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Forget entity decision on %1</source>
        <translation>エンティティ %1 の判断を取り消す</translation>
    </message>
    <message>
        <source>Rename entity %1 to %2</source>
        <translation>エンティティ %1 の名前を %2 に変更</translation>
    </message>
    <message>
        <source>Merge entity %1 into %2</source>
        <translation>エンティティ %1 を %2 に統合</translation>
    </message>
    <message>
        <source>Accept entity %1</source>
        <translation>エンティティ %1 を承認</translation>
    </message>
    <message>
        <source>Reject entity %1</source>
        <translation>エンティティ %1 を却下</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>注釈を削除</translation>
    </message>
    <message>
        <source>Mark segment as %1</source>
        <translation>セグメントを %1 にする</translation>
    </message>
    <message>
        <source>Clear segment label</source>
        <translation>セグメントのラベルを外す</translation>
    </message>
    <message>
        <source>Recolour label %1</source>
        <translation>ラベル %1 の色を変更</translation>
    </message>
    <message>
        <source>Change label %1</source>
        <translation>ラベル %1 を変更</translation>
    </message>
    <message>
        <source>Link evidence to claim</source>
        <translation>根拠を主張にリンク</translation>
    </message>
    <message>
        <source>Unlink evidence from claim</source>
        <translation>根拠と主張のリンクを解除</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::DiagnosticListModel</name>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::DocumentFormats</name>
    <message>
        <source>the page is %1; only its first %2 were read</source>
        <translation>ページのサイズは %1 です。最初の %2 だけを読み込みました</translation>
    </message>
    <message>
        <source>the page nests elements more than %1 deep; %2 of them were read as plain text inside their parent</source>
        <translation>ページの要素の入れ子が %1 段より深くなっています。そのうち %2 個は親要素の中のプレーンテキストとして読み込みました</translation>
    </message>
    <message>
        <source>the page could not be parsed as HTML</source>
        <translation>ページを HTML として解析できませんでした</translation>
    </message>
    <message>
        <source>this is a text format, not read here</source>
        <translation>これはテキスト形式なので、ここでは読み込みません</translation>
    </message>
    <message>
        <source>not a PDF file: it does not start with %PDF-</source>
        <translation>PDF ファイルではありません: %PDF- で始まっていません</translation>
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
        <translation>%1 ファイルではありません: OLE 複合ファイル(パスワードで保護された文書、または古い .doc、.xls、.ppt ファイル)で、Lectern では読み込めません</translation>
    </message>
    <message>
        <source>not %1 file: it is not a ZIP package</source>
        <translation>%1 ファイルではありません: ZIP パッケージではありません</translation>
    </message>
    <message>
        <source>the PDF file is damaged and could not be read</source>
        <translation>PDF ファイルが壊れていて読み込めませんでした</translation>
    </message>
    <message>
        <source>the PDF file is protected by a password; Lectern cannot read it</source>
        <translation>PDF ファイルはパスワードで保護されているため、Lectern では読み込めません</translation>
    </message>
    <message>
        <source>%1 of %2 pages could not be read</source>
        <translation>%2 ページ中 %1 ページを読み込めませんでした</translation>
    </message>
    <message>
        <source>the PDF file has no pages</source>
        <translation>PDF ファイルにページがありません</translation>
    </message>
    <message>
        <source>the PDF file has no text to read (a scan without a text layer?); Lectern does not recognise text in images: run it through OCR software first</source>
        <translation>PDF ファイルに読み込めるテキストがありません(テキスト層のないスキャンかもしれません)。Lectern は画像内の文字を認識しないため、先に OCR ソフトウェアで処理してください</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文書</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument テキスト</translation>
    </message>
    <message>
        <source>not a %1: the ZIP package cannot be opened (%2)</source>
        <translation>%1 ではありません: ZIP パッケージを開けません (%2)</translation>
    </message>
    <message>
        <source>not an OpenDocument text: the package holds no content.xml</source>
        <translation>OpenDocument テキストではありません: パッケージに content.xml がありません</translation>
    </message>
    <message>
        <source>the document is protected by a password (its parts are encrypted); Lectern cannot read it</source>
        <translation>文書はパスワードで保護されている(パーツが暗号化されている)ため、Lectern では読み込めません</translation>
    </message>
    <message>
        <source>%1; the document&apos;s title and author were not read</source>
        <translation>%1。文書のタイトルと作成者は読み込みませんでした</translation>
    </message>
    <message>
        <source>the document holds macros; they were neither run nor read</source>
        <translation>文書にマクロが含まれています。マクロは実行も読み込みもしていません</translation>
    </message>
    <message>
        <source>%1 elements nested more than %2 deep were not read</source>
        <translation>%2 段より深く入れ子になった %1 個の要素は読み込みませんでした</translation>
    </message>
    <message>
        <source>not an OpenDocument text: this OpenDocument file holds a %1</source>
        <translation>OpenDocument テキストではありません: この OpenDocument ファイルの中身は %1 です</translation>
    </message>
    <message>
        <source>the OpenDocument text holds no text</source>
        <translation>OpenDocument テキストにテキストがありません</translation>
    </message>
    <message>
        <source>%1 declares XML entities that would expand to more than %2 characters (an XML bomb); it was not read</source>
        <translation>%1 は %2 文字を超えて展開される XML エンティティを宣言しています(XML 爆弾)。読み込みませんでした</translation>
    </message>
    <message>
        <source>%1 holds no XML element</source>
        <translation>%1 に XML 要素がありません</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3: %4)</source>
        <translation>%1 は整形式の XML ではありません(%2 行 %3 列: %4)</translation>
    </message>
    <message>
        <source>1 embedded object was not read</source>
        <translation>埋め込みオブジェクト 1 個を読み込みませんでした</translation>
    </message>
    <message>
        <source>%1 embedded objects were not read</source>
        <translation>埋め込みオブジェクト %1 個を読み込みませんでした</translation>
    </message>
    <message>
        <source>not a Word document: this is an Excel workbook</source>
        <translation>Word 文書ではありません: Excel ブックです</translation>
    </message>
    <message>
        <source>not a Word document: this is a PowerPoint presentation</source>
        <translation>Word 文書ではありません: PowerPoint プレゼンテーションです</translation>
    </message>
    <message>
        <source>not a Word document: the package holds no %1</source>
        <translation>Word 文書ではありません: パッケージに %1 がありません</translation>
    </message>
    <message>
        <source>%1; headings were found by their style names alone</source>
        <translation>%1。見出しはスタイル名だけで判定しました</translation>
    </message>
    <message>
        <source>the text refers to %1 the document does not hold</source>
        <translation>本文は文書にない %1 を参照しています</translation>
    </message>
    <message>
        <source>%1; the %2 were not read</source>
        <translation>%1。%2 は読み込みませんでした</translation>
    </message>
    <message>
        <source>the Word document holds no text</source>
        <translation>Word 文書にテキストがありません</translation>
    </message>
    <message>
        <source>not an EPUB book: %1</source>
        <translation>EPUB ブックではありません: %1</translation>
    </message>
    <message>
        <source>the ZIP package cannot be opened (%1)</source>
        <translation>ZIP パッケージを開けません (%1)</translation>
    </message>
    <message>
        <source>the package holds no %1</source>
        <translation>パッケージに %1 がありません</translation>
    </message>
    <message>
        <source>%1 names no package document</source>
        <translation>%1 にパッケージ文書が指定されていません</translation>
    </message>
    <message>
        <source>the book&apos;s package document %1 is missing</source>
        <translation>ブックのパッケージ文書 %1 がありません</translation>
    </message>
    <message>
        <source>the book lists no chapters (its spine in %1 is empty)</source>
        <translation>ブックに章がありません(%1 のスパインが空です)</translation>
    </message>
    <message>
        <source>the book is encrypted (DRM): %1 of its %2 chapters cannot be read without the seller&apos;s key, and Lectern does not remove DRM</source>
        <translation>ブックは暗号化されています(DRM): %2 章中 %1 章は販売元の鍵がないと読めません。Lectern は DRM を解除しません</translation>
    </message>
    <message>
        <source>the spine names an item &quot;%1&quot; the manifest does not list</source>
        <translation>スパインがマニフェストにない項目「%1」を指定しています</translation>
    </message>
    <message>
        <source>the item &quot;%1&quot; does not lead to a part of the book</source>
        <translation>項目「%1」はブックのどのパーツも指していません</translation>
    </message>
    <message>
        <source>%1 is %2, not a page</source>
        <translation>%1 は %2 で、ページではありません</translation>
    </message>
    <message>
        <source>of no media type</source>
        <translation>メディアタイプなし</translation>
    </message>
    <message>
        <source>%1 is missing from the book</source>
        <translation>%1 がブックにありません</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 はテキストではありません</translation>
    </message>
    <message>
        <source>a chapter was skipped: %1</source>
        <translation>章を 1 つ飛ばしました: %1</translation>
    </message>
    <message>
        <source>%1 more chapters were skipped</source>
        <translation>さらに %1 章を飛ばしました</translation>
    </message>
    <message>
        <source>the book&apos;s chapters hold no text</source>
        <translation>ブックの章にテキストがありません</translation>
    </message>
    <message>
        <source>the book has no chapter that could be read (%1)</source>
        <translation>ブックに読み込める章がありません (%1)</translation>
    </message>
    <message>
        <source>the file ends inside the record&apos;s header</source>
        <translation>レコードのヘッダーの途中でファイルが終わっています</translation>
    </message>
    <message>
        <source>the record&apos;s header is too long to be a WARC header</source>
        <translation>レコードのヘッダーが WARC ヘッダーとしては長すぎます</translation>
    </message>
    <message>
        <source>the compressed body expands to more than %1, the limit for one document; not read</source>
        <translation>圧縮された本体が、1 文書の上限である %1 を超えて展開されます。読み込みませんでした</translation>
    </message>
    <message>
        <source>the body says it is compressed, but it is not gzip or deflate data; not read</source>
        <translation>本体は圧縮されていると示していますが、gzip でも deflate でもありません。読み込みませんでした</translation>
    </message>
    <message>
        <source>record %1 (at byte %2): %3</source>
        <translation>レコード %1（%2 バイト目）: %3</translation>
    </message>
    <message>
        <source>not a WARC file: it does not start with a WARC/1.0 or WARC/1.1 record</source>
        <translation>WARC ファイルではありません: WARC/1.0 または WARC/1.1 のレコードで始まっていません</translation>
    </message>
    <message>
        <source>bytes that are not a record; passed over up to the next record</source>
        <translation>レコードではないバイト列です。次のレコードまで読み飛ばしました</translation>
    </message>
    <message>
        <source>the record has no valid Content-Length; passed over</source>
        <translation>レコードに有効な Content-Length がありません。読み飛ばしました</translation>
    </message>
    <message>
        <source>the record is cut short: its Content-Length is %1 bytes, the file holds %2 of them</source>
        <translation>レコードが途中で切れています: Content-Length は %1 バイトですが、ファイルには %2 バイトしかありません</translation>
    </message>
    <message>
        <source>its Content-Length (%1 bytes) does not end where the record does; passed over</source>
        <translation>Content-Length（%1 バイト）がレコードの終わりと一致しません。読み飛ばしました</translation>
    </message>
    <message>
        <source>the archive expands to more than 100 times its size; listing stopped here (a compression bomb?)</source>
        <translation>アーカイブが元の 100 倍を超えて展開されます。ここで一覧を中止しました（圧縮爆弾の可能性）</translation>
    </message>
    <message>
        <source>the response has no complete HTTP header; passed over</source>
        <translation>応答に完全な HTTP ヘッダーがありません。読み飛ばしました</translation>
    </message>
    <message>
        <source>the record is no longer where it was when the bundle was opened; reopen the bundle</source>
        <translation>バンドルを開いたときの位置にレコードがありません。バンドルを開き直してください</translation>
    </message>
    <message>
        <source>the record holds %1, over the %2 limit for one document; not read (the limit is a setting)</source>
        <translation>レコードは %1 あり、1 文書の上限 %2 を超えています。読み込みませんでした（上限は設定で変更できます）</translation>
    </message>
    <message>
        <source>the record is cut short</source>
        <translation>レコードが途中で切れています</translation>
    </message>
    <message>
        <source>the response has no complete HTTP header</source>
        <translation>応答に完全な HTTP ヘッダーがありません</translation>
    </message>
    <message>
        <source>the page&apos;s chunked body ends early; read as far as it goes</source>
        <translation>ページのチャンク形式の本体が途中で終わっています。読める所まで読み込みました</translation>
    </message>
    <message>
        <source>the body is compressed as “%1”, which Lectern does not read</source>
        <translation>本体は「%1」で圧縮されており、Lectern では読めません</translation>
    </message>
    <message>
        <source>the page holds more than %1, the limit for one document; not read (the limit is a setting)</source>
        <translation>ページが 1 文書の上限 %1 を超えています。読み込みませんでした（上限は設定で変更できます）</translation>
    </message>
    <message>
        <source>the crawler cut this capture short (WARC-Truncated: %1)</source>
        <translation>クローラーがこの取得内容を途中で打ち切っています（WARC-Truncated: %1）</translation>
    </message>
    <message>
        <source>cannot go to byte %1 of the file (%2)</source>
        <translation>ファイルの %1 バイト目に移動できません（%2）</translation>
    </message>
    <message>
        <source>the bytes after byte %1 are not gzip data</source>
        <translation>%1 バイト目以降は gzip データではありません</translation>
    </message>
    <message>
        <source>cannot start decompressing</source>
        <translation>展開を開始できません</translation>
    </message>
    <message>
        <source>the gzip data ends in the middle of a member that starts at byte %1</source>
        <translation>%1 バイト目から始まる gzip メンバーの途中でデータが終わっています</translation>
    </message>
    <message>
        <source>the gzip member that starts at byte %1 is corrupt (%2)</source>
        <translation>%1 バイト目から始まる gzip メンバーが壊れています（%2）</translation>
    </message>
    <message>
        <source>the file is over the limit for one document</source>
        <translation>ファイルが 1 文書の上限を超えています</translation>
    </message>
    <message>
        <source>Poppler cannot open this PDF to draw its pages</source>
        <translation>Poppler はこの PDF を開いてページを描画できません</translation>
    </message>
    <message>
        <source>%1; that running header or footer was not read</source>
        <translation>%1。そのヘッダーまたはフッターは読み込みませんでした</translation>
    </message>
    <message>
        <source>%1; the comments were not read</source>
        <translation>%1。コメントは読み込みませんでした</translation>
    </message>
    <message>
        <source>[Comment]</source>
        <translation>[コメント]</translation>
    </message>
    <message>
        <source>[Comment by %1]</source>
        <translation>[%1 のコメント]</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::DocumentListModel</name>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
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
        <translation>見出し: %1</translation>
    </message>
    <message numerus="yes">
        <source>Main article (%n paragraph(s))</source>
        <translation>
            <numerusform>本文記事 (%n 段落)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another article: %1 (%n paragraph(s))</source>
        <translation>
            <numerusform>別の記事: %1 (%n 段落)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Boilerplate (%n passage(s))</source>
        <translation>
            <numerusform>定型部分 (%n 箇所)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n passage(s))</source>
        <translation>
            <numerusform>%1 (%n 箇所)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 (%3% alike)</source>
        <translation>%1 → %2 (類似度 %3%)</translation>
    </message>
    <message>
        <source>The canonical copy of this passage is in “%1” (%2).</source>
        <translation>この箇所の正本は「%1」(%2) にあります。</translation>
    </message>
    <message numerus="yes">
        <source>Copied from other documents (%n passage(s))</source>
        <translation>
            <numerusform>他の文書からの複製 (%n 箇所)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Models::DocumentReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>this is a folder, not a document</source>
        <translation>これはフォルダーで、文書ではありません</translation>
    </message>
    <message>
        <source>this is %1, not a document; not read</source>
        <translation>これは%1で、文書ではありません。読み込みませんでした</translation>
    </message>
    <message>
        <source>the file is a link that leads outside the bundle&apos;s folder; refused (allow paths outside the bundle to open it)</source>
        <translation>ファイルはバンドルのフォルダーの外を指すリンクです。開きませんでした(開くにはバンドル外のパスを許可してください)</translation>
    </message>
    <message>
        <source>the file is %1, over the %2 limit for one document; not read (the limit is a setting)</source>
        <translation>ファイルのサイズは %1 で、1 文書あたりの上限 %2 を超えています。読み込みませんでした(上限は設定で変更できます)</translation>
    </message>
    <message>
        <source>not a text document: this looks like %1</source>
        <translation>テキスト文書ではありません: %1 のようです</translation>
    </message>
    <message>
        <source>cannot read the corpus: %1</source>
        <translation>コーパスを読み込めません: %1</translation>
    </message>
    <message>
        <source>this line changed since the corpus was opened; reopen the bundle</source>
        <translation>コーパスを開いた後でこの行が変更されました。バンドルを開き直してください</translation>
    </message>
    <message>
        <source>the file holds more than %1, the limit for one document; not read (the limit is a setting)</source>
        <translation>ファイルは 1 文書あたりの上限 %1 を超えています。読み込みませんでした(上限は設定で変更できます)</translation>
    </message>
    <message>
        <source>cannot read the web archive: %1</source>
        <translation>ウェブアーカイブを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::DocumentStatus</name>
    <message>
        <source>pending</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::EntityTableModel</name>
    <message>
        <source>Also: %1</source>
        <translation>別名: %1</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>言及数</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>文書数</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::ExportFormat</name>
    <message>
        <source>Markdown excerpts</source>
        <translation>Markdown の抜粋</translation>
    </message>
    <message>
        <source>HTML report (one file)</source>
        <translation>HTML レポート(1 ファイル)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV の表</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>W3C Web Annotations (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>REFI-QDA プロジェクト (.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (.qdc)</source>
        <translation>REFI-QDA コードブック (.qdc)</translation>
    </message>
    <message>
        <source>OpenDocument text report</source>
        <translation>OpenDocument テキストのレポート</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF レポート</translation>
    </message>
    <message>
        <source>Clean corpus (JSON Lines)</source>
        <translation>クリーンなコーパス (JSON Lines)</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::ExportGroups</name>
    <message>
        <source>Without a label</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>Other excerpts</source>
        <translation>その他の抜粋</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>%1–%2 文字目</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>%1 ページ</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::ExportSetBuilder</name>
    <message>
        <source>unreadable</source>
        <translation>読み込み不可</translation>
    </message>
    <message>
        <source>No label is called &quot;%1&quot;.</source>
        <translation>「%1」という名前のラベルはありません。</translation>
    </message>
    <message>
        <source>No entity is called &quot;%1&quot;; nothing matches the entity filter.</source>
        <translation>「%1」という名前のエンティティはありません。エンティティのフィルターに一致するものはありません。</translation>
    </message>
    <message>
        <source>The annotation &quot;%1&quot; belongs to the document &quot;%2&quot;, which the bundle no longer lists; it is left out.</source>
        <translation>注釈「%1」は、バンドルにもう含まれていない文書「%2」のものです。除外します。</translation>
    </message>
    <message numerus="yes">
        <source>%1: cannot read the text (%2); its %n annotation(s) are left out.</source>
        <translation>
            <numerusform>%1: テキストを読み込めません (%2)。その注釈 %n 件は除外します。</numerusform>
        </translation>
    </message>
    <message>
        <source>no reader</source>
        <translation>読み込み処理なし</translation>
    </message>
    <message>
        <source>%1: the annotation &quot;%2&quot; lies beyond the end of the text; its position is cut to the text.</source>
        <translation>%1: 注釈「%2」がテキストの末尾より後ろにあります。位置をテキストの範囲内に切り詰めます。</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::Exporter</name>
    <message>
        <source>A ZIP archive holding project.qde (below) and one text file per document in sources/.

</source>
        <translation>project.qde(下記)と、文書ごとに 1 つのテキストファイルを sources/ に収めた ZIP アーカイブです。

</translation>
    </message>
    <message>
        <source>The report is laid out from this HTML:

</source>
        <translation>レポートはこの HTML からレイアウトされます:

</translation>
    </message>
    <message>
        <source>… (the preview shows the beginning only)
</source>
        <translation>…(プレビューには先頭部分だけを表示しています)
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed (%2); the file was left as it was.</source>
        <translation>%1 の書き込みに失敗しました (%2)。ファイルは元のままです。</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::Files</name>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>名前付きパイプ (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>キャラクターデバイス</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>the file is a link to nothing (its target does not exist)</source>
        <translation>ファイルはリンク切れです(リンク先が存在しません)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>the file is a link that leads outside %1; refused</source>
        <translation>ファイルは %1 の外を指すリンクです。開きませんでした</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>this is %1, not a regular file; not opened</source>
        <translation>これは%1で、通常のファイルではありません。開きませんでした</translation>
    </message>
    <message>
        <source>the file changed while it was being opened; not read</source>
        <translation>開いている間にファイルが変更されました。読み込みませんでした</translation>
    </message>
    <message>
        <source>this is not a regular file; not opened</source>
        <translation>これは通常のファイルではありません。開きませんでした</translation>
    </message>
    <message>
        <source>the file holds more than %1, the limit; not read (the limit is a setting)</source>
        <translation>ファイルは上限の %1 を超えています。読み込みませんでした(上限は設定で変更できます)</translation>
    </message>
    <message>
        <source>it cannot be looked at: %1</source>
        <translation>状態を確認できません: %1</translation>
    </message>
    <message>
        <source>it is a symbolic link (Lectern never writes through links; remove it or choose another name)</source>
        <translation>シンボリックリンクです(Lectern はリンク経由では書き込みません。リンクを削除するか別の名前を選んでください)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, a device or a socket)</source>
        <translation>通常のファイルではありません(パイプ、デバイス、ソケットのいずれか)</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>書き込みませんでした: %1</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>ファイルが開かれていません</translation>
    </message>
    <message>
        <source>the file could not be saved to disk: %1</source>
        <translation>ファイルをディスクに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>the file could not be put in place: %1</source>
        <translation>ファイルを所定の場所に置けませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::Gazetteer</name>
    <message>
        <source>there is no entity %1</source>
        <translation>エンティティ %1 はありません</translation>
    </message>
    <message>
        <source>a name cannot be empty</source>
        <translation>名前は空にできません</translation>
    </message>
    <message>
        <source>a name cannot be longer than %1 characters</source>
        <translation>名前は %1 文字以内にしてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a name of &quot;%2&quot;</source>
        <translation>「%1」はすでに「%2」の名前です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category name</source>
        <translation>「%1」はカテゴリ名ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an alias of &quot;%2&quot;</source>
        <translation>「%1」は「%2」の別名ではありません</translation>
    </message>
    <message>
        <source>an entity cannot be merged into itself</source>
        <translation>エンティティをそれ自身に統合することはできません</translation>
    </message>
    <message>
        <source>the gazetteer was not read: %1</source>
        <translation>名称辞書を読み込みませんでした: %1</translation>
    </message>
    <message>
        <source>expected a name and a category separated by a tab; the line is skipped</source>
        <translation>名前とカテゴリをタブで区切って記述してください。この行は飛ばします</translation>
    </message>
    <message>
        <source>the name is empty; the line is skipped</source>
        <translation>名前が空です。この行は飛ばします</translation>
    </message>
    <message>
        <source>the name is longer than %1 characters; the line is skipped</source>
        <translation>名前が %1 文字を超えています。この行は飛ばします</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category (letters, digits, spaces, &apos;-&apos; and &apos;_&apos; only); the line is skipped</source>
        <translation>「%1」はカテゴリではありません(使えるのは文字、数字、空白、「-」、「_」のみ)。この行は飛ばします</translation>
    </message>
    <message>
        <source>the case field must be &quot;exact&quot;, &quot;any&quot; or empty, not &quot;%1&quot;; the line is skipped</source>
        <translation>大文字小文字の欄は「exact」、「any」、空欄のいずれかにしてください(「%1」ではありません)。この行は飛ばします</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a name on line %2; the line is skipped</source>
        <translation>「%1」はすでに %2 行目の名前です。この行は飛ばします</translation>
    </message>
    <message>
        <source>an alias is longer than %1 characters and is ignored</source>
        <translation>%1 文字を超える別名があるため無視します</translation>
    </message>
    <message>
        <source>the alias &quot;%1&quot; is already a name on line %2 and is ignored here</source>
        <translation>別名「%1」はすでに %2 行目の名前なので、ここでは無視します</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::HtmlExport</name>
    <message>
        <source>No label</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <source>entities: %1</source>
        <translation>エンティティ: %1</translation>
    </message>
    <message>
        <source>not found in the current text</source>
        <translation>現在のテキストには見つかりません</translation>
    </message>
    <message>
        <source>Excerpts from %1</source>
        <translation>%1 の抜粋</translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s) from %1 document(s)</source>
        <translation>
            <numerusform>%1 件の文書から抜粋 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::ImportPlacer</name>
    <message>
        <source>%1: cannot read the text (%2).</source>
        <translation>%1: テキストを読み込めません (%2)。</translation>
    </message>
    <message>
        <source>%1: not found in the document %2; not imported.</source>
        <translation>%1: 文書 %2 に見つかりません。インポートしませんでした。</translation>
    </message>
    <message>
        <source>%1: it ends at %2, past the end of the document %3 (%4 characters); it was left out.</source>
        <translation>%1: 終了位置 %2 が文書 %3 の末尾(%4 文字)より後ろです。除外しました。</translation>
    </message>
    <message>
        <source>%1: it ends at %2, past the end of the document %3 (%4 characters); the quote was looked for instead.</source>
        <translation>%1: 終了位置 %2 が文書 %3 の末尾(%4 文字)より後ろです。代わりに引用を探しました。</translation>
    </message>
    <message>
        <source>%1: not in the document %2 as it is, and its quote (%3 characters) is longer than the %4 looked for approximately; not imported.</source>
        <translation>%1: 文書 %2 にそのままの形では見つからず、引用(%3 文字)があいまい検索の対象となる %4 文字より長いため、インポートしませんでした。</translation>
    </message>
    <message>
        <source>%1: not in the document %2 as it is, and looking for it approximately would take more than %3 character comparisons (the limit for one quote); not imported.</source>
        <translation>%1: 文書 %2 にそのままの形では見つからず、あいまい検索には %3 回を超える文字比較(1 つの引用あたりの上限)が必要になるため、インポートしませんでした。</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>注釈 %1</translation>
    </message>
    <message>
        <source>%1 (source %2): no document of the bundle holds it; not imported.</source>
        <translation>%1 (ソース %2): バンドルのどの文書にも含まれていません。インポートしませんでした。</translation>
    </message>
    <message>
        <source>A claim links to the evidence %1, which is not in the file or the store; link left out.</source>
        <translation>主張が、ファイルにも保存先にもない根拠 %1 を参照しています。リンクは除外しました。</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::IndexReader</name>
    <message>
        <source>a quoted field opened here is never closed; the rows from here on are ignored</source>
        <translation>ここで始まった引用符付きのフィールドが閉じられていません。ここから後の行は無視します</translation>
    </message>
    <message>
        <source>the %1 index is empty; it needs a header row with a “path” column</source>
        <translation>%1 インデックスが空です。「path」列のあるヘッダー行が必要です</translation>
    </message>
    <message>
        <source>the %1 index has no usable header row</source>
        <translation>%1 インデックスに使えるヘッダー行がありません</translation>
    </message>
    <message>
        <source>the %1 header row has no “path” column (it has: %2)</source>
        <translation>%1 のヘッダー行に「path」列がありません(ある列: %2)</translation>
    </message>
    <message>
        <source>this row has %1 field(s) where the header has %2</source>
        <translation>この行のフィールドは %1 個ですが、ヘッダー行は %2 個です</translation>
    </message>
    <message>
        <source>this entry has neither an id nor a path to take one from; skipped</source>
        <translation>この項目には ID も、ID を取り出せるパスもありません。飛ばしました</translation>
    </message>
    <message>
        <source> (first used on line %1)</source>
        <translation>(最初の使用は %1 行目)</translation>
    </message>
    <message>
        <source>duplicate document id “%1”%2; this entry is skipped</source>
        <translation>文書 ID「%1」が重複しています%2。この項目は飛ばします</translation>
    </message>
    <message>
        <source>the path “%1” leads outside the bundle&apos;s folder %2; refused (allow paths outside the bundle to open it)</source>
        <translation>パス「%1」はバンドルのフォルダー %2 の外を指しています。開きませんでした(開くにはバンドル外のパスを許可してください)</translation>
    </message>
    <message>
        <source>this entry has no path; skipped</source>
        <translation>この項目にはパスがありません。飛ばしました</translation>
    </message>
    <message>
        <source>no document of this index could be used</source>
        <translation>このインデックスの文書は 1 つも使えませんでした</translation>
    </message>
    <message>
        <source>the index lists no documents</source>
        <translation>インデックスに文書がありません</translation>
    </message>
    <message>
        <source>there is no file or folder here</source>
        <translation>ここにはファイルもフォルダーもありません</translation>
    </message>
    <message>
        <source>cannot read the index: %1</source>
        <translation>インデックスを読み込めません: %1</translation>
    </message>
    <message>
        <source>not a JSON Lines file: this looks like %1</source>
        <translation>JSON Lines ファイルではありません: %1 のようです</translation>
    </message>
    <message>
        <source>this line holds %1, over the %2 limit for one document; skipped (the limit is a setting)</source>
        <translation>この行のサイズは %1 で、1 文書あたりの上限 %2 を超えています。飛ばしました(上限は設定で変更できます)</translation>
    </message>
    <message>
        <source>this line is not valid JSON (%1); skipped</source>
        <translation>この行は正しい JSON ではありません (%1)。飛ばしました</translation>
    </message>
    <message>
        <source>this line is not a JSON object; skipped</source>
        <translation>この行は JSON オブジェクトではありません。飛ばしました</translation>
    </message>
    <message>
        <source>this line has no “text” string; skipped</source>
        <translation>この行には文字列「text」がありません。飛ばしました</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>これは正しい JSON ではありません: %1</translation>
    </message>
    <message>
        <source>“gazetteer” should name a file relative to the manifest; ignored</source>
        <translation>「gazetteer」にはマニフェストからの相対パスでファイルを指定してください。無視しました</translation>
    </message>
    <message>
        <source>documents[%1] is not an object; skipped</source>
        <translation>documents[%1] はオブジェクトではありません。飛ばしました</translation>
    </message>
    <message>
        <source>documents[%1] has no “path” string; skipped</source>
        <translation>documents[%1] に文字列「path」がありません。飛ばしました</translation>
    </message>
    <message>
        <source>cannot list this folder (permission denied?)</source>
        <translation>このフォルダーの一覧を取得できません(アクセス権がない可能性があります)</translation>
    </message>
    <message>
        <source>a manifest must be a JSON object with a “documents” array</source>
        <translation>マニフェストは配列「documents」を持つ JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>a manifest must have a “documents” array</source>
        <translation>マニフェストには配列「documents」が必要です</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read the web archive: %1</source>
        <translation>ウェブアーカイブを読み込めません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more broken record(s) passed over</source>
        <translation>
            <numerusform>壊れたレコードをさらに %n 件読み飛ばしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revisit record(s) (a capture the crawler found unchanged) skipped</source>
        <translation>
            <numerusform>revisit レコード（クローラーが変更なしと判断した取得）%n 件を除外しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate record(s) (a record id or payload seen before) skipped</source>
        <translation>
            <numerusform>重複レコード（既出のレコード ID または内容）%n 件を除外しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redirect(s) skipped</source>
        <translation>
            <numerusform>リダイレクト %n 件を除外しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) with an HTTP status other than 200 skipped</source>
        <translation>
            <numerusform>HTTP ステータスが 200 以外の応答 %n 件を除外しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) that are not HTML or text (images, scripts, style sheets...) skipped</source>
        <translation>
            <numerusform>HTML でもテキストでもない取得内容（画像、スクリプト、スタイルシートなど）%n 件を除外しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) over the limit for one document skipped (the limit is a setting)</source>
        <translation>
            <numerusform>1 文書の上限を超える取得内容 %n 件を除外しました（上限は設定で変更できます）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the web archive holds no HTML or text page (%n record(s) read)</source>
        <translation>
            <numerusform>ウェブアーカイブに HTML またはテキストのページがありません（%n 件のレコードを読み込みました）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 file(s) in this folder are not documents Lectern reads (.txt, .md, .html, .pdf, .docx, .odt, .epub, .warc) and were left out</source>
        <translation>このフォルダーの %1 個のファイルは Lectern が読む文書（.txt、.md、.html、.pdf、.docx、.odt、.epub、.warc）ではないため除外しました</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::MarkdownExport</name>
    <message>
        <source>No label</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <source>entities: %1</source>
        <translation>エンティティ: %1</translation>
    </message>
    <message>
        <source>*not found in the current text*</source>
        <translation>*現在のテキストには見つかりません*</translation>
    </message>
    <message>
        <source>Excerpts from %1</source>
        <translation>%1 の抜粋</translation>
    </message>
    <message>
        <source>No annotations were selected for export.</source>
        <translation>エクスポートする注釈が選ばれていません。</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::QdaArchive</name>
    <message>
        <source>the archive would be empty</source>
        <translation>アーカイブが空になります</translation>
    </message>
    <message>
        <source>the archive could not be read back from memory</source>
        <translation>アーカイブをメモリから読み戻せませんでした</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the archive holds no %1</source>
        <translation>アーカイブに %1 がありません</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes unpacked, over the limit of %3 bytes for one entry)</source>
        <translation>%1 は大きすぎます(展開後 %2 バイトで、1 項目あたりの上限 %3 バイトを超えています)</translation>
    </message>
    <message>
        <source>%1 unpacks to %2 bytes from %3, %4 times its packed size or more (the limit against ZIP bombs); it was not unpacked</source>
        <translation>%1 は %3 から %2 バイトに展開され、圧縮時の %4 倍以上になります(ZIP 爆弾対策の上限)。展開しませんでした</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) would take what is unpacked from this archive over the limit of %3 bytes; it was not unpacked</source>
        <translation>%1 (%2 バイト) を展開すると、このアーカイブから展開した量が上限の %3 バイトを超えます。展開しませんでした</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::QdaReader</name>
    <message>
        <source>%1: its %2 has %3 characters, more than the limit of %4; the first %5 were kept.</source>
        <translation>%1: %2 が %3 文字あり、上限の %4 文字を超えています。先頭の %5 文字を残しました。</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot;</source>
        <translation>コード「%1」</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Selection %1 (line %2)</source>
        <translation>選択範囲 %1 (%2 行目)</translation>
    </message>
    <message>
        <source>Note &quot;%1&quot; (%2)</source>
        <translation>メモ「%1」(%2)</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot;</source>
        <translation>ソース「%1」</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>project.qde: its entities would expand to %1 characters, more than the limit of %2 characters for one document; nothing was read.</source>
        <translation>project.qde: エンティティを展開すると %1 文字になり、1 文書あたりの上限 %2 文字を超えます。何も読み込みませんでした。</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>不明な数の</translation>
    </message>
    <message>
        <source>project.qde holds a &lt;%1&gt; where a REFI-QDA &lt;Project&gt; was expected; nothing was read.</source>
        <translation>project.qde には REFI-QDA の &lt;Project&gt; があるべき場所に &lt;%1&gt; があります。何も読み込みませんでした。</translation>
    </message>
    <message>
        <source>project.qde is not well-formed XML (line %1, column %2: %3); what came before was read.</source>
        <translation>project.qde は整形式の XML ではありません(%1 行 %2 列: %3)。それより前の部分は読み込みました。</translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s) carried more than one code: the first became the label, the others became tags.</source>
        <translation>
            <numerusform>%n 件の選択範囲に複数のコードが付いていました。最初のコードをラベルに、残りをタグにしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) that are not text (pictures, audio, video, PDFs without a text representation) were left out.</source>
        <translation>
            <numerusform>テキストではないソース %n 件(画像、音声、動画、テキスト版のない PDF)を除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has neither a plainTextPath nor a PlainTextContent.</source>
        <translation>%1 には plainTextPath も PlainTextContent もありません。</translation>
    </message>
    <message>
        <source>%1 is kept outside the project (%2); only texts inside the .qdpx are read.</source>
        <translation>%1 はプロジェクトの外 (%2) にあります。読み込むのは .qdpx 内のテキストだけです。</translation>
    </message>
    <message>
        <source>%1: its text %2 could not be read: %3.</source>
        <translation>%1: テキスト %2 を読み込めませんでした: %3。</translation>
    </message>
    <message numerus="yes">
        <source>%1: its %n selection(s) were left out.</source>
        <translation>
            <numerusform>%1: その選択範囲 %n 件を除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, selection %2 (line %3)</source>
        <translation>%1、選択範囲 %2 (%3 行目)</translation>
    </message>
    <message>
        <source>%1: the positions %2–%3 are not a range of the text; it was left out.</source>
        <translation>%1: 位置 %2–%3 はテキストの範囲ではありません。除外しました。</translation>
    </message>
    <message>
        <source>%1: it ends at %2, past the end of its source (%3 characters); it was left out.</source>
        <translation>%1: 終了位置 %2 がソースの末尾(%3 文字)より後ろです。除外しました。</translation>
    </message>
    <message>
        <source>%1: its note %2 is not among the project&apos;s notes.</source>
        <translation>%1: メモ %2 がプロジェクトのメモの中にありません。</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>メモ %1</translation>
    </message>
    <message>
        <source>%1: its text has %2 characters, more than the limit of %3; the first %4 were kept.</source>
        <translation>%1: テキストが %2 文字あり、上限の %3 文字を超えています。先頭の %4 文字を残しました。</translation>
    </message>
    <message>
        <source>%1: its notes together have %2 characters, more than the limit of %3; the first %4 were kept.</source>
        <translation>%1: メモの合計が %2 文字あり、上限の %3 文字を超えています。先頭の %4 文字を残しました。</translation>
    </message>
    <message>
        <source>%1: it is coded with %2, which is not in the codebook; that coding was left out.</source>
        <translation>%1: コードブックにない %2 でコード化されています。そのコード化は除外しました。</translation>
    </message>
    <message>
        <source>The file is empty, so it holds no REFI-QDA project.</source>
        <translation>ファイルが空なので、REFI-QDA プロジェクトは含まれていません。</translation>
    </message>
    <message>
        <source>The file is not a REFI-QDA project (.qdpx is a ZIP archive): %1.</source>
        <translation>ファイルは REFI-QDA プロジェクトではありません(.qdpx は ZIP アーカイブです): %1。</translation>
    </message>
    <message>
        <source>The archive is no REFI-QDA project: %1.</source>
        <translation>アーカイブは REFI-QDA プロジェクトではありません: %1。</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::ReportExport</name>
    <message>
        <source>ODT and PDF reports need the graphical part of Qt (run with a QGuiApplication).</source>
        <translation>ODT と PDF のレポートには Qt のグラフィカルな部分が必要です(QGuiApplication で実行してください)。</translation>
    </message>
    <message>
        <source>Excerpts from %1</source>
        <translation>%1 の抜粋</translation>
    </message>
    <message>
        <source>Qt could not write the OpenDocument file.</source>
        <translation>Qt が OpenDocument ファイルを書き出せませんでした。</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::SearchResultModel</name>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>前後の文</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::SegmentKind</name>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>title</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>小見出し</translation>
    </message>
    <message>
        <source>body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>boilerplate</source>
        <translation>定型部分</translation>
    </message>
    <message>
        <source>trailer</source>
        <translation>別記事</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::SegmentText</name>
    <message>
        <source>it shares %1 words with the text before it, where paragraphs dealt at random would share %2</source>
        <translation>前の本文と共有する語は %1 語で、段落を無作為に配った場合の %2 語より少ない</translation>
    </message>
    <message>
        <source>under a headline of its own, %1</source>
        <translation>独自の見出しの下にあり、%1</translation>
    </message>
    <message>
        <source>it finds %1% of its words in the article before it, whose paragraphs find %2% of theirs in each other</source>
        <translation>前の記事に見つかる語は %1% だけで、その記事の段落同士では %2% が共有されている</translation>
    </message>
    <message>
        <source>repeats in %1 of %2 documents</source>
        <translation>%2 文書中 %1 文書で繰り返される</translation>
    </message>
    <message>
        <source>repeats in another story of the bundle</source>
        <translation>コレクション内の別の記事で繰り返される</translation>
    </message>
    <message>
        <source>appears %1 times in this page</source>
        <translation>このページに %1 回現れる</translation>
    </message>
    <message>
        <source>page-furniture wording</source>
        <translation>定型部分によくある言い回し</translation>
    </message>
    <message>
        <source>%1% of it is links</source>
        <translation>%1% がリンク</translation>
    </message>
    <message>
        <source>marked up as page furniture</source>
        <translation>マークアップ上は定型部分</translation>
    </message>
    <message>
        <source>in the page header</source>
        <translation>ページのヘッダー内</translation>
    </message>
    <message>
        <source>another article: shares %1% of its vocabulary with the main article</source>
        <translation>別の記事: 本文記事と語彙の %1% を共有</translation>
    </message>
    <message>
        <source>a short passage on its own, sharing %1% of its vocabulary with the main article</source>
        <translation>本文記事と語彙の %1% を共有する、単独の短い箇所</translation>
    </message>
    <message>
        <source>near-duplicate of %1, %2% of shingles</source>
        <translation>%1 のほぼ重複(シングルの %2%)</translation>
    </message>
    <message>
        <source>relabelled by the user</source>
        <translation>ユーザーが付け替え</translation>
    </message>
    <message numerus="yes">
        <source>copy of %n passage(s) of %1, %2% of shingles</source>
        <translation>
            <numerusform>%1 の %n 箇所のコピー(シングルの %2%)</numerusform>
        </translation>
    </message>
    <message>
        <source>headline: a short line over the article sharing %1 of its %2 words</source>
        <translation>見出し: 記事の上の短い行で、%2 語のうち %1 語を記事と共有</translation>
    </message>
    <message>
        <source>short line over the article, sharing its words</source>
        <translation>記事の上の短い行で、記事の語を共有</translation>
    </message>
    <message>
        <source>attribution: short line after the article naming what it is about</source>
        <translation>出典: 記事の後の短い行で、記事の内容を示す</translation>
    </message>
    <message numerus="yes">
        <source>prose inside the article: %n word(s), sentence-shaped</source>
        <translation>
            <numerusform>記事内の本文: %n 語、文の形</numerusform>
        </translation>
    </message>
    <message>
        <source>caption: short line inside the article with picture wording</source>
        <translation>キャプション: 記事内の短い行で、画像に関する言い回し</translation>
    </message>
    <message>
        <source>subheading: short line inside the article</source>
        <translation>小見出し: 記事内の短い行</translation>
    </message>
    <message>
        <source>text inside the article</source>
        <translation>記事内のテキスト</translation>
    </message>
    <message>
        <source>outside any article</source>
        <translation>どの記事にも属さない</translation>
    </message>
    <message>
        <source>short line outside any article</source>
        <translation>どの記事にも属さない短い行</translation>
    </message>
    <message>
        <source>same text as in %1</source>
        <translation>%1 と同じテキスト</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::Severity</name>
    <message>
        <source>note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::TextDecoder</name>
    <message>
        <source>a binary file (it contains NUL bytes)</source>
        <translation>バイナリファイル(NUL バイトを含む)</translation>
    </message>
    <message>
        <source>a binary file (it is mostly control characters)</source>
        <translation>バイナリファイル(大部分が制御文字)</translation>
    </message>
    <message>
        <source>the page declares an encoding Lectern does not know (%1)</source>
        <translation>ページが Lectern の知らないエンコーディング (%1) を宣言しています</translation>
    </message>
    <message>
        <source>the page declares %1 but is UTF-8; read as UTF-8</source>
        <translation>ページは %1 を宣言していますが UTF-8 です。UTF-8 として読み込みました</translation>
    </message>
    <message>
        <source>%1 byte sequence(s) have no character in %2, the page&apos;s declared encoding, and are shown as �</source>
        <translation>%1 個のバイト列が、ページで宣言されたエンコーディング %2 の文字に対応しないため、� として表示します</translation>
    </message>
    <message>
        <source>the page declares UTF-8 but is not; read as %1, the encoding its bytes suggest</source>
        <translation>ページは UTF-8 を宣言していますが UTF-8 ではありません。バイト列から推測したエンコーディング %1 として読み込みました</translation>
    </message>
    <message>
        <source>not UTF-8; read as %1, the encoding its bytes suggest</source>
        <translation>UTF-8 ではありません。バイト列から推測したエンコーディング %1 として読み込みました</translation>
    </message>
    <message>
        <source>not a text document: this looks like %1</source>
        <translation>テキスト文書ではありません: %1 のようです</translation>
    </message>
    <message>
        <source>not valid UTF-8 (%1 byte(s) shown as �); the file may use another encoding</source>
        <translation>正しい UTF-8 ではありません(%1 バイトを � として表示)。ファイルは別のエンコーディングを使っているかもしれません</translation>
    </message>
    <message>
        <source>some characters could not be decoded and are shown as �</source>
        <translation>一部の文字をデコードできなかったため、� として表示します</translation>
    </message>
</context>
<context>
    <name>Lectern::Models::WebAnnotation</name>
    <message>
        <source>annotation %1</source>
        <translation>注釈 %1</translation>
    </message>
    <message>
        <source>%1: no target source; skipped.</source>
        <translation>%1: 対象のソースがありません。飛ばしました。</translation>
    </message>
    <message>
        <source>%1: a TextPositionSelector without a valid start and end; positions ignored.</source>
        <translation>%1: TextPositionSelector に正しい開始位置と終了位置がありません。位置は無視しました。</translation>
    </message>
    <message>
        <source>%1: neither a TextQuoteSelector nor a TextPositionSelector; skipped.</source>
        <translation>%1: TextQuoteSelector も TextPositionSelector もありません。飛ばしました。</translation>
    </message>
    <message>
        <source>%1: its note has %2 characters, more than the limit of %3; the first %4 were kept.</source>
        <translation>%1: メモが %2 文字あり、上限の %3 文字を超えています。先頭の %4 文字を残しました。</translation>
    </message>
    <message>
        <source>Annotations of %1</source>
        <translation>%1 の注釈</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>%1 行 %2 列が正しい JSON ではありません: %3</translation>
    </message>
    <message>
        <source>The file is JSON but not a Web Annotation, an AnnotationPage or an AnnotationCollection.</source>
        <translation>ファイルは JSON ですが、Web Annotation、AnnotationPage、AnnotationCollection のいずれでもありません。</translation>
    </message>
    <message>
        <source>annotation %1: not an object of type Annotation; skipped.</source>
        <translation>注釈 %1: Annotation 型のオブジェクトではありません。飛ばしました。</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::AboutDialog</name>
    <message>
        <source>colour themes, source view</source>
        <translation>配色テーマ、ソース表示</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>Lectern について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Read source bundles once, with duplicates and boilerplate out of the way, annotate claims and carry every excerpt back to its source.&lt;/p&gt;&lt;p&gt;Lectern is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;ソースバンドルを一度だけ読み、重複や定型部分に煩わされずに主張へ注釈を付け、どの抜粋もその出典までたどれるようにします。&lt;/p&gt;&lt;p&gt;Lectern は GNU General Public License バージョン 3 以降の下で配布されるフリーソフトウェアです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Libraries and their versions</source>
        <translation>ライブラリとそのバージョン</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>バージョンをコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::AnnotationDialog</name>
    <message>
        <source>Not a claim</source>
        <translation>主張ではない</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>裏付けあり</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>異論あり</translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation>反証済み</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>注釈を付ける</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>What matters about this passage (optional)</source>
        <translation>この箇所で大事なこと(省略可)</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. budget, Ohio</source>
        <translation>カンマ区切り(例: 予算, オハイオ)</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>ラベル(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>Claim &amp;status:</source>
        <translation>主張のステータス(&amp;S):</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::ClaimView</name>
    <message>
        <source>no status</source>
        <translation>ステータスなし</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>裏付けあり</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>異論あり</translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation>反証済み</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>リンク解除(&amp;U)</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>主張のステータス</translation>
    </message>
    <message>
        <source>Open the claim&apos;s passage in the reader</source>
        <translation>主張の箇所をリーダーで開きます</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Evidence for the claim</source>
        <translation>主張の根拠</translation>
    </message>
    <message>
        <source>Remove the link between the claim and the selected evidence</source>
        <translation>主張と選択した根拠のリンクを解除します</translation>
    </message>
    <message>
        <source>Link more: right-click another annotation › Link as Evidence</source>
        <translation>さらにリンクするには: 別の注釈を右クリック › 根拠としてリンク</translation>
    </message>
    <message>
        <source>No claim chosen</source>
        <translation>主張が選ばれていません</translation>
    </message>
    <message>
        <source>Select a claim in the Notes panel, or right-click a highlighted claim in the reader › Show Claim.</source>
        <translation>「メモ」パネルで主張を選ぶか、リーダーで強調表示された主張を右クリック › 主張を表示 を選んでください。</translation>
    </message>
    <message>
        <source>Claim in %1</source>
        <translation>%1 の主張</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::CodeDialog</name>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>When to use this label (optional)</source>
        <translation>このラベルを使う場面(省略可)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Below:</source>
        <translation>親ラベル(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>色(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(最上位)</translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation>ラベルの色</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::ConflictDialog</name>
    <message>
        <source>Annotation Changed by Someone Else</source>
        <translation>注釈が他の人によって変更されました</translation>
    </message>
    <message>
        <source>While you edited this annotation, %1 stored another version. Nothing was overwritten: choose the version to keep.</source>
        <translation>この注釈を編集している間に、%1 が別の版を保存しました。何も上書きしていません。残す版を選んでください。</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>誰か</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>あなたの版</translation>
    </message>
    <message>
        <source>Theirs (stored now)</source>
        <translation>相手の版(現在保存されている版)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(削除済み)</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>ラベル:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>変更:</translation>
    </message>
    <message>
        <source>deleted by you, from version %1</source>
        <translation>あなたが削除(版 %1 から)</translation>
    </message>
    <message>
        <source>by you, from version %1</source>
        <translation>あなたが変更(版 %1 から)</translation>
    </message>
    <message>
        <source>by %1, %2 (version %3)</source>
        <translation>%1、%2 (版 %3)</translation>
    </message>
    <message>
        <source>&amp;Delete Anyway</source>
        <translation>それでも削除(&amp;D)</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>自分の版を残す(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>相手の版を残す(&amp;T)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::CopyBanner</name>
    <message>
        <source>Copy notice</source>
        <translation>複製のお知らせ</translation>
    </message>
    <message>
        <source>&amp;Read the Original</source>
        <translation>原本を読む(&amp;R)</translation>
    </message>
    <message>
        <source>Show Only &amp;What Is New</source>
        <translation>新しい部分だけを表示(&amp;W)</translation>
    </message>
    <message>
        <source>This document is a copy of “%1”: %2% of its passages are there.</source>
        <translation>この文書は「%1」の複製です: 箇所の %2% がそちらにもあります。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 passage(s) here are also in other documents, the first in “%2”.</source>
        <translation>
            <numerusform>ここにある %1 箇所のうち %n 箇所は他の文書にもあります。最初のものは「%2」にあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>「%1」を開く</translation>
    </message>
    <message>
        <source>&amp;Read the Other Document</source>
        <translation>別の文書を読む(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;Everything</source>
        <translation>すべて表示(&amp;E)</translation>
    </message>
    <message>
        <source>Read the whole document again (View › Full Text)</source>
        <translation>文書全体をもう一度読みます(表示 › 全文)</translation>
    </message>
    <message>
        <source>Hide the passages read elsewhere and the boilerplate (View › Unique Content)</source>
        <translation>他の文書で読んだ箇所と定型部分を隠します(表示 › 固有の内容)</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::DiagnosticsPanel</name>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::DocumentHeader</name>
    <message>
        <source>Document details</source>
        <translation>文書の詳細</translation>
    </message>
    <message>
        <source>Title in the index: %1</source>
        <translation>インデックス上のタイトル: %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>%2 ページ中 %1 ページ目</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::DocumentListPanel</name>
    <message>
        <source>Only documents with problems</source>
        <translation>問題のある文書のみ</translation>
    </message>
    <message>
        <source>Filter by title, id or path</source>
        <translation>タイトル、ID、パスで絞り込み</translation>
    </message>
    <message>
        <source>Document filter</source>
        <translation>文書のフィルター</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::EntitiesPanel</name>
    <message>
        <source>Entities</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>エンティティを絞り込み</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>カテゴリのフィルター</translation>
    </message>
    <message>
        <source>Entities of the bundle</source>
        <translation>バンドルのエンティティ</translation>
    </message>
    <message>
        <source>Previous Mention</source>
        <translation>前の言及</translation>
    </message>
    <message>
        <source>Next Mention</source>
        <translation>次の言及</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Rename (F2), change the category (Ctrl+K) or merge into another entity (Ctrl+J); each can be undone</source>
        <translation>名前の変更 (F2)、カテゴリの変更 (Ctrl+K)、別のエンティティへの統合 (Ctrl+J)。どれも元に戻せます</translation>
    </message>
    <message>
        <source>Edit the entity</source>
        <translation>エンティティを編集</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Stop highlighting this entity in the bundle (Delete); Undo brings it back</source>
        <translation>このエンティティのバンドル内での強調表示をやめます(Delete)。元に戻すで復元できます</translation>
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
        <translation>提案されたエンティティ</translation>
    </message>
    <message>
        <source>as proposed</source>
        <translation>提案どおり</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>%1 として</translation>
    </message>
    <message>
        <source>Category to accept with</source>
        <translation>承認するときのカテゴリ</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>却下(&amp;R)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <source>Named with</source>
        <translation>一緒に出てくるもの</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落数</translation>
    </message>
    <message>
        <source>Entities named in the same paragraph</source>
        <translation>同じ段落に出てくるエンティティ</translation>
    </message>
    <message>
        <source>Filter by entity</source>
        <translation>エンティティで絞り込み</translation>
    </message>
    <message>
        <source>Filter the pairs by entity</source>
        <translation>組み合わせをエンティティで絞り込みます</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>共起</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Change &amp;Category…</source>
        <translation>カテゴリを変更(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>統合(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Finding entities: %1 of %2 documents…</source>
        <translation>エンティティを探しています: %2 件中 %1 件の文書…</translation>
    </message>
    <message>
        <source>Filter the entities by name</source>
        <translation>エンティティを名前で絞り込む</translation>
    </message>
    <message>
        <source>Entity lists</source>
        <translation>エンティティの一覧</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::ExportDialog</name>
    <message>
        <source>Start with a byte order mark (for spreadsheet programs)</source>
        <translation>先頭に BOM を付ける(表計算ソフト向け)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>注釈のエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>All annotations (%n)</source>
        <translation>
            <numerusform>すべての注釈 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As the notes panel shows them (%n)</source>
        <translation>
            <numerusform>「メモ」パネルの表示どおり (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The current document only</source>
        <translation>現在の文書のみ</translation>
    </message>
    <message numerus="yes">
        <source>Of the documents the list shows (%n)</source>
        <translation>
            <numerusform>一覧に表示されている文書のもの (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>すべてのラベル</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Entity name or alias; empty for any</source>
        <translation>エンティティの名前または別名(空欄ならすべて)</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>文書ごと</translation>
    </message>
    <message>
        <source>By label</source>
        <translation>ラベルごと</translation>
    </message>
    <message>
        <source>By claim, with its evidence</source>
        <translation>主張ごと(根拠付き)</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>エクスポートのプレビュー</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Annotations:</source>
        <translation>注釈(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>ラベル(&amp;L):</translation>
    </message>
    <message>
        <source>Claim &amp;status:</source>
        <translation>主張のステータス(&amp;S):</translation>
    </message>
    <message>
        <source>E&amp;ntity:</source>
        <translation>エンティティ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>まとめ方(&amp;G):</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>プレビュー:</translation>
    </message>
    <message>
        <source>Export the clean corpus</source>
        <translation>クリーンなコーパスをエクスポート</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>プレビューを準備しています…</translation>
    </message>
    <message>
        <source>The corpus holds one line per canonical document; the preview shows the first few.</source>
        <translation>コーパスには正本の文書ごとに 1 行が入ります。プレビューには最初の数行を表示します。</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) will be exported.</source>
        <translation>
            <numerusform>注釈 %n 件をエクスポートします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 にエクスポートしています…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>エクスポートを中止しました。何も書き出していません。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n document(s) to %1.</source>
        <translation>
            <numerusform>文書 %n 件を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s) to %1.</source>
        <translation>
            <numerusform>注釈 %n 件を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep cells that start with = + - @ as written (for tools, not spreadsheets)</source>
        <translation>= + - @ で始まるセルをそのまま書き出す(ツール向け、表計算ソフト向けではありません)</translation>
    </message>
    <message>
        <source>A spreadsheet program runs a cell that starts with =, +, - or @ as a formula. Lectern writes such cells with a leading &apos; unless this is checked.</source>
        <translation>表計算ソフトは =、+、-、@ で始まるセルを数式として実行します。これをオンにしない限り、Lectern はそのようなセルの先頭に &apos; を付けて書き出します。</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>文書内を検索</translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation>この文書内を検索</translation>
    </message>
    <message>
        <source>Search pattern</source>
        <translation>検索パターン</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>前の一致 (Shift+Enter、Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>次の一致 (Enter、F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message>
        <source>Bad pattern: %1</source>
        <translation>パターンが正しくありません: %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::NotesPanel</name>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Filter by text, excerpt or tag</source>
        <translation>テキスト、抜粋、タグで絞り込み</translation>
    </message>
    <message>
        <source>Document filter</source>
        <translation>文書のフィルター</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>ラベルのフィルター</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>タグのフィルター</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>ステータスのフィルター</translation>
    </message>
    <message>
        <source>Only annotations whose passage is no longer found in its document</source>
        <translation>箇所が文書内に見つからなくなった注釈のみ</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>裏付けあり</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>異論あり</translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation>反証済み</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>すべての文書</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>すべてのラベル</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Filter the notes by text, excerpt or tag</source>
        <translation>メモをテキスト・抜粋・タグで絞り込む</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::PdfPageView</name>
    <message>
        <source>PDF page</source>
        <translation>PDF ページ</translation>
    </message>
    <message>
        <source>Page %1 of %2, as the PDF lays it out (Ctrl+U goes back to the text)</source>
        <translation>%2 ページ中 %1 ページ目、PDF のレイアウトどおり（Ctrl+U で本文に戻ります）</translation>
    </message>
    <message>
        <source>The page cannot be drawn: %1</source>
        <translation>ページを描画できません: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::PreferencesDialog</name>
    <message>
        <source>Open documents whose paths lead outside the bundle&apos;s folder</source>
        <translation>パスがバンドルのフォルダーの外を指す文書も開く</translation>
    </message>
    <message>
        <source>Lectern Settings</source>
        <translation>Lectern の設定</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>システムに合わせる(ライトまたはダーク)</translation>
    </message>
    <message>
        <source>Reader theme</source>
        <translation>リーダーのテーマ</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest document to open</source>
        <translation>開ける文書の最大サイズ</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>Applies the next time Lectern starts.</source>
        <translation>次回 Lectern を起動したときに反映されます。</translation>
    </message>
    <message>
        <source>Reader &amp;theme:</source>
        <translation>リーダーのテーマ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Largest document:</source>
        <translation>最大の文書サイズ(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;G):</translation>
    </message>
    <message>
        <source>Changes to the limits apply when a bundle is next opened or reloaded.</source>
        <translation>上限の変更は、次にバンドルを開くか再読み込みしたときに反映されます。</translation>
    </message>
    <message>
        <source>Largest imported project, unpacked</source>
        <translation>インポートするプロジェクトの最大サイズ(展開後)</translation>
    </message>
    <message>
        <source>A REFI-QDA project that unpacks to more than this is refused, so a small file cannot fill the memory.</source>
        <translation>展開後にこれより大きくなる REFI-QDA プロジェクトは拒否されます。小さなファイルでメモリが埋まることはありません。</translation>
    </message>
    <message>
        <source> K characters</source>
        <translation> K 文字</translation>
    </message>
    <message>
        <source>Longest imported note</source>
        <translation>インポートするメモの最大長</translation>
    </message>
    <message>
        <source>Imported notes and descriptions longer than this are cut to it, and the import says which.</source>
        <translation>これより長いインポートしたメモや説明はこの長さに切り詰められ、どれが切り詰められたかが表示されます。</translation>
    </message>
    <message>
        <source>Largest &amp;import, unpacked:</source>
        <translation>最大インポートサイズ(展開後)(&amp;I):</translation>
    </message>
    <message>
        <source>Longest imported &amp;note:</source>
        <translation>インポートするメモの最大長(&amp;N):</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::ReaderView</name>
    <message>
        <source>Reader</source>
        <translation>リーダー</translation>
    </message>
    <message>
        <source>, main article</source>
        <translation>、本文記事</translation>
    </message>
    <message>
        <source>, article %1</source>
        <translation>、記事 %1</translation>
    </message>
    <message>
        <source>Also in %1 (%2% similar); click the mark in the margin to go there.</source>
        <translation>%1 にもあります(類似度 %2%)。余白の印をクリックするとそこへ移動します。</translation>
    </message>
    <message>
        <source>main article</source>
        <translation>本文記事</translation>
    </message>
    <message>
        <source>another article (%1)</source>
        <translation>別の記事 (%1)</translation>
    </message>
    <message>
        <source>Label This Passage As</source>
        <translation>箇所に付けるラベル</translation>
    </message>
    <message>
        <source>The whole document; boilerplate and other articles are shown lighter, copied passages are marked in the margin, and the Outline names each part</source>
        <translation>文書全体。定型部分と他の記事は薄く表示され、複製された箇所は余白に印が付き、アウトラインが各部分の名前を示します</translation>
    </message>
    <message>
        <source>The main article only; boilerplate and other articles are hidden</source>
        <translation>本文記事のみ。定型部分と他の記事は非表示です</translation>
    </message>
    <message>
        <source>Only what this document adds to the copies it shares passages with; boilerplate is hidden</source>
        <translation>箇所を共有するコピーに対してこの文書が加える部分のみ。定型部分は非表示です</translation>
    </message>
    <message>
        <source>%1 (entity: %2)</source>
        <translation>%1(エンティティ: %2)</translation>
    </message>
    <message>
        <source>%1 (suggested %2; accept or reject it from the context menu)</source>
        <translation>%1(%2 として提案。コンテキストメニューで承認または却下できます)</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::SearchPanel</name>
    <message>
        <source>Search the bundle</source>
        <translation>バンドルを検索</translation>
    </message>
    <message>
        <source>Search every document of the bundle; Enter to search</source>
        <translation>バンドルのすべての文書を検索します。Enter で検索を開始します</translation>
    </message>
    <message>
        <source>Bundle search pattern</source>
        <translation>バンドルの検索パターン</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Bad pattern: %1</source>
        <translation>パターンが正しくありません: %1</translation>
    </message>
    <message>
        <source>searching %1 of %2…</source>
        <translation>%2 件中 %1 件を検索しています…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止しました</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 件ヒット</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n document(s)</source>
        <translation>
            <numerusform>(文書 %n 件)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Views::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::SourceView</name>
    <message>
        <source>Document source</source>
        <translation>文書のソース</translation>
    </message>
</context>
<context>
    <name>Lectern::Views::TeamDatabaseDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>チームデータベースに接続</translation>
    </message>
    <message>
        <source>empty: use ~/.pgpass</source>
        <translation>空欄: ~/.pgpass を使用</translation>
    </message>
    <message>
        <source>The password is kept only while Lectern runs; it is never saved. Leave it empty to use your ~/.pgpass file.</source>
        <translation>パスワードは Lectern の実行中だけ保持され、保存されることはありません。空欄にすると ~/.pgpass ファイルを使います。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
</context>
<context>
    <name>LibraryVersions</name>
    <message>
        <source>not available</source>
        <translation>利用できません</translation>
    </message>
    <message>
        <source>windows, text, databases</source>
        <translation>ウィンドウ、テキスト、データベース</translation>
    </message>
    <message>
        <source>the annotation store</source>
        <translation>注釈データベース</translation>
    </message>
    <message>
        <source>words and sentences in every script</source>
        <translation>あらゆる文字体系の単語と文</translation>
    </message>
    <message>
        <source>reading HTML pages</source>
        <translation>HTML ページの読み込み</translation>
    </message>
    <message>
        <source>Word, OpenDocument, EPUB, REFI-QDA</source>
        <translation>Word、OpenDocument、EPUB、REFI-QDA</translation>
    </message>
    <message>
        <source>reading PDF</source>
        <translation>PDF の読み込み</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>lectern: could not write the screenshot to %1</source>
        <translation>lectern: スクリーンショットを %1 に書き出せませんでした</translation>
    </message>
    <message>
        <source>lectern: the bundle did not finish loading within two minutes; no screenshot taken</source>
        <translation>lectern: 2 分以内にバンドルの読み込みが終わらなかったため、スクリーンショットは撮っていません</translation>
    </message>
    <message>
        <source>Read and annotate source bundles.</source>
        <translation>ソースバンドルを読み、注釈を付けます。</translation>
    </message>
    <message>
        <source>Render the window to a PNG after loading, then exit.</source>
        <translation>読み込み後にウィンドウを PNG に書き出して終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Use this colour theme for this session (see Settings for the names).</source>
        <translation>このセッションではこの配色テーマを使います(名前は設定で確認できます)。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Show this document of the bundle first.</source>
        <translation>バンドルのこの文書を最初に表示します。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read in this mode for this session: full, main (the main article) or unique.</source>
        <translation>このセッションではこのモードで読みます: full、main(本文記事)、unique のいずれか。</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Show Lectern in this language for this session: en, de or ja.</source>
        <translation>このセッションでは Lectern をこの言語で表示します: en、de、ja のいずれか。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Index file or folder of the bundle to open.</source>
        <translation>開くバンドルのインデックスファイルまたはフォルダー。</translation>
    </message>
    <message>
        <source>[bundle]</source>
        <translation>[バンドル]</translation>
    </message>
    <message>
        <source>lectern: --language takes en, de or ja, not %1</source>
        <translation>lectern: --language には en、de、ja のいずれかを指定してください(%1 ではありません)</translation>
    </message>
    <message>
        <source>lectern: --view takes full, main or unique, not %1</source>
        <translation>lectern: --view には full、main、unique のいずれかを指定してください(%1 ではありません)</translation>
    </message>
    <message>
        <source>Show the first document&apos;s Source view (View › Show Source) for this session.</source>
        <translation>このセッションでは最初の文書のソース表示（表示 › ソースを表示）を開きます。</translation>
    </message>
</context>
</TS>
