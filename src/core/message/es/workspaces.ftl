# La barra de espacios de trabajo y las copias de seguridad
# Español, las palabras de la app: una entrada por mensaje, con sus argumentos por nombre ($name);
# un plural va por la categoría del número: { $count -> [one] … [many] … *[other] … }.

## La barra de espacios de trabajo
workspaces-region = Espacios de trabajo
workspace-label = Espacio de trabajo
workspace-manage = Renombrar, nuevo, duplicar, eliminar, copia de seguridad
workspace-name = Nombre
workspace-new = Nuevo
workspace-duplicate = Duplicar
workspace-delete = Eliminar
workspace-download-backup = Descargar copia de seguridad
workspace-restore-backup = Restaurar copia de seguridad
restore-region = Restaurar una copia de seguridad
# $contents: lo que contiene la copia de seguridad, como "3 espacios de trabajo: Acme (modificado hace 5 minutos), …".
restore-holds = Esta copia de seguridad contiene { $contents }
restore-beside = Se agregan junto a tus espacios de trabajo; no se sobrescribe nada.
restore-add = Agregarlos
restore-unreadable = No se pudo leer el archivo como texto.
bar-created = Nuevo espacio de trabajo: ponle nombre en el campo Nombre.
bar-duplicated = Se duplicó “{ $name }”.
bar-deleted = Se eliminó “{ $name }”.
bar-back = “{ $name }” está de vuelta.
bar-restored = { $count ->
    [one] Se agregó { $count } espacio de trabajo
    [many] Se agregaron { $count } de espacios de trabajo
   *[other] Se agregaron { $count } espacios de trabajo
    } desde la copia de seguridad. Elige uno arriba para abrirlo.
bar-opened-shared = Se abrió “{ $name }” desde un enlace, como un espacio de trabajo propio. El espacio de trabajo que tenías no cambia; vuelve a él desde arriba.
