# ما يغادر الصفحة (التقرير، CSV، الروابط، التضمين)، وما يُحفظ (التخزين، النسخ الاحتياطية)، وماذا لو (السيناريوهات، البحث عن القيمة المطلوبة)، وإشعارات مساحة العمل
# العربية: رسالة لكل مدخل، بالمفاتيح والوسائط نفسها ($name) كما في en/؛ وتتبع صيغ الجمع فئة
# CLDR للعدد: zero وone وtwo وfew وmany و*other (الافتراضية).

## التقرير المطبوع
out-report-example = أرقام مثال افتراضية
out-report-typed = الأرقام المُدخلة
out-report-all-segments = كل الشرائح المستوردة
# $period: تواريخ البيانات المستوردة، مثل «أكتوبر 2026» أو «2026-10-01 – 2026-11-30».
out-report-all-segments-in = كل الشرائح المستوردة، { $period }
# $period: اسم فترة مستوردة، مثل «أكتوبر 2026».
out-report-all-campaigns-in = كل الحملات، { $period }
# $segment: اسم شريحة مستوردة؛ $period: تواريخها.
out-report-segment-in = { $segment }، { $period }
# السطر تحت عنوان التقرير. $what: الأرقام التي يعرضها (out-report-…، أو اسم شريحة)؛ $date: يوم الطباعة.
out-report-subtitle = { $what } · طُبع في { $date }
out-finding-inversions = رسائل رخيصة وعملاء مكلفون
out-finding-cac-moved = لماذا تغيّر CAC
out-finding-outliers = الشرائح التي تختلف فعلًا
# أعمدة جدول السلّم في التقرير بصيغة Markdown.
out-md-stage = المرحلة
out-md-count = العدد
out-md-step-rate = معدل الخطوة
out-md-cost-per-stage = التكلفة لكل مرحلة

## تنزيلات CSV (عناوين الأعمدة والوحدات في الملف)
out-csv-metric = المقياس
out-csv-value = القيمة
out-csv-unit = الوحدة
out-csv-formula = المعادلة
out-csv-note = ملاحظة
out-csv-segment = الشريحة
out-csv-period-start = بداية الفترة
out-csv-period-end = نهاية الفترة
out-csv-spend = الإنفاق
out-csv-started = المحادثات التي بدأت
# عنوان عمود مالي. $column: اسمه، مثل «الإنفاق»؛ $currency: رمز ISO، مثل USD.
out-csv-in-currency = { $column } ({ $currency })
# $currency: رمز ISO، مثل USD.
out-csv-unit-money = مبلغ ({ $currency })
out-csv-unit-rate = معدل (عدد عشري)
out-csv-unit-multiple = مضاعف
out-csv-unit-count = عدد

## روابط المشاركة التي يتعذر فتحها
out-link-not-a-link = لا يحتوي هذا العنوان على مساحة عمل مشتركة.
# $version: رقم تنسيق الرابط، مثل 2.
out-link-newer = أُنشئ هذا الرابط بإصدار أحدث من Messaging Ladder (التنسيق { $version }). حدّث الصفحة للحصول على أحدث إصدار، ثم افتح الرابط مجددًا.
out-link-too-long = هذا الرابط أكبر من أن يُفتح بأمان. شارك عددًا أقل من الشرائح، أو صدّر ملف CSV بدلًا من ذلك.
out-link-damaged = هذا الرابط تالف أو مقطوع (مجموع التحقق لا يتطابق). انسخ الرابط كاملًا مرة أخرى؛ فتطبيقات المحادثة تقطع الروابط الطويلة أحيانًا.
# $problem: ما الخطأ في بياناته (out-problem-…).
out-link-invalid = يحتوي هذا الرابط على بيانات لا يمكن استخدامها: { $problem }.
# ما الخطأ في مساحة عمل من رابط أو نسخة احتياطية، في نهاية جملة أخرى
# (out-link-invalid، store-backup-unusable).
out-problem-not-text = محتوى غير متوقع (ليس UTF-8)
# $detail: وصف قارئ JSON لما صادفه، بالإنجليزية.
out-problem-unexpected = محتوى غير متوقع ({ $detail })
# $count: عدد الشرائح فيها؛ $max: أقصى عدد يحمله الرابط.
out-problem-too-many-segments = { $count ->
    [zero] { $count } شريحة
    [one] شريحة واحدة
    [two] شريحتان
    [few] { $count } شرائح
    [many] { $count } شريحة
   *[other] { $count } شريحة
    }، أي أكثر من { $max }، وهو أقصى ما يحمله الرابط
