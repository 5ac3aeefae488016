<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>iia::Application</name>
    <message>
        <source>Internet Impact Assessment</source>
        <translation>Évaluation d’impact sur Internet</translation>
    </message>
    <message>
        <source>The library could not be opened, so the application cannot start. Nothing was changed.

%1</source>
        <translation>La bibliothèque n’a pas pu être ouverte : l’application ne peut donc pas démarrer. Rien n’a été modifié.

%1</translation>
    </message>
</context>
<context>
    <name>iia::Assessment</name>
    <message>
        <source>Law or bill</source>
        <translation>Loi ou projet de loi</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>Policy or strategy</source>
        <translation>Politique ou stratégie</translation>
    </message>
    <message>
        <source>Technical standard</source>
        <translation>Norme technique</translation>
    </message>
    <message>
        <source>Technology or service</source>
        <translation>Technologie ou service</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Idea or announcement</source>
        <translation>Idée ou annonce</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Public consultation</source>
        <translation>Consultation publique</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>The issue in one or two sentences</source>
        <translation>L’enjeu en une ou deux phrases</translation>
    </message>
    <message>
        <source>What the assessment should achieve</source>
        <translation>Ce que l’évaluation doit permettre d’obtenir</translation>
    </message>
    <message>
        <source>Whom it must influence, and what they care about</source>
        <translation>Qui elle doit influencer, et ce qui leur importe</translation>
    </message>
    <message>
        <source>Who benefits if it succeeds</source>
        <translation>Qui en bénéficie si elle aboutit</translation>
    </message>
    <message>
        <source>Skills needed and who has them</source>
        <translation>Compétences nécessaires et qui les détient</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Time available</source>
        <translation>Temps disponible</translation>
    </message>
    <message>
        <source>What could help or hinder</source>
        <translation>Ce qui pourrait aider ou freiner</translation>
    </message>
    <message>
        <source>Existing work to build on</source>
        <translation>Travaux existants sur lesquels s’appuyer</translation>
    </message>
</context>
<context>
    <name>iia::AssessmentView</name>
    <message>
        <source>Steps of the assessment</source>
        <translation>Étapes de l’évaluation</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Case and draft</source>
        <translation>Dossier et projet de texte</translation>
    </message>
    <message>
        <source>Critical properties</source>
        <translation>Propriétés essentielles</translation>
    </message>
    <message>
        <source>Enablers</source>
        <translation>Facteurs favorables</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Conclusions and recommendations</source>
        <translation>Conclusions et recommandations</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>no draft</source>
        <translation>aucun projet de texte</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminé</translation>
    </message>
</context>
<context>
    <name>iia::CasePage</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The case&lt;/h2&gt;&lt;p&gt;Describe the proposal under assessment. Paste or import its draft text in the panel beside this page; you will attach passages of it as evidence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Le dossier&lt;/h2&gt;&lt;p&gt;Décrivez la proposition évaluée. Collez ou importez son projet de texte dans le panneau situé à côté de cette page ; vous y sélectionnerez des passages à joindre comme éléments de preuve.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>e.g. Draft law on network usage fees</source>
        <translation>p. ex. Projet de loi sur les frais d’utilisation des réseaux</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Country, region or body</source>
        <translation>Pays, région ou organisme</translation>
    </message>
    <message>
        <source>Kind of instrument</source>
        <translation>Type d’instrument</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Authors (one a line)</source>
        <translation>Auteurs (un par ligne)</translation>
    </message>
    <message>
        <source>Contributors (one a line)</source>
        <translation>Contributeurs (un par ligne)</translation>
    </message>
    <message>
        <source>Version of the brief</source>
        <translation>Version de la note</translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation>p. ex. 1.0</translation>
    </message>
    <message>
        <source>Date of the brief</source>
        <translation>Date de la note</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Import the &amp;Draft from a File…</source>
        <translation>Importer le projet de texte depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Import the draft from a file</source>
        <translation>Importer le projet de texte depuis un fichier</translation>
    </message>
</context>
<context>
    <name>iia::CommandLine</name>
    <message>
        <source>List the available frameworks with their counts.</source>
        <translation>Lister les cadres disponibles, avec leurs effectifs.</translation>
    </message>
    <message>
        <source>List the assessments in the library.</source>
        <translation>Lister les évaluations de la bibliothèque.</translation>
    </message>
    <message>
        <source>Show one assessment.</source>
        <translation>Afficher une évaluation.</translation>
    </message>
    <message>
        <source>Create an empty assessment and print its id.</source>
        <translation>Créer une évaluation vide et afficher son identifiant.</translation>
    </message>
    <message>
        <source>Import .iia files (each in one transaction, or not at all).</source>
        <translation>Importer des fichiers .iia (chacun en une seule transaction, ou pas du tout).</translation>
    </message>
    <message>
        <source>Write an assessment to a .iia file.</source>
        <translation>Écrire une évaluation dans un fichier .iia.</translation>
    </message>
    <message>
        <source>Ratings, suggested ratings, coverage and the headline verdicts.</source>
        <translation>Appréciations, appréciations suggérées, taux de réponse et verdicts principaux.</translation>
    </message>
    <message>
        <source>Copy an assessment under a new id.</source>
        <translation>Copier une évaluation sous un nouvel identifiant.</translation>
    </message>
    <message>
        <source>Move an assessment to the trash.</source>
        <translation>Placer une évaluation dans la corbeille.</translation>
    </message>
    <message>
        <source>Take an assessment back out of the trash.</source>
        <translation>Sortir une évaluation de la corbeille.</translation>
    </message>
    <message>
        <source>Delete the assessments in the trash for good.</source>
        <translation>Supprimer définitivement les évaluations de la corbeille.</translation>
    </message>
    <message>
        <source>List the saved revisions of an assessment.</source>
        <translation>Lister les révisions enregistrées d’une évaluation.</translation>
    </message>
    <message>
        <source>Put an earlier revision back (the current state is kept as a revision).</source>
        <translation>Rétablir une révision antérieure (l’état actuel est conservé comme révision).</translation>
    </message>
    <message>
        <source>Check framework (.json) or assessment (.iia) files and list every error.</source>
        <translation>Vérifier des fichiers de cadre (.json) ou d’évaluation (.iia) et lister toutes les erreurs.</translation>
    </message>
    <message>
        <source>Keep the library in DIR instead of the default data folder.</source>
        <translation>Conserver la bibliothèque dans DIR au lieu du dossier de données par défaut.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON (frameworks, list, show, score).</source>
        <translation>Produire du JSON lisible par une machine (frameworks, list, show, score).</translation>
    </message>
    <message>
        <source>With score: list the answers behind every suggested rating.</source>
        <translation>Avec score : lister les réponses sur lesquelles repose chaque appréciation suggérée.</translation>
    </message>
    <message>
        <source>With import: give an assessment that is already in the library a new id.</source>
        <translation>Avec import : attribuer un nouvel identifiant à une évaluation déjà présente dans la bibliothèque.</translation>
    </message>
    <message>
        <source>With import: overwrite an assessment that is already in the library.</source>
        <translation>Avec import : remplacer une évaluation déjà présente dans la bibliothèque.</translation>
    </message>
    <message>
        <source>With export: the file to write.</source>
        <translation>Avec export : le fichier à écrire.</translation>
    </message>
    <message>
        <source>With list: list the trash instead.</source>
        <translation>Avec list : lister plutôt le contenu de la corbeille.</translation>
    </message>
    <message>
        <source>With list: only assessments whose title, jurisdiction or text match WORDS.</source>
        <translation>Avec list : seulement les évaluations dont le titre, la juridiction ou le texte correspondent à WORDS.</translation>
    </message>
    <message>
        <source>Language of framework texts in the output (default: the system&apos;s).</source>
        <translation>Langue des textes du cadre dans la sortie (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>Internet Impact Assessment — assess a proposed policy against the Internet Way of Networking.</source>
        <translation>Évaluation d’impact sur Internet — évaluer un projet de politique publique au regard du mode de fonctionnement en réseau d’Internet.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>L’une des commandes ci-dessous.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 bad usage or bad input.</source>
        <translation>Code de sortie : 0 succès, 1 échec, 2 utilisation ou données incorrectes.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données : %1</translation>
    </message>
    <message>
        <source>Try “iia --help”.</source>
        <translation>Essayez « iia --help ».</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement : </translation>
    </message>
    <message>
        <source>--as-copy and --replace exclude each other.</source>
        <translation>--as-copy et --replace s’excluent mutuellement.</translation>
    </message>
    <message>
        <source>“frameworks” takes no arguments.</source>
        <translation>« frameworks » ne prend aucun argument.</translation>
    </message>
    <message>
        <source>“list” takes no arguments.</source>
        <translation>« list » ne prend aucun argument.</translation>
    </message>
    <message>
        <source>Usage: iia show ID</source>
        <translation>Utilisation : iia show ID</translation>
    </message>
    <message>
        <source>Usage: iia new TITLE</source>
        <translation>Utilisation : iia new TITRE</translation>
    </message>
    <message>
        <source>Usage: iia import FILE… [--as-copy | --replace]</source>
        <translation>Utilisation : iia import FICHIER… [--as-copy | --replace]</translation>
    </message>
    <message>
        <source>Usage: iia export ID -o FILE</source>
        <translation>Utilisation : iia export ID -o FICHIER</translation>
    </message>
    <message>
        <source>Usage: iia score FILE|ID [--explain] [--json]</source>
        <translation>Utilisation : iia score FICHIER|ID [--explain] [--json]</translation>
    </message>
    <message>
        <source>Usage: iia duplicate ID</source>
        <translation>Utilisation : iia duplicate ID</translation>
    </message>
    <message>
        <source>Usage: iia delete ID</source>
        <translation>Utilisation : iia delete ID</translation>
    </message>
    <message>
        <source>Usage: iia restore ID</source>
        <translation>Utilisation : iia restore ID</translation>
    </message>
    <message>
        <source>“empty-trash” takes no arguments.</source>
        <translation>« empty-trash » ne prend aucun argument.</translation>
    </message>
    <message>
        <source>Usage: iia history ID</source>
        <translation>Utilisation : iia history ID</translation>
    </message>
    <message>
        <source>Usage: iia revert ID REVISION</source>
        <translation>Utilisation : iia revert ID RÉVISION</translation>
    </message>
    <message>
        <source>Usage: iia validate FILE…</source>
        <translation>Utilisation : iia validate FICHIER…</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>« %1 » n’est pas une commande.</translation>
    </message>
    <message>
        <source>The framework “%1” is not installed.</source>
        <translation>Le cadre « %1 » n’est pas installé.</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>imported as a copy</source>
        <translation>importée comme copie</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>%1: %2 “%3” (%4)</source>
        <translation>%1 : « %3 » %2 (%4)</translation>
    </message>
    <message>
        <source>“%1” is neither a file nor the id of an assessment in the library.</source>
        <translation>« %1 » n’est ni un fichier ni l’identifiant d’une évaluation de la bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) deleted for good.</source>
        <translation>
            <numerusform>%n évaluation supprimée définitivement.</numerusform>
            <numerusform>%n évaluations supprimées définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <source>No revisions saved yet.</source>
        <translation>Aucune révision enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>“%1” is not a revision number.</source>
        <translation>« %1 » n’est pas un numéro de révision.</translation>
    </message>
    <message>
        <source>Revision %1 restored.</source>
        <translation>Révision %1 rétablie.</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1 : valide</translation>
    </message>
