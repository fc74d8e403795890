# A escada: campos, métricas e fórmulas, por que um valor é desconhecido, o funil, as verificações do formulário e das configurações
# Português (Brasil): uma entrada por mensagem, com os mesmos argumentos nomeados ($nome) do inglês;
# o plural segue a categoria CLDR do número (one = 0 e 1, many = milhões, other).

## Os campos do formulário
# O rótulo de um campo; também o nome do número em fórmulas e motivos ($field, $stage).
ladder-field-spend = Investimento
ladder-field-started = Conversas iniciadas
ladder-field-replies = Respostas
ladder-field-qualified = Conversas qualificadas
ladder-field-handoffs = Encaminhamentos para vendas
ladder-field-customers = Clientes
ladder-field-revenue = Receita
ladder-field-impressions = Impressões
ladder-field-link-clicks = Cliques no link
ladder-field-other-cost = Outros custos de aquisição
# A dica sob um campo, dizendo o que contar. $currency: o código da moeda do espaço de trabalho, como BRL.
ladder-hint-spend = Investimento em anúncios no período. Em { $currency }.
ladder-hint-started = “Conversas por mensagem iniciadas”, como o Gerenciador de Anúncios informa.
ladder-hint-replies = Conversas em que a pessoa respondeu à sua primeira mensagem.
ladder-hint-qualified = Conversas que atenderam aos seus critérios de perfil.
ladder-hint-handoffs = Conversas qualificadas que chegaram a vendas, a um agendamento, a um orçamento ou ao checkout.
ladder-hint-customers = Pessoas que compraram.
ladder-hint-revenue = Receita desses clientes. Em { $currency }.
ladder-hint-impressions = Do Gerenciador de Anúncios, para CPM e CTR.
ladder-hint-link-clicks = Do Gerenciador de Anúncios, para o custo por clique.
ladder-hint-other-cost = Mão de obra de vendas, ferramentas, taxa da agência: somados ao investimento no CAC. Em { $currency }.

## Por que um valor não pode ser exibido (depois de “—”)
# Um campo que é zero, então nada pode ser dividido por ele.
ladder-none-yet-spend = sem investimento
ladder-none-yet-started = nenhuma conversa iniciada
ladder-none-yet-replies = nenhuma resposta ainda
ladder-none-yet-qualified = nenhuma conversa qualificada ainda
ladder-none-yet-handoffs = nenhum encaminhamento para vendas ainda
ladder-none-yet-customers = nenhum cliente ainda
ladder-none-yet-revenue = nenhuma receita ainda
ladder-none-yet-impressions = nenhuma impressão
ladder-none-yet-link-clicks = nenhum clique no link
ladder-none-yet-other-cost = sem outros custos
# $field: o rótulo do campo. “Mais dados” é a seção recolhida de campos opcionais do formulário.
ladder-reason-add-more = adicione { $field } em Mais dados
ladder-reason-enter = informe { $field }
ladder-reason-fix = corrija { $field } acima
ladder-reason-first-step = primeira etapa da escada

## As métricas
ladder-metric-cost-per-message = Custo por mensagem
ladder-metric-reply-rate = Taxa de resposta
ladder-metric-qualification-rate = Taxa de qualificação
ladder-metric-cost-per-qualified = Custo por conversa qualificada
ladder-metric-handoff-rate = Taxa de encaminhamento
ladder-metric-cost-per-handoff = Custo por encaminhamento para vendas
ladder-metric-close-rate = Taxa de fechamento
ladder-metric-cpa = CPA (custo por cliente)
ladder-metric-cac = CAC (custo total por cliente)
ladder-metric-revenue-per-conversation = Receita por conversa
ladder-metric-roas = ROAS
ladder-metric-revenue-per-customer = Receita média por cliente
ladder-metric-cpm = CPM (custo por 1.000 impressões)
ladder-metric-ctr = CTR (taxa de cliques no link)
ladder-metric-cost-per-click = Custo por clique no link
ladder-metric-click-to-conversation = Taxa de clique para conversa
# O que cada métrica diz, em uma frase.
ladder-meaning-cost-per-message = Quanto custa para os anúncios iniciarem conversas. Não diz nada sobre com quem elas acontecem.
ladder-meaning-reply-rate = Quantas pessoas continuam conversando depois da primeira mensagem.
ladder-meaning-qualification-rate = Quantas das pessoas que responderam têm o perfil do que você vende.
ladder-meaning-cost-per-qualified = Quanto custa uma conversa que vale a pena ter.
ladder-meaning-handoff-rate = Quantas conversas qualificadas chegam a um agendamento, orçamento, ligação ou checkout.
ladder-meaning-cost-per-handoff = Quanto custa cada encaminhamento real para vendas.
ladder-meaning-close-rate = Quantos encaminhamentos viram clientes.
ladder-meaning-cpa = Investimento em anúncios por cliente.
ladder-meaning-cac = Tudo o que foi preciso para conquistar um cliente: investimento em anúncios mais mão de obra de vendas, ferramentas e taxas.
ladder-meaning-revenue-per-conversation = Quanto vale, em média, cada conversa iniciada.
ladder-meaning-roas = Receita por unidade de investimento em anúncios. Acima de 1×, os anúncios pagaram o que custaram.
ladder-meaning-revenue-per-customer = Valor médio do pedido ou do negócio (ticket médio).
ladder-meaning-cpm = Quanto custam 1.000 impressões de anúncio.
ladder-meaning-ctr = Quantas impressões geraram um clique no link.
ladder-meaning-cost-per-click = Quanto custa um clique no link.
ladder-meaning-click-to-conversation = Quantos cliques no link viraram conversa.

