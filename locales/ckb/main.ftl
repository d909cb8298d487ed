# Wegwijs: کوردیی ناوەندی.

## Language picker
language-title = زمان
language-intro = ئەو زمانە هەڵبژێرە کە Wegwijs پێی لەگەڵت قسە بکات. هەر کاتێک دەتوانیت بیگۆڕیت.
nav-language = زمان

## Account (the language remembered on the account; changes still waiting at sign-out)
pending-what-language = هەڵبژاردنی زمان بۆ هەژمارەکەت
pending-state-held = چاوەڕێیە تا ئەو کەسەی کردوویەتی دووبارە لەسەر ئەم ئامێرە بچێتە ژوورەوە
sign-out-unsent = { $count ->
    [one] گۆڕانکارییەکی تۆ هێشتا نەنێردراوە.
   *[other] { $count } گۆڕانکاریی تۆ هێشتا نەنێردراون.
}
sign-out-unsent-kept = ئەگەر ئێستا بچیتە دەرەوە، لەسەر ئەم ئامێرە دەمێننەوە و کاتێک دووبارە لێرە چوویتە ژوورەوە دەنێردرێن.
sign-out-send-first = ئێستا بیاننێرە
sign-out-anyway = هەر بچۆ دەرەوە

## Page frame
skip-to-content = بچۆ بۆ ناوەڕۆک
nav-main = لیستی سەرەکی
nav-home = سەرەتا
nav-trainers = ڕاهێنەران
nav-staff = کارمەندان
nav-admin = بەڕێوەبردن
nav-sign-in = چوونەژوورەوە
sign-out = چوونەدەرەوە
sign-out-failed = هێشتا لە ژوورەوەیت.
footer-text = Wegwijs: ڕێگای خۆت بدۆزەوە. زانیارییەکانت لای دامەزراوەی پێشوازییەکەت دەمێننەوە.
connection-online = سەرهێڵ
connection-offline = دەرهێڵ: دەتوانیت بەردەوام بیت لە خوێندنەوەی ئەوەی پێشتر بارکراوە.

## Common
loading = بار دەکرێت…
checking-session = پشکنین دەکرێت کێ لە ژوورەوەیە…
go-home = بچۆ بۆ پەڕەی سەرەتا
try-again = دووبارە هەوڵ بدەرەوە
hello = سڵاو
my-sessions = دانیشتنەکانم
field-name = ناو
field-resident-number = ژمارەی نیشتەجێ
field-location = شوێن
field-language = زمان

## Access guard
guard-sign-in-title = تکایە بچۆ ژوورەوە
guard-sign-in-text = بۆ کردنەوەی ئەم پەڕەیە دەبێت بچیتە ژوورەوە.
guard-denied-title = ڕێگەپێنەدراو
guard-denied-text = هەژمارەکەت ناتوانێت ئەم پەڕەیە بکاتەوە. ئەگەر بۆ کارەکەت پێویستتە، لە بەڕێوەبەرێک داوا بکە.

## Not found
not-found-title = ئەم پەڕەیە بوونی نییە
not-found-text = لەوانەیە ناونیشانەکە کۆن بێت یان بە هەڵە نووسرابێت.

## Home
home-welcome = بەخێربێیت بۆ Wegwijs
home-lead = زانیاری دەربارەی پرۆسەکەت و ژیان لە سەنتەرەکەت، کاروباری خۆت، و وانە بۆ فێربوونی کارامەیی دیجیتاڵی.
home-new-card = کارتێکی نوێم هەیە
home-staff-link = کارمەندان و ڕاهێنەران
loading-locations = شوێنەکانی پێشوازی بار دەکرێن…
loading-my-details = زانیارییەکانت بار دەکرێن…
my-details = زانیارییەکانم
go-admin-area = بچۆ بۆ بەشی بەڕێوەبردن
go-trainer-area = بچۆ بۆ بەشی ڕاهێنەران
go-staff-area = بچۆ بۆ بەشی کارمەندان
location-kind-col = پێشوازیی ناوەندی
location-kind-pol = پێشوازیی ماوەی پرۆسە
location-kind-azc = سەنتەری پەنابەران

