# Ciò che esce dalla pagina (report, CSV, link, incorporamento), ciò che resta (archiviazione, backup), le simulazioni (scenari, ricerca obiettivo) e gli avvisi dell’area di lavoro
# Italiano, le parole dell’app: una voce per messaggio, con gli stessi argomenti ($name) dell’inglese;
# il plurale segue la categoria CLDR del conteggio: one, many (milioni esatti), other.

## Il report stampato
out-report-example = Numeri di esempio, inventati
out-report-typed = Numeri inseriti
out-report-all-segments = Tutti i segmenti importati
# $period: le date dei dati importati, ad esempio «ottobre 2026» o «2026-10-01 – 2026-11-30».
out-report-all-segments-in = Tutti i segmenti importati, { $period }
# $period: il nome di un periodo importato, ad esempio «ottobre 2026».
out-report-all-campaigns-in = Tutte le campagne, { $period }
# $segment: il nome di un segmento importato; $period: le sue date, ad esempio «ottobre 2026».
out-report-segment-in = { $segment }, { $period }
# La riga sotto il titolo del report. $what: quali numeri mostra (out-report-…, o il nome di un
# segmento); $date: il giorno di stampa, ad esempio 2026-12-01.
out-report-subtitle = { $what } · stampato il { $date }
out-finding-inversions = Messaggi economici, clienti cari
out-finding-cac-moved = Perché il CAC è cambiato
out-finding-outliers = Segmenti che differiscono davvero
# Le colonne della tabella della scala nel report in Markdown.
out-md-stage = Fase
out-md-count = Conteggio
out-md-step-rate = Tasso del passaggio
out-md-cost-per-stage = Costo per fase

## Download CSV (intestazioni delle colonne e unità nel file)
out-csv-metric = Metrica
out-csv-value = Valore
out-csv-unit = Unità
out-csv-formula = Formula
out-csv-note = Nota
out-csv-segment = Segmento
out-csv-period-start = Inizio periodo
out-csv-period-end = Fine periodo
out-csv-spend = Spesa
out-csv-started = Conversazioni avviate
# Una colonna che dice che cosa conta un CAC mentre le sue trattative sono ancora in corso: closing-cac-mark-projected, closing-cac-mark-so-far o niente.
out-csv-cac-counts = Calcolo del CAC
# L’intestazione di una colonna di importi. $column: il suo nome, ad esempio «Spesa»; $currency: un codice ISO, ad esempio EUR.
out-csv-in-currency = { $column } ({ $currency })
# $currency: un codice ISO, ad esempio EUR.
out-csv-unit-money = importo ({ $currency })
out-csv-unit-rate = tasso (decimale)
out-csv-unit-multiple = multiplo
out-csv-unit-count = conteggio

## Link condivisi che non si possono aprire
out-link-not-a-link = Questo indirizzo non contiene un’area di lavoro condivisa.
# $version: il numero di formato del link, ad esempio 2.
out-link-newer = Questo link è stato creato da una versione più recente di Messaging Ladder (formato { $version }). Ricarica la pagina per avere l’ultima versione, poi apri di nuovo il link.
out-link-too-long = Questo link è troppo grande per essere aperto in sicurezza. Condividi meno segmenti, oppure esporta un CSV.
out-link-damaged = Questo link è danneggiato o troncato (il checksum non corrisponde). Copia di nuovo il link intero; le app di chat a volte tagliano i link lunghi.
# $problem: che cosa non va nei suoi dati (out-problem-…).
out-link-invalid = Questo link contiene dati non utilizzabili: { $problem }.
# Che cosa non va in un’area di lavoro da un link o da un backup, in fondo a un’altra frase
# (out-link-invalid, store-backup-unusable).
out-problem-not-text = contenuto inatteso (non UTF-8)
# $detail: la descrizione del lettore JSON di ciò che ha trovato, in inglese.
out-problem-unexpected = contenuto inatteso ({ $detail })
# $count: quanti segmenti contiene; $max: il massimo che un link può contenere.
out-problem-too-many-segments = { $count ->
    [one] { $count } segmento
    [many] { $count } di segmenti
   *[other] { $count } segmenti
    }, più dei { $max } che un link può contenere
