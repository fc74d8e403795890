# لوحة التشخيص
# العربية: رسالة لكل مدخل، بالمفاتيح والوسائط نفسها ($name) كما في en/؛ وتتبع صيغ الجمع فئة
# CLDR للعدد: zero وone وtwo وfew وmany و*other (الافتراضية).

## التشخيص
data-checks = التحقق من البيانات
step-column = الخطوة
rate-column = المعدل
range-column = نطاق 95%
target-column = المستهدف
verdict-column = الحكم
if-at-target-column = لو بلغت المستهدف
# $noun: نتيجة النشاط بصيغة الجمع المعرّفة، مثل «العملاء» (المتغير الافتراضي لـ outcome-…).
lever-more = المزيد من { $noun }
lever-cac-after = CAC بعدها
lever-more-revenue = المزيد من الإيرادات
lever-column = الرافعة
likely-causes = الأسباب المحتملة
what-to-try = ما يمكن تجربته
dont-overcorrect = تجنّب المبالغة في التصحيح
other-below = خطوات أخرى دون المستهدف
largest-drop = أكبر تسرّب
steps-region = جدول أحكام الخطوات
steps-caption = كل خطوة مقابل قيمتها المستهدفة (نطاق 95% بطريقة Wilson، أو وفق التوقع لمعدل إتمام الصفقات حين لا تزال صفقات قيد الإتمام)
levers-region = جدول الروافع
levers-caption = قيمة تحسين بنسبة 10%، الأفضل أولًا
diagnosis-heading = أين ينكسر السلّم
summary-heading = ملخص لرسالة بريد إلكتروني إلى العميل
copy-summary = نسخ الملخص
copy-markdown = نسخ بصيغة Markdown
summary-copied = تم النسخ إلى الحافظة.
summary-no-clipboard = الحافظة غير متاحة هنا: حدّد الملخص وانسخه.
judged-only-when = لا يُحكم على الخطوة إلا عندما يقع نطاق 95% بأكمله على جانب واحد من القيمة المستهدفة، وبشرط وجود عدد كافٍ من الأشخاص في بدايتها. القيم المستهدفة افتراضات أولية: حدّد قيمك الخاصة ضمن «القيم المستهدفة والإعدادات».
