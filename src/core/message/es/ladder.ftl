# La escalera: sus campos, métricas y fórmulas, por qué falta un valor, el embudo, las verificaciones del formulario y de los ajustes
# Español, las palabras de la app: una entrada por mensaje, con sus argumentos por nombre ($name);
# un plural va por la categoría del número: { $count -> [one] … [many] … *[other] … }.

## Los campos del formulario
# La etiqueta de un campo; también el nombre del número en fórmulas y motivos ($field, $stage).
ladder-field-spend = Gasto
ladder-field-started = Conversaciones iniciadas
ladder-field-replies = Respuestas
ladder-field-qualified = Conversaciones calificadas
ladder-field-handoffs = Derivaciones a ventas
ladder-field-customers = Clientes
ladder-field-revenue = Ingresos
ladder-field-impressions = Impresiones
ladder-field-link-clicks = Clics en el enlace
ladder-field-other-cost = Otros costos de adquisición
# La ayuda bajo un campo: qué contar. $currency: el código de moneda del espacio de trabajo, como EUR.
ladder-hint-spend = Gasto en anuncios del periodo. En { $currency }.
ladder-hint-started = “Conversaciones con mensajes iniciadas”, tal como aparecen en el Administrador de anuncios.
ladder-hint-replies = Conversaciones en las que la persona contestó a tu primer mensaje.
ladder-hint-qualified = Conversaciones que cumplen tus criterios de calificación.
ladder-hint-handoffs = Conversaciones calificadas que llegaron a ventas, a una reserva, a una cotización o al pago.
ladder-hint-customers = Personas que compraron.
ladder-hint-revenue = Ingresos de esos clientes. En { $currency }.
ladder-hint-impressions = Del Administrador de anuncios, para el CPM y el CTR.
ladder-hint-link-clicks = Del Administrador de anuncios, para el costo por clic.
ladder-hint-other-cost = Personal de ventas, herramientas, honorarios de agencia: se suman al gasto para el CAC. En { $currency }.

## Por qué no se puede mostrar un valor (después de "—")
# Un campo en cero, así que no se puede dividir entre él.
ladder-none-yet-spend = sin gasto
ladder-none-yet-started = sin conversaciones iniciadas
ladder-none-yet-replies = aún sin respuestas
ladder-none-yet-qualified = aún sin conversaciones calificadas
ladder-none-yet-handoffs = aún sin derivaciones a ventas
ladder-none-yet-customers = aún sin clientes
ladder-none-yet-revenue = aún sin ingresos
ladder-none-yet-impressions = sin impresiones
ladder-none-yet-link-clicks = sin clics en el enlace
ladder-none-yet-other-cost = sin otros costos
# $field: la etiqueta del campo. "Más datos" es la sección plegada de campos opcionales del formulario.
ladder-reason-add-more = agrega { $field } en Más datos
ladder-reason-enter = ingresa { $field }
ladder-reason-fix = corrige { $field } arriba
ladder-reason-first-step = primer paso de la escalera

## Las métricas
ladder-metric-cost-per-message = Costo por mensaje
ladder-metric-reply-rate = Tasa de respuesta
ladder-metric-qualification-rate = Tasa de calificación
ladder-metric-cost-per-qualified = Costo por conversación calificada
ladder-metric-handoff-rate = Tasa de derivación
ladder-metric-cost-per-handoff = Costo por derivación a ventas
ladder-metric-close-rate = Tasa de cierre
ladder-metric-cpa = CPA (costo por cliente)
ladder-metric-cac = CAC (costo total por cliente)
ladder-metric-revenue-per-conversation = Ingresos por conversación
ladder-metric-roas = ROAS
ladder-metric-revenue-per-customer = Ingresos promedio por cliente
ladder-metric-cpm = CPM (costo por mil impresiones)
ladder-metric-ctr = CTR (porcentaje de clics en el enlace)
ladder-metric-cost-per-click = Costo por clic en el enlace
ladder-metric-click-to-conversation = Tasa de clic a conversación
# Qué dice cada métrica, en una frase.
ladder-meaning-cost-per-message = Cuánto les cuesta a los anuncios iniciar conversaciones. No dice nada de con quién son.
ladder-meaning-reply-rate = Cuántas personas siguen conversando después del primer mensaje.
ladder-meaning-qualification-rate = Cuántas de las personas que respondieron encajan con lo que vendes.
ladder-meaning-cost-per-qualified = Lo que cuesta una conversación que vale la pena.
ladder-meaning-handoff-rate = Cuántas conversaciones calificadas llegan a una reserva, cotización, llamada o pago.
ladder-meaning-cost-per-handoff = Lo que cuesta un siguiente paso real con ventas.
ladder-meaning-close-rate = Cuántas derivaciones se convierten en clientes.
ladder-meaning-cpa = Gasto en anuncios por cliente.
ladder-meaning-cac = Todo lo que costó ganar un cliente: gasto en anuncios más personal de ventas, herramientas y honorarios.
ladder-meaning-revenue-per-conversation = Lo que vale en promedio cada conversación iniciada.
ladder-meaning-roas = Ingresos por unidad de gasto en anuncios. Por encima de 1×, los anuncios recuperaron lo que costaron.
ladder-meaning-revenue-per-customer = Valor promedio del pedido o del negocio.
ladder-meaning-cpm = Lo que cuestan mil impresiones de anuncios.
ladder-meaning-ctr = Cuántas impresiones llevaron a un clic en el enlace.
ladder-meaning-cost-per-click = Lo que cuesta un clic en el enlace.
ladder-meaning-click-to-conversation = Cuántos clics en el enlace se convirtieron en una conversación.

