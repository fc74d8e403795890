# Les mots propres à l’import : pourquoi une saisie ne peut pas être importée, les notes et descriptions de l’aperçu, comment un journal de suivi serait rattaché aux données publicitaires
# Français : une entrée par message, mêmes clés et mêmes arguments ($name) que en/ ; un pluriel
# suit la catégorie CLDR du nombre : { $count -> [one] … [many] … *[other] … }.
# Un argument « (une liste) » est fait d’éléments joints par imp-list ; les noms venus du fichier sont
# mis entre guillemets par imp-quoted.

## Où se situe un problème d’import
# $file : le nom du fichier (ou imp-pasted-cells) ; $line et $column : des numéros comptés à partir de 1 ;
# $header : l’en-tête de la colonne tel qu’écrit dans le fichier ; $problem : l’un des problèmes ci-dessous.
imp-in-file = { $file } : { $problem }
imp-on-line = { $file }, ligne { $line } : { $problem }
imp-in-cell = { $file }, ligne { $line }, colonne { $column } (« { $header } ») : { $problem }
imp-in-column = { $file }, colonne { $column } (« { $header } ») : { $problem }

## Pourquoi un import ne peut pas avoir lieu
# La plupart suivent « fichier, ligne … : » (d’où la minuscule) ; ceux qui portent sur le fichier
# entier commencent par une majuscule.
imp-empty = Le fichier est vide. Exportez à nouveau le rapport, ou collez plutôt les cellules.
imp-workbook = Il s’agit d’un classeur Excel (.xlsx), pas d’un fichier CSV, même si son nom se termine par .csv. Dans Excel ou Sheets, choisissez Fichier › Enregistrer sous (ou Télécharger) › CSV, puis importez ce fichier.
imp-binary = Ce fichier n’est pas du texte (il contient des données binaires). Importez un export CSV ou TSV, ou collez plutôt les cellules.
# $byte : où le texte s’interrompt, en octets depuis le début du fichier.
imp-bad-utf16 = Le fichier se déclare en UTF-16 mais s’interrompt à l’octet { $byte }. Exportez-le à nouveau en CSV UTF-8.
imp-undecodable = le texte n’a pas pu être décodé.
imp-no-rows = Aucune ligne à importer : le texte est vide.
# $found : les valeurs de cette ligne ; $expected : celles de la première ligne.
imp-ragged = { $found } { $found ->
    [one] valeur
    [many] de valeurs
   *[other] valeurs
    }, alors que la première ligne en a { $expected }. Une valeur contient sans doute le délimiteur sans guillemets (un nom de campagne avec une virgule, par exemple) : mettez ces valeurs entre guillemets doubles, ou exportez à nouveau le fichier.
# $value : la cellule telle qu’écrite dans le fichier. « Ignorer » est le rôle imp-role-ignore.
imp-not-a-number = « { $value } » n’est pas un nombre. Corrigez la cellule, ou donnez à la colonne le rôle Ignorer.
imp-negative = « { $value } » est négatif. Les dépenses et les effectifs ne peuvent pas être négatifs : corrigez la cellule, ou donnez à la colonne le rôle Ignorer.
# $counts : ce que compte la colonne, dans une phrase (imp-counted-…).
imp-not-whole = « { $value } » n’est pas un nombre entier, alors que les { $counts } se comptent en nombres entiers. Vérifiez le rôle de la colonne et son séparateur décimal.
imp-counted-started = conversations démarrées
imp-counted-replies = réponses
imp-counted-qualified = conversations qualifiées
imp-counted-handoffs = transferts aux ventes
imp-counted-customers = clients
imp-counted-impressions = impressions
imp-counted-link-clicks = clics sur un lien
imp-counted-results = résultats (Meta)
# $results : les autres résultats, tels que le fichier les nomme (une liste, par exemple « Couverture, Prospects »).
imp-other-results-only = chaque ligne porte sur un autre résultat ({ $results }) : il n’y a donc aucune conversation démarrée à importer. Exportez des campagnes dont le résultat est le nombre de conversations démarrées.
# $columns : les en-têtes du fichier, entre guillemets (une liste). Les noms proposés sont ceux que l’import reconnaît.
imp-no-ladder-columns = aucune colonne de dépenses ou de niveau n’a été reconnue (colonnes : { $columns }). Définissez le rôle de chaque colonne ci-dessous, ou renommez les en-têtes avec des noms reconnus comme « Spend », « Conversations started », « Qualified », « Customers ».
imp-unreadable = le navigateur n’a pas pu lire ce fichier. Essayez de l’enregistrer à nouveau.
imp-worker-unreadable = Le processus d’import en arrière-plan a renvoyé une réponse illisible.
imp-worker-no-file = Le processus d’import en arrière-plan n’a reçu aucun fichier.
# La réponse d’un processus d’import d’une ancienne version de l’application, qui ne dit pas pourquoi.
imp-unknown = l’import s’est arrêté pour une raison que cette version de l’application ne sait pas indiquer. Rechargez la page et réessayez.

