# Confronto tra periodi: perché il CAC è cambiato
# Italiano, le parole dell’app: una voce per messaggio, con gli stessi argomenti ($name) dell’inglese;
# il plurale segue la categoria CLDR del conteggio: one, many (milioni esatti), other.

## Confronto tra periodi
# Letto dopo l’etichetta di un campo, nascosto alla vista: «Clienti (periodo precedente)».
period-earlier-mark = (periodo precedente)
period-earlier-summary = Un periodo precedente, per capire perché il CAC è cambiato (facoltativo)
period-earlier-hint = Gli stessi numeri per il periodo precedente. Il confronto compare accanto alla scala.
period-earlier-label = Periodo precedente
period-later-label = Periodo successivo
# $earlier: il nome del periodo precedente; $now: quello del periodo successivo.
period-comparing = Confronto tra { $earlier } e { $now }.
period-earlier-column = Prima
now-column = Adesso
period-part-column = Quota della variazione
period-change-range-column = Intervallo al 95% della variazione
# Segue la variazione totale in grassetto (cmp-cac-changed-by, ad esempio «Il CAC è cambiato di +12,40 €») e ne chiude la frase.
period-waterfall-caption = . CAC prima (a sinistra), il contributo di ogni fattore alla variazione (verso l’alto rende i clienti più cari) e CAC adesso (a destra).
chart-in-words = Il grafico a parole
period-parts-region = Tabella della variazione del CAC
period-parts-caption = Cosa ha fatto cambiare il CAC: il contributo di ogni fattore, che sommati danno la variazione
period-factor-column = Fattore
period-steps-region = Tabella delle variazioni dei tassi per passaggio
period-steps-caption = La variazione del tasso di ogni passaggio, rispetto al rumore (intervallo al 95% calcolato con il metodo di Newcombe)
period-heading = Perché il CAC è cambiato tra i periodi
funnel-caption = Ogni barra è la quota di conversazioni avviate che arriva a una fase. I tassi dei passaggi e i costi per fase, con le formule, sono in Metriche.
grid-region = Colonne della tabella del file
