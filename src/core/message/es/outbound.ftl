# Lo que sale de la página (informe, CSV, enlaces, inserción), lo que se guarda (almacenamiento, copias de seguridad), qué pasaría si (escenarios, buscar objetivo) y los avisos del espacio de trabajo
# Español, las palabras de la app: una entrada por mensaje, con sus argumentos por nombre ($name);
# un plural va por la categoría del número: { $count -> [one] … [many] … *[other] … }.

## El informe impreso
out-report-example = Números de ejemplo, inventados
out-report-typed = Números ingresados
out-report-all-segments = Todos los segmentos importados
# $period: las fechas de los datos importados, como "octubre de 2026" o "2026-10-01 – 2026-11-30".
out-report-all-segments-in = Todos los segmentos importados, { $period }
# $period: el nombre de un periodo importado, como "octubre de 2026".
out-report-all-campaigns-in = Todas las campañas, { $period }
# $segment: el nombre de un segmento importado; $period: sus fechas, como "octubre de 2026".
out-report-segment-in = { $segment }, { $period }
# La línea bajo el título del informe. $what: qué números muestra (out-report-…, o el nombre
# de un segmento); $date: el día en que se imprime, como 2026-12-01.
out-report-subtitle = { $what } · impreso el { $date }
out-finding-inversions = Mensajes baratos, clientes caros
out-finding-cac-moved = Por qué cambió el CAC
out-finding-outliers = Segmentos que difieren de verdad
# Las columnas de la tabla de la escalera en el informe en Markdown.
out-md-stage = Etapa
out-md-count = Cantidad
out-md-step-rate = Tasa del paso
out-md-cost-per-stage = Costo por etapa

## Descargas CSV (encabezados de columna y unidades en el archivo)
out-csv-metric = Métrica
out-csv-value = Valor
out-csv-unit = Unidad
out-csv-formula = Fórmula
out-csv-note = Nota
out-csv-segment = Segmento
out-csv-period-start = Inicio del periodo
out-csv-period-end = Fin del periodo
out-csv-spend = Gasto
out-csv-started = Conversaciones iniciadas
# Una columna que dice qué cuenta un CAC mientras sus negocios aún están abiertos: closing-cac-mark-projected, closing-cac-mark-so-far o nada.
out-csv-cac-counts = Cálculo del CAC
# El encabezado de una columna de dinero. $column: su nombre, como "Gasto"; $currency: un código ISO, como USD.
out-csv-in-currency = { $column } ({ $currency })
# $currency: un código ISO, como USD.
out-csv-unit-money = dinero ({ $currency })
out-csv-unit-rate = tasa (decimal)
out-csv-unit-multiple = múltiplo
out-csv-unit-count = cantidad

## Enlaces compartidos que no se pueden abrir
out-link-not-a-link = Esta dirección no contiene un espacio de trabajo compartido.
# $version: el número de formato del enlace, como 2.
out-link-newer = Este enlace lo creó una versión más reciente de Messaging Ladder (formato { $version }). Recarga la página para obtener la última versión y vuelve a abrir el enlace.
out-link-too-long = Este enlace es demasiado grande para abrirlo de forma segura. Comparte menos segmentos, o exporta un CSV.
out-link-damaged = Este enlace está dañado o cortado (su suma de verificación no coincide). Vuelve a copiar el enlace completo; las apps de chat a veces cortan los enlaces largos.
# $problem: qué tienen de malo sus datos (out-problem-…).
out-link-invalid = Este enlace contiene datos que no se pueden usar: { $problem }.
# Qué tiene de malo un espacio de trabajo de un enlace o de una copia de seguridad; cierra otra
# frase (out-link-invalid, store-backup-unusable).
out-problem-not-text = contenido inesperado (no es UTF-8)
# $detail: la descripción, en inglés, que da el lector de JSON de lo que encontró.
out-problem-unexpected = contenido inesperado ({ $detail })
# $count: cuántos segmentos contiene; $max: el máximo que admite un enlace.
out-problem-too-many-segments = { $count ->
    [one] { $count } segmento
    [many] { $count } de segmentos
   *[other] { $count } segmentos
    }, más de los { $max } que admite un enlace
