# I risultati della diagnosi: frasi con i numeri dell’utente
# Italiano, le parole dell’app: una voce per messaggio, con gli stessi argomenti ($name) dell’inglese;
# il plurale segue la categoria CLDR del conteggio: one, many (milioni esatti), other.

## I risultati della diagnosi
# Le frasi sono costruite con i nomi qui sotto, passati come argomenti: il nome di un passaggio
# ($step), il nome di una fase e l’esito dell’attività ($outcome, $outcomes).
# Il nome di un passaggio dentro una frase, senza articolo (trasferimento è maschile, gli altri
# femminili): «il passaggio di qualificazione», «Passaggio limitante: qualificazione».
step-name-reply = risposta
step-name-qualification = qualificazione
step-name-handoff = trasferimento
step-name-close = chiusura
# Il nome di un passaggio in testa alla leva dx-lever-rate: «Tasso di risposta più alto del 10%»,
# «Tasso di risposta, qualificazione o chiusura più alto del 10%». Minuscolo perché segue «Tasso di».
step-title-reply = risposta
step-title-qualification = qualificazione
step-title-handoff = trasferimento
step-title-close = chiusura
# Il nome di una fase dentro una frase, senza articolo: «Ultima fase con un conteggio: trasferimenti alle vendite.»
stage-name-started = conversazioni avviate
stage-name-replied = risposte
stage-name-qualified = conversazioni qualificate
stage-name-handed-off = trasferimenti alle vendite
stage-name-customer = clienti
# Come l’attività chiama la sua ultima fase, una voce per tipo di attività. Tutti maschili: le frasi
# possono usare «un», «uno dei tuoi», «altri». $outcome è il nome per il conteggio della frase (o per
# uno), $outcomes il nome in generale, cioè la variante predefinita, scritta quando $count manca.
outcome-customers = { $count ->
    [one] cliente
    [many] di clienti
   *[other] clienti
    }
outcome-orders = { $count ->
    [one] ordine
    [many] di ordini
   *[other] ordini
    }
outcome-accepted-leads = { $count ->
    [one] lead accettato
    [many] di lead accettati
   *[other] lead accettati
    }
