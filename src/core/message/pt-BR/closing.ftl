# Tempo de fechamento: quanto tempo os negócios levam para ser ganhos, a taxa de fechamento de cada mês até agora e a projetada,
# quando cada mês pode ser avaliado e quão bem a projeção acertou nos próprios dados passados do usuário.

closing-heading = Tempo de fechamento
# $deals: os negócios com datas na exportação do CRM; $date: o dia até o qual os dados vão (ISO, 2026-11-30).
closing-lede = { $deals ->
    [0] { $deals } negócios com datas, dados até { $date }.
    [one] { $deals } negócio com datas, dados até { $date }.
    [many] { $deals } de negócios com datas, dados até { $date }.
   *[other] { $deals } negócios com datas, dados até { $date }.
    }
# $median e $p90: dias. Os “negócios ganhos” são os ganhos até a data de corte e, pela estimativa
# com dados censurados, os ainda em aberto que serão ganhos.
closing-days = Metade dos negócios ganhos fecha em até { $median ->
    [0] { $median } dias
    [one] { $median } dia
   *[other] { $median } dias
    } a partir do início, e 90% em até { $p90 ->
    [0] { $p90 } dias
    [one] { $p90 } dia
   *[other] { $p90 } dias
    }.
closing-no-wins = Nenhum negócio tinha sido ganho até essa data, então ainda não dá para saber quanto tempo leva para fechar.
# Com que rapidez uma etapa anterior é alcançada, quando o registro informa a data (“Qualified at”, “Booked on”).
# $stage: closing-stage-qualified ou closing-stage-handed-off; $median e $p90: dias desde o início da
# conversa; $reached de $count: quantas já chegaram a ela até agora.
closing-stage-days = { $stage }: metade das conversas que chegam a essa etapa chega em até { $median ->
    [0] { $median } dias
    [one] { $median } dia
   *[other] { $median } dias
    } a partir do início, e 90% em até { $p90 ->
    [0] { $p90 } dias
    [one] { $p90 } dia
   *[other] { $p90 } dias
    } ({ $reached } de { $count } até agora).
closing-stage-none = { $stage }: nenhuma conversa tinha chegado a essa etapa até essa data.
closing-stage-qualified = Qualificação
closing-stage-handed-off = Encaminhamento para vendas ou agendamento
closing-caption = Os negócios de cada mês: a taxa de fechamento até agora, a taxa projetada quando tiverem tido tempo de fechar e quando podem ser avaliados
# O título da segunda tabela: os clientes, o custo e a receita de cada grupo.
closing-money-caption = Os clientes de cada mês: quantos somam, quanto custam e quanta receita trazem, até agora e quando os negócios deles tiverem tido tempo de fechar
closing-money-caption-weeks = Os clientes de cada semana: quantos somam, quanto custam e quanta receita trazem, até agora e quando os negócios deles tiverem tido tempo de fechar
closing-caption-weeks = Os negócios de cada semana: a taxa de fechamento até agora, a taxa projetada quando tiverem tido tempo de fechar e quando podem ser avaliados
closing-col-started = Iniciados em
closing-col-age = Idade
closing-col-deals = Negócios
closing-col-won = Ganhos até agora
closing-col-rate = Taxa de fechamento até agora
closing-col-projected = Taxa de fechamento projetada (intervalo de 95%)
closing-col-judge = Avaliar em
# Com o investimento dos dados de anúncios nos mesmos meses: quanto custou um cliente até agora, e depois que
# os negócios do mês tiverem fechado conforme projetado.
closing-col-cac = CAC até agora
# Os clientes com que os negócios de um mês devem terminar, conforme a projeção, e a receita que eles trazem.
closing-col-customers = Clientes projetados (intervalo de 95%)
closing-col-revenue = Receita até agora
closing-col-revenue-projected = Receita projetada (intervalo de 95%)
closing-col-cac-projected = CAC projetado (intervalo de 95%)
# $cac, $low, $high: valores em dinheiro.
closing-cac = { $cac }
closing-cac-projected = { $cac } ({ $low }–{ $high })
closing-cac-projected-open = { $cac } ({ $low } ou mais)
closing-cac-none = — (nenhum cliente ainda)
# $customers, $low, $high: clientes, em números inteiros.
closing-customers-projected = { $customers } ({ $low }–{ $high })
closing-customers = { $customers }
# $revenue, $low, $high: valores em dinheiro.
closing-revenue = { $revenue }
closing-revenue-projected = { $revenue } ({ $low }–{ $high })
closing-revenue-none = — (nenhuma receita ainda)
closing-cac-not-projected = — (sem projeção)
closing-cac-no-spend = — (sem investimento em anúncios neste período)
# $days: a idade do grupo em dias.
closing-age = { $days ->
    [0] { $days } dias
    [one] { $days } dia
   *[other] { $days } dias
    }
# $rate: uma porcentagem; $range: seu intervalo de 95% (20%–31%).
closing-projected = { $rate } ({ $range })
closing-final = { $rate } (final: { $range })
closing-too-early = Cedo demais para projetar
# $have e $need: negócios ganhos nos meses (ou semanas) com idade suficiente para ser avaliados.
closing-too-few = Poucos dados para projetar: { $have ->
    [0] { $have } negócios ganhos
    [one] { $have } negócio ganho
    [many] { $have } de negócios ganhos
   *[other] { $have } negócios ganhos
    } entre os negócios com idade suficiente para avaliação, são necessários { $need }
