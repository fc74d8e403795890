# Die Wörter des Imports: warum eine Eingabe nicht importiert werden kann, die Hinweise und Beschreibungen der Vorschau, wie ein Ergebnisprotokoll mit den Anzeigendaten verknüpft würde
# Deutsch (Sie-Form), Begriffe nach docs/glossary/de.md: ein Eintrag pro Meldung, Argumente benannt ($name);
# Plural nach der CLDR-Kategorie der Zahl (Deutsch: one, other).
# Gleiche Dateien und Einträge wie en/.
# Ein Argument „(eine Liste)“ sind Einträge, verbunden mit imp-list; Namen aus der Datei kommen mit imp-quoted.

## Wo ein Importproblem liegt
# $file: der Dateiname (oder imp-pasted-cells); $line und $column: Zahlen ab 1;
# $header: die Spaltenüberschrift, wie sie in der Datei steht; $problem: eines der Probleme unten.
imp-in-file = { $file }: { $problem }
imp-on-line = { $file }, Zeile { $line }: { $problem }
imp-in-cell = { $file }, Zeile { $line }, Spalte { $column } („{ $header }“): { $problem }
imp-in-column = { $file }, Spalte { $column } („{ $header }“): { $problem }

## Warum ein Import nicht möglich ist
# Die meisten folgen auf „Datei, Zeile …: “; ganze Sätze beginnen nach dem Doppelpunkt groß.
imp-empty = Die Datei ist leer. Exportieren Sie den Bericht erneut oder fügen Sie stattdessen die Zellen ein.
imp-workbook = Das ist eine Excel-Arbeitsmappe (.xlsx), keine CSV-Datei, auch wenn der Name auf .csv endet. Wählen Sie in Excel oder Sheets Datei › Speichern unter (oder Herunterladen) › CSV und laden Sie dann diese Datei hoch.
imp-binary = Diese Datei ist kein Text (sie enthält Binärdaten). Laden Sie einen CSV- oder TSV-Export hoch oder fügen Sie stattdessen die Zellen ein.
# $byte: wo der Text abbricht, in Bytes ab Dateibeginn.
imp-bad-utf16 = Die Datei gibt an, UTF-16 zu sein, bricht aber bei Byte { $byte } ab. Exportieren Sie sie erneut als CSV UTF-8.
imp-undecodable = Der Text konnte nicht dekodiert werden.
imp-no-rows = Es gibt keine Zeilen zum Importieren: Der Text ist leer.
# $found: die Werte in dieser Zeile; $expected: die Werte in der ersten Zeile.
imp-ragged = { $found } { $found ->
    [one] Wert
   *[other] Werte
    }, aber die erste Zeile hat { $expected }. Wahrscheinlich enthält ein Wert das Trennzeichen ohne Anführungszeichen (etwa ein Kampagnenname mit Komma): Setzen Sie solche Werte in doppelte Anführungszeichen oder exportieren Sie die Datei erneut.
# $value: die Zelle, wie sie in der Datei steht. „Ignorieren“ ist die Rolle imp-role-ignore.
imp-not-a-number = „{ $value }“ ist keine Zahl. Korrigieren Sie die Zelle oder setzen Sie die Rolle der Spalte auf „Ignorieren“.
imp-negative = „{ $value }“ ist negativ. Ausgaben und Anzahlen können nicht negativ sein: Korrigieren Sie die Zelle oder setzen Sie die Spalte auf „Ignorieren“.
# $counts: was die Spalte zählt, im Satz (imp-counted-…), Plural ohne Artikel.
imp-not-whole = „{ $value }“ ist keine ganze Zahl, { $counts } werden aber nur ganzzahlig gezählt. Prüfen Sie die Rolle der Spalte und das Dezimaltrennzeichen.
imp-counted-started = begonnene Unterhaltungen
imp-counted-replies = Antworten
imp-counted-qualified = qualifizierte Unterhaltungen
imp-counted-handoffs = Vertriebsübergaben
imp-counted-customers = Kunden
imp-counted-impressions = Impressionen
imp-counted-link-clicks = Link-Klicks
imp-counted-results = Ergebnisse (Meta)
# $results: die anderen Ergebnisse, wie die Datei sie nennt (eine Liste, etwa „Reach, Leads“).
imp-other-results-only = Jede Zeile gehört zu einem anderen Ergebnis ({ $results }), es gibt also keine Unterhaltungen zu importieren. Exportieren Sie Kampagnen, deren Ergebnis begonnene Unterhaltungen sind, wie der Werbeanzeigenmanager sie zählt.
# $columns: die Spaltenüberschriften der Datei, jeweils in Anführungszeichen (eine Liste).
# Die Beispielnamen bleiben englisch: Nur diese Überschriften erkennt der Import (src/core/import/headers.rs).
imp-no-ladder-columns = Es wurde keine Spalte für Ausgaben oder Stufen erkannt (Spalten: { $columns }). Legen Sie unten die Rolle jeder Spalte fest oder benennen Sie die Überschriften um, etwa in „Spend“, „Conversations started“, „Qualified“, „Customers“.
imp-unreadable = Der Browser konnte diese Datei nicht lesen. Speichern Sie sie erneut und versuchen Sie es noch einmal.
imp-worker-unreadable = Der Import-Worker hat etwas Unlesbares zurückgeschickt.
imp-worker-no-file = Der Import-Worker hat keine Datei erhalten.
# Die Antwort eines Import-Workers aus einer älteren Version der App, die keinen Grund nennt.
imp-unknown = Der Import wurde aus einem Grund abgebrochen, den diese Version der App nicht erkennen kann. Laden Sie die Seite neu und versuchen Sie es noch einmal.

