# Las palabras de la importación: por qué no se puede importar algo, las notas y descripciones de la vista previa, cómo se uniría un registro de resultados a los datos de anuncios
# Español, las palabras de la app: una entrada por mensaje, con sus argumentos por nombre ($name);
# un plural va por la categoría del número: { $count -> [one] … [many] … *[other] … }.
# Un argumento "(una lista)" son elementos unidos con imp-list; los nombres del archivo llegan entre comillas con imp-quoted.

## Dónde está un problema de importación
# $file: el nombre del archivo (o imp-pasted-cells); $line y $column: números contados desde 1;
# $header: el encabezado de la columna tal como está en el archivo; $problem: uno de los problemas de abajo.
imp-in-file = { $file }: { $problem }
imp-on-line = { $file }, línea { $line }: { $problem }
imp-in-cell = { $file }, línea { $line }, columna { $column } (“{ $header }”): { $problem }
imp-in-column = { $file }, columna { $column } (“{ $header }”): { $problem }

## Por qué no puede seguir una importación
# La mayoría va después de "archivo, línea …: " (se mantiene la minúscula inicial); los que
# tratan del archivo entero empiezan con mayúscula.
imp-empty = El archivo está vacío. Exporta el informe de nuevo, o pega las celdas.
imp-workbook = Es un libro de Excel (.xlsx), no un archivo CSV, aunque su nombre termine en .csv. En Excel o Sheets, usa Archivo › Guardar como (o Descargar) › CSV y sube ese archivo.
imp-binary = Este archivo no es texto (contiene datos binarios). Sube una exportación CSV o TSV, o pega las celdas.
# $byte: dónde se corta el texto, en bytes desde el inicio del archivo.
imp-bad-utf16 = El archivo indica que es UTF-16, pero se corta en el byte { $byte }. Expórtalo de nuevo como CSV UTF-8.
imp-undecodable = no se pudo decodificar el texto.
imp-no-rows = No hay filas para importar: el texto está en blanco.
# $found: los valores de esta línea; $expected: los valores de la primera fila.
imp-ragged = { $found } { $found ->
    [one] valor
    [many] de valores
   *[other] valores
    }, pero la primera fila tiene { $expected }. Probablemente un valor contiene el delimitador sin comillas (por ejemplo, un nombre de campaña con una coma): pon esos valores entre comillas dobles, o exporta el archivo de nuevo.
# $value: la celda tal como está en el archivo. "Ignorar" es el rol imp-role-ignore.
imp-not-a-number = “{ $value }” no es un número. Corrige la celda, o cambia el rol de la columna a Ignorar.
imp-negative = “{ $value }” es negativo. El gasto y los conteos no pueden ser negativos: corrige la celda, o cambia la columna a Ignorar.
# $counts: lo que cuenta la columna, dentro de una frase (imp-counted-…).
imp-not-whole = “{ $value }” no es un número entero, pero { $counts } se cuentan en unidades enteras. Revisa el rol de la columna y su separador decimal.
imp-counted-started = conversaciones iniciadas
imp-counted-replies = respuestas
imp-counted-qualified = conversaciones calificadas
imp-counted-handoffs = derivaciones a ventas
imp-counted-customers = clientes
imp-counted-impressions = impresiones
imp-counted-link-clicks = clics en el enlace
imp-counted-results = resultados (Meta)
# $results: los otros resultados, como los nombra el archivo (una lista, como "Alcance, Clientes potenciales").
imp-other-results-only = todas las filas son de otro resultado ({ $results }), así que no hay conversaciones con mensajes para importar. Exporta campañas cuyo resultado sea “Conversaciones con mensajes iniciadas”.
# $columns: los encabezados del archivo, cada uno entre comillas (una lista).
imp-no-ladder-columns = no se reconoció ninguna columna de gasto ni de etapa (columnas: { $columns }). Asigna abajo el rol de cada columna, o cambia los encabezados por nombres en inglés que se reconocen, como “Spend”, “Conversations started”, “Qualified”, “Customers”.
imp-unreadable = el navegador no pudo leer este archivo. Prueba a guardarlo de nuevo.
imp-worker-unreadable = El proceso de importación devolvió algo ilegible.
imp-worker-no-file = El proceso de importación no recibió ningún archivo.
# La respuesta de un proceso de importación de una versión anterior de la app, que no dice por qué.
imp-unknown = la importación se detuvo por un motivo que esta versión de la app no sabe indicar. Recarga la página y vuelve a intentarlo.

