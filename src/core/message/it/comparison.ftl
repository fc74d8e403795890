# Confronto tra segmenti e periodi: le scelte di «Dati mostrati», la tabella dei segmenti, inversioni, valori anomali, perché il CAC è cambiato, spostamenti di budget
# Italiano, le parole dell’app: una voce per messaggio, con gli stessi argomenti ($name) dell’inglese;
# il plurale segue la categoria CLDR del conteggio: one, many (milioni esatti), other.
# Gli elenchi riusano dx-list-comma e dx-list-semicolon.

## La scelta «Dati mostrati»
cmp-source-typed = Numeri inseriti
# Tutti i segmenti importati sommati; $count: quanti (esattamente 1: l’unico importato).
cmp-source-total = { $count ->
    [1] Importati: totale
    [many] Importati: somma di { $count } di segmenti
   *[other] Importati: somma di { $count } segmenti
    }
# $name: il nome di un periodo, ad esempio «ottobre 2026» o il nome che gli dà il file.
cmp-source-period = Importati: { $name }, tutte le campagne
# $name: l’etichetta di un segmento (cmp-segment-label…).
cmp-source-segment = Importati: { $name }

## Etichette dei segmenti
# Il nome di un segmento come lo dà il file, invariato.
cmp-segment-label = { $name }
# Un nome che si ripete (una campagna in due mesi), con il nome del periodo: «Promo estate · ottobre 2026».
cmp-segment-label-period = { $name } · { $period }

## La tabella dei segmenti
# Sotto una tabella lunga; $shown: le righe mostrate; $count: tutti i segmenti.
cmp-showing = Mostrati { $shown } su { $count } { $count ->
    [one] segmento
    [many] di segmenti
   *[other] segmenti
    }, in quest’ordine.
cmp-other-cost-note = Il CAC include gli altri costi di acquisizione inseriti in Altri dati, ripartiti tra i segmenti in base alla loro quota di spesa, così la somma dei costi dei segmenti dà quella dell’account.

## Messaggi economici, clienti cari
# $name: il segmento con i messaggi più economici; $other: quello con cui è confrontato.
# $message, $other-message: i loro costi per messaggio; $customer, $other-customer: i loro costi
# per cliente; $times: il costo per cliente di $name come multiplo di quello di $other, ad esempio 5,53×.
cmp-inversion = { $name } ha messaggi più economici di { $other } ({ $message } contro { $other-message }) ma clienti più cari ({ $customer }, { $times } quelli di { $other }).
cmp-inversion-cheapest = { $name } ha i messaggi più economici ({ $message }) e i clienti più cari ({ $customer }, { $times } quelli di { $other }).
cmp-inversion-unclear = { $name } ha messaggi più economici di { $other } ({ $message } contro { $other-message }) e sembra più caro per cliente ({ $customer } contro { $other-customer }), ma i loro clienti per conversazione non si possono ancora distinguere: più conversazioni diranno quale costa meno.
# $count: il volume minimo; $names: i segmenti sotto quel volume, ognuno tra virgolette (cmp-quoted), in un elenco.
cmp-not-ranked = Fuori classifica (meno di { $count } { $count ->
    [one] conversazione
    [many] di conversazioni
   *[other] conversazioni
    }): { $names }.
# Il nome di un segmento tra virgolette.
cmp-quoted = «{ $name }»
# L’equivalente testuale del grafico; $points: un cmp-point per segmento, in un elenco (punti e virgola).
cmp-points-summary = Costo per messaggio rispetto al CAC, per segmento: { $points }.
# $message: costo per messaggio; $customer: costo per cliente; $spend: la spesa del segmento.
cmp-point = { $name }: { $message } a messaggio, { $customer } a cliente, { $spend } di spesa

## Valori anomali
# Un segmento fuori dai limiti al 99,8%. $share: il suo tasso al passaggio (cmp-share-…);
# $range: i limiti al suo volume; $pooled: il tasso di tutti i segmenti insieme.
cmp-outlier-below = { $name }: { $share }, sotto l’intervallo atteso per quel volume ({ $range } attorno al tasso complessivo, { $pooled }).
cmp-outlier-above = { $name }: { $share }, sopra l’intervallo atteso per quel volume ({ $range } attorno al tasso complessivo, { $pooled }).
# «350 risposte, 9% qualificate»: $count persone all’inizio del passaggio, $rate la quota che lo ha superato.
cmp-share-reply = { $count } { $count ->
    [one] conversazione
    [many] di conversazioni
   *[other] conversazioni
    }, { $rate } con risposta
cmp-share-qualification = { $count } { $count ->
    [one] risposta
    [many] di risposte
   *[other] risposte
    }, { $rate } qualificate
cmp-share-handoff = { $count } { $count ->
    [one] conversazione qualificata
    [many] di conversazioni qualificate
   *[other] conversazioni qualificate
    }, { $rate } arrivate alle vendite
