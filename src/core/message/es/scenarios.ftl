# Qué pasaría si: escenarios y buscar objetivo
# Español, las palabras de la app: una entrada por mensaje, con sus argumentos por nombre ($name);
# un plural va por la categoría del número: { $count -> [one] … [many] … *[other] … }.

## Qué pasaría si
error-mark = Error:
error-line = Error: { $problem }
reset-lever = Restablecer
scenario-region = Escenario: { $name }
scenario-name = Nombre del escenario
scenario-duplicate = Duplicar
scenario-reset = Volver a la línea base
scenario-link-copied = Enlace a este escenario copiado.
scenario-no-clipboard = El portapapeles no está disponible aquí: usa Copiar enlace, arriba.
scenario-delete = Eliminar
comparison-region = Tabla de comparación de escenarios
comparison-caption = Línea base y escenarios lado a lado
metric-column = Métrica
baseline-column = Línea base
goal-seek-heading = Buscar objetivo
# La pregunta se lee con dos selectores y un campo entre las piezas:
# "Para que [CAC] sea [150], ¿cuánto debe valer [Tasa de cierre] para ello?"
goal-to-reach = Para que
goal-of = sea
goal-what-must = , ¿cuánto debe valer
goal-lever-label = La palanca que se calcula
goal-be = para ello?
goal-apply = Aplicar como escenario nuevo
what-if-heading = ¿Qué pasaría si…?
what-if-hint = Los escenarios empiezan como copias de la escalera de arriba. Mueve una palanca y todos los números cambian, junto a los de hoy.
add-scenario = Agregar escenario
