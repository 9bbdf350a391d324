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
    <name>causeway::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="+75"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <location line="+108"/>
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
        <source>Simulation</source>
        <translation>Simulation</translation>
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
        <location line="+13"/>
        <source>About Causeway</source>
        <translation>Über Causeway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Causeway %1&lt;/h3&gt;&lt;p&gt;A studio for event-driven systems: design event catalogs and routing rules, simulate workflows, monitor live MQTT and HTTP traffic.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Causeway %1&lt;/h3&gt;&lt;p&gt;Ein Studio für ereignisgesteuerte Systeme: Ereigniskataloge und Routing-Regeln entwerfen, Abläufe simulieren, Live-Verkehr über MQTT und HTTP beobachten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location filename="../ui/simulation/simulation_panel.cpp" line="+32"/>
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
        <location line="+75"/>
        <source>The simulation cannot run: %1</source>
        <translation>Die Simulation kann nicht laufen: %1</translation>
    </message>
    <message>
        <location line="+93"/>
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
        <location line="+4"/>
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
</TS>
