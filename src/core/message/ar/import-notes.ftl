# كلمات الاستيراد: لماذا يتعذر استيراد إدخال، وملاحظات المعاينة وأوصافها، وكيف يُربط سجل نتائج المحادثات ببيانات الإعلانات
# العربية: رسالة لكل مدخل، بالمفاتيح والوسائط نفسها ($name) كما في en/؛ وتتبع صيغ الجمع فئة
# CLDR للعدد: zero وone وtwo وfew وmany و*other (الافتراضية).
# الوسيط الموصوف بـ «(قائمة)» عناصر يجمعها imp-list؛ والأسماء الواردة من الملف يضعها imp-quoted بين علامتي تنصيص.

## موضع مشكلة الاستيراد
# $file: اسم الملف (أو imp-pasted-cells)؛ $line و$column: أرقام تبدأ من 1؛ $header: عنوان العمود كما
# كُتب في الملف؛ $problem: إحدى المشكلات أدناه.
imp-in-file = { $file }: { $problem }
imp-on-line = { $file }، السطر { $line }: { $problem }
imp-in-cell = { $file }، السطر { $line }، العمود { $column } («{ $header }»): { $problem }
imp-in-column = { $file }، العمود { $column } («{ $header }»): { $problem }

## لماذا يتعذر الاستيراد
imp-empty = الملف فارغ. صدّر التقرير مرة أخرى، أو الصق الخلايا بدلًا من ذلك.
imp-workbook = هذا مصنف Excel (.xlsx) وليس ملف CSV، حتى لو انتهى اسمه بالامتداد .csv. في Excel أو Sheets، استخدم ملف › حفظ باسم (أو تنزيل) › CSV، ثم ارفع ذلك الملف.
imp-binary = هذا الملف ليس نصًا (يحتوي على بيانات ثنائية). ارفع ملف تصدير CSV أو TSV، أو الصق الخلايا بدلًا من ذلك.
# $byte: موضع انقطاع النص، بالبايت من بداية الملف.
imp-bad-utf16 = يذكر الملف أنه بترميز UTF-16 لكنه ينقطع عند البايت { $byte }. صدّره مرة أخرى بصيغة CSV UTF-8.
imp-undecodable = تعذّر فك ترميز النص.
imp-no-rows = لا توجد صفوف لاستيرادها: النص فارغ.
# $found: عدد القيم في هذا السطر؛ $expected: عدد القيم في الصف الأول.
imp-ragged = يحتوي هذا السطر على { $found ->
    [zero] { $found } قيمة
    [one] قيمة واحدة
    [two] قيمتين
    [few] { $found } قيم
    [many] { $found } قيمة
   *[other] { $found } قيمة
    }، بينما يحتوي الصف الأول على { $expected }. على الأرجح تحتوي إحدى القيم على الفاصل دون علامات تنصيص (اسم حملة فيه فاصلة مثلًا): ضع هذه القيم بين علامتي تنصيص مزدوجتين، أو صدّر الملف مرة أخرى.
# $value: الخلية كما كُتبت في الملف. «تجاهل» هو الدور imp-role-ignore.
imp-not-a-number = القيمة «{ $value }» ليست رقمًا. صحّح الخلية، أو اجعل دور العمود «تجاهل».
imp-negative = القيمة «{ $value }» سالبة. لا يمكن أن يكون الإنفاق والأعداد سالبة: صحّح الخلية، أو اجعل دور العمود «تجاهل».
# $counts: ما يعدّه العمود، داخل جملة (imp-counted-…).
imp-not-whole = القيمة «{ $value }» ليست عددًا صحيحًا، لكن { $counts } تُعدّ بأعداد صحيحة. تحقّق من دور العمود وفاصله العشري.
imp-counted-started = المحادثات التي بدأت
imp-counted-replies = الردود
imp-counted-qualified = المحادثات المؤهلة
imp-counted-handoffs = الإحالات إلى المبيعات
imp-counted-customers = العملاء
imp-counted-impressions = مرات الظهور
imp-counted-link-clicks = النقرات على الرابط
imp-counted-results = النتائج (Meta)
# $results: النتائج الأخرى كما يسمّيها الملف (قائمة، مثل «Reach, Leads»).
imp-other-results-only = كل الصفوف تخص نتيجة أخرى ({ $results })، لذا لا توجد محادثات عبر الرسائل لاستيرادها. صدّر الحملات التي تكون نتيجتها المحادثات التي بدأت عبر الرسائل.
# $columns: عناوين الملف، كل منها بين علامتي تنصيص (قائمة). الأسماء المقترحة إنجليزية لأن
# أداة الاستيراد لا تعرف عناوين عربية.
imp-no-ladder-columns = لم يُتعرَّف على أي عمود للإنفاق أو للمراحل (الأعمدة: { $columns }). حدّد دور كل عمود أدناه، أو أعد تسمية العناوين بأسماء مثل «Spend» و«Conversations started» و«Qualified» و«Customers».
imp-unreadable = تعذّر على المتصفح قراءة هذا الملف. جرّب حفظه مرة أخرى.
imp-worker-unreadable = أعاد عامل الاستيراد في الخلفية ردًّا تتعذر قراءته.
imp-worker-no-file = لم يُرسَل أي ملف إلى عامل الاستيراد في الخلفية.
# رد عامل استيراد من إصدار أقدم من التطبيق، لا يذكر السبب.
imp-unknown = توقف الاستيراد لسبب لا يستطيع هذا الإصدار من التطبيق تحديده. حدّث الصفحة وحاول مرة أخرى.