# Due frasi, una dopo l’altra.
dx-then = { $first } { $then }
# Elenchi, costruiti da destra: gli ultimi due uniti («b e c»), poi ogni elemento precedente unito
# al resto dell’elenco ($rest): «a, b e c»; «a, b o c»; «a; b; c».
dx-list-and = { $first } e { $rest }
dx-list-or = { $first } o { $rest }
dx-list-comma = { $first }, { $rest }
dx-list-semicolon = { $first }; { $rest }
# $outcome: il nome dell’esito per $count (o per uno, sotto).
dx-more-outcomes = circa { $count } { $outcome } in più
dx-less-than-one-more = meno di 1 { $outcome } in più
# Il badge sopra il titolo.
dx-badge-limiting = Passaggio limitante: { $step }
dx-badge-provisional = Provvisorio: { $step }
dx-badge-meets-targets = Tutti i passaggi raggiungono l’obiettivo
dx-badge-nothing-clear = Nessun passaggio chiaramente debole
dx-badge-not-enough-data = Dati insufficienti
# Il titolo.
dx-headline-reply = La maggior parte delle chat finisce dopo il primo messaggio
dx-headline-qualification = Le chat costano poco, ma troppo poche sono qualificate
dx-headline-handoff = Le chat qualificate si bloccano prima di arrivare alle vendite
# Per chi vende lead, il cui passaggio di chiusura è l’accettazione del lead da parte dell’acquirente.
dx-headline-close-leads = Gli acquirenti rifiutano troppi lead
dx-headline-close = I trasferimenti non si trasformano in { $outcomes }
dx-headline-provisional = Il passaggio di { $step } sembra sotto l’obiettivo, ma è presto per esserne certi
dx-headline-meets-targets = Ogni passaggio raggiunge il suo obiettivo: la leva è il volume
dx-headline-nothing-clear = Nessun passaggio è ancora chiaramente sotto l’obiettivo
dx-headline-not-enough-data = Non ci sono ancora dati sufficienti per giudicare un passaggio
# Cause probabili, per verdetto.
dx-causes-reply = La prima risposta: quanto arriva in fretta, se è facile rispondere e se corrisponde a ciò che prometteva l’inserzione. Un messaggio d’apertura lento o generico perde persone che un minuto prima erano interessate.
dx-causes-qualification = Qualità del traffico e chiarezza dell’offerta: chi raggiungono le inserzioni e cosa promettono, e se la chat fa le domande che distinguono chi compra da chi guarda soltanto.
dx-causes-handoff = Il flusso della chat dopo la qualificazione: quanto in fretta e con quanta chiarezza viene proposto il passo successivo (prenotazione, preventivo, chiamata, checkout), e se i trasferimenti vengono davvero registrati.
dx-causes-close-leads = La qualità dei lead secondo l’acquirente: se la chat verifica i criteri di accettazione dell’acquirente prima di consegnare il lead, e se le inserzioni promettono ciò che l’offerta dell’acquirente mantiene.
dx-causes-close = Il processo di vendita, i prezzi, le aspettative che la chat ha creato e quanto l’offerta è adatta alle persone che le inserzioni portano.
dx-causes-meets-targets = Copertura e creatività: la chat e le vendite fanno il loro lavoro, quindi la leva è avere più conversazioni dello stesso tipo.
dx-causes-nothing-clear = I passaggi segnati come «Ancora incerto»: con il volume attuale i loro tassi potrebbero stare sopra o sotto l’obiettivo. La tabella indica quante conversazioni in più servirebbero per ciascuno.
dx-causes-nothing-clear-projected = Il tasso finale previsto di chiusura potrebbe stare sopra o sotto il suo obiettivo: a chiarirlo saranno le trattative ancora aperte man mano che si chiudono, non altre conversazioni. Ricontrolla quando si saranno chiuse.
dx-causes-not-enough-data = Inserisci il conteggio di ogni fase. Un passaggio viene giudicato quando ci sono abbastanza persone nella sua fase di partenza e i conteggi diminuiscono da una fase all’altra.
# Cosa provare, per verdetto.
dx-action-reply-fast = Rispondi entro pochi minuti mentre le inserzioni sono attive; una prima risposta immediata con una domanda semplice batte una risposta perfetta ma lenta.
dx-action-reply-question = Apri con un’unica domanda legata all’offerta dell’inserzione, invece di un menu o di un muro di testo.
dx-action-reply-ad = Verifica che l’inserzione dica a cosa serve la chat, così le persone arrivano pronte a parlare.
dx-action-qualification-ad = Di’ nell’inserzione a chi è rivolta l’offerta (zona, budget, caso d’uso), così chi non è interessato non avvia la chat.
dx-action-qualification-budget = Togli budget a pubblici e posizionamenti che portano molte chat ma poche qualificate.
dx-action-qualification-questions = Fai una o due domande di qualificazione all’inizio della chat: esigenza, tempi, zona o budget.
dx-action-qualification-define = Metti per iscritto cosa significa «qualificato» e assegna l’etichetta sempre allo stesso modo.
dx-action-handoff-offer = Proponi il passo successivo (link di prenotazione, fascia oraria per una chiamata, modulo di preventivo, link al checkout) appena qualcuno si qualifica.
dx-action-handoff-time = Misura il tempo tra la qualificazione e il primo contatto del commerciale, e riducilo.
dx-action-handoff-tag = Assicurati che ogni trasferimento venga etichettato: i trasferimenti non registrati sembrano abbandoni.
dx-action-close-leads-reasons = Fatti dare dall’acquirente i motivi di rifiuto e trasforma i due principali in domande della chat.
dx-action-close-leads-check = Controlla i dati dei lead (contatti, zona, requisiti) prima di consegnarli.
dx-action-close-leads-cut = Taglia i pubblici e i posizionamenti i cui lead vengono rifiutati di più, valutandoli in base al costo per lead accettato.
dx-action-close-review = Analizza le trattative perse: è stato il prezzo, il momento o uno scarto tra la promessa dell’inserzione e l’offerta?
dx-action-close-price = Rendi chiaro il prezzo, o una fascia di prezzo, prima del trasferimento, così il tempo delle vendite va a chi può comprare.
dx-action-close-follow-up = Ricontatta in fretta e più di una volta: i lead da chat si raffreddano nel giro di un giorno o due.
dx-action-meets-targets-audiences = Testa nuovi pubblici o un targeting più ampio, valutandoli in base al costo per conversazione qualificata, non al costo per messaggio.
dx-action-meets-targets-creative = Testa nuovi approcci creativi mantenendo il messaggio che attira persone qualificate.
dx-action-meets-targets-budget = Aumenta il budget a scaglioni e verifica che i tassi dei passaggi reggano al crescere del volume.
# Come la correzione può spingersi troppo in là, per verdetto.
dx-risk-reply = Un messaggio d’apertura più insistente può aumentare le risposte di persone che non avrebbero mai comprato: tieni d’occhio il tasso di qualificazione mentre lo cambi.
dx-risk-qualification = Non accumulare domande all’inizio: una qualificazione pesante allontana anche acquirenti veri che volevano prima una risposta rapida. Aspettati un leggero aumento del costo per messaggio; giudica in base al costo per conversazione qualificata.
dx-risk-handoff = Spingere tutti verso una chiamata può far perdere persone che volevano prima un prezzo o una risposta in chat.
dx-risk-close-leads = Filtrare molto prima della consegna riduce anche il volume: confronta il costo per lead accettato prima e dopo, non solo il tasso di accettazione.
dx-risk-close = Fare sconti per chiudere di più può aumentare i clienti e affossare i ricavi per cliente: tieni d’occhio il ROAS, non solo il tasso di chiusura.
dx-risk-meets-targets = Scalare in fretta di solito porta prima contatti meno validi: tieni d’occhio il tasso di qualificazione mentre la spesa cresce.
# L’ultima frase del riepilogo: la prima azione qui sopra, dentro una frase.
dx-try-reply = Prima cosa da provare: rispondere entro pochi minuti mentre le inserzioni sono attive; una prima risposta immediata con una domanda semplice batte una risposta perfetta ma lenta.
dx-try-qualification = Prima cosa da provare: dire nell’inserzione a chi è rivolta l’offerta (zona, budget, caso d’uso), così chi non è interessato non avvia la chat.
dx-try-handoff = Prima cosa da provare: proporre il passo successivo (link di prenotazione, fascia oraria per una chiamata, modulo di preventivo, link al checkout) appena qualcuno si qualifica.
dx-try-close-leads = Prima cosa da provare: farsi dare dall’acquirente i motivi di rifiuto e trasformare i due principali in domande della chat.
dx-try-close = Prima cosa da provare: analizzare le trattative perse. È stato il prezzo, il momento o uno scarto tra la promessa dell’inserzione e l’offerta?
# Le prove per il passaggio che limita l’attività.
# $reached su $from: i due conteggi del passaggio; $rate: il suo tasso; $range: l’intervallo al 95%
# del tasso; $target: il tasso obiettivo. L’obiettivo tra parentesi evita «del/dell’» davanti al numero.
dx-evidence-reply = Conversazioni avviate con risposta: { $reached } su { $from } ({ $rate }, intervallo al 95% { $range }), sotto l’obiettivo ({ $target }).
dx-evidence-qualification = Risposte qualificate: { $reached } su { $from } ({ $rate }, intervallo al 95% { $range }), sotto l’obiettivo ({ $target }).
dx-evidence-handoff = Conversazioni qualificate arrivate a un trasferimento alle vendite: { $reached } su { $from } ({ $rate }, intervallo al 95% { $range }), sotto l’obiettivo ({ $target }).
# Un passaggio contato da una fase precedente alla sua, perché le fasi intermedie non sono conteggiate:
# $from-stage e $stage sono nomi di fase (stage-name-…); $target è il prodotto degli obiettivi
# dei passaggi che comprende.
dx-evidence-folded = Da { $from-stage } a { $stage }: { $reached } su { $from } ({ $rate }, intervallo al 95% { $range }), sotto l’obiettivo ({ $target }, il prodotto degli obiettivi dei passaggi compresi).
dx-evidence-close = Trasferimenti alle vendite chiusi: { $reached } su { $from } ({ $rate }, intervallo al 95% { $range }), sotto l’obiettivo ({ $target }).
# $so-far: il tasso di chiusura finora; $rate e $range: il tasso di chiusura finale previsto in base alle trattative dei mesi precedenti.
dx-evidence-close-projected = Trasferimenti alle vendite chiusi finora: { $reached } su { $from } ({ $so-far }); se le trattative aperte si chiuderanno come quelle dei mesi precedenti, il tasso di chiusura finale previsto è { $rate } (intervallo al 95% { $range }), sotto l’obiettivo ({ $target }).
# Un tasso di chiusura valutato sulla previsione, il cui intervallo comprende l’obiettivo: $so-far è il tasso
# finora; $rate e $range: il tasso finale previsto.
dx-evidence-projected-unclear = Il tasso finale previsto di { $step } è { $rate } (intervallo al 95% { $range }), contro { $so-far } finora: potrebbe stare sopra o sotto l’obiettivo ({ $target }) finché non si chiuderanno altre trattative aperte.
# $date: il giorno dal quale si potranno valutare le trattative più recenti.
dx-evidence-too-early = Il passaggio di { $step } conta finora { $reached } su { $from } ({ $rate }), ma troppo poche trattative meno recenti si sono chiuse per prevedere il resto: sarà valutabile dal { $date }.
# $target: il tasso obiettivo del passaggio; $more: gli esiti che aggiungerebbe («circa 14 clienti
# in più», dx-more-outcomes); $cac: il costo per cliente a quel punto; $revenue: i ricavi aggiunti.
dx-reaching = Arrivare all’obiettivo ({ $target }) significherebbe { $more }.
dx-reaching-cac = Arrivare all’obiettivo ({ $target }) significherebbe { $more }, con un CAC di { $cac }.
dx-reaching-revenue = Arrivare all’obiettivo ({ $target }) significherebbe { $more } e { $revenue } di ricavi in più.
dx-reaching-cac-revenue = Arrivare all’obiettivo ({ $target }) significherebbe { $more }, un CAC di { $cac } e { $revenue } di ricavi in più.
# $cost: quanto costa uno in spesa pubblicitaria; $times: il multiplo di $message-cost, il costo per messaggio.
dx-cost-qualified = Ogni conversazione qualificata costa { $cost } di spesa pubblicitaria, { $times } il costo per messaggio di { $message-cost }.
dx-cost-handoff = Ogni trasferimento alle vendite costa { $cost } di spesa pubblicitaria, { $times } il costo per messaggio di { $message-cost }.
dx-cost-customer = Ogni cliente costa { $cost } di spesa pubblicitaria, { $times } il costo per messaggio di { $message-cost }.
dx-evidence-immature = Il periodo di riferimento è più breve del ciclo di vendita, quindi alcune di queste trattative potrebbero ancora chiudersi: consideralo un risultato provvisorio.
# Le $started conversazioni hanno portato $customers: i conteggi della prima e dell’ultima fase.
dx-evidence-meets-targets = L’intervallo al 95% di ogni passaggio è sopra l’obiettivo; { $started } { $started ->
    [one] conversazione ha portato
    [many] di conversazioni hanno portato
   *[other] conversazioni hanno portato
    } { $customers } { $outcome }.
