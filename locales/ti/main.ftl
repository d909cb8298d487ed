# Wegwijs: ትግርኛ.

## Language picker
language-title = ቋንቋ
language-intro = Wegwijs ብኸመይ ቋንቋ ክዛረበኩም ከም ዘለዎ ምረጹ። ኣብ ዝኾነ ግዜ ክትቕይርዎ ትኽእሉ ኢኹም።
nav-language = ቋንቋ

## Account (the language remembered on the account; changes still waiting at sign-out)
pending-what-language = ንሕሳብኩም ዝተመርጸ ቋንቋ
pending-state-held = እቲ ዝገበሮ ሰብ ኣብዚ መሳርሒ ደጊሙ ክሳዕ ዝኣቱ ይጽበ
sign-out-unsent = { $count ->
    [one] ሓደ ለውጥኹም ገና ኣይተላእከን።
   *[other] { $count } ለውጥታትኩም ገና ኣይተላእኩን።
}
sign-out-unsent-kept = ሕጂ እንተ ወጺእኩም፣ ኣብዚ መሳርሒ ይጸንሑ፣ ኣብዚ ደጊምኩም ምስ ኣተኹም ድማ ይለኣኹ።
sign-out-send-first = ሕጂ ስደዶም
sign-out-anyway = ብዝኾነ ውጻእ

## Page frame
skip-to-content = ናብ ትሕዝቶ ኪድ
nav-main = ቀንዲ ዝርዝር
nav-home = መእተዊ ገጽ
nav-trainers = ኣሰልጠንቲ
nav-staff = ሰራሕተኛታት
nav-admin = ምምሕዳር
nav-sign-in = እቶ
sign-out = ውጻእ
sign-out-failed = ገና ኣቲኹም ኣለኹም።
footer-text = Wegwijs: መገድኹም ርኸቡ። ሓበሬታኹም ኣብ ትካል ምቕባልኩም ይተርፍ።
connection-online = ኦንላይን
connection-offline = ኦፍላይን: ቅድሚ ሕጂ ዝተጻዕነ ምንባብ ክትቕጽሉ ትኽእሉ ኢኹም።

## Common
loading = ይጽዓን ኣሎ…
checking-session = መን ከም ዝኣተወ ይርአ ኣሎ…
go-home = ናብ መእተዊ ገጽ ኪድ
try-again = እንደገና ፈትኑ
hello = ሰላም
my-sessions = ናተይ ክፍለ-ግዜታት
field-name = ስም
field-resident-number = ቁጽሪ ነባሪ
field-location = ቦታ
field-language = ቋንቋ

## Access guard
guard-sign-in-title = በጃኹም እተዉ
guard-sign-in-text = እዚ ገጽ ንምኽፋት ክትኣትዉ ኣለኩም።
guard-denied-title = ኣይፍቀድን
guard-denied-text = ሕሳብኩም ነዚ ገጽ ክኸፍቶ ኣይክእልን። ንስራሕኩም እንተ ኣድልዩኹም፡ ንሓደ ኣመሓዳሪ ሕተቱ።

## Not found
not-found-title = እዚ ገጽ የለን
not-found-text = እቲ ኣድራሻ ኣረጊቱ ወይ ተጋግዩ ተጻሒፉ ክኸውን ይኽእል።

## Home
home-welcome = ናብ Wegwijs እንቋዕ ብደሓን መጻእኩም
home-lead = ብዛዕባ መስርሕኩምን ኣብ ማእከልኩም ዘሎ ናብራን ሓበሬታ፡ ናይ ባዕልኹም ጉዳያት፡ ከምኡ’ውን ዲጂታላዊ ክእለት ንምምሃር ትምህርትታት።
home-new-card = ሓድሽ ካርድ ኣለኒ
home-staff-link = ሰራሕተኛታትን ኣሰልጠንትን
loading-locations = ቦታታት ምቕባል ይጽዓኑ ኣለዉ…
loading-my-details = ሓበሬታኹም ይጽዓን ኣሎ…
my-details = ናተይ ሓበሬታ
go-admin-area = ናብ ክፍሊ ምምሕዳር ኪድ
go-trainer-area = ናብ ክፍሊ ኣሰልጠንቲ ኪድ
go-staff-area = ናብ ክፍሊ ሰራሕተኛታት ኪድ
location-kind-col = ማእከላይ ምቕባል
location-kind-pol = ምቕባል ኣብ እዋን መስርሕ
location-kind-azc = ማእከል ሓተትቲ ዑቕባ

