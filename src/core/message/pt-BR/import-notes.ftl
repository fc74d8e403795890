# As palavras da importação: por que uma entrada não pode ser importada, as notas e descrições da prévia, como um registro de resultados se juntaria aos dados de anúncios
# Português (Brasil): uma entrada por mensagem, com os mesmos argumentos nomeados ($nome) do inglês;
# o plural segue a categoria CLDR do número (one = 0 e 1, many = milhões, other).
# Um argumento “(uma lista)” são itens unidos por imp-list; nomes vindos do arquivo chegam entre aspas por imp-quoted.

## Onde está um problema de importação
# $file: o nome do arquivo (ou imp-pasted-cells); $line e $column: números contados a partir de 1;
# $header: o cabeçalho da coluna como está no arquivo; $problem: um dos problemas abaixo.
imp-in-file = { $file }: { $problem }
imp-on-line = { $file }, linha { $line }: { $problem }
imp-in-cell = { $file }, linha { $line }, coluna { $column } (“{ $header }”): { $problem }
imp-in-column = { $file }, coluna { $column } (“{ $header }”): { $problem }

## Por que uma importação não pode seguir
# A maioria vem depois de “arquivo, linha …: ” (o início em minúscula é mantido); as que tratam
# do arquivo inteiro começam com maiúscula.
imp-empty = O arquivo está vazio. Exporte o relatório de novo ou cole as células.
imp-workbook = Este é um arquivo do Excel (.xlsx), não um arquivo CSV, mesmo que o nome termine em .csv. No Excel ou nas Planilhas Google, use Arquivo › Salvar como (ou Fazer download) › CSV e envie esse arquivo.
imp-binary = Este arquivo não é texto (contém dados binários). Envie uma exportação CSV ou TSV, ou cole as células.
# $byte: onde o texto se interrompe, contado em bytes desde o início do arquivo.
imp-bad-utf16 = O arquivo diz ser UTF-16, mas se interrompe no byte { $byte }. Exporte de novo como CSV UTF-8.
imp-undecodable = não foi possível decodificar o texto.
imp-no-rows = Não há linhas para importar: o texto está em branco.
# $found: os valores nesta linha; $expected: os valores da primeira linha.
imp-ragged = { $found } { $found ->
    [one] valor
    [many] de valores
   *[other] valores
    }, mas a primeira linha tem { $expected }. Provavelmente um valor contém o delimitador sem aspas (um nome de campanha com vírgula, por exemplo): coloque esses valores entre aspas duplas ou exporte o arquivo de novo.
# $value: a célula como está no arquivo. “Ignorar” é a função imp-role-ignore.
imp-not-a-number = “{ $value }” não é um número. Corrija a célula ou defina a função da coluna como Ignorar.
imp-negative = “{ $value }” é negativo. Investimento e contagens não podem ser negativos: corrija a célula ou defina a coluna como Ignorar.
# $counts: o que a coluna conta, dentro de uma frase (imp-counted-…).
imp-not-whole = “{ $value }” não é um número inteiro, mas a contagem de { $counts } é sempre um número inteiro. Confira a função e o separador decimal da coluna.
imp-counted-started = conversas iniciadas
imp-counted-replies = respostas
imp-counted-qualified = conversas qualificadas
imp-counted-handoffs = encaminhamentos para vendas
imp-counted-customers = clientes
imp-counted-impressions = impressões
imp-counted-link-clicks = cliques no link
imp-counted-results = resultados (Meta)
# $results: os outros resultados, como o arquivo os nomeia (uma lista, como “Alcance, Leads”).
imp-other-results-only = todas as linhas são de outro resultado ({ $results }), então não há conversas por mensagem para importar. Exporte campanhas cujo resultado seja “Conversas por mensagem iniciadas”.
# $columns: os cabeçalhos do arquivo, cada um entre aspas (uma lista). Os nomes sugeridos ficam em
# inglês: são os que o importador reconhece.
imp-no-ladder-columns = nenhuma coluna de investimento ou de etapa foi reconhecida (colunas: { $columns }). Defina a função de cada coluna abaixo ou renomeie os cabeçalhos com nomes que o app reconhece, como “Spend”, “Conversations started”, “Qualified”, “Customers”.
imp-unreadable = o navegador não conseguiu ler este arquivo. Tente salvá-lo de novo.
imp-worker-unreadable = O processo de importação em segundo plano devolveu algo ilegível.
imp-worker-no-file = O processo de importação em segundo plano não recebeu nenhum arquivo.
# A resposta de um processo de importação de uma versão mais antiga do app, que não diz o motivo.
imp-unknown = a importação parou por um motivo que esta versão do app não consegue identificar. Recarregue a página e tente de novo.

