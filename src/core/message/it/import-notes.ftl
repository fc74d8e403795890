# Le parole dell’importazione: perché un input non si può importare, le note e le descrizioni dell’anteprima, come un log degli esiti si unirebbe ai dati delle inserzioni
# Italiano, le parole dell’app: una voce per messaggio, con gli stessi argomenti ($name) dell’inglese;
# il plurale segue la categoria CLDR del conteggio: one, many (milioni esatti), other.
# Un argomento «(un elenco)» è fatto di elementi uniti da imp-list; i nomi dal file arrivano tra virgolette (imp-quoted).

## Dove si trova un problema di importazione
# $file: il nome del file (o imp-pasted-cells); $line e $column: numeri contati da 1;
# $header: l’intestazione della colonna come scritta nel file; $problem: uno dei problemi qui sotto.
imp-in-file = { $file }: { $problem }
imp-on-line = { $file }, riga { $line }: { $problem }
imp-in-cell = { $file }, riga { $line }, colonna { $column } («{ $header }»): { $problem }
imp-in-column = { $file }, colonna { $column } («{ $header }»): { $problem }

## Perché un’importazione non può procedere
# Quasi tutti seguono «file, riga …: » (iniziano in minuscolo); quelli sul file intero iniziano in maiuscolo.
imp-empty = Il file è vuoto. Esporta di nuovo il report, oppure incolla le celle.
imp-workbook = Questa è una cartella di lavoro Excel (.xlsx), non un file CSV, anche se il nome finisce in .csv. In Excel o Fogli Google usa File › Salva con nome (o Scarica) › CSV, poi carica quel file.
imp-binary = Questo file non è di testo (contiene dati binari). Carica un’esportazione CSV o TSV, oppure incolla le celle.
# $byte: dove si interrompe il testo, in byte dall’inizio del file.
imp-bad-utf16 = Il file dichiara di essere UTF-16 ma si interrompe al byte { $byte }. Esportalo di nuovo come CSV UTF-8.
imp-undecodable = non è stato possibile decodificare il testo.
imp-no-rows = Non ci sono righe da importare: il testo è vuoto.
# $found: i valori su questa riga; $expected: i valori sulla prima riga.
imp-ragged = { $found } { $found ->
    [one] valore
    [many] di valori
   *[other] valori
    }, ma la prima riga ne ha { $expected }. Probabilmente un valore contiene il delimitatore senza virgolette (ad esempio il nome di una campagna con una virgola): metti questi valori tra virgolette doppie, oppure esporta di nuovo il file.
# $value: la cella come scritta nel file. «Ignora» è il ruolo imp-role-ignore.
imp-not-a-number = «{ $value }» non è un numero. Correggi la cella, oppure imposta il ruolo della colonna su Ignora.
imp-negative = «{ $value }» è negativo. Spesa e conteggi non possono essere negativi: correggi la cella, oppure imposta la colonna su Ignora.
# $counts: ciò che la colonna conta, dentro una frase (imp-counted-…), senza articolo.
imp-not-whole = «{ $value }» non è un numero intero, ma per { $counts } servono numeri interi. Controlla il ruolo della colonna e il separatore decimale.
imp-counted-started = conversazioni avviate
imp-counted-replies = risposte
imp-counted-qualified = conversazioni qualificate
imp-counted-handoffs = trasferimenti alle vendite
imp-counted-customers = clienti
imp-counted-impressions = impression
imp-counted-link-clicks = clic sul link
imp-counted-results = risultati (Meta)
# $results: gli altri risultati, come li nomina il file (un elenco, ad esempio «Copertura, Lead»).
imp-other-results-only = ogni riga riguarda un altro risultato ({ $results }), quindi non ci sono conversazioni da importare. Esporta campagne il cui risultato sono le conversazioni avviate, come le conta Gestione inserzioni.
# $columns: le intestazioni del file, ognuna tra virgolette (un elenco). I nomi suggeriti restano in
# inglese: sono quelli che l’importazione riconosce.
imp-no-ladder-columns = non è stata riconosciuta nessuna colonna di spesa o di fase (colonne: { $columns }). Imposta qui sotto il ruolo di ogni colonna, oppure rinomina le intestazioni con nomi che l’app riconosce, come «Spend», «Conversations started», «Qualified», «Customers».
imp-unreadable = il browser non è riuscito a leggere questo file. Prova a salvarlo di nuovo.
imp-worker-unreadable = Il worker di importazione ha restituito dati illeggibili.
imp-worker-no-file = Al worker di importazione non è stato inviato nessun file.
# La risposta di un worker di importazione di una versione precedente dell’app, che non dice il motivo.
imp-unknown = l’importazione si è interrotta per un motivo che questa versione dell’app non sa indicare. Ricarica la pagina e riprova.

