# Wegwijs: English, the source language and the fallback for every other one.
# Keys are grouped by where they show. Plurals use Fluent selectors on number arguments.

## Language picker
language-title = Language
language-intro = Choose the language Wegwijs speaks to you in. You can change it at any time.
nav-language = Language

## Account (the language remembered on the account; changes still waiting at sign-out)
pending-what-language = Language choice for your account
pending-state-held = Waiting until the person who made it signs in again on this device
sign-out-unsent = { $count ->
    [one] 1 change of yours has not been sent yet.
   *[other] { $count } changes of yours have not been sent yet.
}
sign-out-unsent-kept = If you sign out now, they stay on this device and are sent when you sign in here again.
sign-out-send-first = Send them now
sign-out-anyway = Sign out anyway

## Page frame
skip-to-content = Skip to content
nav-main = Main
nav-home = Home
nav-trainers = Trainers
nav-staff = Staff
nav-admin = Admin
nav-sign-in = Sign in
sign-out = Sign out
sign-out-failed = You are still signed in.
footer-text = Wegwijs: finding your way. Your information stays with your reception agency.
connection-online = Online
connection-offline = Offline: you can keep reading what was loaded before.

## Common
loading = Loading…
checking-session = Checking who is signed in…
go-home = Go to the home page
try-again = Try again
hello = Hello
my-sessions = My sessions
field-name = Name
field-resident-number = Resident number
field-location = Location
field-language = Language

## Access guard
guard-sign-in-title = Please sign in
guard-sign-in-text = You need to sign in to open this page.
guard-denied-title = Not allowed
guard-denied-text = Your account cannot open this page. If you need it for your work, ask an administrator.

## Not found
not-found-title = This page does not exist
not-found-text = The address may be old or mistyped.

## Home
home-welcome = Welcome to Wegwijs
home-lead = Information about your procedure and life at your centre, your own affairs, and lessons to learn digital skills.
home-new-card = I have a new card
home-staff-link = Staff and trainers
loading-locations = Loading the reception locations…
loading-my-details = Loading your details…
my-details = My details
go-admin-area = Go to the admin area
go-trainer-area = Go to the trainer area
go-staff-area = Go to the staff area
location-kind-col = Central reception
location-kind-pol = Process reception
location-kind-azc = Asylum seekers' centre

## Activation card
card-title = Activation card
card-valid-until = Valid until
card-instructions = Open Wegwijs on your phone, choose “I have a new card”, type this code or scan the QR code. Then choose a PIN of six digits.

## Errors
error-network = We could not reach Wegwijs. Check your internet connection and try again.
error-unexpected = Wegwijs sent an answer this version of the app does not understand. Reload the page.
error-not-found = We could not find what you asked for.
error-validation = Some information is missing or not correct. Please check the fields below.
error-unavailable = Wegwijs is busy or being updated. Please try again in a few minutes.
error-generic = Something went wrong. Please try again. If it keeps happening, tell the staff.
error-reference = Reference for the staff:
error-send-report = Send this problem to the support team
error-report-sent = Sent. Your reference number is { $id }.
error-report-failed = Could not send: { $why }

## Field errors from the API, by code (the API's English message shows for codes not listed)
error-too_common = This password is on a list of commonly used passwords. Choose another; a short sentence works well.
error-activation_code_expired = This code has expired (a card works for 14 days). Ask staff for a new card.
error-activation_code_used = This code has already been used. Sign in with your resident number and PIN, or ask staff for a new card.
error-activation_code_unknown = This code is not known. Check the letters and digits on your card.
error-activation_code_replaced = This card was replaced by a newer one. Use the code on your newest card.

## Activation (a new card)
activate-lead = Type the code from your card and choose a PIN of six digits. You will use your resident number and this PIN to sign in.
activate-code = Code from your card
activate-code-hint = 12 letters and digits, for example ABCD-EFGH-JKMN.
activate-pin = Choose a PIN (6 digits)
activate-pin-hint = Not all the same digit and not in a row like 123456.
activate-pin-repeat = Type the PIN again
activate-submit = Activate
activate-busy = Activating…
activate-already = Already activated?
show-pin = Show PIN
field-pin = PIN
error-pins_differ = The two PINs are not the same. Type the same six digits twice.

## Resident sign-in
sign-in-number-hint = The 10 digits on your W-document.
sign-in-busy = Signing in…
sign-in-forgot = Forgot your PIN? Ask the staff at your location for a new card.

