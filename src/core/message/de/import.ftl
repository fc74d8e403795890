# Das Import-Panel und seine Vorschau
# Deutsch (Sie-Form), Begriffe nach docs/glossary/de.md: ein Eintrag pro Meldung, Argumente benannt ($name);
# Plural nach der CLDR-Kategorie der Zahl (Deutsch: one, other).
# Gleiche Dateien und Einträge wie en/.

## Das Import-Panel
import-reading-in-background = Die Datei wird im Hintergrund gelesen …
import-cancel = Import abbrechen
# Fett, gefolgt von einem Leerzeichen und dem Grund, warum der Import scheiterte.
import-cant-import = Import nicht möglich:
import-paste-label = Zellen aus einer Tabelle einfügen
import-paste-hint = Mit oder ohne Kopfzeile. Eine einzelne Zeile oder Spalte mit Zahlen wird in der Reihenfolge der Leiter gelesen: Ausgaben, Unterhaltungen, Antworten, qualifizierte Unterhaltungen, Übergaben, Kunden, Umsatz.
import-preview-pasted = Vorschau der eingefügten Zellen
import-upload-label = Oder einen Export hochladen (CSV oder TSV)
import-choose-file = Datei auswählen
import-upload-hint = Exporte aus dem Meta Werbeanzeigenmanager, aus HubSpot oder Pipedrive oder ein Unterhaltungsprotokoll. Sie können eine Datei auch hierher ziehen. Sie wird nur in diesem Browser gelesen.
preview-rows-column = Zeilen
preview-counts-up-to-column = Zählt bis
# $status: ein Status, wie er in der importierten Datei steht, etwa „Won“ oder „Qualified“.
preview-stage-reached-by = Erreichte Stufe bei „{ $status }“
preview-stages-caption = Pipeline-Phasen: wie weit ein offener oder verlorener Deal kam
preview-stages-region = Tabelle der Pipeline-Phasen
preview-stage-column = Phase
preview-statuses-caption = Status: Jede Zeile zählt auf der Stufe, die sie erreicht hat, und auf allen Stufen davor
preview-statuses-region = Tabelle der Status
preview-status-column = Status
# $column: die Spalte der Datei, die sagt, woher jede Zeile kommt, etwa „Source“.
preview-keep-sources = Zeilen aus diesen Quellen behalten („{ $column }“)
spend-column = Ausgaben
preview-chats-column = Unterhaltungen
preview-customers-column = Kunden
preview-revenue-column = Umsatz
preview-periods = Zeiträume
# Der Tag, auf dem die Daten eines Deal-Exports stehen. $date: das späteste Datum in der Datei.
preview-as-of = Datenstand
preview-as-of-hint = Das späteste Datum in der Datei ist der { $date }. Wenn Sie die Datei später exportiert haben, stellen Sie den Tag des Exports ein: Noch offene Deals zählen dann entsprechend länger als offen, nie als verloren.
preview-heading = Vorschau: Nichts wird geändert, bis Sie den Import übernehmen
# Fett, gefolgt von einem Leerzeichen und dem, was die Eingabe zu sein scheint (imp-looks-…).
preview-looks-like = Erkannt als:
preview-columns-heading = Spalten: wie jede gelesen wird (Rolle und Trennzeichen lassen sich ändern)
preview-segments-region = Tabelle der zu importierenden Segmente
# $count: wie viele Segmente (Kampagnen, Zeiträume …) der Import anlegen würde.
preview-segments-caption = Zu importierende Segmente: { $count }
segment-column = Segment
# $count: wie viele Segmente es über die in der Tabelle gezeigten hinaus gibt.
preview-and-more = … und { $count } weitere.
preview-apply = Import übernehmen
