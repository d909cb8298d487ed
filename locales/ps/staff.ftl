# Wegwijs، د کارکوونکو متنونه: پښتو.

## Common
cancel = لغوه کول
save = خوندي کول
saving = خوندي کیږي…
edit = سمول
confirm = تاییدول
continue = دوام ورکول
checking = کتل کیږي…
field-status = حالت
field-type = ډول
field-municipality = ښاروالي
field-places = ځایونه
field-change = بدلون
field-role = رول
field-email = د برېښنالیک پته
field-password = پټنوم
show-password = پټنوم ښکاره کړئ
date-from = له
date-until = تر
choose-location = یو ځای وټاکئ
staff-loading-locations = ځایونه پورته کیږي…
role-resident = اوسیدونکی
role-trainer = روزونکی
role-staff = کارکوونکی
role-admin = مدیر
status-card-pending = کارت ورکړل شوی، لا فعال شوی نه دی
status-active = فعال
status-disabled = غیرفعال

## Staff overview
staff-overview-title = د کارکوونکو عمومي کتنه
staff-register-new = نوی اوسیدونکی ثبت کړئ
capacity-caption = د { $agency } د هرکلي ځایونه
capacity-total = ټول
system-status = د سیستم حالت
checking-system = سیستم کتل کیږي…
health-ok = په عادي ډول کار کوي
health-degraded = محدود: ډېټابېس چمتو نه دی
health-schema = د ډېټابېس جوړښت
health-none = هېڅ
health-api-version = د API نسخه

## Residents
residents-title = اوسیدونکي
residents-all-locations = زما ټول ځایونه
loading-residents = اوسیدونکي پورته کیږي…
residents-empty = دلته لا هېڅ اوسیدونکی نه دی ثبت شوی.
residents-caption = اوسیدونکي ({ $count })

## New resident
new-resident-title = نوی اوسیدونکی
new-resident-registered = ثبت شو. دا کارت اوسیدونکي ته ورکړئ.
new-resident-open = دا اوسیدونکی پرانیزئ
new-resident-another = بل اوسیدونکی ثبت کړئ
field-preferred-name = غوره نوم
field-preferred-name-hint = هغه نوم چې اوسیدونکی غواړي پرې یاد شي.
field-v-number = د اوسیدونکي شمېره (V شمېره)
field-v-number-hint = ۱۰ عددونه.
choose-language = یوه ژبه وټاکئ
field-birth-optional = د زېږېدو نېټه (اختیاري)
field-birth-hint = یوازې هغه وخت چې اوسیدونکی د خپل عمر لپاره معلومات غواړي.
new-resident-submit = ثبت او کارت جوړ کړئ
new-resident-busy = ثبتیږي…

## One resident
all-residents = ټول اوسیدونکي
loading-resident = د اوسیدونکي معلومات پورته کیږي…
moves-now = اوس
field-date-of-birth = د زېږېدو نېټه
not-recorded = نه دی ثبت شوی
moves-caption = هغه ځایونه چې دا اوسیدونکی پکې اوسېدلی
card-issue = نوی د فعالولو کارت ورکړئ
card-confirm-text = زوړ کوډ به کار نه کوي او اوسیدونکی به له ټولو وسیلو څخه ووځي. هغه به د نوي کارت سره نوی PIN وټاکي. دوام ورکوئ؟
card-confirm = هو، نوی کارت ورکړئ
move-title = بل ځای ته لېږدول
move-done = ولېږدول شو.
move-new-location = نوی ځای
move-submit = لېږدول
move-busy = لېږدول کیږي…

## Activation card
card-code-label = د فعالولو کوډ
card-qr-label = QR کوډ چې Wegwijs د دې کوډ سره ډک شوی پرانیزي
card-print = کارت چاپ کړئ

## Trainer area
trainer-title = د روزونکو برخه
trainer-lead = د ډیجیټلي مهارتونو ماډلونه د اروپايي ټولنې له چوکاټ DigComp 2.2 سره تړلي دي. دا یې پنځه د وړتیا برخې دي.

## Staff sign-in
staff-sign-in-title = د کارکوونکو او روزونکو ننوتل
field-totp-code = ستاسو د تصدیق اپ کوډ
field-totp-code-hint = ۶ عددونه، یا ستاسو د بیا ترلاسه کولو یو کوډ.
staff-resident-question = ایا تاسو اوسیدونکی یاست؟
staff-resident-link = د اوسیدونکي په شمېره ننوځئ

