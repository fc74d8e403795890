# Ce qui sort de la page (rapport, CSV, liens, intégration), ce qui est conservé (stockage, sauvegardes), et si (scénarios, valeur cible) et les avis propres à l’espace de travail
# Français : une entrée par message, mêmes clés et mêmes arguments ($name) que en/ ; un pluriel
# suit la catégorie CLDR du nombre : { $count -> [one] … [many] … *[other] … }.

## Le rapport imprimé
out-report-example = Chiffres d’exemple, fictifs
out-report-typed = Chiffres saisis
out-report-all-segments = Tous les segments importés
# $period : les dates des données importées, par exemple « octobre 2026 » ou « 2026-10-01 – 2026-11-30 ».
out-report-all-segments-in = Tous les segments importés, { $period }
# $period : le nom d’une période importée, par exemple « octobre 2026 ».
out-report-all-campaigns-in = Toutes les campagnes, { $period }
# $segment : le nom d’un segment importé ; $period : ses dates.
out-report-segment-in = { $segment }, { $period }
# La ligne sous le titre du rapport. $what : les chiffres qu’il montre (out-report-…, ou le nom d’un
# segment) ; $date : le jour de l’impression, par exemple 2026-12-01.
out-report-subtitle = { $what } · imprimé le { $date }
out-finding-inversions = Messages bon marché, clients chers
out-finding-cac-moved = Pourquoi le CAC a bougé
out-finding-outliers = Segments qui diffèrent vraiment
# Les colonnes du tableau de l’échelle dans le rapport en Markdown.
out-md-stage = Niveau
out-md-count = Nombre
out-md-step-rate = Taux de l’étape
out-md-cost-per-stage = Coût par niveau

## Téléchargements CSV (en-têtes de colonnes et unités dans le fichier)
out-csv-metric = Indicateur
out-csv-value = Valeur
out-csv-unit = Unité
out-csv-formula = Formule
out-csv-note = Note
out-csv-segment = Segment
out-csv-period-start = Début de période
out-csv-period-end = Fin de période
out-csv-spend = Dépenses
out-csv-started = Conversations démarrées
# Une colonne qui dit ce que compte un CAC tant que ses affaires sont encore ouvertes : closing-cac-mark-projected, closing-cac-mark-so-far ou rien.
out-csv-cac-counts = Calcul du CAC
# L’en-tête d’une colonne d’argent. $column : son nom, par exemple « Dépenses » ; $currency : un code ISO, par exemple EUR.
out-csv-in-currency = { $column } ({ $currency })
# $currency : un code ISO, par exemple EUR.
out-csv-unit-money = montant ({ $currency })
out-csv-unit-rate = taux (décimal)
out-csv-unit-multiple = multiple
out-csv-unit-count = nombre

## Liens de partage impossibles à ouvrir
out-link-not-a-link = Cette adresse ne contient pas d’espace de travail partagé.
# $version : le numéro de format du lien, par exemple 2.
out-link-newer = Ce lien a été créé par une version plus récente de Messaging Ladder (format { $version }). Rechargez la page pour obtenir la dernière version, puis ouvrez à nouveau le lien.
out-link-too-long = Ce lien est trop volumineux pour être ouvert en toute sécurité. Partagez moins de segments, ou exportez plutôt un CSV.
out-link-damaged = Ce lien est endommagé ou tronqué (sa somme de contrôle ne correspond pas). Copiez à nouveau le lien en entier ; les messageries coupent parfois les liens longs.
# $problem : ce qui ne va pas dans ses données (out-problem-…).
out-link-invalid = Ce lien contient des données inutilisables : { $problem }.
# Ce qui ne va pas dans un espace de travail venu d’un lien ou d’une sauvegarde, en fin d’une autre phrase
# (out-link-invalid, store-backup-unusable).
out-problem-not-text = contenu inattendu (pas de l’UTF-8)
# $detail : la description, en anglais, de ce que le lecteur JSON a rencontré.
out-problem-unexpected = contenu inattendu ({ $detail })
# $count : combien de segments il contient ; $max : le maximum qu’un lien peut contenir.
out-problem-too-many-segments = { $count ->
    [one] { $count } segment
    [many] { $count } de segments
   *[other] { $count } segments
    }, plus que les { $max } qu’un lien peut contenir
