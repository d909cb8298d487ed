# Wegwijs، نصوص الموظفين: العربية.

## Common
cancel = إلغاء
save = حفظ
saving = جارٍ الحفظ…
edit = تعديل
confirm = تأكيد
continue = متابعة
checking = جارٍ التحقق…
field-status = الحالة
field-type = النوع
field-municipality = البلدية
field-places = الأماكن
field-change = تغيير
field-role = الدور
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
show-password = إظهار كلمة المرور
date-from = من
date-until = حتى
choose-location = اختر موقعًا
staff-loading-locations = جارٍ تحميل المواقع…
role-resident = مقيم
role-trainer = مدرّب
role-staff = موظف
role-admin = مسؤول
status-card-pending = صدرت البطاقة، ولم تُفعَّل بعد
status-active = نشط
status-disabled = معطَّل

## Staff overview
staff-overview-title = نظرة عامة للموظفين
staff-register-new = تسجيل مقيم جديد
capacity-caption = مواقع الاستقبال التابعة لـ { $agency }
capacity-total = المجموع
system-status = حالة النظام
checking-system = جارٍ فحص النظام…
health-ok = يعمل بشكل طبيعي
health-degraded = أداء محدود: قاعدة البيانات غير جاهزة
health-schema = مخطط قاعدة البيانات
health-none = لا يوجد
health-api-version = إصدار واجهة البرمجة (API)

## Residents
residents-title = المقيمون
residents-all-locations = كل مواقعي
loading-residents = جارٍ تحميل المقيمين…
residents-empty = لا يوجد مقيمون مسجَّلون هنا بعد.
residents-caption = المقيمون ({ $count })

## New resident
new-resident-title = مقيم جديد
new-resident-registered = تم التسجيل. سلِّم هذه البطاقة إلى المقيم.
new-resident-open = فتح ملف هذا المقيم
new-resident-another = تسجيل مقيم آخر
field-preferred-name = الاسم المفضَّل
field-preferred-name-hint = الاسم الذي يريد المقيم أن يُنادى به.
field-v-number = رقم المقيم (رقم V)
field-v-number-hint = 10 أرقام.
choose-language = اختر لغة
field-birth-optional = تاريخ الميلاد (اختياري)
field-birth-hint = فقط إذا أراد المقيم معلومات تناسب عمره.
new-resident-submit = تسجيل وإنشاء بطاقة
new-resident-busy = جارٍ التسجيل…

## One resident
all-residents = كل المقيمين
loading-resident = جارٍ تحميل بيانات المقيم…
moves-now = الآن
field-date-of-birth = تاريخ الميلاد
not-recorded = غير مسجَّل
moves-caption = الأماكن التي أقام فيها هذا المقيم
card-issue = إصدار بطاقة تفعيل جديدة
card-confirm-text = سيتوقف الرمز القديم عن العمل وسيُسجَّل خروج المقيم من كل الأجهزة. سيختار رمز PIN جديدًا بالبطاقة الجديدة. هل تريد المتابعة؟
card-confirm = نعم، أصدِر بطاقة جديدة
move-title = النقل إلى موقع آخر
move-done = تم النقل.
move-new-location = الموقع الجديد
move-submit = نقل
move-busy = جارٍ النقل…

## Activation card
card-code-label = رمز التفعيل
card-qr-label = رمز QR يفتح Wegwijs مع إدخال هذا الرمز مسبقًا
card-print = طباعة البطاقة

## Trainer area
trainer-title = قسم المدرّبين
trainer-lead = ترتبط وحدات المهارات الرقمية بالإطار الأوروبي DigComp 2.2. هذه مجالات الكفاءة الخمسة فيه.

## Staff sign-in
staff-sign-in-title = تسجيل الدخول للموظفين والمدرّبين
field-totp-code = الرمز من تطبيق المصادقة
field-totp-code-hint = 6 أرقام، أو أحد رموز الاسترداد الخاصة بك.
staff-resident-question = هل أنت مقيم؟
staff-resident-link = سجِّل الدخول برقم المقيم

