# E se: cenários e atingir meta
# Português (Brasil): uma entrada por mensagem, com os mesmos argumentos nomeados ($nome) do inglês;
# o plural segue a categoria CLDR do número (one = 0 e 1, many = milhões, other).

## E se
error-mark = Erro:
error-line = Erro: { $problem }
reset-lever = Redefinir
scenario-region = Cenário: { $name }
scenario-name = Nome do cenário
scenario-duplicate = Duplicar
scenario-reset = Voltar à linha de base
scenario-link-copied = Link para este cenário copiado.
scenario-no-clipboard = A área de transferência não está disponível aqui: use Copiar link, no topo.
scenario-delete = Excluir
comparison-region = Tabela de comparação de cenários
comparison-caption = Linha de base e cenários lado a lado
metric-column = Métrica
baseline-column = Linha de base
goal-seek-heading = Atingir meta
# A pergunta se lê: “Para atingir [CAC] de [150], qual deve ser [Taxa de fechamento]?”
goal-to-reach = Para atingir
goal-of = de
goal-what-must = , qual deve ser
goal-lever-label = A alavanca a calcular
goal-be = ?
goal-apply = Aplicar como novo cenário
what-if-heading = E se…
what-if-hint = Os cenários começam como cópias da escada exibida acima. Mova uma alavanca e todos os números acompanham, ao lado dos de hoje.
add-scenario = Adicionar cenário
