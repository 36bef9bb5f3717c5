error-prefix = erreur :
hint-prefix = conseil :
warning-prefix = avertissement :
note-prefix = remarque :

test-items = { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
}

config-bad-ui-lang = ui_lang { $value } non valable dans le fichier de configuration
config-bad-ui-lang-hint = utilisez en, nl, fr ou de (la langue de l'interface) ; `lang` est la langue des documents
ui-lang-ignored = { $source } vaut { $value }, une langue que livcr ne parle pas ; { $lang } est utilisé (livcr parle en, nl, fr et de)

format-help = Format de sortie [par défaut : { $default }]
format-help-none = Cette commande n'a pas de --format
format-none-error = `{ $command }` n'a pas de --format ; retirez --format { $value }
