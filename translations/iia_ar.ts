<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>iia::Application</name>
    <message>
        <source>Internet Impact Assessment</source>
        <translation>تقييم الأثر على الإنترنت</translation>
    </message>
    <message>
        <source>The library could not be opened, so the application cannot start. Nothing was changed.

%1</source>
        <translation>تعذّر فتح المكتبة، ولذلك لا يمكن تشغيل التطبيق. لم يُغيَّر أي شيء.

%1</translation>
    </message>
</context>
<context>
    <name>iia::Assessment</name>
    <message>
        <source>Law or bill</source>
        <translation>قانون أو مشروع قانون</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>لائحة تنظيمية</translation>
    </message>
    <message>
        <source>Policy or strategy</source>
        <translation>سياسة أو استراتيجية</translation>
    </message>
    <message>
        <source>Technical standard</source>
        <translation>معيار تقني</translation>
    </message>
    <message>
        <source>Technology or service</source>
        <translation>تقنية أو خدمة</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>توجّه</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Idea or announcement</source>
        <translation>فكرة أو إعلان</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Public consultation</source>
        <translation>مشاورة عامة</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>معتمَد</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>نافذ</translation>
    </message>
    <message>
        <source>The issue in one or two sentences</source>
        <translation>القضية في جملة أو جملتين</translation>
    </message>
    <message>
        <source>What the assessment should achieve</source>
        <translation>ما ينبغي أن يحققه التقييم</translation>
    </message>
    <message>
        <source>Whom it must influence, and what they care about</source>
        <translation>الجهات التي يجب أن يؤثر فيها التقييم، وما يهمها</translation>
    </message>
    <message>
        <source>Who benefits if it succeeds</source>
        <translation>من يستفيد إذا نجح التقييم</translation>
    </message>
    <message>
        <source>Skills needed and who has them</source>
        <translation>المهارات اللازمة ومن يملكها</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>المتعاونون</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Time available</source>
        <translation>الوقت المتاح</translation>
    </message>
    <message>
        <source>What could help or hinder</source>
        <translation>ما قد يساعد أو يعيق</translation>
    </message>
    <message>
        <source>Existing work to build on</source>
        <translation>أعمال قائمة يمكن البناء عليها</translation>
    </message>
</context>
<context>
    <name>iia::AssessmentView</name>
    <message>
        <source>Steps of the assessment</source>
        <translation>خطوات التقييم</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Case and draft</source>
        <translation>الحالة ومشروع النص</translation>
    </message>
    <message>
        <source>Critical properties</source>
        <translation>الخصائص الأساسية</translation>
    </message>
    <message>
        <source>Enablers</source>
        <translation>العوامل الممكِّنة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Conclusions and recommendations</source>
        <translation>الاستنتاجات والتوصيات</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>الخطوة السابقة</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>no draft</source>
        <translation>لا يوجد مشروع نص</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
</context>
<context>
    <name>iia::BackupModel</name>
    <message>
        <source>Taken</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
</context>
<context>
    <name>iia::Backups</name>
    <message>
        <source>“%1” could not be renamed to “%2”: %3.</source>
        <translation>تعذّرت إعادة تسمية «%1» إلى «%2»: %3.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>تعذّرت قراءة «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” could not be written to the disk: %2.</source>
        <translation>تعذّرت كتابة «%1» على القرص: %2.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation>تعذّرت كتابة «%1»: %2.</translation>
    </message>
    <message>
        <source>There is no sound backup of the library in “%1”.</source>
        <translation>لا توجد نسخة احتياطية سليمة من المكتبة في «%1».</translation>
    </message>
    <message>
        <source>There is no backup called “%1” in “%2”.</source>
        <translation>لا توجد نسخة احتياطية باسم «%1» في «%2».</translation>
    </message>
    <message>
        <source>There is no backup at “%1”.</source>
        <translation>لا توجد نسخة احتياطية في «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a sound library backup: %2</source>
        <translation>«%1» ليست نسخة احتياطية سليمة من المكتبة: %2</translation>
    </message>
    <message>
        <source>it is not an Internet Impact Assessment library.</source>
        <translation>فهي ليست مكتبة لتطبيق تقييم الأثر على الإنترنت.</translation>
    </message>
    <message>
        <source>“%1” is a library of version %2; this version of the application reads versions %3 to %4.</source>
        <translation>«%1» مكتبة من الإصدار %2؛ بينما يقرأ هذا الإصدار من التطبيق الإصدارات من %3 إلى %4.</translation>
    </message>
    <message>
        <source>Too many files named “%1…” in “%2”.</source>
        <translation>توجد ملفات كثيرة جدًا باسم «%1…» في «%2».</translation>
    </message>
    <message>
        <source>The backups folder “%1” could not be created.</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية «%1».</translation>
    </message>
    <message>
        <source>A backup could not be started in “%1”: %2.</source>
        <translation>تعذّر بدء إنشاء نسخة احتياطية في «%1»: %2.</translation>
    </message>
    <message>
        <source>The backup could not be copied into “%1”: %2.</source>
        <translation>تعذّر نسخ النسخة الاحتياطية إلى «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2.</source>
        <translation>تعذّرت إزالة «%1»: %2.</translation>
    </message>
    <message>
        <source>There is no library file at “%1”.</source>
        <translation>لا يوجد ملف مكتبة في «%1».</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>تعذّر إنشاء المجلد «%1».</translation>
    </message>
    <message>
        <source>A copy could not be started in “%1”: %2.</source>
        <translation>تعذّر بدء إنشاء نسخة في «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>iia::BackupsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;استعادة…</translation>
    </message>
    <message>
        <source>Backups of the Library</source>
        <translation>النسخ الاحتياطية للمكتبة</translation>
    </message>
    <message>
        <source>Backups of the library</source>
        <translation>النسخ الاحتياطية للمكتبة</translation>
    </message>
    <message>
        <source>A backup of the library is taken before every update of its format, once a day when you use the application, and before a backup is put back. The newest %1 are kept in %2.</source>
        <translation>تُنشأ نسخة احتياطية من المكتبة قبل كل تحديث لتنسيقها، ومرة واحدة يوميًا عند استخدامك للتطبيق، وقبل استعادة أي نسخة احتياطية. ويُحتفَظ بأحدث النسخ الاحتياطية، وعددها %1، في %2.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>There are no backups yet. The first is taken tomorrow, when you start the application again, or before the library&apos;s format is next updated.</source>
        <translation>لا توجد نسخ احتياطية بعد. ستُنشأ أول نسخة غدًا عند تشغيلك التطبيق مجددًا، أو قبل التحديث التالي لتنسيق المكتبة.</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>استعادة النسخة الاحتياطية المحدَّدة</translation>
    </message>
    <message>
        <source>The library is read-only, so no backup can be put back.</source>
        <translation>المكتبة للقراءة فقط، ولذلك لا يمكن استعادة أي نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message numerus="yes">
        <source>Put back the backup taken %1, with %n assessment(s), in place of the library?</source>
        <translation>
            <numerusform>هل تريد استعادة النسخة الاحتياطية المُنشأة في %1، وفيها %n تقييم، لتحل محل المكتبة الحالية؟</numerusform>
            <numerusform>هل تريد استعادة النسخة الاحتياطية المُنشأة في %1، وفيها تقييم واحد، لتحل محل المكتبة الحالية؟</numerusform>
            <numerusform>هل تريد استعادة النسخة الاحتياطية المُنشأة في %1، وفيها تقييمان، لتحل محل المكتبة الحالية؟</numerusform>
            <numerusform>هل تريد استعادة النسخة الاحتياطية المُنشأة في %1، وفيها %n تقييمات، لتحل محل المكتبة الحالية؟</numerusform>
            <numerusform>هل تريد استعادة النسخة الاحتياطية المُنشأة في %1، وفيها %n تقييمًا، لتحل محل المكتبة الحالية؟</numerusform>
            <numerusform>هل تريد استعادة النسخة الاحتياطية المُنشأة في %1، وفيها %n تقييم، لتحل محل المكتبة الحالية؟</numerusform>
        </translation>
    </message>
    <message>
        <source>The library as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>تُنشأ أولًا نسخة احتياطية من المكتبة بحالتها الراهنة، ولذلك يمكن التراجع عن هذه العملية باستعادة تلك النسخة.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
</context>
<context>
    <name>iia::Brief</name>
    <message>
        <source>decided by %1</source>
        <translation>بناءً على %1</translation>
    </message>
    <message>
        <source>Untitled assessment</source>
        <translation>تقييم بلا عنوان</translation>
    </message>
    <message>
        <source>Internet Impact Brief: %1</source>
        <translation>موجز الأثر على الإنترنت: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>المؤلفون</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>المساهمون</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>الولاية القضائية</translation>
    </message>
    <message>
        <source>Kind of instrument</source>
        <translation>نوع الصك</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>الملخص التنفيذي</translation>
    </message>
    <message>
        <source>Can the Internet still exist as it does? (critical properties)</source>
        <translation>هل يمكن أن تبقى الإنترنت على ما هي عليه؟ (الخصائص الأساسية)</translation>
    </message>
    <message>
        <source>Can it still thrive? (enablers)</source>
        <translation>هل يمكن أن تواصل ازدهارها؟ (العوامل الممكِّنة)</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>أبرز النتائج</translation>
    </message>
    <message>
        <source>%1 (suggested from the answers)</source>
        <translation>%1 (مقترح استنادًا إلى الإجابات)</translation>
    </message>
    <message>
        <source>No impact on any critical property or enabler has been found so far.</source>
        <translation>لم يُرصد حتى الآن أي أثر على أي خاصية أساسية أو عامل ممكِّن.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the properties and enablers are not yet assessed; this brief is incomplete.</source>
        <translation>
            <numerusform>لم يُقيَّم بعد %n عنصر من الخصائص والعوامل الممكِّنة؛ وهذا الموجز غير مكتمل.</numerusform>
            <numerusform>لم يُقيَّم بعد عنصر واحد من الخصائص والعوامل الممكِّنة؛ وهذا الموجز غير مكتمل.</numerusform>
            <numerusform>لم يُقيَّم بعد عنصران من الخصائص والعوامل الممكِّنة؛ وهذا الموجز غير مكتمل.</numerusform>
            <numerusform>لم تُقيَّم بعد %n عناصر من الخصائص والعوامل الممكِّنة؛ وهذا الموجز غير مكتمل.</numerusform>
            <numerusform>لم يُقيَّم بعد %n عنصرًا من الخصائص والعوامل الممكِّنة؛ وهذا الموجز غير مكتمل.</numerusform>
            <numerusform>لم يُقيَّم بعد %n عنصر من الخصائص والعوامل الممكِّنة؛ وهذا الموجز غير مكتمل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation>تقدير المحلل</translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation>التقدير المقترح</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>بلا تقدير</translation>
    </message>
    <message>
        <source>The five critical properties: the analyst’s rating and the rating suggested by the answers, from −3 (strongly negative) to +3 (strongly positive).</source>
        <translation>الخصائص الأساسية الخمس: تقدير المحلل والتقدير الذي تقترحه الإجابات، من ‎−3 (سلبي بشدة) إلى ‎+3 (إيجابي بشدة).</translation>
    </message>
    <message>
        <source>The enablers, grouped by goal: the analyst’s rating and the suggested rating, from −3 to +3.</source>
        <translation>العوامل الممكِّنة مجمَّعةً حسب الهدف: تقدير المحلل والتقدير المقترح، من ‎−3 إلى ‎+3.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <source>The proposal is assessed against the five critical properties that the Internet needs in order to exist:</source>
        <translation>يُقيَّم المقترح في ضوء الخصائص الأساسية الخمس التي تحتاج إليها الإنترنت لكي تبقى:</translation>
    </message>
    <message>
        <source>…and against the enablers that help it thrive, grouped by the goal they serve:</source>
        <translation>…وفي ضوء العوامل الممكِّنة التي تساعدها على الازدهار، مجمَّعةً حسب الهدف الذي تخدمه:</translation>
    </message>
    <message>
        <source>For each property and enabler the analyst answers guiding questions (yes, partly, no, unsure or not applicable) and records a rating: whether there is an impact, whether it is positive, negative, mixed or unclear, and how strong. From the answers, this application suggests a rating of its own: every answer counts with the weight the framework gives its question, towards support or towards harm, and the balance decides the direction and the strength. The analyst’s rating always prevails; where the two disagree, the brief says so. Coverage is the share of questions answered; uncertainty the share of answers that were “unsure”.</source>
        <translation>لكل خاصية وعامل ممكِّن، يجيب المحلل عن أسئلة توجيهية (نعم، جزئيًا، لا، غير متأكد، لا ينطبق) ويسجّل تقديرًا: هل هناك أثر، وهل هو إيجابي أم سلبي أم مختلط أم غير واضح، وما مدى قوته. ويقترح هذا التطبيق، استنادًا إلى الإجابات، تقديرًا خاصًا به: إذ تُحتسب كل إجابة بالوزن الذي يمنحه الإطار لسؤالها، في اتجاه الدعم أو في اتجاه الضرر، ويحدد الرصيد الناتج الاتجاهَ والشدة. ويظل تقدير المحلل هو الغالب دائمًا؛ وحيثما يختلف التقديران، يشير الموجز إلى ذلك. والتغطية هي نسبة الأسئلة المُجاب عنها؛ وعدم اليقين هو نسبة الإجابات التي كانت «غير متأكد».</translation>
    </message>
    <message>
        <source>Context and assumptions</source>
        <translation>السياق والافتراضات</translation>
    </message>
    <message>
        <source>The case has not been described yet.</source>
        <translation>لم تُوصف الحالة بعد.</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>The text assessed: %1 (%2).</source>
        <translation>النص الخاضع للتقييم: %1 (%2).</translation>
    </message>
    <message>
        <source>pasted into the assessment</source>
        <translation>مُلصَق في التقييم</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n كلمة</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمةً</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet assessed: no question answered and no rating given.</source>
        <translation>لم يُقيَّم بعد: لم يُجَب عن أي سؤال ولم يُعطَ أي تقدير.</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>لم يُقدَّر بعد</translation>
    </message>
    <message>
        <source>None (no answers that count)</source>
        <translation>لا يوجد (لا توجد إجابات تدخل في الحساب)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered (%3), %4 unsure</source>
        <translation>أُجيب عن %1 من الأسئلة من أصل %2 (%3)، و%4 «غير متأكد»</translation>
    </message>
    <message>
        <source>The analyst’s rating and the rating suggested by the answers point in different directions.</source>
        <translation>يشير تقدير المحلل والتقدير الذي تقترحه الإجابات إلى اتجاهين مختلفين.</translation>
    </message>
    <message>
        <source>How the Internet is affected</source>
        <translation>كيف تتأثر الإنترنت</translation>
    </message>
    <message>
        <source>Not described.</source>
        <translation>لم يُوصف.</translation>
    </message>
    <message>
        <source>Effect on people</source>
        <translation>الأثر على الناس</translation>
    </message>
    <message>
        <source>The answers that mattered</source>
        <translation>الإجابات المؤثرة</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>داعمة</translation>
    </message>
    <message>
        <source>harms</source>
        <translation>ضارة</translation>
    </message>
    <message>
        <source>Analysis against the critical properties</source>
        <translation>التحليل في ضوء الخصائص الأساسية</translation>
    </message>
    <message>
        <source>Analysis against the enablers</source>
        <translation>التحليل في ضوء العوامل الممكِّنة</translation>
    </message>
    <message>
        <source>Verdict for this goal</source>
        <translation>الحكم على هذا الهدف</translation>
    </message>
    <message>
        <source>Conclusions and recommendations</source>
        <translation>الاستنتاجات والتوصيات</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <source>No conclusions written yet.</source>
        <translation>لم تُكتب أي استنتاجات بعد.</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>No recommendations written yet.</source>
        <translation>لم تُكتب أي توصيات بعد.</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>الملحق</translation>
    </message>
    <message>
        <source>Every answer</source>
        <translation>جميع الإجابات</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Coverage and uncertainty</source>
        <translation>التغطية وعدم اليقين</translation>
    </message>
    <message>
        <source>Property or enabler</source>
        <translation>الخاصية أو العامل الممكِّن</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>المُجاب عنها</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>غير متأكد</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>عدم اليقين</translation>
    </message>
    <message>
        <source>Overall completion: %1.</source>
        <translation>نسبة الإنجاز الإجمالية: %1.</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Brief made</source>
        <translation>تاريخ إعداد الموجز</translation>
    </message>
