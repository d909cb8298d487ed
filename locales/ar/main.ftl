# Wegwijs: العربية.

## Language picker
language-title = اللغة
language-intro = اختر اللغة التي يخاطبك بها Wegwijs. يمكنك تغييرها في أي وقت.
nav-language = اللغة

## Account (the language remembered on the account; changes still waiting at sign-out)
pending-what-language = اختيار اللغة لحسابك
pending-state-held = في انتظار أن يسجّل الشخص الذي أجراه الدخول مرة أخرى على هذا الجهاز
sign-out-unsent = { $count ->
    [one] لم يُرسل بعد تغيير واحد من تغييراتك.
    [two] لم يُرسل بعد تغييران من تغييراتك.
   *[other] لم تُرسل بعد { $count } من تغييراتك.
}
sign-out-unsent-kept = إذا سجّلت الخروج الآن، تبقى على هذا الجهاز وتُرسل عندما تسجّل الدخول هنا مرة أخرى.
sign-out-send-first = أرسلها الآن
sign-out-anyway = سجّل الخروج على أي حال

## Page frame
skip-to-content = انتقل إلى المحتوى
nav-main = القائمة الرئيسية
nav-home = الرئيسية
nav-trainers = المدرّبون
nav-staff = الموظفون
nav-admin = الإدارة
nav-sign-in = تسجيل الدخول
sign-out = تسجيل الخروج
sign-out-failed = ما زلت مسجّل الدخول.
footer-text = Wegwijs: لتجد طريقك. تبقى معلوماتك لدى جهة الاستقبال الخاصة بك.
connection-online = متصل
connection-offline = غير متصل: يمكنك متابعة قراءة ما تم تحميله من قبل.

## Common
loading = جارٍ التحميل…
checking-session = جارٍ التحقق من المستخدم المسجّل…
go-home = الذهاب إلى الصفحة الرئيسية
try-again = حاول مرة أخرى
hello = مرحبًا
my-sessions = جلساتي
field-name = الاسم
field-resident-number = رقم المقيم
field-location = الموقع
field-language = اللغة

## Access guard
guard-sign-in-title = يرجى تسجيل الدخول
guard-sign-in-text = يجب تسجيل الدخول لفتح هذه الصفحة.
guard-denied-title = غير مسموح
guard-denied-text = لا يمكن لحسابك فتح هذه الصفحة. إذا كنت تحتاجها لعملك، اطلب ذلك من أحد المسؤولين.

## Not found
not-found-title = هذه الصفحة غير موجودة
not-found-text = ربما يكون العنوان قديمًا أو مكتوبًا بشكل خاطئ.

## Home
home-welcome = أهلًا بك في Wegwijs
home-lead = معلومات عن إجراءاتك والحياة في مركزك، وشؤونك الخاصة، ودروس لتعلّم المهارات الرقمية.
home-new-card = لديّ بطاقة جديدة
home-staff-link = الموظفون والمدرّبون
loading-locations = جارٍ تحميل مواقع الاستقبال…
loading-my-details = جارٍ تحميل بياناتك…
my-details = بياناتي
go-admin-area = الذهاب إلى قسم الإدارة
go-trainer-area = الذهاب إلى قسم المدرّبين
go-staff-area = الذهاب إلى قسم الموظفين
location-kind-col = الاستقبال المركزي
location-kind-pol = استقبال الإجراءات
location-kind-azc = مركز طالبي اللجوء

## Activation card
card-title = بطاقة التفعيل
card-valid-until = صالحة حتى
card-instructions = افتح Wegwijs على هاتفك، واختر «لديّ بطاقة جديدة»، واكتب هذا الرمز أو امسح رمز QR. ثم اختر رقمًا سريًا (PIN) من ستة أرقام.

## Errors
error-network = لم نتمكن من الوصول إلى Wegwijs. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.
error-unexpected = أرسل Wegwijs ردًّا لا تفهمه هذه النسخة من التطبيق. أعد تحميل الصفحة.
error-not-found = لم نتمكن من العثور على ما طلبته.
error-validation = بعض المعلومات ناقصة أو غير صحيحة. يرجى التحقق من الحقول أدناه.
error-unavailable = Wegwijs مشغول أو قيد التحديث. يرجى المحاولة مرة أخرى بعد بضع دقائق.
error-generic = حدث خطأ ما. يرجى المحاولة مرة أخرى. إذا تكرّر ذلك، أخبر الموظفين.
error-reference = المرجع للموظفين:
error-send-report = أرسل هذه المشكلة إلى فريق الدعم
error-report-sent = تم الإرسال. رقمك المرجعي هو { $id }.
error-report-failed = تعذّر الإرسال: { $why }

