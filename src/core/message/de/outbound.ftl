# Was die Seite verlässt (Bericht, CSV, Links, Einbettung), was gespeichert wird (Speicher, Backups), was wäre, wenn (Szenarien, Zielwertsuche) und die Meldungen des Arbeitsbereichs
# Deutsch (Sie-Form), Begriffe nach docs/glossary/de.md: ein Eintrag pro Meldung, Argumente benannt ($name);
# Plural nach der CLDR-Kategorie der Zahl (Deutsch: one, other).
# Gleiche Dateien und Einträge wie en/.

## Der gedruckte Bericht
out-report-example = Beispielzahlen, erfunden
out-report-typed = Eingegebene Zahlen
out-report-all-segments = Alle importierten Segmente
# $period: die Datumsangaben der importierten Daten, etwa „Oktober 2026“ oder „2026-10-01 – 2026-11-30“.
out-report-all-segments-in = Alle importierten Segmente, { $period }
# $period: der Name eines importierten Zeitraums, etwa „Oktober 2026“.
out-report-all-campaigns-in = Alle Kampagnen, { $period }
# $segment: der Name eines importierten Segments; $period: seine Datumsangaben.
out-report-segment-in = { $segment }, { $period }
# Die Zeile unter dem Titel des Berichts. $what: welche Zahlen er zeigt (out-report-… oder der Name eines
# Segments); $date: der Tag des Drucks, etwa 2026-12-01.
out-report-subtitle = { $what } · gedruckt am { $date }
out-finding-inversions = Günstige Nachrichten, teure Kunden
out-finding-cac-moved = Warum sich die CAC verändert haben
out-finding-outliers = Segmente, die sich wirklich unterscheiden
# Die Spalten der Leiter-Tabelle im Bericht als Markdown.
out-md-stage = Stufe
out-md-count = Anzahl
out-md-step-rate = Schrittrate
out-md-cost-per-stage = Kosten pro Stufe

## CSV-Downloads (Spaltenüberschriften und Einheiten in der Datei)
out-csv-metric = Kennzahl
out-csv-value = Wert
out-csv-unit = Einheit
out-csv-formula = Formel
out-csv-note = Hinweis
out-csv-segment = Segment
out-csv-period-start = Beginn des Zeitraums
out-csv-period-end = Ende des Zeitraums
out-csv-spend = Ausgaben
out-csv-started = Begonnene Unterhaltungen
# Eine Spalte, die sagt, was die CAC zählen, solange ihre Deals noch laufen: closing-cac-mark-projected, closing-cac-mark-so-far oder nichts.
out-csv-cac-counts = CAC-Basis
# Überschrift einer Geldspalte. $column: ihr Name, etwa „Ausgaben“; $currency: ein ISO-Code, etwa EUR.
out-csv-in-currency = { $column } ({ $currency })
# $currency: ein ISO-Code, etwa EUR.
out-csv-unit-money = Betrag ({ $currency })
out-csv-unit-rate = Rate (Dezimalzahl)
out-csv-unit-multiple = Vielfaches
out-csv-unit-count = Anzahl

## Geteilte Links, die sich nicht öffnen lassen
out-link-not-a-link = Diese Adresse enthält keinen geteilten Arbeitsbereich.
# $version: die Formatnummer des Links, etwa 2.
out-link-newer = Dieser Link wurde mit einer neueren Version von Messaging Ladder erstellt (Format { $version }). Laden Sie die Seite neu, um die neueste Version zu erhalten, und öffnen Sie den Link dann erneut.
out-link-too-long = Dieser Link ist zu groß, um ihn sicher zu öffnen. Teilen Sie weniger Segmente oder exportieren Sie stattdessen eine CSV-Datei.
out-link-damaged = Dieser Link ist beschädigt oder abgeschnitten (seine Prüfsumme stimmt nicht). Kopieren Sie den ganzen Link erneut; Chat-Apps kürzen lange Links manchmal.
# $problem: was mit seinen Daten nicht stimmt (out-problem-…).
out-link-invalid = Dieser Link enthält Daten, die sich nicht verwenden lassen: { $problem }.
# Was mit einem Arbeitsbereich aus einem Link oder Backup nicht stimmt, am Ende eines anderen Satzes
# (out-link-invalid, store-backup-unusable): eine Wortgruppe, kein ganzer Satz.
out-problem-not-text = unerwarteter Inhalt (kein UTF-8)
# $detail: die eigene Beschreibung des JSON-Lesers, auf Englisch.
out-problem-unexpected = unerwarteter Inhalt ({ $detail })
# $count: wie viele Segmente er enthält; $max: wie viele ein Link höchstens enthalten darf.
out-problem-too-many-segments = { $count ->
    [one] { $count } Segment
   *[other] { $count } Segmente
    }, mehr als die { $max }, die ein Link enthalten darf
