# Los hallazgos del diagnóstico: frases con los números del usuario
# Español, las palabras de la app: una entrada por mensaje, con sus argumentos por nombre ($name);
# un plural va por la categoría del número: { $count -> [one] … [many] … *[other] … }.
# En español, [many] es solo para millones exactos: "1 000 000 de conversaciones".

## Los hallazgos del diagnóstico
# Sus frases se arman con los nombres de abajo, que llegan como argumentos: el nombre de un paso
# ($step), el de una etapa y el resultado final del negocio ($outcome, $outcomes).
# El nombre de un paso dentro de una frase, sin artículo: "el paso de calificación",
# "Paso limitante: calificación". Tres son femeninos y "cierre" es masculino: los marcos no
# ponen artículo delante.
step-name-reply = respuesta
step-name-qualification = calificación
step-name-handoff = derivación
step-name-close = cierre
# El nombre de un paso al comienzo de una línea (solo en dx-lever-rate): "Respuesta: tasa un 10 % más alta".
step-title-reply = Respuesta
step-title-qualification = Calificación
step-title-handoff = Derivación
step-title-close = Cierre
# El nombre de una etapa dentro de una frase: "La escalera se detiene en derivaciones a ventas."
stage-name-started = conversaciones iniciadas
stage-name-replied = respuestas
stage-name-qualified = conversaciones calificadas
stage-name-handed-off = derivaciones a ventas
stage-name-customer = clientes
# Cómo llama cada tipo de negocio a su última etapa. Las frases reciben el sustantivo como
# argumento: $outcome es el sustantivo para el número que da la frase (o para uno), $outcomes
# el sustantivo en general ("hace perder más clientes"), que es la variante por defecto.
# Los tres son masculinos; [many] lleva "de" porque el número va justo delante.
outcome-customers = { $count ->
    [one] cliente
    [many] de clientes
   *[other] clientes
    }
outcome-orders = { $count ->
    [one] pedido
    [many] de pedidos
   *[other] pedidos
    }
outcome-accepted-leads = { $count ->
    [one] lead aceptado
    [many] de leads aceptados
   *[other] leads aceptados
    }
