# Die Befunde der Diagnose: Sätze mit den Zahlen des Nutzers
# Deutsch (Sie-Form), Begriffe nach docs/glossary/de.md: ein Eintrag pro Meldung, Argumente benannt ($name);
# Plural nach der CLDR-Kategorie der Zahl (Deutsch: one, other).
# Gleiche Dateien und Einträge wie en/.

## Die Befunde der Diagnose
# Die Sätze werden aus den Namen unten gebaut, als Argumente eingesetzt: der Name eines Schritts
# ($step), einer Stufe und das Ergebnis des Geschäfts ($outcome, $outcomes).
# Der Name eines Schritts ist ein bloßes Substantiv („Engpass: Qualifizierung“, „der Schritt Abschluss“):
# drei sind feminin, „Abschluss“ maskulin, daher steht davor nie ein Artikel, der sich anpassen müsste.
step-name-reply = Antwort
step-name-qualification = Qualifizierung
step-name-handoff = Übergabe
step-name-close = Abschluss
# Der Name eines Schritts am Zeilenanfang: „Antwort: Rate 10 % höher“.
step-title-reply = Antwort
step-title-qualification = Qualifizierung
step-title-handoff = Übergabe
step-title-close = Abschluss
# Der Name einer Stufe im Satz, im Plural ohne Artikel (Nominativ oder Akkusativ): „mehr Antworten als …“.
stage-name-started = begonnene Unterhaltungen
stage-name-replied = Antworten
stage-name-qualified = qualifizierte Unterhaltungen
stage-name-handed-off = Vertriebsübergaben
stage-name-customer = Kunden
# Wie das Geschäft seine letzte Stufe nennt, ein Eintrag pro Geschäftsmodell. $outcome ist das
# Substantiv zur Zahl des Satzes (oder für eins), $outcomes das Substantiv allgemein (Standardvariante).
# Die Sätze setzen es nur ohne Artikel und im Nominativ (Plural auch Akkusativ) ein, damit
# „akzeptierter Lead“ / „akzeptierte Leads“ und „Kunde“ immer richtig dekliniert sind.
outcome-customers = { $count ->
    [one] Kunde
   *[other] Kunden
    }
outcome-orders = { $count ->
    [one] Bestellung
   *[other] Bestellungen
    }
outcome-accepted-leads = { $count ->
    [one] akzeptierter Lead
   *[other] akzeptierte Leads
    }