## القوائم والأسماء داخل الجمل
# اسم كما كُتب في الملف، بين علامتي تنصيص.
imp-quoted = «{ $name }»
# قائمة: عنصرها الأول، ثم البقية (قائمة بدورها، أو العنصر الأخير).
imp-list = { $first }، { $rest }

## ملاحظات تحت المعاينة
# $count: عدد الأعمدة (2 أو أكثر)؛ $role: اسم الدور (imp-role-…)؛ $columns: عناوينها بين علامتي
# تنصيص (قائمة)؛ $first: عنوان العمود الذي يُقرأ.
imp-shared-role = يبدو أن الدور «{ $role }» ينطبق على { $count ->
    [zero] { $count } عمود
    [one] عمود واحد
    [two] عمودين
    [few] { $count } أعمدة
    [many] { $count } عمودًا
   *[other] { $count } عمود
    } ({ $columns }): لا يُقرأ إلا الأول، «{ $first }». غيّر دور أحد الأعمدة لقراءة عمود آخر.
# $results: النتائج الأخرى (قائمة، مثل «Reach, Post engagements»)؛ $amount: الإنفاق على تلك الصفوف
# (imp-amount، أو مبلغ مجرد إن لم تُعرف العملة).
imp-other-results = استُبعد { $rows ->
    [zero] { $rows } صف
    [one] صف واحد
    [two] صفّان
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    } لنتائج أخرى ({ $results })، بإنفاق قدره { $amount }: لا تُحتسب إلا صفوف المحادثات عبر الرسائل، مع الإنفاق عليها.
# $currency: رمز عملة، مثل «EUR»؛ $amount: المبلغ، مثل «1,234.50».
imp-amount = { $amount } { $currency }
# «النتائج» اسم عمود Meta.
imp-other-actions = في { $rows ->
    [zero] { $rows } صف
    [one] صف واحد
    [two] صفّين
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    }، يحتسب عمود «النتائج» إجراءات أخرى (مؤشر النتيجة فيها ليس «محادثة بدأت عبر الرسائل»)، لذا لم تُحتسب محادثات.
# $line: رقم السطر في الملف.
imp-totals-row = السطر { $line } صف إجماليات: استُبعد كي لا يُحتسب أي شيء مرتين.
imp-totals-row-mismatch = السطر { $line } صف إجماليات (أرقامه لا تطابق الصفوف، تحقّق من الملف): استُبعد كي لا يُحتسب أي شيء مرتين.
# $rows: الصفوف المجمّعة؛ $segments: الشرائح الناتجة عنها.
imp-grouped-by-name = تم تجميع { $rows ->
    [zero] { $rows } صف
    [one] صف واحد
    [two] صفّين
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    } في { $segments ->
    [zero] { $segments } شريحة
    [one] شريحة واحدة
    [two] شريحتين
    [few] { $segments } شرائح
    [many] { $segments } شريحة
   *[other] { $segments } شريحة
    } حسب الاسم (مع جمع الصفوف اليومية).
