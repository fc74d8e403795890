# ماذا لو: السيناريوهات والبحث عن القيمة المطلوبة
# العربية: رسالة لكل مدخل، بالمفاتيح والوسائط نفسها ($name) كما في en/؛ وتتبع صيغ الجمع فئة
# CLDR للعدد: zero وone وtwo وfew وmany و*other (الافتراضية).

## ماذا لو
error-mark = خطأ:
error-line = خطأ: { $problem }
reset-lever = إعادة تعيين
scenario-region = السيناريو: { $name }
scenario-name = اسم السيناريو
scenario-duplicate = تكرار
scenario-reset = العودة إلى خط الأساس
scenario-link-copied = تم نسخ رابط هذا السيناريو.
scenario-no-clipboard = الحافظة غير متاحة هنا: استخدم «نسخ الرابط» في الأعلى.
scenario-delete = حذف
comparison-region = جدول مقارنة السيناريوهات
comparison-caption = خط الأساس والسيناريوهات جنبًا إلى جنب
metric-column = المقياس
baseline-column = خط الأساس
goal-seek-heading = البحث عن القيمة المطلوبة
# السؤال مجزأ حول قائمتين وحقل: «لكي يصل مؤشر [CAC] إلى [150]، ما قيمة [معدل إتمام الصفقات] اللازمة؟»
goal-to-reach = لكي يصل مؤشر
goal-of = إلى
goal-what-must = ، ما قيمة
goal-lever-label = الرافعة المطلوب حسابها
goal-be = اللازمة؟
goal-apply = تطبيق كسيناريو جديد
what-if-heading = ماذا لو
what-if-hint = تبدأ السيناريوهات نسخًا من السلّم المعروض أعلاه. حرّك أي رافعة فتتبعها الأرقام كلها، بجانب أرقام اليوم.
add-scenario = إضافة سيناريو
