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
## activities
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
## Resident information (My procedure, library, news, vacancies, search, favourites)
info-procedure-title = إجراءاتي
info-procedure-now = أين أنت الآن:
info-procedure-unknown = لم يسجّل الموظفون بعد في أي مرحلة من إجراءات اللجوء أنت. اسأل في مكتب الاستقبال.
info-procedure-next = ماذا يمكن أن يحدث بعد ذلك
info-procedure-no-next = هذه نهاية إجراءات اللجوء.
info-procedure-read = اقرأ المزيد عن هذه المرحلة
info-stage-application = طلب اللجوء
info-stage-application-about = تطلب اللجوء من دائرة الهجرة والتجنيس (IND). تتحقق الشرطة من هويتك وتسجّل بياناتك.
info-stage-central_reception = الاستقبال المركزي
info-stage-central_reception-about = تبقى بضعة أيام في مركز الاستقبال المركزي: مقابلة تسجيل، وفحص للسل، وأول حديث مع ممرض.
info-stage-rest_and_preparation = فترة الراحة والتحضير
info-stage-rest_and_preparation-about = أسبوع تقريبًا للراحة والتحضير. تلتقي بمحاميك وتحصل على معلومات من مجلس اللاجئين الهولندي.
info-stage-general_procedure = إجراء اللجوء العام
info-stage-general_procedure-about = تسألك دائرة الهجرة من أنت ولماذا هربت. يساعدك محاميك. ثم تتخذ الدائرة قرارها.
info-stage-extended_procedure = إجراء اللجوء الممدَّد
info-stage-extended_procedure-about = تحتاج دائرة الهجرة إلى وقت أطول لاتخاذ القرار. قد يستغرق ذلك أشهرًا. تنتظر في مركز استقبال.
info-stage-permit_granted = حصلت على تصريح الإقامة
info-stage-permit_granted-about = يمكنك البقاء في هولندا. ستحصل على سكن في بلدية وتبدأ بتعلّم اللغة الهولندية.
info-stage-appeal = الطعن
info-stage-appeal-about = رفضت دائرة الهجرة طلبك. يمكن لمحاميك أن يطلب من المحكمة إعادة النظر في القرار.
info-stage-departure = المغادرة
info-stage-departure-about = الجواب النهائي هو الرفض. يجب أن تغادر هولندا. تتحدث معك دائرة العودة والمغادرة (DT&V) عن ذلك.
info-tiles-title = المعلومات والحياة في المركز
info-tile-library = المعلومات
info-tile-news = الأخبار
info-tile-centre = مركزي
info-tile-activities = الأنشطة
info-tile-vacancies = العمل والتطوع
info-tile-search = البحث
info-tile-favourites = المفضلة
info-news-unread = { $count ->
    [zero] لا توجد أخبار غير مقروءة
    [one] خبر واحد غير مقروء
    [two] خبران غير مقروءين
    [few] { $count } أخبار غير مقروءة
    [many] { $count } خبرًا غير مقروء
   *[other] { $count } خبر غير مقروء
}
info-updated = تم تحديث المعلومات: { $time }
info-offline-saved = أنت غير متصل بالإنترنت. هذه هي المعلومات المحفوظة في { $time }.
info-loading = جارٍ تحميل المعلومات…
info-pending-favourite = حفظ عنصر في المفضلة أو إزالته
info-pending-news-seen = تعليم الأخبار كمقروءة
info-library-lead = أجوبة عن الأسئلة الشائعة، راجعها الموظفون. اختر موضوعًا.
info-category-asylum-procedure = إجراءات اللجوء
info-category-rights-obligations = الحقوق والواجبات
info-category-health-care = الرعاية الصحية
info-category-safety = الأمان
info-category-daily-life = الحياة اليومية
info-category-learning-work = التعلّم والعمل
info-library-empty = لا يوجد شيء عن هذا الموضوع بعد.
info-back-library = العودة إلى المعلومات
info-not-found-title = غير موجود
info-not-found = لم يتم العثور على هذه المعلومات. ربما حُذفت، أو أنها ليست على هذا الهاتف بعد.
info-fallback = هذا النص غير متوفر بلغتك بعد. يُعرض باللغة: { $language }.
info-outdated = تغيّر النص الأصلي بعد إعداد هذه الترجمة. اسأل الموظفين إذا كان هناك شيء غير واضح.
info-published = نُشر في { $date }
info-favourite-add = احفظ في المفضلة
info-favourite-remove = أزل من المفضلة
info-favourite-gone = هذا العنصر من المفضلة لم يعد متوفرًا.
info-news-lead = أخبار من مركزك ومن المؤسسة، الأحدث أولًا.
info-news-empty = لا توجد أخبار في الوقت الحالي.
info-news-new = جديد
info-vacancies-lead = عمل مدفوع الأجر وعمل تطوعي. اقرأ الشروط؛ يمكن للموظفين أن يخبروك بالمزيد.
info-vacancies-empty = لا توجد وظائف شاغرة في الوقت الحالي.
info-vacancy-paid = عمل مدفوع الأجر
info-vacancy-volunteer = عمل تطوعي
info-vacancy-contact = التواصل
info-vacancy-link = الموقع الإلكتروني
info-search-label = عمّ تبحث؟
info-search-hint = يبحث في كل المعلومات والأخبار والوظائف. يعمل أيضًا بدون إنترنت.
info-search-none = لم يتم العثور على شيء. جرّب كلمات أقل أو كلمات أخرى.
info-search-results = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
info-kind-article = معلومات
info-kind-news = خبر
info-kind-vacancy = وظيفة شاغرة
info-favourites-lead = ما حفظته بالنجمة.
info-favourites-empty = لا توجد لديك عناصر مفضلة بعد. اضغط على «احفظ في المفضلة» في المعلومات أو الأخبار أو الوظائف لتحفظها هنا.

