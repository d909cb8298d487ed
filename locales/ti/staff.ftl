# Wegwijs፡ ጽሑፍ ሰራሕተኛታት፡ ትግርኛ።

## Common
cancel = ሰርዝ
save = ዓቕብ
saving = ይዕቀብ ኣሎ…
edit = ኣመዓራርይ
confirm = ኣረጋግጽ
continue = ቀጽል
checking = ይረጋገጽ ኣሎ…
field-status = ኩነታት
field-type = ዓይነት
field-municipality = ምምሕዳር ከተማ
field-places = ቦታታት
field-change = ምቕያር
field-role = ተራ
field-email = ኣድራሻ ኢመይል
field-password = መሕለፊ ቃል
show-password = መሕለፊ ቃል ኣርኢ
date-from = ካብ
date-until = ክሳብ
choose-location = ቦታ ምረጽ
staff-loading-locations = ቦታታት ይጽዓኑ ኣለዉ…
role-resident = ነባሪ
role-trainer = ኣሰልጣኒ
role-staff = ሰራሕተኛ
role-admin = ኣመሓዳሪ
status-card-pending = ካርድ ተዋሂቡ፡ ገና ኣይነቐሐን
status-active = ንጡፍ
status-disabled = ዕጹው

## Staff overview
staff-overview-title = ሓፈሻዊ ትሕዝቶ ሰራሕተኛታት
staff-register-new = ሓድሽ ነባሪ ኣመዝግብ
capacity-caption = ቦታታት ምቕባል ናይ { $agency }
capacity-total = ድምር
system-status = ኩነታት ስርዓት
checking-system = ስርዓት ይረጋገጽ ኣሎ…
health-ok = ብንቡር ይሰርሕ ኣሎ
health-degraded = ጉድለት፡ ዳታቤዝ ድሉው ኣይኮነን
health-schema = ቅርጺ ዳታቤዝ
health-none = የለን
health-api-version = ስሪት API

## Residents
residents-title = ነበርቲ
residents-all-locations = ኩሎም ቦታታተይ
loading-residents = ነበርቲ ይጽዓኑ ኣለዉ…
residents-empty = ኣብዚ ገና ዝተመዝገበ ነባሪ የለን።
residents-caption = ነበርቲ ({ $count })

## New resident
new-resident-title = ሓድሽ ነባሪ
new-resident-registered = ተመዝጊቡ። ነዚ ካርድ ንነባሪ ሃቦ።
new-resident-open = ነዚ ነባሪ ክፈት
new-resident-another = ካልእ ነባሪ ኣመዝግብ
field-preferred-name = ዝተመርጸ ስም
field-preferred-name-hint = ነባሪ ክጽዋዕ ዝደልዮ ስም።
field-v-number = ቁጽሪ ነባሪ (V-ቁጽሪ)
field-v-number-hint = 10 ኣሃዛት።
choose-language = ቋንቋ ምረጽ
field-birth-optional = ዕለት ልደት (ኣማራጺ)
field-birth-hint = ነባሪ ንዕድሚኡ ዚምልከት ሓበሬታ እንተደልዩ ጥራይ።
new-resident-submit = ኣመዝግብን ካርድ ስራሕን
new-resident-busy = ይምዝገብ ኣሎ…

## One resident
all-residents = ኩሎም ነበርቲ
loading-resident = ሓበሬታ ነባሪ ይጽዓን ኣሎ…
moves-now = ሕጂ
field-date-of-birth = ዕለት ልደት
not-recorded = ኣይተመዝገበን
moves-caption = እዚ ነባሪ ዝነበረሉ ቦታታት
card-issue = ሓድሽ ካርድ ምንቕቓሕ ሃብ
card-confirm-text = እቲ ኣረጊት ኮድ ምስራሕ የቋርጽ፡ ነባሪ ድማ ካብ ኩሉ መሳርሒታት ይወጽእ። ብሓድሽ ካርድ ሓድሽ PIN ይመርጽ። ክቕጽል?
card-confirm = እወ፡ ሓድሽ ካርድ ሃብ
move-title = ናብ ካልእ ቦታ ኣግዕዝ
move-done = ተጓዒዙ።
move-new-location = ሓድሽ ቦታ
move-submit = ኣግዕዝ
move-busy = ይግዕዝ ኣሎ…