# $segment: il nome di un segmento (i primi 40 caratteri).
out-problem-count-too-large = un conteggio in «{ $segment }» è maggiore di 10¹²
# $segment: il nome di un segmento (i primi 40 caratteri).
out-problem-negative-amount = un importo negativo in «{ $segment }»
# $segment: il nome di un segmento (i primi 40 caratteri).
out-problem-amount-too-large = un importo in «{ $segment }» maggiore di 10¹²
out-problem-long-segment-name = un nome di segmento più lungo di 500 caratteri
out-problem-long-date = una data di periodo più lunga di 40 caratteri
out-problem-long-field = un campo più lungo di 200 caratteri

## Incorporamento in un portale clienti
# Come si chiama un incorporamento senza un nome proprio: il suo titolo e quello del riquadro nel codice.
out-embed-plain-name = Calcolatore per inserzioni click-to-message
out-embed-note = Il riquadro è in sandbox ma mantiene l’origine del calcolatore (allow-same-origin): si carica da qualsiasi hosting statico senza intestazioni speciali, conserva il lavoro di ogni visitatore dove il browser consente l’archiviazione nei riquadri (dove non la consente, il riquadro lo dice e propone un backup e un link) e non può accedere alla pagina, ai cookie o all’archiviazione del portale, perché il calcolatore è servito da un altro dominio. Servilo da un dominio diverso da quello del portale: sullo stesso dominio, allow-same-origin permetterebbe al riquadro di togliersi la sandbox da solo. allow="clipboard-write" fa funzionare Copia link; allow-downloads consente i download del CSV e del backup. Lo script adatta il riquadro al suo contenuto; nulla di ciò che il riquadro invia contiene i tuoi numeri.
# $file: il nome del file scaricato.
out-embed-downloading = Download di «{ $file }» in corso. Se non compare nessun file, la pagina che contiene questo calcolatore non consente download al suo riquadro (la sandbox del riquadro richiede allow-downloads): usa Copia link, apri il link in una nuova scheda e scarica da lì.

## Aree di lavoro salvate e archiviazione
# I nomi che riceve un’area di lavoro quando nessuno le ha dato un nome (restano come suo nome).
store-first-name = La mia area di lavoro
# $number: la sua posizione nell’elenco, da 1.
store-workspace-number = Area di lavoro { $number }
store-shared-name = Condivisa con me
# $position: la sua posizione nel backup, da 1.
store-restored-name = Ripristinata { $position }
# Le opzioni della scelta dell’area di lavoro. $name: il nome di un’area di lavoro (quella aperta è
# mostrata solo con il nome).
store-choice-open = { $name }
# $name: il nome di un’area di lavoro; $when: quando è stata modificata (store-changed-…).
store-choice-other = { $name } · modificata { $when }
# Quando è stata modificata un’area di lavoro, dopo «modificata».
store-changed-just-now = proprio ora
store-changed-minutes = { $count ->
    [one] { $count } minuto fa
   *[other] { $count } minuti fa
    }
store-changed-hours = { $count ->
    [one] { $count } ora fa
   *[other] { $count } ore fa
    }
# $date: il giorno, ad esempio 2026-11-28.
store-changed-on = il { $date }
# Cosa contiene un backup. $count: quante aree di lavoro; $list: ognuna (store-backup-item),
# unite da store-list.
store-backup-contents = { $count ->
    [one] { $count } area di lavoro
    [many] { $count } di aree di lavoro
   *[other] { $count } aree di lavoro
    }: { $list }.
# $name: il nome di un’area di lavoro; $when: quando è stata modificata (store-changed-…).
store-backup-item = «{ $name }» (modificata { $when })
# Due o più elementi di un elenco: il primo, poi il resto.
store-list = { $first }, { $rest }
# $mb: il backup più grande che si legge, in megabyte.
store-backup-too-large = Il file supera { $mb } MB, più di quanto possa contenere un backup.
# $detail: la descrizione del lettore JSON di ciò che ha trovato, in inglese.
store-backup-not-json = Questo non è un backup di Messaging Ladder (non è JSON: { $detail }).
store-backup-wrong-format = Questo non è un backup di Messaging Ladder (il suo «format» non è «messaging-ladder-backup»).
# $version: il numero di formato del backup, ad esempio 2.
store-backup-newer = Questo backup è stato scritto da una versione più recente di Messaging Ladder (formato { $version }). Aprilo lì.
store-backup-no-version = Questo backup non ha una versione di formato che questa app conosce.
# $detail: la descrizione del lettore JSON di ciò che ha trovato, in inglese.
store-backup-damaged = Questo backup è danneggiato ({ $detail }).
store-backup-empty = Questo backup non contiene nessuna area di lavoro.
# $count: quante aree di lavoro contiene; $max: il massimo che accetta un ripristino.
store-backup-too-many = Questo backup contiene { $count ->
    [one] { $count } area di lavoro
    [many] { $count } di aree di lavoro
   *[other] { $count } aree di lavoro
    }, più delle { $max } che un ripristino accetta.