## Listas e nomes dentro das frases
# Um nome como está no arquivo, entre aspas.
imp-quoted = “{ $name }”
# Uma lista: o primeiro item, depois o resto (outra lista, ou o último item).
imp-list = { $first }, { $rest }

## Notas sob a prévia
# $count: quantas colunas (2 ou mais); $role: o nome da função (imp-role-…); $columns:
# os cabeçalhos delas, entre aspas (uma lista); $first: o cabeçalho da que é lida.
imp-shared-role = { $count } { $count ->
    [one] coluna parece
    [many] de colunas parecem
   *[other] colunas parecem
    } ser “{ $role }” ({ $columns }): só a primeira, “{ $first }”, é lida. Altere a função de uma coluna para ler outra.
# $results: os outros resultados (uma lista, como “Alcance, Engajamento com a publicação”); $amount: o
# investimento nessas linhas (imp-amount, ou um valor simples quando a moeda não é conhecida).
imp-other-results = Fora da contagem: { $rows } { $rows ->
    [one] linha
    [many] de linhas
   *[other] linhas
    } de outros resultados ({ $results }), com { $amount } de investimento. Só contam as linhas de conversas por mensagem, com o investimento delas.
# $currency: um código de moeda, como “BRL”; $amount: o valor, como “1.234,50”.
imp-amount = { $currency } { $amount }
# “Resultados” é o nome da coluna da Meta.
imp-other-actions = Em { $rows } { $rows ->
    [one] linha
    [many] de linhas
   *[other] linhas
    }, “Resultados” conta outras ações (o indicador de resultados não é “conversa por mensagem iniciada”), então esses resultados não foram contados como conversas.
# $line: o número da linha no arquivo.
imp-totals-row = A linha { $line } é uma linha de totais: ficou de fora para nada ser contado duas vezes.
imp-totals-row-mismatch = A linha { $line } é uma linha de totais (os números dela não batem com as linhas; confira o arquivo): ficou de fora para nada ser contado duas vezes.
# $rows: as linhas somadas; $segments: os segmentos que elas formam.
imp-grouped-by-name = { $rows } { $rows ->
    [one] linha foi agrupada
    [many] de linhas foram agrupadas
   *[other] linhas foram agrupadas
    } em { $segments } { $segments ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    } por nome (as linhas diárias são somadas).
imp-grouped-by-name-and-month = { $rows } { $rows ->
    [one] linha foi agrupada
    [many] de linhas foram agrupadas
   *[other] linhas foram agrupadas
    } em { $segments } { $segments ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    } por nome e mês (as linhas diárias são somadas).
imp-grouped-by-name-and-week = { $rows } { $rows ->
    [one] linha foi agrupada
    [many] de linhas foram agrupadas
   *[other] linhas foram agrupadas
    } em { $segments } { $segments ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    } por nome e semana (as linhas diárias são somadas).
# $period: um mês ou uma semana, como “outubro de 2026” ou “Semana de 2026-10-05”; $first e
# $last: o primeiro e o último dia das linhas dele, como o arquivo os escreve.
imp-part-month = { $period } tem linhas apenas de { $first } a { $last }: os números cobrem só parte do mês.
imp-part-week = { $period } tem linhas apenas de { $first } a { $last }: os números cobrem só parte da semana.
# $months: quantos meses as datas das linhas abrangem; $rows: as linhas que passam de um mês
# para o outro, ou que não têm data. “Por mês” é uma das opções de períodos da prévia.
imp-not-split-spanning-file = As datas das linhas abrangem { $months } { $months ->
    [one] mês
    [many] de meses
   *[other] meses
    }, mas { $rows } { $rows ->
    [one] linha passa
    [many] de linhas passam
   *[other] linhas passam
    } de um mês para o outro, então o arquivo não foi dividido por mês. Escolha “Por mês” para colocar cada linha no mês em que ela começa.
imp-not-split-spanning-log = As datas das linhas abrangem { $months } { $months ->
    [one] mês
    [many] de meses
   *[other] meses
    }, mas { $rows } { $rows ->
    [one] linha passa
    [many] de linhas passam
   *[other] linhas passam
    } de um mês para o outro, então o registro não foi dividido por mês. Escolha “Por mês” para colocar cada linha no mês em que ela começa.