# $segment : le nom d’un segment (ses 40 premiers caractères).
out-problem-count-too-large = un nombre supérieur à 10¹² dans « { $segment } »
# $segment : le nom d’un segment (ses 40 premiers caractères).
out-problem-negative-amount = un montant négatif dans « { $segment } »
# $segment : le nom d’un segment (ses 40 premiers caractères).
out-problem-amount-too-large = un montant supérieur à 10¹² dans « { $segment } »
out-problem-long-segment-name = un nom de segment de plus de 500 caractères
out-problem-long-date = une date de période de plus de 40 caractères
out-problem-long-field = un champ de plus de 200 caractères

## Intégration dans un portail client
# Le nom d’une intégration sans nom propre : son titre, et le titre du cadre dans le code.
out-embed-plain-name = Calculateur pour publicités Click-to-Message
out-embed-note = Le cadre est isolé (sandbox) mais garde l’origine propre du calculateur (allow-same-origin) : il se charge depuis n’importe quel hébergement statique sans en-têtes particuliers, conserve le travail de chaque visiteur là où le navigateur autorise le stockage dans les cadres (sinon, le cadre le signale et propose une sauvegarde et un lien), et ne peut atteindre ni la page du portail, ni ses cookies, ni son stockage, car le calculateur est servi depuis un autre domaine. Servez-le depuis un domaine différent de celui du portail : sur le même domaine, allow-same-origin permettrait au cadre de lever sa propre isolation. allow="clipboard-write" permet à Copier le lien de fonctionner ; allow-downloads laisse passer les téléchargements du CSV et de la sauvegarde. Le script ajuste la taille du cadre à son contenu ; rien de ce que le cadre transmet ne contient vos chiffres.
# $file : le nom du fichier téléchargé.
out-embed-downloading = Téléchargement de « { $file } ». Si aucun fichier n’apparaît, la page qui entoure ce calculateur n’autorise pas son cadre à télécharger (la sandbox du cadre doit inclure allow-downloads) : utilisez Copier le lien, ouvrez le lien dans un nouvel onglet et téléchargez depuis celui-ci.

## Espaces de travail enregistrés et stockage
# Les noms donnés à un espace de travail que personne n’a nommé (gardés comme nom).
store-first-name = Mon espace de travail
# $number : sa place dans la liste, à partir de 1.
store-workspace-number = Espace de travail { $number }
store-shared-name = Partagé avec moi
# $position : sa place dans la sauvegarde, à partir de 1.
store-restored-name = Restauré { $position }
# Les options du sélecteur d’espace de travail. $name : le nom d’un espace de travail (celui qui est ouvert n’affiche que son nom).
store-choice-open = { $name }
# $name : le nom d’un espace de travail ; $when : quand il a été modifié (store-changed-…).
store-choice-other = { $name } · modifié { $when }
# Quand un espace de travail a été modifié, après « modifié ».
store-changed-just-now = à l’instant
store-changed-minutes = { $count ->
    [one] il y a { $count } minute
    [many] il y a { $count } de minutes
   *[other] il y a { $count } minutes
    }
store-changed-hours = { $count ->
    [one] il y a { $count } heure
    [many] il y a { $count } d’heures
   *[other] il y a { $count } heures
    }
# $date : le jour, par exemple 2026-11-28.
store-changed-on = le { $date }
# Ce que contient une sauvegarde. $count : combien d’espaces de travail ; $list : chacun (store-backup-item),
# joints par store-list.
store-backup-contents = { $count ->
    [one] { $count } espace de travail
    [many] { $count } d’espaces de travail
   *[other] { $count } espaces de travail
    } : { $list }.
# $name : le nom d’un espace de travail ; $when : quand il a été modifié (store-changed-…).
store-backup-item = « { $name } » (modifié { $when })
# Deux éléments ou plus d’une liste : le premier, puis le reste.
store-list = { $first }, { $rest }
# $mb : la plus grande sauvegarde lue, en mégaoctets.
store-backup-too-large = Le fichier dépasse { $mb } Mo, plus que ce qu’une sauvegarde peut contenir.
# $detail : la description, en anglais, de ce que le lecteur JSON a rencontré.
store-backup-not-json = Ce n’est pas une sauvegarde Messaging Ladder (pas du JSON : { $detail }).
store-backup-wrong-format = Ce n’est pas une sauvegarde Messaging Ladder (son « format » n’est pas « messaging-ladder-backup »).
# $version : le numéro de format de la sauvegarde, par exemple 2.
store-backup-newer = Cette sauvegarde a été créée par une version plus récente de Messaging Ladder (format { $version }). Ouvrez-la avec cette version.
store-backup-no-version = Cette sauvegarde n’a aucune version de format connue de cette application.
# $detail : la description, en anglais, de ce que le lecteur JSON a rencontré.
store-backup-damaged = Cette sauvegarde est endommagée ({ $detail }).
store-backup-empty = Cette sauvegarde ne contient aucun espace de travail.
# $count : combien d’espaces de travail elle contient ; $max : le maximum accepté par une restauration.
store-backup-too-many = Cette sauvegarde contient { $count ->
    [one] { $count } espace de travail
    [many] { $count } d’espaces de travail
   *[other] { $count } espaces de travail
    }, plus que les { $max } qu’une restauration accepte.