# Dos frases, una tras otra.
dx-then = { $first } { $then }
# Listas, armadas desde la derecha: los dos últimos unidos ("b y c"), y luego cada elemento
# anterior unido al resto de la lista ($rest): "a, b y c"; "a, b o c"; "a; b; c".
dx-list-and = { $first } y { $rest }
dx-list-or = { $first } o { $rest }
dx-list-comma = { $first }, { $rest }
dx-list-semicolon = { $first }; { $rest }
# $outcome: el sustantivo del negocio para $count (o para uno, abajo).
dx-more-outcomes = alrededor de { $count } { $outcome } más
dx-less-than-one-more = menos de 1 { $outcome } más
# La insignia sobre el titular.
dx-badge-limiting = Paso limitante: { $step }
dx-badge-provisional = Provisional: { $step }
dx-badge-meets-targets = Todos los pasos cumplen el objetivo
dx-badge-nothing-clear = Ningún paso claramente débil
dx-badge-not-enough-data = Datos insuficientes
# El titular.
dx-headline-reply = La mayoría de las conversaciones terminan después del primer mensaje
dx-headline-qualification = Las conversaciones son baratas, pero muy pocas encajan
dx-headline-handoff = Las conversaciones calificadas se estancan antes de llegar a ventas
# Para quien vende leads, cuyo paso de cierre es que el comprador acepte el lead.
dx-headline-close-leads = Los compradores rechazan demasiados leads
dx-headline-close = Las derivaciones no se convierten en { $outcomes }
dx-headline-provisional = El paso de { $step } parece estar por debajo del objetivo, pero aún es pronto para asegurarlo
dx-headline-meets-targets = Todos los pasos cumplen su objetivo: la palanca es el volumen
dx-headline-nothing-clear = Todavía ningún paso está claramente por debajo del objetivo
dx-headline-not-enough-data = Aún no hay datos suficientes para evaluar ningún paso
# Causas probables, según el veredicto.
dx-causes-reply = La primera respuesta: la rapidez con que llega, si es fácil de contestar y si coincide con lo que prometía el anuncio. Un saludo lento o genérico pierde a personas que hace un minuto estaban interesadas.
dx-causes-qualification = La calidad del tráfico y la claridad de la oferta: a quién llegan los anuncios y qué prometen, y si en la conversación se hacen las preguntas que separan a quienes compran de quienes solo miran.
dx-causes-handoff = El flujo de la conversación después de que alguien califica: con qué rapidez y claridad se ofrece el siguiente paso (reserva, cotización, llamada, pago) y si las derivaciones se registran siquiera.
dx-causes-close-leads = La calidad de los leads según la define el comprador: si en la conversación se comprueban los criterios de aceptación del comprador antes de entregar el lead, y si los anuncios prometen lo que ofrece el comprador.
dx-causes-close = El proceso de venta, los precios, lo que la conversación llevó a esperar y cuánto encaja la oferta con las personas que traen los anuncios.
dx-causes-meets-targets = El alcance y las creatividades: los pasos de conversación y de venta cumplen su función, así que la palanca es conseguir más conversaciones del mismo tipo.
dx-causes-nothing-clear = Los pasos marcados con “aún no se puede saber”: con el volumen actual, sus tasas podrían estar por encima o por debajo del objetivo. La tabla indica cuántas conversaciones más harían falta para decidir cada uno.
dx-causes-nothing-clear-projected = La tasa final proyectada del cierre podría estar por encima o por debajo de su objetivo: la definirán los negocios abiertos a medida que se cierren, no más conversaciones. Vuelve a revisarla cuando se hayan cerrado.
dx-causes-not-enough-data = Ingresa el conteo de cada etapa. Un paso se evalúa cuando hay suficientes personas en su etapa inicial y los conteos disminuyen de una etapa a la siguiente.
# Qué probar, según el veredicto.
dx-action-reply-fast = Responde en minutos mientras los anuncios están activos: una primera respuesta inmediata con una pregunta fácil supera a una perfecta pero lenta.
dx-action-reply-question = Empieza con una sola pregunta ligada a la oferta del anuncio, en lugar de un menú o un muro de texto.
dx-action-reply-ad = Verifica que el anuncio diga para qué es la conversación, para que las personas lleguen listas para hablar.
dx-action-qualification-ad = Di en el anuncio para quién es la oferta (zona, presupuesto, caso de uso), para que quienes no encajan no inicien conversaciones.
dx-action-qualification-budget = Quita presupuesto a los públicos y ubicaciones que traen muchas conversaciones pero pocas calificadas.
dx-action-qualification-questions = Haz una o dos preguntas de calificación al principio de la conversación: necesidad, plazos, ubicación o presupuesto.
dx-action-qualification-define = Define por escrito qué significa “calificada” y etiquétalo siempre de la misma forma.
dx-action-handoff-offer = Ofrece el siguiente paso (enlace de reserva, horario para una llamada, formulario de cotización, enlace de pago) en cuanto alguien califique.
dx-action-handoff-time = Mide el tiempo que pasa desde la calificación hasta el primer contacto de ventas, y redúcelo.
dx-action-handoff-tag = Asegúrate de etiquetar cada derivación: las derivaciones que no se registran parecen abandonos.
dx-action-close-leads-reasons = Consigue los motivos de rechazo del comprador y convierte los dos principales en preguntas de la conversación.
dx-action-close-leads-check = Verifica los datos de los leads (contacto, ubicación, requisitos) antes de entregarlos.
dx-action-close-leads-cut = Recorta los públicos y ubicaciones cuyos leads se rechazan más, según el costo por lead aceptado.
dx-action-close-review = Revisa los negocios perdidos: ¿fue el precio, el momento o una diferencia entre lo que prometía el anuncio y la oferta?
dx-action-close-price = Deja claro el precio o un rango de precios antes de la derivación, para que el tiempo de ventas se dedique a quien puede comprar.
dx-action-close-follow-up = Haz seguimiento rápido y más de una vez: los leads que llegan por chat se enfrían en uno o dos días.
dx-action-meets-targets-audiences = Prueba públicos nuevos o una segmentación más amplia, evaluados por el costo por conversación calificada, no por el costo por mensaje.
dx-action-meets-targets-creative = Prueba nuevos enfoques creativos sin perder el mensaje que atrae a personas calificadas.
dx-action-meets-targets-budget = Sube el presupuesto de forma escalonada y comprueba que las tasas de los pasos se mantienen a medida que crece el volumen.
# Cómo puede irse demasiado lejos la corrección, según el veredicto.
dx-risk-reply = Un saludo más insistente puede aumentar las respuestas de personas que nunca iban a comprar: vigila la tasa de calificación mientras lo cambias.
dx-risk-qualification = No acumules preguntas al principio: una calificación muy exigente también aleja a compradores reales que primero querían una respuesta rápida. Es de esperar que el costo por mensaje suba un poco; evalúa por el costo por conversación calificada.
dx-risk-handoff = Empujar a todos hacia una llamada puede hacer perder a personas que primero querían un precio o una respuesta en la conversación.
dx-risk-close-leads = Filtrar mucho antes de entregar también reduce el volumen: compara el costo por lead aceptado antes y después, no solo la tasa de aceptación.
dx-risk-close = Dar descuentos para cerrar más puede aumentar los clientes y hundir los ingresos por cliente: vigila el ROAS, no solo la tasa de cierre.
dx-risk-meets-targets = Escalar rápido suele atraer primero a prospectos más débiles: vigila la tasa de calificación a medida que crece el gasto.
# La última frase del resumen: la primera acción de arriba, dentro de una frase (en infinitivo:
# el resumen se pega en un correo a otra persona).
dx-try-reply = Lo primero que conviene probar: responder en minutos mientras los anuncios están activos; una primera respuesta inmediata con una pregunta fácil supera a una perfecta pero lenta.
dx-try-qualification = Lo primero que conviene probar: decir en el anuncio para quién es la oferta (zona, presupuesto, caso de uso), para que quienes no encajan no inicien conversaciones.
dx-try-handoff = Lo primero que conviene probar: ofrecer el siguiente paso (enlace de reserva, horario para una llamada, formulario de cotización, enlace de pago) en cuanto alguien califique.
dx-try-close-leads = Lo primero que conviene probar: conseguir los motivos de rechazo del comprador y convertir los dos principales en preguntas de la conversación.
dx-try-close = Lo primero que conviene probar: revisar los negocios perdidos. ¿Fue el precio, el momento o una diferencia entre lo que prometía el anuncio y la oferta?
# La evidencia sobre el paso que limita el negocio.
# $reached de $from: los dos conteos del paso; $rate: su tasa; $range: el rango del 95 % de la
# tasa; $target: su tasa objetivo.
dx-evidence-reply = Conversaciones iniciadas con respuesta: { $reached } de { $from }, un { $rate } (rango del 95 %: { $range }), por debajo del objetivo del { $target }.
dx-evidence-qualification = De { $from } respuestas, { $reached } fueron calificadas: un { $rate } (rango del 95 %: { $range }), por debajo del objetivo del { $target }.
dx-evidence-handoff = Conversaciones calificadas derivadas a ventas: { $reached } de { $from }, un { $rate } (rango del 95 %: { $range }), por debajo del objetivo del { $target }.
# Un paso contado desde una etapa anterior a la suya, porque las etapas intermedias no se cuentan:
# $from-stage y $stage son nombres de etapa (stage-name-…); $target es el producto de los objetivos
# de los pasos que abarca.
dx-evidence-folded = De { $from-stage } a { $stage }: { $reached } de { $from }, un { $rate } (rango del 95 %: { $range }), por debajo del objetivo del { $target } (los objetivos de los pasos que abarca, multiplicados entre sí).
dx-evidence-close = Derivaciones a ventas cerradas: { $reached } de { $from }, un { $rate } (rango del 95 %: { $range }), por debajo del objetivo del { $target }.
# $so-far: la tasa de cierre hasta ahora; $rate y $range: la tasa de cierre final proyectada a partir de los negocios de meses anteriores.
dx-evidence-close-projected = Derivaciones a ventas cerradas hasta ahora: { $reached } de { $from } ({ $so-far }); si los negocios abiertos se cierran como los de meses anteriores, se proyecta que la tasa de cierre termine en un { $rate } (rango del 95 %: { $range }), por debajo del objetivo del { $target }.
# Una tasa de cierre evaluada por su proyección cuyo rango incluye el objetivo: $so-far es la tasa
# hasta ahora; $rate y $range, la tasa final proyectada.
dx-evidence-projected-unclear = Se proyecta que la tasa de { $step } termine en un { $rate } (rango del 95 %: { $range }), con un { $so-far } hasta ahora: podría estar por encima o por debajo del objetivo del { $target } hasta que se cierren más negocios abiertos.
# $date: el día en que se podrán evaluar los negocios más recientes.
dx-evidence-too-early = El paso de { $step } lleva { $reached } de { $from } hasta ahora ({ $rate }), pero todavía se han cerrado muy pocos negocios anteriores como para proyectar el resto: se podrá evaluar el { $date }.
# $target: la tasa objetivo del paso; $more: los resultados que sumaría ("alrededor de 14
# clientes más", dx-more-outcomes); $cac: el costo por cliente entonces; $revenue: los ingresos sumados.
dx-reaching = Llegar al { $target } significaría { $more }.
dx-reaching-cac = Llegar al { $target } significaría { $more }, con un CAC de { $cac }.
dx-reaching-revenue = Llegar al { $target } significaría { $more } y { $revenue } más de ingresos.
dx-reaching-cac-revenue = Llegar al { $target } significaría { $more }, un CAC de { $cac } y { $revenue } más de ingresos.
# $cost: lo que cuesta uno en gasto en anuncios; $times: eso como múltiplo de $message-cost, el costo por mensaje.
dx-cost-qualified = Cada conversación calificada cuesta { $cost } en anuncios, { $times } el costo por mensaje de { $message-cost }.
dx-cost-handoff = Cada derivación a ventas cuesta { $cost } en anuncios, { $times } el costo por mensaje de { $message-cost }.
dx-cost-customer = Cada cliente cuesta { $cost } en anuncios, { $times } el costo por mensaje de { $message-cost }.
dx-evidence-immature = La ventana del informe es más corta que el ciclo de venta, así que algunos de estos negocios aún podrían cerrarse: tómalo como provisional.
# $started conversaciones trajeron $customers: los conteos de la primera y la última etapa.
dx-evidence-meets-targets = El rango del 95 % de cada paso está por encima de su objetivo; { $started } { $started ->
    [one] conversación trajo
    [many] de conversaciones trajeron
   *[other] conversaciones trajeron
    } { $customers } { $outcome }.
