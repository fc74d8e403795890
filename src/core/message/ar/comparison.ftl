# مقارنة الشرائح والفترات: خيارات «المعروض»، وجدول الشرائح، والحالات المعكوسة، والقيم الشاذة، ولماذا تغيّر CAC، ونقل الميزانية
# العربية: رسالة لكل مدخل، بالمفاتيح والوسائط نفسها ($name) كما في en/؛ وتتبع صيغ الجمع فئة
# CLDR للعدد: zero وone وtwo وfew وmany و*other (الافتراضية).
# قوائم العناصر تستخدم dx-list-comma وdx-list-semicolon.

## قائمة «المعروض»
cmp-source-typed = الأرقام المُدخلة
# مجموع كل الشرائح المستوردة؛ $count: عددها (1 بالضبط: الشريحة الوحيدة المستوردة).
cmp-source-total = { $count ->
    [1] البيانات المستوردة: الإجمالي
    [zero] البيانات المستوردة: مجموع { $count } شريحة
    [one] البيانات المستوردة: الإجمالي
    [two] البيانات المستوردة: مجموع الشريحتين
    [few] البيانات المستوردة: مجموع { $count } شرائح
    [many] البيانات المستوردة: مجموع { $count } شريحة
   *[other] البيانات المستوردة: مجموع { $count } شريحة
    }
# $name: اسم فترة، مثل «أكتوبر 2026» أو الاسم الذي يعطيه الملف لها.
cmp-source-period = البيانات المستوردة: { $name }، كل الحملات
# $name: تسمية شريحة (cmp-segment-label…).
cmp-source-segment = البيانات المستوردة: { $name }

## تسميات الشرائح
# اسم الشريحة كما يعطيه الملف، دون تغيير.
cmp-segment-label = { $name }
# اسم يتكرر (حملة في شهرين)، مع اسم فترته.
cmp-segment-label-period = { $name }، { $period }

## جدول الشرائح
# تحت جدول طويل؛ $shown: الصفوف المعروضة؛ $count: كل الشرائح.
cmp-showing = يُعرض { $shown } من أصل { $count ->
    [zero] { $count } شريحة
    [one] شريحة واحدة
    [two] شريحتين
    [few] { $count } شرائح
    [many] { $count } شريحة
   *[other] { $count } شريحة
    } بهذا الترتيب.
cmp-other-cost-note = يضيف CAC تكاليف الاكتساب الأخرى المُدخلة ضمن «مدخلات إضافية»، موزعةً على الشرائح حسب حصتها من الإنفاق، بحيث يساوي مجموع تكاليف الشرائح تكاليف الحساب.

## رسائل رخيصة وعملاء باهظو التكلفة
# $name: الشريحة ذات الرسائل الأرخص؛ $other: الشريحة المقارنة بها. $message، $other-message:
# التكلفة لكل رسالة فيهما؛ $customer، $other-customer: التكلفة لكل عميل؛ $times: تكلفة العميل في
# $name مضاعفًا لتكلفته في $other، مثل 5.53×.
cmp-inversion = لدى { $name } رسائل أرخص مما لدى { $other } ({ $message } مقابل { $other-message })، لكن عملاءها أغلى ({ $customer }، أي { $times } ما يكلّفه العميل لدى { $other }).
cmp-inversion-cheapest = لدى { $name } أرخص الرسائل ({ $message }) وأغلى العملاء ({ $customer }، أي { $times } ما يكلّفه العميل لدى { $other }).
cmp-inversion-unclear = لدى { $name } رسائل أرخص مما لدى { $other } ({ $message } مقابل { $other-message })، ويبدو أن العميل لديها أغلى ({ $customer } مقابل { $other-customer })، لكن لا يمكن بعد التمييز بين نسبة العملاء إلى المحادثات لدى كلٍّ منهما: مزيد من المحادثات سيحسم أيهما أرخص.
# $count: الحد الأدنى للحجم؛ $names: الشرائح التي دونه، كل منها بـ cmp-quoted، في قائمة.
cmp-not-ranked = خارج الترتيب، لأن لدى كلٍّ منها أقل من { $count ->
    [zero] { $count } محادثة
    [one] محادثة واحدة
    [two] محادثتين
    [few] { $count } محادثات
    [many] { $count } محادثة
   *[other] { $count } محادثة
    }: { $names }.
