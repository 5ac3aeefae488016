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
        <translation>La bibliothèque n’a pas pu être ouverte&#xa0;: l’application ne peut donc pas démarrer. Rien n’a été modifié.

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
    <name>iia::BackupModel</name>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
</context>
<context>
    <name>iia::Backups</name>
    <message>
        <source>“%1” could not be renamed to “%2”: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être renommé en «&#xa0;%2&#xa0;»&#xa0;: %3.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” could not be written to the disk: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit sur le disque&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is no sound backup of the library in “%1”.</source>
        <translation>Il n’y a aucune sauvegarde intacte de la bibliothèque dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no backup called “%1” in “%2”.</source>
        <translation>Il n’y a aucune sauvegarde nommée «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>There is no backup at “%1”.</source>
        <translation>Il n’y a aucune sauvegarde à l’emplacement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a sound library backup: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une sauvegarde de bibliothèque intacte&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not an Internet Impact Assessment library.</source>
        <translation>ce n’est pas une bibliothèque d’Évaluation d’impact sur Internet.</translation>
    </message>
    <message>
        <source>“%1” is a library of version %2; this version of the application reads versions %3 to %4.</source>
        <translation>«&#xa0;%1&#xa0;» est une bibliothèque de version %2&#xa0;; cette version de l’application lit les versions %3 à %4.</translation>
    </message>
    <message>
        <source>Too many files named “%1…” in “%2”.</source>
        <translation>Trop de fichiers nommés «&#xa0;%1…&#xa0;» dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The backups folder “%1” could not be created.</source>
        <translation>Le dossier des sauvegardes «&#xa0;%1&#xa0;» n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>A backup could not be started in “%1”: %2.</source>
        <translation>Impossible de commencer une sauvegarde dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The backup could not be copied into “%1”: %2.</source>
        <translation>La sauvegarde n’a pas pu être copiée dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être supprimé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is no library file at “%1”.</source>
        <translation>Il n’y a aucun fichier de bibliothèque à l’emplacement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>A copy could not be started in “%1”: %2.</source>
        <translation>Impossible de commencer une copie dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>iia::BackupsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Backups of the Library</source>
        <translation>Sauvegardes de la bibliothèque</translation>
    </message>
    <message>
        <source>Backups of the library</source>
        <translation>Sauvegardes de la bibliothèque</translation>
    </message>
    <message>
        <source>A backup of the library is taken before every update of its format, once a day when you use the application, and before a backup is put back. The newest %1 are kept in %2.</source>
        <translation>Une sauvegarde de la bibliothèque est effectuée avant chaque mise à jour de son format, une fois par jour lorsque vous utilisez l’application, et avant toute restauration d’une sauvegarde. Les %1 plus récentes sont conservées dans %2.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>There are no backups yet. The first is taken tomorrow, when you start the application again, or before the library&apos;s format is next updated.</source>
        <translation>Il n’y a encore aucune sauvegarde. La première sera effectuée demain, lorsque vous redémarrerez l’application, ou avant la prochaine mise à jour du format de la bibliothèque.</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>The library is read-only, so no backup can be put back.</source>
        <translation>La bibliothèque est en lecture seule&#xa0;: aucune sauvegarde ne peut donc être restaurée.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>Put back the backup taken %1, with %n assessment(s), in place of the library?</source>
        <translation>
            <numerusform>Restaurer à la place de la bibliothèque la sauvegarde effectuée le %1, qui contient %n évaluation&#xa0;?</numerusform>
            <numerusform>Restaurer à la place de la bibliothèque la sauvegarde effectuée le %1, qui contient %n évaluations&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The library as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>La bibliothèque dans son état actuel est d’abord sauvegardée&#xa0;: vous pourrez donc annuler cette opération en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>iia::Brief</name>
    <message>
        <source>decided by %1</source>
        <translation>déterminé par %1</translation>
    </message>
    <message>
        <source>Untitled assessment</source>
        <translation>Évaluation sans titre</translation>
    </message>
    <message>
        <source>Internet Impact Brief: %1</source>
        <translation>Note d’impact sur Internet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
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
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
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
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Can the Internet still exist as it does? (critical properties)</source>
        <translation>Internet peut-il continuer d’exister tel qu’il est&#xa0;? (propriétés essentielles)</translation>
    </message>
    <message>
        <source>Can it still thrive? (enablers)</source>
        <translation>Peut-il continuer de prospérer&#xa0;? (facteurs favorables)</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Principales constatations</translation>
    </message>
    <message>
        <source>%1 (suggested from the answers)</source>
        <translation>%1 (suggestion tirée des réponses)</translation>
    </message>
    <message>
        <source>No impact on any critical property or enabler has been found so far.</source>
        <translation>Aucun impact sur une propriété essentielle ou un facteur favorable n’a été constaté jusqu’à présent.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the properties and enablers are not yet assessed; this brief is incomplete.</source>
        <translation>
            <numerusform>%n élément parmi les propriétés et les facteurs favorables n’est pas encore évalué&#xa0;; cette note d’impact est incomplète.</numerusform>
            <numerusform>%n éléments parmi les propriétés et les facteurs favorables ne sont pas encore évalués&#xa0;; cette note d’impact est incomplète.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation>Appréciation de l’analyste</translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation>Appréciation suggérée</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sans appréciation</translation>
    </message>
    <message>
        <source>The five critical properties: the analyst’s rating and the rating suggested by the answers, from −3 (strongly negative) to +3 (strongly positive).</source>
        <translation>Les cinq propriétés essentielles&#xa0;: l’appréciation de l’analyste et l’appréciation suggérée par les réponses, de −3 (fortement négatif) à +3 (fortement positif).</translation>
    </message>
    <message>
        <source>The enablers, grouped by goal: the analyst’s rating and the suggested rating, from −3 to +3.</source>
        <translation>Les facteurs favorables, regroupés par objectif&#xa0;: l’appréciation de l’analyste et l’appréciation suggérée, de −3 à +3.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <source>The proposal is assessed against the five critical properties that the Internet needs in order to exist:</source>
        <translation>La proposition est évaluée au regard des cinq propriétés essentielles dont Internet a besoin pour exister&#xa0;:</translation>
    </message>
    <message>
        <source>…and against the enablers that help it thrive, grouped by the goal they serve:</source>
        <translation>…et au regard des facteurs favorables qui l’aident à prospérer, regroupés selon l’objectif qu’ils servent&#xa0;:</translation>
    </message>
    <message>
        <source>For each property and enabler the analyst answers guiding questions (yes, partly, no, unsure or not applicable) and records a rating: whether there is an impact, whether it is positive, negative, mixed or unclear, and how strong. From the answers, this application suggests a rating of its own: every answer counts with the weight the framework gives its question, towards support or towards harm, and the balance decides the direction and the strength. The analyst’s rating always prevails; where the two disagree, the brief says so. Coverage is the share of questions answered; uncertainty the share of answers that were “unsure”.</source>
        <translation>Pour chaque propriété et chaque facteur favorable, l’analyste répond à des questions d’orientation (oui, en partie, non, incertain ou sans objet) et consigne une appréciation&#xa0;: y a-t-il un impact, est-il positif, négatif, mixte ou indéterminé, et quelle est son intensité. À partir des réponses, cette application suggère sa propre appréciation&#xa0;: chaque réponse compte avec le poids que le cadre attribue à sa question, dans le sens du soutien ou du préjudice, et le solde détermine le sens et l’intensité. L’appréciation de l’analyste l’emporte toujours&#xa0;; lorsque les deux divergent, la note d’impact le signale. Le taux de réponse est la part des questions traitées&#xa0;; l’incertitude, la part des réponses «&#xa0;incertain&#xa0;».</translation>
    </message>
    <message>
        <source>Context and assumptions</source>
        <translation>Contexte et hypothèses</translation>
    </message>
    <message>
        <source>The case has not been described yet.</source>
        <translation>Le dossier n’a pas encore été décrit.</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>The text assessed: %1 (%2).</source>
        <translation>Texte évalué&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>pasted into the assessment</source>
        <translation>collé dans l’évaluation</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet assessed: no question answered and no rating given.</source>
        <translation>Pas encore évalué&#xa0;: aucune question traitée et aucune appréciation donnée.</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Pas encore d’appréciation</translation>
    </message>
    <message>
        <source>None (no answers that count)</source>
        <translation>Aucune (aucune réponse déterminante)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered (%3), %4 unsure</source>
        <translation>Questions traitées&#xa0;: %1 sur %2 (%3), réponses incertaines&#xa0;: %4</translation>
    </message>
    <message>
        <source>The analyst’s rating and the rating suggested by the answers point in different directions.</source>
        <translation>L’appréciation de l’analyste et l’appréciation suggérée par les réponses vont dans des sens opposés.</translation>
    </message>
    <message>
        <source>How the Internet is affected</source>
        <translation>Comment Internet est affecté</translation>
    </message>
    <message>
        <source>Not described.</source>
        <translation>Non décrit.</translation>
    </message>
    <message>
        <source>Effect on people</source>
        <translation>Effet sur les personnes</translation>
    </message>
    <message>
        <source>The answers that mattered</source>
        <translation>Les réponses déterminantes</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>soutien</translation>
    </message>
    <message>
        <source>harms</source>
        <translation>préjudice</translation>
    </message>
    <message>
        <source>Analysis against the critical properties</source>
        <translation>Analyse au regard des propriétés essentielles</translation>
    </message>
    <message>
        <source>Analysis against the enablers</source>
        <translation>Analyse au regard des facteurs favorables</translation>
    </message>
    <message>
        <source>Verdict for this goal</source>
        <translation>Verdict pour cet objectif</translation>
    </message>
    <message>
        <source>Conclusions and recommendations</source>
        <translation>Conclusions et recommandations</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>No conclusions written yet.</source>
        <translation>Aucune conclusion rédigée pour l’instant.</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>No recommendations written yet.</source>
        <translation>Aucune recommandation rédigée pour l’instant.</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>Every answer</source>
        <translation>Toutes les réponses</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Coverage and uncertainty</source>
        <translation>Taux de réponse et incertitude</translation>
    </message>
    <message>
        <source>Property or enabler</source>
        <translation>Propriété ou facteur favorable</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Questions traitées</translation>
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
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <source>Overall completion: %1.</source>
        <translation>Avancement global&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Brief made</source>
        <translation>Génération de la note d’impact</translation>
    </message>
