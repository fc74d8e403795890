# Les constats du diagnostic : des phrases avec les chiffres de l’utilisateur
# Français : une entrée par message, mêmes clés et mêmes arguments ($name) que en/ ; un pluriel
# suit la catégorie CLDR du nombre : { $count -> [one] … [many] … *[other] … }.

## Les constats du diagnostic
# Les phrases sont construites à partir des noms ci-dessous, passés en arguments : le nom d’une
# étape ($step), d’un niveau, et le résultat de l’activité ($outcome, $outcomes).
# Le nom d’une étape dans une phrase, sans article : « l’étape de qualification »,
# « Étape limitante : qualification ». « transfert » est masculin, les autres féminins.
step-name-reply = réponse
step-name-qualification = qualification
step-name-handoff = transfert
step-name-close = transformation
# Le nom d’une étape en début de ligne : « Réponse : taux supérieur de 10 % ».
step-title-reply = Réponse
step-title-qualification = Qualification
step-title-handoff = Transfert
step-title-close = Transformation
# Le nom d’un niveau dans une phrase, toujours au pluriel : « L’échelle s’arrête aux transferts aux ventes. »
stage-name-started = conversations démarrées
stage-name-replied = réponses
stage-name-qualified = conversations qualifiées
stage-name-handed-off = transferts aux ventes
stage-name-customer = clients
# Le nom que l’activité donne à son dernier niveau, un par type d’activité. $outcome : le nom pour
# le nombre donné (ou pour un seul) ; $outcomes : le nom en général, variante par défaut, écrite
# quand aucun $count n’est donné. Les phrases évitent tout accord en genre (commandes est féminin).
outcome-customers = { $count ->
    [one] client
    [many] de clients
   *[other] clients
    }
outcome-orders = { $count ->
    [one] commande
    [many] de commandes
   *[other] commandes
    }
outcome-accepted-leads = { $count ->
    [one] prospect accepté
    [many] de prospects acceptés
   *[other] prospects acceptés
    }
