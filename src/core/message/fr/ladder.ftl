# L’échelle : ses champs, indicateurs et formules, pourquoi une valeur est inconnue, l’entonnoir, les contrôles du formulaire et des réglages
# Français : une entrée par message, mêmes clés et mêmes arguments ($name) que en/ ; un pluriel
# suit la catégorie CLDR du nombre : { $count -> [one] … [many] … *[other] … }.

## Les champs du formulaire
# L’intitulé d’un champ ; aussi le nom du nombre dans les formules et les raisons ($field, $stage).
ladder-field-spend = Dépenses
ladder-field-started = Conversations démarrées
ladder-field-replies = Réponses
ladder-field-qualified = Conversations qualifiées
ladder-field-handoffs = Transferts aux ventes
ladder-field-customers = Clients
ladder-field-revenue = Chiffre d’affaires
ladder-field-impressions = Impressions
ladder-field-link-clicks = Clics sur un lien
ladder-field-other-cost = Autres coûts d’acquisition
# L’aide sous un champ. $currency : le code de devise de l’espace de travail, par exemple EUR.
ladder-hint-spend = Dépenses publicitaires de la période, en { $currency }.
ladder-hint-started = Conversations démarrées, telles que le Gestionnaire de publicités les compte.
ladder-hint-replies = Conversations où la personne a répondu à votre premier message.
ladder-hint-qualified = Conversations qui remplissent vos critères de qualification.
ladder-hint-handoffs = Conversations qualifiées qui ont atteint l’équipe commerciale, une réservation, un devis ou le paiement.
ladder-hint-customers = Personnes qui ont acheté.
ladder-hint-revenue = Chiffre d’affaires généré par ces clients, en { $currency }.
ladder-hint-impressions = Depuis le Gestionnaire de publicités, pour le CPM et le CTR.
ladder-hint-link-clicks = Depuis le Gestionnaire de publicités, pour le coût par clic.
ladder-hint-other-cost = Temps commercial, outils, honoraires d’agence : ajoutés aux dépenses pour le CAC. En { $currency }.

## Pourquoi une valeur ne peut pas être affichée (après « — »)
# Un champ à zéro, par lequel on ne peut pas diviser.
ladder-none-yet-spend = aucune dépense
ladder-none-yet-started = aucune conversation démarrée
ladder-none-yet-replies = pas encore de réponse
ladder-none-yet-qualified = pas encore de conversation qualifiée
ladder-none-yet-handoffs = pas encore de transfert aux ventes
ladder-none-yet-customers = pas encore de client
ladder-none-yet-revenue = pas encore de chiffre d’affaires
ladder-none-yet-impressions = aucune impression
ladder-none-yet-link-clicks = aucun clic sur un lien
ladder-none-yet-other-cost = aucun autre coût
# $field : l’intitulé du champ. « Plus de données » est la section repliée des champs facultatifs.
ladder-reason-add-more = ajoutez « { $field } » sous « Plus de données »
ladder-reason-enter = saisissez « { $field } »
ladder-reason-fix = corrigez « { $field } » ci-dessus
ladder-reason-first-step = premier niveau de l’échelle

## Les indicateurs
ladder-metric-cost-per-message = Coût par message
ladder-metric-reply-rate = Taux de réponse
ladder-metric-qualification-rate = Taux de qualification
ladder-metric-cost-per-qualified = Coût par conversation qualifiée
ladder-metric-handoff-rate = Taux de transfert
ladder-metric-cost-per-handoff = Coût par transfert aux ventes
ladder-metric-close-rate = Taux de transformation
ladder-metric-cpa = CPA (coût par client)
ladder-metric-cac = CAC (coût complet par client)
ladder-metric-revenue-per-conversation = Chiffre d’affaires par conversation
ladder-metric-roas = ROAS
ladder-metric-revenue-per-customer = Chiffre d’affaires moyen par client
ladder-metric-cpm = CPM (coût pour 1 000 impressions)
ladder-metric-ctr = CTR (taux de clics sur le lien)
ladder-metric-cost-per-click = Coût par clic sur un lien
ladder-metric-click-to-conversation = Taux de passage du clic à la conversation
# Ce que dit chaque indicateur, en une phrase.
ladder-meaning-cost-per-message = À quel prix les publicités font démarrer des conversations. Ne dit rien de vos interlocuteurs.
ladder-meaning-reply-rate = La part des personnes qui continuent l’échange après le premier message.
ladder-meaning-qualification-rate = La part des personnes ayant répondu qui correspondent à ce que vous vendez.
ladder-meaning-cost-per-qualified = Ce que coûte une conversation qui en vaut la peine.
ladder-meaning-handoff-rate = La part des conversations qualifiées qui aboutissent à une réservation, un devis, un appel ou un paiement.
ladder-meaning-cost-per-handoff = Ce que coûte un vrai passage de relais à l’équipe commerciale.
ladder-meaning-close-rate = La part des transferts qui deviennent des clients.
ladder-meaning-cpa = Dépenses publicitaires par client.
ladder-meaning-cac = Tout ce qu’il a fallu pour gagner un client : les dépenses publicitaires, plus le temps commercial, les outils et les honoraires.
ladder-meaning-revenue-per-conversation = Ce que rapporte en moyenne chaque conversation démarrée.
ladder-meaning-roas = Chiffre d’affaires par unité de dépense publicitaire. Au-dessus de 1×, les publicités ont rapporté ce qu’elles ont coûté.
ladder-meaning-revenue-per-customer = Valeur moyenne d’une commande ou d’une affaire.
ladder-meaning-cpm = Ce que coûtent 1 000 impressions publicitaires.
ladder-meaning-ctr = La part des impressions qui ont mené à un clic sur un lien.
ladder-meaning-cost-per-click = Ce que coûte un clic sur un lien.
ladder-meaning-click-to-conversation = La part des clics sur un lien qui sont devenus une conversation.

