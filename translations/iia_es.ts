<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>iia::Application</name>
    <message>
        <source>Internet Impact Assessment</source>
        <translation>Evaluación del Impacto en Internet</translation>
    </message>
    <message>
        <source>The library could not be opened, so the application cannot start. Nothing was changed.

%1</source>
        <translation>No se pudo abrir la biblioteca, por lo que la aplicación no puede iniciarse. No se ha modificado nada.

%1</translation>
    </message>
</context>
<context>
    <name>iia::Assessment</name>
    <message>
        <source>Law or bill</source>
        <translation>Ley o proyecto de ley</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Reglamento</translation>
    </message>
    <message>
        <source>Policy or strategy</source>
        <translation>Política o estrategia</translation>
    </message>
    <message>
        <source>Technical standard</source>
        <translation>Norma técnica</translation>
    </message>
    <message>
        <source>Technology or service</source>
        <translation>Tecnología o servicio</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Idea or announcement</source>
        <translation>Idea o anuncio</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Public consultation</source>
        <translation>Consulta pública</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>The issue in one or two sentences</source>
        <translation>El asunto en una o dos frases</translation>
    </message>
    <message>
        <source>What the assessment should achieve</source>
        <translation>Qué debe lograr la evaluación</translation>
    </message>
    <message>
        <source>Whom it must influence, and what they care about</source>
        <translation>A quién debe influir y qué le importa</translation>
    </message>
    <message>
        <source>Who benefits if it succeeds</source>
        <translation>Quién se beneficia si tiene éxito</translation>
    </message>
    <message>
        <source>Skills needed and who has them</source>
        <translation>Competencias necesarias y quién las tiene</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>Colaboradores</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Time available</source>
        <translation>Tiempo disponible</translation>
    </message>
    <message>
        <source>What could help or hinder</source>
        <translation>Qué podría ayudar u obstaculizar</translation>
    </message>
    <message>
        <source>Existing work to build on</source>
        <translation>Trabajos existentes en los que apoyarse</translation>
    </message>
</context>
<context>
    <name>iia::AssessmentView</name>
    <message>
        <source>Steps of the assessment</source>
        <translation>Pasos de la evaluación</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Case and draft</source>
        <translation>Caso y borrador</translation>
    </message>
    <message>
        <source>Critical properties</source>
        <translation>Propiedades críticas</translation>
    </message>
    <message>
        <source>Enablers</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Conclusions and recommendations</source>
        <translation>Conclusiones y recomendaciones</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>no draft</source>
        <translation>sin borrador</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completado</translation>
    </message>
</context>
<context>
    <name>iia::BackupModel</name>
    <message>
        <source>Taken</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
</context>
<context>
    <name>iia::Backups</name>
    <message>
        <source>“%1” could not be renamed to “%2”: %3.</source>
        <translation>No se pudo cambiar el nombre de “%1” a “%2”: %3.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>No se pudo leer “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” could not be written to the disk: %2.</source>
        <translation>No se pudo escribir “%1” en el disco: %2.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation>No se pudo escribir “%1”: %2.</translation>
    </message>
    <message>
        <source>There is no sound backup of the library in “%1”.</source>
        <translation>No hay ninguna copia de seguridad válida de la biblioteca en “%1”.</translation>
    </message>
    <message>
        <source>There is no backup called “%1” in “%2”.</source>
        <translation>No hay ninguna copia de seguridad llamada “%1” en “%2”.</translation>
    </message>
    <message>
        <source>There is no backup at “%1”.</source>
        <translation>No hay ninguna copia de seguridad en “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a sound library backup: %2</source>
        <translation>“%1” no es una copia de seguridad válida de la biblioteca: %2</translation>
    </message>
    <message>
        <source>it is not an Internet Impact Assessment library.</source>
        <translation>no es una biblioteca de Evaluación del Impacto en Internet.</translation>
    </message>
    <message>
        <source>“%1” is a library of version %2; this version of the application reads versions %3 to %4.</source>
        <translation>“%1” es una biblioteca de la versión %2; esta versión de la aplicación lee de la versión %3 a la %4.</translation>
    </message>
    <message>
        <source>Too many files named “%1…” in “%2”.</source>
        <translation>Hay demasiados archivos llamados “%1…” en “%2”.</translation>
    </message>
    <message>
        <source>The backups folder “%1” could not be created.</source>
        <translation>No se pudo crear la carpeta de copias de seguridad “%1”.</translation>
    </message>
    <message>
        <source>A backup could not be started in “%1”: %2.</source>
        <translation>No se pudo iniciar una copia de seguridad en “%1”: %2.</translation>
    </message>
    <message>
        <source>The backup could not be copied into “%1”: %2.</source>
        <translation>No se pudo copiar la copia de seguridad en “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2.</source>
        <translation>No se pudo eliminar “%1”: %2.</translation>
    </message>
    <message>
        <source>There is no library file at “%1”.</source>
        <translation>No hay ningún archivo de biblioteca en “%1”.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>No se pudo crear la carpeta “%1”.</translation>
    </message>
    <message>
        <source>A copy could not be started in “%1”: %2.</source>
        <translation>No se pudo iniciar una copia en “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>iia::BackupsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Backups of the Library</source>
        <translation>Copias de seguridad de la biblioteca</translation>
    </message>
    <message>
        <source>Backups of the library</source>
        <translation>Copias de seguridad de la biblioteca</translation>
    </message>
    <message>
        <source>A backup of the library is taken before every update of its format, once a day when you use the application, and before a backup is put back. The newest %1 are kept in %2.</source>
        <translation>Se hace una copia de seguridad de la biblioteca antes de cada actualización de su formato, una vez al día cuando usa la aplicación y antes de restaurar una copia de seguridad. Se conservan las %1 más recientes en %2.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>There are no backups yet. The first is taken tomorrow, when you start the application again, or before the library&apos;s format is next updated.</source>
        <translation>Aún no hay copias de seguridad. La primera se hará mañana, cuando vuelva a iniciar la aplicación, o antes de la próxima actualización del formato de la biblioteca.</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <source>The library is read-only, so no backup can be put back.</source>
        <translation>La biblioteca es de solo lectura, por lo que no se puede restaurar ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>Put back the backup taken %1, with %n assessment(s), in place of the library?</source>
        <translation>
            <numerusform>¿Desea sustituir la biblioteca por la copia de seguridad realizada el %1, que contiene %n evaluación?</numerusform>
            <numerusform>¿Desea sustituir la biblioteca por la copia de seguridad realizada el %1, que contiene %n evaluaciones?</numerusform>
        </translation>
    </message>
    <message>
        <source>The library as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Antes se hace una copia de seguridad de la biblioteca en su estado actual, por lo que puede deshacer esta acción restaurando esa copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>iia::Brief</name>
    <message>
        <source>decided by %1</source>
        <translation>determinado por %1</translation>
    </message>
    <message>
        <source>Untitled assessment</source>
        <translation>Evaluación sin título</translation>
    </message>
    <message>
        <source>Internet Impact Brief: %1</source>
        <translation>Informe de impacto en Internet: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Colaboradores</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Kind of instrument</source>
        <translation>Tipo de instrumento</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <source>Can the Internet still exist as it does? (critical properties)</source>
        <translation>¿Puede Internet seguir existiendo tal como es? (propiedades críticas)</translation>
    </message>
    <message>
        <source>Can it still thrive? (enablers)</source>
        <translation>¿Puede seguir prosperando? (facilitadores)</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Resultados principales</translation>
    </message>
    <message>
        <source>%1 (suggested from the answers)</source>
        <translation>%1 (sugerida a partir de las respuestas)</translation>
    </message>
    <message>
        <source>No impact on any critical property or enabler has been found so far.</source>
        <translation>Hasta ahora no se ha detectado ningún impacto en ninguna propiedad crítica ni en ningún facilitador.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the properties and enablers are not yet assessed; this brief is incomplete.</source>
        <translation>
            <numerusform>%n de las propiedades y facilitadores aún no se ha evaluado; este informe de impacto está incompleto.</numerusform>
            <numerusform>%n de las propiedades y facilitadores aún no se han evaluado; este informe de impacto está incompleto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation>Valoración del analista</translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation>Valoración sugerida</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>The five critical properties: the analyst’s rating and the rating suggested by the answers, from −3 (strongly negative) to +3 (strongly positive).</source>
        <translation>Las cinco propiedades críticas: la valoración del analista y la valoración sugerida por las respuestas, de −3 (muy negativo) a +3 (muy positivo).</translation>
    </message>
    <message>
        <source>The enablers, grouped by goal: the analyst’s rating and the suggested rating, from −3 to +3.</source>
        <translation>Los facilitadores, agrupados por objetivo: la valoración del analista y la valoración sugerida, de −3 a +3.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <source>The proposal is assessed against the five critical properties that the Internet needs in order to exist:</source>
        <translation>La propuesta se evalúa según las cinco propiedades críticas que Internet necesita para existir:</translation>
    </message>
    <message>
        <source>…and against the enablers that help it thrive, grouped by the goal they serve:</source>
        <translation>…y según los facilitadores que la ayudan a prosperar, agrupados por el objetivo al que sirven:</translation>
    </message>
    <message>
        <source>For each property and enabler the analyst answers guiding questions (yes, partly, no, unsure or not applicable) and records a rating: whether there is an impact, whether it is positive, negative, mixed or unclear, and how strong. From the answers, this application suggests a rating of its own: every answer counts with the weight the framework gives its question, towards support or towards harm, and the balance decides the direction and the strength. The analyst’s rating always prevails; where the two disagree, the brief says so. Coverage is the share of questions answered; uncertainty the share of answers that were “unsure”.</source>
        <translation>Para cada propiedad y cada facilitador, el analista responde a preguntas orientadoras (sí, en parte, no, dudoso o no aplica) y registra una valoración: si hay un impacto, si es positivo, negativo, mixto o incierto, y qué intensidad tiene. A partir de las respuestas, esta aplicación sugiere una valoración propia: cada respuesta cuenta con el peso que el marco asigna a su pregunta, a favor o en perjuicio, y el balance determina el sentido y la intensidad. La valoración del analista siempre prevalece; cuando ambas discrepan, el informe de impacto lo indica. La cobertura es la proporción de preguntas respondidas; la incertidumbre, la proporción de respuestas “dudoso”.</translation>
    </message>
    <message>
        <source>Context and assumptions</source>
        <translation>Contexto y supuestos</translation>
    </message>
    <message>
        <source>The case has not been described yet.</source>
        <translation>Aún no se ha descrito el caso.</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>The text assessed: %1 (%2).</source>
        <translation>Texto evaluado: %1 (%2).</translation>
    </message>
    <message>
        <source>pasted into the assessment</source>
        <translation>pegado en la evaluación</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet assessed: no question answered and no rating given.</source>
        <translation>Aún sin evaluar: no se ha respondido ninguna pregunta ni se ha dado ninguna valoración.</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Aún sin valorar</translation>
    </message>
    <message>
        <source>None (no answers that count)</source>
        <translation>Ninguna (no hay respuestas que cuenten)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered (%3), %4 unsure</source>
        <translation>%1 de %2 preguntas respondidas (%3), %4 dudosas</translation>
    </message>
    <message>
        <source>The analyst’s rating and the rating suggested by the answers point in different directions.</source>
        <translation>La valoración del analista y la valoración sugerida por las respuestas apuntan en sentidos distintos.</translation>
    </message>
    <message>
        <source>How the Internet is affected</source>
        <translation>Cómo se ve afectada Internet</translation>
    </message>
    <message>
        <source>Not described.</source>
        <translation>Sin describir.</translation>
    </message>
    <message>
        <source>Effect on people</source>
        <translation>Efecto en las personas</translation>
    </message>
    <message>
        <source>The answers that mattered</source>
        <translation>Las respuestas determinantes</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>favorece</translation>
    </message>
    <message>
        <source>harms</source>
        <translation>perjudica</translation>
    </message>
    <message>
        <source>Analysis against the critical properties</source>
        <translation>Análisis según las propiedades críticas</translation>
    </message>
    <message>
        <source>Analysis against the enablers</source>
        <translation>Análisis según los facilitadores</translation>
    </message>
    <message>
        <source>Verdict for this goal</source>
        <translation>Veredicto para este objetivo</translation>
    </message>
    <message>
        <source>Conclusions and recommendations</source>
        <translation>Conclusiones y recomendaciones</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <source>No conclusions written yet.</source>
        <translation>Aún no se han redactado conclusiones.</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>No recommendations written yet.</source>
        <translation>Aún no se han redactado recomendaciones.</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Every answer</source>
        <translation>Todas las respuestas</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Coverage and uncertainty</source>
        <translation>Cobertura e incertidumbre</translation>
    </message>
    <message>
        <source>Property or enabler</source>
        <translation>Propiedad o facilitador</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Dudosas</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertidumbre</translation>
    </message>
    <message>
        <source>Overall completion: %1.</source>
        <translation>Avance general: %1.</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Brief made</source>
        <translation>Informe generado</translation>
    </message>
