# Wegwijs: Soomaali.

## Language picker
language-title = Luqadda
language-intro = Dooro luqadda uu Wegwijs kula hadlayo. Waad beddeli kartaa mar kasta.
nav-language = Luqadda

## Account (the language remembered on the account; changes still waiting at sign-out)
pending-what-language = Doorashada luqadda ee koontadaada
pending-state-held = Wuxuu sugayaa inta qofkii sameeyay uu mar kale ka galo qalabkan
sign-out-unsent = { $count ->
    [one] 1 isbeddel oo adiga kuu gaar ah weli lama dirin.
   *[other] { $count } isbeddel oo adiga kuu gaar ah weli lama dirin.
}
sign-out-unsent-kept = Haddii aad hadda ka baxdo, waxay ku sii jiri doonaan qalabkan, waxaana la diri doonaa marka aad halkan mar kale gasho.
sign-out-send-first = Hadda dir
sign-out-anyway = Si kasta ka bax

## Page frame
skip-to-content = U gudub waxa ku jira
nav-main = Liiska ugu weyn
nav-home = Bogga hore
nav-trainers = Tababarayaasha
nav-staff = Shaqaalaha
nav-admin = Maamulka
nav-sign-in = Gal
sign-out = Ka bax
sign-out-failed = Weli waad gashan tahay.
footer-text = Wegwijs: jidkaaga hel. Macluumaadkaagu wuxuu la joogaa hay'adda soo dhoweynta.
connection-online = Internet waa jiraa
connection-offline = Internet ma jiro: waad sii akhrin kartaa wixii hore loo soo raray.

## Common
loading = Waa la soo rarayaa…
checking-session = Waxaa la hubinayaa cidda gashan…
go-home = Tag bogga hore
try-again = Isku day mar kale
hello = Salaan
my-sessions = Fadhiyadayda
field-name = Magac
field-resident-number = Lambarka deganaha
field-location = Goobta
field-language = Luqadda

## Access guard
guard-sign-in-title = Fadlan gal
guard-sign-in-text = Waa inaad gashaa si aad u furto boggan.
guard-denied-title = Lama oggola
guard-denied-text = Akoonkaagu ma furi karo boggan. Haddii aad u baahan tahay shaqadaada, weydii maamule.

## Not found
not-found-title = Boggan ma jiro
not-found-text = Cinwaanku waa laga yaabaa inuu duugoobay ama si khaldan loo qoray.

## Home
home-welcome = Ku soo dhawoow Wegwijs
home-lead = Macluumaad ku saabsan nidaamkaaga iyo nolosha xaruntaada, arrimahaaga gaarka ah, iyo casharro lagu barto xirfadaha dijitaalka.
home-new-card = Waxaan haystaa kaar cusub
home-staff-link = Shaqaalaha iyo tababarayaasha
loading-locations = Goobaha soo dhoweynta waa la soo rarayaa…
loading-my-details = Macluumaadkaaga waa la soo rarayaa…
my-details = Macluumaadkayga
go-admin-area = Tag qaybta maamulka
go-trainer-area = Tag qaybta tababarayaasha
go-staff-area = Tag qaybta shaqaalaha
location-kind-col = Soo dhoweynta dhexe
location-kind-pol = Soo dhoweynta nidaamka
location-kind-azc = Xarunta magangelyo-doonka

## Activation card
card-title = Kaarka dhaqaajinta
card-valid-until = Wuu shaqaynayaa ilaa
card-instructions = Ka fur Wegwijs taleefankaaga, dooro “Waxaan haystaa kaar cusub”, qor koodhkan ama iskaan garee koodhka QR. Kadib dooro PIN lix lambar ah.

