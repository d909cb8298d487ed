# Wegwijs، دەقی کارمەندان: کوردیی ناوەندی (سۆرانی).

## Common
cancel = هەڵوەشاندنەوە
save = پاشەکەوتکردن
saving = پاشەکەوت دەکرێت…
edit = دەستکاریکردن
confirm = پشتڕاستکردنەوە
continue = بەردەوامبوون
checking = پشکنین دەکرێت…
field-status = دۆخ
field-type = جۆر
field-municipality = شارەوانی
field-places = شوێنەکان
field-change = گۆڕین
field-role = ڕۆڵ
field-email = ناونیشانی ئیمەیڵ
field-password = وشەی نهێنی
show-password = وشەی نهێنی پیشان بدە
date-from = لە
date-until = تا
choose-location = شوێنێک هەڵبژێرە
staff-loading-locations = شوێنەکان بار دەکرێن…
role-resident = نیشتەجێ
role-trainer = ڕاهێنەر
role-staff = کارمەند
role-admin = بەڕێوەبەر
status-card-pending = کارت دراوە، هێشتا چالاک نەکراوە
status-active = چالاک
status-disabled = ناچالاککراو

## Staff overview
staff-overview-title = تێڕوانینی گشتیی کارمەندان
staff-register-new = تۆمارکردنی نیشتەجێیەکی نوێ
capacity-caption = شوێنەکانی وەرگرتنی { $agency }
capacity-total = کۆی گشتی
system-status = دۆخی سیستەم
checking-system = سیستەم دەپشکنرێت…
health-ok = بە ئاسایی کار دەکات
health-degraded = سنووردار: بنکەی دراوە ئامادە نییە
health-schema = پێکهاتەی بنکەی دراوە
health-none = هیچ
health-api-version = وەشانی API

## Residents
residents-title = نیشتەجێیان
residents-all-locations = هەموو شوێنەکانم
loading-residents = نیشتەجێیان بار دەکرێن…
residents-empty = هێشتا هیچ نیشتەجێیەک لێرە تۆمار نەکراوە.
residents-caption = نیشتەجێیان ({ $count })

## New resident
new-resident-title = نیشتەجێی نوێ
new-resident-registered = تۆمار کرا. ئەم کارتە بدە بە نیشتەجێکە.
new-resident-open = کردنەوەی ئەم نیشتەجێیە
new-resident-another = تۆمارکردنی نیشتەجێیەکی تر
field-preferred-name = ناوی دڵخواز
field-preferred-name-hint = ئەو ناوەی نیشتەجێکە دەیەوێت پێی بانگ بکرێت.
field-v-number = ژمارەی نیشتەجێ (ژمارەی V)
field-v-number-hint = ١٠ ژمارە.
choose-language = زمانێک هەڵبژێرە
field-birth-optional = ڕێکەوتی لەدایکبوون (ئارەزوومەندانە)
field-birth-hint = تەنها ئەگەر نیشتەجێکە زانیاریی گونجاو بۆ تەمەنی خۆی بوێت.
new-resident-submit = تۆمارکردن و دروستکردنی کارت
new-resident-busy = تۆمار دەکرێت…

## One resident
all-residents = هەموو نیشتەجێیان
loading-resident = زانیاریی نیشتەجێ بار دەکرێت…
moves-now = ئێستا
field-date-of-birth = ڕێکەوتی لەدایکبوون
not-recorded = تۆمار نەکراوە
moves-caption = ئەو شوێنانەی ئەم نیشتەجێیە تێیدا ژیاوە
card-issue = دانی کارتی چالاککردنی نوێ
card-confirm-text = کۆدە کۆنەکە کار ناکات و نیشتەجێکە لە هەموو ئامێرەکان دەچێتە دەرەوە. بە کارتە نوێیەکە PINێکی نوێ هەڵدەبژێرێت. بەردەوام دەبیت؟
card-confirm = بەڵێ، کارتێکی نوێ بدە
move-title = گواستنەوە بۆ شوێنێکی تر
move-done = گوازرایەوە.
move-new-location = شوێنی نوێ
move-submit = گواستنەوە
move-busy = دەگوازرێتەوە…

## Activation card
card-code-label = کۆدی چالاککردن
card-qr-label = کۆدی QR کە Wegwijs دەکاتەوە و ئەم کۆدەی تێدا پڕکراوەتەوە
card-print = چاپکردنی کارتەکە

## Trainer area
trainer-title = بەشی ڕاهێنەران
trainer-lead = مۆدیولەکانی لێهاتوویی دیجیتاڵ بە چوارچێوەی ئەورووپیی DigComp 2.2 بەستراونەتەوە. ئەمانە پێنج بواری توانستەکەین.

## Staff sign-in
staff-sign-in-title = چوونەژوورەوە بۆ کارمەندان و ڕاهێنەران
field-totp-code = کۆد لە بەرنامەی ناسینەوەکەت
field-totp-code-hint = ٦ ژمارە، یان یەکێک لە کۆدەکانی گەڕاندنەوەت.
staff-resident-question = ئایا تۆ نیشتەجێیت؟
staff-resident-link = بە ژمارەی نیشتەجێی خۆت بچۆ ژوورەوە

