# Segmentos, movimientos de presupuesto, inversiones
# Español, las palabras de la app: una entrada por mensaje, con sus argumentos por nombre ($name);
# un plural va por la categoría del número: { $count -> [one] … [many] … *[other] … }.

## Segmentos
# Mover presupuesto de un segmento a otro.
budget-region = Tabla de la cuenta después del movimiento
budget-caption = La cuenta después del movimiento, con la escalera actual de cada segmento
budget-your-move-column = Tu movimiento
# Una columna: el movimiento hacia el segmento cuyos mensajes cuestan menos.
budget-naive-column = A los mensajes más baratos
# Una columna: el movimiento hacia el segmento cuyos clientes cuestan menos.
budget-right-column = A los clientes más baratos
budget-heading = Mover presupuesto entre segmentos
budget-from = Desde
budget-to = Hacia
budget-amount = Importe
budget-exponent = Rendimientos decrecientes (0–1)
budget-apply = Aplicar como escenario
# La tabla de segmentos.
segments-period-column = Periodo
segments-conversations-column = Conversaciones
segments-heading = Segmentos
segments-region = Tabla de segmentos importados
segments-caption = Segmentos importados: ordena por cualquier columna; elige un nombre para ver su escalera
segments-download = Descargar segmentos (CSV)
# $count: cuántas filas más muestra el botón.
segments-show-more = Mostrar { $count } más
# Mensajes baratos, clientes caros.
inversions-none = Ningún segmento tiene mensajes más baratos y clientes más caros que otro.
# $count: cuántas frases de inversión más quedan plegadas bajo este resumen.
inversions-more = { $count } más
# Una celda de la tabla de posiciones, "#2 · 1,20 USD".
# $rank: la posición del segmento según este costo (1 es el más barato).
# $value: el costo, ya escrito como dinero o como número.
inversions-ranked-value = #{ $rank } · { $value }
# $name: un segmento que queda fuera de la clasificación.
inversions-not-ranked = { $name } (sin clasificar)
# La esquina superior izquierda sombreada del gráfico.
inversions-corner = mensajes baratos, clientes caros
# El eje horizontal del gráfico.
inversions-axis-cost = costo por mensaje →
# El eje vertical del gráfico.
inversions-axis-cac = CAC ↑
inversions-heading = ¿Mensajes baratos, clientes caros?
inversions-figcaption = Cada segmento según su costo por mensaje (en horizontal) y su CAC (en vertical), con un tamaño según su gasto. La esquina sombreada es donde los mensajes baratos traen clientes caros.
inversions-region = Tabla de posiciones de los segmentos
inversions-caption = La posición de cada segmento según el costo en cada paso (#1 es el más barato; en ROAS, el más alto)