## Listes et noms dans les phrases
# Un nom tel qu’écrit dans le fichier, entre guillemets.
imp-quoted = « { $name } »
# Une liste : son premier élément, puis le reste (lui-même une liste, ou le dernier élément).
imp-list = { $first }, { $rest }

## Notes sous l’aperçu
# $count : combien de colonnes (2 ou plus) ; $role : le nom du rôle (imp-role-…) ; $columns :
# leurs en-têtes, entre guillemets (une liste) ; $first : l’en-tête de celle qui est lue.
imp-shared-role = { $count } { $count ->
    [one] colonne ressemble
    [many] de colonnes ressemblent
   *[other] colonnes ressemblent
    } à « { $role } » ({ $columns }) : seule la première, « { $first } », est lue. Changez le rôle d’une colonne pour en lire une autre.
# $results : les autres résultats (une liste, par exemple « Couverture, Interactions avec la publication ») ;
# $amount : les dépenses de ces lignes (imp-amount, ou un montant simple si la devise est inconnue).
imp-other-results = { $rows } { $rows ->
    [one] ligne d’autres résultats écartée
    [many] de lignes d’autres résultats écartées
   *[other] lignes d’autres résultats écartées
    } ({ $results }), soit { $amount } de dépenses : seules les lignes de conversations démarrées comptent, avec leurs dépenses.
# $currency : un code de devise, par exemple « EUR » ; $amount : le montant, par exemple « 1 234,50 ».
imp-amount = { $amount } { $currency }
# « Résultats » est le nom de la colonne de Meta.
imp-other-actions = Sur { $rows } { $rows ->
    [one] ligne
    [many] de lignes
   *[other] lignes
    }, les « Résultats » comptent d’autres actions (leur indicateur de résultats n’est pas celui des conversations démarrées) : ils n’ont donc pas été comptés comme conversations.
# $line : le numéro de la ligne dans le fichier.
imp-totals-row = La ligne { $line } est une ligne de totaux : elle est écartée pour que rien ne soit compté deux fois.
imp-totals-row-mismatch = La ligne { $line } est une ligne de totaux (ses chiffres ne correspondent pas aux lignes : vérifiez le fichier) : elle est écartée pour que rien ne soit compté deux fois.
# $rows : les lignes additionnées ; $segments : les segments qu’elles forment.
imp-grouped-by-name = { $rows } { $rows ->
    [one] ligne a été regroupée
    [many] de lignes ont été regroupées
   *[other] lignes ont été regroupées
    } en { $segments } { $segments ->
    [one] segment
    [many] de segments
   *[other] segments
    } par nom (les lignes quotidiennes sont additionnées).
imp-grouped-by-name-and-month = { $rows } { $rows ->
    [one] ligne a été regroupée
    [many] de lignes ont été regroupées
   *[other] lignes ont été regroupées
    } en { $segments } { $segments ->
    [one] segment
    [many] de segments
   *[other] segments
    } par nom et par mois (les lignes quotidiennes sont additionnées).