# $position: la posizione dell’area di lavoro nel backup, da 1; $name: il suo nome (primi 40
# caratteri); $problem: che cosa non va (out-problem-…).
store-backup-unusable = L’area di lavoro { $position } («{ $name }») non è utilizzabile: { $problem }.
# Avvisi sull’archiviazione.
store-blocked = Questo browser blocca l’archiviazione qui (modalità privata o pagina incorporata), quindi il tuo lavoro resta solo in questa scheda. Copia i tuoi numeri prima di chiuderla.
store-full = Lo spazio di archiviazione del browser è pieno, quindi le ultime modifiche restano solo in questa scheda. Libera un po’ di spazio per questo sito e verranno salvate alla prossima modifica.
# $why: il nome che il browser dà all’errore, ad esempio InvalidStateError.
store-failed = Non è stato possibile salvare le ultime modifiche ({ $why }); restano in questa scheda e il salvataggio verrà ritentato alla prossima modifica.
# $key: la chiave di archiviazione sotto cui è conservata la copia illeggibile, ad esempio messaging-ladder:backup:1.
store-corrupt-kept = Non è stato possibile leggere il lavoro salvato, quindi è stato caricato l’esempio. La copia illeggibile è conservata nell’archiviazione di questo browser con la chiave «{ $key }».
store-corrupt-not-kept = Non è stato possibile leggere il lavoro salvato né farne una copia, quindi resta intatto e le tue modifiche restano solo in questa scheda.
# $version: il numero di formato del salvataggio, ad esempio 2.
store-newer = Il tuo lavoro salvato è stato scritto da una versione più recente di Messaging Ladder (formato { $version }). Resta intatto; le modifiche fatte qui restano solo in questa scheda.

