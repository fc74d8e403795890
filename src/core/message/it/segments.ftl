# Segmenti, spostamenti di budget, inversioni
# Italiano, le parole dell’app: una voce per messaggio, con gli stessi argomenti ($name) dell’inglese;
# il plurale segue la categoria CLDR del conteggio: one, many (milioni esatti), other.

## Segmenti
# Spostare budget da un segmento a un altro.
budget-region = Tabella dell’account dopo lo spostamento
budget-caption = L’account dopo lo spostamento, con la scala attuale di ogni segmento
budget-your-move-column = Il tuo spostamento
# Una colonna: lo spostamento verso il segmento con i messaggi più economici.
budget-naive-column = Verso i messaggi più economici
# Una colonna: lo spostamento verso il segmento con i clienti più economici.
budget-right-column = Verso i clienti più economici
budget-heading = Sposta budget tra segmenti
budget-from = Da
budget-to = A
budget-amount = Importo
budget-exponent = Rendimenti decrescenti (0–1)
budget-apply = Applica come scenario
# La tabella dei segmenti.
segments-period-column = Periodo
segments-conversations-column = Conversazioni
segments-heading = Segmenti
segments-region = Tabella dei segmenti importati
segments-caption = Segmenti importati: ordina per qualsiasi colonna; scegli un nome per vederne la scala
segments-download = Scarica segmenti (CSV)
# $count: quante righe (segmenti) in più mostra il pulsante.
segments-show-more = { $count ->
    [one] Mostra { $count } altro segmento
    [many] Mostra altri { $count } di segmenti
   *[other] Mostra altri { $count } segmenti
    }
# Messaggi economici, clienti cari.
inversions-none = Nessun segmento ha messaggi più economici e clienti più cari di un altro.
# $count: quante altre frasi di inversione sono ripiegate sotto questo sommario.
inversions-more = { $count ->
    [one] { $count } altro caso
    [many] Altri { $count } di casi
   *[other] Altri { $count } casi
    }
# Una cella della tabella delle posizioni, «#2 · 1,20 €».
# $rank: la posizione del segmento per questo costo (1 è il più economico).
# $value: il costo, già scritto come importo o numero.
inversions-ranked-value = #{ $rank } · { $value }
# $name: un segmento escluso dalla classifica.
inversions-not-ranked = { $name } (fuori classifica)
# L’angolo ombreggiato in alto a sinistra del grafico.
inversions-corner = messaggi economici, clienti cari
# L’asse orizzontale del grafico.
inversions-axis-cost = costo per messaggio →
# L’asse verticale del grafico.
inversions-axis-cac = CAC ↑
inversions-heading = Messaggi economici, clienti cari?
inversions-figcaption = Ogni segmento secondo il costo per messaggio (in orizzontale) e il CAC (in verticale), in proporzione alla spesa. L’angolo ombreggiato è dove i messaggi economici portano clienti cari.
inversions-region = Tabella delle posizioni dei segmenti
inversions-caption = La posizione di ogni segmento per costo a ogni passaggio (#1 è il più economico; per il ROAS, il più alto)
