# Das Diagnose-Panel
# Deutsch (Sie-Form), Begriffe nach docs/glossary/de.md: ein Eintrag pro Meldung, Argumente benannt ($name);
# Plural nach der CLDR-Kategorie der Zahl (Deutsch: one, other).
# Gleiche Dateien und Einträge wie en/.

## Die Diagnose
data-checks = Datenprüfungen
step-column = Schritt
rate-column = Rate
range-column = 95-%-Bereich
target-column = Ziel
verdict-column = Befund
if-at-target-column = Bei Erreichen des Ziels
# $noun: das Ergebnis des Geschäfts allgemein, im Plural ohne Artikel: Kunden, Bestellungen, akzeptierte Leads.
lever-more = Mehr { $noun }
lever-cac-after = CAC danach
lever-more-revenue = Mehr Umsatz
lever-column = Hebel
likely-causes = Wahrscheinliche Ursachen
what-to-try = Was Sie versuchen können
dont-overcorrect = Nicht überkorrigieren
other-below = Weitere Schritte unter Ziel
largest-drop = Größter Abbruch
steps-region = Tabelle der Schrittbefunde
steps-caption = Jeder Schritt im Vergleich zu seinem Ziel (95-%-Bereich nach dem Wilson-Score-Intervall oder, bei einer Abschlussrate mit noch laufenden Deals, nach der Prognose)
levers-region = Tabelle der Hebel
levers-caption = Was eine Verbesserung um 10 % wert ist, die wirksamste zuerst
diagnosis-heading = Wo die Leiter bricht
summary-heading = Zusammenfassung für die Kunden-E-Mail
copy-summary = Zusammenfassung kopieren
copy-markdown = Als Markdown kopieren
summary-copied = In die Zwischenablage kopiert.
summary-no-clipboard = Die Zwischenablage ist hier nicht verfügbar: Markieren Sie die Zusammenfassung und kopieren Sie sie.
judged-only-when = Ein Schritt wird nur bewertet, wenn sein gesamter 95-%-Bereich auf einer Seite des Ziels liegt und genug Personen an seinem Anfang stehen. Ziele sind Ausgangsannahmen: Legen Sie unter „Ziele und Einstellungen“ eigene fest.
