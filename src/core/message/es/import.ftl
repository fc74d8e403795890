# El panel de importación y su vista previa
# Español, las palabras de la app: una entrada por mensaje, con sus argumentos por nombre ($name);
# un plural va por la categoría del número: { $count -> [one] … [many] … *[other] … }.

## El panel de importación
import-reading-in-background = Leyendo el archivo en segundo plano…
import-cancel = Cancelar importación
# Se muestra en negrita, seguido de un espacio y del motivo por el que falló la importación.
import-cant-import = No se puede importar:
import-paste-label = Pega celdas de una hoja de cálculo
import-paste-hint = Con o sin fila de encabezados. Una sola fila o columna de números se lee en el orden de la escalera: gasto, conversaciones, respuestas, calificadas, derivaciones, clientes, ingresos.
import-preview-pasted = Vista previa de las celdas pegadas
import-upload-label = O sube una exportación (CSV o TSV)
import-choose-file = Elegir archivo
import-upload-hint = Exportaciones del Administrador de anuncios de Meta, HubSpot o Pipedrive, o un registro de conversaciones. También puedes soltar un archivo aquí. Se lee solo en este navegador.
preview-rows-column = Filas
preview-counts-up-to-column = Cuenta hasta
# $status: un valor de estado tal como aparece en el archivo importado, como "Won" o "Qualified".
preview-stage-reached-by = Etapa alcanzada por “{ $status }”
preview-stages-caption = Etapas del pipeline: hasta dónde llegó un negocio abierto o perdido
preview-stages-region = Tabla de etapas del pipeline
preview-stage-column = Etapa
preview-statuses-caption = Estados: cada fila cuenta en la etapa que alcanzó y en todas las anteriores
preview-statuses-region = Tabla de estados
preview-status-column = Estado
# $column: el nombre de la columna del archivo que dice de dónde vino cada fila, como "Source".
preview-keep-sources = Conservar las filas de estas fuentes (“{ $column }”)
spend-column = Gasto
preview-chats-column = Conversaciones
preview-customers-column = Clientes
preview-revenue-column = Ingresos
preview-periods = Periodos
# El día al que corresponden los datos de una exportación de negocios. $date: la fecha más reciente del archivo.
preview-as-of = Fecha de corte de los datos
preview-as-of-hint = La fecha más reciente del archivo es el { $date }. Si lo exportaste después, indica el día en que lo exportaste: así, los negocios que siguen abiertos se cuentan como abiertos durante ese tiempo adicional, nunca como perdidos.
preview-heading = Vista previa: no se cambia nada hasta que apliques
# Se muestra en negrita, seguido de un espacio y de lo que parece ser la entrada, como "Una exportación del Administrador de anuncios de Meta".
preview-looks-like = Parece ser:
preview-columns-heading = Columnas: cómo se lee cada una (cambia cualquier rol o separador)
preview-segments-region = Tabla de segmentos para importar
# $count: cuántos segmentos (campañas, periodos…) crearía la importación.
preview-segments-caption = Segmentos para importar: { $count }
segment-column = Segmento
# $count: cuántos segmentos más hay además de los de la tabla.
preview-and-more = …y { $count } más.
preview-apply = Aplicar importación
