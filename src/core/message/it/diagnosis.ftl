# Il pannello della diagnosi
# Italiano, le parole dell’app: una voce per messaggio, con gli stessi argomenti ($name) dell’inglese;
# il plurale segue la categoria CLDR del conteggio: one, many (milioni esatti), other.

## La diagnosi
data-checks = Controlli dei dati
step-column = Passaggio
rate-column = Tasso
range-column = Intervallo al 95%
target-column = Obiettivo
verdict-column = Verdetto
if-at-target-column = Se raggiungesse l’obiettivo
# $noun: l’esito dell’attività in generale, ad esempio «clienti» (outcome-customers…).
lever-more = Più { $noun }
lever-cac-after = CAC dopo
lever-more-revenue = Più ricavi
lever-column = Leva
likely-causes = Cause probabili
what-to-try = Cosa provare
dont-overcorrect = Non esagerare con la correzione
other-below = Altri passaggi sotto l’obiettivo
largest-drop = Calo maggiore
steps-region = Tabella dei verdetti per passaggio
steps-caption = Ogni passaggio rispetto al suo obiettivo (intervallo al 95% calcolato con il metodo di Wilson oppure, per un tasso di chiusura con trattative ancora in corso, ricavato dalla previsione)
levers-region = Tabella delle leve
levers-caption = Quanto vale un miglioramento del 10%, dalla leva migliore
diagnosis-heading = Dove si rompe la scala
summary-heading = Riepilogo per l’email al cliente
copy-summary = Copia riepilogo
copy-markdown = Copia come Markdown
summary-copied = Copiato negli appunti.
summary-no-clipboard = Gli appunti non sono disponibili qui: seleziona il riepilogo e copialo.
judged-only-when = Un passaggio viene giudicato solo quando tutto il suo intervallo al 95% sta da una parte dell’obiettivo, e solo con abbastanza persone al suo inizio. Gli obiettivi sono ipotesi di partenza: imposta i tuoi in Obiettivi e impostazioni.
