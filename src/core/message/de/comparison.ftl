# Segmente und Zeiträume vergleichen: die Auswahl „Angezeigt“, die Segmenttabelle, Umkehrungen, Ausreißer, warum sich die CAC verändert haben, Budgetverschiebungen
# Deutsch (Sie-Form), Begriffe nach docs/glossary/de.md: ein Eintrag pro Meldung, Argumente benannt ($name);
# Plural nach der CLDR-Kategorie der Zahl (Deutsch: one, other).
# Gleiche Dateien und Einträge wie en/.
# Listen verwenden dx-list-comma und dx-list-semicolon.

## Die Auswahl „Angezeigt“
cmp-source-typed = Eingegebene Zahlen
# Alle importierten Segmente zusammengerechnet; $count: wie viele (genau 1: das einzige importierte).
cmp-source-total = { $count ->
    [1] Importiert: Summe
   *[other] Importiert: alle { $count } zusammengerechnet
    }
# $name: der Name eines Zeitraums, etwa „Oktober 2026“ oder wie die Datei ihn nennt.
cmp-source-period = Importiert: { $name }, alle Kampagnen
# $name: die Bezeichnung eines Segments (cmp-segment-label…).
cmp-source-segment = Importiert: { $name }

## Bezeichnungen der Segmente
# Der Name eines Segments, wie die Datei ihn angibt, unverändert.
cmp-segment-label = { $name }
# Ein wiederkehrender Name (eine Kampagne in zwei Monaten) mit dem Namen seines Zeitraums: „Sommeraktion · Oktober 2026“.
cmp-segment-label-period = { $name } · { $period }

## Die Segmenttabelle
# Unter einer langen Tabelle; $shown: die angezeigten Zeilen; $count: alle Segmente.
cmp-showing = { $shown } von { $count } { $count ->
    [one] Segment
   *[other] Segmenten
    } in dieser Reihenfolge angezeigt.
cmp-other-cost-note = Die CAC enthalten die unter „Weitere Eingaben“ eingegebenen sonstigen Akquisitionskosten, nach Ausgabenanteil auf die Segmente verteilt, sodass die Kosten der Segmente zusammen die des Kontos ergeben.

## Günstige Nachrichten, teure Kunden
# $name: das Segment mit den günstigeren Nachrichten; $other: das Vergleichssegment.
# $message, $other-message: ihre Kosten pro Nachricht; $customer, $other-customer: ihre Kosten
# pro Kunde; $times: die Kosten pro Kunde von $name als Vielfaches derer von $other, etwa 5,53×.
cmp-inversion = { $name } hat günstigere Nachrichten als { $other } ({ $message } gegenüber { $other-message }), aber teurere Kunden ({ $customer }, { $times } so viel wie bei { $other }).
cmp-inversion-cheapest = { $name } hat die günstigsten Nachrichten ({ $message }) und die teuersten Kunden ({ $customer }, { $times } so viel wie bei { $other }).
cmp-inversion-unclear = { $name } hat günstigere Nachrichten als { $other } ({ $message } gegenüber { $other-message }) und wirkt pro Kunde teurer ({ $customer } gegenüber { $other-customer }), doch bei den Kunden pro Unterhaltung lassen sich die beiden noch nicht unterscheiden: Mehr Unterhaltungen würden klären, welches Segment günstiger ist.
# $count: das Mindestvolumen; $names: die Segmente darunter, jeweils mit cmp-quoted, als Liste.
cmp-not-ranked = Nicht eingestuft, da jeweils weniger als { $count } { $count ->
    [one] Unterhaltung
   *[other] Unterhaltungen
    }: { $names }.
# Der Name eines Segments in Anführungszeichen.
cmp-quoted = „{ $name }“
# Der Text zum Diagramm; $points: ein cmp-point pro Segment, als Liste (Semikolons).
cmp-points-summary = Kosten pro Nachricht gegenüber CAC, nach Segment: { $points }.
# $message: Kosten pro Nachricht; $customer: Kosten pro Kunde; $spend: was das Segment ausgegeben hat.
cmp-point = { $name }: { $message } pro Nachricht, { $customer } pro Kunde, { $spend } ausgegeben