</context>
<context>
    <name>iia::BriefExporter</name>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (LibreOffice, Word)</source>
        <translation>نص OpenDocument (LibreOffice، Word)</translation>
    </message>
    <message>
        <source>Web page (one self-contained file)</source>
        <translation>صفحة ويب (ملف واحد مكتفٍ بذاته)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV table (spreadsheets)</source>
        <translation>جدول CSV (لبرامج جداول البيانات)</translation>
    </message>
    <message>
        <source>Internet Impact Assessment file (.iia)</source>
        <translation>ملف تقييم الأثر على الإنترنت (.iia)</translation>
    </message>
    <message>
        <source>The framework “%1 %2” of this assessment is not installed.</source>
        <translation>إطار هذا التقييم «%1 %2» غير مثبّت.</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>تنسيق التصدير غير معروف.</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>تعذّر إنشاء المجلد «%1».</translation>
    </message>
</context>
<context>
    <name>iia::CasePage</name>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The case&lt;/h2&gt;&lt;p&gt;Describe the proposal under assessment. Paste or import its draft text in the panel beside this page; you will attach passages of it as evidence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;الحالة&lt;/h2&gt;&lt;p&gt;صِف المقترح الخاضع للتقييم. الصق نص مشروعه أو استورده في اللوحة المجاورة لهذه الصفحة؛ وستُرفق مقاطع منه بوصفها أدلة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>e.g. Draft law on network usage fees</source>
        <translation>مثال: مشروع قانون بشأن رسوم استخدام الشبكة</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>الولاية القضائية</translation>
    </message>
    <message>
        <source>Country, region or body</source>
        <translation>بلد أو إقليم أو هيئة</translation>
    </message>
    <message>
        <source>Kind of instrument</source>
        <translation>نوع الصك</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Authors (one a line)</source>
        <translation>المؤلفون (واحد في كل سطر)</translation>
    </message>
    <message>
        <source>Contributors (one a line)</source>
        <translation>المساهمون (واحد في كل سطر)</translation>
    </message>
    <message>
        <source>Version of the brief</source>
        <translation>إصدار الموجز</translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation>مثال: 1.0</translation>
    </message>
    <message>
        <source>Date of the brief</source>
        <translation>تاريخ الموجز</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Import the &amp;Draft from a File…</source>
        <translation>استيراد &amp;مشروع النص من ملف…</translation>
    </message>
    <message>
        <source>Import the draft from a file</source>
        <translation>استيراد مشروع النص من ملف</translation>
    </message>
</context>
<context>
    <name>iia::Charts</name>
    <message>
        <source>The charts cannot be drawn: the application&apos;s iia_charts component is missing or damaged. Reinstall the application to get them back; the table holds the same values.</source>
        <translation>تعذّر رسم المخططات: مكوّن iia_charts في التطبيق مفقود أو تالف. أعد تثبيت التطبيق لاستعادتها؛ ويحتوي الجدول على القيم نفسها.</translation>
    </message>
</context>
<context>
    <name>iia::CommandLine</name>
    <message>
        <source>List the available frameworks with their counts.</source>
        <translation>سرد الأطر المتاحة مع أعداد عناصرها.</translation>
    </message>
    <message>
        <source>List the assessments in the library.</source>
        <translation>سرد التقييمات الموجودة في المكتبة.</translation>
    </message>
    <message>
        <source>Show one assessment.</source>
        <translation>عرض تقييم واحد.</translation>
    </message>
    <message>
        <source>Create an empty assessment and print its id.</source>
        <translation>إنشاء تقييم فارغ وطباعة معرّفه.</translation>
    </message>
    <message>
        <source>Import .iia files (each in one transaction, or not at all).</source>
        <translation>استيراد ملفات .iia (كل ملف في معاملة واحدة، أو لا يُستورد إطلاقًا).</translation>
    </message>
    <message>
        <source>Ratings, suggested ratings, coverage and the headline verdicts.</source>
        <translation>التقديرات والتقديرات المقترحة ونسبة التغطية والحكمان الرئيسيان.</translation>
    </message>
    <message>
        <source>Copy an assessment under a new id.</source>
        <translation>نسخ تقييم بمعرّف جديد.</translation>
    </message>
    <message>
        <source>Move an assessment to the trash.</source>
        <translation>نقل تقييم إلى سلة المهملات.</translation>
    </message>
    <message>
        <source>Take an assessment back out of the trash.</source>
        <translation>إخراج تقييم من سلة المهملات.</translation>
    </message>
    <message>
        <source>Delete the assessments in the trash for good.</source>
        <translation>حذف التقييمات الموجودة في سلة المهملات نهائيًا.</translation>
    </message>
    <message>
        <source>List the saved revisions of an assessment.</source>
        <translation>سرد المراجعات المحفوظة لتقييم ما.</translation>
    </message>
    <message>
        <source>Put an earlier revision back (the current state is kept as a revision).</source>
        <translation>استعادة مراجعة سابقة (تُحفظ الحالة الراهنة بوصفها مراجعة).</translation>
    </message>
    <message>
        <source>Check framework (.json) or assessment (.iia) files and list every error.</source>
        <translation>فحص ملفات الأطر (.json) أو ملفات التقييمات (.iia) وسرد كل خطأ فيها.</translation>
    </message>
    <message>
        <source>Keep the library in DIR instead of the default data folder.</source>
        <translation>حفظ المكتبة في المجلد DIR بدلًا من مجلد البيانات الافتراضي.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON (frameworks, list, show, score).</source>
        <translation>طباعة مخرجات بصيغة JSON قابلة للقراءة آليًا (frameworks، list، show، score).</translation>
    </message>
    <message>
        <source>With score: list the answers behind every suggested rating.</source>
        <translation>مع score: سرد الإجابات التي يستند إليها كل تقدير مقترح.</translation>
    </message>
    <message>
        <source>With import: give an assessment that is already in the library a new id.</source>
        <translation>مع import: منح التقييم الموجود أصلًا في المكتبة معرّفًا جديدًا.</translation>
    </message>
    <message>
        <source>With import: overwrite an assessment that is already in the library.</source>
        <translation>مع import: استبدال التقييم الموجود أصلًا في المكتبة.</translation>
    </message>
    <message>
        <source>With export: the file to write.</source>
        <translation>مع export: الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>With list: list the trash instead.</source>
        <translation>مع list: سرد محتويات سلة المهملات بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>With list: only assessments whose title, jurisdiction or text match WORDS.</source>
        <translation>مع list: الاقتصار على التقييمات التي يطابق عنوانها أو ولايتها القضائية أو نصها الكلمات WORDS.</translation>
    </message>
    <message>
        <source>Language of framework texts in the output (default: the system&apos;s).</source>
        <translation>لغة نصوص الإطار في المخرجات (الافتراضي: لغة النظام).</translation>
    </message>
    <message>
        <source>Internet Impact Assessment — assess a proposed policy against the Internet Way of Networking.</source>
        <translation>تقييم الأثر على الإنترنت — تقييم سياسة مقترحة في ضوء نهج الإنترنت في التشبيك.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>أحد الأوامر الواردة أدناه.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 bad usage or bad input.</source>
        <translation>حالة الخروج: 0 نجاح، 1 إخفاق، 2 استخدام خاطئ أو مدخلات غير صالحة.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>مجلد البيانات: %1</translation>
    </message>
    <message>
        <source>Try “iia --help”.</source>
        <translation>جرّب «iia --help».</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>تحذير: </translation>
    </message>
    <message>
        <source>--as-copy and --replace exclude each other.</source>
        <translation>لا يمكن استخدام الخيارين --as-copy و --replace معًا.</translation>
    </message>
    <message>
        <source>“frameworks” takes no arguments.</source>
        <translation>الأمر «frameworks» لا يقبل أي وسائط.</translation>
    </message>
    <message>
        <source>“list” takes no arguments.</source>
        <translation>الأمر «list» لا يقبل أي وسائط.</translation>
    </message>
    <message>
        <source>Usage: iia show ID</source>
        <translation>الاستخدام: iia show ID</translation>
    </message>
    <message>
        <source>Usage: iia new TITLE</source>
        <translation>الاستخدام: iia new TITLE</translation>
    </message>
    <message>
        <source>Usage: iia import FILE… [--as-copy | --replace]</source>
        <translation>الاستخدام: iia import FILE… [--as-copy | --replace]</translation>
    </message>
    <message>
        <source>Usage: iia score FILE|ID [--explain] [--json]</source>
        <translation>الاستخدام: iia score FILE|ID [--explain] [--json]</translation>
    </message>
    <message>
        <source>Usage: iia duplicate ID</source>
        <translation>الاستخدام: iia duplicate ID</translation>
    </message>
    <message>
        <source>Usage: iia delete ID</source>
        <translation>الاستخدام: iia delete ID</translation>
    </message>
    <message>
        <source>Usage: iia restore ID</source>
        <translation>الاستخدام: iia restore ID</translation>
    </message>
    <message>
        <source>“empty-trash” takes no arguments.</source>
        <translation>الأمر «empty-trash» لا يقبل أي وسائط.</translation>
    </message>
    <message>
        <source>Usage: iia history ID</source>
        <translation>الاستخدام: iia history ID</translation>
    </message>
    <message>
        <source>Usage: iia revert ID REVISION</source>
        <translation>الاستخدام: iia revert ID REVISION</translation>
    </message>
    <message>
        <source>Usage: iia validate FILE…</source>
        <translation>الاستخدام: iia validate FILE…</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>«%1» ليس أمرًا.</translation>
    </message>
    <message>
        <source>The framework “%1” is not installed.</source>
        <translation>الإطار «%1» غير مثبّت.</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>استُبدل</translation>
    </message>
    <message>
        <source>imported as a copy</source>
        <translation>استُورد نسخةً</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <source>%1: %2 “%3” (%4)</source>
        <translation>%1: %2 «%3» (%4)</translation>
    </message>
    <message>
        <source>“%1” is neither a file nor the id of an assessment in the library.</source>
        <translation>«%1» ليس ملفًا ولا معرّف تقييم موجود في المكتبة.</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) deleted for good.</source>
        <translation>
            <numerusform>لم يُحذف أي تقييم.</numerusform>
            <numerusform>حُذف تقييم واحد نهائيًا.</numerusform>
            <numerusform>حُذف تقييمان نهائيًا.</numerusform>
            <numerusform>حُذفت %n تقييمات نهائيًا.</numerusform>
            <numerusform>حُذف %n تقييمًا نهائيًا.</numerusform>
            <numerusform>حُذف %n تقييم نهائيًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>No revisions saved yet.</source>
        <translation>لم تُحفظ أي مراجعات بعد.</translation>
    </message>
    <message>
        <source>“%1” is not a revision number.</source>
        <translation>«%1» ليس رقم مراجعة.</translation>
    </message>
    <message>
        <source>Revision %1 restored.</source>
        <translation>استُعيدت المراجعة %1.</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: صالح</translation>
    </message>
    <message>
        <source>Write an assessment as a brief (pdf, odt, html, md, csv) or a .iia file; without --format, the file&apos;s extension decides.</source>
        <translation>كتابة تقييم في صورة موجز (pdf، odt، html، md، csv) أو ملف .iia؛ وبدون الخيار --format، يحدد امتداد الملف التنسيق.</translation>
    </message>
    <message>
        <source>Write every assessment of the library into DIR, one file each.</source>
        <translation>كتابة كل تقييمات المكتبة في المجلد DIR، في ملف مستقل لكل تقييم.</translation>
    </message>
    <message>
        <source>List the backups of the library, newest first.</source>
        <translation>سرد النسخ الاحتياطية للمكتبة، بدءًا بالأحدث.</translation>
    </message>
    <message>
        <source>Put a backup back in place of the library (the library as it is is backed up first).</source>
        <translation>استعادة نسخة احتياطية لتحل محل المكتبة (تُنشأ أولًا نسخة احتياطية من المكتبة بحالتها الراهنة).</translation>
    </message>
    <message>
        <source>With export: pdf, odt, html, md, csv or iia.</source>
        <translation>مع export: pdf أو odt أو html أو md أو csv أو iia.</translation>
    </message>
    <message>
        <source>With export: every assessment of the library, into the folder given by -o.</source>
        <translation>مع export: كل تقييمات المكتبة، في المجلد المحدد بالخيار -o.</translation>
    </message>
    <message>
        <source>“iia backup restore latest” puts the latest backup back.</source>
        <translation>الأمر «iia backup restore latest» يستعيد أحدث نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Usage: iia export --all --format FMT -o DIR</source>
        <translation>الاستخدام: iia export --all --format FMT -o DIR</translation>
    </message>
    <message>
        <source>Usage: iia export ID [--format FMT] [--language LANG] -o FILE</source>
        <translation>الاستخدام: iia export ID [--format FMT] [--language LANG] -o FILE</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use pdf, odt, html, md, csv or iia.</source>
        <translation>التنسيق «%1» غير معروف: استخدم pdf أو odt أو html أو md أو csv أو iia.</translation>
    </message>
    <message>
        <source>Say which format to write with --format (pdf, odt, html, md, csv or iia): the name “%1” does not tell.</source>
        <translation>حدِّد التنسيق المطلوب باستخدام الخيار --format (pdf أو odt أو html أو md أو csv أو iia): فالاسم «%1» لا يدل عليه.</translation>
    </message>
    <message>
        <source>Exported %1 of %2</source>
        <translation>صُدِّر %1 من أصل %2</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) exported to %1.</source>
        <translation>
            <numerusform>صُدِّر %n تقييم إلى %1.</numerusform>
            <numerusform>صُدِّر تقييم واحد إلى %1.</numerusform>
            <numerusform>صُدِّر تقييمان إلى %1.</numerusform>
            <numerusform>صُدِّرت %n تقييمات إلى %1.</numerusform>
            <numerusform>صُدِّر %n تقييمًا إلى %1.</numerusform>
            <numerusform>صُدِّر %n تقييم إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: iia backup list [--json] | iia backup restore NAME|latest</source>
        <translation>الاستخدام: iia backup list [--json] | iia backup restore NAME|latest</translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup %1 (%n assessment(s)).</source>
        <translation>
            <numerusform>استُعيدت النسخة الاحتياطية %1 (%n تقييم).</numerusform>
            <numerusform>استُعيدت النسخة الاحتياطية %1 (تقييم واحد).</numerusform>
            <numerusform>استُعيدت النسخة الاحتياطية %1 (تقييمان).</numerusform>
            <numerusform>استُعيدت النسخة الاحتياطية %1 (%n تقييمات).</numerusform>
            <numerusform>استُعيدت النسخة الاحتياطية %1 (%n تقييمًا).</numerusform>
            <numerusform>استُعيدت النسخة الاحتياطية %1 (%n تقييم).</numerusform>
        </translation>
    </message>
    <message>
        <source>The library as it was is kept as the backup %1.</source>
        <translation>حُفظت المكتبة بحالتها السابقة في النسخة الاحتياطية %1.</translation>
    </message>