</context>
<context>
    <name>iia::BriefExporter</name>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (LibreOffice, Word)</source>
        <translation>Texto OpenDocument (LibreOffice, Word)</translation>
    </message>
    <message>
        <source>Web page (one self-contained file)</source>
        <translation>Página web (un único archivo autónomo)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV table (spreadsheets)</source>
        <translation>Tabla CSV (hojas de cálculo)</translation>
    </message>
    <message>
        <source>Internet Impact Assessment file (.iia)</source>
        <translation>Archivo de Evaluación del Impacto en Internet (.iia)</translation>
    </message>
    <message>
        <source>The framework “%1 %2” of this assessment is not installed.</source>
        <translation>El marco “%1 %2” de esta evaluación no está instalado.</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Formato de exportación desconocido.</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>No se pudo crear la carpeta “%1”.</translation>
    </message>
</context>
<context>
    <name>iia::CasePage</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The case&lt;/h2&gt;&lt;p&gt;Describe the proposal under assessment. Paste or import its draft text in the panel beside this page; you will attach passages of it as evidence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;El caso&lt;/h2&gt;&lt;p&gt;Describa la propuesta que se evalúa. Pegue o importe el texto del borrador en el panel situado junto a esta página; podrá adjuntar fragmentos de él como evidencia.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. Draft law on network usage fees</source>
        <translation>p. ej., Proyecto de ley sobre tarifas por uso de red</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Country, region or body</source>
        <translation>País, región u organismo</translation>
    </message>
    <message>
        <source>Kind of instrument</source>
        <translation>Tipo de instrumento</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Authors (one a line)</source>
        <translation>Autores (uno por línea)</translation>
    </message>
    <message>
        <source>Contributors (one a line)</source>
        <translation>Colaboradores (uno por línea)</translation>
    </message>
    <message>
        <source>Version of the brief</source>
        <translation>Versión del informe</translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation>p. ej., 1.0</translation>
    </message>
    <message>
        <source>Date of the brief</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Import the &amp;Draft from a File…</source>
        <translation>Importar el &amp;borrador desde un archivo…</translation>
    </message>
    <message>
        <source>Import the draft from a file</source>
        <translation>Importar el borrador desde un archivo</translation>
    </message>
</context>
<context>
    <name>iia::Charts</name>
    <message>
        <source>The charts cannot be drawn: the application&apos;s iia_charts component is missing or damaged. Reinstall the application to get them back; the table holds the same values.</source>
        <translation>No se pueden dibujar los gráficos: falta el componente iia_charts de la aplicación o está dañado. Vuelva a instalar la aplicación para recuperarlos; la tabla contiene los mismos valores.</translation>
    </message>
</context>
<context>
    <name>iia::CommandLine</name>
    <message>
        <source>List the available frameworks with their counts.</source>
        <translation>Muestra los marcos disponibles con sus recuentos.</translation>
    </message>
    <message>
        <source>List the assessments in the library.</source>
        <translation>Muestra las evaluaciones de la biblioteca.</translation>
    </message>
    <message>
        <source>Show one assessment.</source>
        <translation>Muestra una evaluación.</translation>
    </message>
    <message>
        <source>Create an empty assessment and print its id.</source>
        <translation>Crea una evaluación vacía e imprime su id.</translation>
    </message>
    <message>
        <source>Import .iia files (each in one transaction, or not at all).</source>
        <translation>Importa archivos .iia (cada uno se importa entero en una sola transacción, o no se importa).</translation>
    </message>
    <message>
        <source>Ratings, suggested ratings, coverage and the headline verdicts.</source>
        <translation>Valoraciones, valoraciones sugeridas, cobertura y veredictos principales.</translation>
    </message>
    <message>
        <source>Copy an assessment under a new id.</source>
        <translation>Copia una evaluación con un id nuevo.</translation>
    </message>
    <message>
        <source>Move an assessment to the trash.</source>
        <translation>Mueve una evaluación a la papelera.</translation>
    </message>
    <message>
        <source>Take an assessment back out of the trash.</source>
        <translation>Saca una evaluación de la papelera.</translation>
    </message>
    <message>
        <source>Delete the assessments in the trash for good.</source>
        <translation>Elimina definitivamente las evaluaciones de la papelera.</translation>
    </message>
    <message>
        <source>List the saved revisions of an assessment.</source>
        <translation>Muestra las revisiones guardadas de una evaluación.</translation>
    </message>
    <message>
        <source>Put an earlier revision back (the current state is kept as a revision).</source>
        <translation>Restablece una revisión anterior (el estado actual se conserva como revisión).</translation>
    </message>
    <message>
        <source>Check framework (.json) or assessment (.iia) files and list every error.</source>
        <translation>Comprueba archivos de marco (.json) o de evaluación (.iia) y muestra todos los errores.</translation>
    </message>
    <message>
        <source>Keep the library in DIR instead of the default data folder.</source>
        <translation>Guarda la biblioteca en DIR en lugar de la carpeta de datos predeterminada.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON (frameworks, list, show, score).</source>
        <translation>Imprime JSON legible por máquina (frameworks, list, show, score).</translation>
    </message>
    <message>
        <source>With score: list the answers behind every suggested rating.</source>
        <translation>Con score: muestra las respuestas en que se basa cada valoración sugerida.</translation>
    </message>
    <message>
        <source>With import: give an assessment that is already in the library a new id.</source>
        <translation>Con import: asigna un id nuevo a una evaluación que ya está en la biblioteca.</translation>
    </message>
    <message>
        <source>With import: overwrite an assessment that is already in the library.</source>
        <translation>Con import: sobrescribe una evaluación que ya está en la biblioteca.</translation>
    </message>
    <message>
        <source>With export: the file to write.</source>
        <translation>Con export: el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>With list: list the trash instead.</source>
        <translation>Con list: muestra la papelera en su lugar.</translation>
    </message>
    <message>
        <source>With list: only assessments whose title, jurisdiction or text match WORDS.</source>
        <translation>Con list: solo las evaluaciones cuyo título, jurisdicción o texto coincidan con WORDS.</translation>
    </message>
    <message>
        <source>Language of framework texts in the output (default: the system&apos;s).</source>
        <translation>Idioma de los textos del marco en la salida (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>Internet Impact Assessment — assess a proposed policy against the Internet Way of Networking.</source>
        <translation>Evaluación del Impacto en Internet — evalúe una política propuesta según el modo de interconexión de Internet (Internet Way of Networking).</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Uno de los comandos siguientes.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 bad usage or bad input.</source>
        <translation>Estado de salida: 0 éxito, 1 fallo, 2 uso incorrecto o datos de entrada incorrectos.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
    <message>
        <source>Try “iia --help”.</source>
        <translation>Pruebe “iia --help”.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>advertencia: </translation>
    </message>
    <message>
        <source>--as-copy and --replace exclude each other.</source>
        <translation>--as-copy y --replace se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>“frameworks” takes no arguments.</source>
        <translation>“frameworks” no admite argumentos.</translation>
    </message>
    <message>
        <source>“list” takes no arguments.</source>
        <translation>“list” no admite argumentos.</translation>
    </message>
    <message>
        <source>Usage: iia show ID</source>
        <translation>Uso: iia show ID</translation>
    </message>
    <message>
        <source>Usage: iia new TITLE</source>
        <translation>Uso: iia new TITLE</translation>
    </message>
    <message>
        <source>Usage: iia import FILE… [--as-copy | --replace]</source>
        <translation>Uso: iia import FILE… [--as-copy | --replace]</translation>
    </message>
    <message>
        <source>Usage: iia score FILE|ID [--explain] [--json]</source>
        <translation>Uso: iia score FILE|ID [--explain] [--json]</translation>
    </message>
    <message>
        <source>Usage: iia duplicate ID</source>
        <translation>Uso: iia duplicate ID</translation>
    </message>
    <message>
        <source>Usage: iia delete ID</source>
        <translation>Uso: iia delete ID</translation>
    </message>
    <message>
        <source>Usage: iia restore ID</source>
        <translation>Uso: iia restore ID</translation>
    </message>
    <message>
        <source>“empty-trash” takes no arguments.</source>
        <translation>“empty-trash” no admite argumentos.</translation>
    </message>
    <message>
        <source>Usage: iia history ID</source>
        <translation>Uso: iia history ID</translation>
    </message>
    <message>
        <source>Usage: iia revert ID REVISION</source>
        <translation>Uso: iia revert ID REVISION</translation>
    </message>
    <message>
        <source>Usage: iia validate FILE…</source>
        <translation>Uso: iia validate FILE…</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>“%1” no es un comando.</translation>
    </message>
    <message>
        <source>The framework “%1” is not installed.</source>
        <translation>El marco “%1” no está instalado.</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>reemplazada</translation>
    </message>
    <message>
        <source>imported as a copy</source>
        <translation>importada como copia</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>%1: %2 “%3” (%4)</source>
        <translation>%1: %2 “%3” (%4)</translation>
    </message>
    <message>
        <source>“%1” is neither a file nor the id of an assessment in the library.</source>
        <translation>“%1” no es ni un archivo ni el id de una evaluación de la biblioteca.</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) deleted for good.</source>
        <translation>
            <numerusform>%n evaluación eliminada definitivamente.</numerusform>
            <numerusform>%n evaluaciones eliminadas definitivamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>No revisions saved yet.</source>
        <translation>Aún no hay revisiones guardadas.</translation>
    </message>
    <message>
        <source>“%1” is not a revision number.</source>
        <translation>“%1” no es un número de revisión.</translation>
    </message>
    <message>
        <source>Revision %1 restored.</source>
        <translation>Revisión %1 restablecida.</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: válido</translation>
    </message>
    <message>
        <source>Write an assessment as a brief (pdf, odt, html, md, csv) or a .iia file; without --format, the file&apos;s extension decides.</source>
        <translation>Escribe una evaluación como informe de impacto (pdf, odt, html, md, csv) o como archivo .iia; sin --format, decide la extensión del archivo.</translation>
    </message>
    <message>
        <source>Write every assessment of the library into DIR, one file each.</source>
        <translation>Escribe todas las evaluaciones de la biblioteca en DIR, un archivo por evaluación.</translation>
    </message>
    <message>
        <source>List the backups of the library, newest first.</source>
        <translation>Muestra las copias de seguridad de la biblioteca, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>Put a backup back in place of the library (the library as it is is backed up first).</source>
        <translation>Restaura una copia de seguridad en lugar de la biblioteca (antes se hace una copia de seguridad de la biblioteca en su estado actual).</translation>
    </message>
    <message>
        <source>With export: pdf, odt, html, md, csv or iia.</source>
        <translation>Con export: pdf, odt, html, md, csv o iia.</translation>
    </message>
    <message>
        <source>With export: every assessment of the library, into the folder given by -o.</source>
        <translation>Con export: todas las evaluaciones de la biblioteca, en la carpeta indicada con -o.</translation>
    </message>
    <message>
        <source>“iia backup restore latest” puts the latest backup back.</source>
        <translation>“iia backup restore latest” restaura la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>Usage: iia export --all --format FMT -o DIR</source>
        <translation>Uso: iia export --all --format FMT -o DIR</translation>
    </message>
    <message>
        <source>Usage: iia export ID [--format FMT] [--language LANG] -o FILE</source>
        <translation>Uso: iia export ID [--format FMT] [--language LANG] -o FILE</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use pdf, odt, html, md, csv or iia.</source>
        <translation>Formato desconocido “%1”: use pdf, odt, html, md, csv o iia.</translation>
    </message>
    <message>
        <source>Say which format to write with --format (pdf, odt, html, md, csv or iia): the name “%1” does not tell.</source>
        <translation>Indique con --format el formato que se escribirá (pdf, odt, html, md, csv o iia): el nombre “%1” no lo indica.</translation>
    </message>
    <message>
        <source>Exported %1 of %2</source>
        <translation>%1 de %2 exportadas</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) exported to %1.</source>
        <translation>
            <numerusform>%n evaluación exportada a %1.</numerusform>
            <numerusform>%n evaluaciones exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: iia backup list [--json] | iia backup restore NAME|latest</source>
        <translation>Uso: iia backup list [--json] | iia backup restore NAME|latest</translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup %1 (%n assessment(s)).</source>
        <translation>
            <numerusform>Se restauró la copia de seguridad %1 (%n evaluación).</numerusform>
            <numerusform>Se restauró la copia de seguridad %1 (%n evaluaciones).</numerusform>
        </translation>
    </message>
    <message>
        <source>The library as it was is kept as the backup %1.</source>
        <translation>La biblioteca tal como estaba se conserva como la copia de seguridad %1.</translation>
    </message>