## Fórmulas
# Uma fórmula em palavras: “Investimento ÷ Conversas iniciadas”. $numerator, $denominator: rótulos de campos.
ladder-formula = { $numerator } ÷ { $denominator }
# A fórmula do CPM: por 1.000 impressões.
ladder-formula-per-thousand = { $numerator } ÷ { $denominator } × 1.000
# O numerador do CAC. $spend, $other: os rótulos de Investimento e Outros custos de aquisição.
ladder-spend-plus-other = ({ $spend } + { $other })
# A fórmula com os números do usuário: “R$ 1.800,00 ÷ 600 = R$ 3,00”.
# $value: o resultado, ou ladder-no-value quando não há.
ladder-worked = { $numerator } ÷ { $denominator } = { $value }
ladder-worked-per-thousand = { $numerator } ÷ { $denominator } × 1.000 = { $value }
# Representa um número desconhecido em uma fórmula calculada.
ladder-unknown-number = ?
# $reason: por que o valor não pode ser calculado, como “informe Clientes”.
ladder-no-value = — ({ $reason })
# Dito depois de “Fórmula”, oculto na tela: “Fórmula de Taxa de resposta”. $metric: o nome da métrica.
ladder-formula-for = de { $metric }

## O gráfico de funil
# O rótulo de uma barra. $stage: o nome da etapa, como “Respostas”.
ladder-bar-count = { $stage } · { $count }
ladder-bar-not-entered = { $stage } · sem dados
ladder-bar-not-valid = { $stage } · contagem inválida
# $share: a participação da etapa nas conversas iniciadas, como 65%.
ladder-share-of-started = { $share } das iniciadas
# Ao lado de uma etapa maior que a anterior. $stage: a etapa anterior, dentro de uma frase (“respostas”).
ladder-more-than-stage = ⚠ mais que { $stage }
# O equivalente em texto do gráfico: “Funil: Conversas iniciadas 600, Respostas 390, …”. $stages: a lista.
ladder-funnel = Funil: { $stages }.
ladder-funnel-stage = { $stage } { $count }
ladder-funnel-stage-not-entered = { $stage } sem dados

## As verificações do formulário
# $typed: o texto como foi digitado; $decimal, $thousands: as duas leituras, como 1,2 e 1.200.
ladder-reads-as = “{ $typed }” foi lido como { $decimal }. Você quis dizer { $thousands }? Escolha uma opção ou digite sem o separador.
ladder-not-whole-meant = “{ $typed }” não é um número inteiro. Você quis dizer { $thousands }?
# Um botão que coloca no campo a leitura pretendida. $reading: um número escrito, como 1.200.
ladder-choice = É { $reading }
# $named: os códigos de moeda que o símbolo do texto representa (“USD ou AUD”); $first: o primeiro deles;
# $currency: a do espaço de trabalho.
ladder-currency-clash = “{ $typed }” está escrito em { $named }, mas este espaço de trabalho usa { $currency }. Escolha { $first } como moeda acima ou converta o valor.
# $previous: o rótulo da etapa anterior; $later, $earlier: as duas contagens.
ladder-larger-than = Maior que { $previous } ({ $later } > { $earlier }). Cada etapa deve ser um subconjunto da anterior: verifique como as conversas são marcadas.
ladder-clicks-above-impressions = Mais cliques no link do que impressões ({ $clicks } > { $impressions }): verifique a exportação.

