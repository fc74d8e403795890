# The workspace bar and backups
# English, the app's own words: one entry per message, its arguments named ($name); a plural
# goes by the count's category: { $count -> [one] … *[other] … }.
# Translations sit beside this folder with the same files and entries.

## The workspace bar
workspaces-region = Workspaces
workspace-label = Workspace
workspace-manage = Rename, new, duplicate, delete, backup
workspace-name = Name
workspace-new = New
workspace-duplicate = Duplicate
workspace-delete = Delete
workspace-download-backup = Download backup
workspace-restore-backup = Restore backup
restore-region = Restore a backup
# $contents: what the backup holds, such as "3 workspaces: Acme (changed 5 minutes ago), …".
restore-holds = This backup holds { $contents }
restore-beside = They are added beside your workspaces; nothing is overwritten.
restore-add = Add them
restore-unreadable = The file could not be read as text.
bar-created = New workspace: name it in the Name field.
bar-duplicated = Duplicated “{ $name }”.
bar-deleted = Deleted “{ $name }”.
bar-back = “{ $name }” is back.
bar-restored = Added { $count ->
    [one] { $count } workspace
   *[other] { $count } workspaces
    } from the backup. Pick one above to open it.
bar-opened-shared = Opened “{ $name }” from a link, as a workspace of its own. The workspace you had is unchanged; switch back to it above.
