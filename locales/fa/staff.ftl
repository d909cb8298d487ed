# Wegwijs، متن‌های کارکنان: فارسی.

## Common
cancel = لغو
save = ذخیره
saving = در حال ذخیره…
edit = ویرایش
confirm = تأیید
continue = ادامه
checking = در حال بررسی…
field-status = وضعیت
field-type = نوع
field-municipality = شهرداری
field-places = ظرفیت
field-change = تغییر
field-role = نقش
field-email = نشانی ایمیل
field-password = گذرواژه
show-password = نمایش گذرواژه
date-from = از
date-until = تا
choose-location = یک محل انتخاب کنید
staff-loading-locations = در حال بارگیری محل‌ها…
role-resident = ساکن
role-trainer = مربی
role-staff = کارمند
role-admin = مدیر
status-card-pending = کارت صادر شده، هنوز فعال نشده
status-active = فعال
status-disabled = غیرفعال

## Staff overview
staff-overview-title = نمای کلی کارکنان
staff-register-new = ثبت ساکن جدید
capacity-caption = محل‌های پذیرش { $agency }
capacity-total = جمع
system-status = وضعیت سامانه
checking-system = در حال بررسی سامانه…
health-ok = به‌طور عادی کار می‌کند
health-degraded = محدود: پایگاه داده آماده نیست
health-schema = طرح پایگاه داده
health-none = هیچ
health-api-version = نسخهٔ API

## Residents
residents-title = ساکنان
residents-all-locations = همهٔ محل‌های من
loading-residents = در حال بارگیری ساکنان…
residents-empty = هنوز هیچ ساکنی اینجا ثبت نشده است.
residents-caption = ساکنان ({ $count })

## New resident
new-resident-title = ساکن جدید
new-resident-registered = ثبت شد. این کارت را به ساکن بدهید.
new-resident-open = باز کردن این ساکن
new-resident-another = ثبت ساکن دیگر
field-preferred-name = نام دلخواه
field-preferred-name-hint = نامی که ساکن می‌خواهد با آن صدایش کنند.
field-v-number = شمارهٔ ساکن (شمارهٔ V)
field-v-number-hint = ۱۰ رقم.
choose-language = یک زبان انتخاب کنید
field-birth-optional = تاریخ تولد (اختیاری)
field-birth-hint = فقط اگر ساکن اطلاعات متناسب با سن خود را می‌خواهد.
new-resident-submit = ثبت و ساخت کارت
new-resident-busy = در حال ثبت…

## One resident
all-residents = همهٔ ساکنان
loading-resident = در حال بارگیری اطلاعات ساکن…
moves-now = اکنون
field-date-of-birth = تاریخ تولد
not-recorded = ثبت نشده
moves-caption = محل‌هایی که این ساکن در آن‌ها زندگی کرده است
card-issue = صدور کارت فعال‌سازی جدید
card-confirm-text = کد قبلی دیگر کار نمی‌کند و ساکن از همهٔ دستگاه‌ها خارج می‌شود. او با کارت جدید یک PIN تازه انتخاب می‌کند. ادامه می‌دهید؟
card-confirm = بله، کارت جدید صادر شود
move-title = انتقال به محل دیگر
move-done = منتقل شد.
move-new-location = محل جدید
move-submit = انتقال
move-busy = در حال انتقال…

## Activation card
card-code-label = کد فعال‌سازی
card-qr-label = کد QR که Wegwijs را با این کد پرشده باز می‌کند
card-print = چاپ کارت

## Trainer area
trainer-title = بخش مربیان
trainer-lead = ماژول‌های مهارت‌های دیجیتال بر چارچوب اروپایی DigComp 2.2 منطبق شده‌اند. این پنج حوزهٔ شایستگی آن است.

## Staff sign-in
staff-sign-in-title = ورود کارکنان و مربیان
field-totp-code = کد برنامهٔ احراز هویت شما
field-totp-code-hint = ۶ رقم، یا یکی از کدهای بازیابی شما.
staff-resident-question = ساکن هستید؟
staff-resident-link = با شمارهٔ ساکن خود وارد شوید