## Errors
error-network = Ma aanan gaari karin Wegwijs. Hubi xiriirka internetkaaga oo isku day mar kale.
error-unexpected = Wegwijs wuxuu soo diray jawaab aanu fahmin noocan barnaamijku. Dib u soo rar bogga.
error-not-found = Ma helin wixii aad weydiisay.
error-validation = Macluumaad qaar ayaa maqan ama aan sax ahayn. Fadlan hubi meelaha hoose.
error-unavailable = Wegwijs waa mashquul ama waa la cusboonaysiinayaa. Fadlan isku day dhowr daqiiqo kadib.
error-generic = Wax baa khaldamay. Fadlan isku day mar kale. Haddii ay sii socoto, u sheeg shaqaalaha.
error-reference = Tixraaca shaqaalaha:
error-send-report = U dir dhibaatadan kooxda taageerada
error-report-sent = Waa la diray. Lambarka tixraacaagu waa { $id }.
error-report-failed = Lama diri karin: { $why }

## Field errors from the API, by code
error-too_common = Furahan sirta ah wuxuu ku jiraa liiska furayaasha inta badan la isticmaalo. Dooro mid kale; weedh gaaban ayaa fiican.
error-activation_code_expired = Koodhkan wuu dhacay (kaarku wuxuu shaqeeyaa 14 maalmood). Shaqaalaha ka codso kaar cusub.
error-activation_code_used = Koodhkan hore ayaa loo isticmaalay. Ku gal lambarka deganaha iyo PIN-kaaga, ama shaqaalaha ka codso kaar cusub.
error-activation_code_unknown = Koodhkan lama yaqaan. Hubi xarfaha iyo lambarrada kaarkaaga.
error-activation_code_replaced = Kaarkan waxaa lagu beddelay mid ka cusub. Isticmaal koodhka kaarkaaga ugu cusub.

## Activation (a new card)
activate-lead = Qor koodhka kaarkaaga oo dooro PIN lix lambar ah. Waxaad ku geli doontaa lambarka deganaha iyo PIN-kan.
activate-code = Koodhka kaarkaaga
activate-code-hint = 12 xaraf iyo lambar, tusaale ahaan ABCD-EFGH-JKMN.
activate-pin = Dooro PIN (6 lambar)
activate-pin-hint = Yaanay dhammaan isku lambar ahaan, yaanayna isku xigin sida 123456.
activate-pin-repeat = Mar kale qor PIN-ka
activate-submit = Dhaqaaji
activate-busy = Waa la dhaqaajinayaa…
activate-already = Hore ma u dhaqaajisay?
show-pin = Muuji PIN-ka
field-pin = PIN
error-pins_differ = Labada PIN isku mid ma aha. Qor isla lixda lambar laba jeer.

## Resident sign-in
sign-in-number-hint = 10-ka lambar ee ku qoran dukumentigaaga W.
sign-in-busy = Waa la galayaa…
sign-in-forgot = Ma ilowday PIN-kaaga? Shaqaalaha goobtaada ka codso kaar cusub.

## My sessions
sessions-lead = Kuwani waa taleefannada iyo kombiyuutarrada aad ku gashan tahay. Ka bax kuwa aanad aqoonsanayn.
loading-sessions = Fadhiyadaada waa la soo rarayaa…
sessions-sign-out-everywhere = Ka bax meel walba
sessions-this-device = Qalabkan
sessions-signed-in = Galitaanka
sessions-last-used = Markii ugu dambaysay
sessions-sign-out-here = Ka bax qalabkan

## App updates and offline
app-name = Wegwijs: jidkaaga hel
app-description = Macluumaad, arrimahaaga gaarka ah iyo casharro xirfadaha dhijitaalka ah oo loogu talagalay dadka ku nool xarumaha soo dhoweynta.
update-ready = Nooc cusub oo Wegwijs ah ayaa diyaar ah.
update-reload = Dib u shub
offline-page-title = Boggan weli lama heli karo internet la'aan
offline-page-text = Wegwijs weli boggan kuma kaydin qalabkaaga. Hal mar fur adigoo internet haysta; kadib internet la'aan ayuu ku shaqeynayaa. Si iskiis ah ayuu u furmayaa marka xiriirku soo laabto.

