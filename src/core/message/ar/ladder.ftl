# السلّم: حقوله ومقاييسه ومعادلاته، ولماذا تتعذر قيمة ما، والقمع، والتحقق في النموذج والإعدادات
# العربية: رسالة لكل مدخل، بالمفاتيح والوسائط نفسها ($name) كما في en/؛ وتتبع صيغ الجمع فئة
# CLDR للعدد: zero وone وtwo وfew وmany و*other (الافتراضية).

## حقول النموذج
# تسمية الحقل؛ وهي أيضًا اسم الرقم في المعادلات والأسباب ($field، $stage).
ladder-field-spend = الإنفاق
ladder-field-started = المحادثات التي بدأت
ladder-field-replies = الردود
ladder-field-qualified = المحادثات المؤهلة
ladder-field-handoffs = الإحالات إلى المبيعات
ladder-field-customers = العملاء
ladder-field-revenue = الإيرادات
ladder-field-impressions = مرات الظهور
ladder-field-link-clicks = النقرات على الرابط
ladder-field-other-cost = تكاليف اكتساب أخرى
# التلميح تحت الحقل. $currency: رمز عملة مساحة العمل، مثل EUR.
ladder-hint-spend = الإنفاق الإعلاني خلال الفترة، بعملة { $currency }.
ladder-hint-started = المحادثات التي بدأت كما يحسبها مدير الإعلانات.
ladder-hint-replies = المحادثات التي ردّ فيها الشخص على ردّك الأول.
ladder-hint-qualified = المحادثات التي استوفت معايير الملاءمة لديك.
ladder-hint-handoffs = المحادثات المؤهلة التي وصلت إلى المبيعات أو إلى حجز أو عرض سعر أو إتمام الشراء.
ladder-hint-customers = الأشخاص الذين اشتروا.
ladder-hint-revenue = الإيرادات من هؤلاء العملاء، بعملة { $currency }.
ladder-hint-impressions = من مدير الإعلانات، لحساب CPM وCTR.
ladder-hint-link-clicks = من مدير الإعلانات، لحساب التكلفة لكل نقرة.
ladder-hint-other-cost = عمل فريق المبيعات والأدوات ورسوم الوكالة: تُضاف إلى الإنفاق لحساب CAC. بعملة { $currency }.

## لماذا لا يمكن عرض قيمة (بعد «—»)
# حقل قيمته صفر، فلا تمكن القسمة عليه.
ladder-none-yet-spend = لا إنفاق
ladder-none-yet-started = لم تبدأ أي محادثات
ladder-none-yet-replies = لا ردود بعد
ladder-none-yet-qualified = لا محادثات مؤهلة بعد
ladder-none-yet-handoffs = لا إحالات إلى المبيعات بعد
ladder-none-yet-customers = لا عملاء بعد
ladder-none-yet-revenue = لا إيرادات بعد
ladder-none-yet-impressions = لا مرات ظهور
ladder-none-yet-link-clicks = لا نقرات على الرابط
ladder-none-yet-other-cost = لا تكاليف أخرى
# $field: تسمية الحقل. «مدخلات إضافية» هو القسم المطوي من الحقول الاختيارية في النموذج.
ladder-reason-add-more = أضف { $field } ضمن «مدخلات إضافية»
ladder-reason-enter = أدخل { $field }
ladder-reason-fix = صحّح { $field } أعلاه
ladder-reason-first-step = الخطوة الأولى في السلّم

