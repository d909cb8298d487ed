# Wegwijs, qoraalka shaqaalaha: Soomaali.

## Common
cancel = Jooji
save = Kaydi
saving = Waa la kaydinayaa…
edit = Wax ka beddel
confirm = Xaqiiji
continue = Sii wad
checking = Waa la hubinayaa…
field-status = Xaaladda
field-type = Nooca
field-municipality = Degmada
field-places = Meelaha
field-change = Beddel
field-role = Doorka
field-email = Cinwaanka iimaylka
field-password = Furaha sirta ah
show-password = Muuji furaha sirta ah
date-from = Laga bilaabo
date-until = Ilaa
choose-location = Dooro goob
staff-loading-locations = Goobaha waa la soo rarayaa…
role-resident = Degane
role-trainer = Tababare
role-staff = Shaqaale
role-admin = Maamule
status-card-pending = Kaarka waa la bixiyay, weli lama dhaqaajin
status-active = Firfircoon
status-disabled = La joojiyay

## Staff overview
staff-overview-title = Guudmarka shaqaalaha
staff-register-new = Diiwaangeli degane cusub
capacity-caption = Goobaha soo dhaweynta ee { $agency }
capacity-total = Wadarta
system-status = Xaaladda nidaamka
checking-system = Nidaamka waa la hubinayaa…
health-ok = Si caadi ah ayuu u shaqaynayaa
health-degraded = Hoos u dhac: kaydka xogta diyaar ma aha
health-schema = Qaabka kaydka xogta
health-none = midna
health-api-version = Nooca API-ga

## Residents
residents-title = Deganayaasha
residents-all-locations = Dhammaan goobahayga
loading-residents = Deganayaasha waa la soo rarayaa…
residents-empty = Weli halkan degane lagama diiwaangelin.
residents-caption = Deganayaasha ({ $count })

## New resident
new-resident-title = Degane cusub
new-resident-registered = Waa la diiwaangeliyay. Kaarkan sii deganaha.
new-resident-open = Fur deganahan
new-resident-another = Diiwaangeli degane kale
field-preferred-name = Magaca la door biday
field-preferred-name-hint = Magaca uu deganuhu jecel yahay in loogu yeero.
field-v-number = Lambarka deganaha (V-lambarka)
field-v-number-hint = 10 god.
choose-language = Dooro luqad
field-birth-optional = Taariikhda dhalashada (ikhtiyaari)
field-birth-hint = Kaliya marka deganuhu rabo macluumaad ku habboon da'diisa.
new-resident-submit = Diiwaangeli oo samee kaar
new-resident-busy = Waa la diiwaangelinayaa…

## One resident
all-residents = Dhammaan deganayaasha
loading-resident = Deganaha waa la soo rarayaa…
moves-now = hadda
field-date-of-birth = Taariikhda dhalashada
not-recorded = Lama diiwaangelin
moves-caption = Meelaha uu deganahani ku noolaa
card-issue = Bixi kaar dhaqaajin cusub
card-confirm-text = Koodhkii hore wuu joogsanayaa, deganahana waa laga saarayaa qalab kasta. Kaarka cusub ayuu ku dooranayaa PIN cusub. Ma sii wadaa?
card-confirm = Haa, bixi kaar cusub
move-title = U wareeji goob kale
move-done = Waa la wareejiyay.
move-new-location = Goobta cusub
move-submit = Wareeji
move-busy = Waa la wareejinayaa…

## Activation card
card-code-label = Koodhka dhaqaajinta
card-qr-label = Koodh QR ah oo fura Wegwijs iyadoo koodhkan horay loo buuxiyay
card-print = Daabac kaarka

## Trainer area
trainer-title = Qaybta tababarayaasha
trainer-lead = Cutubyada xirfadaha dhijitaalka ah waxay ku xiran yihiin qaab-dhismeedka Midowga Yurub ee DigComp 2.2. Kuwani waa shanta qaybood ee awoodaha.

## Staff sign-in
staff-sign-in-title = Galitaanka shaqaalaha iyo tababarayaasha
field-totp-code = Koodhka ka yimid app-ka xaqiijinta
field-totp-code-hint = 6 god, ama mid ka mid ah koodhadhkaaga soo celinta.
staff-resident-question = Ma degane baad tahay?
staff-resident-link = Ku gal lambarka deganaha