## Offline changes (the write queue): header indicator and /pending
pending-waiting = { $count ->
    [one] 1 isbeddel ayaa sugaya
   *[other] { $count } isbeddel ayaa sugaya
}
pending-sending = Waa la dirayaa { $done } ee { $total }…
pending-rejected = { $count ->
    [one] 1 isbeddel lama aqbalin
   *[other] { $count } isbeddel lama aqbalin
}
pending-title = Isbeddellada qalabkan ku jira
pending-lead = Isbeddellada aad samayso adigoo aan internet lahayn waxay ku kaydsan yihiin qalabkan, waxaana loo diraa si isku xigta marka internetku soo laabto. Waxba lama tuurayo haddii aadan adigu dooran.
pending-empty = Isbeddel kasta waa la diray.
pending-send-now = Hadda dir
pending-made-at = La sameeyay
pending-state = Xaaladda
pending-state-waiting = Wuxuu sugayaa in la diro
pending-state-sending = Waa la dirayaa…
pending-state-rejected = Wegwijs ma aqbalin
pending-why = Sababta aan loo aqbalin
pending-discard = Tuur isbeddelkan
pending-what-client-error = Warbixin dhibaato oo loogu talagalay kooxda taageerada
error-report-queued = Waxaa lagu kaydiyay qalabkan. Waa la diri doonaa marka internetku soo laabto.

## Display settings (text size, contrast) and reading aloud
nav-display = Muuqaalka
display-title = Cabbirka qoraalka iyo kala-duwanaanta midabka
display-intro = Qoraalka ka dhig mid weyn ama midabada ka dhig kuwo xoog badan. Doorashadaada waxaa lagu hayaa qalabkan.
display-text-size = Cabbirka qoraalka
display-size-normal = Caadi
display-size-large = Weyn
display-size-larger = Ka weyn
display-sample = Aa
display-contrast = Kala-duwanaanta midabka
display-contrast-normal = Midabo caadi ah
display-contrast-high = Kala-duwanaan sare
display-not-kept = Qalabkani ma hayn karo doorashadaada. Waxay socotaa ilaa aad xirto Wegwijs.
listen = Dhageyso
listen-page = Dhageyso boggan
listen-pause = Hakad
listen-resume = Sii wad
listen-stop = Jooji
listen-unavailable = Akhrinta codka dheer lagama heli karo luqaddan qalabkan.
listen-failed = Akhrinta codka dheer way istaagtay khalad awgii. Mar kale isku day.

