# Valeurs atypiques, formulaire de saisie, objectifs, téléchargement des graphiques, fenêtre d’intégration
# Français : une entrée par message, mêmes clés et mêmes arguments ($name) que en/ ; un pluriel
# suit la catégorie CLDR du nombre : { $count -> [one] … [many] … *[other] … }.

## Valeurs atypiques
outliers-none = Aucun segment n’est hors de la fourchette attendue pour son volume.
# Titre de l’axe horizontal du graphique en entonnoir ; la flèche suit l’axe.
outliers-axis-people = personnes au début de l’étape →
# Titre de l’axe vertical ; la flèche monte le long de l’axe.
outliers-axis-rate = taux ↑
outliers-caption = Le taux de chaque segment selon son volume. La ligne est le taux global ; les entonnoirs intérieur et extérieur sont les fourchettes à 95 % et à 99,8 % attendues à chaque volume : le taux extrême d’un petit segment qui reste à l’intérieur n’est donc pas un constat.
outliers-heading = Valeurs atypiques : quels segments diffèrent vraiment

## Le formulaire de saisie
# Marque un avertissement sur un champ, avant l’avertissement lui-même (comme error-mark).
form-check-mark = À vérifier :
form-more-inputs = Plus de données (facultatif) : impressions, clics, autres coûts
form-currency = Devise

## Objectifs et réglages
targets-business-type = Type d’activité
# Suit la note du type d’activité quand l’utilisateur a modifié un objectif prédéfini.
targets-edited = Objectifs modifiés par rapport au préréglage.
targets-rates = Taux cibles
# Ce que suivent les textes et les nombres de la page. $language : le nom de la langue dans cette langue (« Deutsch »).
settings-language-heading = Langue et format des nombres
settings-words = Textes : { $language }
# $number et $money : un nombre et un montant d’exemple tels que ce navigateur les écrit ; $locale : l’étiquette de paramètres régionaux du navigateur (de-DE).
settings-numbers = Nombres et montants : { $number } et { $money } ({ $locale })
settings-language-hint = Les textes suivent le menu Langue en haut de la page. Les nombres, les montants et les dates suivent la région de votre navigateur : les deux peuvent donc différer, par exemple des textes en français avec des nombres au format américain.

## Téléchargement des graphiques
chart-download-svg = Télécharger en SVG
chart-download-png = Télécharger en PNG

## Intégration dans un portail client
# $example : une couleur en six chiffres hexadécimaux (0f4c5c).
embed-accent-problem = Six chiffres hexadécimaux, par exemple { $example }.
embed-summary = Intégrer dans un portail client
embed-theme = Thème
embed-theme-auto = Suivre le réglage du visiteur
embed-theme-light = Clair
embed-theme-dark = Sombre
embed-accent = Couleur d’accent (hex)
embed-paste-here = Collez ce code dans la page du portail
embed-copy-snippet = Copier le code
embed-copied = Copié.
embed-no-clipboard = Le presse-papiers n’est pas disponible ici : sélectionnez le texte et copiez-le.
