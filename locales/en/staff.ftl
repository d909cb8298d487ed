# Wegwijs staff text: the staff, admin, trainer, staff sign-in and invitation pages. Fetched only
# when one of those areas opens, so residents never download it. Keys never repeat main.ftl's.

## Common
cancel = Cancel
save = Save
saving = Saving…
edit = Edit
confirm = Confirm
continue = Continue
checking = Checking…
field-status = Status
field-type = Type
field-municipality = Municipality
field-places = Places
field-change = Change
field-role = Role
field-email = E-mail address
field-password = Password
show-password = Show password
date-from = From
date-until = Until
choose-location = Choose a location
staff-loading-locations = Loading locations…
role-resident = Resident
role-trainer = Trainer
role-staff = Staff
role-admin = Admin
status-card-pending = Card issued, not activated yet
status-active = Active
status-disabled = Disabled

## Staff overview
staff-overview-title = Staff overview
staff-register-new = Register a new resident
capacity-caption = Reception locations of { $agency }
capacity-total = Total
system-status = System status
checking-system = Checking the system…
health-ok = Working normally
health-degraded = Degraded: the database is not ready
health-schema = Database schema
health-none = none
health-api-version = API version

## Residents
residents-title = Residents
residents-all-locations = All my locations
loading-residents = Loading residents…
residents-empty = No residents registered here yet.
residents-caption = Residents ({ $count })

## New resident
new-resident-title = New resident
new-resident-registered = Registered. Give this card to the resident.
new-resident-open = Open this resident
new-resident-another = Register another resident
field-preferred-name = Preferred name
field-preferred-name-hint = The name the resident wants to be called.
field-v-number = Resident number (V-number)
field-v-number-hint = 10 digits.
choose-language = Choose a language
field-birth-optional = Date of birth (optional)
field-birth-hint = Only when the resident wants information for their age.
new-resident-submit = Register and make a card
new-resident-busy = Registering…

## One resident
all-residents = All residents
loading-resident = Loading the resident…
moves-now = now
field-date-of-birth = Date of birth
not-recorded = Not recorded
moves-caption = Where this resident has lived
card-issue = Issue new activation card
card-confirm-text = The old code stops working and the resident is signed out on every device. They choose a new PIN with the new card. Continue?
card-confirm = Yes, issue a new card
move-title = Move to another location
move-done = Moved.
move-new-location = New location
move-submit = Move
move-busy = Moving…

## Activation card (printed for the resident; the rest of its text is in main.ftl)
card-code-label = Activation code
card-qr-label = QR code that opens Wegwijs with this code filled in
card-print = Print the card

## Trainer area
trainer-title = Trainer area
trainer-lead = Digital-skills modules are mapped to the EU framework DigComp 2.2. These are its five competence areas.

## Staff sign-in
staff-sign-in-title = Sign in for staff and trainers
field-totp-code = Code from your authenticator app
field-totp-code-hint = 6 digits, or one of your recovery codes.
staff-resident-question = Are you a resident?
staff-resident-link = Sign in with your resident number

## Accepting an invitation
invite-title = Invitation
invite-incomplete = This link is not complete. Open the whole link from your invitation, or ask an administrator for a new one.
invite-setup-title = Set up your account
invite-step-password = Step 1 of 3: choose a password
field-password-hint = At least 8 characters; a sentence works well.
field-password-repeat = Type the password again
error-passwords_differ = The two passwords are not the same.
invite-step-app = Step 2 of 3: connect an authenticator app
invite-scan = Scan this QR code with an authenticator app on your phone (for example the one your organisation uses). Account:
invite-qr-label = QR code for your authenticator app
invite-cannot-scan = Cannot scan? Type this key into the app instead:
field-app-code = The 6-digit code the app shows
invite-step-codes = Step 3 of 3: store your recovery codes
invite-codes-text = If you lose your phone, each of these codes lets you sign in once instead of the app's code. Print them or write them down and keep them somewhere safe. They are shown only now.
invite-codes-stored = I have stored them

## Admin: accounts
admin-accounts = Accounts
admin-locations = Locations
admin-audit = Audit log
loading-accounts = Loading accounts…
accounts-caption = Staff, trainers and admins
field-email-short = E-mail
account-status-pending = Invited, not set up yet
account-edit-title = Change { $name }
account-disabled = Disabled (signs this person out everywhere and stops them signing in)
invite-someone = Invite someone
invite-locations = Locations (staff and trainers need at least one)
invite-create = Create invitation
invite-creating = Creating…
invite-created = Invitation for { $name } created. Send this link to them; it works once, until { $until }. It is shown only now.
invite-link = Invitation link
invite-copy = Copy the link
invite-copied = Copied.
invite-copy-failed = Could not copy. Select the link and copy it by hand.

## Admin: locations
locations-caption = Locations of { $agency }
field-timezone = Time zone
field-timezone-hint = For example Europe/Amsterdam.
error-not_a_number = Write the number of places in digits, for example 400.
location-change-title = Change location
location-add-title = Add a location
location-add = Add location

## Admin: audit log
audit-actor-id = Actor id
audit-resident-id = Resident id
audit-event = Event
audit-all-events = All events
audit-show = Show
loading-audit = Loading the audit log…
audit-none = No entries match.
audit-caption = Entries, newest first
audit-time = Time
audit-actor = Actor
audit-resident = Resident
audit-subject = Subject
audit-details = Details
audit-request-id = Request id
audit-newest = Newest entries
audit-older = Older entries
audit-event-sign_in = sign in
audit-event-sign_in_failed = sign in failed
audit-event-locked_out = locked out
audit-event-sign_out = sign out
audit-event-session_revoked = session revoked
audit-event-activated = activated
audit-event-permission_denied = permission denied
audit-event-resident_read = resident read
audit-event-resident_listed = resident listed
audit-event-resident_created = resident created
audit-event-activation_card_issued = activation card issued
audit-event-resident_moved = resident moved
audit-event-account_invited = account invited
audit-event-account_enrolled = account enrolled
audit-event-account_updated = account updated
audit-event-location_changed = location changed