## centre
centre-title = Xaruntayda
centre-loading = Macluumaadka xaruntaada ayaa soo dhacaya…
centre-emergency-title = Xaalad degdeg ah
centre-emergency-text = Haddii nolol khatar ku jirto wac { $number }: booliska, dab-damiska ama gaadiidka gurmadka. Wicitaanku waa bilaash, xitaa adigoo aan haysan dhibco.
centre-call = Wac { $number }
centre-address = Cinwaanka
centre-postal-address = Cinwaanka boostada
centre-phone = Taleefanka
centre-email = Iimayl
centre-place = Halkee
centre-services-title = Adeegyada iyo saacadaha furitaanka
centre-no-services = Weli lama darin wax adeeg ah. Weydii miiska soo dhaweynta.
centre-status-open-always = Hadda waa furan yahay, habeen iyo maalin
centre-status-open-until = Hadda waa furan yahay, ilaa { $time }
centre-status-open-until-day = Hadda waa furan yahay, ilaa { $day } { $time }
centre-status-closed-opens = Waa xiran yahay, wuxuu furmayaa { $time }
centre-status-closed-opens-tomorrow = Waa xiran yahay, berri ayuu furmayaa { $time }
centre-status-closed-opens-day = Waa xiran yahay, wuxuu furmayaa { $day } { $time }
centre-status-closed-unknown = Waa xiran yahay, saacado furitaan ma jiraan labada toddobaad ee soo socda
centre-status-closed-reason = Maanta waa xiran yahay ({ $reason })
centre-next-tomorrow = Berri ayuu furmayaa { $time }
centre-next-day = Wuxuu furmayaa { $day } { $time }
centre-today-hours = Maanta: { $hours }
centre-special-today = Saacado gaar ah maanta: { $reason }
centre-closed = Xiran
centre-week-hours = Saacadaha furitaanka ee toddobaadka oo dhan
centre-week-caption = Saacadaha furitaanka: { $service }
centre-day = Maalin
centre-hours = Saacadaha
centre-exceptions-title = Maalmo gaar ah
centre-kind-reception_desk = Miiska soo dhaweynta
centre-kind-medical_practice = Xarunta caafimaadka (GZA)
centre-kind-mail = Boostada
centre-kind-allowance = Lacagta nolosha iyo lacag bixinta
centre-kind-shop = Dukaan iyo cunto
centre-kind-laundry = Dharka dhaqashada
centre-kind-counselling = La-talin (VluchtelingenWerk)
centre-kind-transport = Gaadiid
centre-kind-other = Kale
## activities
activities-title = Hawlaha
activities-lead = Waxa ka socda xaruntaada labada toddobaad ee soo socda. Is diiwaangeli, si qabanqaabiyayaashu u ogaadaan inaad imanayso.
activities-loading = Hawlaha waa la soo rarayaa…
activities-none = Labada toddobaad ee soo socda wax hawl ah lama qorsheyn.
activities-today = Maanta, { $date }
activities-time = Waqtiga
activities-place = Goobta
activities-language = Luqadda
activities-places = Meelaha
activities-no-language-needed = Looma baahna luqad la hadlo
activities-cancelled = Hawshan waa la joojiyay.
activities-full = Waa buuxdaa. Liiska sugitaanka: { $waiting }
activities-places-left = Meelaha haray: { $count }
activities-queued-signup = Is-diiwaangelintaada waxaa lagu kaydiyay taleefankan. Waa la diri doonaa marka aad internetka ku jirto.
activities-queued-cancel = Joojintaada waxaa lagu kaydiyay taleefankan. Waa la diri doonaa marka aad internetka ku jirto.
activities-you-have-a-place = Meel ayaad haysataa.
activities-you-are-waiting = Waxaad ku jirtaa liiska sugitaanka (lambarka { $position }).
activities-started = Hawshan horay ayay u bilaabatay.
activities-cancel = Jooji is-diiwaangelintayda
activities-sign-up = Is diiwaangeli
activities-join-waiting-list = Ku biir liiska sugitaanka
activities-pending-signup = Is-diiwaangelin hawl
activities-pending-cancel = Joojinta is-diiwaangelinta hawl
error-activities_started = Hawshan horay ayay u bilaabatay, markaa mar dambe ma is diiwaangelin kartid mana joojin kartid.
error-activities_cancelled = Hawshan waa la joojiyay.
error-activities_no_occurrence = Hawshu taariikhdan ma dhacayso.
## Resident information (My procedure, library, news, vacancies, search, favourites)
info-procedure-title = Habraaccayga
info-procedure-now = Halka aad hadda joogto:
info-procedure-unknown = Shaqaaluhu weli ma qorin heerka aad ku jirto habraaca magangelyada. Weydii miiska soo dhaweynta.
info-procedure-next = Waxa xiga ee dhici kara
info-procedure-no-next = Kani waa dhammaadka habraaca magangelyada.
info-procedure-read = Wax badan ka akhri tallaabadan
info-stage-application = Codsiga magangelyada
info-stage-application-about = Waxaad magangelyo ka codsanaysaa IND. Booliisku wuxuu hubinayaa cidda aad tahay oo qorayaa xogtaada.
info-stage-central_reception = Soo dhaweynta dhexe
info-stage-central_reception-about = Dhowr maalmood ayaad joogaysaa goobta soo dhaweynta dhexe: wareysi diiwaangelin, baaritaan qaaxo iyo wadahadal ugu horreeya oo lala yeesho kalkaaliye caafimaad.
info-stage-rest_and_preparation = Waqtiga nasashada iyo diyaargarowga
info-stage-rest_and_preparation-about = Qiyaastii hal toddobaad oo lagu nasto laguna diyaargaroobo. Waxaad la kulmaysaa qareenkaaga, waxaadna macluumaad ka helaysaa Golaha Qaxootiga Nederland.
info-stage-general_procedure = Habraaca guud ee magangelyada
info-stage-general_procedure-about = IND waxay ku weydiinaysaa cidda aad tahay iyo sababta aad u qaxday. Qareenkaagu wuu ku caawinayaa. Kadibna IND ayaa go'aan gaaraysa.
info-stage-extended_procedure = Habraaca magangelyada ee la dheereeyay
info-stage-extended_procedure-about = IND waxay u baahan tahay waqti dheeraad ah si ay go'aan u gaarto. Tani waxay qaadan kartaa bilo. Waxaad ku sugaysaa xarun soo dhaweyn.
info-stage-permit_granted = Waxaa laguu siiyay sharciga deganaanshaha
info-stage-permit_granted-about = Waad joogi kartaa Nederland. Waxaad guri ka helaysaa degmo, waxaadna bilaabaysaa barashada luqadda Nederlandka.
info-stage-appeal = Racfaan
info-stage-appeal-about = IND waxay tidhi maya. Qareenkaagu wuxuu maxkamadda ka codsan karaa inay mar kale eegto go'aanka.
info-stage-departure = Ka bixitaan
info-stage-departure-about = Jawaabta kama dambaysta ahi waa maya. Waa inaad ka baxdaa Nederland. Adeegga Celinta iyo Ka-bixitaanka (DT&V) ayaa arrintan kaala hadlaya.
info-tiles-title = Macluumaad iyo nolosha xarunta
info-tile-library = Macluumaad
info-tile-news = Warar
info-tile-centre = Xaruntayda
info-tile-activities = Hawlo
info-tile-vacancies = Shaqo iyo shaqo tabaruc
info-tile-search = Raadi
info-tile-favourites = Kuwa aan jeclahay
info-news-unread = { $count ->
    [one] { $count } war aan la akhrin
   *[other] { $count } war oo aan la akhrin
}
info-updated = Macluumaadka waa la cusboonaysiiyay: { $time }
info-offline-saved = Internet kuma xidhnid. Kani waa macluumaadka la kaydiyay { $time }.
info-loading = Macluumaadka waa la soo rarayaa…
info-pending-favourite = Mid aad jeceshahay ayaa la kaydiyay ama la saaray
info-pending-news-seen = Wararka waxaa loo calaamadeeyay kuwo la akhriyay
info-library-lead = Jawaabaha su'aalaha caadiga ah, oo ay hubiyeen shaqaaluhu. Dooro mawduuc.
info-category-asylum-procedure = Habraaca magangelyada
info-category-rights-obligations = Xuquuqda iyo waajibaadka
info-category-health-care = Daryeelka caafimaadka
info-category-safety = Badbaadada
info-category-daily-life = Nolosha maalinlaha ah
info-category-learning-work = Waxbarasho iyo shaqo
info-library-empty = Weli wax kuma saabsana mawduucan.
info-back-library = Ku noqo Macluumaadka
info-not-found-title = Lama helin
info-not-found = Macluumaadkan lama helin. Waxaa laga yaabaa in la tirtiray, ama weli kuma jiraan taleefankan.
info-fallback = Qoraalkan weli lagama heli karo luqaddaada. Waxaa lagu muujinayaa: { $language }.
info-outdated = Qoraalka asalka ah wuu isbeddelay tan iyo markii turjumaaddan la sameeyay. Weydii shaqaalaha haddii wax aan caddayn jiraan.
info-published = La daabacay { $date }
info-favourite-add = Ku kaydi kuwa aad jeceshahay
info-favourite-remove = Ka saar kuwa aad jeceshahay
info-favourite-gone = Kan aad jeclayd hadda lama heli karo.
info-news-lead = Wararka xaruntaada iyo hay'adda, kuwa ugu cusub marka hore.
info-news-empty = Hadda war ma jiro.
info-news-new = Cusub
info-vacancies-lead = Shaqo mushahar leh iyo shaqo tabaruc ah. Akhri shuruudaha; shaqaaluhu wax badan ayay kuu sheegi karaan.
info-vacancies-empty = Hadda ma jiraan shaqooyin bannaan.
info-vacancy-paid = Shaqo mushahar leh
info-vacancy-volunteer = Shaqo tabaruc ah
info-vacancy-contact = Xiriir
info-vacancy-link = Bogga internetka
info-search-label = Maxaad raadinaysaa?
info-search-hint = Wuxuu ka raadiyaa dhammaan macluumaadka, wararka iyo shaqooyinka bannaan. Sidoo kale wuu shaqeeyaa internet la'aan.
info-search-none = Waxba lama helin. Isku day erayo ka yar ama kale.
info-search-results = { $count ->
    [one] { $count } natiijo
   *[other] { $count } natiijo
}
info-kind-article = Macluumaad
info-kind-news = War
info-kind-vacancy = Shaqo bannaan
info-favourites-lead = Waxa aad ku kaydisay xiddigta.
info-favourites-empty = Weli ma lihid kuwo aad jeceshahay. Taabo “Ku kaydi kuwa aad jeceshahay” macluumaad, war ama shaqo bannaan si aad halkan ugu haysato.

