# La scala: campi, metriche e formule, perché un valore manca, il funnel, i controlli del modulo e delle impostazioni
# Italiano, le parole dell’app: una voce per messaggio, con gli stessi argomenti ($name) dell’inglese;
# il plurale segue la categoria CLDR del conteggio: one, many (milioni esatti), other.

## I campi del modulo
# L’etichetta di un campo; anche il nome del numero in formule e motivi ($field, $stage).
ladder-field-spend = Spesa
ladder-field-started = Conversazioni avviate
ladder-field-replies = Risposte
ladder-field-qualified = Conversazioni qualificate
ladder-field-handoffs = Trasferimenti alle vendite
ladder-field-customers = Clienti
ladder-field-revenue = Ricavi
ladder-field-impressions = Impression
ladder-field-link-clicks = Clic sul link
ladder-field-other-cost = Altri costi di acquisizione
# Il suggerimento sotto un campo. $currency: il codice della valuta, ad esempio EUR.
ladder-hint-spend = Spesa pubblicitaria del periodo. In { $currency }.
ladder-hint-started = Le conversazioni avviate, come le conta Gestione inserzioni.
ladder-hint-replies = Conversazioni in cui la persona ha risposto al tuo primo messaggio.
ladder-hint-qualified = Conversazioni in linea con i tuoi criteri di qualificazione.
ladder-hint-handoffs = Chat qualificate arrivate alle vendite, a una prenotazione, a un preventivo o al checkout.
ladder-hint-customers = Persone che hanno acquistato.
ladder-hint-revenue = Ricavi da questi clienti. In { $currency }.
ladder-hint-impressions = Da Gestione inserzioni, per CPM e CTR.
ladder-hint-link-clicks = Da Gestione inserzioni, per il costo per clic.
ladder-hint-other-cost = Personale commerciale, strumenti, compenso dell’agenzia: si sommano alla spesa per il CAC. In { $currency }.

## Perché un valore non si può mostrare (dopo «—»)
# Un campo a zero, per cui non si può dividere.
ladder-none-yet-spend = nessuna spesa
ladder-none-yet-started = nessuna conversazione avviata
ladder-none-yet-replies = ancora nessuna risposta
ladder-none-yet-qualified = ancora nessuna conversazione qualificata
ladder-none-yet-handoffs = ancora nessun trasferimento alle vendite
ladder-none-yet-customers = ancora nessun cliente
ladder-none-yet-revenue = ancora nessun ricavo
ladder-none-yet-impressions = nessuna impression
ladder-none-yet-link-clicks = nessun clic sul link
ladder-none-yet-other-cost = nessun altro costo
# $field: l’etichetta del campo. «Altri dati» è la sezione ripiegata dei campi facoltativi (form-more-inputs).
ladder-reason-add-more = aggiungi { $field } in Altri dati
ladder-reason-enter = inserisci { $field }
ladder-reason-fix = correggi { $field } qui sopra
ladder-reason-first-step = primo passaggio della scala

## Le metriche
ladder-metric-cost-per-message = Costo per messaggio
ladder-metric-reply-rate = Tasso di risposta
ladder-metric-qualification-rate = Tasso di qualificazione
ladder-metric-cost-per-qualified = Costo per conversazione qualificata
ladder-metric-handoff-rate = Tasso di trasferimento
ladder-metric-cost-per-handoff = Costo per trasferimento alle vendite
ladder-metric-close-rate = Tasso di chiusura
ladder-metric-cpa = CPA (costo per cliente)
ladder-metric-cac = CAC (costo per cliente, tutto incluso)
ladder-metric-revenue-per-conversation = Ricavi per conversazione
ladder-metric-roas = ROAS
ladder-metric-revenue-per-customer = Ricavi medi per cliente
ladder-metric-cpm = CPM (costo per 1.000 impression)
ladder-metric-ctr = CTR (percentuale di clic sul link)
ladder-metric-cost-per-click = Costo per clic sul link
ladder-metric-click-to-conversation = Tasso da clic a conversazione
# Che cosa dice ogni metrica, in una frase.
ladder-meaning-cost-per-message = Quanto costano le conversazioni che le inserzioni avviano. Non dice nulla su chi c’è dall’altra parte.
ladder-meaning-reply-rate = Quante persone continuano a scrivere dopo il primo messaggio.
ladder-meaning-qualification-rate = Quante delle persone che hanno risposto sono adatte a ciò che vendi.
ladder-meaning-cost-per-qualified = Quanto costa una conversazione che vale la pena avere.
ladder-meaning-handoff-rate = Quante chat qualificate arrivano a una prenotazione, un preventivo, una chiamata o al checkout.
ladder-meaning-cost-per-handoff = Quanto costa un contatto concreto con le vendite.
ladder-meaning-close-rate = Quanti trasferimenti diventano clienti.
ladder-meaning-cpa = Spesa pubblicitaria per cliente.
ladder-meaning-cac = Tutto ciò che è servito per acquisire un cliente: spesa pubblicitaria più personale commerciale, strumenti e compensi.
ladder-meaning-revenue-per-conversation = Quanto vale in media ogni conversazione avviata.
ladder-meaning-roas = Ricavi per unità di spesa pubblicitaria. Sopra 1× le inserzioni hanno ripagato il loro costo.
ladder-meaning-revenue-per-customer = Valore medio dell’ordine o del contratto.
ladder-meaning-cpm = Quanto costano 1.000 impression.
ladder-meaning-ctr = Quante impression hanno portato a un clic sul link.
ladder-meaning-cost-per-click = Quanto costa un clic sul link.
ladder-meaning-click-to-conversation = Quanti clic sul link sono diventati una conversazione.