# Deux phrases, l’une après l’autre.
dx-then = { $first } { $then }
# Listes, construites par la droite : les deux derniers joints (« b et c »), puis chaque élément
# précédent joint au reste ($rest) : « a, b et c » ; « a, b ou c » ; « a ; b ; c ».
dx-list-and = { $first } et { $rest }
dx-list-or = { $first } ou { $rest }
dx-list-comma = { $first }, { $rest }
dx-list-semicolon = { $first } ; { $rest }
# $outcome : le nom du résultat pour $count (ou pour un seul, ci-dessous).
dx-more-outcomes = environ { $count } { $outcome } de plus
dx-less-than-one-more = moins de 1 { $outcome } de plus
# Le badge au-dessus du titre.
dx-badge-limiting = Étape limitante : { $step }
dx-badge-provisional = Provisoire : { $step }
dx-badge-meets-targets = Toutes les étapes à l’objectif
dx-badge-nothing-clear = Aucune étape clairement faible
dx-badge-not-enough-data = Données insuffisantes
# Le titre.
dx-headline-reply = La plupart des conversations s’arrêtent après le premier message
dx-headline-qualification = Les conversations coûtent peu, mais trop peu correspondent à la cible
dx-headline-handoff = Les conversations qualifiées s’enlisent avant d’arriver à l’équipe commerciale
# Pour un vendeur de prospects, dont l’étape de transformation est l’acceptation par l’acheteur.
dx-headline-close-leads = Les acheteurs refusent trop de prospects
dx-headline-close = Les transferts ne se transforment pas en { $outcomes }
dx-headline-provisional = L’étape de { $step } semble sous l’objectif, mais il est trop tôt pour en être sûr
dx-headline-meets-targets = Chaque étape atteint son objectif : le levier, c’est le volume
dx-headline-nothing-clear = Aucune étape n’est encore clairement sous l’objectif
dx-headline-not-enough-data = Pas encore assez de données pour juger une étape
# Causes probables, selon le verdict.
dx-causes-reply = La première réponse : sa rapidité, la facilité d’y répondre et sa cohérence avec la promesse de la publicité. Une première réponse lente ou générique fait perdre des personnes qui étaient intéressées une minute plus tôt.
dx-causes-qualification = La qualité du trafic et la clarté de l’offre : qui les publicités touchent et ce qu’elles promettent, et si la conversation pose les questions qui distinguent les acheteurs des simples curieux.
dx-causes-handoff = Le déroulé de la conversation après la qualification : la rapidité et la clarté avec lesquelles la suite (réservation, devis, appel, paiement) est proposée, et si les transferts sont bien enregistrés.
dx-causes-close-leads = La qualité des prospects telle que l’acheteur la définit : si la conversation vérifie les critères d’acceptation de l’acheteur avant la livraison du prospect, et si les publicités promettent ce que l’offre de l’acheteur tient.
dx-causes-close = Le processus commercial, les prix, les attentes créées par la conversation et l’adéquation entre l’offre et les personnes qu’amènent les publicités.
dx-causes-meets-targets = La portée et les créations : les étapes de conversation et de vente font leur travail, le levier est donc d’obtenir davantage de conversations du même type.
dx-causes-nothing-clear = Les étapes marquées « pas encore concluant » : au volume actuel, leur taux pourrait se situer d’un côté comme de l’autre de l’objectif. Le tableau indique combien de conversations en plus permettraient de trancher pour chacune.
dx-causes-nothing-clear-projected = Le taux de transformation final projeté pourrait se situer d’un côté comme de l’autre de son objectif : ce sont les affaires encore ouvertes qui trancheront en aboutissant, pas davantage de conversations. Revenez-y quand elles auront abouti.
dx-causes-not-enough-data = Saisissez le chiffre de chaque niveau. Une étape est jugée dès qu’il y a assez de personnes à son niveau de départ et que les chiffres diminuent d’un niveau à l’autre.
# À essayer, selon le verdict.
dx-action-reply-fast = Répondez en quelques minutes pendant la diffusion des publicités ; une première réponse instantanée qui pose une question simple vaut mieux qu’une réponse parfaite mais lente.
dx-action-reply-question = Ouvrez la conversation par une seule question liée à l’offre de la publicité, plutôt que par un menu ou un pavé de texte.
dx-action-reply-ad = Vérifiez que la publicité indique à quoi sert la conversation, pour que les gens arrivent prêts à échanger.
dx-action-qualification-ad = Indiquez dans la publicité à qui s’adresse l’offre (zone, budget, usage) pour que les profils peu adaptés ne lancent pas de conversation.
dx-action-qualification-budget = Retirez du budget aux audiences et placements qui amènent beaucoup de conversations mais peu de conversations qualifiées.
dx-action-qualification-questions = Posez une ou deux questions de qualification tôt dans la conversation : besoin, délai, localisation ou budget.
dx-action-qualification-define = Écrivez ce que « qualifié » veut dire, et marquez-le toujours de la même façon.
dx-action-handoff-offer = Proposez la suite (lien de réservation, créneau d’appel, formulaire de devis, lien de paiement) dès qu’une personne est qualifiée.
dx-action-handoff-time = Mesurez le délai entre la qualification et le premier contact commercial, et réduisez-le.
dx-action-handoff-tag = Assurez-vous que chaque transfert est marqué : les transferts non enregistrés ressemblent à des pertes.
dx-action-close-leads-reasons = Demandez à l’acheteur ses motifs de refus et transformez les deux principaux en questions dans la conversation.
dx-action-close-leads-check = Vérifiez les informations des prospects (coordonnées, localisation, éligibilité) avant de les livrer.
dx-action-close-leads-cut = Coupez les audiences et placements dont les prospects sont le plus souvent refusés, en jugeant au coût par prospect accepté.
dx-action-close-review = Analysez les affaires perdues : était-ce le prix, le moment, ou un écart entre la promesse de la publicité et l’offre ?
dx-action-close-price = Annoncez le prix, ou un ordre de prix, avant le transfert, pour que le temps commercial aille aux personnes qui peuvent acheter.
dx-action-close-follow-up = Relancez vite et plus d’une fois : les prospects issus des conversations refroidissent en un jour ou deux.
dx-action-meets-targets-audiences = Testez de nouvelles audiences ou un ciblage plus large, en jugeant au coût par conversation qualifiée, pas au coût par message.
dx-action-meets-targets-creative = Testez de nouveaux angles créatifs, en gardant le message qui attire les personnes qualifiées.
dx-action-meets-targets-budget = Augmentez le budget par paliers et vérifiez que les taux par étape tiennent quand le volume grandit.
# Comment la correction peut aller trop loin, selon le verdict.
dx-risk-reply = Un premier message plus insistant peut faire répondre des personnes qui n’allaient jamais acheter : surveillez le taux de qualification pendant ce changement.
dx-risk-qualification = N’accumulez pas les questions d’entrée de jeu : une qualification trop lourde fait aussi fuir de vrais acheteurs qui voulaient d’abord une réponse rapide. Attendez-vous à une légère hausse du coût par message ; jugez au coût par conversation qualifiée.
dx-risk-handoff = Pousser tout le monde vers un appel peut faire perdre des personnes qui voulaient d’abord un prix ou une réponse dans la conversation.
dx-risk-close-leads = Filtrer fortement avant la livraison réduit aussi le volume : comparez le coût par prospect accepté avant et après, pas seulement le taux d’acceptation.
dx-risk-close = Des remises pour conclure davantage peuvent augmenter le nombre de clients et faire chuter le chiffre d’affaires par client : surveillez le ROAS, pas seulement le taux de transformation.
dx-risk-meets-targets = Une montée en charge rapide amène généralement d’abord des prospects moins solides : surveillez le taux de qualification à mesure que les dépenses augmentent.
# La dernière phrase de la synthèse : la première action ci-dessus, à l’infinitif (la synthèse
# est écrite à la troisième personne).
dx-try-reply = Première piste : répondre en quelques minutes pendant la diffusion des publicités ; une première réponse instantanée qui pose une question simple vaut mieux qu’une réponse parfaite mais lente.
dx-try-qualification = Première piste : indiquer dans la publicité à qui s’adresse l’offre (zone, budget, usage) pour que les profils peu adaptés ne lancent pas de conversation.
dx-try-handoff = Première piste : proposer la suite (lien de réservation, créneau d’appel, formulaire de devis, lien de paiement) dès qu’une personne est qualifiée.
dx-try-close-leads = Première piste : demander à l’acheteur ses motifs de refus et transformer les deux principaux en questions dans la conversation.
dx-try-close = Première piste : analyser les affaires perdues. Était-ce le prix, le moment, ou un écart entre la promesse de la publicité et l’offre ?
# Les éléments qui désignent l’étape limitante.
# $reached sur $from : les deux nombres de l’étape ; $rate : son taux ; $range : la fourchette à 95 % ;
# $target : son taux cible.
dx-evidence-reply = Sur { $from } conversations démarrées, { $reached } { $reached ->
    [one] a obtenu
   *[other] ont obtenu
    } une réponse : { $rate } (fourchette à 95 % : { $range }), sous l’objectif de { $target }.
