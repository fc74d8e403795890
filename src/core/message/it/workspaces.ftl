# La barra delle aree di lavoro e i backup
# Italiano, le parole dell’app: una voce per messaggio, con gli stessi argomenti ($name) dell’inglese;
# il plurale segue la categoria CLDR del conteggio: one, many (milioni esatti), other.

## La barra delle aree di lavoro
workspaces-region = Aree di lavoro
workspace-label = Area di lavoro
workspace-manage = Rinomina, crea, duplica, elimina, backup
workspace-name = Nome
workspace-new = Nuova
workspace-duplicate = Duplica
workspace-delete = Elimina
workspace-download-backup = Scarica backup
workspace-restore-backup = Ripristina backup
restore-region = Ripristina un backup
# $contents: cosa contiene il backup, ad esempio «3 aree di lavoro: «Acme» (modificata 5 minuti fa), …».
restore-holds = Questo backup contiene { $contents }
restore-beside = Vengono aggiunte accanto alle tue aree di lavoro; non viene sovrascritto nulla.
restore-add = Aggiungile
restore-unreadable = Non è stato possibile leggere il file come testo.
bar-created = Nuova area di lavoro: dalle un nome nel campo Nome.
bar-duplicated = «{ $name }» duplicata.
bar-deleted = «{ $name }» eliminata.
bar-back = «{ $name }» è di nuovo qui.
bar-restored = { $count ->
    [one] Aggiunta { $count } area di lavoro
    [many] Aggiunte { $count } di aree di lavoro
   *[other] Aggiunte { $count } aree di lavoro
    } dal backup. Scegline una qui sopra per aprirla.
bar-opened-shared = Aperta «{ $name }» da un link, come area di lavoro a sé. L’area di lavoro che avevi non è cambiata; puoi tornarci qui sopra.