## My sessions
sessions-lead = These are the phones and computers where you are signed in. Sign out any you do not recognise.
loading-sessions = Loading your sessions…
sessions-sign-out-everywhere = Sign out everywhere
sessions-this-device = This device
sessions-signed-in = Signed in
sessions-last-used = Last used
sessions-sign-out-here = Sign out on this device

## App updates and offline
app-name = Wegwijs: finding your way
app-description = Information, your own affairs and digital-skills lessons for people living in reception centres.
update-ready = A new version of Wegwijs is ready.
update-reload = Reload
offline-page-title = This page is not available offline yet
offline-page-text = Wegwijs has not saved this page on your device yet. Open it once while you have internet; after that it works offline too. It opens by itself as soon as the connection is back.

## Offline changes (the write queue): header indicator and /pending
pending-waiting = { $count ->
    [one] 1 change waiting
   *[other] { $count } changes waiting
}
pending-sending = Sending { $done } of { $total }…
pending-rejected = { $count ->
    [one] 1 change not accepted
   *[other] { $count } changes not accepted
}
pending-title = Changes on this device
pending-lead = Changes you make without a connection are kept on this device and sent in order when the connection returns. Nothing is thrown away unless you choose to.
pending-empty = Every change has been sent.
pending-send-now = Send now
pending-made-at = Made
pending-state = Status
pending-state-waiting = Waiting to be sent
pending-state-sending = Sending…
pending-state-rejected = Not accepted by Wegwijs
pending-why = Why it was not accepted
pending-discard = Discard this change
pending-what-client-error = Problem report for the support team
error-report-queued = Saved on this device. It will be sent when the connection returns.

## Display settings (text size, contrast) and reading aloud
nav-display = Display
display-title = Text size and contrast
display-intro = Make the text bigger or the colours stronger. Your choice is kept on this device.
display-text-size = Text size
display-size-normal = Normal
display-size-large = Large
display-size-larger = Larger
display-sample = Aa
display-contrast = Contrast
display-contrast-normal = Normal colours
display-contrast-high = High contrast
display-not-kept = This device cannot keep your choice. It lasts until you close Wegwijs.
listen = Listen
listen-page = Listen to this page
listen-pause = Pause
listen-resume = Continue
listen-stop = Stop
listen-unavailable = Reading aloud is not available in this language on this device.
listen-failed = Reading aloud stopped because of an error. Try again.

