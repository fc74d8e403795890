# Die Leiter: ihre Felder, Kennzahlen und Formeln, warum ein Wert fehlt, der Funnel, die Prüfungen von Formular und Einstellungen
# Deutsch (Sie-Form), Begriffe nach docs/glossary/de.md: ein Eintrag pro Meldung, Argumente benannt ($name);
# Plural nach der CLDR-Kategorie der Zahl (Deutsch: one, other).
# Gleiche Dateien und Einträge wie en/.

## Die Felder des Formulars
# Beschriftung eines Felds; zugleich der Name der Zahl in Formeln und Gründen ($field, $stage).
ladder-field-spend = Ausgaben
ladder-field-started = Begonnene Unterhaltungen
ladder-field-replies = Antworten
ladder-field-qualified = Qualifizierte Unterhaltungen
ladder-field-handoffs = Vertriebsübergaben
ladder-field-customers = Kunden
ladder-field-revenue = Umsatz
ladder-field-impressions = Impressionen
ladder-field-link-clicks = Link-Klicks
ladder-field-other-cost = Sonstige Akquisitionskosten
# Der Hinweis unter einem Feld: was zu zählen ist. $currency: die Währung des Arbeitsbereichs, etwa EUR.
ladder-hint-spend = Werbeausgaben im Zeitraum. In { $currency }.
ladder-hint-started = Begonnene Unterhaltungen, wie der Werbeanzeigenmanager sie zählt.
ladder-hint-replies = Unterhaltungen, in denen die Person auf Ihre erste Antwort reagiert hat.
ladder-hint-qualified = Unterhaltungen, die Ihre Kriterien erfüllt haben.
ladder-hint-handoffs = Qualifizierte Chats, die beim Vertrieb, bei einer Buchung, einem Angebot oder im Checkout angekommen sind.
ladder-hint-customers = Personen, die gekauft haben.
ladder-hint-revenue = Umsatz mit diesen Kunden. In { $currency }.
ladder-hint-impressions = Aus dem Werbeanzeigenmanager, für CPM und CTR.
ladder-hint-link-clicks = Aus dem Werbeanzeigenmanager, für die Kosten pro Klick.
ladder-hint-other-cost = Vertriebsaufwand, Tools, Agenturhonorar: wird für die CAC zu den Ausgaben addiert. In { $currency }.

## Warum ein Wert nicht angezeigt werden kann (nach „—“)
# Ein Feld mit null, durch das nicht geteilt werden kann.
ladder-none-yet-spend = keine Ausgaben
ladder-none-yet-started = keine begonnenen Unterhaltungen
ladder-none-yet-replies = noch keine Antworten
ladder-none-yet-qualified = noch keine qualifizierten Unterhaltungen
ladder-none-yet-handoffs = noch keine Vertriebsübergaben
ladder-none-yet-customers = noch keine Kunden
ladder-none-yet-revenue = noch kein Umsatz
ladder-none-yet-impressions = keine Impressionen
ladder-none-yet-link-clicks = keine Link-Klicks
ladder-none-yet-other-cost = keine sonstigen Kosten
# $field: die Feldbeschriftung. „Weitere Eingaben“ ist der eingeklappte Teil des Formulars (form-more-inputs).
ladder-reason-add-more = { $field } unter „Weitere Eingaben“ ergänzen
ladder-reason-enter = { $field } eingeben
ladder-reason-fix = { $field } oben korrigieren
ladder-reason-first-step = erster Schritt der Leiter