# $segment: el nombre de un segmento (sus primeros 40 caracteres).
out-problem-count-too-large = un conteo en “{ $segment }” mayor que 10¹²
# $segment: el nombre de un segmento (sus primeros 40 caracteres).
out-problem-negative-amount = un importe negativo en “{ $segment }”
# $segment: el nombre de un segmento (sus primeros 40 caracteres).
out-problem-amount-too-large = un importe en “{ $segment }” mayor que 10¹²
out-problem-long-segment-name = un nombre de segmento de más de 500 caracteres
out-problem-long-date = una fecha de periodo de más de 40 caracteres
out-problem-long-field = un campo de más de 200 caracteres

## Insertar en un portal de clientes
# Cómo se llama una inserción sin nombre propio: su título, y el título del marco en el código.
out-embed-plain-name = Calculadora para anuncios de clic a mensaje
out-embed-note = El marco está en un sandbox, pero conserva el origen propio de la calculadora (allow-same-origin): se carga desde cualquier alojamiento estático sin encabezados especiales, guarda el trabajo de cada visitante donde el navegador permite almacenamiento en marcos (donde no lo permite, el marco lo avisa y ofrece una copia de seguridad y un enlace) y no puede acceder a la página, las cookies ni el almacenamiento del portal, porque la calculadora se sirve desde otro dominio. Sírvela desde un dominio distinto del del portal: en el mismo dominio, allow-same-origin permitiría al marco salir de su propio sandbox. allow="clipboard-write" hace que funcione Copiar enlace; allow-downloads permite las descargas del CSV y de la copia de seguridad. El script ajusta el tamaño del marco a su contenido; nada de lo que publica el marco lleva tus números.
# $file: el nombre del archivo descargado.
out-embed-downloading = Descargando “{ $file }”. Si no aparece ningún archivo, la página que contiene esta calculadora no deja descargar a su marco (el sandbox del marco necesita allow-downloads): usa Copiar enlace, abre el enlace en una pestaña nueva y descarga desde ahí.

## Espacios de trabajo guardados y almacenamiento
# Los nombres que recibe un espacio de trabajo cuando nadie le puso nombre (se guardan como su nombre).
store-first-name = Mi espacio de trabajo
# $number: su posición en la lista, desde 1.
store-workspace-number = Espacio de trabajo { $number }
store-shared-name = Compartido conmigo
# $position: su posición en la copia de seguridad, desde 1.
store-restored-name = Restaurado { $position }
# Las opciones del selector de espacios de trabajo. $name: el nombre de un espacio de trabajo (el abierto se muestra solo con su nombre).
store-choice-open = { $name }
# $name: el nombre de un espacio de trabajo; $when: cuándo se modificó (store-changed-…).
store-choice-other = { $name } · modificado { $when }
# Cuándo se modificó un espacio de trabajo, después de "modificado".
store-changed-just-now = hace un momento
store-changed-minutes = { $count ->
    [one] hace { $count } minuto
    [many] hace { $count } de minutos
   *[other] hace { $count } minutos
    }
store-changed-hours = { $count ->
    [one] hace { $count } hora
    [many] hace { $count } de horas
   *[other] hace { $count } horas
    }
# $date: el día, como 2026-11-28.
store-changed-on = el { $date }
# Lo que contiene una copia de seguridad. $count: cuántos espacios de trabajo; $list: cada uno
# (store-backup-item), unidos con store-list.
store-backup-contents = { $count ->
    [one] { $count } espacio de trabajo
    [many] { $count } de espacios de trabajo
   *[other] { $count } espacios de trabajo
    }: { $list }.
# $name: el nombre de un espacio de trabajo; $when: cuándo se modificó (store-changed-…).
store-backup-item = “{ $name }” (modificado { $when })
# Dos o más elementos de una lista: el primero y luego el resto.
store-list = { $first }, { $rest }
# $mb: la copia de seguridad más grande que se lee, en megabytes.
store-backup-too-large = El archivo pesa más de { $mb } MB, más de lo que cabe en una copia de seguridad.
# $detail: la descripción, en inglés, que da el lector de JSON de lo que encontró.
store-backup-not-json = Esto no es una copia de seguridad de Messaging Ladder (no es JSON: { $detail }).
store-backup-wrong-format = Esto no es una copia de seguridad de Messaging Ladder (su “format” no es “messaging-ladder-backup”).
# $version: el número de formato de la copia de seguridad, como 2.
store-backup-newer = Esta copia de seguridad la creó una versión más reciente de Messaging Ladder (formato { $version }). Ábrela allí.
store-backup-no-version = Esta copia de seguridad no tiene ninguna versión de formato que esta app conozca.
# $detail: la descripción, en inglés, que da el lector de JSON de lo que encontró.
store-backup-damaged = Esta copia de seguridad está dañada ({ $detail }).
store-backup-empty = Esta copia de seguridad no contiene ningún espacio de trabajo.
# $count: cuántos espacios de trabajo contiene; $max: el máximo que admite una restauración.
store-backup-too-many = Esta copia de seguridad contiene { $count ->
    [one] { $count } espacio de trabajo
    [many] { $count } de espacios de trabajo
   *[other] { $count } espacios de trabajo
    }, más de los { $max } que admite una restauración.