</context>
<context>
    <name>iia::ConclusionsPage</name>
    <message>
        <source>&lt;h2&gt;Conclusions and recommendations&lt;/h2&gt;&lt;p&gt;State what the analysis shows — the effect on the Internet first, then on people — and what you recommend.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;الاستنتاجات والتوصيات&lt;/h2&gt;&lt;p&gt;بيِّن ما يُظهره التحليل — الأثر على الإنترنت أولًا، ثم على الناس — وما توصي به.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Conclusions</source>
        <translation>ال&amp;استنتاجات</translation>
    </message>
    <message>
        <source>&amp;Recommendations</source>
        <translation>ال&amp;توصيات</translation>
    </message>
</context>
<context>
    <name>iia::DraftImporter</name>
    <message>
        <source>The file “%1” is %2 MB, more than the %3 MB that can be imported. Import only the part of the draft you are assessing, or paste its text.</source>
        <translation>حجم الملف «%1» هو %2 ميغابايت، وهو أكبر من الحد الأقصى المسموح باستيراده وقدره %3 ميغابايت. استورد الجزء الذي تقيّمه من مشروع النص فقط، أو الصق نصه.</translation>
    </message>
    <message>
        <source>The file “%1” is in the old Word 97–2003 format (.doc) or another old Office format, which cannot be imported. Open it in your word processor and save it as DOCX, ODT or PDF, then import that file.</source>
        <translation>الملف «%1» بتنسيق Word 97–2003 القديم (.doc) أو بتنسيق Office قديم آخر، ولا يمكن استيراده. افتحه في برنامج معالجة النصوص واحفظه بتنسيق DOCX أو ODT أو PDF، ثم استورد الملف الجديد.</translation>
    </message>
    <message>
        <source>The file “%1” is in Rich Text Format (RTF), which cannot be imported. Open it in your word processor and save it as DOCX, ODT or PDF, then import that file.</source>
        <translation>الملف «%1» بتنسيق Rich Text Format (RTF)، ولا يمكن استيراده. افتحه في برنامج معالجة النصوص واحفظه بتنسيق DOCX أو ODT أو PDF، ثم استورد الملف الجديد.</translation>
    </message>
    <message>
        <source>The file “%1” is not a PDF, although its name says so: it is damaged or in another format. Open it to check what it is, or paste the text of the draft instead.</source>
        <translation>الملف «%1» ليس ملف PDF رغم أن اسمه يوحي بذلك: فهو تالف أو بتنسيق آخر. افتحه لتتحقق من طبيعته، أو الصق نص المشروع بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The file “%1” is not a valid word-processor document: it is damaged or in another format. Open it in your word processor and save it again as DOCX, ODT or PDF, or paste the text of the draft instead.</source>
        <translation>الملف «%1» ليس مستندًا صالحًا من مستندات معالجة النصوص: فهو تالف أو بتنسيق آخر. افتحه في برنامج معالجة النصوص واحفظه مجددًا بتنسيق DOCX أو ODT أو PDF، أو الصق نص المشروع بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The file “%1” is not in a format that can be imported. Import a PDF, Word (DOCX), OpenDocument (ODT), plain text, Markdown or HTML file, or paste the text of the draft instead.</source>
        <translation>الملف «%1» ليس بتنسيق يمكن استيراده. استورد ملف PDF أو Word (DOCX) أو OpenDocument (ODT) أو ملفًا نصيًا عاديًا أو ملف Markdown أو HTML، أو الصق نص المشروع بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged: it looks like a Word or OpenDocument file but cannot be unpacked. Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>الملف «%1» تالف: يبدو أنه ملف Word أو OpenDocument لكن يتعذّر فك ضغطه. افتحه في برنامج معالجة النصوص واحفظه مجددًا، أو استورده بتنسيق PDF.</translation>
    </message>
    <message>
        <source>The file “%1” is an OpenDocument spreadsheet, presentation or drawing, not a text document. Save the draft as an OpenDocument text (ODT), DOCX or PDF and import that.</source>
        <translation>الملف «%1» جدول بيانات أو عرض تقديمي أو رسم بتنسيق OpenDocument، وليس مستندًا نصيًا. احفظ مشروع النص بتنسيق نص OpenDocument (ODT) أو DOCX أو PDF واستورده.</translation>
    </message>
    <message>
        <source>The file “%1” is an Office spreadsheet or presentation, not a Word document. Save the draft as DOCX, ODT or PDF and import that.</source>
        <translation>الملف «%1» جدول بيانات أو عرض تقديمي من Office، وليس مستند Word. احفظ مشروع النص بتنسيق DOCX أو ODT أو PDF واستورده.</translation>
    </message>
    <message>
        <source>The file “%1” is a ZIP archive, not a Word (DOCX) or OpenDocument (ODT) document. Unpack it and import the draft it contains.</source>
        <translation>الملف «%1» أرشيف ZIP، وليس مستند Word (DOCX) أو OpenDocument (ODT). فك ضغطه واستورد مشروع النص الذي يحتويه.</translation>
    </message>
    <message>
        <source>The file “%1” unpacks to more than %2 MB of text in %3; it is damaged or far too large for a draft. Save the part of the draft you are assessing as a separate document and import that.</source>
        <translation>ينتج عن فك ضغط الملف «%1» أكثر من %2 ميغابايت من النص في %3؛ فهو تالف أو أكبر بكثير من أن يكون مشروع نص. احفظ الجزء الذي تقيّمه من مشروع النص في مستند منفصل واستورده.</translation>
    </message>
    <message>
        <source>The part %2 of the file “%1” is compressed in a way that cannot be read. Open the file in your word processor and save it again, or import it as PDF.</source>
        <translation>الجزء %2 من الملف «%1» مضغوط بطريقة لا يمكن قراءتها. افتح الملف في برنامج معالجة النصوص واحفظه مجددًا، أو استورده بتنسيق PDF.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged: its part %2 cannot be unpacked. Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>الملف «%1» تالف: يتعذّر فك ضغط جزئه %2. افتحه في برنامج معالجة النصوص واحفظه مجددًا، أو استورده بتنسيق PDF.</translation>
    </message>
    <message>
        <source>Drafts (*.pdf *.docx *.odt *.txt *.md *.html *.htm)</source>
        <translation>مشاريع النصوص (*.pdf *.docx *.odt *.txt *.md *.html *.htm)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation>نصوص OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>ملفات Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>صفحات ويب (*.html *.htm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Choose the draft file inside it.</source>
        <translation>«%1» مجلد وليس ملفًا. اختر ملف مشروع النص الموجود داخله.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2. Check that it exists and that you may read it.</source>
        <translation>تعذّرت قراءة الملف «%1»: %2. تحقق من أنه موجود ومن أن لديك صلاحية قراءته.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2. Check that the disk or stick is still there and try again.</source>
        <translation>تعذّرت قراءة الملف «%1»: %2. تحقق من أن القرص أو وحدة التخزين المحمولة لا تزال موصولة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The file “%1” contains no text. Check that you chose the right file, or paste the text of the draft instead.</source>
        <translation>الملف «%1» لا يحتوي على أي نص. تحقق من أنك اخترت الملف الصحيح، أو الصق نص المشروع بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The Word document “%1” is damaged: its part %2 is not well-formed XML (%3, line %4, column %5). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>مستند Word «%1» تالف: جزؤه %2 ليس XML سليم البنية (%3، السطر %4، العمود %5). افتحه في برنامج معالجة النصوص واحفظه مجددًا، أو استورده بتنسيق PDF.</translation>
    </message>
    <message>
        <source>The Word document “%1” is damaged: it has no main document part (%2). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>مستند Word «%1» تالف: لا يحتوي على جزء المستند الرئيسي (%2). افتحه في برنامج معالجة النصوص واحفظه مجددًا، أو استورده بتنسيق PDF.</translation>
    </message>
    <message>
        <source>The OpenDocument text “%1” is damaged: its part %2 is not well-formed XML (%3, line %4, column %5). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>نص OpenDocument «%1» تالف: جزؤه %2 ليس XML سليم البنية (%3، السطر %4، العمود %5). افتحه في برنامج معالجة النصوص واحفظه مجددًا، أو استورده بتنسيق PDF.</translation>
    </message>
    <message>
        <source>The OpenDocument text “%1” is damaged: it has no content part (content.xml). Open it in your word processor and save it again, or import it as PDF.</source>
        <translation>نص OpenDocument «%1» تالف: لا يحتوي على جزء المحتوى (content.xml). افتحه في برنامج معالجة النصوص واحفظه مجددًا، أو استورده بتنسيق PDF.</translation>
    </message>
    <message>
        <source>The PDF “%1” is protected by a password. Open it with its password in a PDF reader, save a copy without protection and import that copy, or paste the text instead.</source>
        <translation>ملف PDF «%1» محمي بكلمة مرور. افتحه بكلمة مروره في قارئ PDF، واحفظ نسخة غير محمية منه واستورد تلك النسخة، أو الصق النص بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The file “%1” is not a readable PDF: it is damaged or incomplete. Open it in a PDF reader to check it, or paste the text of the draft instead.</source>
        <translation>الملف «%1» ليس ملف PDF قابلًا للقراءة: فهو تالف أو غير مكتمل. افتحه في قارئ PDF للتحقق منه، أو الصق نص المشروع بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This PDF contains no text, only images (it is probably a scan). Run it through OCR software first, or paste the text.</source>
        <translation>لا يحتوي ملف PDF هذا على نص، بل على صور فقط (ربما يكون نسخة ممسوحة ضوئيًا). عالجه أولًا ببرنامج للتعرّف الضوئي على الحروف (OCR)، أو الصق النص.</translation>
    </message>
    <message>
        <source>PDF files cannot be imported because this installation lacks its PDF reader (%1). Reinstall the application, or paste the text of the draft instead.</source>
        <translation>لا يمكن استيراد ملفات PDF لأن قارئ PDF مفقود في هذا التثبيت (%1). أعد تثبيت التطبيق، أو الصق نص المشروع بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The PDF “%1” could not be read: the PDF reader stopped on it (it may be damaged or made to cause harm). Nothing was imported. Open it in a PDF reader and paste the text of the draft instead.</source>
        <translation>تعذّرت قراءة ملف PDF «%1»: توقف قارئ PDF أثناء معالجته (ربما يكون تالفًا أو مصمَّمًا لإحداث ضرر). لم يُستورد أي شيء. افتحه في قارئ PDF والصق نص المشروع بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Word and OpenDocument files cannot be read: a part of the application, iia_archive, is missing or damaged (%1). Install the application again, or import the draft as PDF or text.</source>
        <translation>تعذّرت قراءة ملفات Word وOpenDocument: أحد مكوّنات التطبيق، iia_archive، مفقود أو تالف (%1). أعد تثبيت التطبيق، أو استورد المسودة بصيغة PDF أو نصًّا عاديًّا.</translation>
    </message>
</context>
<context>
    <name>iia::DraftPanel</name>
    <message>
        <source>&lt;b&gt;Draft text&lt;/b&gt;</source>
        <translation>&lt;b&gt;نص المشروع&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Import Draft…</source>
        <translation>&amp;استيراد مشروع النص…</translation>
    </message>
    <message>
        <source>Import a draft from a file</source>
        <translation>استيراد مشروع نص من ملف</translation>
    </message>
    <message>
        <source>Read the draft from a PDF, Word (.docx), OpenDocument (.odt), text, Markdown or HTML file</source>
        <translation>قراءة مشروع النص من ملف PDF أو Word (.docx) أو OpenDocument (.odt) أو ملف نصي أو Markdown أو HTML</translation>
    </message>
    <message>
        <source>Go to clause</source>
        <translation>الانتقال إلى بند</translation>
    </message>
    <message>
        <source>Go to a clause of the draft</source>
        <translation>الانتقال إلى بند من بنود المشروع</translation>
    </message>
    <message>
        <source>Draft text</source>
        <translation>نص المشروع</translation>
    </message>
    <message>
        <source>The text of the proposal under assessment. Select a passage to attach it as evidence to a question or a rating.</source>
        <translation>نص المقترح الخاضع للتقييم. حدِّد مقطعًا منه لإرفاقه دليلًا على سؤال أو تقدير.</translation>
    </message>
    <message>
        <source>Paste the draft text here, or import it from a file.</source>
        <translation>الصق نص المشروع هنا، أو استورده من ملف.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>No clauses found</source>
        <translation>لم يُعثر على أي بنود</translation>
    </message>
    <message>
        <source>Go to clause…</source>
        <translation>الانتقال إلى بند…</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>دليل يخص %1</translation>
    </message>
    <message>
        <source>Import a Draft</source>
        <translation>استيراد مشروع نص</translation>
    </message>
    <message>
        <source>Replace the Draft</source>
        <translation>استبدال مشروع النص</translation>
    </message>
    <message>
        <source>Replace the current draft with the text of %1? Passages attached as evidence keep their quotes; you can undo this.</source>
        <translation>هل تريد استبدال مشروع النص الحالي بنص %1؟ تحتفظ المقاطع المرفقة بوصفها أدلة باقتباساتها؛ ويمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Imported the draft from %1.</source>
        <translation>استُورد مشروع النص من %1.</translation>
    </message>
</context>
<context>
    <name>iia::Edit</name>
    <message>
        <source>An assessment needs a title.</source>
        <translation>يجب أن يكون للتقييم عنوان.</translation>
    </message>
    <message>
        <source>“%1” is not a field of the planning worksheet.</source>
        <translation>«%1» ليس حقلًا من حقول ورقة عمل التخطيط.</translation>
    </message>
    <message>
        <source>A piece of evidence lies outside the draft text.</source>
        <translation>يقع أحد الأدلة خارج نص المشروع.</translation>
    </message>
    <message>
        <source>The evidence needs an id of its own.</source>
        <translation>يجب أن يكون للدليل معرّف خاص به.</translation>
    </message>
    <message>
        <source>There is no such piece of evidence.</source>
        <translation>لا يوجد دليل كهذا.</translation>
    </message>
    <message>
        <source>Edit the case</source>
        <translation>تعديل الحالة</translation>
    </message>
    <message>
        <source>Edit the plan</source>
        <translation>تعديل الخطة</translation>
    </message>
    <message>
        <source>Edit the draft text</source>
        <translation>تعديل نص المشروع</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>الإجابة عن %1</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>تقدير %1</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>إرفاق دليل</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>إزالة دليل</translation>
    </message>
    <message>
        <source>Edit the conclusions</source>
        <translation>تعديل الاستنتاجات</translation>
    </message>
    <message>
        <source>Edit the recommendations</source>
        <translation>تعديل التوصيات</translation>
    </message>
</context>
<context>
    <name>iia::EnablerChart</name>
    <message>
        <source>Enablers chart</source>
        <translation>مخطط العوامل الممكِّنة</translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation>تقدير المحلل</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>التقدير المقترح</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>بلا تقدير</translation>
    </message>
    <message>
        <source>Rated 0</source>
        <translation>التقدير 0</translation>
    </message>
    <message>
        <source>−3 strongly negative · 0 no impact · +3 strongly positive</source>
        <translation>‎−3 سلبي بشدة · 0 لا أثر · ‎+3 إيجابي بشدة</translation>
    </message>
    <message>
        <source>%1 %2 (%3)
Analyst’s rating: %4
Suggested: %5</source>
        <translation>%1 %2 (%3)
تقدير المحلل: %4
التقدير المقترح: %5</translation>
    </message>
</context>
<context>
    <name>iia::ExportDialog</name>
    <message>
        <source>Export Brief</source>
        <translation>تصدير الموجز</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Assessments</source>
        <translation>
            <numerusform>تصدير %n تقييم</numerusform>
            <numerusform>تصدير تقييم واحد</numerusform>
            <numerusform>تصدير تقييمين</numerusform>
            <numerusform>تصدير %n تقييمات</numerusform>
            <numerusform>تصدير %n تقييمًا</numerusform>
            <numerusform>تصدير %n تقييم</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>لغة الموجز</translation>
    </message>
    <message>
        <source>The brief can be written in another language than the interface&apos;s.</source>
        <translation>يمكن كتابة الموجز بلغة غير لغة الواجهة.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <source>Folder to write into</source>
        <translation>المجلد المراد الكتابة فيه</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>اختيار موضع الحفظ</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;تنسيق:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;حفظ باسم:</translation>
    </message>
    <message>
        <source>&amp;Save into:</source>
        <translation>&amp;حفظ في:</translation>
    </message>
    <message>
        <source>Preview of the brief</source>
        <translation>معاينة الموجز</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>A .iia file holds the whole assessment and its history, for another copy of this application. The brief it contains:</source>
        <translation>يحتوي ملف .iia على التقييم كاملًا وسجلّه، لاستخدامه في نسخة أخرى من هذا التطبيق. الموجز الذي يتضمنه:</translation>
    </message>
    <message>
        <source>The brief as it will be exported:</source>
        <translation>الموجز كما سيُصدَّر:</translation>
    </message>
    <message numerus="yes">
        <source>(the first of %n assessments)</source>
        <translation>
            <numerusform>(الأول من أصل %n تقييم)</numerusform>
            <numerusform>(الأول من أصل تقييم واحد)</numerusform>
            <numerusform>(الأول من أصل تقييمين)</numerusform>
            <numerusform>(الأول من أصل %n تقييمات)</numerusform>
            <numerusform>(الأول من أصل %n تقييمًا)</numerusform>
            <numerusform>(الأول من أصل %n تقييم)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Say where to save the export.</source>
        <translation>حدِّد موضع حفظ ما يُصدَّر.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Add a file name.</source>
        <translation>«%1» مجلد. أضف اسم ملف.</translation>
    </message>
    <message>
        <source>The brief was not exported, and no file was changed.

%1</source>
        <translation>لم يُصدَّر الموجز، ولم يُغيَّر أي ملف.

%1</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>تعذّر إنشاء المجلد «%1».</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Exporting %1 of %2: %3</source>
        <translation>جارٍ تصدير %1 من أصل %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Exporting stopped after %n file(s): “%1” could not be written.

%2</source>
        <translation>
            <numerusform>توقف التصدير بعد %n ملف: تعذّرت كتابة «%1».

%2</numerusform>
            <numerusform>توقف التصدير بعد ملف واحد: تعذّرت كتابة «%1».

%2</numerusform>
            <numerusform>توقف التصدير بعد ملفين: تعذّرت كتابة «%1».

%2</numerusform>
            <numerusform>توقف التصدير بعد %n ملفات: تعذّرت كتابة «%1».

%2</numerusform>
            <numerusform>توقف التصدير بعد %n ملفًا: تعذّرت كتابة «%1».

%2</numerusform>
            <numerusform>توقف التصدير بعد %n ملف: تعذّرت كتابة «%1».

%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iia::FileImporter</name>
    <message>
        <source>Reading and checking “%1”…</source>
        <translation>جارٍ قراءة «%1» والتحقق منه…</translation>
    </message>
    <message>
        <source>%1 could not be imported. Nothing was changed in your library.

%2</source>
        <translation>تعذّر استيراد %1. لم يُغيَّر أي شيء في مكتبتك.

%2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Your library already holds “%1”. Replace it with the version in %2, or keep both?</source>
        <translation>تتضمن مكتبتك «%1» بالفعل. هل تريد استبداله بالإصدار الموجود في %2، أم الاحتفاظ بالاثنين؟</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;استبدال</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>الا&amp;حتفاظ بالاثنين</translation>
    </message>
    <message>
        <source>Saving “%1” in the library…</source>
        <translation>جارٍ حفظ «%1» في المكتبة…</translation>
    </message>
</context>
<context>
    <name>iia::FrameworkEditor</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <source>Save the framework under a new name, in your frameworks folder</source>
        <translation>حفظ الإطار باسم جديد في مجلد الأطر الخاص بك</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ل&amp;صق</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>This framework is built into the application. Save a copy to change it.</source>
        <translation>هذا الإطار مضمَّن في التطبيق. احفظ نسخة منه لتعديله.</translation>
    </message>
    <message>
        <source>Framework text</source>
        <translation>نص الإطار</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Activate a problem to move the cursor to it.</source>
        <translation>فعِّل أي مشكلة لنقل المؤشر إلى موضعها.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2.</source>
        <translation>تعذّر فتح «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; framework files may be %3 MB at most.</source>
        <translation>حجم «%1» هو %2 ميغابايت؛ والحد الأقصى لحجم ملفات الأطر %3 ميغابايت.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>تعذّرت قراءة «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text, so it cannot be a framework file. Open it in a text editor and save it as UTF-8.</source>
        <translation>«%1» ليس نصًا بترميز UTF-8، ولذلك لا يمكن أن يكون ملف إطار. افتحه في محرر نصوص واحفظه بترميز UTF-8.</translation>
    </message>
    <message>
        <source>Opened the built-in framework “%1”.</source>
        <translation>فُتح الإطار المضمَّن «%1».</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>فُتح %1</translation>
    </message>
    <message>
        <source>Save a Copy of the Framework</source>
        <translation>حفظ نسخة من الإطار</translation>
    </message>
    <message>
        <source>Framework files (*.framework.json)</source>
        <translation>ملفات الأطر (*.framework.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>A framework built into the application has the id “%1” and the version “%2”, so the application ignores this file. Change the version, or the id.</source>
        <translation>يوجد إطار مضمَّن في التطبيق له المعرّف «%1» والإصدار «%2»، ولذلك يتجاهل التطبيق هذا الملف. غيِّر الإصدار أو المعرّف.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning, line %1</source>
        <translation>تحذير، السطر %1</translation>
    </message>
    <message>
        <source>Error, line %1</source>
        <translation>خطأ، السطر %1</translation>
    </message>
    <message>
        <source>No framework is open.</source>
        <translation>لا يوجد إطار مفتوح.</translation>
    </message>
    <message>
        <source>Valid: %1, %2, %3</source>
        <translation>صالح: %1، %2، %3</translation>
    </message>
    <message numerus="yes">
        <source>%n properties</source>
        <translation>
            <numerusform>لا خصائص</numerusform>
            <numerusform>خاصية واحدة</numerusform>
            <numerusform>خاصيتان</numerusform>
            <numerusform>%n خصائص</numerusform>
            <numerusform>%n خاصيةً</numerusform>
            <numerusform>%n خاصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enablers</source>
        <translation>
            <numerusform>لا عوامل ممكِّنة</numerusform>
            <numerusform>عامل ممكِّن واحد</numerusform>
            <numerusform>عاملان ممكِّنان</numerusform>
            <numerusform>%n عوامل ممكِّنة</numerusform>
            <numerusform>%n عاملًا ممكِّنًا</numerusform>
            <numerusform>%n عامل ممكِّن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>لا أسئلة</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%n أسئلة</numerusform>
            <numerusform>%n سؤالًا</numerusform>
            <numerusform>%n سؤال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n warning(s)</source>
        <translation>
            <numerusform>%1 — لا تحذيرات</numerusform>
            <numerusform>%1 — تحذير واحد</numerusform>
            <numerusform>%1 — تحذيران</numerusform>
            <numerusform>%1 — %n تحذيرات</numerusform>
            <numerusform>%1 — %n تحذيرًا</numerusform>
            <numerusform>%1 — %n تحذير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>لا مشكلات</numerusform>
            <numerusform>مشكلة واحدة</numerusform>
            <numerusform>مشكلتان</numerusform>
            <numerusform>%n مشكلات</numerusform>
            <numerusform>%n مشكلةً</numerusform>
            <numerusform>%n مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>لم يُحفظ.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created, so the framework was not saved. Choose another folder.</source>
        <translation>تعذّر إنشاء المجلد «%1»، ولذلك لم يُحفظ الإطار. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The framework was not saved to “%1”: %2</source>
        <translation>لم يُحفظ الإطار في «%1»: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>Save a Framework with Problems?</source>
        <translation>هل تريد حفظ إطار يتضمن مشكلات؟</translation>
    </message>
    <message numerus="yes">
        <source>This framework has %n problem(s). The application cannot use it until they are fixed.</source>
        <translation>
            <numerusform>لا يتضمن هذا الإطار أي مشكلة.</numerusform>
            <numerusform>يتضمن هذا الإطار مشكلة واحدة. لا يمكن للتطبيق استخدامه إلى أن تُصلَح.</numerusform>
            <numerusform>يتضمن هذا الإطار مشكلتين. لا يمكن للتطبيق استخدامه إلى أن تُصلَحا.</numerusform>
            <numerusform>يتضمن هذا الإطار %n مشكلات. لا يمكن للتطبيق استخدامه إلى أن تُصلَح.</numerusform>
            <numerusform>يتضمن هذا الإطار %n مشكلةً. لا يمكن للتطبيق استخدامه إلى أن تُصلَح.</numerusform>
            <numerusform>يتضمن هذا الإطار %n مشكلة. لا يمكن للتطبيق استخدامه إلى أن تُصلَح.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can save it now and fix it later.</source>
        <translation>يمكنك حفظه الآن وإصلاحه لاحقًا.</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>الحفظ على أي حال</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>هل تريد حفظ التغييرات في «%1» قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>Open a Framework</source>
        <translation>فتح إطار</translation>
    </message>
    <message>
        <source>Framework files (*.json)</source>
        <translation>ملفات الأطر (*.json)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>Framework Editor[*]</source>
        <translation>محرر الأطر[*]</translation>
    </message>
    <message>
        <source>%1 [read-only][*] — Framework Editor</source>
        <translation>%1 [للقراءة فقط][*] — محرر الأطر</translation>
    </message>
    <message>
        <source>%1[*] — Framework Editor</source>
        <translation>%1[*] — محرر الأطر</translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>السطر %1، العمود %2</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>بلا عنوان</translation>
    </message>
</context>
<context>
    <name>iia::FrameworkLoader</name>
    <message>
        <source>This text has no version in the default language “%1”.</source>
        <translation>لا توجد لهذا النص صيغة باللغة الافتراضية «%1».</translation>
    </message>
    <message>
        <source>The %1 id “%2” is used more than once.</source>
        <translation>معرّف %1 «%2» مستخدم أكثر من مرة.</translation>
    </message>
    <message>
        <source>property or enabler</source>
        <translation>خاصية أو عامل ممكِّن</translation>
    </message>
    <message>
        <source>A critical property belongs to no goal.</source>
        <translation>لا تنتمي الخاصية الأساسية إلى أي هدف.</translation>
    </message>
    <message>
        <source>question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <source>The example answers “%1”, which is not a question of “%2”.</source>
        <translation>يجيب المثال عن «%1»، وهو ليس سؤالًا من أسئلة «%2».</translation>
    </message>
    <message>
        <source>This framework file uses format %1, but this version of the application reads format %2 at most. Install a newer version of the application to use it.</source>
        <translation>يستخدم ملف الإطار هذا التنسيق %1، بينما لا يقرأ هذا الإصدار من التطبيق إلا التنسيق %2 كحد أقصى. ثبّت إصدارًا أحدث من التطبيق لاستخدامه.</translation>
    </message>
    <message>
        <source>The default language “%1” is not among the framework’s languages.</source>
        <translation>اللغة الافتراضية «%1» ليست من لغات الإطار.</translation>
    </message>
    <message>
        <source>The threshold for a moderate impact is above the one for a strong impact.</source>
        <translation>عتبة الأثر المتوسط أعلى من عتبة الأثر القوي.</translation>
    </message>
    <message>
        <source>The rating values must grow from weak to moderate to strong.</source>
        <translation>يجب أن تتزايد قيم التقدير من الضعيف إلى المتوسط إلى القوي.</translation>
    </message>
    <message>
        <source>The answer values must grow from “no” to “partly” to “yes”.</source>
        <translation>يجب أن تتزايد قيم الإجابات من «لا» إلى «جزئيًا» إلى «نعم».</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>The goal “%1” is not defined in “goals”.</source>
        <translation>الهدف «%1» غير معرَّف في «goals».</translation>
    </message>
    <message>
        <source>The goal “%1” has no enabler.</source>
        <translation>الهدف «%1» ليس له أي عامل ممكِّن.</translation>
    </message>
    <message>
        <source>This is not a valid regular expression: %1.</source>
        <translation>هذا ليس تعبيرًا نمطيًا صالحًا: %1.</translation>
    </message>
    <message>
        <source>The framework schema built into the application could not be read.</source>
        <translation>تعذّرت قراءة مخطط الأطر المضمَّن في التطبيق.</translation>
    </message>
    <message>
        <source>The file is %1 MB; framework files may be %2 MB at most.</source>
        <translation>حجم الملف %1 ميغابايت؛ والحد الأقصى لحجم ملفات الأطر %2 ميغابايت.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation>تعذّر فتح الملف: %1.</translation>
    </message>
    <message>
        <source>No text in “%1”; “%2” is shown instead.</source>
        <translation>لا يوجد نص باللغة «%1»؛ ويُعرض النص باللغة «%2» بدلًا منه.</translation>
    </message>
    <message>
        <source>No clause patterns for “%1”.</source>
        <translation>لا توجد أنماط بنود للغة «%1».</translation>
    </message>
</context>
<context>
    <name>iia::FrameworkRegistry</name>
    <message>
        <source>The framework “%1” version %2 is already installed; this file is ignored.</source>
        <translation>الإطار «%1» بالإصدار %2 مثبّت بالفعل؛ ولذلك يُتجاهَل هذا الملف.</translation>
    </message>
</context>
<context>
    <name>iia::Interchange</name>
    <message>
        <source>The file is %1 MB; assessment files may be %2 MB at most.</source>
        <translation>حجم الملف %1 ميغابايت؛ والحد الأقصى لحجم ملفات التقييم %2 ميغابايت.</translation>
    </message>
    <message>
        <source>The file could not be created: %1. Choose another folder or check its permissions.</source>
        <translation>تعذّر إنشاء الملف: %1. اختر مجلدًا آخر أو تحقق من أذوناته.</translation>
    </message>
    <message>
        <source>The file could not be written: %1. The previous file, if any, is unchanged.</source>
        <translation>تعذّرت كتابة الملف: %1. ويبقى الملف السابق، إن وُجد، دون تغيير.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1. The previous file, if any, is unchanged.</source>
        <translation>تعذّر حفظ الملف: %1. ويبقى الملف السابق، إن وُجد، دون تغيير.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (expected e.g. 2026-05-01T09:30:00.000Z).</source>
        <translation>«%1» ليس تاريخًا ووقتًا (الصيغة المتوقعة مثلًا: 2026-05-01T09:30:00.000Z).</translation>
    </message>
    <message>
        <source>This assessment uses the framework “%1”, which is not installed. Add the framework file to the frameworks folder first.</source>
        <translation>يستخدم هذا التقييم الإطار «%1»، وهو غير مثبّت. أضف ملف الإطار إلى مجلد الأطر أولًا.</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>العنوان فارغ.</translation>
    </message>
    <message>
        <source>“%1” is not a field of the planning worksheet.</source>
        <translation>«%1» ليس حقلًا من حقول ورقة عمل التخطيط.</translation>
    </message>
    <message>
        <source>“%1” is not a known kind of instrument.</source>
        <translation>«%1» ليس نوعًا معروفًا من أنواع الصكوك.</translation>
    </message>
    <message>
        <source>“%1” is not a known stage.</source>
        <translation>«%1» ليست مرحلة معروفة.</translation>
    </message>
    <message>
        <source>The question “%1” is answered twice.</source>
        <translation>أُجيب عن السؤال «%1» مرتين.</translation>
    </message>
    <message>
        <source>The framework “%1” has no question “%2”.</source>
        <translation>لا يتضمن الإطار «%1» السؤال «%2».</translation>
    </message>
    <message>
        <source>“%1” is rated twice.</source>
        <translation>قُدِّر «%1» مرتين.</translation>
    </message>
    <message>
        <source>The framework “%1” has no property or enabler “%2”.</source>
        <translation>لا يتضمن الإطار «%1» خاصية أو عاملًا ممكِّنًا بالمعرّف «%2».</translation>
    </message>
    <message>
        <source>The evidence id “%1” is used twice.</source>
        <translation>معرّف الدليل «%1» مستخدم مرتين.</translation>
    </message>
    <message>
        <source>The passage ends at character %1, but the draft text has only %2 characters.</source>
        <translation>ينتهي المقطع عند المحرف %1، لكن عدد محارف نص المشروع %2 فقط.</translation>
    </message>
    <message>
        <source>This is not an Internet Impact Assessment file (.iia).</source>
        <translation>هذا ليس ملف تقييم للأثر على الإنترنت (.iia).</translation>
    </message>
    <message>
        <source>This file was written in format version %1 by a newer version of the application, which reads version %2 at most. Install the newer version to open it.</source>
        <translation>كُتب هذا الملف بالإصدار %1 من التنسيق بواسطة إصدار أحدث من التطبيق، بينما لا يقرأ هذا الإصدار إلا الإصدار %2 كحد أقصى. ثبّت الإصدار الأحدث لفتحه.</translation>
    </message>
    <message>
        <source>The .iia schema built into the application could not be read.</source>
        <translation>تعذّرت قراءة مخطط ملفات .iia المضمَّن في التطبيق.</translation>
    </message>
    <message>
        <source>Revision %1 appears twice.</source>
        <translation>المراجعة %1 واردة مرتين.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation>تعذّر فتح الملف: %1.</translation>
    </message>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>تعذّرت قراءة الملف: %1.</translation>
    </message>
</context>
<context>
    <name>iia::ItemPage</name>
    <message>
        <source>Critical property — what the Internet needs to exist</source>
        <translation>خاصية أساسية — ما يلزم لبقاء الإنترنت</translation>
    </message>
    <message>
        <source>Enabler of %1 — what the Internet needs to thrive</source>
        <translation>عامل ممكِّن لهدف «%1» — ما يلزم لازدهار الإنترنت</translation>
    </message>
    <message>
        <source>About this %1 and worked examples</source>
        <translation>نبذة عن %1 وأمثلة تطبيقية</translation>
    </message>
    <message>
        <source>property</source>
        <translation>هذه الخاصية</translation>
    </message>
    <message>
        <source>enabler</source>
        <translation>هذا العامل الممكِّن</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>التعريف</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>الأهمية</translation>
    </message>
    <message>
        <source>How to assess it</source>
        <translation>كيفية التقييم</translation>
    </message>
    <message>
        <source>Worked example from the toolkit</source>
        <translation>مثال تطبيقي من مجموعة الأدوات</translation>
    </message>
    <message>
        <source>Worked example</source>
        <translation>مثال تطبيقي</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>Effect on people</source>
        <translation>الأثر على الناس</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>أسئلة توجيهية</translation>
    </message>
    <message>
        <source>harm if yes</source>
        <translation>ضار إن كانت الإجابة نعم</translation>
    </message>
    <message>
        <source>support if yes</source>
        <translation>داعم إن كانت الإجابة نعم</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>الوزن %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Note on question %1</source>
        <translation>ملاحظة على السؤال %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>إرفاق</translation>
    </message>
    <message>
        <source>Attach the passage selected in the draft as evidence for this answer</source>
        <translation>إرفاق المقطع المحدَّد في مشروع النص دليلًا على هذه الإجابة</translation>
    </message>
    <message>
        <source>Attach the selected passage to question %1</source>
        <translation>إرفاق المقطع المحدَّد بالسؤال %1</translation>
    </message>
    <message>
        <source>Your rating (preliminary analysis)</source>
        <translation>تقديرك (التحليل الأولي)</translation>
    </message>
    <message>
        <source>Is there an impact on the Internet?</source>
        <translation>هل هناك أثر على الإنترنت؟</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>لم يُقدَّر بعد</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Is it positive, negative, mixed or unclear?</source>
        <translation>هل الأثر إيجابي أم سلبي أم مختلط أم غير واضح؟</translation>
    </message>
    <message>
        <source>How strong is it?</source>
        <translation>ما مدى قوته؟</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <source>How could it be affected?</source>
        <translation>كيف يمكن أن يتأثر هذا العنصر؟</translation>
    </message>
    <message>
        <source>What effect could this have on people?</source>
        <translation>ما الأثر الذي قد يترتب على ذلك بالنسبة إلى الناس؟</translation>
    </message>
    <message>
        <source>Attach the Selected Passage to This Rating</source>
        <translation>إرفاق المقطع المحدَّد بهذا التقدير</translation>
    </message>
    <message>
        <source>Suggested from your answers</source>
        <translation>مقترح استنادًا إلى إجاباتك</translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation>التقدير المقترح</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>أدلة %1</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>إزالة الدليل</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>إزالة الدليل المحدَّد</translation>
    </message>
    <message>
        <source>Select a passage in the draft, then press “Attach” beside a question or the rating. Double-click a piece of evidence to see it in the draft.</source>
        <translation>حدِّد مقطعًا في مشروع النص، ثم اضغط «إرفاق» بجوار سؤال أو بجوار التقدير. انقر نقرًا مزدوجًا على أي دليل لعرضه في مشروع النص.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) attached</source>
        <translation>
            <numerusform>لم يُرفق أي مقطع</numerusform>
            <numerusform>أُرفق مقطع واحد</numerusform>
            <numerusform>أُرفق مقطعان</numerusform>
            <numerusform>أُرفقت %n مقاطع</numerusform>
            <numerusform>أُرفق %n مقطعًا</numerusform>
            <numerusform>أُرفق %n مقطع</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>لا توجد إجابات بعد.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>أُجيب عن %1 من الأسئلة من أصل %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unsure</source>
        <translation>
            <numerusform>لا إجابات «غير متأكد»</numerusform>
            <numerusform>إجابة واحدة «غير متأكد»</numerusform>
            <numerusform>إجابتان «غير متأكد»</numerusform>
            <numerusform>%n إجابات «غير متأكد»</numerusform>
            <numerusform>%n إجابةً «غير متأكد»</numerusform>
            <numerusform>%n إجابة «غير متأكد»</numerusform>
        </translation>
    </message>
    <message>
        <source>Your rating (%1) and the suggestion point different ways. Check your answers, or explain your reasoning under “How could it be affected?”.</source>
        <translation>تقديرك (%1) والتقدير المقترح يشيران إلى اتجاهين مختلفين. راجع إجاباتك، أو اشرح منطقك تحت «كيف يمكن أن يتأثر هذا العنصر؟».</translation>
    </message>
    <message>
        <source>Question %1: %2 (%3, weight %4) → %5</source>
        <translation>السؤال %1: %2 (%3، الوزن %4) ← %5</translation>
    </message>
    <message>
        <source>Support %1 − harm %2 = %3 (see the scoring method in the documentation)</source>
        <translation>الدعم %1 − الضرر %2 = %3 (انظر طريقة احتساب الدرجات في الوثائق)</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>“%1” — %2 (%3)</source>
        <translation>«%1» — %2 (%3)</translation>
    </message>
    <message>
        <source>no clause</source>
        <translation>بلا بند</translation>
    </message>
    <message>
        <source>This passage is no longer in the draft; its quote is kept.</source>
        <translation>لم يعد هذا المقطع موجودًا في مشروع النص؛ لكن اقتباسه محفوظ.</translation>
    </message>
</context>
<context>
    <name>iia::JsonReader</name>
    <message>
        <source>The text is encoded in UTF-16, not UTF-8. Save it with the UTF-8 encoding.</source>
        <translation>النص مرمَّز بترميز UTF-16 وليس UTF-8. احفظه بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The text is empty: it contains no JSON value.</source>
        <translation>النص فارغ: لا يحتوي على أي قيمة JSON.</translation>
    </message>
    <message>
        <source>Expected the end of the text after the value but found %1.</source>
        <translation>كان من المتوقع أن ينتهي النص بعد القيمة، لكن وُجد %1.</translation>
    </message>
    <message>
        <source>Expected a value but found %1.</source>
        <translation>كان من المتوقع وجود قيمة، لكن وُجد %1.</translation>
    </message>
    <message>
        <source>The data is nested too deeply: more than %1 levels of objects and arrays.</source>
        <translation>البيانات متداخلة بعمق مفرط: يتجاوز عدد مستويات تداخل الكائنات والمصفوفات %1.</translation>
    </message>
    <message>
        <source>Expected a property name in double quotes but found %1.</source>
        <translation>كان من المتوقع وجود اسم خاصية بين علامتي اقتباس مزدوجتين، لكن وُجد %1.</translation>
    </message>
    <message>
        <source>The property “%1” appears more than once in this object.</source>
        <translation>الخاصية «%1» واردة أكثر من مرة في هذا الكائن.</translation>
    </message>
    <message>
        <source>Expected “:” after the property name but found %1.</source>
        <translation>كان من المتوقع وجود «:» بعد اسم الخاصية، لكن وُجد %1.</translation>
    </message>
    <message>
        <source>Expected “,” or “}” after a property but found %1.</source>
        <translation>كان من المتوقع وجود «,» أو «}» بعد الخاصية، لكن وُجد %1.</translation>
    </message>
    <message>
        <source>Expected “,” or “]” after an array element but found %1.</source>
        <translation>كان من المتوقع وجود «,» أو «]» بعد عنصر المصفوفة، لكن وُجد %1.</translation>
    </message>
    <message>
        <source>The string that starts here has no closing double quote.</source>
        <translation>السلسلة النصية التي تبدأ هنا تفتقر إلى علامة اقتباس مزدوجة ختامية.</translation>
    </message>
    <message>
        <source>A string contains the control character %1, which must be written as an escape such as “\n” or “\u%2”.</source>
        <translation>تحتوي سلسلة نصية على محرف التحكم %1، الذي يجب كتابته بتسلسل هروب مثل «\n» أو «\u%2».</translation>
    </message>
    <message>
        <source>Expected an escape sequence such as “\n” or “\u00e9” after the backslash but found %1.</source>
        <translation>كان من المتوقع وجود تسلسل هروب مثل «\n» أو «\u00e9» بعد الشرطة المائلة العكسية، لكن وُجد %1.</translation>
    </message>
    <message>
        <source>The escape “\u” must be followed by four hexadecimal digits.</source>
        <translation>يجب أن يلي تسلسلَ الهروب «\u» أربعةُ أرقام سداسية عشرية.</translation>
    </message>
    <message>
        <source>The escape “%1” is the second half of a UTF-16 surrogate pair, but the first half is missing.</source>
        <translation>تسلسل الهروب «%1» هو النصف الثاني من زوج بديل (surrogate pair) في UTF-16، لكن النصف الأول مفقود.</translation>
    </message>
    <message>
        <source>The escape “%1” is the first half of a UTF-16 surrogate pair, but it is not followed by an escape for the second half (“\uDC00” to “\uDFFF”).</source>
        <translation>تسلسل الهروب «%1» هو النصف الأول من زوج بديل (surrogate pair) في UTF-16، لكن لا يليه تسلسل هروب للنصف الثاني (من «\uDC00» إلى «\uDFFF»).</translation>
    </message>
    <message>
        <source>Expected a digit after “-” but found %1.</source>
        <translation>كان من المتوقع وجود رقم بعد «-»، لكن وُجد %1.</translation>
    </message>
    <message>
        <source>A number cannot start with the digit 0 followed by other digits.</source>
        <translation>لا يمكن أن يبدأ العدد بالرقم 0 متبوعًا بأرقام أخرى.</translation>
    </message>
    <message>
        <source>Expected a digit after the decimal point but found %1.</source>
        <translation>كان من المتوقع وجود رقم بعد الفاصلة العشرية، لكن وُجد %1.</translation>
    </message>
    <message>
        <source>Expected a digit in the exponent of the number but found %1.</source>
        <translation>كان من المتوقع وجود رقم في أُس العدد، لكن وُجد %1.</translation>
    </message>
    <message>
        <source>The number %1 is too large.</source>
        <translation>العدد %1 كبير جدًا.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» ليس عددًا.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: the sequence %1 is incomplete.</source>
        <translation>النص ليس بترميز UTF-8 صالح: التسلسل %1 غير مكتمل.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: %1 is an overlong encoding.</source>
        <translation>النص ليس بترميز UTF-8 صالح: %1 ترميز أطول من اللازم (overlong).</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: %1 encodes a UTF-16 surrogate.</source>
        <translation>النص ليس بترميز UTF-8 صالح: %1 يرمّز بديلًا (surrogate) من UTF-16.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: %1 encodes a value above U+10FFFF.</source>
        <translation>النص ليس بترميز UTF-8 صالح: %1 يرمّز قيمة تتجاوز U+10FFFF.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: the byte %1 cannot appear here.</source>
        <translation>النص ليس بترميز UTF-8 صالح: البايت %1 لا يمكن أن يرد هنا.</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>نهاية النص</translation>
    </message>
    <message>
        <source>the control character %1</source>
        <translation>محرف التحكم %1</translation>
    </message>