## Ausreißer
# Ein Segment außerhalb der 99,8-%-Grenzen. $share: seine Rate im Schritt (cmp-share-…);
# $range: die Grenzen bei seinem Volumen; $pooled: die Rate aller Segmente zusammen.
cmp-outlier-below = { $name }: { $share }, unter dem Bereich, der bei diesem Volumen zu erwarten ist ({ $range } um die Gesamtrate von { $pooled }).
cmp-outlier-above = { $name }: { $share }, über dem Bereich, der bei diesem Volumen zu erwarten ist ({ $range } um die Gesamtrate von { $pooled }).
# „Qualifizierung bei 9 % von 350 Antworten“: $rate der $count Personen am Anfang des Schritts kamen weiter.
cmp-share-reply = Antwort bei { $rate } von { $count } { $count ->
    [one] Unterhaltung
   *[other] Unterhaltungen
    }
cmp-share-qualification = Qualifizierung bei { $rate } von { $count } { $count ->
    [one] Antwort
   *[other] Antworten
    }
cmp-share-handoff = Übergabe an den Vertrieb bei { $rate } von { $count } { $count ->
    [one] qualifizierten Unterhaltung
   *[other] qualifizierten Unterhaltungen
    }
cmp-share-close = Abschluss bei { $rate } von { $count } { $count ->
    [one] Vertriebsübergabe
   *[other] Vertriebsübergaben
    }
# Der Text zum Plot. $metric: die Rate des Schritts, etwa „Qualifizierungsrate“;
# $pooled: die Rate aller Segmente zusammen; $points: ein cmp-funnel-point… pro Segment, als Liste (Semikolons).
cmp-funnel-summary = { $metric } nach Segment und Volumen, gesamt { $pooled }: { $points }.
# $rate eines Segments von den $count Personen am Anfang des Schritts.
cmp-funnel-point = { $name } { $rate } von { $count }
cmp-funnel-point-watch = { $name } { $rate } von { $count } (außerhalb des 95-%-Bereichs)
cmp-funnel-point-below = { $name } { $rate } von { $count } (unter dem 99,8-%-Bereich)
cmp-funnel-point-above = { $name } { $rate } von { $count } (über dem 99,8-%-Bereich)

## Warum sich die CAC verändert haben
# Wenn die Deals des späteren Zeitraums noch laufen (Zeit bis zum Abschluss): wie die Kunden der beiden
# Zeiträume vergleichbar gemacht wurden. $earlier, $later: die Namen der Zeiträume; $so-far und $projected:
# die bisher gewonnenen Kunden und die prognostizierten, sobald alle Deals abgeschlossen sind.
cmp-like-projected = Vergleich unter gleichen Bedingungen: { $later } hat noch laufende Deals, daher zählen die Kunden dieses Zeitraums mit ihrer prognostizierten Endzahl, { $projected } (bisher { $so-far }).
cmp-like-projected-both = Vergleich unter gleichen Bedingungen: Beide Zeiträume haben noch laufende Deals, daher zählen die Kunden in beiden mit ihrer prognostizierten Endzahl: { $earlier-projected } für { $earlier } (bisher { $earlier-so-far }) und { $projected } für { $later } (bisher { $so-far }).
# $days: das Alter des späteren Zeitraums; $removed: die später gewonnenen Deals des früheren Zeitraums.
cmp-like-same-age = Vergleich unter gleichen Bedingungen: { $later } hat noch laufende Deals, und für eine Prognose ist es zu früh. Daher zählen für { $earlier } nur die Kunden, die innerhalb von { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
    } nach Beginn des Zeitraums gewonnen wurden, also genauso lange, wie { $later } bisher läuft ({ $removed ->
    [one] { $removed } später gewonnener Deal bleibt außen vor
   *[other] { $removed } später gewonnene Deals bleiben außen vor
    }).
