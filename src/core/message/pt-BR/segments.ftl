# Segmentos, mudanças de orçamento, inversões
# Português (Brasil): uma entrada por mensagem, com os mesmos argumentos nomeados ($nome) do inglês;
# o plural segue a categoria CLDR do número (one = 0 e 1, many = milhões, other).

## Segmentos
# Mover orçamento de um segmento para outro.
budget-region = Tabela da conta após a mudança
budget-caption = A conta após a mudança, com a escada atual de cada segmento
budget-your-move-column = Sua mudança
# Uma coluna: a mudança para o segmento com as mensagens mais baratas.
budget-naive-column = Para as mensagens mais baratas
# Uma coluna: a mudança para o segmento com os clientes mais baratos.
budget-right-column = Para os clientes mais baratos
budget-heading = Mover orçamento entre segmentos
budget-from = De
budget-to = Para
budget-amount = Valor
budget-exponent = Retornos decrescentes (0–1)
budget-apply = Aplicar como cenário
# A tabela de segmentos.
segments-period-column = Período
segments-conversations-column = Conversas
segments-heading = Segmentos
segments-region = Tabela de segmentos importados
segments-caption = Segmentos importados: ordene por qualquer coluna; escolha um nome para ver a escada dele
segments-download = Baixar segmentos (CSV)
# $count: quantas linhas a mais o botão mostra.
segments-show-more = Mostrar mais { $count }
# Mensagens baratas, clientes caros.
inversions-none = Nenhum segmento tem mensagens mais baratas e clientes mais caros que outro.
# $count: quantas frases de inversão a mais estão recolhidas sob este resumo.
inversions-more = Mais { $count }
# Uma célula da tabela de posições, “2º · R$ 1,20”.
# $rank: a posição do segmento por este custo (1 é o mais barato).
# $value: o próprio custo, já escrito como dinheiro ou número.
inversions-ranked-value = { $rank }º · { $value }
# $name: um segmento deixado fora do ranking.
inversions-not-ranked = { $name } (fora do ranking)
# O canto sombreado, no alto à esquerda do gráfico.
inversions-corner = mensagens baratas, clientes caros
# O eixo horizontal do gráfico.
inversions-axis-cost = custo por mensagem →
# O eixo vertical do gráfico.
inversions-axis-cac = CAC ↑
inversions-heading = Mensagens baratas, clientes caros?
inversions-figcaption = Cada segmento pelo custo por mensagem (na horizontal) e pelo CAC (na vertical), com tamanho proporcional ao investimento. O canto sombreado é onde mensagens baratas trazem clientes caros.
inversions-region = Tabela de posições dos segmentos
inversions-caption = A posição de cada segmento pelo custo em cada passo (1º é o mais barato; no ROAS, o mais alto)