# Zwei Sätze hintereinander.
dx-then = { $first } { $then }
# Listen, von rechts gebaut: „b und c“, dann „a, b und c“; „a, b oder c“; „a; b; c“.
dx-list-and = { $first } und { $rest }
dx-list-or = { $first } oder { $rest }
dx-list-comma = { $first }, { $rest }
dx-list-semicolon = { $first }; { $rest }
# $outcome: das Substantiv zu $count (oder für eins, unten). Steht immer im Nominativ (nach Doppelpunkt
# oder als Tabellenzelle).
dx-more-outcomes = etwa { $count } { $outcome } mehr
dx-less-than-one-more = weniger als 1 { $outcome } mehr
# Das Abzeichen über der Schlagzeile.
dx-badge-limiting = Engpass: { $step }
dx-badge-provisional = Vorläufig: { $step }
dx-badge-meets-targets = Alle Schritte im Ziel
dx-badge-nothing-clear = Kein klar schwacher Schritt
dx-badge-not-enough-data = Zu wenig Daten
# Die Schlagzeile.
dx-headline-reply = Die meisten Chats enden nach der ersten Nachricht
dx-headline-qualification = Chats sind günstig, aber zu wenige passen
dx-headline-handoff = Qualifizierte Chats bleiben hängen, bevor sie beim Vertrieb ankommen
# Für Lead-Verkäufer, bei denen der Abschluss die Annahme des Leads durch den Käufer ist.
dx-headline-close-leads = Käufer lehnen zu viele Leads ab
dx-headline-close = Aus Übergaben werden zu selten { $outcomes }
dx-headline-provisional = Der Schritt { $step } scheint unter Ziel zu liegen, aber für eine sichere Aussage ist es zu früh
dx-headline-meets-targets = Jeder Schritt erreicht sein Ziel: Der Hebel ist das Volumen
dx-headline-nothing-clear = Noch liegt kein Schritt klar unter Ziel
dx-headline-not-enough-data = Noch zu wenig Daten, um einen Schritt zu bewerten
# Wahrscheinliche Ursachen, je nach Befund.
dx-causes-reply = Die erste Reaktion: wie schnell sie kommt, ob sie sich leicht beantworten lässt und ob sie zu dem passt, was die Anzeige versprochen hat. Ein langsamer oder beliebiger Einstieg verliert Menschen, die vor einer Minute noch interessiert waren.
dx-causes-qualification = Traffic-Qualität und Klarheit des Angebots: wen die Anzeigen erreichen und was sie versprechen, und ob der Chat die Fragen stellt, die Käufer von bloßen Interessenten trennen.
dx-causes-handoff = Der Ablauf im Chat nach der Qualifizierung: wie schnell und wie klar der nächste Schritt (Buchung, Angebot, Anruf, Checkout) angeboten wird und ob Übergaben überhaupt erfasst werden.
dx-causes-close-leads = Lead-Qualität aus Sicht des Käufers: ob der Chat die Annahmekriterien des Käufers prüft, bevor der Lead geliefert wird, und ob die Anzeigen versprechen, was das Angebot des Käufers hält.
dx-causes-close = Der Vertriebsprozess, die Preise, die Erwartungen, die der Chat geweckt hat, und wie gut das Angebot zu den Menschen passt, die die Anzeigen bringen.
dx-causes-meets-targets = Reichweite und Creatives: Chat und Vertrieb erfüllen ihre Aufgabe, also sind mehr Unterhaltungen derselben Art der Hebel.
dx-causes-nothing-clear = Die Schritte mit „noch offen“: Beim heutigen Volumen könnten ihre Raten auf beiden Seiten des Ziels liegen. Die Tabelle zeigt, wie viele weitere Unterhaltungen jeweils Klarheit bringen würden.
dx-causes-nothing-clear-projected = Die prognostizierte endgültige Abschlussrate könnte auf beiden Seiten ihres Ziels liegen: Klarheit bringen die noch offenen Deals, sobald sie abgeschlossen werden, nicht weitere Unterhaltungen. Sehen Sie wieder nach, wenn es so weit ist.
dx-causes-not-enough-data = Geben Sie die Zahl für jede Stufe ein. Ein Schritt wird bewertet, sobald genug Personen auf seiner Ausgangsstufe sind und die Zahlen von Stufe zu Stufe kleiner werden.
# Was Sie versuchen können, je nach Befund.
dx-action-reply-fast = Antworten Sie innerhalb von Minuten, solange die Anzeigen laufen; eine sofortige erste Antwort mit einer einfachen Frage schlägt eine langsame perfekte.
dx-action-reply-question = Beginnen Sie mit einer einzigen Frage zum Angebot der Anzeige statt mit einem Menü oder einer Textwand.
dx-action-reply-ad = Prüfen Sie, ob die Anzeige sagt, wofür der Chat da ist, damit die Leute gesprächsbereit ankommen.
dx-action-qualification-ad = Sagen Sie in der Anzeige, für wen das Angebot ist (Region, Budget, Anwendungsfall), damit unpassende Interessenten gar nicht erst einen Chat beginnen.
dx-action-qualification-budget = Verlagern Sie Budget weg von Zielgruppen und Platzierungen, die viele Chats, aber wenige qualifizierte bringen.
dx-action-qualification-questions = Stellen Sie früh im Chat ein oder zwei qualifizierende Fragen: Bedarf, Zeitpunkt, Ort oder Budget.
dx-action-qualification-define = Halten Sie schriftlich fest, was „qualifiziert“ bedeutet, und markieren Sie es jedes Mal gleich.
dx-action-handoff-offer = Bieten Sie den nächsten Schritt (Buchungslink, Termin für einen Anruf, Angebotsformular, Checkout-Link) an, sobald jemand qualifiziert ist.
dx-action-handoff-time = Messen Sie die Zeit von der Qualifizierung bis zum ersten Kontakt durch den Vertrieb und verkürzen Sie sie.
dx-action-handoff-tag = Sorgen Sie dafür, dass jede Übergabe markiert wird: Nicht erfasste Übergaben sehen aus wie Abbrüche.
dx-action-close-leads-reasons = Holen Sie die Ablehnungsgründe des Käufers ein und machen Sie aus den zwei häufigsten Fragen im Chat.
dx-action-close-leads-check = Prüfen Sie die Angaben der Leads (Kontaktdaten, Ort, Eignung), bevor Sie sie liefern.
dx-action-close-leads-cut = Streichen Sie Zielgruppen und Platzierungen, deren Leads am häufigsten abgelehnt werden, gemessen an den Kosten pro akzeptiertem Lead.
dx-action-close-review = Werten Sie verlorene Deals aus: Lag es am Preis, am Zeitpunkt oder an einer Lücke zwischen dem Versprechen der Anzeige und dem Angebot?
dx-action-close-price = Machen Sie den Preis oder eine Preisspanne vor der Übergabe klar, damit der Vertrieb seine Zeit mit Menschen verbringt, die kaufen können.
dx-action-close-follow-up = Fassen Sie schnell und mehr als einmal nach: Chat-Leads kühlen innerhalb von ein, zwei Tagen ab.
dx-action-meets-targets-audiences = Testen Sie neue Zielgruppen oder breiteres Targeting, gemessen an den Kosten pro qualifizierte Unterhaltung, nicht an den Kosten pro Nachricht.
dx-action-meets-targets-creative = Testen Sie neue kreative Ansätze und behalten Sie die Botschaft bei, die qualifizierte Menschen anzieht.
dx-action-meets-targets-budget = Erhöhen Sie das Budget schrittweise und prüfen Sie, ob die Schrittraten mit wachsendem Volumen halten.
# Wie die Korrektur zu weit gehen kann, je nach Befund.
dx-risk-reply = Ein aufdringlicherer Einstieg kann mehr Antworten von Menschen bringen, die nie kaufen wollten: Behalten Sie bei Änderungen die Qualifizierungsrate im Blick.
dx-risk-qualification = Stellen Sie nicht gleich zu Beginn einen Berg von Fragen: Zu viel Qualifizierung schreckt auch echte Käufer ab, die zuerst eine schnelle Antwort wollten. Rechnen Sie mit leicht steigenden Kosten pro Nachricht; entscheidend sind die Kosten pro qualifizierte Unterhaltung.
dx-risk-handoff = Wer alle sofort in einen Anruf drängt, kann Menschen verlieren, die im Chat zuerst einen Preis oder eine Antwort wollten.
dx-risk-close-leads = Striktes Filtern vor der Lieferung senkt auch das Volumen: Vergleichen Sie die Kosten pro akzeptiertem Lead vorher und nachher, nicht nur die Annahmequote.
dx-risk-close = Rabatte für mehr Abschlüsse können die Zahl der Kunden steigern und den Umsatz pro Kunde senken: Achten Sie auf den ROAS, nicht nur auf die Abschlussrate.
dx-risk-meets-targets = Schnelles Skalieren bringt meist zuerst schwächere Interessenten: Behalten Sie die Qualifizierungsrate im Blick, während die Ausgaben wachsen.
# Der letzte Satz der Zusammenfassung (für die Kunden-E-Mail, daher ohne Anrede): die erste Maßnahme oben.
dx-try-reply = Als Erstes empfiehlt sich: innerhalb von Minuten antworten, solange die Anzeigen laufen; eine sofortige erste Antwort mit einer einfachen Frage schlägt eine langsame perfekte.
dx-try-qualification = Als Erstes empfiehlt sich: in der Anzeige sagen, für wen das Angebot ist (Region, Budget, Anwendungsfall), damit unpassende Interessenten gar nicht erst einen Chat beginnen.
dx-try-handoff = Als Erstes empfiehlt sich: den nächsten Schritt (Buchungslink, Termin für einen Anruf, Angebotsformular, Checkout-Link) anbieten, sobald jemand qualifiziert ist.
dx-try-close-leads = Als Erstes empfiehlt sich: die Ablehnungsgründe des Käufers einholen und aus den zwei häufigsten Fragen im Chat machen.
dx-try-close = Als Erstes empfiehlt sich: verlorene Deals auswerten. Lag es am Preis, am Zeitpunkt oder an einer Lücke zwischen dem Versprechen der Anzeige und dem Angebot?
# Die Belege für den Schritt, der das Geschäft begrenzt.
# $reached von $from: die beiden Zahlen des Schritts; $rate: seine Rate; $range: ihr 95-%-Bereich;
# $target: die Zielrate.
dx-evidence-reply = { $reached } von { $from } { $from ->
    [one] begonnenen Unterhaltung
   *[other] begonnenen Unterhaltungen
    } { $reached ->
    [one] erhielt
   *[other] erhielten
    } eine Antwort: { $rate } (95-%-Bereich { $range }), unter dem Ziel von { $target }.