imp-grouped-by-name-and-week = { $rows } { $rows ->
    [one] ligne a été regroupée
    [many] de lignes ont été regroupées
   *[other] lignes ont été regroupées
    } en { $segments } { $segments ->
    [one] segment
    [many] de segments
   *[other] segments
    } par nom et par semaine (les lignes quotidiennes sont additionnées).
# $period : un mois ou une semaine, par exemple « octobre 2026 » ou « Semaine du 2026-10-05 » ; $first et
# $last : le premier et le dernier jour de ses lignes, tels que le fichier les écrit.
imp-part-month = { $period } n’a des lignes que du { $first } au { $last } : ses chiffres ne couvrent qu’une partie du mois.
imp-part-week = { $period } n’a des lignes que du { $first } au { $last } : ses chiffres ne couvrent qu’une partie de la semaine.
# $months : combien de mois couvrent les dates des lignes ; $rows : les lignes qui débordent d’un mois
# sur le suivant, ou sans date. « Par mois » est l’un des choix de périodes de l’aperçu.
imp-not-split-spanning-file = Les dates des lignes couvrent { $months } mois, mais { $rows } { $rows ->
    [one] ligne déborde
    [many] de lignes débordent
   *[other] lignes débordent
    } d’un mois sur le suivant : le fichier n’a donc pas été découpé par mois. Choisissez « Par mois » pour placer chaque ligne dans le mois où elle commence.
imp-not-split-spanning-log = Les dates des lignes couvrent { $months } mois, mais { $rows } { $rows ->
    [one] ligne déborde
    [many] de lignes débordent
   *[other] lignes débordent
    } d’un mois sur le suivant : le journal n’a donc pas été découpé par mois. Choisissez « Par mois » pour placer chaque ligne dans le mois où elle commence.
imp-not-split-undated-file = Les dates des lignes couvrent { $months } mois, mais { $rows } { $rows ->
    [one] ligne n’a
    [many] de lignes n’ont
   *[other] lignes n’ont
    } pas de date : le fichier n’a donc pas été découpé par mois.
imp-not-split-undated-log = Les dates des lignes couvrent { $months } mois, mais { $rows } { $rows ->
    [one] ligne n’a
    [many] de lignes n’ont
   *[other] lignes n’ont
    } pas de date : le journal n’a donc pas été découpé par mois.
imp-spanning-month = { $rows } { $rows ->
    [one] ligne déborde
    [many] de lignes débordent
   *[other] lignes débordent
    } sur le mois suivant : chacune est comptée dans le mois où elle commence.
imp-spanning-week = { $rows } { $rows ->
    [one] ligne déborde
    [many] de lignes débordent
   *[other] lignes débordent
    } sur la semaine suivante : chacune est comptée dans la semaine où elle commence.
imp-undated-month = { $rows ->
    [one] { $rows } ligne n’a pas de date : elle est mise à part, hors de tout mois.
    [many] { $rows } de lignes n’ont pas de date : elles sont mises à part, hors de tout mois.
   *[other] { $rows } lignes n’ont pas de date : elles sont mises à part, hors de tout mois.
    }
imp-undated-week = { $rows ->
    [one] { $rows } ligne n’a pas de date : elle est mise à part, hors de toute semaine.
    [many] { $rows } de lignes n’ont pas de date : elles sont mises à part, hors de toute semaine.
   *[other] { $rows } lignes n’ont pas de date : elles sont mises à part, hors de toute semaine.
    }
# $periods : les mois ou les semaines (une liste, par exemple « octobre 2026, novembre 2026 »).
imp-grouped-by-month = Regroupé par mois : { $periods }.
imp-grouped-by-week = Regroupé par semaine : { $periods }.
# $statuses : chaque statut non reconnu avec ses lignes (imp-status-rows, une liste).
imp-unknown-statuses = Statuts non reconnus, comptés seulement comme conversations démarrées tant que vous ne les associez pas à un niveau : { $statuses }.
# $status : un statut tel qu’écrit dans le fichier ; $rows : le nombre de lignes qui l’ont.
imp-status-rows = « { $status } » ({ $rows } { $rows ->
    [one] ligne
    [many] de lignes
   *[other] lignes
    })