## Listen und Namen in den Sätzen
# Ein Name, wie er in der Datei steht, in Anführungszeichen.
imp-quoted = „{ $name }“
# Eine Liste: ihr erster Eintrag, dann der Rest (selbst eine Liste oder der letzte Eintrag).
imp-list = { $first }, { $rest }

## Hinweise unter der Vorschau
# $count: wie viele Spalten (2 oder mehr); $role: der Name der Rolle (imp-role-…); $columns:
# ihre Überschriften in Anführungszeichen (eine Liste); $first: die Überschrift der Spalte, die gelesen wird.
imp-shared-role = { $count } { $count ->
    [one] Spalte sieht
   *[other] Spalten sehen
    } aus wie „{ $role }“ ({ $columns }): Nur die erste, „{ $first }“, wird gelesen. Ändern Sie die Rolle einer Spalte, um eine andere zu lesen.
# $results: die anderen Ergebnisse (eine Liste, etwa „Reach, Post engagements“); $amount: die
# Ausgaben in diesen Zeilen (imp-amount, oder ein bloßer Betrag, wenn die Währung unbekannt ist).
imp-other-results = { $rows } { $rows ->
    [one] Zeile
   *[other] Zeilen
    } mit anderen Ergebnissen ({ $results }), { $amount } ausgegeben, ausgelassen: Es zählen nur Zeilen mit begonnenen Unterhaltungen, samt ihren Ausgaben.
# $currency: ein Währungscode, etwa „EUR“; $amount: der Betrag, etwa „1.234,50“.
imp-amount = { $amount } { $currency }
# „Ergebnisse“ ist der Name der Spalte von Meta.
imp-other-actions = Die Ergebnisse in { $rows } { $rows ->
    [one] Zeile
   *[other] Zeilen
    } zählen andere Aktionen (sie messen keine begonnenen Unterhaltungen), daher wurden sie nicht als Unterhaltungen gezählt.
# $line: die Nummer der Zeile in der Datei.
imp-totals-row = Zeile { $line } ist eine Summenzeile: ausgelassen, damit nichts doppelt gezählt wird.
imp-totals-row-mismatch = Zeile { $line } ist eine Summenzeile (ihre Zahlen passen nicht zu den übrigen Zeilen, prüfen Sie die Datei): ausgelassen, damit nichts doppelt gezählt wird.
# $rows: die addierten Zeilen; $segments: die Segmente, die daraus entstehen.
imp-grouped-by-name = { $rows } { $rows ->
    [one] Zeile wurde
   *[other] Zeilen wurden
    } nach Name zu { $segments } { $segments ->
    [one] Segment
   *[other] Segmenten
    } zusammengefasst (Tageszeilen werden addiert).
imp-grouped-by-name-and-month = { $rows } { $rows ->
    [one] Zeile wurde
   *[other] Zeilen wurden
    } nach Name und Monat zu { $segments } { $segments ->
    [one] Segment
   *[other] Segmenten
    } zusammengefasst (Tageszeilen werden addiert).