# $position: la posición del espacio de trabajo en la copia de seguridad, desde 1; $name: su nombre (primeros 40
# caracteres); $problem: qué tiene de malo (out-problem-…).
store-backup-unusable = El espacio de trabajo { $position } (“{ $name }”) no se puede usar: { $problem }.
# Avisos de almacenamiento.
store-blocked = Este navegador bloquea el almacenamiento aquí (modo privado o página insertada), así que tu trabajo solo queda en esta pestaña. Copia tus números antes de cerrarla.
store-full = El almacenamiento del navegador está lleno, así que tus últimos cambios solo se conservan en esta pestaña. Libera espacio para este sitio y se guardarán con el próximo cambio.
# $why: el nombre que da el navegador al fallo, como InvalidStateError.
store-failed = No se pudieron guardar tus últimos cambios ({ $why }); se conservan en esta pestaña y se volverá a intentar con el próximo cambio.
# $key: la clave de almacenamiento con que se guarda la copia ilegible, como messaging-ladder:backup:1.
store-corrupt-kept = No se pudo leer el trabajo guardado, así que se cargó el ejemplo. La copia ilegible se conserva en el almacenamiento de este navegador con la clave “{ $key }”.
store-corrupt-not-kept = No se pudo leer el trabajo guardado ni hacer una copia de él, así que se deja intacto y tus cambios solo se conservan en esta pestaña.
# $version: el número de formato de lo guardado, como 2.
store-newer = Tu trabajo guardado lo creó una versión más reciente de Messaging Ladder (formato { $version }). Se deja intacto; los cambios que hagas aquí solo se conservan en esta pestaña.

