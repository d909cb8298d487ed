# Wegwijs : français.

## Language picker
language-title = Langue
language-intro = Choisissez la langue dans laquelle Wegwijs vous parle. Vous pouvez la changer à tout moment.
nav-language = Langue

## Account (the language remembered on the account; changes still waiting at sign-out)
pending-what-language = Choix de la langue pour votre compte
pending-state-held = En attente que la personne qui l’a faite se reconnecte sur cet appareil
sign-out-unsent = { $count ->
    [one] 1 de vos modifications n’a pas encore été envoyée.
   *[other] { $count } de vos modifications n’ont pas encore été envoyées.
}
sign-out-unsent-kept = Si vous vous déconnectez maintenant, elles restent sur cet appareil et seront envoyées quand vous vous reconnecterez ici.
sign-out-send-first = Envoyer maintenant
sign-out-anyway = Se déconnecter quand même

## Page frame
skip-to-content = Aller au contenu
nav-main = Menu principal
nav-home = Accueil
nav-trainers = Formateurs
nav-staff = Personnel
nav-admin = Administration
nav-sign-in = Se connecter
sign-out = Se déconnecter
sign-out-failed = Vous êtes toujours connecté.
footer-text = Wegwijs : trouver son chemin. Vos informations restent auprès de votre organisme d'accueil.
connection-online = En ligne
connection-offline = Hors ligne : vous pouvez continuer à lire ce qui a déjà été chargé.

## Common
loading = Chargement…
checking-session = Vérification de la personne connectée…
go-home = Aller à la page d'accueil
try-again = Réessayer
hello = Bonjour
my-sessions = Mes sessions
field-name = Nom
field-resident-number = Numéro de résident
field-location = Lieu
field-language = Langue

## Access guard
guard-sign-in-title = Veuillez vous connecter
guard-sign-in-text = Vous devez vous connecter pour ouvrir cette page.
guard-denied-title = Accès refusé
guard-denied-text = Votre compte ne peut pas ouvrir cette page. Si vous en avez besoin pour votre travail, demandez à un administrateur.

## Not found
not-found-title = Cette page n'existe pas
not-found-text = L'adresse est peut-être ancienne ou mal saisie.

## Home
home-welcome = Bienvenue sur Wegwijs
home-lead = Des informations sur votre procédure et la vie dans votre centre, vos propres démarches, et des leçons pour apprendre le numérique.
home-new-card = J'ai une nouvelle carte
home-staff-link = Personnel et formateurs
loading-locations = Chargement des lieux d'accueil…
loading-my-details = Chargement de vos informations…
my-details = Mes informations
go-admin-area = Aller à l'espace d'administration
go-trainer-area = Aller à l'espace formateurs
go-staff-area = Aller à l'espace du personnel
location-kind-col = Accueil central
location-kind-pol = Accueil pendant la procédure
location-kind-azc = Centre pour demandeurs d'asile

## Activation card
card-title = Carte d'activation
card-valid-until = Valable jusqu'au
card-instructions = Ouvrez Wegwijs sur votre téléphone, choisissez « J'ai une nouvelle carte », tapez ce code ou scannez le code QR. Choisissez ensuite un code PIN à six chiffres.

## Errors
error-network = Impossible de joindre Wegwijs. Vérifiez votre connexion internet et réessayez.
error-unexpected = Wegwijs a envoyé une réponse que cette version de l'application ne comprend pas. Rechargez la page.
error-not-found = Nous n'avons pas trouvé ce que vous cherchiez.
error-validation = Des informations manquent ou ne sont pas correctes. Vérifiez les champs ci-dessous.
error-unavailable = Wegwijs est occupé ou en cours de mise à jour. Réessayez dans quelques minutes.
error-generic = Un problème est survenu. Réessayez. Si cela se reproduit, prévenez le personnel.
error-reference = Référence pour le personnel :
error-send-report = Envoyer ce problème à l'équipe d'assistance
error-report-sent = Envoyé. Votre numéro de référence est { $id }.
error-report-failed = Échec de l'envoi : { $why }