## Listas y nombres dentro de las frases
# Un nombre tal como está en el archivo, entre comillas.
imp-quoted = “{ $name }”
# Una lista: su primer elemento y luego el resto (otra lista, o el último elemento).
imp-list = { $first }, { $rest }

## Notas bajo la vista previa
# $count: cuántas columnas (2 o más); $role: el nombre del rol (imp-role-…); $columns:
# sus encabezados, entre comillas (una lista); $first: el encabezado de la que se lee.
imp-shared-role = { $count } { $count ->
    [one] columna parece
    [many] de columnas parecen
   *[other] columnas parecen
    } “{ $role }” ({ $columns }): solo se lee la primera, “{ $first }”. Cambia el rol de una columna para leer otra.
# $results: los otros resultados (una lista, como "Alcance, Interacciones con la publicación"); $amount: el
# gasto en esas filas (imp-amount, o un importe simple cuando no se conoce la moneda).
imp-other-results = { $rows } { $rows ->
    [one] fila de otros resultados ({ $results }), con { $amount } de gasto, queda fuera
    [many] de filas de otros resultados ({ $results }), con { $amount } de gasto, quedan fuera
   *[other] filas de otros resultados ({ $results }), con { $amount } de gasto, quedan fuera
    }: solo cuentan las filas de conversaciones con mensajes, con su gasto.
# $currency: un código de moneda, como "EUR"; $amount: el importe, como "1.234,50".
imp-amount = { $currency } { $amount }
# "Resultados" es el nombre de la columna de Meta.
imp-other-actions = Los resultados de { $rows } { $rows ->
    [one] fila cuentan
    [many] de filas cuentan
   *[other] filas cuentan
    } otras acciones (su indicador de resultado no es “Conversaciones con mensajes iniciadas”), así que no se contaron como conversaciones.
# $line: el número de la línea en el archivo.
imp-totals-row = La línea { $line } es una fila de totales: se deja fuera para no contar nada dos veces.
imp-totals-row-mismatch = La línea { $line } es una fila de totales (sus números no coinciden con las filas; revisa el archivo): se deja fuera para no contar nada dos veces.
# $rows: las filas sumadas; $segments: los segmentos que forman.
imp-grouped-by-name = { $rows } { $rows ->
    [one] fila se agrupó
    [many] de filas se agruparon
   *[other] filas se agruparon
    } en { $segments } { $segments ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    } por nombre (las filas diarias se suman).
imp-grouped-by-name-and-month = { $rows } { $rows ->
    [one] fila se agrupó
    [many] de filas se agruparon
   *[other] filas se agruparon
    } en { $segments } { $segments ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    } por nombre y mes (las filas diarias se suman).
imp-grouped-by-name-and-week = { $rows } { $rows ->
    [one] fila se agrupó
    [many] de filas se agruparon
   *[other] filas se agruparon
    } en { $segments } { $segments ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    } por nombre y semana (las filas diarias se suman).
# $period: un mes o una semana, como "octubre de 2026" o "Semana del 2026-10-05"; $first y
# $last: el primer y el último día de sus filas, tal como los escribe el archivo.
imp-part-month = { $period } solo tiene filas del { $first } al { $last }: sus cifras cubren parte del mes.
imp-part-week = { $period } solo tiene filas del { $first } al { $last }: sus cifras cubren parte de la semana.
# $months: cuántos meses abarcan las fechas de las filas; $rows: las filas que pasan de un mes
# al siguiente, o que no tienen fecha. “Por mes” es una de las opciones de periodos de la vista previa.
imp-not-split-spanning-file = Las fechas de las filas abarcan { $months } { $months ->
    [one] mes
    [many] de meses
   *[other] meses
    }, pero { $rows } { $rows ->
    [one] fila pasa
    [many] de filas pasan
   *[other] filas pasan
    } de un mes al siguiente, así que el archivo no se dividió en meses. Elige “Por mes” para poner cada fila en el mes en que empieza.
imp-not-split-spanning-log = Las fechas de las filas abarcan { $months } { $months ->
    [one] mes
    [many] de meses
   *[other] meses
    }, pero { $rows } { $rows ->
    [one] fila pasa
    [many] de filas pasan
   *[other] filas pasan
    } de un mes al siguiente, así que el registro no se dividió en meses. Elige “Por mes” para poner cada fila en el mes en que empieza.
imp-not-split-undated-file = Las fechas de las filas abarcan { $months } { $months ->
    [one] mes
    [many] de meses
   *[other] meses
    }, pero { $rows } { $rows ->
    [one] fila no tiene
    [many] de filas no tienen
   *[other] filas no tienen
    } fecha, así que el archivo no se dividió en meses.
