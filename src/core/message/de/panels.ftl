# Ausreißer, das Eingabeformular, Ziele, Diagramm-Downloads, der Einbettungsdialog
# Deutsch (Sie-Form), Begriffe nach docs/glossary/de.md: ein Eintrag pro Meldung, Argumente benannt ($name);
# Plural nach der CLDR-Kategorie der Zahl (Deutsch: one, other).
# Gleiche Dateien und Einträge wie en/.

## Ausreißer
outliers-none = Kein Segment liegt außerhalb des Bereichs, der bei seinem Volumen zu erwarten ist.
# Beschriftung der waagerechten Achse des Funnel-Plots; der Pfeil zeigt entlang der Achse.
outliers-axis-people = Personen am Anfang des Schritts →
# Beschriftung der senkrechten Achse; der Pfeil zeigt nach oben.
outliers-axis-rate = Rate ↑
outliers-caption = Die Rate jedes Segments im Verhältnis zu seinem Volumen. Die Linie ist die Gesamtrate; der innere und der äußere Trichter sind die bei jedem Volumen erwarteten 95-%- und 99,8-%-Bereiche. Ein extremer Wert eines kleinen Segments innerhalb dieser Bereiche ist also keine echte Auffälligkeit.
outliers-heading = Ausreißer: Welche Segmente sich wirklich unterscheiden

## Das Eingabeformular
# Steht vor einer Warnung an einem Feld (wie error-mark vor einem Fehler).
form-check-mark = Bitte prüfen:
form-more-inputs = Weitere Eingaben (optional): Impressionen, Klicks, sonstige Kosten
form-currency = Währung

## Ziele und Einstellungen
targets-business-type = Geschäftsmodell
# Folgt auf die Erläuterung des Geschäftsmodells, wenn ein Vorgabeziel geändert wurde.
targets-edited = Ziele gegenüber der Vorgabe geändert.
targets-rates = Zielraten
# Wonach sich Texte und Zahlen der Seite richten. $language: der Name der Sprache in ihr selbst („Deutsch“).
settings-language-heading = Sprache und Zahlenformat
settings-words = Texte: { $language }
# $number und $money: eine Beispielzahl und ein Beispielbetrag, wie dieser Browser sie schreibt; $locale: das Gebietsschema des Browsers (de-DE).
settings-numbers = Zahlen und Beträge: { $number } und { $money } ({ $locale })
settings-language-hint = Die Texte richten sich nach dem Menü „Sprache“ oben auf der Seite. Zahlen, Beträge und Datumsangaben richten sich nach der Region Ihres Browsers, daher kann beides auseinanderfallen: zum Beispiel deutsche Texte mit Zahlen im US-Format.

## Diagramm-Downloads
chart-download-svg = SVG herunterladen
chart-download-png = PNG herunterladen

## Einbetten in ein Kundenportal
# $example: eine Farbe als sechs Hex-Ziffern (0f4c5c), wie der Platzhalter des Felds.
embed-accent-problem = Sechs Hex-Ziffern, zum Beispiel { $example }.
embed-summary = In ein Kundenportal einbetten
embed-theme = Design
embed-theme-auto = Einstellung der Besucher übernehmen
embed-theme-light = Hell
embed-theme-dark = Dunkel
embed-accent = Akzentfarbe (Hex)
embed-paste-here = Fügen Sie dies in die Portalseite ein
embed-copy-snippet = Code kopieren
embed-copied = Kopiert.
embed-no-clipboard = Die Zwischenablage ist hier nicht verfügbar: Markieren Sie den Text und kopieren Sie ihn.