# $stage : le nom d’un niveau, par exemple « Conversations qualifiées ».
imp-entry-stage = Chaque ligne a atteint au moins le niveau « { $stage } » : ce fichier ne peut donc pas compter les niveaux précédents, qui viennent des publicités ou restent vides.
# $column : la colonne des sources du fichier, par exemple « Original Traffic Source » ; $count :
# combien de sources elle cite.
imp-sources-all-kept = « { $column } » cite { $count } { $count ->
    [one] source
    [many] de sources
   *[other] sources
    } : toutes les lignes sont conservées. Décochez une source ci-dessous pour écarter ses lignes.
# $kept sur $rows lignes conservées ; $sources : les sources conservées (imp-source-rows, une liste,
# ou imp-sources-none) ; $left : les lignes écartées ; $others : les sources écartées (une liste).
imp-sources-kept = Lignes conservées : { $kept } sur { $rows }, celles dont la source (« { $column } ») est : { $sources }. Écartées : { $left }, venant d’autres sources : { $others }. Modifiez ci-dessous les sources conservées.
# Comme imp-sources-kept, pour la suggestion de l’application : les sources conservées ressemblent aux publicités Meta.
imp-sources-kept-suggested = Lignes conservées : { $kept } sur { $rows }, celles dont la source (« { $column } ») est : { $sources } (elles semblent venir des publicités Meta). Écartées : { $left }, venant d’autres sources : { $others }. Modifiez ci-dessous les sources conservées.
imp-sources-none = aucune
# Une source à garder ou écarter, à côté de sa case : $source tel qu’écrit dans le fichier, $rows ses lignes.
imp-source-choice = { $source } ({ $rows })
# $source : une source telle qu’écrite dans le fichier ; $rows : ses lignes.
imp-source-rows = « { $source } » ({ $rows })

## Comment un journal de suivi serait rattaché aux données publicitaires
# $matched des $total noms du journal sont des campagnes des données publicitaires.
imp-join-names-match = Noms correspondant aux données publicitaires : { $matched } sur { $total }.
# $names : des campagnes des données publicitaires, ou des noms du journal, entre guillemets (une liste).
imp-join-no-outcomes = Aucun résultat commercial pour : { $names }.
imp-join-no-ads = Aucune donnée publicitaire pour : { $names } (gardés comme segments distincts ; corrigez les noms pour les rattacher).
imp-join-account = Ses résultats commerciaux sont rattachés au total des données publicitaires : les dépenses et les conversations (et les réponses, si les publicités en ont) viennent des publicités ; les conversations qualifiées, transferts, clients et le chiffre d’affaires viennent de ce fichier. Il n’est pas ajouté comme segment, et les campagnes ne gardent que les chiffres des publicités.
# $conversations : les conversations du journal écartées ; $customers : les clients parmi elles
# (imp-join-customers) ; $parts : lesquelles et quand (imp-join-part-…, une liste).
imp-join-out-of-period = { $conversations ->
    [one] { $conversations } conversation du journal ({ $customers }) tombe hors des périodes des données publicitaires et est écartée : { $parts }. Importez des données publicitaires couvrant ces dates pour la compter.
    [many] { $conversations } de conversations du journal ({ $customers }) tombent hors des périodes des données publicitaires et sont écartées : { $parts }. Importez des données publicitaires couvrant ces dates pour les compter.
   *[other] { $conversations } conversations du journal ({ $customers }) tombent hors des périodes des données publicitaires et sont écartées : { $parts }. Importez des données publicitaires couvrant ces dates pour les compter.
    }
imp-join-customers = { $count } { $count ->
    [one] client
    [many] de clients
   *[other] clients
    }