# $position : la place de l’espace de travail dans la sauvegarde, à partir de 1 ; $name : son nom (40 premiers
# caractères) ; $problem : ce qui ne va pas (out-problem-…).
store-backup-unusable = L’espace de travail { $position } (« { $name } ») est inutilisable : { $problem }.
# Avis sur le stockage.
store-blocked = Ce navigateur bloque le stockage ici (navigation privée ou page intégrée) : votre travail reste uniquement dans cet onglet. Copiez vos chiffres avant de le fermer.
store-full = Le stockage du navigateur est plein : vos dernières modifications ne sont conservées que dans cet onglet. Libérez de l’espace pour ce site et elles seront enregistrées à la prochaine modification.
# $why : le nom que le navigateur donne à l’échec, par exemple InvalidStateError.
store-failed = Vos dernières modifications n’ont pas pu être enregistrées ({ $why }) ; elles sont conservées dans cet onglet et l’enregistrement sera retenté à la prochaine modification.
# $key : la clé de stockage sous laquelle la copie illisible est conservée, par exemple messaging-ladder:backup:1.
store-corrupt-kept = Le travail enregistré n’a pas pu être lu : l’exemple a donc été chargé. La copie illisible est conservée dans le stockage de ce navigateur sous « { $key } ».
store-corrupt-not-kept = Le travail enregistré n’a pu être ni lu ni sauvegardé : il est laissé intact, et vos modifications restent uniquement dans cet onglet.
# $version : le numéro de format de l’enregistrement, par exemple 2.
store-newer = Votre travail enregistré a été créé par une version plus récente de Messaging Ladder (format { $version }). Il est laissé intact ; les modifications faites ici restent uniquement dans cet onglet.

