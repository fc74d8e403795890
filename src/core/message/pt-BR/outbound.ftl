# O que sai da página (relatório, CSV, links, incorporação), o que fica guardado (armazenamento, backups), e se (cenários, atingir meta) e os avisos do próprio espaço de trabalho
# Português (Brasil): uma entrada por mensagem, com os mesmos argumentos nomeados ($nome) do inglês;
# o plural segue a categoria CLDR do número (one = 0 e 1, many = milhões, other).

## O relatório impresso
out-report-example = Números de exemplo, fictícios
out-report-typed = Números digitados
out-report-all-segments = Todos os segmentos importados
# $period: as datas dos dados importados, como “outubro de 2026” ou “2026-10-01 – 2026-11-30”.
out-report-all-segments-in = Todos os segmentos importados, { $period }
# $period: o nome de um período importado, como “outubro de 2026”.
out-report-all-campaigns-in = Todas as campanhas, { $period }
# $segment: o nome de um segmento importado; $period: as datas dele, como “outubro de 2026”.
out-report-segment-in = { $segment }, { $period }
# A linha sob o título do relatório. $what: quais números ele mostra (out-report-…, ou o nome de
# um segmento); $date: o dia em que é impresso, como 2026-12-01.
out-report-subtitle = { $what } · impresso em { $date }
out-finding-inversions = Mensagens baratas, clientes caros
out-finding-cac-moved = Por que o CAC mudou
out-finding-outliers = Segmentos que realmente diferem
# As colunas da tabela da escada no relatório em Markdown.
out-md-stage = Etapa
out-md-count = Quantidade
out-md-step-rate = Taxa do passo
out-md-cost-per-stage = Custo por etapa

## Downloads em CSV (títulos de colunas e unidades no arquivo)
out-csv-metric = Métrica
out-csv-value = Valor
out-csv-unit = Unidade
out-csv-formula = Fórmula
out-csv-note = Observação
out-csv-segment = Segmento
out-csv-period-start = Início do período
out-csv-period-end = Fim do período
out-csv-spend = Investimento
out-csv-started = Conversas iniciadas
# Uma coluna que diz o que um CAC conta enquanto seus negócios ainda estão em aberto: closing-cac-mark-projected, closing-cac-mark-so-far ou nada.
out-csv-cac-counts = Cálculo do CAC
# O título de uma coluna de dinheiro. $column: o nome dela, como “Investimento”; $currency: um código ISO, como BRL.
out-csv-in-currency = { $column } ({ $currency })
# $currency: um código ISO, como BRL.
out-csv-unit-money = moeda ({ $currency })
out-csv-unit-rate = taxa (decimal)
out-csv-unit-multiple = múltiplo
out-csv-unit-count = contagem

## Links compartilhados que não podem ser abertos
out-link-not-a-link = Este endereço não contém um espaço de trabalho compartilhado.
# $version: o número do formato do link, como 2.
out-link-newer = Este link foi criado por uma versão mais nova do Messaging Ladder (formato { $version }). Recarregue a página para obter a versão mais recente e abra o link de novo.
out-link-too-long = Este link é grande demais para ser aberto com segurança. Compartilhe menos segmentos ou exporte um CSV.
out-link-damaged = Este link está danificado ou cortado (a soma de verificação não confere). Copie o link inteiro de novo; apps de mensagem às vezes cortam links longos.
# $problem: o que está errado nos dados (out-problem-…).
out-link-invalid = Este link contém dados que não podem ser usados: { $problem }.
# O que está errado em um espaço de trabalho vindo de um link ou de um backup, no fim de outra frase
# (out-link-invalid, store-backup-unusable).
out-problem-not-text = conteúdo inesperado (não é UTF-8)
# $detail: a descrição do próprio leitor de JSON do que encontrou, em inglês.
out-problem-unexpected = conteúdo inesperado ({ $detail })
# $count: quantos segmentos contém; $max: o máximo que um link comporta.
out-problem-too-many-segments = { $count ->
    [one] { $count } segmento
    [many] { $count } de segmentos
   *[other] { $count } segmentos
    }, mais do que os { $max } que um link comporta