dx-evidence-qualification = { $reached } von { $from } { $from ->
    [one] Antwort
   *[other] Antworten
    } { $reached ->
    [one] war
   *[other] waren
    } qualifiziert: { $rate } (95-%-Bereich { $range }), unter dem Ziel von { $target }.
dx-evidence-handoff = { $reached } von { $from } { $from ->
    [one] qualifizierten Unterhaltung
   *[other] qualifizierten Unterhaltungen
    } { $reached ->
    [one] wurde
   *[other] wurden
    } an den Vertrieb übergeben: { $rate } (95-%-Bereich { $range }), unter dem Ziel von { $target }.
# Ein Schritt, der ab einer früheren Stufe als seiner eigenen gezählt wird, weil die Stufen dazwischen nicht
# gezählt sind: $from-stage und $stage sind Stufennamen (stage-name-…), in „…“ nach „der Stufe“, damit sie
# unverändert im Nominativ stehen; $target ist das Produkt der Ziele der Schritte, die der Abschnitt umfasst.
dx-evidence-folded = { $reached } von { $from } { $reached ->
    [one] gelangte
   *[other] gelangten
    } von der Stufe „{ $from-stage }“ bis zur Stufe „{ $stage }“: { $rate } (95-%-Bereich { $range }), unter dem Ziel von { $target } (die Ziele aller Schritte auf diesem Abschnitt, miteinander multipliziert).
