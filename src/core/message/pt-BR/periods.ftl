# Período a período: por que o CAC mudou
# Português (Brasil): uma entrada por mensagem, com os mesmos argumentos nomeados ($nome) do inglês;
# o plural segue a categoria CLDR do número (one = 0 e 1, many = milhões, other).

## Período a período
# Lido depois do rótulo de um campo, oculto na tela: “Clientes (período anterior)”.
period-earlier-mark = (período anterior)
period-earlier-summary = Um período anterior, para ver por que o CAC mudou (opcional)
period-earlier-hint = Os mesmos números do período anterior. A comparação aparece ao lado da escada.
period-earlier-label = Período anterior
period-later-label = Período posterior
# $earlier: o nome do período anterior; $now: o nome do posterior (ws-earlier-typed, ws-ladder-shown ou nomes de períodos).
period-comparing = Comparando { $earlier } com { $now }.
period-earlier-column = Anterior
now-column = Agora
period-part-column = Parte da variação
period-change-range-column = Intervalo de 95% da variação
# Vem depois da variação total em negrito, como “O CAC variou +R$ 12,40”, e termina a frase.
period-waterfall-caption = . CAC antes (à esquerda), a parte de cada fator na variação (para cima deixa os clientes mais caros) e o CAC agora (à direita).
chart-in-words = O gráfico em texto
period-parts-region = Tabela da variação do CAC
period-parts-caption = O que mexeu no CAC: a parte de cada fator, somando a variação total
period-factor-column = Fator
period-steps-region = Tabela de variação das taxas por passo
period-steps-caption = A variação da taxa de cada passo, comparada ao ruído (intervalo de 95% pelo método de Newcombe)
period-heading = Por que o CAC mudou entre os períodos
funnel-caption = Cada barra é a participação de uma etapa nas conversas iniciadas. As taxas por passo e os custos por etapa, com as fórmulas, estão em Métricas.
grid-region = Colunas da tabela do arquivo