# $segment: o nome de um segmento (os primeiros 40 caracteres).
out-problem-count-too-large = uma contagem em “{ $segment }” maior que 10¹²
# $segment: o nome de um segmento (os primeiros 40 caracteres).
out-problem-negative-amount = um valor negativo em “{ $segment }”
# $segment: o nome de um segmento (os primeiros 40 caracteres).
out-problem-amount-too-large = um valor em “{ $segment }” maior que 10¹²
out-problem-long-segment-name = um nome de segmento com mais de 500 caracteres
out-problem-long-date = uma data de período com mais de 40 caracteres
out-problem-long-field = um campo com mais de 200 caracteres

## Incorporar em um portal do cliente
# Como se chama uma incorporação sem nome próprio: o título dela e o título do iframe no código.
out-embed-plain-name = Calculadora de anúncios de clique para mensagem
out-embed-note = O iframe fica em sandbox, mas mantém a origem da própria calculadora (allow-same-origin): carrega de qualquer hospedagem estática sem cabeçalhos especiais, guarda o trabalho de cada visitante onde o navegador permite armazenamento em iframes (onde não permite, o iframe avisa e oferece um backup e um link) e não consegue acessar a página, os cookies nem o armazenamento do portal, porque a calculadora é servida de outro domínio. Sirva-a de um domínio diferente do portal: no mesmo domínio, allow-same-origin deixaria o iframe remover o próprio sandbox. allow="clipboard-write" faz o Copiar link funcionar; allow-downloads libera os downloads do CSV e do backup. O script ajusta o tamanho do iframe ao conteúdo; nada do que o iframe envia carrega os seus números.
# $file: o nome do arquivo baixado.
out-embed-downloading = Baixando “{ $file }”. Se nenhum arquivo aparecer, a página em volta desta calculadora não permite downloads no iframe (o sandbox do iframe precisa de allow-downloads): use Copiar link, abra o link em uma nova aba e baixe de lá.

## Espaços de trabalho salvos e armazenamento
# Os nomes que um espaço de trabalho recebe quando ninguém deu nome a ele (mantidos como nome).
store-first-name = Meu espaço de trabalho
# $number: a posição na lista, a partir de 1.
store-workspace-number = Espaço de trabalho { $number }
store-shared-name = Compartilhado comigo
# $position: a posição no backup, a partir de 1.
store-restored-name = Restaurado { $position }
# As opções do seletor de espaços de trabalho. $name: o nome de um espaço de trabalho (o aberto aparece só pelo nome).
store-choice-open = { $name }
# $name: o nome de um espaço de trabalho; $when: quando foi alterado (store-changed-…).
store-choice-other = { $name } · alterado { $when }
# Quando um espaço de trabalho foi alterado, depois de “alterado”.
store-changed-just-now = agora mesmo
store-changed-minutes = { $count ->
    [one] há { $count } minuto
    [many] há { $count } de minutos
   *[other] há { $count } minutos
    }
store-changed-hours = { $count ->
    [one] há { $count } hora
    [many] há { $count } de horas
   *[other] há { $count } horas
    }
# $date: o dia, como 2026-11-28.
store-changed-on = em { $date }
# O que um backup contém. $count: quantos espaços de trabalho; $list: cada um (store-backup-item),
# unidos por store-list.
store-backup-contents = { $count ->
    [one] { $count } espaço de trabalho
    [many] { $count } de espaços de trabalho
   *[other] { $count } espaços de trabalho
    }: { $list }.
# $name: o nome de um espaço de trabalho; $when: quando foi alterado (store-changed-…).
store-backup-item = “{ $name }” (alterado { $when })
# Dois ou mais itens de uma lista: o primeiro, depois o resto.
store-list = { $first }, { $rest }
# $mb: o maior backup que é lido, em megabytes.
store-backup-too-large = O arquivo tem mais de { $mb } MB, mais do que um backup comporta.
# $detail: a descrição do próprio leitor de JSON do que encontrou, em inglês.
store-backup-not-json = Este não é um backup do Messaging Ladder (não é JSON: { $detail }).
store-backup-wrong-format = Este não é um backup do Messaging Ladder (o “format” dele não é “messaging-ladder-backup”).
# $version: o número do formato do backup, como 2.
store-backup-newer = Este backup foi gravado por uma versão mais nova do Messaging Ladder (formato { $version }). Abra-o lá.
store-backup-no-version = Este backup não tem uma versão de formato que este app conheça.
# $detail: a descrição do próprio leitor de JSON do que encontrou, em inglês.
store-backup-damaged = Este backup está danificado ({ $detail }).
store-backup-empty = Este backup não contém nenhum espaço de trabalho.
# $count: quantos espaços de trabalho ele contém; $max: o máximo que uma restauração aceita.
store-backup-too-many = Este backup contém { $count ->
    [one] { $count } espaço de trabalho
    [many] { $count } de espaços de trabalho
   *[other] { $count } espaços de trabalho
    }, mais do que os { $max } que uma restauração aceita.