# Was die CAC bewegt, als Zeilenkopf der Tabelle.
cmp-factor-cost-per-message = Kosten pro Nachricht
cmp-factor-reply-rate = Antwortrate
cmp-factor-qualification-rate = Qualifizierungsrate
cmp-factor-handoff-rate = Übergaberate
cmp-factor-close-rate = Abschlussrate
cmp-factor-other-cost = Sonstige Kosten pro Ausgabeneinheit
# Eine Schrittrate, ab einer früheren Stufe gerechnet, wenn die Stufe davor nicht in beiden Zeiträumen
# gezählt ist: $factor ist der Name der Rate, $from die Stufe („begonnene Unterhaltungen“, im Nominativ).
cmp-factor-from = { $factor } (Basis: { $from })
# Dasselbe im Satz.
cmp-factor-name-cost-per-message = Kosten pro Nachricht
cmp-factor-name-reply-rate = Antwortrate
cmp-factor-name-qualification-rate = Qualifizierungsrate
cmp-factor-name-handoff-rate = Übergaberate
cmp-factor-name-close-rate = Abschlussrate
cmp-factor-name-other-cost = sonstige Kosten pro Ausgabeneinheit
# Unter den Balken des Wasserfalls: CAC vorher, jeder Faktor (kurz), CAC jetzt.
cmp-bar-before = Vorher
cmp-bar-messages = Nachrichten
cmp-bar-reply = Antwort
cmp-bar-qualified = Qualifiziert
cmp-bar-handoff = Übergabe
cmp-bar-close = Abschluss
cmp-bar-other = Sonstige
cmp-bar-now = Jetzt
# Über dem Balken einer Summe: CAC als Geldbetrag.
cmp-bar-total = { $amount }
cmp-cant-split = Beide Zeiträume brauchen Ausgaben, begonnene Unterhaltungen und mindestens einen Kunden, mit Zahlen, die von Stufe zu Stufe kleiner werden (eine Stufe, die nur in einem der beiden gezählt ist, bleibt außen vor).
# $cac: die CAC in beiden Zeiträumen.
cmp-cac-held = Die CAC blieben bei { $cac }: Die Veränderungen ihrer Faktoren heben sich auf.
# $before, $after: die CAC im früheren und im späteren Zeitraum. $main: der Faktor, der die CAC am
# stärksten in diese Richtung bewegt hat; $against: der stärkste Gegenfaktor (cmp-factor-rose…,
# cmp-cost-per-message-rose…, als Partizip-Wendung ohne finites Verb).
cmp-cac-rose = Die CAC stiegen von { $before } auf { $after }.
cmp-cac-rose-although = Die CAC stiegen von { $before } auf { $after }, obwohl ein Faktor gegenläufig wirkte ({ $against }).
cmp-cac-rose-because = Die CAC stiegen von { $before } auf { $after }. Hauptgrund: { $main }.
cmp-cac-rose-although-because = Die CAC stiegen von { $before } auf { $after }, obwohl ein Faktor gegenläufig wirkte ({ $against }). Hauptgrund: { $main }.
cmp-cac-fell = Die CAC sanken von { $before } auf { $after }.
cmp-cac-fell-although = Die CAC sanken von { $before } auf { $after }, obwohl ein Faktor gegenläufig wirkte ({ $against }).
cmp-cac-fell-because = Die CAC sanken von { $before } auf { $after }. Hauptgrund: { $main }.
cmp-cac-fell-although-because = Die CAC sanken von { $before } auf { $after }, obwohl ein Faktor gegenläufig wirkte ({ $against }). Hauptgrund: { $main }.
# $change: um wie viel, in Prozent der früheren Kosten.
cmp-cost-per-message-rose = Kosten pro Nachricht um { $change } gestiegen
cmp-cost-per-message-fell = Kosten pro Nachricht um { $change } gesunken
# $factor: der Name eines Schritts (step-name-…) oder cmp-factor-name-other-cost; $before, $after: seine
# Raten in den beiden Zeiträumen.
cmp-factor-rose = { $factor } von { $before } auf { $after } gestiegen
cmp-factor-fell = { $factor } von { $before } auf { $after } gesunken
# $moved: die Veränderung eines Schritts (cmp-factor-rose…), die sein 95-%-Bereich nicht vom Zufall trennen kann.
cmp-noise-note = { $moved } (eine Veränderung, die noch Zufall sein könnte)
# Ein Geldbetrag mit Vorzeichen: „+35,12 €“, „−28,45 €“ (ein echtes Minuszeichen).
cmp-money-up = +{ $amount }
cmp-money-down = −{ $amount }
# Gefolgt von period-waterfall-caption; $change: cmp-money-up oder cmp-money-down.
cmp-cac-changed-by = Die CAC haben sich um { $change } verändert
# Der Text zum Wasserfall; $before, $after: die CAC in den beiden Zeiträumen; $parts: ein
# cmp-waterfall-part pro Faktor, als Liste (Semikolons).
cmp-waterfall-summary = CAC vorher { $before }; { $parts }; CAC jetzt { $after }.
# $factor: cmp-factor-name-…; $change: sein Anteil an der Veränderung der CAC, cmp-money-up oder -down.
cmp-waterfall-part = { $factor } { $change }
# Die Veränderung einer Schrittrate in Prozentpunkten: ihr 95-%-Bereich. $low, $high: die Enden, mit
# Vorzeichen und einer Nachkommastelle, etwa „−12.2“ (vom Programm geschrieben).
cmp-points-range = { $low } bis { $high } Pp.
# Die Veränderung einer Schrittrate, gemessen am Zufall.
cmp-verdict-real = Mehr als Zufall
cmp-verdict-noise = Könnte Zufall sein
# $count: wie viele Personen mehr am Anfang des Schritts, in jedem Zeitraum, es klären würden.
cmp-verdict-noise-settle = Könnte Zufall sein: Für Klarheit braucht es je Zeitraum etwa { $count } { $count ->
    [one] weitere Person
   *[other] weitere Personen
    } am Anfang des Schritts