## Números digitados que não podem ser lidos
# $text: o texto como foi digitado.
ladder-not-a-number = “{ $text }” não é um número. Digite apenas algarismos, por exemplo 1200 ou 1.200,50.
ladder-negative = Não pode ser negativo. Digite 0 ou um número positivo.
ladder-not-whole = “{ $text }” não é um número inteiro. Contagens são números inteiros, por exemplo 42.
ladder-too-many-decimals = Casas decimais demais. Use no máximo 6 depois do separador.
# $max: o maior valor que um campo aceita.
ladder-too-large = Grande demais. O maior valor aceito é { $max }.

## Metas e configurações
ladder-setting-reply-target = Meta de taxa de resposta
ladder-setting-qualification-target = Meta de taxa de qualificação
ladder-setting-handoff-target = Meta de taxa de encaminhamento
ladder-setting-close-target = Meta de taxa de fechamento
ladder-setting-min-volume = Volume mínimo por passo
ladder-setting-sales-cycle = Ciclo de vendas típico
ladder-setting-window = Janela do relatório
ladder-setting-previous-cost = Custo por mensagem no período anterior
# A unidade escrita depois do campo de uma configuração.
ladder-unit-percent = %
ladder-unit-people = pessoas
ladder-unit-days = dias
# $currency: o código da moeda do espaço de trabalho, escrito depois de uma configuração em dinheiro.
ladder-unit-currency = { $currency }
ladder-hint-target = Percentual da etapa anterior. Em branco, usa a predefinição.
# $count: o volume mínimo padrão.
ladder-hint-min-volume = Um passo com menos pessoas no início não é avaliado. Padrão: { $count }.
ladder-hint-sales-cycle = Dias entre a primeira mensagem e uma venda fechada, normalmente.
ladder-hint-window = Dias cobertos pelos números. Em branco, as datas importadas definem.
ladder-hint-previous-cost = Opcional: para detectar um custo por mensagem em alta.
# $min: o menor valor que a configuração aceita.
ladder-at-least = Use { $min } ou mais.
ladder-target-negative = Uma meta não pode ser negativa. Digite um percentual, como 40.
ladder-target-range = Uma meta é um percentual acima de 0 e até 100, como 40.

## Tipos de negócio, que definem as metas predefinidas
ladder-business-service-quotes = Serviços com pedidos de orçamento
ladder-business-ecommerce-questions = E-commerce com dúvidas sobre produtos
ladder-business-b2b-consultations = Consultoria B2B
ladder-business-lead-seller = Venda de leads / afiliado
ladder-business-custom = Minhas próprias metas
# Por que essas predefinições, abaixo da escolha. Encaminhamento e fechamento são passos da escada.
ladder-note-service-quotes = Pedidos de orçamento: muitas conversas são de fora da área atendida ou só pesquisa de preço, então a qualificação é o filtro habitual.
ladder-note-ecommerce-questions = Dúvidas sobre produtos: poucas conversas mostram intenção de compra, mas as que chegam ao checkout devem comprar. Encaminhamento = enviado ao checkout ou ao carrinho.
ladder-note-b2b-consultations = Consultoria: critérios de perfil rígidos e ciclos longos; fechamento significa contrato assinado.
ladder-note-lead-seller = Venda de leads: encaminhamento = lead entregue ao comprador, fechamento = lead aceito pelo comprador.
ladder-note-custom = Suas próprias metas: defina cada taxa com base no seu histórico ou no seu planejamento.

## Datas nos dados importados
# Como linhas com datas são agrupadas em períodos, oferecido na prévia da importação.
ladder-grouping-auto = Automático: por mês, se houver vários
ladder-grouping-whole = Um total por nome
ladder-grouping-month = Por mês
ladder-grouping-week = Por semana (seg–dom)
# O nome de um período quando ele nomeia um segmento ou um mês de dados. $month: o nome de um mês
# (abaixo, em minúscula); $year: quatro dígitos (2026).
period-month = { $month } de { $year }
# Qualquer outro intervalo de dias: $dates é “2026-10-01 – 2026-10-17”, como está nos dados.
period-dates = { $dates }
period-span = { $days }
period-day = { $date }
month-january = janeiro
month-february = fevereiro
month-march = março
month-april = abril
month-may = maio
month-june = junho
month-july = julho
month-august = agosto
month-september = setembro
month-october = outubro
month-november = novembro
month-december = dezembro