# $position: a posição do espaço de trabalho no backup, a partir de 1; $name: o nome dele (primeiros 40
# caracteres); $problem: o que está errado (out-problem-…).
store-backup-unusable = O espaço de trabalho { $position } (“{ $name }”) não pode ser usado: { $problem }.
# Avisos de armazenamento.
store-blocked = Este navegador bloqueia o armazenamento aqui (modo privado ou página incorporada), então seu trabalho fica só nesta aba. Copie seus números antes de fechá-la.
store-full = O armazenamento do navegador está cheio, então suas últimas alterações ficam só nesta aba. Libere espaço para este site e elas serão salvas na próxima alteração.
# $why: o nome que o próprio navegador dá à falha, como InvalidStateError.
store-failed = Não foi possível salvar suas últimas alterações ({ $why }); elas ficam nesta aba, e o salvamento será tentado de novo na próxima alteração.
# $key: a chave de armazenamento em que a cópia ilegível fica guardada, como messaging-ladder:backup:1.
store-corrupt-kept = Não foi possível ler o trabalho salvo, então o exemplo foi carregado. A cópia ilegível está guardada no armazenamento deste navegador com a chave “{ $key }”.
store-corrupt-not-kept = Não foi possível ler nem fazer backup do trabalho salvo, então ele foi deixado intacto, e suas alterações ficam só nesta aba.
# $version: o número do formato do salvamento, como 2.
store-newer = Seu trabalho salvo foi gravado por uma versão mais nova do Messaging Ladder (formato { $version }). Ele foi deixado intacto; as alterações feitas aqui ficam só nesta aba.

