# A página: a moldura, a escada exibida, palavras usadas em toda parte
# Português (Brasil): uma entrada por mensagem, com os mesmos argumentos nomeados ($nome) do inglês;
# o plural segue a categoria CLDR do número (one = 0 e 1, many = milhões, other).

undo = Desfazer
cancel = Cancelar
dismiss = Dispensar
nothing-changed = Nada foi alterado.

## A página
skip-to-results = Pular para os resultados
app-tagline = Custo por mensagem, em contexto: da primeira conversa aos clientes e à receita.
language-label = Idioma
report-language-label = Idioma do relatório e do resumo
report-language-page = Idioma da página ({ $language })
load-sample = Carregar exemplo
clear = Limpar
copy-link = Copiar link
print-report = Imprimir relatório
print-report-in = Imprimir relatório ({ $language })
present = Apresentar
leave-presentation = Sair da apresentação
frame-not-kept = O trabalho feito nesta página incorporada não fica guardado depois que ela é fechada. Para guardá-lo, copie um link ou baixe um backup:
bring-your-data = Traga seus dados
your-numbers = Seus números
your-numbers-lede = Um período, uma campanha ou a conta inteira. Deixe uma etapa em branco se você ainda não a acompanha.
use-typed-numbers = Usar os números digitados
targets-heading = Metas e configurações
targets-lede = Com o que cada passo é comparado. As predefinições são pontos de partida: ajuste-as ao seu negócio.
to-inputs = Digite ou importe seus números ↓
funnel-heading = Funil
metrics-heading = Métricas
metrics-region = Tabela de métricas
download-ladder = Baixar escada (CSV)
nothing-sent = Tudo é calculado neste navegador. Nada do que você digita é enviado para lugar nenhum.

## A escada exibida
saved-here = Salvo apenas neste navegador.
showing-label = Exibindo
formula-summary = Fórmula
metrics-caption = A escada: todas as métricas, da mensagem à receita
value-column = Valor
how-computed-column = Como é calculado