# $segment: der Name eines Segments (seine ersten 40 Zeichen).
out-problem-count-too-large = eine Anzahl in „{ $segment }“ größer als 10¹²
# $segment: der Name eines Segments (seine ersten 40 Zeichen).
out-problem-negative-amount = ein negativer Betrag in „{ $segment }“
# $segment: der Name eines Segments (seine ersten 40 Zeichen).
out-problem-amount-too-large = ein Betrag in „{ $segment }“ größer als 10¹²
out-problem-long-segment-name = ein Segmentname mit mehr als 500 Zeichen
out-problem-long-date = ein Datum eines Zeitraums mit mehr als 40 Zeichen
out-problem-long-field = ein Feld mit mehr als 200 Zeichen

## Einbetten in ein Kundenportal
# Wie eine Einbettung ohne eigenen Namen heißt: ihr Titel und der Titel des Frames im Code.
out-embed-plain-name = Rechner für Click-to-Message-Anzeigen
out-embed-note = Der Frame läuft in einer Sandbox, behält aber den eigenen Ursprung des Rechners (allow-same-origin): Er lädt von jedem statischen Host ohne besondere Header, speichert die Arbeit jedes Besuchers, wo der Browser Speicher in Frames erlaubt (wo nicht, sagt der Frame das und bietet ein Backup und einen Link an), und kann weder auf die Portalseite noch auf deren Cookies oder Speicher zugreifen, weil der Rechner von einer anderen Domain ausgeliefert wird. Liefern Sie ihn von einer anderen Domain aus als das Portal: Auf derselben Domain würde allow-same-origin dem Frame erlauben, seine eigene Sandbox aufzuheben. allow="clipboard-write" lässt „Link kopieren“ funktionieren; allow-downloads lässt die CSV- und Backup-Downloads durch. Das Skript passt die Größe des Frames an seinen Inhalt an; nichts, was der Frame sendet, enthält Ihre Zahlen.
# $file: der Name der heruntergeladenen Datei.
out-embed-downloading = „{ $file }“ wird heruntergeladen. Falls keine Datei erscheint, erlaubt die Seite um diesen Rechner ihrem Frame keine Downloads (die Sandbox des Frames braucht allow-downloads): Nutzen Sie „Link kopieren“, öffnen Sie den Link in einem neuen Tab und laden Sie die Datei dort herunter.

## Gespeicherte Arbeitsbereiche und Speicher
# Die Namen, die ein Arbeitsbereich bekommt, wenn niemand ihn benannt hat (bleiben sein Name).
store-first-name = Mein Arbeitsbereich
# $number: seine Position in der Liste, ab 1.
store-workspace-number = Arbeitsbereich { $number }
store-shared-name = Mit mir geteilt
# $position: seine Position im Backup, ab 1.
store-restored-name = Wiederhergestellt { $position }
# Die Einträge der Auswahl. $name: der Name eines Arbeitsbereichs (der geöffnete steht nur mit Namen da).
store-choice-open = { $name }
# $name: der Name eines Arbeitsbereichs; $when: wann er geändert wurde (store-changed-…).
store-choice-other = { $name } · geändert { $when }
# Wann ein Arbeitsbereich geändert wurde, nach „geändert“.
store-changed-just-now = gerade eben
store-changed-minutes = { $count ->
    [one] vor { $count } Minute
   *[other] vor { $count } Minuten
    }
store-changed-hours = { $count ->
    [one] vor { $count } Stunde
   *[other] vor { $count } Stunden
    }