## Activation card
card-title = کارتی چالاککردن
card-valid-until = کاردەکات تا
card-instructions = Wegwijs لە مۆبایلەکەت بکەرەوە، «کارتێکی نوێم هەیە» هەڵبژێرە، ئەم کۆدە بنووسە یان کۆدی QR سکان بکە. پاشان PINێکی شەش ژمارەیی هەڵبژێرە.

## Errors
error-network = نەمانتوانی بگەینە Wegwijs. پەیوەندیی ئینتەرنێتەکەت بپشکنە و دووبارە هەوڵ بدەرەوە.
error-unexpected = Wegwijs وەڵامێکی نارد کە ئەم وەشانەی بەرنامەکە تێی ناگات. پەڕەکە دووبارە بار بکەرەوە.
error-not-found = ئەوەی داوات کرد نەماندۆزییەوە.
error-validation = هەندێک زانیاری نییە یان ڕاست نییە. تکایە خانەکانی خوارەوە بپشکنە.
error-unavailable = Wegwijs سەرقاڵە یان نوێ دەکرێتەوە. تکایە دوای چەند خولەکێک دووبارە هەوڵ بدەرەوە.
error-generic = هەڵەیەک ڕوویدا. تکایە دووبارە هەوڵ بدەرەوە. ئەگەر بەردەوام بوو، بە کارمەندان بڵێ.
error-reference = ژمارەی ئاماژە بۆ کارمەندان:
error-send-report = ئەم کێشەیە بنێرە بۆ تیمی پشتگیری
error-report-sent = نێردرا. ژمارەی ئاماژەکەت { $id }ـە.
error-report-failed = نەنێردرا: { $why }

## Field errors from the API, by code
error-too_common = ئەم وشەی نهێنییە لە لیستی وشە نهێنییە باوەکاندایە. یەکێکی تر هەڵبژێرە؛ ڕستەیەکی کورت باشە.
error-activation_code_expired = ماوەی ئەم کۆدە تەواو بووە (کارت ١٤ ڕۆژ کاردەکات). داوای کارتێکی نوێ لە کارمەندان بکە.
error-activation_code_used = ئەم کۆدە پێشتر بەکارهاتووە. بە ژمارەی نیشتەجێ و PINەکەت بچۆ ژوورەوە، یان داوای کارتێکی نوێ لە کارمەندان بکە.
error-activation_code_unknown = ئەم کۆدە ناناسرێت. پیت و ژمارەکانی سەر کارتەکەت بپشکنە.
error-activation_code_replaced = ئەم کارتە بە کارتێکی نوێتر گۆڕدراوە. کۆدی نوێترین کارتەکەت بەکاربهێنە.

## Activation (a new card)
activate-lead = کۆدی سەر کارتەکەت بنووسە و PINێکی شەش ژمارەیی هەڵبژێرە. بۆ چوونەژوورەوە ژمارەی نیشتەجێ و ئەم PINە بەکاردەهێنیت.
activate-code = کۆدی سەر کارتەکەت
activate-code-hint = ١٢ پیت و ژمارە، بۆ نموونە ABCD-EFGH-JKMN.
activate-pin = PINێک هەڵبژێرە (٦ ژمارە)
activate-pin-hint = هەموو ژمارەکان وەک یەک نەبن و بە زنجیرە نەبن وەک 123456.
activate-pin-repeat = PINەکە دووبارە بنووسەوە
activate-submit = چالاک بکە
activate-busy = چالاک دەکرێت…
activate-already = پێشتر چالاکت کردووە؟
show-pin = PIN پیشان بدە
field-pin = PIN
error-pins_differ = دوو PINەکە وەک یەک نین. هەمان شەش ژمارە دوو جار بنووسە.

## Resident sign-in
sign-in-number-hint = ئەو ١٠ ژمارەیەی سەر بەڵگەنامەی W ـەکەت.
sign-in-busy = دەچێتە ژوورەوە…
sign-in-forgot = PINەکەت لەبیر کردووە؟ داوای کارتێکی نوێ لە کارمەندانی شوێنەکەت بکە.