imp-grouped-by-name-and-month = تم تجميع { $rows ->
    [zero] { $rows } صف
    [one] صف واحد
    [two] صفّين
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    } في { $segments ->
    [zero] { $segments } شريحة
    [one] شريحة واحدة
    [two] شريحتين
    [few] { $segments } شرائح
    [many] { $segments } شريحة
   *[other] { $segments } شريحة
    } حسب الاسم والشهر (مع جمع الصفوف اليومية).
imp-grouped-by-name-and-week = تم تجميع { $rows ->
    [zero] { $rows } صف
    [one] صف واحد
    [two] صفّين
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    } في { $segments ->
    [zero] { $segments } شريحة
    [one] شريحة واحدة
    [two] شريحتين
    [few] { $segments } شرائح
    [many] { $segments } شريحة
   *[other] { $segments } شريحة
    } حسب الاسم والأسبوع (مع جمع الصفوف اليومية).
# $period: شهر أو أسبوع، مثل «أكتوبر 2026» أو «أسبوع 2026-10-05»؛ $first و$last: أول يوم وآخر يوم
# في صفوفه، كما يكتبهما الملف.
imp-part-month = تحتوي الفترة { $period } على صفوف من { $first } إلى { $last } فقط: أرقامها تغطي جزءًا من الشهر.
imp-part-week = تحتوي الفترة { $period } على صفوف من { $first } إلى { $last } فقط: أرقامها تغطي جزءًا من الأسبوع.
# $months: عدد الأشهر التي تمتد عليها تواريخ الصفوف؛ $rows: الصفوف الممتدة من شهر إلى التالي، أو
# التي بلا تاريخ. «حسب الشهر» أحد خيارات الفترات في المعاينة.
imp-not-split-spanning-file = تمتد تواريخ الصفوف على { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
    }، لكنّ { $rows ->
    [zero] { $rows } صف يمتد
    [one] صفًّا واحدًا يمتد
    [two] صفّين يمتدان
    [few] { $rows } صفوف تمتد
    [many] { $rows } صفًّا تمتد
   *[other] { $rows } صف تمتد
    } من شهر إلى الشهر التالي، لذا لم يُقسَّم الملف إلى أشهر. اختر «حسب الشهر» لوضع كل صف في الشهر الذي يبدأ فيه.
imp-not-split-spanning-log = تمتد تواريخ الصفوف على { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
    }، لكنّ { $rows ->
    [zero] { $rows } صف يمتد
    [one] صفًّا واحدًا يمتد
    [two] صفّين يمتدان
    [few] { $rows } صفوف تمتد
    [many] { $rows } صفًّا تمتد
   *[other] { $rows } صف تمتد
    } من شهر إلى الشهر التالي، لذا لم يُقسَّم السجل إلى أشهر. اختر «حسب الشهر» لوضع كل صف في الشهر الذي يبدأ فيه.
imp-not-split-undated-file = تمتد تواريخ الصفوف على { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
    }، لكنّ { $rows ->
    [zero] { $rows } صف
    [one] صفًّا واحدًا
    [two] صفّين
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    } بلا تاريخ، لذا لم يُقسَّم الملف إلى أشهر.
imp-not-split-undated-log = تمتد تواريخ الصفوف على { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
    }، لكنّ { $rows ->
    [zero] { $rows } صف
    [one] صفًّا واحدًا
    [two] صفّين
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    } بلا تاريخ، لذا لم يُقسَّم السجل إلى أشهر.
imp-spanning-month = يمتد { $rows ->
    [zero] { $rows } صف
    [one] صف واحد
    [two] صفّان
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    } إلى الشهر التالي: ويُحتسب كلٌّ منها في الشهر الذي يبدأ فيه.
imp-spanning-week = يمتد { $rows ->
    [zero] { $rows } صف
    [one] صف واحد
    [two] صفّان
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    } إلى الأسبوع التالي: ويُحتسب كلٌّ منها في الأسبوع الذي يبدأ فيه.
imp-undated-month = { $rows ->
    [zero] هناك { $rows } صف بلا تاريخ: تُحفظ منفصلة، خارج أي شهر.
    [one] هناك صف واحد بلا تاريخ: يُحفظ منفصلًا، خارج أي شهر.
    [two] هناك صفّان بلا تاريخ: يُحفظان منفصلين، خارج أي شهر.
    [few] هناك { $rows } صفوف بلا تاريخ: تُحفظ منفصلة، خارج أي شهر.
    [many] هناك { $rows } صفًّا بلا تاريخ: تُحفظ منفصلة، خارج أي شهر.
   *[other] هناك { $rows } صف بلا تاريخ: تُحفظ منفصلة، خارج أي شهر.
    }