## E se: cenários e atingir meta
scn-full = O máximo é quatro cenários
# O nome de um novo cenário. $number: a posição dele, a partir de 1.
scn-default-name = Cenário { $number }
# O nome de uma cópia. $name: o cenário copiado.
scn-copy-name = { $name } (cópia)
# $lever: uma alavanca (scn-lever-…); $scenario: o nome do cenário.
scn-slider-label = { $lever } ({ $scenario }): controle deslizante
# As alavancas, como rótulos e no início de uma frase.
scn-lever-spend = Investimento
scn-lever-cost-per-message = Custo por mensagem
scn-lever-reply-rate = Taxa de resposta
scn-lever-qualification-rate = Taxa de qualificação
scn-lever-handoff-rate = Taxa de encaminhamento
scn-lever-close-rate = Taxa de fechamento
scn-lever-revenue-per-customer = Receita por cliente
scn-lever-other-cost = Outros custos de aquisição
# As alavancas dentro de uma frase, com artigo: “Defina a taxa de fechamento em 34%”.
scn-lever-name-spend = o investimento
scn-lever-name-cost-per-message = o custo por mensagem
scn-lever-name-reply-rate = a taxa de resposta
scn-lever-name-qualification-rate = a taxa de qualificação
scn-lever-name-handoff-rate = a taxa de encaminhamento
scn-lever-name-close-rate = a taxa de fechamento
scn-lever-name-revenue-per-customer = a receita por cliente
scn-lever-name-other-cost = os outros custos de aquisição
# As metas que atingir meta busca, no seletor e em uma frase.
scn-goal-cac = CAC
scn-goal-customers = Clientes
scn-goal-roas = ROAS
scn-goal-cost-per-qualified = Custo por conversa qualificada
# Por que não dá para montar cenários a partir da escada exibida.
scn-needs-spend = Informe o investimento para montar cenários.
scn-needs-started = Informe a contagem de conversas iniciadas para montar cenários.
# $stage: o nome de uma etapa dentro de uma frase (stage-name-…), como “conversas qualificadas”.
scn-needs-stage = Informe a contagem de { $stage } para montar cenários.
# Acima dos cenários, quando uma etapa entre conversas iniciadas e clientes não é contada
# (uma exportação da Meta unida a um CRM não tem respostas). $stages: os nomes das etapas (stage-name-…), em uma lista.
scn-not-counted = Estes números não incluem { $stages }: o passo seguinte é calculado a partir da etapa anterior, e não há alavanca para { $stages }.
# Atingir meta, quando se pede a taxa de um passo até uma etapa não contada. $stage: o nome dela (stage-name-…).
scn-lever-not-counted = Estes números não incluem { $stage }, então não dá para definir a taxa desse passo: escolha a taxa do passo seguinte, calculada a partir da etapa anterior.
scn-projected-baseline = O fechamento parte da taxa final projetada, { $rate } ({ $so-far } até agora), porque os negócios iniciados recentemente ainda estão em andamento.
# $step: o nome de um passo dentro de uma frase (step-name-…), como “qualificação”; $reached:
# a contagem no fim dele; $from: a contagem no início.
scn-needs-consistent = O passo de { $step } precisa de contagens consistentes ({ $reached } de { $from }) para montar cenários.
# As respostas de atingir meta. $lever: uma alavanca dentro de uma frase (scn-lever-name-…); $value: o
# valor que ela precisa ter; $now: o valor dela hoje (ou “—”).
scn-answer-set = Defina { $lever } em { $value } (hoje: { $now }).
# $why: por que a meta está fora de alcance (scn-…); $lever: a alavanca (scn-lever-…); $value: o
# valor dela que chega mais perto; $goal: a meta (scn-goal-…); $reached: o valor da meta nesse ponto.
scn-answer-nearest = Fora de alcance: { $why } O mais próximo: { $lever } em { $value } ({ $goal }: { $reached }).
# $why: por que a meta está fora de alcance (scn-…).
scn-answer-unreachable = Fora de alcance: { $why }
# $lever: uma alavanca (scn-lever-…); $goal: uma meta (scn-goal-…).
scn-not-a-lever = { $lever } não altera { $goal }.
# $goal: uma meta (scn-goal-…).
scn-choose-above-zero = Escolha um valor de { $goal } acima de zero.
scn-cac-without-other-cost = Sem outros custos de aquisição, o CAC não depende do investimento: toda conversa custa o mesmo.
# $floor: o menor CAC que o investimento consegue alcançar (dinheiro).
scn-cac-floor = Mais investimento só dilui os outros custos: aumentando o investimento, o CAC não fica abaixo de { $floor } (custo por mensagem ÷ todas as taxas dos passos).
scn-no-value = A linha de base tem uma taxa zero ou nenhuma receita, então nenhum valor desta alavanca chega lá.
# $lever: uma alavanca de taxa dentro de uma frase (scn-lever-name-…); $rate: a taxa de que precisaria.
scn-above-hundred = Seria preciso que { $lever } chegasse a { $rate }, acima de 100%.
# $lever: uma alavanca dentro de uma frase (scn-lever-name-…).
scn-negative = Seria preciso um valor negativo para { $lever }.
# $goal: uma meta (scn-goal-…); $target: o valor digitado para ela; $lever: uma alavanca dentro de
# uma frase (scn-lever-name-…). O nome de um cenário criado a partir da resposta de atingir meta.
scn-goal-scenario-name = { $goal } { $target } ajustando { $lever }
# As linhas da tabela de comparação: clientes, depois cada métrica.
scn-row-customers = Clientes
# $metric: o nome de uma métrica, como “Custo por mensagem”.
scn-row-metric = { $metric }
# A variação de um cenário em relação à linha de base, com as partes em linhas próprias (mostradas como
# espaços em uma tabela larga). $amount: a variação, com sinal, como “−R$ 11,43” ou “+14”.
scn-change-better = ▲ melhor:
    { $amount }
scn-change-worse = ▼ pior:
    { $amount }
# $amount: a variação, com sinal; $percent: ela como parcela da linha de base, com sinal, como “−7%”.
scn-change-better-percent = ▲ melhor:
    { $amount }
    ({ $percent })
# $amount: a variação, com sinal; $percent: ela como parcela da linha de base, com sinal, como “−50%”.
scn-change-worse-percent = ▼ pior:
    { $amount }
    ({ $percent })
