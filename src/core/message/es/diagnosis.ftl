# El panel del diagnóstico
# Español, las palabras de la app: una entrada por mensaje, con sus argumentos por nombre ($name);
# un plural va por la categoría del número: { $count -> [one] … [many] … *[other] … }.

## El diagnóstico
data-checks = Verificaciones de datos
step-column = Paso
rate-column = Tasa
range-column = Rango del 95 %
target-column = Objetivo
verdict-column = Veredicto
if-at-target-column = Si llegara al objetivo
# $noun: el resultado final del negocio en general, como "clientes" (outcome-customers…).
lever-more = Más { $noun }
lever-cac-after = CAC después
lever-more-revenue = Más ingresos
lever-column = Palanca
likely-causes = Causas probables
what-to-try = Qué probar
dont-overcorrect = No corrijas de más
other-below = Otros pasos por debajo del objetivo
largest-drop = Mayor caída
steps-region = Tabla de veredictos por paso
steps-caption = Cada paso frente a su objetivo (rango del 95 % según el intervalo de Wilson, o según la proyección para una tasa de cierre con negocios aún abiertos)
levers-region = Tabla de palancas
levers-caption = Qué vale una mejora del 10 %, de mayor a menor
diagnosis-heading = Dónde se rompe la escalera
summary-heading = Resumen para un correo al cliente
copy-summary = Copiar resumen
copy-markdown = Copiar como Markdown
summary-copied = Copiado al portapapeles.
summary-no-clipboard = El portapapeles no está disponible aquí: selecciona el resumen y cópialo.
judged-only-when = Un paso solo se evalúa cuando todo su rango del 95 % queda de un mismo lado del objetivo, y solo con suficientes personas al inicio. Los objetivos son supuestos de partida: define los tuyos en Objetivos y ajustes.