imp-undated-week = { $rows ->
    [zero] هناك { $rows } صف بلا تاريخ: تُحفظ منفصلة، خارج أي أسبوع.
    [one] هناك صف واحد بلا تاريخ: يُحفظ منفصلًا، خارج أي أسبوع.
    [two] هناك صفّان بلا تاريخ: يُحفظان منفصلين، خارج أي أسبوع.
    [few] هناك { $rows } صفوف بلا تاريخ: تُحفظ منفصلة، خارج أي أسبوع.
    [many] هناك { $rows } صفًّا بلا تاريخ: تُحفظ منفصلة، خارج أي أسبوع.
   *[other] هناك { $rows } صف بلا تاريخ: تُحفظ منفصلة، خارج أي أسبوع.
    }
# $periods: الأشهر أو الأسابيع (قائمة، مثل «أكتوبر 2026، نوفمبر 2026»).
imp-grouped-by-month = التجميع حسب الشهر: { $periods }.
imp-grouped-by-week = التجميع حسب الأسبوع: { $periods }.
# $statuses: كل حالة غير معروفة مع صفوفها (imp-status-rows، قائمة).
imp-unknown-statuses = حالات غير معروفة، تُحتسب محادثاتٍ بدأت فقط إلى أن تحدد مراحلها: { $statuses }.
# $status: حالة كما كُتبت في الملف؛ $rows: عدد الصفوف التي تحملها.
imp-status-rows = «{ $status }» ({ $rows ->
    [zero] { $rows } صف
    [one] صف واحد
    [two] صفّان
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    })
# $stage: اسم مرحلة، مثل «المحادثات المؤهلة».
imp-entry-stage = بلغ كل صف مرحلة «{ $stage }» على الأقل، لذا لا يمكن لهذا الملف أن يحتسب المراحل التي قبلها: تأتي هذه من الإعلانات أو تبقى فارغة.
# $column: عمود المصادر في الملف، مثل «Original Traffic Source»؛ $count: عدد المصادر التي يذكرها.
imp-sources-all-kept = يذكر العمود «{ $column }» { $count ->
    [zero] { $count } مصدر
    [one] مصدرًا واحدًا
    [two] مصدرين
    [few] { $count } مصادر
    [many] { $count } مصدرًا
   *[other] { $count } مصدر
    }: احتُفظ بكل الصفوف. ألغِ تحديد أي مصدر أدناه لاستبعاد صفوفه.
# احتُفظ بـ $kept من أصل $rows صفًّا؛ $sources: المصادر المحتفظ بها (imp-source-rows، قائمة، أو
# imp-sources-none)؛ $left: الصفوف المستبعدة؛ $others: المصادر المستبعدة (قائمة).
imp-sources-kept = بقي { $kept } من أصل { $rows ->
    [zero] { $rows } صف
    [one] صف واحد
    [two] صفّين
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    }، وهي التي قيمة «{ $column }» فيها: { $sources }؛ واستُبعد { $left } من مصادر أخرى: { $others }. يمكنك تغيير المصادر المحتفظ بها أدناه.
# مثل imp-sources-kept، لاقتراح التطبيق: المصادر المحتفظ بها تبدو إعلانات Meta.
imp-sources-kept-suggested = بقي { $kept } من أصل { $rows ->
    [zero] { $rows } صف
    [one] صف واحد
    [two] صفّين
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    }، وهي التي قيمة «{ $column }» فيها: { $sources } (تبدو إعلانات Meta)؛ واستُبعد { $left } من مصادر أخرى: { $others }. يمكنك تغيير المصادر المحتفظ بها أدناه.
imp-sources-none = لا شيء
# مصدر للاحتفاظ به أو استبعاده، بجانب مربع اختياره: $source كما كُتب في الملف، و$rows صفوفه.
imp-source-choice = { $source } ({ $rows })
# $source: مصدر كما كُتب في الملف؛ $rows: صفوفه.
imp-source-rows = «{ $source }» ({ $rows })

