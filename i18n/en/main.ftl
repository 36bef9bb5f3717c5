# Words of the whole interface: the prefixes of messages, settings, shared words.
# Placeables are { $name }; plural forms use { $count -> [one] … *[other] … }.

error-prefix = error:
hint-prefix = hint:
warning-prefix = warning:
note-prefix = note:

# A check of the catalogues' plural forms (not shown to anyone).
test-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}

config-bad-ui-lang = invalid ui_lang { $value } in the config file
config-bad-ui-lang-hint = use en, nl, fr or de (the interface language); `lang` is the documents' language
ui-lang-ignored = { $source } is { $value }, a language livcr does not speak; using { $lang } (en, nl, fr and de are spoken)

format-help = Output format [default: { $default }]
format-help-none = This command writes no --format
format-none-error = `{ $command }` writes no --format; leave --format { $value } out