imp-not-split-undated-log = Las fechas de las filas abarcan { $months } { $months ->
    [one] mes
    [many] de meses
   *[other] meses
    }, pero { $rows } { $rows ->
    [one] fila no tiene
    [many] de filas no tienen
   *[other] filas no tienen
    } fecha, así que el registro no se dividió en meses.
imp-spanning-month = { $rows } { $rows ->
    [one] fila pasa al mes siguiente: se cuenta
    [many] de filas pasan al mes siguiente: cada una se cuenta
   *[other] filas pasan al mes siguiente: cada una se cuenta
    } en el mes en que empieza.
imp-spanning-week = { $rows } { $rows ->
    [one] fila pasa a la semana siguiente: se cuenta
    [many] de filas pasan a la semana siguiente: cada una se cuenta
   *[other] filas pasan a la semana siguiente: cada una se cuenta
    } en la semana en que empieza.
imp-undated-month = { $rows ->
    [one] { $rows } fila no tiene fecha: se mantiene aparte, sin asignar a ningún mes.
    [many] { $rows } de filas no tienen fecha: se mantienen aparte, sin asignar a ningún mes.
   *[other] { $rows } filas no tienen fecha: se mantienen aparte, sin asignar a ningún mes.
    }
imp-undated-week = { $rows ->
    [one] { $rows } fila no tiene fecha: se mantiene aparte, sin asignar a ninguna semana.
    [many] { $rows } de filas no tienen fecha: se mantienen aparte, sin asignar a ninguna semana.
   *[other] { $rows } filas no tienen fecha: se mantienen aparte, sin asignar a ninguna semana.
    }
# $periods: los meses o semanas (una lista, como "octubre de 2026, noviembre de 2026").
imp-grouped-by-month = Agrupado por mes: { $periods }.
imp-grouped-by-week = Agrupado por semana: { $periods }.
# $statuses: cada estado no reconocido con sus filas (imp-status-rows, una lista).
imp-unknown-statuses = Estados no reconocidos, que cuentan solo como conversaciones iniciadas hasta que les asignes una etapa: { $statuses }.
# $status: un estado tal como está en el archivo; $rows: cuántas filas lo tienen.
imp-status-rows = “{ $status }” ({ $rows } { $rows ->
    [one] fila
    [many] de filas
   *[other] filas
    })
# $stage: el nombre de una etapa, como "Conversaciones calificadas".
imp-entry-stage = Todas las filas llegaron al menos hasta “{ $stage }”, así que este archivo no puede contar las etapas anteriores: esas vienen de los anuncios o quedan en blanco.
# $column: la columna de fuentes del archivo, como "Original Traffic Source"; $count: cuántas
# fuentes nombra.
imp-sources-all-kept = “{ $column }” nombra { $count } { $count ->
    [one] fuente
    [many] de fuentes
   *[other] fuentes
    }: se conservan todas las filas. Desmarca una fuente abajo para dejar fuera sus filas.
# Se conservaron $kept de todas las $rows filas; $sources: las fuentes conservadas (imp-source-rows,
# una lista, o imp-sources-none); $left: las filas que quedaron fuera; $others: las fuentes que quedaron fuera (una lista).
imp-sources-kept = Se conservaron { $kept } de { $rows } { $rows ->
    [one] fila
    [many] de filas
   *[other] filas
    }, las de estas fuentes en “{ $column }”: { $sources }; quedaron fuera { $left } de otras fuentes: { $others }. Cambia abajo qué fuentes se conservan.
# Como imp-sources-kept, para la sugerencia de la app: las fuentes conservadas parecen anuncios de Meta.
imp-sources-kept-suggested = Se conservaron { $kept } de { $rows } { $rows ->
    [one] fila
    [many] de filas
   *[other] filas
    }, las de estas fuentes en “{ $column }”: { $sources } (parecen anuncios de Meta); quedaron fuera { $left } de otras fuentes: { $others }. Cambia abajo qué fuentes se conservan.
imp-sources-none = ninguna
# Una fuente para conservar o dejar fuera, junto a su casilla: $source tal como está en el archivo, $rows sus filas.
imp-source-choice = { $source } ({ $rows })
# $source: una fuente tal como está en el archivo; $rows: sus filas.
imp-source-rows = “{ $source }” ({ $rows })

## Cómo se uniría un registro de resultados a los datos de anuncios
# $matched de los $total nombres del registro son campañas de los datos de anuncios.
imp-join-names-match = { $matched } de { $total } { $total ->
    [one] nombre
    [many] de nombres
   *[other] nombres
    } { $matched ->
    [one] coincide
   *[other] coinciden
    } con los datos de anuncios.
