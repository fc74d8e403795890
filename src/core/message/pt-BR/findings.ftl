# As constatações do diagnóstico: frases com os números do usuário
# Português (Brasil): uma entrada por mensagem, com os mesmos argumentos nomeados ($nome) do inglês;
# o plural segue a categoria CLDR do número (one = 0 e 1, many = milhões, other).

## As constatações do diagnóstico
# As frases são montadas com os nomes abaixo, passados como argumentos: o nome de um passo
# ($step), o nome de uma etapa e o resultado do negócio ($outcome, $outcomes).
# O nome de um passo dentro de uma frase, sem artigo: “o passo de qualificação”, “Passo limitante: qualificação”.
step-name-reply = resposta
step-name-qualification = qualificação
step-name-handoff = encaminhamento
step-name-close = fechamento
# O nome de um passo na linha de uma alavanca, depois de “Taxa de” (dx-lever-rate): “Taxa de resposta 10% maior”.
step-title-reply = resposta
step-title-qualification = qualificação
step-title-handoff = encaminhamento
step-title-close = fechamento
# O nome de uma etapa dentro de uma frase, sempre no plural: “A escada termina em encaminhamentos para vendas.”
stage-name-started = conversas iniciadas
stage-name-replied = respostas
stage-name-qualified = conversas qualificadas
stage-name-handed-off = encaminhamentos para vendas
stage-name-customer = clientes
# Como o negócio chama a última etapa, uma entrada por tipo de negócio. As frases recebem o
# substantivo como argumento: $outcome é o substantivo para a contagem que a frase dá (ou para um),
# $outcomes o substantivo em geral (“faz perder mais clientes”), que é a variante padrão destas
# entradas, usada quando não há $count. Todos são masculinos; [many] traz o “de” de “1.000.000 de clientes”.
outcome-customers = { $count ->
    [one] cliente
    [many] de clientes
   *[other] clientes
    }
outcome-orders = { $count ->
    [one] pedido
    [many] de pedidos
   *[other] pedidos
    }
outcome-accepted-leads = { $count ->
    [one] lead aceito
    [many] de leads aceitos
   *[other] leads aceitos
    }