closing-no-development = Cedo demais para projetar: nenhum mês anterior foi acompanhado por tempo suficiente para mostrar como cresceram seus negócios ganhos
# Sem projeção porque o teste no passado (abaixo da tabela) errou demais nestes dados.
closing-off-on-its-past = Sem projeção: testadas no passado destes mesmos dados, as projeções erraram demais para confiar nelas (veja abaixo)
# $date: uma data ISO.
closing-judged = { $date } (já passou)
closing-judge-later = { $date }
closing-judge-unknown = Ainda não se sabe
# $days: quantos dias antes; $points: o erro médio em pontos percentuais da taxa (2,1); $count: meses comparados.
closing-backtest = Projetadas a partir de { $days } dias antes, as taxas de fechamento erraram em média { $points } pontos percentuais ({ $count ->
    [one] { $count } mês comparado
   *[other] { $count } meses comparados
    }).
# Como closing-backtest, quando os grupos são semanas: $count são as semanas comparadas.
closing-backtest-weeks = Projetadas a partir de { $days } dias antes, as taxas de fechamento erraram em média { $points } pontos percentuais ({ $count ->
    [one] { $count } semana comparada
   *[other] { $count } semanas comparadas
    }).
closing-backtest-bad = Projetadas a partir de { $days } dias antes, as taxas de fechamento erraram em média { $points } pontos percentuais: um erro grande demais nestes dados para confiar nas projeções.
closing-backtest-none = Ainda não há histórico suficiente para comparar as projeções com o que aconteceu depois.
# A curva dos dias até o fechamento. $days: dias desde o início de um negócio.
closing-chart-caption = Em quanto tempo são ganhos os negócios que acabam sendo ganhos
closing-chart-days = dias desde o início do negócio →
closing-chart-share = proporção dos negócios ganhos ao final
# O eixo vertical quando as curvas das etapas anteriores são desenhadas ao lado da curva dos negócios ganhos.
closing-chart-share-stages = proporção dos que chegam à etapa
# O nome na legenda da curva dos negócios ganhos, ao lado das curvas das etapas anteriores (closing-stage-…).
closing-chart-won = Fechamento
closing-chart-median = mediana: { $days ->
    [0] { $days } dias
    [one] { $days } dia
   *[other] { $days } dias
    }
closing-chart-p90 = 90% em até { $days ->
    [0] { $days } dias
    [one] { $days } dia
   *[other] { $days } dias
    }
# O equivalente em texto do gráfico: $q25, $q50, $q75, $q90 e $last são dias desde o início.
closing-chart-summary = Um quarto dos negócios que acabam sendo ganhos fecha em até { $q25 ->
    [0] { $q25 } dias
    [one] { $q25 } dia
   *[other] { $q25 } dias
    } a partir do início, metade em até { $q50 }, três quartos em até { $q75 }, 90% em até { $q90 } e o último em até { $last }.
closing-method-summary = Como isto é calculado
closing-method = Os dias até o fechamento são estimados contando os negócios ainda em aberto só até a idade que têm (dados censurados) e os negócios perdidos como um desfecho concorrente (incidência acumulada). Um mês é avaliado quando, a partir do seu último dia, já se passou o percentil 90 dos dias até o fechamento. A taxa de fechamento final de um mês mais recente é projetada a partir de como os negócios ganhos dos meses mais antigos cresceram mês a mês (chain ladder: os negócios ganhos até agora em cada mês × os fatores pelos quais os negócios ganhos dos meses mais antigos cresceram depois), com o erro padrão de Mack para o crescimento e o erro binomial para os negócios, como intervalo de 95%. Nada é projetado até que os meses que já podem ser avaliados somem pelo menos 20 negócios ganhos.
# Abaixo de closing-method: como é projetado o CAC de uma campanha num mês cujos negócios ainda estão em aberto.
closing-method-campaigns = Quando várias campanhas compartilham um mês cujos negócios ainda estão em aberto, os clientes que cada campanha conquistou até agora são multiplicados pelo fator pelo qual a projeção diz que os do mês vão crescer (os negócios ganhos finais do mês divididos pelos ganhos até agora), como se os negócios da campanha fechassem no ritmo do mês: para uma campanha que começou com o mês já avançado, ou que fecha mais devagar que as outras, a projeção fica baixa demais até que os negócios dela tenham tido tempo de fechar.
# Abaixo da tabela de segmentos e das inversões, enquanto os negócios de alguns segmentos ainda estão em aberto.
# $periods: os nomes dos períodos, em uma lista.
closing-segments-projected = Negócios ainda em aberto: o CAC de { $periods } inclui os clientes projetados que ainda estão por vir e vem marcado como “projetado” (veja Tempo de fechamento).
closing-segments-so-far = Negócios ainda em aberto: o CAC de { $periods } conta só os clientes conquistados até agora e vem marcado como “até agora”; ainda há poucos negócios anteriores fechados para projetar o resto (veja Tempo de fechamento).
# As duas frases acima, uma depois da outra.
closing-segments-both = { $projected } { $so-far }
# Ocupa o lugar de um período em closing-segments-* quando os segmentos não têm período próprio.
closing-all-deals = todos os negócios
# Uma marcação ao lado de um CAC na tabela de segmentos e na tabela de posições.
closing-cac-mark-projected = projetado
closing-cac-mark-so-far = até agora
