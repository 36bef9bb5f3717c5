error-prefix = fout:
hint-prefix = tip:
warning-prefix = waarschuwing:
note-prefix = opmerking:

test-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}

config-bad-ui-lang = ongeldige ui_lang { $value } in het configuratiebestand
config-bad-ui-lang-hint = gebruik en, nl, fr of de (de taal van de interface); `lang` is de taal van de documenten
ui-lang-ignored = { $source } is { $value }, een taal die livcr niet spreekt; { $lang } wordt gebruikt (livcr spreekt en, nl, fr en de)

format-help = Uitvoerformaat [standaard: { $default }]
format-help-none = Deze opdracht kent geen --format
format-none-error = `{ $command }` kent geen --format; laat --format { $value } weg
