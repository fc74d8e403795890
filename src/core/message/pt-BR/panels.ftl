# Fora da curva, o formulário, as metas, downloads de gráficos, a janela de incorporação
# Português (Brasil): uma entrada por mensagem, com os mesmos argumentos nomeados ($nome) do inglês;
# o plural segue a categoria CLDR do número (one = 0 e 1, many = milhões, other).

## Fora da curva
outliers-none = Nenhum segmento está fora do intervalo esperado para o seu volume.
# Rótulo do eixo horizontal do gráfico de funil; a seta aponta ao longo do eixo.
outliers-axis-people = pessoas no início do passo →
# Rótulo do eixo vertical do gráfico de funil; a seta aponta para cima.
outliers-axis-rate = taxa ↑
outliers-caption = A taxa de cada segmento em relação ao seu volume. A linha é a taxa agregada; os funis interno e externo são os intervalos de 95% e 99,8% esperados para cada volume, então a taxa extrema de um segmento pequeno dentro deles não é um achado.
outliers-heading = Segmentos fora da curva: quais realmente diferem

## O formulário
# Marca um aviso em um campo, antes do próprio aviso (como error-mark marca um erro).
form-check-mark = Verifique:
form-more-inputs = Mais dados (opcional): impressões, cliques, outros custos
form-currency = Moeda

## Metas e configurações
targets-business-type = Tipo de negócio
# Vem depois da nota do tipo de negócio quando o usuário alterou uma meta predefinida.
targets-edited = Metas alteradas em relação à predefinição.
targets-rates = Metas de taxa
# O que os textos e os números da página seguem. $language: o nome do idioma no próprio idioma (“Deutsch”).
settings-language-heading = Idioma e formato de números
settings-words = Textos: { $language }
# $number e $money: um número e um valor de exemplo como este navegador os escreve; $locale: a tag de localidade do navegador (de-DE).
settings-numbers = Números e valores: { $number } e { $money } ({ $locale })
settings-language-hint = Os textos seguem o menu Idioma no topo da página. Números, valores e datas seguem a região do seu navegador, então os dois podem não coincidir: por exemplo, textos em português com números no formato americano.

## Downloads de gráficos
chart-download-svg = Baixar SVG
chart-download-png = Baixar PNG

## Incorporar em um portal do cliente
# $example: uma cor em seis dígitos hexadecimais (0f4c5c), a mesma do marcador do campo.
embed-accent-problem = Seis dígitos hexadecimais, como { $example }.
embed-summary = Incorporar em um portal do cliente
embed-theme = Tema
embed-theme-auto = Seguir a configuração do visitante
embed-theme-light = Claro
embed-theme-dark = Escuro
embed-accent = Cor de destaque (hex)
embed-paste-here = Cole isto na página do portal
embed-copy-snippet = Copiar código
embed-copied = Copiado.
embed-no-clipboard = A área de transferência não está disponível aqui: selecione o texto e copie.