# Un paso que aún no se puede evaluar; $count: las conversaciones iniciadas que lo dirían.
dx-cant-tell-more = La tasa de { $step }, { $rate } (rango del 95 %: { $range }), podría estar por encima o por debajo del objetivo del { $target }: { $count ->
    [one] { $count } conversación iniciada más lo diría
    [many] unos { $count } de conversaciones iniciadas más lo dirían
   *[other] unas { $count } conversaciones iniciadas más lo dirían
    }.
dx-cant-tell-close = La tasa de { $step }, { $rate } (rango del 95 %: { $range }), podría estar por encima o por debajo del objetivo del { $target }: está tan cerca del objetivo que más volumen no permitirá distinguirlos.
# $count: el volumen mínimo.
dx-evidence-not-enough-data = Cada paso necesita al menos { $count } { $count ->
    [one] persona
    [many] de personas
   *[other] personas
    } en su etapa inicial, y conteos coherentes, para que su tasa signifique algo.
# Otro paso por debajo del objetivo: $rate frente a su $target; $more: como en dx-reaching.
dx-other-below = El paso de { $step } también está por debajo del objetivo: { $rate } frente al { $target }.
dx-other-below-worth = El paso de { $step } también está por debajo del objetivo: { $rate } frente al { $target }; en el objetivo valdría { $more }.
dx-other-below-provisional = El paso de { $step } también está por debajo del objetivo: { $rate } frente al { $target } (provisional: la ventana es más corta que el ciclo de venta).
dx-other-below-projected = El paso de { $step } también está por debajo del objetivo: proyección del { $rate } frente al { $target } ({ $so-far } hasta ahora).
dx-other-below-worth-provisional = El paso de { $step } también está por debajo del objetivo: { $rate } frente al { $target }; en el objetivo valdría { $more } (provisional: la ventana es más corta que el ciclo de venta).
# La mayor caída. $lost: la proporción que se pierde en el paso.
dx-naive-same = También es la mayor caída de la escalera (en este paso se pierde el { $lost }).
# $step: el paso con la mayor caída, $target su objetivo; $limiting: el paso que señala el
# diagnóstico. Una entrada por cada forma en que $step se compara con su objetivo.
dx-naive-doing-well = La mayor caída está en el paso de { $step } (se pierde el { $lost }), pero las tasas de { $step } suelen ser más bajas que las demás: frente a su objetivo del { $target } va bien, mientras que el paso de { $limiting } hace perder más { $outcomes }.
dx-naive-also-short = La mayor caída está en el paso de { $step } (se pierde el { $lost }), pero las tasas de { $step } suelen ser más bajas que las demás: frente a su objetivo del { $target } también se queda corto, mientras que el paso de { $limiting } hace perder más { $outcomes }.
dx-naive-not-clearly-short = La mayor caída está en el paso de { $step } (se pierde el { $lost }), pero las tasas de { $step } suelen ser más bajas que las demás: frente a su objetivo del { $target } no se queda claramente corto, mientras que el paso de { $limiting } hace perder más { $outcomes }.
# El costo por mensaje frente al costo por cliente. $count: conversaciones por cliente.
dx-context = Un mensaje cuesta { $message-cost }; cada uno de tus { $outcomes }, { $customer-cost } en anuncios: { $count ->
    [one] hizo falta { $count } conversación
    [many] hicieron falta unos { $count } de conversaciones
   *[other] hicieron falta unas { $count } conversaciones
    } para conseguir un { $outcome }.