# $date: der Tag, etwa 2026-11-28.
store-changed-on = am { $date }
# Was ein Backup enthält. $count: wie viele Arbeitsbereiche; $list: jeder einzeln (store-backup-item),
# verbunden mit store-list.
store-backup-contents = { $count ->
    [one] { $count } Arbeitsbereich
   *[other] { $count } Arbeitsbereiche
    }: { $list }.
# $name: der Name eines Arbeitsbereichs; $when: wann er geändert wurde (store-changed-…).
store-backup-item = „{ $name }“ (geändert { $when })
# Zwei oder mehr Einträge einer Liste: der erste, dann der Rest.
store-list = { $first }, { $rest }
# $mb: das größte Backup, das gelesen wird, in Megabyte.
store-backup-too-large = Die Datei ist größer als { $mb } MB, mehr als ein Backup enthält.
# $detail: die eigene Beschreibung des JSON-Lesers, auf Englisch.
store-backup-not-json = Das ist kein Backup von Messaging Ladder (kein JSON: { $detail }).
store-backup-wrong-format = Das ist kein Backup von Messaging Ladder (sein „format“ ist nicht „messaging-ladder-backup“).
# $version: die Formatnummer des Backups, etwa 2.
store-backup-newer = Dieses Backup wurde von einer neueren Version von Messaging Ladder geschrieben (Format { $version }). Öffnen Sie es dort.
store-backup-no-version = Dieses Backup hat keine Formatversion, die diese App kennt.
# $detail: die eigene Beschreibung des JSON-Lesers, auf Englisch.
store-backup-damaged = Dieses Backup ist beschädigt ({ $detail }).
store-backup-empty = Dieses Backup enthält keinen Arbeitsbereich.
# $count: wie viele Arbeitsbereiche es enthält; $max: wie viele eine Wiederherstellung höchstens übernimmt.
store-backup-too-many = Dieses Backup enthält { $count ->
    [one] { $count } Arbeitsbereich
   *[other] { $count } Arbeitsbereiche
    }, mehr als die { $max }, die eine Wiederherstellung übernimmt.
# $position: die Position des Arbeitsbereichs im Backup, ab 1; $name: sein Name (die ersten 40
# Zeichen); $problem: was nicht stimmt (out-problem-…).
store-backup-unusable = Arbeitsbereich { $position } („{ $name }“) kann nicht verwendet werden: { $problem }.
# Meldungen zum Speicher.
store-blocked = Dieser Browser blockiert hier den Speicher (privater Modus oder eingebettete Seite), daher bleibt Ihre Arbeit nur in diesem Tab. Kopieren Sie Ihre Zahlen, bevor Sie ihn schließen.
store-full = Der Browserspeicher ist voll, daher bleiben Ihre letzten Änderungen nur in diesem Tab. Geben Sie Speicherplatz für diese Website frei, dann werden sie bei der nächsten Änderung gespeichert.
# $why: der eigene Name des Browsers für den Fehler, etwa InvalidStateError.
store-failed = Ihre letzten Änderungen konnten nicht gespeichert werden ({ $why }); sie bleiben in diesem Tab, und das Speichern wird bei der nächsten Änderung erneut versucht.
# $key: der Speicherschlüssel, unter dem die unlesbare Kopie liegt, etwa messaging-ladder:backup:1.
store-corrupt-kept = Die gespeicherte Arbeit konnte nicht gelesen werden, daher wurde das Beispiel geladen. Die unlesbare Kopie bleibt im Speicher dieses Browsers unter „{ $key }“ erhalten.
store-corrupt-not-kept = Die gespeicherte Arbeit konnte weder gelesen noch gesichert werden, daher bleibt sie unangetastet, und Ihre Änderungen bleiben nur in diesem Tab.
# $version: die Formatnummer des gespeicherten Stands, etwa 2.
store-newer = Ihre gespeicherte Arbeit wurde von einer neueren Version von Messaging Ladder geschrieben (Format { $version }). Sie bleibt unangetastet; Änderungen hier bleiben nur in diesem Tab.