## Accepting an invitation
invite-title = دعوت‌نامه
invite-incomplete = این پیوند کامل نیست. پیوند کامل دعوت‌نامه را باز کنید یا از یک مدیر پیوند تازه بخواهید.
invite-setup-title = راه‌اندازی حساب شما
invite-step-password = مرحلهٔ ۱ از ۳: یک گذرواژه انتخاب کنید
field-password-hint = دست‌کم ۸ نویسه؛ یک جمله گزینهٔ خوبی است.
field-password-repeat = گذرواژه را دوباره بنویسید
error-passwords_differ = دو گذرواژه یکسان نیستند.
invite-step-app = مرحلهٔ ۲ از ۳: یک برنامهٔ احراز هویت وصل کنید
invite-scan = این کد QR را با یک برنامهٔ احراز هویت روی تلفن خود اسکن کنید (برای نمونه برنامه‌ای که سازمانتان به کار می‌برد). حساب:
invite-qr-label = کد QR برای برنامهٔ احراز هویت شما
invite-cannot-scan = نمی‌توانید اسکن کنید؟ به‌جای آن این کلید را در برنامه وارد کنید:
field-app-code = کد ۶ رقمی که برنامه نشان می‌دهد
invite-step-codes = مرحلهٔ ۳ از ۳: کدهای بازیابی را نگه دارید
invite-codes-text = اگر تلفن خود را گم کنید، با هر یک از این کدها می‌توانید یک بار به‌جای کد برنامه وارد شوید. آن‌ها را چاپ کنید یا بنویسید و در جای امنی نگه دارید. فقط همین حالا نمایش داده می‌شوند.
invite-codes-stored = آن‌ها را نگه داشتم

## Admin: accounts
admin-accounts = حساب‌ها
admin-locations = محل‌ها
admin-audit = گزارش حسابرسی
loading-accounts = در حال بارگیری حساب‌ها…
accounts-caption = کارکنان، مربیان و مدیران
field-email-short = ایمیل
account-status-pending = دعوت شده، هنوز راه‌اندازی نشده
account-edit-title = تغییر { $name }
account-disabled = غیرفعال (این شخص را از همه‌جا خارج می‌کند و مانع ورودش می‌شود)
invite-someone = دعوت از یک نفر
invite-locations = محل‌ها (کارکنان و مربیان دست‌کم به یک محل نیاز دارند)
invite-create = ساخت دعوت‌نامه
invite-creating = در حال ساخت…
invite-created = دعوت‌نامه برای { $name } ساخته شد. این پیوند را برایش بفرستید؛ یک بار و تا { $until } کار می‌کند. فقط همین حالا نمایش داده می‌شود.
invite-link = پیوند دعوت‌نامه
invite-copy = رونوشت از پیوند
invite-copied = رونوشت شد.
invite-copy-failed = رونوشت ممکن نشد. پیوند را انتخاب کنید و خودتان رونوشت بگیرید.

## Admin: locations
locations-caption = محل‌های { $agency }
field-timezone = منطقهٔ زمانی
field-timezone-hint = برای نمونه Europe/Amsterdam.
error-not_a_number = تعداد جاها را با رقم بنویسید، برای نمونه 400.
location-change-title = تغییر محل
location-add-title = افزودن محل
location-add = افزودن محل

## Admin: audit log
audit-actor-id = شناسهٔ انجام‌دهنده
audit-resident-id = شناسهٔ ساکن
audit-event = رویداد
audit-all-events = همهٔ رویدادها
audit-show = نمایش
loading-audit = در حال بارگیری گزارش حسابرسی…
audit-none = هیچ موردی مطابقت ندارد.
audit-caption = موارد، جدیدترین در ابتدا
audit-time = زمان
audit-actor = انجام‌دهنده
audit-resident = ساکن
audit-subject = موضوع
audit-details = جزئیات
audit-request-id = شناسهٔ درخواست
audit-newest = جدیدترین موارد
audit-older = موارد قدیمی‌تر
audit-event-sign_in = ورود
audit-event-sign_in_failed = ورود ناموفق
audit-event-locked_out = قفل شد
audit-event-sign_out = خروج
audit-event-session_revoked = لغو نشست
audit-event-activated = فعال شد
audit-event-permission_denied = دسترسی رد شد
audit-event-resident_read = مشاهدهٔ ساکن
audit-event-resident_listed = مشاهدهٔ فهرست ساکنان
audit-event-resident_created = ثبت ساکن
audit-event-activation_card_issued = صدور کارت فعال‌سازی
audit-event-resident_moved = انتقال ساکن
audit-event-account_invited = دعوت حساب
audit-event-account_enrolled = راه‌اندازی حساب
audit-event-account_updated = به‌روزرسانی حساب
audit-event-location_changed = تغییر محل