## Accepting an invitation
invite-title = دعوة
invite-incomplete = هذا الرابط غير مكتمل. افتح الرابط كاملًا من دعوتك، أو اطلب رابطًا جديدًا من أحد المسؤولين.
invite-setup-title = إعداد حسابك
invite-step-password = الخطوة 1 من 3: اختر كلمة مرور
field-password-hint = 8 أحرف على الأقل؛ الجملة خيار جيد.
field-password-repeat = اكتب كلمة المرور مرة أخرى
error-passwords_differ = كلمتا المرور غير متطابقتين.
invite-step-app = الخطوة 2 من 3: اربط تطبيق مصادقة
invite-scan = امسح رمز QR هذا بتطبيق مصادقة على هاتفك (مثل التطبيق الذي تستخدمه مؤسستك). الحساب:
invite-qr-label = رمز QR لتطبيق المصادقة
invite-cannot-scan = لا يمكنك المسح؟ اكتب هذا المفتاح في التطبيق بدلًا من ذلك:
field-app-code = الرمز المكوَّن من 6 أرقام الذي يعرضه التطبيق
invite-step-codes = الخطوة 3 من 3: احفظ رموز الاسترداد
invite-codes-text = إذا فقدت هاتفك، يتيح لك كل رمز من هذه الرموز تسجيل الدخول مرة واحدة بدلًا من رمز التطبيق. اطبعها أو دوِّنها واحفظها في مكان آمن. لن تُعرض إلا الآن.
invite-codes-stored = لقد حفظتها

## Admin: accounts
admin-accounts = الحسابات
admin-locations = المواقع
admin-audit = سجل التدقيق
loading-accounts = جارٍ تحميل الحسابات…
accounts-caption = الموظفون والمدرّبون والمسؤولون
field-email-short = البريد الإلكتروني
account-status-pending = مدعو، لم يُعِدّ حسابه بعد
account-edit-title = تغيير { $name }
account-disabled = معطَّل (يُسجِّل خروج هذا الشخص من كل مكان ويمنعه من تسجيل الدخول)
invite-someone = دعوة شخص
invite-locations = المواقع (يحتاج الموظفون والمدرّبون إلى موقع واحد على الأقل)
invite-create = إنشاء الدعوة
invite-creating = جارٍ الإنشاء…
invite-created = أُنشئت الدعوة لـ { $name }. أرسل إليه هذا الرابط؛ يعمل مرة واحدة حتى { $until }. لا يُعرض إلا الآن.
invite-link = رابط الدعوة
invite-copy = نسخ الرابط
invite-copied = تم النسخ.
invite-copy-failed = تعذّر النسخ. حدِّد الرابط وانسخه يدويًا.

## Admin: locations
locations-caption = مواقع { $agency }
field-timezone = المنطقة الزمنية
field-timezone-hint = مثلًا Europe/Amsterdam.
error-not_a_number = اكتب عدد الأماكن بالأرقام، مثلًا 400.
location-change-title = تغيير الموقع
location-add-title = إضافة موقع
location-add = إضافة الموقع

## Admin: audit log
audit-actor-id = معرّف المنفِّذ
audit-resident-id = معرّف المقيم
audit-event = الحدث
audit-all-events = كل الأحداث
audit-show = عرض
loading-audit = جارٍ تحميل سجل التدقيق…
audit-none = لا توجد إدخالات مطابقة.
audit-caption = الإدخالات، الأحدث أولًا
audit-time = الوقت
audit-actor = المنفِّذ
audit-resident = المقيم
audit-subject = الموضوع
audit-details = التفاصيل
audit-request-id = معرّف الطلب
audit-newest = أحدث الإدخالات
audit-older = إدخالات أقدم
audit-event-sign_in = تسجيل دخول
audit-event-sign_in_failed = فشل تسجيل الدخول
audit-event-locked_out = حظر مؤقت
audit-event-sign_out = تسجيل خروج
audit-event-session_revoked = إلغاء جلسة
audit-event-activated = تفعيل
audit-event-permission_denied = رفض الإذن
audit-event-resident_read = عرض بيانات مقيم
audit-event-resident_listed = عرض قائمة المقيمين
audit-event-resident_created = تسجيل مقيم
audit-event-activation_card_issued = إصدار بطاقة تفعيل
audit-event-resident_moved = نقل مقيم
audit-event-account_invited = دعوة حساب
audit-event-account_enrolled = إعداد حساب
audit-event-account_updated = تحديث حساب
audit-event-location_changed = تغيير موقع