</context>
<context>
    <name>iia::JsonSchema</name>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <source>null</source>
        <translation>القيمة null</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <source>Expected %1, found the number %2.</source>
        <translation>كان من المتوقع %1، لكن وُجد العدد %2.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>كان من المتوقع %1، لكن وُجد %2.</translation>
    </message>
    <message>
        <source>A schema must be an object, true or false.</source>
        <translation>يجب أن يكون المخطط كائنًا أو true أو false.</translation>
    </message>
    <message>
        <source>“%1” must be a non-empty array of schemas.</source>
        <translation>يجب أن تكون قيمة «%1» مصفوفة غير فارغة من المخططات.</translation>
    </message>
    <message>
        <source>“%1” must be a non-negative integer.</source>
        <translation>يجب أن تكون قيمة «%1» عددًا صحيحًا غير سالب.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>يجب أن تكون قيمة «%1» عددًا.</translation>
    </message>
    <message>
        <source>“%1” must be an object.</source>
        <translation>يجب أن تكون قيمة «%1» كائنًا.</translation>
    </message>
    <message>
        <source>“$ref” must be a string.</source>
        <translation>يجب أن تكون قيمة «$ref» سلسلة نصية.</translation>
    </message>
    <message>
        <source>“required” must be an array of property names.</source>
        <translation>يجب أن تكون قيمة «required» مصفوفة من أسماء الخصائص.</translation>
    </message>
    <message>
        <source>“uniqueItems” must be true or false.</source>
        <translation>يجب أن تكون قيمة «uniqueItems» هي true أو false.</translation>
    </message>
    <message>
        <source>“enum” must be an array of values.</source>
        <translation>يجب أن تكون قيمة «enum» مصفوفة من القيم.</translation>
    </message>
    <message>
        <source>“pattern” must be a string.</source>
        <translation>يجب أن تكون قيمة «pattern» سلسلة نصية.</translation>
    </message>
    <message>
        <source>The schema keyword “%1” is not supported.</source>
        <translation>الكلمة المفتاحية «%1» غير مدعومة في المخطط.</translation>
    </message>
    <message>
        <source>“type” must be a type name or an array of type names.</source>
        <translation>يجب أن تكون قيمة «type» اسم نوع أو مصفوفة من أسماء الأنواع.</translation>
    </message>
    <message>
        <source>“%1” is not a type; the types are object, array, string, number, integer, boolean and null.</source>
        <translation>«%1» ليس نوعًا؛ الأنواع هي: object، array، string، number، integer، boolean، null.</translation>
    </message>
    <message>
        <source>“%1” is not a valid regular expression: %2.</source>
        <translation>«%1» ليس تعبيرًا نمطيًا صالحًا: %2.</translation>
    </message>
    <message>
        <source>The reference “%1” points to no entry of “$defs”.</source>
        <translation>المرجع «%1» لا يشير إلى أي مدخل في «$defs».</translation>
    </message>
    <message>
        <source>The reference “%1” is not supported: only “#” and “#/$defs/NAME” are.</source>
        <translation>المرجع «%1» غير مدعوم: المراجع المدعومة هي «#» و«#/$defs/NAME» فقط.</translation>
    </message>
    <message>
        <source>No value is allowed here.</source>
        <translation>لا يُسمح بأي قيمة هنا.</translation>
    </message>
    <message>
        <source>The only allowed value is %1.</source>
        <translation>القيمة الوحيدة المسموح بها هي %1.</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values: %2.</source>
        <translation>%1 ليست من القيم المسموح بها: %2.</translation>
    </message>
    <message>
        <source>The property “%1” is not allowed here.</source>
        <translation>الخاصية «%1» غير مسموح بها هنا.</translation>
    </message>
    <message>
        <source>The property name “%1” is not allowed: %2</source>
        <translation>اسم الخاصية «%1» غير مسموح به: %2</translation>
    </message>
    <message>
        <source>The required property “%1” is missing.</source>
        <translation>الخاصية المطلوبة «%1» مفقودة.</translation>
    </message>
    <message>
        <source>Must have at least one property.</source>
        <translation>يجب أن يتضمن خاصية واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Must have at least %1 properties.</source>
        <translation>يجب ألا يقل عدد الخصائص عن %1.</translation>
    </message>
    <message>
        <source>Must have at most one property.</source>
        <translation>يجب ألا يتضمن أكثر من خاصية واحدة.</translation>
    </message>
    <message>
        <source>Must have at most %1 properties.</source>
        <translation>يجب ألا يزيد عدد الخصائص على %1.</translation>
    </message>
    <message>
        <source>Must contain at least one item.</source>
        <translation>يجب أن يتضمن عنصرًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Must contain at least %1 items.</source>
        <translation>يجب ألا يقل عدد العناصر عن %1.</translation>
    </message>
    <message>
        <source>Must contain at most one item.</source>
        <translation>يجب ألا يتضمن أكثر من عنصر واحد.</translation>
    </message>
    <message>
        <source>Must contain at most %1 items.</source>
        <translation>يجب ألا يزيد عدد العناصر على %1.</translation>
    </message>
    <message>
        <source>The items at %1 and %2 are the same.</source>
        <translation>العنصران في الموضعين %1 و%2 متطابقان.</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>يجب ألا يكون فارغًا.</translation>
    </message>
    <message>
        <source>Must be at least %1 characters long.</source>
        <translation>يجب ألا يقل عدد محارفه عن %1.</translation>
    </message>
    <message>
        <source>Must be at most one character long.</source>
        <translation>يجب ألا يتجاوز طوله محرفًا واحدًا.</translation>
    </message>
    <message>
        <source>Must be at most %1 characters long.</source>
        <translation>يجب ألا يزيد عدد محارفه على %1.</translation>
    </message>
    <message>
        <source>Does not match the pattern “%1”.</source>
        <translation>لا يطابق النمط «%1».</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>يجب ألا يقل عن %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>يجب ألا يزيد على %1.</translation>
    </message>
    <message>
        <source>Must be greater than %1.</source>
        <translation>يجب أن يكون أكبر من %1.</translation>
    </message>
    <message>
        <source>Must be less than %1.</source>
        <translation>يجب أن يكون أصغر من %1.</translation>
    </message>
    <message>
        <source>The value matches more than one of the allowed forms (forms %1 and %2).</source>
        <translation>تطابق القيمة أكثر من صيغة واحدة من الصيغ المسموح بها (الصيغتان %1 و%2).</translation>
    </message>
    <message>
        <source>The value matches a form that is not allowed here.</source>
        <translation>تطابق القيمة صيغة غير مسموح بها هنا.</translation>
    </message>
    <message>
        <source>The value matches none of the allowed forms.</source>
        <translation>لا تطابق القيمة أيًا من الصيغ المسموح بها.</translation>
    </message>
    <message>
        <source>The value matches none of the allowed forms. The closest one reports: %1</source>
        <translation>لا تطابق القيمة أيًا من الصيغ المسموح بها. وتفيد أقرب صيغة إليها بما يلي: %1</translation>
    </message>
    <message>
        <source>The value matches none of the allowed forms. The closest one reports at “%1”: %2</source>
        <translation>لا تطابق القيمة أيًا من الصيغ المسموح بها. وتفيد أقرب صيغة إليها عند «%1» بما يلي: %2</translation>
    </message>