</context>
<context>
    <name>iia::BriefExporter</name>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (LibreOffice, Word)</source>
        <translation>Texte OpenDocument (LibreOffice, Word)</translation>
    </message>
    <message>
        <source>Web page (one self-contained file)</source>
        <translation>Page web (un seul fichier autonome)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV table (spreadsheets)</source>
        <translation>Tableau CSV (tableurs)</translation>
    </message>
    <message>
        <source>Internet Impact Assessment file (.iia)</source>
        <translation>Fichier d’évaluation d’impact sur Internet (.iia)</translation>
    </message>
    <message>
        <source>The framework “%1 %2” of this assessment is not installed.</source>
        <translation>Le cadre «&#xa0;%1 %2&#xa0;» de cette évaluation n’est pas installé.</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Format d’exportation inconnu.</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas pu être créé.</translation>
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
        <translation>&lt;h2&gt;Le dossier&lt;/h2&gt;&lt;p&gt;Décrivez la proposition évaluée. Collez ou importez son projet de texte dans le panneau situé à côté de cette page&#xa0;; vous y sélectionnerez des passages à joindre comme éléments de preuve.&lt;/p&gt;</translation>
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
    <name>iia::Charts</name>
    <message>
        <source>The charts cannot be drawn: the application&apos;s iia_charts component is missing or damaged. Reinstall the application to get them back; the table holds the same values.</source>
        <translation>Les graphiques ne peuvent pas être dessinés : le composant iia_charts de l’application est absent ou endommagé. Réinstallez l’application pour les retrouver ; le tableau contient les mêmes valeurs.</translation>
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
        <translation>Avec score&#xa0;: lister les réponses sur lesquelles repose chaque appréciation suggérée.</translation>
    </message>
    <message>
        <source>With import: give an assessment that is already in the library a new id.</source>
        <translation>Avec import&#xa0;: attribuer un nouvel identifiant à une évaluation déjà présente dans la bibliothèque.</translation>
    </message>
    <message>
        <source>With import: overwrite an assessment that is already in the library.</source>
        <translation>Avec import&#xa0;: remplacer une évaluation déjà présente dans la bibliothèque.</translation>
    </message>
    <message>
        <source>With export: the file to write.</source>
        <translation>Avec export&#xa0;: le fichier à écrire.</translation>
    </message>
    <message>
        <source>With list: list the trash instead.</source>
        <translation>Avec list&#xa0;: lister plutôt le contenu de la corbeille.</translation>
    </message>
    <message>
        <source>With list: only assessments whose title, jurisdiction or text match WORDS.</source>
        <translation>Avec list&#xa0;: seulement les évaluations dont le titre, la juridiction ou le texte correspondent à WORDS.</translation>
    </message>
    <message>
        <source>Language of framework texts in the output (default: the system&apos;s).</source>
        <translation>Langue des textes du cadre dans la sortie (par défaut&#xa0;: celle du système).</translation>
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
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 bad usage or bad input.</source>
        <translation>Code de sortie&#xa0;: 0 succès, 1 échec, 2 utilisation ou données incorrectes.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try “iia --help”.</source>
        <translation>Essayez «&#xa0;iia --help&#xa0;».</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>--as-copy and --replace exclude each other.</source>
        <translation>--as-copy et --replace s’excluent mutuellement.</translation>
    </message>
    <message>
        <source>“frameworks” takes no arguments.</source>
        <translation>«&#xa0;frameworks&#xa0;» ne prend aucun argument.</translation>
    </message>
    <message>
        <source>“list” takes no arguments.</source>
        <translation>«&#xa0;list&#xa0;» ne prend aucun argument.</translation>
    </message>
    <message>
        <source>Usage: iia show ID</source>
        <translation>Utilisation&#xa0;: iia show ID</translation>
    </message>
    <message>
        <source>Usage: iia new TITLE</source>
        <translation>Utilisation&#xa0;: iia new TITRE</translation>
    </message>
    <message>
        <source>Usage: iia import FILE… [--as-copy | --replace]</source>
        <translation>Utilisation&#xa0;: iia import FICHIER… [--as-copy | --replace]</translation>
    </message>
    <message>
        <source>Usage: iia score FILE|ID [--explain] [--json]</source>
        <translation>Utilisation&#xa0;: iia score FICHIER|ID [--explain] [--json]</translation>
    </message>
    <message>
        <source>Usage: iia duplicate ID</source>
        <translation>Utilisation&#xa0;: iia duplicate ID</translation>
    </message>
    <message>
        <source>Usage: iia delete ID</source>
        <translation>Utilisation&#xa0;: iia delete ID</translation>
    </message>
    <message>
        <source>Usage: iia restore ID</source>
        <translation>Utilisation&#xa0;: iia restore ID</translation>
    </message>
    <message>
        <source>“empty-trash” takes no arguments.</source>
        <translation>«&#xa0;empty-trash&#xa0;» ne prend aucun argument.</translation>
    </message>
    <message>
        <source>Usage: iia history ID</source>
        <translation>Utilisation&#xa0;: iia history ID</translation>
    </message>
    <message>
        <source>Usage: iia revert ID REVISION</source>
        <translation>Utilisation&#xa0;: iia revert ID RÉVISION</translation>
    </message>
    <message>
        <source>Usage: iia validate FILE…</source>
        <translation>Utilisation&#xa0;: iia validate FICHIER…</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une commande.</translation>
    </message>
    <message>
        <source>The framework “%1” is not installed.</source>
        <translation>Le cadre «&#xa0;%1&#xa0;» n’est pas installé.</translation>
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
        <translation>%1&#xa0;: «&#xa0;%3&#xa0;» %2 (%4)</translation>
    </message>
    <message>
        <source>“%1” is neither a file nor the id of an assessment in the library.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un fichier ni l’identifiant d’une évaluation de la bibliothèque.</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de révision.</translation>
    </message>
    <message>
        <source>Revision %1 restored.</source>
        <translation>Révision %1 rétablie.</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1&#xa0;: valide</translation>
    </message>
    <message>
        <source>Write an assessment as a brief (pdf, odt, html, md, csv) or a .iia file; without --format, the file&apos;s extension decides.</source>
        <translation>Écrire une évaluation sous forme de note d’impact (pdf, odt, html, md, csv) ou de fichier .iia&#xa0;; sans --format, c’est l’extension du fichier qui détermine le format.</translation>
    </message>
    <message>
        <source>Write every assessment of the library into DIR, one file each.</source>
        <translation>Écrire chaque évaluation de la bibliothèque dans DIR, un fichier par évaluation.</translation>
    </message>
    <message>
        <source>List the backups of the library, newest first.</source>
        <translation>Lister les sauvegardes de la bibliothèque, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>Put a backup back in place of the library (the library as it is is backed up first).</source>
        <translation>Restaurer une sauvegarde à la place de la bibliothèque (la bibliothèque dans son état actuel est d’abord sauvegardée).</translation>
    </message>
    <message>
        <source>With export: pdf, odt, html, md, csv or iia.</source>
        <translation>Avec export&#xa0;: pdf, odt, html, md, csv ou iia.</translation>
    </message>
    <message>
        <source>With export: every assessment of the library, into the folder given by -o.</source>
        <translation>Avec export&#xa0;: toutes les évaluations de la bibliothèque, dans le dossier indiqué par -o.</translation>
    </message>
    <message>
        <source>“iia backup restore latest” puts the latest backup back.</source>
        <translation>«&#xa0;iia backup restore latest&#xa0;» restaure la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>Usage: iia export --all --format FMT -o DIR</source>
        <translation>Utilisation&#xa0;: iia export --all --format FMT -o DOSSIER</translation>
    </message>
    <message>
        <source>Usage: iia export ID [--format FMT] [--language LANG] -o FILE</source>
        <translation>Utilisation&#xa0;: iia export ID [--format FMT] [--language LANGUE] -o FICHIER</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use pdf, odt, html, md, csv or iia.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez pdf, odt, html, md, csv ou iia.</translation>
    </message>
    <message>
        <source>Say which format to write with --format (pdf, odt, html, md, csv or iia): the name “%1” does not tell.</source>
        <translation>Indiquez avec --format le format à écrire (pdf, odt, html, md, csv ou iia)&#xa0;: le nom «&#xa0;%1&#xa0;» ne permet pas de le déterminer.</translation>
    </message>
    <message>
        <source>Exported %1 of %2</source>
        <translation>Évaluations exportées&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) exported to %1.</source>
        <translation>
            <numerusform>%n évaluation exportée vers %1.</numerusform>
            <numerusform>%n évaluations exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: iia backup list [--json] | iia backup restore NAME|latest</source>
        <translation>Utilisation&#xa0;: iia backup list [--json] | iia backup restore NOM|latest</translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup %1 (%n assessment(s)).</source>
        <translation>
            <numerusform>Sauvegarde %1 restaurée (%n évaluation).</numerusform>
            <numerusform>Sauvegarde %1 restaurée (%n évaluations).</numerusform>
        </translation>
    </message>
    <message>
        <source>The library as it was is kept as the backup %1.</source>
        <translation>La bibliothèque dans son état précédent est conservée dans la sauvegarde %1.</translation>
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
        <translation>Le fichier «&#xa0;%1&#xa0;» pèse %2 Mo, plus que les %3 Mo qu’il est possible d’importer. N’importez que la partie du projet de texte que vous évaluez, ou collez son texte.</translation>
    </message>
    <message>
        <source>The file “%1” is in the old Word 97–2003 format (.doc) or another old Office format, which cannot be imported. Open it in your word processor and save it as DOCX, ODT or PDF, then import that file.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est dans l’ancien format Word 97–2003 (.doc) ou dans un autre ancien format Office, qui ne peut pas être importé. Ouvrez-le dans votre traitement de texte, enregistrez-le au format DOCX, ODT ou PDF, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>The file “%1” is in Rich Text Format (RTF), which cannot be imported. Open it in your word processor and save it as DOCX, ODT or PDF, then import that file.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est au format RTF (Rich Text Format), qui ne peut pas être importé. Ouvrez-le dans votre traitement de texte, enregistrez-le au format DOCX, ODT ou PDF, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>The file “%1” is not a PDF, although its name says so: it is damaged or in another format. Open it to check what it is, or paste the text of the draft instead.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’est pas un PDF, bien que son nom l’indique&#xa0;: il est endommagé ou dans un autre format. Ouvrez-le pour vérifier ce qu’il contient, ou collez plutôt le texte du projet.</translation>
    </message>
    <message>
        <source>The file “%1” is not a valid word-processor document: it is damaged or in another format. Open it in your word processor and save it again as DOCX, ODT or PDF, or paste the text of the draft instead.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’est pas un document de traitement de texte valide&#xa0;: il est endommagé ou dans un autre format. Ouvrez-le dans votre traitement de texte et enregistrez-le à nouveau au format DOCX, ODT ou PDF, ou collez plutôt le texte du projet.</translation>
    </message>
    <message>
        <source>The file “%1” is not in a format that can be imported. Import a PDF, Word (DOCX), OpenDocument (ODT), plain text, Markdown or HTML file, or paste the text of the draft instead.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’est pas dans un format importable. Importez un fichier PDF, Word (DOCX), OpenDocument (ODT), texte brut, Markdown ou HTML, ou collez plutôt le texte du projet.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged: it looks like a Word or OpenDocument file but cannot be unpacked. Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est endommagé&#xa0;: il ressemble à un fichier Word ou OpenDocument, mais ne peut pas être décompressé. Ouvrez-le dans votre traitement de texte et enregistrez-le à nouveau, ou importez-le au format PDF.</translation>
    </message>
    <message>
        <source>The file “%1” is an OpenDocument spreadsheet, presentation or drawing, not a text document. Save the draft as an OpenDocument text (ODT), DOCX or PDF and import that.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est une feuille de calcul, une présentation ou un dessin OpenDocument, et non un document texte. Enregistrez le projet de texte au format texte OpenDocument (ODT), DOCX ou PDF, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>The file “%1” is an Office spreadsheet or presentation, not a Word document. Save the draft as DOCX, ODT or PDF and import that.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est une feuille de calcul ou une présentation Office, et non un document Word. Enregistrez le projet de texte au format DOCX, ODT ou PDF, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>The file “%1” is a ZIP archive, not a Word (DOCX) or OpenDocument (ODT) document. Unpack it and import the draft it contains.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est une archive ZIP, et non un document Word (DOCX) ou OpenDocument (ODT). Décompressez-la et importez le projet de texte qu’elle contient.</translation>
    </message>
    <message>
        <source>The file “%1” unpacks to more than %2 MB of text in %3; it is damaged or far too large for a draft. Save the part of the draft you are assessing as a separate document and import that.</source>
        <translation>Une fois décompressé, le fichier «&#xa0;%1&#xa0;» dépasse %2 Mo de texte dans %3&#xa0;; il est endommagé ou bien trop volumineux pour un projet de texte. Enregistrez la partie du projet que vous évaluez dans un document distinct et importez celui-ci.</translation>
    </message>
    <message>
        <source>The part %2 of the file “%1” is compressed in a way that cannot be read. Open the file in your word processor and save it again, or import it as PDF.</source>
        <translation>La partie %2 du fichier «&#xa0;%1&#xa0;» est compressée d’une manière illisible. Ouvrez le fichier dans votre traitement de texte et enregistrez-le à nouveau, ou importez-le au format PDF.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged: its part %2 cannot be unpacked. Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est endommagé&#xa0;: sa partie %2 ne peut pas être décompressée. Ouvrez-le dans votre traitement de texte et enregistrez-le à nouveau, ou importez-le au format PDF.</translation>
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
        <translation>«&#xa0;%1&#xa0;» est un dossier, et non un fichier. Choisissez le fichier du projet de texte qui s’y trouve.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2. Check that it exists and that you may read it.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2. Vérifiez qu’il existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2. Check that the disk or stick is still there and try again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2. Vérifiez que le disque ou la clé est toujours connecté, puis réessayez.</translation>
    </message>
    <message>
        <source>The file “%1” contains no text. Check that you chose the right file, or paste the text of the draft instead.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne contient aucun texte. Vérifiez que vous avez choisi le bon fichier, ou collez plutôt le texte du projet.</translation>
    </message>
    <message>
        <source>The Word document “%1” is damaged: its part %2 is not well-formed XML (%3, line %4, column %5). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>Le document Word «&#xa0;%1&#xa0;» est endommagé&#xa0;: sa partie %2 n’est pas du XML bien formé (%3, ligne %4, colonne %5). Ouvrez-le dans votre traitement de texte et enregistrez-le à nouveau, ou importez-le au format PDF.</translation>
    </message>
    <message>
        <source>The Word document “%1” is damaged: it has no main document part (%2). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>Le document Word «&#xa0;%1&#xa0;» est endommagé&#xa0;: il ne contient pas de partie principale (%2). Ouvrez-le dans votre traitement de texte et enregistrez-le à nouveau, ou importez-le au format PDF.</translation>
    </message>
    <message>
        <source>The OpenDocument text “%1” is damaged: its part %2 is not well-formed XML (%3, line %4, column %5). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>Le texte OpenDocument «&#xa0;%1&#xa0;» est endommagé&#xa0;: sa partie %2 n’est pas du XML bien formé (%3, ligne %4, colonne %5). Ouvrez-le dans votre traitement de texte et enregistrez-le à nouveau, ou importez-le au format PDF.</translation>
    </message>
    <message>
        <source>The OpenDocument text “%1” is damaged: it has no content part (content.xml). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>Le texte OpenDocument «&#xa0;%1&#xa0;» est endommagé&#xa0;: il ne contient pas de partie de contenu (content.xml). Ouvrez-le dans votre traitement de texte et enregistrez-le à nouveau, ou importez-le au format PDF.</translation>
    </message>
    <message>
        <source>The PDF “%1” is protected by a password. Open it with its password in a PDF reader, save a copy without protection and import that copy, or paste the text instead.</source>
        <translation>Le PDF «&#xa0;%1&#xa0;» est protégé par un mot de passe. Ouvrez-le avec son mot de passe dans un lecteur PDF, enregistrez-en une copie non protégée et importez cette copie, ou collez plutôt le texte.</translation>
    </message>
    <message>
        <source>The file “%1” is not a readable PDF: it is damaged or incomplete. Open it in a PDF reader to check it, or paste the text of the draft instead.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’est pas un PDF lisible&#xa0;: il est endommagé ou incomplet. Ouvrez-le dans un lecteur PDF pour le vérifier, ou collez plutôt le texte du projet.</translation>
    </message>
    <message>
        <source>This PDF contains no text, only images (it is probably a scan). Run it through OCR software first, or paste the text.</source>
        <translation>Ce PDF ne contient pas de texte, seulement des images (il s’agit probablement d’une numérisation). Passez-le d’abord dans un logiciel de reconnaissance de caractères (OCR), ou collez le texte.</translation>
    </message>
    <message>
        <source>PDF files cannot be imported because this installation lacks its PDF reader (%1). Reinstall the application, or paste the text of the draft instead.</source>
        <translation>Les fichiers PDF ne peuvent pas être importés, car il manque à cette installation son lecteur PDF (%1). Réinstallez l’application, ou collez plutôt le texte du projet.</translation>
    </message>
    <message>
        <source>The PDF “%1” could not be read: the PDF reader stopped on it (it may be damaged or made to cause harm). Nothing was imported. Open it in a PDF reader and paste the text of the draft instead.</source>
        <translation>Le PDF «&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: le lecteur PDF s’est arrêté sur ce fichier (il est peut-être endommagé ou conçu pour nuire). Rien n’a été importé. Ouvrez-le dans un lecteur PDF et collez plutôt le texte du projet.</translation>
    </message>
    <message>
        <source>Word and OpenDocument files cannot be read: a part of the application, iia_archive, is missing or damaged (%1). Install the application again, or import the draft as PDF or text.</source>
        <translation>Les fichiers Word et OpenDocument ne peuvent pas être lus : un composant de l’application, iia_archive, est absent ou endommagé (%1). Réinstallez l’application, ou importez le projet de texte en PDF ou en texte brut.</translation>
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
        <translation>Remplacer le projet de texte actuel par le texte de %1&#xa0;? Les passages joints comme éléments de preuve conservent leurs citations&#xa0;; vous pourrez annuler cette opération.</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ de la fiche de planification.</translation>
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
        <source>%1 %2 (%3)
