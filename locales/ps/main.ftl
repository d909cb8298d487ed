# Wegwijs: پښتو.

## Language picker
language-title = ژبه
language-intro = هغه ژبه وټاکئ چې Wegwijs درسره پرې خبرې وکړي. هر وخت یې بدلولی شئ.
nav-language = ژبه

## Account (the language remembered on the account; changes still waiting at sign-out)
pending-what-language = ستاسو د حساب لپاره د ژبې انتخاب
pending-state-held = په دې تمه چې کوم کس دا بدلون کړی بیا پر دې وسیله ننوځي
sign-out-unsent = { $count ->
    [one] ستاسو یو بدلون لا نه دی لېږل شوی.
   *[other] ستاسو { $count } بدلونونه لا نه دي لېږل شوي.
}
sign-out-unsent-kept = که اوس ووځئ، دوی پر دې وسیله پاتې کېږي او کله چې تاسو بیا دلته ننوځئ لېږل کېږي.
sign-out-send-first = اوس یې ولېږئ
sign-out-anyway = بیا هم ووځئ

## Page frame
skip-to-content = منځپانګې ته ورشئ
nav-main = اصلي مینو
nav-home = کور پاڼه
nav-trainers = روزونکي
nav-staff = کارکوونکي
nav-admin = مدیریت
nav-sign-in = ننوتل
sign-out = وتل
sign-out-failed = تاسو لا هم ننوتي یاست.
footer-text = Wegwijs: خپله لاره ومومئ. ستاسو معلومات ستاسو د استوګنې ادارې سره پاتې کیږي.
connection-online = آنلاین
connection-offline = آفلاین: تاسو کولی شئ هغه څه ولولئ چې مخکې پورته شوي.

## Common
loading = پورته کیږي…
checking-session = کتل کیږي چې څوک ننوتی دی…
go-home = کور پاڼې ته ورشئ
try-again = بیا هڅه وکړئ
hello = سلام
my-sessions = زما ناستې
field-name = نوم
field-resident-number = د اوسیدونکي شمېره
field-location = ځای
field-language = ژبه

## Access guard
guard-sign-in-title = مهرباني وکړئ ننوځئ
guard-sign-in-text = د دې پاڼې د خلاصولو لپاره باید ننوځئ.
guard-denied-title = اجازه نشته
guard-denied-text = ستاسو حساب دا پاڼه نشي خلاصولی. که د خپل کار لپاره ورته اړتیا لرئ، له یو مدیر څخه یې وغواړئ.

## Not found
not-found-title = دا پاڼه نشته
not-found-text = ښایي پته زړه وي یا په غلطه لیکل شوې وي.

## Home
home-welcome = Wegwijs ته ښه راغلاست
home-lead = ستاسو د پروسې او په مرکز کې د ژوند په اړه معلومات، ستاسو خپلې چارې، او د ډیجیټلي مهارتونو د زده کړې درسونه.
home-new-card = ما نوی کارت لرم
home-staff-link = کارکوونکي او روزونکي
loading-locations = د استوګنې ځایونه پورته کیږي…
loading-my-details = ستاسو معلومات پورته کیږي…
my-details = زما معلومات
go-admin-area = د مدیریت برخې ته ورشئ
go-trainer-area = د روزونکو برخې ته ورشئ
go-staff-area = د کارکوونکو برخې ته ورشئ
location-kind-col = مرکزي استوګنه
location-kind-pol = د پروسې استوګنه
location-kind-azc = د پناه غوښتونکو مرکز

## Activation card
card-title = د فعالولو کارت
card-valid-until = تر دې نېټې اعتبار لري
card-instructions = په خپل تلیفون کې Wegwijs خلاص کړئ، «ما نوی کارت لرم» وټاکئ، دا کوډ ولیکئ یا QR کوډ سکن کړئ. بیا شپږ عددي PIN وټاکئ.

