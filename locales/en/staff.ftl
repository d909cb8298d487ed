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