## My sessions
sessions-lead = ئەمانە ئەو مۆبایل و کۆمپیوتەرانەن کە تێیاندا چوویتە ژوورەوە. لەوانەی نایانناسیت بچۆ دەرەوە.
loading-sessions = دانیشتنەکانت بار دەکرێن…
sessions-sign-out-everywhere = لە هەموو شوێنێک بچۆ دەرەوە
sessions-this-device = ئەم ئامێرە
sessions-signed-in = چوونەژوورەوە
sessions-last-used = دوایین بەکارهێنان
sessions-sign-out-here = لەم ئامێرە بچۆ دەرەوە

## App updates and offline
app-name = Wegwijs: ڕێگای خۆت بدۆزەوە
app-description = زانیاری، کاروباری خۆت و وانەی کارامەیی دیجیتاڵی بۆ دانیشتووانی بنکەکانی پێشوازی.
update-ready = وەشانێکی نوێی Wegwijs ئامادەیە.
update-reload = دووبارە بارکردنەوە
offline-page-title = ئەم پەڕەیە هێشتا بەبێ ئینتەرنێت بەردەست نییە
offline-page-text = Wegwijs هێشتا ئەم پەڕەیەی لەسەر ئامێرەکەت پاشەکەوت نەکردووە. جارێک بە ئینتەرنێتەوە بیکەرەوە؛ دوای ئەوە بەبێ ئینتەرنێتیش کار دەکات. هەر کە پەیوەندی گەڕایەوە خۆی دەکرێتەوە.

## Offline changes (the write queue): header indicator and /pending
pending-waiting = { $count ->
    [one] ١ گۆڕانکاری چاوەڕێیە
   *[other] { $count } گۆڕانکاری چاوەڕێن
}
pending-sending = ناردنی { $done } لە { $total }…
pending-rejected = { $count ->
    [one] ١ گۆڕانکاری وەرنەگیرا
   *[other] { $count } گۆڕانکاری وەرنەگیران
}
pending-title = گۆڕانکارییەکان لەسەر ئەم ئامێرە
pending-lead = ئەو گۆڕانکارییانەی بەبێ پەیوەندی دەیکەیت لەسەر ئەم ئامێرە هەڵدەگیرێن و کاتێک پەیوەندی گەڕایەوە بە ڕیز دەنێردرێن. هیچ شتێک فڕێ نادرێت مەگەر خۆت هەڵیبژێریت.
pending-empty = هەموو گۆڕانکارییەکان نێردران.
pending-send-now = ئێستا بینێرە
pending-made-at = دروستکرا
pending-state = دۆخ
pending-state-waiting = چاوەڕێی ناردنە
pending-state-sending = دەنێردرێت…
pending-state-rejected = Wegwijs وەری نەگرت
pending-why = بۆچی وەرنەگیرا
pending-discard = ئەم گۆڕانکارییە فڕێ بدە
pending-what-client-error = ڕاپۆرتی کێشە بۆ تیمی پشتگیری
error-report-queued = لەسەر ئەم ئامێرە پاشەکەوت کرا. کاتێک پەیوەندی گەڕایەوە دەنێردرێت.

## Display settings (text size, contrast) and reading aloud
nav-display = پیشاندان
display-title = قەبارەی دەق و جیاوازی ڕەنگ
display-intro = دەقەکە گەورەتر بکە یان ڕەنگەکان بەهێزتر بکە. هەڵبژاردنەکەت لەسەر ئەم ئامێرە دەهێڵدرێتەوە.
display-text-size = قەبارەی دەق
display-size-normal = ئاسایی
display-size-large = گەورە
display-size-larger = گەورەتر
display-sample = اب
display-contrast = جیاوازی ڕەنگ
display-contrast-normal = ڕەنگی ئاسایی
display-contrast-high = جیاوازیی بەرز
display-not-kept = ئەم ئامێرە ناتوانێت هەڵبژاردنەکەت بهێڵێتەوە. تا Wegwijs دادەخەیت دەمێنێت.
listen = گوێ بگرە
listen-page = گوێ لەم پەڕەیە بگرە
listen-pause = وەستانی کاتی
listen-resume = بەردەوام بە
listen-stop = ڕاگرتن
listen-unavailable = خوێندنەوە بە دەنگی بەرز بەم زمانە لەسەر ئەم ئامێرە بەردەست نییە.
listen-failed = خوێندنەوە بە دەنگی بەرز بەهۆی هەڵەیەکەوە وەستا. دووبارە هەوڵ بدەرەوە.