cmp-share-close = { $count } { $count ->
    [one] trasferimento alle vendite
    [many] di trasferimenti alle vendite
   *[other] trasferimenti alle vendite
    }, { $rate } chiusi
# L’equivalente testuale del grafico. $metric: il tasso del passaggio, ad esempio «Tasso di qualificazione»;
# $pooled: il tasso di tutti i segmenti insieme; $points: un cmp-funnel-point… per segmento,
# in un elenco (punti e virgola).
cmp-funnel-summary = { $metric } per segmento rispetto al volume (complessivo: { $pooled }): { $points }.
# Il $rate di un segmento sulle $count persone all’inizio del passaggio.
cmp-funnel-point = { $name } { $rate } su { $count }
cmp-funnel-point-watch = { $name } { $rate } su { $count } (fuori dall’intervallo al 95%)
cmp-funnel-point-below = { $name } { $rate } su { $count } (sotto l’intervallo al 99,8%)
cmp-funnel-point-above = { $name } { $rate } su { $count } (sopra l’intervallo al 99,8%)

## Perché il CAC è cambiato
# Quando le trattative del periodo più recente sono ancora in corso (tempi di chiusura): come sono stati resi
# confrontabili i clienti dei due periodi. $earlier, $later: i nomi dei periodi; $so-far e $projected: i clienti
# acquisiti finora e quelli previsti quando tutte le trattative si saranno chiuse.
cmp-like-projected = Confronto alla pari: le trattative di { $later } sono ancora in corso, quindi per i suoi clienti si usa il numero finale previsto, { $projected } ({ $so-far } finora).
cmp-like-projected-both = Confronto alla pari: le trattative di entrambi i periodi sono ancora in corso, quindi per i clienti si usa in tutti e due il numero finale previsto: { $earlier-projected } per { $earlier } ({ $earlier-so-far } finora) e { $projected } per { $later } ({ $so-far } finora).
# $days: l’età del periodo più recente; $removed: le trattative vinte del periodo precedente arrivate dopo.
cmp-like-same-age = Confronto alla pari: le trattative di { $later } sono ancora in corso e troppo recenti per una previsione, quindi per { $earlier } contano solo i clienti acquisiti entro { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
    } dall’inizio del periodo, pari all’età attuale di { $later } ({ $removed ->
    [one] esclusa { $removed } trattativa vinta più tardi
    [many] escluse { $removed } di trattative vinte più tardi
   *[other] escluse { $removed } trattative vinte più tardi
    }).