## Field errors from the API, by code
error-too_common = كلمة المرور هذه موجودة في قائمة كلمات المرور الشائعة. اختر كلمة أخرى؛ جملة قصيرة تفي بالغرض.
error-activation_code_expired = انتهت صلاحية هذا الرمز (البطاقة صالحة لمدة 14 يومًا). اطلب بطاقة جديدة من الموظفين.
error-activation_code_used = تم استخدام هذا الرمز من قبل. سجّل الدخول برقم المقيم والرقم السري، أو اطلب بطاقة جديدة من الموظفين.
error-activation_code_unknown = هذا الرمز غير معروف. تحقّق من الحروف والأرقام على بطاقتك.
error-activation_code_replaced = تم استبدال هذه البطاقة ببطاقة أحدث. استخدم الرمز الموجود على أحدث بطاقة لديك.

## Activation (a new card)
activate-lead = اكتب الرمز الموجود على بطاقتك واختر رقمًا سريًا (PIN) من ستة أرقام. ستستخدم رقم المقيم وهذا الرقم السري لتسجيل الدخول.
activate-code = الرمز الموجود على بطاقتك
activate-code-hint = 12 حرفًا ورقمًا، مثلًا ABCD-EFGH-JKMN.
activate-pin = اختر رقمًا سريًا (6 أرقام)
activate-pin-hint = لا تكرر الرقم نفسه ولا تستخدم أرقامًا متتالية مثل 123456.
activate-pin-repeat = اكتب الرقم السري مرة أخرى
activate-submit = تفعيل
activate-busy = جارٍ التفعيل…
activate-already = هل فعّلت البطاقة من قبل؟
show-pin = إظهار الرقم السري
field-pin = الرقم السري (PIN)
error-pins_differ = الرقمان السريان غير متطابقين. اكتب الأرقام الستة نفسها مرتين.

## Resident sign-in
sign-in-number-hint = الأرقام العشرة الموجودة على وثيقة W الخاصة بك.
sign-in-busy = جارٍ تسجيل الدخول…
sign-in-forgot = نسيت رقمك السري؟ اطلب بطاقة جديدة من الموظفين في موقعك.

## My sessions
sessions-lead = هذه هي الهواتف والحواسيب التي سجّلت الدخول عليها. سجّل الخروج من أي جهاز لا تعرفه.
loading-sessions = جارٍ تحميل جلساتك…
sessions-sign-out-everywhere = تسجيل الخروج من كل الأجهزة
sessions-this-device = هذا الجهاز
sessions-signed-in = تاريخ تسجيل الدخول
sessions-last-used = آخر استخدام
sessions-sign-out-here = تسجيل الخروج من هذا الجهاز

## App updates and offline
app-name = Wegwijs: لتجد طريقك
app-description = معلومات وشؤونك الخاصة ودروس في المهارات الرقمية للمقيمين في مراكز الاستقبال.
update-ready = نسخة جديدة من Wegwijs جاهزة.
update-reload = إعادة التحميل
offline-page-title = هذه الصفحة غير متاحة دون اتصال بعد
offline-page-text = لم يحفظ Wegwijs هذه الصفحة على جهازك بعد. افتحها مرة واحدة وأنت متصل بالإنترنت؛ بعد ذلك ستعمل دون اتصال أيضاً. ستُفتح تلقائياً عند عودة الاتصال.

## Offline changes (the write queue): header indicator and /pending
pending-waiting = { $count ->
    [one] تغيير واحد في الانتظار
   *[other] { $count } تغييرات في الانتظار
}
pending-sending = جارٍ إرسال { $done } من { $total }…
pending-rejected = { $count ->
    [one] تغيير واحد لم يُقبل
   *[other] { $count } تغييرات لم تُقبل
}
pending-title = التغييرات على هذا الجهاز
pending-lead = التغييرات التي تجريها دون اتصال تُحفظ على هذا الجهاز وتُرسل بالترتيب عند عودة الاتصال. لا يُحذف شيء إلا إذا اخترت ذلك.
pending-empty = تم إرسال كل التغييرات.
pending-send-now = أرسل الآن
pending-made-at = تاريخ الإنشاء
pending-state = الحالة
pending-state-waiting = في انتظار الإرسال
pending-state-sending = جارٍ الإرسال…
pending-state-rejected = لم يقبله Wegwijs
pending-why = سبب عدم القبول
pending-discard = احذف هذا التغيير
pending-what-client-error = بلاغ عن مشكلة لفريق الدعم
error-report-queued = تم الحفظ على هذا الجهاز. سيُرسل عند عودة الاتصال.