## centre
centre-title = My centre
centre-loading = Loading your centre's information…
centre-emergency-title = Emergency
centre-emergency-text = In a life-threatening emergency call { $number }: police, fire brigade or ambulance. Calling is free, also without credit.
centre-call = Call { $number }
centre-address = Address
centre-postal-address = Postal address
centre-phone = Phone
centre-email = E-mail
centre-place = Where
centre-services-title = Services and opening hours
centre-no-services = No services have been added yet. Ask at the reception desk.
centre-status-open-always = Open now, day and night
centre-status-open-until = Open now, until { $time }
centre-status-open-until-day = Open now, until { $day } { $time }
centre-status-closed-opens = Closed, opens at { $time }
centre-status-closed-opens-tomorrow = Closed, opens tomorrow at { $time }
centre-status-closed-opens-day = Closed, opens { $day } at { $time }
centre-status-closed-unknown = Closed, no opening hours in the next two weeks
centre-status-closed-reason = Closed today ({ $reason })
centre-next-tomorrow = Opens tomorrow at { $time }
centre-next-day = Opens { $day } at { $time }
centre-today-hours = Today: { $hours }
centre-special-today = Special hours today: { $reason }
centre-closed = Closed
centre-week-hours = Opening hours for the whole week
centre-week-caption = Opening hours: { $service }
centre-day = Day
centre-hours = Hours
centre-exceptions-title = Special days
centre-kind-reception_desk = Reception desk
centre-kind-medical_practice = Health centre (GZA)
centre-kind-mail = Mail
centre-kind-allowance = Allowance and payments
centre-kind-shop = Shop and food
centre-kind-laundry = Laundry
centre-kind-counselling = Counselling (VluchtelingenWerk)
centre-kind-transport = Transport
centre-kind-other = Other
## activities
activities-title = Activities
activities-lead = What is on at your centre in the coming two weeks. Sign up, so the organisers know you are coming.
activities-loading = Loading the activities…
activities-none = No activities are planned in the coming two weeks.
activities-today = Today, { $date }
activities-time = Time
activities-place = Place
activities-language = Language
activities-places = Places
activities-no-language-needed = No spoken language needed
activities-cancelled = This activity is cancelled.
activities-full = Full. Waiting list: { $waiting }
activities-places-left = Places left: { $count }
activities-queued-signup = Your sign-up is saved on this phone. It will be sent when you are online.
activities-queued-cancel = Your cancellation is saved on this phone. It will be sent when you are online.
activities-you-have-a-place = You have a place.
activities-you-are-waiting = You are on the waiting list (number { $position }).
activities-started = This activity has already started.
activities-cancel = Cancel my sign-up
activities-sign-up = Sign up
activities-join-waiting-list = Join the waiting list
activities-pending-signup = Sign-up for an activity
activities-pending-cancel = Cancelled sign-up for an activity
error-activities_started = This activity has already started, so you can no longer sign up or cancel.
error-activities_cancelled = This activity has been cancelled.
error-activities_no_occurrence = The activity does not take place on this date.
## Resident information (My procedure, library, news, vacancies, search, favourites)
info-procedure-title = My procedure
info-procedure-now = Where you are now:
info-procedure-unknown = The staff have not yet noted where you are in the asylum procedure. Ask at the reception desk.
info-procedure-next = What can happen next
info-procedure-no-next = This is the end of the asylum procedure.
info-procedure-read = Read more about this step
info-stage-application = Asylum application
info-stage-application-about = You ask the IND for asylum. The police check who you are and write down your details.
info-stage-central_reception = Central reception
info-stage-central_reception-about = You stay a few days at the central reception location: a registration interview, a check for tuberculosis and a first talk with a nurse.
info-stage-rest_and_preparation = Rest and preparation
info-stage-rest_and_preparation-about = About a week to rest and prepare. You meet your lawyer and get information from the Dutch Council for Refugees.
info-stage-general_procedure = General asylum procedure
info-stage-general_procedure-about = The IND asks you who you are and why you fled. Your lawyer helps you. Then the IND decides.
info-stage-extended_procedure = Extended asylum procedure
info-stage-extended_procedure-about = The IND needs more time to decide. This can take months. You wait in a reception centre.
info-stage-permit_granted = Residence permit granted
info-stage-permit_granted-about = You may stay in the Netherlands. You will get a home in a municipality and start learning Dutch.
info-stage-appeal = Appeal
info-stage-appeal-about = The IND said no. Your lawyer can ask a court to look at the decision again.
info-stage-departure = Departure
info-stage-departure-about = The final answer is no. You must leave the Netherlands. The Repatriation and Departure Service (DT&V) talks with you about this.
info-tiles-title = Information and centre life
info-tile-library = Information
info-tile-news = News
info-tile-centre = My centre
info-tile-activities = Activities
info-tile-vacancies = Jobs and volunteering
info-tile-search = Search
info-tile-favourites = Favourites
info-news-unread = { $count ->
    [one] { $count } unread news item
   *[other] { $count } unread news items
}
info-updated = Information updated: { $time }
info-offline-saved = You are offline. This is the information saved on { $time }.
info-loading = Loading information…
info-pending-favourite = A favourite saved or removed
info-pending-news-seen = News marked as read
info-library-lead = Answers to common questions, checked by the staff. Choose a subject.
info-category-asylum-procedure = Asylum procedure
info-category-rights-obligations = Rights and obligations
info-category-health-care = Health care
info-category-safety = Safety
info-category-daily-life = Daily life
info-category-learning-work = Learning and work
info-library-empty = Nothing on this subject yet.
info-back-library = Back to Information
info-not-found-title = Not found
info-not-found = This information was not found. It may have been removed, or it is not on this phone yet.
info-fallback = This text is not yet available in your language. It is shown in { $language }.
info-outdated = The original text has changed since this translation was made. Ask the staff if something is unclear.
info-published = Published { $date }
info-favourite-add = Save as favourite
info-favourite-remove = Remove from favourites
info-favourite-gone = This favourite is no longer available.
info-news-lead = News from your centre and from the agency, newest first.
info-news-empty = There is no news at the moment.
info-news-new = New
info-vacancies-lead = Paid work and volunteer work. Read the conditions; the staff can tell you more.
info-vacancies-empty = There are no vacancies at the moment.
info-vacancy-paid = Paid work
info-vacancy-volunteer = Volunteer work
info-vacancy-contact = Contact
info-vacancy-link = Website
info-search-label = What are you looking for?
info-search-hint = Searches all information, news and vacancies. Also works without internet.
info-search-none = Nothing found. Try fewer or other words.
info-search-results = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
info-kind-article = Information
info-kind-news = News
info-kind-vacancy = Vacancy
info-favourites-lead = What you saved with the star.
info-favourites-empty = You have no favourites yet. Tap “Save as favourite” on information, news or a vacancy to keep it here.