## المقاييس
ladder-metric-cost-per-message = التكلفة لكل رسالة
ladder-metric-reply-rate = معدل الرد
ladder-metric-qualification-rate = معدل التأهيل
ladder-metric-cost-per-qualified = التكلفة لكل محادثة مؤهلة
ladder-metric-handoff-rate = معدل الإحالة
ladder-metric-cost-per-handoff = التكلفة لكل إحالة إلى المبيعات
ladder-metric-close-rate = معدل إتمام الصفقات
ladder-metric-cpa = CPA (التكلفة لكل عميل)
ladder-metric-cac = CAC (التكلفة الشاملة لكل عميل)
ladder-metric-revenue-per-conversation = الإيراد لكل محادثة
ladder-metric-roas = ROAS
ladder-metric-revenue-per-customer = متوسط الإيراد لكل عميل
ladder-metric-cpm = CPM (التكلفة لكل 1000 مرة ظهور)
ladder-metric-ctr = CTR (نسبة النقر على الرابط)
ladder-metric-cost-per-click = التكلفة لكل نقرة على الرابط
ladder-metric-click-to-conversation = معدل المحادثات لكل نقرة
# ما يخبرك به كل مقياس، في جملة واحدة.
ladder-meaning-cost-per-message = مدى رخص بدء المحادثات عبر الإعلانات. لا يقول شيئًا عن الأشخاص الذين تُجرى معهم.
ladder-meaning-reply-rate = نسبة الأشخاص الذين يواصلون الحديث بعد الرسالة الأولى.
ladder-meaning-qualification-rate = نسبة من ردّوا ويناسبون ما تبيعه.
ladder-meaning-cost-per-qualified = تكلفة محادثة واحدة تستحق الاهتمام.
ladder-meaning-handoff-rate = نسبة المحادثات المؤهلة التي تصل إلى حجز أو عرض سعر أو مكالمة أو إتمام الشراء.
ladder-meaning-cost-per-handoff = تكلفة خطوة تالية حقيقية واحدة مع فريق المبيعات.
ladder-meaning-close-rate = نسبة الإحالات التي تصبح عملاء.
ladder-meaning-cpa = الإنفاق الإعلاني لكل عميل.
ladder-meaning-cac = كل ما تطلّبه كسب عميل: الإنفاق الإعلاني مضافًا إليه عمل فريق المبيعات والأدوات والرسوم.
ladder-meaning-revenue-per-conversation = متوسط قيمة كل محادثة بدأت.
ladder-meaning-roas = الإيرادات لكل وحدة من الإنفاق الإعلاني. فوق 1× تكون الإعلانات قد استردّت تكلفتها.
ladder-meaning-revenue-per-customer = متوسط قيمة الطلب أو الصفقة.
ladder-meaning-cpm = تكلفة 1000 مرة ظهور للإعلان.
ladder-meaning-ctr = نسبة مرات الظهور التي أدت إلى نقرة على الرابط.
ladder-meaning-cost-per-click = تكلفة نقرة واحدة على الرابط.
ladder-meaning-click-to-conversation = نسبة النقرات على الرابط التي أصبحت محادثات.

## المعادلات
# معادلة بالكلمات: «الإنفاق ÷ المحادثات التي بدأت». $numerator، $denominator: تسميات الحقول.
ladder-formula = { $numerator } ÷ { $denominator }
# معادلة CPM: لكل 1000 مرة ظهور.
ladder-formula-per-thousand = { $numerator } ÷ { $denominator } × 1000
# بسط CAC. $spend، $other: تسميتا الإنفاق وتكاليف الاكتساب الأخرى.
ladder-spend-plus-other = ({ $spend } + { $other })
# المعادلة بأرقام المستخدم. $value: الناتج، أو ladder-no-value إن لم يوجد.
ladder-worked = { $numerator } ÷ { $denominator } = { $value }
ladder-worked-per-thousand = { $numerator } ÷ { $denominator } × 1000 = { $value }
# يحل محل رقم غير معروف في المعادلة.
ladder-unknown-number = ؟
# $reason: لماذا تتعذر حساب القيمة، مثل «أدخل العملاء».
ladder-no-value = — ({ $reason })
# يُقرأ بعد «المعادلة»، مخفيًا عن النظر. $metric: اسم المقياس.
ladder-formula-for = لحساب { $metric }

