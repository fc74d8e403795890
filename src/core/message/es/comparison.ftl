# Comparar segmentos y periodos: las opciones de "Mostrando", la tabla de segmentos, inversiones, valores atípicos, por qué cambió el CAC, mover presupuesto
# Español, las palabras de la app: una entrada por mensaje, con sus argumentos por nombre ($name);
# un plural va por la categoría del número: { $count -> [one] … [many] … *[other] … }.
# Las listas reutilizan dx-list-comma y dx-list-semicolon.

## El selector "Mostrando"
cmp-source-typed = Números ingresados
# Todos los segmentos importados sumados; $count: cuántos (exactamente 1: el único importado).
cmp-source-total = { $count ->
    [1] Datos importados: total
    [many] Datos importados: suma de { $count } de segmentos
   *[other] Datos importados: suma de { $count } segmentos
    }
# $name: el nombre de un periodo, como "octubre de 2026" o el nombre que le da el archivo.
cmp-source-period = Datos importados: { $name }, todas las campañas
# $name: la etiqueta de un segmento (cmp-segment-label…).
cmp-source-segment = Datos importados: { $name }

## Etiquetas de segmentos
# El nombre de un segmento tal como lo da el archivo, sin cambios.
cmp-segment-label = { $name }
# Un nombre que se repite (una campaña en dos meses), con el nombre de su periodo: "Promo de verano · octubre de 2026".
cmp-segment-label-period = { $name } · { $period }

## La tabla de segmentos
# Bajo una tabla larga; $shown: las filas que se muestran; $count: todos los segmentos.
cmp-showing = Se muestran { $shown } de { $count } { $count ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    } en este orden.
cmp-other-cost-note = El CAC suma los otros costos de adquisición ingresados en Más datos, repartidos entre los segmentos según su parte del gasto, de modo que los costos de los segmentos suman los de la cuenta.

## Mensajes baratos, clientes caros
# $name: el segmento con mensajes más baratos; $other: aquel con el que se compara.
# $message, $other-message: sus costos por mensaje; $customer, $other-customer: sus costos
# por cliente; $times: el costo por cliente de $name como múltiplo del de $other, como 5,53×.
cmp-inversion = { $name } tiene mensajes más baratos que { $other } ({ $message } frente a { $other-message }), pero clientes más caros ({ $customer }, { $times } el de { $other }).
cmp-inversion-cheapest = { $name } tiene los mensajes más baratos ({ $message }) y los clientes más caros ({ $customer }, { $times } el de { $other }).
cmp-inversion-unclear = { $name } tiene mensajes más baratos que { $other } ({ $message } frente a { $other-message }) y parece tener clientes más caros ({ $customer } frente a { $other-customer }), pero aún no se pueden distinguir sus clientes por conversación: más conversaciones dirían cuál de los dos cuesta menos.
# $count: el volumen mínimo; $names: los segmentos por debajo de él, cada uno con cmp-quoted, en una lista.
cmp-not-ranked = Sin clasificar (menos de { $count } { $count ->
    [one] conversación
    [many] de conversaciones
   *[other] conversaciones
    }): { $names }.
# El nombre de un segmento entre comillas.
cmp-quoted = “{ $name }”
# El equivalente en texto del gráfico; $points: un cmp-point por segmento, en una lista (punto y coma).
cmp-points-summary = Costo por mensaje frente a CAC, por segmento: { $points }.
# $message: costo por mensaje; $customer: costo por cliente; $spend: lo que gastó el segmento.
cmp-point = { $name }: { $message } por mensaje, { $customer } por cliente, { $spend } de gasto

## Valores atípicos
# Un segmento fuera de los límites del 99,8 %. $share: su tasa en el paso (cmp-share-…);
# $range: los límites para su volumen; $pooled: la tasa de todos los segmentos juntos.
cmp-outlier-below = { $name }: { $share }, por debajo del rango esperado para ese volumen ({ $range } en torno a la tasa combinada del { $pooled }).
cmp-outlier-above = { $name }: { $share }, por encima del rango esperado para ese volumen ({ $range } en torno a la tasa combinada del { $pooled }).
# "el 9 % de 350 respuestas fueron calificadas": $rate de las $count personas al inicio del paso lo superó.
cmp-share-reply = el { $rate } de { $count } { $count ->
    [one] conversación recibió respuesta
    [many] de conversaciones recibieron respuesta
   *[other] conversaciones recibieron respuesta
    }
cmp-share-qualification = el { $rate } de { $count } { $count ->
    [one] respuesta fue calificada
    [many] de respuestas fueron calificadas
   *[other] respuestas fueron calificadas
    }
cmp-share-handoff = el { $rate } de { $count } { $count ->
    [one] conversación calificada llegó a ventas
    [many] de conversaciones calificadas llegaron a ventas
   *[other] conversaciones calificadas llegaron a ventas
    }