Analyst’s rating: %4
Suggested: %5</source>
        <translation>%1 %2 (%3)
Appréciation de l’analyste&#xa0;: %4
Suggérée&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>iia::ExportDialog</name>
    <message>
        <source>Export Brief</source>
        <translation>Exporter la note d’impact</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Assessments</source>
        <translation>
            <numerusform>Exporter %n évaluation</numerusform>
            <numerusform>Exporter %n évaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>Langue de la note d’impact</translation>
    </message>
    <message>
        <source>The brief can be written in another language than the interface&apos;s.</source>
        <translation>La note d’impact peut être rédigée dans une autre langue que celle de l’interface.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Folder to write into</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Choisir l’emplacement d’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save into:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the brief</source>
        <translation>Aperçu de la note d’impact</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A .iia file holds the whole assessment and its history, for another copy of this application. The brief it contains:</source>
        <translation>Un fichier .iia contient l’évaluation complète et son historique, pour une autre installation de cette application. La note d’impact qu’il contient&#xa0;:</translation>
    </message>
    <message>
        <source>The brief as it will be exported:</source>
        <translation>La note d’impact telle qu’elle sera exportée&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>(the first of %n assessments)</source>
        <translation>
            <numerusform>(la première des %n évaluations)</numerusform>
            <numerusform>(la première des %n évaluations)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <source>Say where to save the export.</source>
        <translation>Indiquez où enregistrer l’exportation.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Add a file name.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier. Ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <source>The brief was not exported, and no file was changed.

