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

## editor: staff content editor
content-title = زانیاری بۆ دانیشتووان
content-new = بابەتی نوێ
content-new-title = بابەتی نوێ
content-edit-title = دەستکاریکردنی بابەت
content-back = هەموو بابەتەکانی زانیاری
content-loading = بابەتەکان بار دەکرێن…
content-loading-item = بابەتەکە بار دەکرێت…
content-all-kinds = هەموو جۆرەکان
content-all-locations = هەموو شوێنەکان
content-caption = وتار و هەواڵ و هەلی کار، نوێترین گۆڕانکاری یەکەم
content-empty = هێشتا هیچ بابەتێک نییە.
content-more = زیاتر پیشان بدە
content-published = بڵاوکراوە
content-last-changed = دوایین گۆڕانکاری
content-created = دروستکراوە
content-version = وەشان
content-yes = بەڵێ
content-no = نەخێر
content-choose = هەڵبژێرە…
content-kind-article = وتار
content-kind-news = هەواڵ
content-kind-vacancy = هەلی کار
content-category-asylum_procedure = پرۆسەی پەنابەری
content-category-rights_obligations = ماف و ئەرکەکان
content-category-health_care = چاودێری تەندروستی
content-category-safety = سەلامەتی
content-category-daily_life = ژیانی ڕۆژانە
content-category-learning_work = فێربوون و کار
content-vacancy-paid = کاری بە موچە
content-vacancy-volunteer = کاری خۆبەخشانە
content-field-kind = جۆر
content-field-category = پۆل
content-field-stage = قۆناغی پرۆسە
content-no-stage = بێ قۆناغ
content-field-vacancy-kind = جۆری کار
content-field-contact = پەیوەندی
content-field-link = بەستەر
content-link-hint = ناونیشانێکی وێب کە بە https:// دەست پێ دەکات
content-field-source-language = زمانی دەقی ڕەسەن
content-field-title = سەردێڕ
content-field-summary = پوختە
content-summary-hint = یەک یان دوو ڕستە کە لە لیستەکاندا پیشان دەدرێن (لانیزۆر ٣٠٠ پیت).
content-field-body = دەق
content-field-status = دۆخ
content-markup-help = شێوازی سادە:
content-markup-heading = لە سەرەتای دێڕدا: سەردێڕێک
content-markup-list = لە سەرەتای دێڕدا: خاڵێکی لیست
content-markup-bold = دەقی ئەستوور
content-markup-link = بەستەرێک
content-preview = پێشبینین
content-save = پاشەکەوتکردن
content-saving = پاشەکەوت دەکرێت…
content-saved = پاشەکەوت کرا.
content-publish = بڵاوکردنەوە
content-unpublish = هەڵوەشاندنەوەی بڵاوکردنەوە
content-published-done = بڵاوکرایەوە: دانیشتووان ئێستا دەتوانن بیخوێننەوە.
content-unpublished-done = بڵاوکردنەوە هەڵوەشایەوە: دانیشتووان چیتر نایبینن.
content-conflict = کەسێکی تر ئەم بابەتەی گۆڕی لە کاتێکدا تۆ دەستکاریت دەکرد. دەقەکەت هێشتا لە فۆرمەکەدایە و پاشەکەوت نەکراوە.
content-load-theirs = وەشانەکەی ئەوان پیشان بدە
content-their-version = وەشانەکەی ئەوان
content-their-version-help = ئەمە وەشانی پاشەکەوتکراوە. ئەگەر ئێستا پاشەکەوت بکەیت، دەقەکەت جێگەی دەگرێتەوە؛ دەتوانیت دەقەکەی ئەوانیش بگوازیتەوە بۆ فۆرمەکە.
content-use-theirs = دەقەکەی ئەوان بەکاربهێنە
content-history = مێژوو
content-status-draft = ڕەشنووس
content-status-review = ئامادە بۆ پێداچوونەوە
content-status-published = بڵاوکراوە
content-coverage-title = تێڕوانینی گشتی وەرگێڕانەکان
content-coverage-lead = هەر بابەتێک بەرامبەر هەر زمانێک: چی نییە، چی چاوەڕێیە یان کۆن بووە.
content-coverage-caption = دۆخی وەرگێڕان بۆ هەر بابەت و زمانێک
content-coverage-more = تەنها یەکەم ١٠٠٠ بابەت پیشان دەدرێن.
content-coverage-missing = نییە
content-coverage-draft = ڕەشنووس
content-coverage-review = پێداچوونەوە
content-coverage-published = بڵاوکراوە
content-coverage-outdated = کۆن
content-translation-title = وەرگێڕان
content-translation-language = وەرگێڕان بۆ
content-translation-source = ڕەسەن
content-translation-your = وەرگێڕان
content-translation-save = وەرگێڕان پاشەکەوت بکە
content-translation-saved = وەرگێڕان پاشەکەوت کرا.
content-outdated-note = کۆن: دەقی ڕەسەن دوای ئەم وەرگێڕانە گۆڕاوە.
content-stage-application = داواکاری
content-stage-central_reception = پێشوازیی ناوەندی
content-stage-rest_and_preparation = پشوو و ئامادەکاری
content-stage-general_procedure = پرۆسەی گشتیی پەنابەری
content-stage-extended_procedure = پرۆسەی درێژکراوە
content-stage-permit_granted = مۆڵەت درا
content-stage-appeal = تانەدان
content-stage-departure = ڕۆیشتن
content-procedure-title = پرۆسەی پەنابەری
content-procedure-current = قۆناغی ئێستا
content-procedure-unset = هێشتا دیاری نەکراوە
content-procedure-next = دواتر چی دەکرێت بێت
content-procedure-set-at = دیاریکرا لە
content-procedure-field = قۆناغ
content-procedure-submit = قۆناغ پاشەکەوت بکە
content-procedure-saved = قۆناغ پاشەکەوت کرا.
content-procedure-choose = قۆناغی ئێستای دانیشتووەکە هەڵبژێرە.
error-html_not_allowed = HTML ڕێگەپێدراو نییە؛ شێوازی سادە بەکاربهێنە (## سەردێڕ، - لیست، **ئەستوور**، [بەستەر](https://…)).
error-link_not_allowed = بەستەرەکان دەبێت بە https:// یان mailto: یان tel: یان / دەست پێ بکەن.
error-heading_level = سەردێڕەکان بە ## یان ### دەست پێ بکە؛ ناونیشانی بابەت سەردێڕی سەرەکیی پەڕەکەیە.
## content
audit-event-procedure_stage_set = قۆناغی پرۆسەی پەنابەری دیاری کرا