dx-evidence-qualification = Sur { $from } réponses, { $reached } { $reached ->
    [one] a été qualifiée
   *[other] ont été qualifiées
    } : { $rate } (fourchette à 95 % : { $range }), sous l’objectif de { $target }.
dx-evidence-handoff = Sur { $from } conversations qualifiées, { $reached } { $reached ->
    [one] a été transférée
   *[other] ont été transférées
    } aux ventes : { $rate } (fourchette à 95 % : { $range }), sous l’objectif de { $target }.
# Une étape comptée à partir d’un niveau antérieur au sien, car les niveaux intermédiaires ne sont pas comptés :
# $from-stage et $stage sont des noms de niveau (stage-name-…) ; $target est le produit des objectifs
# des étapes couvertes.
dx-evidence-folded = Sur { $from } { $from-stage }, { $reached } { $reached ->
    [one] a atteint
   *[other] ont atteint
    } le niveau des { $stage } : { $rate } (fourchette à 95 % : { $range }), sous l’objectif de { $target } (les objectifs des étapes couvertes, multipliés entre eux).
dx-evidence-close = Sur { $from } transferts aux ventes, { $reached } { $reached ->
    [one] a été conclu
   *[other] ont été conclus
    } : { $rate } (fourchette à 95 % : { $range }), sous l’objectif de { $target }.