## كيف يُربط سجل نتائج المحادثات ببيانات الإعلانات
# $matched من أسماء السجل البالغة $total هي حملات في بيانات الإعلانات.
imp-join-names-match = يطابق { $matched } من أصل { $total ->
    [zero] { $total } اسم
    [one] اسم واحد
    [two] اسمين
    [few] { $total } أسماء
    [many] { $total } اسمًا
   *[other] { $total } اسم
    } بيانات الإعلانات.
# $names: حملات بيانات الإعلانات، أو أسماء في السجل، بين علامتي تنصيص (قائمة).
imp-join-no-outcomes = لا توجد بيانات للمراحل اللاحقة للأسماء التالية: { $names }.
imp-join-no-ads = لا توجد بيانات إعلانات للأسماء التالية: { $names } (احتُفظ بها كشرائح مستقلة؛ صحّح الأسماء لربطها).
imp-join-account = تُضم نتائج هذا السجل إلى إجمالي بيانات الإعلانات: الإنفاق والمحادثات (والردود، إن وُجدت في الإعلانات) من الإعلانات؛ والمحادثات المؤهلة والإحالات والعملاء والإيرادات من هذا الملف. لا يُضاف كشريحة، وتحتفظ الحملات بأرقام الإعلانات فقط.
# $conversations: المحادثات المسجلة المستبعدة؛ $customers: العملاء بينها (imp-join-customers)؛
# $parts: لمن ومتى (imp-join-part-…، قائمة).
imp-join-out-of-period = { $conversations ->
    [zero] هناك { $conversations } محادثة مسجلة ({ $customers }) تقع خارج فترات بيانات الإعلانات، وقد استُبعدت: { $parts }. استورد بيانات إعلانات تغطي تلك التواريخ لاحتسابها.
    [one] هناك محادثة مسجلة واحدة ({ $customers }) تقع خارج فترات بيانات الإعلانات، وقد استُبعدت: { $parts }. استورد بيانات إعلانات تغطي تلك التواريخ لاحتسابها.
    [two] هناك محادثتان مسجلتان ({ $customers }) تقعان خارج فترات بيانات الإعلانات، وقد استُبعدتا: { $parts }. استورد بيانات إعلانات تغطي تلك التواريخ لاحتسابهما.
    [few] هناك { $conversations } محادثات مسجلة ({ $customers }) تقع خارج فترات بيانات الإعلانات، وقد استُبعدت: { $parts }. استورد بيانات إعلانات تغطي تلك التواريخ لاحتسابها.
    [many] هناك { $conversations } محادثة مسجلة ({ $customers }) تقع خارج فترات بيانات الإعلانات، وقد استُبعدت: { $parts }. استورد بيانات إعلانات تغطي تلك التواريخ لاحتسابها.
   *[other] هناك { $conversations } محادثة مسجلة ({ $customers }) تقع خارج فترات بيانات الإعلانات، وقد استُبعدت: { $parts }. استورد بيانات إعلانات تغطي تلك التواريخ لاحتسابها.
    }
imp-join-customers = { $count ->
    [zero] { $count } عميل
    [one] عميل واحد
    [two] عميلان
    [few] { $count } عملاء
    [many] { $count } عميلًا
   *[other] { $count } عميل
    }
# $name: اسم في السجل؛ $period: شهر أو أسبوع، مثل «ديسمبر 2026»؛ $conversations: محادثاته المسجلة.
imp-join-part-in = «{ $name }» في { $period } ({ $conversations })
imp-join-part-undated = «{ $name }» بلا تاريخ ({ $conversations })
imp-join-more-logged = عدد المحادثات المسجلة أكبر من عدد المحادثات التي بدأتها الإعلانات للأسماء التالية: { $names }. تحقّق من فترة الإسناد.

## ما يبدو عليه الإدخال (بعد «النوع المكتشَف:»)
# $roles: الأدوار التي تُقرأ بها الأعمدة، بالترتيب (imp-role-…، قائمة).
imp-looks-unlabeled = أرقام بلا عناوين، تُقرأ بترتيب السلّم: { $roles }.
imp-looks-aggregate = جدول من { $rows ->
    [zero] { $rows } صف
    [one] صف واحد
    [two] صفّين
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    } يتضمن الإنفاق وأعداد المراحل، في صورة { $segments ->
    [zero] { $segments } شريحة
    [one] شريحة واحدة
    [two] شريحتين
    [few] { $segments } شرائح
    [many] { $segments } شريحة
   *[other] { $segments } شريحة
    }.
