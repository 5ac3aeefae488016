<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>iia::BackupsDialog</name>
    <message numerus="yes">
        <source>Put back the backup taken %1, with %n assessment(s), in place of the library?</source>
        <translation>
            <numerusform>Put back the backup taken %1, with %n assessment, in place of the library?</numerusform>
            <numerusform>Put back the backup taken %1, with %n assessments, in place of the library?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iia::Brief</name>
    <message numerus="yes">
        <source>%n of the properties and enablers are not yet assessed; this brief is incomplete.</source>
        <translation>
            <numerusform>%n of the properties and enablers is not yet assessed; this brief is incomplete.</numerusform>
            <numerusform>%n of the properties and enablers are not yet assessed; this brief is incomplete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iia::CommandLine</name>
    <message numerus="yes">
        <source>%n assessment(s) deleted for good.</source>
        <translation>
            <numerusform>%n assessment deleted for good.</numerusform>
            <numerusform>%n assessments deleted for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) exported to %1.</source>
        <translation>
            <numerusform>%n assessment exported to %1.</numerusform>
            <numerusform>%n assessments exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup %1 (%n assessment(s)).</source>
        <translation>
            <numerusform>Restored the backup %1 (%n assessment).</numerusform>
            <numerusform>Restored the backup %1 (%n assessments).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iia::ExportDialog</name>
    <message numerus="yes">
        <source>Export %n Assessments</source>
        <translation>
            <numerusform>Export %n Assessment</numerusform>
            <numerusform>Export %n Assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the first of %n assessments)</source>
        <translation>
            <numerusform>(the first of %n assessment)</numerusform>
            <numerusform>(the first of %n assessments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting stopped after %n file(s): “%1” could not be written.

%2</source>
        <translation>
            <numerusform>Exporting stopped after %n file: “%1” could not be written.

%2</numerusform>
            <numerusform>Exporting stopped after %n files: “%1” could not be written.

%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iia::FrameworkEditor</name>
    <message numerus="yes">
        <source>%n properties</source>
        <translation>
            <numerusform>%n property</numerusform>
            <numerusform>%n properties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enablers</source>
        <translation>
            <numerusform>%n enabler</numerusform>
            <numerusform>%n enablers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n warning(s)</source>
        <translation>
            <numerusform>%1 — %n warning</numerusform>
            <numerusform>%1 — %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This framework has %n problem(s). The application cannot use it until they are fixed.</source>
        <translation>
            <numerusform>This framework has %n problem. The application cannot use it until it is fixed.</numerusform>
            <numerusform>This framework has %n problems. The application cannot use it until they are fixed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iia::ItemPage</name>
    <message numerus="yes">
        <source>%n passage(s) attached</source>
        <translation>
            <numerusform>%n passage attached</numerusform>
            <numerusform>%n passages attached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsure</source>
        <translation>
            <numerusform>%n unsure</numerusform>
            <numerusform>%n unsure</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iia::Library</name>
    <message numerus="yes">
        <source>The latest sound backup is “%1”, taken %2, with %n assessment(s).</source>
        <translation>
            <numerusform>The latest sound backup is “%1”, taken %2, with %n assessment.</numerusform>
            <numerusform>The latest sound backup is “%1”, taken %2, with %n assessments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This library is damaged: SQLite&apos;s check of the file found %n problem(s), the first: %1. It has not been changed.</source>
        <translation>
            <numerusform>This library is damaged: SQLite&apos;s check of the file found %n problem, the first: %1. It has not been changed.</numerusform>
            <numerusform>This library is damaged: SQLite&apos;s check of the file found %n problems, the first: %1. It has not been changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iia::LibraryView</name>
    <message numerus="yes">
        <source>Delete the %n assessment(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n assessment in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete the %n assessments in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) deleted for good.</source>
        <translation>
            <numerusform>%n assessment deleted for good.</numerusform>
            <numerusform>%n assessments deleted for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iia::TextWriters</name>
    <message numerus="yes">
        <source>(%n unsure)</source>
        <translation>
            <numerusform>(%n unsure)</numerusform>
            <numerusform>(%n unsure)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft text: %n character(s)</source>
        <translation>
            <numerusform>Draft text: %n character</numerusform>
            <numerusform>Draft text: %n characters</numerusform>
        </translation>
    </message>
</context>
</TS>
