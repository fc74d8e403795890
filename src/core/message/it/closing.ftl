# Tempi di chiusura: quanto ci mettono le trattative a essere vinte, il tasso di chiusura di ogni mese finora e quello previsto,
# quando si può valutare ogni mese e quanto è stata precisa la previsione sui dati passati dell’utente.

closing-heading = Tempi di chiusura
# $deals: le trattative con date nell’export del CRM; $date: il giorno fino a cui arrivano i dati (ISO, 2026-11-30).
closing-lede = { $deals ->
    [one] { $deals } trattativa con date, dati aggiornati al { $date }.
    [many] { $deals } di trattative con date, dati aggiornati al { $date }.
   *[other] { $deals } trattative con date, dati aggiornati al { $date }.
    }
# $median e $p90: giorni. Le «trattative vinte» sono quelle vinte entro la data dei dati e, secondo la stima
# con dati censurati, quelle ancora aperte che lo saranno.
closing-days = Metà delle trattative vinte si chiude entro { $median ->
    [one] { $median } giorno
   *[other] { $median } giorni
    } dall’apertura, e il 90% entro { $p90 ->
    [one] { $p90 } giorno
   *[other] { $p90 } giorni
    }.
closing-no-wins = Fino a quella data non è stata vinta nessuna trattativa, quindi non si può ancora dire quanto tempo richieda la chiusura.
# Quanto presto si raggiunge una fase precedente, quando il registro ne indica la data («Qualified at», «Booked on»).
# $stage: closing-stage-qualified o closing-stage-handed-off; $median e $p90: giorni dall’avvio della
# conversazione; $reached su $count: quante l’hanno raggiunta finora.
closing-stage-days = { $stage }: metà delle conversazioni che arrivano a questa fase ci arriva entro { $median ->
    [one] { $median } giorno
   *[other] { $median } giorni
    } dall’avvio, e il 90% entro { $p90 ->
    [one] { $p90 } giorno
   *[other] { $p90 } giorni
    } ({ $reached } su { $count } finora).
closing-stage-none = { $stage }: fino a quella data nessuna conversazione è arrivata a questa fase.
closing-stage-qualified = Qualificazione
closing-stage-handed-off = Trasferimento alle vendite o prenotazione
closing-caption = Le trattative di ogni mese: il loro tasso di chiusura finora, quello previsto quando avranno avuto il tempo di chiudersi e quando si potranno valutare
# Il titolo della seconda tabella: i clienti, il costo e i ricavi di ogni gruppo.
closing-money-caption = I clienti di ogni mese: quanti sono, quanto costano e quanti ricavi portano, finora e quando le loro trattative avranno avuto il tempo di chiudersi
closing-money-caption-weeks = I clienti di ogni settimana: quanti sono, quanto costano e quanti ricavi portano, finora e quando le loro trattative avranno avuto il tempo di chiudersi
closing-caption-weeks = Le trattative di ogni settimana: il loro tasso di chiusura finora, quello previsto quando avranno avuto il tempo di chiudersi e quando si potranno valutare
closing-col-started = Periodo di apertura
closing-col-age = Età
closing-col-deals = Trattative
closing-col-won = Vinte finora
closing-col-rate = Tasso di chiusura finora
closing-col-projected = Tasso di chiusura previsto (intervallo al 95%)
closing-col-judge = Valutabile dal
# Con la spesa dei dati pubblicitari per gli stessi mesi: quanto è costato finora un cliente, e quanto costerà
# una volta chiuse le trattative del mese come previsto.
closing-col-cac = CAC finora
# I clienti con cui si prevede che si concludano le trattative di un mese, e i ricavi che portano.
closing-col-customers = Clienti previsti (intervallo al 95%)
closing-col-revenue = Ricavi finora
closing-col-revenue-projected = Ricavi previsti (intervallo al 95%)
closing-col-cac-projected = CAC previsto (intervallo al 95%)
# $cac, $low, $high: importi in denaro.
closing-cac = { $cac }
closing-cac-projected = { $cac } ({ $low }–{ $high })
closing-cac-projected-open = { $cac } ({ $low } o più)
closing-cac-none = — (ancora nessun cliente)
# $customers, $low, $high: numeri interi di clienti.
closing-customers-projected = { $customers } ({ $low }–{ $high })
closing-customers = { $customers }
# $revenue, $low, $high: importi in denaro.
closing-revenue = { $revenue }
closing-revenue-projected = { $revenue } ({ $low }–{ $high })
closing-revenue-none = — (ancora nessun ricavo)
closing-cac-not-projected = — (nessuna previsione)
closing-cac-no-spend = — (nessuna spesa pubblicitaria in questo periodo)
# $days: l’età del gruppo in giorni.
closing-age = { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
    }
# $rate: una percentuale; $range: il suo intervallo al 95% (20%–31%).
closing-projected = { $rate } ({ $range })
closing-final = { $rate } (definitivo: { $range })
closing-too-early = Troppo presto per una previsione
# $have e $need: trattative vinte nei mesi (o nelle settimane) abbastanza vecchi da poter essere valutati.
closing-too-few = Troppo poche per una previsione: { $have ->
    [one] { $have } trattativa vinta
    [many] { $have } di trattative vinte
   *[other] { $have } trattative vinte
    } tra quelle abbastanza vecchie da poter essere valutate, ne servono { $need }