# Un passaggio che non si può ancora giudicare; $count: le conversazioni avviate che lo direbbero.
dx-cant-tell-more = Il tasso di { $step }, { $rate } (intervallo al 95% { $range }), potrebbe stare sopra o sotto l’obiettivo ({ $target }): { $count ->
    [one] per saperlo basterebbe circa { $count } conversazione avviata in più.
    [many] per saperlo basterebbero circa { $count } di conversazioni avviate in più.
   *[other] per saperlo basterebbero circa { $count } conversazioni avviate in più.
    }
dx-cant-tell-close = Il tasso di { $step }, { $rate } (intervallo al 95% { $range }), potrebbe stare sopra o sotto l’obiettivo ({ $target }): è così vicino all’obiettivo che più volume non basterà a distinguerli.
# $count: il volume minimo.
dx-evidence-not-enough-data = Ogni passaggio richiede almeno { $count } { $count ->
    [one] persona
    [many] di persone
   *[other] persone
    } nella sua fase di partenza, e conteggi coerenti, perché il suo tasso abbia un senso.
# Un altro passaggio sotto l’obiettivo: $rate contro il suo $target; $more: come in dx-reaching.
dx-other-below = Anche il passaggio di { $step } è sotto l’obiettivo: { $rate } contro { $target }.
dx-other-below-worth = Anche il passaggio di { $step } è sotto l’obiettivo: { $rate } contro { $target }; all’obiettivo varrebbe { $more }.
dx-other-below-provisional = Anche il passaggio di { $step } è sotto l’obiettivo: { $rate } contro { $target } (provvisorio: il periodo di riferimento è più breve del ciclo di vendita).
dx-other-below-projected = Anche il passaggio di { $step } è sotto l’obiettivo: previsto { $rate } contro { $target } ({ $so-far } finora).
dx-other-below-worth-provisional = Anche il passaggio di { $step } è sotto l’obiettivo: { $rate } contro { $target }; all’obiettivo varrebbe { $more } (provvisorio: il periodo di riferimento è più breve del ciclo di vendita).
# Il calo maggiore. $lost: la quota persa al passaggio.
dx-naive-same = Questo è anche il calo maggiore della scala ({ $lost } di perdita in questo passaggio).
# $step: il passaggio con il calo maggiore, $target il suo obiettivo; $limiting: il passaggio che la
# diagnosi indica. Una voce per ogni modo in cui $step si confronta con il suo obiettivo.
dx-naive-doing-well = Il calo maggiore è nel passaggio di { $step } ({ $lost } di perdita), ma i tassi di { $step } sono per natura più bassi degli altri: rispetto al suo obiettivo ({ $target }) va bene, mentre il passaggio di { $limiting } fa perdere più { $outcomes }.
dx-naive-also-short = Il calo maggiore è nel passaggio di { $step } ({ $lost } di perdita), ma i tassi di { $step } sono per natura più bassi degli altri: rispetto al suo obiettivo ({ $target }) è anch’esso sotto, mentre il passaggio di { $limiting } fa perdere più { $outcomes }.
dx-naive-not-clearly-short = Il calo maggiore è nel passaggio di { $step } ({ $lost } di perdita), ma i tassi di { $step } sono per natura più bassi degli altri: rispetto al suo obiettivo ({ $target }) non è chiaramente sotto, mentre il passaggio di { $limiting } fa perdere più { $outcomes }.
# Costo per messaggio contro costo per cliente. $count: conversazioni per cliente.
dx-context = Un messaggio costa { $message-cost }, uno dei tuoi { $outcomes } { $customer-cost } di spesa pubblicitaria: { $count ->
    [one] è servita circa { $count } conversazione
    [many] sono servite circa { $count } di conversazioni
   *[other] sono servite circa { $count } conversazioni
    } per ottenere un { $outcome }.
