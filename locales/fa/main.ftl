# Wegwijs: فارسی / دری.

## Language picker
language-title = زبان
language-intro = زبانی را انتخاب کنید که Wegwijs با شما به آن صحبت کند. هر وقت بخواهید می‌توانید آن را تغییر دهید.
nav-language = زبان

## Account (the language remembered on the account; changes still waiting at sign-out)
pending-what-language = انتخاب زبان برای حساب شما
pending-state-held = در انتظار اینکه کسی که آن را انجام داده دوباره روی این دستگاه وارد شود
sign-out-unsent = { $count } تغییر شما هنوز فرستاده نشده است.
sign-out-unsent-kept = اگر همین حالا خارج شوید، روی این دستگاه می‌مانند و وقتی دوباره اینجا وارد شوید فرستاده می‌شوند.
sign-out-send-first = همین حالا بفرست
sign-out-anyway = با این حال خارج شو

## Page frame
skip-to-content = رفتن به محتوا
nav-main = منوی اصلی
nav-home = خانه
nav-trainers = مربیان
nav-staff = کارکنان
nav-admin = مدیریت
nav-sign-in = ورود
sign-out = خروج
sign-out-failed = شما هنوز وارد حساب هستید.
footer-text = Wegwijs: راه خود را پیدا کنید. اطلاعات شما نزد سازمان پذیرش شما می‌ماند.
connection-online = آنلاین
connection-offline = آفلاین: می‌توانید آنچه را قبلاً بارگیری شده است همچنان بخوانید.

## Common
loading = در حال بارگیری…
checking-session = در حال بررسی اینکه چه کسی وارد شده است…
go-home = رفتن به صفحهٔ اصلی
try-again = دوباره امتحان کنید
hello = سلام
my-sessions = نشست‌های من
field-name = نام
field-resident-number = شمارهٔ ساکن
field-location = محل
field-language = زبان

## Access guard
guard-sign-in-title = لطفاً وارد شوید
guard-sign-in-text = برای باز کردن این صفحه باید وارد شوید.
guard-denied-title = اجازه ندارید
guard-denied-text = حساب شما نمی‌تواند این صفحه را باز کند. اگر برای کارتان به آن نیاز دارید، از یک مدیر بخواهید.

## Not found
not-found-title = این صفحه وجود ندارد
not-found-text = ممکن است نشانی قدیمی باشد یا اشتباه تایپ شده باشد.

## Home
home-welcome = به Wegwijs خوش آمدید
home-lead = اطلاعاتی دربارهٔ روند پروندهٔ شما و زندگی در مرکزتان، امور شخصی شما، و درس‌هایی برای یادگیری مهارت‌های دیجیتال.
home-new-card = کارت جدید دارم
home-staff-link = کارکنان و مربیان
loading-locations = در حال بارگیری محل‌های پذیرش…
loading-my-details = در حال بارگیری اطلاعات شما…
my-details = اطلاعات من
go-admin-area = رفتن به بخش مدیریت
go-trainer-area = رفتن به بخش مربیان
go-staff-area = رفتن به بخش کارکنان
location-kind-col = پذیرش مرکزی
location-kind-pol = پذیرش در روند پرونده
location-kind-azc = مرکز پناهجویان

## Activation card
card-title = کارت فعال‌سازی
card-valid-until = معتبر تا
card-instructions = Wegwijs را روی گوشی خود باز کنید، «کارت جدید دارم» را انتخاب کنید، این کد را تایپ کنید یا کد QR را اسکن کنید. سپس یک رمز PIN شش‌رقمی انتخاب کنید.