imp-not-split-undated-file = As datas das linhas abrangem { $months } { $months ->
    [one] mês
    [many] de meses
   *[other] meses
    }, mas { $rows } { $rows ->
    [one] linha não tem
    [many] de linhas não têm
   *[other] linhas não têm
    } data, então o arquivo não foi dividido por mês.
imp-not-split-undated-log = As datas das linhas abrangem { $months } { $months ->
    [one] mês
    [many] de meses
   *[other] meses
    }, mas { $rows } { $rows ->
    [one] linha não tem
    [many] de linhas não têm
   *[other] linhas não têm
    } data, então o registro não foi dividido por mês.
imp-spanning-month = { $rows } { $rows ->
    [one] linha passa
    [many] de linhas passam
   *[other] linhas passam
    } para o mês seguinte: cada uma é contada no mês em que começa.
imp-spanning-week = { $rows } { $rows ->
    [one] linha passa
    [many] de linhas passam
   *[other] linhas passam
    } para a semana seguinte: cada uma é contada na semana em que começa.
imp-undated-month = { $rows ->
    [one] { $rows } linha não tem data: ela fica à parte, fora de qualquer mês.
    [many] { $rows } de linhas não têm data: elas ficam à parte, fora de qualquer mês.
   *[other] { $rows } linhas não têm data: elas ficam à parte, fora de qualquer mês.
    }
imp-undated-week = { $rows ->
    [one] { $rows } linha não tem data: ela fica à parte, fora de qualquer semana.
    [many] { $rows } de linhas não têm data: elas ficam à parte, fora de qualquer semana.
   *[other] { $rows } linhas não têm data: elas ficam à parte, fora de qualquer semana.
    }
# $periods: os meses ou semanas (uma lista, como “outubro de 2026, novembro de 2026”).
imp-grouped-by-month = Agrupado por mês: { $periods }.
imp-grouped-by-week = Agrupado por semana: { $periods }.
# $statuses: cada status não reconhecido com as linhas dele (imp-status-rows, uma lista).
imp-unknown-statuses = Status não reconhecidos, contados só como conversa iniciada até você mapeá-los: { $statuses }.
# $status: um status como está no arquivo; $rows: quantas linhas o têm.
imp-status-rows = “{ $status }” ({ $rows } { $rows ->
    [one] linha
    [many] de linhas
   *[other] linhas
    })
# $stage: o nome de uma etapa, como “Conversas qualificadas”.
imp-entry-stage = Todas as linhas chegaram pelo menos até “{ $stage }”, então este arquivo não consegue contar as etapas anteriores: elas vêm dos anúncios ou ficam em branco.
# $column: a coluna de origens do arquivo, como “Original Traffic Source”; $count: quantas
# origens ela indica.
imp-sources-all-kept = “{ $column }” indica { $count } { $count ->
    [one] origem
    [many] de origens
   *[other] origens
    }: todas as linhas foram mantidas. Desmarque uma origem abaixo para deixar as linhas dela de fora.
# $kept de todas as $rows linhas foram mantidas; $sources: as origens mantidas (imp-source-rows, uma lista,
# ou imp-sources-none); $left: as linhas deixadas de fora; $others: as origens deixadas de fora (uma lista).
imp-sources-kept = Mantidas { $kept } de { $rows } { $rows ->
    [one] linha
    [many] de linhas
   *[other] linhas
    }: aquelas em que a coluna “{ $column }” é { $sources }. Deixadas de fora: { $left } de outras origens — { $others }. Altere abaixo quais origens manter.
# Como imp-sources-kept, para a sugestão do app: as origens mantidas parecem ser dos anúncios da Meta.
imp-sources-kept-suggested = Mantidas { $kept } de { $rows } { $rows ->
    [one] linha
    [many] de linhas
   *[other] linhas
    }: aquelas em que a coluna “{ $column }” é { $sources } (parecem ser dos anúncios da Meta). Deixadas de fora: { $left } de outras origens — { $others }. Altere abaixo quais origens manter.
imp-sources-none = nenhuma delas
# Uma origem a manter ou deixar de fora, ao lado da caixa de seleção: $source como está no arquivo, $rows as linhas dela.
imp-source-choice = { $source } ({ $rows })
# $source: uma origem como está no arquivo; $rows: as linhas dela.
imp-source-rows = “{ $source }” ({ $rows })

## Como um registro de resultados se juntaria aos dados de anúncios
# $matched dos $total nomes do registro são campanhas dos dados de anúncios.
imp-join-names-match = { $matched } de { $total } { $total ->
    [one] nome corresponde
    [many] de nomes correspondem
   *[other] nomes correspondem
    } aos dados de anúncios.