# $segment: اسم شريحة (أول 40 حرفًا منه).
out-problem-count-too-large = عدد في «{ $segment }» أكبر من 10¹²
# $segment: اسم شريحة (أول 40 حرفًا منه).
out-problem-negative-amount = مبلغ سالب في «{ $segment }»
# $segment: اسم شريحة (أول 40 حرفًا منه).
out-problem-amount-too-large = مبلغ في «{ $segment }» أكبر من 10¹²
out-problem-long-segment-name = اسم شريحة أطول من 500 حرف
out-problem-long-date = تاريخ فترة أطول من 40 حرفًا
out-problem-long-field = حقل أطول من 200 حرف

## التضمين في بوابة العميل
# اسم التضمين الذي ليس له اسم خاص: عنوانه، وعنوان الإطار في الشيفرة.
out-embed-plain-name = حاسبة إعلانات النقر لإرسال رسالة
out-embed-note = الإطار معزول (sandbox) لكنه يحتفظ بأصل الحاسبة نفسها (allow-same-origin): يعمل من أي استضافة ثابتة دون ترويسات خاصة، ويحفظ عمل كل زائر حيث يسمح المتصفح بالتخزين داخل الإطارات (وحيث لا يسمح، يبيّن الإطار ذلك ويعرض نسخة احتياطية ورابطًا)، ولا يستطيع الوصول إلى صفحة البوابة أو ملفات تعريف الارتباط أو التخزين الخاص بها لأن الحاسبة تُقدَّم من نطاق آخر. قدّمها من نطاق مختلف عن نطاق البوابة: فعلى النطاق نفسه، يتيح allow-same-origin للإطار رفع العزل عن نفسه. تتيح السمة allow="clipboard-write" عمل «نسخ الرابط»؛ ويتيح allow-downloads تنزيل ملفات CSV والنسخ الاحتياطية. يضبط البرنامج النصي حجم الإطار وفق محتواه؛ ولا يحمل أي شيء يرسله الإطار أرقامك.
# $file: اسم الملف المنزَّل.
out-embed-downloading = جارٍ تنزيل «{ $file }». إذا لم يظهر أي ملف، فالصفحة المحيطة بهذه الحاسبة لا تسمح لإطارها بالتنزيل (يحتاج عزل الإطار إلى allow-downloads): استخدم «نسخ الرابط»، وافتح الرابط في علامة تبويب جديدة، ونزّل منها.

## مساحات العمل المحفوظة والتخزين
# الأسماء التي تأخذها مساحة العمل إذا لم يسمّها أحد (تبقى اسمًا لها).
store-first-name = مساحة عملي
# $number: ترتيبها في القائمة، بدءًا من 1.
store-workspace-number = مساحة العمل { $number }
store-shared-name = مشتركة معي
# $position: ترتيبها في النسخة الاحتياطية، بدءًا من 1.
store-restored-name = المستعادة { $position }
# خيارات قائمة مساحات العمل. $name: اسم مساحة عمل (المفتوحة تُعرض باسمها فقط).
store-choice-open = { $name }
# $name: اسم مساحة عمل؛ $when: متى عُدّلت (store-changed-…).
store-choice-other = { $name } · عُدّلت { $when }
# متى عُدّلت مساحة العمل، بعد «عُدّلت».
store-changed-just-now = للتو
store-changed-minutes = { $count ->
    [zero] منذ { $count } دقيقة
    [one] منذ دقيقة
    [two] منذ دقيقتين
    [few] منذ { $count } دقائق
    [many] منذ { $count } دقيقة
   *[other] منذ { $count } دقيقة
    }
store-changed-hours = { $count ->
    [zero] منذ { $count } ساعة
    [one] منذ ساعة
    [two] منذ ساعتين
    [few] منذ { $count } ساعات
    [many] منذ { $count } ساعة
   *[other] منذ { $count } ساعة
    }