# اسم شريحة بين علامتي تنصيص.
cmp-quoted = «{ $name }»
# المكافئ النصي للمخطط؛ $points: نقطة cmp-point لكل شريحة، في قائمة (بفواصل منقوطة).
cmp-points-summary = التكلفة لكل رسالة مقابل CAC، حسب الشريحة: { $points }.
# $message: التكلفة لكل رسالة؛ $customer: التكلفة لكل عميل؛ $spend: إنفاق الشريحة.
cmp-point = { $name }: الرسالة { $message }، والعميل { $customer }، والإنفاق { $spend }

## القيم الشاذة
# شريحة خارج حدود 99.8%. $share: معدلها في الخطوة (cmp-share-…)؛ $range: الحدود عند حجمها؛
# $pooled: معدل كل الشرائح مجتمعة.
cmp-outlier-below = { $name }: { $share }، وهذا دون النطاق المتوقع عند هذا الحجم ({ $range } حول المعدل المجمّع { $pooled }).
cmp-outlier-above = { $name }: { $share }، وهذا فوق النطاق المتوقع عند هذا الحجم ({ $range } حول المعدل المجمّع { $pooled }).
# «تأهّل 9% من 350 ردًّا»: $rate من الأشخاص الـ $count في بداية الخطوة اجتازوها.
cmp-share-reply = تلقّى { $rate } من { $count ->
    [zero] { $count } محادثة
    [one] محادثة واحدة
    [two] محادثتين
    [few] { $count } محادثات
    [many] { $count } محادثة
   *[other] { $count } محادثة
    } ردًّا
cmp-share-qualification = تأهّل { $rate } من { $count ->
    [zero] { $count } ردّ
    [one] ردّ واحد
    [two] ردّين
    [few] { $count } ردود
    [many] { $count } ردًّا
   *[other] { $count } ردّ
    }
cmp-share-handoff = وصل { $rate } من { $count ->
    [zero] { $count } محادثة مؤهلة
    [one] محادثة مؤهلة واحدة
    [two] محادثتين مؤهلتين
    [few] { $count } محادثات مؤهلة
    [many] { $count } محادثة مؤهلة
   *[other] { $count } محادثة مؤهلة
    } إلى المبيعات
cmp-share-close = انتهى { $rate } من { $count ->
    [zero] { $count } إحالة إلى المبيعات
    [one] إحالة واحدة إلى المبيعات
    [two] إحالتين إلى المبيعات
    [few] { $count } إحالات إلى المبيعات
    [many] { $count } إحالة إلى المبيعات
   *[other] { $count } إحالة إلى المبيعات
    } بإتمام صفقة
# المكافئ النصي للمخطط. $metric: معدل الخطوة، مثل «معدل التأهيل»؛ $pooled: معدل كل الشرائح
# مجتمعة؛ $points: نقطة cmp-funnel-point… لكل شريحة، في قائمة (بفواصل منقوطة).
cmp-funnel-summary = { $metric } حسب الشريحة مقابل الحجم، والمعدل المجمّع { $pooled }: { $points }.
# $rate لشريحة من الأشخاص الـ $count في بداية الخطوة.
cmp-funnel-point = { $name } { $rate } من { $count }
cmp-funnel-point-watch = { $name } { $rate } من { $count } (خارج نطاق 95%)
cmp-funnel-point-below = { $name } { $rate } من { $count } (دون نطاق 99.8%)
cmp-funnel-point-above = { $name } { $rate } من { $count } (فوق نطاق 99.8%)

## لماذا تغيّر CAC
# عندما لا تزال صفقات الفترة اللاحقة قيد الإتمام (مدة إتمام الصفقات): كيف جُعل عملاء الفترتين قابلين
# للمقارنة. $earlier، $later: اسما الفترتين؛ $so-far و$projected: العملاء المكتسبون حتى الآن والمتوقعون
# بعد حسم كل الصفقات.
cmp-like-projected = مقارنة متكافئة: لا تزال صفقات { $later } قيد الإتمام، لذا يُحتسب عملاء هذه الفترة بعددهم النهائي المتوقع، { $projected } ({ $so-far } حتى الآن).
cmp-like-projected-both = مقارنة متكافئة: لا تزال صفقات الفترتين كلتيهما قيد الإتمام، لذا يُحتسب العملاء في كلتيهما بعددهم النهائي المتوقع: { $earlier-projected } في { $earlier } ({ $earlier-so-far } حتى الآن)، و{ $projected } في { $later } ({ $so-far } حتى الآن).
# $days: عمر الفترة اللاحقة؛ $removed: الصفقات الرابحة في الفترة السابقة التي جاءت بعد ذلك.
cmp-like-same-age = مقارنة متكافئة: لا تزال صفقات { $later } قيد الإتمام ومن المبكر إجراء توقع لها، لذا لا يُحتسب في { $earlier } إلا العملاء الذين اكتُسبوا خلال { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
    } من بداية الفترة، أي بقدر عمر { $later } الآن (مع استبعاد { $removed ->
    [zero] { $removed } صفقة رابحة لاحقة
    [one] صفقة رابحة لاحقة واحدة
    [two] صفقتين رابحتين لاحقتين
    [few] { $removed } صفقات رابحة لاحقة
    [many] { $removed } صفقة رابحة لاحقة
   *[other] { $removed } صفقة رابحة لاحقة
    }).
