# Comparer segments et périodes : le choix « Données affichées », le tableau des segments, les inversions, les valeurs atypiques, pourquoi le CAC a bougé, les déplacements de budget
# Français : une entrée par message, mêmes clés et mêmes arguments ($name) que en/ ; un pluriel
# suit la catégorie CLDR du nombre : { $count -> [one] … [many] … *[other] … }.
# Les listes reprennent dx-list-comma et dx-list-semicolon.

## Le choix « Données affichées »
cmp-source-typed = Chiffres saisis
# Tous les segments importés additionnés ; $count : combien (exactement 1 : le seul importé).
cmp-source-total = { $count ->
    [1] Import : total
   *[other] Import : les { $count } segments additionnés
    }
# $name : le nom d’une période, par exemple « octobre 2026 » ou celui du fichier.
cmp-source-period = Import : { $name }, toutes campagnes
# $name : le libellé d’un segment (cmp-segment-label…).
cmp-source-segment = Import : { $name }

## Libellés des segments
# Le nom d’un segment tel que le fichier le donne, inchangé.
cmp-segment-label = { $name }
# Un nom qui se répète (une campagne sur deux mois), avec le nom de sa période : « Promo été · octobre 2026 ».
cmp-segment-label-period = { $name } · { $period }

## Le tableau des segments
# Sous un long tableau ; $shown : les lignes affichées ; $count : tous les segments.
cmp-showing = Affichage de { $shown } sur { $count } { $count ->
    [one] segment
    [many] de segments
   *[other] segments
    }, dans cet ordre.
cmp-other-cost-note = Le CAC inclut les autres coûts d’acquisition saisis sous « Plus de données », répartis entre les segments au prorata de leurs dépenses : les coûts des segments s’additionnent pour donner ceux du compte.

## Messages bon marché, clients chers
# $name : le segment aux messages moins chers ; $other : celui auquel il est comparé.
# $message, $other-message : leurs coûts par message ; $customer, $other-customer : leurs coûts
# par client ; $times : le coût par client de $name en multiple de celui de $other, par exemple 5,53×.
cmp-inversion = « { $name } » a des messages moins chers que « { $other } » ({ $message } contre { $other-message }), mais des clients plus chers ({ $customer }, soit { $times } le coût par client de « { $other } »).
cmp-inversion-cheapest = « { $name } » a les messages les moins chers ({ $message }) et les clients les plus chers ({ $customer }, soit { $times } le coût par client de « { $other } »).
cmp-inversion-unclear = « { $name } » a des messages moins chers que « { $other } » ({ $message } contre { $other-message }) et semble plus cher par client ({ $customer } contre { $other-customer }), mais leurs taux de clients par conversation ne se distinguent pas encore : davantage de conversations diraient lequel est le moins cher.
# $count : le volume minimal ; $names : les segments en dessous, chacun en cmp-quoted, en liste.
cmp-not-ranked = Hors classement (moins de { $count } { $count ->
    [one] conversation
    [many] de conversations
   *[other] conversations
    }) : { $names }.
# Le nom d’un segment entre guillemets.
cmp-quoted = « { $name } »
# L’équivalent texte du graphique ; $points : un cmp-point par segment, en liste (points-virgules).
cmp-points-summary = Coût par message face au CAC, par segment : { $points }.
# $message : coût par message ; $customer : coût par client ; $spend : les dépenses du segment.
cmp-point = { $name } : { $message } par message, { $customer } par client, { $spend } dépensés

## Valeurs atypiques
# Un segment hors des limites à 99,8 %. $share : son taux à l’étape (cmp-share-…) ;
# $range : les limites à son volume ; $pooled : le taux de tous les segments réunis.
cmp-outlier-below = { $name } : { $share }, sous la fourchette attendue à ce volume ({ $range } autour du taux global de { $pooled }).
cmp-outlier-above = { $name } : { $share }, au-dessus de la fourchette attendue à ce volume ({ $range } autour du taux global de { $pooled }).
# « sur 350 réponses, 9 % qualifiées » : $rate des $count personnes au début de l’étape l’ont franchie.
cmp-share-reply = sur { $count } { $count ->
    [one] conversation
    [many] de conversations
   *[other] conversations
    }, { $rate } avec réponse
cmp-share-qualification = sur { $count } { $count ->
    [one] réponse
    [many] de réponses
   *[other] réponses
    }, { $rate } qualifiées
cmp-share-handoff = sur { $count } { $count ->
    [one] conversation qualifiée
    [many] de conversations qualifiées
   *[other] conversations qualifiées
    }, { $rate } transférées aux ventes
cmp-share-close = sur { $count } { $count ->
    [one] transfert aux ventes
    [many] de transferts aux ventes
   *[other] transferts aux ventes
    }, { $rate } conclus