</context>
<context>
    <name>iia::ConclusionsPage</name>
    <message>
        <source>&lt;h2&gt;Conclusions and recommendations&lt;/h2&gt;&lt;p&gt;State what the analysis shows — the effect on the Internet first, then on people — and what you recommend.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Conclusiones y recomendaciones&lt;/h2&gt;&lt;p&gt;Exponga lo que muestra el análisis —primero el efecto en Internet y luego en las personas— y lo que recomienda.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Conclusions</source>
        <translation>&amp;Conclusiones</translation>
    </message>
    <message>
        <source>&amp;Recommendations</source>
        <translation>&amp;Recomendaciones</translation>
    </message>
</context>
<context>
    <name>iia::DraftImporter</name>
    <message>
        <source>The file “%1” is %2 MB, more than the %3 MB that can be imported. Import only the part of the draft you are assessing, or paste its text.</source>
        <translation>El archivo “%1” ocupa %2 MB, más de los %3 MB que se pueden importar. Importe solo la parte del borrador que está evaluando, o pegue su texto.</translation>
    </message>
    <message>
        <source>The file “%1” is in the old Word 97–2003 format (.doc) or another old Office format, which cannot be imported. Open it in your word processor and save it as DOCX, ODT or PDF, then import that file.</source>
        <translation>El archivo “%1” está en el antiguo formato de Word 97–2003 (.doc) o en otro formato antiguo de Office, que no se puede importar. Ábralo en su procesador de textos, guárdelo como DOCX, ODT o PDF e importe ese archivo.</translation>
    </message>
    <message>
        <source>The file “%1” is in Rich Text Format (RTF), which cannot be imported. Open it in your word processor and save it as DOCX, ODT or PDF, then import that file.</source>
        <translation>El archivo “%1” está en formato de texto enriquecido (RTF), que no se puede importar. Ábralo en su procesador de textos, guárdelo como DOCX, ODT o PDF e importe ese archivo.</translation>
    </message>
    <message>
        <source>The file “%1” is not a PDF, although its name says so: it is damaged or in another format. Open it to check what it is, or paste the text of the draft instead.</source>
        <translation>El archivo “%1” no es un PDF, aunque su nombre lo indique: está dañado o tiene otro formato. Ábralo para comprobar qué es, o pegue en su lugar el texto del borrador.</translation>
    </message>
    <message>
        <source>The file “%1” is not a valid word-processor document: it is damaged or in another format. Open it in your word processor and save it again as DOCX, ODT or PDF, or paste the text of the draft instead.</source>
        <translation>El archivo “%1” no es un documento de procesador de textos válido: está dañado o tiene otro formato. Ábralo en su procesador de textos y vuelva a guardarlo como DOCX, ODT o PDF, o pegue en su lugar el texto del borrador.</translation>
    </message>
    <message>
        <source>The file “%1” is not in a format that can be imported. Import a PDF, Word (DOCX), OpenDocument (ODT), plain text, Markdown or HTML file, or paste the text of the draft instead.</source>
        <translation>El archivo “%1” no tiene un formato que se pueda importar. Importe un archivo PDF, Word (DOCX), OpenDocument (ODT), de texto sin formato, Markdown o HTML, o pegue en su lugar el texto del borrador.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged: it looks like a Word or OpenDocument file but cannot be unpacked. Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>El archivo “%1” está dañado: parece un archivo de Word u OpenDocument, pero no se puede descomprimir. Ábralo en su procesador de textos y vuelva a guardarlo, o impórtelo como PDF.</translation>
    </message>
    <message>
        <source>The file “%1” is an OpenDocument spreadsheet, presentation or drawing, not a text document. Save the draft as an OpenDocument text (ODT), DOCX or PDF and import that.</source>
        <translation>El archivo “%1” es una hoja de cálculo, una presentación o un dibujo de OpenDocument, no un documento de texto. Guarde el borrador como texto OpenDocument (ODT), DOCX o PDF e importe ese archivo.</translation>
    </message>
    <message>
        <source>The file “%1” is an Office spreadsheet or presentation, not a Word document. Save the draft as DOCX, ODT or PDF and import that.</source>
        <translation>El archivo “%1” es una hoja de cálculo o una presentación de Office, no un documento de Word. Guarde el borrador como DOCX, ODT o PDF e importe ese archivo.</translation>
    </message>
    <message>
        <source>The file “%1” is a ZIP archive, not a Word (DOCX) or OpenDocument (ODT) document. Unpack it and import the draft it contains.</source>
        <translation>El archivo “%1” es un archivo comprimido ZIP, no un documento de Word (DOCX) ni de OpenDocument (ODT). Descomprímalo e importe el borrador que contiene.</translation>
    </message>
    <message>
        <source>The file “%1” unpacks to more than %2 MB of text in %3; it is damaged or far too large for a draft. Save the part of the draft you are assessing as a separate document and import that.</source>
        <translation>Al descomprimirlo, el archivo “%1” ocupa más de %2 MB de texto en %3; está dañado o es demasiado grande para un borrador. Guarde la parte del borrador que está evaluando como documento independiente e importe ese documento.</translation>
    </message>
    <message>
        <source>The part %2 of the file “%1” is compressed in a way that cannot be read. Open the file in your word processor and save it again, or import it as PDF.</source>
        <translation>La parte %2 del archivo “%1” está comprimida de una forma que no se puede leer. Abra el archivo en su procesador de textos y vuelva a guardarlo, o impórtelo como PDF.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged: its part %2 cannot be unpacked. Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>El archivo “%1” está dañado: su parte %2 no se puede descomprimir. Ábralo en su procesador de textos y vuelva a guardarlo, o impórtelo como PDF.</translation>
    </message>
    <message>
        <source>Drafts (*.pdf *.docx *.odt *.txt *.md *.html *.htm)</source>
        <translation>Borradores (*.pdf *.docx *.odt *.txt *.md *.html *.htm)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation>Textos OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Páginas web (*.html *.htm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Choose the draft file inside it.</source>
        <translation>“%1” es una carpeta, no un archivo. Elija el archivo del borrador que contiene.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2. Check that it exists and that you may read it.</source>
        <translation>No se pudo leer el archivo “%1”: %2. Compruebe que existe y que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2. Check that the disk or stick is still there and try again.</source>
        <translation>No se pudo leer el archivo “%1”: %2. Compruebe que el disco o la memoria USB siguen conectados y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The file “%1” contains no text. Check that you chose the right file, or paste the text of the draft instead.</source>
        <translation>El archivo “%1” no contiene texto. Compruebe que eligió el archivo correcto, o pegue en su lugar el texto del borrador.</translation>
    </message>
    <message>
        <source>The Word document “%1” is damaged: its part %2 is not well-formed XML (%3, line %4, column %5). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>El documento de Word “%1” está dañado: su parte %2 no es XML bien formado (%3, línea %4, columna %5). Ábralo en su procesador de textos y vuelva a guardarlo, o impórtelo como PDF.</translation>
    </message>
    <message>
        <source>The Word document “%1” is damaged: it has no main document part (%2). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>El documento de Word “%1” está dañado: no tiene la parte del documento principal (%2). Ábralo en su procesador de textos y vuelva a guardarlo, o impórtelo como PDF.</translation>
    </message>
    <message>
        <source>The OpenDocument text “%1” is damaged: its part %2 is not well-formed XML (%3, line %4, column %5). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>El texto OpenDocument “%1” está dañado: su parte %2 no es XML bien formado (%3, línea %4, columna %5). Ábralo en su procesador de textos y vuelva a guardarlo, o impórtelo como PDF.</translation>
    </message>
    <message>
        <source>The OpenDocument text “%1” is damaged: it has no content part (content.xml). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>El texto OpenDocument “%1” está dañado: no tiene la parte de contenido (content.xml). Ábralo en su procesador de textos y vuelva a guardarlo, o impórtelo como PDF.</translation>
    </message>
    <message>
        <source>The PDF “%1” is protected by a password. Open it with its password in a PDF reader, save a copy without protection and import that copy, or paste the text instead.</source>
        <translation>El PDF “%1” está protegido con contraseña. Ábralo con su contraseña en un lector de PDF, guarde una copia sin protección e importe esa copia, o pegue el texto en su lugar.</translation>
    </message>
    <message>
        <source>The file “%1” is not a readable PDF: it is damaged or incomplete. Open it in a PDF reader to check it, or paste the text of the draft instead.</source>
        <translation>El archivo “%1” no es un PDF legible: está dañado o incompleto. Ábralo en un lector de PDF para comprobarlo, o pegue en su lugar el texto del borrador.</translation>
    </message>
    <message>
        <source>This PDF contains no text, only images (it is probably a scan). Run it through OCR software first, or paste the text.</source>
        <translation>Este PDF no contiene texto, solo imágenes (probablemente sea un escaneo). Páselo antes por un programa de OCR, o pegue el texto.</translation>
    </message>
    <message>
        <source>PDF files cannot be imported because this installation lacks its PDF reader (%1). Reinstall the application, or paste the text of the draft instead.</source>
        <translation>No se pueden importar archivos PDF porque a esta instalación le falta su lector de PDF (%1). Vuelva a instalar la aplicación, o pegue en su lugar el texto del borrador.</translation>
    </message>
    <message>
        <source>The PDF “%1” could not be read: the PDF reader stopped on it (it may be damaged or made to cause harm). Nothing was imported. Open it in a PDF reader and paste the text of the draft instead.</source>
        <translation>No se pudo leer el PDF “%1”: el lector de PDF se detuvo al procesarlo (puede estar dañado o haber sido creado para causar daños). No se importó nada. Ábralo en un lector de PDF y pegue en su lugar el texto del borrador.</translation>
    </message>
    <message>
        <source>Word and OpenDocument files cannot be read: a part of the application, iia_archive, is missing or damaged (%1). Install the application again, or import the draft as PDF or text.</source>
        <translation>No se pueden leer archivos de Word ni OpenDocument: falta o está dañado un componente de la aplicación, iia_archive (%1). Vuelva a instalar la aplicación o importe el borrador como PDF o texto.</translation>
    </message>
</context>
<context>
    <name>iia::DraftPanel</name>
    <message>
        <source>&lt;b&gt;Draft text&lt;/b&gt;</source>
        <translation>&lt;b&gt;Texto del borrador&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Import Draft…</source>
        <translation>&amp;Importar borrador…</translation>
    </message>
    <message>
        <source>Import a draft from a file</source>
        <translation>Importar un borrador desde un archivo</translation>
    </message>
    <message>
        <source>Read the draft from a PDF, Word (.docx), OpenDocument (.odt), text, Markdown or HTML file</source>
        <translation>Leer el borrador desde un archivo PDF, Word (.docx), OpenDocument (.odt), de texto, Markdown o HTML</translation>
    </message>
    <message>
        <source>Go to clause</source>
        <translation>Ir a la disposición</translation>
    </message>
    <message>
        <source>Go to a clause of the draft</source>
        <translation>Ir a una disposición del borrador</translation>
    </message>
    <message>
        <source>Draft text</source>
        <translation>Texto del borrador</translation>
    </message>
    <message>
        <source>The text of the proposal under assessment. Select a passage to attach it as evidence to a question or a rating.</source>
        <translation>El texto de la propuesta que se evalúa. Seleccione un fragmento para adjuntarlo como evidencia a una pregunta o a una valoración.</translation>
    </message>
    <message>
        <source>Paste the draft text here, or import it from a file.</source>
        <translation>Pegue aquí el texto del borrador o impórtelo desde un archivo.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Importado de %1</translation>
    </message>
    <message>
        <source>No clauses found</source>
        <translation>No se encontraron disposiciones</translation>
    </message>
    <message>
        <source>Go to clause…</source>
        <translation>Ir a la disposición…</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Evidencia para %1</translation>
    </message>
    <message>
        <source>Import a Draft</source>
        <translation>Importar un borrador</translation>
    </message>
    <message>
        <source>Replace the Draft</source>
        <translation>Reemplazar el borrador</translation>
    </message>
    <message>
        <source>Replace the current draft with the text of %1? Passages attached as evidence keep their quotes; you can undo this.</source>
        <translation>¿Desea reemplazar el borrador actual por el texto de %1? Los fragmentos adjuntados como evidencia conservan sus citas; puede deshacer esta acción.</translation>
    </message>
    <message>
        <source>Imported the draft from %1.</source>
        <translation>Se importó el borrador desde %1.</translation>
    </message>
</context>
<context>
    <name>iia::Edit</name>
    <message>
        <source>An assessment needs a title.</source>
        <translation>Una evaluación necesita un título.</translation>
    </message>
    <message>
        <source>“%1” is not a field of the planning worksheet.</source>
        <translation>“%1” no es un campo de la hoja de planificación.</translation>
    </message>
    <message>
        <source>A piece of evidence lies outside the draft text.</source>
        <translation>Una evidencia se encuentra fuera del texto del borrador.</translation>
    </message>
    <message>
        <source>The evidence needs an id of its own.</source>
        <translation>La evidencia necesita un id propio.</translation>
    </message>
    <message>
        <source>There is no such piece of evidence.</source>
        <translation>No existe esa evidencia.</translation>
    </message>
    <message>
        <source>Edit the case</source>
        <translation>Editar el caso</translation>
    </message>
    <message>
        <source>Edit the plan</source>
        <translation>Editar el plan</translation>
    </message>
    <message>
        <source>Edit the draft text</source>
        <translation>Editar el texto del borrador</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Responder a %1</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>Valorar %1</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Adjuntar evidencia</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar evidencia</translation>
    </message>
    <message>
        <source>Edit the conclusions</source>
        <translation>Editar las conclusiones</translation>
    </message>
    <message>
        <source>Edit the recommendations</source>
        <translation>Editar las recomendaciones</translation>
    </message>
</context>
<context>
    <name>iia::EnablerChart</name>
    <message>
        <source>Enablers chart</source>
        <translation>Gráfico de facilitadores</translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation>Valoración del analista</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>Rated 0</source>
        <translation>Valorado en 0</translation>
    </message>
    <message>
        <source>−3 strongly negative · 0 no impact · +3 strongly positive</source>
        <translation>−3 muy negativo · 0 sin impacto · +3 muy positivo</translation>
    </message>
    <message>
        <source>%1 %2 (%3)
Analyst’s rating: %4
Suggested: %5</source>
        <translation>%1 %2 (%3)
Valoración del analista: %4
Sugerida: %5</translation>
    </message>
</context>
<context>
    <name>iia::ExportDialog</name>
    <message>
        <source>Export Brief</source>
        <translation>Exportar informe de impacto</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Assessments</source>
        <translation>
            <numerusform>Exportar %n evaluación</numerusform>
            <numerusform>Exportar %n evaluaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>Idioma del informe de impacto</translation>
    </message>
    <message>
        <source>The brief can be written in another language than the interface&apos;s.</source>
        <translation>El informe de impacto puede redactarse en un idioma distinto del de la interfaz.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <source>Folder to write into</source>
        <translation>Carpeta en la que se escribirá</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Elegir dónde guardar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Save into:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Preview of the brief</source>
        <translation>Vista previa del informe de impacto</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A .iia file holds the whole assessment and its history, for another copy of this application. The brief it contains:</source>
        <translation>Un archivo .iia contiene toda la evaluación y su historial, para otra copia de esta aplicación. El informe de impacto que contiene:</translation>
    </message>
    <message>
        <source>The brief as it will be exported:</source>
        <translation>El informe de impacto tal como se exportará:</translation>
    </message>
    <message numerus="yes">
        <source>(the first of %n assessments)</source>
        <translation>
            <numerusform>(la primera de %n evaluaciones)</numerusform>
            <numerusform>(la primera de %n evaluaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Say where to save the export.</source>
        <translation>Indique dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Add a file name.</source>
        <translation>“%1” es una carpeta. Añada un nombre de archivo.</translation>
    </message>
    <message>
        <source>The brief was not exported, and no file was changed.

%1</source>
        <translation>No se exportó el informe de impacto y no se modificó ningún archivo.

%1</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>No se pudo crear la carpeta “%1”.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Exporting %1 of %2: %3</source>
        <translation>Exportando %1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Exporting stopped after %n file(s): “%1” could not be written.

%2</source>
        <translation>
            <numerusform>La exportación se detuvo después de %n archivo: no se pudo escribir “%1”.

%2</numerusform>
            <numerusform>La exportación se detuvo después de %n archivos: no se pudo escribir “%1”.

%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iia::FileImporter</name>
    <message>
        <source>Reading and checking “%1”…</source>
        <translation>Leyendo y comprobando “%1”…</translation>
    </message>
    <message>
        <source>%1 could not be imported. Nothing was changed in your library.

%2</source>
        <translation>No se pudo importar %1. No se ha modificado nada en su biblioteca.

%2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Your library already holds “%1”. Replace it with the version in %2, or keep both?</source>
        <translation>Su biblioteca ya contiene “%1”. ¿Desea reemplazarla por la versión de %2 o conservar ambas?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Conservar ambas</translation>
    </message>
    <message>
        <source>Saving “%1” in the library…</source>
        <translation>Guardando “%1” en la biblioteca…</translation>
    </message>
</context>
<context>
    <name>iia::FrameworkEditor</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una co&amp;pia…</translation>
    </message>
    <message>
        <source>Save the framework under a new name, in your frameworks folder</source>
        <translation>Guardar el marco con otro nombre, en su carpeta de marcos</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>This framework is built into the application. Save a copy to change it.</source>
        <translation>Este marco está integrado en la aplicación. Guarde una copia para modificarlo.</translation>
    </message>
    <message>
        <source>Framework text</source>
        <translation>Texto del marco</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Activate a problem to move the cursor to it.</source>
        <translation>Active un problema para llevar el cursor hasta él.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2.</source>
        <translation>No se pudo abrir “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; framework files may be %3 MB at most.</source>
        <translation>“%1” ocupa %2 MB; los archivos de marco pueden ocupar como máximo %3 MB.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>No se pudo leer “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text, so it cannot be a framework file. Open it in a text editor and save it as UTF-8.</source>
        <translation>“%1” no es texto UTF-8, por lo que no puede ser un archivo de marco. Ábralo en un editor de texto y guárdelo como UTF-8.</translation>
    </message>
    <message>
        <source>Opened the built-in framework “%1”.</source>
        <translation>Se abrió el marco integrado “%1”.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>Save a Copy of the Framework</source>
        <translation>Guardar una copia del marco</translation>
    </message>
    <message>
        <source>Framework files (*.framework.json)</source>
        <translation>Archivos de marco (*.framework.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>A framework built into the application has the id “%1” and the version “%2”, so the application ignores this file. Change the version, or the id.</source>
        <translation>Un marco integrado en la aplicación tiene el id “%1” y la versión “%2”, por lo que la aplicación ignora este archivo. Cambie la versión o el id.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning, line %1</source>
        <translation>Advertencia, línea %1</translation>
    </message>
    <message>
        <source>Error, line %1</source>
        <translation>Error, línea %1</translation>
    </message>
    <message>
        <source>No framework is open.</source>
        <translation>No hay ningún marco abierto.</translation>
    </message>
    <message>
        <source>Valid: %1, %2, %3</source>
        <translation>Válido: %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n properties</source>
        <translation>
            <numerusform>%n propiedad</numerusform>
            <numerusform>%n propiedades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enablers</source>
        <translation>
            <numerusform>%n facilitador</numerusform>
            <numerusform>%n facilitadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n warning(s)</source>
        <translation>
            <numerusform>%1 — %n advertencia</numerusform>
            <numerusform>%1 — %n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No guardado.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created, so the framework was not saved. Choose another folder.</source>
        <translation>No se pudo crear la carpeta “%1”, por lo que el marco no se guardó. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The framework was not saved to “%1”: %2</source>
        <translation>El marco no se guardó en “%1”: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Save a Framework with Problems?</source>
        <translation>¿Guardar un marco con problemas?</translation>
    </message>
    <message numerus="yes">
        <source>This framework has %n problem(s). The application cannot use it until they are fixed.</source>
        <translation>
            <numerusform>Este marco tiene %n problema. La aplicación no podrá usarlo hasta que se corrija.</numerusform>
            <numerusform>Este marco tiene %n problemas. La aplicación no podrá usarlo hasta que se corrijan.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can save it now and fix it later.</source>
        <translation>Puede guardarlo ahora y corregirlo más tarde.</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>¿Desea guardar los cambios en “%1” antes de cerrar?</translation>
    </message>
    <message>
        <source>Open a Framework</source>
        <translation>Abrir un marco</translation>
    </message>
    <message>
        <source>Framework files (*.json)</source>
        <translation>Archivos de marco (*.json)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Framework Editor[*]</source>
        <translation>Editor de marcos[*]</translation>
    </message>
    <message>
        <source>%1 [read-only][*] — Framework Editor</source>
        <translation>%1 [solo lectura][*] — Editor de marcos</translation>
    </message>
    <message>
        <source>%1[*] — Framework Editor</source>
        <translation>%1[*] — Editor de marcos</translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>Línea %1, columna %2</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
</context>
<context>
    <name>iia::FrameworkLoader</name>
    <message>
        <source>This text has no version in the default language “%1”.</source>
        <translation>Este texto no tiene versión en el idioma predeterminado “%1”.</translation>
    </message>
    <message>
        <source>The %1 id “%2” is used more than once.</source>
        <translation>El id de %1 “%2” se usa más de una vez.</translation>
    </message>
    <message>
        <source>property or enabler</source>
        <translation>propiedad o facilitador</translation>
    </message>
    <message>
        <source>A critical property belongs to no goal.</source>
        <translation>Una propiedad crítica no pertenece a ningún objetivo.</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>example</source>
        <translation>ejemplo</translation>
    </message>
    <message>
        <source>The example answers “%1”, which is not a question of “%2”.</source>
        <translation>El ejemplo responde a “%1”, que no es una pregunta de “%2”.</translation>
    </message>
    <message>
        <source>This framework file uses format %1, but this version of the application reads format %2 at most. Install a newer version of the application to use it.</source>
        <translation>Este archivo de marco usa el formato %1, pero esta versión de la aplicación lee como máximo el formato %2. Instale una versión más reciente de la aplicación para usarlo.</translation>
    </message>
    <message>
        <source>The default language “%1” is not among the framework’s languages.</source>
        <translation>El idioma predeterminado “%1” no figura entre los idiomas del marco.</translation>
    </message>
    <message>
        <source>The threshold for a moderate impact is above the one for a strong impact.</source>
        <translation>El umbral de impacto moderado es superior al de impacto fuerte.</translation>
    </message>
    <message>
        <source>The rating values must grow from weak to moderate to strong.</source>
        <translation>Los valores de las valoraciones deben aumentar de débil a moderado y de moderado a fuerte.</translation>
    </message>
    <message>
        <source>The answer values must grow from “no” to “partly” to “yes”.</source>
        <translation>Los valores de las respuestas deben aumentar de “no” a “en parte” y de “en parte” a “sí”.</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>The goal “%1” is not defined in “goals”.</source>
        <translation>El objetivo “%1” no está definido en “goals”.</translation>
    </message>
    <message>
        <source>The goal “%1” has no enabler.</source>
        <translation>El objetivo “%1” no tiene ningún facilitador.</translation>
    </message>
    <message>
        <source>This is not a valid regular expression: %1.</source>
        <translation>Esta no es una expresión regular válida: %1.</translation>
    </message>
    <message>
        <source>The framework schema built into the application could not be read.</source>
        <translation>No se pudo leer el esquema de marco integrado en la aplicación.</translation>
    </message>
    <message>
        <source>The file is %1 MB; framework files may be %2 MB at most.</source>
        <translation>El archivo ocupa %1 MB; los archivos de marco pueden ocupar como máximo %2 MB.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation>No se pudo abrir el archivo: %1.</translation>
    </message>
    <message>
        <source>No text in “%1”; “%2” is shown instead.</source>
        <translation>No hay texto en “%1”; se muestra “%2” en su lugar.</translation>
    </message>
    <message>
        <source>No clause patterns for “%1”.</source>
        <translation>No hay patrones de disposición para “%1”.</translation>
    </message>
</context>
<context>
    <name>iia::FrameworkRegistry</name>
    <message>
        <source>The framework “%1” version %2 is already installed; this file is ignored.</source>
        <translation>El marco “%1”, versión %2, ya está instalado; se ignora este archivo.</translation>
    </message>
</context>
<context>
    <name>iia::Interchange</name>
    <message>
        <source>The file is %1 MB; assessment files may be %2 MB at most.</source>
        <translation>El archivo ocupa %1 MB; los archivos de evaluación pueden ocupar como máximo %2 MB.</translation>
    </message>
    <message>
        <source>The file could not be created: %1. Choose another folder or check its permissions.</source>
        <translation>No se pudo crear el archivo: %1. Elija otra carpeta o compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The file could not be written: %1. The previous file, if any, is unchanged.</source>
        <translation>No se pudo escribir el archivo: %1. El archivo anterior, si lo había, no se ha modificado.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1. The previous file, if any, is unchanged.</source>
        <translation>No se pudo guardar el archivo: %1. El archivo anterior, si lo había, no se ha modificado.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (expected e.g. 2026-05-01T09:30:00.000Z).</source>
        <translation>“%1” no es una fecha y hora (se esperaba, p. ej., 2026-05-01T09:30:00.000Z).</translation>
    </message>
    <message>
        <source>This assessment uses the framework “%1”, which is not installed. Add the framework file to the frameworks folder first.</source>
        <translation>Esta evaluación usa el marco “%1”, que no está instalado. Añada primero el archivo del marco a la carpeta de marcos.</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>El título está vacío.</translation>
    </message>
    <message>
        <source>“%1” is not a field of the planning worksheet.</source>
        <translation>“%1” no es un campo de la hoja de planificación.</translation>
    </message>
    <message>
        <source>“%1” is not a known kind of instrument.</source>
        <translation>“%1” no es un tipo de instrumento conocido.</translation>
    </message>
    <message>
        <source>“%1” is not a known stage.</source>
        <translation>“%1” no es una etapa conocida.</translation>
    </message>
    <message>
        <source>The question “%1” is answered twice.</source>
        <translation>La pregunta “%1” tiene dos respuestas.</translation>
    </message>
    <message>
        <source>The framework “%1” has no question “%2”.</source>
        <translation>El marco “%1” no tiene ninguna pregunta “%2”.</translation>
    </message>
    <message>
        <source>“%1” is rated twice.</source>
        <translation>“%1” tiene dos valoraciones.</translation>
    </message>
    <message>
        <source>The framework “%1” has no property or enabler “%2”.</source>
        <translation>El marco “%1” no tiene ninguna propiedad ni facilitador “%2”.</translation>
    </message>
    <message>
        <source>The evidence id “%1” is used twice.</source>
        <translation>El id de evidencia “%1” se usa dos veces.</translation>
    </message>
    <message>
        <source>The passage ends at character %1, but the draft text has only %2 characters.</source>
        <translation>El fragmento termina en el carácter %1, pero el texto del borrador solo tiene %2 caracteres.</translation>
    </message>
    <message>
        <source>This is not an Internet Impact Assessment file (.iia).</source>
        <translation>Este no es un archivo de Evaluación del Impacto en Internet (.iia).</translation>
    </message>
    <message>
        <source>This file was written in format version %1 by a newer version of the application, which reads version %2 at most. Install the newer version to open it.</source>
        <translation>Este archivo se escribió en la versión de formato %1 con una versión más reciente de la aplicación, que lee como máximo la versión %2. Instale la versión más reciente para abrirlo.</translation>
    </message>
    <message>
        <source>The .iia schema built into the application could not be read.</source>
        <translation>No se pudo leer el esquema .iia integrado en la aplicación.</translation>
    </message>
    <message>
        <source>Revision %1 appears twice.</source>
        <translation>La revisión %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation>No se pudo abrir el archivo: %1.</translation>
    </message>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>No se pudo leer el archivo: %1.</translation>
    </message>
</context>
<context>
    <name>iia::ItemPage</name>
    <message>
        <source>Critical property — what the Internet needs to exist</source>
        <translation>Propiedad crítica — lo que Internet necesita para existir</translation>
    </message>
    <message>
        <source>Enabler of %1 — what the Internet needs to thrive</source>
        <translation>Facilitador de %1 — lo que Internet necesita para prosperar</translation>
    </message>
    <message>
        <source>About this %1 and worked examples</source>
        <translation>Acerca de %1 y ejemplos prácticos</translation>
    </message>
    <message>
        <source>property</source>
        <translation>esta propiedad</translation>
    </message>
    <message>
        <source>enabler</source>
        <translation>este facilitador</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>How to assess it</source>
        <translation>Cómo evaluar</translation>
    </message>
    <message>
        <source>Worked example from the toolkit</source>
        <translation>Ejemplo práctico del conjunto de herramientas</translation>
    </message>
    <message>
        <source>Worked example</source>
        <translation>Ejemplo práctico</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Effect on people</source>
        <translation>Efecto en las personas</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas orientadoras</translation>
    </message>
    <message>
        <source>harm if yes</source>
        <translation>perjudica si es “sí”</translation>
    </message>
    <message>
        <source>support if yes</source>
        <translation>favorece si es “sí”</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>peso %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Note on question %1</source>
        <translation>Nota sobre la pregunta %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <source>Attach the passage selected in the draft as evidence for this answer</source>
        <translation>Adjuntar el fragmento seleccionado en el borrador como evidencia de esta respuesta</translation>
    </message>
    <message>
        <source>Attach the selected passage to question %1</source>
        <translation>Adjuntar el fragmento seleccionado a la pregunta %1</translation>
    </message>
    <message>
        <source>Your rating (preliminary analysis)</source>
        <translation>Su valoración (análisis preliminar)</translation>
    </message>
    <message>
        <source>Is there an impact on the Internet?</source>
        <translation>¿Hay un impacto en Internet?</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Aún sin valorar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Is it positive, negative, mixed or unclear?</source>
        <translation>¿Es positivo, negativo, mixto o incierto?</translation>
    </message>
    <message>
        <source>How strong is it?</source>
        <translation>¿Qué intensidad tiene?</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>How could it be affected?</source>
        <translation>¿Cómo podría verse afectada Internet?</translation>
    </message>
    <message>
        <source>What effect could this have on people?</source>
        <translation>¿Qué efecto podría tener en las personas?</translation>
    </message>
    <message>
        <source>Attach the Selected Passage to This Rating</source>
        <translation>Adjuntar el fragmento seleccionado a esta valoración</translation>
    </message>
    <message>
        <source>Suggested from your answers</source>
        <translation>Sugerida a partir de sus respuestas</translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation>Valoración sugerida</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Evidencia para %1</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Quitar evidencia</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>Quitar la evidencia seleccionada</translation>
    </message>
    <message>
        <source>Select a passage in the draft, then press “Attach” beside a question or the rating. Double-click a piece of evidence to see it in the draft.</source>
        <translation>Seleccione un fragmento en el borrador y pulse “Adjuntar” junto a una pregunta o a la valoración. Haga doble clic en una evidencia para verla en el borrador.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) attached</source>
        <translation>
            <numerusform>%n fragmento adjuntado</numerusform>
            <numerusform>%n fragmentos adjuntados</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Aún no hay respuestas.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 de %2 preguntas respondidas</translation>
    </message>
    <message numerus="yes">
        <source>%n unsure</source>
        <translation>
            <numerusform>%n respuesta dudosa</numerusform>
            <numerusform>%n respuestas dudosas</numerusform>
        </translation>
    </message>
    <message>
        <source>Your rating (%1) and the suggestion point different ways. Check your answers, or explain your reasoning under “How could it be affected?”.</source>
        <translation>Su valoración (%1) y la sugerida apuntan en sentidos distintos. Revise sus respuestas o explique su razonamiento en “¿Cómo podría verse afectada Internet?”.</translation>
    </message>
    <message>
        <source>Question %1: %2 (%3, weight %4) → %5</source>
        <translation>Pregunta %1: %2 (%3, peso %4) → %5</translation>
    </message>
    <message>
        <source>Support %1 − harm %2 = %3 (see the scoring method in the documentation)</source>
        <translation>Favorable %1 − perjudicial %2 = %3 (consulte el método de puntuación en la documentación)</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>valoración</translation>
    </message>
    <message>
        <source>“%1” — %2 (%3)</source>
        <translation>“%1” — %2 (%3)</translation>
    </message>
    <message>
        <source>no clause</source>
        <translation>sin disposición</translation>
    </message>
    <message>
        <source>This passage is no longer in the draft; its quote is kept.</source>
        <translation>Este fragmento ya no está en el borrador; se conserva su cita.</translation>
    </message>
</context>
<context>
    <name>iia::JsonReader</name>
    <message>
        <source>The text is encoded in UTF-16, not UTF-8. Save it with the UTF-8 encoding.</source>
        <translation>El texto está codificado en UTF-16, no en UTF-8. Guárdelo con la codificación UTF-8.</translation>
    </message>
    <message>
        <source>The text is empty: it contains no JSON value.</source>
        <translation>El texto está vacío: no contiene ningún valor JSON.</translation>
    </message>
    <message>
        <source>Expected the end of the text after the value but found %1.</source>
        <translation>Se esperaba el final del texto después del valor, pero se encontró %1.</translation>
    </message>
    <message>
        <source>Expected a value but found %1.</source>
        <translation>Se esperaba un valor, pero se encontró %1.</translation>
    </message>
    <message>
        <source>The data is nested too deeply: more than %1 levels of objects and arrays.</source>
        <translation>Los datos están anidados a demasiada profundidad: más de %1 niveles de objetos y matrices.</translation>
    </message>
    <message>
        <source>Expected a property name in double quotes but found %1.</source>
        <translation>Se esperaba un nombre de propiedad entre comillas dobles, pero se encontró %1.</translation>
    </message>
    <message>
        <source>The property “%1” appears more than once in this object.</source>
        <translation>La propiedad “%1” aparece más de una vez en este objeto.</translation>
    </message>
    <message>
        <source>Expected “:” after the property name but found %1.</source>
        <translation>Se esperaba “:” después del nombre de la propiedad, pero se encontró %1.</translation>
    </message>
    <message>
        <source>Expected “,” or “}” after a property but found %1.</source>
        <translation>Se esperaba “,” o “}” después de una propiedad, pero se encontró %1.</translation>
    </message>
    <message>
        <source>Expected “,” or “]” after an array element but found %1.</source>
        <translation>Se esperaba “,” o “]” después de un elemento de matriz, pero se encontró %1.</translation>
    </message>
    <message>
        <source>The string that starts here has no closing double quote.</source>
        <translation>A la cadena que empieza aquí le faltan las comillas dobles de cierre.</translation>
    </message>
    <message>
        <source>A string contains the control character %1, which must be written as an escape such as “\n” or “\u%2”.</source>
        <translation>Una cadena contiene el carácter de control %1, que debe escribirse como secuencia de escape, por ejemplo “\n” o “\u%2”.</translation>
    </message>
    <message>
        <source>Expected an escape sequence such as “\n” or “\u00e9” after the backslash but found %1.</source>
        <translation>Se esperaba una secuencia de escape como “\n” o “\u00e9” después de la barra invertida, pero se encontró %1.</translation>
    </message>
    <message>
        <source>The escape “\u” must be followed by four hexadecimal digits.</source>
        <translation>El escape “\u” debe ir seguido de cuatro dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The escape “%1” is the second half of a UTF-16 surrogate pair, but the first half is missing.</source>
        <translation>El escape “%1” es la segunda mitad de un par suplente UTF-16, pero falta la primera mitad.</translation>
    </message>
    <message>
        <source>The escape “%1” is the first half of a UTF-16 surrogate pair, but it is not followed by an escape for the second half (“\uDC00” to “\uDFFF”).</source>
        <translation>El escape “%1” es la primera mitad de un par suplente UTF-16, pero no va seguido de un escape para la segunda mitad (de “\uDC00” a “\uDFFF”).</translation>
    </message>
    <message>
        <source>Expected a digit after “-” but found %1.</source>
        <translation>Se esperaba un dígito después de “-”, pero se encontró %1.</translation>
    </message>
    <message>
        <source>A number cannot start with the digit 0 followed by other digits.</source>
        <translation>Un número no puede empezar por el dígito 0 seguido de otros dígitos.</translation>
    </message>
    <message>
        <source>Expected a digit after the decimal point but found %1.</source>
        <translation>Se esperaba un dígito después del punto decimal, pero se encontró %1.</translation>
    </message>
    <message>
        <source>Expected a digit in the exponent of the number but found %1.</source>
        <translation>Se esperaba un dígito en el exponente del número, pero se encontró %1.</translation>
    </message>
    <message>
        <source>The number %1 is too large.</source>
        <translation>El número %1 es demasiado grande.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” no es un número.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: the sequence %1 is incomplete.</source>
        <translation>El texto no es UTF-8 válido: la secuencia %1 está incompleta.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: %1 is an overlong encoding.</source>
        <translation>El texto no es UTF-8 válido: %1 es una codificación sobrelarga.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: %1 encodes a UTF-16 surrogate.</source>
        <translation>El texto no es UTF-8 válido: %1 codifica un suplente UTF-16.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: %1 encodes a value above U+10FFFF.</source>
        <translation>El texto no es UTF-8 válido: %1 codifica un valor superior a U+10FFFF.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: the byte %1 cannot appear here.</source>
        <translation>El texto no es UTF-8 válido: el byte %1 no puede aparecer aquí.</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>el final del texto</translation>
    </message>
    <message>
        <source>the control character %1</source>
        <translation>el carácter de control %1</translation>
    </message>