# Il riepilogo per l’email al cliente, in terza persona: queste frasi una dopo l’altra.
dx-summary-spend = Con { $spend } di spesa pubblicitaria { $started ->
    [one] è stata avviata { $started } conversazione
    [many] sono state avviate { $started } di conversazioni
   *[other] sono state avviate { $started } conversazioni
    }.
# $cost: il costo per messaggio.
dx-summary-spend-each = Con { $spend } di spesa pubblicitaria { $started ->
    [one] è stata avviata { $started } conversazione
    [many] sono state avviate { $started } di conversazioni
   *[other] sono state avviate { $started } conversazioni
    }, al costo di { $cost } per conversazione.
# Il conteggio di ogni fase e il tasso del passaggio; $cac: costo per cliente, tutti i costi inclusi;
# $roas: un multiplo. $outcomes è il nome generale (plurale), quindi sta prima del conteggio.
dx-summary-ladder = { $replied ->
    [one] { $replied } ha risposto
   *[other] { $replied } hanno risposto
    } ({ $reply-rate }), { $qualified ->
    [one] { $qualified } si è qualificata
   *[other] { $qualified } si sono qualificate
    } ({ $qualification-rate }), { $handed-off ->
    [one] { $handed-off } è arrivata alle vendite
   *[other] { $handed-off } sono arrivate alle vendite
    } ({ $handoff-rate }) e { $customers ->
    [one] { $customers } si è trasformata
   *[other] { $customers } si sono trasformate
    } in { $outcomes } ({ $close-rate }).
