# My dates: the reader's own dates for the steps, kept on their device.
# The page works out only the day count and how far away a date is.

my-date-heading = Votre date pour cette étape
my-date-label = La date donnée par votre équipe
my-date-note-label = Une note (facultative)
# { $max } is the most characters a note may have.
my-date-note-hint = { $max } caractères au maximum.
my-date-save = Enregistrer ma date
my-date-remove = Supprimer ma date
my-date-saved = Votre date est enregistrée.
my-date-removed = Votre date est supprimée.
my-date-your-date = Votre date :
# { $day } is the day count, written as hospitals write it: 0, −5 or +10.
my-date-day = Jour { $day }
my-date-day-and-when = { $day }, { $when }
my-date-today = aujourd’hui
my-date-tomorrow = demain
my-date-yesterday = hier
# { $n } is a number of days.
my-date-in-days = dans { $n } jours
my-date-days-ago = il y a { $n } jours
my-date-error-prefix = Erreur :
my-date-error-not-a-date = Saisissez la date complète : jour, mois et année.
my-date-error-too-early = Saisissez une date à partir de l’année 2000.
# { $latest } is the latest date the page takes.
my-date-error-too-late = Saisissez une date au plus tard le { $latest }.
# { $step } is the name of another step, and { $date } your date for it.
my-date-error-before-step = Cette date tombe avant votre date pour « { $step } » ({ $date }), une étape qui a lieu d’habitude en premier. Vérifiez vos dates avec votre équipe.
my-date-error-after-reinfusion = Cette date tombe après votre date pour « { $step } » ({ $date }), alors que cette étape-ci a lieu d’habitude en premier. Vérifiez vos dates avec votre équipe.

my-dates-heading = Vos dates
my-dates-intro = Si votre équipe vous donne des dates pour les étapes, vous pouvez ajouter chacune à son étape ci-dessus. Vos dates restent sur cet appareil. La page n’ajoute aucune date d’elle-même.
my-dates-day-count = Si vous ajoutez la date où l’on vous redonne vos cellules souches, chaque date affiche aussi son décompte en jours. Les équipes de greffe appellent ce jour le [[Jour 0|day-0]].
my-dates-empty = Vous n’avez encore ajouté aucune date.
my-dates-download = Télécharger mes dates dans un fichier de calendrier
my-dates-print = Imprimer les étapes avec mes dates
my-dates-clear = Effacer mes dates
my-dates-clear-confirm = Effacer toutes vos dates ? Vous ne pourrez pas revenir en arrière.
my-dates-clear-yes = Oui, effacer mes dates
my-dates-clear-no = Non, garder mes dates
my-dates-cleared = Vos dates sont effacées.
my-dates-downloaded = Votre fichier de calendrier est téléchargé. Ouvrez-le pour ajouter les dates à votre agenda.
my-dates-calendar-name = aHSCT : mes dates
my-dates-unreadable = Des dates enregistrées plus tôt dans ce navigateur n’ont pas pu être lues. Elles sont donc mises de côté, sans changement. Vos nouvelles dates sont enregistrées à part.
my-dates-cannot-save = Vos dates ne peuvent pas être enregistrées sur cet appareil. Elles ne durent donc que le temps de cette visite. Pour les garder, téléchargez-les ou imprimez-les avant de partir.
my-dates-changed-elsewhere = Vos dates ont été modifiées dans un autre onglet par une version plus récente de cette page. Ces dates sont gardées telles quelles. Les changements faits ici ne sont donc pas enregistrés.