# $names: campañas de los datos de anuncios, o nombres del registro, entre comillas (una lista).
imp-join-no-outcomes = Sin resultados para: { $names }.
imp-join-no-ads = Sin datos de anuncios para: { $names } (se conservan como segmentos propios; corrige los nombres para unirlos).
imp-join-account = Sus resultados se unen al total de los datos de anuncios: el gasto y las conversaciones (y las respuestas, si los anuncios las tienen) vienen de los anuncios; las calificadas, las derivaciones, los clientes y los ingresos, de este archivo. No se agrega como segmento, y las campañas conservan solo las cifras de los anuncios.
# $conversations: las conversaciones registradas que quedan fuera; $customers: los clientes entre ellas
# (imp-join-customers); $parts: de quién y cuándo (imp-join-part-…, una lista).
imp-join-out-of-period = { $conversations ->
    [one] { $conversations } conversación registrada ({ $customers }) cae fuera de los periodos de los datos de anuncios y no se cuenta: { $parts }. Importa datos de anuncios que cubran esas fechas para contarla.
    [many] { $conversations } de conversaciones registradas ({ $customers }) caen fuera de los periodos de los datos de anuncios y no se cuentan: { $parts }. Importa datos de anuncios que cubran esas fechas para contarlas.
   *[other] { $conversations } conversaciones registradas ({ $customers }) caen fuera de los periodos de los datos de anuncios y no se cuentan: { $parts }. Importa datos de anuncios que cubran esas fechas para contarlas.
    }
imp-join-customers = { $count } { $count ->
    [one] cliente
    [many] de clientes
   *[other] clientes
    }
# $name: un nombre del registro; $period: un mes o una semana, como "diciembre de 2026";
# $conversations: sus conversaciones registradas.
imp-join-part-in = “{ $name }” en { $period } ({ $conversations })
imp-join-part-undated = “{ $name }” sin fecha ({ $conversations })
imp-join-more-logged = Más conversaciones registradas que las que iniciaron los anuncios: { $names }. Revisa la ventana de atribución.

## Cómo es la entrada (después de "Parece ser:")
# $roles: los roles con que se leen las columnas, en orden (imp-role-…, una lista).
imp-looks-unlabeled = Números sin etiquetas, leídos en el orden de la escalera: { $roles }.
imp-looks-aggregate = Una tabla de { $rows } { $rows ->
    [one] fila
    [many] de filas
   *[other] filas
    } con gasto y conteos por etapa, como { $segments } { $segments ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    }.
imp-looks-meta = Una exportación del Administrador de anuncios de Meta: { $rows } { $rows ->
    [one] fila
    [many] de filas
   *[other] filas
    }, { $segments } { $segments ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    }.
# $currency: el código de moneda del gasto, como "EUR".
imp-looks-meta-currency = Una exportación del Administrador de anuncios de Meta: { $rows } { $rows ->
    [one] fila
    [many] de filas
   *[other] filas
    }, { $segments } { $segments ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    }, gasto en { $currency }.
# $conversations: las conversaciones contadas (las de las fuentes conservadas).
imp-looks-log = Un registro de resultados (negocios de un CRM o una auditoría de conversaciones): { $conversations } { $conversations ->
    [one] conversación contada
    [many] de conversaciones contadas
   *[other] conversaciones contadas
    } en { $segments } { $segments ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    }.
# Como imp-looks-log, cuando algunas filas quedaron fuera: $rows, todas las filas del registro.
imp-looks-log-of = Un registro de resultados (negocios de un CRM o una auditoría de conversaciones): { $conversations } { $conversations ->
    [one] conversación contada
    [many] de conversaciones contadas
   *[other] conversaciones contadas
    } en { $segments } { $segments ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    } (de { $rows } { $rows ->
    [one] fila
    [many] de filas
   *[other] filas
    }).

## Los datos bajo "Parece ser:": el nombre del archivo y luego estos, uno tras otro
# Un dato y luego el resto.
imp-facts = { $first } · { $rest }
# $encoding: imp-encoding-…
imp-read-as = leído como { $encoding }
imp-encoding-utf8 = UTF-8
imp-encoding-utf8-bom = UTF-8 (con BOM)
imp-encoding-utf16-le = UTF-16 LE
imp-encoding-utf16-be = UTF-16 BE
imp-encoding-windows-1252 = Windows-1252
imp-comma-separated = separado por comas
imp-semicolon-separated = separado por punto y coma
imp-tab-separated = separado por tabulaciones
imp-data-rows = { $count } { $count ->
    [one] fila de datos
    [many] de filas de datos
   *[other] filas de datos
    }