dx-summary-ladder-cac = { $replied ->
    [one] { $replied } ha risposto
   *[other] { $replied } hanno risposto
    } ({ $reply-rate }), { $qualified ->
    [one] { $qualified } si è qualificata
   *[other] { $qualified } si sono qualificate
    } ({ $qualification-rate }), { $handed-off ->
    [one] { $handed-off } è arrivata alle vendite
   *[other] { $handed-off } sono arrivate alle vendite
    } ({ $handoff-rate }) e { $customers ->
    [one] { $customers } si è trasformata
   *[other] { $customers } si sono trasformate
    } in { $outcomes } ({ $close-rate }), a { $cac } ciascuno tutto incluso.
dx-summary-ladder-roas = { $replied ->
    [one] { $replied } ha risposto
   *[other] { $replied } hanno risposto
    } ({ $reply-rate }), { $qualified ->
    [one] { $qualified } si è qualificata
   *[other] { $qualified } si sono qualificate
    } ({ $qualification-rate }), { $handed-off ->
    [one] { $handed-off } è arrivata alle vendite
   *[other] { $handed-off } sono arrivate alle vendite
    } ({ $handoff-rate }) e { $customers ->
    [one] { $customers } si è trasformata
   *[other] { $customers } si sono trasformate
    } in { $outcomes } ({ $close-rate }), con un ROAS di { $roas }.
