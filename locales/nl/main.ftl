# Wegwijs: Nederlands.

## Language picker
language-title = Taal
language-intro = Kies de taal waarin Wegwijs tegen je praat. Je kunt dit altijd veranderen.
nav-language = Taal

## Account (the language remembered on the account; changes still waiting at sign-out)
pending-what-language = Taalkeuze voor je account
pending-state-held = Wacht tot de persoon die deze wijziging maakte hier weer inlogt
sign-out-unsent = { $count ->
    [one] 1 wijziging van jou is nog niet verstuurd.
   *[other] { $count } wijzigingen van jou zijn nog niet verstuurd.
}
sign-out-unsent-kept = Als je nu uitlogt, blijven ze op dit apparaat en worden ze verstuurd zodra je hier weer inlogt.
sign-out-send-first = Nu versturen
sign-out-anyway = Toch uitloggen

## Page frame
skip-to-content = Naar de inhoud
nav-main = Hoofdmenu
nav-home = Start
nav-trainers = Trainers
nav-staff = Medewerkers
nav-admin = Beheer
nav-sign-in = Inloggen
sign-out = Uitloggen
sign-out-failed = Je bent nog ingelogd.
footer-text = Wegwijs: je weg vinden. Je gegevens blijven bij je opvangorganisatie.
connection-online = Online
connection-offline = Offline: je kunt blijven lezen wat eerder is geladen.

## Common
loading = Laden…
checking-session = Kijken wie er is ingelogd…
go-home = Naar de startpagina
try-again = Opnieuw proberen
hello = Hallo
my-sessions = Mijn sessies
field-name = Naam
field-resident-number = Bewonersnummer
field-location = Locatie
field-language = Taal

## Access guard
guard-sign-in-title = Log in
guard-sign-in-text = Je moet inloggen om deze pagina te openen.
guard-denied-title = Geen toegang
guard-denied-text = Je account kan deze pagina niet openen. Heb je hem nodig voor je werk, vraag het dan aan een beheerder.

## Not found
not-found-title = Deze pagina bestaat niet
not-found-text = Het adres is misschien oud of verkeerd getypt.

## Home
home-welcome = Welkom bij Wegwijs
home-lead = Informatie over je procedure en het leven op je locatie, je eigen zaken, en lessen om digitale vaardigheden te leren.
home-new-card = Ik heb een nieuwe kaart
home-staff-link = Medewerkers en trainers
loading-locations = De opvanglocaties laden…
loading-my-details = Je gegevens laden…
my-details = Mijn gegevens
go-admin-area = Naar het beheer
go-trainer-area = Naar het trainersdeel
go-staff-area = Naar het medewerkersdeel
location-kind-col = Centrale ontvangstlocatie
location-kind-pol = Proces-opvanglocatie
location-kind-azc = Asielzoekerscentrum

## Activation card
card-title = Activeringskaart
card-valid-until = Geldig tot
card-instructions = Open Wegwijs op je telefoon, kies „Ik heb een nieuwe kaart”, typ deze code of scan de QR-code. Kies daarna een pincode van zes cijfers.

## Errors
error-network = We konden Wegwijs niet bereiken. Controleer je internetverbinding en probeer het opnieuw.
error-unexpected = Wegwijs gaf een antwoord dat deze versie van de app niet begrijpt. Laad de pagina opnieuw.
error-not-found = We konden niet vinden wat je zocht.
error-validation = Er ontbreekt informatie of iets klopt niet. Controleer de velden hieronder.
error-unavailable = Wegwijs is druk of wordt bijgewerkt. Probeer het over een paar minuten opnieuw.
error-generic = Er ging iets mis. Probeer het opnieuw. Blijft het gebeuren, zeg het dan tegen de medewerkers.
error-reference = Kenmerk voor de medewerkers:
error-send-report = Stuur dit probleem naar het ondersteuningsteam
error-report-sent = Verstuurd. Je kenmerk is { $id }.
error-report-failed = Versturen lukte niet: { $why }