## Fórmulas
# Una fórmula en palabras: "Gasto ÷ Conversaciones iniciadas". $numerator, $denominator: etiquetas de campos.
ladder-formula = { $numerator } ÷ { $denominator }
# La fórmula del CPM: por cada mil impresiones.
ladder-formula-per-thousand = { $numerator } ÷ { $denominator } × 1000
# El numerador del CAC. $spend, $other: las etiquetas de Gasto y Otros costos de adquisición.
ladder-spend-plus-other = ({ $spend } + { $other })
# La fórmula con los números del usuario: "USD 1,800.00 ÷ 600 = USD 3.00".
# $value: el resultado, o ladder-no-value cuando no lo hay.
ladder-worked = { $numerator } ÷ { $denominator } = { $value }
ladder-worked-per-thousand = { $numerator } ÷ { $denominator } × 1000 = { $value }
# Ocupa el lugar de un número desconocido en una fórmula con números.
ladder-unknown-number = ?
# $reason: por qué no se puede calcular el valor, como "ingresa Clientes".
ladder-no-value = — ({ $reason })
# Se lee después de "Fórmula", oculto a la vista: "Fórmula de Tasa de respuesta". $metric: el nombre de la métrica.
ladder-formula-for = de { $metric }

## El gráfico de embudo
# La etiqueta de una barra. $stage: el nombre de la etapa, como "Respuestas".
ladder-bar-count = { $stage } · { $count }
ladder-bar-not-entered = { $stage } · sin datos
ladder-bar-not-valid = { $stage } · no es un conteo válido
# $share: la proporción de conversaciones iniciadas que llega a la etapa, como 65 %.
ladder-share-of-started = { $share } de las iniciadas
# Junto a una etapa mayor que la anterior. $stage: la etapa anterior, dentro de una frase ("respuestas").
ladder-more-than-stage = ⚠ más que { $stage }
# El equivalente en texto del gráfico: "Embudo: Conversaciones iniciadas 600, Respuestas 390, …". $stages: la lista.
ladder-funnel = Embudo: { $stages }.
ladder-funnel-stage = { $stage } { $count }
ladder-funnel-stage-not-entered = { $stage } sin datos

## Las verificaciones del formulario
# $typed: el texto tal como se escribió; $decimal, $thousands: sus dos lecturas, como 1.2 y 1,200.
ladder-reads-as = “{ $typed }” se lee como { $decimal }. ¿Quisiste decir { $thousands }? Indica cuál, o escríbelo sin el separador.
ladder-not-whole-meant = “{ $typed }” no es un número entero. ¿Quisiste decir { $thousands }?
# Un botón que pone en el campo la lectura que se quería. $reading: un número escrito, como 1,200.
ladder-choice = Es { $reading }
# $named: los códigos de moneda que puede indicar el símbolo del texto ("USD o AUD"); $first: el primero;
# $currency: la del espacio de trabajo.
ladder-currency-clash = “{ $typed }” está escrito en { $named }, pero este espacio de trabajo usa { $currency }. Elige { $first } como moneda arriba, o convierte el importe.
# $previous: la etiqueta de la etapa anterior; $later, $earlier: los dos conteos.
ladder-larger-than = Mayor que { $previous } ({ $later } > { $earlier }). Cada etapa debería ser una parte de la anterior: revisa cómo se etiquetan las conversaciones.
ladder-clicks-above-impressions = Más clics en el enlace que impresiones ({ $clicks } > { $impressions }): revisa la exportación.