dx-summary-ladder-cac-roas = { $replied ->
    [one] { $replied } ha risposto
   *[other] { $replied } hanno risposto
    } ({ $reply-rate }), { $qualified ->
    [one] { $qualified } si è qualificata
   *[other] { $qualified } si sono qualificate
    } ({ $qualification-rate }), { $handed-off ->
    [one] { $handed-off } è arrivata alle vendite
   *[other] { $handed-off } sono arrivate alle vendite
    } ({ $handoff-rate }) e { $customers ->
    [one] { $customers } si è trasformata
   *[other] { $customers } si sono trasformate
    } in { $outcomes } ({ $close-rate }), a { $cac } ciascuno tutto incluso e con un ROAS di { $roas }.
# $more: come in dx-reaching.
dx-summary-step = Il passaggio che frena i risultati: { $step }, { $rate } (obiettivo { $target }).
dx-summary-step-reaching = Il passaggio che frena i risultati: { $step }, { $rate } (obiettivo { $target }); raggiungerlo significherebbe { $more }.
dx-summary-step-projected = Il passaggio che frena i risultati: { $step }, tasso finale previsto { $rate } (obiettivo { $target }), con trattative ancora in corso.
dx-summary-step-provisional = Il passaggio che frena i risultati: { $step }, { $rate } (obiettivo { $target }; provvisorio, perché il periodo di riferimento è più breve del ciclo di vendita).
dx-summary-step-provisional-reaching = Il passaggio che frena i risultati: { $step }, { $rate } (obiettivo { $target }; provvisorio, perché il periodo di riferimento è più breve del ciclo di vendita); raggiungerlo significherebbe { $more }.
# $headline: il titolo (dx-headline-…) come frase.
dx-summary-headline = { $headline }.
# Il riepilogo sui numeri inventati dell’esempio.
dx-example-summary = Esempio con numeri inventati: { $summary }
# Controlli dei dati. $reached-stage ($reached) e $from-stage ($from): le due fasi del passaggio.
dx-check-inconsistent = I conteggi non sembrano coerenti: il conteggio di { $reached-stage } ({ $reached }) supera quello di { $from-stage } ({ $from }).
dx-check-no-verdict = Controlla come vengono etichettate le conversazioni; nessun verdetto sul passaggio di { $step } finché i conteggi non tornano.
# $stage: l’ultima fase con un conteggio.
dx-check-stops-at = Ultima fase con un conteggio: { $stage }.
dx-check-no-start = Alla scala manca il conteggio iniziale.
# Fasi non conteggiate anche se una successiva lo è: $stages (nomi di fase, un elenco) confluiscono nel
# passaggio di $step (step-name-…), giudicato a partire da $from (un nome di fase); $sources: dove trovarle.
dx-check-folded = Qui non ci sono conteggi per { $stages }. Il passaggio di { $step } viene quindi giudicato a partire da { $from }, rispetto al suo obiettivo moltiplicato per quelli dei passaggi non conteggiati; aggiungi { $stages } ({ $sources }) per giudicare ogni passaggio a sé.
# $stages: le fasi senza conteggio (un elenco); $sources: dove trovare ciascuna (un elenco di
# dx-source-…); $steps: i $count passaggi che restano senza giudizio (un elenco).
dx-check-add = Aggiungi { $stages } ({ $sources }) per giudicare { $count ->
    [one] il passaggio di { $steps }
   *[other] i passaggi di { $steps }
    }.