# $ms: milisegundos, un número entero.
imp-read-in-ms = leído en { $ms } ms
# $seconds: segundos, con dos decimales; $speed: megabytes por segundo, un número entero.
imp-read-in-s = leído en { $seconds } s ({ $speed } MB/s)

## Mientras se lee un archivo, y después
# $read y $total: megabytes, con un decimal; $rows: las filas leídas hasta ahora.
imp-progress = { $read } MB de { $total } MB · { $rows } { $rows ->
    [one] fila
    [many] de filas
   *[other] filas
    }
imp-cancelled = Importación cancelada. No se cambió nada.
imp-remembered = Se usan las opciones de columnas que elegiste la última vez para archivos con estas columnas.
# Cómo se llaman las celdas pegadas donde iría el nombre de un archivo.
imp-pasted-cells = Celdas pegadas

## La tabla de columnas: una columna por cada columna del archivo, con su rol y separador decimal arriba
imp-grid-caption = Cómo se lee cada columna: su rol y, para los números, su separador decimal; debajo, las primeras filas
imp-grid-role-row = Rol
imp-grid-numbers-row = Números
# La celda de una columna de texto en la fila de separadores decimales.
imp-grid-text = — (texto)
# $reason: cómo se decidió el separador (imp-decimal-… de abajo).
imp-grid-decided = Decidido: { $reason }
# $column: el encabezado de la columna tal como está en el archivo.
imp-grid-role-of = Rol de la columna { $column }
imp-grid-separator-of = Separador decimal de la columna { $column }
# $row: el número de una de las primeras filas mostradas.
imp-grid-row = Fila { $row }
imp-decimal-point-choice = Punto decimal (1,234.5)
imp-decimal-comma-choice = Coma decimal (1.234,5)
# Una celda vacía de una columna de números.
imp-blank = (en blanco)
# $value: una celda tal como está en el archivo.
imp-not-a-number-cell = “{ $value }” (no es un número)

## Cómo se decidió el separador decimal de una columna
# $value: un número tal como está en el archivo.
imp-decimal-point-as-in = punto decimal (como en “{ $value }”)
imp-decimal-comma-as-in = coma decimal (como en “{ $value }”)
# $point y $comma: dos números que solo se pueden leer de una forma cada uno; $separator: el que se
# usa (imp-the-decimal-…, que ya llevan su artículo).
imp-decimal-mixed = mixto: “{ $point }” y “{ $comma }” no coinciden; se usa { $separator }
imp-grouped-with-dots = números enteros agrupados con puntos (como en “{ $value }”)
imp-grouped-with-commas = números enteros agrupados con comas (como en “{ $value }”)
imp-no-decimals = no se ven decimales; se usa { $separator }
imp-set-by-you = elegido por ti
imp-the-decimal-point = el punto decimal
imp-the-decimal-comma = la coma decimal

## Los roles con que se puede leer una columna
imp-role-ignore = Ignorar
imp-role-name = Nombre (campaña, conjunto de anuncios o anuncio)
imp-role-period-start = Fecha o inicio del periodo
imp-role-period-end = Fin del periodo
imp-role-spend = Gasto
imp-role-started = Conversaciones iniciadas
imp-role-replies = Respuestas
imp-role-qualified = Conversaciones calificadas
imp-role-handoffs = Derivaciones a ventas
imp-role-customers = Clientes
imp-role-revenue = Ingresos
imp-role-impressions = Impresiones
imp-role-link-clicks = Clics en el enlace
imp-role-results = Resultados (Meta)
imp-role-result-indicator = Indicador de resultados (Meta)
imp-role-status = Estado o etapa (una fila por conversación o negocio)
imp-role-stage = Etapa del pipeline (junto a un estado ganado / perdido / abierto)
imp-role-value = Valor del negocio o del pedido
imp-role-source = Fuente o canal (para conservar algunas de sus filas)
# Las fechas en que terminó un negocio, en un registro de resultados: ganado (el "Deal - Won time" de
# Pipedrive), perdido, o una fecha de cierre que solo significa ganado o perdido en un negocio cerrado
# (el "Close Date" de HubSpot).
imp-role-won-date = Fecha en que se ganó
imp-role-lost-date = Fecha en que se perdió
imp-role-close-date = Fecha de cierre (de negocios cerrados)
imp-role-qualified-date = Fecha de calificación
imp-role-handoff-date = Fecha de derivación a ventas o reserva