## Errors
error-network = نتوانستیم به Wegwijs دسترسی پیدا کنیم. اتصال اینترنت خود را بررسی کنید و دوباره امتحان کنید.
error-unexpected = Wegwijs پاسخی فرستاد که این نسخهٔ برنامه آن را نمی‌فهمد. صفحه را دوباره بارگیری کنید.
error-not-found = آنچه خواستید پیدا نشد.
error-validation = برخی اطلاعات ناقص یا نادرست است. لطفاً فیلدهای زیر را بررسی کنید.
error-unavailable = Wegwijs مشغول است یا در حال به‌روزرسانی است. لطفاً چند دقیقهٔ دیگر دوباره امتحان کنید.
error-generic = مشکلی پیش آمد. لطفاً دوباره امتحان کنید. اگر تکرار شد، به کارکنان بگویید.
error-reference = شمارهٔ پیگیری برای کارکنان:
error-send-report = این مشکل را برای تیم پشتیبانی بفرستید
error-report-sent = فرستاده شد. شمارهٔ پیگیری شما { $id } است.
error-report-failed = فرستادن نشد: { $why }

## Field errors from the API, by code
error-too_common = این رمز عبور در فهرست رمزهای پرکاربرد است. رمز دیگری انتخاب کنید؛ یک جملهٔ کوتاه خوب است.
error-activation_code_expired = این کد منقضی شده است (هر کارت ۱۴ روز اعتبار دارد). از کارکنان کارت جدید بخواهید.
error-activation_code_used = این کد قبلاً استفاده شده است. با شمارهٔ ساکن و رمز PIN خود وارد شوید، یا از کارکنان کارت جدید بخواهید.
error-activation_code_unknown = این کد شناخته نشد. حروف و اعداد روی کارت خود را بررسی کنید.
error-activation_code_replaced = این کارت با کارت جدیدتری جایگزین شده است. از کد روی جدیدترین کارت خود استفاده کنید.

## Activation (a new card)
activate-lead = کد روی کارت خود را تایپ کنید و یک رمز PIN شش‌رقمی انتخاب کنید. برای ورود از شمارهٔ ساکن و همین رمز استفاده می‌کنید.
activate-code = کد روی کارت شما
activate-code-hint = ۱۲ حرف و عدد، مثلاً ABCD-EFGH-JKMN.
activate-pin = یک رمز PIN انتخاب کنید (۶ رقم)
activate-pin-hint = همهٔ رقم‌ها یکسان نباشند و پشت سر هم هم نباشند، مثل 123456.
activate-pin-repeat = رمز PIN را دوباره تایپ کنید
activate-submit = فعال‌سازی
activate-busy = در حال فعال‌سازی…
activate-already = قبلاً فعال کرده‌اید؟
show-pin = نمایش رمز PIN
field-pin = رمز PIN
error-pins_differ = دو رمز PIN یکسان نیستند. همان شش رقم را دو بار تایپ کنید.

## Resident sign-in
sign-in-number-hint = ۱۰ رقم روی سند W شما.
sign-in-busy = در حال ورود…
sign-in-forgot = رمز PIN را فراموش کرده‌اید؟ از کارکنان محل خود کارت جدید بخواهید.

## My sessions
sessions-lead = این‌ها گوشی‌ها و رایانه‌هایی هستند که در آن‌ها وارد شده‌اید. از هر دستگاهی که نمی‌شناسید خارج شوید.
loading-sessions = در حال بارگیری نشست‌های شما…
sessions-sign-out-everywhere = خروج از همهٔ دستگاه‌ها
sessions-this-device = این دستگاه
sessions-signed-in = زمان ورود
sessions-last-used = آخرین استفاده
sessions-sign-out-here = خروج از این دستگاه

## App updates and offline
app-name = Wegwijs: راه خود را پیدا کنید
app-description = اطلاعات، کارهای شخصی شما و درس‌های مهارت‌های دیجیتال برای ساکنان مراکز پذیرش.
update-ready = نسخهٔ جدید Wegwijs آماده است.
update-reload = بارگذاری دوباره
offline-page-title = این صفحه هنوز بدون اینترنت در دسترس نیست
offline-page-text = Wegwijs هنوز این صفحه را روی دستگاه شما ذخیره نکرده است. یک بار آن را با اینترنت باز کنید؛ پس از آن بدون اینترنت هم کار می‌کند. به‌محض برگشتن اتصال، خودش باز می‌شود.

