# La page : son cadre, l’échelle affichée, les mots utilisés partout
# Français : une entrée par message, mêmes clés et mêmes arguments ($name) que en/ ; un pluriel
# suit la catégorie CLDR du nombre : { $count -> [one] … [many] … *[other] … }.

undo = Annuler
cancel = Annuler
dismiss = Fermer
nothing-changed = Rien n’a été modifié.

## La page
skip-to-results = Aller aux résultats
app-tagline = Le coût par message, en contexte : de la première conversation jusqu’aux clients et au chiffre d’affaires.
language-label = Langue
report-language-label = Langue du rapport et de la synthèse
report-language-page = Langue de la page ({ $language })
load-sample = Charger l’exemple
clear = Effacer
copy-link = Copier le lien
print-report = Imprimer le rapport
print-report-in = Imprimer le rapport ({ $language })
present = Présenter
leave-presentation = Quitter la présentation
frame-not-kept = Le travail fait dans ce cadre n’est pas conservé après sa fermeture. Pour le garder, copiez un lien ou téléchargez une sauvegarde :
bring-your-data = Importer vos données
your-numbers = Vos chiffres
your-numbers-lede = Une période, une campagne ou tout le compte. Laissez un niveau vide si vous ne le suivez pas encore.
use-typed-numbers = Utiliser les chiffres saisis
targets-heading = Objectifs et réglages
targets-lede = Ce à quoi chaque étape est comparée. Les préréglages sont des hypothèses de départ : adaptez-les à votre activité.
to-inputs = Saisissez ou importez vos chiffres ↓
funnel-heading = Entonnoir
metrics-heading = Indicateurs
metrics-region = Tableau des indicateurs
download-ladder = Télécharger l’échelle (CSV)
nothing-sent = Tout est calculé dans ce navigateur. Rien de ce que vous saisissez n’est envoyé ailleurs.

## L’échelle affichée
saved-here = Enregistré dans ce navigateur uniquement.
showing-label = Données affichées
formula-summary = Formule
metrics-caption = L’échelle : chaque indicateur, du message au chiffre d’affaires
value-column = Valeur
how-computed-column = Mode de calcul