</context>
<context>
    <name>iia::JsonSchema</name>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
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
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Expected %1, found the number %2.</source>
        <translation>Se esperaba %1, pero se encontró el número %2.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Se esperaba %1, pero se encontró %2.</translation>
    </message>
    <message>
        <source>A schema must be an object, true or false.</source>
        <translation>Un esquema debe ser un objeto, true o false.</translation>
    </message>
    <message>
        <source>“%1” must be a non-empty array of schemas.</source>
        <translation>“%1” debe ser una matriz no vacía de esquemas.</translation>
    </message>
    <message>
        <source>“%1” must be a non-negative integer.</source>
        <translation>“%1” debe ser un entero no negativo.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>“%1” debe ser un número.</translation>
    </message>
    <message>
        <source>“%1” must be an object.</source>
        <translation>“%1” debe ser un objeto.</translation>
    </message>
    <message>
        <source>“$ref” must be a string.</source>
        <translation>“$ref” debe ser una cadena.</translation>
    </message>
    <message>
        <source>“required” must be an array of property names.</source>
        <translation>“required” debe ser una matriz de nombres de propiedades.</translation>
    </message>
    <message>
        <source>“uniqueItems” must be true or false.</source>
        <translation>“uniqueItems” debe ser true o false.</translation>
    </message>
    <message>
        <source>“enum” must be an array of values.</source>
        <translation>“enum” debe ser una matriz de valores.</translation>
    </message>
    <message>
        <source>“pattern” must be a string.</source>
        <translation>“pattern” debe ser una cadena.</translation>
    </message>
    <message>
        <source>The schema keyword “%1” is not supported.</source>
        <translation>La palabra clave de esquema “%1” no es compatible.</translation>
    </message>
    <message>
        <source>“type” must be a type name or an array of type names.</source>
        <translation>“type” debe ser un nombre de tipo o una matriz de nombres de tipo.</translation>
    </message>
    <message>
        <source>“%1” is not a type; the types are object, array, string, number, integer, boolean and null.</source>
        <translation>“%1” no es un tipo; los tipos son object, array, string, number, integer, boolean y null.</translation>
    </message>
    <message>
        <source>“%1” is not a valid regular expression: %2.</source>
        <translation>“%1” no es una expresión regular válida: %2.</translation>
    </message>
    <message>
        <source>The reference “%1” points to no entry of “$defs”.</source>
        <translation>La referencia “%1” no apunta a ninguna entrada de “$defs”.</translation>
    </message>
    <message>
        <source>The reference “%1” is not supported: only “#” and “#/$defs/NAME” are.</source>
        <translation>La referencia “%1” no es compatible: solo lo son “#” y “#/$defs/NAME”.</translation>
    </message>
    <message>
        <source>No value is allowed here.</source>
        <translation>Aquí no se admite ningún valor.</translation>
    </message>
    <message>
        <source>The only allowed value is %1.</source>
        <translation>El único valor admitido es %1.</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values: %2.</source>
        <translation>%1 no es uno de los valores admitidos: %2.</translation>
    </message>
    <message>
        <source>The property “%1” is not allowed here.</source>
        <translation>La propiedad “%1” no se admite aquí.</translation>
    </message>
    <message>
        <source>The property name “%1” is not allowed: %2</source>
        <translation>El nombre de propiedad “%1” no se admite: %2</translation>
    </message>
    <message>
        <source>The required property “%1” is missing.</source>
        <translation>Falta la propiedad obligatoria “%1”.</translation>
    </message>
    <message>
        <source>Must have at least one property.</source>
        <translation>Debe tener al menos una propiedad.</translation>
    </message>
    <message>
        <source>Must have at least %1 properties.</source>
        <translation>Debe tener al menos %1 propiedades.</translation>
    </message>
    <message>
        <source>Must have at most one property.</source>
        <translation>Debe tener como máximo una propiedad.</translation>
    </message>
    <message>
        <source>Must have at most %1 properties.</source>
        <translation>Debe tener como máximo %1 propiedades.</translation>
    </message>
    <message>
        <source>Must contain at least one item.</source>
        <translation>Debe contener al menos un elemento.</translation>
    </message>
    <message>
        <source>Must contain at least %1 items.</source>
        <translation>Debe contener al menos %1 elementos.</translation>
    </message>
    <message>
        <source>Must contain at most one item.</source>
        <translation>Debe contener como máximo un elemento.</translation>
    </message>
    <message>
        <source>Must contain at most %1 items.</source>
        <translation>Debe contener como máximo %1 elementos.</translation>
    </message>
    <message>
        <source>The items at %1 and %2 are the same.</source>
        <translation>Los elementos en %1 y %2 son iguales.</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>No debe estar vacío.</translation>
    </message>
    <message>
        <source>Must be at least %1 characters long.</source>
        <translation>Debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Must be at most one character long.</source>
        <translation>Debe tener como máximo un carácter.</translation>
    </message>
    <message>
        <source>Must be at most %1 characters long.</source>
        <translation>Debe tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Does not match the pattern “%1”.</source>
        <translation>No coincide con el patrón “%1”.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Debe ser como mínimo %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Debe ser como máximo %1.</translation>
    </message>
    <message>
        <source>Must be greater than %1.</source>
        <translation>Debe ser mayor que %1.</translation>
    </message>
    <message>
        <source>Must be less than %1.</source>
        <translation>Debe ser menor que %1.</translation>
    </message>
    <message>
        <source>The value matches more than one of the allowed forms (forms %1 and %2).</source>
        <translation>El valor coincide con más de una de las formas admitidas (formas %1 y %2).</translation>
    </message>
    <message>
        <source>The value matches a form that is not allowed here.</source>
        <translation>El valor coincide con una forma que no se admite aquí.</translation>
    </message>
    <message>
        <source>The value matches none of the allowed forms.</source>
        <translation>El valor no coincide con ninguna de las formas admitidas.</translation>
    </message>
    <message>
        <source>The value matches none of the allowed forms. The closest one reports: %1</source>
        <translation>El valor no coincide con ninguna de las formas admitidas. La más cercana indica: %1</translation>
    </message>
    <message>
        <source>The value matches none of the allowed forms. The closest one reports at “%1”: %2</source>
        <translation>El valor no coincide con ninguna de las formas admitidas. La más cercana indica en “%1”: %2</translation>
    </message>