## Offline changes (the write queue): header indicator and /pending
pending-waiting = { $count ->
    [one] ۱ تغییر در انتظار
   *[other] { $count } تغییر در انتظار
}
pending-sending = در حال فرستادن { $done } از { $total }…
pending-rejected = { $count ->
    [one] ۱ تغییر پذیرفته نشد
   *[other] { $count } تغییر پذیرفته نشد
}
pending-title = تغییرات روی این دستگاه
pending-lead = تغییراتی که بدون اتصال انجام می‌دهید روی این دستگاه نگه داشته می‌شوند و وقتی اتصال برگردد به ترتیب فرستاده می‌شوند. هیچ چیزی بدون انتخاب شما دور انداخته نمی‌شود.
pending-empty = همهٔ تغییرات فرستاده شده‌اند.
pending-send-now = همین حالا بفرست
pending-made-at = زمان ایجاد
pending-state = وضعیت
pending-state-waiting = در انتظار فرستادن
pending-state-sending = در حال فرستادن…
pending-state-rejected = Wegwijs آن را نپذیرفت
pending-why = چرا پذیرفته نشد
pending-discard = این تغییر را دور بینداز
pending-what-client-error = گزارش مشکل برای تیم پشتیبانی
error-report-queued = روی این دستگاه ذخیره شد. وقتی اتصال برگردد فرستاده می‌شود.

## Display settings (text size, contrast) and reading aloud
nav-display = نمایش
display-title = اندازهٔ متن و کنتراست
display-intro = متن را بزرگ‌تر یا رنگ‌ها را پررنگ‌تر کنید. انتخاب شما روی این دستگاه نگه داشته می‌شود.
display-text-size = اندازهٔ متن
display-size-normal = معمولی
display-size-large = بزرگ
display-size-larger = بزرگ‌تر
display-sample = اب
display-contrast = کنتراست
display-contrast-normal = رنگ‌های معمولی
display-contrast-high = کنتراست بالا
display-not-kept = این دستگاه نمی‌تواند انتخاب شما را نگه دارد. تا وقتی Wegwijs را ببندید باقی می‌ماند.
listen = گوش دهید
listen-page = به این صفحه گوش دهید
listen-pause = مکث
listen-resume = ادامه
listen-stop = توقف
listen-unavailable = خواندن با صدای بلند به این زبان روی این دستگاه ممکن نیست.
listen-failed = خواندن با صدای بلند به دلیل خطا متوقف شد. دوباره امتحان کنید.