imp-grouped-by-name-and-week = { $rows } { $rows ->
    [one] Zeile wurde
   *[other] Zeilen wurden
    } nach Name und Woche zu { $segments } { $segments ->
    [one] Segment
   *[other] Segmenten
    } zusammengefasst (Tageszeilen werden addiert).
# $period: ein Monat oder eine Woche, etwa „Oktober 2026“ oder „Woche ab 2026-10-05“; $first und
# $last: der erste und letzte Tag seiner Zeilen, wie die Datei sie schreibt.
imp-part-month = { $period } hat nur Zeilen von { $first } bis { $last }: Die Zahlen decken nur einen Teil des Monats ab.
imp-part-week = { $period } hat nur Zeilen von { $first } bis { $last }: Die Zahlen decken nur einen Teil der Woche ab.
# $months: wie viele Monate die Datumsangaben umfassen; $rows: die Zeilen, die von einem Monat in den
# nächsten reichen oder kein Datum haben. „Nach Monat“ ist eine Auswahl der Vorschau (ladder-grouping-month).
imp-not-split-spanning-file = Die Datumsangaben der Zeilen umfassen { $months } { $months ->
    [one] Monat
   *[other] Monate
    }, aber { $rows } { $rows ->
    [one] Zeile reicht
   *[other] Zeilen reichen
    } von einem Monat in den nächsten, daher wurde die Datei nicht nach Monaten aufgeteilt. Wählen Sie „Nach Monat“, um jede Zeile dem Monat zuzuordnen, in dem sie beginnt.
imp-not-split-spanning-log = Die Datumsangaben der Zeilen umfassen { $months } { $months ->
    [one] Monat
   *[other] Monate
    }, aber { $rows } { $rows ->
    [one] Zeile reicht
   *[other] Zeilen reichen
    } von einem Monat in den nächsten, daher wurde das Protokoll nicht nach Monaten aufgeteilt. Wählen Sie „Nach Monat“, um jede Zeile dem Monat zuzuordnen, in dem sie beginnt.
imp-not-split-undated-file = Die Datumsangaben der Zeilen umfassen { $months } { $months ->
    [one] Monat
   *[other] Monate
    }, aber { $rows } { $rows ->
    [one] Zeile hat
   *[other] Zeilen haben
    } kein Datum, daher wurde die Datei nicht nach Monaten aufgeteilt.
imp-not-split-undated-log = Die Datumsangaben der Zeilen umfassen { $months } { $months ->
    [one] Monat
   *[other] Monate
    }, aber { $rows } { $rows ->
    [one] Zeile hat
   *[other] Zeilen haben
    } kein Datum, daher wurde das Protokoll nicht nach Monaten aufgeteilt.
imp-spanning-month = { $rows } { $rows ->
    [one] Zeile reicht
   *[other] Zeilen reichen
    } in den nächsten Monat: Jede zählt zu dem Monat, in dem sie beginnt.
imp-spanning-week = { $rows } { $rows ->
    [one] Zeile reicht
   *[other] Zeilen reichen
    } in die nächste Woche: Jede zählt zu der Woche, in der sie beginnt.
imp-undated-month = { $rows ->
    [one] { $rows } Zeile hat kein Datum: Sie wird getrennt geführt, in keinem Monat.
   *[other] { $rows } Zeilen haben kein Datum: Sie werden getrennt geführt, in keinem Monat.
    }
imp-undated-week = { $rows ->
    [one] { $rows } Zeile hat kein Datum: Sie wird getrennt geführt, in keiner Woche.
   *[other] { $rows } Zeilen haben kein Datum: Sie werden getrennt geführt, in keiner Woche.
    }
# $periods: die Monate oder Wochen (eine Liste, etwa „Oktober 2026, November 2026“).
imp-grouped-by-month = Nach Monat gruppiert: { $periods }.
imp-grouped-by-week = Nach Woche gruppiert: { $periods }.
# $statuses: jeder nicht erkannte Status mit seinen Zeilen (imp-status-rows, eine Liste).
imp-unknown-statuses = Nicht erkannte Status, nur als begonnen gezählt, bis Sie sie zuordnen: { $statuses }.
# $status: ein Status, wie er in der Datei steht; $rows: wie viele Zeilen ihn haben.
imp-status-rows = „{ $status }“ ({ $rows } { $rows ->
    [one] Zeile
   *[other] Zeilen
    })