## Elenchi e nomi dentro le frasi
# Un nome come scritto nel file, tra virgolette.
imp-quoted = «{ $name }»
# Un elenco: il primo elemento, poi il resto (a sua volta un elenco, o l’ultimo elemento).
imp-list = { $first }, { $rest }

## Note sotto l’anteprima
# $count: quante colonne (2 o più); $role: il nome del ruolo (imp-role-…); $columns: le loro
# intestazioni, tra virgolette (un elenco); $first: l’intestazione di quella che viene letta.
imp-shared-role = { $count } { $count ->
    [one] colonna sembra
    [many] di colonne sembrano
   *[other] colonne sembrano
    } «{ $role }» ({ $columns }): viene letta solo la prima, «{ $first }». Cambia il ruolo di una colonna per leggerne un’altra.
# $results: gli altri risultati (un elenco, ad esempio «Copertura, Interazioni con il post»); $amount: la
# spesa su quelle righe (imp-amount, o un importo semplice quando la valuta non è nota).
imp-other-results = Esclusi altri risultati ({ $results }): { $rows } { $rows ->
    [one] riga
    [many] di righe
   *[other] righe
    }, con { $amount } di spesa. Contano solo le righe delle conversazioni, con la loro spesa.
# $currency: un codice di valuta, ad esempio «EUR»; $amount: l’importo, ad esempio «1.234,50».
imp-amount = { $amount } { $currency }
# «Risultati» è il nome della colonna di Meta.
imp-other-actions = Su { $rows } { $rows ->
    [one] riga
    [many] di righe
   *[other] righe
    } la colonna «Risultati» conta altre azioni (l’indicatore di risultato non è quello delle conversazioni avviate), quindi quei valori non sono stati contati come conversazioni.
# $line: il numero della riga nel file.
imp-totals-row = La riga { $line } è una riga di totali: esclusa per non contare nulla due volte.
imp-totals-row-mismatch = La riga { $line } è una riga di totali (i suoi numeri non corrispondono alle righe, controlla il file): esclusa per non contare nulla due volte.
# $rows: le righe sommate; $segments: i segmenti che formano.
imp-grouped-by-name = { $rows } { $rows ->
    [one] riga è stata raggruppata
    [many] di righe sono state raggruppate
   *[other] righe sono state raggruppate
    } in { $segments } { $segments ->
    [one] segmento
    [many] di segmenti
   *[other] segmenti
    } per nome (le righe giornaliere vengono sommate).
imp-grouped-by-name-and-month = { $rows } { $rows ->
    [one] riga è stata raggruppata
    [many] di righe sono state raggruppate
   *[other] righe sono state raggruppate
    } in { $segments } { $segments ->
    [one] segmento
    [many] di segmenti
   *[other] segmenti
    } per nome e mese (le righe giornaliere vengono sommate).
imp-grouped-by-name-and-week = { $rows } { $rows ->
    [one] riga è stata raggruppata
    [many] di righe sono state raggruppate
   *[other] righe sono state raggruppate
    } in { $segments } { $segments ->
    [one] segmento
    [many] di segmenti
   *[other] segmenti
    } per nome e settimana (le righe giornaliere vengono sommate).