dx-evidence-close = { $reached } von { $from } { $from ->
    [one] Vertriebsübergabe
   *[other] Vertriebsübergaben
    } { $reached ->
    [one] wurde
   *[other] wurden
    } abgeschlossen: { $rate } (95-%-Bereich { $range }), unter dem Ziel von { $target }.
# $so-far: die bisherige Abschlussrate; $rate und $range: die aus den Deals älterer Monate prognostizierte endgültige Abschlussrate.
dx-evidence-close-projected = { $reached } von { $from } { $from ->
    [one] Vertriebsübergabe
   *[other] Vertriebsübergaben
    } { $reached ->
    [one] wurde
   *[other] wurden
    } bisher abgeschlossen ({ $so-far }); wenn sich die offenen Deals so entwickeln wie die der älteren Monate, liegt die prognostizierte endgültige Abschlussrate bei { $rate } (95-%-Bereich { $range }), unter dem Ziel von { $target }.
# Eine nach ihrer Prognose beurteilte Abschlussrate, deren Bereich das Ziel einschließt: $so-far ist die
# bisherige Rate; $rate und $range die prognostizierte endgültige Rate.
dx-evidence-projected-unclear = Die prognostizierte endgültige Rate im Schritt { $step } liegt bei { $rate } (95-%-Bereich { $range }), bisher sind es { $so-far }: Sie könnte auf beiden Seiten des Ziels von { $target } liegen, bis weitere offene Deals abgeschlossen sind.
# $date: der Tag, ab dem sich die jüngsten Deals beurteilen lassen.
dx-evidence-too-early = Der Schritt { $step } steht bisher bei { $reached } von { $from } ({ $rate }), aber von den älteren Deals sind noch zu wenige abgeschlossen, um den Rest zu prognostizieren: Er lässt sich ab dem { $date } beurteilen.
# $target: die Zielrate des Schritts; $more: die zusätzlichen Ergebnisse („etwa 14 Kunden mehr“,
# dx-more-outcomes, nach Doppelpunkt im Nominativ); $cac: die Kosten pro Kunde dann; $revenue: der zusätzliche Umsatz.
dx-reaching = Das Ziel von { $target } zu erreichen, hieße: { $more }.
dx-reaching-cac = Das Ziel von { $target } zu erreichen, hieße: { $more }, CAC { $cac }.
dx-reaching-revenue = Das Ziel von { $target } zu erreichen, hieße: { $more } und { $revenue } mehr Umsatz.
dx-reaching-cac-revenue = Das Ziel von { $target } zu erreichen, hieße: { $more }, CAC { $cac } und { $revenue } mehr Umsatz.
# $cost: was eines an Werbeausgaben kostet; $times: das als Vielfaches von $message-cost, den Kosten pro Nachricht.
dx-cost-qualified = Jede qualifizierte Unterhaltung kostet { $cost } an Werbeausgaben, { $times } so viel wie eine Nachricht ({ $message-cost }).
dx-cost-handoff = Jede Vertriebsübergabe kostet { $cost } an Werbeausgaben, { $times } so viel wie eine Nachricht ({ $message-cost }).
dx-cost-customer = Jeder Kunde kostet { $cost } an Werbeausgaben, { $times } so viel wie eine Nachricht ({ $message-cost }).
dx-evidence-immature = Der Berichtszeitraum ist kürzer als der Verkaufszyklus, einige dieser Deals können also noch abgeschlossen werden: Betrachten Sie das als vorläufig.
# Aus $started Unterhaltungen wurden $customers: die Zahlen der ersten und letzten Stufe.
dx-evidence-meets-targets = Der 95-%-Bereich jedes Schritts liegt über seinem Ziel; aus { $started } { $started ->
    [one] Unterhaltung
   *[other] Unterhaltungen
    } { $customers ->
    [one] wurde
   *[other] wurden
    } { $customers } { $outcome }.