## Field errors from the API, by code
error-too_common = Ce mot de passe figure sur une liste de mots de passe courants. Choisissez-en un autre ; une courte phrase convient bien.
error-activation_code_expired = Ce code a expiré (une carte est valable 14 jours). Demandez une nouvelle carte au personnel.
error-activation_code_used = Ce code a déjà été utilisé. Connectez-vous avec votre numéro de résident et votre code PIN, ou demandez une nouvelle carte au personnel.
error-activation_code_unknown = Ce code est inconnu. Vérifiez les lettres et les chiffres sur votre carte.
error-activation_code_replaced = Cette carte a été remplacée par une plus récente. Utilisez le code de votre carte la plus récente.

## Activation (a new card)
activate-lead = Tapez le code de votre carte et choisissez un code PIN à six chiffres. Vous vous connecterez avec votre numéro de résident et ce code PIN.
activate-code = Code de votre carte
activate-code-hint = 12 lettres et chiffres, par exemple ABCD-EFGH-JKMN.
activate-pin = Choisissez un code PIN (6 chiffres)
activate-pin-hint = Pas tous le même chiffre, ni à la suite comme 123456.
activate-pin-repeat = Tapez à nouveau le code PIN
activate-submit = Activer
activate-busy = Activation…
activate-already = Déjà activée ?
show-pin = Afficher le code PIN
field-pin = Code PIN
error-pins_differ = Les deux codes PIN ne sont pas identiques. Tapez deux fois les mêmes six chiffres.

## Resident sign-in
sign-in-number-hint = Les 10 chiffres de votre document W.
sign-in-busy = Connexion…
sign-in-forgot = Code PIN oublié ? Demandez une nouvelle carte au personnel de votre lieu d'accueil.

## My sessions
sessions-lead = Voici les téléphones et ordinateurs sur lesquels vous êtes connecté. Déconnectez ceux que vous ne reconnaissez pas.
loading-sessions = Chargement de vos sessions…
sessions-sign-out-everywhere = Se déconnecter partout
sessions-this-device = Cet appareil
sessions-signed-in = Connexion
sessions-last-used = Dernière utilisation
sessions-sign-out-here = Se déconnecter sur cet appareil

## App updates and offline
app-name = Wegwijs : trouver son chemin
app-description = Informations, vos propres démarches et cours de compétences numériques pour les personnes vivant en centre d'accueil.
update-ready = Une nouvelle version de Wegwijs est prête.
update-reload = Recharger
offline-page-title = Cette page n'est pas encore disponible hors ligne
offline-page-text = Wegwijs n'a pas encore enregistré cette page sur votre appareil. Ouvrez-la une fois avec Internet ; ensuite, elle fonctionnera aussi hors ligne. Elle s'ouvrira d'elle-même dès le retour de la connexion.

## Offline changes (the write queue): header indicator and /pending
pending-waiting = { $count ->
    [one] 1 modification en attente
   *[other] { $count } modifications en attente
}
pending-sending = Envoi { $done } sur { $total }…
pending-rejected = { $count ->
    [one] 1 modification refusée
   *[other] { $count } modifications refusées
}
pending-title = Modifications sur cet appareil
pending-lead = Les modifications faites sans connexion sont gardées sur cet appareil et envoyées dans l’ordre quand la connexion revient. Rien n’est supprimé sans votre choix.
pending-empty = Toutes les modifications ont été envoyées.
pending-send-now = Envoyer maintenant
pending-made-at = Faite le
pending-state = État
pending-state-waiting = En attente d’envoi
pending-state-sending = Envoi en cours…
pending-state-rejected = Refusée par Wegwijs
pending-why = Pourquoi elle a été refusée
pending-discard = Supprimer cette modification
pending-what-client-error = Signalement de problème pour l’équipe d’assistance
error-report-queued = Enregistré sur cet appareil. Ce sera envoyé quand la connexion reviendra.