# El resumen para un correo al cliente: estas frases, una tras otra.
dx-summary-spend = Con { $spend } de gasto en anuncios { $started ->
    [one] se inició { $started } conversación
    [many] se iniciaron { $started } de conversaciones
   *[other] se iniciaron { $started } conversaciones
    }.
# $cost: el costo por mensaje.
dx-summary-spend-each = Con { $spend } de gasto en anuncios { $started ->
    [one] se inició { $started } conversación, a { $cost }
    [many] se iniciaron { $started } de conversaciones, a { $cost } cada una
   *[other] se iniciaron { $started } conversaciones, a { $cost } cada una
    }.
# El conteo de cada etapa y la tasa de su paso; $cac: costo por cliente, con todos los costos; $roas: un múltiplo.
dx-summary-ladder = { $replied } { $replied ->
    [one] respondió
   *[other] respondieron
    } ({ $reply-rate }), { $qualified } { $qualified ->
    [one] fue calificada
   *[other] fueron calificadas
    } ({ $qualification-rate }), { $handed-off } { $handed-off ->
    [one] llegó
   *[other] llegaron
    } a ventas ({ $handoff-rate }) y { $customers } { $customers ->
    [one] se convirtió
   *[other] se convirtieron
    } en { $outcomes } ({ $close-rate }).