</context>
<context>
    <name>iia::ConclusionsPage</name>
    <message>
        <source>&lt;h2&gt;Conclusions and recommendations&lt;/h2&gt;&lt;p&gt;State what the analysis shows — the effect on the Internet first, then on people — and what you recommend.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Conclusions et recommandations&lt;/h2&gt;&lt;p&gt;Indiquez ce que montre l’analyse — l’effet sur Internet d’abord, puis sur les personnes — et ce que vous recommandez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Conclusions</source>
        <translation>&amp;Conclusions</translation>
    </message>
    <message>
        <source>&amp;Recommendations</source>
        <translation>&amp;Recommandations</translation>
    </message>
</context>
<context>
    <name>iia::DraftImporter</name>
    <message>
        <source>The file “%1” is %2 MB, more than the %3 MB that can be imported. Import only the part of the draft you are assessing, or paste its text.</source>
        <translation>Le fichier « %1 » pèse %2 Mo, plus que les %3 Mo qu’il est possible d’importer. N’importez que la partie du projet de texte que vous évaluez, ou collez son texte.</translation>
    </message>
    <message>
        <source>The file “%1” is in the old Word 97–2003 format (.doc) or another old Office format, which cannot be imported. Open it in your word processor and save it as DOCX, ODT or PDF, then import that file.</source>
        <translation>Le fichier « %1 » est dans l’ancien format Word 97–2003 (.doc) ou dans un autre ancien format Office, qui ne peut pas être importé. Ouvrez-le dans votre traitement de texte, enregistrez-le au format DOCX, ODT ou PDF, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>The file “%1” is in Rich Text Format (RTF), which cannot be imported. Open it in your word processor and save it as DOCX, ODT or PDF, then import that file.</source>
        <translation>Le fichier « %1 » est au format RTF (Rich Text Format), qui ne peut pas être importé. Ouvrez-le dans votre traitement de texte, enregistrez-le au format DOCX, ODT ou PDF, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>The file “%1” is not a PDF, although its name says so: it is damaged or in another format. Open it to check what it is, or paste the text of the draft instead.</source>
        <translation>Le fichier « %1 » n’est pas un PDF, bien que son nom l’indique : il est endommagé ou dans un autre format. Ouvrez-le pour vérifier ce qu’il contient, ou collez plutôt le texte du projet.</translation>
    </message>
    <message>
        <source>The file “%1” is not a valid word-processor document: it is damaged or in another format. Open it in your word processor and save it again as DOCX, ODT or PDF, or paste the text of the draft instead.</source>
        <translation>Le fichier « %1 » n’est pas un document de traitement de texte valide : il est endommagé ou dans un autre format. Ouvrez-le dans votre traitement de texte et enregistrez-le à nouveau au format DOCX, ODT ou PDF, ou collez plutôt le texte du projet.</translation>
    </message>
    <message>
        <source>The file “%1” is not in a format that can be imported. Import a PDF, Word (DOCX), OpenDocument (ODT), plain text, Markdown or HTML file, or paste the text of the draft instead.</source>
        <translation>Le fichier « %1 » n’est pas dans un format importable. Importez un fichier PDF, Word (DOCX), OpenDocument (ODT), texte brut, Markdown ou HTML, ou collez plutôt le texte du projet.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged: it looks like a Word or OpenDocument file but cannot be unpacked. Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>Le fichier « %1 » est endommagé : il ressemble à un fichier Word ou OpenDocument, mais ne peut pas être décompressé. Ouvrez-le dans votre traitement de texte et enregistrez-le à nouveau, ou importez-le au format PDF.</translation>
    </message>
    <message>
        <source>The file “%1” is an OpenDocument spreadsheet, presentation or drawing, not a text document. Save the draft as an OpenDocument text (ODT), DOCX or PDF and import that.</source>
        <translation>Le fichier « %1 » est une feuille de calcul, une présentation ou un dessin OpenDocument, et non un document texte. Enregistrez le projet de texte au format texte OpenDocument (ODT), DOCX ou PDF, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>The file “%1” is an Office spreadsheet or presentation, not a Word document. Save the draft as DOCX, ODT or PDF and import that.</source>
        <translation>Le fichier « %1 » est une feuille de calcul ou une présentation Office, et non un document Word. Enregistrez le projet de texte au format DOCX, ODT ou PDF, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>The file “%1” is a ZIP archive, not a Word (DOCX) or OpenDocument (ODT) document. Unpack it and import the draft it contains.</source>
        <translation>Le fichier « %1 » est une archive ZIP, et non un document Word (DOCX) ou OpenDocument (ODT). Décompressez-la et importez le projet de texte qu’elle contient.</translation>
    </message>
    <message>
        <source>The file “%1” unpacks to more than %2 MB of text in %3; it is damaged or far too large for a draft. Save the part of the draft you are assessing as a separate document and import that.</source>
        <translation>Une fois décompressé, le fichier « %1 » dépasse %2 Mo de texte dans %3 ; il est endommagé ou bien trop volumineux pour un projet de texte. Enregistrez la partie du projet que vous évaluez dans un document distinct et importez celui-ci.</translation>
    </message>
    <message>
        <source>The part %2 of the file “%1” is compressed in a way that cannot be read. Open the file in your word processor and save it again, or import it as PDF.</source>
        <translation>La partie %2 du fichier « %1 » est compressée d’une manière illisible. Ouvrez le fichier dans votre traitement de texte et enregistrez-le à nouveau, ou importez-le au format PDF.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged: its part %2 cannot be unpacked. Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>Le fichier « %1 » est endommagé : sa partie %2 ne peut pas être décompressée. Ouvrez-le dans votre traitement de texte et enregistrez-le à nouveau, ou importez-le au format PDF.</translation>
    </message>
    <message>
        <source>Drafts (*.pdf *.docx *.odt *.txt *.md *.html *.htm)</source>
        <translation>Projets de texte (*.pdf *.docx *.odt *.txt *.md *.html *.htm)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation>Textes OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Choose the draft file inside it.</source>
        <translation>« %1 » est un dossier, et non un fichier. Choisissez le fichier du projet de texte qui s’y trouve.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2. Check that it exists and that you may read it.</source>
        <translation>Le fichier « %1 » n’a pas pu être lu : %2. Vérifiez qu’il existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2. Check that the disk or stick is still there and try again.</source>
        <translation>Le fichier « %1 » n’a pas pu être lu : %2. Vérifiez que le disque ou la clé est toujours connecté, puis réessayez.</translation>
    </message>
    <message>
        <source>The file “%1” contains no text. Check that you chose the right file, or paste the text of the draft instead.</source>
        <translation>Le fichier « %1 » ne contient aucun texte. Vérifiez que vous avez choisi le bon fichier, ou collez plutôt le texte du projet.</translation>
    </message>
    <message>
        <source>The Word document “%1” is damaged: its part %2 is not well-formed XML (%3, line %4, column %5). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>Le document Word « %1 » est endommagé : sa partie %2 n’est pas du XML bien formé (%3, ligne %4, colonne %5). Ouvrez-le dans votre traitement de texte et enregistrez-le à nouveau, ou importez-le au format PDF.</translation>
    </message>
    <message>
        <source>The Word document “%1” is damaged: it has no main document part (%2). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>Le document Word « %1 » est endommagé : il ne contient pas de partie principale (%2). Ouvrez-le dans votre traitement de texte et enregistrez-le à nouveau, ou importez-le au format PDF.</translation>
    </message>
    <message>
        <source>The OpenDocument text “%1” is damaged: its part %2 is not well-formed XML (%3, line %4, column %5). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>Le texte OpenDocument « %1 » est endommagé : sa partie %2 n’est pas du XML bien formé (%3, ligne %4, colonne %5). Ouvrez-le dans votre traitement de texte et enregistrez-le à nouveau, ou importez-le au format PDF.</translation>
    </message>
    <message>
        <source>The OpenDocument text “%1” is damaged: it has no content part (content.xml). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>Le texte OpenDocument « %1 » est endommagé : il ne contient pas de partie de contenu (content.xml). Ouvrez-le dans votre traitement de texte et enregistrez-le à nouveau, ou importez-le au format PDF.</translation>
    </message>
    <message>
        <source>The PDF “%1” is protected by a password. Open it with its password in a PDF reader, save a copy without protection and import that copy, or paste the text instead.</source>
        <translation>Le PDF « %1 » est protégé par un mot de passe. Ouvrez-le avec son mot de passe dans un lecteur PDF, enregistrez-en une copie non protégée et importez cette copie, ou collez plutôt le texte.</translation>
    </message>
    <message>
        <source>The file “%1” is not a readable PDF: it is damaged or incomplete. Open it in a PDF reader to check it, or paste the text of the draft instead.</source>
        <translation>Le fichier « %1 » n’est pas un PDF lisible : il est endommagé ou incomplet. Ouvrez-le dans un lecteur PDF pour le vérifier, ou collez plutôt le texte du projet.</translation>
    </message>
    <message>
        <source>This PDF contains no text, only images (it is probably a scan). Run it through OCR software first, or paste the text.</source>
        <translation>Ce PDF ne contient pas de texte, seulement des images (il s’agit probablement d’une numérisation). Passez-le d’abord dans un logiciel de reconnaissance de caractères (OCR), ou collez le texte.</translation>
    </message>