</context>
<context>
    <name>iia::Library</name>
    <message>
        <source>No framework could be loaded.</source>
        <translation>No se pudo cargar ningún marco.</translation>
    </message>
    <message>
        <source>An assessment needs a title.</source>
        <translation>Una evaluación necesita un título.</translation>
    </message>
    <message>
        <source>The framework “%1” of this assessment is not installed.</source>
        <translation>El marco “%1” de esta evaluación no está instalado.</translation>
    </message>
    <message>
        <source>The framework has no question “%1”.</source>
        <translation>El marco no tiene ninguna pregunta “%1”.</translation>
    </message>
    <message>
        <source>The framework has no property or enabler “%1”.</source>
        <translation>El marco no tiene ninguna propiedad ni facilitador “%1”.</translation>
    </message>
    <message>
        <source>Evidence can only be attached to a question or a rating of the framework; “%1” is neither.</source>
        <translation>La evidencia solo puede adjuntarse a una pregunta o a una valoración del marco; “%1” no es ninguna de las dos.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Before restoring revision %1</source>
        <translation>Antes de restablecer la revisión %1</translation>
    </message>
    <message>
        <source>The library already holds this assessment (“%1”, id %2). Import it with --replace to overwrite it, or with --as-copy to keep both.</source>
        <translation>La biblioteca ya contiene esta evaluación (“%1”, id %2). Impórtela con --replace para sobrescribirla, o con --as-copy para conservar ambas.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>No se importó nada de %1: %2</translation>
    </message>
    <message>
        <source>The library needs an update from version %1 to %2, and a backup is taken before every update. The backup failed, so the library was not changed: %3</source>
        <translation>La biblioteca necesita una actualización de la versión %1 a la %2, y antes de cada actualización se hace una copia de seguridad. La copia de seguridad falló, por lo que la biblioteca no se ha modificado: %3</translation>
    </message>
    <message>
        <source>%1 A copy of it was set aside as “%2”.</source>
        <translation>%1 Se guardó una copia aparte como “%2”.</translation>
    </message>
    <message>
        <source>%1 It could not be copied aside: %2</source>
        <translation>%1 No se pudo guardar una copia aparte: %2</translation>
    </message>
    <message numerus="yes">
        <source>The latest sound backup is “%1”, taken %2, with %n assessment(s).</source>
        <translation>
            <numerusform>La copia de seguridad válida más reciente es “%1”, realizada el %2, con %n evaluación.</numerusform>
            <numerusform>La copia de seguridad válida más reciente es “%1”, realizada el %2, con %n evaluaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>No hay ninguna copia de seguridad que restaurar.</translation>
    </message>
    <message numerus="yes">
        <source>This library is damaged: SQLite&apos;s check of the file found %n problem(s), the first: %1. It has not been changed.</source>
        <translation>
            <numerusform>Esta biblioteca está dañada: la comprobación del archivo por SQLite encontró %n problema: %1. No se ha modificado.</numerusform>
            <numerusform>Esta biblioteca está dañada: la comprobación del archivo por SQLite encontró %n problemas; el primero: %1. No se ha modificado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s backup of the library could not be taken: %1</source>
        <translation>No se pudo hacer la copia de seguridad de hoy de la biblioteca: %1</translation>
    </message>
    <message>
        <source>The library is open read-only, so no backup can be put back. %1</source>
        <translation>La biblioteca está abierta en modo de solo lectura, por lo que no se puede restaurar ninguna copia de seguridad. %1</translation>
    </message>
    <message>
        <source>Before a backup is put back, the library as it is now is backed up, so that the restore can be undone. That failed, so nothing was changed: %1</source>
        <translation>Antes de restaurar una copia de seguridad, se hace una copia de seguridad de la biblioteca en su estado actual para poder deshacer la restauración. Esto falló, por lo que no se ha modificado nada: %1</translation>
    </message>
    <message>
        <source>The library is open in another program (another window of this application, or the command line). Close it and try again; nothing was changed.</source>
        <translation>La biblioteca está abierta en otro programa (otra ventana de esta aplicación o la línea de comandos). Ciérrela y vuelva a intentarlo; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>The library could not be checked today: %1</source>
        <translation>No se pudo comprobar la biblioteca hoy: %1</translation>
    </message>