# Duas frases, uma depois da outra.
dx-then = { $first } { $then }
# Listas, montadas da direita: os dois últimos unidos (“b e c”), depois cada item anterior
# unido ao resto da lista ($rest): “a, b e c”; “a, b ou c”; “a; b; c”.
dx-list-and = { $first } e { $rest }
dx-list-or = { $first } ou { $rest }
dx-list-comma = { $first }, { $rest }
dx-list-semicolon = { $first }; { $rest }
# $outcome: o substantivo do negócio para $count deles (ou para um, abaixo).
dx-more-outcomes = cerca de { $count } { $outcome } a mais
dx-less-than-one-more = menos de 1 { $outcome } a mais
# O selo acima do título.
dx-badge-limiting = Passo limitante: { $step }
dx-badge-provisional = Provisório: { $step }
dx-badge-meets-targets = Todos os passos na meta
dx-badge-nothing-clear = Nenhum passo claramente fraco
dx-badge-not-enough-data = Dados insuficientes
# O título.
dx-headline-reply = A maioria das conversas termina depois da primeira mensagem
dx-headline-qualification = As conversas são baratas, mas poucas têm o perfil certo
dx-headline-handoff = As conversas qualificadas empacam antes de chegar a vendas
# Para quem vende leads, cujo passo de fechamento é o comprador aceitar o lead.
dx-headline-close-leads = Os compradores rejeitam leads demais
dx-headline-close = Os encaminhamentos não viram { $outcomes }
dx-headline-provisional = O passo de { $step } parece abaixo da meta, mas ainda é cedo para ter certeza
dx-headline-meets-targets = Todos os passos atingem a meta: a alavanca é o volume
dx-headline-nothing-clear = Nenhum passo está claramente abaixo da meta ainda
dx-headline-not-enough-data = Ainda não há dados suficientes para avaliar nenhum passo
# Causas prováveis, por veredito.
dx-causes-reply = A primeira resposta: a rapidez com que chega, se é fácil de responder e se corresponde ao que o anúncio prometeu. Uma abertura lenta ou genérica perde pessoas que estavam interessadas um minuto antes.
dx-causes-qualification = Qualidade do tráfego e clareza da oferta: quem os anúncios alcançam e o que prometem, e se a conversa faz as perguntas que separam compradores de curiosos.
dx-causes-handoff = O fluxo da conversa depois que alguém se qualifica: com que rapidez e clareza o próximo passo (agendamento, orçamento, ligação, checkout) é oferecido, e se os encaminhamentos estão sendo registrados.
dx-causes-close-leads = A qualidade do lead como o comprador a define: se a conversa verifica os critérios de aceitação do comprador antes de o lead ser entregue, e se os anúncios prometem o que a oferta do comprador entrega.
dx-causes-close = O processo de vendas, o preço, o que a conversa levou as pessoas a esperar e o quanto a oferta combina com as pessoas que os anúncios trazem.
dx-causes-meets-targets = Alcance e criativos: os passos de conversa e de vendas cumprem seu papel, então a alavanca é ter mais conversas do mesmo tipo.
dx-causes-nothing-clear = Os passos marcados como “ainda inconclusivo”: no volume atual, as taxas deles podem estar de qualquer lado da meta. A tabela mostra quantas conversas a mais resolveriam cada um.
dx-causes-nothing-clear-projected = A taxa final projetada de fechamento pode estar de qualquer lado da meta: quem vai definir isso são os negócios em aberto, à medida que fecharem, e não mais conversas. Volte a conferir quando eles tiverem fechado.
dx-causes-not-enough-data = Informe a contagem de todas as etapas. Um passo é avaliado quando há pessoas suficientes na etapa inicial dele e as contagens diminuem de uma etapa para a outra.
# O que testar, por veredito.
dx-action-reply-fast = Responda em poucos minutos enquanto os anúncios estão no ar; uma primeira resposta instantânea com uma pergunta fácil vale mais que uma resposta perfeita e lenta.
dx-action-reply-question = Abra com uma única pergunta ligada à oferta do anúncio, em vez de um menu ou de um textão.
dx-action-reply-ad = Confira se o anúncio diz para que serve a conversa, para que as pessoas cheguem prontas para conversar.
dx-action-qualification-ad = Diga no anúncio para quem é a oferta (região, orçamento, uso) para que quem não tem o perfil não inicie conversas.
dx-action-qualification-budget = Tire orçamento de públicos e posicionamentos que trazem muitas conversas, mas poucas qualificadas.
dx-action-qualification-questions = Faça uma ou duas perguntas de qualificação logo no início da conversa: necessidade, prazo, localização ou orçamento.
dx-action-qualification-define = Defina por escrito o que “qualificado” significa e marque sempre do mesmo jeito.
dx-action-handoff-offer = Ofereça o próximo passo (link de agendamento, horário para ligação, formulário de orçamento, link de checkout) assim que alguém se qualificar.
dx-action-handoff-time = Meça o tempo entre a qualificação e o primeiro contato de vendas, e reduza-o.
dx-action-handoff-tag = Garanta que todo encaminhamento seja marcado: encaminhamentos não registrados parecem perda.
dx-action-close-leads-reasons = Peça ao comprador os motivos de rejeição e transforme os dois principais em perguntas na conversa.
dx-action-close-leads-check = Confira os dados dos leads (contato, localização, elegibilidade) antes de entregá-los.
dx-action-close-leads-cut = Corte públicos e posicionamentos cujos leads são mais rejeitados, avaliando pelo custo por lead aceito.
dx-action-close-review = Analise os negócios perdidos: foi preço, momento ou uma diferença entre a promessa do anúncio e a oferta?
dx-action-close-price = Deixe claro o preço ou uma faixa de preço antes do encaminhamento, para que o tempo de vendas vá para quem pode comprar.
dx-action-close-follow-up = Faça o follow-up rápido e mais de uma vez: leads de conversa esfriam em um ou dois dias.
dx-action-meets-targets-audiences = Teste novos públicos ou uma segmentação mais ampla, avaliando pelo custo por conversa qualificada, não pelo custo por mensagem.
dx-action-meets-targets-creative = Teste novos ângulos de criativo, mantendo a mensagem que atrai pessoas qualificadas.
dx-action-meets-targets-budget = Aumente o orçamento aos poucos e confira se as taxas dos passos se mantêm conforme o volume cresce.
# Como a correção pode ir longe demais, por veredito.
dx-risk-reply = Uma abertura mais insistente pode aumentar as respostas de pessoas que nunca iam comprar: acompanhe a taxa de qualificação enquanto muda.
dx-risk-qualification = Não acumule perguntas logo de início: uma qualificação pesada também afasta compradores reais que queriam uma resposta rápida primeiro. Espere que o custo por mensagem suba um pouco; avalie pelo custo por conversa qualificada.
dx-risk-handoff = Empurrar todo mundo para uma ligação pode perder pessoas que queriam primeiro um preço ou uma resposta na conversa.
dx-risk-close-leads = Filtrar muito antes da entrega também corta volume: compare o custo por lead aceito antes e depois, não só a taxa de aceitação.
dx-risk-close = Dar desconto para fechar mais pode aumentar os clientes e derrubar a receita por cliente: acompanhe o ROAS, não só a taxa de fechamento.
dx-risk-meets-targets = Escalar rápido costuma trazer primeiro os prospects mais fracos: acompanhe a taxa de qualificação conforme o investimento cresce.
# A última frase do resumo: a primeira ação acima, dentro de uma frase (no infinitivo, pois o resumo vai para o cliente).
dx-try-reply = Primeira coisa a testar: responder em poucos minutos enquanto os anúncios estão no ar; uma primeira resposta instantânea com uma pergunta fácil vale mais que uma resposta perfeita e lenta.
dx-try-qualification = Primeira coisa a testar: dizer no anúncio para quem é a oferta (região, orçamento, uso) para que quem não tem o perfil não inicie conversas.
dx-try-handoff = Primeira coisa a testar: oferecer o próximo passo (link de agendamento, horário para ligação, formulário de orçamento, link de checkout) assim que alguém se qualificar.
dx-try-close-leads = Primeira coisa a testar: pedir ao comprador os motivos de rejeição e transformar os dois principais em perguntas na conversa.
dx-try-close = Primeira coisa a testar: analisar os negócios perdidos. Foi preço, momento ou uma diferença entre a promessa do anúncio e a oferta?
# A evidência do passo que limita o negócio.
# $reached de $from: as duas contagens do passo; $rate: a taxa; $range: o intervalo de 95% da taxa;
# $target: a meta.
dx-evidence-reply = { $reached } de { $from } conversas iniciadas tiveram resposta: { $rate } (intervalo de 95%: { $range }), abaixo da meta de { $target }.
dx-evidence-qualification = { $reached } de { $from } respostas foram qualificadas: { $rate } (intervalo de 95%: { $range }), abaixo da meta de { $target }.
dx-evidence-handoff = { $reached } de { $from } conversas qualificadas foram encaminhadas para vendas: { $rate } (intervalo de 95%: { $range }), abaixo da meta de { $target }.
# Um passo contado a partir de uma etapa anterior à sua, porque as etapas intermediárias não são contadas:
# $from-stage e $stage são nomes de etapa (stage-name-…); $target é o produto das metas dos passos
# que ele abrange.
dx-evidence-folded = { $reached } de { $from } { $from-stage } se tornaram { $stage }: { $rate } (intervalo de 95%: { $range }), abaixo da meta de { $target } (as metas dos passos abrangidos, multiplicadas entre si).
dx-evidence-close = { $reached } de { $from } encaminhamentos para vendas fecharam: { $rate } (intervalo de 95%: { $range }), abaixo da meta de { $target }.
# $so-far: a taxa de fechamento até agora; $rate e $range: a taxa de fechamento final projetada a partir dos negócios dos meses anteriores.
dx-evidence-close-projected = { $reached } de { $from } encaminhamentos para vendas fecharam até agora ({ $so-far }); se os negócios em aberto fecharem como os dos meses anteriores, a projeção é que a taxa de fechamento termine em { $rate } (intervalo de 95%: { $range }), abaixo da meta de { $target }.
# Uma taxa de fechamento avaliada pela projeção, cujo intervalo inclui a meta: $so-far é a taxa
# até agora; $rate e $range, a taxa final projetada.
dx-evidence-projected-unclear = A projeção é que a taxa de { $step } termine em { $rate } (intervalo de 95%: { $range }), com { $so-far } até agora: ela pode estar de qualquer lado da meta de { $target } até que mais negócios em aberto fechem.
# $date: o dia em que os negócios mais recentes poderão ser avaliados.
dx-evidence-too-early = O passo de { $step } tem { $reached } de { $from } até agora ({ $rate }), mas ainda há poucos negócios mais antigos fechados para projetar o restante: ele poderá ser avaliado em { $date }.
# $target: a meta do passo; $more: os resultados que ela acrescentaria (“cerca de 14 clientes
# a mais”, dx-more-outcomes); $cac: o custo por cliente então; $revenue: a receita acrescentada.
dx-reaching = Atingir { $target } significaria { $more }.
dx-reaching-cac = Atingir { $target } significaria { $more }, com CAC de { $cac }.
dx-reaching-revenue = Atingir { $target } significaria { $more } e { $revenue } a mais de receita.
dx-reaching-cac-revenue = Atingir { $target } significaria { $more }, CAC de { $cac } e { $revenue } a mais de receita.
# $cost: quanto custa um, em anúncios; $times: isso como múltiplo de $message-cost, o custo por mensagem.
dx-cost-qualified = Cada conversa qualificada custa { $cost } em anúncios, { $times } o custo por mensagem de { $message-cost }.
dx-cost-handoff = Cada encaminhamento para vendas custa { $cost } em anúncios, { $times } o custo por mensagem de { $message-cost }.
dx-cost-customer = Cada cliente custa { $cost } em anúncios, { $times } o custo por mensagem de { $message-cost }.
dx-evidence-immature = A janela do relatório é mais curta que o ciclo de vendas, então alguns desses negócios ainda podem fechar: considere isto provisório.
# $started conversas trouxeram $customers: as contagens da primeira e da última etapa.
dx-evidence-meets-targets = O intervalo de 95% de cada passo está acima da meta; { $started } { $started ->
    [one] conversa trouxe
    [many] de conversas trouxeram
   *[other] conversas trouxeram
    } { $customers } { $outcome }.