</context>
<context>
    <name>iia::DraftPanel</name>
    <message>
        <source>&lt;b&gt;Draft text&lt;/b&gt;</source>
        <translation>&lt;b&gt;Projet de texte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Import Draft…</source>
        <translation>&amp;Importer un projet de texte…</translation>
    </message>
    <message>
        <source>Import a draft from a file</source>
        <translation>Importer un projet de texte depuis un fichier</translation>
    </message>
    <message>
        <source>Read the draft from a PDF, Word (.docx), OpenDocument (.odt), text, Markdown or HTML file</source>
        <translation>Lire le projet de texte depuis un fichier PDF, Word (.docx), OpenDocument (.odt), texte, Markdown ou HTML</translation>
    </message>
    <message>
        <source>Go to clause</source>
        <translation>Aller à la disposition</translation>
    </message>
    <message>
        <source>Go to a clause of the draft</source>
        <translation>Aller à une disposition du projet de texte</translation>
    </message>
    <message>
        <source>Draft text</source>
        <translation>Projet de texte</translation>
    </message>
    <message>
        <source>The text of the proposal under assessment. Select a passage to attach it as evidence to a question or a rating.</source>
        <translation>Le texte de la proposition évaluée. Sélectionnez un passage pour le joindre comme élément de preuve à une question ou à une appréciation.</translation>
    </message>
    <message>
        <source>Paste the draft text here, or import it from a file.</source>
        <translation>Collez ici le projet de texte, ou importez-le depuis un fichier.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>No clauses found</source>
        <translation>Aucune disposition trouvée</translation>
    </message>
    <message>
        <source>Go to clause…</source>
        <translation>Aller à la disposition…</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Éléments de preuve pour %1</translation>
    </message>
    <message>
        <source>Import a Draft</source>
        <translation>Importer un projet de texte</translation>
    </message>
    <message>
        <source>Replace the Draft</source>
        <translation>Remplacer le projet de texte</translation>
    </message>
    <message>
        <source>Replace the current draft with the text of %1? Passages attached as evidence keep their quotes; you can undo this.</source>
        <translation>Remplacer le projet de texte actuel par le texte de %1 ? Les passages joints comme éléments de preuve conservent leurs citations ; vous pourrez annuler cette opération.</translation>
    </message>
    <message>
        <source>Imported the draft from %1.</source>
        <translation>Projet de texte importé depuis %1.</translation>
    </message>
</context>
<context>
    <name>iia::Edit</name>
    <message>
        <source>An assessment needs a title.</source>
        <translation>Une évaluation doit avoir un titre.</translation>
    </message>
    <message>
        <source>“%1” is not a field of the planning worksheet.</source>
        <translation>« %1 » n’est pas un champ de la fiche de planification.</translation>
    </message>
    <message>
        <source>A piece of evidence lies outside the draft text.</source>
        <translation>Un élément de preuve se situe en dehors du projet de texte.</translation>
    </message>
    <message>
        <source>The evidence needs an id of its own.</source>
        <translation>L’élément de preuve doit avoir son propre identifiant.</translation>
    </message>
    <message>
        <source>There is no such piece of evidence.</source>
        <translation>Cet élément de preuve n’existe pas.</translation>
    </message>
    <message>
        <source>Edit the case</source>
        <translation>la modification du dossier</translation>
    </message>
    <message>
        <source>Edit the plan</source>
        <translation>la modification de la planification</translation>
    </message>
    <message>
        <source>Edit the draft text</source>
        <translation>la modification du projet de texte</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>la réponse à %1</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>l’appréciation de %1</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>l’ajout d’un élément de preuve</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>le retrait d’un élément de preuve</translation>
    </message>
    <message>
        <source>Edit the conclusions</source>
        <translation>la modification des conclusions</translation>
    </message>
    <message>
        <source>Edit the recommendations</source>
        <translation>la modification des recommandations</translation>
    </message>
</context>
<context>
    <name>iia::EnablerChart</name>
    <message>
        <source>Enablers chart</source>
        <translation>Graphique des facteurs favorables</translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation>Appréciation de l’analyste</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sans appréciation</translation>
    </message>
    <message>
        <source>Rated 0</source>
        <translation>Appréciation 0</translation>
    </message>
    <message>
        <source>−3 strongly negative · 0 no impact · +3 strongly positive</source>
        <translation>−3 fortement négatif · 0 aucun impact · +3 fortement positif</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>enabler code and name on the chart&apos;s axis</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)
Analyst’s rating: %4
Suggested: %5</source>
        <translation>%1 %2 (%3)
Appréciation de l’analyste : %4
Suggérée : %5</translation>
    </message>
