# La página: su marco, la escalera que se muestra, palabras que se usan en todas partes
# Español, las palabras de la app: una entrada por mensaje, con sus argumentos por nombre ($name);
# un plural va por la categoría del número: { $count -> [one] … [many] … *[other] … }.

undo = Deshacer
cancel = Cancelar
dismiss = Descartar
nothing-changed = No se cambió nada.

## La página
skip-to-results = Ir a los resultados
app-tagline = El costo por mensaje, en contexto: de la primera conversación a los clientes y los ingresos.
language-label = Idioma
report-language-label = Idioma del informe y del resumen
report-language-page = Idioma de la página ({ $language })
load-sample = Cargar ejemplo
clear = Borrar
copy-link = Copiar enlace
print-report = Imprimir informe
print-report-in = Imprimir informe ({ $language })
present = Presentar
leave-presentation = Salir de la presentación
frame-not-kept = El trabajo en este marco no se conserva al cerrarlo. Para conservarlo, copia un enlace o descarga una copia de seguridad:
bring-your-data = Trae tus datos
your-numbers = Tus números
your-numbers-lede = Un periodo, una campaña o toda la cuenta. Deja una etapa en blanco si todavía no la mides.
use-typed-numbers = Usar los números ingresados
targets-heading = Objetivos y ajustes
targets-lede = Con qué se evalúa cada paso. Los valores predefinidos son supuestos de partida: edítalos para que se ajusten a tu negocio.
to-inputs = Ingresa o importa tus números ↓
funnel-heading = Embudo
metrics-heading = Métricas
metrics-region = Tabla de métricas
download-ladder = Descargar escalera (CSV)
nothing-sent = Todo se calcula en este navegador. Nada de lo que escribes se envía a ninguna parte.

## La escalera que se muestra
saved-here = Guardado solo en este navegador.
showing-label = Mostrando
formula-summary = Fórmula
metrics-caption = La escalera: todas las métricas, del mensaje a los ingresos
value-column = Valor
how-computed-column = Cómo se calcula