## Qué pasaría si: escenarios y buscar objetivo
scn-full = El máximo es de cuatro escenarios
# El nombre de un escenario nuevo. $number: su posición, desde 1.
scn-default-name = Escenario { $number }
# El nombre de una copia. $name: el escenario copiado.
scn-copy-name = { $name } (copia)
# $lever: una palanca (scn-lever-…); $scenario: el nombre del escenario.
scn-slider-label = { $lever } ({ $scenario }): control deslizante
# Las palancas, como etiquetas y al comienzo de una frase.
scn-lever-spend = Gasto
scn-lever-cost-per-message = Costo por mensaje
scn-lever-reply-rate = Tasa de respuesta
scn-lever-qualification-rate = Tasa de calificación
scn-lever-handoff-rate = Tasa de derivación
scn-lever-close-rate = Tasa de cierre
scn-lever-revenue-per-customer = Ingresos por cliente
scn-lever-other-cost = Otros costos de adquisición
# Las palancas dentro de una frase, con su artículo: "Lleva la tasa de cierre a 34 %". Solo se
# usan en scn-answer-set, scn-above-hundred, scn-negative y scn-goal-scenario-name.
scn-lever-name-spend = el gasto
scn-lever-name-cost-per-message = el costo por mensaje
scn-lever-name-reply-rate = la tasa de respuesta
scn-lever-name-qualification-rate = la tasa de calificación
scn-lever-name-handoff-rate = la tasa de derivación
scn-lever-name-close-rate = la tasa de cierre
scn-lever-name-revenue-per-customer = los ingresos por cliente
scn-lever-name-other-cost = los otros costos de adquisición
# Los objetivos que persigue buscar objetivo, en el selector y en una frase.
scn-goal-cac = CAC
scn-goal-customers = Clientes
scn-goal-roas = ROAS
scn-goal-cost-per-qualified = Costo por conversación calificada
# Por qué no se pueden crear escenarios a partir de la escalera que se muestra.
scn-needs-spend = Ingresa el gasto para crear escenarios.
scn-needs-started = Ingresa el número de conversaciones iniciadas para crear escenarios.
# $stage: el nombre de una etapa dentro de una frase (stage-name-…), como "conversaciones calificadas".
scn-needs-stage = Ingresa el número de { $stage } para crear escenarios.
# Sobre los escenarios, cuando no se cuenta una etapa entre las conversaciones iniciadas y los clientes
# (una exportación de Meta unida a un CRM no tiene respuestas). $stages: los nombres de las etapas (stage-name-…), en una lista.
scn-not-counted = Estas cifras no incluyen { $stages }: el paso siguiente se calcula desde la etapa anterior y no hay palanca para { $stages }.
# Buscar objetivo, cuando se pide la tasa de un paso hacia una etapa que no se cuenta. $stage: su nombre (stage-name-…).
scn-lever-not-counted = Estas cifras no incluyen { $stage }, así que no se puede fijar la tasa de ese paso: elige la tasa del paso siguiente, calculada desde la etapa anterior.
scn-projected-baseline = El cierre parte de su tasa final proyectada, { $rate } ({ $so-far } hasta ahora), porque los negocios iniciados hace poco aún se están cerrando.
# $step: el nombre de un paso dentro de una frase (step-name-…), como "calificación"; $reached:
# el conteo al final del paso; $from: el conteo al inicio.
scn-needs-consistent = El paso de { $step } necesita conteos coherentes ({ $reached } de { $from }) para crear escenarios.
# Las respuestas de buscar objetivo. $lever: una palanca dentro de una frase (scn-lever-name-…); $value: el
# valor que debe tener; $now: su valor actual (o "—").
scn-answer-set = Lleva { $lever } a { $value } (ahora: { $now }).
# $why: por qué el objetivo no se puede alcanzar (scn-…); $lever: la palanca (scn-lever-…); $value: su
# valor que más se acerca; $goal: el objetivo (scn-goal-…); $reached: el valor del objetivo en ese punto.
scn-answer-nearest = No se puede alcanzar: { $why } Lo más cercano: { $lever } en { $value } da { $goal } { $reached }.
# $why: por qué el objetivo no se puede alcanzar (scn-…).
scn-answer-unreachable = No se puede alcanzar: { $why }
# $lever: una palanca (scn-lever-…); $goal: un objetivo (scn-goal-…).
scn-not-a-lever = { $lever } no influye en { $goal }.
# $goal: un objetivo (scn-goal-…).
scn-choose-above-zero = Elige un objetivo de { $goal } mayor que cero.
scn-cac-without-other-cost = Sin otros costos de adquisición, el CAC no depende del gasto: cada conversación cuesta lo mismo.
# $floor: el CAC más bajo que se puede alcanzar gastando (dinero).
scn-cac-floor = Gastar más solo reparte los otros costos entre más clientes: gastando, el CAC no puede bajar de { $floor } (costo por mensaje ÷ todas las tasas de los pasos).
scn-no-value = La línea base tiene una tasa en cero o no tiene ingresos, así que ningún valor de esta palanca llega ahí.
# $lever: una palanca de tasa dentro de una frase (scn-lever-name-…); $rate: la tasa que haría falta.
scn-above-hundred = Habría que llevar { $lever } a { $rate }, por encima del 100 %.
# $lever: una palanca dentro de una frase (scn-lever-name-…).
scn-negative = Haría falta un valor negativo para { $lever }.
# $goal: un objetivo (scn-goal-…); $target: el valor escrito para él; $lever: una palanca dentro de una
# frase (scn-lever-name-…). El nombre de un escenario creado a partir de la respuesta de buscar objetivo.
scn-goal-scenario-name = { $goal } { $target } ajustando { $lever }
# Las filas de la tabla de comparación: clientes y luego cada métrica.
scn-row-customers = Clientes
# $metric: el nombre de una métrica, como "Costo por mensaje".
scn-row-metric = { $metric }
# El cambio de un escenario frente a la línea base, con sus partes en líneas propias (que se
# muestran como espacios en una tabla ancha). $amount: el cambio, con signo, como "−11,43 USD" o "+14".
scn-change-better = ▲ mejor:
    { $amount }
scn-change-worse = ▼ peor:
    { $amount }
# $amount: el cambio, con signo; $percent: el cambio como proporción de la línea base, con signo, como "−7 %".
scn-change-better-percent = ▲ mejor:
    { $amount }
    ({ $percent })
# $amount: el cambio, con signo; $percent: el cambio como proporción de la línea base, con signo, como "−50 %".
scn-change-worse-percent = ▼ peor:
    { $amount }
    ({ $percent })
# El cambio de una tasa en puntos porcentuales. $points: el número, como 10,0.
scn-points = { $points } p. p.
scn-no-change = sin cambios