</context>
<context>
    <name>iia::FrameworkEditor</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Save the framework under a new name, in your frameworks folder</source>
        <translation>Enregistrer le cadre sous un nouveau nom, dans votre dossier de cadres</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>This framework is built into the application. Save a copy to change it.</source>
        <translation>Ce cadre est intégré à l’application. Enregistrez-en une copie pour le modifier.</translation>
    </message>
    <message>
        <source>Framework text</source>
        <translation>Texte du cadre</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Activate a problem to move the cursor to it.</source>
        <translation>Activez un problème pour y placer le curseur.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2.</source>
        <translation>« %1 » n’a pas pu être ouvert : %2.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; framework files may be %3 MB at most.</source>
        <translation>« %1 » pèse %2 Mo ; les fichiers de cadre ne peuvent pas dépasser %3 Mo.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>« %1 » n’a pas pu être lu : %2.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text, so it cannot be a framework file. Open it in a text editor and save it as UTF-8.</source>
        <translation>« %1 » n’est pas un texte UTF-8 : ce ne peut donc pas être un fichier de cadre. Ouvrez-le dans un éditeur de texte et enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <source>Opened the built-in framework “%1”.</source>
        <translation>Cadre intégré « %1 » ouvert.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Save a Copy of the Framework</source>
        <translation>Enregistrer une copie du cadre</translation>
    </message>
    <message>
        <source>Framework files (*.framework.json)</source>
        <translation>Fichiers de cadre (*.framework.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>A framework built into the application has the id “%1” and the version “%2”, so the application ignores this file. Change the version, or the id.</source>
        <translation>Un cadre intégré à l’application porte l’identifiant « %1 » et la version « %2 » : l’application ignore donc ce fichier. Changez la version ou l’identifiant.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning, line %1</source>
        <translation>Avertissement, ligne %1</translation>
    </message>
    <message>
        <source>Error, line %1</source>
        <translation>Erreur, ligne %1</translation>
    </message>
    <message>
        <source>No framework is open.</source>
        <translation>Aucun cadre n’est ouvert.</translation>
    </message>
    <message>
        <source>Valid: %1, %2, %3</source>
        <translation>Valide : %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n properties</source>
        <translation>
            <numerusform>%n propriété</numerusform>
            <numerusform>%n propriétés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enablers</source>
        <translation>
            <numerusform>%n facteur favorable</numerusform>
            <numerusform>%n facteurs favorables</numerusform>
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
            <numerusform>%1 — %n avertissement</numerusform>
            <numerusform>%1 — %n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created, so the framework was not saved. Choose another folder.</source>
        <translation>Le dossier « %1 » n’a pas pu être créé : le cadre n’a donc pas été enregistré. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The framework was not saved to “%1”: %2</source>
        <translation>Le cadre n’a pas été enregistré dans « %1 » : %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Save a Framework with Problems?</source>
        <translation>Enregistrer un cadre qui comporte des problèmes ?</translation>
    </message>
    <message numerus="yes">
        <source>This framework has %n problem(s). The application cannot use it until they are fixed.</source>
        <translation>
            <numerusform>Ce cadre comporte %n problème. L’application ne pourra pas l’utiliser tant qu’il ne sera pas corrigé.</numerusform>
            <numerusform>Ce cadre comporte %n problèmes. L’application ne pourra pas l’utiliser tant qu’ils ne seront pas corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can save it now and fix it later.</source>
        <translation>Vous pouvez l’enregistrer maintenant et le corriger plus tard.</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Enregistrer les modifications de « %1 » avant de fermer ?</translation>
    </message>
    <message>
        <source>Open a Framework</source>
        <translation>Ouvrir un cadre</translation>
    </message>
    <message>
        <source>Framework files (*.json)</source>
        <translation>Fichiers de cadre (*.json)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Framework Editor[*]</source>
        <translation>Éditeur de cadre[*]</translation>
    </message>
    <message>
        <source>%1 [read-only][*] — Framework Editor</source>
        <translation>%1 [lecture seule][*] — Éditeur de cadre</translation>
    </message>
    <message>
        <source>%1[*] — Framework Editor</source>
        <translation>%1[*] — Éditeur de cadre</translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
</context>
<context>
    <name>iia::FrameworkLoader</name>
    <message>
        <source>This text has no version in the default language “%1”.</source>
        <translation>Ce texte n’a pas de version dans la langue par défaut « %1 ».</translation>
    </message>
    <message>
        <source>The %1 id “%2” is used more than once.</source>
        <translation>L’identifiant « %2 » (%1) est utilisé plusieurs fois.</translation>
    </message>
    <message>
        <source>property or enabler</source>
        <translation>propriété ou facteur favorable</translation>
    </message>
    <message>
        <source>A critical property belongs to no goal.</source>
        <translation>Une propriété essentielle n’appartient à aucun objectif.</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>example</source>
        <translation>exemple</translation>
    </message>
    <message>
        <source>The example answers “%1”, which is not a question of “%2”.</source>
        <translation>L’exemple répond à « %1 », qui n’est pas une question de « %2 ».</translation>
    </message>
    <message>
        <source>This framework file uses format %1, but this version of the application reads format %2 at most. Install a newer version of the application to use it.</source>
        <translation>Ce fichier de cadre utilise le format %1, mais cette version de l’application lit au plus le format %2. Installez une version plus récente de l’application pour l’utiliser.</translation>
    </message>
    <message>
        <source>The default language “%1” is not among the framework’s languages.</source>
        <translation>La langue par défaut « %1 » ne figure pas parmi les langues du cadre.</translation>
    </message>
    <message>
        <source>The threshold for a moderate impact is above the one for a strong impact.</source>
        <translation>Le seuil d’un impact modéré est supérieur à celui d’un impact fort.</translation>
    </message>
    <message>
        <source>The rating values must grow from weak to moderate to strong.</source>
        <translation>Les valeurs d’appréciation doivent croître de faible à modéré, puis à fort.</translation>
    </message>
    <message>
        <source>The answer values must grow from “no” to “partly” to “yes”.</source>
        <translation>Les valeurs de réponse doivent croître de « non » à « en partie », puis à « oui ».</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>The goal “%1” is not defined in “goals”.</source>
        <translation>L’objectif « %1 » n’est pas défini dans « goals ».</translation>
    </message>
    <message>
        <source>The goal “%1” has no enabler.</source>
        <translation>L’objectif « %1 » n’a aucun facteur favorable.</translation>
    </message>
    <message>
        <source>This is not a valid regular expression: %1.</source>
        <translation>Ce n’est pas une expression régulière valide : %1.</translation>
    </message>
    <message>
        <source>The framework schema built into the application could not be read.</source>
        <translation>Le schéma de cadre intégré à l’application n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The file is %1 MB; framework files may be %2 MB at most.</source>
        <translation>Le fichier pèse %1 Mo ; les fichiers de cadre ne peuvent pas dépasser %2 Mo.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation>Le fichier n’a pas pu être ouvert : %1.</translation>
    </message>
    <message>
        <source>No text in “%1”; “%2” is shown instead.</source>
        <translation>Aucun texte en « %1 » ; le texte en « %2 » est affiché à la place.</translation>
    </message>
    <message>
        <source>No clause patterns for “%1”.</source>
        <translation>Aucun motif de disposition pour « %1 ».</translation>
    </message>
</context>
<context>
    <name>iia::FrameworkRegistry</name>
    <message>
        <source>The framework “%1” version %2 is already installed; this file is ignored.</source>
        <translation>Le cadre « %1 » version %2 est déjà installé ; ce fichier est ignoré.</translation>
    </message>
</context>
<context>
    <name>iia::Interchange</name>
    <message>
        <source>The file is %1 MB; assessment files may be %2 MB at most.</source>
        <translation>Le fichier pèse %1 Mo ; les fichiers d’évaluation ne peuvent pas dépasser %2 Mo.</translation>
    </message>
    <message>
        <source>The file could not be created: %1. Choose another folder or check its permissions.</source>
        <translation>Le fichier n’a pas pu être créé : %1. Choisissez un autre dossier ou vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>The file could not be written: %1. The previous file, if any, is unchanged.</source>
        <translation>Le fichier n’a pas pu être écrit : %1. Le fichier précédent, s’il existe, est inchangé.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1. The previous file, if any, is unchanged.</source>
        <translation>Le fichier n’a pas pu être enregistré : %1. Le fichier précédent, s’il existe, est inchangé.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (expected e.g. 2026-05-01T09:30:00.000Z).</source>
        <translation>« %1 » n’est pas une date et heure (format attendu, p. ex. 2026-05-01T09:30:00.000Z).</translation>
    </message>
    <message>
        <source>This assessment uses the framework “%1”, which is not installed. Add the framework file to the frameworks folder first.</source>
        <translation>Cette évaluation utilise le cadre « %1 », qui n’est pas installé. Ajoutez d’abord le fichier du cadre au dossier des cadres.</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>Le titre est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a field of the planning worksheet.</source>
        <translation>« %1 » n’est pas un champ de la fiche de planification.</translation>
    </message>
    <message>
        <source>“%1” is not a known kind of instrument.</source>
        <translation>« %1 » n’est pas un type d’instrument connu.</translation>
    </message>
    <message>
        <source>“%1” is not a known stage.</source>
        <translation>« %1 » n’est pas un stade connu.</translation>
    </message>
    <message>
        <source>The question “%1” is answered twice.</source>
        <translation>La question « %1 » a reçu deux réponses.</translation>
    </message>
    <message>
        <source>The framework “%1” has no question “%2”.</source>
        <translation>Le cadre « %1 » ne comporte pas de question « %2 ».</translation>
    </message>
    <message>
        <source>“%1” is rated twice.</source>
        <translation>« %1 » a reçu deux appréciations.</translation>
    </message>
    <message>
        <source>The framework “%1” has no property or enabler “%2”.</source>
        <translation>Le cadre « %1 » ne comporte pas de propriété ni de facteur favorable « %2 ».</translation>
    </message>
    <message>
        <source>The evidence id “%1” is used twice.</source>
        <translation>L’identifiant d’élément de preuve « %1 » est utilisé deux fois.</translation>
    </message>
    <message>
        <source>The passage ends at character %1, but the draft text has only %2 characters.</source>
        <translation>Le passage se termine au caractère %1, mais le projet de texte ne compte que %2 caractères.</translation>
    </message>
    <message>
        <source>This is not an Internet Impact Assessment file (.iia).</source>
        <translation>Ce n’est pas un fichier Internet Impact Assessment (.iia).</translation>
    </message>
    <message>
        <source>This file was written in format version %1 by a newer version of the application, which reads version %2 at most. Install the newer version to open it.</source>
        <translation>Ce fichier a été écrit au format de version %1 par une version plus récente de l’application, qui lit au plus la version %2. Installez la version plus récente pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The .iia schema built into the application could not be read.</source>
        <translation>Le schéma .iia intégré à l’application n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Revision %1 appears twice.</source>
        <translation>La révision %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation>Le fichier n’a pas pu être ouvert : %1.</translation>
    </message>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>Le fichier n’a pas pu être lu : %1.</translation>
    </message>
</context>
<context>
    <name>iia::ItemPage</name>
    <message>
        <source>Critical property — what the Internet needs to exist</source>
        <translation>Propriété essentielle — ce dont Internet a besoin pour exister</translation>
    </message>
    <message>
        <source>Enabler of %1 — what the Internet needs to thrive</source>
        <translation>Facteur favorable de l’objectif « %1 » — ce dont Internet a besoin pour prospérer</translation>
    </message>
    <message>
        <source>About this %1 and worked examples</source>
        <translation>À propos de %1 et exemples commentés</translation>
    </message>
    <message>
        <source>property</source>
        <translation>cette propriété</translation>
    </message>
    <message>
        <source>enabler</source>
        <translation>ce facteur favorable</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>How to assess it</source>
        <translation>Comment l’évaluer</translation>
    </message>
    <message>
        <source>Worked example from the toolkit</source>
        <translation>Exemple commenté tiré de la boîte à outils</translation>
    </message>
    <message>
        <source>Worked example</source>
        <translation>Exemple commenté</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Effect on people</source>
        <translation>Effet sur les personnes</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Questions d’orientation</translation>
    </message>
    <message>
        <source>harm if yes</source>
        <translation>préjudice si oui</translation>
    </message>
    <message>
        <source>support if yes</source>
        <translation>soutien si oui</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>poids %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Note on question %1</source>
        <translation>Note sur la question %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Attach the passage selected in the draft as evidence for this answer</source>
        <translation>Joindre le passage sélectionné dans le projet de texte comme élément de preuve de cette réponse</translation>
    </message>
    <message>
        <source>Attach the selected passage to question %1</source>
        <translation>Joindre le passage sélectionné à la question %1</translation>
    </message>
    <message>
        <source>Your rating (preliminary analysis)</source>
        <translation>Votre appréciation (analyse préliminaire)</translation>
    </message>
    <message>
        <source>Is there an impact on the Internet?</source>
        <translation>Y a-t-il un impact sur Internet ?</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Pas encore d’appréciation</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Is it positive, negative, mixed or unclear?</source>
        <translation>Est-il positif, négatif, mixte ou indéterminé ?</translation>
    </message>
    <message>
        <source>How strong is it?</source>
        <translation>Quelle est son intensité ?</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>How could it be affected?</source>
        <translation>Comment cet élément pourrait-il être affecté ?</translation>
    </message>
    <message>
        <source>What effect could this have on people?</source>
        <translation>Quel effet cela pourrait-il avoir sur les personnes ?</translation>
    </message>
    <message>
        <source>Attach the Selected Passage to This Rating</source>
        <translation>Joindre le passage sélectionné à cette appréciation</translation>
    </message>
    <message>
        <source>Suggested from your answers</source>
        <translation>Suggérée d’après vos réponses</translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation>Appréciation suggérée</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Éléments de preuve pour %1</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Retirer l’élément de preuve</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>Retirer l’élément de preuve sélectionné</translation>
    </message>
    <message>
        <source>Select a passage in the draft, then press “Attach” beside a question or the rating. Double-click a piece of evidence to see it in the draft.</source>
        <translation>Sélectionnez un passage dans le projet de texte, puis cliquez sur « Joindre » à côté d’une question ou de l’appréciation. Double-cliquez sur un élément de preuve pour le voir dans le projet de texte.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) attached</source>
        <translation>
            <numerusform>%n passage joint</numerusform>
            <numerusform>%n passages joints</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Aucune réponse pour l’instant.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>Questions traitées : %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unsure</source>
        <translation>
            <numerusform>%n réponse incertaine</numerusform>
            <numerusform>%n réponses incertaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Your rating (%1) and the suggestion point different ways. Check your answers, or explain your reasoning under “How could it be affected?”.</source>
        <translation>Votre appréciation (%1) et la suggestion vont dans des sens opposés. Vérifiez vos réponses, ou expliquez votre raisonnement sous « Comment cet élément pourrait-il être affecté ? ».</translation>
    </message>
    <message>
        <source>Question %1: %2 (%3, weight %4) → %5</source>
        <translation>Question %1 : %2 (%3, poids %4) → %5</translation>
    </message>
    <message>
        <source>Support %1 − harm %2 = %3 (see the scoring method in the documentation)</source>
        <translation>Soutien %1 − préjudice %2 = %3 (voir la méthode de notation dans la documentation)</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>appréciation</translation>
    </message>
    <message>
        <source>“%1” — %2 (%3)</source>
        <translation>« %1 » — %2 (%3)</translation>
    </message>
    <message>
        <source>no clause</source>
        <translation>aucune disposition</translation>
    </message>
    <message>
        <source>This passage is no longer in the draft; its quote is kept.</source>
        <translation>Ce passage ne figure plus dans le projet de texte ; sa citation est conservée.</translation>
    </message>