# $date: اليوم، مثل 2026-11-28.
store-changed-on = في { $date }
# محتوى النسخة الاحتياطية، بعد «تحتوي هذه النسخة الاحتياطية على». $count: عدد مساحات العمل؛
# $list: كل منها (store-backup-item)، يجمعها store-list.
store-backup-contents = { $count ->
    [zero] { $count } مساحة عمل
    [one] مساحة عمل واحدة
    [two] مساحتَي عمل
    [few] { $count } مساحات عمل
    [many] { $count } مساحة عمل
   *[other] { $count } مساحة عمل
    }: { $list }.
# $name: اسم مساحة عمل؛ $when: متى عُدّلت (store-changed-…).
store-backup-item = «{ $name }» (عُدّلت { $when })
# عنصران أو أكثر من قائمة: الأول، ثم البقية.
store-list = { $first }، { $rest }
# $mb: أكبر نسخة احتياطية تُقرأ، بالميغابايت.
store-backup-too-large = حجم الملف أكبر من { $mb } MB، وهو أكثر مما تحتويه أي نسخة احتياطية.
# $detail: وصف قارئ JSON لما صادفه، بالإنجليزية.
store-backup-not-json = هذه ليست نسخة احتياطية من Messaging Ladder (ليست JSON: { $detail }).
store-backup-wrong-format = هذه ليست نسخة احتياطية من Messaging Ladder (قيمة «format» فيها ليست «messaging-ladder-backup»).
# $version: رقم تنسيق النسخة الاحتياطية، مثل 2.
store-backup-newer = كُتبت هذه النسخة الاحتياطية بإصدار أحدث من Messaging Ladder (التنسيق { $version }). افتحها هناك.
store-backup-no-version = لا تحتوي هذه النسخة الاحتياطية على إصدار تنسيق يعرفه هذا التطبيق.
# $detail: وصف قارئ JSON لما صادفه، بالإنجليزية.
store-backup-damaged = هذه النسخة الاحتياطية تالفة ({ $detail }).
store-backup-empty = لا تحتوي هذه النسخة الاحتياطية على أي مساحة عمل.
# $count: عدد مساحات العمل فيها؛ $max: أقصى عدد تستوعبه عملية استعادة واحدة.
store-backup-too-many = تحتوي هذه النسخة الاحتياطية على { $count ->
    [zero] { $count } مساحة عمل
    [one] مساحة عمل واحدة
    [two] مساحتَي عمل
    [few] { $count } مساحات عمل
    [many] { $count } مساحة عمل
   *[other] { $count } مساحة عمل
    }، أي أكثر من { $max }، وهو أقصى ما تستوعبه عملية استعادة واحدة.
# $position: ترتيب مساحة العمل في النسخة الاحتياطية، بدءًا من 1؛ $name: اسمها (أول 40 حرفًا)؛
# $problem: ما الخطأ فيها (out-problem-…).
store-backup-unusable = لا يمكن استخدام مساحة العمل { $position } («{ $name }»): { $problem }.
# إشعارات التخزين.
store-blocked = يحظر هذا المتصفح التخزين هنا (الوضع الخاص أو صفحة مضمّنة)، لذا يبقى عملك في علامة التبويب هذه فقط. انسخ أرقامك قبل إغلاقها.
store-full = مساحة تخزين المتصفح ممتلئة، لذا تُحفظ أحدث تغييراتك في علامة التبويب هذه فقط. أفرغ بعض المساحة لهذا الموقع وستُحفظ عند التغيير التالي.
# $why: اسم الخطأ لدى المتصفح، مثل InvalidStateError.
store-failed = تعذّر حفظ أحدث تغييراتك ({ $why })؛ إنها محفوظة في علامة التبويب هذه، وستُعاد محاولة الحفظ عند التغيير التالي.
# $key: مفتاح التخزين الذي تُحفظ تحته النسخة غير المقروءة، مثل messaging-ladder:backup:1.
store-corrupt-kept = تعذّرت قراءة العمل المحفوظ، لذا فُتح المثال. النسخة غير المقروءة محفوظة في تخزين هذا المتصفح تحت المفتاح «{ $key }».
store-corrupt-not-kept = تعذّرت قراءة العمل المحفوظ أو نسخه احتياطيًا، لذا تُرك كما هو، وتبقى تغييراتك في علامة التبويب هذه فقط.
# $version: رقم تنسيق الحفظ، مثل 2.
store-newer = كُتب عملك المحفوظ بإصدار أحدث من Messaging Ladder (التنسيق { $version }). تُرك كما هو؛ والتغييرات التي تُجرى هنا تبقى في علامة التبويب هذه فقط.