# $stage: der Name einer Stufe, etwa „Qualifizierte Unterhaltungen“.
imp-entry-stage = Jede Zeile ist mindestens bis „{ $stage }“ gekommen, daher kann diese Datei die Stufen davor nicht zählen: Diese kommen aus den Anzeigen oder bleiben leer.
# $column: die Quellenspalte der Datei, etwa „Original Traffic Source“; $count: wie viele Quellen sie nennt.
imp-sources-all-kept = „{ $column }“ nennt { $count } { $count ->
    [one] Quelle
   *[other] Quellen
    }: Jede Zeile wird behalten. Entfernen Sie unten das Häkchen bei einer Quelle, um ihre Zeilen auszulassen.
# $kept von allen $rows Zeilen wurden behalten; $sources: die behaltenen Quellen (imp-source-rows, eine Liste,
# oder imp-sources-none); $left: die ausgelassenen Zeilen; $others: die ausgelassenen Quellen (eine Liste).
imp-sources-kept = { $kept } von { $rows } { $rows ->
    [one] Zeile
   *[other] Zeilen
    } behalten, nämlich die, deren „{ $column }“ { $sources } ist; { $left } aus anderen Quellen ausgelassen: { $others }. Unten können Sie ändern, welche Quellen behalten werden.
# Wie imp-sources-kept, für den Vorschlag der App: Die behaltenen Quellen sehen nach Meta-Anzeigen aus.
imp-sources-kept-suggested = { $kept } von { $rows } { $rows ->
    [one] Zeile
   *[other] Zeilen
    } behalten, nämlich die, deren „{ $column }“ { $sources } ist (sie sehen nach Meta-Anzeigen aus); { $left } aus anderen Quellen ausgelassen: { $others }. Unten können Sie ändern, welche Quellen behalten werden.
imp-sources-none = keine davon
# Eine Quelle zum Behalten oder Auslassen, neben ihrem Kontrollkästchen: $source wie in der Datei, $rows ihre Zeilen.
imp-source-choice = { $source } ({ $rows })
# $source: eine Quelle, wie sie in der Datei steht; $rows: ihre Zeilen.
imp-source-rows = „{ $source }“ ({ $rows })

## Wie ein Ergebnisprotokoll mit den Anzeigendaten verknüpft würde
# $matched der $total Namen des Protokolls sind Kampagnen der Anzeigendaten.
imp-join-names-match = { $matched } von { $total } Namen { $matched ->
    [one] passt
   *[other] passen
    } zu den Anzeigendaten.
# $names: Kampagnen der Anzeigendaten oder Namen im Protokoll, in Anführungszeichen (eine Liste).
imp-join-no-outcomes = Keine Ergebnisse für: { $names }.
imp-join-no-ads = Keine Anzeigendaten für: { $names } (als eigene Segmente behalten; korrigieren Sie die Namen, um sie zu verknüpfen).
imp-join-account = Die Ergebnisse fließen in die Summe der Anzeigendaten ein: Ausgaben und Unterhaltungen (und Antworten, falls die Anzeigen sie haben) aus den Anzeigen; qualifizierte Unterhaltungen, Übergaben, Kunden und Umsatz aus dieser Datei. Sie wird nicht als Segment hinzugefügt, und die Kampagnen behalten nur die Zahlen der Anzeigen.
# $conversations: die ausgelassenen protokollierten Unterhaltungen; $customers: die Kunden darunter
# (imp-join-customers); $parts: wessen und wann (imp-join-part-…, eine Liste).
imp-join-out-of-period = { $conversations ->
    [one] { $conversations } protokollierte Unterhaltung ({ $customers }) liegt außerhalb der Zeiträume der Anzeigendaten und wird ausgelassen: { $parts }. Importieren Sie Anzeigendaten, die diese Tage abdecken, um sie zu zählen.
   *[other] { $conversations } protokollierte Unterhaltungen ({ $customers }) liegen außerhalb der Zeiträume der Anzeigendaten und werden ausgelassen: { $parts }. Importieren Sie Anzeigendaten, die diese Tage abdecken, um sie zu zählen.
    }
imp-join-customers = { $count } { $count ->
    [one] Kunde
   *[other] Kunden
    }