</context>
<context>
    <name>iia::Library</name>
    <message>
        <source>No framework could be loaded.</source>
        <translation>تعذّر تحميل أي إطار.</translation>
    </message>
    <message>
        <source>An assessment needs a title.</source>
        <translation>يجب أن يكون للتقييم عنوان.</translation>
    </message>
    <message>
        <source>The framework “%1” of this assessment is not installed.</source>
        <translation>إطار هذا التقييم «%1» غير مثبّت.</translation>
    </message>
    <message>
        <source>The framework has no question “%1”.</source>
        <translation>لا يتضمن الإطار السؤال «%1».</translation>
    </message>
    <message>
        <source>The framework has no property or enabler “%1”.</source>
        <translation>لا يتضمن الإطار خاصية أو عاملًا ممكِّنًا بالمعرّف «%1».</translation>
    </message>
    <message>
        <source>Evidence can only be attached to a question or a rating of the framework; “%1” is neither.</source>
        <translation>لا يمكن إرفاق الأدلة إلا بسؤال أو تقدير من الإطار؛ و«%1» ليس أيًا منهما.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائية</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>Before restoring revision %1</source>
        <translation>قبل استعادة المراجعة %1</translation>
    </message>
    <message>
        <source>The library already holds this assessment (“%1”, id %2). Import it with --replace to overwrite it, or with --as-copy to keep both.</source>
        <translation>تتضمن المكتبة هذا التقييم بالفعل («%1»، المعرّف %2). استورده مع الخيار --replace لاستبداله، أو مع الخيار --as-copy للاحتفاظ بالاثنين.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>لم يُستورد أي شيء من %1: %2</translation>
    </message>
    <message>
        <source>The library needs an update from version %1 to %2, and a backup is taken before every update. The backup failed, so the library was not changed: %3</source>
        <translation>تحتاج المكتبة إلى تحديث من الإصدار %1 إلى الإصدار %2، وتُنشأ نسخة احتياطية قبل كل تحديث. لكن إنشاء النسخة الاحتياطية فشل، ولذلك لم تُغيَّر المكتبة: %3</translation>
    </message>
    <message>
        <source>%1 A copy of it was set aside as “%2”.</source>
        <translation>%1 وقد حُفظت نسخة منه جانبًا باسم «%2».</translation>
    </message>
    <message>
        <source>%1 It could not be copied aside: %2</source>
        <translation>%1 وتعذّر حفظ نسخة منه جانبًا: %2</translation>
    </message>
    <message numerus="yes">
        <source>The latest sound backup is “%1”, taken %2, with %n assessment(s).</source>
        <translation>
            <numerusform>أحدث نسخة احتياطية سليمة هي «%1»، المُنشأة في %2، وفيها %n تقييم.</numerusform>
            <numerusform>أحدث نسخة احتياطية سليمة هي «%1»، المُنشأة في %2، وفيها تقييم واحد.</numerusform>
            <numerusform>أحدث نسخة احتياطية سليمة هي «%1»، المُنشأة في %2، وفيها تقييمان.</numerusform>
            <numerusform>أحدث نسخة احتياطية سليمة هي «%1»، المُنشأة في %2، وفيها %n تقييمات.</numerusform>
            <numerusform>أحدث نسخة احتياطية سليمة هي «%1»، المُنشأة في %2، وفيها %n تقييمًا.</numerusform>
            <numerusform>أحدث نسخة احتياطية سليمة هي «%1»، المُنشأة في %2، وفيها %n تقييم.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>لا توجد نسخة احتياطية لاستعادتها.</translation>
    </message>
    <message numerus="yes">
        <source>This library is damaged: SQLite&apos;s check of the file found %n problem(s), the first: %1. It has not been changed.</source>
        <translation>
            <numerusform>هذه المكتبة تالفة: وجد فحص SQLite للملف %n مشكلة، أولاها: %1. ولم تُغيَّر.</numerusform>
            <numerusform>هذه المكتبة تالفة: وجد فحص SQLite للملف مشكلة واحدة: %1. ولم تُغيَّر.</numerusform>
            <numerusform>هذه المكتبة تالفة: وجد فحص SQLite للملف مشكلتين، أولاهما: %1. ولم تُغيَّر.</numerusform>
            <numerusform>هذه المكتبة تالفة: وجد فحص SQLite للملف %n مشكلات، أولاها: %1. ولم تُغيَّر.</numerusform>
            <numerusform>هذه المكتبة تالفة: وجد فحص SQLite للملف %n مشكلةً، أولاها: %1. ولم تُغيَّر.</numerusform>
            <numerusform>هذه المكتبة تالفة: وجد فحص SQLite للملف %n مشكلة، أولاها: %1. ولم تُغيَّر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s backup of the library could not be taken: %1</source>
        <translation>تعذّر إنشاء النسخة الاحتياطية اليومية للمكتبة: %1</translation>
    </message>
    <message>
        <source>The library is open read-only, so no backup can be put back. %1</source>
        <translation>المكتبة مفتوحة للقراءة فقط، ولذلك لا يمكن استعادة أي نسخة احتياطية. %1</translation>
    </message>
    <message>
        <source>Before a backup is put back, the library as it is now is backed up, so that the restore can be undone. That failed, so nothing was changed: %1</source>
        <translation>قبل استعادة أي نسخة احتياطية، تُنشأ نسخة احتياطية من المكتبة بحالتها الراهنة، كي يمكن التراجع عن الاستعادة. لكن ذلك فشل، ولذلك لم يُغيَّر أي شيء: %1</translation>
    </message>
    <message>
        <source>The library is open in another program (another window of this application, or the command line). Close it and try again; nothing was changed.</source>
        <translation>المكتبة مفتوحة في برنامج آخر (نافذة أخرى من هذا التطبيق، أو سطر الأوامر). أغلقه ثم أعد المحاولة؛ لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>The library could not be checked today: %1</source>
        <translation>تعذّر فحص المكتبة اليوم: %1</translation>
    </message>