%1</source>
        <translation>La note d’impact n’a pas été exportée, et aucun fichier n’a été modifié.

%1</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Exporting %1 of %2: %3</source>
        <translation>Exportation de %1 sur %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Exporting stopped after %n file(s): “%1” could not be written.

%2</source>
        <translation>
            <numerusform>Exportation interrompue après %n fichier&#xa0;: «&#xa0;%1&#xa0;» n’a pas pu être écrit.

%2</numerusform>
            <numerusform>Exportation interrompue après %n fichiers&#xa0;: «&#xa0;%1&#xa0;» n’a pas pu être écrit.

%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iia::FileImporter</name>
    <message>
        <source>Reading and checking “%1”…</source>
        <translation>Lecture et vérification de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>%1 could not be imported. Nothing was changed in your library.

%2</source>
        <translation>%1 n’a pas pu être importé. Rien n’a été modifié dans votre bibliothèque.

%2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Your library already holds “%1”. Replace it with the version in %2, or keep both?</source>
        <translation>Votre bibliothèque contient déjà «&#xa0;%1&#xa0;». Faut-il la remplacer par la version de %2, ou conserver les deux&#xa0;?</translation>
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
        <source>Saving “%1” in the library…</source>
        <translation>Enregistrement de «&#xa0;%1&#xa0;» dans la bibliothèque…</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; framework files may be %3 MB at most.</source>
        <translation>«&#xa0;%1&#xa0;» pèse %2 Mo&#xa0;; les fichiers de cadre ne peuvent pas dépasser %3 Mo.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text, so it cannot be a framework file. Open it in a text editor and save it as UTF-8.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un texte UTF-8&#xa0;: ce ne peut donc pas être un fichier de cadre. Ouvrez-le dans un éditeur de texte et enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <source>Opened the built-in framework “%1”.</source>
        <translation>Cadre intégré «&#xa0;%1&#xa0;» ouvert.</translation>
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
        <translation>Un cadre intégré à l’application porte l’identifiant «&#xa0;%1&#xa0;» et la version «&#xa0;%2&#xa0;»&#xa0;: l’application ignore donc ce fichier. Changez la version ou l’identifiant.</translation>
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
        <translation>Valide&#xa0;: %1, %2, %3</translation>
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
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas pu être créé&#xa0;: le cadre n’a donc pas été enregistré. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The framework was not saved to “%1”: %2</source>
        <translation>Le cadre n’a pas été enregistré dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Save a Framework with Problems?</source>
        <translation>Enregistrer un cadre qui comporte des problèmes&#xa0;?</translation>
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
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;» avant de fermer&#xa0;?</translation>
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
        <translation>Ce texte n’a pas de version dans la langue par défaut «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The %1 id “%2” is used more than once.</source>
        <translation>L’identifiant «&#xa0;%2&#xa0;» (%1) est utilisé plusieurs fois.</translation>
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
        <translation>L’exemple répond à «&#xa0;%1&#xa0;», qui n’est pas une question de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>This framework file uses format %1, but this version of the application reads format %2 at most. Install a newer version of the application to use it.</source>
        <translation>Ce fichier de cadre utilise le format %1, mais cette version de l’application lit au plus le format %2. Installez une version plus récente de l’application pour l’utiliser.</translation>
    </message>
    <message>
        <source>The default language “%1” is not among the framework’s languages.</source>
        <translation>La langue par défaut «&#xa0;%1&#xa0;» ne figure pas parmi les langues du cadre.</translation>
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
        <translation>Les valeurs de réponse doivent croître de «&#xa0;non&#xa0;» à «&#xa0;en partie&#xa0;», puis à «&#xa0;oui&#xa0;».</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>The goal “%1” is not defined in “goals”.</source>
        <translation>L’objectif «&#xa0;%1&#xa0;» n’est pas défini dans «&#xa0;goals&#xa0;».</translation>
    </message>
    <message>
        <source>The goal “%1” has no enabler.</source>
        <translation>L’objectif «&#xa0;%1&#xa0;» n’a aucun facteur favorable.</translation>
    </message>
    <message>
        <source>This is not a valid regular expression: %1.</source>
        <translation>Ce n’est pas une expression régulière valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The framework schema built into the application could not be read.</source>
        <translation>Le schéma de cadre intégré à l’application n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The file is %1 MB; framework files may be %2 MB at most.</source>
        <translation>Le fichier pèse %1 Mo&#xa0;; les fichiers de cadre ne peuvent pas dépasser %2 Mo.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation>Le fichier n’a pas pu être ouvert&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No text in “%1”; “%2” is shown instead.</source>
        <translation>Aucun texte en «&#xa0;%1&#xa0;»&#xa0;; le texte en «&#xa0;%2&#xa0;» est affiché à la place.</translation>
    </message>
    <message>
        <source>No clause patterns for “%1”.</source>
        <translation>Aucun motif de disposition pour «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>iia::FrameworkRegistry</name>
    <message>
        <source>The framework “%1” version %2 is already installed; this file is ignored.</source>
        <translation>Le cadre «&#xa0;%1&#xa0;» version %2 est déjà installé&#xa0;; ce fichier est ignoré.</translation>
    </message>