## Was wäre, wenn: Szenarien und Zielwertsuche
scn-full = Höchstens vier Szenarien
# Der Name eines neuen Szenarios. $number: seine Position, ab 1.
scn-default-name = Szenario { $number }
# Der Name einer Kopie. $name: das kopierte Szenario.
scn-copy-name = { $name } (Kopie)
# $lever: ein Hebel (scn-lever-…); $scenario: der Name des Szenarios.
scn-slider-label = Schieberegler { $lever } ({ $scenario })
# Die Hebel, als Beschriftung und am Satzanfang.
scn-lever-spend = Ausgaben
scn-lever-cost-per-message = Kosten pro Nachricht
scn-lever-reply-rate = Antwortrate
scn-lever-qualification-rate = Qualifizierungsrate
scn-lever-handoff-rate = Übergaberate
scn-lever-close-rate = Abschlussrate
scn-lever-revenue-per-customer = Umsatz pro Kunde
scn-lever-other-cost = Sonstige Akquisitionskosten
# Die Hebel im Satz: „Setzen Sie Abschlussrate auf 34 %“.
scn-lever-name-spend = Ausgaben
scn-lever-name-cost-per-message = Kosten pro Nachricht
scn-lever-name-reply-rate = Antwortrate
scn-lever-name-qualification-rate = Qualifizierungsrate
scn-lever-name-handoff-rate = Übergaberate
scn-lever-name-close-rate = Abschlussrate
scn-lever-name-revenue-per-customer = Umsatz pro Kunde
scn-lever-name-other-cost = sonstige Akquisitionskosten
# Die Ziele der Zielwertsuche, in der Auswahl und im Satz.
scn-goal-cac = CAC
scn-goal-customers = Kunden
scn-goal-roas = ROAS
scn-goal-cost-per-qualified = Kosten pro qualifizierte Unterhaltung
# Warum sich aus der angezeigten Leiter keine Szenarien bauen lassen.
scn-needs-spend = Geben Sie Ausgaben ein, um Szenarien zu erstellen.
scn-needs-started = Geben Sie begonnene Unterhaltungen ein, um Szenarien zu erstellen.
# $stage: der Name einer Stufe im Satz (stage-name-…), etwa „qualifizierte Unterhaltungen“.
scn-needs-stage = Geben Sie { $stage } ein, um Szenarien zu erstellen.
# Über den Szenarien, wenn eine Stufe zwischen begonnenen Unterhaltungen und Kunden nicht gezählt wird
# (ein Meta-Export, mit einem CRM verknüpft, hat keine Antworten). $stages: die Namen der Stufen (stage-name-…), als Liste.
scn-not-counted = In diesen Zahlen fehlen { $stages }: Der Schritt danach wird ab der Stufe davor gerechnet, und für { $stages } gibt es keinen Hebel.
# Zielwertsuche, nach der Rate eines Schritts zu einer nicht gezählten Stufe gefragt. $stage: ihr Name (stage-name-…).
scn-lever-not-counted = In diesen Zahlen fehlen { $stage }, daher lässt sich die Rate dieses Schritts nicht festlegen: Wählen Sie die Rate des nächsten Schritts, ab der Stufe davor gerechnet.
scn-projected-baseline = Der Abschluss startet mit seiner prognostizierten endgültigen Rate von { $rate } (bisher { $so-far }), da kürzlich begonnene Deals noch laufen.
# $step: der Name eines Schritts im Satz (step-name-…), etwa „Qualifizierung“; $reached: die Zahl
# an seinem Ende; $from: die Zahl an seinem Anfang.
scn-needs-consistent = Für Szenarien braucht der Schritt { $step } stimmige Zahlen ({ $reached } von { $from }).
# Die Antworten der Zielwertsuche. $lever: ein Hebel im Satz (scn-lever-name-…); $value: der Wert,
# den er haben muss; $now: sein heutiger Wert (oder „—“).
scn-answer-set = Setzen Sie { $lever } auf { $value } (jetzt { $now }).
# $why: warum das Ziel unerreichbar ist (scn-…); $lever: der Hebel (scn-lever-…); $value: sein Wert,
# der am nächsten kommt; $goal: das Ziel (scn-goal-…); $reached: der Wert des Ziels dort.
scn-answer-nearest = Nicht erreichbar: { $why } Am nächsten: { $lever } bei { $value } → { $goal } { $reached }.
# $why: warum das Ziel unerreichbar ist (scn-…).
scn-answer-unreachable = Nicht erreichbar: { $why }
# $lever: ein Hebel (scn-lever-…); $goal: ein Ziel (scn-goal-…).
scn-not-a-lever = { $lever }: kein Einfluss auf { $goal }.
# $goal: ein Ziel (scn-goal-…).
scn-choose-above-zero = Wählen Sie für { $goal } einen Wert über null.
scn-cac-without-other-cost = Ohne sonstige Akquisitionskosten hängen die CAC nicht von den Ausgaben ab: Jede Unterhaltung kostet gleich viel.
# $floor: die niedrigsten CAC, die sich durch Ausgaben erreichen lassen (Geld).
scn-cac-floor = Mehr Ausgaben verteilen nur die sonstigen Kosten dünner: Durch Ausgaben können die CAC nicht unter { $floor } sinken (Kosten pro Nachricht ÷ alle Schrittraten).
scn-no-value = Die Ausgangslage hat eine Rate von null oder keinen Umsatz, daher erreicht kein Wert dieses Hebels das Ziel.
# $lever: ein Raten-Hebel im Satz (scn-lever-name-…, alle auf „-rate“, feminin); $rate: die nötige Rate.
scn-above-hundred = Dafür müsste die { $lever } bei { $rate } liegen, also über 100 %.
# $lever: ein Hebel im Satz (scn-lever-name-…).
scn-negative = Dafür bräuchte es einen negativen Wert für { $lever }.
# $goal: ein Ziel (scn-goal-…); $target: der dafür eingegebene Wert; $lever: ein Hebel im Satz
# (scn-lever-name-…). Der Name eines Szenarios aus der Antwort der Zielwertsuche.
scn-goal-scenario-name = { $goal } { $target } über { $lever }
# Die Zeilen der Vergleichstabelle: Kunden, dann jede Kennzahl.
scn-row-customers = Kunden
# $metric: der Name einer Kennzahl, etwa „Kosten pro Nachricht“.
scn-row-metric = { $metric }
# Die Veränderung eines Szenarios gegenüber der Ausgangslage, ihre Teile auf eigenen Zeilen (in einer
# breiten Tabelle als Leerzeichen). $amount: die Veränderung mit Vorzeichen, etwa „−11,43 €“ oder „+14“.
scn-change-better = ▲ besser:
    { $amount }