## Budget zwischen Segmenten verschieben
cmp-exponent-note = Wie viel teurer Nachrichten werden, wenn die Ausgaben eines Segments wachsen: Bei { $k } werden die Nachrichten eines Segments bei doppelten Ausgaben etwa { $dearer } teurer (2^{ $k } = { $factor }), es bringt also { $more } mehr Unterhaltungen, nicht { $all }. { $zero } bedeutet, dass jedes zusätzliche Budget Nachrichten zum heutigen Preis kauft.
cmp-budget-warning = Günstige Nachrichten in großer Menge erreichen oft Menschen, die gern chatten, aber nicht kaufen: Beurteilen Sie eine Verschiebung nach den Kosten pro Kunde, nicht nach den Kosten pro Nachricht.
cmp-exponent-range = Der Exponent liegt zwischen 0 und 1: 0 für die heutigen Preise, 1 für gar keine zusätzlichen Unterhaltungen.
# Zeilen der Tabelle des Kontos nach der Verschiebung.
cmp-budget-row-conversations = Unterhaltungen
cmp-budget-row-customers = Kunden
cmp-budget-row-cac = CAC
cmp-budget-row-revenue = Umsatz
# $amount von Segment $from zu Segment $to verschoben; $after, $before: die Kunden des Kontos
# nach und vor der Verschiebung, in ganzen Personen.
cmp-move = { $amount } von { $from } zu { $to } verschoben: etwa { $after } { $after ->
    [one] Kunde
   *[other] Kunden
    } statt { $before }.
# Wie cmp-move, mit den CAC nach ($cac-after) und vor ($cac-before) der Verschiebung.
cmp-move-cac = { $amount } von { $from } zu { $to } verschoben: etwa { $after } { $after ->
    [one] Kunde
   *[other] Kunden
    } statt { $before }, CAC { $cac-after } statt { $cac-before }.
# Der Name der Verschiebung als Szenario; $amount: wie eingegeben.
cmp-move-name = { $amount } von { $from } zu { $to } verschieben