## Activation card
card-title = ካርድ ምንቕቓሕ
card-valid-until = ክሳብ ዚሰርሕ
card-instructions = Wegwijs ኣብ ተሌፎንኩም ክፈቱ፡ “ሓድሽ ካርድ ኣለኒ” ምረጹ፡ ነዚ ኮድ ጽሓፉ ወይ ነቲ QR ኮድ ስካን ግበሩ። ድሕሪኡ ሽዱሽተ ኣሃዝ ዘለዎ PIN ምረጹ።

## Errors
error-network = ናብ Wegwijs ክንበጽሕ ኣይከኣልናን። ርክብ ኢንተርነትኩም ኣረጋግጹ እሞ እንደገና ፈትኑ።
error-unexpected = Wegwijs እዚ ስሪት ናይቲ ኣፕ ዘይርደኦ መልሲ ሰዲዱ። ነቲ ገጽ እንደገና ጽዓንዎ።
error-not-found = ዝሓተትኩሞ ክንረክብ ኣይከኣልናን።
error-validation = ገለ ሓበሬታ ጎዲሉ ወይ ቅኑዕ ኣይኮነን። በጃኹም ነቶም ኣብ ታሕቲ ዘለዉ ቦታታት ኣረጋግጹ።
error-unavailable = Wegwijs ተዓጽዩ ወይ ይሕደስ ኣሎ። በጃኹም ድሕሪ ቁሩብ ደቓይቕ እንደገና ፈትኑ።
error-generic = ገለ ነገር ተጋግዩ። በጃኹም እንደገና ፈትኑ። እንተ ቐጺሉ፡ ንሰራሕተኛታት ንገሩ።
error-reference = መወከሲ ንሰራሕተኛታት:
error-send-report = ነዚ ጸገም ናብ ጉጅለ ደገፍ ስደድዎ
error-report-sent = ተሰዲዱ። ቁጽሪ መወከሲኹም { $id } እዩ።
error-report-failed = ክስደድ ኣይከኣለን: { $why }

## Field errors from the API, by code
error-too_common = እዚ ቃል ምሕላፍ ኣብ ዝርዝር ብዙሕ ዝጥቀሙሉ ቃላት ምሕላፍ ኣሎ። ካልእ ምረጹ፤ ሓጺር ሓረግ ጽቡቕ እዩ።
error-activation_code_expired = እዚ ኮድ ግዜኡ ሓሊፉ እዩ (ካርድ ን14 መዓልቲ ይሰርሕ)። ካብ ሰራሕተኛታት ሓድሽ ካርድ ሕተቱ።
error-activation_code_used = እዚ ኮድ ድሮ ተጠቒምካሉ እዩ። ብቑጽሪ ነባሪን PIN ኩምን እተዉ፡ ወይ ካብ ሰራሕተኛታት ሓድሽ ካርድ ሕተቱ።
error-activation_code_unknown = እዚ ኮድ ኣይፍለጥን። ነቶም ኣብ ካርድኩም ዘለዉ ፊደላትን ኣሃዛትን ኣረጋግጹ።
error-activation_code_replaced = እዚ ካርድ ብሓድሽ ካርድ ተተኪኡ እዩ። ነቲ ኣብ እቲ ዝሓደሰ ካርድኩም ዘሎ ኮድ ተጠቐሙ።

## Activation (a new card)
activate-lead = ነቲ ኣብ ካርድኩም ዘሎ ኮድ ጽሓፉ እሞ ሽዱሽተ ኣሃዝ ዘለዎ PIN ምረጹ። ንምእታው ቁጽሪ ነባሪኹምን እዚ PIN እዚን ክትጥቀሙ ኢኹም።
activate-code = ኮድ ካብ ካርድኩም
activate-code-hint = 12 ፊደላትን ኣሃዛትን፡ ንኣብነት ABCD-EFGH-JKMN።
activate-pin = PIN ምረጹ (6 ኣሃዛት)
activate-pin-hint = ኩሉ ሓደ ዓይነት ኣሃዝ ኣይኹን፡ ከም 123456 ተኸታቲሉ’ውን ኣይኹን።
activate-pin-repeat = ነቲ PIN እንደገና ጽሓፉ
activate-submit = ኣንቕሕ
activate-busy = ይነቓቓሕ ኣሎ…
activate-already = ድሮ ኣንቒሕኩምዎ ዲኹም?
show-pin = PIN ኣርኢ
field-pin = PIN
error-pins_differ = እቶም ክልተ PIN ሓደ ኣይኮኑን። ነተን ሓደ ዓይነት ሽዱሽተ ኣሃዛት ክልተ ግዜ ጽሓፉ።

