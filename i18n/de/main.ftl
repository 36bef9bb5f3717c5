error-prefix = Fehler:
hint-prefix = Hinweis:
warning-prefix = Warnung:
note-prefix = Anmerkung:

test-items = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}

config-bad-ui-lang = ungültiges ui_lang { $value } in der Konfigurationsdatei
config-bad-ui-lang-hint = verwenden Sie en, nl, fr oder de (die Sprache der Oberfläche); `lang` ist die Sprache der Dokumente
ui-lang-ignored = { $source } ist { $value }, eine Sprache, die livcr nicht spricht; { $lang } wird verwendet (livcr spricht en, nl, fr und de)

format-help = Ausgabeformat [Standard: { $default }]
format-help-none = Dieser Befehl kennt kein --format
format-none-error = `{ $command }` kennt kein --format; lassen Sie --format { $value } weg