## Formule
# Una formula a parole: «Spesa ÷ Conversazioni avviate». $numerator, $denominator: etichette di campi.
ladder-formula = { $numerator } ÷ { $denominator }
# La formula del CPM: per 1.000 impression.
ladder-formula-per-thousand = { $numerator } ÷ { $denominator } × 1.000
# Il numeratore del CAC. $spend, $other: le etichette di Spesa e Altri costi di acquisizione.
ladder-spend-plus-other = ({ $spend } + { $other })
# La formula con i numeri dell’utente: «1.800,00 € ÷ 600 = 3,00 €».
# $value: il risultato, oppure ladder-no-value quando manca.
ladder-worked = { $numerator } ÷ { $denominator } = { $value }
ladder-worked-per-thousand = { $numerator } ÷ { $denominator } × 1.000 = { $value }
# Sta per un numero non noto in una formula.
ladder-unknown-number = ?
# $reason: perché il valore non si può calcolare, ad esempio «inserisci Clienti».
ladder-no-value = — ({ $reason })
# Detto dopo «Formula», nascosto alla vista: «Formula per Tasso di risposta». $metric: il nome della metrica.
ladder-formula-for = per { $metric }

## Il grafico a funnel
# L’etichetta di una barra. $stage: il nome della fase, ad esempio «Risposte».
ladder-bar-count = { $stage } · { $count }
ladder-bar-not-entered = { $stage } · dato mancante
ladder-bar-not-valid = { $stage } · conteggio non valido
# $share: la quota della fase sulle conversazioni avviate, ad esempio 65%.
ladder-share-of-started = { $share } del totale
# Accanto a una fase più grande della precedente. $stage: la fase precedente, in una frase («risposte»).
ladder-more-than-stage = ⚠ maggiore della fase precedente ({ $stage })
# L’equivalente testuale del grafico: «Funnel: Conversazioni avviate 600, Risposte 390, …». $stages: l’elenco.
ladder-funnel = Funnel: { $stages }.
ladder-funnel-stage = { $stage } { $count }
ladder-funnel-stage-not-entered = { $stage } (dato mancante)

## I controlli del modulo
# $typed: il testo inserito; $decimal, $thousands: le sue due letture, ad esempio 1,2 e 1.200.
ladder-reads-as = «{ $typed }» si legge come { $decimal }. Intendevi { $thousands }? Indica quale, oppure scrivilo senza separatore.
ladder-not-whole-meant = «{ $typed }» non è un numero intero. Intendevi { $thousands }?
# Un pulsante che mette nel campo la lettura voluta. $reading: un numero, ad esempio 1.200.
ladder-choice = È { $reading }
# $named: i codici di valuta del simbolo usato («USD o AUD»); $first: il primo; $currency: quella dell’area di lavoro.
ladder-currency-clash = «{ $typed }» è scritto in { $named }, ma quest’area di lavoro usa { $currency }. Scegli { $first } come valuta qui sopra, oppure converti l’importo.
# $previous: l’etichetta della fase precedente; $later, $earlier: i due conteggi.
ladder-larger-than = Supera la fase precedente, { $previous } ({ $later } > { $earlier }). Ogni fase dovrebbe essere un sottoinsieme della precedente: controlla come vengono etichettate le conversazioni.
ladder-clicks-above-impressions = Più clic sul link che impression ({ $clicks } > { $impressions }): controlla l’esportazione.