## Resident sign-in
sign-in-number-hint = እተን ኣብ ሰነድ W ኩም ዘለዋ 10 ኣሃዛት።
sign-in-busy = ይኣቱ ኣሎ…
sign-in-forgot = PIN ኩም ረሲዕኩምዎ? ካብ ሰራሕተኛታት ቦታኹም ሓድሽ ካርድ ሕተቱ።

## My sessions
sessions-lead = እዚኣቶም እቶም ዝኣተኹምሎም ተሌፎናትን ኮምፒተራትን እዮም። ካብቶም ዘይትፈልጥዎም ውጹ።
loading-sessions = ክፍለ-ግዜታትኩም ይጽዓኑ ኣለዉ…
sessions-sign-out-everywhere = ካብ ኩሉ ውጻእ
sessions-this-device = እዚ መሳርሒ
sessions-signed-in = ዝኣተወሉ
sessions-last-used = ናይ መወዳእታ ጥቕሚ
sessions-sign-out-here = ካብ እዚ መሳርሒ ውጻእ

## App updates and offline
app-name = Wegwijs: መገድኹም ርኸቡ
app-description = ሓበሬታ፡ ናይ ገዛእ ርእስኹም ጉዳያትን ናይ ዲጂታል ክእለት ትምህርትታትን ንነበርቲ ማእከላት ምቕባል።
update-ready = ሓድሽ ስሪት Wegwijs ድሉው እዩ።
update-reload = ደጊምካ ጽዓን
offline-page-title = እዚ ገጽ ገና ብዘይ ኢንተርነት ኣይርከብን
offline-page-text = Wegwijs ነዚ ገጽ ገና ኣብ መሳርሒኹም ኣይዓቀቦን። ሓደ ግዜ ምስ ኢንተርነት ክፈትዎ፤ ድሕሪኡ ብዘይ ኢንተርነት እውን ይሰርሕ። መራኸቢ ምስ ተመለሰ ባዕሉ ይኽፈት።

## Offline changes (the write queue): header indicator and /pending
pending-waiting = { $count ->
    [one] 1 ለውጢ ይጽበ ኣሎ
   *[other] { $count } ለውጥታት ይጽበዩ ኣለዉ
}
pending-sending = { $done } ካብ { $total } ይለኣኽ ኣሎ…
pending-rejected = { $count ->
    [one] 1 ለውጢ ኣይተቐበለን
   *[other] { $count } ለውጥታት ኣይተቐበሉን
}
pending-title = ኣብዚ መሳርሒ ዘለዉ ለውጥታት
pending-lead = ብዘይ ርክብ ዝገበርኩምዎም ለውጥታት ኣብዚ መሳርሒ ይዕቀቡ፣ ርክብ ምስ ተመልሰ ድማ ብቕደም ተኸተል ይለኣኹ። ንስኹም እንተዘይመሪጽኩም ዋላ ሓንቲ ኣይድምሰስን።
pending-empty = ኩሎም ለውጥታት ተላኢኾም።
pending-send-now = ሕጂ ስደድ
pending-made-at = ዝተገብረሉ
pending-state = ኩነታት
pending-state-waiting = ክለኣኽ ይጽበ
pending-state-sending = ይለኣኽ ኣሎ…
pending-state-rejected = Wegwijs ኣይተቐበሎን
pending-why = ስለምንታይ ከም ዘይተቐበለ
pending-discard = ነዚ ለውጢ ደምስሶ
pending-what-client-error = ንጉጅለ ደገፍ ጸብጻብ ጸገም
error-report-queued = ኣብዚ መሳርሒ ተዓቂቡ። ርክብ ምስ ተመልሰ ክለኣኽ እዩ።

## Display settings (text size, contrast) and reading aloud
nav-display = ኣቀራርባ
display-title = ዓቐን ጽሑፍን ፍልልይ ሕብርን
display-intro = ጽሑፍ ኣዕብዮ ወይ ሕብርታት ኣሐይል። ምርጫኻ ኣብዚ መሳርሒ ይዕቀብ።
display-text-size = ዓቐን ጽሑፍ
display-size-normal = ንቡር
display-size-large = ዓቢ
display-size-larger = ዝዓበየ
display-sample = ሀለ
display-contrast = ፍልልይ ሕብሪ
display-contrast-normal = ንቡር ሕብርታት
display-contrast-high = ልዑል ፍልልይ ሕብሪ
display-not-kept = እዚ መሳርሒ ምርጫኻ ክዕቅብ ኣይክእልን። Wegwijs ክሳብ ትዓጽዎ ጥራይ ይጸንሕ።
listen = ስማዕ
listen-page = ነዚ ገጽ ስማዕ
listen-pause = ደው ኣብል ንግዜኡ
listen-resume = ቀጽል
listen-stop = ደው ኣብል
listen-unavailable = ብድምጺ ምንባብ ብዚ ቋንቋ ኣብዚ መሳርሒ የለን።
listen-failed = ብድምጺ ምንባብ ብሰንኪ ጌጋ ደው ኢሉ። እንደገና ፈትን።