# Ein Schritt, der sich noch nicht bewerten lässt; $count: die begonnenen Unterhaltungen, die es zeigen würden.
dx-cant-tell-more = Die Rate im Schritt { $step } ({ $rate }, 95-%-Bereich { $range }) könnte auf beiden Seiten des Ziels von { $target } liegen: Etwa { $count } weitere begonnene { $count ->
    [one] Unterhaltung würde
   *[other] Unterhaltungen würden
    } Klarheit bringen.
dx-cant-tell-close = Die Rate im Schritt { $step } ({ $rate }, 95-%-Bereich { $range }) könnte auf beiden Seiten des Ziels von { $target } liegen: Sie liegt so nah am Ziel, dass auch mehr Volumen keine Klarheit bringt.
# $count: das Mindestvolumen.
dx-evidence-not-enough-data = Jeder Schritt braucht mindestens { $count } { $count ->
    [one] Person
   *[other] Personen
    } auf seiner Ausgangsstufe und stimmige Zahlen, bevor seine Rate viel aussagt.
# Ein weiterer Schritt unter Ziel: $rate gegenüber $target; $more: wie in dx-reaching.
dx-other-below = Auch der Schritt { $step } liegt unter Ziel: { $rate } gegenüber { $target }.
dx-other-below-worth = Auch der Schritt { $step } liegt unter Ziel: { $rate } gegenüber { $target } (am Ziel: { $more }).
dx-other-below-provisional = Auch der Schritt { $step } liegt unter Ziel: { $rate } gegenüber { $target } (vorläufig, da der Zeitraum kürzer ist als der Verkaufszyklus).
dx-other-below-projected = Auch der Schritt { $step } liegt unter Ziel: prognostiziert { $rate } gegenüber { $target } (bisher { $so-far }).
dx-other-below-worth-provisional = Auch der Schritt { $step } liegt unter Ziel: { $rate } gegenüber { $target } (am Ziel: { $more }; vorläufig, da der Zeitraum kürzer ist als der Verkaufszyklus).
# Der größte Abbruch. $lost: der Anteil, der in diesem Schritt verloren geht.
dx-naive-same = Hier liegt auch der größte Abbruch der Leiter ({ $lost } gehen in diesem Schritt verloren).
# $step: der Schritt mit dem größten Abbruch, $target sein Ziel; $limiting: der Schritt, den die
# Diagnose nennt. Ein Eintrag für jede Lage von $step gegenüber seinem Ziel.
dx-naive-doing-well = Der größte Abbruch liegt im Schritt { $step } ({ $lost } verloren), doch in diesem Schritt sind die Raten naturgemäß niedriger als in den anderen: Gemessen an seinem Ziel von { $target } steht er gut da, während der Schritt { $limiting } mehr { $outcomes } kostet.
dx-naive-also-short = Der größte Abbruch liegt im Schritt { $step } ({ $lost } verloren), doch in diesem Schritt sind die Raten naturgemäß niedriger als in den anderen: Gemessen an seinem Ziel von { $target } liegt er ebenfalls darunter, während der Schritt { $limiting } mehr { $outcomes } kostet.
dx-naive-not-clearly-short = Der größte Abbruch liegt im Schritt { $step } ({ $lost } verloren), doch in diesem Schritt sind die Raten naturgemäß niedriger als in den anderen: Gemessen an seinem Ziel von { $target } liegt er nicht klar darunter, während der Schritt { $limiting } mehr { $outcomes } kostet.
# Kosten pro Nachricht gegenüber Kosten pro Kunde. $count: Unterhaltungen pro Kunde.
dx-context = Eine Nachricht kostet { $message-cost }, { $outcomes } kosten je { $customer-cost } an Werbeausgaben: Im Schnitt wurde aus etwa { $count } { $count ->
    [one] Unterhaltung
   *[other] Unterhaltungen
    } 1 { $outcome }.