# $names: campanhas dos dados de anúncios, ou nomes do registro, entre aspas (uma lista).
imp-join-no-outcomes = Sem resultados registrados para: { $names }.
imp-join-no-ads = Sem dados de anúncios para: { $names } (mantidos como segmentos próprios; corrija os nomes para vinculá-los).
imp-join-account = Os resultados deste registro entram no total dos dados de anúncios: investimento e conversas (e respostas, se os anúncios tiverem) vêm dos anúncios; qualificadas, encaminhamentos, clientes e receita vêm deste arquivo. Ele não é adicionado como segmento, e as campanhas ficam só com os números dos anúncios.
# $conversations: as conversas registradas deixadas de fora; $customers: os clientes entre elas
# (imp-join-customers); $parts: de quem e quando (imp-join-part-…, uma lista).
imp-join-out-of-period = { $conversations ->
    [one] { $conversations } conversa registrada ({ $customers }) fica fora dos períodos dos dados de anúncios e foi deixada de fora: { $parts }. Importe dados de anúncios que cubram essas datas para contá-la.
    [many] { $conversations } de conversas registradas ({ $customers }) ficam fora dos períodos dos dados de anúncios e foram deixadas de fora: { $parts }. Importe dados de anúncios que cubram essas datas para contá-las.
   *[other] { $conversations } conversas registradas ({ $customers }) ficam fora dos períodos dos dados de anúncios e foram deixadas de fora: { $parts }. Importe dados de anúncios que cubram essas datas para contá-las.
    }
imp-join-customers = { $count } { $count ->
    [one] cliente
    [many] de clientes
   *[other] clientes
    }
# $name: um nome do registro; $period: um mês ou uma semana, como “dezembro de 2026”;
# $conversations: as conversas registradas dele.
imp-join-part-in = “{ $name }” em { $period } ({ $conversations })
imp-join-part-undated = “{ $name }” sem data ({ $conversations })
imp-join-more-logged = Mais conversas registradas do que os anúncios iniciaram para: { $names }. Confira a janela de atribuição.

## Como a entrada parece (depois de “Parece ser:”)
# $roles: as funções com que as colunas são lidas, em ordem (imp-role-…, uma lista).
imp-looks-unlabeled = Números sem rótulos, lidos na ordem da escada: { $roles }.
imp-looks-aggregate = Uma tabela de { $rows } { $rows ->
    [one] linha
    [many] de linhas
   *[other] linhas
    } com investimento e contagens por etapa, como { $segments } { $segments ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    }.
imp-looks-meta = Uma exportação do Gerenciador de Anúncios da Meta: { $rows } { $rows ->
    [one] linha
    [many] de linhas
   *[other] linhas
    }, { $segments } { $segments ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    }.
# $currency: o código da moeda do investimento, como “BRL”.
imp-looks-meta-currency = Uma exportação do Gerenciador de Anúncios da Meta: { $rows } { $rows ->
    [one] linha
    [many] de linhas
   *[other] linhas
    }, { $segments } { $segments ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    }, investimento em { $currency }.
# $conversations: as conversas contadas (as das origens mantidas).
imp-looks-log = Um registro de resultados (negócios do CRM ou uma auditoria de conversas): { $conversations } { $conversations ->
    [0] conversas contadas
    [one] conversa contada
    [many] de conversas contadas
   *[other] conversas contadas
    } em { $segments } { $segments ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    }.
# Como imp-looks-log, quando algumas linhas ficaram de fora: $rows, todas as linhas do registro.
imp-looks-log-of = Um registro de resultados (negócios do CRM ou uma auditoria de conversas): { $conversations } { $conversations ->
    [0] conversas contadas
    [one] conversa contada
    [many] de conversas contadas
   *[other] conversas contadas
    } em { $segments } { $segments ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    } (de { $rows } { $rows ->
    [one] linha
    [many] de linhas
   *[other] linhas
    }).

## Os fatos sob “Parece ser:”: o nome do arquivo, depois estes, um após o outro
# Um fato, depois o resto.
imp-facts = { $first } · { $rest }
# $encoding: imp-encoding-…
imp-read-as = lido como { $encoding }
imp-encoding-utf8 = UTF-8
imp-encoding-utf8-bom = UTF-8 (com BOM)
imp-encoding-utf16-le = UTF-16 LE
imp-encoding-utf16-be = UTF-16 BE
imp-encoding-windows-1252 = Windows-1252
imp-comma-separated = separado por vírgulas
imp-semicolon-separated = separado por ponto e vírgula
imp-tab-separated = separado por tabulações
imp-data-rows = { $count } { $count ->
    [0] linhas de dados
    [one] linha de dados
    [many] de linhas de dados
   *[other] linhas de dados
    }