## Activation card
card-code-label = ኮድ ምንቕቓሕ
card-qr-label = ነዚ ኮድ ብምምላእ Wegwijs ዚኸፍት ኮድ QR
card-print = ካርድ ሕተም

## Trainer area
trainer-title = ክፍሊ ኣሰልጠንቲ
trainer-lead = ሞጁላት ዲጂታዊ ክእለት ምስ ናይ ኤውሮጳዊ ሕብረት መዕቀፍ DigComp 2.2 ተተኣሳሲሮም ኣለዉ። እዚኣቶም ሓሙሽተ ዓውድታት ብቕዓቱ እዮም።

## Staff sign-in
staff-sign-in-title = ምእታው ንሰራሕተኛታትን ኣሰልጠንትን
field-totp-code = ኮድ ካብ ኣፕ ምርግጋጽ መንነትካ
field-totp-code-hint = 6 ኣሃዛት፡ ወይ ሓደ ካብ ኮዳት ምምላስካ።
staff-resident-question = ነባሪ ዲኻ?
staff-resident-link = ብቑጽሪ ነባሪ እቶ

## Accepting an invitation
invite-title = ዕድመ
invite-incomplete = እዚ መላግቦ ምሉእ ኣይኮነን። ካብ ዕድመኻ ምሉእ መላግቦ ክፈት፡ ወይ ካብ ኣመሓዳሪ ሓድሽ ሕተት።
invite-setup-title = ሕሳብካ ኣዳልው
invite-step-password = ስጉምቲ 1 ካብ 3፡ መሕለፊ ቃል ምረጽ
field-password-hint = እንተወሓደ 8 ፊደላት፤ ሓንቲ ምሉእ ሓረግ ጽቡቕ እያ።
field-password-repeat = መሕለፊ ቃል ደጊምካ ጸሓፍ
error-passwords_differ = እቶም ክልተ መሕለፊ ቃላት ሓደ ኣይኮኑን።
invite-step-app = ስጉምቲ 2 ካብ 3፡ ኣፕ ምርግጋጽ መንነት ኣተኣሳስር
invite-scan = ነዚ ኮድ QR ኣብ ተሌፎንካ ዘሎ ኣፕ ምርግጋጽ መንነት ስካን ግበሮ (ንኣብነት እቲ ትካልካ ዚጥቀመሉ)። ሕሳብ፦
invite-qr-label = ኮድ QR ንኣፕ ምርግጋጽ መንነትካ
invite-cannot-scan = ስካን ክትገብር ኣይከኣልካን? ነዚ መፍትሕ ኣብ ክንዳኡ ኣብቲ ኣፕ ጸሓፎ፦
field-app-code = እቲ ኣፕ ዘርእዮ ኮድ 6 ኣሃዛት
invite-step-codes = ስጉምቲ 3 ካብ 3፡ ኮዳት ምምላስ ዓቕብ
invite-codes-text = ተሌፎንካ እንተጥፊኡካ፡ ነፍሲ ወከፍ ካብዞም ኮዳት ኣብ ክንዲ ኮድ ናይቲ ኣፕ ሓንሳእ ክትኣቱ የኽእለካ። ሕተሞም ወይ ጸሓፎም፡ ኣብ ውሑስ ቦታ ድማ ዓቕቦም። ሕጂ ጥራይ እዮም ዚርኣዩ።
invite-codes-stored = ዓቂበዮም ኣለኹ

## Admin: accounts
admin-accounts = ሕሳባት
admin-locations = ቦታታት
admin-audit = መዝገብ ኦዲት
loading-accounts = ሕሳባት ይጽዓኑ ኣለዉ…
accounts-caption = ሰራሕተኛታት፡ ኣሰልጠንትን ኣመሓደርትን
field-email-short = ኢመይል
account-status-pending = ተዓዲሙ፡ ገና ኣይተዳለወን
account-edit-title = { $name } ቀይር
account-disabled = ዕጹው (ነዚ ሰብ ካብ ኩሉ ቦታ የውጽኦ፡ ከም ዘይኣቱ ድማ ይገብሮ)
invite-someone = ሰብ ዕደም
invite-locations = ቦታታት (ሰራሕተኛታትን ኣሰልጠንትን እንተወሓደ ሓደ የድልዮም)
invite-create = ዕድመ ፍጠር
invite-creating = ይፍጠር ኣሎ…
invite-created = ዕድመ ን{ $name } ተፈጢሩ። ነዚ መላግቦ ስደደሉ፤ ሓንሳእ ጥራይ፡ ክሳብ { $until } ይሰርሕ። ሕጂ ጥራይ እዩ ዚርአ።
invite-link = መላግቦ ዕድመ
invite-copy = መላግቦ ቅዳሕ
invite-copied = ተቐዲሑ።
invite-copy-failed = ክቕዳሕ ኣይከኣለን። መላግቦ መሪጽካ ብኢድካ ቅዳሕ።

