# Délai de conclusion : combien de temps les affaires mettent à être gagnées, le taux de transformation de chaque mois à ce jour et projeté,
# quand chaque mois pourra être jugé, et la justesse de la projection sur les données passées de l’utilisateur.

closing-heading = Délai de conclusion
# $deals : les affaires datées de l’export du CRM ; $date : le jour jusqu’auquel vont les données (ISO, 2026-11-30).
closing-lede = { $deals ->
    [one] { $deals } affaire datée, données au { $date }.
    [many] { $deals } d’affaires datées, données au { $date }.
   *[other] { $deals } affaires datées, données au { $date }.
    }
# $median et $p90 : des jours. Les « affaires gagnées » sont celles gagnées à la date d’arrêt et, selon l’estimation
# sur données censurées, celles encore ouvertes qui le seront.
closing-days = La moitié des affaires gagnées le sont en { $median ->
    [one] { $median } jour
   *[other] { $median } jours
    } au plus après leur ouverture, et 90 % en { $p90 ->
    [one] { $p90 } jour
   *[other] { $p90 } jours
    } au plus.
closing-no-wins = Aucune affaire n’avait été gagnée à cette date : impossible de dire pour l’instant combien de temps prend la conclusion.
# Délai pour atteindre un niveau antérieur, quand le journal le date (« Qualified at », « Booked on »).
# $stage : closing-stage-qualified ou closing-stage-handed-off ; $median et $p90 : des jours depuis le
# démarrage de la conversation ; $reached sur $count : combien l’ont atteint à ce jour.
closing-stage-days = { $stage } : la moitié des conversations qui atteignent ce niveau le font en { $median ->
    [one] { $median } jour
   *[other] { $median } jours
    } au plus après leur démarrage, et 90 % en { $p90 ->
    [one] { $p90 } jour
   *[other] { $p90 } jours
    } au plus ({ $reached } sur { $count } à ce jour).
closing-stage-none = { $stage } : aucune conversation n’avait atteint ce niveau à cette date.
closing-stage-qualified = Qualification
closing-stage-handed-off = Transfert aux ventes ou prise de rendez-vous
closing-caption = Les affaires de chaque mois : leur taux de transformation à ce jour, le taux projeté une fois qu’elles auront eu le temps d’aboutir, et la date à laquelle on pourra les juger
# Le titre du second tableau : les clients, le coût et le chiffre d’affaires de chaque groupe.
closing-money-caption = Les clients de chaque mois : leur nombre, leur coût et le chiffre d’affaires qu’ils apportent, à ce jour et une fois que leurs affaires auront eu le temps d’aboutir
closing-money-caption-weeks = Les clients de chaque semaine : leur nombre, leur coût et le chiffre d’affaires qu’ils apportent, à ce jour et une fois que leurs affaires auront eu le temps d’aboutir
closing-caption-weeks = Les affaires de chaque semaine : leur taux de transformation à ce jour, le taux projeté une fois qu’elles auront eu le temps d’aboutir, et la date à laquelle on pourra les juger
closing-col-started = Ouvertes en
closing-col-age = Ancienneté
closing-col-deals = Affaires
closing-col-won = Gagnées à ce jour
closing-col-rate = Taux de transformation à ce jour
closing-col-projected = Taux de transformation projeté (fourchette à 95 %)
closing-col-judge = À juger le
# Avec les dépenses des données publicitaires pour les mêmes mois : ce qu’a coûté un client à ce jour, et une fois
# les affaires du mois conclues comme projeté.
closing-col-cac = CAC à ce jour
# Les clients auxquels les affaires d’un mois devraient aboutir selon la projection, et le chiffre d’affaires qu’ils apportent.
closing-col-customers = Clients projetés (fourchette à 95 %)
closing-col-revenue = Chiffre d’affaires à ce jour
closing-col-revenue-projected = Chiffre d’affaires projeté (fourchette à 95 %)
closing-col-cac-projected = CAC projeté (fourchette à 95 %)
# $cac, $low, $high : des montants.
closing-cac = { $cac }
closing-cac-projected = { $cac } ({ $low }–{ $high })
closing-cac-projected-open = { $cac } ({ $low } ou plus)
closing-cac-none = — (pas encore de client)
# $customers, $low, $high : des nombres entiers de clients.
closing-customers-projected = { $customers } ({ $low }–{ $high })
closing-customers = { $customers }
# $revenue, $low, $high : des montants.
closing-revenue = { $revenue }
closing-revenue-projected = { $revenue } ({ $low }–{ $high })
closing-revenue-none = — (pas encore de chiffre d’affaires)
closing-cac-not-projected = — (pas de projection)
closing-cac-no-spend = — (aucune dépense publicitaire pour cette période)
# $days : l’ancienneté du groupe en jours.
closing-age = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
    }
# $rate : un pourcentage ; $range : sa fourchette à 95 % (20 %–31 %).
closing-projected = { $rate } ({ $range })
closing-final = { $rate } (définitif : { $range })
closing-too-early = Trop tôt pour une projection
# $have et $need : les affaires gagnées dans les mois (ou semaines) assez anciens pour être jugés.
closing-too-few = Trop peu pour une projection : { $have ->
    [one] { $have } affaire gagnée
    [many] { $have } d’affaires gagnées
   *[other] { $have } affaires gagnées
    } parmi les affaires assez anciennes pour être jugées, il en faut { $need }