# $period: un mese o una settimana, ad esempio «ottobre 2026» o «Settimana del 2026-10-05»; $first e
# $last: il primo e l’ultimo giorno delle sue righe, come li scrive il file.
imp-part-month = { $period } ha righe solo tra { $first } e { $last }: i suoi dati coprono solo una parte del mese.
imp-part-week = { $period } ha righe solo tra { $first } e { $last }: i suoi dati coprono solo una parte della settimana.
# $months: quanti mesi coprono le date delle righe; $rows: le righe che passano da un mese al
# successivo, o senza data. «Per mese» è una delle scelte di periodo dell’anteprima (ladder-grouping-month).
imp-not-split-spanning-file = Le date delle righe coprono { $months } { $months ->
    [one] mese
    [many] di mesi
   *[other] mesi
    }, ma { $rows } { $rows ->
    [one] riga passa
    [many] di righe passano
   *[other] righe passano
    } da un mese al successivo, quindi il file non è stato diviso per mesi. Scegli «Per mese» per mettere ogni riga nel mese in cui inizia.
imp-not-split-spanning-log = Le date delle righe coprono { $months } { $months ->
    [one] mese
    [many] di mesi
   *[other] mesi
    }, ma { $rows } { $rows ->
    [one] riga passa
    [many] di righe passano
   *[other] righe passano
    } da un mese al successivo, quindi il log non è stato diviso per mesi. Scegli «Per mese» per mettere ogni riga nel mese in cui inizia.
imp-not-split-undated-file = Le date delle righe coprono { $months } { $months ->
    [one] mese
    [many] di mesi
   *[other] mesi
    }, ma { $rows } { $rows ->
    [one] riga non ha
    [many] di righe non hanno
   *[other] righe non hanno
    } una data, quindi il file non è stato diviso per mesi.
imp-not-split-undated-log = Le date delle righe coprono { $months } { $months ->
    [one] mese
    [many] di mesi
   *[other] mesi
    }, ma { $rows } { $rows ->
    [one] riga non ha
    [many] di righe non hanno
   *[other] righe non hanno
    } una data, quindi il log non è stato diviso per mesi.
imp-spanning-month = { $rows ->
    [one] { $rows } riga prosegue nel mese successivo: è contata nel mese in cui inizia.
    [many] { $rows } di righe proseguono nel mese successivo: ognuna è contata nel mese in cui inizia.
   *[other] { $rows } righe proseguono nel mese successivo: ognuna è contata nel mese in cui inizia.
    }
imp-spanning-week = { $rows ->
    [one] { $rows } riga prosegue nella settimana successiva: è contata nella settimana in cui inizia.
    [many] { $rows } di righe proseguono nella settimana successiva: ognuna è contata nella settimana in cui inizia.
   *[other] { $rows } righe proseguono nella settimana successiva: ognuna è contata nella settimana in cui inizia.
    }
imp-undated-month = { $rows ->
    [one] { $rows } riga non ha una data: viene tenuta a parte, fuori da ogni mese.
    [many] { $rows } di righe non hanno una data: vengono tenute a parte, fuori da ogni mese.
   *[other] { $rows } righe non hanno una data: vengono tenute a parte, fuori da ogni mese.
    }
imp-undated-week = { $rows ->
    [one] { $rows } riga non ha una data: viene tenuta a parte, fuori da ogni settimana.
    [many] { $rows } di righe non hanno una data: vengono tenute a parte, fuori da ogni settimana.
   *[other] { $rows } righe non hanno una data: vengono tenute a parte, fuori da ogni settimana.
    }
# $periods: i mesi o le settimane (un elenco, ad esempio «ottobre 2026, novembre 2026»).
imp-grouped-by-month = Raggruppamento per mese: { $periods }.
imp-grouped-by-week = Raggruppamento per settimana: { $periods }.
# $statuses: ogni stato non riconosciuto con le sue righe (imp-status-rows, un elenco).
imp-unknown-statuses = Stati non riconosciuti, contati solo come conversazioni avviate finché non li associ a una fase: { $statuses }.
# $status: uno stato come scritto nel file; $rows: quante righe lo hanno.
imp-status-rows = «{ $status }» ({ $rows } { $rows ->
    [one] riga
    [many] di righe
   *[other] righe
    })