cmp-share-close = el { $rate } de { $count } { $count ->
    [one] derivación a ventas se cerró
    [many] de derivaciones a ventas se cerraron
   *[other] derivaciones a ventas se cerraron
    }
# El equivalente en texto del gráfico. $metric: la tasa del paso, como "Tasa de calificación";
# $pooled: la tasa de todos los segmentos juntos; $points: un cmp-funnel-point… por segmento,
# en una lista (punto y coma).
cmp-funnel-summary = { $metric } por segmento frente al volumen, tasa combinada { $pooled }: { $points }.
# El $rate de un segmento sobre las $count personas al inicio del paso.
cmp-funnel-point = { $name } { $rate } de { $count }
cmp-funnel-point-watch = { $name } { $rate } de { $count } (fuera del rango del 95 %)
cmp-funnel-point-below = { $name } { $rate } de { $count } (por debajo del rango del 99,8 %)
cmp-funnel-point-above = { $name } { $rate } de { $count } (por encima del rango del 99,8 %)

## Por qué cambió el CAC
# Cuando los negocios del periodo posterior todavía se están cerrando (tiempo de cierre): cómo se hicieron
# comparables los clientes de los dos periodos. $earlier, $later: los nombres de los periodos; $so-far y
# $projected: los clientes ganados hasta ahora y los proyectados cuando se hayan cerrado todos los negocios.
cmp-like-projected = Comparación en igualdad de condiciones: los negocios de { $later } todavía se están cerrando, así que sus clientes se cuentan por el número final proyectado: { $projected } ({ $so-far } hasta ahora).
cmp-like-projected-both = Comparación en igualdad de condiciones: los negocios de ambos periodos todavía se están cerrando, así que en los dos se cuentan los clientes por el número final proyectado: { $earlier-projected } en { $earlier } ({ $earlier-so-far } hasta ahora) y { $projected } en { $later } ({ $so-far } hasta ahora).
# $days: la antigüedad del periodo posterior; $removed: los negocios ganados del periodo anterior que llegaron después.
cmp-like-same-age = Comparación en igualdad de condiciones: los negocios de { $later } todavía se están cerrando y aún es pronto para proyectarlos, así que en { $earlier } solo se cuentan los clientes ganados en { $days ->
    [one] { $days } día
   *[other] { $days } días
    } o menos desde el inicio del periodo, la antigüedad que tiene hoy { $later } ({ $removed ->
    [one] se excluye { $removed } negocio ganado más tarde
    [many] se excluyen { $removed } de negocios ganados más tarde
   *[other] se excluyen { $removed } negocios ganados más tarde
    }).