</context>
<context>
    <name>iia::LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Exist</source>
        <translation>Existir</translation>
    </message>
    <message>
        <source>Thrive</source>
        <translation>Prosperar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Avance</translation>
    </message>
</context>
<context>
    <name>iia::LibraryRecovery</name>
    <message>
        <source>The Library Cannot Be Opened</source>
        <translation>No se puede abrir la biblioteca</translation>
    </message>
    <message>
        <source>You can put the latest backup back (taken %1), start with an empty library, or quit and change nothing. The file that was refused is kept in either case.</source>
        <translation>Puede restaurar la copia de seguridad más reciente (realizada el %1), empezar con una biblioteca vacía o salir sin cambiar nada. En cualquier caso, se conserva el archivo rechazado.</translation>
    </message>
    <message>
        <source>There is no backup to put back. You can start with an empty library, or quit and change nothing. The file that was refused is kept in either case.</source>
        <translation>No hay ninguna copia de seguridad que restaurar. Puede empezar con una biblioteca vacía o salir sin cambiar nada. En cualquier caso, se conserva el archivo rechazado.</translation>
    </message>
    <message>
        <source>&amp;Restore the Latest Backup</source>
        <translation>&amp;Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>&amp;Start with an Empty Library</source>
        <translation>&amp;Empezar con una biblioteca vacía</translation>
    </message>
    <message>
        <source>Start with an empty library</source>
        <translation>Empezar con una biblioteca vacía</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>iia::LibraryView</name>
    <message>
        <source>Library or trash</source>
        <translation>Biblioteca o papelera</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>Buscar evaluaciones</translation>
    </message>
    <message>
        <source>Search titles, jurisdictions and texts</source>
        <translation>Buscar en títulos, jurisdicciones y textos</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Internet Impact Assessment&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Le damos la bienvenida a Evaluación del Impacto en Internet&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Judge a proposed law, regulation or technology against what the Internet needs to &lt;b&gt;exist&lt;/b&gt; (the five critical properties of the Internet Way of Networking) and to &lt;b&gt;thrive&lt;/b&gt; (the ten enablers of an open, globally connected, secure and trustworthy Internet), following the Internet Society&apos;s Internet Impact Assessment Toolkit.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Plan&lt;/b&gt; — the issue, your goals and audience, the people and time you have.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Case&lt;/b&gt; — describe the proposal and paste or import its draft text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Critical properties&lt;/b&gt; and &lt;b&gt;enablers&lt;/b&gt; — answer the guiding questions, rate each one, and attach passages of the draft as evidence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summary&lt;/b&gt; — your ratings beside the suggestions from your answers, and the two verdicts.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Conclusions&lt;/b&gt; — what follows, and what you recommend.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything is saved as you go. Nothing is ever sent over the network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Examine un proyecto de ley, un reglamento o una tecnología a la luz de lo que Internet necesita para &lt;b&gt;existir&lt;/b&gt; (las cinco propiedades críticas del modo de interconexión de Internet) y para &lt;b&gt;prosperar&lt;/b&gt; (los diez facilitadores de una Internet abierta, conectada globalmente, segura y confiable), siguiendo el conjunto de herramientas de evaluación del impacto en Internet (Internet Impact Assessment Toolkit) de Internet Society.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Plan&lt;/b&gt;: el asunto, sus objetivos y destinatarios, y las personas y el tiempo de que dispone.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Caso&lt;/b&gt;: describa la propuesta y pegue o importe el texto del borrador.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Propiedades críticas&lt;/b&gt; y &lt;b&gt;facilitadores&lt;/b&gt;: responda a las preguntas orientadoras, valore cada elemento y adjunte fragmentos del borrador como evidencia.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Resumen&lt;/b&gt;: sus valoraciones junto a las sugeridas a partir de sus respuestas, y los dos veredictos.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Conclusiones&lt;/b&gt;: lo que se desprende del análisis y lo que usted recomienda.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Todo se guarda a medida que trabaja. Nunca se envía nada por la red.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Start a New Assessment</source>
        <translation>&amp;Comenzar una nueva evaluación</translation>
    </message>
    <message>
        <source>Open the &amp;Worked Example</source>
        <translation>Abrir el e&amp;jemplo práctico</translation>
    </message>
    <message>
        <source>&amp;Import a .iia File…</source>
        <translation>&amp;Importar un archivo .iia…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash</source>
        <translation>&amp;Vaciar la papelera</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>No assessment matches “%1”.</source>
        <translation>Ninguna evaluación coincide con “%1”.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>Duplicada como “%1”.</translation>
    </message>
    <message>
        <source>“%1” restored from the trash.</source>
        <translation>“%1” se restauró desde la papelera.</translation>
    </message>
    <message>
        <source>“%1” moved to the trash.</source>
        <translation>“%1” se movió a la papelera.</translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n assessment(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>¿Desea eliminar definitivamente %n evaluación de la papelera? Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Desea eliminar definitivamente las %n evaluaciones de la papelera? Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) deleted for good.</source>
        <translation>
            <numerusform>%n evaluación eliminada definitivamente.</numerusform>
            <numerusform>%n evaluaciones eliminadas definitivamente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iia::MainWindow</name>
    <message>
        <source>Internet Impact Assessment</source>
        <translation>Evaluación del Impacto en Internet</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Critical properties</source>
        <translation>Propiedades críticas</translation>
    </message>
    <message>
        <source>Enablers</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>&amp;Import .iia Files…</source>
        <translation>&amp;Importar archivos .iia…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>Aún no hay evaluaciones</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open the &amp;Worked Example</source>
        <translation>Abrir el ejemplo &amp;práctico</translation>
    </message>
    <message>
        <source>&amp;Framework Editor</source>
        <translation>Editor de &amp;marcos</translation>
    </message>
    <message>
        <source>&amp;Back to the Library</source>
        <translation>&amp;Volver a la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Internet Impact Assessment</source>
        <translation>&amp;Acerca de Evaluación del Impacto en Internet</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>Open an Assessment</source>
        <translation>Abrir una evaluación</translation>
    </message>
    <message>
        <source>This assessment uses the framework “%1”, which is not installed. Add its file to the frameworks folder (%2) and try again.</source>
        <translation>Esta evaluación usa el marco “%1”, que no está instalado. Añada su archivo a la carpeta de marcos (%2) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>All changes saved at %1</source>
        <translation>Todos los cambios se guardaron a las %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>The last change could not be saved, so it was not made: %1</source>
        <translation>No se pudo guardar el último cambio, por lo que no se aplicó: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>%1 — Internet Impact Assessment</source>
        <translation>%1 — Evaluación del Impacto en Internet</translation>
    </message>
    <message>
        <source>New Assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. Draft law on network usage fees</source>
        <translation>p. ej., Proyecto de ley sobre tarifas por uso de red</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>&amp;Marco</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Se importó “%1”.</translation>
    </message>
    <message>
        <source>Import Assessments</source>
        <translation>Importar evaluaciones</translation>
    </message>
    <message>
        <source>Internet Impact Assessments (*.iia)</source>
        <translation>Evaluaciones del Impacto en Internet (*.iia)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportada a %1.</translation>
    </message>
    <message>
        <source>Worked Example</source>
        <translation>Ejemplo práctico</translation>
    </message>
    <message>
        <source>Framework saved to %1; new assessments can use it.</source>
        <translation>Marco guardado en %1; las nuevas evaluaciones pueden usarlo.</translation>
    </message>
    <message>
        <source>About Internet Impact Assessment</source>
        <translation>Acerca de Evaluación del Impacto en Internet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Internet Impact Assessment %1&lt;/h3&gt;&lt;p&gt;Assess a proposed policy against the Internet Way of Networking and the enablers of an open, globally connected, secure and trustworthy Internet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Evaluación del Impacto en Internet %1&lt;/h3&gt;&lt;p&gt;Evalúe una política propuesta según el modo de interconexión de Internet y los facilitadores de una Internet abierta, conectada globalmente, segura y confiable.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The scoring method is our own; the toolkit defines no number. The application never connects to the network.</source>
        <translation>El método de puntuación es propio de esta aplicación; el conjunto de herramientas no define ninguna cifra. La aplicación nunca se conecta a la red.</translation>
    </message>
    <message>
        <source>&amp;Export Brief…</source>
        <translation>&amp;Exportar informe de impacto…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&lt;b&gt;The library is open read-only: you can read everything, but no change can be saved.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La biblioteca está abierta en modo de solo lectura: puede consultarlo todo, pero no se puede guardar ningún cambio.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>The library could not be opened again, so the application closes: %1</source>
        <translation>No se pudo volver a abrir la biblioteca, por lo que la aplicación se cerrará: %1</translation>
    </message>
    <message>
        <source>Backup restored; the library as it was is kept as the backup taken %1.</source>
        <translation>Copia de seguridad restaurada; la biblioteca tal como estaba se conserva como la copia de seguridad realizada el %1.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Copia de seguridad restaurada.</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>Comprobando la biblioteca…</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>Haciendo la copia de seguridad de la biblioteca…</translation>
    </message>
    <message>
        <source>The library was checked and backed up.</source>
        <translation>La biblioteca se comprobó y se hizo su copia de seguridad.</translation>
    </message>
    <message>
        <source>The library was backed up.</source>
        <translation>Se hizo la copia de seguridad de la biblioteca.</translation>
    </message>
    <message>
        <source>The library was checked.</source>
        <translation>La biblioteca se comprobó.</translation>
    </message>
    <message>
        <source>The Library Is Damaged</source>
        <translation>La biblioteca está dañada</translation>
    </message>
    <message>
        <source>The latest backup was put back; the damaged library was moved to “%1”.</source>
        <translation>Se restauró la última copia de seguridad; la biblioteca dañada se movió a «%1».</translation>
    </message>
    <message>
        <source>A new, empty library was started; the damaged one was moved to “%1”.</source>
        <translation>Se empezó una biblioteca nueva y vacía; la dañada se movió a «%1».</translation>
    </message>
    <message>
        <source>Your work is saved in the library as usual; this is tried again at the next start.</source>
        <translation>Su trabajo se guarda en la biblioteca como siempre; se volverá a intentar en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>iia::MessageBanner</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>iia::OdtBrief</name>
    <message>
        <source>The document could not be assembled: %1</source>
        <translation>No se pudo componer el documento: %1</translation>
    </message>
    <message>
        <source>OpenDocument files cannot be written: a part of the application, iia_archive, is missing or damaged (%1). Install the application again, or export the brief as PDF or HTML.</source>
        <translation>No se pueden escribir archivos OpenDocument: falta o está dañado un componente de la aplicación, iia_archive (%1). Vuelva a instalar la aplicación o exporte el informe como PDF o HTML.</translation>
    </message>