</context>
<context>
    <name>iia::LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>الولاية القضائية</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>الصك</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Exist</source>
        <translation>البقاء</translation>
    </message>
    <message>
        <source>Thrive</source>
        <translation>الازدهار</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>الإنجاز</translation>
    </message>
</context>
<context>
    <name>iia::LibraryRecovery</name>
    <message>
        <source>The Library Cannot Be Opened</source>
        <translation>تعذّر فتح المكتبة</translation>
    </message>
    <message>
        <source>You can put the latest backup back (taken %1), start with an empty library, or quit and change nothing. The file that was refused is kept in either case.</source>
        <translation>يمكنك استعادة أحدث نسخة احتياطية (المُنشأة في %1)، أو البدء بمكتبة فارغة، أو الخروج دون تغيير أي شيء. ويُحتفَظ بالملف المرفوض في كلتا الحالتين.</translation>
    </message>
    <message>
        <source>There is no backup to put back. You can start with an empty library, or quit and change nothing. The file that was refused is kept in either case.</source>
        <translation>لا توجد نسخة احتياطية لاستعادتها. يمكنك البدء بمكتبة فارغة، أو الخروج دون تغيير أي شيء. ويُحتفَظ بالملف المرفوض في كلتا الحالتين.</translation>
    </message>
    <message>
        <source>&amp;Restore the Latest Backup</source>
        <translation>&amp;استعادة أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>استعادة أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>&amp;Start with an Empty Library</source>
        <translation>ال&amp;بدء بمكتبة فارغة</translation>
    </message>
    <message>
        <source>Start with an empty library</source>
        <translation>البدء بمكتبة فارغة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>iia::LibraryView</name>
    <message>
        <source>Library or trash</source>
        <translation>المكتبة أو سلة المهملات</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>البحث في التقييمات</translation>
    </message>
    <message>
        <source>Search titles, jurisdictions and texts</source>
        <translation>البحث في العناوين والولايات القضائية والنصوص</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Internet Impact Assessment&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;مرحبًا بك في تقييم الأثر على الإنترنت&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Judge a proposed law, regulation or technology against what the Internet needs to &lt;b&gt;exist&lt;/b&gt; (the five critical properties of the Internet Way of Networking) and to &lt;b&gt;thrive&lt;/b&gt; (the ten enablers of an open, globally connected, secure and trustworthy Internet), following the Internet Society&apos;s Internet Impact Assessment Toolkit.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Plan&lt;/b&gt; — the issue, your goals and audience, the people and time you have.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Case&lt;/b&gt; — describe the proposal and paste or import its draft text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Critical properties&lt;/b&gt; and &lt;b&gt;enablers&lt;/b&gt; — answer the guiding questions, rate each one, and attach passages of the draft as evidence.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summary&lt;/b&gt; — your ratings beside the suggestions from your answers, and the two verdicts.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Conclusions&lt;/b&gt; — what follows, and what you recommend.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything is saved as you go. Nothing is ever sent over the network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;قيِّم قانونًا أو لائحة أو تقنية مقترحة في ضوء ما تحتاج إليه الإنترنت لكي &lt;b&gt;تبقى&lt;/b&gt; (الخصائص الأساسية الخمس لنهج الإنترنت في التشبيك) ولكي &lt;b&gt;تزدهر&lt;/b&gt; (العوامل الممكِّنة العشرة لإنترنت مفتوحة ومتصلة عالميًا وآمنة وجديرة بالثقة)، باتباع مجموعة أدوات تقييم الأثر على الإنترنت الصادرة عن جمعية الإنترنت.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;التخطيط&lt;/b&gt; — القضية، وأهدافك وجمهورك، والأشخاص والوقت المتاحون لك.&lt;/li&gt;&lt;li&gt;&lt;b&gt;الحالة&lt;/b&gt; — صِف المقترح والصق نص مشروعه أو استورده.&lt;/li&gt;&lt;li&gt;&lt;b&gt;الخصائص الأساسية&lt;/b&gt; و&lt;b&gt;العوامل الممكِّنة&lt;/b&gt; — أجب عن الأسئلة التوجيهية، وقدِّر كلًّا منها، وأرفق مقاطع من مشروع النص بوصفها أدلة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;الملخص&lt;/b&gt; — تقديراتك إلى جانب التقديرات المقترحة استنادًا إلى إجاباتك، والحكمان.&lt;/li&gt;&lt;li&gt;&lt;b&gt;الاستنتاجات&lt;/b&gt; — ما يترتب على التحليل، وما توصي به.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;يُحفظ كل شيء تلقائيًا أثناء عملك. ولا يُرسَل أي شيء عبر الشبكة مطلقًا.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Start a New Assessment</source>
        <translation>&amp;بدء تقييم جديد</translation>
    </message>
    <message>
        <source>Open the &amp;Worked Example</source>
        <translation>فتح المثال ال&amp;تطبيقي</translation>
    </message>
    <message>
        <source>&amp;Import a .iia File…</source>
        <translation>&amp;استيراد ملف .iia…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>ت&amp;كرار</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>نقل إلى &amp;سلة المهملات</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash</source>
        <translation>&amp;إفراغ سلة المهملات</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>سلة المهملات فارغة.</translation>
    </message>
    <message>
        <source>No assessment matches “%1”.</source>
        <translation>لا يوجد تقييم يطابق «%1».</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>نقل إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>أُنشئت نسخة مكررة باسم «%1».</translation>
    </message>
    <message>
        <source>“%1” restored from the trash.</source>
        <translation>استُعيد «%1» من سلة المهملات.</translation>
    </message>
    <message>
        <source>“%1” moved to the trash.</source>
        <translation>نُقل «%1» إلى سلة المهملات.</translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation>إفراغ سلة المهملات</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n assessment(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>هل تريد حذف التقييمات الموجودة في سلة المهملات نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف التقييم الموجود في سلة المهملات نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف التقييمين الموجودين في سلة المهملات نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %n تقييمات موجودة في سلة المهملات نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %n تقييمًا موجودًا في سلة المهملات نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد حذف %n تقييم موجود في سلة المهملات نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) deleted for good.</source>
        <translation>
            <numerusform>لم يُحذف أي تقييم.</numerusform>
            <numerusform>حُذف تقييم واحد نهائيًا.</numerusform>
            <numerusform>حُذف تقييمان نهائيًا.</numerusform>
            <numerusform>حُذفت %n تقييمات نهائيًا.</numerusform>
            <numerusform>حُذف %n تقييمًا نهائيًا.</numerusform>
            <numerusform>حُذف %n تقييم نهائيًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iia::MainWindow</name>
    <message>
        <source>Internet Impact Assessment</source>
        <translation>تقييم الأثر على الإنترنت</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>المخططات</translation>
    </message>
    <message>
        <source>Critical properties</source>
        <translation>الخصائص الأساسية</translation>
    </message>
    <message>
        <source>Enablers</source>
        <translation>العوامل الممكِّنة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New Assessment…</source>
        <translation>تقييم &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Import .iia Files…</source>
        <translation>&amp;استيراد ملفات .iia…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح تقييم &amp;حديث</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>لا توجد تقييمات بعد</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open the &amp;Worked Example</source>
        <translation>فتح المثال ال&amp;تطبيقي</translation>
    </message>
    <message>
        <source>&amp;Framework Editor</source>
        <translation>&amp;محرر الأطر</translation>
    </message>
    <message>
        <source>&amp;Back to the Library</source>
        <translation>ال&amp;عودة إلى المكتبة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>الخطوة ال&amp;تالية</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>الخطوة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>ال&amp;ملخص</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Internet Impact Assessment</source>
        <translation>&amp;حول تقييم الأثر على الإنترنت</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <source>Open an Assessment</source>
        <translation>فتح تقييم</translation>
    </message>
    <message>
        <source>This assessment uses the framework “%1”, which is not installed. Add its file to the frameworks folder (%2) and try again.</source>
        <translation>يستخدم هذا التقييم الإطار «%1»، وهو غير مثبّت. أضف ملفه إلى مجلد الأطر (%2) ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>All changes saved at %1</source>
        <translation>حُفظت جميع التغييرات الساعة %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <source>The last change could not be saved, so it was not made: %1</source>
        <translation>تعذّر حفظ التغيير الأخير، ولذلك لم يُنفَّذ: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>%1 — Internet Impact Assessment</source>
        <translation>%1 — تقييم الأثر على الإنترنت</translation>
    </message>
    <message>
        <source>New Assessment</source>
        <translation>تقييم جديد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>e.g. Draft law on network usage fees</source>
        <translation>مثال: مشروع قانون بشأن رسوم استخدام الشبكة</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (الإصدار %2)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>الإ&amp;طار</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>استُورد «%1».</translation>
    </message>
    <message>
        <source>Import Assessments</source>
        <translation>استيراد تقييمات</translation>
    </message>
    <message>
        <source>Internet Impact Assessments (*.iia)</source>
        <translation>تقييمات الأثر على الإنترنت (*.iia)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>صُدِّر إلى %1.</translation>
    </message>
    <message>
        <source>Worked Example</source>
        <translation>المثال التطبيقي</translation>
    </message>
    <message>
        <source>Framework saved to %1; new assessments can use it.</source>
        <translation>حُفظ الإطار في %1؛ ويمكن للتقييمات الجديدة استخدامه.</translation>
    </message>
    <message>
        <source>About Internet Impact Assessment</source>
        <translation>حول تقييم الأثر على الإنترنت</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Internet Impact Assessment %1&lt;/h3&gt;&lt;p&gt;Assess a proposed policy against the Internet Way of Networking and the enablers of an open, globally connected, secure and trustworthy Internet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;تقييم الأثر على الإنترنت %1&lt;/h3&gt;&lt;p&gt;قيِّم سياسة مقترحة في ضوء نهج الإنترنت في التشبيك والعوامل الممكِّنة لإنترنت مفتوحة ومتصلة عالميًا وآمنة وجديرة بالثقة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The scoring method is our own; the toolkit defines no number. The application never connects to the network.</source>
        <translation>طريقة احتساب الدرجات من إعدادنا؛ إذ لا تحدد مجموعة الأدوات أي قيمة رقمية. ولا يتصل التطبيق بالشبكة مطلقًا.</translation>
    </message>
    <message>
        <source>&amp;Export Brief…</source>
        <translation>ت&amp;صدير الموجز…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>ال&amp;نسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&lt;b&gt;The library is open read-only: you can read everything, but no change can be saved.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;المكتبة مفتوحة للقراءة فقط: يمكنك قراءة كل شيء، لكن لا يمكن حفظ أي تغيير.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>The library could not be opened again, so the application closes: %1</source>
        <translation>تعذّر فتح المكتبة مجددًا، ولذلك سيُغلق التطبيق: %1</translation>
    </message>
    <message>
        <source>Backup restored; the library as it was is kept as the backup taken %1.</source>
        <translation>استُعيدت النسخة الاحتياطية؛ وحُفظت المكتبة بحالتها السابقة في النسخة الاحتياطية المُنشأة في %1.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>استُعيدت النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>جارٍ فحص المكتبة…</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>جارٍ أخذ نسخة احتياطية من المكتبة…</translation>
    </message>
    <message>
        <source>The library was checked and backed up.</source>
        <translation>فُحصت المكتبة وأُخذت نسخة احتياطية منها.</translation>
    </message>
    <message>
        <source>The library was backed up.</source>
        <translation>أُخذت نسخة احتياطية من المكتبة.</translation>
    </message>
    <message>
        <source>The library was checked.</source>
        <translation>فُحصت المكتبة.</translation>
    </message>
    <message>
        <source>The Library Is Damaged</source>
        <translation>المكتبة تالفة</translation>
    </message>
    <message>
        <source>The latest backup was put back; the damaged library was moved to “%1”.</source>
        <translation>أُعيدت أحدث نسخة احتياطية؛ ونُقلت المكتبة التالفة إلى «%1».</translation>
    </message>
    <message>
        <source>A new, empty library was started; the damaged one was moved to “%1”.</source>
        <translation>بُدئت مكتبة جديدة فارغة؛ ونُقلت المكتبة التالفة إلى «%1».</translation>
    </message>
    <message>
        <source>Your work is saved in the library as usual; this is tried again at the next start.</source>
        <translation>يُحفظ عملك في المكتبة كالمعتاد؛ وستُعاد المحاولة عند التشغيل التالي.</translation>
    </message>