## Die Kennzahlen
ladder-metric-cost-per-message = Kosten pro Nachricht
ladder-metric-reply-rate = Antwortrate
ladder-metric-qualification-rate = Qualifizierungsrate
ladder-metric-cost-per-qualified = Kosten pro qualifizierte Unterhaltung
ladder-metric-handoff-rate = Übergaberate
ladder-metric-cost-per-handoff = Kosten pro Vertriebsübergabe
ladder-metric-close-rate = Abschlussrate
ladder-metric-cpa = CPA (Kosten pro Kunde)
ladder-metric-cac = CAC (Gesamtkosten pro Kunde)
ladder-metric-revenue-per-conversation = Umsatz pro Unterhaltung
ladder-metric-roas = ROAS
ladder-metric-revenue-per-customer = Durchschnittlicher Umsatz pro Kunde
ladder-metric-cpm = CPM (Kosten pro 1.000 Impressionen)
ladder-metric-ctr = CTR (Link-Klickrate)
ladder-metric-cost-per-click = Kosten pro Link-Klick
ladder-metric-click-to-conversation = Klick-zu-Unterhaltung-Rate
# Was jede Kennzahl aussagt, in einem Satz.
ladder-meaning-cost-per-message = Wie günstig die Anzeigen Unterhaltungen starten. Sagt nichts darüber, mit wem.
ladder-meaning-reply-rate = Wie viele Personen nach der ersten Nachricht weiterschreiben.
ladder-meaning-qualification-rate = Wie viele der Antwortenden zu Ihrem Angebot passen.
ladder-meaning-cost-per-qualified = Was eine Unterhaltung kostet, die sich lohnt.
ladder-meaning-handoff-rate = Wie viele qualifizierte Chats bei einer Buchung, einem Angebot, einem Anruf oder im Checkout ankommen.
ladder-meaning-cost-per-handoff = Was ein echter nächster Schritt mit dem Vertrieb kostet.
ladder-meaning-close-rate = Wie viele Übergaben zu Kunden werden.
ladder-meaning-cpa = Werbeausgaben pro Kunde.
ladder-meaning-cac = Alles, was es gekostet hat, einen Kunden zu gewinnen: Werbeausgaben plus Vertriebsaufwand, Tools und Honorare.
ladder-meaning-revenue-per-conversation = Was jede begonnene Unterhaltung im Schnitt wert ist.
ladder-meaning-roas = Umsatz pro Einheit Werbeausgaben. Über 1× haben die Anzeigen ihre Kosten wieder eingespielt.
ladder-meaning-revenue-per-customer = Durchschnittlicher Bestell- oder Auftragswert.
ladder-meaning-cpm = Was 1.000 Anzeigenimpressionen kosten.
ladder-meaning-ctr = Wie viele Impressionen zu einem Link-Klick geführt haben.
ladder-meaning-cost-per-click = Was ein Link-Klick kostet.
ladder-meaning-click-to-conversation = Wie viele Link-Klicks zu einer Unterhaltung geworden sind.

## Formeln
# Eine Formel in Worten: „Ausgaben ÷ Begonnene Unterhaltungen“. $numerator, $denominator: Feldbeschriftungen.
ladder-formula = { $numerator } ÷ { $denominator }
# Die Formel des CPM: pro 1.000 Impressionen.
ladder-formula-per-thousand = { $numerator } ÷ { $denominator } × 1.000
# Der Zähler der CAC. $spend, $other: die Beschriftungen von Ausgaben und sonstigen Akquisitionskosten.
ladder-spend-plus-other = ({ $spend } + { $other })
# Die Formel mit den Zahlen des Nutzers: „1.800,00 € ÷ 600 = 3,00 €“.
# $value: das Ergebnis, oder ladder-no-value, wenn es keines gibt.
ladder-worked = { $numerator } ÷ { $denominator } = { $value }
ladder-worked-per-thousand = { $numerator } ÷ { $denominator } × 1.000 = { $value }
# Steht in einer ausgerechneten Formel für eine unbekannte Zahl.
ladder-unknown-number = ?
# $reason: warum der Wert nicht berechnet werden kann, etwa „Kunden eingeben“.
ladder-no-value = — ({ $reason })
# Unsichtbar nach „Formel“ vorgelesen: „Formel für Antwortrate“. $metric: der Name der Kennzahl.
ladder-formula-for = für { $metric }