## مخطط القمع
# تسمية الشريط. $stage: اسم المرحلة، مثل «الردود».
ladder-bar-count = { $stage } – { $count }
ladder-bar-not-entered = { $stage } – لا قيمة مُدخلة
ladder-bar-not-valid = { $stage } – عدد غير صالح
# $share: حصة المرحلة من المحادثات التي بدأت، مثل 65%.
ladder-share-of-started = { $share } من المحادثات التي بدأت
# بجانب مرحلة أكبر من التي قبلها. $stage: المرحلة السابقة داخل جملة («الردود»).
ladder-more-than-stage = ⚠ أكثر من { $stage }
# المكافئ النصي للمخطط. $stages: القائمة.
ladder-funnel = القمع: { $stages }.
ladder-funnel-stage = { $stage } { $count }
ladder-funnel-stage-not-entered = { $stage } لا قيمة مُدخلة

## التحقق في النموذج
# $typed: النص كما كُتب؛ $decimal، $thousands: قراءتاه، مثل 1.2 و1,200.
ladder-reads-as = يُقرأ «{ $typed }» على أنه { $decimal }. هل تقصد { $thousands }؟ اختر القراءة الصحيحة، أو اكتب الرقم بلا فاصل.
ladder-not-whole-meant = القيمة «{ $typed }» ليست عددًا صحيحًا. هل تقصد { $thousands }؟
# زر يضع القراءة المقصودة في الحقل. $reading: رقم مكتوب، مثل 1,200.
ladder-choice = أقصد { $reading }
# $named: رموز العملات التي قد يعنيها رمز النص («USD أو AUD»)؛ $first: أولها؛ $currency: عملة مساحة العمل.
ladder-currency-clash = القيمة «{ $typed }» مكتوبة بعملة { $named }، لكن مساحة العمل هذه تحسب بعملة { $currency }. اختر { $first } عملةً في الأعلى، أو حوّل المبلغ.
# $previous: تسمية المرحلة السابقة؛ $later، $earlier: العددان.
ladder-larger-than = أكبر من { $previous } ({ $later } > { $earlier }). ينبغي أن تكون كل خطوة جزءًا من التي قبلها: تحقّق من طريقة وسم المحادثات.
ladder-clicks-above-impressions = النقرات على الرابط أكثر من مرات الظهور ({ $clicks } > { $impressions }): تحقّق من ملف التصدير.

## أرقام مكتوبة تتعذر قراءتها
# $text: النص كما كُتب.
ladder-not-a-number = القيمة «{ $text }» ليست رقمًا. اكتب أرقامًا فقط، مثل 1200 أو 1,200.50.
ladder-negative = لا يمكن أن تكون القيمة سالبة. اكتب 0 أو رقمًا موجبًا.
ladder-not-whole = القيمة «{ $text }» ليست عددًا صحيحًا. الأعداد تكون صحيحة، مثل 42.
ladder-too-many-decimals = منازل عشرية كثيرة جدًا. استخدم 6 منازل على الأكثر بعد الفاصل.
# $max: أكبر قيمة يقبلها الحقل.
ladder-too-large = القيمة كبيرة جدًا. أكبر قيمة مقبولة هي { $max }.