## content
audit-event-procedure_stage_set = تعیین مرحلهٔ روند پناهندگی
## centre
centre-edit-title = اطلاعات مرکز
centre-edit-lead = آنچه ساکنان در «مرکز من» می‌بینند: نشانی، شماره‌های تلفن، خدمات و ساعات کاری. زمان‌ها به وقت محلی مرکز است.
centre-edit-no-location = شما به هیچ مرکزی اختصاص داده نشده‌اید.
centre-edit-contacts = نشانی و اطلاعات تماس
centre-edit-services = خدمات
centre-edit-new-service = افزودن خدمت
centre-edit-kind = نوع خدمت
centre-edit-name = نام (اختیاری)
centre-edit-note = توضیح برای ساکنان
centre-edit-hours = ساعات کاری هفتگی
centre-edit-hours-hint = برای هر بازه‌ای که خدمت باز است یک ردیف اضافه کنید. یک بازه نمی‌تواند از نیمه‌شب بگذرد؛ 00:00 به‌عنوان زمان بسته شدن یعنی نیمه‌شب.
centre-edit-opens = باز می‌شود
centre-edit-closes = بسته می‌شود
centre-edit-add-range = افزودن ساعات کاری در { $day }
centre-edit-remove-range = حذف این ساعات
centre-edit-exceptions = روزهای ویژه
centre-edit-exceptions-hint = تعطیلات رسمی و روزهای دیگر با ساعات متفاوت. بدون ساعات، خدمت تمام روز بسته است.
centre-edit-date = تاریخ
centre-edit-reason = دلیل (ساکنان آن را می‌بینند)
centre-edit-special-hours = ساعات این روز
centre-edit-add-exception = افزودن روز ویژه
centre-edit-remove-exception = حذف این روز ویژه
centre-edit-save = ذخیره
centre-edit-saving = در حال ذخیره…
centre-edit-saved = ذخیره شد. ساکنان تغییر را دفعهٔ بعد که صفحه را باز کنند می‌بینند.
centre-edit-remove-service = حذف خدمت
centre-edit-conflict = شخص دیگری هنگام ویرایش شما این را تغییر داد. چیزی ذخیره نشد و آنچه نوشته‌اید هنوز اینجاست. دوباره بارگیری کنید تا تغییر او را ببینید، سپس تغییر خود را دوباره انجام دهید.
centre-edit-reload = بارگیری دوباره
centre-error-invalid_time = یک زمان وارد کنید، مثلاً 09:00.
centre-error-closes_before_opens = زمان بسته شدن باید بعد از زمان باز شدن باشد.
centre-error-overlapping_ranges = این ساعات با ساعات دیگری در همان روز هم‌پوشانی دارد.
centre-error-out_of_range = این زمان بین 00:00 و 24:00 نیست.
centre-error-duplicate_date = این تاریخ از قبل روز ویژه است.
centre-error-invalid_date = یک تاریخ وارد کنید.
centre-error-invalid_phone = یک شماره تلفن با رقم وارد کنید، مثلاً +31 6 0000 0000.
centre-error-invalid_email = یک نشانی ایمیل مانند desk@example.org وارد کنید.
centre-error-too_many_ranges = بازه‌های زیادی در یک روز (حداکثر ۶).
centre-error-too_many_exceptions = روزهای ویژهٔ زیادی: روزهای گذشته را حذف کنید.
centre-error-required = پر کردن این فیلد لازم است.
centre-error-too_long = این متن خیلی طولانی است.
centre-error-stale_version = شخص دیگری زودتر این را تغییر داد.
## activities (issue 5)
activities-staff-title = فعالیت‌ها
activities-new = فعالیت جدید
activities-coming = دو هفتهٔ آینده
activities-all = همهٔ فعالیت‌ها
activities-staff-loading = در حال بارگیری فعالیت‌ها…
activities-staff-none = فعالیتی نیست.
activities-coming-caption = نوبت‌های فعالیت در { $days } روز آینده
activities-when = کی
activities-what = فعالیت
activities-confirmed = جاهای پرشده
activities-waiting = در انتظار
activities-participants = شرکت‌کنندگان
activities-cancelled-badge = لغو شده
activities-show-participants = نمایش نام‌ها
activities-participants-of = شرکت‌کنندگان در { $date }
activities-confirmed-count = تأییدشده: { $count } از { $capacity }
activities-waiting-count = فهرست انتظار: { $count }
activities-nobody = هنوز کسی نیست.
activities-every-week = هر { $weekday }، { $time }، { $minutes } دقیقه
activities-once-on = یک بار، { $date }، { $time }، { $minutes } دقیقه
activities-capacity = تعداد جاها
activities-conflict = شخص دیگری این فعالیت را پس از باز کردن شما ذخیره کرده است. تغییرات شما هنوز ذخیره نشده: اول تغییرات او را ببینید.
activities-edit = ویرایش
activities-restore = بازگرداندن
activities-cancel-activity = لغو فعالیت
activities-edit-title = ویرایش فعالیت
activities-new-title = فعالیت جدید
activities-load-theirs = بارگیری نسخهٔ آن‌ها (تغییرات شما حذف می‌شود)
activities-recurrence = چند وقت یک بار
activities-weekly = هر هفته
activities-once = یک بار
activities-start-date = تاریخ (برای فعالیت هفتگی: نخستین تاریخ ممکن)
activities-weekday = روز هفته
activities-end-date = آخرین تاریخ (اختیاری)
activities-end-date-hint = اگر فعالیت ادامه دارد خالی بگذارید.
activities-start-time = ساعت شروع
activities-duration = مدت به دقیقه
activities-source-language = نخست نوشته‌شده به زبان
activities-add-translation = افزودن ترجمه
activities-save = ذخیره
activities-saving = در حال ذخیره…
activities-back = بازگشت به فهرست
activities-text-number = متن { $number }
activities-text-language = زبان این متن
activities-title-field = عنوان
activities-description = توضیحات (اختیاری)
activities-remove-translation = حذف این متن
error-activities_weekday_required = فعالیت هفتگی به یک روز هفته نیاز دارد.
error-activities_weekday_invalid = روزی از دوشنبه تا یکشنبه انتخاب کنید.
error-activities_end_for_once = فعالیت یک‌باره تاریخ پایانی ندارد: «هر هفته» را انتخاب کنید یا آن را خالی بگذارید.
error-activities_end_before_start = آخرین تاریخ پیش از نخستین تاریخ است.
error-activities_invalid_time = زمان را به شکل HH:MM بنویسید، مثلاً 14:30.
error-activities_duration_range = مدت از ۵ دقیقه تا ۱۲ ساعت است.
error-activities_past_midnight = فعالیت باید تا نیمه‌شب تمام شود.
error-activities_capacity_range = تعداد جاها از ۱ تا ۱۰۰۰ است.
error-activities_duplicate_language = این زبان دو متن دارد؛ یکی را نگه دارید.
error-activities_source_text_required = عنوان را به زبانی بنویسید که فعالیت نخست به آن نوشته شده است.
error-activities_stale = شخص دیگری این فعالیت را پس از باز کردن شما تغییر داده است.
error-activities_location_fixed = فعالیت در مکان خود می‌ماند؛ در مکان دیگر فعالیت تازه‌ای بسازید.
error-activities_duration_not_number = مدت را به دقیقه و با رقم بنویسید، مثلاً 90.
audit-event-activity_participants_read = شرکت‌کنندگان یک فعالیت دیده شدند