# L’équivalent texte du graphique. $metric : le taux de l’étape, par exemple « Taux de qualification » ;
# $pooled : le taux de tous les segments réunis ; $points : un cmp-funnel-point… par segment,
# en liste (points-virgules).
cmp-funnel-summary = { $metric } par segment selon le volume, taux global { $pooled } : { $points }.
# $rate d’un segment sur les $count personnes au début de l’étape.
cmp-funnel-point = { $name } { $rate } sur { $count }
cmp-funnel-point-watch = { $name } { $rate } sur { $count } (hors de la fourchette à 95 %)
cmp-funnel-point-below = { $name } { $rate } sur { $count } (sous la fourchette à 99,8 %)
cmp-funnel-point-above = { $name } { $rate } sur { $count } (au-dessus de la fourchette à 99,8 %)

## Pourquoi le CAC a bougé
# Quand les affaires de la période la plus récente n’ont pas encore toutes abouti (délai de conclusion) : comment
# les clients des deux périodes ont été rendus comparables. $earlier, $later : les noms des périodes ; $so-far et
# $projected : les clients gagnés à ce jour et ceux projetés une fois toutes les affaires conclues.
cmp-like-projected = Comparaison à conditions égales : des affaires sont encore ouvertes pour { $later }, dont les clients sont donc comptés à leur nombre final projeté, { $projected } ({ $so-far } à ce jour).
cmp-like-projected-both = Comparaison à conditions égales : des affaires sont encore ouvertes pour les deux périodes, dont les clients sont donc comptés à leur nombre final projeté : { $earlier-projected } pour { $earlier } ({ $earlier-so-far } à ce jour) et { $projected } pour { $later } ({ $so-far } à ce jour).
# $days : l’ancienneté de la période la plus récente ; $removed : les affaires gagnées de la période précédente arrivées plus tard.
cmp-like-same-age = Comparaison à conditions égales : des affaires sont encore ouvertes pour { $later }, trop récentes pour une projection ; pour { $earlier }, seuls comptent donc les clients gagnés en { $days ->
    [one] { $days } jour
   *[other] { $days } jours
    } au plus après le début de la période, soit l’ancienneté qu’a { $later } aujourd’hui ({ $removed ->
    [one] { $removed } affaire gagnée plus tard est écartée
    [many] { $removed } d’affaires gagnées plus tard sont écartées
   *[other] { $removed } affaires gagnées plus tard sont écartées
    }).