## Accepting an invitation
invite-title = بلنه
invite-incomplete = دا لینک بشپړ نه دی. د خپلې بلنې بشپړ لینک پرانیزئ، یا له مدیر څخه نوی وغواړئ.
invite-setup-title = خپل حساب چمتو کړئ
invite-step-password = ۱ ګام له ۳: پټنوم وټاکئ
field-password-hint = لږ تر لږه ۸ توري؛ یوه جمله ښه ده.
field-password-repeat = پټنوم بیا ولیکئ
error-passwords_differ = دواړه پټنومونه یو شان نه دي.
invite-step-app = ۲ ګام له ۳: د تصدیق اپ وصل کړئ
invite-scan = دا QR کوډ په خپل تلیفون کې د تصدیق اپ سره سکین کړئ (د بېلګې په توګه هغه چې ستاسو اداره یې کاروي). حساب:
invite-qr-label = ستاسو د تصدیق اپ لپاره QR کوډ
invite-cannot-scan = سکین نشئ کولی؟ پر ځای یې دا کیلي په اپ کې ولیکئ:
field-app-code = هغه ۶ عددي کوډ چې اپ یې ښيي
invite-step-codes = ۳ ګام له ۳: د بیا ترلاسه کولو کوډونه وساتئ
invite-codes-text = که تلیفون مو ورک شي، له دې کوډونو هر یو تاسو ته اجازه درکوي چې د اپ د کوډ پر ځای یو ځل ننوځئ. چاپ یې کړئ یا یې ولیکئ او په خوندي ځای کې یې وساتئ. یوازې اوس ښودل کیږي.
invite-codes-stored = ما وساتل

## Admin: accounts
admin-accounts = حسابونه
admin-locations = ځایونه
admin-audit = د پلټنې ثبت
loading-accounts = حسابونه پورته کیږي…
accounts-caption = کارکوونکي، روزونکي او مدیران
field-email-short = برېښنالیک
account-status-pending = بلل شوی، لا چمتو شوی نه دی
account-edit-title = { $name } بدل کړئ
account-disabled = غیرفعال (دا کس له هر ځایه باسي او د ننوتلو مخه یې نیسي)
invite-someone = یو څوک راوبلئ
invite-locations = ځایونه (کارکوونکو او روزونکو ته لږ تر لږه یو اړین دی)
invite-create = بلنه جوړه کړئ
invite-creating = جوړیږي…
invite-created = د { $name } لپاره بلنه جوړه شوه. دا لینک ورته ولېږئ؛ یو ځل او تر { $until } پورې کار کوي. یوازې اوس ښودل کیږي.
invite-link = د بلنې لینک
invite-copy = لینک کاپي کړئ
invite-copied = کاپي شو.
invite-copy-failed = کاپي نشو. لینک وټاکئ او په لاس یې کاپي کړئ.

## Admin: locations
locations-caption = د { $agency } ځایونه
field-timezone = د وخت سیمه
field-timezone-hint = د بېلګې په توګه Europe/Amsterdam.
error-not_a_number = د ځایونو شمېر په عددونو ولیکئ، د بېلګې په توګه 400.
location-change-title = ځای بدل کړئ
location-add-title = یو ځای زیات کړئ
location-add = ځای زیات کړئ

## Admin: audit log
audit-actor-id = د ترسره کوونکي پېژند
audit-resident-id = د اوسیدونکي پېژند
audit-event = پېښه
audit-all-events = ټولې پېښې
audit-show = ښکاره کړئ
loading-audit = د پلټنې ثبت پورته کیږي…
audit-none = هېڅ ورته ثبت نشته.
audit-caption = ثبتونه، تر ټولو نوي لومړی
audit-time = وخت
audit-actor = ترسره کوونکی
audit-resident = اوسیدونکی
audit-subject = موضوع
audit-details = جزئیات
audit-request-id = د غوښتنې پېژند
audit-newest = تر ټولو نوي ثبتونه
audit-older = زاړه ثبتونه
audit-event-sign_in = ننوتل
audit-event-sign_in_failed = ناکام ننوتل
audit-event-locked_out = بند شو
audit-event-sign_out = وتل
audit-event-session_revoked = ناسته لغوه شوه
audit-event-activated = فعال شو
audit-event-permission_denied = اجازه رد شوه
audit-event-resident_read = اوسیدونکی وکتل شو
audit-event-resident_listed = د اوسیدونکو لېست وکتل شو
audit-event-resident_created = اوسیدونکی ثبت شو
audit-event-activation_card_issued = د فعالولو کارت ورکړل شو
audit-event-resident_moved = اوسیدونکی ولېږدول شو
audit-event-account_invited = حساب وبلل شو
audit-event-account_enrolled = حساب چمتو شو
audit-event-account_updated = حساب تازه شو
audit-event-location_changed = ځای بدل شو

## content
audit-event-procedure_stage_set = د پناه غوښتنې د پروسې پړاو وټاکل شو
