# Was wäre, wenn: Szenarien und Zielwertsuche
# Deutsch (Sie-Form), Begriffe nach docs/glossary/de.md: ein Eintrag pro Meldung, Argumente benannt ($name);
# Plural nach der CLDR-Kategorie der Zahl (Deutsch: one, other).
# Gleiche Dateien und Einträge wie en/.

## Was wäre, wenn
error-mark = Fehler:
error-line = Fehler: { $problem }
reset-lever = Zurücksetzen
scenario-region = Szenario: { $name }
scenario-name = Name des Szenarios
scenario-duplicate = Duplizieren
scenario-reset = Auf Ausgangslage zurücksetzen
scenario-link-copied = Link zu diesem Szenario kopiert.
scenario-no-clipboard = Die Zwischenablage ist hier nicht verfügbar: Nutzen Sie oben „Link kopieren“.
scenario-delete = Löschen
comparison-region = Tabelle des Szenarienvergleichs
comparison-caption = Ausgangslage und Szenarien nebeneinander
metric-column = Kennzahl
baseline-column = Ausgangslage
goal-seek-heading = Zielwertsuche
# Die Zielwertsuche liest sich als Frage, zwischen Auswahlfeldern und Eingabe:
# „Um [CAC] auf [150] zu bringen: Welcher Wert für [Abschlussrate] ist nötig?“
goal-to-reach = Um
goal-of = auf
goal-what-must = zu bringen: Welcher Wert für
goal-lever-label = Gesuchter Hebel
goal-be = ist nötig?
goal-apply = Als neues Szenario übernehmen
what-if-heading = Was wäre, wenn
what-if-hint = Szenarien beginnen als Kopien der oben angezeigten Leiter. Bewegen Sie einen Hebel, und alle Zahlen ändern sich mit, neben den heutigen.
add-scenario = Szenario hinzufügen
