# Zeitraum gegen Zeitraum: warum sich die CAC verändert haben
# Deutsch (Sie-Form), Begriffe nach docs/glossary/de.md: ein Eintrag pro Meldung, Argumente benannt ($name);
# Plural nach der CLDR-Kategorie der Zahl (Deutsch: one, other).
# Gleiche Dateien und Einträge wie en/.

## Zeitraum gegen Zeitraum
# Unsichtbar nach der Feldbeschriftung vorgelesen: „Kunden (früherer Zeitraum)“.
period-earlier-mark = (früherer Zeitraum)
period-earlier-summary = Ein früherer Zeitraum, um zu sehen, warum sich die CAC verändert haben (optional)
period-earlier-hint = Dieselben Zahlen für den Zeitraum davor. Der Vergleich erscheint neben der Leiter.
period-earlier-label = Früherer Zeitraum
period-later-label = Späterer Zeitraum
# $earlier, $now: die Namen der Zeiträume oder ws-earlier-typed und ws-ladder-shown (im Nominativ).
period-comparing = Verglichen werden { $earlier } und { $now }.
period-earlier-column = Früher
now-column = Jetzt
period-part-column = Anteil an der Veränderung
period-change-range-column = 95-%-Bereich der Veränderung
# Folgt fett auf die Gesamtveränderung („Die CAC haben sich um +12,40 € verändert“) und beendet den Satz.
period-waterfall-caption = . CAC vorher (links), der Anteil jedes Faktors an der Veränderung (nach oben heißt: Kunden werden teurer) und CAC jetzt (rechts).
chart-in-words = Das Diagramm in Worten
period-parts-region = Tabelle der CAC-Veränderung
period-parts-caption = Was die CAC bewegt hat: der Anteil jedes Faktors, zusammen die gesamte Veränderung
period-factor-column = Faktor
period-steps-region = Tabelle der Veränderungen der Schrittraten
period-steps-caption = Die Veränderung jeder Schrittrate im Vergleich zum Zufall (95-%-Bereich nach der Newcombe-Methode)
period-heading = Warum sich die CAC zwischen den Zeiträumen verändert haben
funnel-caption = Jeder Balken ist der Anteil einer Stufe an den begonnenen Unterhaltungen. Schrittraten und Kosten pro Stufe stehen mit ihren Formeln unter „Kennzahlen“.
grid-region = Spalten der Dateitabelle