# ما يحرّك CAC، في رأس صف من الجدول.
cmp-factor-cost-per-message = التكلفة لكل رسالة
cmp-factor-reply-rate = معدل الرد
cmp-factor-qualification-rate = معدل التأهيل
cmp-factor-handoff-rate = معدل الإحالة
cmp-factor-close-rate = معدل إتمام الصفقات
cmp-factor-other-cost = التكاليف الأخرى لكل وحدة إنفاق
# معدل خطوة محسوب ابتداءً من مرحلة سابقة، حين لا تُحسب المرحلة التي تسبقها مباشرة في الفترتين:
# $factor اسم المعدل، و$from اسم المرحلة («المحادثات التي بدأت»).
cmp-factor-from = { $factor } (ابتداءً من { $from })
# الأسماء نفسها داخل جملة.
cmp-factor-name-cost-per-message = التكلفة لكل رسالة
cmp-factor-name-reply-rate = معدل الرد
cmp-factor-name-qualification-rate = معدل التأهيل
cmp-factor-name-handoff-rate = معدل الإحالة
cmp-factor-name-close-rate = معدل إتمام الصفقات
cmp-factor-name-other-cost = التكاليف الأخرى لكل وحدة إنفاق
# تحت أشرطة مخطط الشلال: CAC قبل، ثم كل عامل (مختصرًا)، ثم CAC الآن.
cmp-bar-before = قبل
cmp-bar-messages = الرسائل
cmp-bar-reply = الرد
cmp-bar-qualified = التأهيل
cmp-bar-handoff = الإحالة
cmp-bar-close = الإتمام
cmp-bar-other = أخرى
cmp-bar-now = الآن
# فوق شريط الإجمالي: CAC كمبلغ.
cmp-bar-total = { $amount }
cmp-cant-split = تحتاج الفترتان إلى الإنفاق والمحادثات التي بدأت وعميل واحد على الأقل، مع أعداد تتناقص من مرحلة إلى التي تليها (وتُستبعد المرحلة التي لا تُحسب إلا في إحداهما).
# $cac: قيمة CAC في الفترتين.
cmp-cac-held = بقي CAC عند { $cac }: تغيّرات عوامله يلغي بعضها بعضًا.
# $before، $after: قيمة CAC في الفترة السابقة واللاحقة. $main: العامل الذي دفع CAC أكثر في اتجاه
# تغيّره؛ $against: أكبر عامل عكسه (cmp-factor-rose…، cmp-cost-per-message-rose…). وهذان
# عبارتان اسميتان («ارتفاع…»، «انخفاض…») تأتيان بعد «رغم» و«والسبب الرئيسي».
cmp-cac-rose = ارتفع CAC من { $before } إلى { $after }.
cmp-cac-rose-although = ارتفع CAC من { $before } إلى { $after } رغم { $against }.
cmp-cac-rose-because = ارتفع CAC من { $before } إلى { $after }، والسبب الرئيسي { $main }.
cmp-cac-rose-although-because = ارتفع CAC من { $before } إلى { $after } رغم { $against }، والسبب الرئيسي { $main }.
cmp-cac-fell = انخفض CAC من { $before } إلى { $after }.
cmp-cac-fell-although = انخفض CAC من { $before } إلى { $after } رغم { $against }.
cmp-cac-fell-because = انخفض CAC من { $before } إلى { $after }، والسبب الرئيسي { $main }.
cmp-cac-fell-although-because = انخفض CAC من { $before } إلى { $after } رغم { $against }، والسبب الرئيسي { $main }.
# $change: مقدار التغيّر، كنسبة مئوية من التكلفة السابقة.
cmp-cost-per-message-rose = ارتفاع التكلفة لكل رسالة بنسبة { $change }
cmp-cost-per-message-fell = انخفاض التكلفة لكل رسالة بنسبة { $change }
# $factor: اسم خطوة (step-name-…) أو cmp-factor-name-other-cost؛ $before، $after: قيمتاه في الفترتين.
cmp-factor-rose = ارتفاع نسبة { $factor } من { $before } إلى { $after }
cmp-factor-fell = انخفاض نسبة { $factor } من { $before } إلى { $after }
# $moved: تغيّر خطوة (cmp-factor-rose…) لا يميّزه نطاق 95% عن التذبذب العشوائي.
cmp-noise-note = { $moved } (وهو تغيّر قد يكون مجرد تذبذب عشوائي)
# مبلغ بإشارته: «+35.12»، «−28.45» (علامة ناقص حقيقية).
cmp-money-up = +{ $amount }
cmp-money-down = −{ $amount }
# يليه period-waterfall-caption؛ $change: cmp-money-up أو cmp-money-down.
cmp-cac-changed-by = تغيّر CAC بمقدار { $change }
# المكافئ النصي لمخطط الشلال؛ $before، $after: قيمة CAC في الفترتين؛ $parts: جزء
# cmp-waterfall-part لكل عامل، في قائمة (بفواصل منقوطة).
cmp-waterfall-summary = CAC السابق { $before }؛ { $parts }؛ CAC الحالي { $after }.
# $factor: cmp-factor-name-…؛ $change: حصته من تغيّر CAC، cmp-money-up أو down.
cmp-waterfall-part = { $factor } { $change }
# نطاق 95% لتغيّر معدل خطوة بالنقاط المئوية. $low، $high: الطرفان بإشارتيهما ومنزلة عشرية واحدة.
cmp-points-range = من { $low } إلى { $high } نقطة
# تغيّر معدل خطوة مقابل التذبذب العشوائي.
cmp-verdict-real = أكبر من التذبذب العشوائي
cmp-verdict-noise = قد يكون تذبذبًا عشوائيًا
# $count: عدد الأشخاص الإضافيين في بداية الخطوة، في كل فترة، الذي يحسم الأمر.
cmp-verdict-noise-settle = قد يكون تذبذبًا عشوائيًا: إضافة نحو { $count ->
    [zero] { $count } شخص
    [one] شخص واحد
    [two] شخصين
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
    } في بداية الخطوة في كل فترة ستحسم الأمر