## Numeri inseriti che non si possono leggere
# $text: il testo inserito.
ladder-not-a-number = «{ $text }» non è un numero. Usa solo cifre, ad esempio 1200 o 1.200,50.
ladder-negative = Non può essere negativo. Inserisci 0 o un numero positivo.
ladder-not-whole = «{ $text }» non è un numero intero. I conteggi sono numeri interi, ad esempio 42.
ladder-too-many-decimals = Troppe cifre decimali. Usane al massimo 6 dopo il separatore.
# $max: il valore più alto che il campo accetta.
ladder-too-large = Troppo grande. Il valore massimo accettato è { $max }.

## Obiettivi e impostazioni
ladder-setting-reply-target = Obiettivo per il tasso di risposta
ladder-setting-qualification-target = Obiettivo per il tasso di qualificazione
ladder-setting-handoff-target = Obiettivo per il tasso di trasferimento
ladder-setting-close-target = Obiettivo per il tasso di chiusura
ladder-setting-min-volume = Volume minimo per passaggio
ladder-setting-sales-cycle = Ciclo di vendita tipico
ladder-setting-window = Periodo di riferimento
ladder-setting-previous-cost = Costo per messaggio nel periodo precedente
# L’unità scritta dopo il campo di un’impostazione.
ladder-unit-percent = %
ladder-unit-people = persone
ladder-unit-days = giorni
# $currency: il codice della valuta, dopo un’impostazione in denaro.
ladder-unit-currency = { $currency }
ladder-hint-target = Percentuale della fase precedente. Se vuoto, si usa il valore predefinito.
# $count: il volume minimo predefinito.
ladder-hint-min-volume = Un passaggio con meno persone al suo inizio non viene giudicato. Predefinito: { $count }.
ladder-hint-sales-cycle = Giorni che passano di solito dal primo messaggio a una vendita conclusa.
ladder-hint-window = Giorni coperti dai numeri. Se vuoto, lo stabiliscono le date importate.
ladder-hint-previous-cost = Facoltativo: per accorgerti di un costo per messaggio in aumento.
# $min: il valore più basso che l’impostazione accetta.
ladder-at-least = Usa { $min } o più.
ladder-target-negative = Un obiettivo non può essere negativo. Inserisci una percentuale, ad esempio 40.
ladder-target-range = Un obiettivo è una percentuale maggiore di 0 e al massimo 100, ad esempio 40.

## Tipi di attività, che fissano gli obiettivi predefiniti
ladder-business-service-quotes = Servizi su preventivo
ladder-business-ecommerce-questions = Ecommerce con domande sui prodotti
ladder-business-b2b-consultations = Consulenze B2B
ladder-business-lead-seller = Vendita di lead / affiliazione
ladder-business-custom = I miei obiettivi
# Perché questi valori predefiniti, sotto la scelta. Trasferimento e chiusura sono passaggi della scala.
ladder-note-service-quotes = Richieste di preventivo: molte chat sono fuori zona o cercano solo un prezzo, quindi il filtro principale è la qualificazione.
ladder-note-ecommerce-questions = Domande sui prodotti: poche chat mostrano un’intenzione d’acquisto, ma quelle che arrivano al checkout dovrebbero comprare. Trasferimento = invio al checkout o al carrello.
ladder-note-b2b-consultations = Consulenze: criteri di qualificazione rigidi e cicli lunghi; chiusura significa contratto firmato.
ladder-note-lead-seller = Vendita di lead: trasferimento = lead consegnato all’acquirente, chiusura = lead accettato dall’acquirente.
ladder-note-custom = I tuoi obiettivi: imposta ogni tasso in base al tuo storico o al tuo piano.

## Date nei dati importati
# Come le righe con date vengono raggruppate in periodi, nell’anteprima dell’importazione.
ladder-grouping-auto = Automatico: per mese, se sono più di uno
ladder-grouping-whole = Un totale per nome
ladder-grouping-month = Per mese
ladder-grouping-week = Per settimana (lun–dom)
# Il nome di un periodo quando indica un segmento o un mese di dati. $month: il nome di un mese
# (sotto, in minuscolo); $year: quattro cifre (2026).
period-month = { $month } { $year }
# Qualsiasi altro intervallo di giorni: $dates è «2026-10-01 – 2026-10-17», come nei dati.
period-dates = { $dates }
period-span = { $days }
period-day = { $date }
month-january = gennaio
month-february = febbraio
month-march = marzo
month-april = aprile
month-may = maggio
month-june = giugno
month-july = luglio
month-august = agosto
month-september = settembre
month-october = ottobre
month-november = novembre
month-december = dicembre