# Die Zusammenfassung für die Kunden-E-Mail (in der dritten Person): diese Sätze hintereinander.
dx-summary-spend = Mit { $spend } an Werbeausgaben { $started ->
    [one] wurde { $started } Unterhaltung
   *[other] wurden { $started } Unterhaltungen
    } begonnen.
# $cost: die Kosten pro Nachricht.
dx-summary-spend-each = Mit { $spend } an Werbeausgaben { $started ->
    [one] wurde { $started } Unterhaltung
   *[other] wurden { $started } Unterhaltungen
    } begonnen, zu je { $cost }.
# Die Zahl jeder Stufe und ihre Schrittrate; $cac: Kosten pro Kunde, alle Kosten eingerechnet; $roas: ein Vielfaches.
# $outcomes steht vorangestellt und ohne Artikel („und Kunden gab es am Ende 12“), damit es zu jeder Zahl passt.
dx-summary-ladder = { $replied } { $replied ->
    [one] hat
   *[other] haben
    } geantwortet ({ $reply-rate }), { $qualified } { $qualified ->
    [one] war
   *[other] waren
    } qualifiziert ({ $qualification-rate }), { $handed-off } { $handed-off ->
    [one] ging
   *[other] gingen
    } an den Vertrieb ({ $handoff-rate }), und { $outcomes } gab es am Ende { $customers } ({ $close-rate }).
dx-summary-ladder-cac = { $replied } { $replied ->
    [one] hat
   *[other] haben
    } geantwortet ({ $reply-rate }), { $qualified } { $qualified ->
    [one] war
   *[other] waren
    } qualifiziert ({ $qualification-rate }), { $handed-off } { $handed-off ->
    [one] ging
   *[other] gingen
    } an den Vertrieb ({ $handoff-rate }), und { $outcomes } gab es am Ende { $customers } ({ $close-rate }), zu Gesamtkosten von je { $cac }.
dx-summary-ladder-roas = { $replied } { $replied ->
    [one] hat
   *[other] haben
    } geantwortet ({ $reply-rate }), { $qualified } { $qualified ->
    [one] war
   *[other] waren
    } qualifiziert ({ $qualification-rate }), { $handed-off } { $handed-off ->
    [one] ging
   *[other] gingen
    } an den Vertrieb ({ $handoff-rate }), und { $outcomes } gab es am Ende { $customers } ({ $close-rate }), bei einem ROAS von { $roas }.
dx-summary-ladder-cac-roas = { $replied } { $replied ->
    [one] hat
   *[other] haben
    } geantwortet ({ $reply-rate }), { $qualified } { $qualified ->
    [one] war
   *[other] waren
    } qualifiziert ({ $qualification-rate }), { $handed-off } { $handed-off ->
    [one] ging
   *[other] gingen
    } an den Vertrieb ({ $handoff-rate }), und { $outcomes } gab es am Ende { $customers } ({ $close-rate }), zu Gesamtkosten von je { $cac } und bei einem ROAS von { $roas }.
