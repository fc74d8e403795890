# المقارنة بين فترتين: لماذا تغيّر CAC
# العربية: رسالة لكل مدخل، بالمفاتيح والوسائط نفسها ($name) كما في en/؛ وتتبع صيغ الجمع فئة
# CLDR للعدد: zero وone وtwo وfew وmany و*other (الافتراضية).

## المقارنة بين فترتين
# تُقرأ بعد تسمية الحقل، مخفية عن النظر: «العملاء (الفترة السابقة)».
period-earlier-mark = (الفترة السابقة)
period-earlier-summary = فترة سابقة، لمعرفة سبب تغيّر CAC (اختياري)
period-earlier-hint = الأرقام نفسها للفترة التي سبقتها. تظهر المقارنة بجانب السلّم.
period-earlier-label = الفترة السابقة
period-later-label = الفترة اللاحقة
# $earlier: اسم الفترة السابقة؛ $now: اسم الفترة اللاحقة (ws-earlier-typed وws-ladder-shown).
period-comparing = مقارنة { $earlier } مع { $now }.
period-earlier-column = الفترة السابقة
now-column = الآن
period-part-column = الحصة من التغيّر
period-change-range-column = نطاق 95% للتغيّر
# يلي التغيّر الإجمالي المكتوب بخط عريض (cmp-cac-changed-by) ويُكمل جملته.
period-waterfall-caption = . CAC السابق (على اليسار)، وحصة كل عامل من التغيّر (الارتفاع يعني عملاء أغلى)، وCAC الحالي (على اليمين).
chart-in-words = وصف المخطط بالكلمات
period-parts-region = جدول تغيّر CAC
period-parts-caption = ما الذي حرّك CAC: حصة كل عامل، ومجموع الحصص يساوي التغيّر
period-factor-column = العامل
period-steps-region = جدول تغيّر معدلات الخطوات
period-steps-caption = تغيّر معدل كل خطوة مقابل التذبذب العشوائي (نطاق 95% بطريقة Newcombe)
period-heading = لماذا تغيّر CAC بين الفترتين
funnel-caption = يمثّل كل شريط حصة مرحلة من المحادثات التي بدأت. معدلات الخطوات وتكلفة كل مرحلة، مع معادلاتها، موجودة ضمن «المقاييس».
grid-region = أعمدة جدول الملف