imp-looks-meta = ملف تصدير من مدير إعلانات Meta: { $rows ->
    [zero] { $rows } صف
    [one] صف واحد
    [two] صفّان
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    }، و{ $segments ->
    [zero] { $segments } شريحة
    [one] شريحة واحدة
    [two] شريحتان
    [few] { $segments } شرائح
    [many] { $segments } شريحة
   *[other] { $segments } شريحة
    }.
# $currency: رمز عملة الإنفاق، مثل «EUR».
imp-looks-meta-currency = ملف تصدير من مدير إعلانات Meta: { $rows ->
    [zero] { $rows } صف
    [one] صف واحد
    [two] صفّان
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    }، و{ $segments ->
    [zero] { $segments } شريحة
    [one] شريحة واحدة
    [two] شريحتان
    [few] { $segments } شرائح
    [many] { $segments } شريحة
   *[other] { $segments } شريحة
    }، والإنفاق بعملة { $currency }.
# $conversations: المحادثات المحتسبة (من المصادر المحتفظ بها).
imp-looks-log = سجل نتائج المحادثات (صفقات CRM أو مراجعة محادثات): احتُسبت { $conversations ->
    [zero] { $conversations } محادثة
    [one] محادثة واحدة
    [two] محادثتان
    [few] { $conversations } محادثات
    [many] { $conversations } محادثة
   *[other] { $conversations } محادثة
    } ضمن { $segments ->
    [zero] { $segments } شريحة
    [one] شريحة واحدة
    [two] شريحتين
    [few] { $segments } شرائح
    [many] { $segments } شريحة
   *[other] { $segments } شريحة
    }.
# مثل imp-looks-log، عند استبعاد بعض الصفوف: $rows، كل صفوف السجل.
imp-looks-log-of = سجل نتائج المحادثات (صفقات CRM أو مراجعة محادثات): احتُسبت { $conversations ->
    [zero] { $conversations } محادثة
    [one] محادثة واحدة
    [two] محادثتان
    [few] { $conversations } محادثات
    [many] { $conversations } محادثة
   *[other] { $conversations } محادثة
    } ضمن { $segments ->
    [zero] { $segments } شريحة
    [one] شريحة واحدة
    [two] شريحتين
    [few] { $segments } شرائح
    [many] { $segments } شريحة
   *[other] { $segments } شريحة
    } (من أصل { $rows ->
    [zero] { $rows } صف
    [one] صف واحد
    [two] صفّين
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    }).

## الحقائق تحت «النوع المكتشَف:»: اسم الملف، ثم هذه الواحدة تلو الأخرى
# حقيقة واحدة، ثم البقية.
imp-facts = { $first } – { $rest }
# $encoding: imp-encoding-…
imp-read-as = الترميز: { $encoding }
imp-encoding-utf8 = UTF-8
imp-encoding-utf8-bom = UTF-8 (مع BOM)
imp-encoding-utf16-le = UTF-16 LE
imp-encoding-utf16-be = UTF-16 BE
imp-encoding-windows-1252 = Windows-1252
imp-comma-separated = مفصول بفواصل
imp-semicolon-separated = مفصول بفواصل منقوطة
imp-tab-separated = مفصول بعلامات جدولة
imp-data-rows = { $count ->
    [zero] { $count } صف بيانات
    [one] صف بيانات واحد
    [two] صفّا بيانات
    [few] { $count } صفوف بيانات
    [many] { $count } صف بيانات
   *[other] { $count } صف بيانات
    }
# $ms: أجزاء من الألف من الثانية، عدد صحيح.
imp-read-in-ms = قُرئ في { $ms } ملّي ثانية
# $seconds: ثوانٍ بمنزلتين عشريتين؛ $speed: ميغابايت في الثانية، عدد صحيح.
imp-read-in-s = قُرئ في { $seconds } ثانية ({ $speed } MB/s)

## أثناء قراءة الملف وبعدها
# $read و$total: ميغابايت بمنزلة عشرية واحدة؛ $rows: الصفوف المقروءة حتى الآن.
imp-progress = { $read } MB من { $total } MB – { $rows ->
    [zero] { $rows } صف
    [one] صف واحد
    [two] صفّان
    [few] { $rows } صفوف
    [many] { $rows } صفًّا
   *[other] { $rows } صف
    }