## Field errors from the API, by code
error-too_common = Dit wachtwoord staat op een lijst met veelgebruikte wachtwoorden. Kies een ander; een korte zin werkt goed.
error-activation_code_expired = Deze code is verlopen (een kaart werkt 14 dagen). Vraag de medewerkers om een nieuwe kaart.
error-activation_code_used = Deze code is al gebruikt. Log in met je bewonersnummer en pincode, of vraag de medewerkers om een nieuwe kaart.
error-activation_code_unknown = Deze code is onbekend. Controleer de letters en cijfers op je kaart.
error-activation_code_replaced = Deze kaart is vervangen door een nieuwere. Gebruik de code op je nieuwste kaart.

## Activation (a new card)
activate-lead = Typ de code van je kaart en kies een pincode van zes cijfers. Met je bewonersnummer en deze pincode log je in.
activate-code = Code van je kaart
activate-code-hint = 12 letters en cijfers, bijvoorbeeld ABCD-EFGH-JKMN.
activate-pin = Kies een pincode (6 cijfers)
activate-pin-hint = Niet allemaal hetzelfde cijfer en niet op een rij zoals 123456.
activate-pin-repeat = Typ de pincode nog een keer
activate-submit = Activeren
activate-busy = Bezig met activeren…
activate-already = Al geactiveerd?
show-pin = Pincode tonen
field-pin = Pincode
error-pins_differ = De twee pincodes zijn niet gelijk. Typ twee keer dezelfde zes cijfers.

## Resident sign-in
sign-in-number-hint = De 10 cijfers op je W-document.
sign-in-busy = Bezig met inloggen…
sign-in-forgot = Pincode vergeten? Vraag de medewerkers op je locatie om een nieuwe kaart.

## My sessions
sessions-lead = Dit zijn de telefoons en computers waarop je bent ingelogd. Log uit op apparaten die je niet herkent.
loading-sessions = Je sessies laden…
sessions-sign-out-everywhere = Overal uitloggen
sessions-this-device = Dit apparaat
sessions-signed-in = Ingelogd
sessions-last-used = Laatst gebruikt
sessions-sign-out-here = Uitloggen op dit apparaat

## App updates and offline
app-name = Wegwijs: je weg vinden
app-description = Informatie, je eigen zaken en lessen digitale vaardigheden voor bewoners van opvanglocaties.
update-ready = Er is een nieuwe versie van Wegwijs klaar.
update-reload = Opnieuw laden
offline-page-title = Deze pagina is nog niet offline beschikbaar
offline-page-text = Wegwijs heeft deze pagina nog niet op je apparaat bewaard. Open hem één keer met internet; daarna werkt hij ook offline. Hij opent vanzelf zodra de verbinding terug is.

## Offline changes (the write queue): header indicator and /pending
pending-waiting = { $count ->
    [one] 1 wijziging wacht
   *[other] { $count } wijzigingen wachten
}
pending-sending = Bezig met versturen: { $done } van { $total }…
pending-rejected = { $count ->
    [one] 1 wijziging niet geaccepteerd
   *[other] { $count } wijzigingen niet geaccepteerd
}
pending-title = Wijzigingen op dit apparaat
pending-lead = Wijzigingen die je zonder verbinding maakt, blijven op dit apparaat en worden op volgorde verstuurd zodra de verbinding terug is. Er wordt niets weggegooid tenzij je daarvoor kiest.
pending-empty = Alle wijzigingen zijn verstuurd.
pending-send-now = Nu versturen
pending-made-at = Gemaakt
pending-state = Status
pending-state-waiting = Wacht op versturen
pending-state-sending = Bezig met versturen…
pending-state-rejected = Niet geaccepteerd door Wegwijs
pending-why = Waarom het niet is geaccepteerd
pending-discard = Deze wijziging weggooien
pending-what-client-error = Probleemmelding voor het ondersteuningsteam
error-report-queued = Opgeslagen op dit apparaat. Het wordt verstuurd zodra de verbinding terug is.

