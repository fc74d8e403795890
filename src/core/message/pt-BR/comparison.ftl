# Comparar segmentos e períodos: as opções de “Exibindo”, a tabela de segmentos, inversões, fora da curva, por que o CAC mudou, mudanças de orçamento
# Português (Brasil): uma entrada por mensagem, com os mesmos argumentos nomeados ($nome) do inglês;
# o plural segue a categoria CLDR do número (one = 0 e 1, many = milhões, other).
# As listas usam dx-list-comma e dx-list-semicolon.

## A escolha “Exibindo”
cmp-source-typed = Números digitados
# Todos os segmentos importados somados; $count: quantos (exatamente 1: o único importado).
cmp-source-total = { $count ->
    [1] Importados: total
   *[other] Importados: todos os { $count } somados
    }
# $name: o nome de um período, como “outubro de 2026” ou o nome que o arquivo dá a ele.
cmp-source-period = Importados: { $name }, todas as campanhas
# $name: o rótulo de um segmento (cmp-segment-label…).
cmp-source-segment = Importados: { $name }

## Rótulos de segmentos
# O nome de um segmento como o arquivo o dá, sem alteração.
cmp-segment-label = { $name }
# Um nome que se repete (uma campanha em dois meses), com o nome do período: “Promo de verão · outubro de 2026”.
cmp-segment-label-period = { $name } · { $period }

## A tabela de segmentos
# Sob uma tabela longa; $shown: as linhas exibidas; $count: todos os segmentos.
cmp-showing = Exibindo { $shown } de { $count } { $count ->
    [one] segmento
    [many] de segmentos
   *[other] segmentos
    } nesta ordem.
cmp-other-cost-note = O CAC inclui os outros custos de aquisição digitados em Mais dados, distribuídos entre os segmentos pela participação de cada um no investimento, para que os custos dos segmentos somem o da conta.

## Mensagens baratas, clientes caros
# $name: o segmento com mensagens mais baratas; $other: aquele com que é comparado.
# $message, $other-message: os custos por mensagem; $customer, $other-customer: os custos
# por cliente; $times: o custo por cliente de $name como múltiplo do de $other, como 5,53×.
cmp-inversion = { $name } tem mensagens mais baratas que { $other } ({ $message } contra { $other-message }), mas clientes mais caros ({ $customer }, { $times } o custo de { $other }).
cmp-inversion-cheapest = { $name } tem as mensagens mais baratas ({ $message }) e os clientes mais caros ({ $customer }, { $times } o custo de { $other }).
cmp-inversion-unclear = { $name } tem mensagens mais baratas que { $other } ({ $message } contra { $other-message }) e parece mais caro por cliente ({ $customer } contra { $other-customer }), mas ainda não dá para distinguir os clientes por conversa de um e de outro: mais conversas mostrariam qual sai mais barato.
# $count: o volume mínimo; $names: os segmentos abaixo dele, cada um com cmp-quoted, em uma lista.
cmp-not-ranked = Fora do ranking (menos de { $count } { $count ->
    [one] conversa
    [many] de conversas
   *[other] conversas
    }): { $names }.
# O nome de um segmento entre aspas.
cmp-quoted = “{ $name }”
# O equivalente em texto do gráfico; $points: um cmp-point por segmento, em uma lista (ponto e vírgula).
cmp-points-summary = Custo por mensagem versus CAC, por segmento: { $points }.
# $message: custo por mensagem; $customer: custo por cliente; $spend: o investimento do segmento.
cmp-point = { $name }: { $message } por mensagem, { $customer } por cliente, { $spend } investidos

## Fora da curva
# Um segmento fora dos limites de 99,8%. $share: a taxa dele no passo (cmp-share-…);
# $range: os limites para o volume dele; $pooled: a taxa de todos os segmentos juntos.
cmp-outlier-below = { $name }: { $share }, abaixo do intervalo esperado para esse volume ({ $range } em torno da taxa agregada de { $pooled }).
cmp-outlier-above = { $name }: { $share }, acima do intervalo esperado para esse volume ({ $range } em torno da taxa agregada de { $pooled }).
# “9% de 350 respostas foram qualificadas”: $rate das $count pessoas no início do passo o completaram.
cmp-share-reply = { $rate } de { $count } { $count ->
    [one] conversa teve resposta
    [many] de conversas tiveram resposta
   *[other] conversas tiveram resposta
    }
cmp-share-qualification = { $rate } de { $count } { $count ->
    [one] resposta foi qualificada
    [many] de respostas foram qualificadas
   *[other] respostas foram qualificadas
    }
cmp-share-handoff = { $rate } de { $count } { $count ->
    [one] conversa qualificada foi encaminhada para vendas
    [many] de conversas qualificadas foram encaminhadas para vendas
   *[other] conversas qualificadas foram encaminhadas para vendas
    }