imp-cancelled = أُلغي الاستيراد. لم يتغير شيء.
imp-remembered = تُستخدم اختيارات الأعمدة التي حدّدتها آخر مرة للملفات التي تحتوي على هذه الأعمدة.
# ما تُسمّى به الخلايا الملصقة حيث يكون اسم الملف.
imp-pasted-cells = الخلايا الملصقة

## جدول الأعمدة: عمود لكل عمود في الملف، ودوره وفاصله العشري في الأعلى
imp-grid-caption = كيف يُقرأ كل عمود: دوره، وفاصله العشري إن كان رقميًا؛ وتحتها الصفوف الأولى
imp-grid-role-row = الدور
imp-grid-numbers-row = الأرقام
# خلية عمود نصي في صف الفواصل العشرية.
imp-grid-text = — (نص)
# $reason: كيف تحدد الفاصل (imp-decimal-… أدناه).
imp-grid-decided = طريقة التحديد: { $reason }
# $column: عنوان العمود كما كُتب في الملف.
imp-grid-role-of = دور العمود { $column }
imp-grid-separator-of = الفاصل العشري للعمود { $column }
# $row: رقم أحد الصفوف الأولى المعروضة.
imp-grid-row = الصف { $row }
imp-decimal-point-choice = نقطة عشرية (1,234.5)
imp-decimal-comma-choice = فاصلة عشرية (1.234,5)
# خلية فارغة في عمود أرقام.
imp-blank = (فارغ)
# $value: خلية كما كُتبت في الملف.
imp-not-a-number-cell = «{ $value }» (ليس رقمًا)

## كيف تحدد الفاصل العشري للعمود
# $value: رقم كما كُتب في الملف.
imp-decimal-point-as-in = نقطة عشرية (كما في «{ $value }»)
imp-decimal-comma-as-in = فاصلة عشرية (كما في «{ $value }»)
# $point و$comma: رقمان لكل منهما قراءة واحدة؛ $separator: الفاصل المستخدم (imp-the-decimal-…).
imp-decimal-mixed = مختلط: «{ $point }» و«{ $comma }» متعارضان؛ تُستخدم { $separator }
imp-grouped-with-dots = أعداد صحيحة مجمّعة بالنقاط (كما في «{ $value }»)
imp-grouped-with-commas = أعداد صحيحة مجمّعة بالفواصل (كما في «{ $value }»)
imp-no-decimals = لم تُرصد منازل عشرية؛ تُستخدم { $separator }
imp-set-by-you = حدّدته أنت
imp-the-decimal-point = النقطة العشرية
imp-the-decimal-comma = الفاصلة العشرية

## الأدوار التي يمكن أن يُقرأ بها العمود
imp-role-ignore = تجاهل
imp-role-name = الاسم (الحملة أو المجموعة الإعلانية أو الإعلان)
imp-role-period-start = التاريخ أو بداية الفترة
imp-role-period-end = نهاية الفترة
imp-role-spend = الإنفاق
imp-role-started = المحادثات التي بدأت
imp-role-replies = الردود
imp-role-qualified = المحادثات المؤهلة
imp-role-handoffs = الإحالات إلى المبيعات
imp-role-customers = العملاء
imp-role-revenue = الإيرادات
imp-role-impressions = مرات الظهور
imp-role-link-clicks = النقرات على الرابط
imp-role-results = النتائج (Meta)
imp-role-result-indicator = مؤشر النتيجة (Meta)
imp-role-status = الحالة أو المرحلة (صف واحد لكل محادثة أو صفقة)
imp-role-stage = مرحلة مسار المبيعات (بجانب حالة رابحة / خاسرة / مفتوحة)
imp-role-value = قيمة الصفقة أو الطلب
imp-role-source = المصدر أو القناة (للاحتفاظ ببعض صفوفه)
# تواريخ انتهاء الصفقة في سجل النتائج: الفوز بها («Deal - Won time» في Pipedrive)، أو خسارتها، أو تاريخ
# إغلاق لا يعني الفوز أو الخسارة إلا في صفقة مغلقة («Close Date» في HubSpot).
imp-role-won-date = تاريخ الفوز بالصفقة
imp-role-lost-date = تاريخ خسارة الصفقة
imp-role-close-date = تاريخ إغلاق الصفقة (للصفقات المغلقة)
imp-role-qualified-date = تاريخ التأهيل
imp-role-handoff-date = تاريخ الإحالة إلى المبيعات أو الحجز