# $name : un nom du journal ; $period : un mois ou une semaine, par exemple « décembre 2026 » ;
# $conversations : ses conversations dans le journal.
imp-join-part-in = « { $name } », { $period } ({ $conversations })
imp-join-part-undated = « { $name } », sans date ({ $conversations })
imp-join-more-logged = Plus de conversations dans le journal que de conversations démarrées par les publicités pour : { $names }. Vérifiez la fenêtre d’attribution.

## Ce que semble être la saisie (après « Type détecté : »)
# $roles : les rôles attribués aux colonnes, dans l’ordre (imp-role-…, une liste).
imp-looks-unlabeled = Des nombres sans intitulés, lus dans l’ordre de l’échelle : { $roles }.
imp-looks-aggregate = Un tableau de { $rows } { $rows ->
    [one] ligne
    [many] de lignes
   *[other] lignes
    } avec les dépenses et les chiffres par niveau, soit { $segments } { $segments ->
    [one] segment
    [many] de segments
   *[other] segments
    }.
imp-looks-meta = Un export du Gestionnaire de publicités Meta : { $rows } { $rows ->
    [one] ligne
    [many] de lignes
   *[other] lignes
    }, { $segments } { $segments ->
    [one] segment
    [many] de segments
   *[other] segments
    }.
# $currency : le code de devise des dépenses, par exemple « EUR ».
imp-looks-meta-currency = Un export du Gestionnaire de publicités Meta : { $rows } { $rows ->
    [one] ligne
    [many] de lignes
   *[other] lignes
    }, { $segments } { $segments ->
    [one] segment
    [many] de segments
   *[other] segments
    }, dépenses en { $currency }.
# $conversations : les conversations comptées (celles des sources conservées).
imp-looks-log = Un journal de suivi (affaires d’un CRM ou audit de conversations) : { $conversations } { $conversations ->
    [one] conversation comptée
    [many] de conversations comptées
   *[other] conversations comptées
    } dans { $segments } { $segments ->
    [one] segment
    [many] de segments
   *[other] segments
    }.
# Comme imp-looks-log, quand des lignes ont été écartées : $rows, toutes les lignes du journal.
imp-looks-log-of = Un journal de suivi (affaires d’un CRM ou audit de conversations) : { $conversations } { $conversations ->
    [one] conversation comptée
    [many] de conversations comptées
   *[other] conversations comptées
    } dans { $segments } { $segments ->
    [one] segment
    [many] de segments
   *[other] segments
    } (sur { $rows } { $rows ->
    [one] ligne
    [many] de lignes
   *[other] lignes
    }).

## Les informations sous « Type détecté » : le nom du fichier, puis celles-ci, l’une après l’autre
# Une information, puis les suivantes.
imp-facts = { $first } · { $rest }
# $encoding : imp-encoding-…
imp-read-as = lu en { $encoding }
imp-encoding-utf8 = UTF-8
imp-encoding-utf8-bom = UTF-8 (avec BOM)
imp-encoding-utf16-le = UTF-16 LE
imp-encoding-utf16-be = UTF-16 BE
imp-encoding-windows-1252 = Windows-1252
imp-comma-separated = séparé par des virgules
imp-semicolon-separated = séparé par des points-virgules
imp-tab-separated = séparé par des tabulations
imp-data-rows = { $count } { $count ->
    [one] ligne de données
    [many] de lignes de données
   *[other] lignes de données
    }
# $ms : des millisecondes, un nombre entier.
imp-read-in-ms = lu en { $ms } ms
# $seconds : des secondes, avec deux décimales ; $speed : des mégaoctets par seconde, un nombre entier.
imp-read-in-s = lu en { $seconds } s ({ $speed } Mo/s)

## Pendant la lecture d’un fichier, et après
# $read et $total : des mégaoctets, avec une décimale ; $rows : les lignes lues jusqu’ici.
imp-progress = { $read } Mo sur { $total } Mo · { $rows } { $rows ->
    [one] ligne
    [many] de lignes
   *[other] lignes
    }