# Um passo que ainda não pode ser avaliado; $count: as conversas iniciadas que decidiriam.
dx-cant-tell-more = A taxa de { $step } ({ $rate }, intervalo de 95%: { $range }) pode estar de qualquer lado da meta de { $target }: cerca de { $count } { $count ->
    [one] conversa iniciada a mais decidiria
    [many] de conversas iniciadas a mais decidiriam
   *[other] conversas iniciadas a mais decidiriam
    }.
dx-cant-tell-close = A taxa de { $step } ({ $rate }, intervalo de 95%: { $range }) pode estar de qualquer lado da meta de { $target }: está tão perto da meta que mais volume não vai separar as duas.
# $count: o volume mínimo.
dx-evidence-not-enough-data = Cada passo precisa de pelo menos { $count } { $count ->
    [one] pessoa
    [many] de pessoas
   *[other] pessoas
    } na etapa inicial, e de contagens consistentes, antes que a taxa dele signifique muita coisa.
# Outro passo abaixo da meta: $rate contra a meta $target; $more: como em dx-reaching.
dx-other-below = O passo de { $step } também está abaixo da meta: { $rate } contra { $target }.
dx-other-below-worth = O passo de { $step } também está abaixo da meta: { $rate } contra { $target }, o que valeria { $more } na meta.
dx-other-below-provisional = O passo de { $step } também está abaixo da meta: { $rate } contra { $target } (provisório: a janela é mais curta que o ciclo de vendas).
dx-other-below-projected = O passo de { $step } também está abaixo da meta: projeção de { $rate } contra { $target } ({ $so-far } até agora).
dx-other-below-worth-provisional = O passo de { $step } também está abaixo da meta: { $rate } contra { $target }, o que valeria { $more } na meta (provisório: a janela é mais curta que o ciclo de vendas).
# A maior queda. $lost: a parcela perdida no passo.
dx-naive-same = Esta também é a maior queda da escada (perda de { $lost } neste passo).
# $step: o passo com a maior queda, $target a meta dele; $limiting: o passo que o diagnóstico
# aponta. Uma entrada para cada situação de $step em relação à meta.
dx-naive-doing-well = A maior queda está no passo de { $step } (perda de { $lost }), mas taxas de { $step } são naturalmente mais baixas que as outras: em relação à meta de { $target }, ele vai bem, enquanto o passo de { $limiting } faz perder mais { $outcomes }.
dx-naive-also-short = A maior queda está no passo de { $step } (perda de { $lost }), mas taxas de { $step } são naturalmente mais baixas que as outras: em relação à meta de { $target }, ele também fica abaixo, enquanto o passo de { $limiting } faz perder mais { $outcomes }.
dx-naive-not-clearly-short = A maior queda está no passo de { $step } (perda de { $lost }), mas taxas de { $step } são naturalmente mais baixas que as outras: em relação à meta de { $target }, ele não fica claramente abaixo, enquanto o passo de { $limiting } faz perder mais { $outcomes }.
# Custo por mensagem contra custo por cliente. $count: conversas por cliente.
dx-context = Uma mensagem custa { $message-cost }; cada um dos seus { $outcomes }, { $customer-cost } em anúncios: { $count ->
    [one] foi necessária cerca de { $count } conversa
    [many] foram necessárias cerca de { $count } de conversas
   *[other] foram necessárias cerca de { $count } conversas
    } para conseguir um { $outcome }.