## Das Funnel-Diagramm
# Die Beschriftung eines Balkens. $stage: der Name der Stufe, etwa „Antworten“.
ladder-bar-count = { $stage } · { $count }
ladder-bar-not-entered = { $stage } · nicht eingegeben
ladder-bar-not-valid = { $stage } · keine gültige Anzahl
# $share: der Anteil der Stufe an den begonnenen Unterhaltungen, etwa 65 %.
ladder-share-of-started = { $share } der begonnenen
# Neben einer Stufe, die größer ist als die vorherige. $stage: die vorherige Stufe im Satz („Antworten“).
ladder-more-than-stage = ⚠ mehr als { $stage }
# Der Text zum Diagramm: „Funnel: Begonnene Unterhaltungen 600, Antworten 390, …“. $stages: die Liste.
ladder-funnel = Funnel: { $stages }.
ladder-funnel-stage = { $stage } { $count }
ladder-funnel-stage-not-entered = { $stage } nicht eingegeben

## Die Prüfungen des Formulars
# $typed: der eingegebene Text; $decimal, $thousands: seine zwei Lesarten, etwa 1,2 und 1.200.
ladder-reads-as = „{ $typed }“ wird als { $decimal } gelesen. Meinten Sie { $thousands }? Wählen Sie eine Lesart oder geben Sie die Zahl ohne Trennzeichen ein.
ladder-not-whole-meant = „{ $typed }“ ist keine ganze Zahl. Meinten Sie { $thousands }?
# Eine Schaltfläche, die die gemeinte Lesart ins Feld setzt. $reading: eine Zahl, etwa 1.200.
ladder-choice = Gemeint ist { $reading }
# $named: die Währungscodes, für die das Symbol stehen kann („USD oder AUD“); $first: der erste davon;
# $currency: die Währung des Arbeitsbereichs.
ladder-currency-clash = „{ $typed }“ ist in { $named } angegeben, dieser Arbeitsbereich rechnet aber in { $currency }. Wählen Sie oben { $first } als Währung oder rechnen Sie den Betrag um.
# $previous: die Beschriftung der vorherigen Stufe; $later, $earlier: die beiden Zahlen.
ladder-larger-than = Größer als { $previous } ({ $later } > { $earlier }). Jede Stufe sollte in der vorherigen enthalten sein: Prüfen Sie, wie Unterhaltungen markiert werden.
ladder-clicks-above-impressions = Mehr Link-Klicks als Impressionen ({ $clicks } > { $impressions }): Prüfen Sie den Export.

## Eingaben, die sich nicht als Zahl lesen lassen
# $text: der eingegebene Text.
ladder-not-a-number = „{ $text }“ ist keine Zahl. Geben Sie nur Ziffern ein, zum Beispiel 1200 oder 1.200,50.
ladder-negative = Darf nicht negativ sein. Geben Sie 0 oder eine positive Zahl ein.
ladder-not-whole = „{ $text }“ ist keine ganze Zahl. Anzahlen sind ganze Zahlen, zum Beispiel 42.
ladder-too-many-decimals = Zu viele Nachkommastellen. Höchstens 6 nach dem Trennzeichen.
# $max: der größte Wert, den ein Feld annimmt.
ladder-too-large = Zu groß. Der höchste zulässige Wert ist { $max }.