## Accepting an invitation
invite-title = Casuumaad
invite-incomplete = Linkigani ma dhammaystirna. Fur linkiga oo dhan ee casuumaaddaada, ama maamule ka codso mid cusub.
invite-setup-title = Diyaari akoonkaaga
invite-step-password = Tallaabada 1 ee 3: dooro furaha sirta ah
field-password-hint = Ugu yaraan 8 xaraf; jumlad ayaa si fiican u shaqaysa.
field-password-repeat = Mar kale qor furaha sirta ah
error-passwords_differ = Labada furaha sirta ah isku mid ma aha.
invite-step-app = Tallaabada 2 ee 3: ku xir app xaqiijin
invite-scan = Koodhkan QR ku sawir app xaqiijin oo taleefankaaga ku jira (tusaale ahaan midka hay'addaadu isticmaasho). Akoonka:
invite-qr-label = Koodh QR ah oo loogu talagalay app-kaaga xaqiijinta
invite-cannot-scan = Ma sawiri kartid? Furahan app-ka ku qor halkii:
field-app-code = Koodhka 6-da god ah ee app-ku muujiyo
invite-step-codes = Tallaabada 3 ee 3: kaydi koodhadhka soo celinta
invite-codes-text = Haddii taleefankaagu kaa lumo, koodh kasta oo kuwan ka mid ah wuxuu kuu oggolaanayaa inaad hal mar gasho halkii koodhka app-ka. Daabac ama qor oo meel ammaan ah ku hay. Hadda oo kaliya ayaa la muujinayaa.
invite-codes-stored = Waan kaydiyay

## Admin: accounts
admin-accounts = Akoonnada
admin-locations = Goobaha
admin-audit = Diiwaanka hubinta
loading-accounts = Akoonnada waa la soo rarayaa…
accounts-caption = Shaqaalaha, tababarayaasha iyo maamulayaasha
field-email-short = Iimayl
account-status-pending = Waa la casuumay, weli lama diyaarin
account-edit-title = Beddel { $name }
account-disabled = La joojiyay (qofkan meel kasta waa laga saarayaa, gelitaankana waa laga joojinayaa)
invite-someone = Casuun qof
invite-locations = Goobaha (shaqaalaha iyo tababarayaasha waxay u baahan yihiin ugu yaraan hal)
invite-create = Samee casuumaad
invite-creating = Waa la samaynayaa…
invite-created = Casuumaadda { $name } waa la sameeyay. Linkigan u dir; hal mar ayuu shaqaynayaa, ilaa { $until }. Hadda oo kaliya ayaa la muujinayaa.
invite-link = Linkiga casuumaadda
invite-copy = Koobi linkiga
invite-copied = Waa la koobiyay.
invite-copy-failed = Lama koobiyi karin. Dooro linkiga oo gacanta ku koobi.

## Admin: locations
locations-caption = Goobaha { $agency }
field-timezone = Aagga waqtiga
field-timezone-hint = Tusaale ahaan Europe/Amsterdam.
error-not_a_number = Tirada meelaha ku qor godad, tusaale ahaan 400.
location-change-title = Beddel goobta
location-add-title = Ku dar goob
location-add = Ku dar goobta

## Admin: audit log
audit-actor-id = Aqoonsiga qofka falka sameeyay
audit-resident-id = Aqoonsiga deganaha
audit-event = Dhacdo
audit-all-events = Dhammaan dhacdooyinka
audit-show = Muuji
loading-audit = Diiwaanka hubinta waa la soo rarayaa…
audit-none = Wax u dhigma ma jiraan.
audit-caption = Diiwaanno, kuwa ugu dambeeyay marka hore
audit-time = Waqtiga
audit-actor = Falka sameeyay
audit-resident = Degane
audit-subject = Mawduuca
audit-details = Faahfaahin
audit-request-id = Aqoonsiga codsiga
audit-newest = Diiwaannada ugu dambeeyay
audit-older = Diiwaanno hore
audit-event-sign_in = galid
audit-event-sign_in_failed = galid guuldareystay
audit-event-locked_out = la xannibay
audit-event-sign_out = ka bixid
audit-event-session_revoked = fadhi la joojiyay
audit-event-activated = la dhaqaajiyay
audit-event-permission_denied = oggolaansho la diiday
audit-event-resident_read = degane la eegay
audit-event-resident_listed = liiska deganayaasha la eegay
audit-event-resident_created = degane la diiwaangeliyay
audit-event-activation_card_issued = kaar dhaqaajin la bixiyay
audit-event-resident_moved = degane la wareejiyay
audit-event-account_invited = akoon la casuumay
audit-event-account_enrolled = akoon la diyaariyay
audit-event-account_updated = akoon la cusboonaysiiyay
audit-event-location_changed = goob la beddelay

## content
audit-event-procedure_stage_set = heerka habraaca magangalyada waa la dejiyay
## centre
centre-edit-title = Macluumaadka xarunta
centre-edit-lead = Waxa deganayaashu ku arkaan "Xaruntayda": cinwaanka, lambarrada taleefanka, adeegyada iyo saacadaha furitaanka. Waqtiyadu waa waqtiga maxalliga ah ee xarunta.
centre-edit-no-location = Laguma xidhin goob.
centre-edit-contacts = Cinwaanka iyo xiriirka
centre-edit-services = Adeegyada
centre-edit-new-service = Ku dar adeeg
centre-edit-kind = Nooca adeegga
centre-edit-name = Magac (ikhtiyaari)
centre-edit-note = Qoraal loogu talagalay deganayaasha
centre-edit-hours = Saacadaha furitaanka toddobaadlaha ah
centre-edit-hours-hint = Ku dar saf xilli kasta oo adeeggu furan yahay. Xilli ma dhaafi karo saqda dhexe; 00:00 oo ah waqtiga xiritaanka waxay ka dhigan tahay saqda dhexe.
centre-edit-opens = Furmaa
centre-edit-closes = Xirmaa
centre-edit-add-range = Ku dar saacado furitaan { $day }
centre-edit-remove-range = Ka saar saacadahan
centre-edit-exceptions = Maalmo gaar ah
centre-edit-exceptions-hint = Fasaxyada rasmiga ah iyo maalmo kale oo saacado kale leh. Saacado la'aan, adeeggu maalinta oo dhan waa xiran yahay.
centre-edit-date = Taariikh
centre-edit-reason = Sababta (deganayaashu way arkaan)
centre-edit-special-hours = Saacadaha maalintan
centre-edit-add-exception = Ku dar maalin gaar ah
centre-edit-remove-exception = Ka saar maalintan gaarka ah
centre-edit-save = Kaydi
centre-edit-saving = Waa la kaydinayaa…
centre-edit-saved = Waa la kaydiyay. Deganayaashu isbeddelka way arki doonaan marka ay bogga mar kale furaan.
centre-edit-remove-service = Ka saar adeegga
centre-edit-conflict = Qof kale ayaa tan beddelay intaad wax ka beddelaysay. Waxba lama kaydin, waxaad qortayna weli halkan ayay yaalaan. Dib u soo deji si aad u aragto isbeddelkooda, kadibna mar kale samee isbeddelkaaga.
centre-edit-reload = Dib u soo deji
centre-error-invalid_time = Geli waqti, tusaale ahaan 09:00.
centre-error-closes_before_opens = Waqtiga xiritaanku waa inuu ka dambeeyaa waqtiga furitaanka.
centre-error-overlapping_ranges = Saacadahani waxay la galayaan saacado kale oo isla maalintaas ah.
centre-error-out_of_range = Waqtigani kuma jiro inta u dhaxaysa 00:00 iyo 24:00.
centre-error-duplicate_date = Taariikhdan horeba waa maalin gaar ah.
centre-error-invalid_date = Geli taariikh.
centre-error-invalid_phone = Geli lambar taleefan oo tiro ah, tusaale ahaan +31 6 0000 0000.
centre-error-invalid_email = Geli cinwaan iimayl sida desk@example.org.
centre-error-too_many_ranges = Xilliyo badan hal maalin (ugu badnaan 6).
centre-error-too_many_exceptions = Maalmo gaar ah oo badan: ka saar kuwii hore.
centre-error-required = Goobtan waa qasab.
centre-error-too_long = Qoraalkani aad buu u dheer yahay.
centre-error-stale_version = Qof kale ayaa horay u beddelay.
## activities (issue 5)
activities-staff-title = Hawlaha
activities-new = Hawl cusub
activities-coming = Labada toddobaad ee soo socda
activities-all = Dhammaan hawlaha
activities-staff-loading = Hawlaha waa la soo rarayaa…
activities-staff-none = Hawl ma jirto.
activities-coming-caption = Hawlaha {$days} maalmood ee soo socda
activities-when = Goorma
activities-what = Hawl
activities-confirmed = Meelaha la qaatay
activities-waiting = Sugaya
activities-participants = Ka-qaybgalayaasha
activities-cancelled-badge = la joojiyay
activities-show-participants = Tus magacyada
activities-participants-of = Ka-qaybgalayaasha { $date }
activities-confirmed-count = La xaqiijiyay: { $count } ka mid ah { $capacity }
activities-waiting-count = Liiska sugitaanka: { $count }
activities-nobody = Weli qofna.
activities-every-week = { $weekday } kasta, { $time }, { $minutes } daqiiqo
activities-once-on = Hal mar, { $date }, { $time }, { $minutes } daqiiqo
activities-capacity = Tirada meelaha
activities-conflict = Qof kale ayaa kaydiyay hawshan kadib markii aad furtay. Isbeddelladaada weli lama kaydin: marka hore eeg kuwooda.
activities-edit = Wax ka beddel
activities-restore = Soo celi
activities-cancel-activity = Jooji hawsha
activities-edit-title = Wax ka beddel hawsha
activities-new-title = Hawl cusub
activities-load-theirs = Soo rar noocooda (isbeddelladaada waa tirtirmayaan)
activities-recurrence = Intee jeer
activities-weekly = Toddobaad kasta
activities-once = Hal mar
activities-start-date = Taariikhda (hawl toddobaadle ah: taariikhda ugu horreysa ee suurtagal ah)
activities-weekday = Maalinta toddobaadka
activities-end-date = Taariikhda ugu dambeysa (ikhtiyaari)
activities-end-date-hint = Ka tag madhan haddii hawshu sii socoto.
activities-start-time = Waqtiga bilowga
activities-duration = Muddada daqiiqado
activities-source-language = Markii hore lagu qoray
activities-add-translation = Ku dar turjumaad
activities-save = Kaydi
activities-saving = Waa la kaydinayaa…
activities-back = Ku noqo liiska
activities-text-number = Qoraalka { $number }
activities-text-language = Luqadda qoraalkan
activities-title-field = Cinwaan
activities-description = Sharaxaad (ikhtiyaari)
activities-remove-translation = Ka saar qoraalkan
error-activities_weekday_required = Hawl toddobaadle ah waxay u baahan tahay maalin toddobaadka ka mid ah.
error-activities_weekday_invalid = Dooro maalin Isniin ilaa Axad.
error-activities_end_for_once = Hawl hal mar ah ma laha taariikh dambe: dooro toddobaad kasta, ama ka tag madhan.
error-activities_end_before_start = Taariikhda dambe waxay ka horreysaa taariikhda hore.
error-activities_invalid_time = Waqtiga u qor sida HH:MM, tusaale 14:30.
error-activities_duration_range = Muddadu waa 5 daqiiqo ilaa 12 saacadood.
error-activities_past_midnight = Hawshu waa inay dhammaataa saqda dhexe ka hor.
error-activities_capacity_range = Tirada meeluhu waa 1 ilaa 1000.
error-activities_duplicate_language = Luqaddan waxay leedahay laba qoraal; mid hay.
error-activities_source_text_required = Cinwaanka ku qor luqadda hawsha markii hore lagu qoray.
error-activities_stale = Qof kale ayaa beddelay hawshan kadib markii aad furtay.
error-activities_location_fixed = Hawl waxay ku hartaa goobteeda; hawl cusub ka samee goobta kale.
error-activities_duration_not_number = Muddada ku qor daqiiqado, tirooyin, tusaale 90.
audit-event-activity_participants_read = ka-qaybgalayaasha hawl la eegay