## Simulazioni: scenari e ricerca obiettivo
scn-full = Puoi avere al massimo quattro scenari
# Il nome di un nuovo scenario. $number: la sua posizione, da 1.
scn-default-name = Scenario { $number }
# Il nome di una copia. $name: lo scenario copiato.
scn-copy-name = { $name } (copia)
# $lever: una leva (scn-lever-…); $scenario: il nome dello scenario.
scn-slider-label = Cursore: { $lever } ({ $scenario })
# Le leve, come etichette e all’inizio di una frase.
scn-lever-spend = Spesa
scn-lever-cost-per-message = Costo per messaggio
scn-lever-reply-rate = Tasso di risposta
scn-lever-qualification-rate = Tasso di qualificazione
scn-lever-handoff-rate = Tasso di trasferimento
scn-lever-close-rate = Tasso di chiusura
scn-lever-revenue-per-customer = Ricavi per cliente
scn-lever-other-cost = Altri costi di acquisizione
# Le leve dentro una frase, senza articolo: «Imposta tasso di chiusura su 34%».
scn-lever-name-spend = spesa
scn-lever-name-cost-per-message = costo per messaggio
scn-lever-name-reply-rate = tasso di risposta
scn-lever-name-qualification-rate = tasso di qualificazione
scn-lever-name-handoff-rate = tasso di trasferimento
scn-lever-name-close-rate = tasso di chiusura
scn-lever-name-revenue-per-customer = ricavi per cliente
scn-lever-name-other-cost = altri costi di acquisizione
# Gli obiettivi della ricerca obiettivo, nella scelta e in una frase.
scn-goal-cac = CAC
scn-goal-customers = Clienti
scn-goal-roas = ROAS
scn-goal-cost-per-qualified = Costo per conversazione qualificata
# Perché non si possono creare scenari dalla scala mostrata.
scn-needs-spend = Inserisci la spesa per creare gli scenari.
scn-needs-started = Inserisci le conversazioni avviate per creare gli scenari.
# $stage: il nome di una fase dentro una frase (stage-name-…), ad esempio «conversazioni qualificate».
scn-needs-stage = Inserisci il conteggio di { $stage } per creare gli scenari.
# Sopra gli scenari, quando una fase tra conversazioni avviate e clienti non è contata
# (un export di Meta unito a un CRM non ha risposte). $stages: i nomi delle fasi (stage-name-…), in un elenco.
scn-not-counted = Questi numeri non includono { $stages }: il passaggio successivo è calcolato sulla fase precedente e per { $stages } non c’è una leva.
# Ricerca obiettivo, quando si chiede il tasso di un passaggio verso una fase non contata. $stage: il suo nome (stage-name-…).
scn-lever-not-counted = Questi numeri non includono { $stage }, quindi il tasso di quel passaggio non si può impostare: scegli il tasso del passaggio successivo, calcolato sulla fase precedente.
scn-projected-baseline = La chiusura parte dal tasso finale previsto, { $rate } ({ $so-far } finora), perché le trattative avviate di recente sono ancora in corso.
# $step: il nome di un passaggio dentro una frase (step-name-…), ad esempio «qualificazione»; $reached:
# il conteggio alla sua fine; $from: il conteggio al suo inizio.
scn-needs-consistent = Il passaggio di { $step } richiede conteggi coerenti ({ $reached } su { $from }) per creare gli scenari.
# Le risposte della ricerca obiettivo. $lever: una leva dentro una frase (scn-lever-name-…); $value: il
# valore che deve avere; $now: il suo valore di oggi (o «—»).
scn-answer-set = Imposta { $lever } su { $value } (ora: { $now }).
# $why: perché l’obiettivo non è raggiungibile (scn-…); $lever: la leva (scn-lever-…); $value: il suo
# valore che ci va più vicino; $goal: l’obiettivo (scn-goal-…); $reached: il valore dell’obiettivo lì.
scn-answer-nearest = Non raggiungibile: { $why } Il più vicino possibile: { $lever } { $value }, con { $goal } { $reached }.
# $why: perché l’obiettivo non è raggiungibile (scn-…).
scn-answer-unreachable = Non raggiungibile: { $why }
# $lever: una leva (scn-lever-…); $goal: un obiettivo (scn-goal-…).
scn-not-a-lever = «{ $lever }» non cambia «{ $goal }».
# $goal: un obiettivo (scn-goal-…).
scn-choose-above-zero = Scegli per «{ $goal }» un valore maggiore di zero.
scn-cac-without-other-cost = Senza altri costi di acquisizione, il CAC non dipende dalla spesa: ogni conversazione costa uguale.
# $floor: il CAC più basso che la spesa può raggiungere (importo).
scn-cac-floor = Più spesa distribuisce solo gli altri costi su più clienti: aumentando la spesa il CAC non può scendere sotto { $floor } (costo per messaggio ÷ tutti i tassi dei passaggi).
scn-no-value = Lo scenario di base ha un tasso pari a zero o nessun ricavo, quindi nessun valore di questa leva ci arriva.
# $lever: una leva di tasso dentro una frase (scn-lever-name-…, tutte «tasso di …», maschili); $rate: il tasso necessario.
scn-above-hundred = Servirebbe un { $lever } del { $rate }, oltre il 100%.
# $lever: una leva dentro una frase (scn-lever-name-…).
scn-negative = Servirebbe un valore negativo di { $lever }.
# $goal: un obiettivo (scn-goal-…); $target: il valore inserito; $lever: una leva dentro una frase
# (scn-lever-name-…). Il nome di uno scenario creato dalla risposta della ricerca obiettivo.
scn-goal-scenario-name = { $goal } { $target } con { $lever }
# Le righe della tabella di confronto: clienti, poi ogni metrica.
scn-row-customers = Clienti
# $metric: il nome di una metrica, ad esempio «Costo per messaggio».
scn-row-metric = { $metric }
# La variazione di uno scenario rispetto allo scenario di base, con le parti su righe proprie (mostrate
# come spazi in una tabella larga). $amount: la variazione, con il segno, ad esempio «−11,43 €» o «+14».
scn-change-better = ▲ meglio:
    { $amount }
scn-change-worse = ▼ peggio:
    { $amount }
# $amount: la variazione, con il segno; $percent: la stessa come quota dello scenario di base, con il segno, ad esempio «−7%».
scn-change-better-percent = ▲ meglio:
    { $amount }
    ({ $percent })
# $amount: la variazione, con il segno; $percent: la stessa come quota dello scenario di base, con il segno, ad esempio «−50%».
scn-change-worse-percent = ▼ peggio:
    { $amount }
    ({ $percent })
