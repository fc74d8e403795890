# O painel de importação e a prévia
# Português (Brasil): uma entrada por mensagem, com os mesmos argumentos nomeados ($nome) do inglês;
# o plural segue a categoria CLDR do número (one = 0 e 1, many = milhões, other).

## O painel de importação
import-reading-in-background = Lendo o arquivo em segundo plano…
import-cancel = Cancelar importação
# Em negrito, seguido de um espaço e do motivo da falha.
import-cant-import = Não foi possível importar:
import-paste-label = Cole células de uma planilha
import-paste-hint = Com ou sem linha de cabeçalho. Uma única linha ou coluna de números é lida na ordem da escada: investimento, conversas, respostas, qualificadas, encaminhamentos, clientes, receita.
import-preview-pasted = Ver prévia das células coladas
import-upload-label = Ou envie um arquivo exportado (CSV ou TSV)
import-choose-file = Escolher arquivo
import-upload-hint = Exportações do Gerenciador de Anúncios da Meta, do HubSpot ou do Pipedrive, ou um registro de conversas. Você também pode arrastar um arquivo para cá. Ele é lido apenas neste navegador.
preview-rows-column = Linhas
preview-counts-up-to-column = Conta até
# $status: um status como está no arquivo importado, como “Won” ou “Qualificado”.
preview-stage-reached-by = Etapa alcançada por “{ $status }”
preview-stages-caption = Etapas do funil: até onde chegou um negócio em aberto ou perdido
preview-stages-region = Tabela de etapas do funil
preview-stage-column = Etapa
preview-statuses-caption = Status: cada linha conta na etapa que alcançou e em todas as anteriores
preview-statuses-region = Tabela de status
preview-status-column = Status
# $column: o nome da coluna do arquivo que diz de onde veio cada linha, como “Source”.
preview-keep-sources = Manter as linhas destas origens (“{ $column }”)
spend-column = Investimento
preview-chats-column = Conversas
preview-customers-column = Clientes
preview-revenue-column = Receita
preview-periods = Períodos
# O dia a que se referem os dados de uma exportação de negócios. $date: a data mais recente do arquivo.
preview-as-of = Data de corte dos dados
preview-as-of-hint = A data mais recente do arquivo é { $date }. Se você o exportou depois, informe o dia da exportação: assim os negócios ainda em aberto contam como abertos por esse tempo a mais, nunca como perdidos.
preview-heading = Prévia: nada muda até você aplicar
# Em negrito, seguido de um espaço e do que a entrada parece ser, como “Uma exportação do Gerenciador de Anúncios da Meta”.
preview-looks-like = Parece ser:
preview-columns-heading = Colunas: como cada uma é lida (altere qualquer função ou separador)
preview-segments-region = Tabela de segmentos a importar
# $count: quantos segmentos (campanhas, períodos…) a importação criaria.
preview-segments-caption = Segmentos a importar: { $count }
segment-column = Segmento
# $count: quantos segmentos há além dos listados na tabela.
preview-and-more = …e mais { $count }.
preview-apply = Aplicar importação