## centre
centre-title = ማእከለይ
centre-loading = ሓበሬታ ማእከልካ ይጽዓን ኣሎ…
centre-emergency-title = ህጹጽ ሓደጋ
centre-emergency-text = ህይወት ኣብ ሓደጋ ምስ ዝኸውን ናብ { $number } ደውል፡ ፖሊስ፡ ሓዊ ጠፋኢ ወይ ኣምቡላንስ። ምድዋል ብነጻ እዩ፡ ካርድ እኳ እንተዘይብልካ።
centre-call = ናብ { $number } ደውል
centre-address = ኣድራሻ
centre-postal-address = ናይ ፖስታ ኣድራሻ
centre-phone = ተሌፎን
centre-email = ኢመይል
centre-place = ኣበይ
centre-services-title = ኣገልግሎታትን ሰዓታት ስራሕን
centre-no-services = ክሳብ ሕጂ ዝተወሰኸ ኣገልግሎት የለን። ኣብ መቐበሊ ሕተት።
centre-status-open-always = ሕጂ ክፉት እዩ፡ ለይትን መዓልትን
centre-status-open-until = ሕጂ ክፉት እዩ፡ ክሳብ { $time }
centre-status-open-until-day = ሕጂ ክፉት እዩ፡ ክሳብ { $day } { $time }
centre-status-closed-opens = ዕጹው እዩ፡ ሰዓት { $time } ይኽፈት
centre-status-closed-opens-tomorrow = ዕጹው እዩ፡ ጽባሕ ሰዓት { $time } ይኽፈት
centre-status-closed-opens-day = ዕጹው እዩ፡ { $day } ሰዓት { $time } ይኽፈት
centre-status-closed-unknown = ዕጹው እዩ፡ ኣብ ዝመጽእ ክልተ ሰሙን ሰዓታት ስራሕ የለን
centre-status-closed-reason = ሎሚ ዕጹው እዩ ({ $reason })
centre-next-tomorrow = ጽባሕ ሰዓት { $time } ይኽፈት
centre-next-day = { $day } ሰዓት { $time } ይኽፈት
centre-today-hours = ሎሚ፡ { $hours }
centre-special-today = ፍሉይ ሰዓታት ሎሚ፡ { $reason }
centre-closed = ዕጹው
centre-week-hours = ሰዓታት ስራሕ ናይ ምሉእ ሰሙን
centre-week-caption = ሰዓታት ስራሕ፡ { $service }
centre-day = መዓልቲ
centre-hours = ሰዓታት
centre-exceptions-title = ፍሉያት መዓልትታት
centre-kind-reception_desk = መቐበሊ
centre-kind-medical_practice = ማእከል ጥዕና (GZA)
centre-kind-mail = ፖስታ
centre-kind-allowance = ገንዘብ መነባብሮን ክፍሊታትን
centre-kind-shop = ድኳንን መግብን
centre-kind-laundry = መሕጸቢ ክዳን
centre-kind-counselling = ምኽሪ (VluchtelingenWerk)
centre-kind-transport = መጓዓዝያ
centre-kind-other = ካልእ
## activities
activities-title = ንጥፈታት
activities-lead = ኣብ ዝመጽእ ክልተ ሰሙን ኣብ ማእከልካ ዘሎ ንጥፈታት። ኣወደብቲ ከም እትመጽእ ምእንቲ ክፈልጡ ተመዝገብ።
activities-loading = ንጥፈታት ይጽዓን ኣሎ…
activities-none = ኣብ ዝመጽእ ክልተ ሰሙን ዝተመደበ ንጥፈት የለን።
activities-today = ሎሚ፣ { $date }
activities-time = ሰዓት
activities-place = ቦታ
activities-language = ቋንቋ
activities-places = ቦታታት
activities-no-language-needed = ዝዝረብ ቋንቋ ኣየድልን
activities-cancelled = እዚ ንጥፈት ተሰሪዙ እዩ።
activities-full = መሊኡ። ዝርዝር ተጸበይቲ: { $waiting }
activities-places-left = ዝተረፉ ቦታታት: { $count }
activities-queued-signup = ምዝገባኻ ኣብዚ ስልኪ ተዓቂቡ ኣሎ። ምስ ኦንላይን ምዃንካ ክለኣኽ እዩ።
activities-queued-cancel = ምስራዝካ ኣብዚ ስልኪ ተዓቂቡ ኣሎ። ምስ ኦንላይን ምዃንካ ክለኣኽ እዩ።
activities-you-have-a-place = ቦታ ኣለካ።
activities-you-are-waiting = ኣብ ዝርዝር ተጸበይቲ ኣለኻ (ቁጽሪ { $position })።
activities-started = እዚ ንጥፈት ጀሚሩ እዩ።
activities-cancel = ምዝገባይ ሰርዝ
activities-sign-up = ተመዝገብ
activities-join-waiting-list = ናብ ዝርዝር ተጸበይቲ ተጸንበር
activities-pending-signup = ምዝገባ ንሓደ ንጥፈት
activities-pending-cancel = ምስራዝ ምዝገባ ንሓደ ንጥፈት
error-activities_started = እዚ ንጥፈት ጀሚሩ ስለ ዘሎ፣ ክትምዝገብ ወይ ክትሰርዝ ኣይትኽእልን ኢኻ።
error-activities_cancelled = እዚ ንጥፈት ተሰሪዙ እዩ።
error-activities_no_occurrence = እዚ ንጥፈት ኣብዚ ዕለት ኣይካየድን እዩ።
## Resident information (My procedure, library, news, vacancies, search, favourites)
info-procedure-title = ናተይ መስርሕ
info-procedure-now = ሕጂ ኣበይ ኣለኻ:
info-procedure-unknown = ሰራሕተኛታት ኣብ ኣየናይ ደረጃ መስርሕ ዑቕባ ከም ዘለኻ ገና ኣይመዝገቡን። ኣብ መቐበሊ ጠረጴዛ ሕተት።
info-procedure-next = ድሕሪ ሕጂ እንታይ ክኸውን ይኽእል
info-procedure-no-next = እዚ መወዳእታ መስርሕ ዑቕባ እዩ።
info-procedure-read = ብዛዕባ እዚ ደረጃ ተወሳኺ ኣንብብ
info-stage-application = ሕቶ ዑቕባ
info-stage-application-about = ካብ IND ዑቕባ ትሓትት። ፖሊስ መንነትካ ይፈትሽን ሓበሬታኻ ይጽሕፍን።
info-stage-central_reception = ማእከላይ መቐበሊ
info-stage-central_reception-about = ኣብ ማእከላይ መቐበሊ ቦታ ንውሑዳት መዓልታት ትጸንሕ: ቃለ-መሕተት ምዝገባ፡ መርመራ ዓባይ ሰዓል ከምኡ’ውን ምስ ነርስ ቀዳማይ ዘተ።
info-stage-rest_and_preparation = ግዜ ዕረፍትን ምድላውን
info-stage-rest_and_preparation-about = ንዕረፍትን ምድላውን ኣስታት ሓደ ሰሙን። ምስ ጠበቓኻ ትራኸብን ካብ ቤት ምኽሪ ስደተኛታት ሆላንድ ሓበሬታ ትረክብን።
info-stage-general_procedure = ሓፈሻዊ መስርሕ ዑቕባ
info-stage-general_procedure-about = IND መን ምዃንካን ስለምንታይ ከም ዝሃደምካን ይሓተካ። ጠበቓኻ ይሕግዘካ። ድሕሪኡ IND ይውስን።
info-stage-extended_procedure = ዝተናውሐ መስርሕ ዑቕባ
info-stage-extended_procedure-about = IND ንምውሳን ዝያዳ ግዜ የድልዮ። እዚ ኣዋርሕ ክወስድ ይኽእል። ኣብ ማእከል መቐበሊ ትጽበ።
info-stage-permit_granted = ፍቓድ መንበሪ ተዋሂቡካ
info-stage-permit_granted-about = ኣብ ሆላንድ ክትጸንሕ ትኽእል ኢኻ። ኣብ ሓንቲ ምምሕዳር ከተማ ገዛ ክወሃበካ እዩን ቋንቋ ሆላንድ ክትመሃር ክትጅምርን ኢኻ።
info-stage-appeal = ይግባይ
info-stage-appeal-about = IND ኣይፋልን ኢሉ። ጠበቓኻ ነቲ ውሳነ ዳግማይ ክርእዮ ቤት ፍርዲ ክሓትት ይኽእል።
info-stage-departure = ምልቃቕ
info-stage-departure-about = እቲ ናይ መወዳእታ መልሲ ኣይፋልን እዩ። ሆላንድ ክትገድፍ ኣለካ። ኣገልግሎት ምምላስን ምልቃቕን (DT&V) ብዛዕባ እዚ ምሳኻ ይዛረብ።
info-tiles-title = ሓበሬታን ህይወት ኣብ ማእከልን
info-tile-library = ሓበሬታ
info-tile-news = ዜና
info-tile-centre = ናተይ ማእከል
info-tile-activities = ንጥፈታት
info-tile-vacancies = ስራሕን ወለንታዊ ስራሕን
info-tile-search = ድለ
info-tile-favourites = ዝፈትዎም
info-news-unread = { $count ->
    [one] { $count } ዘይተነበ ዜና
   *[other] { $count } ዘይተነበቡ ዜናታት
}
info-updated = ሓበሬታ ተሓዲሱ: { $time }
info-offline-saved = ኢንተርነት የብልካን። እዚ ኣብ { $time } ዝተዓቀበ ሓበሬታ እዩ።
info-loading = ሓበሬታ ይጽዓን ኣሎ…
info-pending-favourite = ዝፈትዎ ተዓቂቡ ወይ ተኣልዩ
info-pending-news-seen = ዜና ከም ዝተነበ ተመልኪቱ
info-library-lead = መልስታት ንልሙዳት ሕቶታት፡ ብሰራሕተኛታት ዝተፈተሸ። ኣርእስቲ ምረጽ።
info-category-asylum-procedure = መስርሕ ዑቕባ
info-category-rights-obligations = መሰላትን ግዴታታትን
info-category-health-care = ክንክን ጥዕና
info-category-safety = ድሕንነት
info-category-daily-life = መዓልታዊ ህይወት
info-category-learning-work = ትምህርትን ስራሕን
info-library-empty = ብዛዕባ እዚ ኣርእስቲ ገና ዋላ ሓንቲ የለን።
info-back-library = ናብ ሓበሬታ ተመለስ
info-not-found-title = ኣይተረኽበን
info-not-found = እዚ ሓበሬታ ኣይተረኽበን። ተኣልዩ ክኸውን ይኽእል፡ ወይ ገና ኣብዚ ተሌፎን የለን።
info-fallback = እዚ ጽሑፍ ገና ብቋንቋኻ የለን። ብዚ ቋንቋ ይርአ ኣሎ: { $language }።
info-outdated = እቲ መበቆላዊ ጽሑፍ ድሕሪ እዚ ትርጉም ተቐይሩ እዩ። ዘይንጹር ነገር እንተሎ ንሰራሕተኛታት ሕተት።
info-published = ዝተሓትመሉ: { $date }
info-favourite-add = ኣብ ዝፈትዎም ዓቅብ
info-favourite-remove = ካብ ዝፈትዎም ኣልግስ
info-favourite-gone = እዚ ዝፈትዎ ድሕሪ ሕጂ የለን።
info-news-lead = ዜና ካብ ማእከልካን ካብ ትካልን፡ እቲ ሓድሽ ቅድም።
info-news-empty = ኣብዚ ግዜ ዜና የለን።
info-news-new = ሓድሽ
info-vacancies-lead = ብደሞዝ ዝኸፈል ስራሕን ወለንታዊ ስራሕን። ነቶም ኩነታት ኣንብብ፤ ሰራሕተኛታት ዝያዳ ክነግሩኻ ይኽእሉ።
info-vacancies-empty = ኣብዚ ግዜ ክፉት ስራሕ የለን።
info-vacancy-paid = ብደሞዝ ዝኸፈል ስራሕ
info-vacancy-volunteer = ወለንታዊ ስራሕ
info-vacancy-contact = ርክብ
info-vacancy-link = መርበብ ሓበሬታ
info-search-label = እንታይ ትደሊ ኣለኻ?
info-search-hint = ኣብ ኩሉ ሓበሬታ፡ ዜናን ክፉት ስራሕን ይደሊ። ብዘይ ኢንተርነት’ውን ይሰርሕ።
info-search-none = ዋላ ሓንቲ ኣይተረኽበን። ውሑድ ወይ ካልእ ቃላት ፈትን።
info-search-results = { $count ->
    [one] { $count } ውጽኢት
   *[other] { $count } ውጽኢታት
}
info-kind-article = ሓበሬታ
info-kind-news = ዜና
info-kind-vacancy = ክፉት ስራሕ
info-favourites-lead = ብኮኾብ ዝዓቀብካዮ።
info-favourites-empty = ገና ዝፈትዎ የብልካን። ኣብዚ ንምዕቃብ ኣብ ሓበሬታ፡ ዜና ወይ ክፉት ስራሕ «ኣብ ዝፈትዎም ዓቅብ» ጠውቕ።