## Errors
error-network = موږ Wegwijs ته ونه رسېدو. د انټرنېټ اړیکه وګورئ او بیا هڅه وکړئ.
error-unexpected = Wegwijs داسې ځواب راولېږه چې د اپ دا نسخه یې نه پوهیږي. پاڼه بیا پورته کړئ.
error-not-found = هغه څه مو ونه موندل چې تاسو غوښتي وو.
error-validation = ځینې معلومات نشته یا سم نه دي. مهرباني وکړئ لاندې ځایونه وګورئ.
error-unavailable = Wegwijs بوخت دی یا تازه کیږي. مهرباني وکړئ څو دقیقې وروسته بیا هڅه وکړئ.
error-generic = یوه ستونزه پېښه شوه. مهرباني وکړئ بیا هڅه وکړئ. که بیا بیا کیږي، کارکوونکو ته ووایاست.
error-reference = د کارکوونکو لپاره حواله:
error-send-report = دا ستونزه د ملاتړ ټیم ته ولېږئ
error-report-sent = ولېږل شوه. ستاسو د حوالې شمېره { $id } ده.
error-report-failed = ونه لېږل شوه: { $why }

## Field errors from the API, by code
error-too_common = دا پټنوم د ډېرو کارېدونکو پټنومونو په لیست کې دی. بل یو وټاکئ؛ یوه لنډه جمله ښه ده.
error-activation_code_expired = د دې کوډ موده پای ته رسېدلې (کارت ۱۴ ورځې کار کوي). له کارکوونکو نوی کارت وغواړئ.
error-activation_code_used = دا کوډ مخکې کارول شوی. د خپل اوسیدونکي شمېرې او PIN سره ننوځئ، یا له کارکوونکو نوی کارت وغواړئ.
error-activation_code_unknown = دا کوډ نه پېژندل کیږي. په خپل کارت کې توري او عددونه وګورئ.
error-activation_code_replaced = دا کارت په نوي کارت بدل شوی. د خپل تر ټولو نوي کارت کوډ وکاروئ.

## Activation (a new card)
activate-lead = د خپل کارت کوډ ولیکئ او شپږ عددي PIN وټاکئ. د ننوتلو لپاره به د اوسیدونکي شمېره او دا PIN کاروئ.
activate-code = ستاسو د کارت کوډ
activate-code-hint = ۱۲ توري او عددونه، د بېلګې په توګه ABCD-EFGH-JKMN.
activate-pin = یو PIN وټاکئ (۶ عددونه)
activate-pin-hint = ټول یو شان عدد نه وي او د 123456 په څېر پرله پسې نه وي.
activate-pin-repeat = PIN بیا ولیکئ
activate-submit = فعال کړئ
activate-busy = فعالیږي…
activate-already = مخکې مو فعال کړی؟
show-pin = PIN وښایاست
field-pin = PIN
error-pins_differ = دواړه PIN یو شان نه دي. هماغه شپږ عددونه دوه ځله ولیکئ.

## Resident sign-in
sign-in-number-hint = ستاسو د W سند ۱۰ عددونه.
sign-in-busy = ننوځي…
sign-in-forgot = خپل PIN مو هېر کړی؟ په خپل ځای کې له کارکوونکو نوی کارت وغواړئ.

## My sessions
sessions-lead = دا هغه تلیفونونه او کمپیوټرونه دي چې پکې ننوتي یاست. له هغو څخه ووځئ چې نه یې پېژنئ.
loading-sessions = ستاسو ناستې پورته کیږي…
sessions-sign-out-everywhere = له هر ځای څخه ووځئ
sessions-this-device = دا وسیله
sessions-signed-in = ننوتل
sessions-last-used = وروستی ځل کارول شوی
sessions-sign-out-here = له دې وسیلې ووځئ

## App updates and offline
app-name = Wegwijs: خپله لاره ومومئ
app-description = د استوګنې مرکزونو اوسېدونکو لپاره معلومات، ستاسو خپلې چارې او د ډیجیټلي مهارتونو لوستونه.
update-ready = د Wegwijs نوې نسخه چمتو ده.
update-reload = بیا پورته کول
offline-page-title = دا پاڼه لا له انټرنېټ پرته نه پرانیستل کېږي
offline-page-text = Wegwijs دا پاڼه لا ستاسو په وسیله کې نه ده ساتلې. یو ځل یې له انټرنېټ سره پرانیزئ؛ له هغې وروسته له انټرنېټ پرته هم کار کوي. کله چې اړیکه بیرته راشي، پخپله پرانیستل کېږي.