## Los avisos del espacio de trabajo
# Se dicen junto a Deshacer, después de reemplazar todo el espacio de trabajo.
ws-sample-loaded = Se cargaron los números de ejemplo.
ws-cleared = Se borró todo.
ws-opened-shared = Se abrieron los números compartidos.
ws-example-note = Números de ejemplo: un negocio inventado de servicios para el hogar, no tus datos. Ingresa tus propios números o importa una exportación para reemplazarlos.
ws-link-copied = Enlace copiado. Lleva estos números dentro de la dirección; no se sube nada.
# Etiqueta del campo que contiene el enlace, para copiarlo a mano.
ws-copy-by-hand = El portapapeles no está disponible aquí. Copia este enlace:
# $cost: los otros costos de adquisición escritos en el formulario (dinero).
ws-typed-other-cost = La escalera muestra datos importados. De estos números solo se usan los otros costos de adquisición ({ $cost }): se suman al CAC de los datos importados, repartidos entre las campañas según el gasto.
ws-typed-unused = La escalera muestra datos importados, así que ahora mismo estos números no se usan.
# Las dos escaleras que se comparan cuando se ingresa un periodo anterior junto a la escalera, dentro
# de una frase: "Comparando el periodo anterior ingresado con la escalera que se muestra."
ws-earlier-typed = el periodo anterior ingresado
ws-ladder-shown = la escalera que se muestra
# Lo mismo dentro de la verificación del costo por mensaje: "subió de 2,50 USD en el periodo anterior a 3,00 USD en este".
ws-earlier-period = el periodo anterior
ws-this-period = este
# Después de una importación. $count: cuántos segmentos; $file: el nombre del archivo.
ws-imported = { $count ->
    [one] Se importó { $count } segmento
    [many] Se importaron { $count } de segmentos
   *[other] Se importaron { $count } segmentos
    } de { $file }. La escalera ahora muestra su total.
# $file: el nombre del registro de resultados; $matched: cuántos de sus nombres son campañas de los datos
# de anuncios; $names: cuántos nombres tiene.
ws-joined-by-name = Se unió { $file } a los datos de anuncios: { $matched ->
    [one] coincidió
   *[other] coincidieron
    } { $matched } de { $names ->
    [one] { $names } nombre
    [many] { $names } de nombres
   *[other] { $names } nombres
    }.
# Lo mismo, cuando los datos de anuncios tienen varios periodos.
ws-joined-by-name-periods = Se unió { $file } a los datos de anuncios: { $matched ->
    [one] coincidió
   *[other] coincidieron
    } { $matched } de { $names ->
    [one] { $names } nombre
    [many] { $names } de nombres
   *[other] { $names } nombres
    }, cada periodo con el suyo.
# $file: el nombre del registro de resultados.
ws-joined-account = Se unió { $file } al total de los datos de anuncios: sus resultados son de la cuenta, no de una campaña.
# $count: las conversaciones registradas con fechas fuera de todos los periodos de los datos de anuncios.
ws-left-out = { $count ->
    [one] { $count } conversación registrada quedó sin contar por estar
    [many] { $count } de conversaciones registradas quedaron sin contar por estar
   *[other] { $count } conversaciones registradas quedaron sin contar por estar
    } fuera de los periodos de los datos de anuncios.
ws-shows-total = La escalera ahora muestra el total.
# Dos frases, una tras otra.
ws-then = { $first } { $then }
# Unir un registro de resultados a los datos de anuncios importados: la elección.
ws-join-legend = Esto es un registro de resultados, y ya hay datos de anuncios importados
ws-join-by-name = Unirlo a los datos de anuncios por nombre de campaña: gasto y conversaciones de los anuncios, resultados de este archivo
ws-join-account-ignoring-names = Unirlo al total de los datos de anuncios, sin tener en cuenta sus nombres: resultados de toda la cuenta
ws-join-account = Unirlo al total de los datos de anuncios: este archivo no tiene columna de campaña, así que sus resultados son de toda la cuenta
ws-join-replace = Reemplazar los datos importados por este archivo
ws-join-ask = Ninguno de los nombres de este archivo es una campaña de los datos de anuncios, así que no se une hasta que digas cómo. Corrige los nombres en el archivo, o elige abajo.
ws-names-caption = Nombres en este archivo y campañas en los datos de anuncios
ws-names-in-file = En este archivo
ws-names-in-ads = En los datos de anuncios