# O resumo para o e-mail do cliente: estas frases, uma depois da outra, na terceira pessoa.
dx-summary-spend = O investimento de { $spend } em anúncios gerou { $started } { $started ->
    [one] conversa
    [many] de conversas
   *[other] conversas
    }.
# $cost: o custo por mensagem.
dx-summary-spend-each = O investimento de { $spend } em anúncios gerou { $started } { $started ->
    [one] conversa
    [many] de conversas
   *[other] conversas
    }, a { $cost } cada.
# A contagem de cada etapa e a taxa do passo; $cac: custo por cliente, com todos os custos; $roas: um múltiplo.
dx-summary-ladder = { $replied } { $replied ->
    [one] teve resposta
   *[other] tiveram resposta
    } ({ $reply-rate }), { $qualified } { $qualified ->
    [one] foi qualificada
   *[other] foram qualificadas
    } ({ $qualification-rate }), { $handed-off } { $handed-off ->
    [one] foi encaminhada para vendas
   *[other] foram encaminhadas para vendas
    } ({ $handoff-rate }) e o total de { $outcomes } foi { $customers } ({ $close-rate }).
dx-summary-ladder-cac = { $replied } { $replied ->
    [one] teve resposta
   *[other] tiveram resposta
    } ({ $reply-rate }), { $qualified } { $qualified ->
    [one] foi qualificada
   *[other] foram qualificadas
    } ({ $qualification-rate }), { $handed-off } { $handed-off ->
    [one] foi encaminhada para vendas
   *[other] foram encaminhadas para vendas
    } ({ $handoff-rate }) e o total de { $outcomes } foi { $customers } ({ $close-rate }), a { $cac } cada, com todos os custos.
