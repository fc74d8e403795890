# Periodo contra periodo: por qué cambió el CAC
# Español, las palabras de la app: una entrada por mensaje, con sus argumentos por nombre ($name);
# un plural va por la categoría del número: { $count -> [one] … [many] … *[other] … }.

## Periodo contra periodo
# Se lee después de la etiqueta de un campo, oculto a la vista: "Clientes (periodo anterior)".
period-earlier-mark = (periodo anterior)
period-earlier-summary = Un periodo anterior, para ver por qué cambió el CAC (opcional)
period-earlier-hint = Los mismos números del periodo anterior. La comparación aparece junto a la escalera.
period-earlier-label = Periodo anterior
period-later-label = Periodo posterior
# $earlier: el nombre del periodo anterior; $now: el nombre del periodo posterior.
period-comparing = Comparando { $earlier } con { $now }.
period-earlier-column = Anterior
now-column = Ahora
period-part-column = Parte del cambio
period-change-range-column = Rango del 95 % del cambio
# Sigue al cambio total en negrita, como "Cambio del CAC: +12,40 USD", y termina su frase.
period-waterfall-caption = . CAC anterior (izquierda), la parte de cada factor en el cambio (hacia arriba encarece los clientes) y CAC actual (derecha).
chart-in-words = El gráfico en palabras
period-parts-region = Tabla del cambio del CAC
period-parts-caption = Qué movió el CAC: la parte de cada factor, que suma el cambio total
period-factor-column = Factor
period-steps-region = Tabla de cambios en las tasas de los pasos
period-steps-caption = El cambio en la tasa de cada paso, frente al ruido (rango del 95 % según el método de Newcombe)
period-heading = Por qué cambió el CAC entre periodos
funnel-caption = Cada barra es la proporción de conversaciones iniciadas que llega a una etapa. Las tasas de los pasos y los costos por etapa, con sus fórmulas, están en Métricas.
grid-region = Columnas de la tabla del archivo
