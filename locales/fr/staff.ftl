# Wegwijs, textes pour le personnel : français.

## Common
cancel = Annuler
save = Enregistrer
saving = Enregistrement…
edit = Modifier
confirm = Confirmer
continue = Continuer
checking = Vérification…
field-status = Statut
field-type = Type
field-municipality = Commune
field-places = Places
field-change = Modifier
field-role = Rôle
field-email = Adresse e-mail
field-password = Mot de passe
show-password = Afficher le mot de passe
date-from = Du
date-until = Au
choose-location = Choisissez un lieu
staff-loading-locations = Chargement des lieux…
role-resident = Résident
role-trainer = Formateur
role-staff = Personnel
role-admin = Administrateur
status-card-pending = Carte délivrée, pas encore activée
status-active = Actif
status-disabled = Désactivé

## Staff overview
staff-overview-title = Vue d’ensemble du personnel
staff-register-new = Inscrire un nouveau résident
capacity-caption = Lieux d’accueil de { $agency }
capacity-total = Total
system-status = État du système
checking-system = Vérification du système…
health-ok = Fonctionnement normal
health-degraded = Dégradé : la base de données n’est pas prête
health-schema = Schéma de la base de données
health-none = aucun
health-api-version = Version de l’API

## Residents
residents-title = Résidents
residents-all-locations = Tous mes lieux
loading-residents = Chargement des résidents…
residents-empty = Aucun résident n’est encore inscrit ici.
residents-caption = Résidents ({ $count })

## New resident
new-resident-title = Nouveau résident
new-resident-registered = Inscription faite. Remettez cette carte au résident.
new-resident-open = Ouvrir la fiche de ce résident
new-resident-another = Inscrire un autre résident
field-preferred-name = Nom d’usage
field-preferred-name-hint = Le nom par lequel le résident souhaite être appelé.
field-v-number = Numéro de résident (numéro V)
field-v-number-hint = 10 chiffres.
choose-language = Choisissez une langue
field-birth-optional = Date de naissance (facultatif)
field-birth-hint = Seulement si le résident souhaite des informations adaptées à son âge.
new-resident-submit = Inscrire et créer une carte
new-resident-busy = Inscription…

## One resident
all-residents = Tous les résidents
loading-resident = Chargement du résident…
moves-now = aujourd’hui
field-date-of-birth = Date de naissance
not-recorded = Non renseignée
moves-caption = Où ce résident a vécu
card-issue = Délivrer une nouvelle carte d’activation
card-confirm-text = L’ancien code cessera de fonctionner et le résident sera déconnecté sur tous ses appareils. Il choisira un nouveau code PIN avec la nouvelle carte. Continuer ?
card-confirm = Oui, délivrer une nouvelle carte
move-title = Transférer vers un autre lieu
move-done = Transfert effectué.
move-new-location = Nouveau lieu
move-submit = Transférer
move-busy = Transfert…

## Activation card
card-code-label = Code d’activation
card-qr-label = Code QR qui ouvre Wegwijs avec ce code déjà saisi
card-print = Imprimer la carte

## Trainer area
trainer-title = Espace formateurs
trainer-lead = Les modules de compétences numériques sont reliés au cadre européen DigComp 2.2. Voici ses cinq domaines de compétences.

## Staff sign-in
staff-sign-in-title = Connexion pour le personnel et les formateurs
field-totp-code = Code de votre application d’authentification
field-totp-code-hint = 6 chiffres, ou l’un de vos codes de récupération.
staff-resident-question = Vous êtes résident ?
staff-resident-link = Se connecter avec son numéro de résident

## Accepting an invitation
invite-title = Invitation
invite-incomplete = Ce lien est incomplet. Ouvrez le lien entier de votre invitation, ou demandez-en un nouveau à un administrateur.
invite-setup-title = Configurer votre compte
invite-step-password = Étape 1 sur 3 : choisissez un mot de passe
field-password-hint = Au moins 8 caractères ; une phrase convient bien.
field-password-repeat = Saisissez à nouveau le mot de passe
error-passwords_differ = Les deux mots de passe ne sont pas identiques.
invite-step-app = Étape 2 sur 3 : associez une application d’authentification
invite-scan = Scannez ce code QR avec une application d’authentification sur votre téléphone (par exemple celle qu’utilise votre organisation). Compte :
invite-qr-label = Code QR pour votre application d’authentification
invite-cannot-scan = Impossible de scanner ? Saisissez plutôt cette clé dans l’application :
field-app-code = Le code à 6 chiffres affiché par l’application
invite-step-codes = Étape 3 sur 3 : conservez vos codes de récupération
invite-codes-text = Si vous perdez votre téléphone, chacun de ces codes vous permet de vous connecter une fois à la place du code de l’application. Imprimez-les ou notez-les et gardez-les en lieu sûr. Ils ne sont affichés que maintenant.
invite-codes-stored = Je les ai conservés