</context>
<context>
    <name>iia::JsonReader</name>
    <message>
        <source>The text is encoded in UTF-16, not UTF-8. Save it with the UTF-8 encoding.</source>
        <translation>Le texte est encodé en UTF-16, et non en UTF-8. Enregistrez-le avec l’encodage UTF-8.</translation>
    </message>
    <message>
        <source>The text is empty: it contains no JSON value.</source>
        <translation>Le texte est vide : il ne contient aucune valeur JSON.</translation>
    </message>
    <message>
        <source>Expected the end of the text after the value but found %1.</source>
        <translation>La fin du texte était attendue après la valeur, mais on trouve %1.</translation>
    </message>
    <message>
        <source>Expected a value but found %1.</source>
        <translation>Une valeur était attendue, mais on trouve %1.</translation>
    </message>
    <message>
        <source>The data is nested too deeply: more than %1 levels of objects and arrays.</source>
        <translation>Les données sont trop profondément imbriquées : plus de %1 niveaux d’objets et de tableaux.</translation>
    </message>
    <message>
        <source>Expected a property name in double quotes but found %1.</source>
        <translation>Un nom de propriété entre guillemets droits était attendu, mais on trouve %1.</translation>
    </message>
    <message>
        <source>The property “%1” appears more than once in this object.</source>
        <translation>La propriété « %1 » apparaît plusieurs fois dans cet objet.</translation>
    </message>
    <message>
        <source>Expected “:” after the property name but found %1.</source>
        <translation>« : » était attendu après le nom de propriété, mais on trouve %1.</translation>
    </message>
    <message>
        <source>Expected “,” or “}” after a property but found %1.</source>
        <translation>« , » ou « } » était attendu après une propriété, mais on trouve %1.</translation>
    </message>
    <message>
        <source>Expected “,” or “]” after an array element but found %1.</source>
        <translation>« , » ou « ] » était attendu après un élément de tableau, mais on trouve %1.</translation>
    </message>
    <message>
        <source>The string that starts here has no closing double quote.</source>
        <translation>La chaîne qui commence ici n’a pas de guillemet fermant.</translation>
    </message>
    <message>
        <source>A string contains the control character %1, which must be written as an escape such as “\n” or “\u%2”.</source>
        <translation>Une chaîne contient le caractère de contrôle %1, qui doit être écrit sous forme de séquence d’échappement, comme « \n » ou « \u%2 ».</translation>
    </message>
    <message>
        <source>Expected an escape sequence such as “\n” or “\u00e9” after the backslash but found %1.</source>
        <translation>Une séquence d’échappement telle que « \n » ou « \u00e9 » était attendue après la barre oblique inverse, mais on trouve %1.</translation>
    </message>
    <message>
        <source>The escape “\u” must be followed by four hexadecimal digits.</source>
        <translation>La séquence « \u » doit être suivie de quatre chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The escape “%1” is the second half of a UTF-16 surrogate pair, but the first half is missing.</source>
        <translation>La séquence « %1 » est la seconde moitié d’une paire de substitution UTF-16, mais la première moitié manque.</translation>
    </message>
    <message>
        <source>The escape “%1” is the first half of a UTF-16 surrogate pair, but it is not followed by an escape for the second half (“\uDC00” to “\uDFFF”).</source>
        <translation>La séquence « %1 » est la première moitié d’une paire de substitution UTF-16, mais elle n’est pas suivie d’une séquence pour la seconde moitié (« \uDC00 » à « \uDFFF »).</translation>
    </message>
    <message>
        <source>Expected a digit after “-” but found %1.</source>
        <translation>Un chiffre était attendu après « - », mais on trouve %1.</translation>
    </message>
    <message>
        <source>A number cannot start with the digit 0 followed by other digits.</source>
        <translation>Un nombre ne peut pas commencer par le chiffre 0 suivi d’autres chiffres.</translation>
    </message>
    <message>
        <source>Expected a digit after the decimal point but found %1.</source>
        <translation>Un chiffre était attendu après le point décimal, mais on trouve %1.</translation>
    </message>
    <message>
        <source>Expected a digit in the exponent of the number but found %1.</source>
        <translation>Un chiffre était attendu dans l’exposant du nombre, mais on trouve %1.</translation>
    </message>
    <message>
        <source>The number %1 is too large.</source>
        <translation>Le nombre %1 est trop grand.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: the sequence %1 is incomplete.</source>
        <translation>Le texte n’est pas de l’UTF-8 valide : la séquence %1 est incomplète.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: %1 is an overlong encoding.</source>
        <translation>Le texte n’est pas de l’UTF-8 valide : %1 est un encodage trop long.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: %1 encodes a UTF-16 surrogate.</source>
        <translation>Le texte n’est pas de l’UTF-8 valide : %1 encode une moitié de paire de substitution UTF-16.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: %1 encodes a value above U+10FFFF.</source>
        <translation>Le texte n’est pas de l’UTF-8 valide : %1 encode une valeur supérieure à U+10FFFF.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: the byte %1 cannot appear here.</source>
        <translation>Le texte n’est pas de l’UTF-8 valide : l’octet %1 ne peut pas apparaître ici.</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>la fin du texte</translation>
    </message>
    <message>
        <source>the control character %1</source>
        <translation>le caractère de contrôle %1</translation>
    </message>