## Ziele und Einstellungen
ladder-setting-reply-target = Ziel für die Antwortrate
ladder-setting-qualification-target = Ziel für die Qualifizierungsrate
ladder-setting-handoff-target = Ziel für die Übergaberate
ladder-setting-close-target = Ziel für die Abschlussrate
ladder-setting-min-volume = Mindestvolumen pro Schritt
ladder-setting-sales-cycle = Typischer Verkaufszyklus
ladder-setting-window = Berichtszeitraum
ladder-setting-previous-cost = Kosten pro Nachricht im letzten Zeitraum
# Die Einheit hinter dem Feld einer Einstellung.
ladder-unit-percent = %
ladder-unit-people = Personen
ladder-unit-days = Tage
# $currency: die Währung des Arbeitsbereichs, hinter einer Geld-Einstellung.
ladder-unit-currency = { $currency }
ladder-hint-target = Prozent der vorherigen Stufe. Leer lassen für die Vorgabe.
# $count: das voreingestellte Mindestvolumen.
ladder-hint-min-volume = Ein Schritt mit weniger Personen an seinem Anfang wird nicht bewertet. Standard: { $count }.
ladder-hint-sales-cycle = Typische Anzahl Tage von der ersten Nachricht bis zum abgeschlossenen Verkauf.
ladder-hint-window = Tage, die die Zahlen abdecken. Bleibt das Feld leer, bestimmen importierte Datumsangaben den Wert.
ladder-hint-previous-cost = Optional: um steigende Kosten pro Nachricht zu erkennen.
# $min: der kleinste Wert, den die Einstellung annimmt.
ladder-at-least = Verwenden Sie { $min } oder mehr.
ladder-target-negative = Ein Ziel kann nicht negativ sein. Geben Sie einen Prozentwert wie 40 ein.
ladder-target-range = Ein Ziel ist ein Prozentwert über 0 und höchstens 100, zum Beispiel 40.

## Geschäftsmodelle, die die Vorgabeziele setzen
ladder-business-service-quotes = Dienstleister mit Angebotsanfragen
ladder-business-ecommerce-questions = E-Commerce mit Produktfragen
ladder-business-b2b-consultations = B2B-Beratungsgespräche
ladder-business-lead-seller = Lead-Verkäufer / Affiliate
ladder-business-custom = Eigene Ziele
# Warum diese Vorgaben, unter der Auswahl. Übergabe und Abschluss sind Schritte der Leiter.
ladder-note-service-quotes = Angebotsanfragen: Viele Chats kommen von außerhalb des Einzugsgebiets oder vergleichen nur Preise, deshalb filtert meist die Qualifizierung.
ladder-note-ecommerce-questions = Produktfragen: Wenige Chats zeigen Kaufabsicht, aber wer den Checkout erreicht, sollte auch kaufen. Übergabe = zum Checkout oder in den Warenkorb geschickt.
ladder-note-b2b-consultations = Beratungsgespräche: strenge Kriterien und lange Zyklen; Abschluss bedeutet einen unterschriebenen Vertrag.
ladder-note-lead-seller = Lead-Verkauf: Übergabe = Lead an den Käufer geliefert, Abschluss = Lead vom Käufer akzeptiert.
ladder-note-custom = Eigene Ziele: Legen Sie jede Rate anhand Ihrer bisherigen Zahlen oder Ihrer Planung fest.

## Datumsangaben in importierten Daten
# Wie Zeilen mit Datum zu Zeiträumen gruppiert werden, angeboten in der Import-Vorschau.
ladder-grouping-auto = Automatisch: nach Monaten, falls mehrere
ladder-grouping-whole = Eine Summe pro Name
ladder-grouping-month = Nach Monat
ladder-grouping-week = Nach Woche (Mo–So)
# Der Name eines Zeitraums, wenn er ein Segment oder einen Monat der Daten benennt. $month: ein
# Monatsname (unten); $year: vierstellig (2026).
period-month = { $month } { $year }
# Jede andere Spanne von Tagen: $dates ist „2026-10-01 – 2026-10-17“, wie es in den Daten steht.
period-dates = { $dates }
period-span = { $days }
period-day = { $date }
month-january = Januar
month-february = Februar
month-march = März
month-april = April
month-may = Mai
month-june = Juni
month-july = Juli
month-august = August
month-september = September
month-october = Oktober
month-november = November
month-december = Dezember
