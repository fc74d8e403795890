# Zeit bis zum Abschluss: wie lange es dauert, bis Deals gewonnen werden, die bisherige und die prognostizierte Abschlussrate jedes Monats,
# wann sich jeder Monat beurteilen lässt und wie gut die Prognose auf den eigenen früheren Daten des Nutzers war.

closing-heading = Zeit bis zum Abschluss
# $deals: Deals mit Datum im CRM-Export; $date: der Tag, bis zu dem die Daten reichen (ISO, 2026-11-30).
closing-lede = { $deals ->
    [one] { $deals } Deal mit Datum, Stand { $date }.
   *[other] { $deals } Deals mit Datum, Stand { $date }.
    }
# $median und $p90: Tage. „Gewonnene Deals“ sind die bis zum Stichtag gewonnenen und, nach der Schätzung
# mit zensierten Daten, die noch offenen, die gewonnen werden.
closing-days = Die Hälfte der gewonnenen Deals wird innerhalb von { $median ->
    [one] { $median } Tag
   *[other] { $median } Tagen
    } nach ihrem Beginn gewonnen, 90 % innerhalb von { $p90 ->
    [one] { $p90 } Tag
   *[other] { $p90 } Tagen
    }.
closing-no-wins = Bis dahin wurde kein Deal gewonnen, daher lässt sich noch nicht sagen, wie lange ein Abschluss dauert.
# Wie schnell eine frühere Stufe erreicht wird, wo das Protokoll sie datiert („Qualified at“, „Booked on“).
# $stage: closing-stage-qualified oder closing-stage-handed-off; $median und $p90: Tage seit Beginn der
# Unterhaltung; $reached von $count: wie viele sie bisher erreicht haben.
closing-stage-days = { $stage }: Die Hälfte der Unterhaltungen, die diese Stufe erreichen, erreicht sie innerhalb von { $median ->
    [one] { $median } Tag
   *[other] { $median } Tagen
    } nach ihrem Beginn, 90 % innerhalb von { $p90 ->
    [one] { $p90 } Tag
   *[other] { $p90 } Tagen
    } (bisher { $reached } von { $count }).
closing-stage-none = { $stage }: Bis dahin hat keine Unterhaltung diese Stufe erreicht.
closing-stage-qualified = Qualifizierung
closing-stage-handed-off = Vertriebsübergabe oder Buchung
closing-caption = Die Deals jedes Monats: ihre bisherige Abschlussrate, die prognostizierte Rate, sobald sie Zeit für den Abschluss hatten, und ab wann sie sich beurteilen lassen
# Die Beschriftung der zweiten Tabelle: Kunden, Kosten und Umsatz jeder Gruppe.
closing-money-caption = Die Kunden jedes Monats: wie viele es sind, was sie kosten und welchen Umsatz sie bringen, bisher und sobald ihre Deals Zeit für den Abschluss hatten
closing-money-caption-weeks = Die Kunden jeder Woche: wie viele es sind, was sie kosten und welchen Umsatz sie bringen, bisher und sobald ihre Deals Zeit für den Abschluss hatten
closing-caption-weeks = Die Deals jeder Woche: ihre bisherige Abschlussrate, die prognostizierte Rate, sobald sie Zeit für den Abschluss hatten, und ab wann sie sich beurteilen lassen
closing-col-started = Beginn
closing-col-age = Alter
closing-col-deals = Deals
closing-col-won = Bisher gewonnen
closing-col-rate = Bisherige Abschlussrate
closing-col-projected = Prognostizierte Abschlussrate (95-%-Bereich)
closing-col-judge = Beurteilbar ab
# Mit den Ausgaben aus den Werbedaten für dieselben Monate: was ein Kunde bisher gekostet hat und was er kostet,
# wenn die Deals des Monats wie prognostiziert abgeschlossen sind.
closing-col-cac = Bisherige CAC
# Die Kunden, mit denen die Deals eines Monats laut Prognose enden, und der Umsatz, den sie bringen.
closing-col-customers = Prognostizierte Kunden (95-%-Bereich)
closing-col-revenue = Bisheriger Umsatz
closing-col-revenue-projected = Prognostizierter Umsatz (95-%-Bereich)
closing-col-cac-projected = Prognostizierte CAC (95-%-Bereich)
# $cac, $low, $high: Geldbeträge.
closing-cac = { $cac }
closing-cac-projected = { $cac } ({ $low }–{ $high })
closing-cac-projected-open = { $cac } ({ $low } oder mehr)
closing-cac-none = — (noch kein Kunde)
# $customers, $low, $high: ganze Zahlen von Kunden.
closing-customers-projected = { $customers } ({ $low }–{ $high })
closing-customers = { $customers }
# $revenue, $low, $high: Geldbeträge.
closing-revenue = { $revenue }
closing-revenue-projected = { $revenue } ({ $low }–{ $high })
closing-revenue-none = — (noch kein Umsatz)
closing-cac-not-projected = — (keine Prognose)
closing-cac-no-spend = — (keine Werbeausgaben in diesem Zeitraum)
# $days: das Alter der Gruppe in Tagen.
closing-age = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
    }
