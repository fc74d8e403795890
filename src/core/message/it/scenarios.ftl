# Simulazioni: scenari e ricerca obiettivo
# Italiano, le parole dell’app: una voce per messaggio, con gli stessi argomenti ($name) dell’inglese;
# il plurale segue la categoria CLDR del conteggio: one, many (milioni esatti), other.

## E se…?
error-mark = Errore:
error-line = Errore: { $problem }
reset-lever = Ripristina
scenario-region = Scenario: { $name }
scenario-name = Nome dello scenario
scenario-duplicate = Duplica
scenario-reset = Ripristina lo scenario di base
scenario-link-copied = Link a questo scenario copiato.
scenario-no-clipboard = Gli appunti non sono disponibili qui: usa Copia link in alto.
scenario-delete = Elimina
comparison-region = Tabella di confronto degli scenari
comparison-caption = Scenario di base e scenari a confronto
metric-column = Metrica
baseline-column = Scenario di base
goal-seek-heading = Ricerca obiettivo
# La domanda si legge: «Per portare l’indicatore [CAC] a [150], quanto deve valere la leva [Tasso di chiusura] per arrivarci?»
goal-to-reach = Per portare l’indicatore
goal-of = a
goal-what-must = , quanto deve valere la leva
goal-lever-label = La leva da calcolare
goal-be = per arrivarci?
goal-apply = Applica come nuovo scenario
what-if-heading = E se…?
what-if-hint = Gli scenari partono come copie della scala mostrata sopra. Sposta una leva e ogni numero si aggiorna, accanto a quelli di oggi.
add-scenario = Aggiungi scenario