# $more: wie in dx-reaching.
dx-summary-step = Engpass ist der Schritt { $step }: { $rate } bei einem Ziel von { $target }.
dx-summary-step-reaching = Engpass ist der Schritt { $step }: { $rate } bei einem Ziel von { $target }; das Ziel zu erreichen, hieße: { $more }.
dx-summary-step-projected = Engpass ist der Schritt { $step }: prognostizierte Endrate { $rate } bei einem Ziel von { $target }, da noch Deals laufen.
dx-summary-step-provisional = Engpass ist der Schritt { $step }: { $rate } bei einem Ziel von { $target } (vorläufig, da der Zeitraum kürzer ist als der Verkaufszyklus).
dx-summary-step-provisional-reaching = Engpass ist der Schritt { $step }: { $rate } bei einem Ziel von { $target } (vorläufig, da der Zeitraum kürzer ist als der Verkaufszyklus); das Ziel zu erreichen, hieße: { $more }.
# $headline: die Schlagzeile (dx-headline-…) als Satz.
dx-summary-headline = { $headline }.
# Die Zusammenfassung über die erfundenen Zahlen des Beispiels.
dx-example-summary = Beispiel mit erfundenen Zahlen: { $summary }
# Datenprüfungen. $reached-stage ($reached davon) und $from-stage ($from): die beiden Stufen des Schritts.
dx-check-inconsistent = Die Zahlen wirken widersprüchlich: Es gibt mehr { $reached-stage } ({ $reached }) als { $from-stage } ({ $from }).
dx-check-no-verdict = Prüfen Sie, wie Unterhaltungen markiert werden; solange die Zahlen nicht zusammenpassen, gibt es für den Schritt { $step } keinen Befund.
# $stage: die letzte Stufe mit einer Zahl.
dx-check-stops-at = Die Leiter hat Zahlen nur bis zu dieser Stufe: { $stage }.
dx-check-no-start = Die Leiter hat keine Startzahl.
# Stufen ohne Zahl, obwohl eine spätere gezählt ist: $stages (Stufennamen, eine Liste) gehen im Schritt
# $step (step-name-…) auf, der ab $from (ein Stufenname, in „…“) bewertet wird; $sources: wo sie zu finden sind.
dx-check-folded = Hier nicht gezählt: { $stages }. Der Schritt { $step } wird stattdessen ab der Stufe „{ $from }“ bewertet, gemessen an seinem Ziel multipliziert mit den Zielen der nicht gezählten Schritte; ergänzen Sie { $stages } ({ $sources }), um jeden Schritt einzeln zu bewerten.
# $stages: die Stufen ohne Zahl (eine Liste); $sources: wo sie jeweils zu finden sind (eine Liste aus
# dx-source-…); $steps: die $count Schritte, die dadurch unbewertet bleiben (eine Liste).
dx-check-add = Ergänzen Sie { $stages } ({ $sources }), um { $count ->
    [one] den Schritt
   *[other] die Schritte
    } { $steps } zu bewerten.
dx-source-started = aus dem Werbeanzeigenmanager
dx-source-replied = aus Ihrem Posteingang oder Chat-Tool
dx-source-qualified = aus einer Chat-Auswertung oder Ihrem CRM
dx-source-handed-off = aus Ihrem CRM oder Buchungstool
dx-source-customer = aus Ihrem CRM oder Ihren Verkaufsdaten
# $window und $cycle: Anzahl Tage.
dx-check-immature = Die Ergebnisse sind womöglich noch nicht vollständig: Der { $window }-tägige Berichtszeitraum ist kürzer als der { $cycle }-tägige Verkaufszyklus, die späten Stufen werden also noch wachsen.
dx-check-immature-imported = Die Ergebnisse sind womöglich noch nicht vollständig: Der { $window }-tägige Berichtszeitraum (aus den importierten Datumsangaben) ist kürzer als der { $cycle }-tägige Verkaufszyklus, die späten Stufen werden also noch wachsen.
dx-check-provisional = Die Befunde zu Übergabe und Abschluss sind vorläufig.
# Aus den mit Datum importierten Deals (Zeit bis zum Abschluss). $since: ein Monat oder eine Woche
# („Oktober 2026“); $date: ein ISO-Datum, ab dem sich die jüngsten Deals beurteilen lassen.
dx-check-maturing = Die seit { $since } begonnenen Deals laufen noch: Die Abschlussrate zählt nur die bisher gewonnenen Deals und wird daher erst ab dem { $date } beurteilt.
# Wie dx-check-maturing, wenn ältere Monate eine Prognose erlauben: $wins sind die noch erwarteten gewonnenen Deals.
dx-check-maturing-projected = Die seit { $since } begonnenen Deals laufen noch (bis zum { $date }): Gemessen daran, wie die Deals älterer Monate abgeschlossen wurden, { $wins ->
    [one] ist daraus noch etwa { $wins } gewonnener Deal zu erwarten
   *[other] sind daraus noch etwa { $wins } gewonnene Deals zu erwarten
    }, daher wird die Abschlussrate nach ihrem prognostizierten Endwert beurteilt.
# $earlier und $later: die Namen der beiden Zeiträume (oder ws-earlier-period, ws-this-period); $rise: der Anstieg in Prozent.
dx-check-cost-rose-between = Die Kosten pro Nachricht sind von { $before } ({ $earlier }) auf { $now } ({ $later }) gestiegen: +{ $rise }.
dx-check-cost-rose = Die Kosten pro Nachricht sind seit dem letzten Zeitraum von { $before } auf { $now } gestiegen: +{ $rise }.
dx-check-cost-advice = Das deutet meist auf die Auslieferung hin: ermüdete Creatives, schwache Relevanz, gesättigte Zielgruppen oder mehr Wettbewerb. Prüfen Sie Frequenz, Alter der Creatives und Relevanz, bevor Sie den Chat ändern.
# Die Befundzelle der Schritttabelle.
dx-verdict-below = Unter Ziel
dx-verdict-above = Über Ziel
# $count: die Unterhaltungen, die es zeigen würden.
dx-verdict-cant-tell-more = Noch offen: etwa { $count } weitere { $count ->
    [one] Unterhaltung würde
   *[other] Unterhaltungen würden
    } es zeigen
