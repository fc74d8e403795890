# O painel de diagnóstico
# Português (Brasil): uma entrada por mensagem, com os mesmos argumentos nomeados ($nome) do inglês;
# o plural segue a categoria CLDR do número (one = 0 e 1, many = milhões, other).

## O diagnóstico
data-checks = Verificações de dados
step-column = Passo
rate-column = Taxa
range-column = Intervalo de 95%
target-column = Meta
verdict-column = Veredito
if-at-target-column = Se atingisse a meta
# $noun: o resultado do negócio em geral, no plural, como “clientes” (outcome-customers…).
lever-more = Mais { $noun }
lever-cac-after = CAC depois
lever-more-revenue = Mais receita
lever-column = Alavanca
likely-causes = Causas prováveis
what-to-try = O que testar
dont-overcorrect = Não corrija demais
other-below = Outros passos abaixo da meta
largest-drop = Maior queda
steps-region = Tabela de vereditos por passo
steps-caption = Cada passo comparado à sua meta (intervalo de 95% pelo método do escore de Wilson ou, para uma taxa de fechamento com negócios ainda em aberto, pela projeção)
levers-region = Tabela de alavancas
levers-caption = Quanto vale uma melhora de 10%, da maior para a menor
diagnosis-heading = Onde a escada quebra
summary-heading = Resumo para o e-mail do cliente
copy-summary = Copiar resumo
copy-markdown = Copiar como Markdown
summary-copied = Copiado para a área de transferência.
summary-no-clipboard = A área de transferência não está disponível aqui: selecione o resumo e copie.
judged-only-when = Um passo só é avaliado quando todo o seu intervalo de 95% fica de um lado da meta, e só com pessoas suficientes no início dele. As metas são pontos de partida: defina as suas em Metas e configurações.
