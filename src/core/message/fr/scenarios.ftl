# Et si : scénarios et valeur cible
# Français : une entrée par message, mêmes clés et mêmes arguments ($name) que en/ ; un pluriel
# suit la catégorie CLDR du nombre : { $count -> [one] … [many] … *[other] … }.

## Et si
error-mark = Erreur :
error-line = Erreur : { $problem }
reset-lever = Réinitialiser
scenario-region = Scénario : { $name }
scenario-name = Nom du scénario
scenario-duplicate = Dupliquer
scenario-reset = Revenir à la référence
scenario-link-copied = Lien vers ce scénario copié.
scenario-no-clipboard = Le presse-papiers n’est pas disponible ici : utilisez Copier le lien en haut de la page.
scenario-delete = Supprimer
comparison-region = Tableau de comparaison des scénarios
comparison-caption = Référence et scénarios côte à côte
metric-column = Indicateur
baseline-column = Référence
goal-seek-heading = Valeur cible
# La question se lit : « Pour que l’indicateur [CAC] atteigne [150], quelle valeur faut-il au levier [Taux de transformation] ? »
goal-to-reach = Pour que l’indicateur
goal-of = atteigne
goal-what-must = , quelle valeur faut-il au levier
goal-lever-label = Le levier à calculer
goal-be = ?
goal-apply = Appliquer comme nouveau scénario
what-if-heading = Et si…
what-if-hint = Les scénarios partent d’une copie de l’échelle affichée ci-dessus. Déplacez un levier : tous les chiffres suivent, à côté de ceux d’aujourd’hui.
add-scenario = Ajouter un scénario