dx-source-started = da Gestione inserzioni
dx-source-replied = dalla tua casella di posta o dallo strumento di chat
dx-source-qualified = da un audit delle chat o dal tuo CRM
dx-source-handed-off = dal tuo CRM o dallo strumento di prenotazione
dx-source-customer = dal tuo CRM o dai dati di vendita
# $window e $cycle: numeri di giorni.
dx-check-immature = I risultati potrebbero essere incompleti: il periodo di riferimento di { $window } giorni è più breve del ciclo di vendita di { $cycle } giorni, quindi le fasi finali cresceranno ancora.
dx-check-immature-imported = I risultati potrebbero essere incompleti: il periodo di riferimento di { $window } giorni (dalle date importate) è più breve del ciclo di vendita di { $cycle } giorni, quindi le fasi finali cresceranno ancora.
dx-check-provisional = I verdetti di trasferimento e chiusura sono provvisori.
# Dalle trattative importate con le loro date (tempi di chiusura). $since: un mese o una settimana
# («ottobre 2026»); $date: una data ISO, dalla quale si potranno valutare le trattative più recenti.
dx-check-maturing = Le trattative aperte da { $since } sono ancora in corso: il tasso di chiusura conta solo le trattative vinte finora, quindi non sarà valutato prima del { $date }.
# Come dx-check-maturing, quando i mesi precedenti permettono una previsione: $wins sono le trattative vinte ancora attese.
dx-check-maturing-projected = Le trattative aperte da { $since } sono ancora in corso (fino al { $date }): in base a come si sono chiuse quelle dei mesi precedenti, da queste { $wins ->
    [one] è attesa circa { $wins } trattativa vinta in più
    [many] sono attese circa { $wins } di trattative vinte in più
   *[other] sono attese circa { $wins } trattative vinte in più
    }, quindi il tasso di chiusura è valutato sul valore finale previsto.
# $earlier e $later: i nomi dei due periodi (o ws-earlier-period, ws-this-period); $rise: l’aumento in percentuale.
dx-check-cost-rose-between = Il costo per messaggio è salito da { $before } ({ $earlier }) a { $now } ({ $later }), +{ $rise }.
dx-check-cost-rose = Il costo per messaggio è salito da { $before } a { $now } (+{ $rise }) rispetto al periodo precedente.
dx-check-cost-advice = Di solito indica un problema di distribuzione: stanchezza delle creatività, scarsa pertinenza, saturazione del pubblico o concorrenza in aumento. Controlla frequenza, età delle creatività e pertinenza prima di cambiare la chat.
# La cella del verdetto nella tabella dei passaggi.
dx-verdict-below = Sotto l’obiettivo
dx-verdict-above = Sopra l’obiettivo
# $count: le conversazioni che lo direbbero.
dx-verdict-cant-tell-more = Ancora incerto: circa { $count } { $count ->
    [one] conversazione in più lo direbbe
    [many] di conversazioni in più lo direbbero
   *[other] conversazioni in più lo direbbero
    }
