# Wegwijs, tekst voor medewerkers: Nederlands.

## Common
cancel = Annuleren
save = Opslaan
saving = Opslaan…
edit = Bewerken
confirm = Bevestigen
continue = Doorgaan
checking = Controleren…
field-status = Status
field-type = Soort
field-municipality = Gemeente
field-places = Plaatsen
field-change = Wijzigen
field-role = Rol
field-email = E-mailadres
field-password = Wachtwoord
show-password = Wachtwoord tonen
date-from = Van
date-until = Tot
choose-location = Kies een locatie
staff-loading-locations = Locaties laden…
role-resident = Bewoner
role-trainer = Trainer
role-staff = Medewerker
role-admin = Beheerder
status-card-pending = Kaart uitgegeven, nog niet geactiveerd
status-active = Actief
status-disabled = Uitgeschakeld

## Staff overview
staff-overview-title = Overzicht voor medewerkers
staff-register-new = Een nieuwe bewoner inschrijven
capacity-caption = Opvanglocaties van { $agency }
capacity-total = Totaal
system-status = Systeemstatus
checking-system = Het systeem controleren…
health-ok = Werkt normaal
health-degraded = Verminderd: de database is niet gereed
health-schema = Databaseschema
health-none = geen
health-api-version = API-versie

## Residents
residents-title = Bewoners
residents-all-locations = Al mijn locaties
loading-residents = Bewoners laden…
residents-empty = Hier zijn nog geen bewoners ingeschreven.
residents-caption = Bewoners ({ $count })

## New resident
new-resident-title = Nieuwe bewoner
new-resident-registered = Ingeschreven. Geef deze kaart aan de bewoner.
new-resident-open = Deze bewoner openen
new-resident-another = Nog een bewoner inschrijven
field-preferred-name = Roepnaam
field-preferred-name-hint = De naam waarmee de bewoner aangesproken wil worden.
field-v-number = Bewonersnummer (V-nummer)
field-v-number-hint = 10 cijfers.
choose-language = Kies een taal
field-birth-optional = Geboortedatum (optioneel)
field-birth-hint = Alleen als de bewoner informatie voor zijn of haar leeftijd wil.
new-resident-submit = Inschrijven en kaart maken
new-resident-busy = Inschrijven…

## One resident
all-residents = Alle bewoners
loading-resident = De bewoner laden…
moves-now = nu
field-date-of-birth = Geboortedatum
not-recorded = Niet vastgelegd
moves-caption = Waar deze bewoner heeft gewoond
card-issue = Nieuwe activeringskaart uitgeven
card-confirm-text = De oude code werkt dan niet meer en de bewoner wordt op elk apparaat afgemeld. Met de nieuwe kaart kiest de bewoner een nieuwe pincode. Doorgaan?
card-confirm = Ja, een nieuwe kaart uitgeven
move-title = Verhuizen naar een andere locatie
move-done = Verhuisd.
move-new-location = Nieuwe locatie
move-submit = Verhuizen
move-busy = Verhuizen…

## Activation card
card-code-label = Activeringscode
card-qr-label = QR-code die Wegwijs opent met deze code al ingevuld
card-print = De kaart afdrukken

## Trainer area
trainer-title = Trainersomgeving
trainer-lead = Modules voor digitale vaardigheden zijn gekoppeld aan het EU-kader DigComp 2.2. Dit zijn de vijf competentiegebieden ervan.

## Staff sign-in
staff-sign-in-title = Inloggen voor medewerkers en trainers
field-totp-code = Code uit je authenticator-app
field-totp-code-hint = 6 cijfers, of een van je herstelcodes.
staff-resident-question = Ben je bewoner?
staff-resident-link = Inloggen met je bewonersnummer