## Offline changes (the write queue): header indicator and /pending
pending-waiting = { $count ->
    [one] ۱ بدلون په تمه دی
   *[other] { $count } بدلونونه په تمه دي
}
pending-sending = د { $total } څخه { $done } لېږل کېږي…
pending-rejected = { $count ->
    [one] ۱ بدلون ونه منل شو
   *[other] { $count } بدلونونه ونه منل شول
}
pending-title = پر دې وسیله بدلونونه
pending-lead = هغه بدلونونه چې تاسو یې پرته له اتصال څخه کوئ پر دې وسیله ساتل کېږي او کله چې اتصال بېرته راشي په ترتیب سره لېږل کېږي. هیڅ شی نه لرې کېږي، مګر دا چې تاسو یې وټاکئ.
pending-empty = ټول بدلونونه لېږل شوي دي.
pending-send-now = اوس یې ولېږئ
pending-made-at = جوړ شوی
pending-state = حالت
pending-state-waiting = د لېږلو په تمه
pending-state-sending = لېږل کېږي…
pending-state-rejected = Wegwijs ونه منله
pending-why = ولې ونه منل شو
pending-discard = دا بدلون لرې کړئ
pending-what-client-error = د ملاتړ ټیم لپاره د ستونزې راپور
error-report-queued = پر دې وسیله خوندي شو. کله چې اتصال بېرته راشي، لېږل کېږي.

## Display settings (text size, contrast) and reading aloud
nav-display = ښکارېدنه
display-title = د متن اندازه او توپیر
display-intro = متن لوی کړئ یا رنګونه پیاوړي کړئ. ستاسو انتخاب په دې وسیله کې ساتل کېږي.
display-text-size = د متن اندازه
display-size-normal = عادي
display-size-large = لوی
display-size-larger = لا لوی
display-sample = اب
display-contrast = توپیر
display-contrast-normal = عادي رنګونه
display-contrast-high = لوړ توپیر
display-not-kept = دا وسیله ستاسو انتخاب نشي ساتلی. تر هغه چې Wegwijs وتړئ پاتې کېږي.
listen = واورئ
listen-page = دا پاڼه واورئ
listen-pause = ودرول
listen-resume = دوام
listen-stop = بندول
listen-unavailable = په دې وسیله کې په دې ژبه په لوړ غږ لوستل نشته.
listen-failed = په لوړ غږ لوستل د یوې تېروتنې له امله ودرېدل. بیا هڅه وکړئ.

