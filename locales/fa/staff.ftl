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