## Admin: accounts
admin-accounts = Comptes
admin-locations = Lieux
admin-audit = Journal d’audit
loading-accounts = Chargement des comptes…
accounts-caption = Personnel, formateurs et administrateurs
field-email-short = E-mail
account-status-pending = Invité, pas encore configuré
account-edit-title = Modifier { $name }
account-disabled = Désactivé (déconnecte cette personne partout et l’empêche de se connecter)
invite-someone = Inviter quelqu’un
invite-locations = Lieux (le personnel et les formateurs en ont besoin d’au moins un)
invite-create = Créer l’invitation
invite-creating = Création…
invite-created = Invitation pour { $name } créée. Envoyez-lui ce lien ; il fonctionne une seule fois, jusqu’au { $until }. Il n’est affiché que maintenant.
invite-link = Lien d’invitation
invite-copy = Copier le lien
invite-copied = Copié.
invite-copy-failed = Copie impossible. Sélectionnez le lien et copiez-le à la main.

## Admin: locations
locations-caption = Lieux de { $agency }
field-timezone = Fuseau horaire
field-timezone-hint = Par exemple Europe/Amsterdam.
error-not_a_number = Indiquez le nombre de places en chiffres, par exemple 400.
location-change-title = Modifier le lieu
location-add-title = Ajouter un lieu
location-add = Ajouter le lieu

## Admin: audit log
audit-actor-id = Identifiant de l’auteur
audit-resident-id = Identifiant du résident
audit-event = Événement
audit-all-events = Tous les événements
audit-show = Afficher
loading-audit = Chargement du journal d’audit…
audit-none = Aucune entrée ne correspond.
audit-caption = Entrées, les plus récentes d’abord
audit-time = Heure
audit-actor = Auteur
audit-resident = Résident
audit-subject = Objet
audit-details = Détails
audit-request-id = Identifiant de la requête
audit-newest = Entrées les plus récentes
audit-older = Entrées plus anciennes
audit-event-sign_in = connexion
audit-event-sign_in_failed = échec de connexion
audit-event-locked_out = bloqué
audit-event-sign_out = déconnexion
audit-event-session_revoked = session révoquée
audit-event-activated = activé
audit-event-permission_denied = accès refusé
audit-event-resident_read = résident consulté
audit-event-resident_listed = liste des résidents consultée
audit-event-resident_created = résident inscrit
audit-event-activation_card_issued = carte d’activation délivrée
audit-event-resident_moved = résident transféré
audit-event-account_invited = compte invité
audit-event-account_enrolled = compte configuré
audit-event-account_updated = compte modifié
audit-event-location_changed = lieu modifié

