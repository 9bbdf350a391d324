<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>causeway::ui::CatalogModel</name>
    <message>
        <location filename="../ui/catalog/catalog_model.cpp" line="+26"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Prüfeintrag</translation>
    </message>
    <message>
        <location line="+82"/>
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
        <location line="+61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
</context>
<context>
    <name>causeway::ui::CatalogView</name>
    <message>
        <location filename="../ui/catalog/catalog_view.cpp" line="+109"/>
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
        <location filename="../ui/mainwindow/main_window.cpp" line="+69"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <location line="+82"/>
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
        <location line="+0"/>
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
        <location line="+26"/>
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
        <location line="+37"/>
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
        <location filename="../ui/catalog/problems_model.cpp" line="+16"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
</TS>
