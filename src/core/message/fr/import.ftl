# Le panneau d’import et son aperçu
# Français : une entrée par message, mêmes clés et mêmes arguments ($name) que en/ ; un pluriel
# suit la catégorie CLDR du nombre : { $count -> [one] … [many] … *[other] … }.

## Le panneau d’import
import-reading-in-background = Lecture du fichier en arrière-plan…
import-cancel = Annuler l’import
# En gras, suivi d’une espace et de la raison de l’échec.
import-cant-import = Import impossible :
import-paste-label = Coller des cellules d’un tableur
import-paste-hint = Avec ou sans ligne d’en-tête. Une seule ligne ou colonne de nombres est lue dans l’ordre de l’échelle : dépenses, conversations, réponses, conversations qualifiées, transferts, clients, chiffre d’affaires.
import-preview-pasted = Aperçu des cellules collées
import-upload-label = Ou importer un export (CSV ou TSV)
import-choose-file = Choisir un fichier
import-upload-hint = Exports du Gestionnaire de publicités Meta, de HubSpot ou de Pipedrive, ou journal de conversations. Vous pouvez aussi déposer un fichier ici. Il est lu dans ce navigateur uniquement.
preview-rows-column = Lignes
preview-counts-up-to-column = Compte jusqu’au niveau
# $status : une valeur de statut telle qu’écrite dans le fichier, par exemple « Won » ou « Qualified ».
preview-stage-reached-by = Niveau atteint par « { $status } »
preview-stages-caption = Étapes du pipeline : jusqu’où est allée une affaire ouverte ou perdue
preview-stages-region = Tableau des étapes du pipeline
preview-stage-column = Étape du pipeline
preview-statuses-caption = Statuts : chaque ligne compte au niveau qu’elle a atteint et à tous les niveaux précédents
preview-statuses-region = Tableau des statuts
preview-status-column = Statut
# $column : la colonne du fichier qui indique l’origine de chaque ligne, par exemple « Source ».
preview-keep-sources = Garder les lignes de ces sources (« { $column } »)
spend-column = Dépenses
preview-chats-column = Conversations
preview-customers-column = Clients
preview-revenue-column = Chiffre d’affaires
preview-periods = Périodes
# Le jour auquel s’arrêtent les données d’un export d’affaires. $date : la date la plus récente du fichier.
preview-as-of = Date d’arrêt des données
preview-as-of-hint = La date la plus récente du fichier est le { $date }. Si vous l’avez exporté plus tard, indiquez le jour de l’export : les affaires encore ouvertes sont alors comptées comme ouvertes d’autant plus longtemps, jamais comme perdues.
preview-heading = Aperçu : rien ne change avant d’appliquer
# En gras, suivi d’une espace et de ce que semble être la saisie (« Un export du Gestionnaire de publicités Meta »).
preview-looks-like = Type détecté :
preview-columns-heading = Colonnes : comment chacune est lue (modifiez un rôle ou un séparateur si besoin)
preview-segments-region = Tableau des segments à importer
# $count : combien de segments (campagnes, périodes…) l’import créerait.
preview-segments-caption = Segments à importer : { $count }
segment-column = Segment
# $count : combien de segments de plus que ceux du tableau.
preview-and-more = …et { $count } de plus.
preview-apply = Appliquer l’import