## search
search-hint = Searches all information, news, vacancies, activities and the services of your centre. Also works without internet.
search-kind-activity = Activity
search-kind-service = Centre service

## learning resident
learning-tile = Learning
learning-title = My learning
learning-lead = Short lessons about using your phone and the internet safely. Learn at your own pace, also without internet.
learning-loading = Loading your lessons…
learning-none = There are no lessons for you yet.
learning-assigned = Given to you by your trainer
learning-optional = More lessons you can choose
learning-passport-link = My learning passport
learning-state-label = Status
learning-state-not-started = Not started
learning-state-in-progress = Started
learning-state-completed = Passed
learning-level-label = Level
learning-minutes-label = Time
learning-minutes = About { $minutes } min.
learning-competences-label = Skills
learning-questions-progress = Questions: { $done } of { $total }
learning-due = Finish by { $date }
learning-overdue = Overdue: this was due on { $date }
learning-start = Start
learning-continue = Continue
learning-open-certificate = Open certificate
learning-preview-banner = Preview — no answers are saved.
learning-queued = Will be sent when you are online.
learning-step-of = Step { $step } of { $total }
learning-nav = Steps
learning-back = Back
learning-next = Next
learning-audio = Listen to a recording:
learning-try-it = Try it on your phone
learning-end-title = Your result
learning-end-no-questions = This lesson has no questions.
learning-score = You answered { $correct } of { $total } questions correctly.
learning-passed = Well done, you passed!
learning-certificate-code = Your certificate code:
learning-verify-link = Check this certificate
learning-certificate-waiting = Your certificate will appear when you are online.
learning-preview-no-certificate = In a preview there is no certificate.
learning-not-passed = Not passed yet. You need { $percent } % of the answers right. You can try again.
learning-try-again = Try again
learning-back-to-list = Back to my learning
learning-true = True
learning-false = False
learning-pick-all = Tick every right answer, then press Check.
learning-check = Check
learning-order-hint = Put the steps in the right order with the arrow buttons, then press Check.
learning-move-up = Move up: { $item }
learning-move-down = Move down: { $item }
learning-correct = Correct!
learning-wrong = Not quite.
learning-pending-answer = Answer in a lesson
learning-pending-seen = Progress in a lesson
learning-passport-title = My learning passport
learning-passport-lead = Your certificates and the digital skills you have shown. It stays with you when you move to another centre.
learning-passport-none = You have no certificates yet.
learning-passport-no-competences = No skills yet. Pass a lesson to add one.
learning-passport-certificates = Certificates
learning-passport-competences = Skills I have shown
learning-issued-on = Date
learning-code-label = Certificate code
learning-verify-title = Check a certificate
learning-verify-lead = Type the code from a certificate to see if it is real. You see the lesson, level and date, nothing about the person.
learning-verify-code-label = Certificate code
learning-verify-submit = Check
learning-verify-mistyped = This code is not right. Check the code: maybe a letter or number was typed wrong.
learning-verify-not-found = No certificate has this code.
learning-verify-valid = This certificate is real.
## learning: DigComp 2.2
digcomp-area-1 = Information and data literacy
digcomp-area-2 = Communication and collaboration
digcomp-area-3 = Digital content creation
digcomp-area-4 = Safety
digcomp-area-5 = Problem solving
digcomp-1-1 = Browsing, searching and filtering data, information and digital content
digcomp-1-2 = Evaluating data, information and digital content
digcomp-1-3 = Managing data, information and digital content
digcomp-2-1 = Interacting through digital technologies
digcomp-2-2 = Sharing through digital technologies
digcomp-2-3 = Engaging in citizenship through digital technologies
digcomp-2-4 = Collaborating through digital technologies
digcomp-2-5 = Netiquette
digcomp-2-6 = Managing digital identity
digcomp-3-1 = Developing digital content
digcomp-3-2 = Integrating and re-elaborating digital content
digcomp-3-3 = Copyright and licences
digcomp-3-4 = Programming
digcomp-4-1 = Protecting devices
digcomp-4-2 = Protecting personal data and privacy
digcomp-4-3 = Protecting health and well-being
digcomp-4-4 = Protecting the environment
digcomp-5-1 = Solving technical problems
digcomp-5-2 = Identifying needs and technological responses
digcomp-5-3 = Creatively using digital technologies
digcomp-5-4 = Identifying digital competence gaps
digcomp-level = Level { $level }
digcomp-level-1 = Foundation: with help
digcomp-level-2 = Foundation: on my own
digcomp-level-3 = Intermediate: simple tasks on my own
digcomp-level-4 = Intermediate: solving problems
