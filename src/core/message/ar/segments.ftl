# الشرائح، ونقل الميزانية، والحالات المعكوسة
# العربية: رسالة لكل مدخل، بالمفاتيح والوسائط نفسها ($name) كما في en/؛ وتتبع صيغ الجمع فئة
# CLDR للعدد: zero وone وtwo وfew وmany و*other (الافتراضية).

## الشرائح
# نقل الميزانية من شريحة إلى أخرى.
budget-region = جدول الحساب بعد النقل
budget-caption = الحساب بعد النقل، وفق السلّم الحالي لكل شريحة
budget-your-move-column = النقل الذي اخترته
# عمود: النقل إلى الشريحة ذات الرسائل الأرخص.
budget-naive-column = إلى أرخص الرسائل
# عمود: النقل إلى الشريحة ذات العملاء الأرخص.
budget-right-column = إلى أرخص العملاء
budget-heading = نقل الميزانية بين الشرائح
budget-from = من
budget-to = إلى
budget-amount = المبلغ
budget-exponent = تناقص العائد (0–1)
budget-apply = تطبيق كسيناريو
# جدول الشرائح.
segments-period-column = الفترة
segments-conversations-column = المحادثات
segments-heading = الشرائح
segments-region = جدول الشرائح المستوردة
segments-caption = الشرائح المستوردة: رتّب حسب أي عمود، واختر اسمًا لعرض سلّمه
segments-download = تنزيل الشرائح (CSV)
# $count: عدد الصفوف الإضافية التي يعرضها الزر.
segments-show-more = { $count ->
    [zero] عرض { $count } صف آخر
    [one] عرض صف آخر
    [two] عرض صفّين آخرين
    [few] عرض { $count } صفوف أخرى
    [many] عرض { $count } صفًّا آخر
   *[other] عرض { $count } صف آخر
    }
# رسائل رخيصة وعملاء باهظو التكلفة.
inversions-none = لا توجد شريحة رسائلها أرخص وعملاؤها أغلى من شريحة أخرى.
# $count: عدد الجمل الإضافية المطوية تحت هذا العنوان.
inversions-more = { $count ->
    [zero] { $count } حالة أخرى
    [one] حالة أخرى
    [two] حالتان أخريان
    [few] { $count } حالات أخرى
    [many] { $count } حالة أخرى
   *[other] { $count } حالة أخرى
    }
# خلية في جدول الترتيب، «#2 · 1.20 USD». $rank: ترتيب الشريحة (1 هو الأرخص)؛ $value: التكلفة.
inversions-ranked-value = #{ $rank } – { $value }
# $name: شريحة مستبعدة من الترتيب.
inversions-not-ranked = { $name } (خارج الترتيب)
# الزاوية العليا اليسرى المظللة في المخطط.
inversions-corner = رسائل رخيصة وعملاء باهظو التكلفة
# المحور الأفقي للمخطط.
inversions-axis-cost = التكلفة لكل رسالة →
# المحور الرأسي للمخطط.
inversions-axis-cac = CAC ↑
inversions-heading = رسائل رخيصة وعملاء باهظو التكلفة؟
inversions-figcaption = كل شريحة حسب تكلفتها لكل رسالة (أفقيًا) وCAC (رأسيًا)، وحجمها حسب الإنفاق. الزاوية المظللة هي حيث تجلب الرسائل الرخيصة عملاءَ باهظي التكلفة.
inversions-region = جدول ترتيب الشرائح
inversions-caption = ترتيب كل شريحة حسب التكلفة في كل خطوة (#1 هي الأرخص؛ وفي ROAS هي الأعلى)
