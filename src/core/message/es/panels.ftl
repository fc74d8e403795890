# Valores atípicos, el formulario de datos, objetivos, descargas de gráficos, el diálogo para insertar
# Español, las palabras de la app: una entrada por mensaje, con sus argumentos por nombre ($name);
# un plural va por la categoría del número: { $count -> [one] … [many] … *[other] … }.

## Valores atípicos
outliers-none = Ningún segmento está fuera del rango esperado para su volumen.
# La etiqueta del eje horizontal del gráfico de embudo; la flecha sigue el eje.
outliers-axis-people = personas al inicio del paso →
# La etiqueta del eje vertical del gráfico de embudo; la flecha sube por el eje.
outliers-axis-rate = tasa ↑
outliers-caption = La tasa de cada segmento frente a su volumen. La línea es la tasa combinada; los embudos interior y exterior son los rangos del 95 % y del 99,8 % esperados para cada volumen, así que la tasa extrema de un segmento pequeño dentro de ellos no es un hallazgo.
outliers-heading = Valores atípicos: qué segmentos difieren de verdad

## El formulario de datos
# Marca un aviso en un campo, antes del aviso mismo (como error-mark marca un error).
form-check-mark = Atención:
form-more-inputs = Más datos (opcional): impresiones, clics, otros costos
form-currency = Moneda

## Objetivos y ajustes
targets-business-type = Tipo de negocio
# Sigue a la nota del tipo de negocio cuando el usuario cambió un objetivo predefinido.
targets-edited = Objetivos modificados respecto a los predefinidos.
targets-rates = Tasas objetivo
# Lo que siguen los textos y los números de la página. $language: el nombre del idioma en ese mismo idioma (“Deutsch”).
settings-language-heading = Idioma y formato de números
settings-words = Textos: { $language }
# $number y $money: un número y un monto de ejemplo tal como los escribe este navegador; $locale: la etiqueta de configuración regional del navegador (de-DE).
settings-numbers = Números y dinero: { $number } y { $money } ({ $locale })
settings-language-hint = Los textos siguen el menú Idioma de la parte superior de la página. Los números, el dinero y las fechas siguen la región de tu navegador, por lo que pueden no coincidir: por ejemplo, textos en español con números en formato estadounidense.

## Descargas de gráficos
chart-download-svg = Descargar SVG
chart-download-png = Descargar PNG

## Insertar en un portal de clientes
# $example: un color en seis dígitos hexadecimales (0f4c5c), el mismo que el texto de ejemplo del campo.
embed-accent-problem = Seis dígitos hexadecimales, como { $example }.
embed-summary = Insertar en un portal de clientes
embed-theme = Tema
embed-theme-auto = Seguir la configuración del visitante
embed-theme-light = Claro
embed-theme-dark = Oscuro
embed-accent = Color de acento (hex)
embed-paste-here = Pega esto en la página del portal
embed-copy-snippet = Copiar código
embed-copied = Copiado.
embed-no-clipboard = El portapapeles no está disponible aquí: selecciona el texto y cópialo.