## content
audit-event-procedure_stage_set = procedure stage set
## centre
centre-edit-title = Centre information
centre-edit-lead = What residents see on "My centre": address, phone numbers, services and opening hours. Times are in the location's time zone.
centre-edit-no-location = You are not assigned to a location.
centre-edit-contacts = Address and contact details
centre-edit-services = Services
centre-edit-new-service = Add a service
centre-edit-kind = Kind of service
centre-edit-name = Name (optional)
centre-edit-note = Note for residents
centre-edit-hours = Weekly opening hours
centre-edit-hours-hint = Add a row for each period the service is open. A period cannot cross midnight; 00:00 as a closing time means midnight.
centre-edit-opens = Opens
centre-edit-closes = Closes
centre-edit-add-range = Add opening hours on { $day }
centre-edit-remove-range = Remove these hours
centre-edit-exceptions = Special days
centre-edit-exceptions-hint = Public holidays and other days with other hours. Without hours, the service is closed all day.
centre-edit-date = Date
centre-edit-reason = Reason (residents see it)
centre-edit-special-hours = Hours on this day
centre-edit-add-exception = Add a special day
centre-edit-remove-exception = Remove this special day
centre-edit-save = Save
centre-edit-saving = Saving…
centre-edit-saved = Saved. Residents see the change the next time they open the page.
centre-edit-remove-service = Remove service
centre-edit-conflict = Someone else changed this while you were editing. Nothing was saved and what you typed is still here. Reload to see their change, then make yours again.
centre-edit-reload = Reload
centre-error-invalid_time = Enter a time, for example 09:00.
centre-error-closes_before_opens = The closing time must be later than the opening time.
centre-error-overlapping_ranges = These hours overlap other hours on the same day.
centre-error-out_of_range = This time is not between 00:00 and 24:00.
centre-error-duplicate_date = This date is already a special day.
centre-error-invalid_date = Enter a date.
centre-error-invalid_phone = Enter a phone number with digits, for example +31 6 0000 0000.
centre-error-invalid_email = Enter an e-mail address such as desk@example.org.
centre-error-too_many_ranges = Too many periods on one day (at most 6).
centre-error-too_many_exceptions = Too many special days: remove those in the past.
centre-error-required = This field is required.
centre-error-too_long = This text is too long.
centre-error-stale_version = Someone else changed this first.
## activities (issue 5)
activities-staff-title = Activities
activities-new = New activity
activities-coming = The coming two weeks
activities-all = All activities
activities-staff-loading = Loading the activities…
activities-staff-none = No activities.
activities-coming-caption = Occurrences in the next { $days } days
activities-when = When
activities-what = Activity
activities-confirmed = Places taken
activities-waiting = Waiting
activities-participants = Participants
activities-cancelled-badge = cancelled
activities-show-participants = Show names
activities-participants-of = Participants on { $date }
activities-confirmed-count = Confirmed: { $count } of { $capacity }
activities-waiting-count = Waiting list: { $count }
activities-nobody = Nobody yet.
activities-every-week = Every { $weekday }, { $time }, { $minutes } minutes
activities-once-on = Once, { $date }, { $time }, { $minutes } minutes
activities-capacity = Number of places
activities-conflict = Someone else saved this activity after you opened it. Your changes are not saved yet: check theirs first.
activities-edit = Edit
activities-restore = Restore
activities-cancel-activity = Cancel activity
activities-edit-title = Edit activity
activities-new-title = New activity
activities-load-theirs = Load their version (your changes are discarded)
activities-recurrence = How often
activities-weekly = Every week
activities-once = Once
activities-start-date = Date (for a weekly activity: the first possible date)
activities-weekday = Day of the week
activities-end-date = Last date (optional)
activities-end-date-hint = Leave empty if the activity continues.
activities-start-time = Start time
activities-duration = Duration in minutes
activities-source-language = Written first in
activities-add-translation = Add a translation
activities-save = Save
activities-saving = Saving…
activities-back = Back to the list
activities-text-number = Text { $number }
activities-text-language = Language of this text
activities-title-field = Title
activities-description = Description (optional)
activities-remove-translation = Remove this text
error-activities_weekday_required = A weekly activity needs a day of the week.
error-activities_weekday_invalid = Choose a day from Monday to Sunday.
error-activities_end_for_once = A one-off activity has no last date: choose every week, or leave it empty.
error-activities_end_before_start = The last date is before the first date.
error-activities_invalid_time = Write the time as HH:MM, for example 14:30.
error-activities_duration_range = The duration is 5 minutes to 12 hours.
error-activities_past_midnight = The activity must end by midnight.
error-activities_capacity_range = The number of places is 1 to 1000.
error-activities_duplicate_language = This language has two texts; keep one.
error-activities_source_text_required = Write the title in the language it was written in first.
error-activities_stale = Someone else changed this activity after you opened it.
error-activities_location_fixed = An activity stays at its location; create a new one at the other location.
error-activities_duration_not_number = Write the duration in minutes, in digits, for example 90.
audit-event-activity_participants_read = participants of an activity viewed