# $so-far : le taux de transformation à ce jour ; $rate et $range : le taux final projeté d’après les affaires des mois précédents.
dx-evidence-close-projected = Sur { $from } transferts aux ventes, { $reached } { $reached ->
    [one] a été conclu
   *[other] ont été conclus
    } à ce jour ({ $so-far }) ; si les affaires encore ouvertes aboutissent comme celles des mois précédents, le taux de transformation final est projeté à { $rate } (fourchette à 95 % : { $range }), sous l’objectif de { $target }.
# Un taux de transformation jugé sur sa projection, dont la fourchette contient l’objectif : $so-far est
# le taux à ce jour ; $rate et $range, le taux final projeté.
dx-evidence-projected-unclear = Le taux de { $step } est projeté à { $rate } (fourchette à 95 % : { $range }), contre { $so-far } à ce jour : il pourrait se situer d’un côté comme de l’autre de l’objectif de { $target } tant que d’autres affaires encore ouvertes n’auront pas abouti.
# $date : le jour où les affaires les plus récentes pourront être jugées.
dx-evidence-too-early = L’étape de { $step } en est à { $reached } sur { $from } à ce jour ({ $rate }), mais trop peu d’affaires plus anciennes ont abouti pour projeter la suite : elle pourra être jugée le { $date }.
# $target : le taux cible de l’étape ; $more : les résultats ajoutés (« environ 14 clients de plus »,
# dx-more-outcomes) ; $cac : le coût par client alors ; $revenue : le chiffre d’affaires ajouté.
dx-reaching = Atteindre { $target } représenterait { $more }.
dx-reaching-cac = Atteindre { $target } représenterait { $more }, avec un CAC de { $cac }.
dx-reaching-revenue = Atteindre { $target } représenterait { $more } et { $revenue } de chiffre d’affaires en plus.
dx-reaching-cac-revenue = Atteindre { $target } représenterait { $more }, un CAC de { $cac } et { $revenue } de chiffre d’affaires en plus.
# $cost : le coût unitaire en dépenses publicitaires ; $times : ce coût en multiple de $message-cost, le coût par message.
dx-cost-qualified = Chaque conversation qualifiée coûte { $cost } en dépenses publicitaires, soit { $times } le coût par message de { $message-cost }.
dx-cost-handoff = Chaque transfert aux ventes coûte { $cost } en dépenses publicitaires, soit { $times } le coût par message de { $message-cost }.
dx-cost-customer = Chaque client coûte { $cost } en dépenses publicitaires, soit { $times } le coût par message de { $message-cost }.
dx-evidence-immature = La période couverte est plus courte que le cycle de vente : certaines de ces affaires peuvent encore se conclure. Considérez ce résultat comme provisoire.
# $started conversations ont amené $customers : les nombres du premier et du dernier niveau.
dx-evidence-meets-targets = La fourchette à 95 % de chaque étape est au-dessus de son objectif ; { $started ->
    [one] { $started } conversation a amené
    [many] { $started } de conversations ont amené
   *[other] { $started } conversations ont amené
    } { $customers } { $outcome }.
# Une étape qu’on ne peut pas encore juger ; $count : les conversations démarrées qui trancheraient.
dx-cant-tell-more = Le taux de { $step } ({ $rate }, fourchette à 95 % : { $range }) pourrait se situer d’un côté comme de l’autre de l’objectif de { $target } : il faudrait environ { $count } { $count ->
    [one] conversation démarrée
    [many] de conversations démarrées
   *[other] conversations démarrées
    } de plus pour trancher.