</context>
<context>
    <name>iia::PdfBrief</name>
    <message>
        <source>The PDF has no trailer where one was expected.</source>
        <translation>El PDF no tiene un trailer donde se esperaba uno.</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer names no catalogue.</source>
        <translation>El trailer del PDF no indica ningún catálogo.</translation>
    </message>
    <message>
        <source>The PDF&apos;s page tree was not found.</source>
        <translation>No se encontró el árbol de páginas del PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo iniciar el PDF.</translation>
    </message>
</context>
<context>
    <name>iia::PlanPage</name>
    <message>
        <source>&lt;h2&gt;Plan&lt;/h2&gt;&lt;p&gt;Before you analyse, agree on what the assessment is for and what it will take. Short notes are enough; they go into the brief’s context.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Plan&lt;/h2&gt;&lt;p&gt;Antes de analizar, defina para qué sirve la evaluación y qué requerirá. Bastan notas breves; se incorporan al contexto del informe de impacto.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>iia::RadarChart</name>
    <message>
        <source>Critical properties chart</source>
        <translation>Gráfico de propiedades críticas</translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation>Valoración del analista</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>not rated, no answers</source>
        <translation>sin valorar, sin respuestas</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>sin respuestas</translation>
    </message>
    <message>
        <source>%1 %2
Analyst’s rating: %3
Suggested: %4</source>
        <translation>%1 %2
Valoración del analista: %3
Sugerida: %4</translation>
    </message>
</context>
<context>
    <name>iia::ScoreModel</name>
    <message>
        <source>No answers yet</source>
        <translation>Aún no hay respuestas</translation>
    </message>
    <message>
        <source>Suggested from %1 of %2 questions answered</source>
        <translation>Sugerida a partir de %1 de %2 preguntas respondidas</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 de %2 preguntas respondidas</translation>
    </message>
    <message>
        <source>%1 of %2 answers are “Unsure”</source>
        <translation>%1 de %2 respuestas son “Dudoso”</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>difiere</translation>
    </message>
    <message>
        <source>Your rating and the suggestion point different ways</source>
        <translation>Su valoración y la sugerida apuntan en sentidos distintos</translation>
    </message>
    <message>
        <source>The item’s short label</source>
        <translation>La etiqueta breve del elemento</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>The critical property or enabler</source>
        <translation>La propiedad crítica o el facilitador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The goal an enabler serves</source>
        <translation>El objetivo al que sirve un facilitador</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Your own rating, which always decides</source>
        <translation>Su propia valoración, que siempre prevalece</translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation>Valoración del analista</translation>
    </message>
    <message>
        <source>The rating suggested by your answers</source>
        <translation>La valoración sugerida por sus respuestas</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
    <message>
        <source>Share of questions answered</source>
        <translation>Proporción de preguntas respondidas</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Share of answers that are “Unsure”</source>
        <translation>Proporción de respuestas “Dudoso”</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertidumbre</translation>
    </message>
    <message>
        <source>Whether your rating and the suggestion point different ways</source>
        <translation>Si su valoración y la sugerida apuntan en sentidos distintos</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Discrepancia</translation>
    </message>
</context>
<context>
    <name>iia::ScoreTableView</name>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>The analyst’s rating, the suggested rating, coverage and uncertainty of every critical property and enabler</source>
        <translation>La valoración del analista, la valoración sugerida, la cobertura y la incertidumbre de cada propiedad crítica y cada facilitador</translation>
    </message>