## Formules
# Une formule en mots : « Dépenses ÷ Conversations démarrées ». $numerator, $denominator : des intitulés de champs.
ladder-formula = { $numerator } ÷ { $denominator }
# La formule du CPM : pour 1 000 impressions.
ladder-formula-per-thousand = { $numerator } ÷ { $denominator } × 1 000
# Le numérateur du CAC. $spend, $other : les intitulés Dépenses et Autres coûts d’acquisition.
ladder-spend-plus-other = ({ $spend } + { $other })
# La formule appliquée aux chiffres de l’utilisateur : « 1 800,00 € ÷ 600 = 3,00 € ».
# $value : le résultat, ou ladder-no-value s’il n’y en a pas.
ladder-worked = { $numerator } ÷ { $denominator } = { $value }
ladder-worked-per-thousand = { $numerator } ÷ { $denominator } × 1 000 = { $value }
# Remplace un nombre inconnu dans une formule appliquée.
ladder-unknown-number = ?
# $reason : pourquoi la valeur ne peut pas être calculée, par exemple « saisissez « Clients » ».
ladder-no-value = — ({ $reason })
# Dit après « Formule », masqué à l’écran. $metric : le nom de l’indicateur.
ladder-formula-for = pour { $metric }

## Le graphique en entonnoir
# L’étiquette d’une barre. $stage : le nom du niveau, par exemple « Réponses ».
ladder-bar-count = { $stage } · { $count }
ladder-bar-not-entered = { $stage } · non saisi
ladder-bar-not-valid = { $stage } · nombre non valide
# $share : la part des conversations démarrées qui atteint ce niveau, par exemple 65 %.
ladder-share-of-started = { $share } des conversations
# À côté d’un niveau plus grand que le précédent. $stage : le niveau précédent, dans une phrase (« réponses »).
ladder-more-than-stage = ⚠ plus que les { $stage }
# L’équivalent texte du graphique : « Entonnoir : Conversations démarrées 600, Réponses 390, … ». $stages : la liste.
ladder-funnel = Entonnoir : { $stages }.
ladder-funnel-stage = { $stage } { $count }
ladder-funnel-stage-not-entered = { $stage } (non saisi)

## Les contrôles du formulaire
# $typed : le texte saisi ; $decimal, $thousands : ses deux lectures, par exemple 1,2 et 1 200.
ladder-reads-as = « { $typed } » se lit { $decimal }. Vouliez-vous dire { $thousands } ? Précisez, ou saisissez le nombre sans séparateur.
ladder-not-whole-meant = « { $typed } » n’est pas un nombre entier. Vouliez-vous dire { $thousands } ?
# Un bouton qui met dans le champ la lecture voulue. $reading : un nombre écrit, par exemple 1 200.
ladder-choice = C’est { $reading }
# $named : les codes de devise que le symbole peut désigner (« USD ou AUD ») ; $first : le premier ;
# $currency : celle de l’espace de travail.
ladder-currency-clash = « { $typed } » est écrit en { $named }, mais cet espace de travail compte en { $currency }. Choisissez { $first } comme devise ci-dessus, ou convertissez le montant.
# $previous : l’intitulé du niveau précédent ; $later, $earlier : les deux nombres.
ladder-larger-than = Supérieur à « { $previous } » ({ $later } > { $earlier }). Chaque niveau devrait être un sous-ensemble du précédent : vérifiez le marquage des conversations.
ladder-clicks-above-impressions = Plus de clics sur un lien que d’impressions ({ $clicks } > { $impressions }) : vérifiez l’export.