</context>
<context>
    <name>iia::MessageBanner</name>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>iia::OdtBrief</name>
    <message>
        <source>The document could not be assembled: %1</source>
        <translation>تعذّر تجميع المستند: %1</translation>
    </message>
    <message>
        <source>OpenDocument files cannot be written: a part of the application, iia_archive, is missing or damaged (%1). Install the application again, or export the brief as PDF or HTML.</source>
        <translation>تعذّرت كتابة ملفات OpenDocument: أحد مكوّنات التطبيق، iia_archive، مفقود أو تالف (%1). أعد تثبيت التطبيق، أو صدّر الموجز بصيغة PDF أو HTML.</translation>
    </message>
</context>
<context>
    <name>iia::PdfBrief</name>
    <message>
        <source>The PDF has no trailer where one was expected.</source>
        <translation>لا يحتوي ملف PDF على ذيل (trailer) في الموضع المتوقع.</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer names no catalogue.</source>
        <translation>لا يشير ذيل ملف PDF (trailer) إلى أي فهرس (catalog).</translation>
    </message>
    <message>
        <source>The PDF&apos;s page tree was not found.</source>
        <translation>لم يُعثر على شجرة الصفحات في ملف PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>تعذّر بدء إنشاء ملف PDF.</translation>
    </message>
</context>
<context>
    <name>iia::PlanPage</name>
    <message>
        <source>&lt;h2&gt;Plan&lt;/h2&gt;&lt;p&gt;Before you analyse, agree on what the assessment is for and what it will take. Short notes are enough; they go into the brief’s context.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;التخطيط&lt;/h2&gt;&lt;p&gt;قبل أن تبدأ التحليل، اتفق مع فريقك على الغرض من التقييم وعلى ما يتطلبه. تكفي ملاحظات موجزة؛ إذ تُدرج في قسم السياق من الموجز.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>iia::RadarChart</name>
    <message>
        <source>Critical properties chart</source>
        <translation>مخطط الخصائص الأساسية</translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation>تقدير المحلل</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>التقدير المقترح</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>بلا تقدير</translation>
    </message>
    <message>
        <source>not rated, no answers</source>
        <translation>بلا تقدير، ولا إجابات</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>بلا تقدير</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>لا إجابات</translation>
    </message>
    <message>
        <source>%1 %2
Analyst’s rating: %3
Suggested: %4</source>
        <translation>%1 %2
تقدير المحلل: %3
التقدير المقترح: %4</translation>
    </message>
</context>
<context>
    <name>iia::ScoreModel</name>
    <message>
        <source>No answers yet</source>
        <translation>لا توجد إجابات بعد</translation>
    </message>
    <message>
        <source>Suggested from %1 of %2 questions answered</source>
        <translation>مقترح استنادًا إلى الإجابة عن %1 من الأسئلة من أصل %2</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>أُجيب عن %1 من الأسئلة من أصل %2</translation>
    </message>
    <message>
        <source>%1 of %2 answers are “Unsure”</source>
        <translation>%1 من الإجابات من أصل %2 هي «غير متأكد»</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>متباين</translation>
    </message>
    <message>
        <source>Your rating and the suggestion point different ways</source>
        <translation>تقديرك والتقدير المقترح يشيران إلى اتجاهين مختلفين</translation>
    </message>
    <message>
        <source>The item’s short label</source>
        <translation>التسمية المختصرة للعنصر</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>The critical property or enabler</source>
        <translation>الخاصية الأساسية أو العامل الممكِّن</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>The goal an enabler serves</source>
        <translation>الهدف الذي يخدمه العامل الممكِّن</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Your own rating, which always decides</source>
        <translation>تقديرك الخاص، وهو الحاسم دائمًا</translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation>تقدير المحلل</translation>
    </message>
    <message>
        <source>The rating suggested by your answers</source>
        <translation>التقدير الذي تقترحه إجاباتك</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>التقدير المقترح</translation>
    </message>
    <message>
        <source>Share of questions answered</source>
        <translation>نسبة الأسئلة المُجاب عنها</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Share of answers that are “Unsure”</source>
        <translation>نسبة الإجابات «غير متأكد»</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>عدم اليقين</translation>
    </message>
    <message>
        <source>Whether your rating and the suggestion point different ways</source>
        <translation>ما إذا كان تقديرك والتقدير المقترح يشيران إلى اتجاهين مختلفين</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>التباين</translation>
    </message>
</context>
<context>
    <name>iia::ScoreTableView</name>
    <message>
        <source>Scores</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>The analyst’s rating, the suggested rating, coverage and uncertainty of every critical property and enabler</source>
        <translation>تقدير المحلل والتقدير المقترح ونسبة التغطية ودرجة عدم اليقين لكل خاصية أساسية وكل عامل ممكِّن</translation>
    </message>