## ماذا لو: السيناريوهات والبحث عن القيمة المطلوبة
scn-full = الحد الأقصى أربعة سيناريوهات
# اسم سيناريو جديد. $number: ترتيبه، بدءًا من 1.
scn-default-name = السيناريو { $number }
# اسم النسخة. $name: السيناريو المنسوخ.
scn-copy-name = { $name } (نسخة)
# $lever: رافعة (scn-lever-…)؛ $scenario: اسم السيناريو.
scn-slider-label = شريط تمرير { $lever } ({ $scenario })
# الروافع، كتسميات وفي أول الجملة.
scn-lever-spend = الإنفاق
scn-lever-cost-per-message = التكلفة لكل رسالة
scn-lever-reply-rate = معدل الرد
scn-lever-qualification-rate = معدل التأهيل
scn-lever-handoff-rate = معدل الإحالة
scn-lever-close-rate = معدل إتمام الصفقات
scn-lever-revenue-per-customer = الإيراد لكل عميل
scn-lever-other-cost = تكاليف اكتساب أخرى
# الروافع داخل جملة: «اضبط معدل إتمام الصفقات على 34%».
scn-lever-name-spend = الإنفاق
scn-lever-name-cost-per-message = التكلفة لكل رسالة
scn-lever-name-reply-rate = معدل الرد
scn-lever-name-qualification-rate = معدل التأهيل
scn-lever-name-handoff-rate = معدل الإحالة
scn-lever-name-close-rate = معدل إتمام الصفقات
scn-lever-name-revenue-per-customer = الإيراد لكل عميل
scn-lever-name-other-cost = تكاليف الاكتساب الأخرى
# المؤشرات التي يستهدفها البحث عن القيمة المطلوبة، في القائمة وفي الجملة.
scn-goal-cac = CAC
scn-goal-customers = العملاء
scn-goal-roas = ROAS
scn-goal-cost-per-qualified = التكلفة لكل محادثة مؤهلة
# لماذا يتعذر بناء السيناريوهات من السلّم المعروض.
scn-needs-spend = أدخل الإنفاق لبناء السيناريوهات.
scn-needs-started = أدخل المحادثات التي بدأت لبناء السيناريوهات.
# $stage: اسم مرحلة داخل جملة (stage-name-…)، مثل «المحادثات المؤهلة».
scn-needs-stage = أدخل { $stage } لبناء السيناريوهات.
# $step: اسم خطوة داخل جملة (step-name-…)، مثل «التأهيل»؛ $reached: العدد في نهايتها؛ $from: العدد في بدايتها.
scn-needs-consistent = تحتاج خطوة { $step } إلى أعداد متسقة ({ $reached } من { $from }) لبناء السيناريوهات.
# إجابات البحث عن القيمة المطلوبة. $lever: رافعة داخل جملة (scn-lever-name-…)؛ $value: القيمة
# اللازمة لها؛ $now: قيمتها اليوم (أو «—»).
scn-answer-set = اضبط { $lever } على { $value } (حاليًا { $now }).
# $why: لماذا يتعذر بلوغ المطلوب (scn-…)؛ $lever: الرافعة (scn-lever-…)؛ $value: قيمتها الأقرب؛
# $goal: المؤشر (scn-goal-…)؛ $reached: قيمة المؤشر عندها.
scn-answer-nearest = لا يمكن بلوغه: { $why } الأقرب: ضبط { $lever } على { $value }، ما يعطي { $goal } بقيمة { $reached }.
# $why: لماذا يتعذر بلوغ المطلوب (scn-…).
scn-answer-unreachable = لا يمكن بلوغه: { $why }
# $lever: رافعة (scn-lever-…)؛ $goal: مؤشر (scn-goal-…).
scn-not-a-lever = تغيير { $lever } لا يؤثر في { $goal }.
# $goal: مؤشر (scn-goal-…).
scn-choose-above-zero = اختر قيمة أكبر من الصفر لمؤشر { $goal }.
scn-cac-without-other-cost = من دون تكاليف اكتساب أخرى، لا يعتمد CAC على الإنفاق: كل محادثة تكلف القدر نفسه.
# $floor: أدنى CAC يمكن بلوغه بالإنفاق (مبلغ).
scn-cac-floor = زيادة الإنفاق لا تفعل سوى توزيع التكاليف الأخرى على نطاق أوسع: لا يمكن أن ينخفض CAC بالإنفاق إلى ما دون { $floor } (التكلفة لكل رسالة ÷ حاصل ضرب معدلات الخطوات كلها).
scn-no-value = في خط الأساس معدل صفري أو لا توجد إيرادات، لذا لا توجد قيمة لهذه الرافعة تحقق المطلوب.
# $lever: رافعة معدل داخل جملة (scn-lever-name-…)؛ $rate: المعدل اللازم.
scn-above-hundred = سيتطلب ذلك { $lever } بقيمة { $rate }، أي أكثر من 100%.
# $lever: رافعة داخل جملة (scn-lever-name-…).
scn-negative = سيتطلب ذلك { $lever } بقيمة سالبة.
# $goal: مؤشر (scn-goal-…)؛ $target: القيمة المكتوبة له؛ $lever: رافعة داخل جملة
# (scn-lever-name-…). اسم سيناريو ناتج عن إجابة البحث عن القيمة المطلوبة.
scn-goal-scenario-name = { $goal } { $target } عبر { $lever }
# صفوف جدول المقارنة: العملاء، ثم كل مقياس.
scn-row-customers = العملاء
# $metric: اسم مقياس، مثل «التكلفة لكل رسالة».
scn-row-metric = { $metric }
# تغيّر السيناريو مقابل خط الأساس، وكل جزء على سطر مستقل (يظهر كمسافات في جدول عريض).
# $amount: التغيّر بإشارته، مثل «−11.43 USD» أو «+14».
scn-change-better = ▲ أفضل:
    { $amount }