# $stage: il nome di una fase, ad esempio «Conversazioni qualificate».
imp-entry-stage = Ogni riga è arrivata almeno a «{ $stage }», quindi questo file non può contare le fasi precedenti: quelle arrivano dalle inserzioni o restano vuote.
# $column: la colonna delle fonti del file, ad esempio «Original Traffic Source»; $count: quante
# fonti nomina.
imp-sources-all-kept = «{ $column }» indica { $count } { $count ->
    [one] fonte
    [many] di fonti
   *[other] fonti
    }: vengono mantenute tutte le righe. Deseleziona una fonte qui sotto per escluderne le righe.
# Mantenute $kept righe su $rows; $sources: le fonti mantenute (imp-source-rows, un elenco, o
# imp-sources-none); $left: le righe escluse; $others: le fonti escluse (un elenco).
imp-sources-kept = Righe mantenute: { $kept } su { $rows }, quelle con questi valori di «{ $column }»: { $sources }; { $left ->
    [one] esclusa { $left } riga
    [many] escluse { $left } di righe
   *[other] escluse { $left } righe
    } di altre fonti: { $others }. Cambia qui sotto le fonti da mantenere.
# Come imp-sources-kept, per il suggerimento dell’app: le fonti mantenute sembrano le inserzioni di Meta.
imp-sources-kept-suggested = Righe mantenute: { $kept } su { $rows }, quelle con questi valori di «{ $column }»: { $sources } (sembrano le inserzioni di Meta); { $left ->
    [one] esclusa { $left } riga
    [many] escluse { $left } di righe
   *[other] escluse { $left } righe
    } di altre fonti: { $others }. Cambia qui sotto le fonti da mantenere.
imp-sources-none = nessuno
# Una fonte da mantenere o escludere, accanto alla sua casella: $source come scritta nel file, $rows le sue righe.
imp-source-choice = { $source } ({ $rows })
# $source: una fonte come scritta nel file; $rows: le sue righe.
imp-source-rows = «{ $source }» ({ $rows })

## Come un log degli esiti si unirebbe ai dati delle inserzioni
# $matched dei $total nomi del log sono campagne dei dati delle inserzioni.
imp-join-names-match = { $matched } { $matched ->
    [one] nome su { $total } corrisponde
    [many] di nomi su { $total } corrispondono
   *[other] nomi su { $total } corrispondono
    } ai dati delle inserzioni.
# $names: campagne dei dati delle inserzioni, o nomi nel log, tra virgolette (un elenco).
imp-join-no-outcomes = Nessun esito per: { $names }.
imp-join-no-ads = Nessun dato delle inserzioni per: { $names } (tenuti come segmenti a sé; correggi i nomi per unirli).
imp-join-account = I suoi esiti si uniscono al totale dei dati delle inserzioni: spesa e conversazioni (e risposte, se le inserzioni le hanno) dalle inserzioni; qualificate, trasferimenti, clienti e ricavi da questo file. Non viene aggiunto come segmento, e le campagne mantengono solo i numeri delle inserzioni.
# $conversations: le conversazioni registrate escluse; $customers: i clienti tra queste
# (imp-join-customers); $parts: di chi e quando (imp-join-part-…, un elenco).
imp-join-out-of-period = { $conversations ->
    [one] { $conversations } conversazione registrata ({ $customers }) cade fuori dai periodi dei dati delle inserzioni ed è esclusa: { $parts }. Importa dati delle inserzioni che coprano quelle date per contarla.
    [many] { $conversations } di conversazioni registrate ({ $customers }) cadono fuori dai periodi dei dati delle inserzioni e sono escluse: { $parts }. Importa dati delle inserzioni che coprano quelle date per contarle.
   *[other] { $conversations } conversazioni registrate ({ $customers }) cadono fuori dai periodi dei dati delle inserzioni e sono escluse: { $parts }. Importa dati delle inserzioni che coprano quelle date per contarle.
    }