## content
audit-event-procedure_stage_set = تحديد مرحلة الإجراء
## centre
centre-edit-title = معلومات المركز
centre-edit-lead = ما يراه السكان في صفحة "مركزي": العنوان وأرقام الهاتف والخدمات ومواعيد العمل. الأوقات بحسب المنطقة الزمنية للموقع.
centre-edit-no-location = لم يتم تعيينك لأي موقع.
centre-edit-contacts = العنوان وبيانات الاتصال
centre-edit-services = الخدمات
centre-edit-new-service = إضافة خدمة
centre-edit-kind = نوع الخدمة
centre-edit-name = الاسم (اختياري)
centre-edit-note = ملاحظة للسكان
centre-edit-hours = مواعيد العمل الأسبوعية
centre-edit-hours-hint = أضف سطرًا لكل فترة تكون فيها الخدمة مفتوحة. لا يمكن أن تتجاوز الفترة منتصف الليل؛ 00:00 كوقت إغلاق يعني منتصف الليل.
centre-edit-opens = يفتح
centre-edit-closes = يغلق
centre-edit-add-range = إضافة مواعيد عمل يوم { $day }
centre-edit-remove-range = حذف هذه المواعيد
centre-edit-exceptions = أيام خاصة
centre-edit-exceptions-hint = العطل الرسمية وأيام أخرى بمواعيد مختلفة. بدون مواعيد تكون الخدمة مغلقة طوال اليوم.
centre-edit-date = التاريخ
centre-edit-reason = السبب (يراه السكان)
centre-edit-special-hours = المواعيد في هذا اليوم
centre-edit-add-exception = إضافة يوم خاص
centre-edit-remove-exception = حذف هذا اليوم الخاص
centre-edit-save = حفظ
centre-edit-saving = جارٍ الحفظ…
centre-edit-saved = تم الحفظ. يرى السكان التغيير عند فتح الصفحة مرة أخرى.
centre-edit-remove-service = حذف الخدمة
centre-edit-conflict = قام شخص آخر بتغيير هذا أثناء تعديلك. لم يُحفظ شيء وما كتبته لا يزال هنا. أعد التحميل لترى تغييره، ثم أجرِ تغييرك مرة أخرى.
centre-edit-reload = إعادة التحميل
centre-error-invalid_time = أدخل وقتًا، مثلًا 09:00.
centre-error-closes_before_opens = يجب أن يكون وقت الإغلاق بعد وقت الفتح.
centre-error-overlapping_ranges = هذه المواعيد تتداخل مع مواعيد أخرى في اليوم نفسه.
centre-error-out_of_range = هذا الوقت ليس بين 00:00 و24:00.
centre-error-duplicate_date = هذا التاريخ يوم خاص بالفعل.
centre-error-invalid_date = أدخل تاريخًا.
centre-error-invalid_phone = أدخل رقم هاتف بالأرقام، مثلًا ‎+31 6 0000 0000.
centre-error-invalid_email = أدخل عنوان بريد إلكتروني مثل desk@example.org.
centre-error-too_many_ranges = فترات كثيرة جدًا في يوم واحد (6 على الأكثر).
centre-error-too_many_exceptions = أيام خاصة كثيرة جدًا: احذف الأيام الماضية.
centre-error-required = هذا الحقل مطلوب.
centre-error-too_long = هذا النص طويل جدًا.
centre-error-stale_version = قام شخص آخر بتغيير هذا أولًا.
## activities (issue 5)
activities-staff-title = الأنشطة
activities-new = نشاط جديد
activities-coming = الأسبوعان القادمان
activities-all = كل الأنشطة
activities-staff-loading = جارٍ تحميل الأنشطة…
activities-staff-none = لا توجد أنشطة.
activities-coming-caption = مواعيد الأنشطة في الأيام الـ{ $days } القادمة
activities-when = متى
activities-what = النشاط
activities-confirmed = الأماكن المحجوزة
activities-waiting = في الانتظار
activities-participants = المشاركون
activities-cancelled-badge = ملغى
activities-show-participants = عرض الأسماء
activities-participants-of = المشاركون في { $date }
activities-confirmed-count = مؤكد: { $count } من { $capacity }
activities-waiting-count = قائمة الانتظار: { $count }
activities-nobody = لا أحد بعد.
activities-every-week = كل { $weekday }، { $time }، { $minutes } دقيقة
activities-once-on = مرة واحدة، { $date }، { $time }، { $minutes } دقيقة
activities-capacity = عدد الأماكن
activities-conflict = قام شخص آخر بحفظ هذا النشاط بعد أن فتحته. لم تُحفظ تغييراتك بعد: راجع تغييراته أولاً.
activities-edit = تعديل
activities-restore = استعادة
activities-cancel-activity = إلغاء النشاط
activities-edit-title = تعديل النشاط
activities-new-title = نشاط جديد
activities-load-theirs = تحميل نسختهم (ستُحذف تغييراتك)
activities-recurrence = كم مرة
activities-weekly = كل أسبوع
activities-once = مرة واحدة
activities-start-date = التاريخ (للنشاط الأسبوعي: أول تاريخ ممكن)
activities-weekday = يوم الأسبوع
activities-end-date = آخر تاريخ (اختياري)
activities-end-date-hint = اتركه فارغاً إذا كان النشاط مستمراً.
activities-start-time = وقت البدء
activities-duration = المدة بالدقائق
activities-source-language = كُتب أولاً باللغة
activities-add-translation = إضافة ترجمة
activities-save = حفظ
activities-saving = جارٍ الحفظ…
activities-back = العودة إلى القائمة
activities-text-number = النص { $number }
activities-text-language = لغة هذا النص
activities-title-field = العنوان
activities-description = الوصف (اختياري)
activities-remove-translation = إزالة هذا النص
error-activities_weekday_required = يحتاج النشاط الأسبوعي إلى يوم من أيام الأسبوع.
error-activities_weekday_invalid = اختر يوماً من الاثنين إلى الأحد.
error-activities_end_for_once = النشاط لمرة واحدة ليس له تاريخ أخير: اختر كل أسبوع، أو اتركه فارغاً.
error-activities_end_before_start = التاريخ الأخير قبل التاريخ الأول.
error-activities_invalid_time = اكتب الوقت بالشكل HH:MM، مثلاً 14:30.
error-activities_duration_range = المدة من 5 دقائق إلى 12 ساعة.
error-activities_past_midnight = يجب أن ينتهي النشاط قبل منتصف الليل.
error-activities_capacity_range = عدد الأماكن من 1 إلى 1000.
error-activities_duplicate_language = لهذه اللغة نصّان؛ احتفظ بواحد.
error-activities_source_text_required = اكتب العنوان باللغة التي كُتب بها النشاط أولاً.
error-activities_stale = قام شخص آخر بتغيير هذا النشاط بعد أن فتحته.
error-activities_location_fixed = يبقى النشاط في موقعه؛ أنشئ نشاطاً جديداً في الموقع الآخر.
error-activities_duration_not_number = اكتب المدة بالدقائق وبالأرقام، مثلاً 90.
audit-event-activity_participants_read = تم عرض المشاركين في نشاط