dx-verdict-cant-tell = Offen: zu nah am Ziel, um es zu unterscheiden
# Eine prognostizierte Rate, deren Bereich das Ziel einschließt: Abwarten, bis die Deals abgeschlossen sind, bringt Klarheit.
dx-verdict-cant-tell-yet = Noch offen
# $have der $need Personen, die die Ausgangsstufe des Schritts braucht.
dx-verdict-not-enough-data = Zu wenig Daten ({ $have } von { $need } nötig)
dx-verdict-inconsistent = Zahlen widersprüchlich
dx-verdict-missing = Zahlen fehlen
# Ein Schritt, dessen Stufe nicht gezählt ist, obwohl eine spätere gezählt ist: mit dem nächsten Schritt zusammen bewertet.
dx-verdict-not-counted = Nicht gezählt: mit dem nächsten Schritt bewertet
# $verdict: einer der Befunde oben, solange der Zeitraum kürzer ist als der Verkaufszyklus.
dx-verdict-provisional = { $verdict } (vorläufig)
# $verdict: einer der Befunde oben, nach einer prognostizierten endgültigen Rate beurteilt; $so-far: die bisherige Rate.
dx-verdict-projected = { $verdict } (prognostiziert; bisher { $so-far })
# $date: der Tag, ab dem sich die jüngsten Deals beurteilen lassen.
dx-verdict-too-early = Zu früh: beurteilbar ab { $date }
# Die Zelle „Bei Erreichen des Ziels“ der Schritttabelle.
dx-impact-at-target = Bereits am oder über dem Ziel
dx-impact-needs-counts = Für eine Schätzung sind die Zahlen aller Stufen nötig
# $outcome: das Substantiv zu $count.
dx-impact-gain = +{ $count } { $outcome }
# $gain: die zusätzlichen Ergebnisse (dx-impact-gain oder dx-less-than-one-more); $cac: die Kosten pro
# Kunde dann; $revenue: der zusätzliche Umsatz.
dx-impact-cac = { $gain }, CAC { $cac }
dx-impact-revenue = { $gain }, +{ $revenue } Umsatz
dx-impact-cac-revenue = { $gain }, CAC { $cac }, +{ $revenue } Umsatz
# Die Hebeltabelle: ein Zuwachs in ganzen Ergebnissen („+14“ oder unter eins).
dx-gain-under-one = <1
dx-gain = +{ $count }
dx-lever-cost-per-message = Kosten pro Nachricht 10 % niedriger (gleiche Ausgaben)
# $steps: der Name eines Schritts (step-title-…) oder eine Liste, die mit einem beginnt:
# „Antwort, Qualifizierung oder Abschluss“ (dx-list-or).
dx-lever-rate = { $steps }: Rate 10 % höher
# $outcome: das Substantiv für eins, im Nominativ.
dx-lever-revenue = Umsatz, den 1 { $outcome } bringt, 10 % höher
# $more: wie in dx-reaching; $cac: die Kosten pro Kunde dann.
dx-levers-alike = Alle Hebel sind hier gleich viel wert. Ein Plus von 10 % in einem beliebigen Schritt bedeutet: { $more }.
dx-levers-alike-cac = Alle Hebel sind hier gleich viel wert. Ein Plus von 10 % in einem beliebigen Schritt bedeutet: { $more }, CAC { $cac }.
dx-levers-alike-choose = Wählen Sie den Schritt, der sich am günstigsten verbessern lässt, meist den, der am weitesten unter seinem Ziel liegt.
dx-lever-note = Die Leiter multipliziert ihre Raten, daher hebt ein Plus von 10 % in einem beliebigen Schritt die letzte Stufe um dieselben 10 %, sofern dieser Schritt nicht schon nahe 100 % liegt. Am günstigsten ist ein Plus von 10 % meist in den Schritten, die am weitesten unter ihrem Ziel liegen.
# Die Antwort in einer Zeile auf dem Handy: $line ist das Abzeichen (dx-badge-…) und was davor steht.
dx-answer-cac = { $line } · CAC { $cac }
# $cost: die Kosten pro Nachricht.
dx-answer-cost = { $line } · Kosten pro Nachricht { $cost }