## search
search-hint = ኣብ ኩሉ ሓበሬታ፡ ዜና፡ ክፉት ስራሕ፡ ንጥፈታትን ኣገልግሎታት ማእከልካን ይደሊ። ብዘይ ኢንተርነት’ውን ይሰርሕ።
search-kind-activity = ንጥፈት
search-kind-service = ኣገልግሎት ማእከል

## learning resident
learning-tile = ትምህርቲ
learning-title = ትምህርተይ
learning-lead = ብዛዕባ ብውሑስ መገዲ ስልክኹምን ኢንተርነትን ምጥቃም ሓጸርቲ ትምህርትታት። ብናይ ገዛእ ርእስኹም ቅልጣፈ ተማሃሩ፣ ብዘይ ኢንተርነት እውን።
learning-loading = ትምህርትታትኩም ይጽዓኑ ኣለዉ…
learning-none = ክሳዕ ሕጂ ንዓኹም ዝኸውን ትምህርቲ የለን።
learning-assigned = ካብ ኣሰልጣኒኹም ዝተዋህበ
learning-optional = ክትመርጽዎም እትኽእሉ ተወሰኽቲ ትምህርትታት
learning-passport-link = ፓስፖርት ትምህርተይ
learning-state-label = ኩነታት
learning-state-not-started = ኣይጀመረን
learning-state-in-progress = ጀሚሩ
learning-state-completed = ሓሊፉ
learning-level-label = ደረጃ
learning-minutes-label = ግዜ
learning-minutes = ዳርጋ { $minutes } ደቒቕ
learning-competences-label = ክእለታት
learning-questions-progress = ሕቶታት: { $done } ካብ { $total }
learning-due = ቅድሚ { $date } ወድእዎ
learning-overdue = ደንጉዩ: ዕለቱ { $date } ነይሩ
learning-start = ጀምሩ
learning-continue = ቀጽሉ
learning-open-certificate = ምስክር ወረቐት ክፈቱ
learning-preview-banner = ቅድመ ምርኣይ — ዝኾነ መልሲ ኣይዕቀብን።
learning-queued = ኦንላይን ምስ ኮንኩም ክለኣኽ እዩ።
learning-step-of = ስጉምቲ { $step } ካብ { $total }
learning-nav = ስጉምትታት
learning-back = ንድሕሪት
learning-next = ዝቕጽል
learning-audio = ናብ ዝተቐድሐ ድምጺ ስምዑ:
learning-try-it = ኣብ ስልክኹም ፈትንዎ
learning-end-title = ውጽኢትኩም
learning-end-no-questions = እዚ ትምህርቲ ሕቶታት የብሉን።
learning-score = ካብ { $total } ሕቶታት ን{ $correct } ብቕኑዕ መሊስኩም።
learning-passed = ጽቡቕ ገይርኩም፣ ሓሊፍኩም!
learning-certificate-code = ኮድ ምስክር ወረቐትኩም:
learning-verify-link = ነዚ ምስክር ወረቐት ኣረጋግጹ
learning-certificate-waiting = ምስክር ወረቐትኩም ኦንላይን ምስ ኮንኩም ክርአ እዩ።
learning-preview-no-certificate = ኣብ ቅድመ ምርኣይ ምስክር ወረቐት የለን።
learning-not-passed = ክሳዕ ሕጂ ኣይሓለፍኩምን። { $percent } ሚእታዊት ካብቶም መልስታት ቅኑዕ ክኸውን ኣለዎ። እንደገና ክትፍትኑ ትኽእሉ ኢኹም።
learning-try-again = እንደገና ፈትኑ
learning-back-to-list = ናብ ትምህርተይ ተመለሱ
learning-true = ሓቂ
learning-false = ሓሶት
learning-pick-all = ነፍሲ ወከፍ ቅኑዕ መልሲ ምልክት ግበሩ፣ ድሕሪኡ «ኣረጋግጽ» ጠውቑ።
learning-check = ኣረጋግጽ
learning-order-hint = ነቶም ስጉምትታት ብመልጎም ምልክት ብቕኑዕ ስርዓት ኣቐምጥዎም፣ ድሕሪኡ «ኣረጋግጽ» ጠውቑ።
learning-move-up = ናብ ላዕሊ: { $item }
learning-move-down = ናብ ታሕቲ: { $item }
learning-correct = ቅኑዕ!
learning-wrong = ምሉእ ብምሉእ ቅኑዕ ኣይኮነን።
learning-pending-answer = መልሲ ኣብ ሓደ ትምህርቲ
learning-pending-seen = ምዕባለ ኣብ ሓደ ትምህርቲ
learning-passport-title = ፓስፖርት ትምህርተይ
learning-passport-lead = ምስክር ወረቐትኩምን ዘርኣኹምዎም ዲጂታላዊ ክእለታትን። ናብ ካልእ ማእከል ምስ ተሰጋገርኩም ምሳኹም ይኸይድ።
learning-passport-none = ክሳዕ ሕጂ ምስክር ወረቐት የብልኩምን።
learning-passport-no-competences = ክሳዕ ሕጂ ክእለት የለን። ሓደ ክእለት ንምውሳኽ ሓደ ትምህርቲ ሕለፉ።
learning-passport-certificates = ምስክር ወረቐታት
learning-passport-competences = ዘርኣኹዎም ክእለታት
learning-issued-on = ዕለት
learning-code-label = ኮድ ምስክር ወረቐት
learning-verify-title = ምስክር ወረቐት ኣረጋግጹ
learning-verify-lead = ሓቂ ምዃኑ ንምርኣይ ኮድ ምስክር ወረቐት ጽሓፉ። ትምህርቲ፣ ደረጃን ዕለትን ትርእዩ፣ ብዛዕባ እቲ ሰብ ግን ዋላ ሓንቲ።
learning-verify-code-label = ኮድ ምስክር ወረቐት
learning-verify-submit = ኣረጋግጽ
learning-verify-mistyped = እዚ ኮድ ቅኑዕ ኣይኮነን። ነቲ ኮድ ኣረጋግጹ: ምናልባት ሓንቲ ፊደል ወይ ቁጽሪ ብጌጋ ተጻሒፋ ትኸውን።
learning-verify-not-found = እዚ ኮድ ዘለዎ ምስክር ወረቐት የለን።
learning-verify-valid = እዚ ምስክር ወረቐት ሓቀኛ እዩ።
## learning: DigComp 2.2
digcomp-area-1 = ፍልጠት ሓበሬታን ዳታን
digcomp-area-2 = ርክብን ምትሕብባርን
digcomp-area-3 = ምፍጣር ዲጂታዊ ትሕዝቶ
digcomp-area-4 = ድሕንነት
digcomp-area-5 = ምፍታሕ ጸገማት
digcomp-1-1 = ምድህሳስ፣ ምንዳይን ምጽራይን ዳታ፣ ሓበሬታን ዲጂታዊ ትሕዝቶን
digcomp-1-2 = ምግምጋም ዳታ፣ ሓበሬታን ዲጂታዊ ትሕዝቶን
digcomp-1-3 = ምምሕዳር ዳታ፣ ሓበሬታን ዲጂታዊ ትሕዝቶን
digcomp-2-1 = ብዲጂታዊ ቴክኖሎጂ ምርኻብ
digcomp-2-2 = ብዲጂታዊ ቴክኖሎጂ ምክፋል
digcomp-2-3 = ብዲጂታዊ ቴክኖሎጂ ኣብ ዜግነታዊ ህይወት ምስታፍ
digcomp-2-4 = ብዲጂታዊ ቴክኖሎጂ ምትሕብባር
digcomp-2-5 = ስነ-ምግባር ኣብ ኢንተርነት
digcomp-2-6 = ምምሕዳር ዲጂታዊ መንነት
digcomp-3-1 = ምምዕባል ዲጂታዊ ትሕዝቶ
digcomp-3-2 = ምውህሃድን ዳግማይ ምድላውን ዲጂታዊ ትሕዝቶ
digcomp-3-3 = መሰል ደራሲን ፍቓዳትን
digcomp-3-4 = ፕሮግራም ምስራሕ
digcomp-4-1 = ምሕላው መሳርሒታት
digcomp-4-2 = ምሕላው ውልቃዊ ሓበሬታን ብሕትውናን
digcomp-4-3 = ምሕላው ጥዕናን ደሓንነትን
digcomp-4-4 = ምሕላው ከባቢ
digcomp-5-1 = ምፍታሕ ቴክኒካዊ ጸገማት
digcomp-5-2 = ምልላይ ድሌታትን ቴክኖሎጂያዊ መፍትሒታትን
digcomp-5-3 = ብፈጠራ ምጥቃም ዲጂታዊ ቴክኖሎጂ
digcomp-5-4 = ምልላይ ጉድለታት ኣብ ዲጂታዊ ክእለት
digcomp-level = ደረጃ { $level }
digcomp-level-1 = መሰረታዊ: ብሓገዝ
digcomp-level-2 = መሰረታዊ: ባዕለይ
digcomp-level-3 = ማእከላይ: ቀሊል ስራሕ ባዕለይ
digcomp-level-4 = ማእከላይ: ጸገማት ምፍታሕ