dx-summary-ladder-roas = { $replied } { $replied ->
    [one] teve resposta
   *[other] tiveram resposta
    } ({ $reply-rate }), { $qualified } { $qualified ->
    [one] foi qualificada
   *[other] foram qualificadas
    } ({ $qualification-rate }), { $handed-off } { $handed-off ->
    [one] foi encaminhada para vendas
   *[other] foram encaminhadas para vendas
    } ({ $handoff-rate }) e o total de { $outcomes } foi { $customers } ({ $close-rate }), com ROAS de { $roas }.
dx-summary-ladder-cac-roas = { $replied } { $replied ->
    [one] teve resposta
   *[other] tiveram resposta
    } ({ $reply-rate }), { $qualified } { $qualified ->
    [one] foi qualificada
   *[other] foram qualificadas
    } ({ $qualification-rate }), { $handed-off } { $handed-off ->
    [one] foi encaminhada para vendas
   *[other] foram encaminhadas para vendas
    } ({ $handoff-rate }) e o total de { $outcomes } foi { $customers } ({ $close-rate }), a { $cac } cada, com todos os custos, e ROAS de { $roas }.
# $more: como em dx-reaching.
dx-summary-step = O passo que segura os resultados é o de { $step }: { $rate } contra uma meta de { $target }.
dx-summary-step-reaching = O passo que segura os resultados é o de { $step }: { $rate } contra uma meta de { $target }; atingi-la significaria { $more }.
dx-summary-step-projected = O passo que segura os resultados é o de { $step }: projeção de { $rate } ao final, contra uma meta de { $target }, com negócios ainda em aberto.
dx-summary-step-provisional = O passo que segura os resultados é o de { $step }: { $rate } contra uma meta de { $target } (provisório, pois a janela é mais curta que o ciclo de vendas).
dx-summary-step-provisional-reaching = O passo que segura os resultados é o de { $step }: { $rate } contra uma meta de { $target } (provisório, pois a janela é mais curta que o ciclo de vendas); atingi-la significaria { $more }.
# $headline: o título (dx-headline-…) como frase.
dx-summary-headline = { $headline }.
# O resumo sobre os números fictícios do exemplo.
dx-example-summary = Exemplo com números fictícios: { $summary }
# Verificações de dados. $reached-stage ($reached delas) e $from-stage ($from): as duas etapas do passo.
dx-check-inconsistent = As contagens parecem inconsistentes: há mais { $reached-stage } ({ $reached }) do que { $from-stage } ({ $from }).
dx-check-no-verdict = Verifique como as conversas são marcadas; não há veredito sobre o passo de { $step } até as contagens baterem.
# $stage: a última etapa com contagem.
dx-check-stops-at = A escada termina em { $stage }.
dx-check-no-start = A escada não tem a contagem inicial.
# Etapas não contadas, embora uma posterior seja: $stages (nomes de etapa, uma lista) entram no passo
# de $step (step-name-…), avaliado a partir de $from (um nome de etapa); $sources: onde encontrá-las.
dx-check-folded = Aqui não há contagem de { $stages }. Por isso, o passo de { $step } é avaliado a partir de { $from }, em comparação com a própria meta multiplicada pelas metas dos passos sem contagem; adicione { $stages } ({ $sources }) para avaliar cada passo separadamente.
# $stages: as etapas sem contagem (uma lista); $sources: onde encontrar cada uma (uma lista de
# dx-source-…); $steps: os $count passos que ficam sem avaliação (uma lista).
dx-check-add = Adicione { $stages } ({ $sources }) para avaliar { $count ->
    [one] o passo de { $steps }
   *[other] os passos de { $steps }
    }.