scn-change-worse = ▼ أسوأ:
    { $amount }
# $amount: التغيّر بإشارته؛ $percent: نسبته من خط الأساس بإشارتها، مثل «−7%».
scn-change-better-percent = ▲ أفضل:
    { $amount }
    ({ $percent })
# $amount: التغيّر بإشارته؛ $percent: نسبته من خط الأساس بإشارتها، مثل «−50%».
scn-change-worse-percent = ▼ أسوأ:
    { $amount }
    ({ $percent })
# تغيّر معدل بالنقاط المئوية. $points: الرقم، مثل 10.0.
scn-points = { $points } نقطة
scn-no-change = لا تغيير

## إشعارات مساحة العمل
# يظهر بجانب «تراجع»، بعد استبدال مساحة العمل كلها.
ws-sample-loaded = فُتحت أرقام المثال.
ws-cleared = تم المسح.
ws-opened-shared = فُتحت الأرقام المشتركة.
ws-example-note = أرقام مثال: نشاط افتراضي للخدمات المنزلية، وليست بياناتك. أدخل أرقامك أو استورد ملف تصدير لاستبدالها.
ws-link-copied = نُسخ الرابط. يحمل هذه الأرقام داخل العنوان؛ ولا يُرفع أي شيء.
# تسمية الحقل الذي يحمل الرابط، لنسخه يدويًا.
ws-copy-by-hand = الحافظة غير متاحة هنا. انسخ هذا الرابط:
# $cost: تكاليف الاكتساب الأخرى المكتوبة في النموذج (مبلغ).
ws-typed-other-cost = يعرض السلّم بيانات مستوردة. من هذه الأرقام، لا تُستخدم إلا تكاليف الاكتساب الأخرى ({ $cost }): تُضاف إلى CAC للبيانات المستوردة، موزعةً على الحملات حسب الإنفاق.
ws-typed-unused = يعرض السلّم بيانات مستوردة، لذا لا تُستخدم هذه الأرقام حاليًا.
# السلّمان المقارنان عند إدخال فترة سابقة بجانب السلّم، داخل جملة:
# «مقارنة الفترة السابقة المُدخلة مع السلّم المعروض.»
ws-earlier-typed = الفترة السابقة المُدخلة
ws-ladder-shown = السلّم المعروض
# الأمر نفسه في التحقق من التكلفة لكل رسالة: «ارتفعت من 2.50 في الفترة السابقة إلى 3.00 في هذه الفترة».
ws-earlier-period = الفترة السابقة
ws-this-period = هذه الفترة
# بعد الاستيراد. $count: عدد الشرائح؛ $file: اسم الملف.
ws-imported = تم استيراد { $count ->
    [zero] { $count } شريحة
    [one] شريحة واحدة
    [two] شريحتين
    [few] { $count } شرائح
    [many] { $count } شريحة
   *[other] { $count } شريحة
    } من { $file }. يعرض السلّم الآن إجماليها.