dx-cant-tell-close = Le taux de { $step } ({ $rate }, fourchette à 95 % : { $range }) pourrait se situer d’un côté comme de l’autre de l’objectif de { $target } : il en est si proche qu’un volume plus important ne permettra pas de les départager.
# $count : le volume minimal.
dx-evidence-not-enough-data = Chaque étape a besoin d’au moins { $count } { $count ->
    [one] personne
    [many] de personnes
   *[other] personnes
    } à son niveau de départ, et de chiffres cohérents, pour que son taux ait du sens.
# Une autre étape sous l’objectif : $rate contre son $target ; $more : comme dans dx-reaching.
dx-other-below = L’étape de { $step } est aussi sous l’objectif : { $rate } contre { $target }.
dx-other-below-worth = L’étape de { $step } est aussi sous l’objectif : { $rate } contre { $target } ; l’atteindre représenterait { $more }.
dx-other-below-provisional = L’étape de { $step } est aussi sous l’objectif : { $rate } contre { $target } (provisoire : la période couverte est plus courte que le cycle de vente).
dx-other-below-projected = L’étape de { $step } est aussi sous l’objectif : projection à { $rate } contre { $target } ({ $so-far } à ce jour).
dx-other-below-worth-provisional = L’étape de { $step } est aussi sous l’objectif : { $rate } contre { $target } ; l’atteindre représenterait { $more } (provisoire : la période couverte est plus courte que le cycle de vente).
# La plus forte perte. $lost : la part perdue à l’étape.
dx-naive-same = C’est aussi la plus forte perte de l’échelle ({ $lost } de perte à cette étape).
# $step : l’étape de la plus forte perte, $target son objectif ; $limiting : l’étape désignée par le
# diagnostic. Une entrée par position de $step face à son objectif.
dx-naive-doing-well = La plus forte perte se situe à l’étape de { $step } ({ $lost } de perte), mais les taux de { $step } sont naturellement plus bas que les autres : face à son objectif de { $target }, elle s’en sort bien, alors que l’étape de { $limiting } fait perdre davantage de { $outcomes }.
dx-naive-also-short = La plus forte perte se situe à l’étape de { $step } ({ $lost } de perte), mais les taux de { $step } sont naturellement plus bas que les autres : face à son objectif de { $target }, elle est aussi en dessous, alors que l’étape de { $limiting } fait perdre davantage de { $outcomes }.
dx-naive-not-clearly-short = La plus forte perte se situe à l’étape de { $step } ({ $lost } de perte), mais les taux de { $step } sont naturellement plus bas que les autres : face à son objectif de { $target }, elle n’est pas clairement en dessous, alors que l’étape de { $limiting } fait perdre davantage de { $outcomes }.
# Coût par message face au coût par client. $count : conversations par client.
dx-context = Un message coûte { $message-cost }, mais vos { $outcomes } coûtent { $customer-cost } l’unité en dépenses publicitaires : il a fallu environ { $count } { $count ->
    [one] conversation
    [many] de conversations
   *[other] conversations
    } par { $outcome }.
# La synthèse pour l’e-mail au client : ces phrases l’une après l’autre, à la troisième personne.
dx-summary-spend = Avec { $spend } de dépenses publicitaires, { $started ->
    [one] { $started } conversation a démarré
    [many] { $started } de conversations ont démarré
   *[other] { $started } conversations ont démarré
    }.
# $cost : le coût par message.
dx-summary-spend-each = Avec { $spend } de dépenses publicitaires, { $started ->
    [one] { $started } conversation a démarré
    [many] { $started } de conversations ont démarré
   *[other] { $started } conversations ont démarré
    }, soit { $cost } par conversation.
# Le nombre de chaque niveau et le taux de son étape ; $cac : coût par client, tous coûts compris ; $roas : un multiple.
dx-summary-ladder = Ensuite : { $replied } { $replied ->
    [one] réponse
    [many] de réponses
   *[other] réponses
    } ({ $reply-rate }), { $qualified } { $qualified ->
    [one] conversation qualifiée
    [many] de conversations qualifiées
   *[other] conversations qualifiées
    } ({ $qualification-rate }), { $handed-off } { $handed-off ->
    [one] transfert aux ventes
    [many] de transferts aux ventes
   *[other] transferts aux ventes
    } ({ $handoff-rate }), dont { $customers } { $customers ->
    [one] transformé
   *[other] transformés
    } en { $outcomes } ({ $close-rate }).