## Accepting an invitation
invite-title = Uitnodiging
invite-incomplete = Deze link is niet volledig. Open de hele link uit je uitnodiging, of vraag een beheerder om een nieuwe.
invite-setup-title = Je account instellen
invite-step-password = Stap 1 van 3: kies een wachtwoord
field-password-hint = Minstens 8 tekens; een zin werkt goed.
field-password-repeat = Typ het wachtwoord nog eens
error-passwords_differ = De twee wachtwoorden zijn niet gelijk.
invite-step-app = Stap 2 van 3: koppel een authenticator-app
invite-scan = Scan deze QR-code met een authenticator-app op je telefoon (bijvoorbeeld de app die je organisatie gebruikt). Account:
invite-qr-label = QR-code voor je authenticator-app
invite-cannot-scan = Lukt scannen niet? Typ dan deze sleutel in de app:
field-app-code = De 6-cijferige code die de app toont
invite-step-codes = Stap 3 van 3: bewaar je herstelcodes
invite-codes-text = Als je je telefoon kwijtraakt, kun je met elk van deze codes één keer inloggen in plaats van met de code uit de app. Druk ze af of schrijf ze op en bewaar ze op een veilige plek. Ze worden alleen nu getoond.
invite-codes-stored = Ik heb ze bewaard

## Admin: accounts
admin-accounts = Accounts
admin-locations = Locaties
admin-audit = Auditlog
loading-accounts = Accounts laden…
accounts-caption = Medewerkers, trainers en beheerders
field-email-short = E-mail
account-status-pending = Uitgenodigd, nog niet ingesteld
account-edit-title = { $name } wijzigen
account-disabled = Uitgeschakeld (meldt deze persoon overal af en voorkomt dat hij of zij inlogt)
invite-someone = Iemand uitnodigen
invite-locations = Locaties (medewerkers en trainers hebben er minstens één nodig)
invite-create = Uitnodiging maken
invite-creating = Aanmaken…
invite-created = Uitnodiging voor { $name } gemaakt. Stuur deze link naar die persoon; hij werkt één keer, tot { $until }. Hij wordt alleen nu getoond.
invite-link = Uitnodigingslink
invite-copy = De link kopiëren
invite-copied = Gekopieerd.
invite-copy-failed = Kopiëren lukte niet. Selecteer de link en kopieer hem met de hand.

## Admin: locations
locations-caption = Locaties van { $agency }
field-timezone = Tijdzone
field-timezone-hint = Bijvoorbeeld Europe/Amsterdam.
error-not_a_number = Schrijf het aantal plaatsen in cijfers, bijvoorbeeld 400.
location-change-title = Locatie wijzigen
location-add-title = Een locatie toevoegen
location-add = Locatie toevoegen

## Admin: audit log
audit-actor-id = Id van de uitvoerder
audit-resident-id = Id van de bewoner
audit-event = Gebeurtenis
audit-all-events = Alle gebeurtenissen
audit-show = Tonen
loading-audit = Het auditlog laden…
audit-none = Geen regels gevonden.
audit-caption = Regels, nieuwste eerst
audit-time = Tijd
audit-actor = Uitvoerder
audit-resident = Bewoner
audit-subject = Onderwerp
audit-details = Details
audit-request-id = Verzoek-id
audit-newest = Nieuwste regels
audit-older = Oudere regels
audit-event-sign_in = ingelogd
audit-event-sign_in_failed = inloggen mislukt
audit-event-locked_out = geblokkeerd
audit-event-sign_out = afgemeld
audit-event-session_revoked = sessie ingetrokken
audit-event-activated = geactiveerd
audit-event-permission_denied = toegang geweigerd
audit-event-resident_read = bewoner ingezien
audit-event-resident_listed = bewoners opgevraagd
audit-event-resident_created = bewoner ingeschreven
audit-event-activation_card_issued = activeringskaart uitgegeven
audit-event-resident_moved = bewoner verhuisd
audit-event-account_invited = account uitgenodigd
audit-event-account_enrolled = account ingesteld
audit-event-account_updated = account gewijzigd
audit-event-location_changed = locatie gewijzigd

## content
audit-event-procedure_stage_set = procedurefase ingesteld
