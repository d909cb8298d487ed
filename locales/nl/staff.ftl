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

## editor: staff content editor
content-title = Informatie voor bewoners
content-new = Nieuw item
content-new-title = Nieuw item
content-edit-title = Item bewerken
content-back = Alle informatie-items
content-loading = De items worden geladen…
content-loading-item = Het item wordt geladen…
content-all-kinds = Alle soorten
content-all-locations = Alle locaties
content-caption = Artikelen, nieuws en vacatures, laatste wijziging eerst
content-empty = Er zijn nog geen items.
content-more = Meer tonen
content-published = Gepubliceerd
content-last-changed = Laatst gewijzigd
content-created = Gemaakt
content-version = Versie
content-yes = Ja
content-no = Nee
content-choose = Kies…
content-kind-article = Artikel
content-kind-news = Nieuws
content-kind-vacancy = Vacature
content-category-asylum_procedure = Asielprocedure
content-category-rights_obligations = Rechten en plichten
content-category-health_care = Gezondheidszorg
content-category-safety = Veiligheid
content-category-daily_life = Dagelijks leven
content-category-learning_work = Leren en werken
content-vacancy-paid = Betaald werk
content-vacancy-volunteer = Vrijwilligerswerk
content-field-kind = Soort
content-field-category = Categorie
content-field-stage = Fase van de procedure
content-no-stage = Geen fase
content-field-vacancy-kind = Soort werk
content-field-contact = Contact
content-field-link = Link
content-link-hint = Een webadres dat begint met https://
content-field-source-language = Taal van de oorspronkelijke tekst
content-field-title = Titel
content-field-summary = Samenvatting
content-summary-hint = Een of twee zinnen, getoond in lijsten (hoogstens 300 tekens).
content-field-body = Tekst
content-field-status = Status
content-markup-help = Eenvoudige opmaak:
content-markup-heading = aan het begin van een regel: een kop
content-markup-list = aan het begin van een regel: een punt in een lijst
content-markup-bold = vette tekst
content-markup-link = een link
content-preview = Voorbeeld
content-save = Opslaan
content-saving = Bezig met opslaan…
content-saved = Opgeslagen.
content-publish = Publiceren
content-unpublish = Publicatie intrekken
content-published-done = Gepubliceerd: bewoners kunnen het nu lezen.
content-unpublished-done = Publicatie ingetrokken: bewoners zien het niet meer.
content-conflict = Iemand anders heeft dit item gewijzigd terwijl u het bewerkte. Uw tekst staat nog in het formulier en is niet opgeslagen.
content-load-theirs = Hun versie tonen
content-their-version = Hun versie
content-their-version-help = Dit is de opgeslagen versie. Als u nu opslaat, vervangt uw tekst deze; u kunt hun tekst ook in het formulier overnemen.
content-use-theirs = Hun tekst gebruiken
content-history = Geschiedenis
content-status-draft = Concept
content-status-review = Klaar voor controle
content-status-published = Gepubliceerd
content-coverage-title = Overzicht van vertalingen
content-coverage-lead = Elk item tegen elke taal: wat ontbreekt, wacht of verouderd is.
content-coverage-caption = Vertaalstatus per item en taal
content-coverage-more = Alleen de eerste 1000 items worden getoond.
content-coverage-missing = Ontbreekt
content-coverage-draft = Concept
content-coverage-review = Controle
content-coverage-published = Gepubliceerd
content-coverage-outdated = Verouderd
content-translation-title = Vertaling
content-translation-language = Vertalen naar
content-translation-source = Origineel
content-translation-your = Vertaling
content-translation-save = Vertaling opslaan
content-translation-saved = Vertaling opgeslagen.
content-outdated-note = Verouderd: de oorspronkelijke tekst is gewijzigd nadat deze vertaling is gemaakt.
content-stage-application = Aanmelding
content-stage-central_reception = Centrale ontvangst
content-stage-rest_and_preparation = Rust en voorbereiding
content-stage-general_procedure = Algemene asielprocedure
content-stage-extended_procedure = Verlengde procedure
content-stage-permit_granted = Vergunning verleend
content-stage-appeal = Beroep
content-stage-departure = Vertrek
content-procedure-title = Asielprocedure
content-procedure-current = Huidige fase
content-procedure-unset = Nog niet ingesteld
content-procedure-next = Wat hierna kan komen
content-procedure-set-at = Ingesteld op
content-procedure-field = Fase
content-procedure-submit = Fase opslaan
content-procedure-saved = Fase opgeslagen.
content-procedure-choose = Kies de huidige fase van de bewoner.
error-html_not_allowed = HTML is niet toegestaan; gebruik de eenvoudige opmaak (## kop, - lijst, **vet**, [link](https://…)).
error-link_not_allowed = Links moeten beginnen met https://, mailto:, tel: of /.
error-heading_level = Begin koppen met ## of ###; de titel is de hoofdkop van de pagina.
## content
audit-event-procedure_stage_set = procedurefase ingesteld
