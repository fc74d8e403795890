# شريط مساحات العمل والنسخ الاحتياطية
# العربية: رسالة لكل مدخل، بالمفاتيح والوسائط نفسها ($name) كما في en/؛ وتتبع صيغ الجمع فئة
# CLDR للعدد: zero وone وtwo وfew وmany و*other (الافتراضية).

## شريط مساحات العمل
workspaces-region = مساحات العمل
workspace-label = مساحة العمل
workspace-manage = إعادة التسمية، إنشاء، إنشاء نسخة، حذف، نسخة احتياطية
workspace-name = الاسم
workspace-new = جديدة
workspace-duplicate = تكرار
workspace-delete = حذف
workspace-download-backup = تنزيل نسخة احتياطية
workspace-restore-backup = استعادة نسخة احتياطية
restore-region = استعادة نسخة احتياطية
# $contents: محتوى النسخة الاحتياطية (store-backup-contents)، وينتهي بنقطة.
restore-holds = تحتوي هذه النسخة الاحتياطية على { $contents }
restore-beside = تُضاف بجانب مساحات عملك، ولا يُستبدل أي شيء.
restore-add = إضافتها
restore-unreadable = تعذّرت قراءة الملف كنص.
bar-created = مساحة عمل جديدة: سمّها في حقل «الاسم».
bar-duplicated = تم تكرار «{ $name }».
bar-deleted = تم حذف «{ $name }».
bar-back = استُعيدت «{ $name }».
bar-restored = تمت إضافة { $count ->
    [zero] { $count } مساحة عمل
    [one] مساحة عمل واحدة
    [two] مساحتَي عمل
    [few] { $count } مساحات عمل
    [many] { $count } مساحة عمل
   *[other] { $count } مساحة عمل
    } من النسخة الاحتياطية. اختر واحدة منها في الأعلى لفتحها.
bar-opened-shared = فُتحت «{ $name }» من رابط، كمساحة عمل مستقلة. مساحة العمل التي كانت لديك لم تتغير؛ يمكنك العودة إليها من الأعلى.