## Display settings (text size, contrast) and reading aloud
nav-display = العرض
display-title = حجم النص والتباين
display-intro = اجعل النص أكبر أو الألوان أقوى. يُحفظ اختيارك على هذا الجهاز.
display-text-size = حجم النص
display-size-normal = عادي
display-size-large = كبير
display-size-larger = أكبر
display-sample = أب
display-contrast = التباين
display-contrast-normal = ألوان عادية
display-contrast-high = تباين عالٍ
display-not-kept = لا يستطيع هذا الجهاز حفظ اختيارك. سيبقى حتى تغلق Wegwijs.
listen = استمع
listen-page = استمع إلى هذه الصفحة
listen-pause = إيقاف مؤقت
listen-resume = متابعة
listen-stop = إيقاف
listen-unavailable = القراءة بصوت عالٍ غير متاحة بهذه اللغة على هذا الجهاز.
listen-failed = توقفت القراءة بصوت عالٍ بسبب خطأ. حاول مرة أخرى.

## centre
centre-title = مركزي
centre-loading = جارٍ تحميل معلومات مركزك…
centre-emergency-title = حالة طوارئ
centre-emergency-text = في حالة خطر على الحياة اتصل بالرقم { $number }: الشرطة أو الإطفاء أو الإسعاف. الاتصال مجاني، حتى بدون رصيد.
centre-call = اتصل بالرقم { $number }
centre-address = العنوان
centre-postal-address = العنوان البريدي
centre-phone = الهاتف
centre-email = البريد الإلكتروني
centre-place = المكان
centre-services-title = الخدمات ومواعيد العمل
centre-no-services = لم تُضَف أي خدمات بعد. اسأل في مكتب الاستقبال.
centre-status-open-always = مفتوح الآن، ليلًا ونهارًا
centre-status-open-until = مفتوح الآن، حتى { $time }
centre-status-open-until-day = مفتوح الآن، حتى { $day } { $time }
centre-status-closed-opens = مغلق، يفتح الساعة { $time }
centre-status-closed-opens-tomorrow = مغلق، يفتح غدًا الساعة { $time }
centre-status-closed-opens-day = مغلق، يفتح يوم { $day } الساعة { $time }
centre-status-closed-unknown = مغلق، لا توجد مواعيد عمل في الأسبوعين القادمين
centre-status-closed-reason = مغلق اليوم ({ $reason })
centre-next-tomorrow = يفتح غدًا الساعة { $time }
centre-next-day = يفتح يوم { $day } الساعة { $time }
centre-today-hours = اليوم: { $hours }
centre-special-today = مواعيد خاصة اليوم: { $reason }
centre-closed = مغلق
centre-week-hours = مواعيد العمل للأسبوع كله
centre-week-caption = مواعيد العمل: { $service }
centre-day = اليوم
centre-hours = المواعيد
centre-exceptions-title = أيام خاصة
centre-kind-reception_desk = مكتب الاستقبال
centre-kind-medical_practice = المركز الصحي (GZA)
centre-kind-mail = البريد
centre-kind-allowance = المصروف والمدفوعات
centre-kind-shop = المتجر والطعام
centre-kind-laundry = المغسلة
centre-kind-counselling = الإرشاد (VluchtelingenWerk)
centre-kind-transport = النقل
centre-kind-other = أخرى
## activities (issue 5)
activities-title = الأنشطة
activities-lead = ما يجري في مركزك خلال الأسبوعين القادمين. سجّل حتى يعرف المنظمون أنك قادم.
activities-loading = جارٍ تحميل الأنشطة…
activities-none = لا توجد أنشطة مخطط لها في الأسبوعين القادمين.
activities-today = اليوم، { $date }
activities-time = الوقت
activities-place = المكان
activities-language = اللغة
activities-places = الأماكن
activities-no-language-needed = لا حاجة إلى لغة منطوقة
activities-cancelled = تم إلغاء هذا النشاط.
activities-full = ممتلئ. قائمة الانتظار: { $waiting }
activities-places-left = الأماكن المتبقية: { $count }
activities-queued-signup = تم حفظ تسجيلك على هذا الهاتف. سيتم إرساله عندما تكون متصلاً بالإنترنت.
activities-queued-cancel = تم حفظ إلغائك على هذا الهاتف. سيتم إرساله عندما تكون متصلاً بالإنترنت.
activities-you-have-a-place = لديك مكان.
activities-you-are-waiting = أنت على قائمة الانتظار (رقم { $position }).
activities-started = بدأ هذا النشاط بالفعل.
activities-cancel = إلغاء تسجيلي
activities-sign-up = سجّل
activities-join-waiting-list = انضم إلى قائمة الانتظار
activities-pending-signup = التسجيل في نشاط
activities-pending-cancel = إلغاء التسجيل في نشاط
error-activities_started = بدأ هذا النشاط بالفعل، لذلك لم يعد بإمكانك التسجيل أو الإلغاء.
error-activities_cancelled = تم إلغاء هذا النشاط.
error-activities_no_occurrence = لا يقام النشاط في هذا التاريخ.