## centre
centre-title = مرکز من
centre-loading = در حال بارگیری اطلاعات مرکز شما…
centre-emergency-title = اورژانس
centre-emergency-text = در خطر جانی با { $number } تماس بگیرید: پلیس، آتش‌نشانی یا آمبولانس. تماس رایگان است، حتی بدون شارژ.
centre-call = تماس با { $number }
centre-address = نشانی
centre-postal-address = نشانی پستی
centre-phone = تلفن
centre-email = ایمیل
centre-place = کجا
centre-services-title = خدمات و ساعات کاری
centre-no-services = هنوز هیچ خدمتی اضافه نشده است. از میز پذیرش بپرسید.
centre-status-open-always = اکنون باز است، شبانه‌روزی
centre-status-open-until = اکنون باز است، تا { $time }
centre-status-open-until-day = اکنون باز است، تا { $day } { $time }
centre-status-closed-opens = بسته است، ساعت { $time } باز می‌شود
centre-status-closed-opens-tomorrow = بسته است، فردا ساعت { $time } باز می‌شود
centre-status-closed-opens-day = بسته است، { $day } ساعت { $time } باز می‌شود
centre-status-closed-unknown = بسته است، در دو هفتهٔ آینده ساعت کاری ندارد
centre-status-closed-reason = امروز بسته است ({ $reason })
centre-next-tomorrow = فردا ساعت { $time } باز می‌شود
centre-next-day = { $day } ساعت { $time } باز می‌شود
centre-today-hours = امروز: { $hours }
centre-special-today = ساعات ویژهٔ امروز: { $reason }
centre-closed = بسته
centre-week-hours = ساعات کاری تمام هفته
centre-week-caption = ساعات کاری: { $service }
centre-day = روز
centre-hours = ساعات
centre-exceptions-title = روزهای ویژه
centre-kind-reception_desk = میز پذیرش
centre-kind-medical_practice = مرکز بهداشت (GZA)
centre-kind-mail = پست
centre-kind-allowance = کمک‌هزینه و پرداخت‌ها
centre-kind-shop = فروشگاه و غذا
centre-kind-laundry = رختشویخانه
centre-kind-counselling = مشاوره (VluchtelingenWerk)
centre-kind-transport = حمل‌ونقل
centre-kind-other = سایر
## activities
activities-title = فعالیت‌ها
activities-lead = برنامه‌های مرکز شما در دو هفتهٔ آینده. ثبت‌نام کنید تا برگزارکنندگان بدانند که می‌آیید.
activities-loading = در حال بارگیری فعالیت‌ها…
activities-none = در دو هفتهٔ آینده فعالیتی برنامه‌ریزی نشده است.
activities-today = امروز، { $date }
activities-time = زمان
activities-place = مکان
activities-language = زبان
activities-places = جاها
activities-no-language-needed = نیازی به زبان گفتاری نیست
activities-cancelled = این فعالیت لغو شده است.
activities-full = پر است. فهرست انتظار: { $waiting }
activities-places-left = جاهای خالی: { $count }
activities-queued-signup = ثبت‌نام شما روی این گوشی ذخیره شد. وقتی آنلاین شوید فرستاده می‌شود.
activities-queued-cancel = لغو ثبت‌نام شما روی این گوشی ذخیره شد. وقتی آنلاین شوید فرستاده می‌شود.
activities-you-have-a-place = شما جا دارید.
activities-you-are-waiting = شما در فهرست انتظار هستید (شمارهٔ { $position }).
activities-started = این فعالیت شروع شده است.
activities-cancel = لغو ثبت‌نام من
activities-sign-up = ثبت‌نام
activities-join-waiting-list = پیوستن به فهرست انتظار
activities-pending-signup = ثبت‌نام در یک فعالیت
activities-pending-cancel = لغو ثبت‌نام در یک فعالیت
error-activities_started = این فعالیت شروع شده است، پس دیگر نمی‌توانید ثبت‌نام یا لغو کنید.
error-activities_cancelled = این فعالیت لغو شده است.
error-activities_no_occurrence = این فعالیت در این تاریخ برگزار نمی‌شود.
## Resident information (My procedure, library, news, vacancies, search, favourites)
info-procedure-title = روند پناهندگی من
info-procedure-now = الان کجا هستید:
info-procedure-unknown = کارکنان هنوز ثبت نکرده‌اند که شما در کدام مرحله از روند پناهندگی هستید. از میز پذیرش بپرسید.
info-procedure-next = بعد از این چه ممکن است پیش بیاید
info-procedure-no-next = این پایان روند پناهندگی است.
info-procedure-read = دربارهٔ این مرحله بیشتر بخوانید
info-stage-application = درخواست پناهندگی
info-stage-application-about = شما از اداره مهاجرت و تابعیت (IND) پناهندگی می‌خواهید. پلیس هویت شما را بررسی و مشخصات شما را ثبت می‌کند.
info-stage-central_reception = پذیرش مرکزی
info-stage-central_reception-about = چند روز در محل پذیرش مرکزی می‌مانید: مصاحبهٔ ثبت‌نام، آزمایش سل و اولین گفتگو با پرستار.
info-stage-rest_and_preparation = زمان استراحت و آمادگی
info-stage-rest_and_preparation-about = حدود یک هفته برای استراحت و آماده شدن. وکیل خود را می‌بینید و از شورای پناهندگان هلند اطلاعات می‌گیرید.
info-stage-general_procedure = روند عمومی پناهندگی
info-stage-general_procedure-about = اداره مهاجرت از شما می‌پرسد که چه کسی هستید و چرا فرار کرده‌اید. وکیلتان به شما کمک می‌کند. سپس اداره مهاجرت تصمیم می‌گیرد.
info-stage-extended_procedure = روند تمدیدشدهٔ پناهندگی
info-stage-extended_procedure-about = اداره مهاجرت برای تصمیم‌گیری به زمان بیشتری نیاز دارد. این ممکن است ماه‌ها طول بکشد. شما در یک مرکز پذیرش منتظر می‌مانید.
info-stage-permit_granted = اجازهٔ اقامت گرفته‌اید
info-stage-permit_granted-about = شما می‌توانید در هلند بمانید. در یک شهرداری خانه می‌گیرید و یادگیری زبان هلندی را شروع می‌کنید.
info-stage-appeal = اعتراض
info-stage-appeal-about = اداره مهاجرت جواب منفی داد. وکیلتان می‌تواند از دادگاه بخواهد که دوباره به تصمیم نگاه کند.
info-stage-departure = خروج
info-stage-departure-about = جواب نهایی منفی است. باید هلند را ترک کنید. ادارهٔ بازگشت و خروج (DT&V) دربارهٔ این با شما صحبت می‌کند.
info-tiles-title = اطلاعات و زندگی در مرکز
info-tile-library = اطلاعات
info-tile-news = اخبار
info-tile-centre = مرکز من
info-tile-activities = فعالیت‌ها
info-tile-vacancies = کار و کار داوطلبانه
info-tile-search = جستجو
info-tile-favourites = علاقه‌مندی‌ها
info-news-unread = { $count ->
    [one] { $count } خبر خوانده‌نشده
   *[other] { $count } خبر خوانده‌نشده
}
info-updated = اطلاعات به‌روز شد: { $time }
info-offline-saved = شما آفلاین هستید. این اطلاعاتی است که در { $time } ذخیره شده است.
info-loading = در حال بارگیری اطلاعات…
info-pending-favourite = یک مورد علاقه ذخیره یا حذف شد
info-pending-news-seen = اخبار خوانده‌شده علامت خورد
info-library-lead = پاسخ به پرسش‌های رایج، بررسی‌شده توسط کارکنان. یک موضوع انتخاب کنید.
info-category-asylum-procedure = روند پناهندگی
info-category-rights-obligations = حقوق و وظایف
info-category-health-care = مراقبت‌های بهداشتی
info-category-safety = امنیت
info-category-daily-life = زندگی روزمره
info-category-learning-work = یادگیری و کار
info-library-empty = هنوز چیزی دربارهٔ این موضوع نیست.
info-back-library = بازگشت به اطلاعات
info-not-found-title = پیدا نشد
info-not-found = این اطلاعات پیدا نشد. شاید حذف شده باشد، یا هنوز روی این گوشی نیست.
info-fallback = این متن هنوز به زبان شما موجود نیست. به این زبان نشان داده می‌شود: { $language }.
info-outdated = متن اصلی پس از این ترجمه تغییر کرده است. اگر چیزی روشن نیست از کارکنان بپرسید.
info-published = منتشرشده در { $date }
info-favourite-add = ذخیره در علاقه‌مندی‌ها
info-favourite-remove = حذف از علاقه‌مندی‌ها
info-favourite-gone = این مورد علاقه دیگر موجود نیست.
info-news-lead = اخبار مرکز شما و سازمان، جدیدترین‌ها اول.
info-news-empty = در حال حاضر خبری نیست.
info-news-new = جدید
info-vacancies-lead = کار با دستمزد و کار داوطلبانه. شرایط را بخوانید؛ کارکنان می‌توانند بیشتر توضیح دهند.
info-vacancies-empty = در حال حاضر فرصت شغلی وجود ندارد.
info-vacancy-paid = کار با دستمزد
info-vacancy-volunteer = کار داوطلبانه
info-vacancy-contact = تماس
info-vacancy-link = وب‌سایت
info-search-label = دنبال چه می‌گردید؟
info-search-hint = در همهٔ اطلاعات، اخبار و فرصت‌های شغلی جستجو می‌کند. بدون اینترنت هم کار می‌کند.
info-search-none = چیزی پیدا نشد. کلمات کمتر یا دیگری را امتحان کنید.
info-search-results = { $count ->
    [one] { $count } نتیجه
   *[other] { $count } نتیجه
}
info-kind-article = اطلاعات
info-kind-news = خبر
info-kind-vacancy = فرصت شغلی
info-favourites-lead = آنچه با ستاره ذخیره کرده‌اید.
info-favourites-empty = هنوز علاقه‌مندی ندارید. روی «ذخیره در علاقه‌مندی‌ها» در اطلاعات، اخبار یا فرصت شغلی بزنید تا اینجا نگه داشته شود.

