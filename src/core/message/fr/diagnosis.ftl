# Le panneau de diagnostic
# Français : une entrée par message, mêmes clés et mêmes arguments ($name) que en/ ; un pluriel
# suit la catégorie CLDR du nombre : { $count -> [one] … [many] … *[other] … }.

## Le diagnostic
data-checks = Vérifications des données
step-column = Étape
rate-column = Taux
range-column = Fourchette à 95 %
target-column = Objectif
verdict-column = Verdict
if-at-target-column = Si l’objectif était atteint
# $noun : le résultat de l’activité en général, par exemple « clients » (outcome-customers…).
lever-more = Plus de { $noun }
lever-cac-after = CAC après
lever-more-revenue = Plus de chiffre d’affaires
lever-column = Levier
likely-causes = Causes probables
what-to-try = À essayer
dont-overcorrect = Attention à ne pas trop corriger
other-below = Autres étapes sous l’objectif
largest-drop = Plus forte perte
steps-region = Tableau des verdicts par étape
steps-caption = Chaque étape face à son objectif (fourchette à 95 % selon l’intervalle de score de Wilson, ou d’après la projection pour un taux de transformation dont les affaires n’ont pas toutes abouti)
levers-region = Tableau des leviers
levers-caption = Ce que vaut une amélioration de 10 %, par ordre d’intérêt
diagnosis-heading = Où l’échelle décroche
summary-heading = Synthèse pour l’e-mail au client
copy-summary = Copier la synthèse
copy-markdown = Copier en Markdown
summary-copied = Copié dans le presse-papiers.
summary-no-clipboard = Le presse-papiers n’est pas disponible ici : sélectionnez la synthèse et copiez-la.
judged-only-when = Une étape n’est jugée que si toute sa fourchette à 95 % se situe d’un même côté de l’objectif, et seulement avec assez de personnes à son début. Les objectifs sont des hypothèses de départ : fixez les vôtres dans « Objectifs et réglages ».