# $rate: ein Prozentwert; $range: sein 95-%-Bereich (20 %–31 %).
closing-projected = { $rate } ({ $range })
closing-final = { $rate } (endgültig: { $range })
closing-too-early = Zu früh für eine Prognose
# $have und $need: gewonnene Deals in den Monaten (oder Wochen), die alt genug zur Beurteilung sind.
closing-too-few = Zu wenige für eine Prognose: { $have ->
    [one] { $have } gewonnener Deal
   *[other] { $have } gewonnene Deals
    } unter den Deals, die alt genug zur Beurteilung sind, { $need } nötig
closing-no-development = Zu früh für eine Prognose: Noch kein früherer Monat wurde lange genug verfolgt, um zu zeigen, wie seine gewonnenen Deals zugenommen haben
# Keine Prognose, weil die Rückprüfung (unter der Tabelle) bei diesen Daten zu weit danebenlag.
closing-off-on-its-past = Keine Prognose: An der eigenen Vergangenheit dieser Daten getestet, lagen die Prognosen zu weit daneben, um sich auf sie zu verlassen (siehe unten)
# $date: ein ISO-Datum.
closing-judged = { $date } (erreicht)
closing-judge-later = { $date }
closing-judge-unknown = Noch nicht bekannt
# $days: wie viele Tage früher; $points: die mittlere Abweichung in Prozentpunkten (2,1); $count: verglichene Monate.
closing-backtest = Mit einer Prognose von vor { $days } Tagen lagen die Abschlussraten im Schnitt um { $points } Prozentpunkte daneben ({ $count ->
    [one] { $count } Monat verglichen
   *[other] { $count } Monate verglichen
    }).
# Wie closing-backtest, wenn die Gruppen Wochen sind: $count sind die verglichenen Wochen.
closing-backtest-weeks = Mit einer Prognose von vor { $days } Tagen lagen die Abschlussraten im Schnitt um { $points } Prozentpunkte daneben ({ $count ->
    [one] { $count } Woche verglichen
   *[other] { $count } Wochen verglichen
    }).
closing-backtest-bad = Mit einer Prognose von vor { $days } Tagen lagen die Abschlussraten im Schnitt um { $points } Prozentpunkte daneben: zu ungenau, um sich bei diesen Daten auf die Prognosen zu verlassen.
closing-backtest-none = Es gibt noch nicht genug Historie, um die Prognosen mit dem abzugleichen, was seither passiert ist.
# Die Kurve der Tage bis zum Abschluss. $days: Tage seit dem Beginn eines Deals.
closing-chart-caption = Wie schnell die letztlich gewonnenen Deals gewonnen werden
closing-chart-days = Tage seit Beginn des Deals →
closing-chart-share = Anteil der letztlich gewonnenen Deals
# Die vertikale Achse, wenn neben der Kurve der gewonnenen Deals die Kurven früherer Stufen gezeichnet werden.
closing-chart-share-stages = Anteil derer, die so weit kommen
# Der Name der Kurve der gewonnenen Deals in der Legende, neben denen der früheren Stufen (closing-stage-…).
closing-chart-won = Abschluss
closing-chart-median = Median: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
    }