## search
search-hint = در همهٔ اطلاعات، اخبار، فرصت‌های شغلی، فعالیت‌ها و خدمات مرکز شما جستجو می‌کند. بدون اینترنت هم کار می‌کند.
search-kind-activity = فعالیت
search-kind-service = خدمت مرکز

## learning resident
learning-tile = یادگیری
learning-title = یادگیری من
learning-lead = درس‌های کوتاه دربارهٔ استفادهٔ امن از گوشی و اینترنت. با سرعت خودتان یاد بگیرید، حتی بدون اینترنت.
learning-loading = درس‌های شما در حال بارگذاری است…
learning-none = هنوز درسی برای شما نیست.
learning-assigned = از طرف مربی شما
learning-optional = درس‌های دیگری که می‌توانید انتخاب کنید
learning-passport-link = گذرنامهٔ یادگیری من
learning-state-label = وضعیت
learning-state-not-started = شروع نشده
learning-state-in-progress = شروع شده
learning-state-completed = قبول شده
learning-level-label = سطح
learning-minutes-label = زمان
learning-minutes = حدود { $minutes } دقیقه
learning-competences-label = مهارت‌ها
learning-questions-progress = پرسش‌ها: { $done } از { $total }
learning-due = تا { $date } تمام کنید
learning-overdue = دیر شده: موعد آن { $date } بود
learning-start = شروع
learning-continue = ادامه
learning-open-certificate = باز کردن گواهی
learning-preview-banner = پیش‌نمایش — هیچ پاسخی ذخیره نمی‌شود.
learning-queued = وقتی آنلاین شوید فرستاده می‌شود.
learning-step-of = گام { $step } از { $total }
learning-nav = گام‌ها
learning-back = بازگشت
learning-next = بعدی
learning-audio = به یک ضبط گوش دهید:
learning-try-it = روی گوشی خودتان امتحان کنید
learning-end-title = نتیجهٔ شما
learning-end-no-questions = این درس پرسشی ندارد.
learning-score = شما به { $correct } پرسش از { $total } پرسش درست پاسخ دادید.
learning-passed = آفرین، قبول شدید!
learning-certificate-code = کد گواهی شما:
learning-verify-link = بررسی این گواهی
learning-certificate-waiting = گواهی شما وقتی آنلاین شوید نمایش داده می‌شود.
learning-preview-no-certificate = در پیش‌نمایش گواهی وجود ندارد.
learning-not-passed = هنوز قبول نشده‌اید. باید { $percent } ٪ پاسخ‌ها درست باشد. می‌توانید دوباره امتحان کنید.
learning-try-again = دوباره امتحان کنید
learning-back-to-list = بازگشت به یادگیری من
learning-true = درست
learning-false = نادرست
learning-pick-all = همهٔ پاسخ‌های درست را علامت بزنید، سپس «بررسی» را بزنید.
learning-check = بررسی
learning-order-hint = گام‌ها را با دکمه‌های پیکان به ترتیب درست بچینید، سپس «بررسی» را بزنید.
learning-move-up = بالا بردن: { $item }
learning-move-down = پایین بردن: { $item }
learning-correct = درست است!
learning-wrong = کاملاً درست نیست.
learning-pending-answer = پاسخ در یک درس
learning-pending-seen = پیشرفت در یک درس
learning-passport-title = گذرنامهٔ یادگیری من
learning-passport-lead = گواهی‌های شما و مهارت‌های دیجیتالی که نشان داده‌اید. وقتی به مرکز دیگری بروید، همراه شما می‌ماند.
learning-passport-none = هنوز گواهی ندارید.
learning-passport-no-competences = هنوز مهارتی نیست. یک درس را قبول شوید تا مهارتی اضافه شود.
learning-passport-certificates = گواهی‌ها
learning-passport-competences = مهارت‌هایی که نشان داده‌ام
learning-issued-on = تاریخ
learning-code-label = کد گواهی
learning-verify-title = بررسی یک گواهی
learning-verify-lead = کد یک گواهی را بنویسید تا ببینید واقعی است یا نه. درس، سطح و تاریخ را می‌بینید، نه چیزی دربارهٔ آن شخص.
learning-verify-code-label = کد گواهی
learning-verify-submit = بررسی
learning-verify-mistyped = این کد درست نیست. کد را بررسی کنید: شاید یک حرف یا عدد اشتباه نوشته شده است.
learning-verify-not-found = هیچ گواهی‌ای با این کد نیست.
learning-verify-valid = این گواهی واقعی است.
## learning: DigComp 2.2
digcomp-area-1 = سواد اطلاعاتی و داده‌ای
digcomp-area-2 = ارتباط و همکاری
digcomp-area-3 = تولید محتوای دیجیتال
digcomp-area-4 = ایمنی
digcomp-area-5 = حل مسئله
digcomp-1-1 = مرور، جستجو و فیلتر کردن داده‌ها، اطلاعات و محتوای دیجیتال
digcomp-1-2 = ارزیابی داده‌ها، اطلاعات و محتوای دیجیتال
digcomp-1-3 = مدیریت داده‌ها، اطلاعات و محتوای دیجیتال
digcomp-2-1 = تعامل از طریق فناوری‌های دیجیتال
digcomp-2-2 = اشتراک‌گذاری از طریق فناوری‌های دیجیتال
digcomp-2-3 = مشارکت شهروندی از طریق فناوری‌های دیجیتال
digcomp-2-4 = همکاری از طریق فناوری‌های دیجیتال
digcomp-2-5 = آداب رفتار در اینترنت
digcomp-2-6 = مدیریت هویت دیجیتال
digcomp-3-1 = توسعه محتوای دیجیتال
digcomp-3-2 = ادغام و بازآفرینی محتوای دیجیتال
digcomp-3-3 = حق نشر و مجوزها
digcomp-3-4 = برنامه‌نویسی
digcomp-4-1 = محافظت از دستگاه‌ها
digcomp-4-2 = محافظت از داده‌های شخصی و حریم خصوصی
digcomp-4-3 = محافظت از سلامت و بهزیستی
digcomp-4-4 = محافظت از محیط زیست
digcomp-5-1 = حل مشکلات فنی
digcomp-5-2 = شناسایی نیازها و راه‌حل‌های فناورانه
digcomp-5-3 = استفاده خلاقانه از فناوری‌های دیجیتال
digcomp-5-4 = شناسایی کمبودها در مهارت‌های دیجیتال
digcomp-level = سطح { $level }
digcomp-level-1 = پایه: با کمک
digcomp-level-2 = پایه: به تنهایی
digcomp-level-3 = متوسط: کارهای ساده به تنهایی
digcomp-level-4 = متوسط: حل مشکلات