dx-verdict-cant-tell = Incerto: troppo vicino all’obiettivo per distinguerlo
# Un tasso previsto il cui intervallo comprende l’obiettivo: aspettare che le trattative si chiudano lo dirà.
dx-verdict-cant-tell-yet = Ancora incerto
# $have delle $need persone che servono nella fase di partenza del passaggio.
dx-verdict-not-enough-data = Dati insufficienti ({ $have } su { $need } necessari)
dx-verdict-inconsistent = Conteggi incoerenti
dx-verdict-missing = Conteggi mancanti
# Un passaggio la cui fase non è conteggiata, anche se una successiva lo è: giudicato insieme al passaggio successivo.
dx-verdict-not-counted = Non conteggiato: giudicato con il passaggio successivo
# $verdict: uno dei verdetti qui sopra, mentre il periodo di riferimento è più breve del ciclo di vendita.
dx-verdict-provisional = { $verdict } (provvisorio)
# $verdict: uno dei verdetti qui sopra, valutato su un tasso finale previsto; $so-far: il tasso finora.
dx-verdict-projected = { $verdict } (previsione; { $so-far } finora)
# $date: il giorno dal quale si potranno valutare le trattative più recenti.
dx-verdict-too-early = Troppo presto: valutabile dal { $date }
# La cella «Se raggiungesse l’obiettivo» della tabella dei passaggi.
dx-impact-at-target = Già all’obiettivo o sopra
dx-impact-needs-counts = Per la stima servono i conteggi di tutte le fasi
# $outcome: il nome dell’esito per $count.
dx-impact-gain = +{ $count } { $outcome }
# $gain: gli esiti aggiunti (dx-impact-gain, o dx-less-than-one-more); $cac: il costo per cliente
# a quel punto; $revenue: i ricavi aggiunti.
dx-impact-cac = { $gain }, CAC { $cac }
dx-impact-revenue = { $gain }, +{ $revenue } di ricavi
dx-impact-cac-revenue = { $gain }, CAC { $cac }, +{ $revenue } di ricavi
# La tabella delle leve: un guadagno in esiti interi («+14», o meno di uno).
dx-gain-under-one = <1
dx-gain = +{ $count }
dx-lever-cost-per-message = Costo per messaggio più basso del 10% (stessa spesa)
# $steps: il nome di un passaggio (step-title-…), o un elenco che inizia con uno:
# «risposta, qualificazione o chiusura» (dx-list-or).
dx-lever-rate = Tasso di { $steps } più alto del 10%
# $outcome: il nome dell’esito per uno.
dx-lever-revenue = Ricavi per { $outcome } più alti del 10%
# $more: come in dx-reaching; $cac: il costo per cliente a quel punto.
dx-levers-alike = Qui tutte le leve valgono lo stesso: un aumento del 10% in qualsiasi passaggio significa { $more }.
dx-levers-alike-cac = Qui tutte le leve valgono lo stesso: un aumento del 10% in qualsiasi passaggio significa { $more }, con un CAC di { $cac }.
dx-levers-alike-choose = Scegli il passaggio più economico da migliorare, di solito quello più lontano dal suo obiettivo.
dx-lever-note = La scala moltiplica i suoi tassi, quindi un aumento del 10% in qualsiasi passaggio fa crescere l’ultima fase dello stesso 10%, a meno che quel passaggio non sia già vicino al 100%. I passaggi più lontani dall’obiettivo sono di solito quelli dove un aumento del 10% costa meno.
# La risposta in una riga su un telefono: $line è il badge (dx-badge-…) e ciò che lo precede.
dx-answer-cac = { $line } · CAC { $cac }
# $cost: il costo per messaggio.
dx-answer-cost = { $line } · costo per messaggio { $cost }
