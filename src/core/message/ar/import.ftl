# لوحة الاستيراد ومعاينتها
# العربية: رسالة لكل مدخل، بالمفاتيح والوسائط نفسها ($name) كما في en/؛ وتتبع صيغ الجمع فئة
# CLDR للعدد: zero وone وtwo وfew وmany و*other (الافتراضية).

## لوحة الاستيراد
import-reading-in-background = جارٍ قراءة الملف في الخلفية…
import-cancel = إلغاء الاستيراد
# يُعرض بخط عريض، يليه مسافة وسبب فشل الاستيراد.
import-cant-import = تعذّر الاستيراد:
import-paste-label = لصق خلايا من جدول بيانات
import-paste-hint = مع صف عناوين أو بدونه. يُقرأ الصف الواحد أو العمود الواحد من الأرقام بترتيب السلّم: الإنفاق، والمحادثات، والردود، والمؤهلة، والإحالات، والعملاء، والإيرادات.
import-preview-pasted = معاينة الخلايا الملصقة
import-upload-label = أو رفع ملف تصدير (CSV أو TSV)
import-choose-file = اختيار ملف
import-upload-hint = ملفات تصدير من مدير إعلانات Meta أو HubSpot أو Pipedrive، أو سجل محادثات. يمكنك أيضًا إفلات ملف هنا. تتم قراءته في هذا المتصفح فقط.
preview-rows-column = الصفوف
preview-counts-up-to-column = يُحتسب حتى
# $status: قيمة حالة كما كُتبت في الملف، مثل «Won» أو «Qualified».
preview-stage-reached-by = المرحلة التي تبلغها «{ $status }»
preview-stages-caption = مراحل مسار المبيعات: إلى أين وصلت الصفقة المفتوحة أو الخاسرة
preview-stages-region = جدول مراحل مسار المبيعات
preview-stage-column = المرحلة
preview-statuses-caption = الحالات: يُحتسب كل صف في المرحلة التي بلغها وفي كل مرحلة قبلها
preview-statuses-region = جدول الحالات
preview-status-column = الحالة
# $column: اسم عمود الملف الذي يحدد مصدر كل صف، مثل «Source».
preview-keep-sources = الاحتفاظ بالصفوف الواردة من هذه المصادر («{ $column }»)
spend-column = الإنفاق
preview-chats-column = المحادثات
preview-customers-column = العملاء
preview-revenue-column = الإيرادات
preview-periods = الفترات
# اليوم الذي تعود إليه بيانات ملف تصدير الصفقات. $date: أحدث تاريخ في الملف.
preview-as-of = تاريخ البيانات
preview-as-of-hint = أحدث تاريخ في الملف هو { $date }. وإذا جرى التصدير بعد ذلك، فحدِّد يوم التصدير: عندها تُحتسب الصفقات التي لا تزال مفتوحة مفتوحةً طوال تلك المدة الإضافية، ولا تُحتسب خاسرةً أبدًا.
preview-heading = معاينة: لن يتغير شيء حتى تطبّق الاستيراد
# يُعرض بخط عريض، يليه مسافة وما يبدو عليه الإدخال، مثل «ملف تصدير من مدير إعلانات Meta».
preview-looks-like = النوع المكتشَف:
preview-columns-heading = الأعمدة: كيف يُقرأ كل منها (يمكن تغيير أي دور أو فاصل)
preview-segments-region = جدول الشرائح المراد استيرادها
# $count: عدد الشرائح (الحملات، الفترات…) التي سينشئها الاستيراد.
preview-segments-caption = الشرائح المراد استيرادها: { $count }
segment-column = الشريحة
# $count: عدد الشرائح الأخرى غير المدرجة في الجدول.
preview-and-more = { $count ->
    [zero] …و{ $count } شريحة أخرى.
    [one] …وشريحة أخرى.
    [two] …وشريحتان أخريان.
    [few] …و{ $count } شرائح أخرى.
    [many] …و{ $count } شريحة أخرى.
   *[other] …و{ $count } شريحة أخرى.
    }
preview-apply = تطبيق الاستيراد
