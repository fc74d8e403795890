# La pagina: la sua cornice, la scala mostrata, parole usate ovunque
# Italiano, le parole dell’app: una voce per messaggio, con gli stessi argomenti ($name) dell’inglese;
# il plurale segue la categoria CLDR del conteggio: one, many (milioni esatti), other.

undo = Annulla
cancel = Annulla
dismiss = Chiudi
nothing-changed = Non è stato modificato nulla.

## La pagina
skip-to-results = Vai ai risultati
app-tagline = Il costo per messaggio, nel suo contesto: dalla prima chat ai clienti e ai ricavi.
language-label = Lingua
report-language-label = Lingua del report e del riepilogo
report-language-page = Lingua della pagina ({ $language })
load-sample = Carica esempio
clear = Svuota
copy-link = Copia link
print-report = Stampa report
print-report-in = Stampa report ({ $language })
present = Presenta
leave-presentation = Esci dalla presentazione
frame-not-kept = Il lavoro in questo riquadro non viene conservato dopo la chiusura. Per conservarlo, copia un link o scarica un backup:
bring-your-data = Importa i tuoi dati
your-numbers = I tuoi numeri
your-numbers-lede = Un periodo, una campagna o l’intero account. Lascia vuota una fase se non la monitori ancora.
use-typed-numbers = Usa i numeri inseriti
targets-heading = Obiettivi e impostazioni
targets-lede = Il metro con cui viene giudicato ogni passaggio. I valori predefiniti sono ipotesi di partenza: modificali in base alla tua attività.
to-inputs = Inserisci o importa i tuoi numeri ↓
funnel-heading = Funnel
metrics-heading = Metriche
metrics-region = Tabella delle metriche
download-ladder = Scarica la scala (CSV)
nothing-sent = Tutto viene calcolato in questo browser. Nulla di ciò che inserisci viene inviato altrove.

## La scala mostrata
saved-here = Salvato solo in questo browser.
showing-label = Dati mostrati
formula-summary = Formula
metrics-caption = La scala: ogni metrica dal messaggio ai ricavi
value-column = Valore
how-computed-column = Come si calcola
