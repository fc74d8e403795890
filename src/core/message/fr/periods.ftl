# D’une période à l’autre : pourquoi le CAC a bougé
# Français : une entrée par message, mêmes clés et mêmes arguments ($name) que en/ ; un pluriel
# suit la catégorie CLDR du nombre : { $count -> [one] … [many] … *[other] … }.

## D’une période à l’autre
# Lu après l’intitulé d’un champ, masqué à l’écran : « Clients (période précédente) ».
period-earlier-mark = (période précédente)
period-earlier-summary = Une période précédente, pour comprendre pourquoi le CAC a bougé (facultatif)
period-earlier-hint = Les mêmes chiffres pour la période d’avant. La comparaison s’affiche à côté de l’échelle.
period-earlier-label = Période précédente
period-later-label = Période suivante
# $earlier : la période précédente (son nom ou ws-earlier-typed) ; $now : la suivante.
period-comparing = Comparaison entre { $earlier } et { $now }.
period-earlier-column = Avant
now-column = Maintenant
period-part-column = Part de la variation
period-change-range-column = Fourchette à 95 % de la variation
# Suit, en gras, la variation totale (« Le CAC a varié de +12,40 € ») et termine sa phrase.
period-waterfall-caption = . CAC avant (à gauche), part de chaque facteur dans la variation (vers le haut : des clients plus chers) et CAC actuel (à droite).
chart-in-words = Le graphique en texte
period-parts-region = Tableau de la variation du CAC
period-parts-caption = Ce qui a fait bouger le CAC : la part de chaque facteur, dont la somme donne la variation
period-factor-column = Facteur
period-steps-region = Tableau de l’évolution des taux par étape
period-steps-caption = L’évolution du taux de chaque étape, face au bruit statistique (fourchette à 95 % selon la méthode de Newcombe)
period-heading = Pourquoi le CAC a bougé d’une période à l’autre
funnel-caption = Chaque barre représente la part des conversations démarrées qui atteint ce niveau. Les taux par étape et les coûts par niveau, avec leurs formules, se trouvent sous « Indicateurs ».
grid-region = Colonnes du tableau du fichier
