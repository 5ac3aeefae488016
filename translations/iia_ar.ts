<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>iia::Application</name>
    <message>
        <source>Internet Impact Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be opened, so the application cannot start. Nothing was changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::Assessment</name>
    <message>
        <source>Law or bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy or strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea or announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue in one or two sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the assessment should achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom it must influence, and what they care about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who benefits if it succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills needed and who has them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could help or hinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing work to build on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::AssessmentView</name>
    <message>
        <source>Steps of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case and draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enablers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions and recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::CasePage</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The case&lt;/h2&gt;&lt;p&gt;Describe the proposal under assessment. Paste or import its draft text in the panel beside this page; you will attach passages of it as evidence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Draft law on network usage fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country, region or body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributors (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;Draft from a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the draft from a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::CommandLine</name>
    <message>
        <source>List the available frameworks with their counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the assessments in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty assessment and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .iia files (each in one transaction, or not at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an assessment to a .iia file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings, suggested ratings, coverage and the headline verdicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy an assessment under a new id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an assessment to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take an assessment back out of the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the assessments in the trash for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the saved revisions of an assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put an earlier revision back (the current state is kept as a revision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check framework (.json) or assessment (.iia) files and list every error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the library in DIR instead of the default data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON (frameworks, list, show, score).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With score: list the answers behind every suggested rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With import: give an assessment that is already in the library a new id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With import: overwrite an assessment that is already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With export: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With list: list the trash instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With list: only assessments whose title, jurisdiction or text match WORDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of framework texts in the output (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Impact Assessment — assess a proposed policy against the Internet Way of Networking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 bad usage or bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “iia --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-copy and --replace exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“frameworks” takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“list” takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: iia show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: iia new TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: iia import FILE… [--as-copy | --replace]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: iia export ID -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: iia score FILE|ID [--explain] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: iia duplicate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: iia delete ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: iia restore ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“empty-trash” takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: iia history ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: iia revert ID REVISION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: iia validate FILE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework “%1” is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 “%3” (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a file nor the id of an assessment in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) deleted for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No revisions saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a revision number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::ConclusionsPage</name>
    <message>
        <source>&lt;h2&gt;Conclusions and recommendations&lt;/h2&gt;&lt;p&gt;State what the analysis shows — the effect on the Internet first, then on people — and what you recommend.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::DraftImporter</name>
    <message>
        <source>The file “%1” is %2 MB, more than the %3 MB that can be imported. Import only the part of the draft you are assessing, or paste its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is in the old Word 97–2003 format (.doc) or another old Office format, which cannot be imported. Open it in your word processor and save it as DOCX, ODT or PDF, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is in Rich Text Format (RTF), which cannot be imported. Open it in your word processor and save it as DOCX, ODT or PDF, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is not a PDF, although its name says so: it is damaged or in another format. Open it to check what it is, or paste the text of the draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is not a valid word-processor document: it is damaged or in another format. Open it in your word processor and save it again as DOCX, ODT or PDF, or paste the text of the draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is not in a format that can be imported. Import a PDF, Word (DOCX), OpenDocument (ODT), plain text, Markdown or HTML file, or paste the text of the draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is damaged: it looks like a Word or OpenDocument file but cannot be unpacked. Open it in your word processor and save it again, or import it as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is an OpenDocument spreadsheet, presentation or drawing, not a text document. Save the draft as an OpenDocument text (ODT), DOCX or PDF and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is an Office spreadsheet or presentation, not a Word document. Save the draft as DOCX, ODT or PDF and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is a ZIP archive, not a Word (DOCX) or OpenDocument (ODT) document. Unpack it and import the draft it contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” unpacks to more than %2 MB of text in %3; it is damaged or far too large for a draft. Save the part of the draft you are assessing as a separate document and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %2 of the file “%1” is compressed in a way that cannot be read. Open the file in your word processor and save it again, or import it as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is damaged: its part %2 cannot be unpacked. Open it in your word processor and save it again, or import it as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts (*.pdf *.docx *.odt *.txt *.md *.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Choose the draft file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2. Check that the disk or stick is still there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” contains no text. Check that you chose the right file, or paste the text of the draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word document “%1” is damaged: its part %2 is not well-formed XML (%3, line %4, column %5). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word document “%1” is damaged: it has no main document part (%2). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenDocument text “%1” is damaged: its part %2 is not well-formed XML (%3, line %4, column %5). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenDocument text “%1” is damaged: it has no content part (content.xml). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF “%1” is protected by a password. Open it with its password in a PDF reader, save a copy without protection and import that copy, or paste the text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is not a readable PDF: it is damaged or incomplete. Open it in a PDF reader to check it, or paste the text of the draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF contains no text, only images (it is probably a scan). Run it through OCR software first, or paste the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::DraftPanel</name>
    <message>
        <source>&lt;b&gt;Draft text&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a draft from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the draft from a PDF, Word (.docx), OpenDocument (.odt), text, Markdown or HTML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a clause of the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the proposal under assessment. Select a passage to attach it as evidence to a question or a rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the draft text here, or import it from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clauses found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to clause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current draft with the text of %1? Passages attached as evidence keep their quotes; you can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the draft from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::Edit</name>
    <message>
        <source>An assessment needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field of the planning worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piece of evidence lies outside the draft text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence needs an id of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such piece of evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the draft text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the recommendations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::EnablerChart</name>
    <message>
        <source>Enablers chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−3 strongly negative · 0 no impact · +3 strongly positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>enabler code and name on the chart&apos;s axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)
Analyst’s rating: %4
Suggested: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::FrameworkEditor</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the framework under a new name, in your frameworks folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
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
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This framework is built into the application. Save a copy to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate a problem to move the cursor to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 MB; framework files may be %3 MB at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text, so it cannot be a framework file. Open it in a text editor and save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the built-in framework “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy of the Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework files (*.framework.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A framework built into the application has the id “%1” and the version “%2”, so the application ignores this file. Change the version, or the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning, line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error, line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No framework is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n properties</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enablers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” could not be created, so the framework was not saved. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework was not saved to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Framework with Problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This framework has %n problem(s). The application cannot use it until they are fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can save it now and fix it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework Editor[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only][*] — Framework Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Framework Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::FrameworkLoader</name>
    <message>
        <source>This text has no version in the default language “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 id “%2” is used more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property or enabler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A critical property belongs to no goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example answers “%1”, which is not a question of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This framework file uses format %1, but this version of the application reads format %2 at most. Install a newer version of the application to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default language “%1” is not among the framework’s languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold for a moderate impact is above the one for a strong impact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating values must grow from weak to moderate to strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer values must grow from “no” to “partly” to “yes”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal “%1” is not defined in “goals”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal “%1” has no enabler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid regular expression: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework schema built into the application could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; framework files may be %2 MB at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text in “%1”; “%2” is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clause patterns for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::FrameworkRegistry</name>
    <message>
        <source>The framework “%1” version %2 is already installed; this file is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::Interchange</name>
    <message>
        <source>The file is %1 MB; assessment files may be %2 MB at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be created: %1. Choose another folder or check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1. The previous file, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1. The previous file, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time (expected e.g. 2026-05-01T09:30:00.000Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment uses the framework “%1”, which is not installed. Add the framework file to the frameworks folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field of the planning worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known kind of instrument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question “%1” is answered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework “%1” has no question “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is rated twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework “%1” has no property or enabler “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence id “%1” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage ends at character %1, but the draft text has only %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Internet Impact Assessment file (.iia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was written in format version %1 by a newer version of the application, which reads version %2 at most. Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .iia schema built into the application could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::ItemPage</name>
    <message>
        <source>Critical property — what the Internet needs to exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabler of %1 — what the Internet needs to thrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this %1 and worked examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to assess it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked example from the toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harm if yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support if yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the passage selected in the draft as evidence for this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the selected passage to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating (preliminary analysis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there an impact on the Internet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it positive, negative, mixed or unclear?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How could it be affected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What effect could this have on people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the Selected Passage to This Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage in the draft, then press “Attach” beside a question or the rating. Double-click a piece of evidence to see it in the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) attached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsure</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your rating (%1) and the suggestion point different ways. Check your answers, or explain your reasoning under “How could it be affected?”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: %2 (%3, weight %4) → %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support %1 − harm %2 = %3 (see the scoring method in the documentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passage is no longer in the draft; its quote is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::JsonReader</name>
    <message>
        <source>The text is encoded in UTF-16, not UTF-8. Save it with the UTF-8 encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is empty: it contains no JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected the end of the text after the value but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a value but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is nested too deeply: more than %1 levels of objects and arrays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a property name in double quotes but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property “%1” appears more than once in this object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected “:” after the property name but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected “,” or “}” after a property but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected “,” or “]” after an array element but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The string that starts here has no closing double quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A string contains the control character %1, which must be written as an escape such as “\n” or “\u%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an escape sequence such as “\n” or “\u00e9” after the backslash but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escape “\u” must be followed by four hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escape “%1” is the second half of a UTF-16 surrogate pair, but the first half is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escape “%1” is the first half of a UTF-16 surrogate pair, but it is not followed by an escape for the second half (“\uDC00” to “\uDFFF”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a digit after “-” but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number cannot start with the digit 0 followed by other digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a digit after the decimal point but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a digit in the exponent of the number but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: the sequence %1 is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: %1 is an overlong encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: %1 encodes a UTF-16 surrogate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: %1 encodes a value above U+10FFFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: the byte %1 cannot appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control character %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::JsonSchema</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1, found the number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema must be an object, true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a non-empty array of schemas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a non-negative integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“$ref” must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“required” must be an array of property names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“uniqueItems” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“enum” must be an array of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“pattern” must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema keyword “%1” is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“type” must be a type name or an array of type names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a type; the types are object, array, string, number, integer, boolean and null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid regular expression: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference “%1” points to no entry of “$defs”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference “%1” is not supported: only “#” and “#/$defs/NAME” are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value is allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only allowed value is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property “%1” is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property name “%1” is not allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required property “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must have at least one property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must have at least %1 properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must have at most one property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must have at most %1 properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must contain at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must contain at least %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must contain at most one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must contain at most %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items at %1 and %2 are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at most one character long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the pattern “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be greater than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be less than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value matches more than one of the allowed forms (forms %1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value matches a form that is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value matches none of the allowed forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value matches none of the allowed forms. The closest one reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value matches none of the allowed forms. The closest one reports at “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::Library</name>
    <message>
        <source>No framework could be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework “%1” of this assessment is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework has no question “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework has no property or enabler “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence can only be attached to a question or a rating of the framework; “%1” is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before restoring revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library already holds this assessment (“%1”, id %2). Import it with --replace to overwrite it, or with --as-copy to keep both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::LibraryModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::LibraryView</name>
    <message>
        <source>Library or trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, jurisdictions and texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Internet Impact Assessment&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Judge a proposed law, regulation or technology against what the Internet needs to &lt;b&gt;exist&lt;/b&gt; (the five critical properties of the Internet Way of Networking) and to &lt;b&gt;thrive&lt;/b&gt; (the ten enablers of an open, globally connected, secure and trustworthy Internet), following the Internet Society&apos;s Internet Impact Assessment Toolkit.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Plan&lt;/b&gt; — the issue, your goals and audience, the people and time you have.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Case&lt;/b&gt; — describe the proposal and paste or import its draft text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Critical properties&lt;/b&gt; and &lt;b&gt;enablers&lt;/b&gt; — answer the guiding questions, rate each one, and attach passages of the draft as evidence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summary&lt;/b&gt; — your ratings beside the suggestions from your answers, and the two verdicts.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Conclusions&lt;/b&gt; — what follows, and what you recommend.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything is saved as you go. Nothing is ever sent over the network.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a New Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Worked Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a .iia File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” restored from the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n assessment(s) in the trash for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) deleted for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iia::MainWindow</name>
    <message>
        <source>Internet Impact Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enablers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import .iia Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as .iia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Worked Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
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
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
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
        <source>&amp;About Internet Impact Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment uses the framework “%1”, which is not installed. Add its file to the frameworks folder (%2) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change could not be saved, so it was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Internet Impact Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Draft law on network usage fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported. Nothing was changed in your library.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library already holds “%1”. Replace it with the version in %2, or keep both?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Impact Assessments (*.iia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as .iia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework saved to %1; new assessments can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Internet Impact Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Internet Impact Assessment %1&lt;/h3&gt;&lt;p&gt;Assess a proposed policy against the Internet Way of Networking and the enablers of an open, globally connected, secure and trustworthy Internet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scoring method is our own; the toolkit defines no number. The application never connects to the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::MessageBanner</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::PlanPage</name>
    <message>
        <source>&lt;h2&gt;Plan&lt;/h2&gt;&lt;p&gt;Before you analyse, agree on what the assessment is for and what it will take. Short notes are enough; they go into the brief’s context.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::RadarChart</name>
    <message>
        <source>Critical properties chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated, no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
Analyst’s rating: %3
Suggested: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::ScoreModel</name>
    <message>
        <source>No answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from %1 of %2 questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answers are “Unsure”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating and the suggestion point different ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item’s short label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The critical property or enabler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal an enabler serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own rating, which always decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating suggested by your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of answers that are “Unsure”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether your rating and the suggestion point different ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::ScoreTableView</name>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analyst’s rating, the suggested rating, coverage and uncertainty of every critical property and enabler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::Store</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is open read-only, so nothing can be changed. Check that the folder and the file are writable, then start the application again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” could not be created. Choose another data folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library at this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an Internet Impact Assessment library: it is not an SQLite database, or it is damaged (%1). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite database belongs to another program, not to Internet Impact Assessment. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library was written by a newer version of the application (library version %1; this version reads up to %2). Install the newer version; the library has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library needs an update to be read, but it is read-only. Make it writable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching on the write-ahead log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the library to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment with the id “%1” in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library already holds an assessment with the id %1 (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment with the id “%1” outside the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment with the id “%1” in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment has no revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::SummaryPage</name>
    <message>
        <source>&lt;h2&gt;Summary&lt;/h2&gt;&lt;p&gt;Your ratings beside the suggestions computed from your answers. Your rating decides; where the two point different ways, look again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rated; %3 of the questions answered, %4 unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Internet needs to exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Internet needs to thrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: you rated “%2”, the answers suggest “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ratings and the suggestions agree everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::TextWriters</name>
    <message>
        <source>%1 of %2 rated, coverage %3, unsure %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n unsure)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>! differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  (%3, weight %4)  → %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harm if yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support if yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support %1 − harm %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical properties — what the Internet needs to exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enablers — what the Internet needs to thrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draft text: %n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is affected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on people: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enablers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iia::Vocabulary</name>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No impact found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undermines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, direction not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, strongly positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, weakly positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, strongly negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, weakly negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