closing-no-development = Troppo presto per una previsione: nessun mese precedente è stato seguito abbastanza a lungo da mostrare come sono cresciute le sue trattative vinte
# Nessuna previsione perché la verifica sul passato (sotto la tabella) si è discostata troppo su questi dati.
closing-off-on-its-past = Nessuna previsione: provate sul passato di questi stessi dati, le previsioni si sono discostate troppo per potersene fidare (vedi sotto)
# $date: una data ISO.
closing-judged = { $date } (già passata)
closing-judge-later = { $date }
closing-judge-unknown = Non ancora nota
# $days: quanti giorni prima; $points: lo scarto medio in punti percentuali (2,1); $count: i mesi confrontati.
closing-backtest = Con una previsione fatta { $days } giorni prima, i tassi di chiusura si sono discostati in media di { $points } punti percentuali ({ $count ->
    [one] { $count } mese confrontato
   *[other] { $count } mesi confrontati
    }).
# Come closing-backtest, quando i gruppi sono settimane: $count sono le settimane confrontate.
closing-backtest-weeks = Con una previsione fatta { $days } giorni prima, i tassi di chiusura si sono discostati in media di { $points } punti percentuali ({ $count ->
    [one] { $count } settimana confrontata
   *[other] { $count } settimane confrontate
    }).
closing-backtest-bad = Con una previsione fatta { $days } giorni prima, i tassi di chiusura si sono discostati in media di { $points } punti percentuali: uno scarto troppo grande su questi dati per fidarsi delle previsioni.
closing-backtest-none = Non c’è ancora abbastanza storico per confrontare le previsioni con quello che è successo dopo.
# La curva dei giorni alla chiusura. $days: giorni dall’apertura di una trattativa.
closing-chart-caption = Quanto ci mettono a essere vinte le trattative che alla fine vengono vinte
closing-chart-days = giorni dall’apertura della trattativa →
closing-chart-share = quota delle trattative vinte alla fine
# L’asse verticale quando accanto alla curva delle trattative vinte si disegnano quelle delle fasi precedenti.
closing-chart-share-stages = quota di quelle che ci arrivano
# Il nome nella legenda della curva delle trattative vinte, accanto a quelle delle fasi precedenti (closing-stage-…).
closing-chart-won = Chiusura
closing-chart-median = mediana: { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
    }
closing-chart-p90 = 90% entro { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
    }
# L’equivalente testuale del grafico: $q25, $q50, $q75, $q90 e $last sono giorni dall’apertura.
closing-chart-summary = Un quarto delle trattative che alla fine vengono vinte si chiude entro { $q25 ->
    [one] { $q25 } giorno
   *[other] { $q25 } giorni
    } dall’apertura, la metà entro { $q50 }, tre quarti entro { $q75 }, il 90% entro { $q90 } e l’ultima entro { $last }.
closing-method-summary = Come viene calcolato
closing-method = I giorni alla chiusura sono stimati contando le trattative ancora aperte solo fino alla loro età attuale (dati censurati) e quelle perse come esito concorrente (incidenza cumulativa). Un mese si valuta quando, dal suo ultimo giorno, è trascorso il 90° percentile dei giorni alla chiusura. Il tasso di chiusura finale di un mese più recente è previsto in base a come sono cresciute, mese dopo mese, le trattative vinte dei mesi più vecchi (metodo chain ladder: le trattative vinte finora di ogni mese × i fattori di cui sono cresciute in seguito le trattative vinte dei mesi più vecchi), con l’errore standard di Mack per la crescita e l’errore binomiale per le trattative, come intervallo al 95%. Non si fa alcuna previsione finché i mesi già valutabili non arrivano insieme ad almeno 20 trattative vinte.
# Sotto closing-method: come si prevede il CAC di una campagna in un mese le cui trattative sono ancora in corso.
closing-method-campaigns = Quando più campagne condividono un mese le cui trattative sono ancora in corso, i clienti acquisiti finora da ogni campagna vengono moltiplicati per il fattore di cui si prevede che crescano quelli del mese (le trattative vinte finali del mese divise per quelle vinte finora), come se le trattative della campagna si chiudessero al ritmo del mese: per una campagna partita tardi nel mese, o che chiude più lentamente delle altre, la previsione resta troppo bassa finché le sue trattative non hanno avuto il tempo di chiudersi.
# Sotto la tabella dei segmenti e le inversioni, mentre le trattative di alcuni segmenti sono ancora in corso.
# $periods: i nomi dei periodi, in un elenco.
closing-segments-projected = Trattative ancora in corso: il CAC di { $periods } include i clienti che si prevede arrivino ancora, con l’indicazione «previsto» (vedi Tempi di chiusura).
closing-segments-so-far = Trattative ancora in corso: il CAC di { $periods } conta solo i clienti acquisiti finora, con l’indicazione «finora»; si sono chiuse ancora troppo poche trattative precedenti per prevedere il resto (vedi Tempi di chiusura).
# Le due frasi sopra, una dopo l’altra.
closing-segments-both = { $projected } { $so-far }
# Sta al posto di un periodo in closing-segments-* quando i segmenti non hanno un periodo proprio.
closing-all-deals = tutte le trattative
# Un’indicazione accanto a un CAC nella tabella dei segmenti e nella classifica.
closing-cac-mark-projected = previsto
closing-cac-mark-so-far = finora