scn-change-worse = ▼ schlechter:
    { $amount }
# $amount: die Veränderung mit Vorzeichen; $percent: ihr Anteil an der Ausgangslage mit Vorzeichen, etwa „−7 %“.
scn-change-better-percent = ▲ besser:
    { $amount }
    ({ $percent })
# $amount: die Veränderung mit Vorzeichen; $percent: ihr Anteil an der Ausgangslage mit Vorzeichen, etwa „−50 %“.
scn-change-worse-percent = ▼ schlechter:
    { $amount }
    ({ $percent })
# Die Veränderung einer Rate in Prozentpunkten. $points: die Zahl, etwa 10,0.
scn-points = { $points } Pp.
scn-no-change = keine Veränderung

## Die Meldungen des Arbeitsbereichs
# Neben „Rückgängig“, nachdem der ganze Arbeitsbereich ersetzt wurde.
ws-sample-loaded = Beispielzahlen geladen.
ws-cleared = Geleert.
ws-opened-shared = Die geteilten Zahlen wurden geöffnet.
ws-example-note = Beispielzahlen: ein erfundener Betrieb für Hausdienstleistungen, nicht Ihre Daten. Geben Sie Ihre eigenen Zahlen ein oder importieren Sie einen Export, um sie zu ersetzen.
ws-link-copied = Link kopiert. Er enthält diese Zahlen in der Adresse selbst; nichts wird hochgeladen.
# Beschriftet das Feld mit dem Link, zum Kopieren von Hand.
ws-copy-by-hand = Die Zwischenablage ist hier nicht verfügbar. Kopieren Sie diesen Link:
# $cost: die im Formular eingegebenen sonstigen Akquisitionskosten (Geld).
ws-typed-other-cost = Die Leiter zeigt importierte Daten. Von diesen Zahlen werden nur die sonstigen Akquisitionskosten ({ $cost }) verwendet: Sie werden zu den CAC der importierten Daten addiert, nach Ausgaben auf die Kampagnen verteilt.
ws-typed-unused = Die Leiter zeigt importierte Daten, daher werden diese Zahlen gerade nicht verwendet.
# Die beiden verglichenen Leitern, wenn neben der Leiter ein früherer Zeitraum eingegeben ist, im Satz
# im Nominativ: „Verglichen werden der eingegebene frühere Zeitraum und die angezeigte Leiter.“
ws-earlier-typed = der eingegebene frühere Zeitraum
ws-ladder-shown = die angezeigte Leiter
# Dasselbe in der Prüfung der Kosten pro Nachricht, in Klammern hinter dem Betrag:
# „von 2,50 € (früherer Zeitraum) auf 3,00 € (dieser Zeitraum) gestiegen“.
ws-earlier-period = früherer Zeitraum
ws-this-period = dieser Zeitraum
# Nach einem Import. $count: wie viele Segmente; $file: der Dateiname.
ws-imported = { $count ->
    [one] { $count } Segment
   *[other] { $count } Segmente
    } aus { $file } importiert. Die Leiter zeigt jetzt die Summe.
