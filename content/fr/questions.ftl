### Questions pour votre équipe SEP
###
### Traduction française (France, « vous ») de "aHSCT for MS, explained".
### Source : /work/i18n/en/questions.ftl.

questions-privacy = Votre liste reste dans ce navigateur, sur cet appareil. Elle n’est jamais envoyée nulle part.
questions-suggested-heading = Questions suggérées
questions-group-before-deciding = Avant de décider
question-likely-to-help = Quelles sont mes chances que l’aHSCT m’aide, vu ma forme de SEP, mes [[poussées|relapse]] récentes et mes derniers résultats d’IRM ? Mon âge et la durée de ma SEP changent-ils quelque chose ? Comment se situe-t-elle par rapport aux médicaments de haute efficacité que je n’ai pas encore essayés ?
question-centre-experience = Combien de personnes atteintes de SEP votre centre a-t-il traitées ? Est-il accrédité par [[JACIE|jacie]], ou par un organisme similaire ? Quels sont vos propres taux de complications et de décès ?
question-fertility = Comment ce traitement pourrait-il affecter ma fertilité, ou provoquer une ménopause prématurée ? Avant de commencer, pouvez-vous m’orienter vers une conservation d’ovocytes, d’embryons, de tissu ovarien ou de sperme ?
question-trial-still-open = Y a-t-il un essai sur l’aHSCT encore ouvert auquel je pourrais participer ? Qu’impliquerait cette participation ?
question-abroad = Si j’envisage un traitement à l’étranger, qui me suivrait ensuite ? Que se passerait-il si des problèmes survenaient une fois de retour chez moi ?
question-expectations = À quoi puis-je m’attendre de façon réaliste, compte tenu des effets que la SEP a déjà eus sur moi ? Ma SEP pourrait-elle rester stable, s’améliorer un peu, ou ni l’un ni l’autre ?
questions-group-about-the-treatment = Sur le traitement
question-regimen = Quel traitement de [[conditionnement|conditioning]] votre centre utilise-t-il ? Est-il plus ou moins intensif, et pourquoi celui-là pour moi ?
question-timeline = À quoi ressemble votre calendrier, du premier bilan jusqu’au retour à la maison ? Combien de jours ou de semaines passerai-je à l’hôpital ?
question-mobilisation = Pour faire passer mes cellules souches dans le sang, aurai-je une chimiothérapie associée au [[G-CSF|g-csf]], ou le G-CSF seul ? À quels effets secondaires dois-je m’attendre à ce moment-là ?
question-current-medicine = Devrai-je arrêter au préalable mon traitement actuel de la SEP ? Prendrai-je un médicament contre la SEP ensuite ?
questions-group-about-recovery = Sur la récupération
question-infections = Quelles infections risquent le plus de me toucher, et pendant combien de temps ? De quelles précautions et de quels médicaments aurai-je besoin à la maison ?
question-monitoring = Quels problèmes à long terme allez-vous surveiller, comme les maladies de la thyroïde, un taux bas de plaquettes ou le zona ? À quelle fréquence, et pendant combien d’années ?
question-vaccines = Quels vaccins devrai-je refaire, et quand ?
question-rehabilitation = Quelle rééducation et quel soutien vais-je recevoir ? Quand pourrais-je raisonnablement retravailler, conduire ou m’occuper de mes enfants ?
question-not-working = Qu’est-ce qui voudrait dire que le traitement « ne marche pas » ? Quelles sont mes options si ma SEP redevient active ?
questions-list-heading = Votre liste
# Kept in view beside the suggested questions as the reader ticks them: { $n } is how many questions the list holds.
questions-list-count = Questions dans votre liste : { $n }
# A link from that count down to the list.
questions-go-to-list = Aller à votre liste
questions-empty = Votre liste est vide. Cochez une question ci-dessus, ou ajoutez la vôtre ci-dessous.
# The three buttons are read with "questions-question-word" and the number: "Monter la question 3".
questions-move-up = Monter
questions-move-down = Descendre
questions-remove = Retirer
questions-reorder = Changer l’ordre
questions-reorder-done = Terminer le changement d’ordre
questions-question-word = la question
questions-add-label = Ajouter votre propre question
# { $max } is the most characters a question may have.
questions-add-hint = { $max } caractères au maximum.
questions-add-button = Ajouter à ma liste
questions-add-empty-error = Saisissez d’abord une question.
questions-error-prefix = Erreur :
questions-print = Imprimer ma liste
questions-copy = Copier ma liste
questions-clear = Effacer ma liste
questions-clear-confirm = Effacer toutes les questions de votre liste ? Vous ne pourrez pas revenir en arrière.
questions-clear-yes = Oui, effacer ma liste
questions-clear-no = Non, garder ma liste
questions-cleared = Votre liste est effacée.
questions-added = Question ajoutée à votre liste.
questions-removed = Question retirée de votre liste.
# { $n } is the question's new place in the list.
questions-moved = Question déplacée en position { $n }.
questions-copied = Votre liste est copiée. Vous pouvez la coller dans un e-mail ou une note.
questions-copy-yourself = Ce navigateur n’a pas permis à la page de copier. Sélectionnez ce texte et copiez-le vous-même :
questions-printed-title = Questions pour mon équipe SEP
questions-unreadable = Une liste enregistrée plus tôt dans ce navigateur n’a pas pu être lue. Une nouvelle liste a donc été commencée. L’ancienne liste reste conservée dans ce navigateur.
questions-show-earlier = Afficher l’ancienne liste
questions-earlier-label = L’ancienne liste, telle qu’elle a été enregistrée. Vous pouvez copier vos questions à partir de cette liste :
questions-delete-earlier = Supprimer l’ancienne liste
questions-cannot-save = Votre liste ne peut pas être enregistrée sur cet appareil. Elle ne dure donc que le temps de cette visite. Pour la garder, imprimez-la ou copiez-la avant de partir.
questions-changed-elsewhere = Votre liste a été modifiée dans un autre onglet par une version plus récente de cette page. Cette liste est gardée telle quelle. Les changements faits ici ne sont donc pas enregistrés.