## search
search-hint = Wuxuu ka raadiyaa dhammaan macluumaadka, wararka, shaqooyinka bannaan, hawlaha iyo adeegyada xaruntaada. Sidoo kale wuu shaqeeyaa internet la'aan.
search-kind-activity = Hawl
search-kind-service = Adeegga xarunta

## learning resident
learning-tile = Waxbarasho
learning-title = Waxbarashadayda
learning-lead = Casharro gaagaaban oo ku saabsan isticmaalka badbaadsan ee taleefankaaga iyo internetka. Ku baro xawaarahaaga, xitaa internet la'aan.
learning-loading = Casharradaada ayaa soo dhacaya…
learning-none = Weli casharro laguuma hayo.
learning-assigned = Waxaa ku siiyay tababarahaaga
learning-optional = Casharro kale oo aad dooran karto
learning-passport-link = Baasaboorka waxbarashadayda
learning-state-label = Xaaladda
learning-state-not-started = Lama bilaabin
learning-state-in-progress = La bilaabay
learning-state-completed = Waa la gudbay
learning-level-label = Heerka
learning-minutes-label = Waqtiga
learning-minutes = Qiyaastii { $minutes } daqiiqo
learning-competences-label = Xirfadaha
learning-questions-progress = Su'aalaha: { $done } ka mid ah { $total }
learning-due = Dhammee ka hor { $date }
learning-overdue = Waa dib u dhacay: waqtigiisu wuxuu ahaa { $date }
learning-start = Bilow
learning-continue = Sii wad
learning-open-certificate = Fur shahaadada
learning-preview-banner = Horudhac — jawaabo lama kaydinayo.
learning-queued = Waa la diri doonaa marka aad online noqoto.
learning-step-of = Tallaabada { $step } ee { $total }
learning-nav = Tallaabooyinka
learning-back = Dib u noqo
learning-next = Xiga
learning-audio = Dhageyso duubis:
learning-try-it = Ku tijaabi taleefankaaga
learning-end-title = Natiijadaada
learning-end-no-questions = Casharkan su'aalo ma laha.
learning-score = Waxaad si sax ah uga jawaabtay { $correct } ka mid ah { $total } su'aalood.
learning-passed = Si fiican, waad gudubtay!
learning-certificate-code = Koodhka shahaadadaada:
learning-verify-link = Hubi shahaadadan
learning-certificate-waiting = Shahaadadaadu waxay soo muuqan doontaa marka aad online noqoto.
learning-preview-no-certificate = Horudhaca shahaado kuma jirto.
learning-not-passed = Weli ma aadan gudbin. Waxaad u baahan tahay { $percent } % jawaabaha oo sax ah. Mar kale ayaad isku dayi kartaa.
learning-try-again = Mar kale isku day
learning-back-to-list = Ku noqo waxbarashadayda
learning-true = Run
learning-false = Been
learning-pick-all = Calaamadee jawaab kasta oo sax ah, kadibna riix Hubi.
learning-check = Hubi
learning-order-hint = Tallaabooyinka ku hagaaji siday u kala horreeyaan adigoo isticmaalaya badhamada fallaadhaha, kadibna riix Hubi.
learning-move-up = Kor u qaad: { $item }
learning-move-down = Hoos u dhig: { $item }
learning-correct = Waa sax!
learning-wrong = Sax maaha gebi ahaanba.
learning-pending-answer = Jawaab cashar ku jirta
learning-pending-seen = Horumar cashar ku jira
learning-passport-title = Baasaboorka waxbarashadayda
learning-passport-lead = Shahaadooyinkaaga iyo xirfadaha dhijitaalka ah ee aad muujisay. Way kula joogtaa marka aad u guurto xarun kale.
learning-passport-none = Weli shahaado ma haysid.
learning-passport-no-competences = Weli xirfad ma jirto. Gudub cashar si aad mid ugu darto.
learning-passport-certificates = Shahaadooyinka
learning-passport-competences = Xirfadaha aan muujiyay
learning-issued-on = Taariikhda
learning-code-label = Koodhka shahaadada
learning-verify-title = Hubi shahaado
learning-verify-lead = Qor koodhka shahaadada si aad u ogaato inay run tahay. Waxaad arkaysaa casharka, heerka iyo taariikhda, waxba kuma saabsana qofka.
learning-verify-code-label = Koodhka shahaadada
learning-verify-submit = Hubi
learning-verify-mistyped = Koodhkani sax maaha. Hubi koodhka: malaha xaraf ama lambar ayaa si khaldan loo qoray.
learning-verify-not-found = Ma jirto shahaado leh koodhkan.
learning-verify-valid = Shahaadadani waa run.
## learning: DigComp 2.2
digcomp-area-1 = Aqoonta macluumaadka iyo xogta
digcomp-area-2 = Isgaarsiinta iyo wada shaqeynta
digcomp-area-3 = Abuurista waxyaabaha dijitaalka ah
digcomp-area-4 = Badbaadada
digcomp-area-5 = Xallinta dhibaatooyinka
digcomp-1-1 = Baadhista, raadinta iyo shaandhaynta xogta, macluumaadka iyo waxyaabaha dijitaalka ah
digcomp-1-2 = Qiimaynta xogta, macluumaadka iyo waxyaabaha dijitaalka ah
digcomp-1-3 = Maaraynta xogta, macluumaadka iyo waxyaabaha dijitaalka ah
digcomp-2-1 = Xiriirka iyadoo la adeegsanayo tignoolajiyada dijitaalka ah
digcomp-2-2 = Wadaagista iyadoo la adeegsanayo tignoolajiyada dijitaalka ah
digcomp-2-3 = Ka qaybgalka bulshada iyadoo la adeegsanayo tignoolajiyada dijitaalka ah
digcomp-2-4 = Wada shaqeynta iyadoo la adeegsanayo tignoolajiyada dijitaalka ah
digcomp-2-5 = Anshaxa internetka
digcomp-2-6 = Maaraynta aqoonsiga dijitaalka ah
digcomp-3-1 = Horumarinta waxyaabaha dijitaalka ah
digcomp-3-2 = Isku darka iyo dib u habaynta waxyaabaha dijitaalka ah
digcomp-3-3 = Xuquuqda daabacaadda iyo ruqsadaha
digcomp-3-4 = Barnaamij samaynta
digcomp-4-1 = Ilaalinta qalabka
digcomp-4-2 = Ilaalinta xogta shakhsiga ah iyo sirta
digcomp-4-3 = Ilaalinta caafimaadka iyo ladnaanta
digcomp-4-4 = Ilaalinta deegaanka
digcomp-5-1 = Xallinta dhibaatooyinka farsamo
digcomp-5-2 = Aqoonsiga baahiyaha iyo xalalka tignoolajiyada
digcomp-5-3 = Si hal-abuur leh u isticmaalka tignoolajiyada dijitaalka ah
digcomp-5-4 = Aqoonsiga waxa ka maqan xirfadaha dijitaalka ah
digcomp-level = Heer { $level }
digcomp-level-1 = Aasaasi: caawimaad leh
digcomp-level-2 = Aasaasi: keligay
digcomp-level-3 = Dhexe: hawlo fudud keligay
digcomp-level-4 = Dhexe: xallinta dhibaatooyinka