## Display settings (text size, contrast) and reading aloud
nav-display = Weergave
display-title = Tekstgrootte en contrast
display-intro = Maak de tekst groter of de kleuren sterker. Je keuze wordt op dit apparaat bewaard.
display-text-size = Tekstgrootte
display-size-normal = Normaal
display-size-large = Groot
display-size-larger = Groter
display-sample = Aa
display-contrast = Contrast
display-contrast-normal = Gewone kleuren
display-contrast-high = Hoog contrast
display-not-kept = Dit apparaat kan je keuze niet bewaren. Hij geldt tot je Wegwijs sluit.
listen = Luisteren
listen-page = Luister naar deze pagina
listen-pause = Pauze
listen-resume = Verder
listen-stop = Stop
listen-unavailable = Voorlezen kan niet in deze taal op dit apparaat.
listen-failed = Het voorlezen is gestopt door een fout. Probeer het opnieuw.

## centre
centre-title = Mijn locatie
centre-loading = Informatie over je locatie laden…
centre-emergency-title = Noodgeval
centre-emergency-text = Bij levensgevaar bel je { $number }: politie, brandweer of ambulance. Bellen is gratis, ook zonder beltegoed.
centre-call = Bel { $number }
centre-address = Adres
centre-postal-address = Postadres
centre-phone = Telefoon
centre-email = E-mail
centre-place = Waar
centre-services-title = Diensten en openingstijden
centre-no-services = Er zijn nog geen diensten toegevoegd. Vraag het bij de balie.
centre-status-open-always = Nu open, dag en nacht
centre-status-open-until = Nu open, tot { $time }
centre-status-open-until-day = Nu open, tot { $day } { $time }
centre-status-closed-opens = Gesloten, open om { $time }
centre-status-closed-opens-tomorrow = Gesloten, morgen open om { $time }
centre-status-closed-opens-day = Gesloten, open { $day } om { $time }
centre-status-closed-unknown = Gesloten, de komende twee weken geen openingstijden
centre-status-closed-reason = Vandaag gesloten ({ $reason })
centre-next-tomorrow = Morgen open om { $time }
centre-next-day = Open { $day } om { $time }
centre-today-hours = Vandaag: { $hours }
centre-special-today = Vandaag andere openingstijden: { $reason }
centre-closed = Gesloten
centre-week-hours = Openingstijden van de hele week
centre-week-caption = Openingstijden: { $service }
centre-day = Dag
centre-hours = Tijden
centre-exceptions-title = Bijzondere dagen
centre-kind-reception_desk = Balie
centre-kind-medical_practice = Gezondheidscentrum (GZA)
centre-kind-mail = Post
centre-kind-allowance = Leefgeld en betalingen
centre-kind-shop = Winkel en eten
centre-kind-laundry = Wasserette
centre-kind-counselling = Begeleiding (VluchtelingenWerk)
centre-kind-transport = Vervoer
centre-kind-other = Overig
## activities
activities-title = Activiteiten
activities-lead = Wat er de komende twee weken op je locatie te doen is. Meld je aan, dan weten de organisatoren dat je komt.
activities-loading = Activiteiten laden…
activities-none = Er zijn de komende twee weken geen activiteiten gepland.
activities-today = Vandaag, { $date }
activities-time = Tijd
activities-place = Plaats
activities-language = Taal
activities-places = Plaatsen
activities-no-language-needed = Geen gesproken taal nodig
activities-cancelled = Deze activiteit gaat niet door.
activities-full = Vol. Wachtlijst: { $waiting }
activities-places-left = Plaatsen vrij: { $count }
activities-queued-signup = Je aanmelding is op deze telefoon bewaard. Ze wordt verstuurd zodra je online bent.
activities-queued-cancel = Je afmelding is op deze telefoon bewaard. Ze wordt verstuurd zodra je online bent.
activities-you-have-a-place = Je hebt een plaats.
activities-you-are-waiting = Je staat op de wachtlijst (nummer { $position }).
activities-started = Deze activiteit is al begonnen.
activities-cancel = Afmelden
activities-sign-up = Aanmelden
activities-join-waiting-list = Op de wachtlijst zetten
activities-pending-signup = Aanmelding voor een activiteit
activities-pending-cancel = Afmelding voor een activiteit
error-activities_started = Deze activiteit is al begonnen, dus aanmelden of afmelden kan niet meer.
error-activities_cancelled = Deze activiteit gaat niet door.
error-activities_no_occurrence = De activiteit is niet op deze datum.
## Resident information (My procedure, library, news, vacancies, search, favourites)
info-procedure-title = Mijn procedure
info-procedure-now = Waar je nu bent:
info-procedure-unknown = De medewerkers hebben nog niet genoteerd waar je bent in de asielprocedure. Vraag het bij de balie.
info-procedure-next = Wat er hierna kan gebeuren
info-procedure-no-next = Dit is het einde van de asielprocedure.
info-procedure-read = Lees meer over deze stap
info-stage-application = Asielaanvraag
info-stage-application-about = Je vraagt asiel aan bij de IND. De politie controleert wie je bent en schrijft je gegevens op.
info-stage-central_reception = Centrale ontvangst
info-stage-central_reception-about = Je blijft een paar dagen op de centrale ontvangstlocatie: een aanmeldgehoor, een controle op tuberculose en een eerste gesprek met een verpleegkundige.
info-stage-rest_and_preparation = Rust en voorbereiding
info-stage-rest_and_preparation-about = Ongeveer een week om uit te rusten en je voor te bereiden. Je ontmoet je advocaat en krijgt uitleg van VluchtelingenWerk.
info-stage-general_procedure = Algemene asielprocedure
info-stage-general_procedure-about = De IND vraagt wie je bent en waarom je bent gevlucht. Je advocaat helpt je. Daarna beslist de IND.
info-stage-extended_procedure = Verlengde asielprocedure
info-stage-extended_procedure-about = De IND heeft meer tijd nodig om te beslissen. Dit kan maanden duren. Je wacht in een opvanglocatie.
info-stage-permit_granted = Verblijfsvergunning gekregen
info-stage-permit_granted-about = Je mag in Nederland blijven. Je krijgt een woning in een gemeente en je gaat Nederlands leren.
info-stage-appeal = Beroep
info-stage-appeal-about = De IND zei nee. Je advocaat kan de rechter vragen opnieuw naar het besluit te kijken.
info-stage-departure = Vertrek
info-stage-departure-about = Het laatste antwoord is nee. Je moet Nederland verlaten. De Dienst Terugkeer en Vertrek (DT&V) praat hier met je over.
info-tiles-title = Informatie en leven op de locatie
info-tile-library = Informatie
info-tile-news = Nieuws
info-tile-centre = Mijn locatie
info-tile-activities = Activiteiten
info-tile-vacancies = Werk en vrijwilligerswerk
info-tile-search = Zoeken
info-tile-favourites = Favorieten
info-news-unread = { $count ->
    [one] { $count } ongelezen nieuwsbericht
   *[other] { $count } ongelezen nieuwsberichten
}
info-updated = Informatie bijgewerkt: { $time }
info-offline-saved = Je bent offline. Dit is de informatie die is bewaard op { $time }.
info-loading = Informatie laden…
info-pending-favourite = Een favoriet bewaard of verwijderd
info-pending-news-seen = Nieuws gemarkeerd als gelezen
info-library-lead = Antwoorden op veelgestelde vragen, gecontroleerd door de medewerkers. Kies een onderwerp.
info-category-asylum-procedure = Asielprocedure
info-category-rights-obligations = Rechten en plichten
info-category-health-care = Gezondheidszorg
info-category-safety = Veiligheid
info-category-daily-life = Dagelijks leven
info-category-learning-work = Leren en werken
info-library-empty = Nog niets over dit onderwerp.
info-back-library = Terug naar Informatie
info-not-found-title = Niet gevonden
info-not-found = Deze informatie is niet gevonden. Misschien is ze verwijderd, of staat ze nog niet op deze telefoon.
info-fallback = Deze tekst is nog niet beschikbaar in jouw taal. Je ziet hem in het { $language }.
info-outdated = De oorspronkelijke tekst is veranderd sinds deze vertaling is gemaakt. Vraag het de medewerkers als iets niet duidelijk is.
info-published = Gepubliceerd op { $date }
info-favourite-add = Bewaren als favoriet
info-favourite-remove = Verwijderen uit favorieten
info-favourite-gone = Deze favoriet is niet meer beschikbaar.
info-news-lead = Nieuws van jouw locatie en van de organisatie, het nieuwste eerst.
info-news-empty = Er is op dit moment geen nieuws.
info-news-new = Nieuw
info-vacancies-lead = Betaald werk en vrijwilligerswerk. Lees de voorwaarden; de medewerkers vertellen je er meer over.
info-vacancies-empty = Er zijn op dit moment geen vacatures.
info-vacancy-paid = Betaald werk
info-vacancy-volunteer = Vrijwilligerswerk
info-vacancy-contact = Contact
info-vacancy-link = Website
info-search-label = Wat zoek je?
info-search-hint = Zoekt in alle informatie, nieuws en vacatures. Werkt ook zonder internet.
info-search-none = Niets gevonden. Probeer minder of andere woorden.
info-search-results = { $count ->
    [one] { $count } resultaat
   *[other] { $count } resultaten
}
info-kind-article = Informatie
info-kind-news = Nieuws
info-kind-vacancy = Vacature
info-favourites-lead = Wat je hebt bewaard met de ster.
info-favourites-empty = Je hebt nog geen favorieten. Tik op “Bewaren als favoriet” bij informatie, nieuws of een vacature om het hier te bewaren.