## content
audit-event-procedure_stage_set = étape de la procédure d’asile définie
## centre
centre-edit-title = Informations du centre
centre-edit-lead = Ce que les résidents voient dans « Mon centre » : adresse, numéros de téléphone, services et heures d'ouverture. Les heures sont dans le fuseau horaire du centre.
centre-edit-no-location = Vous n'êtes affecté à aucun centre.
centre-edit-contacts = Adresse et coordonnées
centre-edit-services = Services
centre-edit-new-service = Ajouter un service
centre-edit-kind = Type de service
centre-edit-name = Nom (facultatif)
centre-edit-note = Note pour les résidents
centre-edit-hours = Heures d'ouverture hebdomadaires
centre-edit-hours-hint = Ajoutez une ligne pour chaque période d'ouverture. Une période ne peut pas passer minuit ; 00:00 comme heure de fermeture signifie minuit.
centre-edit-opens = Ouvre
centre-edit-closes = Ferme
centre-edit-add-range = Ajouter des heures d'ouverture le { $day }
centre-edit-remove-range = Supprimer ces heures
centre-edit-exceptions = Jours particuliers
centre-edit-exceptions-hint = Jours fériés et autres jours avec d'autres heures. Sans heures, le service est fermé toute la journée.
centre-edit-date = Date
centre-edit-reason = Raison (visible par les résidents)
centre-edit-special-hours = Heures ce jour-là
centre-edit-add-exception = Ajouter un jour particulier
centre-edit-remove-exception = Supprimer ce jour particulier
centre-edit-save = Enregistrer
centre-edit-saving = Enregistrement…
centre-edit-saved = Enregistré. Les résidents verront le changement la prochaine fois qu'ils ouvriront la page.
centre-edit-remove-service = Supprimer le service
centre-edit-conflict = Quelqu'un d'autre a modifié ceci pendant que vous l'éditiez. Rien n'a été enregistré et ce que vous avez saisi est toujours là. Rechargez pour voir sa modification, puis refaites la vôtre.
centre-edit-reload = Recharger
centre-error-invalid_time = Saisissez une heure, par exemple 09:00.
centre-error-closes_before_opens = L'heure de fermeture doit être après l'heure d'ouverture.
centre-error-overlapping_ranges = Ces heures chevauchent d'autres heures du même jour.
centre-error-out_of_range = Cette heure n'est pas entre 00:00 et 24:00.
centre-error-duplicate_date = Cette date est déjà un jour particulier.
centre-error-invalid_date = Saisissez une date.
centre-error-invalid_phone = Saisissez un numéro de téléphone en chiffres, par exemple +31 6 0000 0000.
centre-error-invalid_email = Saisissez une adresse e-mail comme desk@example.org.
centre-error-too_many_ranges = Trop de périodes sur un jour (6 au maximum).
centre-error-too_many_exceptions = Trop de jours particuliers : supprimez ceux qui sont passés.
centre-error-required = Ce champ est obligatoire.
centre-error-too_long = Ce texte est trop long.
centre-error-stale_version = Quelqu'un d'autre a modifié ceci avant vous.
## activities (issue 5)
activities-staff-title = Activités
activities-new = Nouvelle activité
activities-coming = Les deux prochaines semaines
activities-all = Toutes les activités
activities-staff-loading = Chargement des activités…
activities-staff-none = Aucune activité.
activities-coming-caption = Séances des { $days } prochains jours
activities-when = Quand
activities-what = Activité
activities-confirmed = Places prises
activities-waiting = En attente
activities-participants = Participants
activities-cancelled-badge = annulée
activities-show-participants = Afficher les noms
activities-participants-of = Participants du { $date }
activities-confirmed-count = Confirmés : { $count } sur { $capacity }
activities-waiting-count = Liste d’attente : { $count }
activities-nobody = Personne pour l’instant.
activities-every-week = Chaque { $weekday }, { $time }, { $minutes } minutes
activities-once-on = Une fois, { $date }, { $time }, { $minutes } minutes
activities-capacity = Nombre de places
activities-conflict = Quelqu’un d’autre a enregistré cette activité après que vous l’avez ouverte. Vos modifications ne sont pas encore enregistrées : regardez d’abord les siennes.
activities-edit = Modifier
activities-restore = Rétablir
activities-cancel-activity = Annuler l’activité
activities-edit-title = Modifier l’activité
activities-new-title = Nouvelle activité
activities-load-theirs = Charger leur version (vos modifications seront perdues)
activities-recurrence = Fréquence
activities-weekly = Chaque semaine
activities-once = Une fois
activities-start-date = Date (activité hebdomadaire : première date possible)
activities-weekday = Jour de la semaine
activities-end-date = Dernière date (facultatif)
activities-end-date-hint = Laissez vide si l’activité continue.
activities-start-time = Heure de début
activities-duration = Durée en minutes
activities-source-language = Rédigée d’abord en
activities-add-translation = Ajouter une traduction
activities-save = Enregistrer
activities-saving = Enregistrement…
activities-back = Retour à la liste
activities-text-number = Texte { $number }
activities-text-language = Langue de ce texte
activities-title-field = Titre
activities-description = Description (facultatif)
activities-remove-translation = Supprimer ce texte
error-activities_weekday_required = Une activité hebdomadaire a besoin d’un jour de la semaine.
error-activities_weekday_invalid = Choisissez un jour du lundi au dimanche.
error-activities_end_for_once = Une activité unique n’a pas de dernière date : choisissez chaque semaine, ou laissez vide.
error-activities_end_before_start = La dernière date est avant la première.
error-activities_invalid_time = Écrivez l’heure sous la forme HH:MM, par exemple 14:30.
error-activities_duration_range = La durée va de 5 minutes à 12 heures.
error-activities_past_midnight = L’activité doit se terminer avant minuit.
error-activities_capacity_range = Le nombre de places va de 1 à 1000.
error-activities_duplicate_language = Cette langue a deux textes ; gardez-en un.
error-activities_source_text_required = Écrivez le titre dans la langue de rédaction d’origine.
error-activities_stale = Quelqu’un d’autre a modifié cette activité après que vous l’avez ouverte.
error-activities_location_fixed = Une activité reste à son lieu ; créez-en une nouvelle dans l’autre lieu.
error-activities_duration_not_number = Écrivez la durée en minutes, en chiffres, par exemple 90.
audit-event-activity_participants_read = participants d’une activité consultés