## Et si : scénarios et valeur cible
scn-full = Quatre scénarios au maximum
# Le nom d’un nouveau scénario. $number : sa place, à partir de 1.
scn-default-name = Scénario { $number }
# Le nom d’une copie. $name : le scénario copié.
scn-copy-name = { $name } (copie)
# $lever : un levier (scn-lever-…) ; $scenario : le nom du scénario.
scn-slider-label = Curseur { $lever } ({ $scenario })
# Les leviers, comme intitulés et en début de phrase.
scn-lever-spend = Dépenses
scn-lever-cost-per-message = Coût par message
scn-lever-reply-rate = Taux de réponse
scn-lever-qualification-rate = Taux de qualification
scn-lever-handoff-rate = Taux de transfert
scn-lever-close-rate = Taux de transformation
scn-lever-revenue-per-customer = Chiffre d’affaires par client
scn-lever-other-cost = Autres coûts d’acquisition
# Les leviers dans une phrase, sans article : « Réglez le levier « taux de transformation » sur 34 % ».
scn-lever-name-spend = dépenses
scn-lever-name-cost-per-message = coût par message
scn-lever-name-reply-rate = taux de réponse
scn-lever-name-qualification-rate = taux de qualification
scn-lever-name-handoff-rate = taux de transfert
scn-lever-name-close-rate = taux de transformation
scn-lever-name-revenue-per-customer = chiffre d’affaires par client
scn-lever-name-other-cost = autres coûts d’acquisition
# Les objectifs visés par la valeur cible, dans le sélecteur et dans une phrase.
scn-goal-cac = CAC
scn-goal-customers = Clients
scn-goal-roas = ROAS
scn-goal-cost-per-qualified = Coût par conversation qualifiée
# Pourquoi les scénarios ne peuvent pas être construits à partir de l’échelle affichée.
scn-needs-spend = Saisissez les dépenses pour construire des scénarios.
scn-needs-started = Saisissez les conversations démarrées pour construire des scénarios.
# $stage : le nom d’un niveau dans une phrase (stage-name-…), par exemple « conversations qualifiées ».
scn-needs-stage = Saisissez les { $stage } pour construire des scénarios.
# Au-dessus des scénarios, quand un niveau entre les conversations démarrées et les clients n’est pas compté
# (un export Meta joint à un CRM n’a pas de réponses). $stages : les noms des niveaux (stage-name-…), en liste.
scn-not-counted = Ces chiffres ne tiennent pas compte des { $stages } : l’étape suivante est calculée à partir du niveau précédent, et il n’y a pas de levier pour les { $stages }.
# Valeur cible, quand on demande le taux d’une étape menant à un niveau non compté. $stage : son nom (stage-name-…).
scn-lever-not-counted = Ces chiffres ne tiennent pas compte des { $stage }, donc le taux de cette étape ne peut pas être réglé : choisissez plutôt le taux de l’étape suivante, calculé à partir du niveau précédent.
scn-projected-baseline = La transformation part de son taux final projeté, { $rate } ({ $so-far } à ce jour), car les affaires démarrées récemment sont encore en cours.
# $step : le nom d’une étape dans une phrase (step-name-…), par exemple « qualification » ; $reached :
# le nombre à sa fin ; $from : le nombre à son début.
scn-needs-consistent = L’étape de { $step } a besoin de chiffres cohérents ({ $reached } sur { $from }) pour construire des scénarios.
# Les réponses de la valeur cible. $lever : un levier dans une phrase (scn-lever-name-…) ; $value : la
# valeur qu’il doit avoir ; $now : sa valeur actuelle (ou « — »).
scn-answer-set = Réglez le levier « { $lever } » sur { $value } (actuellement { $now }).
# $why : pourquoi l’objectif est hors d’atteinte (scn-…) ; $lever : le levier (scn-lever-…) ; $value : sa
# valeur la plus proche ; $goal : l’objectif (scn-goal-…) ; $reached : la valeur de l’objectif alors.
scn-answer-nearest = Objectif hors d’atteinte. { $why } Au plus près : { $lever } à { $value } ({ $goal } : { $reached }).
# $why : pourquoi l’objectif est hors d’atteinte (scn-…).
scn-answer-unreachable = Objectif hors d’atteinte. { $why }
# $lever : un levier (scn-lever-…) ; $goal : un objectif (scn-goal-…).
scn-not-a-lever = « { $lever } » ne modifie pas « { $goal } ».
# $goal : un objectif (scn-goal-…).
scn-choose-above-zero = Choisissez un objectif « { $goal } » supérieur à zéro.
scn-cac-without-other-cost = Sans autres coûts d’acquisition, le CAC ne dépend pas des dépenses : chaque conversation coûte le même prix.
# $floor : le CAC le plus bas que les dépenses permettent d’atteindre (en argent).
scn-cac-floor = Dépenser plus ne fait que diluer les autres coûts : en dépensant, le CAC ne peut pas descendre sous { $floor } (coût par message ÷ tous les taux par étape).
scn-no-value = La référence a un taux nul ou aucun chiffre d’affaires : aucune valeur de ce levier ne permet d’y arriver.
# $lever : un levier de taux dans une phrase (scn-lever-name-…, toujours « taux de … ») ; $rate : le taux nécessaire.
scn-above-hundred = Il faudrait un { $lever } de { $rate }, au-delà de 100 %.
# $lever : un levier dans une phrase (scn-lever-name-…).
scn-negative = Il faudrait une valeur négative pour le levier « { $lever } ».
# $goal : un objectif (scn-goal-…) ; $target : la valeur saisie ; $lever : un levier dans une
# phrase (scn-lever-name-…). Le nom d’un scénario créé à partir de la réponse de la valeur cible.
scn-goal-scenario-name = { $goal } { $target } via { $lever }
# Les lignes du tableau de comparaison : les clients, puis chaque indicateur.
scn-row-customers = Clients
# $metric : le nom d’un indicateur, par exemple « Coût par message ».
scn-row-metric = { $metric }
# L’écart d’un scénario par rapport à la référence, chaque partie sur sa propre ligne (affichées comme
# des espaces dans un tableau large). $amount : l’écart, signé, par exemple « −11,43 € » ou « +14 ».
scn-change-better = ▲ mieux :
    { $amount }
scn-change-worse = ▼ moins bien :
    { $amount }
# $amount : l’écart, signé ; $percent : sa part de la référence, signée, par exemple « −7 % ».
scn-change-better-percent = ▲ mieux :
    { $amount }
    ({ $percent })