# $file: اسم سجل نتائج المحادثات؛ $matched: عدد أسمائه التي هي حملات في بيانات الإعلانات؛
# $names: عدد أسمائه.
ws-joined-by-name = تم ربط { $file } ببيانات الإعلانات: تطابق { $matched } من أصل { $names ->
    [zero] { $names } اسم
    [one] اسم واحد
    [two] اسمين
    [few] { $names } أسماء
    [many] { $names } اسمًا
   *[other] { $names } اسم
    }.
# الأمر نفسه، عندما تشمل بيانات الإعلانات عدة فترات.
ws-joined-by-name-periods = تم ربط { $file } ببيانات الإعلانات: تطابق { $matched } من أصل { $names ->
    [zero] { $names } اسم
    [one] اسم واحد
    [two] اسمين
    [few] { $names } أسماء
    [many] { $names } اسمًا
   *[other] { $names } اسم
    }، وكل فترة مع ما يقابلها.
# $file: اسم سجل نتائج المحادثات.
ws-joined-account = تم ربط { $file } بإجمالي بيانات الإعلانات: نتائجه تخص الحساب كله، لا حملة بعينها.
# $count: المحادثات المسجلة المؤرخة خارج كل فترات بيانات الإعلانات.
ws-left-out = { $count ->
    [zero] استُبعدت { $count } محادثة مسجلة تقع خارج فترات بيانات الإعلانات.
    [one] استُبعدت محادثة مسجلة واحدة تقع خارج فترات بيانات الإعلانات.
    [two] استُبعدت محادثتان مسجلتان تقعان خارج فترات بيانات الإعلانات.
    [few] استُبعدت { $count } محادثات مسجلة تقع خارج فترات بيانات الإعلانات.
    [many] استُبعدت { $count } محادثة مسجلة تقع خارج فترات بيانات الإعلانات.
   *[other] استُبعدت { $count } محادثة مسجلة تقع خارج فترات بيانات الإعلانات.
    }
ws-shows-total = يعرض السلّم الآن الإجمالي.
# جملتان، الواحدة تلو الأخرى.
ws-then = { $first } { $then }
# ربط سجل نتائج المحادثات ببيانات إعلانات مستوردة: الخيارات.
ws-join-legend = هذا سجل نتائج محادثات، وقد سبق استيراد بيانات إعلانات
ws-join-by-name = ربطه ببيانات الإعلانات حسب اسم الحملة: الإنفاق والمحادثات من الإعلانات، والمراحل اللاحقة من هذا الملف
ws-join-account-ignoring-names = ربطه بإجمالي بيانات الإعلانات مع تجاهل أسمائه: المراحل اللاحقة للحساب كله
ws-join-account = ربطه بإجمالي بيانات الإعلانات: لا يحتوي هذا الملف على عمود للحملات، لذا فمراحله اللاحقة تخص الحساب كله
ws-join-replace = استبدال البيانات المستوردة بهذا الملف
ws-join-ask = لا يطابق أي اسم في هذا الملف حملةً في بيانات الإعلانات، لذا لن يُربط ما لم تحدد الطريقة. صحّح الأسماء في الملف، أو اختر أدناه.
ws-names-caption = الأسماء في هذا الملف والحملات في بيانات الإعلانات
ws-names-in-file = في هذا الملف
ws-names-in-ads = في بيانات الإعلانات