</context>
<context>
    <name>iia::JsonSchema</name>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Expected %1, found the number %2.</source>
        <translation>Attendu : %1 ; trouvé : le nombre %2.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Attendu : %1 ; trouvé : %2.</translation>
    </message>
    <message>
        <source>A schema must be an object, true or false.</source>
        <translation>Un schéma doit être un objet, true ou false.</translation>
    </message>
    <message>
        <source>“%1” must be a non-empty array of schemas.</source>
        <translation>« %1 » doit être un tableau non vide de schémas.</translation>
    </message>
    <message>
        <source>“%1” must be a non-negative integer.</source>
        <translation>« %1 » doit être un entier positif ou nul.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>« %1 » doit être un nombre.</translation>
    </message>
    <message>
        <source>“%1” must be an object.</source>
        <translation>« %1 » doit être un objet.</translation>
    </message>
    <message>
        <source>“$ref” must be a string.</source>
        <translation>« $ref » doit être une chaîne.</translation>
    </message>
    <message>
        <source>“required” must be an array of property names.</source>
        <translation>« required » doit être un tableau de noms de propriétés.</translation>
    </message>
    <message>
        <source>“uniqueItems” must be true or false.</source>
        <translation>« uniqueItems » doit valoir true ou false.</translation>
    </message>
    <message>
        <source>“enum” must be an array of values.</source>
        <translation>« enum » doit être un tableau de valeurs.</translation>
    </message>
    <message>
        <source>“pattern” must be a string.</source>
        <translation>« pattern » doit être une chaîne.</translation>
    </message>
    <message>
        <source>The schema keyword “%1” is not supported.</source>
        <translation>Le mot-clé de schéma « %1 » n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>“type” must be a type name or an array of type names.</source>
        <translation>« type » doit être un nom de type ou un tableau de noms de types.</translation>
    </message>
    <message>
        <source>“%1” is not a type; the types are object, array, string, number, integer, boolean and null.</source>
        <translation>« %1 » n’est pas un type ; les types sont object, array, string, number, integer, boolean et null.</translation>
    </message>
    <message>
        <source>“%1” is not a valid regular expression: %2.</source>
        <translation>« %1 » n’est pas une expression régulière valide : %2.</translation>
    </message>
    <message>
        <source>The reference “%1” points to no entry of “$defs”.</source>
        <translation>La référence « %1 » ne renvoie à aucune entrée de « $defs ».</translation>
    </message>
    <message>
        <source>The reference “%1” is not supported: only “#” and “#/$defs/NAME” are.</source>
        <translation>La référence « %1 » n’est pas prise en charge : seules « # » et « #/$defs/NOM » le sont.</translation>
    </message>
    <message>
        <source>No value is allowed here.</source>
        <translation>Aucune valeur n’est autorisée ici.</translation>
    </message>
    <message>
        <source>The only allowed value is %1.</source>
        <translation>La seule valeur autorisée est %1.</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values: %2.</source>
        <translation>%1 ne fait pas partie des valeurs autorisées : %2.</translation>
    </message>
    <message>
        <source>The property “%1” is not allowed here.</source>
        <translation>La propriété « %1 » n’est pas autorisée ici.</translation>
    </message>
    <message>
        <source>The property name “%1” is not allowed: %2</source>
        <translation>Le nom de propriété « %1 » n’est pas autorisé : %2</translation>
    </message>
    <message>
        <source>The required property “%1” is missing.</source>
        <translation>La propriété obligatoire « %1 » est absente.</translation>
    </message>
    <message>
        <source>Must have at least one property.</source>
        <translation>Doit comporter au moins une propriété.</translation>
    </message>
    <message>
        <source>Must have at least %1 properties.</source>
        <translation>Doit comporter au moins %1 propriétés.</translation>
    </message>
    <message>
        <source>Must have at most one property.</source>
        <translation>Doit comporter au plus une propriété.</translation>
    </message>
    <message>
        <source>Must have at most %1 properties.</source>
        <translation>Doit comporter au plus %1 propriétés.</translation>
    </message>
    <message>
        <source>Must contain at least one item.</source>
        <translation>Doit contenir au moins un élément.</translation>
    </message>
    <message>
        <source>Must contain at least %1 items.</source>
        <translation>Doit contenir au moins %1 éléments.</translation>
    </message>
    <message>
        <source>Must contain at most one item.</source>
        <translation>Doit contenir au plus un élément.</translation>
    </message>
    <message>
        <source>Must contain at most %1 items.</source>
        <translation>Doit contenir au plus %1 éléments.</translation>
    </message>
    <message>
        <source>The items at %1 and %2 are the same.</source>
        <translation>Les éléments situés en %1 et en %2 sont identiques.</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>Ne doit pas être vide.</translation>
    </message>
    <message>
        <source>Must be at least %1 characters long.</source>
        <translation>Doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Must be at most one character long.</source>
        <translation>Doit compter au plus un caractère.</translation>
    </message>
    <message>
        <source>Must be at most %1 characters long.</source>
        <translation>Doit compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Does not match the pattern “%1”.</source>
        <translation>Ne correspond pas au motif « %1 ».</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Doit être supérieur ou égal à %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Doit être inférieur ou égal à %1.</translation>
    </message>
    <message>
        <source>Must be greater than %1.</source>
        <translation>Doit être strictement supérieur à %1.</translation>
    </message>
    <message>
        <source>Must be less than %1.</source>
        <translation>Doit être strictement inférieur à %1.</translation>
    </message>
    <message>
        <source>The value matches more than one of the allowed forms (forms %1 and %2).</source>
        <translation>La valeur correspond à plusieurs des formes autorisées (formes %1 et %2).</translation>
    </message>
    <message>
        <source>The value matches a form that is not allowed here.</source>
        <translation>La valeur correspond à une forme qui n’est pas autorisée ici.</translation>
    </message>
    <message>
        <source>The value matches none of the allowed forms.</source>
        <translation>La valeur ne correspond à aucune des formes autorisées.</translation>
    </message>
    <message>
        <source>The value matches none of the allowed forms. The closest one reports: %1</source>
        <translation>La valeur ne correspond à aucune des formes autorisées. La plus proche signale : %1</translation>
    </message>
    <message>
        <source>The value matches none of the allowed forms. The closest one reports at “%1”: %2</source>
        <translation>La valeur ne correspond à aucune des formes autorisées. La plus proche signale, en « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>iia::Library</name>
    <message>
        <source>No framework could be loaded.</source>
        <translation>Aucun cadre n’a pu être chargé.</translation>
    </message>
    <message>
        <source>An assessment needs a title.</source>
        <translation>Une évaluation doit avoir un titre.</translation>
    </message>
    <message>
        <source>The framework “%1” of this assessment is not installed.</source>
        <translation>Le cadre « %1 » de cette évaluation n’est pas installé.</translation>
    </message>
    <message>
        <source>The framework has no question “%1”.</source>
        <translation>Le cadre ne comporte pas de question « %1 ».</translation>
    </message>
    <message>
        <source>The framework has no property or enabler “%1”.</source>
        <translation>Le cadre ne comporte pas de propriété ni de facteur favorable « %1 ».</translation>
    </message>
    <message>
        <source>Evidence can only be attached to a question or a rating of the framework; “%1” is neither.</source>
        <translation>Un élément de preuve ne peut être joint qu’à une question ou à une appréciation du cadre ; « %1 » n’est ni l’une ni l’autre.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Before restoring revision %1</source>
        <translation>Avant le rétablissement de la révision %1</translation>
    </message>
    <message>
        <source>The library already holds this assessment (“%1”, id %2). Import it with --replace to overwrite it, or with --as-copy to keep both.</source>
        <translation>La bibliothèque contient déjà cette évaluation (« %1 », identifiant %2). Importez-la avec --replace pour la remplacer, ou avec --as-copy pour conserver les deux.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n’a été importé depuis %1 : %2</translation>
    </message>
</context>
<context>
    <name>iia::LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Exist</source>
        <translation>Exister</translation>
    </message>
    <message>
        <source>Thrive</source>
        <translation>Prospérer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Avancement</translation>
    </message>