</context>
<context>
    <name>iia::SingleInstance</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The lock file %1 could not be created: permission denied.</source>
        <translation>No se pudo crear el archivo de bloqueo %1: permiso denegado.</translation>
    </message>
    <message>
        <source>The lock file %1 could not be created.</source>
        <translation>No se pudo crear el archivo de bloqueo %1.</translation>
    </message>
    <message>
        <source>Internet Impact Assessment is already running for this library, but the folder %1 could not be created to reach it.</source>
        <translation>Evaluación del Impacto en Internet ya se está ejecutando para esta biblioteca, pero no se pudo crear la carpeta %1 para comunicarse con ella.</translation>
    </message>
    <message>
        <source>Internet Impact Assessment is already running for the library in %1, but it did not respond within %2 seconds. Switch to its window, or end it if it no longer responds, and try again.</source>
        <translation>Evaluación del Impacto en Internet ya se está ejecutando para la biblioteca de %1, pero no respondió en %2 segundos. Cambie a su ventana, o ciérrela si ya no responde, y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>iia::Store</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>Error al %1: %2</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>iniciar una transacción</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>guardar</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created. Choose another data folder with --data-dir.</source>
        <translation>No se pudo crear la carpeta “%1”. Elija otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>There is no library at this place.</source>
        <translation>No hay ninguna biblioteca en esta ubicación.</translation>
    </message>
    <message>
        <source>This is a folder, not a library file.</source>
        <translation>Esto es una carpeta, no un archivo de biblioteca.</translation>
    </message>
    <message>
        <source>The library could not be opened: %1.</source>
        <translation>No se pudo abrir la biblioteca: %1.</translation>
    </message>
    <message>
        <source>This file is not an Internet Impact Assessment library: it is not an SQLite database, or it is damaged (%1). It has not been changed.</source>
        <translation>Este archivo no es una biblioteca de Evaluación del Impacto en Internet: no es una base de datos SQLite o está dañado (%1). No se ha modificado.</translation>
    </message>
    <message>
        <source>This SQLite database belongs to another program, not to Internet Impact Assessment. It has not been changed.</source>
        <translation>Esta base de datos SQLite pertenece a otro programa, no a Evaluación del Impacto en Internet. No se ha modificado.</translation>
    </message>
    <message>
        <source>This library was written by a newer version of the application (library version %1; this version reads up to %2). Install the newer version; the library has not been changed.</source>
        <translation>Esta biblioteca se escribió con una versión más reciente de la aplicación (versión de biblioteca %1; esta versión lee hasta la %2). Instale la versión más reciente; la biblioteca no se ha modificado.</translation>
    </message>
    <message>
        <source>This library needs an update to be read, but it is read-only. Make it writable and try again.</source>
        <translation>Esta biblioteca debe actualizarse para poder leerse, pero es de solo lectura. Permita la escritura en ella y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Switching on the write-ahead log</source>
        <translation>activar el registro de escritura anticipada</translation>
    </message>
    <message>
        <source>Updating the library to version %1</source>
        <translation>actualizar la biblioteca a la versión %1</translation>
    </message>
    <message>
        <source>Listing the assessments</source>
        <translation>enumerar las evaluaciones</translation>
    </message>
    <message>
        <source>Looking up an assessment</source>
        <translation>buscar una evaluación</translation>
    </message>
    <message>
        <source>There is no assessment with the id “%1” in the library.</source>
        <translation>No hay ninguna evaluación con el id “%1” en la biblioteca.</translation>
    </message>
    <message>
        <source>Loading an assessment</source>
        <translation>cargar una evaluación</translation>
    </message>
    <message>
        <source>Loading the answers</source>
        <translation>cargar las respuestas</translation>
    </message>
    <message>
        <source>Loading the ratings</source>
        <translation>cargar las valoraciones</translation>
    </message>
    <message>
        <source>Loading the evidence</source>
        <translation>cargar la evidencia</translation>
    </message>
    <message>
        <source>Saving the evidence</source>
        <translation>guardar la evidencia</translation>
    </message>
    <message>
        <source>Saving the answers</source>
        <translation>guardar las respuestas</translation>
    </message>
    <message>
        <source>Saving the ratings</source>
        <translation>guardar las valoraciones</translation>
    </message>
    <message>
        <source>Saving the history</source>
        <translation>guardar el historial</translation>
    </message>
    <message>
        <source>Adding an assessment</source>
        <translation>añadir una evaluación</translation>
    </message>
    <message>
        <source>The library already holds an assessment with the id %1 (“%2”).</source>
        <translation>La biblioteca ya contiene una evaluación con el id %1 (“%2”).</translation>
    </message>
    <message>
        <source>Replacing an assessment</source>
        <translation>reemplazar una evaluación</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>guardar el cambio</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>mover a la papelera</translation>
    </message>
    <message>
        <source>There is no assessment with the id “%1” outside the trash.</source>
        <translation>No hay ninguna evaluación con el id “%1” fuera de la papelera.</translation>
    </message>
    <message>
        <source>Restoring from the trash</source>
        <translation>restaurar desde la papelera</translation>
    </message>
    <message>
        <source>There is no assessment with the id “%1” in the trash.</source>
        <translation>No hay ninguna evaluación con el id “%1” en la papelera.</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>vaciar la papelera</translation>
    </message>
    <message>
        <source>Listing the revisions</source>
        <translation>enumerar las revisiones</translation>
    </message>
    <message>
        <source>Loading a revision</source>
        <translation>cargar una revisión</translation>
    </message>
    <message>
        <source>The assessment has no revision %1.</source>
        <translation>La evaluación no tiene ninguna revisión %1.</translation>
    </message>
    <message>
        <source>Saving a revision</source>
        <translation>guardar una revisión</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again. Everything saved before is still in the library.</source>
        <translation>El disco está lleno: libere espacio y vuelva a intentarlo. Todo lo guardado anteriormente sigue en la biblioteca.</translation>
    </message>
    <message>
        <source>The library file or its folder is not writable any more.</source>
        <translation>Ya no se puede escribir en el archivo de la biblioteca ni en su carpeta.</translation>
    </message>
    <message>
        <source>The library is open read-only, so nothing can be changed.</source>
        <translation>La biblioteca está abierta en modo de solo lectura, por lo que no se puede modificar nada.</translation>
    </message>
    <message>
        <source>The library is open read-only, so nothing can be changed. %1</source>
        <translation>La biblioteca está abierta en modo de solo lectura, por lo que no se puede modificar nada. %1</translation>
    </message>
    <message>
        <source>The folder “%1” is not writable (%2).</source>
        <translation>No se puede escribir en la carpeta “%1” (%2).</translation>
    </message>
    <message>
        <source>The folder “%1” is not writable.</source>
        <translation>No se puede escribir en la carpeta “%1”.</translation>
    </message>
    <message>
        <source>The library file “%1” is not writable (%2). Make it writable, then start the application again.</source>
        <translation>No se puede escribir en el archivo de biblioteca “%1” (%2). Permita la escritura en él y vuelva a iniciar la aplicación.</translation>
    </message>
    <message>
        <source>The library file “%1” is not writable. Make it writable, then start the application again.</source>
        <translation>No se puede escribir en el archivo de biblioteca “%1”. Permita la escritura en él y vuelva a iniciar la aplicación.</translation>
    </message>
    <message>
        <source>%1 Make it writable, then start the application again.</source>
        <translation>%1 Permita la escritura en ella y vuelva a iniciar la aplicación.</translation>
    </message>
    <message>
        <source>This library is damaged: the file holds %1 bytes where its header records %2. It was probably cut short (an interrupted copy, a full disk). It has not been changed.</source>
        <translation>Esta biblioteca está dañada: el archivo ocupa %1 bytes, pero su encabezado indica %2. Probablemente quedó truncado (una copia interrumpida, un disco lleno). No se ha modificado.</translation>
    </message>
    <message>
        <source>No library can be created here. %1 Choose another data folder with --data-dir, or make this one writable.</source>
        <translation>No se puede crear una biblioteca aquí. %1 Elija otra carpeta de datos con --data-dir, o permita la escritura en esta.</translation>
    </message>
    <message>
        <source>The library could not be opened for writing: %1</source>
        <translation>No se pudo abrir la biblioteca para escritura: %1</translation>
    </message>
    <message>
        <source>The disk that holds it is full (%1 free): %2 Free some space, then start the application again.</source>
        <translation>El disco que la contiene está lleno (%1 libres): %2 Libere espacio y vuelva a iniciar la aplicación.</translation>
    </message>
    <message>
        <source>The library could not be read: %1.</source>
        <translation>No se pudo leer la biblioteca: %1.</translation>
    </message>
    <message>
        <source>Backing up the library</source>
        <translation>hacer una copia de seguridad de la biblioteca</translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation>comprobar la biblioteca</translation>
    </message>
    <message>
        <source>Reading the library&apos;s state</source>
        <translation>leer el estado de la biblioteca</translation>
    </message>
    <message>
        <source>Saving the library&apos;s state</source>
        <translation>guardar el estado de la biblioteca</translation>
    </message>
</context>
<context>
    <name>iia::SummaryPage</name>
    <message>
        <source>&lt;h2&gt;Summary&lt;/h2&gt;&lt;p&gt;Your ratings beside the suggestions computed from your answers. Your rating decides; where the two point different ways, look again.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Resumen&lt;/h2&gt;&lt;p&gt;Sus valoraciones junto a las sugeridas, calculadas a partir de sus respuestas. Su valoración es la que decide; donde ambas apunten en sentidos distintos, vuelva a revisarlas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Headline verdicts</source>
        <translation>Veredictos principales</translation>
    </message>
    <message>
        <source>%1 of %2 rated; %3 of the questions answered, %4 unsure</source>
        <translation>%1 de %2 valorados; %3 de las preguntas respondidas, %4 dudosas</translation>
    </message>
    <message>
        <source>What the Internet needs to exist</source>
        <translation>Lo que Internet necesita para existir</translation>
    </message>
    <message>
        <source>What the Internet needs to thrive</source>
        <translation>Lo que Internet necesita para prosperar</translation>
    </message>
    <message>
        <source>%1: you rated “%2”, the answers suggest “%3”</source>
        <translation>%1: usted valoró “%2”, las respuestas sugieren “%3”</translation>
    </message>
    <message>
        <source>Your ratings and the suggestions agree everywhere.</source>
        <translation>Sus valoraciones y las sugeridas coinciden en todos los casos.</translation>
    </message>
</context>
<context>
    <name>iia::TextWriters</name>
    <message>
        <source>%1 of %2 rated, coverage %3, unsure %4</source>
        <translation>%1 de %2 valorados, cobertura %3, dudosas %4</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Aún no hay respuestas</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation>Valoración del analista</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>(%n unsure)</source>
        <translation>
            <numerusform>(%n dudosa)</numerusform>
            <numerusform>(%n dudosas)</numerusform>
        </translation>
    </message>
    <message>
        <source>! differs</source>
        <translation>! difiere</translation>
    </message>
    <message>
        <source>%1  %2  (%3, weight %4)  → %5</source>
        <translation>%1  %2  (%3, peso %4)  → %5</translation>
    </message>
    <message>
        <source>harm if yes</source>
        <translation>perjudica si es “sí”</translation>
    </message>
    <message>
        <source>support if yes</source>
        <translation>favorece si es “sí”</translation>
    </message>
    <message>
        <source>support %1 − harm %2 = %3</source>
        <translation>favorable %1 − perjudicial %2 = %3</translation>
    </message>
    <message>
        <source>Critical properties — what the Internet needs to exist</source>
        <translation>Propiedades críticas — lo que Internet necesita para existir</translation>
    </message>
    <message>
        <source>Enablers — what the Internet needs to thrive</source>
        <translation>Facilitadores — lo que Internet necesita para prosperar</translation>
    </message>
    <message>
        <source>Exist</source>
        <translation>Existir</translation>
    </message>
    <message>
        <source>Thrive</source>
        <translation>Prosperar</translation>
    </message>
    <message>
        <source>Completion: %1</source>
        <translation>Avance: %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Colaboradores</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message numerus="yes">
        <source>Draft text: %n character(s)</source>
        <translation>
            <numerusform>Texto del borrador: %n carácter</numerusform>
            <numerusform>Texto del borrador: %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Valoración: %1</translation>
    </message>
    <message>
        <source>How it is affected: %1</source>
        <translation>Cómo se ve afectada Internet: %1</translation>
    </message>
    <message>
        <source>Effect on people: %1</source>
        <translation>Efecto en las personas: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation>La biblioteca está vacía.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Enablers</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
</context>
<context>
    <name>iia::Vocabulary</name>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Dudoso</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>Sin impacto</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Con impacto</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixto</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Incierto</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Aún sin evaluar</translation>
    </message>
    <message>
        <source>No impact found</source>
        <translation>Sin impacto detectado</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Favorece</translation>
    </message>
    <message>
        <source>Impact unclear</source>
        <translation>Impacto incierto</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Undermines</source>
        <translation>Socava</translation>
    </message>
    <message>
        <source>Yes, direction not set</source>
        <translation>Sí, sentido sin definir</translation>
    </message>
    <message>
        <source>Yes, mixed</source>
        <translation>Sí, mixto</translation>
    </message>
    <message>
        <source>Yes, unclear</source>
        <translation>Sí, incierto</translation>
    </message>
    <message>
        <source>Yes, strongly positive</source>
        <translation>Sí, muy positivo</translation>
    </message>
    <message>
        <source>Yes, weakly positive</source>
        <translation>Sí, levemente positivo</translation>
    </message>
    <message>
        <source>Yes, positive</source>
        <translation>Sí, positivo</translation>
    </message>
    <message>
        <source>Yes, strongly negative</source>
        <translation>Sí, muy negativo</translation>
    </message>
    <message>
        <source>Yes, weakly negative</source>
        <translation>Sí, levemente negativo</translation>
    </message>
    <message>
        <source>Yes, negative</source>
        <translation>Sí, negativo</translation>
    </message>
</context>
</TS>