## search
search-hint = يبحث في كل المعلومات والأخبار والوظائف والأنشطة وخدمات مركزك. يعمل أيضًا بدون إنترنت.
search-kind-activity = نشاط
search-kind-service = خدمة في المركز

## learning resident
learning-tile = التعلّم
learning-title = تعلّمي
learning-lead = دروس قصيرة عن استخدام هاتفك والإنترنت بأمان. تعلّم على مهلك، حتى بدون إنترنت.
learning-loading = جارٍ تحميل دروسك…
learning-none = لا توجد دروس لك بعد.
learning-assigned = أعطاك إياها مدرّبك
learning-optional = دروس أخرى يمكنك اختيارها
learning-passport-link = جواز تعلّمي
learning-state-label = الحالة
learning-state-not-started = لم تبدأ
learning-state-in-progress = بدأت
learning-state-completed = ناجح
learning-level-label = المستوى
learning-minutes-label = الوقت
learning-minutes = حوالي { $minutes } دقيقة
learning-competences-label = المهارات
learning-questions-progress = الأسئلة: { $done } من { $total }
learning-due = أنهِه قبل { $date }
learning-overdue = متأخر: كان موعده { $date }
learning-start = ابدأ
learning-continue = تابِع
learning-open-certificate = افتح الشهادة
learning-preview-banner = معاينة — لا تُحفظ أي إجابات.
learning-queued = سيُرسل عندما تكون متصلاً بالإنترنت.
learning-step-of = الخطوة { $step } من { $total }
learning-nav = الخطوات
learning-back = رجوع
learning-next = التالي
learning-audio = استمع إلى تسجيل:
learning-try-it = جرّبه على هاتفك
learning-end-title = نتيجتك
learning-end-no-questions = لا توجد أسئلة في هذا الدرس.
learning-score = أجبت عن { $correct } من { $total } أسئلة بشكل صحيح.
learning-passed = أحسنت، لقد نجحت!
learning-certificate-code = رمز شهادتك:
learning-verify-link = تحقّق من هذه الشهادة
learning-certificate-waiting = ستظهر شهادتك عندما تكون متصلاً بالإنترنت.
learning-preview-no-certificate = لا توجد شهادة في المعاينة.
learning-not-passed = لم تنجح بعد. تحتاج إلى { $percent } ٪ من الإجابات الصحيحة. يمكنك المحاولة مرة أخرى.
learning-try-again = حاول مرة أخرى
learning-back-to-list = العودة إلى تعلّمي
learning-true = صحيح
learning-false = خطأ
learning-pick-all = ضع علامة على كل إجابة صحيحة، ثم اضغط على تحقّق.
learning-check = تحقّق
learning-order-hint = رتّب الخطوات بالترتيب الصحيح بأزرار الأسهم، ثم اضغط على تحقّق.
learning-move-up = انقل إلى الأعلى: { $item }
learning-move-down = انقل إلى الأسفل: { $item }
learning-correct = صحيح!
learning-wrong = ليس تماماً.
learning-pending-answer = إجابة في درس
learning-pending-seen = تقدّم في درس
learning-passport-title = جواز تعلّمي
learning-passport-lead = شهاداتك والمهارات الرقمية التي أظهرتها. يبقى معك عندما تنتقل إلى مركز آخر.
learning-passport-none = ليست لديك شهادات بعد.
learning-passport-no-competences = لا توجد مهارات بعد. انجح في درس لإضافة مهارة.
learning-passport-certificates = الشهادات
learning-passport-competences = المهارات التي أظهرتها
learning-issued-on = التاريخ
learning-code-label = رمز الشهادة
learning-verify-title = التحقّق من شهادة
learning-verify-lead = اكتب رمز الشهادة لترى إن كانت حقيقية. سترى الدرس والمستوى والتاريخ، ولا شيء عن الشخص.
learning-verify-code-label = رمز الشهادة
learning-verify-submit = تحقّق
learning-verify-mistyped = هذا الرمز غير صحيح. تحقّق من الرمز: ربما كُتب حرف أو رقم بشكل خاطئ.
learning-verify-not-found = لا توجد شهادة بهذا الرمز.
learning-verify-valid = هذه الشهادة حقيقية.
## learning: DigComp 2.2
digcomp-area-1 = محو الأمية في المعلومات والبيانات
digcomp-area-2 = التواصل والتعاون
digcomp-area-3 = إنشاء المحتوى الرقمي
digcomp-area-4 = السلامة
digcomp-area-5 = حل المشكلات
digcomp-1-1 = تصفح البيانات والمعلومات والمحتوى الرقمي والبحث عنها وتصفيتها
digcomp-1-2 = تقييم البيانات والمعلومات والمحتوى الرقمي
digcomp-1-3 = إدارة البيانات والمعلومات والمحتوى الرقمي
digcomp-2-1 = التفاعل عبر التقنيات الرقمية
digcomp-2-2 = المشاركة عبر التقنيات الرقمية
digcomp-2-3 = المشاركة المدنية عبر التقنيات الرقمية
digcomp-2-4 = التعاون عبر التقنيات الرقمية
digcomp-2-5 = آداب التعامل على الإنترنت
digcomp-2-6 = إدارة الهوية الرقمية
digcomp-3-1 = تطوير المحتوى الرقمي
digcomp-3-2 = دمج المحتوى الرقمي وإعادة صياغته
digcomp-3-3 = حقوق النشر والتراخيص
digcomp-3-4 = البرمجة
digcomp-4-1 = حماية الأجهزة
digcomp-4-2 = حماية البيانات الشخصية والخصوصية
digcomp-4-3 = حماية الصحة والرفاهية
digcomp-4-4 = حماية البيئة
digcomp-5-1 = حل المشكلات التقنية
digcomp-5-2 = تحديد الاحتياجات والحلول التقنية
digcomp-5-3 = الاستخدام الإبداعي للتقنيات الرقمية
digcomp-5-4 = تحديد الثغرات في المهارات الرقمية
digcomp-level = المستوى { $level }
digcomp-level-1 = أساسي: بمساعدة
digcomp-level-2 = أساسي: بمفردي
digcomp-level-3 = متوسط: مهام بسيطة بمفردي
digcomp-level-4 = متوسط: حل المشكلات