cmp-share-close = { $rate } de { $count } { $count ->
    [one] encaminhamento para vendas fechou
    [many] de encaminhamentos para vendas fecharam
   *[other] encaminhamentos para vendas fecharam
    }
# O equivalente em texto do gráfico. $metric: a taxa do passo, como “Taxa de qualificação”;
# $pooled: a taxa de todos os segmentos juntos; $points: um cmp-funnel-point… por segmento,
# em uma lista (ponto e vírgula).
cmp-funnel-summary = { $metric } por segmento versus volume, taxa agregada de { $pooled }: { $points }.
# A taxa $rate de um segmento, das $count pessoas no início do passo.
cmp-funnel-point = { $name } { $rate } de { $count }
cmp-funnel-point-watch = { $name } { $rate } de { $count } (fora do intervalo de 95%)
cmp-funnel-point-below = { $name } { $rate } de { $count } (abaixo do intervalo de 99,8%)
cmp-funnel-point-above = { $name } { $rate } de { $count } (acima do intervalo de 99,8%)

## Por que o CAC mudou
# Quando os negócios do período posterior ainda estão fechando (tempo de fechamento): como os clientes dos
# dois períodos foram tornados comparáveis. $earlier, $later: os nomes dos períodos; $so-far e $projected:
# os clientes conquistados até agora e os projetados quando todos os negócios tiverem fechado.
cmp-like-projected = Comparação em pé de igualdade: os negócios de { $later } ainda estão fechando, então os clientes desse período são contados pelo número final projetado, { $projected } ({ $so-far } até agora).
cmp-like-projected-both = Comparação em pé de igualdade: os negócios dos dois períodos ainda estão fechando, então, nos dois, os clientes são contados pelo número final projetado: { $earlier-projected } em { $earlier } ({ $earlier-so-far } até agora) e { $projected } em { $later } ({ $so-far } até agora).
# $days: a idade do período posterior; $removed: os negócios ganhos do período anterior que vieram depois disso.
cmp-like-same-age = Comparação em pé de igualdade: os negócios de { $later } ainda estão fechando e é cedo demais para projetar, então { $earlier } conta só os clientes conquistados em até { $days ->
    [0] { $days } dias
    [one] { $days } dia
   *[other] { $days } dias
    } a partir do início do período, a idade que { $later } tem agora ({ $removed ->
    [0] { $removed } negócios ganhos depois ficaram de fora
    [one] { $removed } negócio ganho depois ficou de fora
    [many] { $removed } de negócios ganhos depois ficaram de fora
   *[other] { $removed } negócios ganhos depois ficaram de fora
    }).