## Admin: locations
locations-caption = ቦታታት ናይ { $agency }
field-timezone = ክፍለ ግዜ
field-timezone-hint = ንኣብነት Europe/Amsterdam።
error-not_a_number = ቁጽሪ ቦታታት ብኣሃዛት ጸሓፍ፡ ንኣብነት 400።
location-change-title = ቦታ ቀይር
location-add-title = ቦታ ወስኽ
location-add = ቦታ ወስኽ

## Admin: audit log
audit-actor-id = መለለዪ ፈጻሚ
audit-resident-id = መለለዪ ነባሪ
audit-event = ፍጻመ
audit-all-events = ኩሎም ፍጻመታት
audit-show = ኣርኢ
loading-audit = መዝገብ ኦዲት ይጽዓን ኣሎ…
audit-none = ዚሰማማዕ መዝገብ የለን።
audit-caption = መዝገባት፡ ሓደሽቲ ቅድም
audit-time = ግዜ
audit-actor = ፈጻሚ
audit-resident = ነባሪ
audit-subject = ጉዳይ
audit-details = ዝርዝር
audit-request-id = መለለዪ ሕቶ
audit-newest = ሓደሽቲ መዝገባት
audit-older = ዝኣረጉ መዝገባት
audit-event-sign_in = ምእታው
audit-event-sign_in_failed = ዘይተዓወተ ምእታው
audit-event-locked_out = ተዓጽዩ
audit-event-sign_out = ምውጻእ
audit-event-session_revoked = ክፍለ ግዜ ተሰሪዙ
audit-event-activated = ነቒሑ
audit-event-permission_denied = ፍቓድ ተኸልኪሉ
audit-event-resident_read = ነባሪ ተራእዩ
audit-event-resident_listed = ዝርዝር ነበርቲ ተራእዩ
audit-event-resident_created = ነባሪ ተመዝጊቡ
audit-event-activation_card_issued = ካርድ ምንቕቓሕ ተዋሂቡ
audit-event-resident_moved = ነባሪ ተጓዒዙ
audit-event-account_invited = ሕሳብ ተዓዲሙ
audit-event-account_enrolled = ሕሳብ ተዳሊዩ
audit-event-account_updated = ሕሳብ ተመሓይሹ
audit-event-location_changed = ቦታ ተቐይሩ