dx-summary-ladder-cac = { $replied } { $replied ->
    [one] respondió
   *[other] respondieron
    } ({ $reply-rate }), { $qualified } { $qualified ->
    [one] fue calificada
   *[other] fueron calificadas
    } ({ $qualification-rate }), { $handed-off } { $handed-off ->
    [one] llegó
   *[other] llegaron
    } a ventas ({ $handoff-rate }) y { $customers } { $customers ->
    [one] se convirtió
   *[other] se convirtieron
    } en { $outcomes } ({ $close-rate }), a { $cac } cada uno con todos los costos incluidos.
dx-summary-ladder-roas = { $replied } { $replied ->
    [one] respondió
   *[other] respondieron
    } ({ $reply-rate }), { $qualified } { $qualified ->
    [one] fue calificada
   *[other] fueron calificadas
    } ({ $qualification-rate }), { $handed-off } { $handed-off ->
    [one] llegó
   *[other] llegaron
    } a ventas ({ $handoff-rate }) y { $customers } { $customers ->
    [one] se convirtió
   *[other] se convirtieron
    } en { $outcomes } ({ $close-rate }), con un ROAS de { $roas }.
dx-summary-ladder-cac-roas = { $replied } { $replied ->
    [one] respondió
   *[other] respondieron
    } ({ $reply-rate }), { $qualified } { $qualified ->
    [one] fue calificada
   *[other] fueron calificadas
    } ({ $qualification-rate }), { $handed-off } { $handed-off ->
    [one] llegó
   *[other] llegaron
    } a ventas ({ $handoff-rate }) y { $customers } { $customers ->
    [one] se convirtió
   *[other] se convirtieron
    } en { $outcomes } ({ $close-rate }), a { $cac } cada uno con todos los costos incluidos y con un ROAS de { $roas }.