# $ms: milissegundos, um número inteiro.
imp-read-in-ms = lido em { $ms } ms
# $seconds: segundos, com duas casas decimais; $speed: megabytes por segundo, um número inteiro.
imp-read-in-s = lido em { $seconds } s ({ $speed } MB/s)

## Enquanto um arquivo é lido, e depois
# $read e $total: megabytes, com uma casa decimal; $rows: as linhas lidas até agora.
imp-progress = { $read } MB de { $total } MB · { $rows } { $rows ->
    [0] linhas
    [one] linha
    [many] de linhas
   *[other] linhas
    }
imp-cancelled = Importação cancelada. Nada foi alterado.
imp-remembered = Usando as escolhas de colunas que você fez da última vez para arquivos com estas colunas.
# Como as células coladas são chamadas onde ficaria o nome de um arquivo.
imp-pasted-cells = Células coladas

## A tabela de colunas: uma coluna por coluna do arquivo, com a função e o separador decimal no topo
imp-grid-caption = Como cada coluna é lida: a função e, para números, o separador decimal; as primeiras linhas logo abaixo
imp-grid-role-row = Função
imp-grid-numbers-row = Números
# A célula de uma coluna de texto na linha dos separadores decimais.
imp-grid-text = — (texto)
# $reason: como o separador foi definido (imp-decimal-… abaixo).
imp-grid-decided = Definido: { $reason }
# $column: o cabeçalho da coluna como está no arquivo.
imp-grid-role-of = Função da coluna { $column }
imp-grid-separator-of = Separador decimal da coluna { $column }
# $row: o número de uma das primeiras linhas exibidas.
imp-grid-row = Linha { $row }
imp-decimal-point-choice = Ponto decimal (1,234.5)
imp-decimal-comma-choice = Vírgula decimal (1.234,5)
# Uma célula vazia de uma coluna de números.
imp-blank = (em branco)
# $value: uma célula como está no arquivo.
imp-not-a-number-cell = “{ $value }” (não é número)

## Como o separador decimal de uma coluna foi definido
# $value: um número como está no arquivo.
imp-decimal-point-as-in = ponto decimal (como em “{ $value }”)
imp-decimal-comma-as-in = vírgula decimal (como em “{ $value }”)
# $point e $comma: dois números que só têm uma leitura cada; $separator: o usado, com artigo
# (imp-the-decimal-…).
imp-decimal-mixed = misto: “{ $point }” e “{ $comma }” se contradizem; usando { $separator }
imp-grouped-with-dots = números inteiros agrupados com pontos (como em “{ $value }”)
imp-grouped-with-commas = números inteiros agrupados com vírgulas (como em “{ $value }”)
imp-no-decimals = nenhuma casa decimal encontrada; usando { $separator }
imp-set-by-you = definido por você
imp-the-decimal-point = o ponto decimal
imp-the-decimal-comma = a vírgula decimal

## As funções com que uma coluna pode ser lida
imp-role-ignore = Ignorar
imp-role-name = Nome (campanha, conjunto de anúncios ou anúncio)
imp-role-period-start = Data ou início do período
imp-role-period-end = Fim do período
imp-role-spend = Investimento
imp-role-started = Conversas iniciadas
imp-role-replies = Respostas
imp-role-qualified = Conversas qualificadas
imp-role-handoffs = Encaminhamentos para vendas
imp-role-customers = Clientes
imp-role-revenue = Receita
imp-role-impressions = Impressões
imp-role-link-clicks = Cliques no link
imp-role-results = Resultados (Meta)
imp-role-result-indicator = Indicador de resultados (Meta)
imp-role-status = Status ou etapa (uma linha por conversa ou negócio)
imp-role-stage = Etapa do funil (ao lado de um status ganho / perdido / aberto)
imp-role-value = Valor do negócio ou do pedido
imp-role-source = Origem ou canal (para manter parte das linhas)
# As datas em que um negócio terminou, em um registro de resultados: ganho (o “Deal - Won time” do
# Pipedrive), perdido, ou uma data de fechamento que só significa ganho ou perdido em um negócio fechado
# (o “Close Date” do HubSpot).
imp-role-won-date = Data de ganho
imp-role-lost-date = Data de perda
imp-role-close-date = Data de fechamento (de negócios fechados)
imp-role-qualified-date = Data de qualificação
imp-role-handoff-date = Data de encaminhamento para vendas ou agendamento