# $name: ein Name im Protokoll; $period: ein Monat oder eine Woche, etwa „Dezember 2026“;
# $conversations: seine protokollierten Unterhaltungen.
imp-join-part-in = „{ $name }“, { $period } ({ $conversations })
imp-join-part-undated = „{ $name }“ ohne Datum ({ $conversations })
imp-join-more-logged = Mehr protokollierte Unterhaltungen, als die Anzeigen begonnen haben: { $names }. Prüfen Sie das Attributionsfenster.

## Was die Eingabe zu sein scheint (nach „Erkannt als:“)
# $roles: die Rollen, als die die Spalten gelesen werden, in Reihenfolge (imp-role-…, eine Liste).
imp-looks-unlabeled = Zahlen ohne Beschriftung, in der Reihenfolge der Leiter gelesen: { $roles }.
imp-looks-aggregate = Eine Tabelle mit { $rows } { $rows ->
    [one] Zeile
   *[other] Zeilen
    } mit Ausgaben und Stufenzahlen, als { $segments } { $segments ->
    [one] Segment
   *[other] Segmente
    }.
imp-looks-meta = Ein Export aus dem Meta Werbeanzeigenmanager: { $rows } { $rows ->
    [one] Zeile
   *[other] Zeilen
    }, { $segments } { $segments ->
    [one] Segment
   *[other] Segmente
    }.
# $currency: der Währungscode der Ausgaben, etwa „EUR“.
imp-looks-meta-currency = Ein Export aus dem Meta Werbeanzeigenmanager: { $rows } { $rows ->
    [one] Zeile
   *[other] Zeilen
    }, { $segments } { $segments ->
    [one] Segment
   *[other] Segmente
    }, Ausgaben in { $currency }.
# $conversations: die gezählten Unterhaltungen (die der behaltenen Quellen).
imp-looks-log = Ein Ergebnisprotokoll (CRM-Deals oder Chat-Auswertung): { $conversations } { $conversations ->
    [one] Unterhaltung
   *[other] Unterhaltungen
    }, verteilt auf { $segments } { $segments ->
    [one] Segment
   *[other] Segmente
    }.
# Wie imp-looks-log, wenn Zeilen ausgelassen wurden: $rows, alle Zeilen des Protokolls.
imp-looks-log-of = Ein Ergebnisprotokoll (CRM-Deals oder Chat-Auswertung): { $conversations } { $conversations ->
    [one] Unterhaltung
   *[other] Unterhaltungen
    }, verteilt auf { $segments } { $segments ->
    [one] Segment
   *[other] Segmente
    } (von { $rows } { $rows ->
    [one] Zeile
   *[other] Zeilen
    }).

## Die Angaben unter „Erkannt als“: der Dateiname, dann diese, nacheinander
# Eine Angabe, dann der Rest.
imp-facts = { $first } · { $rest }
# $encoding: imp-encoding-…
imp-read-as = gelesen als { $encoding }
imp-encoding-utf8 = UTF-8
imp-encoding-utf8-bom = UTF-8 (mit BOM)
imp-encoding-utf16-le = UTF-16 LE
imp-encoding-utf16-be = UTF-16 BE
imp-encoding-windows-1252 = Windows-1252
imp-comma-separated = kommagetrennt
imp-semicolon-separated = semikolongetrennt
imp-tab-separated = tabulatorgetrennt
imp-data-rows = { $count } { $count ->
    [one] Datenzeile
   *[other] Datenzeilen
    }
# $ms: Millisekunden, eine ganze Zahl.
imp-read-in-ms = gelesen in { $ms } ms
# $seconds: Sekunden mit zwei Nachkommastellen; $speed: Megabyte pro Sekunde, eine ganze Zahl.
imp-read-in-s = gelesen in { $seconds } s ({ $speed } MB/s)

## Während eine Datei gelesen wird, und danach
# $read und $total: Megabyte mit einer Nachkommastelle; $rows: die bisher gelesenen Zeilen.
imp-progress = { $read } MB von { $total } MB · { $rows } { $rows ->
    [one] Zeile
   *[other] Zeilen
    }
imp-cancelled = Import abgebrochen. Es wurde nichts geändert.
imp-remembered = Für Dateien mit diesen Spalten gelten die Einstellungen, die Sie beim letzten Mal gewählt haben.
# Wie eingefügte Zellen heißen, wo sonst ein Dateiname stünde.
imp-pasted-cells = Eingefügte Zellen