# $more: como en dx-reaching.
dx-summary-step = El paso que frena los resultados es el de { $step }: { $rate } frente a un objetivo del { $target }.
dx-summary-step-reaching = El paso que frena los resultados es el de { $step }: { $rate } frente a un objetivo del { $target }; alcanzarlo significaría { $more }.
dx-summary-step-projected = El paso que frena los resultados es el de { $step }: se proyecta que su tasa termine en un { $rate } frente a un objetivo del { $target }, porque todavía hay negocios por cerrarse.
dx-summary-step-provisional = El paso que frena los resultados es el de { $step }: { $rate } frente a un objetivo del { $target } (provisional, porque la ventana es más corta que el ciclo de venta).
dx-summary-step-provisional-reaching = El paso que frena los resultados es el de { $step }: { $rate } frente a un objetivo del { $target } (provisional, porque la ventana es más corta que el ciclo de venta); alcanzarlo significaría { $more }.
# $headline: el titular (dx-headline-…) como frase.
dx-summary-headline = { $headline }.
# El resumen sobre los números inventados del ejemplo.
dx-example-summary = Ejemplo con números inventados: { $summary }
# Verificaciones de datos. $reached-stage ($reached de ellas) y $from-stage ($from): las dos etapas del paso.
dx-check-inconsistent = Los conteos no parecen coherentes: hay más { $reached-stage } ({ $reached }) que { $from-stage } ({ $from }).
dx-check-no-verdict = Revisa cómo se etiquetan las conversaciones; no hay veredicto para el paso de { $step } hasta que los conteos cuadren.
# $stage: la última etapa con conteo.
dx-check-stops-at = La escalera se detiene en { $stage }.
dx-check-no-start = La escalera no tiene conteo inicial.
# Etapas sin conteo aunque sí se cuenta una posterior: $stages (nombres de etapa, una lista) se suman
# al paso de $step (step-name-…), que se evalúa desde $from (un nombre de etapa); $sources: dónde encontrarlas.
dx-check-folded = Aquí no hay conteo de { $stages }. Por eso el paso de { $step } se evalúa desde { $from }, frente a su objetivo multiplicado por los de los pasos sin conteo; agrega { $stages } ({ $sources }) para evaluar cada paso por separado.
# $stages: las etapas sin conteo (una lista); $sources: dónde encontrar cada una (una lista de
# dx-source-…); $steps: los $count pasos que quedan sin evaluar (una lista).
dx-check-add = Agrega { $stages } ({ $sources }) para evaluar { $count ->
    [one] el paso
   *[other] los pasos
    } de { $steps }.
dx-source-started = del Administrador de anuncios
dx-source-replied = de tu bandeja de entrada o herramienta de chat
dx-source-qualified = de una auditoría de conversaciones o de tu CRM
dx-source-handed-off = de tu CRM o herramienta de reservas
dx-source-customer = de tu CRM o registros de ventas
# $window y $cycle: números de días.
dx-check-immature = Los resultados pueden estar incompletos: la ventana del informe, de { $window } días, es más corta que el ciclo de venta, de { $cycle } días, así que las últimas etapas aún crecerán.
dx-check-immature-imported = Los resultados pueden estar incompletos: la ventana del informe, de { $window } días (según las fechas importadas), es más corta que el ciclo de venta, de { $cycle } días, así que las últimas etapas aún crecerán.
dx-check-provisional = Los veredictos de derivación y de cierre son provisionales.
# De los negocios importados con sus fechas (tiempo de cierre). $since: un mes o una semana ("octubre
# de 2026"); $date: una fecha ISO, cuando se podrán evaluar los negocios más recientes.
dx-check-maturing = Los negocios iniciados desde { $since } todavía se están cerrando: la tasa de cierre solo cuenta los negocios ganados hasta ahora, así que no se evaluará hasta el { $date }.
# Como dx-check-maturing, cuando los meses anteriores permiten proyectar: $wins son los negocios ganados que aún se esperan.
dx-check-maturing-projected = Los negocios iniciados desde { $since } todavía se están cerrando (hasta el { $date }): a juzgar por cómo se cerraron los de meses anteriores, se espera que aporten { $wins ->
    [one] { $wins } negocio ganado más
    [many] unos { $wins } de negocios ganados más
   *[other] unos { $wins } negocios ganados más
    }, así que la tasa de cierre se evalúa por su valor final proyectado.
