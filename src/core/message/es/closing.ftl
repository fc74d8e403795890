# Tiempo de cierre: cuánto tardan en ganarse los negocios, la tasa de cierre de cada mes hasta ahora y la proyectada,
# cuándo se puede evaluar cada mes y qué tan bien acertó la proyección con los datos pasados del propio usuario.

closing-heading = Tiempo de cierre
# $deals: los negocios con fechas de la exportación del CRM; $date: el día hasta el que llegan los datos (ISO, 2026-11-30).
closing-lede = { $deals ->
    [one] { $deals } negocio con fechas, al { $date }.
    [many] { $deals } de negocios con fechas, al { $date }.
   *[other] { $deals } negocios con fechas, al { $date }.
    }
# $median y $p90: días. Los “negocios ganados” son los ganados hasta la fecha de corte y, según la estimación
# con datos censurados, los que siguen abiertos y se ganarán.
closing-days = La mitad de los negocios ganados se gana en { $median ->
    [one] { $median } día
   *[other] { $median } días
    } o menos desde su inicio, y el 90 % en { $p90 ->
    [one] { $p90 } día
   *[other] { $p90 } días
    } o menos.
closing-no-wins = Hasta esa fecha no se ganó ningún negocio, así que aún no se puede saber cuánto tarda el cierre.
# Qué tan pronto se alcanza una etapa anterior, cuando el registro indica su fecha (“Qualified at”, “Booked on”).
# $stage: closing-stage-qualified o closing-stage-handed-off; $median y $p90: días desde que empezó la
# conversación; $reached de $count: cuántas la alcanzaron hasta ahora.
closing-stage-days = { $stage }: la mitad de las conversaciones que llegan a esta etapa lo hacen en { $median ->
    [one] { $median } día
   *[other] { $median } días
    } o menos desde su inicio, y el 90 % en { $p90 ->
    [one] { $p90 } día
   *[other] { $p90 } días
    } o menos ({ $reached } de { $count } hasta ahora).
closing-stage-none = { $stage }: hasta esa fecha ninguna conversación llegó a esta etapa.
closing-stage-qualified = Calificación
closing-stage-handed-off = Derivación a ventas o reserva
closing-caption = Los negocios de cada mes: su tasa de cierre hasta ahora, la tasa proyectada cuando hayan tenido tiempo de cerrarse y cuándo se pueden evaluar
# El título de la segunda tabla: los clientes, el costo y los ingresos de cada grupo.
closing-money-caption = Los clientes de cada mes: cuántos suman, cuánto cuestan y cuántos ingresos aportan, hasta ahora y cuando sus negocios hayan tenido tiempo de cerrarse
closing-money-caption-weeks = Los clientes de cada semana: cuántos suman, cuánto cuestan y cuántos ingresos aportan, hasta ahora y cuando sus negocios hayan tenido tiempo de cerrarse
closing-caption-weeks = Los negocios de cada semana: su tasa de cierre hasta ahora, la tasa proyectada cuando hayan tenido tiempo de cerrarse y cuándo se pueden evaluar
closing-col-started = Iniciados en
closing-col-age = Antigüedad
closing-col-deals = Negocios
closing-col-won = Ganados hasta ahora
closing-col-rate = Tasa de cierre hasta ahora
closing-col-projected = Tasa de cierre proyectada (rango del 95 %)
closing-col-judge = Evaluable desde
# Con el gasto de los datos de anuncios para los mismos meses: lo que costó un cliente hasta ahora, y una vez
# cerrados los negocios del mes según lo proyectado.
closing-col-cac = CAC hasta ahora
# Los clientes con los que se proyecta que terminen los negocios de un mes, y los ingresos que aportan.
closing-col-customers = Clientes proyectados (rango del 95 %)
closing-col-revenue = Ingresos hasta ahora
closing-col-revenue-projected = Ingresos proyectados (rango del 95 %)
closing-col-cac-projected = CAC proyectado (rango del 95 %)
# $cac, $low, $high: importes de dinero.
closing-cac = { $cac }
closing-cac-projected = { $cac } ({ $low }–{ $high })
closing-cac-projected-open = { $cac } ({ $low } o más)
closing-cac-none = — (aún sin clientes)
# $customers, $low, $high: números enteros de clientes.
closing-customers-projected = { $customers } ({ $low }–{ $high })
closing-customers = { $customers }
# $revenue, $low, $high: importes de dinero.
closing-revenue = { $revenue }
closing-revenue-projected = { $revenue } ({ $low }–{ $high })
closing-revenue-none = — (aún sin ingresos)
closing-cac-not-projected = — (sin proyección)
closing-cac-no-spend = — (sin gasto en anuncios en este periodo)
# $days: la antigüedad del grupo en días.
closing-age = { $days ->
    [one] { $days } día
   *[other] { $days } días
    }
# $rate: un porcentaje; $range: su rango del 95 % (20 %–31 %).
closing-projected = { $rate } ({ $range })
closing-final = { $rate } (definitiva: { $range })
closing-too-early = Aún es pronto para proyectar
# $have y $need: negocios ganados en los meses (o semanas) con antigüedad suficiente para evaluarse.
closing-too-few = Muy pocos para proyectar: { $have ->
    [one] { $have } negocio ganado
    [many] { $have } de negocios ganados
   *[other] { $have } negocios ganados
    } entre los negocios con antigüedad suficiente para evaluarse; se necesitan { $need }
