### La page autour du contenu : en-tête, commandes, libellés, pied de page
###
### Traduction française (France, « vous ») de "aHSCT for MS, explained".
### Source : /work/i18n/en/page.ftl. Un texte par message : `clé = mots`.
### - [[mots affichés|term-id]] marque un terme du glossaire : garder le term-id.
### - { $name } est rempli par la page : le garder tel quel.

glossary-more = En savoir plus dans le glossaire
# Read after "glossary-more", then the term: "En savoir plus dans le glossaire sur le terme Poussée".
glossary-about = sur le terme
glossary-close = Fermer
# Read after "glossary-close", then the term: "Fermer la définition du terme Poussée".
glossary-close-about = la définition du terme
site-title = Comprendre l’aHSCT dans la SEP
site-tagline = Autogreffe de cellules souches hématopoïétiques (aHSCT) : un traitement de la sclérose en plaques par cellules souches, étape par étape.
skip-link = Aller au contenu principal
notice-link = Ceci n’est pas un avis médical
notice-line = Ces informations ne doivent pas servir de base pour proposer un traitement à une personne en particulier. Elles ne remplacent pas une visite, un appel ou une consultation avec un médecin ou un autre professionnel de santé qualifié. Elles ne remplacent pas non plus leurs conseils.
opens-in-new-tab = (s’ouvre dans un nouvel onglet)
contents-heading = Sommaire
# The short version of the page: each section's "In short" line, and each step in one sentence.
short-version-heading = La version courte
# { $minutes } is worked out from the words when the page is built (never fewer than 2).
short-version-link = Lire la version courte (environ { $minutes } minutes)
short-version-intro = Chaque partie a un lien vers son texte complet.
short-questions-link = Ouvrir les questions, pour cocher les vôtres et en ajouter
# { $minutes } is worked out from the words when the page is built.
full-page-link = Lire la page complète (environ { $minutes } minutes)
in-short = En bref :
source-word = Source
timeline-label = Les étapes de l’aHSCT
steps-list-label = Toutes les étapes
steps-list-toggle = Liste de toutes les étapes
# { $n } is the step shown, { $total } the number of steps.
step-count = Étape { $n } sur { $total }
all-steps-count = Toutes les étapes, dans l’ordre
previous = Précédente
next = Suivante
# The Previous and Next buttons' names for screen readers: each holds the
# button's own word ("Previous", "Next"), so that a reader who says it is understood.
previous-button-name = Étape précédente
next-button-name = Étape suivante
previous-step = Étape précédente :
next-step = Étape suivante :
show-all = Afficher toutes les étapes
show-one = Afficher une étape à la fois
keys-hint = Astuce : vous pouvez aussi utiliser les flèches gauche et droite du clavier.
medical-name = Nom médical :
what-happens = Ce qui se passe
why = Pourquoi
timing = Combien de temps cela dure
may-notice = Ce que vous pourriez remarquer
picture-heading = Où sont vos cellules souches
marrow = Moelle osseuse
blood = Sang
store = Congélateur
picture-zone-empty = (aucune sur le dessin)
curve-title = Votre système immunitaire au fil du traitement
curve-disclaimer = Une illustration de l’évolution générale, pas des données de patients.
curve-summary = Si une chimiothérapie est utilisée à l’étape 2, les globules blancs peuvent baisser pendant un temps. Ils chutent fortement à l’étape 5 et sont au plus bas autour de l’étape 6 et après. De nouveaux globules blancs commencent à apparaître à l’étape 7, et l’ensemble du système immunitaire se reconstruit lentement, sur de nombreux mois.
curve-usual = Habituel
curve-low = Très bas
curve-you-are-here = Cette étape
reviewed = Dernière relecture du contenu, à partir de nos notes tirées des sources :
next-review = Prochaine relecture prévue :
# Shown instead of the two lines above when the English text has changed since the last check (content/review.toml).
reviewed-before-changes = Le texte a été comparé pour la dernière fois à nos notes tirées des sources le { $date }. Il a changé depuis, et ces changements n’ont pas encore été vérifiés.
# A publisher's own clinician's sign-off of its copy (publisher.toml, medical_sign_off).
signed-off = { $publisher } a fait vérifier cette version par un clinicien le { $date }.
published-by = Publié par
back-to-top = Retour en haut
# Shown in a source or glossary entry the reader reached from a link in the text: it takes them back to that link.
back-to-text = Retour au texte
embed-sources = Sources
open-full-page = Ouvrir la page complète (nouvel onglet)
shared-by = Partagé par
copy-link = Copier un lien vers cette étape
link-copied = Lien copié.
copy-link-yourself = Copiez ce lien pour partager cette étape :
settings-open = Taille du texte et espacement
settings-text-size = Taille du texte
settings-size-1 = Standard
settings-size-2 = Plus grande
settings-size-3 = La plus grande
settings-more-line-spacing = Plus d’espace entre les lignes
settings-reset = Revenir au réglage standard
settings-kept-here = Votre choix est conservé uniquement dans ce navigateur, et nulle part ailleurs.
settings-not-kept = Ce navigateur ne permet pas à la page de garder votre choix. Il ne vaut donc que pour cette visite.

