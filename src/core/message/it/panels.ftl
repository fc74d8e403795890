# Valori anomali, il modulo dei dati, obiettivi, download dei grafici, la finestra di incorporamento
# Italiano, le parole dell’app: una voce per messaggio, con gli stessi argomenti ($name) dell’inglese;
# il plurale segue la categoria CLDR del conteggio: one, many (milioni esatti), other.

## Valori anomali
outliers-none = Nessun segmento è fuori dall’intervallo atteso per il suo volume.
# Etichetta dell’asse orizzontale del grafico a imbuto; la freccia segue l’asse.
outliers-axis-people = persone all’inizio del passaggio →
# Etichetta dell’asse verticale; la freccia punta in alto.
outliers-axis-rate = tasso ↑
outliers-caption = Il tasso di ogni segmento rispetto al suo volume. La linea è il tasso complessivo; l’imbuto interno e quello esterno sono gli intervalli al 95% e al 99,8% attesi per ogni volume, quindi il tasso estremo di un segmento piccolo che resta al loro interno non è un risultato significativo.
outliers-heading = Valori anomali: quali segmenti differiscono davvero

## Il modulo dei dati
# Precede un avviso su un campo (come error-mark precede un errore).
form-check-mark = Verifica:
form-more-inputs = Altri dati (facoltativi): impression, clic, altri costi
form-currency = Valuta

## Obiettivi e impostazioni
targets-business-type = Tipo di attività
# Segue la nota del tipo di attività quando l’utente ha cambiato un obiettivo predefinito.
targets-edited = Obiettivi modificati rispetto ai valori predefiniti.
targets-rates = Tassi obiettivo
# Cosa seguono i testi e i numeri della pagina. $language: il nome della lingua nella lingua stessa («Deutsch»).
settings-language-heading = Lingua e formato dei numeri
settings-words = Testi: { $language }
# $number e $money: un numero e un importo di esempio come li scrive questo browser; $locale: il codice di lingua e regione del browser (de-DE).
settings-numbers = Numeri e importi: { $number } e { $money } ({ $locale })
settings-language-hint = I testi seguono il menu Lingua in alto. Numeri, importi e date seguono la regione del tuo browser, quindi le due cose possono non coincidere: ad esempio, testi in italiano con numeri in formato statunitense.

## Download dei grafici
chart-download-svg = Scarica SVG
chart-download-png = Scarica PNG

## Incorporamento in un portale clienti
# $example: un colore in sei cifre esadecimali (0f4c5c), come il segnaposto del campo.
embed-accent-problem = Sei cifre esadecimali, ad esempio { $example }.
embed-summary = Incorpora in un portale clienti
embed-theme = Tema
embed-theme-auto = Segui l’impostazione del visitatore
embed-theme-light = Chiaro
embed-theme-dark = Scuro
embed-accent = Colore di accento (hex)
embed-paste-here = Incolla questo codice nella pagina del portale
embed-copy-snippet = Copia codice
embed-copied = Copiato.
embed-no-clipboard = Gli appunti non sono disponibili qui: seleziona il testo e copialo.