## Display settings (text size, contrast) and reading aloud
nav-display = Affichage
display-title = Taille du texte et contraste
display-intro = Agrandissez le texte ou renforcez les couleurs. Votre choix est gardé sur cet appareil.
display-text-size = Taille du texte
display-size-normal = Normale
display-size-large = Grande
display-size-larger = Plus grande
display-sample = Aa
display-contrast = Contraste
display-contrast-normal = Couleurs normales
display-contrast-high = Contraste élevé
display-not-kept = Cet appareil ne peut pas garder votre choix. Il vaut jusqu'à ce que vous fermiez Wegwijs.
listen = Écouter
listen-page = Écouter cette page
listen-pause = Pause
listen-resume = Continuer
listen-stop = Arrêter
listen-unavailable = La lecture à voix haute n'est pas disponible dans cette langue sur cet appareil.
listen-failed = La lecture à voix haute s'est arrêtée à cause d'une erreur. Réessayez.

## centre
centre-title = Mon centre
centre-loading = Chargement des informations de votre centre…
centre-emergency-title = Urgence
centre-emergency-text = Si une vie est en danger, appelez le { $number } : police, pompiers ou ambulance. L'appel est gratuit, même sans crédit.
centre-call = Appeler le { $number }
centre-address = Adresse
centre-postal-address = Adresse postale
centre-phone = Téléphone
centre-email = E-mail
centre-place = Où
centre-services-title = Services et heures d'ouverture
centre-no-services = Aucun service n'a encore été ajouté. Demandez à l'accueil.
centre-status-open-always = Ouvert maintenant, jour et nuit
centre-status-open-until = Ouvert maintenant, jusqu'à { $time }
centre-status-open-until-day = Ouvert maintenant, jusqu'à { $day } { $time }
centre-status-closed-opens = Fermé, ouvre à { $time }
centre-status-closed-opens-tomorrow = Fermé, ouvre demain à { $time }
centre-status-closed-opens-day = Fermé, ouvre { $day } à { $time }
centre-status-closed-unknown = Fermé, aucune heure d'ouverture dans les deux prochaines semaines
centre-status-closed-reason = Fermé aujourd'hui ({ $reason })
centre-next-tomorrow = Ouvre demain à { $time }
centre-next-day = Ouvre { $day } à { $time }
centre-today-hours = Aujourd'hui : { $hours }
centre-special-today = Horaires spéciaux aujourd'hui : { $reason }
centre-closed = Fermé
centre-week-hours = Heures d'ouverture de toute la semaine
centre-week-caption = Heures d'ouverture : { $service }
centre-day = Jour
centre-hours = Heures
centre-exceptions-title = Jours particuliers
centre-kind-reception_desk = Accueil
centre-kind-medical_practice = Centre de santé (GZA)
centre-kind-mail = Courrier
centre-kind-allowance = Allocation et paiements
centre-kind-shop = Magasin et nourriture
centre-kind-laundry = Laverie
centre-kind-counselling = Accompagnement (VluchtelingenWerk)
centre-kind-transport = Transport
centre-kind-other = Autre
## activities
activities-title = Activités
activities-lead = Ce qui se passe dans votre centre pendant les deux prochaines semaines. Inscrivez-vous pour que les organisateurs sachent que vous venez.
activities-loading = Chargement des activités…
activities-none = Aucune activité n’est prévue dans les deux prochaines semaines.
activities-today = Aujourd’hui, { $date }
activities-time = Heure
activities-place = Lieu
activities-language = Langue
activities-places = Places
activities-no-language-needed = Aucune langue parlée nécessaire
activities-cancelled = Cette activité est annulée.
activities-full = Complet. Liste d’attente : { $waiting }
activities-places-left = Places restantes : { $count }
activities-queued-signup = Votre inscription est enregistrée sur ce téléphone. Elle sera envoyée quand vous serez en ligne.
activities-queued-cancel = Votre annulation est enregistrée sur ce téléphone. Elle sera envoyée quand vous serez en ligne.
activities-you-have-a-place = Vous avez une place.
activities-you-are-waiting = Vous êtes sur la liste d’attente (numéro { $position }).
activities-started = Cette activité a déjà commencé.
activities-cancel = Annuler mon inscription
activities-sign-up = S’inscrire
activities-join-waiting-list = S’inscrire sur la liste d’attente
activities-pending-signup = Inscription à une activité
activities-pending-cancel = Annulation d’une inscription à une activité
error-activities_started = Cette activité a déjà commencé : vous ne pouvez plus vous inscrire ni annuler.
error-activities_cancelled = Cette activité est annulée.
error-activities_no_occurrence = L’activité n’a pas lieu à cette date.
## Resident information (My procedure, library, news, vacancies, search, favourites)
info-procedure-title = Ma procédure
info-procedure-now = Où vous en êtes :
info-procedure-unknown = Le personnel n’a pas encore noté où vous en êtes dans la procédure d’asile. Demandez à l’accueil.
info-procedure-next = Ce qui peut se passer ensuite
info-procedure-no-next = C’est la fin de la procédure d’asile.
info-procedure-read = En savoir plus sur cette étape
info-stage-application = Demande d’asile
info-stage-application-about = Vous demandez l’asile à l’IND. La police vérifie votre identité et note vos données.
info-stage-central_reception = Accueil central
info-stage-central_reception-about = Vous restez quelques jours au centre d’accueil central : entretien d’enregistrement, dépistage de la tuberculose et premier entretien avec un infirmier.
info-stage-rest_and_preparation = Temps de repos et de préparation
info-stage-rest_and_preparation-about = Environ une semaine pour vous reposer et vous préparer. Vous rencontrez votre avocat et recevez des informations du Conseil néerlandais pour les réfugiés.
info-stage-general_procedure = Procédure d’asile générale
info-stage-general_procedure-about = L’IND vous demande qui vous êtes et pourquoi vous avez fui. Votre avocat vous aide. Ensuite l’IND décide.
info-stage-extended_procedure = Procédure d’asile prolongée
info-stage-extended_procedure-about = L’IND a besoin de plus de temps pour décider. Cela peut prendre des mois. Vous attendez dans un centre d’accueil.
info-stage-permit_granted = Permis de séjour accordé
info-stage-permit_granted-about = Vous pouvez rester aux Pays-Bas. Vous recevrez un logement dans une commune et commencerez à apprendre le néerlandais.
info-stage-appeal = Recours
info-stage-appeal-about = L’IND a dit non. Votre avocat peut demander à un tribunal d’examiner à nouveau la décision.
info-stage-departure = Départ
info-stage-departure-about = La réponse finale est non. Vous devez quitter les Pays-Bas. Le Service du retour et du départ (DT&V) en parle avec vous.
info-tiles-title = Informations et vie au centre
info-tile-library = Informations
info-tile-news = Actualités
info-tile-centre = Mon centre
info-tile-activities = Activités
info-tile-vacancies = Emploi et bénévolat
info-tile-search = Rechercher
info-tile-favourites = Favoris
info-news-unread = { $count ->
    [one] { $count } actualité non lue
   *[other] { $count } actualités non lues
}
info-updated = Informations mises à jour : { $time }
info-offline-saved = Vous êtes hors ligne. Voici les informations enregistrées le { $time }.
info-loading = Chargement des informations…
info-pending-favourite = Un favori enregistré ou retiré
info-pending-news-seen = Actualités marquées comme lues
info-library-lead = Des réponses aux questions fréquentes, vérifiées par le personnel. Choisissez un sujet.
info-category-asylum-procedure = Procédure d’asile
info-category-rights-obligations = Droits et obligations
info-category-health-care = Soins de santé
info-category-safety = Sécurité
info-category-daily-life = Vie quotidienne
info-category-learning-work = Apprendre et travailler
info-library-empty = Rien sur ce sujet pour le moment.
info-back-library = Retour aux informations
info-not-found-title = Introuvable
info-not-found = Cette information est introuvable. Elle a peut-être été retirée, ou elle n’est pas encore sur ce téléphone.
info-fallback = Ce texte n’est pas encore disponible dans votre langue. Il est affiché en : { $language }.
info-outdated = Le texte original a changé depuis cette traduction. Demandez au personnel si quelque chose n’est pas clair.
info-published = Publié le { $date }
info-favourite-add = Ajouter aux favoris
info-favourite-remove = Retirer des favoris
info-favourite-gone = Ce favori n’est plus disponible.
info-news-lead = Les actualités de votre centre et de l’organisme, les plus récentes d’abord.
info-news-empty = Il n’y a pas d’actualités pour le moment.
info-news-new = Nouveau
info-vacancies-lead = Travail rémunéré et bénévolat. Lisez les conditions ; le personnel peut vous en dire plus.
info-vacancies-empty = Il n’y a pas d’offres pour le moment.
info-vacancy-paid = Travail rémunéré
info-vacancy-volunteer = Bénévolat
info-vacancy-contact = Contact
info-vacancy-link = Site web
info-search-label = Que cherchez-vous ?
info-search-hint = Cherche dans toutes les informations, actualités et offres. Fonctionne aussi sans internet.
info-search-none = Rien trouvé. Essayez moins de mots ou d’autres mots.
info-search-results = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
info-kind-article = Information
info-kind-news = Actualité
info-kind-vacancy = Offre
info-favourites-lead = Ce que vous avez enregistré avec l’étoile.
info-favourites-empty = Vous n’avez pas encore de favoris. Touchez « Ajouter aux favoris » sur une information, une actualité ou une offre pour la garder ici.