# $file: der Name des Ergebnisprotokolls; $matched: wie viele seiner Namen Kampagnen in den Anzeigendaten
# sind; $names: wie viele Namen es hat („Namen“ ist im Dativ Singular und Plural gleich).
ws-joined-by-name = { $file } mit den Anzeigendaten verknüpft: { $matched } von { $names } Namen zugeordnet.
# Dasselbe, wenn die Anzeigendaten mehrere Zeiträume haben.
ws-joined-by-name-periods = { $file } mit den Anzeigendaten verknüpft: { $matched } von { $names } Namen zugeordnet, jeweils im passenden Zeitraum.
# $file: der Name des Ergebnisprotokolls.
ws-joined-account = { $file } mit der Summe der Anzeigendaten verknüpft: Die Ergebnisse gelten für das ganze Konto, nicht für eine Kampagne.
# $count: protokollierte Unterhaltungen mit einem Datum außerhalb aller Zeiträume der Anzeigendaten.
ws-left-out = { $count ->
    [one] { $count } protokollierte Unterhaltung
   *[other] { $count } protokollierte Unterhaltungen
    } außerhalb der Zeiträume der Anzeigendaten ausgelassen.
ws-shows-total = Die Leiter zeigt jetzt die Summe.
# Zwei Sätze hintereinander.
ws-then = { $first } { $then }
# Ein Ergebnisprotokoll mit importierten Anzeigendaten verknüpfen: die Auswahl.
ws-join-legend = Dies ist ein Ergebnisprotokoll, und es sind bereits Anzeigendaten importiert
ws-join-by-name = Nach Kampagnenname mit den Anzeigendaten verknüpfen: Ausgaben und Unterhaltungen aus den Anzeigen, Ergebnisse aus dieser Datei
ws-join-account-ignoring-names = Mit der Summe der Anzeigendaten verknüpfen, Namen ignorieren: Ergebnisse für das ganze Konto
ws-join-account = Mit der Summe der Anzeigendaten verknüpfen: Diese Datei hat keine Kampagnenspalte, daher gelten ihre Ergebnisse für das ganze Konto
ws-join-replace = Importierte Daten durch diese Datei ersetzen
ws-join-ask = Keiner der Namen in dieser Datei ist eine Kampagne in den Anzeigendaten, daher wird sie erst verknüpft, wenn Sie sagen, wie. Korrigieren Sie die Namen in der Datei oder wählen Sie unten eine Option.
ws-names-caption = Namen in dieser Datei und Kampagnen in den Anzeigendaten
ws-names-in-file = In dieser Datei
ws-names-in-ads = In den Anzeigendaten