## Accepting an invitation
invite-title = بانگهێشتنامە
invite-incomplete = ئەم بەستەرە تەواو نییە. بەستەرە تەواوەکەی بانگهێشتنامەکەت بکەرەوە، یان داوای بەستەرێکی نوێ لە بەڕێوەبەرێک بکە.
invite-setup-title = ئامادەکردنی هەژمارەکەت
invite-step-password = هەنگاوی ١ لە ٣: وشەیەکی نهێنی هەڵبژێرە
field-password-hint = لانیکەم ٨ پیت؛ ڕستەیەک باشە.
field-password-repeat = وشەی نهێنی دووبارە بنووسەوە
error-passwords_differ = دوو وشە نهێنییەکە وەک یەک نین.
invite-step-app = هەنگاوی ٢ لە ٣: بەرنامەیەکی ناسینەوە ببەستەوە
invite-scan = ئەم کۆدی QRـە بە بەرنامەیەکی ناسینەوە لەسەر مۆبایلەکەت سکان بکە (بۆ نموونە ئەوەی ڕێکخراوەکەت بەکاری دەهێنێت). هەژمار:
invite-qr-label = کۆدی QR بۆ بەرنامەی ناسینەوەکەت
invite-cannot-scan = ناتوانیت سکان بکەیت؟ لە جیاتی ئەوە ئەم کلیلە لە بەرنامەکەدا بنووسە:
field-app-code = ئەو کۆدە ٦ ژمارەییەی بەرنامەکە پیشانی دەدات
invite-step-codes = هەنگاوی ٣ لە ٣: کۆدەکانی گەڕاندنەوە هەڵبگرە
invite-codes-text = ئەگەر مۆبایلەکەت ون بوو، هەر یەکێک لەم کۆدانە ڕێگەت پێ دەدات جارێک لە جیاتی کۆدی بەرنامەکە بچیتە ژوورەوە. چاپیان بکە یان بیاننووسە و لە شوێنێکی پارێزراو هەڵیانبگرە. تەنها ئێستا پیشان دەدرێن.
invite-codes-stored = هەڵمگرتن

## Admin: accounts
admin-accounts = هەژمارەکان
admin-locations = شوێنەکان
admin-audit = تۆماری وردبینی
loading-accounts = هەژمارەکان بار دەکرێن…
accounts-caption = کارمەندان، ڕاهێنەران و بەڕێوەبەران
field-email-short = ئیمەیڵ
account-status-pending = بانگهێشت کراوە، هێشتا ئامادە نەکراوە
account-edit-title = گۆڕینی { $name }
account-disabled = ناچالاککراو (ئەم کەسە لە هەموو شوێنێک دەباتە دەرەوە و ڕێگەی چوونەژوورەوەی لێ دەگرێت)
invite-someone = بانگهێشتکردنی کەسێک
invite-locations = شوێنەکان (کارمەندان و ڕاهێنەران لانیکەم یەکێکیان پێویستە)
invite-create = دروستکردنی بانگهێشتنامە
invite-creating = دروست دەکرێت…
invite-created = بانگهێشتنامە بۆ { $name } دروست کرا. ئەم بەستەرەی بۆ بنێرە؛ تەنها جارێک و تا { $until } کار دەکات. تەنها ئێستا پیشان دەدرێت.
invite-link = بەستەری بانگهێشتنامە
invite-copy = لەبەرگرتنەوەی بەستەر
invite-copied = لەبەر گیرایەوە.
invite-copy-failed = لەبەرگرتنەوە سەرکەوتوو نەبوو. بەستەرەکە دیاری بکە و بە دەست لەبەری بگرەوە.

## Admin: locations
locations-caption = شوێنەکانی { $agency }
field-timezone = ناوچەی کات
field-timezone-hint = بۆ نموونە Europe/Amsterdam.
error-not_a_number = ژمارەی شوێنەکان بە ژمارە بنووسە، بۆ نموونە 400.
location-change-title = گۆڕینی شوێن
location-add-title = زیادکردنی شوێنێک
location-add = زیادکردنی شوێن

## Admin: audit log
audit-actor-id = ناسنامەی ئەنجامدەر
audit-resident-id = ناسنامەی نیشتەجێ
audit-event = ڕووداو
audit-all-events = هەموو ڕووداوەکان
audit-show = پیشاندان
loading-audit = تۆماری وردبینی بار دەکرێت…
audit-none = هیچ تۆمارێک ناگونجێت.
audit-caption = تۆمارەکان، نوێترین لە پێشەوە
audit-time = کات
audit-actor = ئەنجامدەر
audit-resident = نیشتەجێ
audit-subject = بابەت
audit-details = وردەکاری
audit-request-id = ناسنامەی داواکاری
audit-newest = نوێترین تۆمارەکان
audit-older = تۆمارە کۆنترەکان
audit-event-sign_in = چوونەژوورەوە
audit-event-sign_in_failed = چوونەژوورەوەی سەرنەکەوتوو
audit-event-locked_out = داخرا
audit-event-sign_out = چوونەدەرەوە
audit-event-session_revoked = دانیشتن هەڵوەشێنرایەوە
audit-event-activated = چالاک کرا
audit-event-permission_denied = ڕێگەپێدان ڕەتکرایەوە
audit-event-resident_read = نیشتەجێ بینرا
audit-event-resident_listed = لیستی نیشتەجێیان بینرا
audit-event-resident_created = نیشتەجێ تۆمار کرا
audit-event-activation_card_issued = کارتی چالاککردن درا
audit-event-resident_moved = نیشتەجێ گوازرایەوە
audit-event-account_invited = هەژمار بانگهێشت کرا
audit-event-account_enrolled = هەژمار ئامادە کرا
audit-event-account_updated = هەژمار نوێ کرایەوە
audit-event-location_changed = شوێن گۆڕدرا

## content
audit-event-procedure_stage_set = قۆناغی پرۆسەی پەنابەری دیاری کرا