dx-source-started = do Gerenciador de Anúncios
dx-source-replied = da sua caixa de entrada ou ferramenta de atendimento
dx-source-qualified = de uma auditoria das conversas ou do seu CRM
dx-source-handed-off = do seu CRM ou ferramenta de agendamento
dx-source-customer = do seu CRM ou registros de vendas
# $window e $cycle: números de dias.
dx-check-immature = Os resultados podem estar incompletos: a janela do relatório, de { $window } dias, é mais curta que o ciclo de vendas, de { $cycle } dias, então as etapas finais ainda vão crescer.
dx-check-immature-imported = Os resultados podem estar incompletos: a janela do relatório, de { $window } dias (pelas datas importadas), é mais curta que o ciclo de vendas, de { $cycle } dias, então as etapas finais ainda vão crescer.
dx-check-provisional = Os vereditos de encaminhamento e fechamento são provisórios.
# Dos negócios importados com suas datas (tempo de fechamento). $since: um mês ou uma semana (“outubro
# de 2026”); $date: uma data ISO, quando os negócios mais recentes poderão ser avaliados.
dx-check-maturing = Os negócios iniciados desde { $since } ainda estão fechando: a taxa de fechamento só conta os negócios ganhos até agora, então ela só será avaliada em { $date }.
# Como dx-check-maturing, quando os meses anteriores permitem projetar: $wins são os negócios ganhos ainda esperados.
dx-check-maturing-projected = Os negócios iniciados desde { $since } ainda estão fechando (até { $date }): com base em como fecharam os negócios dos meses anteriores, a expectativa é que ainda rendam cerca de { $wins } { $wins ->
    [one] negócio ganho
    [many] de negócios ganhos
   *[other] negócios ganhos
    }, então a taxa de fechamento é avaliada pelo valor final projetado.
