<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ktc::ui::WelcomePage</name>
    <message>
        <source>Connect to a Kestra server</source>
        <translation>Mit einem Kestra-Server verbinden</translation>
    </message>
    <message>
        <source>Try the demo sandbox</source>
        <translation>Die Demo-Sandbox ausprobieren</translation>
    </message>
</context>
<context>
    <name>ktc::ui::TenantPagesWidget</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Service Accounts</source>
        <translation>Dienstkonten</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>ktc::ui::MainWindow</name>
    <message>
        <source>New tenant</source>
        <translation>Neuer Mandant</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Delete tenant</source>
        <translation>Mandant löschen</translation>
    </message>
</context>
</TS>