dx-summary-ladder-cac = Ensuite : { $replied } { $replied ->
    [one] réponse
    [many] de réponses
   *[other] réponses
    } ({ $reply-rate }), { $qualified } { $qualified ->
    [one] conversation qualifiée
    [many] de conversations qualifiées
   *[other] conversations qualifiées
    } ({ $qualification-rate }), { $handed-off } { $handed-off ->
    [one] transfert aux ventes
    [many] de transferts aux ventes
   *[other] transferts aux ventes
    } ({ $handoff-rate }), dont { $customers } { $customers ->
    [one] transformé
   *[other] transformés
    } en { $outcomes } ({ $close-rate }), pour un coût complet de { $cac } l’unité.
dx-summary-ladder-roas = Ensuite : { $replied } { $replied ->
    [one] réponse
    [many] de réponses
   *[other] réponses
    } ({ $reply-rate }), { $qualified } { $qualified ->
    [one] conversation qualifiée
    [many] de conversations qualifiées
   *[other] conversations qualifiées
    } ({ $qualification-rate }), { $handed-off } { $handed-off ->
    [one] transfert aux ventes
    [many] de transferts aux ventes
   *[other] transferts aux ventes
    } ({ $handoff-rate }), dont { $customers } { $customers ->
    [one] transformé
   *[other] transformés
    } en { $outcomes } ({ $close-rate }), avec un ROAS de { $roas }.
dx-summary-ladder-cac-roas = Ensuite : { $replied } { $replied ->
    [one] réponse
    [many] de réponses
   *[other] réponses
    } ({ $reply-rate }), { $qualified } { $qualified ->
    [one] conversation qualifiée
    [many] de conversations qualifiées
   *[other] conversations qualifiées
    } ({ $qualification-rate }), { $handed-off } { $handed-off ->
    [one] transfert aux ventes
    [many] de transferts aux ventes
   *[other] transferts aux ventes
    } ({ $handoff-rate }), dont { $customers } { $customers ->
    [one] transformé
   *[other] transformés
    } en { $outcomes } ({ $close-rate }), pour un coût complet de { $cac } l’unité et un ROAS de { $roas }.
# $more : comme dans dx-reaching.
dx-summary-step = L’étape qui freine les résultats : { $step }, à { $rate } pour un objectif de { $target }.
dx-summary-step-reaching = L’étape qui freine les résultats : { $step }, à { $rate } pour un objectif de { $target } ; l’atteindre représenterait { $more }.
dx-summary-step-projected = L’étape qui freine les résultats : { $step }, avec un taux final projeté à { $rate } pour un objectif de { $target }, certaines affaires n’ayant pas encore abouti.
dx-summary-step-provisional = L’étape qui freine les résultats : { $step }, à { $rate } pour un objectif de { $target } (provisoire, car la période couverte est plus courte que le cycle de vente).
dx-summary-step-provisional-reaching = L’étape qui freine les résultats : { $step }, à { $rate } pour un objectif de { $target } (provisoire, car la période couverte est plus courte que le cycle de vente) ; l’atteindre représenterait { $more }.
# $headline : le titre (dx-headline-…) sous forme de phrase.
dx-summary-headline = { $headline }.
# La synthèse sur les chiffres fictifs de l’exemple.
dx-example-summary = Exemple avec des chiffres fictifs : { $summary }
# Vérifications des données. $reached-stage ($reached) et $from-stage ($from) : les deux niveaux de l’étape.
dx-check-inconsistent = Les chiffres semblent incohérents : il y a plus de { $reached-stage } ({ $reached }) que de { $from-stage } ({ $from }).
dx-check-no-verdict = Vérifiez le marquage des conversations : pas de verdict sur l’étape de { $step } tant que les chiffres ne concordent pas.
# $stage : le dernier niveau renseigné.
dx-check-stops-at = L’échelle s’arrête aux { $stage }.
dx-check-no-start = L’échelle n’a pas de chiffre de départ.
# Niveaux non comptés alors qu’un niveau suivant l’est : $stages (noms de niveau, une liste) sont intégrés
# à l’étape de $step (step-name-…), jugée à partir de $from (un nom de niveau) ; $sources : où les trouver.
dx-check-folded = Pas de chiffre ici pour les { $stages }. L’étape de { $step } est donc jugée à partir des { $from }, par rapport à son objectif multiplié par ceux des étapes non comptées ; ajoutez le nombre de { $stages } ({ $sources }) pour juger chaque étape séparément.
# $stages : les niveaux sans chiffre (une liste) ; $sources : où trouver chacun (une liste de
# dx-source-…) ; $steps : les $count étapes qu’ils empêchent de juger (une liste).
dx-check-add = Ajoutez le nombre de { $stages } ({ $sources }) pour juger { $count ->
    [one] l’étape de
   *[other] les étapes de
    } { $steps }.