</context>
<context>
    <name>iia::SingleInstance</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>The lock file %1 could not be created: permission denied.</source>
        <translation>تعذّر إنشاء ملف القفل %1: الإذن مرفوض.</translation>
    </message>
    <message>
        <source>The lock file %1 could not be created.</source>
        <translation>تعذّر إنشاء ملف القفل %1.</translation>
    </message>
    <message>
        <source>Internet Impact Assessment is already running for this library, but the folder %1 could not be created to reach it.</source>
        <translation>تطبيق تقييم الأثر على الإنترنت قيد التشغيل بالفعل لهذه المكتبة، لكن تعذّر إنشاء المجلد %1 للتواصل معه.</translation>
    </message>
    <message>
        <source>Internet Impact Assessment is already running for the library in %1, but it did not respond within %2 seconds. Switch to its window, or end it if it no longer responds, and try again.</source>
        <translation>تطبيق تقييم الأثر على الإنترنت قيد التشغيل بالفعل للمكتبة الموجودة في %1، لكنه لم يستجب خلال %2 ثانية. انتقل إلى نافذته، أو أنهِه إن لم يعد يستجيب، ثم أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>iia::Store</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>فشل %1: %2</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>بدء معاملة</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created. Choose another data folder with --data-dir.</source>
        <translation>تعذّر إنشاء المجلد «%1». اختر مجلد بيانات آخر باستخدام الخيار --data-dir.</translation>
    </message>
    <message>
        <source>There is no library at this place.</source>
        <translation>لا توجد مكتبة في هذا الموضع.</translation>
    </message>
    <message>
        <source>This is a folder, not a library file.</source>
        <translation>هذا مجلد وليس ملف مكتبة.</translation>
    </message>
    <message>
        <source>The library could not be opened: %1.</source>
        <translation>تعذّر فتح المكتبة: %1.</translation>
    </message>
    <message>
        <source>This file is not an Internet Impact Assessment library: it is not an SQLite database, or it is damaged (%1). It has not been changed.</source>
        <translation>هذا الملف ليس مكتبة لتطبيق تقييم الأثر على الإنترنت: فهو ليس قاعدة بيانات SQLite، أو أنه تالف (%1). ولم يُغيَّر.</translation>
    </message>
    <message>
        <source>This SQLite database belongs to another program, not to Internet Impact Assessment. It has not been changed.</source>
        <translation>قاعدة بيانات SQLite هذه تخص برنامجًا آخر، لا تطبيق تقييم الأثر على الإنترنت. ولم تُغيَّر.</translation>
    </message>
    <message>
        <source>This library was written by a newer version of the application (library version %1; this version reads up to %2). Install the newer version; the library has not been changed.</source>
        <translation>كُتبت هذه المكتبة بإصدار أحدث من التطبيق (إصدار المكتبة %1؛ بينما يقرأ هذا الإصدار حتى الإصدار %2). ثبّت الإصدار الأحدث؛ ولم تُغيَّر المكتبة.</translation>
    </message>
    <message>
        <source>This library needs an update to be read, but it is read-only. Make it writable and try again.</source>
        <translation>تحتاج هذه المكتبة إلى تحديث كي يمكن قراءتها، لكنها للقراءة فقط. اجعلها قابلة للكتابة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Switching on the write-ahead log</source>
        <translation>تفعيل سجل الكتابة المسبقة</translation>
    </message>
    <message>
        <source>Updating the library to version %1</source>
        <translation>تحديث المكتبة إلى الإصدار %1</translation>
    </message>
    <message>
        <source>Listing the assessments</source>
        <translation>سرد التقييمات</translation>
    </message>
    <message>
        <source>Looking up an assessment</source>
        <translation>البحث عن تقييم</translation>
    </message>
    <message>
        <source>There is no assessment with the id “%1” in the library.</source>
        <translation>لا يوجد في المكتبة تقييم بالمعرّف «%1».</translation>
    </message>
    <message>
        <source>Loading an assessment</source>
        <translation>تحميل تقييم</translation>
    </message>
    <message>
        <source>Loading the answers</source>
        <translation>تحميل الإجابات</translation>
    </message>
    <message>
        <source>Loading the ratings</source>
        <translation>تحميل التقديرات</translation>
    </message>
    <message>
        <source>Loading the evidence</source>
        <translation>تحميل الأدلة</translation>
    </message>
    <message>
        <source>Saving the evidence</source>
        <translation>حفظ الأدلة</translation>
    </message>
    <message>
        <source>Saving the answers</source>
        <translation>حفظ الإجابات</translation>
    </message>
    <message>
        <source>Saving the ratings</source>
        <translation>حفظ التقديرات</translation>
    </message>
    <message>
        <source>Saving the history</source>
        <translation>حفظ السجل</translation>
    </message>
    <message>
        <source>Adding an assessment</source>
        <translation>إضافة تقييم</translation>
    </message>
    <message>
        <source>The library already holds an assessment with the id %1 (“%2”).</source>
        <translation>تتضمن المكتبة بالفعل تقييمًا بالمعرّف %1 («%2»).</translation>
    </message>
    <message>
        <source>Replacing an assessment</source>
        <translation>استبدال تقييم</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>حفظ التغيير</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>النقل إلى سلة المهملات</translation>
    </message>
    <message>
        <source>There is no assessment with the id “%1” outside the trash.</source>
        <translation>لا يوجد تقييم بالمعرّف «%1» خارج سلة المهملات.</translation>
    </message>
    <message>
        <source>Restoring from the trash</source>
        <translation>الاستعادة من سلة المهملات</translation>
    </message>
    <message>
        <source>There is no assessment with the id “%1” in the trash.</source>
        <translation>لا يوجد تقييم بالمعرّف «%1» في سلة المهملات.</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>إفراغ سلة المهملات</translation>
    </message>
    <message>
        <source>Listing the revisions</source>
        <translation>سرد المراجعات</translation>
    </message>
    <message>
        <source>Loading a revision</source>
        <translation>تحميل مراجعة</translation>
    </message>
    <message>
        <source>The assessment has no revision %1.</source>
        <translation>لا يتضمن التقييم المراجعة %1.</translation>
    </message>
    <message>
        <source>Saving a revision</source>
        <translation>حفظ مراجعة</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again. Everything saved before is still in the library.</source>
        <translation>القرص ممتلئ: حرِّر بعض المساحة، ثم أعد المحاولة. كل ما حُفظ من قبل لا يزال موجودًا في المكتبة.</translation>
    </message>
    <message>
        <source>The library file or its folder is not writable any more.</source>
        <translation>لم يعد ملف المكتبة أو مجلده قابلًا للكتابة.</translation>
    </message>
    <message>
        <source>The library is open read-only, so nothing can be changed.</source>
        <translation>المكتبة مفتوحة للقراءة فقط، ولذلك لا يمكن تغيير أي شيء.</translation>
    </message>
    <message>
        <source>The library is open read-only, so nothing can be changed. %1</source>
        <translation>المكتبة مفتوحة للقراءة فقط، ولذلك لا يمكن تغيير أي شيء. %1</translation>
    </message>
    <message>
        <source>The folder “%1” is not writable (%2).</source>
        <translation>المجلد «%1» غير قابل للكتابة (%2).</translation>
    </message>
    <message>
        <source>The folder “%1” is not writable.</source>
        <translation>المجلد «%1» غير قابل للكتابة.</translation>
    </message>
    <message>
        <source>The library file “%1” is not writable (%2). Make it writable, then start the application again.</source>
        <translation>ملف المكتبة «%1» غير قابل للكتابة (%2). اجعله قابلًا للكتابة، ثم أعد تشغيل التطبيق.</translation>
    </message>
    <message>
        <source>The library file “%1” is not writable. Make it writable, then start the application again.</source>
        <translation>ملف المكتبة «%1» غير قابل للكتابة. اجعله قابلًا للكتابة، ثم أعد تشغيل التطبيق.</translation>
    </message>
    <message>
        <source>%1 Make it writable, then start the application again.</source>
        <translation>%1 اجعله قابلًا للكتابة، ثم أعد تشغيل التطبيق.</translation>
    </message>
    <message>
        <source>This library is damaged: the file holds %1 bytes where its header records %2. It was probably cut short (an interrupted copy, a full disk). It has not been changed.</source>
        <translation>هذه المكتبة تالفة: يحتوي الملف على %1 بايت بينما يسجّل رأسه %2. ربما اقتُطع جزء منه (بسبب نسخ انقطع أو قرص ممتلئ). ولم تُغيَّر.</translation>
    </message>
    <message>
        <source>No library can be created here. %1 Choose another data folder with --data-dir, or make this one writable.</source>
        <translation>لا يمكن إنشاء مكتبة هنا. %1 اختر مجلد بيانات آخر باستخدام الخيار --data-dir، أو اجعل هذا المجلد قابلًا للكتابة.</translation>
    </message>
    <message>
        <source>The library could not be opened for writing: %1</source>
        <translation>تعذّر فتح المكتبة للكتابة: %1</translation>
    </message>
    <message>
        <source>The disk that holds it is full (%1 free): %2 Free some space, then start the application again.</source>
        <translation>القرص الذي يحوي المكتبة ممتلئ (المساحة الحرة %1): %2 حرِّر بعض المساحة، ثم أعد تشغيل التطبيق.</translation>
    </message>
    <message>
        <source>The library could not be read: %1.</source>
        <translation>تعذّرت قراءة المكتبة: %1.</translation>
    </message>
    <message>
        <source>Backing up the library</source>
        <translation>النسخ الاحتياطي للمكتبة</translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation>فحص المكتبة</translation>
    </message>
    <message>
        <source>Reading the library&apos;s state</source>
        <translation>قراءة حالة المكتبة</translation>
    </message>
    <message>
        <source>Saving the library&apos;s state</source>
        <translation>حفظ حالة المكتبة</translation>
    </message>
</context>
<context>
    <name>iia::SummaryPage</name>
    <message>
        <source>&lt;h2&gt;Summary&lt;/h2&gt;&lt;p&gt;Your ratings beside the suggestions computed from your answers. Your rating decides; where the two point different ways, look again.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;الملخص&lt;/h2&gt;&lt;p&gt;تقديراتك إلى جانب التقديرات المقترحة المحسوبة من إجاباتك. تقديرك هو الحاسم؛ وحيثما يشير الاثنان إلى اتجاهين مختلفين، أعد النظر.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Headline verdicts</source>
        <translation>الحكمان الرئيسيان</translation>
    </message>
    <message>
        <source>%1 of %2 rated; %3 of the questions answered, %4 unsure</source>
        <translation>قُدِّر %1 من أصل %2؛ وأُجيب عن %3 من الأسئلة، و%4 «غير متأكد»</translation>
    </message>
    <message>
        <source>What the Internet needs to exist</source>
        <translation>ما يلزم لبقاء الإنترنت</translation>
    </message>
    <message>
        <source>What the Internet needs to thrive</source>
        <translation>ما يلزم لازدهار الإنترنت</translation>
    </message>
    <message>
        <source>%1: you rated “%2”, the answers suggest “%3”</source>
        <translation>%1: قدّرتَ «%2»، بينما تقترح الإجابات «%3»</translation>
    </message>
    <message>
        <source>Your ratings and the suggestions agree everywhere.</source>
        <translation>تقديراتك والتقديرات المقترحة متفقة في جميع المواضع.</translation>
    </message>
</context>
<context>
    <name>iia::TextWriters</name>
    <message>
        <source>%1 of %2 rated, coverage %3, unsure %4</source>
        <translation>قُدِّر %1 من أصل %2، التغطية %3، «غير متأكد» %4</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>لا توجد إجابات بعد</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Analyst’s rating</source>
        <translation>تقدير المحلل</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>التقدير المقترح</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>(%n unsure)</source>
        <translation>
            <numerusform>(لا إجابات «غير متأكد»)</numerusform>
            <numerusform>(إجابة واحدة «غير متأكد»)</numerusform>
            <numerusform>(إجابتان «غير متأكد»)</numerusform>
            <numerusform>(%n إجابات «غير متأكد»)</numerusform>
            <numerusform>(%n إجابةً «غير متأكد»)</numerusform>
            <numerusform>(%n إجابة «غير متأكد»)</numerusform>
        </translation>
    </message>
    <message>
        <source>! differs</source>
        <translation>! متباين</translation>
    </message>
    <message>
        <source>%1  %2  (%3, weight %4)  → %5</source>
        <translation>%1  %2  (%3، الوزن %4)  ← %5</translation>
    </message>
    <message>
        <source>harm if yes</source>
        <translation>ضار إن كانت الإجابة نعم</translation>
    </message>
    <message>
        <source>support if yes</source>
        <translation>داعم إن كانت الإجابة نعم</translation>
    </message>
    <message>
        <source>support %1 − harm %2 = %3</source>
        <translation>الدعم %1 − الضرر %2 = %3</translation>
    </message>
    <message>
        <source>Critical properties — what the Internet needs to exist</source>
        <translation>الخصائص الأساسية — ما يلزم لبقاء الإنترنت</translation>
    </message>
    <message>
        <source>Enablers — what the Internet needs to thrive</source>
        <translation>العوامل الممكِّنة — ما يلزم لازدهار الإنترنت</translation>
    </message>
    <message>
        <source>Exist</source>
        <translation>البقاء</translation>
    </message>
    <message>
        <source>Thrive</source>
        <translation>الازدهار</translation>
    </message>
    <message>
        <source>Completion: %1</source>
        <translation>نسبة الإنجاز: %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>الولاية القضائية</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>الصك</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>المؤلفون</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>المساهمون</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message numerus="yes">
        <source>Draft text: %n character(s)</source>
        <translation>
            <numerusform>نص المشروع: لا يحتوي على أي محرف</numerusform>
            <numerusform>نص المشروع: محرف واحد</numerusform>
            <numerusform>نص المشروع: محرفان</numerusform>
            <numerusform>نص المشروع: %n محارف</numerusform>
            <numerusform>نص المشروع: %n محرفًا</numerusform>
            <numerusform>نص المشروع: %n محرف</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>التقدير: %1</translation>
    </message>
    <message>
        <source>How it is affected: %1</source>
        <translation>كيفية التأثر: %1</translation>
    </message>
    <message>
        <source>Effect on people: %1</source>
        <translation>الأثر على الناس: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation>المكتبة فارغة.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>الإنجاز</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <source>Enablers</source>
        <translation>العوامل الممكِّنة</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>لا توجد نسخ احتياطية بعد.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
</context>
<context>
    <name>iia::Vocabulary</name>
    <message>
        <source>Not answered</source>
        <translation>بلا إجابة</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>غير متأكد</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>بلا تقدير</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>لا أثر</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>يوجد أثر</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>إيجابي</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>سلبي</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>غير واضح</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوي</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>No impact found</source>
        <translation>لم يُرصد أي أثر</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>داعم</translation>
    </message>
    <message>
        <source>Impact unclear</source>
        <translation>أثر غير واضح</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>معرّض للخطر</translation>
    </message>
    <message>
        <source>Undermines</source>
        <translation>مقوِّض</translation>
    </message>
    <message>
        <source>Yes, direction not set</source>
        <translation>نعم، دون تحديد الاتجاه</translation>
    </message>
    <message>
        <source>Yes, mixed</source>
        <translation>نعم، مختلط</translation>
    </message>
    <message>
        <source>Yes, unclear</source>
        <translation>نعم، غير واضح</translation>
    </message>
    <message>
        <source>Yes, strongly positive</source>
        <translation>نعم، إيجابي بشدة</translation>
    </message>
    <message>
        <source>Yes, weakly positive</source>
        <translation>نعم، إيجابي بدرجة طفيفة</translation>
    </message>
    <message>
        <source>Yes, positive</source>
        <translation>نعم، إيجابي</translation>
    </message>
    <message>
        <source>Yes, strongly negative</source>
        <translation>نعم، سلبي بشدة</translation>
    </message>
    <message>
        <source>Yes, weakly negative</source>
        <translation>نعم، سلبي بدرجة طفيفة</translation>
    </message>
    <message>
        <source>Yes, negative</source>
        <translation>نعم، سلبي</translation>
    </message>
</context>
</TS>