</context>
<context>
    <name>iia::LibraryView</name>
    <message>
        <source>Library or trash</source>
        <translation>Bibliothèque ou corbeille</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>Rechercher des évaluations</translation>
    </message>
    <message>
        <source>Search titles, jurisdictions and texts</source>
        <translation>Rechercher dans les titres, les juridictions et les textes</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Internet Impact Assessment&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Évaluation d’impact sur Internet&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Judge a proposed law, regulation or technology against what the Internet needs to &lt;b&gt;exist&lt;/b&gt; (the five critical properties of the Internet Way of Networking) and to &lt;b&gt;thrive&lt;/b&gt; (the ten enablers of an open, globally connected, secure and trustworthy Internet), following the Internet Society&apos;s Internet Impact Assessment Toolkit.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Plan&lt;/b&gt; — the issue, your goals and audience, the people and time you have.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Case&lt;/b&gt; — describe the proposal and paste or import its draft text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Critical properties&lt;/b&gt; and &lt;b&gt;enablers&lt;/b&gt; — answer the guiding questions, rate each one, and attach passages of the draft as evidence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summary&lt;/b&gt; — your ratings beside the suggestions from your answers, and the two verdicts.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Conclusions&lt;/b&gt; — what follows, and what you recommend.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything is saved as you go. Nothing is ever sent over the network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Évaluez un projet de loi ou de règlement, ou une technologie, au regard de ce dont Internet a besoin pour &lt;b&gt;exister&lt;/b&gt; (les cinq propriétés essentielles du mode de fonctionnement en réseau d’Internet) et pour &lt;b&gt;prospérer&lt;/b&gt; (les dix facteurs favorables à un Internet ouvert, connecté à l’échelle mondiale, sûr et digne de confiance), en suivant la boîte à outils d’évaluation d’impact sur Internet de l’Internet Society.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Planification&lt;/b&gt; — l’enjeu, vos objectifs et votre public, les personnes et le temps dont vous disposez.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dossier&lt;/b&gt; — décrivez la proposition, puis collez ou importez son projet de texte.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Propriétés essentielles&lt;/b&gt; et &lt;b&gt;facteurs favorables&lt;/b&gt; — répondez aux questions d’orientation, donnez une appréciation pour chacun et joignez des passages du projet de texte comme éléments de preuve.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Synthèse&lt;/b&gt; — vos appréciations à côté des suggestions tirées de vos réponses, et les deux verdicts.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Conclusions&lt;/b&gt; — ce qui en découle, et ce que vous recommandez.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Tout est enregistré au fur et à mesure. Rien n’est jamais envoyé sur le réseau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Start a New Assessment</source>
        <translation>&amp;Commencer une nouvelle évaluation</translation>
    </message>
    <message>
        <source>Open the &amp;Worked Example</source>
        <translation>Ouvrir l’&amp;exemple commenté</translation>
    </message>
    <message>
        <source>&amp;Import a .iia File…</source>
        <translation>&amp;Importer un fichier .iia…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>&amp;Mettre à la corbeille</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash</source>
        <translation>&amp;Vider la corbeille</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>No assessment matches “%1”.</source>
        <translation>Aucune évaluation ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>Copie créée sous le titre « %1 ».</translation>
    </message>
    <message>
        <source>“%1” restored from the trash.</source>
        <translation>Évaluation « %1 » restaurée depuis la corbeille.</translation>
    </message>
    <message>
        <source>“%1” moved to the trash.</source>
        <translation>Évaluation « %1 » mise à la corbeille.</translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n assessment(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n évaluation de la corbeille ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement les %n évaluations de la corbeille ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) deleted for good.</source>
        <translation>
            <numerusform>%n évaluation supprimée définitivement.</numerusform>
            <numerusform>%n évaluations supprimées définitivement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iia::MainWindow</name>
    <message>
        <source>Internet Impact Assessment</source>
        <translation>Évaluation d’impact sur Internet</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Critical properties</source>
        <translation>Propriétés essentielles</translation>
    </message>
    <message>
        <source>Enablers</source>
        <translation>Facteurs favorables</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>&amp;Import .iia Files…</source>
        <translation>&amp;Importer des fichiers .iia…</translation>
    </message>
    <message>
        <source>&amp;Export as .iia…</source>
        <translation>&amp;Exporter au format .iia…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir une évaluation &amp;récente</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>Aucune évaluation pour l’instant</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open the &amp;Worked Example</source>
        <translation>Ouvrir l’e&amp;xemple commenté</translation>
    </message>
    <message>
        <source>&amp;Framework Editor</source>
        <translation>Éditeur de &amp;cadre</translation>
    </message>
    <message>
        <source>&amp;Back to the Library</source>
        <translation>Retour à la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Sy&amp;nthèse</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Internet Impact Assessment</source>
        <translation>À &amp;propos d’Évaluation d’impact sur Internet</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>Open an Assessment</source>
        <translation>Ouvrir une évaluation</translation>
    </message>
    <message>
        <source>This assessment uses the framework “%1”, which is not installed. Add its file to the frameworks folder (%2) and try again.</source>
        <translation>Cette évaluation utilise le cadre « %1 », qui n’est pas installé. Ajoutez son fichier au dossier des cadres (%2), puis réessayez.</translation>
    </message>
    <message>
        <source>All changes saved at %1</source>
        <translation>Toutes les modifications ont été enregistrées à %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>The last change could not be saved, so it was not made: %1</source>
        <translation>La dernière modification n’a pas pu être enregistrée ; elle n’a donc pas été appliquée : %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>%1 — Internet Impact Assessment</source>
        <translation>%1 — Évaluation d’impact sur Internet</translation>
    </message>
    <message>
        <source>New Assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>e.g. Draft law on network usage fees</source>
        <translation>p. ex. Projet de loi sur les frais d’utilisation des réseaux</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>&amp;Cadre</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>%1 could not be imported. Nothing was changed in your library.

%2</source>
        <translation>%1 n’a pas pu être importé. Rien n’a été modifié dans votre bibliothèque.

%2</translation>
    </message>
    <message>
        <source>Your library already holds “%1”. Replace it with the version in %2, or keep both?</source>
        <translation>Votre bibliothèque contient déjà « %1 ». Faut-il la remplacer par la version de %2, ou conserver les deux ?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Conserver les deux</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Évaluation « %1 » importée.</translation>
    </message>
    <message>
        <source>Import Assessments</source>
        <translation>Importer des évaluations</translation>
    </message>
    <message>
        <source>Internet Impact Assessments (*.iia)</source>
        <translation>Évaluations d’impact sur Internet (*.iia)</translation>
    </message>
    <message>
        <source>Export as .iia</source>
        <translation>Exporter au format .iia</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Évaluation exportée vers %1.</translation>
    </message>
    <message>
        <source>Worked Example</source>
        <translation>Exemple commenté</translation>
    </message>
    <message>
        <source>Framework saved to %1; new assessments can use it.</source>
        <translation>Cadre enregistré dans %1 ; les nouvelles évaluations peuvent l’utiliser.</translation>
    </message>
    <message>
        <source>About Internet Impact Assessment</source>
        <translation>À propos d’Évaluation d’impact sur Internet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Internet Impact Assessment %1&lt;/h3&gt;&lt;p&gt;Assess a proposed policy against the Internet Way of Networking and the enablers of an open, globally connected, secure and trustworthy Internet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Évaluation d’impact sur Internet %1&lt;/h3&gt;&lt;p&gt;Évaluez un projet de politique publique au regard du mode de fonctionnement en réseau d’Internet et des facteurs favorables à un Internet ouvert, connecté à l’échelle mondiale, sûr et digne de confiance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The scoring method is our own; the toolkit defines no number. The application never connects to the network.</source>
        <translation>La méthode de notation est la nôtre ; la boîte à outils ne définit aucune note chiffrée. L’application ne se connecte jamais au réseau.</translation>
    </message>
</context>
<context>
    <name>iia::MessageBanner</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>iia::PlanPage</name>
    <message>
        <source>&lt;h2&gt;Plan&lt;/h2&gt;&lt;p&gt;Before you analyse, agree on what the assessment is for and what it will take. Short notes are enough; they go into the brief’s context.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Planification&lt;/h2&gt;&lt;p&gt;Avant d’analyser, mettez-vous d’accord sur la finalité de l’évaluation et sur ce qu’elle demandera. De brèves notes suffisent ; elles alimenteront le contexte de la note d’impact.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>iia::RadarChart</name>
    <message>
        <source>Critical properties chart</source>
        <translation>Graphique des propriétés essentielles</translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation>Appréciation de l’analyste</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sans appréciation</translation>
    </message>
    <message>
        <source>not rated, no answers</source>
        <translation>sans appréciation, aucune réponse</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sans appréciation</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>%1 %2
Analyst’s rating: %3
Suggested: %4</source>
        <translation>%1 %2
Appréciation de l’analyste : %3
Suggérée : %4</translation>
    </message>
</context>
<context>
    <name>iia::ScoreModel</name>
    <message>
        <source>No answers yet</source>
        <translation>Aucune réponse pour l’instant</translation>
    </message>
    <message>
        <source>Suggested from %1 of %2 questions answered</source>
        <translation>Suggérée d’après les questions traitées (%1 sur %2)</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>Questions traitées : %1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 answers are “Unsure”</source>
        <translation>Réponses « Incertain » : %1 sur %2</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>divergence</translation>
    </message>
    <message>
        <source>Your rating and the suggestion point different ways</source>
        <translation>Votre appréciation et la suggestion vont dans des sens opposés</translation>
    </message>
    <message>
        <source>The item’s short label</source>
        <translation>Le libellé court de l’élément</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The critical property or enabler</source>
        <translation>La propriété essentielle ou le facteur favorable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The goal an enabler serves</source>
        <translation>L’objectif que sert un facteur favorable</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Your own rating, which always decides</source>
        <translation>Votre propre appréciation, qui l’emporte toujours</translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation>Appréciation de l’analyste</translation>
    </message>
    <message>
        <source>The rating suggested by your answers</source>
        <translation>L’appréciation suggérée par vos réponses</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Share of questions answered</source>
        <translation>Part des questions traitées</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Share of answers that are “Unsure”</source>
        <translation>Part des réponses « Incertain »</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <source>Whether your rating and the suggestion point different ways</source>
        <translation>Indique si votre appréciation et la suggestion vont dans des sens opposés</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Divergence</translation>
    </message>
</context>
<context>
    <name>iia::ScoreTableView</name>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>The analyst’s rating, the suggested rating, coverage and uncertainty of every critical property and enabler</source>
        <translation>L’appréciation de l’analyste, l’appréciation suggérée, le taux de réponse et l’incertitude de chaque propriété essentielle et de chaque facteur favorable</translation>
    </message>