# $amount : l’écart, signé ; $percent : sa part de la référence, signée, par exemple « −50 % ».
scn-change-worse-percent = ▼ moins bien :
    { $amount }
    ({ $percent })
# L’évolution d’un taux en points de pourcentage. $points : le nombre, par exemple 10,0.
scn-points = { $points } pts
scn-no-change = inchangé

## Les avis propres à l’espace de travail
# Affiché à côté d’Annuler, après le remplacement de tout l’espace de travail.
ws-sample-loaded = Chiffres d’exemple chargés.
ws-cleared = Données effacées.
ws-opened-shared = Chiffres partagés ouverts.
ws-example-note = Chiffres d’exemple : une entreprise fictive de services à domicile, pas vos données. Saisissez vos propres chiffres ou importez un export pour les remplacer.
ws-link-copied = Lien copié. Il contient ces chiffres dans l’adresse ; rien n’est envoyé.
# Intitulé du champ qui contient le lien, à copier à la main.
ws-copy-by-hand = Le presse-papiers n’est pas disponible ici. Copiez ce lien :
# $cost : les autres coûts d’acquisition saisis dans le formulaire (en argent).
ws-typed-other-cost = L’échelle affiche des données importées. De ces chiffres, seuls les autres coûts d’acquisition ({ $cost }) sont utilisés : ils s’ajoutent au CAC des données importées, répartis entre les campagnes selon leurs dépenses.
ws-typed-unused = L’échelle affiche des données importées : ces chiffres ne sont donc pas utilisés pour l’instant.
# Les deux échelles comparées quand une période précédente est saisie à côté de l’échelle, dans une
# phrase : « Comparaison entre la période précédente saisie et l’échelle affichée. »
ws-earlier-typed = la période précédente saisie
ws-ladder-shown = l’échelle affichée
# Les mêmes dans le contrôle du coût par message : « entre la période précédente et celle-ci ».
ws-earlier-period = la période précédente
ws-this-period = celle-ci
# Après un import. $count : combien de segments ; $file : le nom du fichier.
ws-imported = { $count ->
    [one] { $count } segment importé
    [many] { $count } de segments importés
   *[other] { $count } segments importés
    } depuis « { $file } ». L’échelle affiche maintenant leur total.
# $file : le nom du journal de suivi ; $matched : combien de ses noms sont des campagnes des données
# publicitaires ; $names : combien de noms il contient.
ws-joined-by-name = « { $file } » rattaché aux données publicitaires. Noms reconnus : { $matched } sur { $names }.
# La même chose, quand les données publicitaires ont plusieurs périodes.
ws-joined-by-name-periods = « { $file } » rattaché aux données publicitaires, chaque période à la sienne. Noms reconnus : { $matched } sur { $names }.
# $file : le nom du journal de suivi.
ws-joined-account = « { $file } » rattaché au total des données publicitaires : ses résultats commerciaux sont ceux du compte, pas d’une campagne.
# $count : les conversations du journal datées hors de toutes les périodes des données publicitaires.
ws-left-out = { $count ->
    [one] { $count } conversation du journal, hors des périodes des données publicitaires, a été écartée.
    [many] { $count } de conversations du journal, hors des périodes des données publicitaires, ont été écartées.
   *[other] { $count } conversations du journal, hors des périodes des données publicitaires, ont été écartées.
    }
ws-shows-total = L’échelle affiche maintenant le total.
# Deux phrases, l’une après l’autre.
ws-then = { $first } { $then }
# Rattacher un journal de suivi à des données publicitaires importées : le choix.
ws-join-legend = C’est un journal de suivi, et des données publicitaires sont déjà importées
ws-join-by-name = Le rattacher aux données publicitaires par nom de campagne : dépenses et conversations issues des publicités, résultats commerciaux issus de ce fichier
ws-join-account-ignoring-names = Le rattacher au total des données publicitaires, sans tenir compte de ses noms : résultats commerciaux pour tout le compte
ws-join-account = Le rattacher au total des données publicitaires : ce fichier n’a pas de colonne de campagne, ses résultats commerciaux sont donc ceux de tout le compte
ws-join-replace = Remplacer les données importées par ce fichier
ws-join-ask = Aucun nom de ce fichier n’est une campagne des données publicitaires : il n’est donc rattaché que si vous indiquez comment. Corrigez les noms dans le fichier, ou choisissez ci-dessous.
ws-names-caption = Noms dans ce fichier et campagnes dans les données publicitaires
ws-names-in-file = Dans ce fichier
ws-names-in-ads = Dans les données publicitaires