# Ciò che muove il CAC, in testa a una riga della tabella.
cmp-factor-cost-per-message = Costo per messaggio
cmp-factor-reply-rate = Tasso di risposta
cmp-factor-qualification-rate = Tasso di qualificazione
cmp-factor-handoff-rate = Tasso di trasferimento
cmp-factor-close-rate = Tasso di chiusura
cmp-factor-other-cost = Altri costi per unità di spesa
# Il tasso di un passaggio calcolato da una fase precedente, quando la fase subito prima non è contata
# in entrambi i periodi: $factor è il nome del tasso, $from la fase («conversazioni avviate»).
cmp-factor-from = { $factor } (su { $from })
# Gli stessi dentro una frase.
cmp-factor-name-cost-per-message = costo per messaggio
cmp-factor-name-reply-rate = tasso di risposta
cmp-factor-name-qualification-rate = tasso di qualificazione
cmp-factor-name-handoff-rate = tasso di trasferimento
cmp-factor-name-close-rate = tasso di chiusura
cmp-factor-name-other-cost = altri costi per unità di spesa
# Sotto le barre della cascata: CAC prima, ogni fattore (in breve), CAC adesso.
cmp-bar-before = Prima
cmp-bar-messages = Messaggi
cmp-bar-reply = Risposta
cmp-bar-qualified = Qualificate
cmp-bar-handoff = Trasferimento
cmp-bar-close = Chiusura
cmp-bar-other = Altro
cmp-bar-now = Adesso
# Sopra la barra di un totale: il CAC, come importo.
cmp-bar-total = { $amount }
cmp-cant-split = Entrambi i periodi richiedono la spesa, le conversazioni avviate e almeno un cliente, con conteggi che diminuiscono da una fase all’altra (una fase contata in uno solo dei due viene esclusa).
# $cac: il CAC in entrambi i periodi.
cmp-cac-held = Il CAC è rimasto a { $cac }: le variazioni dei suoi fattori si compensano.
# $before, $after: il CAC nel periodo precedente e in quello successivo. $main: il fattore che ha spinto
# di più il CAC nella direzione in cui si è mosso; $against: quello che ha spinto di più in senso opposto
# (cmp-factor-rose…, cmp-cost-per-message-rose…), frammenti senza articolo.
cmp-cac-rose = Il CAC è salito da { $before } a { $after }.
cmp-cac-rose-although = Il CAC è salito da { $before } a { $after }, pur con { $against }.
cmp-cac-rose-because = Il CAC è salito da { $before } a { $after }: { $main }.
cmp-cac-rose-although-because = Il CAC è salito da { $before } a { $after }, pur con { $against }: { $main }.
cmp-cac-fell = Il CAC è sceso da { $before } a { $after }.
cmp-cac-fell-although = Il CAC è sceso da { $before } a { $after }, pur con { $against }.
cmp-cac-fell-because = Il CAC è sceso da { $before } a { $after }: { $main }.
cmp-cac-fell-although-because = Il CAC è sceso da { $before } a { $after }, pur con { $against }: { $main }.
# $change: di quanto, in percentuale del costo precedente.
cmp-cost-per-message-rose = costo per messaggio in aumento (+{ $change })
cmp-cost-per-message-fell = costo per messaggio in calo (−{ $change })
# $factor: il nome di un passaggio (step-name-…, ad esempio «qualificazione») o cmp-factor-name-other-cost;
# $before, $after: i suoi tassi nei due periodi. «in aumento» non concorda, quindi va bene con ogni nome.
cmp-factor-rose = { $factor } in aumento da { $before } a { $after }
cmp-factor-fell = { $factor } in calo da { $before } a { $after }
# $moved: la variazione di un passaggio (cmp-factor-rose…) che il suo intervallo al 95% non distingue dal rumore.
cmp-noise-note = { $moved } (una variazione che potrebbe ancora essere rumore)
# Un importo con il segno: «+35,12 €», «−28,45 €» (un vero segno meno).
cmp-money-up = +{ $amount }
cmp-money-down = −{ $amount }
# Seguito da period-waterfall-caption; $change: cmp-money-up o cmp-money-down.
cmp-cac-changed-by = Il CAC è cambiato di { $change }
# L’equivalente testuale della cascata; $before, $after: il CAC nei due periodi; $parts: un
# cmp-waterfall-part per fattore, in un elenco (punti e virgola).
cmp-waterfall-summary = CAC { $before }; { $parts }; CAC adesso { $after }.
# $factor: cmp-factor-name-…; $change: la sua parte della variazione del CAC, cmp-money-up o -down.
cmp-waterfall-part = { $factor } { $change }
# La variazione di un tasso in punti percentuali: il suo intervallo al 95%. $low, $high: gli estremi,
# con il segno e un decimale, ad esempio «−12,2».
cmp-points-range = da { $low } a { $high } p.p.
# La variazione di un tasso rispetto al rumore.
cmp-verdict-real = Oltre il rumore
cmp-verdict-noise = Potrebbe essere rumore
# $count: quante persone in più all’inizio del passaggio, in ogni periodo, lo chiarirebbero.
cmp-verdict-noise-settle = Potrebbe essere rumore: circa { $count } { $count ->
    [one] persona in più al suo inizio, in ogni periodo, lo chiarirebbe
    [many] di persone in più al suo inizio, in ogni periodo, lo chiarirebbero
   *[other] persone in più al suo inizio, in ogni periodo, lo chiarirebbero
    }

## Spostare budget tra segmenti
cmp-exponent-note = Quanto rincarano i messaggi quando cresce la spesa di un segmento: con { $k }, raddoppiare la spesa di un segmento rende i suoi messaggi più cari del { $dearer } circa (2^{ $k } = { $factor }), quindi porta il { $more } di conversazioni in più, non il { $all }. { $zero } significa che ogni importo in più compra messaggi al prezzo di oggi.
cmp-budget-warning = I messaggi economici su larga scala tendono a trovare persone a cui piace chattare ma non comprare: valuta uno spostamento in base al costo per cliente, non al costo per messaggio.
cmp-exponent-range = L’esponente è compreso tra 0 e 1: 0 per i prezzi di oggi, 1 per nessuna conversazione in più.
# Le righe della tabella dell’account dopo lo spostamento.
cmp-budget-row-conversations = Conversazioni
cmp-budget-row-customers = Clienti
cmp-budget-row-cac = CAC
cmp-budget-row-revenue = Ricavi
# $amount spostato dal segmento $from al segmento $to; $after, $before: i clienti dell’account
# dopo e prima dello spostamento, in persone intere.
cmp-move = Spostando { $amount } da { $from } a { $to } { $after ->
    [one] si ottiene circa { $after } cliente
    [many] si ottengono circa { $after } di clienti
   *[other] si ottengono circa { $after } clienti
    } invece di { $before }.
# Come cmp-move, con il CAC dopo ($cac-after) e prima ($cac-before) dello spostamento.
cmp-move-cac = Spostando { $amount } da { $from } a { $to } { $after ->
    [one] si ottiene circa { $after } cliente
    [many] si ottengono circa { $after } di clienti
   *[other] si ottengono circa { $after } clienti
    } invece di { $before }, con un CAC di { $cac-after } invece di { $cac-before }.
# Il nome dello spostamento come scenario; $amount: come l’ha scritto l’utente.
cmp-move-name = Sposta { $amount } da { $from } a { $to }