</context>
<context>
    <name>iia::Store</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>The library is open read-only, so nothing can be changed. Check that the folder and the file are writable, then start the application again.</source>
        <translation>La bibliothèque est ouverte en lecture seule : rien ne peut être modifié. Vérifiez que le dossier et le fichier sont accessibles en écriture, puis redémarrez l’application.</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Le démarrage d’une transaction</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>L’enregistrement</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created. Choose another data folder with --data-dir.</source>
        <translation>Le dossier « %1 » n’a pas pu être créé. Choisissez un autre dossier de données avec --data-dir.</translation>
    </message>
    <message>
        <source>There is no library at this place.</source>
        <translation>Il n’y a pas de bibliothèque à cet emplacement.</translation>
    </message>
    <message>
        <source>This is a folder, not a library file.</source>
        <translation>Ceci est un dossier, et non un fichier de bibliothèque.</translation>
    </message>
    <message>
        <source>The library could not be opened: %1.</source>
        <translation>La bibliothèque n’a pas pu être ouverte : %1.</translation>
    </message>
    <message>
        <source>This file is not an Internet Impact Assessment library: it is not an SQLite database, or it is damaged (%1). It has not been changed.</source>
        <translation>Ce fichier n’est pas une bibliothèque d’Évaluation d’impact sur Internet : ce n’est pas une base de données SQLite, ou elle est endommagée (%1). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This SQLite database belongs to another program, not to Internet Impact Assessment. It has not been changed.</source>
        <translation>Cette base de données SQLite appartient à un autre programme qu’Évaluation d’impact sur Internet. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>This library was written by a newer version of the application (library version %1; this version reads up to %2). Install the newer version; the library has not been changed.</source>
        <translation>Cette bibliothèque a été écrite par une version plus récente de l’application (version de bibliothèque %1 ; cette version lit jusqu’à la version %2). Installez la version plus récente ; la bibliothèque n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>This library needs an update to be read, but it is read-only. Make it writable and try again.</source>
        <translation>Cette bibliothèque doit être mise à jour pour être lue, mais elle est en lecture seule. Rendez-la accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>Switching on the write-ahead log</source>
        <translation>L’activation du journal d’écriture anticipée</translation>
    </message>
    <message>
        <source>Updating the library to version %1</source>
        <translation>La mise à jour de la bibliothèque vers la version %1</translation>
    </message>
    <message>
        <source>Listing the assessments</source>
        <translation>L’énumération des évaluations</translation>
    </message>
    <message>
        <source>Looking up an assessment</source>
        <translation>La recherche d’une évaluation</translation>
    </message>
    <message>
        <source>There is no assessment with the id “%1” in the library.</source>
        <translation>Il n’y a pas d’évaluation avec l’identifiant « %1 » dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Loading an assessment</source>
        <translation>Le chargement d’une évaluation</translation>
    </message>
    <message>
        <source>Loading the answers</source>
        <translation>Le chargement des réponses</translation>
    </message>
    <message>
        <source>Loading the ratings</source>
        <translation>Le chargement des appréciations</translation>
    </message>
    <message>
        <source>Loading the evidence</source>
        <translation>Le chargement des éléments de preuve</translation>
    </message>
    <message>
        <source>Saving the evidence</source>
        <translation>L’enregistrement des éléments de preuve</translation>
    </message>
    <message>
        <source>Saving the answers</source>
        <translation>L’enregistrement des réponses</translation>
    </message>
    <message>
        <source>Saving the ratings</source>
        <translation>L’enregistrement des appréciations</translation>
    </message>
    <message>
        <source>Saving the history</source>
        <translation>L’enregistrement de l’historique</translation>
    </message>
    <message>
        <source>Adding an assessment</source>
        <translation>L’ajout d’une évaluation</translation>
    </message>
    <message>
        <source>The library already holds an assessment with the id %1 (“%2”).</source>
        <translation>La bibliothèque contient déjà une évaluation avec l’identifiant %1 (« %2 »).</translation>
    </message>
    <message>
        <source>Replacing an assessment</source>
        <translation>Le remplacement d’une évaluation</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>L’enregistrement de la modification</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>La mise à la corbeille</translation>
    </message>
    <message>
        <source>There is no assessment with the id “%1” outside the trash.</source>
        <translation>Il n’y a pas d’évaluation avec l’identifiant « %1 » en dehors de la corbeille.</translation>
    </message>
    <message>
        <source>Restoring from the trash</source>
        <translation>La restauration depuis la corbeille</translation>
    </message>
    <message>
        <source>There is no assessment with the id “%1” in the trash.</source>
        <translation>Il n’y a pas d’évaluation avec l’identifiant « %1 » dans la corbeille.</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Le vidage de la corbeille</translation>
    </message>
    <message>
        <source>Listing the revisions</source>
        <translation>L’énumération des révisions</translation>
    </message>
    <message>
        <source>Loading a revision</source>
        <translation>Le chargement d’une révision</translation>
    </message>
    <message>
        <source>The assessment has no revision %1.</source>
        <translation>L’évaluation n’a pas de révision %1.</translation>
    </message>
    <message>
        <source>Saving a revision</source>
        <translation>L’enregistrement d’une révision</translation>
    </message>
</context>
<context>
    <name>iia::SummaryPage</name>
    <message>
        <source>&lt;h2&gt;Summary&lt;/h2&gt;&lt;p&gt;Your ratings beside the suggestions computed from your answers. Your rating decides; where the two point different ways, look again.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Synthèse&lt;/h2&gt;&lt;p&gt;Vos appréciations à côté des suggestions calculées à partir de vos réponses. C’est votre appréciation qui l’emporte ; là où les deux vont dans des sens opposés, réexaminez la question.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Headline verdicts</source>
        <translation>Verdicts principaux</translation>
    </message>
    <message>
        <source>%1 of %2 rated; %3 of the questions answered, %4 unsure</source>
        <translation>Éléments appréciés : %1 sur %2 ; questions traitées : %3, réponses incertaines : %4</translation>
    </message>
    <message>
        <source>What the Internet needs to exist</source>
        <translation>Ce dont Internet a besoin pour exister</translation>
    </message>
    <message>
        <source>What the Internet needs to thrive</source>
        <translation>Ce dont Internet a besoin pour prospérer</translation>
    </message>
    <message>
        <source>%1: you rated “%2”, the answers suggest “%3”</source>
        <translation>%1 : votre appréciation est « %2 », les réponses suggèrent « %3 »</translation>
    </message>
    <message>
        <source>Your ratings and the suggestions agree everywhere.</source>
        <translation>Vos appréciations et les suggestions concordent partout.</translation>
    </message>
</context>
<context>
    <name>iia::TextWriters</name>
    <message>
        <source>%1 of %2 rated, coverage %3, unsure %4</source>
        <translation>éléments appréciés : %1 sur %2, taux de réponse : %3, réponses incertaines : %4</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Aucune réponse pour l’instant</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation>Appréciation de l’analyste</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>(%n unsure)</source>
        <translation>
            <numerusform>(%n réponse incertaine)</numerusform>
            <numerusform>(%n réponses incertaines)</numerusform>
        </translation>
    </message>
    <message>
        <source>! differs</source>
        <translation>! divergence</translation>
    </message>
    <message>
        <source>%1  %2  (%3, weight %4)  → %5</source>
        <translation>%1  %2  (%3, poids %4)  → %5</translation>
    </message>
    <message>
        <source>harm if yes</source>
        <translation>préjudice si oui</translation>
    </message>
    <message>
        <source>support if yes</source>
        <translation>soutien si oui</translation>
    </message>
    <message>
        <source>support %1 − harm %2 = %3</source>
        <translation>soutien %1 − préjudice %2 = %3</translation>
    </message>
    <message>
        <source>Critical properties — what the Internet needs to exist</source>
        <translation>Propriétés essentielles — ce dont Internet a besoin pour exister</translation>
    </message>
    <message>
        <source>Enablers — what the Internet needs to thrive</source>
        <translation>Facteurs favorables — ce dont Internet a besoin pour prospérer</translation>
    </message>
    <message>
        <source>Exist</source>
        <translation>Exister</translation>
    </message>
    <message>
        <source>Thrive</source>
        <translation>Prospérer</translation>
    </message>
    <message>
        <source>Completion: %1</source>
        <translation>Avancement : %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Contributeurs</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message numerus="yes">
        <source>Draft text: %n character(s)</source>
        <translation>
            <numerusform>Projet de texte : %n caractère</numerusform>
            <numerusform>Projet de texte : %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Appréciation : %1</translation>
    </message>
    <message>
        <source>How it is affected: %1</source>
        <translation>Comment l’élément est affecté : %1</translation>
    </message>
    <message>
        <source>Effect on people: %1</source>
        <translation>Effet sur les personnes : %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation>La bibliothèque est vide.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Enablers</source>
        <translation>Facteurs favorables</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>iia::Vocabulary</name>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sans appréciation</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>Aucun impact</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>No impact found</source>
        <translation>Aucun impact constaté</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Renforcé</translation>
    </message>
    <message>
        <source>Impact unclear</source>
        <translation>Impact indéterminé</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Undermines</source>
        <translation>Compromis</translation>
    </message>
    <message>
        <source>Yes, direction not set</source>
        <translation>Oui, sens non défini</translation>
    </message>
    <message>
        <source>Yes, mixed</source>
        <translation>Oui, mixte</translation>
    </message>
    <message>
        <source>Yes, unclear</source>
        <translation>Oui, indéterminé</translation>
    </message>
    <message>
        <source>Yes, strongly positive</source>
        <translation>Oui, fortement positif</translation>
    </message>
    <message>
        <source>Yes, weakly positive</source>
        <translation>Oui, faiblement positif</translation>
    </message>
    <message>
        <source>Yes, positive</source>
        <translation>Oui, positif</translation>
    </message>
    <message>
        <source>Yes, strongly negative</source>
        <translation>Oui, fortement négatif</translation>
    </message>
    <message>
        <source>Yes, weakly negative</source>
        <translation>Oui, faiblement négatif</translation>
    </message>
    <message>
        <source>Yes, negative</source>
        <translation>Oui, négatif</translation>
    </message>
</context>
</TS>