## Dates, as the page writes them
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

# A month named with its year alone, no day ("December 2026"). Where your
# language names a month otherwise when it has no day (Russian: "1 декабря",
# but "декабрь 2026 г."), write that form here; most languages repeat the above.
month-alone-1 = janvier
month-alone-2 = février
month-alone-3 = mars
month-alone-4 = avril
month-alone-5 = mai
month-alone-6 = juin
month-alone-7 = juillet
month-alone-8 = août
month-alone-9 = septembre
month-alone-10 = octobre
month-alone-11 = novembre
month-alone-12 = décembre

# { $day } { $month } { $year }: put them in your language's order.
date-day-month-year = { $day } { $month } { $year }
# The first of a month, where a language writes it in a form of its own (French: 1er).
date-first-day-month-year = 1er { $month } { $year }
date-month-year = { $month } { $year }

## A publisher's own section about aHSCT in its country (publisher.toml)

# { $org } is the publisher's name, { $date } the day it wrote the section (a full date, or only a month and year).
country-written = { $org } a rédigé cette section ({ $date }). Elle ne fait pas partie de la relecture de ce guide.
country-sources-heading = Sources de cette section
# Before the number of each of the section's own sources ("C1", "C2"), to tell them from the page's own numbered sources.
country-source-prefix = C

# { $date } is when the publisher last checked the source (a full date, or only a month and year).
country-source-checked = Vérification : { $date }.
translation-status = Traduction de la version anglaise du 1er décembre 2026. Pas encore relue par un traducteur médical.
language-name = Français

## The page around the app: its title, and what it says if the app cannot start
# The page's title, in the browser's tab and in search results.
page-title = Comprendre l’aHSCT dans la SEP, étape par étape
# The page's description, for search results and links shared elsewhere.
page-description = Un guide en langage clair sur l’autogreffe de cellules souches hématopoïétiques (aHSCT) dans la sclérose en plaques. Il présente les étapes du traitement dans l’ordre, une par une. Informations générales, pas un avis médical.
startup-problem = Les parties interactives de cette page n’ont pas pu démarrer dans ce navigateur. Tout le contenu reste là, à lire ci-dessous.
app-problem = Désolé, un problème est survenu et cette page a cessé de fonctionner.
# A link that reloads the page.
app-problem-reload = Rechargez la page pour réessayer.

## The languages of the page
# Names the list of links to this page in other languages (for screen readers).
languages-label = Cette page dans d’autres langues
# Under the page, where the reader has more than one language to choose from.
languages-kept = La langue que vous choisissez en haut de page est conservée uniquement dans ce navigateur, et nulle part ailleurs.

## Listen: the page read aloud by the device's own voice
listen-page = Écouter cette page
listen-part = Écouter cette partie
listen-step = Écouter cette étape
listen-short = Écouter la version courte
listen-controls = Commandes de lecture à voix haute
listen-pause = Pause
listen-resume = Reprendre
listen-stop = Arrêter
listen-speed = Vitesse de lecture
listen-speed-1 = Plus lente
listen-speed-2 = Normale
listen-speed-3 = Plus rapide
listen-reading = Lecture à voix haute en cours.
listen-paused = En pause.
listen-finished = Lecture terminée.
listen-failed = La lecture à voix haute s’est arrêtée à cause d’un problème avec la voix de cet appareil. Appuyez sur Reprendre pour réessayer.
listen-no-voice = Cet appareil n’a pas de voix française pour lire cette page à voix haute.
