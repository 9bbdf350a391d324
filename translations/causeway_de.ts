<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>causeway::ui::ActorTableModel</name>
    <message>
        <location filename="../ui/simulation/actor_table_model.cpp" line="+100"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy</source>
        <translation>Last</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max queue</source>
        <translation>Max. Warteschlange</translation>
    </message>
</context>
<context>
    <name>causeway::ui::CatalogModel</name>
    <message>
        <location filename="../ui/catalog/catalog_model.cpp" line="+29"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit</source>
        <translation>Prüfeintrag</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>(no domain)</source>
        <translation>(keine Domäne)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n definition(s)</source>
        <translation>
            <numerusform>%n Definition</numerusform>
            <numerusform>%n Definitionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
</context>
<context>
    <name>causeway::ui::CatalogView</name>
    <message>
        <location filename="../ui/catalog/catalog_view.cpp" line="+138"/>
        <source>Filter by type, name, owner or tag (Ctrl+F)</source>
        <translation>Nach Typ, Name, Verantwortlichem oder Schlagwort filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
</context>
<context>
    <name>causeway::ui::ConditionForm</name>
    <message>
        <location filename="../ui/rules/condition_form.cpp" line="+124"/>
        <source>This condition is nested deeper than the form shows; edit it as text.</source>
        <translation>Diese Bedingung ist tiefer verschachtelt, als das Formular zeigt; bearbeiten Sie sie als Text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This condition is a CloudEvents SQL expression; edit it as text.</source>
        <translation>Diese Bedingung ist ein CloudEvents-SQL-Ausdruck; bearbeiten Sie sie als Text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This condition is written as a filter dialect (exact, prefix, suffix) or a pattern that the form does not show; edit it as text.</source>
        <translation>Diese Bedingung ist als Filterdialekt (exact, prefix, suffix) oder als Muster geschrieben, das das Formular nicht zeigt; bearbeiten Sie sie als Text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A field of this condition has several operators, and the form shows one per test; edit it as text.</source>
        <translation>Ein Feld dieser Bedingung hat mehrere Operatoren, das Formular zeigt einen pro Test; bearbeiten Sie sie als Text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form cannot read this condition; edit it as text.</source>
        <translation>Das Formular kann diese Bedingung nicht lesen; bearbeiten Sie sie als Text.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&amp;Match</source>
        <translation>&amp;Zutreffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all of these tests</source>
        <translation>alle diese Tests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any of these tests</source>
        <translation>einer dieser Tests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Test</source>
        <translation>Test hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a test of one field (Ctrl+Return)</source>
        <translation>Einen Test eines Feldes hinzufügen (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>causeway::ui::ConditionRow</name>
    <message>
        <location filename="../ui/rules/condition_row.cpp" line="+184"/>
        <source>a list, such as [&quot;high&quot;, &quot;critical&quot;]</source>
        <translation>eine Liste, etwa [&quot;high&quot;, &quot;critical&quot;]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[minimum, maximum]</source>
        <translation>[Minimum, Maximum]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a regular expression</source>
        <translation>ein regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text, a number, true, false or JSON</source>
        <translation>Text, eine Zahl, true, false oder JSON</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A CloudEvents attribute, or a JSONPath into the payload such as $.data.amount</source>
        <translation>Ein CloudEvents-Attribut oder ein JSONPath in die Nutzdaten, etwa $.data.amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the field is tested</source>
        <translation>Wie das Feld geprüft wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value to test against: JSON when it reads as JSON (1000, true, [1, 2]), otherwise text</source>
        <translation>Der Vergleichswert: JSON, wenn er sich als JSON lesen lässt (1000, true, [1, 2]), sonst Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Remove this test</source>
        <translation>Diesen Test entfernen</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not equal</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>equals, ignoring case</source>
        <translation>ist gleich, ohne Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is one of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is none of</source>
        <translation>ist keines von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>greater than</source>
        <translation>größer als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>greater than or equal to</source>
        <translation>größer oder gleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than</source>
        <translation>kleiner als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less than or equal to</source>
        <translation>kleiner oder gleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>between (inclusive)</source>
        <translation>zwischen (einschließlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exists</source>
        <translation>existiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matches wildcard</source>
        <translation>passt auf Platzhalter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matches regex</source>
        <translation>passt auf regulären Ausdruck</translation>
    </message>
</context>
<context>
    <name>causeway::ui::DefinitionEditor</name>
    <message>
        <location filename="../ui/editor/definition_editor.cpp" line="+170"/>
        <source>A payload schema is a JSON object.</source>
        <translation>Ein Nutzdatenschema ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit the schema of %1 as text</source>
        <translation>Schema von %1 als Text bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit the examples of %1</source>
        <translation>Beispiele von %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select a definition in the catalog to edit it.</source>
        <translation>Wählen Sie eine Definition im Katalog, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Version %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No problems: naming, documentation and examples are as the catalog asks.</source>
        <translation>Keine Probleme: Benennung, Dokumentation und Beispiele entsprechen den Regeln des Katalogs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+123"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Edit the details of %1</source>
        <translation>Angaben zu %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The examples are a JSON array of payloads: [ {…}, {…} ].</source>
        <translation>Die Beispiele sind ein JSON-Array von Nutzdaten: [ {…}, {…} ].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The schema does not compile, so examples cannot be checked.</source>
        <translation>Das Schema lässt sich nicht übersetzen, daher können Beispiele nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Example %1</source>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is valid.</source>
        <translation>%1 ist gültig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2: %3</source>
        <translation>%1 bei %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No examples yet: write one, or generate one from the schema.</source>
        <translation>Noch keine Beispiele: Schreiben Sie eines oder erzeugen Sie eines aus dem Schema.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Generate an example of %1</source>
        <translation>Beispiel für %1 erzeugen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain:</source>
        <translation>Domäne:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma, separated</source>
        <translation>durch Kommas, getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a field beside the selected one (Insert)</source>
        <translation>Ein Feld neben dem gewählten hinzufügen (Einfg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Nested Field</source>
        <translation>Unterfeld hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a field inside the selected object (Shift+Insert)</source>
        <translation>Ein Feld im gewählten Objekt hinzufügen (Umschalt+Einfg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected field (Delete)</source>
        <translation>Das gewählte Feld entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected field before the one above it (Alt+Up); fields can be dragged too</source>
        <translation>Das ausgewählte Feld vor das darüberliegende setzen (Alt+Oben); Felder lassen sich auch ziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected field after the one below it (Alt+Down)</source>
        <translation>Das ausgewählte Feld hinter das darunterliegende setzen (Alt+Unten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate Example</source>
        <translation>Beispiel erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an example generated from the schema</source>
        <translation>Ein aus dem Schema erzeugtes Beispiel hinzufügen</translation>
    </message>
</context>
<context>
    <name>causeway::ui::DesignTableModel</name>
    <message>
        <location filename="../ui/designtable/design_table_model.cpp" line="+73"/>
        <source>Input events</source>
        <translation>Eingangsereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output events</source>
        <translation>Ausgangsereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The name “%1” is taken.</source>
        <translation>Der Name „%1“ ist vergeben.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Double-click or press F2 to edit</source>
        <translation>Zum Bearbeiten doppelklicken oder F2 drücken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change what routes here in the Rules dock or on the Flow canvas</source>
        <translation>Was hierher leitet, ändern Sie im Regel-Dock oder auf der Fluss-Leinwand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several rules route here: rename them in the Rules dock or on the Flow canvas</source>
        <translation>Mehrere Regeln leiten hierher: Benennen Sie sie im Regel-Dock oder auf der Fluss-Leinwand um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A source publishes its type: change its type and rate on the Flow canvas</source>
        <translation>Eine Quelle veröffentlicht ihren Typ: Ändern Sie Typ und Rate auf der Fluss-Leinwand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rule routes here: change the actor&apos;s description on the Flow canvas</source>
        <translation>Keine Regel leitet hierher: Ändern Sie die Beschreibung des Akteurs auf der Fluss-Leinwand</translation>
    </message>
</context>
<context>
    <name>causeway::ui::DesignTableView</name>
    <message>
        <location filename="../ui/designtable/design_table_view.cpp" line="+34"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The table cannot be made: %1</source>
        <translation>Die Tabelle kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Export Design Table</source>
        <translation>Entwurfstabelle exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter by event, service or note</source>
        <translation>Nach Ereignis, Dienst oder Hinweis filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
</context>
<context>
    <name>causeway::ui::EventDetailView</name>
    <message>
        <location filename="../ui/eventlog/event_detail_view.cpp" line="+65"/>
        <source>(stored as)</source>
        <translation>(gespeichert als)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(stored at)</source>
        <translation>(gespeichert am)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(replayed)</source>
        <translation>(wiedergegeben)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Binary data, base64:
%1</source>
        <translation>Binärdaten, Base64:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no data)</source>
        <translation>(keine Daten)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open a project to validate events against its catalog.</source>
        <translation>Öffnen Sie ein Projekt, um Ereignisse gegen seinen Katalog zu prüfen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Valid.</source>
        <translation>Gültig.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid against version %1.</source>
        <translation>Gültig gegen Version %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>causeway::ui::EventLogModel</name>
    <message>
        <location filename="../ui/eventlog/event_log_model.cpp" line="+149"/>
        <source>replayed</source>
        <translation>wiedergegeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>causeway::ui::EventLogView</name>
    <message>
        <location filename="../ui/eventlog/event_log_view.cpp" line="+133"/>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Times are written like 2025-03-03T09:30:00Z</source>
        <translation>Zeiten werden so geschrieben: 2025-03-03T09:30:00Z</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type starts with…</source>
        <translation>Typ beginnt mit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (2025-03-03T09:00:00Z)</source>
        <translation>Ab (2025-03-03T09:00:00Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text anywhere in the event</source>
        <translation>Text irgendwo im Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trace Workflow</source>
        <translation>Ablauf &amp;verfolgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No event store open. Run a simulation, or open a store file.</source>
        <translation>Kein Ereignisspeicher geöffnet. Starten Sie eine Simulation oder öffnen Sie eine Speicherdatei.</translation>
    </message>
</context>
<context>
    <name>causeway::ui::FieldDetails</name>
    <message>
        <location filename="../ui/editor/field_details.cpp" line="+172"/>
        <source>“%1” is not a number; the allowed values of %2 are numbers.</source>
        <translation>„%1“ ist keine Zahl; die erlaubten Werte von %2 sind Zahlen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the allowed values of %1</source>
        <translation>Erlaubte Werte von %1 festlegen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a whole number of zero or more.</source>
        <translation>„%1“ ist keine ganze Zahl ab null.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the bounds of %1</source>
        <translation>Grenzen von %1 festlegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the format of %1</source>
        <translation>Format von %1 festlegen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Allowed values:</source>
        <translation>&amp;Erlaubte Werte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any value; or list them, separated by commas</source>
        <translation>Jeder Wert; oder zählen Sie sie auf, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;inimum:</source>
        <translation>M&amp;inimum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum &amp;length:</source>
        <translation>Minimale &amp;Länge:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maximum le&amp;ngth:</source>
        <translation>Maximale Lä&amp;nge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum i&amp;tems:</source>
        <translation>Minimale Anzahl Einträ&amp;ge:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maximum ite&amp;ms:</source>
        <translation>Maximale Anzahl Ein&amp;träge:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bound</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any text</source>
        <translation>Beliebiger Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What kind of text the field holds, such as a date or an email address.</source>
        <translation>Welche Art Text das Feld enthält, etwa ein Datum oder eine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>causeway::ui::FlowCanvas</name>
    <message>
        <location filename="../ui/flow/flow_canvas.cpp" line="+134"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected nodes from the project (Del)</source>
        <translation>Die ausgewählten Knoten aus dem Projekt entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay the flow out again, left to right, forgetting moved nodes</source>
        <translation>Den Fluss neu von links nach rechts anordnen und verschobene Knoten vergessen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The flow cannot be drawn: %1</source>
        <translation>Der Fluss kann nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>causeway::ui::FlowInspector</name>
    <message numerus="yes">
        <location filename="../ui/flow/flow_inspector.cpp" line="+160"/>
        <source>%n nodes selected</source>
        <translation>
            <numerusform>%n Knoten ausgewählt</numerusform>
            <numerusform>%n Knoten ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete removes them; Ctrl+C copies them, Ctrl+D duplicates them.</source>
        <translation>Entf entfernt sie; Strg+C kopiert sie, Strg+D dupliziert sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a node to see and change it here. Drag a source, rule or actor from the palette to add one.</source>
        <translation>Wählen Sie einen Knoten, um ihn hier zu sehen und zu ändern. Ziehen Sie eine Quelle, Regel oder einen Akteur aus der Palette, um einen hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1
Its definition is open in the Definition dock.</source>
        <translation>%1
Seine Definition ist im Definitions-Dock geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A rule routes here, but the project has no actor of this name.</source>
        <translation>Eine Regel leitet hierher, aber das Projekt hat keinen Akteur dieses Namens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events routed here are counted, not processed.</source>
        <translation>Hierher geleitete Ereignisse werden gezählt, nicht verarbeitet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliveries that failed every retry end here.</source>
        <translation>Zustellungen, bei denen jeder Versuch scheiterte, enden hier.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How many events it works on at once</source>
        <translation>Wie viele Ereignisse er gleichzeitig bearbeitet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity:</source>
        <translation>Kapazität:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 250ms, or {&quot;exponential&quot;: {&quot;mean&quot;: &quot;2s&quot;}}</source>
        <translation>z. B. 250ms oder {&quot;exponential&quot;: {&quot;mean&quot;: &quot;2s&quot;}}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Processing time:</source>
        <translation>Bearbeitungszeit:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failure probability:</source>
        <translation>Fehlerwahrscheinlichkeit:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Event type:</source>
        <translation>Ereignistyp:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. {&quot;poisson&quot;: &quot;30/min&quot;}</source>
        <translation>z. B. {&quot;poisson&quot;: &quot;30/min&quot;}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Routes events</source>
        <translation>Leitet Ereignisse weiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enabled:</source>
        <translation>Aktiv:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
</context>
<context>
    <name>causeway::ui::FlowPalette</name>
    <message>
        <location filename="../ui/flow/flow_palette.cpp" line="+97"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishes events of a type at a rate</source>
        <translation>Veröffentlicht Ereignisse eines Typs mit einer Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new definition in the catalog</source>
        <translation>Eine neue Definition im Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes the events that match its condition to its targets</source>
        <translation>Leitet die Ereignisse, auf die seine Bedingung passt, an seine Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes events, spends time on them and emits others</source>
        <translation>Nimmt Ereignisse an, bearbeitet sie eine Weile und sendet andere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag onto the canvas, or press Enter to add</source>
        <translation>Auf die Leinwand ziehen oder mit der Eingabetaste hinzufügen</translation>
    </message>
</context>
<context>
    <name>causeway::ui::FlowScene</name>
    <message>
        <location filename="../ui/flow/flow_scene.cpp" line="+31"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sink</source>
        <translation>Senke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MQTT topic</source>
        <translation>MQTT-Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead-letter queue</source>
        <translation>Warteschlange für unzustellbare Ereignisse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rule, disabled</source>
        <translation>Regel, deaktiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actor, not defined</source>
        <translation>Akteur, nicht definiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dead letters</source>
        <translation>Unzustellbare</translation>
    </message>
</context>
<context>
    <name>causeway::ui::FlowView</name>
    <message>
        <location filename="../ui/flow/flow_view.cpp" line="+72"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole flow (%1)</source>
        <translation>Den ganzen Fluss zeigen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole flow: click to look there</source>
        <translation>Der ganze Fluss: Klicken, um dorthin zu sehen</translation>
    </message>
</context>
<context>
    <name>causeway::ui::JsonTextEdit</name>
    <message>
        <location filename="../ui/editor/json_text_edit.cpp" line="+81"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>causeway::ui::LatencyChart</name>
    <message>
        <location filename="../ui/simulation/run_charts.cpp" line="+94"/>
        <source>Processing time per actor</source>
        <translation>Bearbeitungszeit je Akteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds (log scale)</source>
        <translation>Sekunden (logarithmisch)</translation>
    </message>
</context>
<context>
    <name>causeway::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="+105"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The event log&apos;s filters hide this event.</source>
        <translation>Die Filter des Ereignisprotokolls blenden dieses Ereignis aus.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="+138"/>
        <source>%1[*] — Causeway</source>
        <translation>%1[*] — Causeway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Causeway</source>
        <translation>Causeway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Definition…</source>
        <translation>Neue &amp;Definition…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Definition</source>
        <translation>Definition entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flow</source>
        <translation>&amp;Fluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design Table</source>
        <translation>Entwurfstabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Event &amp;Store…</source>
        <translation>Ereignis&amp;speicher öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trace</source>
        <translation>Ablaufverfolgung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Monitor&lt;/h3&gt;&lt;p&gt;Browse recorded events: filter the event log, select an event to see its envelope, payload and validation, and trace its workflow (Ctrl+T). Simulation runs are recorded here automatically.&lt;/p&gt;&lt;p&gt;Live MQTT and HTTP connections arrive in a later version.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Überwachen&lt;/h3&gt;&lt;p&gt;Aufgezeichnete Ereignisse durchsuchen: Filtern Sie das Ereignisprotokoll, wählen Sie ein Ereignis, um Umschlag, Nutzdaten und Prüfergebnis zu sehen, und verfolgen Sie seinen Ablauf (Strg+T). Simulationsläufe werden hier automatisch aufgezeichnet.&lt;/p&gt;&lt;p&gt;Live-Verbindungen über MQTT und HTTP folgen in einer späteren Version.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Event Store…</source>
        <translation>Ereignisspeicher öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Definition</source>
        <translation>Definition &amp;suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the &amp;Desktop</source>
        <translation>Wie der &amp;Desktop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dar&amp;k</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Causeway</source>
        <translation>&amp;Über Causeway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to Causeway</source>
        <translation>Willkommen bei Causeway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design event catalogs and routing, simulate workflows, and watch live traffic. Open a project (*.causeway.json) to begin, or drop one onto this window.</source>
        <translation>Entwerfen Sie Ereigniskataloge und Routing, simulieren Sie Abläufe und beobachten Sie Live-Verkehr. Öffnen Sie zum Beginnen ein Projekt (*.causeway.json) oder ziehen Sie es in dieses Fenster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Project…</source>
        <translation>Projekt öffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="+71"/>
        <source>New Definition</source>
        <translation>Neue Definition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The event type, named like com.example.order.placed:</source>
        <translation>Der Ereignistyp, benannt wie com.example.order.placed:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot add the definition</source>
        <translation>Die Definition kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Removed %1 (Ctrl+Z brings it back)</source>
        <translation>%1 entfernt (Strg+Z holt es zurück)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_files.cpp" line="+47"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new project: add definitions, then save it (Ctrl+S).</source>
        <translation>Ein neues Projekt: Fügen Sie Definitionen hinzu und speichern Sie es dann (Strg+S).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+20"/>
        <source>Cannot save the project</source>
        <translation>Das Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+21"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Causeway projects (*.causeway.json)</source>
        <translation>Causeway-Projekte (*.causeway.json)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Causeway projects (*.causeway.json);;JSON files (*.json)</source>
        <translation>Causeway-Projekte (*.causeway.json);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Event Store</source>
        <translation>Ereignisspeicher öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event stores (*.db *.sqlite);;All files (*)</source>
        <translation>Ereignisspeicher (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_actions.cpp" line="+16"/>
        <source>About Causeway</source>
        <translation>Über Causeway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Causeway %1&lt;/h3&gt;&lt;p&gt;A studio for event-driven systems: design event catalogs and routing rules, simulate workflows, monitor live MQTT and HTTP traffic.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Causeway %1&lt;/h3&gt;&lt;p&gt;Ein Studio für ereignisgesteuerte Systeme: Ereigniskataloge und Routing-Regeln entwerfen, Abläufe simulieren, Live-Verkehr über MQTT und HTTP beobachten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="-92"/>
        <location filename="../ui/mainwindow/main_window_files.cpp" line="+34"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_files.cpp" line="+23"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;%1 could not be opened.&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 konnte nicht geöffnet werden.&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/main_window.cpp" line="+137"/>
        <source>%n definition(s)</source>
        <translation>
            <numerusform>%n Definition</numerusform>
            <numerusform>%n Definitionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window_flow.cpp" line="+79"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>%n Knoten löschen</numerusform>
            <numerusform>%n Knoten löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to paste: %1</source>
        <translation>Nichts einzufügen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>%n Knoten einfügen</numerusform>
            <numerusform>%n Knoten einfügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lay out the flow again</source>
        <translation>Den Fluss neu anordnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+23"/>
        <source>Connect an event type or a rule to an actor or a sink.</source>
        <translation>Verbinden Sie einen Ereignistyp oder eine Regel mit einem Akteur oder einer Senke.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>route %1 to %2</source>
        <translation>%1 an %2 leiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Route %1 to %2</source>
        <translation>%1 an %2 leiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add %1 to rule %2</source>
        <translation>%1 zu Regel %2 hinzufügen</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+133"/>
        <source>%1 (Ctrl+Z takes it back)</source>
        <translation>%1 (Strg+Z nimmt es zurück)</translation>
    </message>
</context>
<context>
    <name>causeway::ui::OutcomeChart</name>
    <message>
        <location filename="../ui/simulation/run_charts.cpp" line="+66"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcomes of the workflows that ended</source>
        <translation>Ergebnisse der beendeten Abläufe</translation>
    </message>
</context>
<context>
    <name>causeway::ui::ProblemsModel</name>
    <message>
        <location filename="../ui/catalog/problems_model.cpp" line="+17"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>causeway::ui::ProjectDocument</name>
    <message>
        <location filename="../ui/document/project_document.cpp" line="+88"/>
        <source>Add definition %1</source>
        <translation>Definition %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add version %1 of %2</source>
        <translation>Version %1 von %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove definition %1</source>
        <translation>Definition %1 entfernen</translation>
    </message>
</context>
<context>
    <name>causeway::ui::QueueChart</name>
    <message>
        <location filename="../ui/simulation/run_charts.cpp" line="-31"/>
        <source>Deliveries waiting per actor</source>
        <translation>Wartende Zustellungen je Akteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual time (hours)</source>
        <translation>Virtuelle Zeit (Stunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
</context>
<context>
    <name>causeway::ui::RuleEditor</name>
    <message>
        <location filename="../ui/rules/rule_editor.cpp" line="+186"/>
        <source>Edit rule %1</source>
        <translation>Regel %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add a rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove rule %1</source>
        <translation>Regel %1 entfernen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Paste a CloudEvent in JSON, or generate one.</source>
        <translation>Fügen Sie ein CloudEvent als JSON ein oder erzeugen Sie eines.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a CloudEvent: %1</source>
        <translation>Kein CloudEvent: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rules cannot be read: %1</source>
        <translation>Die Regeln können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 matches → %2</source>
        <translation>%1 trifft zu → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not match: %2</source>
        <translation>%1 trifft nicht zu: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule&apos;s condition as a list of tests</source>
        <translation>Die Bedingung der Regel als Liste von Tests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole rule as JSON</source>
        <translation>Die ganze Regel als JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate Event</source>
        <translation>Ereignis erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test event of the rule&apos;s type with a payload from its schema</source>
        <translation>Ein Testereignis vom Typ der Regel mit Nutzdaten aus seinem Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test event: which rules match it, and why the others do not</source>
        <translation>Testereignis: welche Regeln zutreffen und warum die anderen nicht</translation>
    </message>
</context>
<context>
    <name>causeway::ui::RunSettingsForm</name>
    <message>
        <location filename="../ui/simulation/run_settings_form.cpp" line="+237"/>
        <source>The time cannot be read: write it as 90s, 10m, 2h or 1d 12h.</source>
        <translation>Die Zeit ist nicht lesbar: Schreiben Sie sie als 90s, 10m, 2h oder 1d 12h.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The condition cannot be read: %1</source>
        <translation>Die Bedingung ist nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1× real time</source>
        <translation>%1× Echtzeit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a tenth of real time to as fast as the machine can go; it can change while the run goes on.</source>
        <translation>Von einem Zehntel der Echtzeit bis so schnell, wie der Rechner kann; sie lässt sich während des Laufs ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after:</source>
        <translation>Anhalten nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Ereignissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual time</source>
        <translation>virtueller Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A matching event</source>
        <translation>einem passenden Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 90s, 10m, 2h, 1d 12h</source>
        <translation>z. B. 90s, 10m, 2h, 1d 12h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CESQL, e.g. type = &apos;com.acme.order.cancelled&apos;</source>
        <translation>CESQL, z. B. type = &apos;com.acme.order.cancelled&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run ends at the first event that passes: a CloudEvents SQL expression, or a routing condition written as JSON.</source>
        <translation>Der Lauf endet beim ersten passenden Ereignis: ein CloudEvents-SQL-Ausdruck oder eine als JSON geschriebene Routing-Bedingung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the events for the event log</source>
        <translation>Ereignisse für das Ereignisprotokoll aufzeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each run is written to a new store file, which the event log opens when the run pauses or ends.</source>
        <translation>Jeder Lauf wird in eine neue Speicherdatei geschrieben, die das Ereignisprotokoll öffnet, sobald der Lauf pausiert oder endet.</translation>
    </message>
</context>
<context>
    <name>causeway::ui::SchemaTree</name>
    <message>
        <location filename="../ui/editor/schema_tree.cpp" line="+144"/>
        <source>Add field %1</source>
        <translation>Feld %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove field %1</source>
        <translation>Feld %1 entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rename field %1 to %2</source>
        <translation>Feld %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make field %1 a %2</source>
        <translation>Feld %1 zum Typ %2 machen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Require field %1</source>
        <translation>Feld %1 verlangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make field %1 optional</source>
        <translation>Feld %1 optional machen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe field %1</source>
        <translation>Feld %1 beschreiben</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Move field %1</source>
        <translation>Feld %1 verschieben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A field moves among the fields beside it; to move it into another object, remove it here and add it there.</source>
        <translation>Ein Feld wird unter seinen Nachbarfeldern verschoben; um es in ein anderes Objekt zu bringen, entfernen Sie es hier und fügen Sie es dort hinzu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>causeway::ui::SimulationPanel</name>
    <message>
        <location filename="../ui/simulation/simulation_panel.cpp" line="+40"/>
        <source>the event count was reached</source>
        <translation>Ereignisanzahl erreicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the duration was reached</source>
        <translation>Dauer erreicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the stop condition was met</source>
        <translation>Abbruchbedingung erfüllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing was left to happen</source>
        <translation>nichts mehr zu tun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a thousand events in a row failed validation</source>
        <translation>tausend Ereignisse in Folge waren ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The simulation cannot run: %1</source>
        <translation>Die Simulation kann nicht laufen: %1</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the simulation (F5)</source>
        <translation>Simulation starten (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or resume (F6)</source>
        <translation>Anhalten oder fortsetzen (F6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step</source>
        <translation>&amp;Einzelschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While paused, run the next instant (F10)</source>
        <translation>Im angehaltenen Zustand den nächsten Zeitpunkt ausführen (F10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the run (Shift+F5)</source>
        <translation>Lauf beenden (Umschalt+F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a project to simulate it.</source>
        <translation>Öffnen Sie ein Projekt, um es zu simulieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This project has no sources, so nothing would happen. Add sources and actors to its file (see docs/simulation.md).</source>
        <translation>Dieses Projekt hat keine Quellen, es würde also nichts geschehen. Ergänzen Sie Quellen und Akteure in seiner Datei (siehe docs/simulation.md).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready: %1 and %2.</source>
        <translation>Bereit: %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n Akteur</numerusform>
            <numerusform>%n Akteure</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>finished (%1)</source>
        <translation>beendet (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events in %2 of virtual time, %3</source>
        <translation>%1 Ereignisse in %2 virtueller Zeit, %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2%</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No workflow has ended yet.</source>
        <translation>Noch kein Ablauf ist beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes — %1</source>
        <translation>Ergebnisse — %1</translation>
    </message>
</context>
<context>
    <name>causeway::ui::ThroughputChart</name>
    <message>
        <location filename="../ui/simulation/throughput_chart.cpp" line="+78"/>
        <source>other types</source>
        <translation>andere Typen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Events per minute of virtual time</source>
        <translation>Ereignisse pro Minute virtueller Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual time (hours)</source>
        <translation>Virtuelle Zeit (Stunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events per minute</source>
        <translation>Ereignisse pro Minute</translation>
    </message>
</context>
<context>
    <name>causeway::ui::TimelineWidget</name>
    <message>
        <location filename="../ui/trace/timeline_widget.cpp" line="+92"/>
        <source>%1
from %2
at %3</source>
        <translation>%1
von %2
um %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose an event with a correlation id and trace its workflow (Ctrl+T).</source>
        <translation>Wählen Sie ein Ereignis mit Korrelations-ID und verfolgen Sie seinen Ablauf (Strg+T).</translation>
    </message>
</context>
<context>
    <name>causeway::ui::TraceModel</name>
    <message>
        <location filename="../ui/trace/trace_model.cpp" line="+93"/>
        <source>Its cause is not in this workflow&apos;s recorded events.</source>
        <translation>Seine Ursache ist nicht unter den aufgezeichneten Ereignissen dieses Ablaufs.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After its cause</source>
        <translation>Nach der Ursache</translation>
    </message>
</context>
<context>
    <name>causeway::ui::TraceView</name>
    <message>
        <location filename="../ui/trace/trace_view.cpp" line="+61"/>
        <source>Reading workflow %1…</source>
        <translation>Ablauf %1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No workflow traced yet.</source>
        <translation>Noch kein Ablauf verfolgt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recorded events have the correlation id %1.</source>
        <translation>Kein aufgezeichnetes Ereignis hat die Korrelations-ID %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Workflow %1: %n event(s) from %2 source(s) over %3</source>
        <translation>
            <numerusform>Ablauf %1: %n Ereignis aus %2 Quelle(n) über %3</numerusform>
            <numerusform>Ablauf %1: %n Ereignisse aus %2 Quelle(n) über %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>causeway::ui::VersionCompare</name>
    <message>
        <location filename="../ui/editor/version_compare.cpp" line="+65"/>
        <source>Only one version so far: the history and the compatibility check between versions appear when there are two.</source>
        <translation>Bisher nur eine Version: Verlauf und Kompatibilitätsprüfung zwischen Versionen erscheinen ab zwei Versionen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward compatible (old data reads with the new schema): %1 · forward compatible (new data reads with the old): %2</source>
        <translation>Rückwärtskompatibel (alte Daten mit dem neuen Schema lesbar): %1 · vorwärtskompatibel (neue Daten mit dem alten lesbar): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>breaks backward</source>
        <translation>bricht Rückwärtskompatibilität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>breaks forward</source>
        <translation>bricht Vorwärtskompatibilität</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The payload schemas are the same.</source>
        <translation>Die Nutzdatenschemata sind gleich.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the next minor version, a copy of the newest, to change</source>
        <translation>Die nächste Minor-Version als Kopie der neuesten hinzufügen, um sie zu ändern</translation>
    </message>
</context>
<context>
    <name>causeway::ui::Workspaces</name>
    <message>
        <location filename="../ui/mainwindow/workspaces.cpp" line="+125"/>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Simulate</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog, its definitions and their problems</source>
        <translation>Der Katalog, seine Definitionen und ihre Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the project&apos;s simulation and browse what it recorded</source>
        <translation>Die Simulation des Projekts ausführen und ihre Aufzeichnung durchsehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse and trace recorded events</source>
        <translation>Aufgezeichnete Ereignisse durchsehen und verfolgen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Workspace</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
</context>
</TS>