dx-source-started = depuis le Gestionnaire de publicités
dx-source-replied = depuis votre boîte de réception ou votre outil de messagerie
dx-source-qualified = depuis un audit des conversations ou votre CRM
dx-source-handed-off = depuis votre CRM ou votre outil de réservation
dx-source-customer = depuis votre CRM ou vos données de vente
# $window et $cycle : des nombres de jours.
dx-check-immature = Résultats peut-être incomplets : la période couverte ({ $window ->
    [one] { $window } jour
   *[other] { $window } jours
    }) est plus courte que le cycle de vente ({ $cycle ->
    [one] { $cycle } jour
   *[other] { $cycle } jours
    }) : les derniers niveaux vont encore progresser.
dx-check-immature-imported = Résultats peut-être incomplets : la période couverte ({ $window ->
    [one] { $window } jour
   *[other] { $window } jours
    }, d’après les dates importées) est plus courte que le cycle de vente ({ $cycle ->
    [one] { $cycle } jour
   *[other] { $cycle } jours
    }) : les derniers niveaux vont encore progresser.
dx-check-provisional = Les verdicts sur le transfert et la transformation sont provisoires.
# D’après les affaires importées avec leurs dates (délai de conclusion). $since : un mois ou une semaine
# (« octobre 2026 ») ; $date : une date ISO, à laquelle les affaires les plus récentes pourront être jugées.
dx-check-maturing = Les affaires ouvertes depuis { $since } n’ont pas encore toutes abouti : le taux de transformation ne compte que les affaires gagnées à ce jour, il ne sera donc pas jugé avant le { $date }.
# Comme dx-check-maturing, quand les mois précédents permettent une projection : $wins, les affaires gagnées encore attendues.
dx-check-maturing-projected = Les affaires ouvertes depuis { $since } peuvent encore aboutir jusqu’au { $date } : d’après la façon dont ont abouti celles des mois précédents, environ { $wins ->
    [one] { $wins } affaire gagnée de plus est attendue
    [many] { $wins } d’affaires gagnées de plus sont attendues
   *[other] { $wins } affaires gagnées de plus sont attendues
    } parmi elles ; le taux de transformation est donc jugé sur sa valeur finale projetée.
# $earlier et $later : les noms des deux périodes (ou ws-earlier-period, ws-this-period) ; $rise : la hausse en pourcentage.
dx-check-cost-rose-between = Le coût par message est passé de { $before } à { $now } (+{ $rise }) entre { $earlier } et { $later }.
dx-check-cost-rose = Le coût par message est passé de { $before } à { $now } (+{ $rise }) depuis la période précédente.
dx-check-cost-advice = Cela pointe généralement vers la diffusion : lassitude face aux créations, faible pertinence, saturation de l’audience ou concurrence accrue. Vérifiez la fréquence, l’ancienneté des créations et la pertinence avant de modifier la conversation.
# La cellule du verdict dans le tableau des étapes.
dx-verdict-below = Sous l’objectif
dx-verdict-above = Au-dessus de l’objectif
# $count : les conversations qui trancheraient.
dx-verdict-cant-tell-more = Pas encore concluant : environ { $count ->
    [one] { $count } conversation de plus trancherait
    [many] { $count } de conversations de plus trancheraient
   *[other] { $count } conversations de plus trancheraient
    }