## content
audit-event-procedure_stage_set = ደረጃ መስርሕ ዑቕባ ተወሲኑ
## centre
centre-edit-title = ሓበሬታ ማእከል
centre-edit-lead = ነበርቲ ኣብ «ማእከለይ» ዝርእይዎ፡ ኣድራሻ፡ ቁጽሪ ተሌፎን፡ ኣገልግሎታትን ሰዓታት ስራሕን። ሰዓታት ብናይ ማእከል ከባቢያዊ ሰዓት እዩ።
centre-edit-no-location = ናብ ዝኾነ ማእከል ኣይተመደብካን።
centre-edit-contacts = ኣድራሻን ሓበሬታ ርክብን
centre-edit-services = ኣገልግሎታት
centre-edit-new-service = ኣገልግሎት ወስኽ
centre-edit-kind = ዓይነት ኣገልግሎት
centre-edit-name = ስም (ኣማራጺ)
centre-edit-note = መዘኻኸሪ ንነበርቲ
centre-edit-hours = ሰሙናዊ ሰዓታት ስራሕ
centre-edit-hours-hint = ነፍሲ ወከፍ እዋን ኣገልግሎት ክፉት ዝኾነሉ መስመር ወስኽ። እዋን ንፍርቂ ለይቲ ክሰግር ኣይክእልን፤ 00:00 ከም ሰዓት ምዕጻው ፍርቂ ለይቲ ማለት እዩ።
centre-edit-opens = ይኽፈት
centre-edit-closes = ይዓጾ
centre-edit-add-range = ሰዓታት ስራሕ ኣብ { $day } ወስኽ
centre-edit-remove-range = እዞም ሰዓታት ኣወግድ
centre-edit-exceptions = ፍሉያት መዓልትታት
centre-edit-exceptions-hint = በዓላትን ካልኦት ብዝተፈልየ ሰዓታት ዝሰርሓሉ መዓልትታትን። ሰዓታት እንተዘይብሉ፡ ኣገልግሎት ምሉእ መዓልቲ ዕጹው እዩ።
centre-edit-date = ዕለት
centre-edit-reason = ምኽንያት (ነበርቲ ይርእይዎ)
centre-edit-special-hours = ሰዓታት ናይዛ መዓልቲ
centre-edit-add-exception = ፍሉይ መዓልቲ ወስኽ
centre-edit-remove-exception = እዛ ፍሉይ መዓልቲ ኣወግድ
centre-edit-save = ዓቅብ
centre-edit-saving = ይዕቀብ ኣሎ…
centre-edit-saved = ተዓቂቡ። ነበርቲ ነቲ ለውጢ ገጹ ኣብ ዝኸፍትሉ እዋን ክርእይዎ እዮም።
centre-edit-remove-service = ኣገልግሎት ኣወግድ
centre-edit-conflict = ካልእ ሰብ ክትኣርሞ ከለኻ ነዚ ቀይርዎ። ዝተዓቀበ የለን፡ ዝጸሓፍካዮ ድማ ኣብዚ ኣሎ። ለውጦም ንምርኣይ ደጊምካ ጸዓን፡ ድሕሪኡ ናትካ ለውጢ እንደገና ግበር።
centre-edit-reload = ደጊምካ ጸዓን
centre-error-invalid_time = ሰዓት ጸሓፍ፡ ንኣብነት 09:00።
centre-error-closes_before_opens = ሰዓት ምዕጻው ድሕሪ ሰዓት ምኽፋት ክኸውን ኣለዎ።
centre-error-overlapping_ranges = እዞም ሰዓታት ምስ ካልኦት ሰዓታት ናይታ መዓልቲ ይጋጨዉ።
centre-error-out_of_range = እዚ ሰዓት ኣብ መንጎ 00:00ን 24:00ን ኣይኮነን።
centre-error-duplicate_date = እዚ ዕለት ድሮ ፍሉይ መዓልቲ እዩ።
centre-error-invalid_date = ዕለት ጸሓፍ።
centre-error-invalid_phone = ቁጽሪ ተሌፎን ብኣሃዛት ጸሓፍ፡ ንኣብነት +31 6 0000 0000።
centre-error-invalid_email = ኣድራሻ ኢመይል ጸሓፍ ከም desk@example.org።
centre-error-too_many_ranges = ኣብ ሓንቲ መዓልቲ ብዙሓት እዋናት (ብዝበዝሐ 6)።
centre-error-too_many_exceptions = ብዙሓት ፍሉያት መዓልትታት፡ ዝሓለፉ ኣወግድ።
centre-error-required = እዚ ቦታ ግድን እዩ።
centre-error-too_long = እዚ ጽሑፍ ኣዝዩ ነዊሕ እዩ።
centre-error-stale_version = ካልእ ሰብ ቀዲሙ ቀይርዎ።
## activities (issue 5)
activities-staff-title = ንጥፈታት
activities-new = ሓድሽ ንጥፈት
activities-coming = ዝመጽእ ክልተ ሰሙን
activities-all = ኩሎም ንጥፈታት
activities-staff-loading = ንጥፈታት ይጽዓን ኣሎ…
activities-staff-none = ንጥፈት የለን።
activities-coming-caption = ኣብ ዝመጽእ { $days } መዓልታት ዘለዉ ንጥፈታት
activities-when = መዓስ
activities-what = ንጥፈት
activities-confirmed = ዝተታሕዙ ቦታታት
activities-waiting = ዝጽበዩ
activities-participants = ተሳተፍቲ
activities-cancelled-badge = ተሰሪዙ
activities-show-participants = ኣስማት ኣርኢ
activities-participants-of = ተሳተፍቲ ኣብ { $date }
activities-confirmed-count = ዝተረጋገጹ: { $count } ካብ { $capacity }
activities-waiting-count = ዝርዝር ተጸበይቲ: { $count }
activities-nobody = ገና ዋላ ሓደ የለን።
activities-every-week = ኩሉ { $weekday }፣ { $time }፣ { $minutes } ደቒቕ
activities-once-on = ሓደ ግዜ፣ { $date }፣ { $time }፣ { $minutes } ደቒቕ
activities-capacity = ብዝሒ ቦታታት
activities-conflict = ካልእ ሰብ ነዚ ንጥፈት ድሕሪ ምኽፋትካ ዓቒቡዎ። ለውጥታትካ ገና ኣይተዓቀቡን: መጀመርታ ናቱ ርአ።
activities-edit = ኣመሓይሽ
activities-restore = መልስ
activities-cancel-activity = ንጥፈት ሰርዝ
activities-edit-title = ንጥፈት ኣመሓይሽ
activities-new-title = ሓድሽ ንጥፈት
activities-load-theirs = ናቶም ቅዳሕ ኣምጽእ (ለውጥታትካ ይጠፍኡ)
activities-recurrence = ክንደይ ግዜ
activities-weekly = ኩሉ ሰሙን
activities-once = ሓደ ግዜ
activities-start-date = ዕለት (ንሰሙናዊ ንጥፈት: ቀዳማይ ዝከኣል ዕለት)
activities-weekday = መዓልቲ ሰሙን
activities-end-date = ናይ መወዳእታ ዕለት (ኣማራጺ)
activities-end-date-hint = ንጥፈት እንተ ቐጺሉ ባዶ ግደፎ።
activities-start-time = ናይ መጀመሪ ሰዓት
activities-duration = ንውሓት ብደቒቕ
activities-source-language = መጀመርታ ዝተጻሕፈሉ ቋንቋ
activities-add-translation = ትርጉም ወስኽ
activities-save = ዓቅብ
activities-saving = ይዕቀብ ኣሎ…
activities-back = ናብ ዝርዝር ተመለስ
activities-text-number = ጽሑፍ { $number }
activities-text-language = ቋንቋ እዚ ጽሑፍ
activities-title-field = ኣርእስቲ
activities-description = መግለጺ (ኣማራጺ)
activities-remove-translation = እዚ ጽሑፍ ኣልግስ
error-activities_weekday_required = ሰሙናዊ ንጥፈት መዓልቲ ሰሙን የድልዮ።
error-activities_weekday_invalid = ካብ ሰኑይ ክሳብ ሰንበት ሓንቲ መዓልቲ ምረጽ።
error-activities_end_for_once = ሓደ ግዜ ዝካየድ ንጥፈት ናይ መወዳእታ ዕለት የብሉን: ኩሉ ሰሙን ምረጽ ወይ ባዶ ግደፎ።
error-activities_end_before_start = ናይ መወዳእታ ዕለት ቅድሚ ቀዳማይ ዕለት እዩ።
error-activities_invalid_time = ሰዓት ብቕርጺ HH:MM ጸሓፍ፣ ንኣብነት 14:30።
error-activities_duration_range = ንውሓት ካብ 5 ደቒቕ ክሳብ 12 ሰዓት እዩ።
error-activities_past_midnight = ንጥፈት ቅድሚ ፍርቂ ለይቲ ክውዳእ ኣለዎ።
error-activities_capacity_range = ብዝሒ ቦታታት ካብ 1 ክሳብ 1000 እዩ።
error-activities_duplicate_language = እዚ ቋንቋ ክልተ ጽሑፋት ኣለዉዎ፣ ሓደ ዓቅብ።
error-activities_source_text_required = ኣርእስቲ ብቋንቋ እቲ ንጥፈት መጀመርታ ዝተጻሕፈሉ ጸሓፍ።
error-activities_stale = ካልእ ሰብ ነዚ ንጥፈት ድሕሪ ምኽፋትካ ቀይሩዎ።
error-activities_location_fixed = ንጥፈት ኣብ ቦታኡ ይጸንሕ፣ ኣብቲ ካልእ ቦታ ሓድሽ ንጥፈት ፍጠር።
error-activities_duration_not_number = ንውሓት ብደቒቕን ብቑጽርን ጸሓፍ፣ ንኣብነት 90።
audit-event-activity_participants_read = ተሳተፍቲ ሓደ ንጥፈት ተራእዮም