## نقل الميزانية بين الشرائح
cmp-exponent-note = مدى ارتفاع تكلفة الرسائل مع نمو إنفاق الشريحة: عند { $k }، تجعل مضاعفةُ إنفاق الشريحة رسائلَها أغلى بنحو { $dearer } (٢^{ $k } = { $factor })، فتجلب محادثات أكثر بنسبة { $more } لا { $all }. والقيمة { $zero } تعني أن كل إنفاق إضافي يشتري رسائل بسعر اليوم.
cmp-budget-warning = الرسائل الرخيصة على نطاق واسع تميل إلى جلب أشخاص يحبون المحادثة لا الشراء: احكم على أي نقل بالتكلفة لكل عميل، لا بالتكلفة لكل رسالة.
cmp-exponent-range = الأس قيمة بين 0 و1: 0 لأسعار اليوم، و1 لعدم الحصول على أي محادثات إضافية إطلاقًا.
# صفوف جدول الحساب بعد النقل.
cmp-budget-row-conversations = المحادثات
cmp-budget-row-customers = العملاء
cmp-budget-row-cac = CAC
cmp-budget-row-revenue = الإيرادات
# نقل $amount من الشريحة $from إلى الشريحة $to؛ $after، $before: عملاء الحساب بعد النقل وقبله، أعدادًا صحيحة.
cmp-move = نقل { $amount } من { $from } إلى { $to }: نحو { $after ->
    [zero] { $after } عميل
    [one] عميل واحد
    [two] عميلين
    [few] { $after } عملاء
    [many] { $after } عميلًا
   *[other] { $after } عميل
    } بدلًا من { $before }.
# مثل cmp-move، مع CAC بعد النقل ($cac-after) وقبله ($cac-before).
cmp-move-cac = نقل { $amount } من { $from } إلى { $to }: نحو { $after ->
    [zero] { $after } عميل
    [one] عميل واحد
    [two] عميلين
    [few] { $after } عملاء
    [many] { $after } عميلًا
   *[other] { $after } عميل
    } بدلًا من { $before }، وCAC قدره { $cac-after } بدلًا من { $cac-before }.
# اسم النقل كسيناريو؛ $amount: كما كتبه المستخدم.
cmp-move-name = نقل { $amount } من { $from } إلى { $to }
