# Segments, déplacements de budget, inversions
# Français : une entrée par message, mêmes clés et mêmes arguments ($name) que en/ ; un pluriel
# suit la catégorie CLDR du nombre : { $count -> [one] … [many] … *[other] … }.

## Segments
# Déplacer du budget d’un segment à un autre.
budget-region = Tableau du compte après le déplacement
budget-caption = Le compte après le déplacement, selon l’échelle actuelle de chaque segment
budget-your-move-column = Votre déplacement
# Une colonne : le déplacement vers le segment aux messages les moins chers.
budget-naive-column = Vers les messages les moins chers
# Une colonne : le déplacement vers le segment aux clients les moins chers.
budget-right-column = Vers les clients les moins chers
budget-heading = Déplacer du budget entre segments
budget-from = De
budget-to = Vers
budget-amount = Montant
budget-exponent = Rendements décroissants (0–1)
budget-apply = Appliquer comme scénario
# Le tableau des segments.
segments-period-column = Période
segments-conversations-column = Conversations
segments-heading = Segments
segments-region = Tableau des segments importés
segments-caption = Segments importés : triez selon n’importe quelle colonne ; choisissez un nom pour voir son échelle
segments-download = Télécharger les segments (CSV)
# $count : combien de lignes en plus le bouton affiche.
segments-show-more = Afficher { $count } de plus
# Messages bon marché, clients chers.
inversions-none = Aucun segment n’a des messages moins chers et des clients plus chers qu’un autre.
# $count : combien de phrases d’inversion de plus sont repliées sous ce résumé.
inversions-more = { $count } de plus
# Une cellule du tableau des classements, « n° 2 · 1,20 € ».
# $rank : le rang du segment pour ce coût (1 = le moins cher) ; $value : le coût, déjà écrit.
inversions-ranked-value = n° { $rank } · { $value }
# $name : un segment exclu du classement.
inversions-not-ranked = { $name } (non classé)
# Le coin ombré en haut à gauche du graphique.
inversions-corner = messages bon marché, clients chers
# L’axe horizontal du graphique.
inversions-axis-cost = coût par message →
# L’axe vertical du graphique.
inversions-axis-cac = CAC ↑
inversions-heading = Messages bon marché, clients chers ?
inversions-figcaption = Chaque segment selon son coût par message (en abscisse) et son CAC (en ordonnée), de taille proportionnelle à ses dépenses. Le coin ombré correspond aux messages bon marché qui amènent des clients chers.
inversions-region = Tableau des classements des segments
inversions-caption = Le rang de chaque segment selon le coût à chaque étape (n° 1 = le moins cher ; pour le ROAS, le plus élevé)