</context>
<context>
    <name>iia::Interchange</name>
    <message>
        <source>The file is %1 MB; assessment files may be %2 MB at most.</source>
        <translation>Le fichier pèse %1 Mo&#xa0;; les fichiers d’évaluation ne peuvent pas dépasser %2 Mo.</translation>
    </message>
    <message>
        <source>The file could not be created: %1. Choose another folder or check its permissions.</source>
        <translation>Le fichier n’a pas pu être créé&#xa0;: %1. Choisissez un autre dossier ou vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>The file could not be written: %1. The previous file, if any, is unchanged.</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: %1. Le fichier précédent, s’il existe, est inchangé.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1. The previous file, if any, is unchanged.</source>
        <translation>Le fichier n’a pas pu être enregistré&#xa0;: %1. Le fichier précédent, s’il existe, est inchangé.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (expected e.g. 2026-05-01T09:30:00.000Z).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et heure (format attendu, p. ex. 2026-05-01T09:30:00.000Z).</translation>
    </message>
    <message>
        <source>This assessment uses the framework “%1”, which is not installed. Add the framework file to the frameworks folder first.</source>
        <translation>Cette évaluation utilise le cadre «&#xa0;%1&#xa0;», qui n’est pas installé. Ajoutez d’abord le fichier du cadre au dossier des cadres.</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>Le titre est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a field of the planning worksheet.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ de la fiche de planification.</translation>
    </message>
    <message>
        <source>“%1” is not a known kind of instrument.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type d’instrument connu.</translation>
    </message>
    <message>
        <source>“%1” is not a known stage.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un stade connu.</translation>
    </message>
    <message>
        <source>The question “%1” is answered twice.</source>
        <translation>La question «&#xa0;%1&#xa0;» a reçu deux réponses.</translation>
    </message>
    <message>
        <source>The framework “%1” has no question “%2”.</source>
        <translation>Le cadre «&#xa0;%1&#xa0;» ne comporte pas de question «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is rated twice.</source>
        <translation>«&#xa0;%1&#xa0;» a reçu deux appréciations.</translation>
    </message>
    <message>
        <source>The framework “%1” has no property or enabler “%2”.</source>
        <translation>Le cadre «&#xa0;%1&#xa0;» ne comporte pas de propriété ni de facteur favorable «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The evidence id “%1” is used twice.</source>
        <translation>L’identifiant d’élément de preuve «&#xa0;%1&#xa0;» est utilisé deux fois.</translation>
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
        <translation>Le fichier n’a pas pu être ouvert&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>Le fichier n’a pas pu être lu&#xa0;: %1.</translation>
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
        <translation>Facteur favorable de l’objectif «&#xa0;%1&#xa0;» — ce dont Internet a besoin pour prospérer</translation>
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
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Y a-t-il un impact sur Internet&#xa0;?</translation>
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
        <translation>Est-il positif, négatif, mixte ou indéterminé&#xa0;?</translation>
    </message>
    <message>
        <source>How strong is it?</source>
        <translation>Quelle est son intensité&#xa0;?</translation>
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
        <translation>Comment cet élément pourrait-il être affecté&#xa0;?</translation>
    </message>
    <message>
        <source>What effect could this have on people?</source>
        <translation>Quel effet cela pourrait-il avoir sur les personnes&#xa0;?</translation>
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
        <translation>Sélectionnez un passage dans le projet de texte, puis cliquez sur «&#xa0;Joindre&#xa0;» à côté d’une question ou de l’appréciation. Double-cliquez sur un élément de preuve pour le voir dans le projet de texte.</translation>
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
        <translation>Questions traitées&#xa0;: %1 sur %2</translation>
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
        <translation>Votre appréciation (%1) et la suggestion vont dans des sens opposés. Vérifiez vos réponses, ou expliquez votre raisonnement sous «&#xa0;Comment cet élément pourrait-il être affecté&#xa0;?&#xa0;».</translation>
    </message>
    <message>
        <source>Question %1: %2 (%3, weight %4) → %5</source>
        <translation>Question %1&#xa0;: %2 (%3, poids %4) → %5</translation>
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
        <translation>«&#xa0;%1&#xa0;» — %2 (%3)</translation>
    </message>
    <message>
        <source>no clause</source>
        <translation>aucune disposition</translation>
    </message>
    <message>
        <source>This passage is no longer in the draft; its quote is kept.</source>
        <translation>Ce passage ne figure plus dans le projet de texte&#xa0;; sa citation est conservée.</translation>
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
        <translation>Le texte est vide&#xa0;: il ne contient aucune valeur JSON.</translation>
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
        <translation>Les données sont trop profondément imbriquées&#xa0;: plus de %1 niveaux d’objets et de tableaux.</translation>
    </message>
    <message>
        <source>Expected a property name in double quotes but found %1.</source>
        <translation>Un nom de propriété entre guillemets droits était attendu, mais on trouve %1.</translation>
    </message>
    <message>
        <source>The property “%1” appears more than once in this object.</source>
        <translation>La propriété «&#xa0;%1&#xa0;» apparaît plusieurs fois dans cet objet.</translation>
    </message>
    <message>
        <source>Expected “:” after the property name but found %1.</source>
        <translation>«&#xa0;:&#xa0;» était attendu après le nom de propriété, mais on trouve %1.</translation>
    </message>
    <message>
        <source>Expected “,” or “}” after a property but found %1.</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;» était attendu après une propriété, mais on trouve %1.</translation>
    </message>
    <message>
        <source>Expected “,” or “]” after an array element but found %1.</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;]&#xa0;» était attendu après un élément de tableau, mais on trouve %1.</translation>
    </message>
    <message>
        <source>The string that starts here has no closing double quote.</source>
        <translation>La chaîne qui commence ici n’a pas de guillemet fermant.</translation>
    </message>
    <message>
        <source>A string contains the control character %1, which must be written as an escape such as “\n” or “\u%2”.</source>
        <translation>Une chaîne contient le caractère de contrôle %1, qui doit être écrit sous forme de séquence d’échappement, comme «&#xa0;\n&#xa0;» ou «&#xa0;\u%2&#xa0;».</translation>
    </message>
    <message>
        <source>Expected an escape sequence such as “\n” or “\u00e9” after the backslash but found %1.</source>
        <translation>Une séquence d’échappement telle que «&#xa0;\n&#xa0;» ou «&#xa0;\u00e9&#xa0;» était attendue après la barre oblique inverse, mais on trouve %1.</translation>
    </message>
    <message>
        <source>The escape “\u” must be followed by four hexadecimal digits.</source>
        <translation>La séquence «&#xa0;\u&#xa0;» doit être suivie de quatre chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The escape “%1” is the second half of a UTF-16 surrogate pair, but the first half is missing.</source>
        <translation>La séquence «&#xa0;%1&#xa0;» est la seconde moitié d’une paire de substitution UTF-16, mais la première moitié manque.</translation>
    </message>
    <message>
        <source>The escape “%1” is the first half of a UTF-16 surrogate pair, but it is not followed by an escape for the second half (“\uDC00” to “\uDFFF”).</source>
        <translation>La séquence «&#xa0;%1&#xa0;» est la première moitié d’une paire de substitution UTF-16, mais elle n’est pas suivie d’une séquence pour la seconde moitié («&#xa0;\uDC00&#xa0;» à «&#xa0;\uDFFF&#xa0;»).</translation>
    </message>
    <message>
        <source>Expected a digit after “-” but found %1.</source>
        <translation>Un chiffre était attendu après «&#xa0;-&#xa0;», mais on trouve %1.</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: the sequence %1 is incomplete.</source>
        <translation>Le texte n’est pas de l’UTF-8 valide&#xa0;: la séquence %1 est incomplète.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: %1 is an overlong encoding.</source>
        <translation>Le texte n’est pas de l’UTF-8 valide&#xa0;: %1 est un encodage trop long.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: %1 encodes a UTF-16 surrogate.</source>
        <translation>Le texte n’est pas de l’UTF-8 valide&#xa0;: %1 encode une moitié de paire de substitution UTF-16.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: %1 encodes a value above U+10FFFF.</source>
        <translation>Le texte n’est pas de l’UTF-8 valide&#xa0;: %1 encode une valeur supérieure à U+10FFFF.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: the byte %1 cannot appear here.</source>
        <translation>Le texte n’est pas de l’UTF-8 valide&#xa0;: l’octet %1 ne peut pas apparaître ici.</translation>
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
        <translation>Attendu&#xa0;: %1&#xa0;; trouvé&#xa0;: le nombre %2.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Attendu&#xa0;: %1&#xa0;; trouvé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A schema must be an object, true or false.</source>
        <translation>Un schéma doit être un objet, true ou false.</translation>
    </message>
    <message>
        <source>“%1” must be a non-empty array of schemas.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un tableau non vide de schémas.</translation>
    </message>
    <message>
        <source>“%1” must be a non-negative integer.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un entier positif ou nul.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre.</translation>
    </message>
    <message>
        <source>“%1” must be an object.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet.</translation>
    </message>
    <message>
        <source>“$ref” must be a string.</source>
        <translation>«&#xa0;$ref&#xa0;» doit être une chaîne.</translation>
    </message>
    <message>
        <source>“required” must be an array of property names.</source>
        <translation>«&#xa0;required&#xa0;» doit être un tableau de noms de propriétés.</translation>
    </message>
    <message>
        <source>“uniqueItems” must be true or false.</source>
        <translation>«&#xa0;uniqueItems&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <source>“enum” must be an array of values.</source>
        <translation>«&#xa0;enum&#xa0;» doit être un tableau de valeurs.</translation>
    </message>
    <message>
        <source>“pattern” must be a string.</source>
        <translation>«&#xa0;pattern&#xa0;» doit être une chaîne.</translation>
    </message>
    <message>
        <source>The schema keyword “%1” is not supported.</source>
        <translation>Le mot-clé de schéma «&#xa0;%1&#xa0;» n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>“type” must be a type name or an array of type names.</source>
        <translation>«&#xa0;type&#xa0;» doit être un nom de type ou un tableau de noms de types.</translation>
    </message>
    <message>
        <source>“%1” is not a type; the types are object, array, string, number, integer, boolean and null.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type&#xa0;; les types sont object, array, string, number, integer, boolean et null.</translation>
    </message>
    <message>
        <source>“%1” is not a valid regular expression: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une expression régulière valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The reference “%1” points to no entry of “$defs”.</source>
        <translation>La référence «&#xa0;%1&#xa0;» ne renvoie à aucune entrée de «&#xa0;$defs&#xa0;».</translation>
    </message>
    <message>
        <source>The reference “%1” is not supported: only “#” and “#/$defs/NAME” are.</source>
        <translation>La référence «&#xa0;%1&#xa0;» n’est pas prise en charge&#xa0;: seules «&#xa0;#&#xa0;» et «&#xa0;#/$defs/NOM&#xa0;» le sont.</translation>
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
        <translation>%1 ne fait pas partie des valeurs autorisées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The property “%1” is not allowed here.</source>
        <translation>La propriété «&#xa0;%1&#xa0;» n’est pas autorisée ici.</translation>
    </message>
    <message>
        <source>The property name “%1” is not allowed: %2</source>
        <translation>Le nom de propriété «&#xa0;%1&#xa0;» n’est pas autorisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The required property “%1” is missing.</source>
        <translation>La propriété obligatoire «&#xa0;%1&#xa0;» est absente.</translation>
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
        <translation>Ne correspond pas au motif «&#xa0;%1&#xa0;».</translation>
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
        <translation>La valeur ne correspond à aucune des formes autorisées. La plus proche signale&#xa0;: %1</translation>
    </message>
    <message>
        <source>The value matches none of the allowed forms. The closest one reports at “%1”: %2</source>
        <translation>La valeur ne correspond à aucune des formes autorisées. La plus proche signale, en «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
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
        <translation>Le cadre «&#xa0;%1&#xa0;» de cette évaluation n’est pas installé.</translation>
    </message>
    <message>
        <source>The framework has no question “%1”.</source>
        <translation>Le cadre ne comporte pas de question «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The framework has no property or enabler “%1”.</source>
        <translation>Le cadre ne comporte pas de propriété ni de facteur favorable «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Evidence can only be attached to a question or a rating of the framework; “%1” is neither.</source>
        <translation>Un élément de preuve ne peut être joint qu’à une question ou à une appréciation du cadre&#xa0;; «&#xa0;%1&#xa0;» n’est ni l’une ni l’autre.</translation>
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
        <translation>La bibliothèque contient déjà cette évaluation («&#xa0;%1&#xa0;», identifiant %2). Importez-la avec --replace pour la remplacer, ou avec --as-copy pour conserver les deux.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n’a été importé depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The library needs an update from version %1 to %2, and a backup is taken before every update. The backup failed, so the library was not changed: %3</source>
        <translation>La bibliothèque doit être mise à jour de la version %1 à la version %2, et une sauvegarde est effectuée avant chaque mise à jour. La sauvegarde a échoué, la bibliothèque n’a donc pas été modifiée&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 A copy of it was set aside as “%2”.</source>
        <translation>%1 Une copie en a été mise de côté sous «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 It could not be copied aside: %2</source>
        <translation>%1 Aucune copie n’a pu en être mise de côté&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The latest sound backup is “%1”, taken %2, with %n assessment(s).</source>
        <translation>
            <numerusform>La dernière sauvegarde intacte est «&#xa0;%1&#xa0;», effectuée le %2, avec %n évaluation.</numerusform>
            <numerusform>La dernière sauvegarde intacte est «&#xa0;%1&#xa0;», effectuée le %2, avec %n évaluations.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Il n’y a aucune sauvegarde à restaurer.</translation>
    </message>
    <message numerus="yes">
        <source>This library is damaged: SQLite&apos;s check of the file found %n problem(s), the first: %1. It has not been changed.</source>
        <translation>
            <numerusform>Cette bibliothèque est endommagée&#xa0;: la vérification du fichier par SQLite a trouvé %n problème&#xa0;: %1. Elle n’a pas été modifiée.</numerusform>
            <numerusform>Cette bibliothèque est endommagée&#xa0;: la vérification du fichier par SQLite a trouvé %n problèmes, dont le premier&#xa0;: %1. Elle n’a pas été modifiée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s backup of the library could not be taken: %1</source>
        <translation>La sauvegarde du jour de la bibliothèque n’a pas pu être effectuée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The library is open read-only, so no backup can be put back. %1</source>
        <translation>La bibliothèque est ouverte en lecture seule&#xa0;: aucune sauvegarde ne peut donc être restaurée. %1</translation>
    </message>
    <message>
        <source>Before a backup is put back, the library as it is now is backed up, so that the restore can be undone. That failed, so nothing was changed: %1</source>
        <translation>Avant de restaurer une sauvegarde, la bibliothèque dans son état actuel est sauvegardée, afin que la restauration puisse être annulée. Cette opération a échoué, rien n’a donc été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The library is open in another program (another window of this application, or the command line). Close it and try again; nothing was changed.</source>
        <translation>La bibliothèque est ouverte dans un autre programme (une autre fenêtre de cette application, ou la ligne de commande). Fermez-le et réessayez&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The library could not be checked today: %1</source>
        <translation>La bibliothèque n’a pas pu être vérifiée aujourd’hui : %1</translation>
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
    <name>iia::LibraryRecovery</name>
    <message>
        <source>The Library Cannot Be Opened</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>You can put the latest backup back (taken %1), start with an empty library, or quit and change nothing. The file that was refused is kept in either case.</source>
        <translation>Vous pouvez restaurer la dernière sauvegarde (effectuée le %1), commencer avec une bibliothèque vide, ou quitter sans rien modifier. Dans tous les cas, le fichier refusé est conservé.</translation>
    </message>
    <message>
        <source>There is no backup to put back. You can start with an empty library, or quit and change nothing. The file that was refused is kept in either case.</source>
        <translation>Il n’y a aucune sauvegarde à restaurer. Vous pouvez commencer avec une bibliothèque vide, ou quitter sans rien modifier. Dans tous les cas, le fichier refusé est conservé.</translation>
    </message>
    <message>
        <source>&amp;Restore the Latest Backup</source>
        <translation>&amp;Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Start with an Empty Library</source>
        <translation>&amp;Commencer avec une bibliothèque vide</translation>
    </message>
    <message>
        <source>Start with an empty library</source>
        <translation>Commencer avec une bibliothèque vide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
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
        <translation>Aucune évaluation ne correspond à «&#xa0;%1&#xa0;».</translation>
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
        <translation>Copie créée sous le titre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” restored from the trash.</source>
        <translation>Évaluation «&#xa0;%1&#xa0;» restaurée depuis la corbeille.</translation>
    </message>
    <message>
        <source>“%1” moved to the trash.</source>
        <translation>Évaluation «&#xa0;%1&#xa0;» mise à la corbeille.</translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n assessment(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n évaluation de la corbeille&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement les %n évaluations de la corbeille&#xa0;? Cette action est irréversible.</numerusform>
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
        <translation>Cette évaluation utilise le cadre «&#xa0;%1&#xa0;», qui n’est pas installé. Ajoutez son fichier au dossier des cadres (%2), puis réessayez.</translation>
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
        <translation>La dernière modification n’a pas pu être enregistrée&#xa0;; elle n’a donc pas été appliquée&#xa0;: %1</translation>
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
        <source>Imported “%1”.</source>
        <translation>Évaluation «&#xa0;%1&#xa0;» importée.</translation>
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
        <source>Exported to %1.</source>
        <translation>Évaluation exportée vers %1.</translation>
    </message>
    <message>
        <source>Worked Example</source>
        <translation>Exemple commenté</translation>
    </message>
    <message>
        <source>Framework saved to %1; new assessments can use it.</source>
        <translation>Cadre enregistré dans %1&#xa0;; les nouvelles évaluations peuvent l’utiliser.</translation>
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
        <translation>La méthode de notation est la nôtre&#xa0;; la boîte à outils ne définit aucune note chiffrée. L’application ne se connecte jamais au réseau.</translation>
    </message>
    <message>
        <source>&amp;Export Brief…</source>
        <translation>&amp;Exporter la note d’impact…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&lt;b&gt;The library is open read-only: you can read everything, but no change can be saved.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La bibliothèque est ouverte en lecture seule&#xa0;: vous pouvez tout consulter, mais aucune modification ne peut être enregistrée.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The library could not be opened again, so the application closes: %1</source>
        <translation>La bibliothèque n’a pas pu être rouverte&#xa0;; l’application va donc se fermer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup restored; the library as it was is kept as the backup taken %1.</source>
        <translation>Sauvegarde restaurée&#xa0;; la bibliothèque dans son état précédent est conservée dans la sauvegarde effectuée le %1.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Sauvegarde restaurée.</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>Vérification de la bibliothèque…</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>Sauvegarde de la bibliothèque…</translation>
    </message>
    <message>
        <source>The library was checked and backed up.</source>
        <translation>La bibliothèque a été vérifiée et sauvegardée.</translation>
    </message>
    <message>
        <source>The library was backed up.</source>
        <translation>La bibliothèque a été sauvegardée.</translation>
    </message>
    <message>
        <source>The library was checked.</source>
        <translation>La bibliothèque a été vérifiée.</translation>
    </message>
    <message>
        <source>The Library Is Damaged</source>
        <translation>La bibliothèque est endommagée</translation>
    </message>
    <message>
        <source>The latest backup was put back; the damaged library was moved to “%1”.</source>
        <translation>La dernière sauvegarde a été remise en place ; la bibliothèque endommagée a été déplacée vers « %1 ».</translation>
    </message>
    <message>
        <source>A new, empty library was started; the damaged one was moved to “%1”.</source>
        <translation>Une nouvelle bibliothèque vide a été créée ; celle qui était endommagée a été déplacée vers « %1 ».</translation>
    </message>
    <message>
        <source>Your work is saved in the library as usual; this is tried again at the next start.</source>
        <translation>Votre travail est enregistré dans la bibliothèque comme d’habitude ; une nouvelle tentative aura lieu au prochain démarrage.</translation>
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
    <name>iia::OdtBrief</name>
    <message>
        <source>The document could not be assembled: %1</source>
        <translation>Le document n’a pas pu être assemblé&#xa0;: %1</translation>
    </message>
    <message>
        <source>OpenDocument files cannot be written: a part of the application, iia_archive, is missing or damaged (%1). Install the application again, or export the brief as PDF or HTML.</source>
        <translation>Les fichiers OpenDocument ne peuvent pas être écrits : un composant de l’application, iia_archive, est absent ou endommagé (%1). Réinstallez l’application, ou exportez la note en PDF ou en HTML.</translation>
    </message>
</context>
<context>
    <name>iia::PdfBrief</name>
    <message>
        <source>The PDF has no trailer where one was expected.</source>
        <translation>Le PDF ne comporte pas de trailer à l’endroit attendu.</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer names no catalogue.</source>
        <translation>Le trailer du PDF ne désigne aucun catalogue.</translation>
    </message>
    <message>
        <source>The PDF&apos;s page tree was not found.</source>
        <translation>L’arbre des pages du PDF est introuvable.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>La création du PDF n’a pas pu commencer.</translation>
    </message>
</context>
<context>
    <name>iia::PlanPage</name>
    <message>
        <source>&lt;h2&gt;Plan&lt;/h2&gt;&lt;p&gt;Before you analyse, agree on what the assessment is for and what it will take. Short notes are enough; they go into the brief’s context.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Planification&lt;/h2&gt;&lt;p&gt;Avant d’analyser, mettez-vous d’accord sur la finalité de l’évaluation et sur ce qu’elle demandera. De brèves notes suffisent&#xa0;; elles alimenteront le contexte de la note d’impact.&lt;/p&gt;</translation>
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
Appréciation de l’analyste&#xa0;: %3
Suggérée&#xa0;: %4</translation>
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
        <translation>Questions traitées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 answers are “Unsure”</source>
        <translation>Réponses «&#xa0;Incertain&#xa0;»&#xa0;: %1 sur %2</translation>
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
        <translation>Part des réponses «&#xa0;Incertain&#xa0;»</translation>
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
    <name>iia::SingleInstance</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The lock file %1 could not be created: permission denied.</source>
        <translation>Le fichier de verrouillage %1 n’a pas pu être créé&#xa0;: accès refusé.</translation>
    </message>
    <message>
        <source>The lock file %1 could not be created.</source>
        <translation>Le fichier de verrouillage %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Internet Impact Assessment is already running for this library, but the folder %1 could not be created to reach it.</source>
        <translation>L’application Évaluation d’impact sur Internet est déjà ouverte pour cette bibliothèque, mais le dossier %1 n’a pas pu être créé pour communiquer avec elle.</translation>
    </message>
    <message>
        <source>Internet Impact Assessment is already running for the library in %1, but it did not respond within %2 seconds. Switch to its window, or end it if it no longer responds, and try again.</source>
        <translation>L’application Évaluation d’impact sur Internet est déjà ouverte pour la bibliothèque située dans %1, mais elle n’a pas répondu dans un délai de %2 secondes. Passez à sa fenêtre, ou arrêtez-la si elle ne répond plus, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>iia::Store</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
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
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas pu être créé. Choisissez un autre dossier de données avec --data-dir.</translation>
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
        <translation>La bibliothèque n’a pas pu être ouverte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This file is not an Internet Impact Assessment library: it is not an SQLite database, or it is damaged (%1). It has not been changed.</source>
        <translation>Ce fichier n’est pas une bibliothèque d’Évaluation d’impact sur Internet&#xa0;: ce n’est pas une base de données SQLite, ou elle est endommagée (%1). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This SQLite database belongs to another program, not to Internet Impact Assessment. It has not been changed.</source>
        <translation>Cette base de données SQLite appartient à un autre programme qu’Évaluation d’impact sur Internet. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>This library was written by a newer version of the application (library version %1; this version reads up to %2). Install the newer version; the library has not been changed.</source>
        <translation>Cette bibliothèque a été écrite par une version plus récente de l’application (version de bibliothèque %1&#xa0;; cette version lit jusqu’à la version %2). Installez la version plus récente&#xa0;; la bibliothèque n’a pas été modifiée.</translation>
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
        <translation>Il n’y a pas d’évaluation avec l’identifiant «&#xa0;%1&#xa0;» dans la bibliothèque.</translation>
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
        <translation>La bibliothèque contient déjà une évaluation avec l’identifiant %1 («&#xa0;%2&#xa0;»).</translation>
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
        <translation>Il n’y a pas d’évaluation avec l’identifiant «&#xa0;%1&#xa0;» en dehors de la corbeille.</translation>
    </message>
    <message>
        <source>Restoring from the trash</source>
        <translation>La restauration depuis la corbeille</translation>
    </message>
    <message>
        <source>There is no assessment with the id “%1” in the trash.</source>
        <translation>Il n’y a pas d’évaluation avec l’identifiant «&#xa0;%1&#xa0;» dans la corbeille.</translation>
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
    <message>
        <source>The disk is full: free some space, then try again. Everything saved before is still in the library.</source>
        <translation>Le disque est plein&#xa0;: libérez de l’espace, puis réessayez. Tout ce qui a été enregistré auparavant se trouve toujours dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The library file or its folder is not writable any more.</source>
        <translation>Le fichier de la bibliothèque ou son dossier n’est plus accessible en écriture.</translation>
    </message>
    <message>
        <source>The library is open read-only, so nothing can be changed.</source>
        <translation>La bibliothèque est ouverte en lecture seule&#xa0;: rien ne peut donc être modifié.</translation>
    </message>
    <message>
        <source>The library is open read-only, so nothing can be changed. %1</source>
        <translation>La bibliothèque est ouverte en lecture seule&#xa0;: rien ne peut donc être modifié. %1</translation>
    </message>
    <message>
        <source>The folder “%1” is not writable (%2).</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’est pas accessible en écriture (%2).</translation>
    </message>
    <message>
        <source>The folder “%1” is not writable.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The library file “%1” is not writable (%2). Make it writable, then start the application again.</source>
        <translation>Le fichier de bibliothèque «&#xa0;%1&#xa0;» n’est pas accessible en écriture (%2). Rendez-le accessible en écriture, puis redémarrez l’application.</translation>
    </message>
    <message>
        <source>The library file “%1” is not writable. Make it writable, then start the application again.</source>
        <translation>Le fichier de bibliothèque «&#xa0;%1&#xa0;» n’est pas accessible en écriture. Rendez-le accessible en écriture, puis redémarrez l’application.</translation>
    </message>
    <message>
        <source>%1 Make it writable, then start the application again.</source>
        <translation>%1 Rendez-le accessible en écriture, puis redémarrez l’application.</translation>
    </message>
    <message>
        <source>This library is damaged: the file holds %1 bytes where its header records %2. It was probably cut short (an interrupted copy, a full disk). It has not been changed.</source>
        <translation>Cette bibliothèque est endommagée&#xa0;: le fichier contient %1 octets alors que son en-tête en indique %2. Il a probablement été tronqué (copie interrompue, disque plein). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>No library can be created here. %1 Choose another data folder with --data-dir, or make this one writable.</source>
        <translation>Impossible de créer une bibliothèque ici. %1 Choisissez un autre dossier de données avec --data-dir, ou rendez celui-ci accessible en écriture.</translation>
    </message>
    <message>
        <source>The library could not be opened for writing: %1</source>
        <translation>La bibliothèque n’a pas pu être ouverte en écriture&#xa0;: %1</translation>
    </message>
    <message>
        <source>The disk that holds it is full (%1 free): %2 Free some space, then start the application again.</source>
        <translation>Le disque qui la contient est plein (%1 disponibles)&#xa0;: %2 Libérez de l’espace, puis redémarrez l’application.</translation>
    </message>
    <message>
        <source>The library could not be read: %1.</source>
        <translation>La bibliothèque n’a pas pu être lue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Backing up the library</source>
        <translation>La sauvegarde de la bibliothèque</translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation>La vérification de la bibliothèque</translation>
    </message>
    <message>
        <source>Reading the library&apos;s state</source>
        <translation>La lecture de l’état de la bibliothèque</translation>
    </message>
    <message>
        <source>Saving the library&apos;s state</source>
        <translation>L’enregistrement de l’état de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>iia::SummaryPage</name>
    <message>
        <source>&lt;h2&gt;Summary&lt;/h2&gt;&lt;p&gt;Your ratings beside the suggestions computed from your answers. Your rating decides; where the two point different ways, look again.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Synthèse&lt;/h2&gt;&lt;p&gt;Vos appréciations à côté des suggestions calculées à partir de vos réponses. C’est votre appréciation qui l’emporte&#xa0;; là où les deux vont dans des sens opposés, réexaminez la question.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Headline verdicts</source>
        <translation>Verdicts principaux</translation>
    </message>
    <message>
        <source>%1 of %2 rated; %3 of the questions answered, %4 unsure</source>
        <translation>Éléments appréciés&#xa0;: %1 sur %2&#xa0;; questions traitées&#xa0;: %3, réponses incertaines&#xa0;: %4</translation>
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
        <translation>%1&#xa0;: votre appréciation est «&#xa0;%2&#xa0;», les réponses suggèrent «&#xa0;%3&#xa0;»</translation>
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
        <translation>éléments appréciés&#xa0;: %1 sur %2, taux de réponse&#xa0;: %3, réponses incertaines&#xa0;: %4</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Aucune réponse pour l’instant</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
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
        <translation>Avancement&#xa0;: %1</translation>
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
            <numerusform>Projet de texte&#xa0;: %n caractère</numerusform>
            <numerusform>Projet de texte&#xa0;: %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Appréciation&#xa0;: %1</translation>
    </message>
    <message>
        <source>How it is affected: %1</source>
        <translation>Comment l’élément est affecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Effect on people: %1</source>
        <translation>Effet sur les personnes&#xa0;: %1</translation>
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
    <message>
        <source>There are no backups yet.</source>
        <translation>Il n’y a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
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