## Nombres saisis illisibles
# $text : le texte saisi.
ladder-not-a-number = « { $text } » n’est pas un nombre. Saisissez uniquement des chiffres, par exemple 1200 ou 1 200,50.
ladder-negative = Ne peut pas être négatif. Saisissez 0 ou un nombre positif.
ladder-not-whole = « { $text } » n’est pas un nombre entier. Les effectifs sont des nombres entiers, par exemple 42.
ladder-too-many-decimals = Trop de décimales. 6 au maximum après le séparateur.
# $max : la plus grande valeur acceptée par un champ.
ladder-too-large = Trop grand. La valeur maximale acceptée est { $max }.

## Objectifs et réglages
ladder-setting-reply-target = Taux de réponse cible
ladder-setting-qualification-target = Taux de qualification cible
ladder-setting-handoff-target = Taux de transfert cible
ladder-setting-close-target = Taux de transformation cible
ladder-setting-min-volume = Volume minimal par étape
ladder-setting-sales-cycle = Cycle de vente habituel
ladder-setting-window = Période couverte
ladder-setting-previous-cost = Coût par message de la période précédente
# L’unité écrite après le champ d’un réglage.
ladder-unit-percent = %
ladder-unit-people = personnes
ladder-unit-days = jours
# $currency : le code de devise de l’espace de travail, après un réglage en argent.
ladder-unit-currency = { $currency }
ladder-hint-target = En pourcentage du niveau précédent. Vide : le préréglage s’applique.
# $count : le volume minimal par défaut.
ladder-hint-min-volume = Une étape avec moins de personnes à son début n’est pas jugée. Par défaut : { $count }.
ladder-hint-sales-cycle = Nombre de jours habituel entre le premier message et une vente conclue.
ladder-hint-window = Nombre de jours couverts par les chiffres. Laissé vide, il est déduit des dates importées.
ladder-hint-previous-cost = Facultatif : pour repérer une hausse du coût par message.
# $min : la plus petite valeur acceptée par le réglage.
ladder-at-least = Saisissez { $min } ou plus.
ladder-target-negative = Un objectif ne peut pas être négatif. Saisissez un pourcentage, par exemple 40.
ladder-target-range = Un objectif est un pourcentage supérieur à 0 et inférieur ou égal à 100, par exemple 40.

## Types d’activité, qui fixent les objectifs prédéfinis
ladder-business-service-quotes = Services sur devis
ladder-business-ecommerce-questions = E-commerce avec questions sur les produits
ladder-business-b2b-consultations = Consultations B2B
ladder-business-lead-seller = Vente de prospects / affiliation
ladder-business-custom = Mes propres objectifs
# Pourquoi ces préréglages, sous le sélecteur. Transfert et transformation sont des étapes de l’échelle.
ladder-note-service-quotes = Demandes de devis : beaucoup de conversations viennent de personnes hors zone ou qui ne font que comparer les prix ; la qualification est donc le filtre habituel.
ladder-note-ecommerce-questions = Questions sur les produits : peu de conversations montrent une intention d’achat, mais celles qui arrivent au paiement devraient acheter. Transfert = envoi vers le paiement ou le panier.
ladder-note-b2b-consultations = Consultations : critères de qualification stricts et cycles longs ; la transformation correspond à un contrat signé.
ladder-note-lead-seller = Vente de prospects : transfert = prospect livré à l’acheteur, transformation = prospect accepté par l’acheteur.
ladder-note-custom = Vos propres objectifs : fixez chaque taux d’après votre historique ou votre plan.

## Dates des données importées
# Comment les lignes datées sont regroupées en périodes, proposé dans l’aperçu de l’import.
ladder-grouping-auto = Automatique : par mois, s’il y en a plusieurs
ladder-grouping-whole = Un total par nom
ladder-grouping-month = Par mois
ladder-grouping-week = Par semaine (lun.–dim.)
# Le nom d’une période quand il désigne un segment ou un mois de données. $month : le nom d’un mois
# (ci-dessous, en minuscules) ; $year : quatre chiffres (2026).
period-month = { $month } { $year }
# Toute autre plage de jours : $dates vaut « 2026-10-01 – 2026-10-17 », tel quel dans les données.
period-dates = { $dates }
period-span = { $days }
period-day = { $date }
month-january = janvier
month-february = février
month-march = mars
month-april = avril
month-may = mai
month-june = juin
month-july = juillet
month-august = août
month-september = septembre
month-october = octobre
month-november = novembre
month-december = décembre