closing-no-development = Trop tôt pour une projection : aucun mois antérieur n’a été suivi assez longtemps pour montrer comment ses affaires gagnées ont progressé
# Pas de projection, car le test sur le passé (sous le tableau) s’est trop écarté de la réalité sur ces données.
closing-off-on-its-past = Pas de projection : testées sur le passé de ces mêmes données, les projections s’écartaient trop de la réalité pour qu’on puisse s’y fier (voir ci-dessous)
# $date : une date ISO.
closing-judged = { $date } (passée)
closing-judge-later = { $date }
closing-judge-unknown = Pas encore connue
# $days : combien de jours plus tôt ; $points : l’écart moyen en points de taux (2,1) ; $count : les mois comparés.
closing-backtest = Projetés { $days } jours plus tôt, les taux de transformation se sont écartés en moyenne de { $points } points ({ $count ->
    [one] { $count } mois comparé
   *[other] { $count } mois comparés
    }).
# Comme closing-backtest, quand les groupes sont des semaines : $count, les semaines comparées.
closing-backtest-weeks = Projetés { $days } jours plus tôt, les taux de transformation se sont écartés en moyenne de { $points } points ({ $count ->
    [one] { $count } semaine comparée
   *[other] { $count } semaines comparées
    }).
closing-backtest-bad = Projetés { $days } jours plus tôt, les taux de transformation se sont écartés en moyenne de { $points } points : un écart trop grand sur ces données pour se fier aux projections.
closing-backtest-none = L’historique ne suffit pas encore pour confronter les projections à ce qui s’est passé depuis.
# La courbe des jours jusqu’à la conclusion. $days : les jours depuis l’ouverture d’une affaire.
closing-chart-caption = En combien de temps sont gagnées les affaires qui finissent par l’être
closing-chart-days = jours depuis l’ouverture de l’affaire →
closing-chart-share = part des affaires gagnées au final
# L’axe vertical quand les courbes des niveaux antérieurs sont tracées à côté de celle des affaires gagnées.
closing-chart-share-stages = part de celles qui y parviennent
# Le nom de la courbe des affaires gagnées dans la légende, à côté de celles des niveaux antérieurs (closing-stage-…).
closing-chart-won = Transformation
closing-chart-median = médiane : { $days ->
    [one] { $days } jour
   *[other] { $days } jours
    }
closing-chart-p90 = 90 % en { $days ->
    [one] { $days } jour
   *[other] { $days } jours
    }
# L’équivalent textuel du graphique : $q25, $q50, $q75, $q90 et $last sont des jours depuis l’ouverture.
closing-chart-summary = Un quart des affaires finalement gagnées le sont en { $q25 ->
    [one] { $q25 } jour
   *[other] { $q25 } jours
    } au plus après leur ouverture, la moitié en { $q50 }, les trois quarts en { $q75 }, 90 % en { $q90 } et la dernière en { $last }.
closing-method-summary = Mode de calcul
closing-method = Les jours jusqu’à la conclusion sont estimés en comptant les affaires encore ouvertes jusqu’à leur ancienneté actuelle (données censurées), et les affaires perdues comme une issue concurrente (incidence cumulée). Un mois est jugé une fois écoulé, après son dernier jour, le 90e centile des jours jusqu’à la conclusion. Le taux de transformation final d’un mois plus récent est projeté d’après la progression, mois après mois, des affaires gagnées des mois plus anciens (méthode chain ladder : les affaires gagnées à ce jour de chaque mois × les facteurs de progression observés ensuite sur les affaires gagnées des mois plus anciens), avec l’erreur standard de Mack pour la progression et l’erreur binomiale pour les affaires, sous forme de fourchette à 95 %. Aucune projection n’est faite tant que les mois qui peuvent être jugés ne totalisent pas au moins 20 affaires gagnées.
# Sous closing-method : comment est projeté le CAC d’une campagne dans un mois dont les affaires sont encore ouvertes.
closing-method-campaigns = Quand plusieurs campagnes se partagent un mois dont les affaires sont encore ouvertes, les clients gagnés à ce jour par chaque campagne sont multipliés par le facteur de progression projeté pour ceux du mois (le rapport entre les affaires gagnées du mois au final et celles gagnées à ce jour), comme si les affaires de la campagne aboutissaient au rythme du mois : pour une campagne lancée tard dans le mois, ou qui conclut plus lentement que les autres, la projection reste trop basse tant que ses affaires n’ont pas eu le temps d’aboutir.
# Sous le tableau des segments et les inversions, tant que des affaires de certains segments sont encore ouvertes.
# $periods : les noms des périodes, en liste.
closing-segments-projected = Affaires encore ouvertes : le CAC de { $periods } inclut les clients encore attendus selon la projection, avec la mention « projeté » (voir Délai de conclusion).
closing-segments-so-far = Affaires encore ouvertes : le CAC de { $periods } ne compte que les clients gagnés à ce jour, avec la mention « à ce jour » ; trop peu d’affaires plus anciennes ont abouti pour projeter le reste (voir Délai de conclusion).
# Les deux phrases ci-dessus, l’une après l’autre.
closing-segments-both = { $projected } { $so-far }
# Tient lieu de période dans closing-segments-* quand les segments n’ont pas de période propre.
closing-all-deals = toutes les affaires
# Une mention à côté d’un CAC dans le tableau des segments et le classement.
closing-cac-mark-projected = projeté
closing-cac-mark-so-far = à ce jour