## centre
centre-title = سەنتەرەکەم
centre-loading = زانیاریی سەنتەرەکەت باردەکرێت…
centre-emergency-title = فریاکەوتن
centre-emergency-text = لە کاتی مەترسیی سەر ژیان پەیوەندی بە { $number } بکە: پۆلیس، ئاگرکوژێنەوە یان ئەمبولانس. پەیوەندیکردن بێبەرامبەرە، تەنانەت بێ باڵانسیش.
centre-call = پەیوەندی بە { $number } بکە
centre-address = ناونیشان
centre-postal-address = ناونیشانی پۆستە
centre-phone = تەلەفۆن
centre-email = ئیمەیڵ
centre-place = لە کوێ
centre-services-title = خزمەتگوزارییەکان و کاتەکانی کارکردن
centre-no-services = هێشتا هیچ خزمەتگوزارییەک زیاد نەکراوە. لە مێزی پێشوازی بپرسە.
centre-status-open-always = ئێستا کراوەیە، شەو و ڕۆژ
centre-status-open-until = ئێستا کراوەیە، تا { $time }
centre-status-open-until-day = ئێستا کراوەیە، تا { $day } { $time }
centre-status-closed-opens = داخراوە، کاتژمێر { $time } دەکرێتەوە
centre-status-closed-opens-tomorrow = داخراوە، سبەینێ کاتژمێر { $time } دەکرێتەوە
centre-status-closed-opens-day = داخراوە، { $day } کاتژمێر { $time } دەکرێتەوە
centre-status-closed-unknown = داخراوە، لە دوو هەفتەی داهاتوودا کاتی کارکردن نییە
centre-status-closed-reason = ئەمڕۆ داخراوە ({ $reason })
centre-next-tomorrow = سبەینێ کاتژمێر { $time } دەکرێتەوە
centre-next-day = { $day } کاتژمێر { $time } دەکرێتەوە
centre-today-hours = ئەمڕۆ: { $hours }
centre-special-today = کاتی تایبەتی ئەمڕۆ: { $reason }
centre-closed = داخراوە
centre-week-hours = کاتەکانی کارکردنی هەموو هەفتە
centre-week-caption = کاتەکانی کارکردن: { $service }
centre-day = ڕۆژ
centre-hours = کاتەکان
centre-exceptions-title = ڕۆژە تایبەتەکان
centre-kind-reception_desk = مێزی پێشوازی
centre-kind-medical_practice = سەنتەری تەندروستی (GZA)
centre-kind-mail = پۆستە
centre-kind-allowance = خەرجی و پارەدانەکان
centre-kind-shop = دوکان و خواردن
centre-kind-laundry = جلشۆرخانە
centre-kind-counselling = ڕاوێژکاری (VluchtelingenWerk)
centre-kind-transport = گواستنەوە
centre-kind-other = ئەوانی تر
## activities
activities-title = چالاکییەکان
activities-lead = ئەوەی لە دوو هەفتەی داهاتوودا لە ناوەندەکەت هەیە. ناو بنووسە، بۆ ئەوەی ڕێکخەران بزانن کە دێیت.
activities-loading = چالاکییەکان بار دەکرێن…
activities-none = لە دوو هەفتەی داهاتوودا هیچ چالاکییەک پلان نەکراوە.
activities-today = ئەمڕۆ، { $date }
activities-time = کات
activities-place = شوێن
activities-language = زمان
activities-places = شوێنەکان
activities-no-language-needed = پێویستی بە زمانی قسەکردن نییە
activities-cancelled = ئەم چالاکییە هەڵوەشێنراوەتەوە.
activities-full = پڕە. لیستی چاوەڕوانی: { $waiting }
activities-places-left = شوێنی بەتاڵ: { $count }
activities-queued-signup = ناونووسینەکەت لەسەر ئەم مۆبایلە پاشەکەوت کرا. کاتێک ئۆنلاین بیت دەنێردرێت.
activities-queued-cancel = هەڵوەشاندنەوەکەت لەسەر ئەم مۆبایلە پاشەکەوت کرا. کاتێک ئۆنلاین بیت دەنێردرێت.
activities-you-have-a-place = تۆ شوێنت هەیە.
activities-you-are-waiting = تۆ لە لیستی چاوەڕوانیدایت (ژمارە { $position }).
activities-started = ئەم چالاکییە دەستی پێکردووە.
activities-cancel = ناونووسینەکەم هەڵبوەشێنەوە
activities-sign-up = ناو بنووسە
activities-join-waiting-list = بچۆ ناو لیستی چاوەڕوانی
activities-pending-signup = ناونووسین بۆ چالاکییەک
activities-pending-cancel = هەڵوەشاندنەوەی ناونووسین بۆ چالاکییەک
error-activities_started = ئەم چالاکییە دەستی پێکردووە، بۆیە ئیتر ناتوانیت ناو بنووسیت یان هەڵیبوەشێنیتەوە.
error-activities_cancelled = ئەم چالاکییە هەڵوەشێنراوەتەوە.
error-activities_no_occurrence = ئەم چالاکییە لەم بەروارەدا نییە.
## Resident information (My procedure, library, news, vacancies, search, favourites)
info-procedure-title = پرۆسەکەم
info-procedure-now = ئێستا لە کوێیت:
info-procedure-unknown = کارمەندان هێشتا تۆماریان نەکردووە کە تۆ لە کام قۆناغی پرۆسەی پەنابەرییت. لە مێزی پێشوازی بپرسە.
info-procedure-next = دواتر چی ڕوو دەدات
info-procedure-no-next = ئەمە کۆتایی پرۆسەی پەنابەرییە.
info-procedure-read = زیاتر دەربارەی ئەم قۆناغە بخوێنەوە
info-stage-application = داواکاری پەنابەری
info-stage-application-about = تۆ داوای پەنابەری لە IND دەکەیت. پۆلیس ناسنامەکەت دەپشکنێت و زانیارییەکانت دەنووسێت.
info-stage-central_reception = پێشوازی ناوەندی
info-stage-central_reception-about = چەند ڕۆژێک لە شوێنی پێشوازی ناوەندی دەمێنیتەوە: چاوپێکەوتنی تۆمارکردن، پشکنینی سیل و یەکەم قسەکردن لەگەڵ پەرستارێک.
info-stage-rest_and_preparation = کاتی پشوو و ئامادەکاری
info-stage-rest_and_preparation-about = نزیکەی هەفتەیەک بۆ پشوودان و خۆئامادەکردن. پارێزەرەکەت دەبینیت و لە ئەنجومەنی پەنابەرانی هۆڵەندا زانیاری وەردەگریت.
info-stage-general_procedure = پرۆسەی گشتیی پەنابەری
info-stage-general_procedure-about = IND لێت دەپرسێت کێیت و بۆچی هەڵاتوویت. پارێزەرەکەت یارمەتیت دەدات. دواتر IND بڕیار دەدات.
info-stage-extended_procedure = پرۆسەی درێژکراوەی پەنابەری
info-stage-extended_procedure-about = IND کاتی زیاتری پێویستە بۆ بڕیاردان. ئەمە لەوانەیە چەند مانگ بخایەنێت. تۆ لە ناوەندێکی پێشوازیدا چاوەڕێ دەکەیت.
info-stage-permit_granted = مۆڵەتی مانەوەت وەرگرت
info-stage-permit_granted-about = دەتوانیت لە هۆڵەندا بمێنیتەوە. لە شارەوانییەک خانوویەکت پێ دەدرێت و دەست بە فێربوونی زمانی هۆڵەندی دەکەیت.
info-stage-appeal = تانەدان
info-stage-appeal-about = IND ڕەتی کردەوە. پارێزەرەکەت دەتوانێت داوا لە دادگا بکات کە دووبارە سەیری بڕیارەکە بکاتەوە.
info-stage-departure = ڕۆیشتن
info-stage-departure-about = وەڵامی کۆتایی نەخێرە. دەبێت هۆڵەندا جێبهێڵیت. دەزگای گەڕانەوە و ڕۆیشتن (DT&V) لەم بارەیەوە قسەت لەگەڵ دەکات.
info-tiles-title = زانیاری و ژیان لە ناوەندەکەدا
info-tile-library = زانیاری
info-tile-news = هەواڵ
info-tile-centre = ناوەندەکەم
info-tile-activities = چالاکییەکان
info-tile-vacancies = کار و کاری خۆبەخشانە
info-tile-search = گەڕان
info-tile-favourites = دڵخوازەکان
info-news-unread = { $count ->
    [one] { $count } هەواڵی نەخوێندراو
   *[other] { $count } هەواڵی نەخوێندراو
}
info-updated = زانیارییەکان نوێ کرانەوە: { $time }
info-offline-saved = تۆ بێ ئینتەرنێتیت. ئەمە ئەو زانیارییەیە کە لە { $time } پاشەکەوت کراوە.
info-loading = زانیاری باردەکرێت…
info-pending-favourite = دڵخوازێک پاشەکەوت یان سڕایەوە
info-pending-news-seen = هەواڵەکان وەک خوێندراو نیشانە کران
info-library-lead = وەڵامی پرسیارە باوەکان، کە کارمەندان پشکنیویانە. بابەتێک هەڵبژێرە.
info-category-asylum-procedure = پرۆسەی پەنابەری
info-category-rights-obligations = ماف و ئەرکەکان
info-category-health-care = چاودێری تەندروستی
info-category-safety = سەلامەتی
info-category-daily-life = ژیانی ڕۆژانە
info-category-learning-work = فێربوون و کار
info-library-empty = هێشتا هیچ شتێک دەربارەی ئەم بابەتە نییە.
info-back-library = گەڕانەوە بۆ زانیاری
info-not-found-title = نەدۆزرایەوە
info-not-found = ئەم زانیارییە نەدۆزرایەوە. لەوانەیە سڕابێتەوە، یان هێشتا لەسەر ئەم مۆبایلە نییە.
info-fallback = ئەم دەقە هێشتا بە زمانەکەی تۆ بەردەست نییە. بەم زمانە پیشان دەدرێت: { $language }.
info-outdated = دەقە ڕەسەنەکە دوای ئەم وەرگێڕانە گۆڕاوە. ئەگەر شتێک ڕوون نییە لە کارمەندان بپرسە.
info-published = بڵاوکراوەتەوە لە { $date }
info-favourite-add = پاشەکەوتکردن لە دڵخوازەکان
info-favourite-remove = لابردن لە دڵخوازەکان
info-favourite-gone = ئەم دڵخوازە ئیتر بەردەست نییە.
info-news-lead = هەواڵی ناوەندەکەت و دامەزراوەکە، نوێترینەکان یەکەم.
info-news-empty = لە ئێستادا هیچ هەواڵێک نییە.
info-news-new = نوێ
info-vacancies-lead = کاری بە مووچە و کاری خۆبەخشانە. مەرجەکان بخوێنەوە؛ کارمەندان دەتوانن زیاترت پێ بڵێن.
info-vacancies-empty = لە ئێستادا هیچ هەلی کارێک نییە.
info-vacancy-paid = کاری بە مووچە
info-vacancy-volunteer = کاری خۆبەخشانە
info-vacancy-contact = پەیوەندی
info-vacancy-link = ماڵپەڕ
info-search-label = بەدوای چیدا دەگەڕێیت؟
info-search-hint = لە هەموو زانیاری و هەواڵ و هەلی کارەکاندا دەگەڕێت. بێ ئینتەرنێتیش کار دەکات.
info-search-none = هیچ نەدۆزرایەوە. وشەی کەمتر یان جیاواز تاقی بکەرەوە.
info-search-results = { $count ->
    [one] { $count } ئەنجام
   *[other] { $count } ئەنجام
}
info-kind-article = زانیاری
info-kind-news = هەواڵ
info-kind-vacancy = هەلی کار
info-favourites-lead = ئەوەی بە ئەستێرەکە پاشەکەوتت کردووە.
info-favourites-empty = هێشتا هیچ دڵخوازێکت نییە. لەسەر زانیاری، هەواڵ یان هەلی کار «پاشەکەوتکردن لە دڵخوازەکان» دابگرە بۆ ئەوەی لێرە بیهێڵیتەوە.