# Lo que mueve el CAC, al comienzo de una fila de la tabla.
cmp-factor-cost-per-message = Costo por mensaje
cmp-factor-reply-rate = Tasa de respuesta
cmp-factor-qualification-rate = Tasa de calificación
cmp-factor-handoff-rate = Tasa de derivación
cmp-factor-close-rate = Tasa de cierre
cmp-factor-other-cost = Otros costos por unidad de gasto
# Una tasa de paso contada desde una etapa anterior, cuando la etapa previa no se cuenta en ambos
# periodos: $factor es el nombre de la tasa, $from la etapa ("conversaciones iniciadas").
cmp-factor-from = { $factor } (desde { $from })
# Lo mismo dentro de una frase. cmp-factor-name-other-cost también va en cmp-factor-rose
# ("la tasa de otros costos por unidad de gasto subió…").
cmp-factor-name-cost-per-message = costo por mensaje
cmp-factor-name-reply-rate = tasa de respuesta
cmp-factor-name-qualification-rate = tasa de calificación
cmp-factor-name-handoff-rate = tasa de derivación
cmp-factor-name-close-rate = tasa de cierre
cmp-factor-name-other-cost = otros costos por unidad de gasto
# Bajo las barras de la cascada: el CAC anterior, cada factor (corto), el CAC actual.
cmp-bar-before = Antes
cmp-bar-messages = Mensajes
cmp-bar-reply = Respuesta
cmp-bar-qualified = Calificación
cmp-bar-handoff = Derivación
cmp-bar-close = Cierre
cmp-bar-other = Otros
cmp-bar-now = Ahora
# Sobre la barra de un total: el CAC, como dinero.
cmp-bar-total = { $amount }
cmp-cant-split = Los dos periodos necesitan gasto, conversaciones iniciadas y al menos un cliente, con conteos que disminuyan de una etapa a la siguiente (se omite la etapa que solo se cuenta en uno de ellos).
# $cac: el CAC en ambos periodos.
cmp-cac-held = El CAC se mantuvo en { $cac }: los cambios de sus factores se compensan.
# $before, $after: el CAC en el periodo anterior y en el posterior. $main: el factor que más empujó
# el CAC en la dirección en que se movió; $against: el que más empujó en contra (cmp-factor-rose…,
# cmp-cost-per-message-rose…).
cmp-cac-rose = El CAC subió de { $before } a { $after }.
cmp-cac-rose-although = El CAC subió de { $before } a { $after } aunque { $against }.
cmp-cac-rose-because = El CAC subió de { $before } a { $after }: { $main }.
cmp-cac-rose-although-because = El CAC subió de { $before } a { $after } aunque { $against }: { $main }.
cmp-cac-fell = El CAC bajó de { $before } a { $after }.
cmp-cac-fell-although = El CAC bajó de { $before } a { $after } aunque { $against }.
cmp-cac-fell-because = El CAC bajó de { $before } a { $after }: { $main }.
cmp-cac-fell-although-because = El CAC bajó de { $before } a { $after } aunque { $against }: { $main }.
# $change: cuánto, como porcentaje del costo anterior.
cmp-cost-per-message-rose = el costo por mensaje subió un { $change }
cmp-cost-per-message-fell = el costo por mensaje bajó un { $change }
# $factor: el nombre de un paso (step-name-…) o cmp-factor-name-other-cost; $before, $after: sus
# tasas en los dos periodos.
cmp-factor-rose = la tasa de { $factor } subió del { $before } al { $after }
cmp-factor-fell = la tasa de { $factor } bajó del { $before } al { $after }
# $moved: el cambio de un paso (cmp-factor-rose…) que su rango del 95 % no distingue del ruido.
cmp-noise-note = { $moved } (un cambio que aún podría ser ruido)
# Un importe con su signo: "+35,12 USD", "−28,45 USD" (un signo menos verdadero).
cmp-money-up = +{ $amount }
cmp-money-down = −{ $amount }
# Va seguido de period-waterfall-caption; $change: cmp-money-up o cmp-money-down.
cmp-cac-changed-by = Cambio del CAC: { $change }
# El equivalente en texto de la cascada; $before, $after: el CAC en los dos periodos; $parts: un
# cmp-waterfall-part por factor, en una lista (punto y coma).
cmp-waterfall-summary = CAC antes: { $before }; { $parts }; CAC ahora: { $after }.
# $factor: cmp-factor-name-…; $change: su parte en el cambio del CAC, cmp-money-up o -down.
cmp-waterfall-part = { $factor } { $change }
# El cambio de la tasa de un paso en puntos porcentuales: su rango del 95 %. $low, $high: los
# extremos, con su signo y un decimal, como "−12,2".
cmp-points-range = { $low } a { $high } p. p.
# El cambio de la tasa de un paso, juzgado frente al ruido.
cmp-verdict-real = Más allá del ruido
cmp-verdict-noise = Podría ser ruido
# $count: cuántas personas más al inicio del paso, en cada periodo, lo aclararían.
cmp-verdict-noise-settle = Podría ser ruido: { $count ->
    [one] { $count } persona más al inicio del paso en cada periodo lo aclararía
    [many] unos { $count } de personas más al inicio del paso en cada periodo lo aclararían
   *[other] unas { $count } personas más al inicio del paso en cada periodo lo aclararían
    }

## Mover presupuesto entre segmentos
cmp-exponent-note = Cuánto se encarecen los mensajes a medida que crece el gasto de un segmento: con { $k }, duplicar el gasto de un segmento encarece sus mensajes alrededor de un { $dearer } (2^{ $k } = { $factor }), así que trae un { $more } más de conversaciones, no un { $all }. { $zero } significa que cada unidad extra de gasto compra mensajes al precio de hoy.
cmp-budget-warning = Los mensajes baratos a gran escala suelen atraer a personas a las que les gusta conversar, pero no comprar: juzga cada cambio de presupuesto por el costo por cliente, no por el costo por mensaje.
cmp-exponent-range = El exponente va de 0 a 1: 0 para los precios de hoy, 1 para ninguna conversación adicional.
# Filas de la tabla de la cuenta después del movimiento.
cmp-budget-row-conversations = Conversaciones
cmp-budget-row-customers = Clientes
cmp-budget-row-cac = CAC
cmp-budget-row-revenue = Ingresos
# $amount que pasa del segmento $from al segmento $to; $after, $before: los clientes de la cuenta
# después y antes del movimiento, en personas enteras.
cmp-move = Mover { $amount } de { $from } a { $to }: alrededor de { $after } { $after ->
    [one] cliente
    [many] de clientes
   *[other] clientes
    } en lugar de { $before }.
# Como cmp-move, con el CAC después ($cac-after) y antes ($cac-before) del movimiento.
cmp-move-cac = Mover { $amount } de { $from } a { $to }: alrededor de { $after } { $after ->
    [one] cliente
    [many] de clientes
   *[other] clientes
    } en lugar de { $before }, con un CAC de { $cac-after } en lugar de { $cac-before }.
# El nombre del movimiento como escenario; $amount: tal como lo escribió el usuario.
cmp-move-name = Mover { $amount } de { $from } a { $to }
