# Segmente, Budgetverschiebungen, Umkehrungen (günstige Nachrichten, teure Kunden)
# Deutsch (Sie-Form), Begriffe nach docs/glossary/de.md: ein Eintrag pro Meldung, Argumente benannt ($name);
# Plural nach der CLDR-Kategorie der Zahl (Deutsch: one, other).
# Gleiche Dateien und Einträge wie en/.

## Segmente
# Budget von einem Segment in ein anderes verschieben.
budget-region = Tabelle: Konto nach der Verschiebung
budget-caption = Das Konto nach der Verschiebung, bei der aktuellen Leiter jedes Segments
budget-your-move-column = Ihre Verschiebung
# Eine Spalte: Verschiebung zum Segment mit den günstigsten Nachrichten.
budget-naive-column = Zu den günstigsten Nachrichten
# Eine Spalte: Verschiebung zum Segment mit den günstigsten Kunden.
budget-right-column = Zu den günstigsten Kunden
budget-heading = Budget zwischen Segmenten verschieben
budget-from = Von
budget-to = Nach
budget-amount = Betrag
budget-exponent = Abnehmender Ertrag (0–1)
budget-apply = Als Szenario übernehmen
# Die Segmenttabelle.
segments-period-column = Zeitraum
segments-conversations-column = Unterhaltungen
segments-heading = Segmente
segments-region = Tabelle der importierten Segmente
segments-caption = Importierte Segmente: nach jeder Spalte sortierbar; wählen Sie einen Namen, um seine Leiter zu sehen
segments-download = Segmente herunterladen (CSV)
# $count: wie viele weitere Zeilen die Schaltfläche zeigt.
segments-show-more = { $count } weitere anzeigen
# Günstige Nachrichten, teure Kunden.
inversions-none = Kein Segment hat günstigere Nachrichten und zugleich teurere Kunden als ein anderes.
# $count: wie viele weitere Sätze unter dieser Zusammenfassung eingeklappt sind.
inversions-more = { $count } weitere
# Eine Zelle der Rangtabelle, „#2 · 1,20 €“. $rank: Rang nach diesen Kosten (1 ist am günstigsten);
# $value: die Kosten selbst.
inversions-ranked-value = #{ $rank } · { $value }
# $name: ein Segment ohne Rang.
inversions-not-ranked = { $name } (ohne Rang)
# Die schattierte Ecke oben links im Diagramm.
inversions-corner = günstige Nachrichten, teure Kunden
# Die waagerechte Achse.
inversions-axis-cost = Kosten pro Nachricht →
# Die senkrechte Achse.
inversions-axis-cac = CAC ↑
inversions-heading = Günstige Nachrichten, teure Kunden?
inversions-figcaption = Jedes Segment nach Kosten pro Nachricht (waagerecht) und CAC (senkrecht), die Größe nach Ausgaben. In der schattierten Ecke bringen günstige Nachrichten teure Kunden.
inversions-region = Tabelle der Segmentränge
inversions-caption = Rang jedes Segments nach den Kosten in jedem Schritt (#1 ist am günstigsten; beim ROAS der höchste)
