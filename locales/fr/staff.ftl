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