# $earlier e $later: os nomes dos dois períodos (ou ws-earlier-period e ws-this-period), entre parênteses
# para não depender de preposição; $rise: o aumento em percentual.
dx-check-cost-rose-between = O custo por mensagem subiu de { $before } ({ $earlier }) para { $now } ({ $later }): +{ $rise }.
dx-check-cost-rose = O custo por mensagem subiu de { $before } para { $now } (+{ $rise }) em relação ao período anterior.
dx-check-cost-advice = Isso geralmente aponta para a entrega: fadiga de criativo, baixa relevância, saturação do público ou aumento da concorrência. Verifique frequência, idade dos criativos e relevância antes de mudar a conversa.
# A célula de veredito da tabela de passos.
dx-verdict-below = Abaixo da meta
dx-verdict-above = Acima da meta
# $count: as conversas que decidiriam.
dx-verdict-cant-tell-more = Ainda inconclusivo: cerca de { $count } { $count ->
    [one] conversa a mais decidiria
    [many] de conversas a mais decidiriam
   *[other] conversas a mais decidiriam
    }
dx-verdict-cant-tell = Inconclusivo: perto demais da meta para separar
# Uma taxa projetada cujo intervalo inclui a meta: esperar os negócios fecharem vai decidir.
dx-verdict-cant-tell-yet = Ainda inconclusivo
# $have das $need pessoas de que a etapa inicial do passo precisa.
dx-verdict-not-enough-data = Dados insuficientes ({ $have } de { $need } pessoas necessárias)
dx-verdict-inconsistent = Contagens inconsistentes
dx-verdict-missing = Faltam contagens
# Um passo cuja etapa não é contada, embora uma posterior seja: avaliado junto com o passo seguinte.
dx-verdict-not-counted = Sem contagem: avaliado junto com o próximo passo
# $verdict: um dos vereditos acima, enquanto a janela for mais curta que o ciclo de vendas.
dx-verdict-provisional = { $verdict } (provisório)
# $verdict: um dos vereditos acima, avaliado por uma taxa final projetada; $so-far: a taxa até agora.
dx-verdict-projected = { $verdict } (projeção; { $so-far } até agora)
# $date: o dia em que os negócios mais recentes poderão ser avaliados.
dx-verdict-too-early = Cedo demais: avaliação em { $date }
# A célula “se atingisse a meta” da tabela de passos.
dx-impact-at-target = Já está na meta ou acima
dx-impact-needs-counts = Precisa da contagem de todas as etapas para estimar
# $outcome: o substantivo do negócio para $count deles.
dx-impact-gain = +{ $count } { $outcome }
# $gain: os resultados acrescentados (dx-impact-gain, ou dx-less-than-one-more); $cac: o custo por
# cliente então; $revenue: a receita acrescentada.
dx-impact-cac = { $gain }, CAC { $cac }
dx-impact-revenue = { $gain }, +{ $revenue } de receita
dx-impact-cac-revenue = { $gain }, CAC { $cac }, +{ $revenue } de receita
# A tabela de alavancas: um ganho em resultados inteiros (“+14”, ou menos de um).
dx-gain-under-one = <1
dx-gain = +{ $count }
dx-lever-cost-per-message = Custo por mensagem 10% menor (mesmo investimento)
# $steps: o nome de um passo (step-title-…), ou uma lista de passos que começa com um:
# “resposta, qualificação ou fechamento” (dx-list-or).
dx-lever-rate = Taxa de { $steps } 10% maior
# $outcome: o substantivo do negócio para um.
dx-lever-revenue = Receita por { $outcome } 10% maior
# $more: como em dx-reaching; $cac: o custo por cliente então.
dx-levers-alike = Todas as alavancas valem o mesmo aqui: uma melhora de 10% em qualquer passo significa { $more }.
dx-levers-alike-cac = Todas as alavancas valem o mesmo aqui: uma melhora de 10% em qualquer passo significa { $more }, com CAC de { $cac }.
dx-levers-alike-choose = Escolha o passo mais barato de melhorar, geralmente o que está mais abaixo da meta.
dx-lever-note = A escada multiplica suas taxas, então uma melhora de 10% em qualquer passo aumenta a última etapa nos mesmos 10%, a menos que esse passo já esteja perto de 100%. Os passos mais abaixo da meta costumam ser onde uma melhora de 10% sai mais barata.
# A resposta em uma linha no celular: $line é o selo (dx-badge-…) e o que veio antes dele.
dx-answer-cac = { $line } · CAC { $cac }
# $cost: o custo por mensagem.
dx-answer-cost = { $line } · custo por mensagem { $cost }