# O que mexe no CAC, no início de uma linha da tabela.
cmp-factor-cost-per-message = Custo por mensagem
cmp-factor-reply-rate = Taxa de resposta
cmp-factor-qualification-rate = Taxa de qualificação
cmp-factor-handoff-rate = Taxa de encaminhamento
cmp-factor-close-rate = Taxa de fechamento
cmp-factor-other-cost = Outros custos por unidade de investimento
# Uma taxa de passo contada a partir de uma etapa anterior, quando a etapa logo antes não é contada
# nos dois períodos: $factor é o nome da taxa, $from a etapa (“conversas iniciadas”).
cmp-factor-from = { $factor } (a partir de { $from })
# O mesmo dentro de uma frase.
cmp-factor-name-cost-per-message = custo por mensagem
cmp-factor-name-reply-rate = taxa de resposta
cmp-factor-name-qualification-rate = taxa de qualificação
cmp-factor-name-handoff-rate = taxa de encaminhamento
cmp-factor-name-close-rate = taxa de fechamento
cmp-factor-name-other-cost = outros custos por unidade de investimento
# Sob as barras da cascata: CAC antes, cada fator (curto), CAC agora.
cmp-bar-before = Antes
cmp-bar-messages = Mensagens
cmp-bar-reply = Resposta
cmp-bar-qualified = Qualificação
cmp-bar-handoff = Encaminhamento
cmp-bar-close = Fechamento
cmp-bar-other = Outros
cmp-bar-now = Agora
# Sobre a barra de um total: o CAC, em dinheiro.
cmp-bar-total = { $amount }
cmp-cant-split = Os dois períodos precisam de investimento, conversas iniciadas e pelo menos um cliente, com contagens que diminuem de uma etapa para a outra (uma etapa contada em só um deles fica de fora).
# $cac: o CAC nos dois períodos.
cmp-cac-held = O CAC ficou estável em { $cac }: as variações dos fatores se anulam.
# $before, $after: o CAC no período anterior e no posterior. $main: o fator que mais empurrou o CAC
# na direção em que ele andou; $against: o que mais trabalhou contra (cmp-factor-rose…,
# cmp-cost-per-message-rose…). Esses fragmentos são locuções sem verbo nem artigo
# (“qualificação em queda, de 24% para 16%”), para caber depois de “:” e de “mesmo com”.
cmp-cac-rose = O CAC subiu de { $before } para { $after }.
cmp-cac-rose-although = O CAC subiu de { $before } para { $after }, mesmo com { $against }.
cmp-cac-rose-because = O CAC subiu de { $before } para { $after }: { $main }.
cmp-cac-rose-although-because = O CAC subiu de { $before } para { $after }, mesmo com { $against }: { $main }.
cmp-cac-fell = O CAC caiu de { $before } para { $after }.
cmp-cac-fell-although = O CAC caiu de { $before } para { $after }, mesmo com { $against }.
cmp-cac-fell-because = O CAC caiu de { $before } para { $after }: { $main }.
cmp-cac-fell-although-because = O CAC caiu de { $before } para { $after }, mesmo com { $against }: { $main }.
# $change: quanto, como percentual do custo anterior.
cmp-cost-per-message-rose = custo por mensagem { $change } mais alto
cmp-cost-per-message-fell = custo por mensagem { $change } mais baixo
# $factor: o nome de um passo (step-name-…) ou cmp-factor-name-other-cost; $before, $after: as
# taxas nos dois períodos.
cmp-factor-rose = { $factor } em alta, de { $before } para { $after }
cmp-factor-fell = { $factor } em queda, de { $before } para { $after }
# $moved: a variação de um passo (cmp-factor-rose…) que o intervalo de 95% não distingue do ruído.
cmp-noise-note = { $moved } (uma variação que ainda pode ser ruído)
# Um valor em dinheiro com sinal: “+R$ 35,12”, “−R$ 28,45” (um sinal de menos de verdade).
cmp-money-up = +{ $amount }
cmp-money-down = −{ $amount }
# Seguido de period-waterfall-caption; $change: cmp-money-up ou cmp-money-down.
cmp-cac-changed-by = O CAC variou { $change }
# O equivalente em texto da cascata; $before, $after: o CAC nos dois períodos; $parts: um
# cmp-waterfall-part por fator, em uma lista (ponto e vírgula).
cmp-waterfall-summary = CAC { $before }; { $parts }; CAC agora { $after }.
# $factor: cmp-factor-name-…; $change: a parte dele na variação do CAC, cmp-money-up ou -down.
cmp-waterfall-part = { $factor } { $change }
# A variação da taxa de um passo em pontos percentuais: o intervalo de 95%. $low, $high: os extremos,
# com sinal e uma casa decimal, como “−12,2”.
cmp-points-range = { $low } a { $high } p.p.
# A variação da taxa de um passo comparada ao ruído.
cmp-verdict-real = Além do ruído
cmp-verdict-noise = Pode ser ruído
# $count: quantas pessoas a mais no início do passo, em cada período, resolveriam a dúvida.
cmp-verdict-noise-settle = Pode ser ruído: com cerca de { $count } { $count ->
    [one] pessoa
    [many] de pessoas
   *[other] pessoas
    } a mais no início do passo, em cada período, daria para saber

## Mover orçamento entre segmentos
cmp-exponent-note = Quanto as mensagens encarecem conforme o investimento de um segmento cresce: com { $k }, dobrar o investimento de um segmento deixa as mensagens dele cerca de { $dearer } mais caras (2^{ $k } = { $factor }), então ele traz { $more } mais conversas, não { $all }. { $zero } significa que cada valor a mais investido compra mensagens ao preço de hoje.
cmp-budget-warning = Mensagens baratas em escala costumam atrair pessoas que gostam de conversar, mas não de comprar: avalie uma mudança pelo custo por cliente, não pelo custo por mensagem.
cmp-exponent-range = O expoente fica entre 0 e 1: 0 para os preços de hoje, 1 para nenhuma conversa a mais.
# Linhas da tabela da conta após a mudança.
cmp-budget-row-conversations = Conversas
cmp-budget-row-customers = Clientes
cmp-budget-row-cac = CAC
cmp-budget-row-revenue = Receita
# $amount movido do segmento $from para o segmento $to; $after, $before: os clientes da conta
# depois e antes da mudança, em pessoas inteiras.
cmp-move = Mover { $amount } de { $from } para { $to }: cerca de { $after } { $after ->
    [one] cliente
    [many] de clientes
   *[other] clientes
    } em vez de { $before }.
# Como cmp-move, com o CAC depois ($cac-after) e antes ($cac-before) da mudança.
cmp-move-cac = Mover { $amount } de { $from } para { $to }: cerca de { $after } { $after ->
    [one] cliente
    [many] de clientes
   *[other] clientes
    } em vez de { $before }, e CAC de { $cac-after } em vez de { $cac-before }.
# O nome da mudança como cenário; $amount: como o usuário digitou.
cmp-move-name = Mover { $amount } de { $from } para { $to }
