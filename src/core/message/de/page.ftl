# Die Seite: ihr Rahmen, die angezeigte Leiter, überall verwendete Wörter
# Deutsch (Sie-Form), Begriffe nach docs/glossary/de.md: ein Eintrag pro Meldung, Argumente benannt ($name);
# Plural nach der CLDR-Kategorie der Zahl (Deutsch: one, other).
# Gleiche Dateien und Einträge wie en/.

undo = Rückgängig
cancel = Abbrechen
dismiss = Schließen
nothing-changed = Es wurde nichts geändert.

## Die Seite
skip-to-results = Zu den Ergebnissen springen
app-tagline = Kosten pro Nachricht im Zusammenhang: vom ersten Chat bis zu Kunden und Umsatz.
language-label = Sprache
report-language-label = Sprache für Bericht und Zusammenfassung
report-language-page = Sprache der Seite ({ $language })
load-sample = Beispiel laden
clear = Leeren
copy-link = Link kopieren
print-report = Bericht drucken
print-report-in = Bericht drucken ({ $language })
present = Präsentieren
leave-presentation = Präsentation beenden
frame-not-kept = Was Sie in dieser eingebetteten Ansicht eingeben, bleibt nach dem Schließen nicht erhalten. Um es zu behalten, kopieren Sie einen Link oder laden Sie ein Backup herunter:
bring-your-data = Eigene Daten verwenden
your-numbers = Ihre Zahlen
your-numbers-lede = Ein Zeitraum, eine Kampagne oder das ganze Konto. Lassen Sie eine Stufe leer, wenn Sie sie noch nicht erfassen.
use-typed-numbers = Eingegebene Zahlen verwenden
targets-heading = Ziele und Einstellungen
targets-lede = Woran jeder Schritt gemessen wird. Die Vorgaben sind Ausgangsannahmen: Passen Sie sie an Ihr Geschäft an.
to-inputs = Zahlen eingeben oder importieren ↓
funnel-heading = Funnel
metrics-heading = Kennzahlen
metrics-region = Kennzahlentabelle
download-ladder = Leiter herunterladen (CSV)
nothing-sent = Alles wird in diesem Browser berechnet. Nichts, was Sie eingeben, wird irgendwohin gesendet.

## Die angezeigte Leiter
saved-here = Nur in diesem Browser gespeichert.
showing-label = Angezeigt
formula-summary = Formel
metrics-caption = Die Leiter: jede Kennzahl von der Nachricht bis zum Umsatz
value-column = Wert
how-computed-column = Berechnung
