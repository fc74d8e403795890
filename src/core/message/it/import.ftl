# Il pannello di importazione e la sua anteprima
# Italiano, le parole dell’app: una voce per messaggio, con gli stessi argomenti ($name) dell’inglese;
# il plurale segue la categoria CLDR del conteggio: one, many (milioni esatti), other.

## Il pannello di importazione
import-reading-in-background = Lettura del file in background…
import-cancel = Annulla importazione
# In grassetto, seguito da uno spazio e dal motivo per cui l’importazione non è riuscita.
import-cant-import = Impossibile importare:
import-paste-label = Incolla celle da un foglio di calcolo
import-paste-hint = Con o senza riga di intestazione. Una sola riga o colonna di numeri viene letta nell’ordine della scala: spesa, conversazioni, risposte, qualificate, trasferimenti, clienti, ricavi.
import-preview-pasted = Anteprima delle celle incollate
import-upload-label = Oppure carica un’esportazione (CSV o TSV)
import-choose-file = Scegli un file
import-upload-hint = Esportazioni di Gestione inserzioni di Meta, HubSpot o Pipedrive, oppure un log delle conversazioni. Puoi anche trascinare qui un file. Viene letto solo in questo browser.
preview-rows-column = Righe
preview-counts-up-to-column = Conta fino a
# $status: un valore di stato come scritto nel file importato, ad esempio «Won» o «Qualified».
preview-stage-reached-by = Fase raggiunta da «{ $status }»
preview-stages-caption = Fasi della pipeline: fin dove è arrivata una trattativa aperta o persa
preview-stages-region = Tabella delle fasi della pipeline
preview-stage-column = Fase
preview-statuses-caption = Stati: ogni riga conta nella fase che ha raggiunto e in tutte quelle precedenti
preview-statuses-region = Tabella degli stati
preview-status-column = Stato
# $column: il nome della colonna del file che dice da dove viene ogni riga, ad esempio «Source».
preview-keep-sources = Mantieni le righe di queste fonti («{ $column }»)
spend-column = Spesa
preview-chats-column = Conversazioni
preview-customers-column = Clienti
preview-revenue-column = Ricavi
preview-periods = Periodi
# Il giorno a cui si riferiscono i dati di un’esportazione di trattative. $date: la data più recente nel file.
preview-as-of = Dati aggiornati al
preview-as-of-hint = La data più recente nel file è il { $date }. Se l’hai esportato dopo, imposta il giorno dell’esportazione: le trattative ancora aperte vengono così contate come aperte per quel tempo in più, mai come perse.
preview-heading = Anteprima: non cambia nulla finché non applichi
# In grassetto, seguito da uno spazio e da cosa sembra l’input, ad esempio «Un’esportazione di Gestione inserzioni di Meta».
preview-looks-like = Sembra:
preview-columns-heading = Colonne: come viene letta ciascuna (puoi cambiare ruolo o separatore)
preview-segments-region = Tabella dei segmenti da importare
# $count: quanti segmenti (campagne, periodi…) creerebbe l’importazione.
preview-segments-caption = Segmenti da importare: { $count }
segment-column = Segmento
# $count: quanti segmenti ci sono oltre a quelli elencati nella tabella.
preview-and-more = …e altri { $count }.
preview-apply = Applica importazione