closing-no-development = Aún es pronto para proyectar: ningún mes anterior se ha seguido el tiempo suficiente para ver cómo crecieron sus negocios ganados
# Sin proyección porque la comprobación sobre el pasado (debajo de la tabla) se desvió demasiado con estos datos.
closing-off-on-its-past = Sin proyección: probadas sobre el pasado de estos mismos datos, las proyecciones se desviaron demasiado para confiar en ellas (ver más abajo)
# $date: una fecha ISO.
closing-judged = { $date } (ya pasó)
closing-judge-later = { $date }
closing-judge-unknown = Aún no se sabe
# $days: cuántos días antes; $points: el error medio en puntos porcentuales de la tasa (2,1); $count: meses comparados.
closing-backtest = Proyectadas desde { $days } días antes, las tasas de cierre se desviaron en promedio { $points } puntos porcentuales ({ $count ->
    [one] { $count } mes comparado
   *[other] { $count } meses comparados
    }).
# Como closing-backtest, cuando los grupos son semanas: $count son las semanas comparadas.
closing-backtest-weeks = Proyectadas desde { $days } días antes, las tasas de cierre se desviaron en promedio { $points } puntos porcentuales ({ $count ->
    [one] { $count } semana comparada
   *[other] { $count } semanas comparadas
    }).
closing-backtest-bad = Proyectadas desde { $days } días antes, las tasas de cierre se desviaron en promedio { $points } puntos porcentuales: con estos datos, demasiado para confiar en las proyecciones.
closing-backtest-none = Todavía no hay historial suficiente para contrastar las proyecciones con lo que pasó después.
# La curva de los días hasta el cierre. $days: días desde el inicio de un negocio.
closing-chart-caption = Cuánto tardan en ganarse los negocios que al final se ganan
closing-chart-days = días desde el inicio del negocio →
closing-chart-share = proporción de los negocios ganados al final
# El eje vertical cuando las curvas de las etapas anteriores se dibujan junto a la de los negocios ganados.
closing-chart-share-stages = proporción de los que llegan a la etapa
# El nombre en la leyenda de la curva de los negocios ganados, junto a las de las etapas anteriores (closing-stage-…).
closing-chart-won = Cierre
closing-chart-median = mediana: { $days ->
    [one] { $days } día
   *[other] { $days } días
    }
closing-chart-p90 = 90 % en { $days ->
    [one] { $days } día
   *[other] { $days } días
    }
# El equivalente en texto del gráfico: $q25, $q50, $q75, $q90 y $last son días desde el inicio.
closing-chart-summary = Una cuarta parte de los negocios que al final se ganan se gana en { $q25 ->
    [one] { $q25 } día
   *[other] { $q25 } días
    } o menos desde su inicio; la mitad, en { $q50 }; tres cuartas partes, en { $q75 }; el 90 %, en { $q90 }, y el último, a los { $last }.
closing-method-summary = Cómo se calcula
closing-method = Los días hasta el cierre se estiman contando los negocios que siguen abiertos solo hasta su antigüedad actual (datos censurados) y los negocios perdidos como un resultado en competencia (incidencia acumulada). Un mes se evalúa cuando, desde su último día, ya transcurrió el percentil 90 de los días hasta el cierre. La tasa de cierre final de un mes más reciente se proyecta a partir de cómo crecieron, mes a mes, los negocios ganados de los meses anteriores (método chain ladder: los negocios ganados hasta ahora de cada mes × los factores en que crecieron después los negocios ganados de los meses anteriores), con el error estándar de Mack para ese crecimiento y el error binomial para los negocios, como rango del 95 %. No se proyecta nada hasta que los meses que ya se pueden evaluar sumen al menos 20 negocios ganados.
# Bajo closing-method: cómo se proyecta el CAC de una campaña en un mes cuyos negocios aún están abiertos.
closing-method-campaigns = Cuando varias campañas comparten un mes cuyos negocios aún están abiertos, los clientes que lleva cada campaña hasta ahora se multiplican por el factor en que se proyecta que crezcan los del mes (los negocios ganados finales del mes entre los ganados hasta ahora), como si los negocios de la campaña se cerraran al ritmo del mes: en una campaña que empezó tarde en el mes, o que cierra a un ritmo más lento que las demás, la proyección se queda corta hasta que sus negocios hayan tenido tiempo de cerrarse.
# Bajo la tabla de segmentos y las inversiones, mientras los negocios de algunos segmentos aún están abiertos.
# $periods: los nombres de los periodos, en una lista.
closing-segments-projected = Negocios aún abiertos: el CAC de { $periods } incluye los clientes proyectados que aún faltan por llegar y lleva la marca “proyectado” (ver Tiempo de cierre).
closing-segments-so-far = Negocios aún abiertos: el CAC de { $periods } solo cuenta los clientes ganados hasta ahora y lleva la marca “hasta ahora”; todavía hay muy pocos negocios anteriores cerrados para proyectar el resto (ver Tiempo de cierre).
# Las dos frases anteriores, una tras otra.
closing-segments-both = { $projected } { $so-far }
# Ocupa el lugar de un periodo en closing-segments-* cuando los segmentos no tienen periodo propio.
closing-all-deals = todos los negocios
# Una marca junto a un CAC en la tabla de segmentos y en la tabla de posiciones.
closing-cac-mark-projected = proyectado
closing-cac-mark-so-far = hasta ahora