imp-cancelled = Import annulé. Rien n’a été modifié.
imp-remembered = Choix de colonnes repris de la dernière fois, pour les fichiers qui ont ces colonnes.
# Le nom donné aux cellules collées, là où figurerait le nom d’un fichier.
imp-pasted-cells = Cellules collées

## Le tableau des colonnes : une colonne par colonne du fichier, avec son rôle et son séparateur décimal en haut
imp-grid-caption = Comment chaque colonne est lue : son rôle et, pour les nombres, son séparateur décimal ; les premières lignes en dessous
imp-grid-role-row = Rôle
imp-grid-numbers-row = Nombres
# La cellule d’une colonne de texte dans la ligne des séparateurs décimaux.
imp-grid-text = — (texte)
# $reason : comment le séparateur a été déterminé (imp-decimal-… ci-dessous).
imp-grid-decided = Déterminé : { $reason }
# $column : l’en-tête de la colonne tel qu’écrit dans le fichier.
imp-grid-role-of = Rôle de la colonne { $column }
imp-grid-separator-of = Séparateur décimal de la colonne { $column }
# $row : le numéro d’une des premières lignes affichées.
imp-grid-row = Ligne { $row }
imp-decimal-point-choice = Point décimal (1,234.5)
imp-decimal-comma-choice = Virgule décimale (1.234,5)
# Une cellule vide d’une colonne de nombres.
imp-blank = (vide)
# $value : une cellule telle qu’écrite dans le fichier.
imp-not-a-number-cell = « { $value } » (pas un nombre)

## Comment le séparateur décimal d’une colonne a été déterminé
# $value : un nombre tel qu’écrit dans le fichier.
imp-decimal-point-as-in = point décimal (comme dans « { $value } »)
imp-decimal-comma-as-in = virgule décimale (comme dans « { $value } »)
# $point et $comma : deux nombres qui ne se lisent chacun que d’une façon ; $separator : celui retenu
# (imp-the-decimal-…).
imp-decimal-mixed = mixte : « { $point } » et « { $comma } » se contredisent ; séparateur retenu : { $separator }
imp-grouped-with-dots = nombres entiers groupés par des points (comme dans « { $value } »)
imp-grouped-with-commas = nombres entiers groupés par des virgules (comme dans « { $value } »)
imp-no-decimals = aucune décimale trouvée ; séparateur retenu : { $separator }
imp-set-by-you = choisi par vous
imp-the-decimal-point = point décimal
imp-the-decimal-comma = virgule décimale

## Les rôles possibles d’une colonne
imp-role-ignore = Ignorer
imp-role-name = Nom (campagne, ensemble de publicités ou publicité)
imp-role-period-start = Date ou début de période
imp-role-period-end = Fin de période
imp-role-spend = Dépenses
imp-role-started = Conversations démarrées
imp-role-replies = Réponses
imp-role-qualified = Conversations qualifiées
imp-role-handoffs = Transferts aux ventes
imp-role-customers = Clients
imp-role-revenue = Chiffre d’affaires
imp-role-impressions = Impressions
imp-role-link-clicks = Clics sur un lien
imp-role-results = Résultats (Meta)
imp-role-result-indicator = Indicateur de résultats (Meta)
imp-role-status = Statut ou étape (une ligne par conversation ou par affaire)
imp-role-stage = Étape du pipeline (à côté d’un statut gagné / perdu / ouvert)
imp-role-value = Valeur de l’affaire ou de la commande
imp-role-source = Source ou canal (pour ne garder qu’une partie de ses lignes)
# Les dates de fin d’une affaire, dans un journal de suivi : gagnée (« Deal - Won time » de Pipedrive),
# perdue, ou une date de clôture qui ne signifie gagnée ou perdue que pour une affaire clôturée
# (« Close Date » de HubSpot).
imp-role-won-date = Date de gain
imp-role-lost-date = Date de perte
imp-role-close-date = Date de clôture (des affaires clôturées)
imp-role-qualified-date = Date de qualification
imp-role-handoff-date = Date de transfert aux ventes ou de prise de rendez-vous