## القيم المستهدفة والإعدادات
ladder-setting-reply-target = معدل الرد المستهدف
ladder-setting-qualification-target = معدل التأهيل المستهدف
ladder-setting-handoff-target = معدل الإحالة المستهدف
ladder-setting-close-target = معدل إتمام الصفقات المستهدف
ladder-setting-min-volume = الحد الأدنى للحجم في كل خطوة
ladder-setting-sales-cycle = دورة المبيعات المعتادة
ladder-setting-window = نافذة التقرير
ladder-setting-previous-cost = التكلفة لكل رسالة في الفترة السابقة
# الوحدة المكتوبة بعد حقل الإعداد.
ladder-unit-percent = %
ladder-unit-people = شخص
ladder-unit-days = يوم
# $currency: رمز عملة مساحة العمل، بعد إعداد مالي.
ladder-unit-currency = { $currency }
ladder-hint-target = نسبة مئوية من المرحلة السابقة. إذا تُرك فارغًا يُستخدم الإعداد المسبق.
# $count: الحد الأدنى الافتراضي للحجم.
ladder-hint-min-volume = لا يُحكم على خطوة في بدايتها عدد أقل من الأشخاص. القيمة الافتراضية { $count }.
ladder-hint-sales-cycle = عدد الأيام المعتاد من أول رسالة حتى إتمام البيع.
ladder-hint-window = عدد الأيام التي تغطيها الأرقام. إذا تُرك فارغًا، تحدده تواريخ البيانات المستوردة.
ladder-hint-previous-cost = اختياري: لرصد ارتفاع التكلفة لكل رسالة.
# $min: أصغر قيمة يقبلها الإعداد.
ladder-at-least = استخدم { $min } أو أكثر.
ladder-target-negative = لا يمكن أن تكون القيمة المستهدفة سالبة. اكتب نسبة مئوية مثل 40.
ladder-target-range = القيمة المستهدفة نسبة مئوية أكبر من 0 ولا تتجاوز 100، مثل 40.

## أنواع النشاط التجاري، التي تحدد القيم المستهدفة المسبقة
ladder-business-service-quotes = نشاط خدمي يتلقى طلبات عروض أسعار
ladder-business-ecommerce-questions = تجارة إلكترونية مع أسئلة عن المنتجات
ladder-business-b2b-consultations = استشارات بين الشركات (B2B)
ladder-business-lead-seller = بائع عملاء محتملين / تسويق بالعمولة
ladder-business-custom = قيمي المستهدفة الخاصة
# لماذا هذه القيم المسبقة، تحت القائمة. الإحالة وإتمام الصفقة خطوتان من السلّم.
ladder-note-service-quotes = طلبات عروض الأسعار: كثير من المحادثات من خارج منطقة الخدمة أو مجرد استفسار عن السعر، لذا فالتأهيل هو المرشِّح المعتاد.
ladder-note-ecommerce-questions = أسئلة عن المنتجات: قليل من المحادثات يُظهر نية شراء، لكن ما يصل منها إلى إتمام الشراء ينبغي أن ينتهي بشراء. الإحالة = الإرسال إلى صفحة الدفع أو سلة التسوق.
ladder-note-b2b-consultations = الاستشارات: معايير ملاءمة صارمة ودورات طويلة؛ وإتمام الصفقة يعني صفقة موقَّعة.
ladder-note-lead-seller = بيع العملاء المحتملين: الإحالة = تسليم العميل المحتمل إلى المشتري، وإتمام الصفقة = قبول المشتري له.
ladder-note-custom = قيمك المستهدفة الخاصة: حدّد كل معدل بناءً على سجلك السابق أو خطتك.

## التواريخ في البيانات المستوردة
# كيف تُجمَّع الصفوف المؤرخة في فترات، ضمن خيارات معاينة الاستيراد.
ladder-grouping-auto = تلقائي: حسب الشهر إن وُجدت عدة أشهر
ladder-grouping-whole = إجمالي واحد لكل اسم
ladder-grouping-month = حسب الشهر
ladder-grouping-week = حسب الأسبوع (الاثنين–الأحد)
# اسم الفترة حين يسمّي شريحة أو شهرًا من البيانات. $month: اسم شهر (أدناه)؛ $year: أربعة أرقام (2026).
period-month = { $month } { $year }
# أي مدة أخرى من الأيام: $dates هي «2026-10-01 – 2026-10-17» كما وردت في البيانات.
period-dates = { $dates }
period-span = { $days }
period-day = { $date }
month-january = يناير
month-february = فبراير
month-march = مارس
month-april = أبريل
month-may = مايو
month-june = يونيو
month-july = يوليو
month-august = أغسطس
month-september = سبتمبر
month-october = أكتوبر
month-november = نوفمبر
month-december = ديسمبر