## centre
centre-title = زما مرکز
centre-loading = ستاسو د مرکز معلومات راپورته کېږي…
centre-emergency-title = بیړنۍ پېښه
centre-emergency-text = که ژوند په خطر کې وي { $number } ته زنګ ووهئ: پولیس، اور وژونکي یا امبولانس. زنګ وړیا دی، حتی پرته له کریډیټ.
centre-call = { $number } ته زنګ ووهئ
centre-address = پته
centre-postal-address = پوستي پته
centre-phone = ټیلیفون
centre-email = برېښنالیک
centre-place = چېرته
centre-services-title = خدمتونه او د کار وختونه
centre-no-services = تر اوسه هېڅ خدمت نه دی اضافه شوی. د استقبال له مېز څخه وپوښتئ.
centre-status-open-always = اوس خلاص دی، شپه او ورځ
centre-status-open-until = اوس خلاص دی، تر { $time } پورې
centre-status-open-until-day = اوس خلاص دی، تر { $day } { $time } پورې
centre-status-closed-opens = تړلی دی، په { $time } خلاصېږي
centre-status-closed-opens-tomorrow = تړلی دی، سبا په { $time } خلاصېږي
centre-status-closed-opens-day = تړلی دی، { $day } په { $time } خلاصېږي
centre-status-closed-unknown = تړلی دی، په راتلونکو دوو اونیو کې د کار وخت نشته
centre-status-closed-reason = نن تړلی دی ({ $reason })
centre-next-tomorrow = سبا په { $time } خلاصېږي
centre-next-day = { $day } په { $time } خلاصېږي
centre-today-hours = نن: { $hours }
centre-special-today = نن ځانګړي وختونه: { $reason }
centre-closed = تړلی
centre-week-hours = د ټولې اونۍ د کار وختونه
centre-week-caption = د کار وختونه: { $service }
centre-day = ورځ
centre-hours = وختونه
centre-exceptions-title = ځانګړې ورځې
centre-kind-reception_desk = د استقبال مېز
centre-kind-medical_practice = روغتیايي مرکز (GZA)
centre-kind-mail = پوسټ
centre-kind-allowance = لګښت پیسې او تادیات
centre-kind-shop = دوکان او خواړه
centre-kind-laundry = جامې وینځلو ځای
centre-kind-counselling = مشوره (VluchtelingenWerk)
centre-kind-transport = ټرانسپورټ
centre-kind-other = نور
## activities
activities-title = فعالیتونه
activities-lead = په راتلونکو دوو اوونیو کې ستاسو په مرکز کې څه کېږي. نوم ولیکئ، څو تنظیموونکي پوه شي چې تاسو راځئ.
activities-loading = فعالیتونه راپورته کېږي…
activities-none = په راتلونکو دوو اوونیو کې هېڅ فعالیت نه دی پلان شوی.
activities-today = نن، { $date }
activities-time = وخت
activities-place = ځای
activities-language = ژبه
activities-places = ځایونه
activities-no-language-needed = ویل شوې ژبې ته اړتیا نشته
activities-cancelled = دا فعالیت لغوه شوی.
activities-full = ډک دی. د انتظار لېست: { $waiting }
activities-places-left = پاتې ځایونه: { $count }
activities-queued-signup = ستاسو نوم لیکنه په دې تلیفون کې خوندي شوه. کله چې آنلاین شئ، لېږل کېږي.
activities-queued-cancel = ستاسو لغوه کول په دې تلیفون کې خوندي شول. کله چې آنلاین شئ، لېږل کېږي.
activities-you-have-a-place = تاسو ځای لرئ.
activities-you-are-waiting = تاسو د انتظار په لېست کې یاست (شمېره { $position }).
activities-started = دا فعالیت لا دمخه پیل شوی.
activities-cancel = زما نوم لیکنه لغوه کړئ
activities-sign-up = نوم ولیکئ
activities-join-waiting-list = د انتظار لېست ته ورشئ
activities-pending-signup = په یوه فعالیت کې نوم لیکنه
activities-pending-cancel = په یوه فعالیت کې د نوم لیکنې لغوه کول
error-activities_started = دا فعالیت لا دمخه پیل شوی، نو نور نوم نه شئ لیکلای او نه یې لغوه کولای شئ.
error-activities_cancelled = دا فعالیت لغوه شوی.
error-activities_no_occurrence = دا فعالیت په دې نېټه نه کېږي.
## Resident information (My procedure, library, news, vacancies, search, favourites)
info-procedure-title = زما پروسه
info-procedure-now = تاسو اوس چېرته یاست:
info-procedure-unknown = کارکوونکو لا نه دي لیکلي چې تاسو د پناه غوښتنې د پروسې په کوم پړاو کې یاست. له پذیرش میز څخه وپوښتئ.
info-procedure-next = وروسته څه کېدای شي
info-procedure-no-next = دا د پناه غوښتنې د پروسې پای دی.
info-procedure-read = د دې پړاو په اړه نور ولولئ
info-stage-application = د پناه غوښتنه
info-stage-application-about = تاسو له IND څخه پناه غواړئ. پولیس ستاسو هویت کتي او ستاسو معلومات لیکي.
info-stage-central_reception = مرکزي پذیرش
info-stage-central_reception-about = تاسو څو ورځې په مرکزي پذیرش ځای کې پاتې کېږئ: د نوم لیکنې مرکه، د نري رنځ معاینه او له نرس سره لومړۍ خبرې.
info-stage-rest_and_preparation = د آرام او چمتووالي وخت
info-stage-rest_and_preparation-about = نږدې یوه اونۍ د آرام او چمتو کېدو لپاره. تاسو له خپل وکیل سره ګورئ او د هالنډ د کډوالو شورا څخه معلومات اخلئ.
info-stage-general_procedure = د پناه عمومي پروسه
info-stage-general_procedure-about = IND له تاسو پوښتي چې څوک یاست او ولې تښتېدلي یاست. ستاسو وکیل مرسته کوي. بیا IND پرېکړه کوي.
info-stage-extended_procedure = د پناه اوږده شوې پروسه
info-stage-extended_procedure-about = IND پرېکړې ته نور وخت ته اړتیا لري. دا کېدای شي میاشتې وخت ونیسي. تاسو په یوه پذیرش مرکز کې انتظار کوئ.
info-stage-permit_granted = د اوسېدو اجازه درکړل شوه
info-stage-permit_granted-about = تاسو کولای شئ په هالنډ کې پاتې شئ. په یوه ښاروالۍ کې به کور واخلئ او د هالنډي ژبې زده کړه به پیل کړئ.
info-stage-appeal = اعتراض
info-stage-appeal-about = IND نه ویلي. ستاسو وکیل کولای شي له محکمې وغواړي چې پرېکړه بیا وګوري.
info-stage-departure = وتل
info-stage-departure-about = وروستی ځواب نه دی. تاسو باید هالنډ پرېږدئ. د بېرته ستنېدو او وتلو اداره (DT&V) له تاسو سره په دې اړه خبرې کوي.
info-tiles-title = معلومات او په مرکز کې ژوند
info-tile-library = معلومات
info-tile-news = خبرونه
info-tile-centre = زما مرکز
info-tile-activities = فعالیتونه
info-tile-vacancies = کار او رضاکارانه کار
info-tile-search = لټون
info-tile-favourites = خوښې
info-news-unread = { $count ->
    [one] { $count } نالوستی خبر
   *[other] { $count } نالوستي خبرونه
}
info-updated = معلومات تازه شول: { $time }
info-offline-saved = تاسو له انټرنېټ پرته یاست. دا هغه معلومات دي چې په { $time } کې خوندي شوي.
info-loading = معلومات پورته کېږي…
info-pending-favourite = یو خوښ شوی توکی خوندي یا لرې شو
info-pending-news-seen = خبرونه د لوستل شوو په توګه نښه شول
info-library-lead = د عامو پوښتنو ځوابونه، چې کارکوونکو کتلي دي. یوه موضوع وټاکئ.
info-category-asylum-procedure = د پناه پروسه
info-category-rights-obligations = حقونه او مکلفیتونه
info-category-health-care = روغتیایی پاملرنه
info-category-safety = خوندیتوب
info-category-daily-life = ورځنی ژوند
info-category-learning-work = زده کړه او کار
info-library-empty = د دې موضوع په اړه لا څه نشته.
info-back-library = بېرته معلوماتو ته
info-not-found-title = ونه موندل شو
info-not-found = دا معلومات ونه موندل شول. کېدای شي لرې شوي وي، یا لا په دې ټیلیفون کې نه وي.
info-fallback = دا متن لا ستاسو په ژبه نشته. په دې ژبه ښودل کېږي: { $language }.
info-outdated = اصلي متن له دې ژباړې وروسته بدل شوی. که څه روښانه نه وي، له کارکوونکو وپوښتئ.
info-published = خپور شوی: { $date }
info-favourite-add = په خوښو کې خوندي کړئ
info-favourite-remove = له خوښو لرې کړئ
info-favourite-gone = دا خوښ شوی توکی نور نشته.
info-news-lead = ستاسو د مرکز او ادارې خبرونه، تر ټولو نوي لومړی.
info-news-empty = اوس مهال خبر نشته.
info-news-new = نوی
info-vacancies-lead = په معاش کار او رضاکارانه کار. شرطونه ولولئ؛ کارکوونکي کولای شي نور درته ووایي.
info-vacancies-empty = اوس مهال د کار ځای نشته.
info-vacancy-paid = په معاش کار
info-vacancy-volunteer = رضاکارانه کار
info-vacancy-contact = اړیکه
info-vacancy-link = وېب پاڼه
info-search-label = څه لټوئ؟
info-search-hint = په ټولو معلوماتو، خبرونو او د کار ځایونو کې لټون کوي. له انټرنېټ پرته هم کار کوي.
info-search-none = هېڅ ونه موندل شو. لږ یا نور ټکي وازمویئ.
info-search-results = { $count ->
    [one] { $count } پایله
   *[other] { $count } پایلې
}
info-kind-article = معلومات
info-kind-news = خبر
info-kind-vacancy = د کار ځای
info-favourites-lead = هغه څه چې تاسو په ستوري خوندي کړي.
info-favourites-empty = تاسو لا خوښې نه لرئ. په معلوماتو، خبرونو یا د کار ځای کې «په خوښو کې خوندي کړئ» ټک کړئ چې دلته یې وساتئ.