# La variazione di un tasso in punti percentuali. $points: il numero, ad esempio 10,0.
scn-points = { $points } p.p.
scn-no-change = nessuna variazione

## Gli avvisi dell’area di lavoro
# Detto accanto ad Annulla, dopo che l’intera area di lavoro è stata sostituita.
ws-sample-loaded = Numeri di esempio caricati.
ws-cleared = Svuotato.
ws-opened-shared = Aperti i numeri condivisi.
ws-example-note = Numeri di esempio: un’attività inventata di servizi per la casa, non i tuoi dati. Inserisci i tuoi numeri o importa un’esportazione per sostituirli.
ws-link-copied = Link copiato. Contiene questi numeri nell’indirizzo stesso; non viene caricato nulla.
# Etichetta il campo con il link, da copiare a mano.
ws-copy-by-hand = Gli appunti non sono disponibili qui. Copia questo link:
# $cost: gli altri costi di acquisizione inseriti nel modulo (importo).
ws-typed-other-cost = La scala mostra i dati importati. Di questi numeri si usano solo gli altri costi di acquisizione ({ $cost }): si aggiungono al CAC dei dati importati, ripartiti tra le campagne in base alla spesa.
ws-typed-unused = La scala mostra i dati importati, quindi al momento questi numeri non vengono usati.
# Le due scale confrontate quando accanto alla scala è inserito un periodo precedente, dentro una
# frase: «Confronto tra il periodo precedente inserito e la scala mostrata.»
ws-earlier-typed = il periodo precedente inserito
ws-ladder-shown = la scala mostrata
# Le stesse nel controllo del costo per messaggio, tra parentesi e senza articolo: «è salito da 2,50 € (periodo precedente) a 3,00 € (questo periodo)».
ws-earlier-period = periodo precedente
ws-this-period = questo periodo
# Dopo un’importazione. $count: quanti segmenti; $file: il nome del file.
ws-imported = { $count ->
    [one] Importato { $count } segmento
    [many] Importati { $count } di segmenti
   *[other] Importati { $count } segmenti
    } da { $file }. La scala ora mostra il loro totale.
# $file: il nome del log degli esiti; $matched: quanti dei suoi nomi sono campagne nei dati delle
# inserzioni; $names: quanti nomi contiene.
ws-joined-by-name = File { $file } unito ai dati delle inserzioni: nomi corrispondenti { $matched } su { $names }.
# Lo stesso, quando i dati delle inserzioni hanno più periodi.
ws-joined-by-name-periods = File { $file } unito ai dati delle inserzioni: nomi corrispondenti { $matched } su { $names }, ogni periodo con il proprio.
# $file: il nome del log degli esiti.
ws-joined-account = File { $file } unito al totale dei dati delle inserzioni: i suoi esiti sono dell’intero account, non di una campagna.
# $count: le conversazioni registrate con date fuori da ogni periodo dei dati delle inserzioni.
ws-left-out = { $count ->
    [one] Esclusa { $count } conversazione registrata fuori dai periodi dei dati delle inserzioni.
    [many] Escluse { $count } di conversazioni registrate fuori dai periodi dei dati delle inserzioni.
   *[other] Escluse { $count } conversazioni registrate fuori dai periodi dei dati delle inserzioni.
    }
ws-shows-total = La scala ora mostra il totale.
# Due frasi, una dopo l’altra.
ws-then = { $first } { $then }
# Unire un log degli esiti ai dati delle inserzioni già importati: la scelta.
ws-join-legend = Questo è un log degli esiti, e hai già importato dati delle inserzioni
ws-join-by-name = Uniscilo ai dati delle inserzioni per nome della campagna: spesa e conversazioni dalle inserzioni, esiti da questo file
ws-join-account-ignoring-names = Uniscilo al totale dei dati delle inserzioni, ignorando i nomi: esiti per l’intero account
ws-join-account = Uniscilo al totale dei dati delle inserzioni: questo file non ha una colonna delle campagne, quindi i suoi esiti riguardano l’intero account
ws-join-replace = Sostituisci i dati importati con questo file
ws-join-ask = Nessuno dei nomi di questo file è una campagna nei dati delle inserzioni, quindi non viene unito finché non scegli come. Correggi i nomi nel file, oppure scegli qui sotto.
ws-names-caption = Nomi in questo file e campagne nei dati delle inserzioni
ws-names-in-file = In questo file
ws-names-in-ads = Nei dati delle inserzioni