closing-chart-p90 = 90 % nach { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
    }
# Die Textfassung des Diagramms: $q25, $q50, $q75, $q90 und $last sind Tage seit dem Beginn.
closing-chart-summary = Ein Viertel der letztlich gewonnenen Deals wird innerhalb von { $q25 ->
    [one] { $q25 } Tag
   *[other] { $q25 } Tagen
    } nach ihrem Beginn gewonnen, die Hälfte innerhalb von { $q50 }, drei Viertel innerhalb von { $q75 }, 90 % innerhalb von { $q90 } und der letzte innerhalb von { $last }.
closing-method-summary = So wird das berechnet
closing-method = Die Tage bis zum Abschluss werden geschätzt, wobei noch offene Deals bis zu ihrem aktuellen Alter mitzählen (zensierte Daten) und verlorene Deals als konkurrierendes Ereignis gelten (kumulative Inzidenz). Ein Monat wird beurteilt, sobald nach seinem letzten Tag das 90. Perzentil der Tage bis zum Abschluss verstrichen ist. Die endgültige Abschlussrate eines jüngeren Monats wird daraus prognostiziert, wie die gewonnenen Deals der älteren Monate von Monat zu Monat gewachsen sind (Chain-Ladder-Verfahren: die bisher gewonnenen Deals jedes Monats × die Faktoren, um die die gewonnenen Deals der älteren Monate danach gewachsen sind), mit dem Standardfehler nach Mack für das Wachstum und dem Binomialfehler für die Deals, als 95-%-Bereich. Prognostiziert wird erst, wenn die beurteilbaren Monate zusammen mindestens 20 gewonnene Deals haben.
# Unter closing-method: wie die CAC einer Kampagne in einem Monat prognostiziert werden, dessen Deals noch laufen.
closing-method-campaigns = Teilen sich mehrere Kampagnen einen Monat, dessen Deals noch laufen, werden die bisherigen Kunden jeder Kampagne mit dem Faktor multipliziert, um den die Kunden des Monats laut Prognose noch wachsen (die endgültig gewonnenen Deals des Monats geteilt durch die bisher gewonnenen), als ob die Deals der Kampagne im Tempo des Monats abgeschlossen würden: Bei einer Kampagne, die spät im Monat gestartet ist oder langsamer abschließt als die anderen, fällt die Prognose zu niedrig aus, bis ihre Deals genug Zeit hatten.
# Unter der Segmenttabelle und den Umkehrungen, solange Deals einiger Segmente noch laufen.
# $periods: die Namen der Zeiträume, als Liste.
closing-segments-projected = Noch laufende Deals: Die CAC für { $periods } enthalten die Kunden, die laut Prognose noch hinzukommen, und sind mit „prognostiziert“ markiert (siehe „Zeit bis zum Abschluss“).
closing-segments-so-far = Noch laufende Deals: Die CAC für { $periods } enthalten nur die bisher gewonnenen Kunden und sind mit „bisher“ markiert; es sind erst zu wenige ältere Deals abgeschlossen, um den Rest zu prognostizieren (siehe „Zeit bis zum Abschluss“).
# Beide Sätze oben, nacheinander.
closing-segments-both = { $projected } { $so-far }
# Steht in closing-segments-* für einen Zeitraum, wenn die Segmente keinen eigenen Zeitraum haben.
closing-all-deals = alle Deals
# Eine Markierung neben einem CAC-Wert in der Segmenttabelle und in der Rangliste.
closing-cac-mark-projected = prognostiziert
closing-cac-mark-so-far = bisher