## Die Spaltentabelle: eine Spalte pro Dateispalte, darüber Rolle und Dezimaltrennzeichen
imp-grid-caption = Wie jede Spalte gelesen wird: ihre Rolle und, bei Zahlen, ihr Dezimaltrennzeichen; darunter die ersten Zeilen
imp-grid-role-row = Rolle
imp-grid-numbers-row = Zahlen
# Die Zelle einer Textspalte in der Zeile der Dezimaltrennzeichen.
imp-grid-text = — (Text)
# $reason: wie das Trennzeichen bestimmt wurde (imp-decimal-… unten).
imp-grid-decided = Bestimmt: { $reason }
# $column: die Spaltenüberschrift, wie sie in der Datei steht.
imp-grid-role-of = Rolle der Spalte { $column }
imp-grid-separator-of = Dezimaltrennzeichen der Spalte { $column }
# $row: die Nummer einer der ersten angezeigten Zeilen.
imp-grid-row = Zeile { $row }
imp-decimal-point-choice = Dezimalpunkt (1,234.5)
imp-decimal-comma-choice = Dezimalkomma (1.234,5)
# Eine leere Zelle einer Zahlenspalte.
imp-blank = (leer)
# $value: eine Zelle, wie sie in der Datei steht.
imp-not-a-number-cell = „{ $value }“ (keine Zahl)

## Wie das Dezimaltrennzeichen einer Spalte bestimmt wurde
# $value: eine Zahl, wie sie in der Datei steht.
imp-decimal-point-as-in = Dezimalpunkt (wie in „{ $value }“)
imp-decimal-comma-as-in = Dezimalkomma (wie in „{ $value }“)
# $point und $comma: zwei Zahlen, die sich nur auf je eine Weise lesen lassen; $separator: das verwendete
# Trennzeichen (imp-the-decimal-…, im Nominativ).
imp-decimal-mixed = gemischt: „{ $point }“ und „{ $comma }“ widersprechen sich; verwendet wird { $separator }
imp-grouped-with-dots = ganze Zahlen mit Punkten gruppiert (wie in „{ $value }“)
imp-grouped-with-commas = ganze Zahlen mit Kommas gruppiert (wie in „{ $value }“)
imp-no-decimals = keine Nachkommastellen gefunden; verwendet wird { $separator }
imp-set-by-you = von Ihnen festgelegt
imp-the-decimal-point = der Dezimalpunkt
imp-the-decimal-comma = das Dezimalkomma

## Die Rollen, als die eine Spalte gelesen werden kann
imp-role-ignore = Ignorieren
imp-role-name = Name (Kampagne, Anzeigengruppe oder Anzeige)
imp-role-period-start = Datum oder Beginn des Zeitraums
imp-role-period-end = Ende des Zeitraums
imp-role-spend = Ausgaben
imp-role-started = Begonnene Unterhaltungen
imp-role-replies = Antworten
imp-role-qualified = Qualifizierte Unterhaltungen
imp-role-handoffs = Vertriebsübergaben
imp-role-customers = Kunden
imp-role-revenue = Umsatz
imp-role-impressions = Impressionen
imp-role-link-clicks = Link-Klicks
imp-role-results = Ergebnisse (Meta)
imp-role-result-indicator = Indikator für Ergebnisse (Meta)
imp-role-status = Status oder Phase (eine Zeile pro Chat oder Deal)
imp-role-stage = Pipeline-Phase (neben einem Status gewonnen / verloren / offen)
imp-role-value = Deal- oder Bestellwert
imp-role-source = Quelle oder Kanal (um nur einen Teil der Zeilen zu behalten)
# Das Datum, an dem ein Deal endete, in einem Ergebnisprotokoll: gewonnen („Deal - Won time“ bei
# Pipedrive), verloren, oder ein Abschlussdatum, das nur bei einem abgeschlossenen Deal gewonnen oder
# verloren bedeutet („Close Date“ bei HubSpot).
imp-role-won-date = Gewonnen am
imp-role-lost-date = Verloren am
imp-role-close-date = Abschlussdatum (abgeschlossener Deals)
imp-role-qualified-date = Qualifiziert am
imp-role-handoff-date = An den Vertrieb übergeben oder gebucht am