dx-verdict-cant-tell = Pas concluant : trop proche de l’objectif pour trancher
# Un taux projeté dont la fourchette contient l’objectif : attendre que les affaires aboutissent permettra de trancher.
dx-verdict-cant-tell-yet = Pas encore concluant
# $have sur les $need personnes nécessaires au niveau de départ de l’étape.
dx-verdict-not-enough-data = Données insuffisantes ({ $have } sur { $need } nécessaires)
dx-verdict-inconsistent = Chiffres incohérents
dx-verdict-missing = Chiffres manquants
# Une étape dont le niveau n’est pas compté alors qu’un niveau suivant l’est : jugée avec l’étape suivante.
dx-verdict-not-counted = Niveau non compté : étape jugée avec la suivante
# $verdict : l’un des verdicts ci-dessus, quand la période couverte est plus courte que le cycle de vente.
dx-verdict-provisional = { $verdict } (provisoire)
# $verdict : l’un des verdicts ci-dessus, jugé sur un taux final projeté ; $so-far : le taux à ce jour.
dx-verdict-projected = { $verdict } (projection ; { $so-far } à ce jour)
# $date : le jour où les affaires les plus récentes pourront être jugées.
dx-verdict-too-early = Trop tôt : à juger le { $date }
# La cellule « si l’objectif était atteint » du tableau des étapes.
dx-impact-at-target = Déjà à l’objectif ou au-dessus
dx-impact-needs-counts = Il faut le chiffre de chaque niveau pour l’estimer
# $outcome : le nom du résultat pour $count.
dx-impact-gain = +{ $count } { $outcome }
# $gain : les résultats ajoutés (dx-impact-gain ou dx-less-than-one-more) ; $cac : le coût par
# client alors ; $revenue : le chiffre d’affaires ajouté.
dx-impact-cac = { $gain }, CAC { $cac }
dx-impact-revenue = { $gain }, +{ $revenue } de chiffre d’affaires
dx-impact-cac-revenue = { $gain }, CAC { $cac }, +{ $revenue } de chiffre d’affaires
# Le tableau des leviers : un gain en résultats entiers (« +14 », ou moins d’un).
dx-gain-under-one = <1
dx-gain = +{ $count }
dx-lever-cost-per-message = Coût par message inférieur de 10 % (mêmes dépenses)
# $steps : le titre d’une étape (step-title-…), ou une liste d’étapes commençant par un titre :
# « Réponse, qualification ou transformation » (dx-list-or).
dx-lever-rate = { $steps } : taux supérieur de 10 %
# $outcome : le nom du résultat, pour un seul.
dx-lever-revenue = Chiffre d’affaires par { $outcome } supérieur de 10 %
# $more : comme dans dx-reaching ; $cac : le coût par client alors.
dx-levers-alike = Tous les leviers se valent ici : une hausse de 10 % à n’importe quelle étape représente { $more }.
dx-levers-alike-cac = Tous les leviers se valent ici : une hausse de 10 % à n’importe quelle étape représente { $more }, avec un CAC de { $cac }.
dx-levers-alike-choose = Choisissez l’étape la moins coûteuse à améliorer, généralement celle qui est le plus en dessous de son objectif.
dx-lever-note = L’échelle multiplie ses taux : une hausse de 10 % à n’importe quelle étape augmente le dernier niveau de ces mêmes 10 %, sauf si le taux de cette étape est déjà proche de 100 %. Les étapes les plus en dessous de leur objectif sont généralement celles où une hausse de 10 % coûte le moins cher à obtenir.
# La réponse en une ligne sur un téléphone : $line est le badge (dx-badge-…) et ce qui le précède.
dx-answer-cac = { $line } · CAC { $cac }
# $cost : le coût par message.
dx-answer-cost = { $line } · coût par message { $cost }