imp-join-customers = { $count } { $count ->
    [one] cliente
    [many] di clienti
   *[other] clienti
    }
# $name: un nome nel log; $period: un mese o una settimana, ad esempio «dicembre 2026»;
# $conversations: le sue conversazioni registrate.
imp-join-part-in = «{ $name }», { $period } ({ $conversations })
imp-join-part-undated = «{ $name }» senza data ({ $conversations })
imp-join-more-logged = Più conversazioni registrate di quelle avviate dalle inserzioni per: { $names }. Controlla la finestra di attribuzione.

## Che cosa sembra l’input (dopo «Sembra:»)
# $roles: i ruoli con cui vengono lette le colonne, in ordine (imp-role-…, un elenco).
imp-looks-unlabeled = Numeri senza etichette, letti nell’ordine della scala: { $roles }.
imp-looks-aggregate = Una tabella di { $rows } { $rows ->
    [one] riga
    [many] di righe
   *[other] righe
    } con spesa e conteggi delle fasi, come { $segments } { $segments ->
    [one] segmento
    [many] di segmenti
   *[other] segmenti
    }.
imp-looks-meta = Un’esportazione di Gestione inserzioni di Meta: { $rows } { $rows ->
    [one] riga
    [many] di righe
   *[other] righe
    }, { $segments } { $segments ->
    [one] segmento
    [many] di segmenti
   *[other] segmenti
    }.
# $currency: il codice della valuta della spesa, ad esempio «EUR».
imp-looks-meta-currency = Un’esportazione di Gestione inserzioni di Meta: { $rows } { $rows ->
    [one] riga
    [many] di righe
   *[other] righe
    }, { $segments } { $segments ->
    [one] segmento
    [many] di segmenti
   *[other] segmenti
    }, spesa in { $currency }.
# $conversations: le conversazioni contate (quelle delle fonti mantenute).
imp-looks-log = Un log degli esiti (trattative del CRM o un audit delle conversazioni): { $conversations } { $conversations ->
    [one] conversazione contata
    [many] di conversazioni contate
   *[other] conversazioni contate
    } in { $segments } { $segments ->
    [one] segmento
    [many] di segmenti
   *[other] segmenti
    }.
# Come imp-looks-log, quando alcune righe sono state escluse: $rows, tutte le righe del log.
imp-looks-log-of = Un log degli esiti (trattative del CRM o un audit delle conversazioni): { $conversations } { $conversations ->
    [one] conversazione contata
    [many] di conversazioni contate
   *[other] conversazioni contate
    } in { $segments } { $segments ->
    [one] segmento
    [many] di segmenti
   *[other] segmenti
    } (su { $rows } { $rows ->
    [one] riga
    [many] di righe
   *[other] righe
    }).

## I dati sotto «Sembra:»: il nome del file, poi questi, uno dopo l’altro
# Un dato, poi il resto.
imp-facts = { $first } · { $rest }
# $encoding: imp-encoding-…
imp-read-as = letto come { $encoding }
imp-encoding-utf8 = UTF-8
imp-encoding-utf8-bom = UTF-8 (con BOM)
imp-encoding-utf16-le = UTF-16 LE
imp-encoding-utf16-be = UTF-16 BE
imp-encoding-windows-1252 = Windows-1252
imp-comma-separated = separato da virgole
imp-semicolon-separated = separato da punti e virgola
imp-tab-separated = separato da tabulazioni
imp-data-rows = { $count } { $count ->
    [one] riga di dati
    [many] di righe di dati
   *[other] righe di dati
    }
# $ms: millisecondi, un numero intero.
imp-read-in-ms = letto in { $ms } ms
# $seconds: secondi, con due decimali; $speed: megabyte al secondo, un numero intero.
imp-read-in-s = letto in { $seconds } s ({ $speed } MB/s)

## Durante la lettura di un file, e dopo
# $read e $total: megabyte, con un decimale; $rows: le righe lette finora.
imp-progress = { $read } MB di { $total } MB · { $rows } { $rows ->
    [one] riga
    [many] di righe
   *[other] righe
    }