## Números escritos que no se pueden leer
# $text: el texto tal como se escribió.
ladder-not-a-number = “{ $text }” no es un número. Escribe solo cifras, por ejemplo 1200 o 1200,50.
ladder-negative = No puede ser negativo. Escribe 0 o un número positivo.
ladder-not-whole = “{ $text }” no es un número entero. Los conteos son números enteros, por ejemplo 42.
ladder-too-many-decimals = Demasiados decimales. Usa como máximo 6 después del separador.
# $max: el valor más alto que acepta un campo.
ladder-too-large = Demasiado grande. El valor máximo aceptado es { $max }.

## Objetivos y ajustes
ladder-setting-reply-target = Tasa de respuesta objetivo
ladder-setting-qualification-target = Tasa de calificación objetivo
ladder-setting-handoff-target = Tasa de derivación objetivo
ladder-setting-close-target = Tasa de cierre objetivo
ladder-setting-min-volume = Volumen mínimo por paso
ladder-setting-sales-cycle = Ciclo de venta típico
ladder-setting-window = Ventana del informe
ladder-setting-previous-cost = Costo por mensaje del periodo anterior
# La unidad que se escribe después del campo de un ajuste.
ladder-unit-percent = %
ladder-unit-people = personas
ladder-unit-days = días
# $currency: el código de moneda del espacio de trabajo, escrito después de un ajuste de dinero.
ladder-unit-currency = { $currency }
ladder-hint-target = Porcentaje de la etapa anterior. Si se deja en blanco, se usa el predefinido.
# $count: el volumen mínimo por defecto.
ladder-hint-min-volume = Un paso con menos personas al inicio no se evalúa. Por defecto: { $count }.
ladder-hint-sales-cycle = Días que suelen pasar del primer mensaje a una venta cerrada.
ladder-hint-window = Días que cubren los números. Si se deja en blanco, lo fijan las fechas importadas.
ladder-hint-previous-cost = Opcional: para detectar un costo por mensaje en aumento.
# $min: el valor más bajo que admite el ajuste.
ladder-at-least = Usa { $min } o más.
ladder-target-negative = Un objetivo no puede ser negativo. Escribe un porcentaje, como 40.
ladder-target-range = Un objetivo es un porcentaje mayor que 0 y de hasta 100, como 40.

## Tipos de negocio, que fijan los objetivos predefinidos
ladder-business-service-quotes = Servicios con cotizaciones
ladder-business-ecommerce-questions = E-commerce con preguntas sobre productos
ladder-business-b2b-consultations = Consultas B2B
ladder-business-lead-seller = Venta de leads / afiliados
ladder-business-custom = Mis propios objetivos
# Por qué estos valores predefinidos, bajo el selector. Derivación y cierre son pasos de la escalera.
ladder-note-service-quotes = Solicitudes de cotización: muchas conversaciones vienen de fuera de la zona o solo comparan precios, así que la calificación es el filtro habitual.
ladder-note-ecommerce-questions = Preguntas sobre productos: pocas conversaciones muestran intención de compra, pero las que llegan al pago deberían comprar. Derivación = enviado al pago o al carrito.
ladder-note-b2b-consultations = Consultas: criterios de calificación estrictos y ciclos largos; cierre significa un contrato firmado.
ladder-note-lead-seller = Venta de leads: derivación = lead entregado al comprador, cierre = lead aceptado por el comprador.
ladder-note-custom = Tus propios objetivos: define cada tasa a partir de tu historial o de tu plan.

## Fechas en los datos importados
# Cómo se agrupan en periodos las filas con fecha; se ofrece en la vista previa de la importación.
ladder-grouping-auto = Automático: por meses, si hay varios
ladder-grouping-whole = Un total por nombre
ladder-grouping-month = Por mes
ladder-grouping-week = Por semana (lun–dom)
# El nombre de un periodo cuando nombra un segmento o un mes de datos. $month: el nombre de un mes
# (abajo, en minúscula); $year: cuatro cifras (2026).
period-month = { $month } de { $year }
# Cualquier otro intervalo de días: $dates es "2026-10-01 – 2026-10-17", tal como viene en los datos.
period-dates = { $dates }
period-span = { $days }
period-day = { $date }
month-january = enero
month-february = febrero
month-march = marzo
month-april = abril
month-may = mayo
month-june = junio
month-july = julio
month-august = agosto
month-september = septiembre
month-october = octubre
month-november = noviembre
month-december = diciembre