## search
search-hint = په ټولو معلوماتو، خبرونو، د کار ځایونو، فعالیتونو او ستاسو د مرکز په خدمتونو کې لټون کوي. له انټرنېټ پرته هم کار کوي.
search-kind-activity = فعالیت
search-kind-service = د مرکز خدمت

## learning resident
learning-tile = زده کړه
learning-title = زما زده کړه
learning-lead = د خپل ټیلیفون او انټرنیټ د خوندي کارولو په اړه لنډ درسونه. په خپل وخت زده کړئ، حتی له انټرنیټ پرته.
learning-loading = ستاسو درسونه راپورته کیږي…
learning-none = تر اوسه ستاسو لپاره درس نشته.
learning-assigned = ستاسو روزونکي درکړي
learning-optional = نور درسونه چې تاسو یې غوره کولی شئ
learning-passport-link = زما د زده کړې پاسپورټ
learning-state-label = حالت
learning-state-not-started = نه دی پیل شوی
learning-state-in-progress = پیل شوی
learning-state-completed = بریالی
learning-level-label = کچه
learning-minutes-label = وخت
learning-minutes = شاوخوا { $minutes } دقیقې
learning-competences-label = مهارتونه
learning-questions-progress = پوښتنې: { $done } له { $total } څخه
learning-due = تر { $date } پورې یې بشپړ کړئ
learning-overdue = ناوخته: نیټه یې { $date } وه
learning-start = پیل
learning-continue = دوام ورکړئ
learning-open-certificate = سند پرانیزئ
learning-preview-banner = مخکتنه — هېڅ ځواب نه خوندي کیږي.
learning-queued = کله چې آنلاین شئ، لیږل کیږي.
learning-step-of = ګام { $step } له { $total } څخه
learning-nav = ګامونه
learning-back = شاته
learning-next = بل
learning-audio = یو ثبت شوی غږ واورئ:
learning-try-it = په خپل ټیلیفون یې وازمویئ
learning-end-title = ستاسو پایله
learning-end-no-questions = په دې درس کې پوښتنې نشته.
learning-score = تاسو له { $total } پوښتنو څخه { $correct } ته سم ځواب ورکړ.
learning-passed = شاباس، تاسو بریالي شوئ!
learning-certificate-code = ستاسو د سند کوډ:
learning-verify-link = دا سند وګورئ
learning-certificate-waiting = ستاسو سند به هغه وخت ښکاره شي چې آنلاین شئ.
learning-preview-no-certificate = په مخکتنه کې سند نشته.
learning-not-passed = تر اوسه بریالي نه یاست. تاسو ته { $percent } ٪ سم ځوابونه پکار دي. بیا هڅه کولی شئ.
learning-try-again = بیا هڅه وکړئ
learning-back-to-list = بېرته زما زده کړې ته
learning-true = سم
learning-false = ناسم
learning-pick-all = هر سم ځواب په نښه کړئ، بیا «وګورئ» کېکاږئ.
learning-check = وګورئ
learning-order-hint = ګامونه د غشو تڼیو سره په سم ترتیب کېږدئ، بیا «وګورئ» کېکاږئ.
learning-move-up = پورته یوسئ: { $item }
learning-move-down = ښکته یوسئ: { $item }
learning-correct = سم دی!
learning-wrong = بشپړ سم نه دی.
learning-pending-answer = په یوه درس کې ځواب
learning-pending-seen = په یوه درس کې پرمختګ
learning-passport-title = زما د زده کړې پاسپورټ
learning-passport-lead = ستاسو سندونه او هغه ډیجیټل مهارتونه چې تاسو ښودلي. کله چې بل مرکز ته لاړ شئ، له تاسو سره پاتې کیږي.
learning-passport-none = تر اوسه سند نلرئ.
learning-passport-no-competences = تر اوسه مهارت نشته. یو درس بریالی کړئ چې مهارت اضافه شي.
learning-passport-certificates = سندونه
learning-passport-competences = هغه مهارتونه چې ما ښودلي
learning-issued-on = نیټه
learning-code-label = د سند کوډ
learning-verify-title = یو سند وګورئ
learning-verify-lead = د سند کوډ ولیکئ چې وګورئ ریښتینی دی که نه. تاسو درس، کچه او نیټه وینئ، د کس په اړه هېڅ نه.
learning-verify-code-label = د سند کوډ
learning-verify-submit = وګورئ
learning-verify-mistyped = دا کوډ سم نه دی. کوډ وګورئ: کېدای شي یو توری یا شمېره غلطه لیکل شوې وي.
learning-verify-not-found = هېڅ سند دا کوډ نلري.
learning-verify-valid = دا سند ریښتینی دی.
## learning: DigComp 2.2
digcomp-area-1 = د معلوماتو او ډېټا پوهه
digcomp-area-2 = اړیکه او همکاري
digcomp-area-3 = د ډیجیټل منځپانګې جوړول
digcomp-area-4 = خوندیتوب
digcomp-area-5 = د ستونزو حل
digcomp-1-1 = د ډېټا، معلوماتو او ډیجیټل منځپانګې کتل، لټول او چاڼ کول
digcomp-1-2 = د ډېټا، معلوماتو او ډیجیټل منځپانګې ارزونه
digcomp-1-3 = د ډېټا، معلوماتو او ډیجیټل منځپانګې سمبالول
digcomp-2-1 = د ډیجیټل ټکنالوژۍ له لارې اړیکه
digcomp-2-2 = د ډیجیټل ټکنالوژۍ له لارې شریکول
digcomp-2-3 = د ډیجیټل ټکنالوژۍ له لارې په ټولنیز ژوند کې ګډون
digcomp-2-4 = د ډیجیټل ټکنالوژۍ له لارې همکاري
digcomp-2-5 = په انټرنېټ کې ښه چلند
digcomp-2-6 = د ډیجیټل هویت سمبالول
digcomp-3-1 = د ډیجیټل منځپانګې پراختیا
digcomp-3-2 = د ډیجیټل منځپانګې یوځای کول او بیا جوړول
digcomp-3-3 = د چاپ حق او جوازونه
digcomp-3-4 = پروګرام جوړونه
digcomp-4-1 = د وسایلو ساتنه
digcomp-4-2 = د شخصي معلوماتو او محرمیت ساتنه
digcomp-4-3 = د روغتیا او هوساینې ساتنه
digcomp-4-4 = د چاپېریال ساتنه
digcomp-5-1 = د تخنیکي ستونزو حل
digcomp-5-2 = د اړتیاوو او ټکنالوژیکي حلونو پېژندل
digcomp-5-3 = د ډیجیټل ټکنالوژۍ خلاقه کارونه
digcomp-5-4 = په ډیجیټل مهارتونو کې د کمښتونو پېژندل
digcomp-level = کچه { $level }
digcomp-level-1 = بنسټیز: له مرستې سره
digcomp-level-2 = بنسټیز: پخپله
digcomp-level-3 = منځنۍ: ساده کارونه پخپله
digcomp-level-4 = منځنۍ: د ستونزو حل
