# La barre des espaces de travail et les sauvegardes
# Français : une entrée par message, mêmes clés et mêmes arguments ($name) que en/ ; un pluriel
# suit la catégorie CLDR du nombre : { $count -> [one] … [many] … *[other] … }.

## La barre des espaces de travail
workspaces-region = Espaces de travail
workspace-label = Espace de travail
workspace-manage = Renommer, créer, dupliquer, supprimer, sauvegarder
workspace-name = Nom
workspace-new = Nouveau
workspace-duplicate = Dupliquer
workspace-delete = Supprimer
workspace-download-backup = Télécharger la sauvegarde
workspace-restore-backup = Restaurer une sauvegarde
restore-region = Restaurer une sauvegarde
# $contents : ce que contient la sauvegarde, par exemple « 3 espaces de travail : Acme (modifié il y a 5 minutes), … ».
restore-holds = Cette sauvegarde contient { $contents }
restore-beside = Ils sont ajoutés à côté de vos espaces de travail ; rien n’est écrasé.
restore-add = Les ajouter
restore-unreadable = Le fichier n’a pas pu être lu comme du texte.
bar-created = Nouvel espace de travail : donnez-lui un nom dans le champ Nom.
bar-duplicated = « { $name } » dupliqué.
bar-deleted = « { $name } » supprimé.
bar-back = « { $name } » est de retour.
bar-restored = { $count ->
    [one] { $count } espace de travail ajouté
    [many] { $count } d’espaces de travail ajoutés
   *[other] { $count } espaces de travail ajoutés
    } depuis la sauvegarde. Choisissez-en un ci-dessus pour l’ouvrir.
bar-opened-shared = « { $name } » ouvert depuis un lien, comme espace de travail distinct. Celui que vous aviez n’a pas changé ; revenez-y ci-dessus.
