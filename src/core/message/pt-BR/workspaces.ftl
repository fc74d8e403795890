# A barra de espaços de trabalho e os backups
# Português (Brasil): uma entrada por mensagem, com os mesmos argumentos nomeados ($nome) do inglês;
# o plural segue a categoria CLDR do número (one = 0 e 1, many = milhões, other).

## A barra de espaços de trabalho
workspaces-region = Espaços de trabalho
workspace-label = Espaço de trabalho
workspace-manage = Renomear, novo, duplicar, excluir, backup
workspace-name = Nome
workspace-new = Novo
workspace-duplicate = Duplicar
workspace-delete = Excluir
workspace-download-backup = Baixar backup
workspace-restore-backup = Restaurar backup
restore-region = Restaurar um backup
# $contents: o que o backup contém, como “3 espaços de trabalho: “Acme” (alterado há 5 minutos), …”.
restore-holds = Este backup contém { $contents }
restore-beside = Eles são adicionados ao lado dos seus espaços de trabalho; nada é substituído.
restore-add = Adicioná-los
restore-unreadable = Não foi possível ler o arquivo como texto.
bar-created = Novo espaço de trabalho: dê um nome a ele no campo Nome.
bar-duplicated = “{ $name }” duplicado.
bar-deleted = “{ $name }” excluído.
bar-back = “{ $name }” está de volta.
bar-restored = { $count ->
    [one] { $count } espaço de trabalho adicionado
    [many] { $count } de espaços de trabalho adicionados
   *[other] { $count } espaços de trabalho adicionados
    } a partir do backup. Escolha um acima para abri-lo.
bar-opened-shared = “{ $name }” foi aberto a partir de um link, como um espaço de trabalho próprio. O espaço de trabalho que você tinha não mudou; volte para ele acima.