# A variação de uma taxa em pontos percentuais. $points: o número, como 10,0.
scn-points = { $points } p.p.
scn-no-change = sem mudança

## Os avisos do próprio espaço de trabalho
# Dito ao lado de Desfazer, depois que o espaço de trabalho inteiro foi substituído.
ws-sample-loaded = Números de exemplo carregados.
ws-cleared = Tudo limpo.
ws-opened-shared = Os números compartilhados foram abertos.
ws-example-note = Números de exemplo: um negócio fictício de serviços residenciais, não são os seus dados. Digite seus próprios números ou importe uma exportação para substituí-los.
ws-link-copied = Link copiado. Ele leva estes números dentro do endereço; nada é enviado.
# Rotula o campo com o link, para copiar à mão.
ws-copy-by-hand = A área de transferência não está disponível aqui. Copie este link:
# $cost: os outros custos de aquisição digitados no formulário (dinheiro).
ws-typed-other-cost = A escada mostra dados importados. Destes números, só os outros custos de aquisição ({ $cost }) são usados: eles são somados ao CAC dos dados importados, distribuídos entre as campanhas pelo investimento.
ws-typed-unused = A escada mostra dados importados, então estes números não estão sendo usados agora.
# As duas escadas comparadas quando um período anterior é digitado ao lado da escada, dentro de uma
# frase: “Comparando o período anterior digitado com a escada exibida.”
ws-earlier-typed = o período anterior digitado
ws-ladder-shown = a escada exibida
# Os mesmos na verificação do custo por mensagem, entre parênteses: “subiu de R$ 2,50 (período anterior) para R$ 3,00 (este período)”.
ws-earlier-period = período anterior
ws-this-period = este período
# Depois de uma importação. $count: quantos segmentos; $file: o nome do arquivo.
ws-imported = { $count ->
    [one] { $count } segmento importado
    [many] { $count } de segmentos importados
   *[other] { $count } segmentos importados
    } de { $file }. A escada agora mostra o total.
# $file: o nome do registro de resultados; $matched: quantos nomes dele são campanhas nos dados de
# anúncios; $names: quantos nomes ele tem.
ws-joined-by-name = { $file } foi vinculado aos dados de anúncios: { $matched } de { $names ->
    [one] { $names } nome
    [many] { $names } de nomes
   *[other] { $names } nomes
    } com correspondência.
# O mesmo, quando os dados de anúncios têm vários períodos.
ws-joined-by-name-periods = { $file } foi vinculado aos dados de anúncios: { $matched } de { $names ->
    [one] { $names } nome
    [many] { $names } de nomes
   *[other] { $names } nomes
    } com correspondência, cada período ao seu.
# $file: o nome do registro de resultados.
ws-joined-account = { $file } foi vinculado ao total dos dados de anúncios: os resultados dele são da conta, não de uma campanha.
# $count: conversas registradas com data fora de todos os períodos dos dados de anúncios.
ws-left-out = { $count ->
    [one] { $count } conversa registrada fora dos períodos dos dados de anúncios ficou de fora.
    [many] { $count } de conversas registradas fora dos períodos dos dados de anúncios ficaram de fora.
   *[other] { $count } conversas registradas fora dos períodos dos dados de anúncios ficaram de fora.
    }
ws-shows-total = A escada agora mostra o total.
# Duas frases, uma depois da outra.
ws-then = { $first } { $then }
# Vincular um registro de resultados a dados de anúncios importados: a escolha.
ws-join-legend = Este é um registro de resultados, e já há dados de anúncios importados
ws-join-by-name = Vincular aos dados de anúncios pelo nome da campanha: investimento e conversas dos anúncios, resultados deste arquivo
ws-join-account-ignoring-names = Vincular ao total dos dados de anúncios, ignorando os nomes: resultados da conta inteira
ws-join-account = Vincular ao total dos dados de anúncios: este arquivo não tem coluna de campanha, então os resultados dele são da conta inteira
ws-join-replace = Substituir os dados importados por este arquivo
ws-join-ask = Nenhum nome deste arquivo é uma campanha dos dados de anúncios, então ele não é vinculado até você dizer como. Corrija os nomes no arquivo ou escolha abaixo.
ws-names-caption = Nomes neste arquivo e campanhas nos dados de anúncios
ws-names-in-file = Neste arquivo
ws-names-in-ads = Nos dados de anúncios