imp-cancelled = Importazione annullata. Non è stato modificato nulla.
imp-remembered = Applicate le scelte sulle colonne fatte l’ultima volta per i file con queste colonne.
# Come si chiamano le celle incollate dove andrebbe il nome di un file.
imp-pasted-cells = Celle incollate

## La tabella delle colonne: una colonna per ogni colonna del file, con ruolo e separatore decimale in alto
imp-grid-caption = Come viene letta ogni colonna: il ruolo e, per i numeri, il separatore decimale; sotto, le prime righe
imp-grid-role-row = Ruolo
imp-grid-numbers-row = Numeri
# La cella di una colonna di testo nella riga dei separatori decimali.
imp-grid-text = — (testo)
# $reason: come è stato scelto il separatore (imp-decimal-… qui sotto).
imp-grid-decided = Scelto: { $reason }
# $column: l’intestazione della colonna come scritta nel file.
imp-grid-role-of = Ruolo della colonna { $column }
imp-grid-separator-of = Separatore decimale della colonna { $column }
# $row: il numero di una delle prime righe mostrate.
imp-grid-row = Riga { $row }
imp-decimal-point-choice = Punto decimale (1,234.5)
imp-decimal-comma-choice = Virgola decimale (1.234,5)
# Una cella vuota in una colonna di numeri.
imp-blank = (vuota)
# $value: una cella come scritta nel file.
imp-not-a-number-cell = «{ $value }» (non è un numero)

## Come è stato scelto il separatore decimale di una colonna
# $value: un numero come scritto nel file.
imp-decimal-point-as-in = punto decimale (come in «{ $value }»)
imp-decimal-comma-as-in = virgola decimale (come in «{ $value }»)
# $point e $comma: due numeri che si leggono in un solo modo ciascuno; $separator: quello usato
# (imp-the-decimal-…, con l’articolo).
imp-decimal-mixed = misto: «{ $point }» e «{ $comma }» non concordano; si usa { $separator }
imp-grouped-with-dots = numeri interi raggruppati con punti (come in «{ $value }»)
imp-grouped-with-commas = numeri interi raggruppati con virgole (come in «{ $value }»)
imp-no-decimals = nessun decimale trovato; si usa { $separator }
imp-set-by-you = impostato da te
imp-the-decimal-point = il punto decimale
imp-the-decimal-comma = la virgola decimale

## I ruoli con cui si può leggere una colonna
imp-role-ignore = Ignora
imp-role-name = Nome (campagna, gruppo di inserzioni o inserzione)
imp-role-period-start = Data o inizio del periodo
imp-role-period-end = Fine del periodo
imp-role-spend = Spesa
imp-role-started = Conversazioni avviate
imp-role-replies = Risposte
imp-role-qualified = Conversazioni qualificate
imp-role-handoffs = Trasferimenti alle vendite
imp-role-customers = Clienti
imp-role-revenue = Ricavi
imp-role-impressions = Impression
imp-role-link-clicks = Clic sul link
imp-role-results = Risultati (Meta)
imp-role-result-indicator = Indicatore di risultato (Meta)
imp-role-status = Stato o fase (una riga per chat o trattativa)
imp-role-stage = Fase della pipeline (accanto a uno stato vinta / persa / aperta)
imp-role-value = Valore della trattativa o dell’ordine
imp-role-source = Fonte o canale (per mantenere solo alcune righe)
# Le date in cui una trattativa si è conclusa, in un log degli esiti: vinta («Deal - Won time» di
# Pipedrive), persa, o una data di chiusura che significa vinta o persa solo per una trattativa chiusa
# («Close Date» di HubSpot).
imp-role-won-date = Data trattativa vinta
imp-role-lost-date = Data trattativa persa
imp-role-close-date = Data di chiusura (delle trattative chiuse)
imp-role-qualified-date = Data di qualificazione
imp-role-handoff-date = Data di trasferimento alle vendite o prenotazione