## search
search-hint = Zoekt in alle informatie, nieuws, vacatures, activiteiten en de voorzieningen van je locatie. Werkt ook zonder internet.
search-kind-activity = Activiteit
search-kind-service = Voorziening op de locatie

## learning resident
learning-tile = Leren
learning-title = Mijn leren
learning-lead = Korte lessen over je telefoon en internet veilig gebruiken. Leer in je eigen tempo, ook zonder internet.
learning-loading = Je lessen worden geladen…
learning-none = Er zijn nog geen lessen voor jou.
learning-assigned = Van je trainer gekregen
learning-optional = Meer lessen die je kunt kiezen
learning-passport-link = Mijn leerpaspoort
learning-state-label = Status
learning-state-not-started = Niet begonnen
learning-state-in-progress = Begonnen
learning-state-completed = Geslaagd
learning-level-label = Niveau
learning-minutes-label = Tijd
learning-minutes = Ongeveer { $minutes } min.
learning-competences-label = Vaardigheden
learning-questions-progress = Vragen: { $done } van { $total }
learning-due = Klaar vóór { $date }
learning-overdue = Te laat: dit moest klaar zijn op { $date }
learning-start = Beginnen
learning-continue = Verder gaan
learning-open-certificate = Certificaat openen
learning-preview-banner = Voorbeeld — er worden geen antwoorden bewaard.
learning-queued = Wordt verstuurd zodra je online bent.
learning-step-of = Stap { $step } van { $total }
learning-nav = Stappen
learning-back = Terug
learning-next = Volgende
learning-audio = Luister naar een opname:
learning-try-it = Probeer het op je telefoon
learning-end-title = Je resultaat
learning-end-no-questions = Deze les heeft geen vragen.
learning-score = Je hebt { $correct } van de { $total } vragen goed beantwoord.
learning-passed = Goed gedaan, je bent geslaagd!
learning-certificate-code = Je certificaatcode:
learning-verify-link = Dit certificaat controleren
learning-certificate-waiting = Je certificaat verschijnt zodra je online bent.
learning-preview-no-certificate = In een voorbeeld is er geen certificaat.
learning-not-passed = Nog niet geslaagd. Je moet { $percent } % van de antwoorden goed hebben. Je kunt het opnieuw proberen.
learning-try-again = Opnieuw proberen
learning-back-to-list = Terug naar mijn leren
learning-true = Waar
learning-false = Niet waar
learning-pick-all = Vink elk goed antwoord aan en druk dan op Controleren.
learning-check = Controleren
learning-order-hint = Zet de stappen in de goede volgorde met de pijlknoppen en druk dan op Controleren.
learning-move-up = Omhoog: { $item }
learning-move-down = Omlaag: { $item }
learning-correct = Goed!
learning-wrong = Niet helemaal.
learning-pending-answer = Antwoord in een les
learning-pending-seen = Voortgang in een les
learning-passport-title = Mijn leerpaspoort
learning-passport-lead = Je certificaten en de digitale vaardigheden die je hebt laten zien. Het gaat met je mee als je naar een ander azc verhuist.
learning-passport-none = Je hebt nog geen certificaten.
learning-passport-no-competences = Nog geen vaardigheden. Slaag voor een les om er een toe te voegen.
learning-passport-certificates = Certificaten
learning-passport-competences = Vaardigheden die ik heb laten zien
learning-issued-on = Datum
learning-code-label = Certificaatcode
learning-verify-title = Een certificaat controleren
learning-verify-lead = Typ de code van een certificaat om te zien of het echt is. Je ziet de les, het niveau en de datum, niets over de persoon.
learning-verify-code-label = Certificaatcode
learning-verify-submit = Controleren
learning-verify-mistyped = Deze code klopt niet. Controleer de code: misschien is er een letter of cijfer verkeerd getypt.
learning-verify-not-found = Er is geen certificaat met deze code.
learning-verify-valid = Dit certificaat is echt.
## learning: DigComp 2.2
digcomp-area-1 = Informatie- en datageletterdheid
digcomp-area-2 = Communicatie en samenwerking
digcomp-area-3 = Digitale content creëren
digcomp-area-4 = Veiligheid
digcomp-area-5 = Problemen oplossen
digcomp-1-1 = Browsen, zoeken en filteren van data, informatie en digitale content
digcomp-1-2 = Evalueren van data, informatie en digitale content
digcomp-1-3 = Beheren van data, informatie en digitale content
digcomp-2-1 = Interactie via digitale technologieën
digcomp-2-2 = Delen via digitale technologieën
digcomp-2-3 = Burgerschap uitoefenen via digitale technologieën
digcomp-2-4 = Samenwerken via digitale technologieën
digcomp-2-5 = Netiquette
digcomp-2-6 = Beheren van je digitale identiteit
digcomp-3-1 = Ontwikkelen van digitale content
digcomp-3-2 = Integreren en bewerken van digitale content
digcomp-3-3 = Auteursrecht en licenties
digcomp-3-4 = Programmeren
digcomp-4-1 = Apparaten beschermen
digcomp-4-2 = Persoonsgegevens en privacy beschermen
digcomp-4-3 = Gezondheid en welzijn beschermen
digcomp-4-4 = Het milieu beschermen
digcomp-5-1 = Technische problemen oplossen
digcomp-5-2 = Behoeften en technologische oplossingen herkennen
digcomp-5-3 = Digitale technologieën creatief gebruiken
digcomp-5-4 = Hiaten in digitale vaardigheden herkennen
digcomp-level = Niveau { $level }
digcomp-level-1 = Basis: met hulp
digcomp-level-2 = Basis: zelfstandig
digcomp-level-3 = Gemiddeld: eenvoudige taken zelfstandig
digcomp-level-4 = Gemiddeld: problemen oplossen