# $earlier y $later: los nombres de los dos periodos; $rise: la subida como porcentaje.
dx-check-cost-rose-between = El costo por mensaje subió de { $before } en { $earlier } a { $now } en { $later } (+{ $rise }).
dx-check-cost-rose = El costo por mensaje subió de { $before } a { $now } (+{ $rise }) desde el periodo anterior.
dx-check-cost-advice = Eso suele apuntar a la entrega: fatiga creativa, poca relevancia, saturación del público o más competencia. Revisa la frecuencia, la antigüedad de las creatividades y la relevancia antes de cambiar la conversación.
# La celda de veredicto de la tabla de pasos.
dx-verdict-below = Por debajo del objetivo
dx-verdict-above = Por encima del objetivo
# $count: las conversaciones que lo dirían.
dx-verdict-cant-tell-more = Aún no se puede saber: { $count ->
    [one] { $count } conversación más lo diría
    [many] unos { $count } de conversaciones más lo dirían
   *[other] unas { $count } conversaciones más lo dirían
    }
dx-verdict-cant-tell = No se puede saber: demasiado cerca del objetivo para distinguirlo
# Una tasa proyectada cuyo rango incluye el objetivo: esperar a que se cierren los negocios lo dirá.
dx-verdict-cant-tell-yet = Aún no se puede saber
# $have de las $need personas que necesita la etapa inicial del paso.
dx-verdict-not-enough-data = Datos insuficientes (hay { $have }; { $need ->
    [one] se necesita
   *[other] se necesitan
    } { $need })
dx-verdict-inconsistent = Conteos incoherentes
dx-verdict-missing = Faltan conteos
# Un paso cuya etapa no se cuenta aunque sí se cuenta una posterior: se evalúa junto con el paso siguiente.
dx-verdict-not-counted = Sin conteo: se evalúa con el paso siguiente
# $verdict: uno de los veredictos de arriba, mientras la ventana sea más corta que el ciclo de venta.
dx-verdict-provisional = { $verdict } (provisional)
# $verdict: uno de los veredictos de arriba, evaluado por una tasa final proyectada; $so-far: la tasa hasta ahora.
dx-verdict-projected = { $verdict } (proyección; { $so-far } hasta ahora)
# $date: el día en que se podrán evaluar los negocios más recientes.
dx-verdict-too-early = Aún es pronto: se evaluará el { $date }
# La celda "Si llegara al objetivo" de la tabla de pasos.
dx-impact-at-target = Ya está en el objetivo o por encima
dx-impact-needs-counts = Necesita el conteo de cada etapa para estimarlo
# $outcome: el sustantivo del negocio para $count.
dx-impact-gain = +{ $count } { $outcome }
# $gain: los resultados sumados (dx-impact-gain, o dx-less-than-one-more); $cac: el costo por
# cliente entonces; $revenue: los ingresos sumados.
dx-impact-cac = { $gain }, CAC { $cac }
dx-impact-revenue = { $gain }, +{ $revenue } de ingresos
dx-impact-cac-revenue = { $gain }, CAC { $cac }, +{ $revenue } de ingresos
# La tabla de palancas: una ganancia en resultados enteros ("+14", o menos de uno).
dx-gain-under-one = <1
dx-gain = +{ $count }
dx-lever-cost-per-message = Costo por mensaje un 10 % más bajo (mismo gasto)
# $steps: el título de un paso (step-title-…), o una lista de pasos que empieza por uno:
# "Respuesta, calificación o cierre" (dx-list-or).
dx-lever-rate = { $steps }: tasa un 10 % más alta
# $outcome: el sustantivo del negocio para uno.
dx-lever-revenue = Ingresos por { $outcome } un 10 % más altos
# $more: como en dx-reaching; $cac: el costo por cliente entonces.
dx-levers-alike = Aquí todas las palancas valen lo mismo: una mejora del 10 % en cualquier paso significa { $more }.
dx-levers-alike-cac = Aquí todas las palancas valen lo mismo: una mejora del 10 % en cualquier paso significa { $more }, con un CAC de { $cac }.
dx-levers-alike-choose = Elige el paso que sea más barato mejorar, normalmente el que está más por debajo de su objetivo.
dx-lever-note = La escalera multiplica sus tasas, así que una mejora del 10 % en cualquier paso aumenta la última etapa en ese mismo 10 %, salvo que ese paso ya esté cerca del 100 %. Los pasos más por debajo del objetivo suelen ser donde una mejora del 10 % sale más barata.
# La respuesta en una línea en un teléfono: $line es la insignia (dx-badge-…) y lo que venía antes.
dx-answer-cac = { $line } · CAC { $cac }
# $cost: el costo por mensaje.
dx-answer-cost = { $line } · costo por mensaje { $cost }
