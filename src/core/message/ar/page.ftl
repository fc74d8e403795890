# الصفحة: إطارها، والسلّم المعروض، وكلمات تُستخدم في كل مكان
# العربية: رسالة لكل مدخل، بالمفاتيح والوسائط نفسها ($name) كما في en/؛ وتتبع صيغ الجمع فئة
# CLDR للعدد: zero وone وtwo وfew وmany و*other (الافتراضية).

undo = تراجع
cancel = إلغاء
dismiss = إغلاق
nothing-changed = لم يتغير شيء.

## الصفحة
skip-to-results = الانتقال إلى النتائج
app-tagline = التكلفة لكل رسالة في سياقها: من أول محادثة حتى العملاء والإيرادات.
# تسمية قائمة اللغات (خياراتها أسماء اللغات بلغاتها).
language-label = اللغة
# القائمة المجاورة لـ«نسخ الملخص» و«طباعة التقرير»: اللغة التي يقرأ بها العميل.
report-language-label = لغة التقرير والملخص
# خيارها الأول؛ $language لغة الصفحة باسمها في لغتها («Deutsch»).
report-language-page = لغة الصفحة ({ $language })
load-sample = فتح المثال
clear = مسح
copy-link = نسخ الرابط
print-report = طباعة التقرير
# الزر نفسه عندما يُكتب التقرير بلغة غير لغة الصفحة؛ $language رمز تلك اللغة (pt-BR).
print-report-in = طباعة التقرير ({ $language })
present = عرض
leave-presentation = إنهاء العرض
frame-not-kept = لا يُحفظ العمل في هذا الإطار بعد إغلاقه. لحفظه، انسخ رابطًا أو نزّل نسخة احتياطية:
bring-your-data = استيراد بياناتك
your-numbers = أرقامك
your-numbers-lede = فترة واحدة أو حملة واحدة أو الحساب كله. اترك أي مرحلة فارغة إن كنت لا تتتبعها بعد.
use-typed-numbers = استخدام الأرقام المُدخلة
targets-heading = القيم المستهدفة والإعدادات
targets-lede = ما تُقاس عليه كل خطوة. الإعدادات المسبقة افتراضات أولية: عدّلها لتناسب نشاطك التجاري.
to-inputs = أدخل أرقامك أو استوردها ↓
funnel-heading = القمع
metrics-heading = المقاييس
metrics-region = جدول المقاييس
download-ladder = تنزيل السلّم (CSV)
nothing-sent = تُحسب النتائج كلها في هذا المتصفح. لا يُرسل أي شيء تكتبه إلى أي مكان.

## السلّم المعروض
saved-here = محفوظ في هذا المتصفح فقط.
showing-label = المعروض
formula-summary = المعادلة
metrics-caption = السلّم: كل المقاييس من الرسالة حتى الإيرادات
value-column = القيمة
how-computed-column = طريقة الحساب