# Ce qui fait bouger le CAC, en tête d’une ligne du tableau.
cmp-factor-cost-per-message = Coût par message
cmp-factor-reply-rate = Taux de réponse
cmp-factor-qualification-rate = Taux de qualification
cmp-factor-handoff-rate = Taux de transfert
cmp-factor-close-rate = Taux de transformation
cmp-factor-other-cost = Autres coûts par unité de dépense
# Le taux d’une étape compté à partir d’un niveau antérieur, quand le niveau juste avant n’est pas
# compté dans les deux périodes : $factor est le nom du taux, $from le niveau (« conversations démarrées »).
cmp-factor-from = { $factor } (à partir de { $from })
# Les mêmes dans une phrase.
cmp-factor-name-cost-per-message = coût par message
cmp-factor-name-reply-rate = taux de réponse
cmp-factor-name-qualification-rate = taux de qualification
cmp-factor-name-handoff-rate = taux de transfert
cmp-factor-name-close-rate = taux de transformation
cmp-factor-name-other-cost = autres coûts par unité de dépense
# Sous les barres de la cascade : CAC avant, chaque facteur (en bref), CAC maintenant.
cmp-bar-before = Avant
cmp-bar-messages = Messages
cmp-bar-reply = Réponse
cmp-bar-qualified = Qualification
cmp-bar-handoff = Transfert
cmp-bar-close = Transformation
cmp-bar-other = Autres
cmp-bar-now = Maintenant
# Au-dessus de la barre d’un total : le CAC, en argent.
cmp-bar-total = { $amount }
cmp-cant-split = Les deux périodes doivent avoir des dépenses, des conversations démarrées et au moins un client, avec des chiffres qui diminuent d’un niveau à l’autre (un niveau compté dans une seule d’entre elles est écarté).
# $cac : le CAC des deux périodes.
cmp-cac-held = Le CAC est resté à { $cac } : les variations de ses facteurs se compensent.
# $before, $after : le CAC de la période précédente et de la suivante. $main : le facteur qui a le
# plus poussé le CAC dans son sens ; $against : le plus fort en sens inverse (cmp-factor-rose…,
# cmp-cost-per-message-rose…).
cmp-cac-rose = Le CAC a augmenté, passant de { $before } à { $after }.
cmp-cac-rose-although = Le CAC a augmenté, passant de { $before } à { $after }, malgré une évolution favorable : { $against }.
cmp-cac-rose-because = Le CAC a augmenté, passant de { $before } à { $after } : { $main }.
cmp-cac-rose-although-because = Le CAC a augmenté, passant de { $before } à { $after }, malgré une évolution favorable ({ $against }) : { $main }.
cmp-cac-fell = Le CAC a baissé, passant de { $before } à { $after }.
cmp-cac-fell-although = Le CAC a baissé, passant de { $before } à { $after }, malgré une évolution défavorable : { $against }.
cmp-cac-fell-because = Le CAC a baissé, passant de { $before } à { $after } : { $main }.
cmp-cac-fell-although-because = Le CAC a baissé, passant de { $before } à { $after }, malgré une évolution défavorable ({ $against }) : { $main }.
# $change : de combien, en pourcentage du coût précédent.
cmp-cost-per-message-rose = coût par message en hausse de { $change }
cmp-cost-per-message-fell = coût par message en baisse de { $change }
# $factor : le nom d’une étape (step-name-…) ou cmp-factor-name-other-cost ; $before, $after : ses
# taux sur les deux périodes.
cmp-factor-rose = { $factor } en hausse, de { $before } à { $after }
cmp-factor-fell = { $factor } en baisse, de { $before } à { $after }
# $moved : l’évolution d’une étape (cmp-factor-rose…) que sa fourchette à 95 % ne distingue pas du bruit.
cmp-noise-note = { $moved } (une évolution qui pourrait encore relever du bruit)
# Un montant avec son signe : « +35,12 € », « −28,45 € » (un vrai signe moins).
cmp-money-up = +{ $amount }
cmp-money-down = −{ $amount }
# Suivi de period-waterfall-caption ; $change : cmp-money-up ou cmp-money-down.
cmp-cac-changed-by = Le CAC a varié de { $change }
# L’équivalent texte de la cascade ; $before, $after : le CAC des deux périodes ; $parts : un
# cmp-waterfall-part par facteur, en liste (points-virgules).
cmp-waterfall-summary = CAC { $before } ; { $parts } ; CAC actuel { $after }.
# $factor : cmp-factor-name-… ; $change : sa part de la variation du CAC, cmp-money-up ou -down.
cmp-waterfall-part = { $factor } { $change }
# L’évolution d’un taux en points de pourcentage : sa fourchette à 95 %. $low, $high : les bornes,
# avec leur signe et une décimale, par exemple « −12,2 ».
cmp-points-range = { $low } à { $high } pts
# L’évolution d’un taux jugée face au bruit.
cmp-verdict-real = Au-delà du bruit
cmp-verdict-noise = Peut-être du bruit
# $count : combien de personnes de plus au début de l’étape, sur chaque période, permettraient de trancher.
cmp-verdict-noise-settle = Peut-être du bruit : il faudrait environ { $count } { $count ->
    [one] personne
    [many] de personnes
   *[other] personnes
    } de plus au début de l’étape, sur chaque période, pour trancher

## Déplacer du budget entre segments
cmp-exponent-note = À quel point les messages renchérissent quand les dépenses d’un segment augmentent : à { $k }, doubler les dépenses d’un segment rend ses messages environ { $dearer } plus chers (2^{ $k } = { $factor }) ; il apporte donc { $more } de conversations en plus, et non { $all }. { $zero } signifie que les messages supplémentaires coûtent le prix actuel.
cmp-budget-warning = À grande échelle, les messages bon marché attirent souvent des gens qui aiment discuter mais pas acheter : jugez un déplacement au coût par client, pas au coût par message.
cmp-exponent-range = L’exposant est compris entre 0 et 1 : 0 pour les prix actuels, 1 pour aucune conversation supplémentaire.
# Les lignes du tableau du compte après le déplacement.
cmp-budget-row-conversations = Conversations
cmp-budget-row-customers = Clients
cmp-budget-row-cac = CAC
cmp-budget-row-revenue = Chiffre d’affaires
# $amount déplacé du segment $from vers le segment $to ; $after, $before : les clients du compte
# après et avant le déplacement, en personnes entières.
cmp-move = Déplacer { $amount } de « { $from } » vers « { $to } » : environ { $after } { $after ->
    [one] client
    [many] de clients
   *[other] clients
    } au lieu de { $before }.
# Comme cmp-move, avec le CAC après ($cac-after) et avant ($cac-before) le déplacement.
cmp-move-cac = Déplacer { $amount } de « { $from } » vers « { $to } » : environ { $after } { $after ->
    [one] client
    [many] de clients
   *[other] clients
    } au lieu de { $before }, et un CAC de { $cac-after } au lieu de { $cac-before }.
# Le nom du déplacement comme scénario ; $amount : tel que l’utilisateur l’a saisi.
cmp-move-name = Déplacement de { $amount } : { $from } → { $to }
