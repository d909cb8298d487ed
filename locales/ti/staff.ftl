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
