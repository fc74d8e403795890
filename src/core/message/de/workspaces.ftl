# Die Leiste der Arbeitsbereiche und Backups
# Deutsch (Sie-Form), Begriffe nach docs/glossary/de.md: ein Eintrag pro Meldung, Argumente benannt ($name);
# Plural nach der CLDR-Kategorie der Zahl (Deutsch: one, other).
# Gleiche Dateien und Einträge wie en/.

## Die Leiste der Arbeitsbereiche
workspaces-region = Arbeitsbereiche
workspace-label = Arbeitsbereich
workspace-manage = Umbenennen, neu, duplizieren, löschen, Backup
workspace-name = Name
workspace-new = Neu
workspace-duplicate = Duplizieren
workspace-delete = Löschen
workspace-download-backup = Backup herunterladen
workspace-restore-backup = Backup wiederherstellen
restore-region = Backup wiederherstellen
# $contents: was das Backup enthält, etwa „3 Arbeitsbereiche: „Acme“ (geändert vor 5 Minuten), …“.
restore-holds = Dieses Backup enthält { $contents }
restore-beside = Sie werden neben Ihren Arbeitsbereichen hinzugefügt; nichts wird überschrieben.
restore-add = Hinzufügen
restore-unreadable = Die Datei konnte nicht als Text gelesen werden.
bar-created = Neuer Arbeitsbereich: Geben Sie ihm im Feld „Name“ einen Namen.
bar-duplicated = „{ $name }“ dupliziert.
bar-deleted = „{ $name }“ gelöscht.
bar-back = „{ $name }“ ist wieder da.
bar-restored = { $count ->
    [one] { $count } Arbeitsbereich
   *[other] { $count } Arbeitsbereiche
    } aus dem Backup hinzugefügt. Wählen Sie oben einen aus, um ihn zu öffnen.
bar-opened-shared = „{ $name }“ aus einem Link als eigener Arbeitsbereich geöffnet. Ihr bisheriger Arbeitsbereich ist unverändert; oben können Sie zu ihm zurückwechseln.