## search
search-hint = لە هەموو زانیاری و هەواڵ و هەلی کار و چالاکی و خزمەتگوزارییەکانی سەنتەرەکەتدا دەگەڕێت. بێ ئینتەرنێتیش کار دەکات.
search-kind-activity = چالاکی
search-kind-service = خزمەتگوزاری سەنتەر

## learning resident
learning-tile = فێربوون
learning-title = فێربوونی من
learning-lead = وانەی کورت دەربارەی بەکارهێنانی سەلامەتی مۆبایل و ئینتەرنێت. بە خێرایی خۆت فێربە، تەنانەت بەبێ ئینتەرنێتیش.
learning-loading = وانەکانت بار دەکرێن…
learning-none = هێشتا هیچ وانەیەک بۆ تۆ نییە.
learning-assigned = ڕاهێنەرەکەت پێی داویت
learning-optional = وانەی زیاتر کە دەتوانیت هەڵیانبژێریت
learning-passport-link = پاسپۆرتی فێربوونی من
learning-state-label = دۆخ
learning-state-not-started = دەستی پێنەکراوە
learning-state-in-progress = دەستی پێکراوە
learning-state-completed = سەرکەوتوو
learning-level-label = ئاست
learning-minutes-label = کات
learning-minutes = نزیکەی { $minutes } خولەک
learning-competences-label = لێهاتووییەکان
learning-questions-progress = پرسیارەکان: { $done } لە { $total }
learning-due = تا { $date } تەواوی بکە
learning-overdue = دواکەوتووە: کاتەکەی { $date } بوو
learning-start = دەستپێکردن
learning-continue = بەردەوامبوون
learning-open-certificate = بڕوانامە بکەرەوە
learning-preview-banner = پێشبینین — هیچ وەڵامێک پاشەکەوت ناکرێت.
learning-queued = کاتێک سەرهێڵ بیت دەنێردرێت.
learning-step-of = هەنگاوی { $step } لە { $total }
learning-nav = هەنگاوەکان
learning-back = گەڕانەوە
learning-next = دواتر
learning-audio = گوێ لە تۆمارێک بگرە:
learning-try-it = لەسەر مۆبایلەکەت تاقی بکەرەوە
learning-end-title = ئەنجامەکەت
learning-end-no-questions = ئەم وانەیە هیچ پرسیارێکی نییە.
learning-score = تۆ وەڵامی دروستت دایەوە بۆ { $correct } لە { $total } پرسیار.
learning-passed = دەستخۆش، سەرکەوتوو بوویت!
learning-certificate-code = کۆدی بڕوانامەکەت:
learning-verify-link = ئەم بڕوانامەیە بپشکنە
learning-certificate-waiting = بڕوانامەکەت کاتێک سەرهێڵ بیت دەردەکەوێت.
learning-preview-no-certificate = لە پێشبینیندا بڕوانامە نییە.
learning-not-passed = هێشتا سەرنەکەوتوویت. پێویستت بە { $percent } ٪ وەڵامی دروستە. دەتوانیت دووبارە هەوڵ بدەیتەوە.
learning-try-again = دووبارە هەوڵ بدەرەوە
learning-back-to-list = گەڕانەوە بۆ فێربوونی من
learning-true = ڕاستە
learning-false = هەڵەیە
learning-pick-all = نیشانە لە هەموو وەڵامە دروستەکان بدە، پاشان «پشکنین» دابگرە.
learning-check = پشکنین
learning-order-hint = هەنگاوەکان بە دوگمەی تیرەکان بە ڕیزی دروست دابنێ، پاشان «پشکنین» دابگرە.
learning-move-up = بۆ سەرەوە: { $item }
learning-move-down = بۆ خوارەوە: { $item }
learning-correct = دروستە!
learning-wrong = تەواو دروست نییە.
learning-pending-answer = وەڵامێک لە وانەیەکدا
learning-pending-seen = پێشکەوتن لە وانەیەکدا
learning-passport-title = پاسپۆرتی فێربوونی من
learning-passport-lead = بڕوانامەکانت و ئەو لێهاتووییە دیجیتاڵییانەی نیشانت داون. کاتێک دەچیتە سەنتەرێکی تر لەگەڵت دەمێنێتەوە.
learning-passport-none = هێشتا هیچ بڕوانامەیەکت نییە.
learning-passport-no-competences = هێشتا هیچ لێهاتووییەک نییە. لە وانەیەک سەرکەوە بۆ زیادکردنی یەکێک.
learning-passport-certificates = بڕوانامەکان
learning-passport-competences = ئەو لێهاتووییانەی نیشانم داون
learning-issued-on = بەروار
learning-code-label = کۆدی بڕوانامە
learning-verify-title = پشکنینی بڕوانامەیەک
learning-verify-lead = کۆدی بڕوانامەیەک بنووسە بۆ ئەوەی بزانیت ڕاستەقینەیە یان نا. وانە، ئاست و بەروار دەبینیت، هیچ شتێک دەربارەی کەسەکە نا.
learning-verify-code-label = کۆدی بڕوانامە
learning-verify-submit = پشکنین
learning-verify-mistyped = ئەم کۆدە دروست نییە. کۆدەکە بپشکنە: لەوانەیە پیتێک یان ژمارەیەک بە هەڵە نووسرابێت.
learning-verify-not-found = هیچ بڕوانامەیەک ئەم کۆدەی نییە.
learning-verify-valid = ئەم بڕوانامەیە ڕاستەقینەیە.
## learning: DigComp 2.2
digcomp-area-1 = خوێندەواری زانیاری و داتا
digcomp-area-2 = پەیوەندی و هاوکاری
digcomp-area-3 = دروستکردنی ناوەڕۆکی دیجیتاڵ
digcomp-area-4 = سەلامەتی
digcomp-area-5 = چارەسەرکردنی کێشە
digcomp-1-1 = گەڕان، پشکنین و پاڵاوتنی داتا، زانیاری و ناوەڕۆکی دیجیتاڵ
digcomp-1-2 = هەڵسەنگاندنی داتا، زانیاری و ناوەڕۆکی دیجیتاڵ
digcomp-1-3 = بەڕێوەبردنی داتا، زانیاری و ناوەڕۆکی دیجیتاڵ
digcomp-2-1 = کارلێک لە ڕێگەی تەکنەلۆجیای دیجیتاڵەوە
digcomp-2-2 = هاوبەشکردن لە ڕێگەی تەکنەلۆجیای دیجیتاڵەوە
digcomp-2-3 = بەشداری هاووڵاتیبوون لە ڕێگەی تەکنەلۆجیای دیجیتاڵەوە
digcomp-2-4 = هاوکاری لە ڕێگەی تەکنەلۆجیای دیجیتاڵەوە
digcomp-2-5 = ڕەوشتی ئینتەرنێت
digcomp-2-6 = بەڕێوەبردنی ناسنامەی دیجیتاڵ
digcomp-3-1 = پەرەپێدانی ناوەڕۆکی دیجیتاڵ
digcomp-3-2 = تێکەڵکردن و دووبارە داڕشتنەوەی ناوەڕۆکی دیجیتاڵ
digcomp-3-3 = مافی لەبەرگرتنەوە و مۆڵەتەکان
digcomp-3-4 = پرۆگرامسازی
digcomp-4-1 = پاراستنی ئامێرەکان
digcomp-4-2 = پاراستنی زانیاری کەسی و تایبەتمەندی
digcomp-4-3 = پاراستنی تەندروستی و خۆشگوزەرانی
digcomp-4-4 = پاراستنی ژینگە
digcomp-5-1 = چارەسەرکردنی کێشە تەکنیکییەکان
digcomp-5-2 = دیاریکردنی پێداویستییەکان و چارەسەرە تەکنەلۆجییەکان
digcomp-5-3 = بەکارهێنانی داهێنەرانەی تەکنەلۆجیای دیجیتاڵ
digcomp-5-4 = دیاریکردنی کەموکوڕییەکان لە کارامەیی دیجیتاڵدا
digcomp-level = ئاست { $level }
digcomp-level-1 = بنەڕەتی: بە یارمەتی
digcomp-level-2 = بنەڕەتی: بە تەنیا
digcomp-level-3 = ناوەند: کاری سادە بە تەنیا
digcomp-level-4 = ناوەند: چارەسەرکردنی کێشە