## search
search-hint = Cherche dans toutes les informations, actualités, offres, activités et services de votre centre. Fonctionne aussi sans internet.
search-kind-activity = Activité
search-kind-service = Service du centre

## learning resident
learning-tile = Apprendre
learning-title = Mon apprentissage
learning-lead = De courtes leçons pour utiliser votre téléphone et Internet en sécurité. Apprenez à votre rythme, même sans Internet.
learning-loading = Chargement de vos leçons…
learning-none = Il n'y a pas encore de leçons pour vous.
learning-assigned = Données par votre formateur
learning-optional = Autres leçons au choix
learning-passport-link = Mon passeport d'apprentissage
learning-state-label = État
learning-state-not-started = Pas commencé
learning-state-in-progress = Commencé
learning-state-completed = Réussi
learning-level-label = Niveau
learning-minutes-label = Durée
learning-minutes = Environ { $minutes } min
learning-competences-label = Compétences
learning-questions-progress = Questions : { $done } sur { $total }
learning-due = À terminer avant le { $date }
learning-overdue = En retard : c'était à faire pour le { $date }
learning-start = Commencer
learning-continue = Continuer
learning-open-certificate = Ouvrir le certificat
learning-preview-banner = Aperçu — aucune réponse n'est enregistrée.
learning-queued = Sera envoyé quand vous serez en ligne.
learning-step-of = Étape { $step } sur { $total }
learning-nav = Étapes
learning-back = Retour
learning-next = Suivant
learning-audio = Écoutez un enregistrement :
learning-try-it = Essayez sur votre téléphone
learning-end-title = Votre résultat
learning-end-no-questions = Cette leçon n'a pas de questions.
learning-score = Vous avez bien répondu à { $correct } questions sur { $total }.
learning-passed = Bravo, vous avez réussi !
learning-certificate-code = Code de votre certificat :
learning-verify-link = Vérifier ce certificat
learning-certificate-waiting = Votre certificat apparaîtra quand vous serez en ligne.
learning-preview-no-certificate = Un aperçu ne donne pas de certificat.
learning-not-passed = Pas encore réussi. Il faut { $percent } % de bonnes réponses. Vous pouvez réessayer.
learning-try-again = Réessayer
learning-back-to-list = Retour à mon apprentissage
learning-true = Vrai
learning-false = Faux
learning-pick-all = Cochez chaque bonne réponse, puis appuyez sur Vérifier.
learning-check = Vérifier
learning-order-hint = Mettez les étapes dans le bon ordre avec les boutons fléchés, puis appuyez sur Vérifier.
learning-move-up = Monter : { $item }
learning-move-down = Descendre : { $item }
learning-correct = Correct !
learning-wrong = Pas tout à fait.
learning-pending-answer = Réponse dans une leçon
learning-pending-seen = Progression dans une leçon
learning-passport-title = Mon passeport d'apprentissage
learning-passport-lead = Vos certificats et les compétences numériques que vous avez montrées. Il vous suit quand vous changez de centre.
learning-passport-none = Vous n'avez pas encore de certificat.
learning-passport-no-competences = Pas encore de compétences. Réussissez une leçon pour en ajouter une.
learning-passport-certificates = Certificats
learning-passport-competences = Compétences que j'ai montrées
learning-issued-on = Date
learning-code-label = Code du certificat
learning-verify-title = Vérifier un certificat
learning-verify-lead = Tapez le code d'un certificat pour voir s'il est authentique. Vous voyez la leçon, le niveau et la date, rien sur la personne.
learning-verify-code-label = Code du certificat
learning-verify-submit = Vérifier
learning-verify-mistyped = Ce code n'est pas correct. Vérifiez le code : une lettre ou un chiffre a peut-être été mal tapé.
learning-verify-not-found = Aucun certificat n'a ce code.
learning-verify-valid = Ce certificat est authentique.
## learning: DigComp 2.2
digcomp-area-1 = Maîtrise de l’information et des données
digcomp-area-2 = Communication et collaboration
digcomp-area-3 = Création de contenu numérique
digcomp-area-4 = Sécurité
digcomp-area-5 = Résolution de problèmes
digcomp-1-1 = Naviguer, rechercher et filtrer des données, des informations et des contenus numériques
digcomp-1-2 = Évaluer des données, des informations et des contenus numériques
digcomp-1-3 = Gérer des données, des informations et des contenus numériques
digcomp-2-1 = Interagir par le biais des technologies numériques
digcomp-2-2 = Partager par le biais des technologies numériques
digcomp-2-3 = S’engager dans la citoyenneté par le biais des technologies numériques
digcomp-2-4 = Collaborer par le biais des technologies numériques
digcomp-2-5 = Nétiquette
digcomp-2-6 = Gérer son identité numérique
digcomp-3-1 = Développer des contenus numériques
digcomp-3-2 = Intégrer et retravailler des contenus numériques
digcomp-3-3 = Droits d’auteur et licences
digcomp-3-4 = Programmation
digcomp-4-1 = Protéger les appareils
digcomp-4-2 = Protéger les données personnelles et la vie privée
digcomp-4-3 = Protéger la santé et le bien-être
digcomp-4-4 = Protéger l’environnement
digcomp-5-1 = Résoudre des problèmes techniques
digcomp-5-2 = Identifier des besoins et des réponses technologiques
digcomp-5-3 = Utiliser les technologies numériques de manière créative
digcomp-5-4 = Identifier les lacunes en compétences numériques
digcomp-level = Niveau { $level }
digcomp-level-1 = Base : avec de l’aide
digcomp-level-2 = Base : en autonomie
digcomp-level-3 = Intermédiaire : tâches simples en autonomie
digcomp-level-4 = Intermédiaire : résoudre des problèmes
