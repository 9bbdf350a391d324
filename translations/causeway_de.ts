<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>causeway::ui::ActorTableModel</name>
    <message>
        <location filename="../ui/simulation/actor_table_model.cpp" line="+96"/>
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
        <location filename="../ui/catalog/catalog_view.cpp" line="+118"/>
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
    <name>causeway::ui::EventDetailView</name>
    <message>
        <location filename="../ui/eventlog/event_detail_view.cpp" line="+63"/>
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
        <location line="+6"/>
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
        <location line="+12"/>
        <source>Valid.</source>
        <translation>Gültig.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid against version %1.</source>
        <translation>Gültig gegen Version %1.</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location filename="../ui/eventlog/event_log_model.cpp" line="+150"/>
        <source>replayed</source>
        <translation>wiedergegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../ui/eventlog/event_log_view.cpp" line="+125"/>
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
        <location line="+45"/>
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
    <name>causeway::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="+90"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The event log&apos;s filters hide this event.</source>
        <translation>Die Filter des Ereignisprotokolls blenden dieses Ereignis aus.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 — Causeway</source>
        <translation>%1 — Causeway</translation>
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
        <location line="+42"/>
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
        <location line="+25"/>
        <source>About Causeway</source>
        <translation>Über Causeway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Causeway %1&lt;/h3&gt;&lt;p&gt;A studio for event-driven systems: design event catalogs and routing rules, simulate workflows, monitor live MQTT and HTTP traffic.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Causeway %1&lt;/h3&gt;&lt;p&gt;Ein Studio für ereignisgesteuerte Systeme: Ereigniskataloge und Routing-Regeln entwerfen, Abläufe simulieren, Live-Verkehr über MQTT und HTTP beobachten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-232"/>
        <location line="+264"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;%1 could not be opened.&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 konnte nicht geöffnet werden.&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
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
    <name>causeway::ui::SimulationPanel</name>
    <message>
        <location filename="../ui/simulation/simulation_panel.cpp" line="+37"/>
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
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The simulation cannot run: %1</source>
        <translation>Die Simulation kann nicht laufen: %1</translation>
    </message>
    <message>
        <location line="+112"/>
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
        <location line="+1"/>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1× real time</source>
        <translation>%1-fache Echtzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
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
    <message>
        <location line="+5"/>
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
        <location filename="../ui/simulation/throughput_chart.cpp" line="+94"/>
        <source>other types</source>
        <translation>andere Typen</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+18"/>
        <source>Choose an event with a correlation id and trace its workflow (Ctrl+T).</source>
        <translation>Wählen Sie ein Ereignis mit Korrelations-ID und verfolgen Sie seinen Ablauf (Strg+T).</translation>
    </message>
</context>
<context>
    <name>causeway::ui::TraceModel</name>
    <message>
        <location filename="../ui/trace/trace_model.cpp" line="+92"/>
        <source>Its cause is not in this workflow&apos;s recorded events.</source>
        <translation>Seine Ursache ist nicht unter den aufgezeichneten Ereignissen dieses Ablaufs.</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location filename="../ui/trace/trace_view.cpp" line="+57"/>
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
