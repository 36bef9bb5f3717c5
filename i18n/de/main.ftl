error-prefix = Fehler:
hint-prefix = Hinweis:
warning-prefix = Warnung:
note-prefix = Anmerkung:

test-items = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}

ui-lang-ignored = { $source } ist { $value }, eine Sprache, die livcr nicht spricht; { $lang } wird verwendet (livcr spricht en, nl, fr und de)

format-help = Ausgabeformat [Standard: { $default }]
format-help-none = Dieser Befehl kennt kein --format
format-none-error = `{ $command }` kennt kein --format; lassen Sie --format { $value } weg

## Prompts and text files (src/prompt.rs)
prompt-reading-terminal = Lesen vom Terminal
prompt-municipality = { $prompt } (Name auf Niederländisch, Französisch oder Deutsch, oder NIS-Code)
prompt-none-of-these = keine davon: erneut suchen
prompt-municipalities-match = { $count } Gemeinden passen
prompt-type-again = Bitte erneut eingeben
prompt-passphrases-differ = die beiden Passphrasen stimmen nicht überein; bitte erneut versuchen
prompt-editor-tempdir = Anlegen eines privaten temporären Ordners für den Editor
prompt-editor-note-file = Anlegen der Notizdatei
prompt-editor-start = Starten des Editors { $editor }
prompt-editor-failed = der Editor { $editor } endete mit { $status }; nichts wurde erfasst
prompt-cannot-read-file = die Datei { $file } ({ $what }) kann nicht gelesen werden
prompt-reading-file = Lesen der Datei { $file } ({ $what })
prompt-source-file = die Datei { $file } ({ $what })
prompt-reading-stdin = Lesen von { $what } aus der Standardeingabe
prompt-source-stdin = { $what } auf der Standardeingabe
prompt-not-regular-folder = { $what } kann nicht aus { $file } gelesen werden: es ist ein Ordner
prompt-not-regular-device = { $what } kann nicht aus { $file } gelesen werden: es ist keine gewöhnliche Datei (ein Gerät, eine FIFO oder ein Socket)
prompt-not-regular-hint = geben Sie eine gewöhnliche Textdatei mit --file an, oder `--file -`, um die Standardeingabe zu lesen
prompt-text-too-large = { $source } ist größer als { $kib } KiB ({ $bytes } Bytes); nichts wurde erfasst
prompt-text-too-large-hint = ein Text, den livcr aufbewahrt, hat höchstens 64 KiB; kürzen Sie ihn
prompt-text-nul = { $source } enthält ein NUL-Byte (bei Byte { $at }); nichts wurde erfasst
prompt-text-nul-hint = livcr liest nur reinen Text; speichern Sie den Text als reinen Text in UTF-8
prompt-text-not-utf8 = { $source } ist kein UTF-8-Text (ungültiges Byte bei { $at }); nichts wurde erfasst
prompt-text-not-utf8-hint = speichern Sie den Text als reinen Text in UTF-8

## The run (src/lib.rs)
db-busy = ein anderes livcr schreibt in die Datenbank und wurde binnen { $seconds } s nicht fertig; dieser Befehl hat nichts geschrieben
db-busy-hint = versuchen Sie es gleich noch einmal

## The file's triggers (migrations 6 and 9)
trigger-hint = was das Gesetz festlegt, bleibt so, wie es erfasst wurde; nichts wurde geändert
trigger-held-meeting-fixed = Regel R7: eine abgehaltene Sitzung steht fest; Datum, Art, Ort und Status können sich nicht mehr ändern
trigger-held-meeting-kept = Regel R7: eine abgehaltene Sitzung wird aufbewahrt; sie kann nicht gelöscht werden
trigger-attendance-fixed = Regel R7: die Anwesenheit einer abgehaltenen Sitzung steht fest
trigger-agenda-fixed = Regel R7: Tagesordnung und Beschlüsse einer abgehaltenen Sitzung stehen fest
trigger-participants-fixed = Regel R7: wer an einem Punkt teilnahm, steht fest, sobald die Sitzung abgehalten ist
trigger-feedback-sent-fixed = Regel R7: ein versandter Rückmeldebogen steht fest; er hat die LIVC-R verlassen
trigger-consents-sent-withdrawn-fixed = Regel R7: die Einwilligungen eines versandten oder zurückgezogenen Rückmeldebogens stehen fest
trigger-consents-sent-fixed = Regel R7: die Einwilligungen eines versandten Rückmeldebogens stehen fest
trigger-confirmations-sent-withdrawn-fixed = Regel R7: die Bestätigungen eines versandten oder zurückgezogenen Rückmeldebogens stehen fest
trigger-confirmations-sent-fixed = Regel R7: die Bestätigungen eines versandten Rückmeldebogens stehen fest
trigger-disclosures-append-only = Regel R7: das Register der Weitergaben kann nur ergänzt werden
trigger-destructions-append-only = Regel R11: das Vernichtungsregister kann nur ergänzt werden
trigger-audit-append-only = das Prüfprotokoll kann nur ergänzt werden
trigger-item-number-not-reused = eine Nummer eines Tagesordnungspunkts wird in einer Sitzung kein zweites Mal vergeben
trigger-item-number-kept = ein Tagesordnungspunkt behält seine Nummer, solange die Sitzung besteht

## Settings and where they came from (src/config.rs)
source-default = Standard
source-config-file = Konfigurationsdatei { $path }
source-env = Umgebungsvariable { $name }
source-flag = Option { $name } der Befehlszeile
source-account-env = Benutzerkonto (Umgebungsvariable { $name })
source-account-system = Benutzerkonto (die Benutzerdatenbank des Systems)
source-system-language = die Sprache des Systems
config-cannot-read = die Konfigurationsdatei { $path } kann nicht gelesen werden
config-bad-remind-within = ungültiges remind_within in der Konfigurationsdatei: { $error }
config-bad-remind-within-hint = verwenden Sie eine Zahl und eine Einheit, zum Beispiel "14d" oder "2w"
config-bad-suppress-below = ungültiges suppress_below 0 in der Konfigurationsdatei; verwenden Sie eine ganze Zahl von mindestens 1
config-invalid-file = ungültige Konfigurationsdatei { $path }: { $error }
config-invalid-file-hint = `livcr config default` zeigt jeden zulässigen Schlüssel mit seiner Bedeutung

## config show (src/commands/config.rs)
config-show-no-file = (keine: Standardwerte)
config-show-read = gelesen
config-show-not-found = nicht gefunden unter { $path }
config-show-no-folder = kein Konfigurationsordner
config-show-encrypted-yes = ja (SQLCipher)
config-show-encrypted-no = nein (unverschlüsselte Datei)
config-show-no-database = (keine Datenbank)
config-show-not-a-database = (keine Datenbank)
config-show-the-file = die Datei
config-show-none = (keine)
config-show-key-file = Schlüsseldatei { $path }
config-show-os-keyring = Schlüsselbund des Systems
config-show-the-keyring = Schlüsselbund: { $keyring }
config-show-keyring-unreachable = keine Schlüsseldatei; { $keyring } war nicht erreichbar ({ $why })
config-show-no-key = keine Schlüsseldatei, nichts im Schlüsselbund des Systems
config-show-not-encrypted = (keine: nicht verschlüsselt)
config-show-only-cell = (die einzige LIVC-R)
config-show-actor-unknown = (unbekannt: geben Sie --as an oder setzen Sie actor in der Konfiguration)
config-show-actor-unknown-source = kein --as, kein `actor` in der Konfiguration, kein Name des Benutzerkontos
config-show-each-cell = (die eigene Sprache jeder LIVC-R)

## The OS keyring (src/keystore.rs)
keyring-test-file = Test-Schlüsselbund (LIVCR_KEYRING_FILE)
keyring-windows = Windows-Anmeldeinformationsverwaltung
keyring-macos = macOS-Schlüsselbund
keyring-secret-service = Schlüsselbund des Secret Service
keyring-none-here = dieses System hat keinen Schlüsselbund, der Einträge aufbewahrt (livcr kennt die Windows-Anmeldeinformationsverwaltung, den macOS-Schlüsselbund und den Secret Service unter Linux)
keyring-test-file-error = Test-Schlüsselbund { $path }: { $error }
keyring-test-no-folder = sein Ordner existiert nicht

## Opening the file, the key, who is working (src/context.rs)
ctx-keyring-wrong-key = falsche Passphrase oder keine livcr-Datenbank: { $path } (der dafür in { $keyring } aufbewahrte Schlüssel öffnet sie nicht)
ctx-keyring-wrong-key-hint = entfernen Sie diesen Eintrag mit `livcr key forget`, geben Sie dann den Schlüssel mit --key-file DATEI an oder tippen Sie ihn ein (und `livcr key store`, um ihn wieder aufzubewahren); die Datei wurde nicht geändert
ctx-passphrase-prompt = Passphrase von { $path }
ctx-no-key = { $path } ist verschlüsselt und es wurde kein Schlüssel angegeben
ctx-no-key-hint = geben Sie eine Schlüsseldatei mit --key-file DATEI, LIVCR_KEY_FILE oder `key_file` in der Konfiguration an (Modus 0600), bewahren Sie den Schlüssel mit `livcr key store` im Schlüsselbund des Systems auf, oder starten Sie livcr in einem Terminal, um die Passphrase einzutippen
ctx-no-actor = es ist nicht festzustellen, wer arbeitet: kein --as, kein `actor` in der Konfiguration und kein Name des Benutzerkontos (USER, USERNAME, LOGNAME oder die Benutzerdatenbank des Systems)
ctx-no-actor-hint = geben Sie Ihren Namen für das Prüfprotokoll mit --as NAME an, oder setzen Sie `actor = "NAME"` in der Konfigurationsdatei ({ $file }; `livcr config show` zeigt, welche Datei gelesen wird)
ctx-no-actor-give-config = geben Sie eine mit --config DATEI an
ctx-actor-flag = der Benutzer ({ $flag })
ctx-actor-config = der Benutzer (`actor` in der Konfiguration { $path })
ctx-actor-env = der Benutzer (Umgebungsvariable { $name })
ctx-actor-account = der Benutzer (der Name des Benutzerkontos)
ctx-actor-other = der Benutzer ({ $source })

## Confirmations (src/commands/mod.rs) and the clock (src/clock.rs)
confirm-not-confirmed = { $what }: nicht bestätigt, nichts wurde geändert
confirm-not-confirmed-hint = antworten Sie j auf die Frage, oder fügen Sie --yes hinzu
clock-bad-today = ungültiges LIVCR_TODAY { $value }; verwenden Sie ein Datum als JJJJ-MM-TT (YYYY-MM-DD)
clock-bad-today-hint = entfernen Sie LIVCR_TODAY, um die Uhr des Systems zu verwenden

## Finding what was typed (src/commands/lookup.rs)
word-or = oder
lookup-unknown-cell = unbekannte LIVC-R { $code }
lookup-no-cell-yet = noch keine LIVC-R: fügen Sie eine mit `livcr cell add CODE --name NAME --municipality NIS` hinzu
lookup-cells-in-file = LIVC-R in dieser Datei: { $cells }
lookup-file-no-cell = diese Datei enthält noch keine LIVC-R
lookup-file-no-cell-hint = fügen Sie eine mit `livcr cell add CODE --name NAME --municipality NIS` hinzu
lookup-several-cells = diese Datei enthält mehrere LIVC-R; bitte geben Sie an, welche
lookup-several-cells-hint = verwenden Sie --cell CODE (eine von: { $cells }) oder setzen Sie `cell` in der Konfiguration
lookup-no-org-id = keine Organisation mit der ID { $id }
lookup-list-orgs = Sie finden sie mit `livcr org list`
lookup-unknown-org = unbekannte Organisation { $input }
lookup-unknown-org-hint = Sie finden sie mit `livcr org list`, oder fügen Sie sie mit `livcr org add NAME --sector S` hinzu
lookup-org-ambiguous = Organisation { $input } ist mehrdeutig: { $matches }
lookup-org-ambiguous-hint = geben Sie die ID oder den vollständigen Namen an
lookup-no-member-id = kein Mitglied mit der ID { $id }
lookup-list-members = Sie finden sie mit `livcr member list --all`
lookup-no-member-email = kein Mitglied mit der E-Mail-Adresse { $input }
lookup-empty-member = leerer Verweis auf ein Mitglied; geben Sie eine ID, eine E-Mail-Adresse oder einen Namen an
lookup-unknown-member = unbekanntes Mitglied { $input }
lookup-unknown-member-hint = verweisen Sie auf ein Mitglied mit ID, E-Mail-Adresse oder einem Teil des Namens; Sie finden sie mit `livcr member list --all`
lookup-member-ambiguous = Mitglied { $input } ist mehrdeutig: { $matches }
lookup-member-ambiguous-hint = geben Sie die ID oder die E-Mail-Adresse an
lookup-missing = es fehlt: { $flags }
lookup-missing-hint = geben Sie sie als Optionen an (livcr fragt fehlende Werte nur in einem Terminal ohne --no-input ab)
lookup-invalid-case-code = ungültiger Fallcode ({ $count } Zeichen); ein Fallcode hat 8 Zeichen aus { $alphabet }, in der Form XXXX-XXXX
lookup-not-a-case-code = { $code } ist kein gültiger Fallcode
lookup-unknown-case = unbekannter Fall { $code }
lookup-list-cases = Sie finden die Fälle mit `livcr case list --all`
lookup-did-you-mean = meinten Sie { $codes }?
lookup-empty-text = leer: { $what }; nichts wurde erfasst

## Case codes (src/domain/casecode.rs) and case statuses (src/domain/case.rs)
casecode-hint = Fallcodes sehen aus wie { $example }; Groß- und Kleinschreibung und Bindestriche spielen keine Rolle
casecode-random-failed = die Zufallsquelle des Betriebssystems versagte beim Ziehen eines Fallcodes
casecode-wrong-length = ungültiger Fallcode { $input }: er hat { $count } Zeichen; ein Fallcode hat 8, in der Form XXXX-XXXX
casecode-bad-character = ungültiger Fallcode { $input }: { $character } kommt in Fallcodes nicht vor; sie verwenden die Ziffern 2-9 und die Buchstaben A-Z außer I, L und O
casecode-bad-check = ungültiger Fallcode { $input }: das Prüfzeichen passt nicht; wahrscheinlich ist ein Zeichen vertippt oder zwei sind vertauscht
case-statuses-none = keiner (der Fall ist abgeschlossen; öffnen Sie ihn zuerst wieder)

## Dates, spans, durations and times as typed (src/domain/dates.rs)
dates-hint = relative Daten zählen ab heute in d (Tagen), w (Wochen), m (Monaten) oder y (Jahren); Wörter: heute, gestern, today, yesterday, tomorrow, vandaag, gisteren, morgen, aujourd'hui, hier, demain
dates-invalid = ungültiges Datum { $input }; verwenden Sie JJJJ-MM-TT (YYYY-MM-DD), TT/MM/JJJJ, heute, oder eine relative Form wie +2w, -1d, +3m
dates-out-of-range = ungültiges Datum { $input }: { $date } liegt außerhalb des Bereichs; livcr bewahrt Daten von { $first } bis { $last } auf
dates-result-out-of-range = ungültiges Datum { $input }: das Ergebnis liegt außerhalb des Bereichs; livcr bewahrt Daten von { $first } bis { $last } auf
dates-relative-out-of-range = ungültiges Datum { $input }: das Ergebnis liegt außerhalb des Bereichs; livcr bewahrt Daten von { $first } bis { $last } auf; verwenden Sie JJJJ-MM-TT, TT/MM/JJJJ, heute, oder eine relative Form wie +2w, -1d, +3m
dates-range-hint = geben Sie ein Datum von 2000-01-01 bis 2099-12-31 an, z. B. 2026-12-15 oder +2w
dates-month-has-days = { $month } { $year } hat { $days } Tage
dates-months-run = Monate gehen von 1 bis 12
dates-invalid-span = ungültige Frist { $input }; verwenden Sie eine Zahl und eine Einheit d (Tage), w (Wochen), m (Monate) oder y (Jahre), wie 14d, 8w, 3m oder 1y
dates-invalid-span-hint = die Einheit sagt, was die Zahl zählt: 14d sind 14 Tage, 8w 8 Wochen, 3m 3 Monate, 1y 1 Jahr
dates-span-zero = ungültige Frist { $input }: sie muss mindestens 1 sein, wie 14d, 8w, 3m oder 1y
dates-span-too-long = ungültige Frist { $input }: sie ist länger als 100 Jahre (höchstens { $limit })
dates-invalid-duration = ungültige Dauer { $input }; verwenden Sie eine Form wie 90m, 2h, 1h30 oder 1:30
dates-invalid-duration-hint = schreiben Sie Minuten als 90m, Stunden als 2h, oder beides als 1h30 oder 1:30 (Minuten unter 60)
dates-duration-zero = ungültige Dauer { $input }: eine Sitzung muss länger als null Minuten dauern
dates-duration-too-long = ungültige Dauer { $input }: eine Sitzung dauert höchstens 12h
dates-invalid-time = ungültige Uhrzeit { $input }; verwenden Sie die 24-Stunden-Uhr, wie 14:00, 9:30, 14h oder 14h30
dates-invalid-time-hint = Stunden gehen von 0 bis 23, Minuten von 00 bis 59
dates-month-what = Monat { $input }
dates-year-out-of-range = { $what } liegt außerhalb des Bereichs: livcr bewahrt Daten von { $first } bis { $last } auf
dates-year-out-of-range-hint = geben Sie ein Jahr von 2000 bis 2099 an
dates-invalid-month = ungültiger Monat { $input }; verwenden Sie JJJJ-MM (YYYY-MM), this oder last
dates-invalid-month-hint = Monate gehen von 01 bis 12, z. B. 2026-05
dates-bad-stored = fehlerhaftes gespeichertes Datum { $value }; erwartet: JJJJ-MM-TT

## Texts as typed (src/domain/input.rs)
input-too-long = { $field } ist zu lang: { $bytes } Bytes, die Grenze liegt bei { $limit } Bytes (64 KiB)
input-too-long-hint = kürzen Sie den Text, oder bewahren Sie das lange Dokument außerhalb des Programms auf und verweisen Sie darauf
input-only-invisible = { $field } ist leer: es enthält nur unsichtbare Zeichen
input-only-invisible-hint = geben Sie einen sichtbaren Wert für { $field } an, oder lassen Sie es weg
input-empty = { $field } ist leer
input-empty-hint = geben Sie einen Wert für { $field } an; Leerraum allein zählt nicht
input-contains-nul = { $field } enthält ein NUL-Zeichen ({ $code }) bei Zeichen { $position }
input-contains-nul-hint = entfernen Sie das NUL-Zeichen; fügen Sie den Text als reinen Text ein
input-contains-bidi = { $field } enthält ein bidirektionales Steuerzeichen ({ $code }) bei Zeichen { $position }
input-contains-bidi-hint = bidirektionale Überschreibungen und Isolierungen lassen einen Text anders lesen, als er gespeichert ist; tippen Sie den Text ohne sie neu ein
input-contains-line-break = { $field } enthält einen Zeilenumbruch ({ $code }) bei Zeichen { $position }
input-contains-line-break-hint = dieses Feld hat eine Zeile; setzen Sie den Text auf eine einzige Zeile
input-contains-tab = { $field } enthält einen Tabulator ({ $code }) bei Zeichen { $position }
input-contains-tab-hint = dieses Feld hat eine Zeile; verwenden Sie Leerzeichen statt Tabulatoren
input-contains-lone-cr = { $field } enthält einen Wagenrücklauf ohne folgenden Zeilenvorschub ({ $code }) bei Zeichen { $position }
input-contains-lone-cr-hint = beenden Sie Zeilen mit LF oder CR LF; ein einzelner Wagenrücklauf überschreibt die Zeile in einem Terminal
input-contains-control = { $field } enthält ein Steuerzeichen ({ $code }) bei Zeichen { $position }
input-contains-control-line-hint = entfernen Sie Steuerzeichen wie Escape-Sequenzen des Terminals; dieses Feld hat eine Zeile reinen Text
input-contains-control-multiline-hint = entfernen Sie Steuerzeichen wie Escape-Sequenzen des Terminals; nur Zeilenumbrüche und Tabulatoren sind erlaubt

## Municipalities (src/domain/municipality.rs)
municipality-data-broken = die eingebauten Daten der Gemeinden sind beschädigt: { $error }
municipality-empty = leere Gemeinde
municipality-empty-hint = geben Sie einen NIS-Code (5 Ziffern, z. B. 44021) oder einen Namen auf Niederländisch, Französisch oder Deutsch an
municipality-ambiguous = Gemeinde { $input } ist mehrdeutig: { $matches }
municipality-ambiguous-hint = geben Sie stattdessen den NIS-Code an
municipality-bad-nis = ungültiger NIS-Code { $code }; ein NIS-Code hat 5 Ziffern
municipality-find-code = finden Sie einen Code mit `livcr municipality list --search NAME`
municipality-close-codes = nahe Codes: { $codes }; oder suchen Sie mit `livcr municipality list --search NAME`
municipality-unknown-nis = unbekannter NIS-Code { $code }: keine belgische Gemeinde hat diesen Code seit 2025
municipality-merged = { $old_name } ({ $old_nis }) wurde am { $date } mit { $new_name } ({ $new_nis }) fusioniert
municipality-merged-using = { $old_name } ({ $old_nis }) wurde am { $date } mit { $new_name } ({ $new_nis }) fusioniert; { $new_nis } wird verwendet
municipality-unknown = unbekannte Gemeinde { $input }
municipality-unknown-hint = meinten Sie { $suggestions }? Suchen Sie mit `livcr municipality list --search TEXT`
municipality-not-covered = { $name } ({ $nis }) gehört nicht zur LIVC-R { $cell }
municipality-no-match = keine Gemeinde passt zu { $text }

## The privacy linter, rule R8 (src/domain/privacy.rs)
privacy-kind-national-number = Nationalregisternummer
privacy-kind-bis-number = BIS-Nummer
privacy-kind-iban = IBAN
privacy-kind-email = E-Mail-Adresse
privacy-kind-phone = Telefonnummer
privacy-kind-birth-date = Geburtsdatum
privacy-kind-unchecked-number = Nummer in der Form einer Kennnummer
privacy-found-national-number = eine Nationalregisternummer bei Zeichen { $position }
privacy-found-bis-number = eine BIS-Nummer bei Zeichen { $position }
privacy-found-iban = eine IBAN bei Zeichen { $position }
privacy-found-email = eine E-Mail-Adresse bei Zeichen { $position }
privacy-found-phone = eine Telefonnummer bei Zeichen { $position }
privacy-found-birth-date = ein Geburtsdatum bei Zeichen { $position }
privacy-found-unchecked-number = eine Nummer in der Form einer Kennnummer bei Zeichen { $position }
privacy-refused = { $field } von der Datenschutzprüfung abgelehnt (Regel R8): { $findings }
privacy-rephrase-hint = beschreiben Sie die Lage in allgemeinen Worten und nennen Sie Personen nach ihrer Rolle ("der Jugendliche", "ein Elternteil", "die Lehrkraft"); verwenden Sie die Altersgruppe statt eines Geburtsdatums. Schreiben Sie nie Namen, Kenn- oder Kontonummern, Adressen, E-Mail-Adressen oder Telefonnummern.

## The text gate (src/db/gate.rs)
gate-date-out-of-range = { $field } { $date } liegt außerhalb des Bereichs; livcr bewahrt Daten von { $first } bis { $last } auf
gate-date-out-of-range-hint = wählen Sie ein früheres Datum oder eine kürzere Frist
gate-check-identifies-nobody = { $field }: { $finding } (prüfen Sie, dass dies niemanden identifiziert)
gate-security-labels = { $field } nennt { $labels } (Regel R13): Einstufungsvermerke und eingestufte Informationen der LTF werden in der LIVC-R nicht erfasst
gate-security-labels-hint = lassen Sie den Vermerk weg und beschreiben Sie die Sorge in allgemeinen Worten; muss der Text so bleiben, wiederholen Sie den Befehl mit --yes
gate-other-vocabulary = { $field } verwendet { $other }, den Namen der Zelle in einer anderen Sprache (Regel R15): die Dokumente dieser Zelle sagen { $name }
gate-member-name = Name des Mitglieds
gate-invisible-character = { $field } enthält ein unsichtbares Zeichen, { $character } bei Zeichen { $position }
gate-invisible-character-hint = entfernen Sie es (tippen Sie den Text neu ein, oder fügen Sie ihn als reinen Text ein): Zeichen ohne Breite und Richtungsmarken ändern unbemerkt, wie ein Text gelesen oder verglichen wird
gate-unusual-space = { $field } enthält ein anderes Leerzeichen als ein gewöhnliches, { $character } bei Zeichen { $position }
gate-strict-hint = tippen Sie den Wert nur mit sichtbaren Zeichen und gewöhnlichen Leerzeichen neu ein: Namen, E-Mail-Adressen und der Benutzer werden mit anderen verglichen, und ein unsichtbares Zeichen oder ein ungewöhnliches Leerzeichen ergäbe einen zweiten, der ihm gleicht
gate-names-another-case = { $field } nennt einen anderen Fall; der Text eines Punkts zu einem Fall nennt nur diesen Fall, damit die Ausfertigung eines Eingeladenen keinen anderen Fall zeigt
gate-holds-case-code = { $field } enthält einen Fallcode; Falldaten bleiben aus Texten heraus, die jeder Eingeladene sieht, aus strategischen Sitzungen und aus dem Punkt zur Politik
gate-case-data-hint = setzen Sie einen Fall mit `livcr agenda add SITZUNG --case CODE TEXT` auf die Tagesordnung einer Fallbesprechung, und schreiben Sie nur in seinem eigenen Punkt darüber

## Opening and creating the file (src/db/mod.rs)
db-missing = keine Datenbank unter { $path }
db-missing-hint = legen Sie eine mit `livcr init` an, oder geben Sie Ihre mit --db PFAD oder LIVCR_DB an
db-kind-empty = eine leere Datei
db-kind-other-sqlite = eine SQLite-Datenbank eines anderen Programms
db-kind-other-sqlite-id = eine SQLite-Datenbank eines anderen Programms (application id { $id })
db-kind-text = eine Textdatei
db-kind-not-database = keine Datenbank
db-kind-other-encrypted = eine verschlüsselte Datenbank eines anderen Programms
db-reading = Lesen von { $path }
db-cannot-configure = die Datenbank { $path } kann nicht eingerichtet werden
db-older-schema = { $path } hat die Schemaversion { $current }; dieses livcr liest Version { $latest }
db-older-schema-hint = führen Sie `livcr upgrade` aus (oder einen Befehl, der die Datei ändert): er legt eine Kopie neben der Datei ab und aktualisiert sie dann
db-upgrade-copy = Ablegen einer Kopie vor der Aktualisierung unter { $path }
db-database = Datenbank { $path }
db-exists = unter { $path } besteht bereits eine Datenbank
db-exists-hint = livcr überschreibt nie eine Datenbank; verwenden Sie sie, wie sie ist, oder wählen Sie mit --db einen anderen Pfad
db-wal-refused = journal_mode WAL abgelehnt (erhalten: { $mode })
db-checkpointing = Zurückschreiben des Write-Ahead-Logs

## Manual pages (src/commands/help.rs)
man-wrote-pages = { $count } Handbuchseiten nach { $dir } geschrieben (livcr.1, livcr-case.1, …)
man-manual = Handbuch von livcr
man-cannot-create-folder = der Ordner { $dir } kann nicht angelegt werden
man-cannot-write-page = in { $dir } kann keine Handbuchseite geschrieben werden

## Tables and records (src/output.rs)
output-nothing-to-show = nichts anzuzeigen
output-more-columns = ({ $count } weitere: { $columns }; siehe --wide und --columns)
output-unknown-column = unbekannte Spalte { $column } in --columns
output-this-list-has = diese Liste hat: { $columns }
output-none = (keine)
output-writing-stdout = Schreiben auf die Standardausgabe
output-rendering-json = Aufbereiten von JSON
output-rendering-csv = Aufbereiten von CSV

## livcr demo (src/commands/demo.rs)
demo-scale-generated = { $path }{ $encrypted ->
        [yes] {" "}(verschlüsselt)
       *[other] {""}
    } in { $seconds } s erzeugt: { $cells } LIVC-R, { $cases } über zehn Jahre eröffnete Fälle ({ $purged } gelöscht, ihre Zählungen behalten: { $kept } Zeilen), { $events } Journaleinträge, { $actions } Maßnahmen, { $referrals } Verweisungen, { $meetings } Sitzungen ({ $planned } geplant), { $forms } Rückmeldebögen, { $audit_rows } Zeilen im Prüfprotokoll, { $records } geprüfte Datensatzstände
demo-item-missing = Demo: Fall { $code } steht nicht auf der Tagesordnung der Sitzung { $meeting }
demo-step-parse = Demo-Schritt { $step } wird nicht verstanden: { $error }
demo-step = Demo-Schritt `livcr { $step }`
demo-step-exited = Demo-Schritt `livcr { $step }` endete mit { $code }
demo-not-demo = { $path } besteht und ist keine Demo-Datenbank von livcr
demo-not-demo-hint = livcr demo ersetzt nur seine eigenen Demo-Dateien; geben Sie mit --db einen anderen Pfad an
demo-cannot-replace = die alte Demo-Datei { $path } kann nicht ersetzt werden
demo-written = Demo-Datenbank von livcr nach { $path } geschrieben (Schemaversion { $version })
demo-try = Probieren Sie: livcr --db { $path } municipality list --search gent
demo-heading-municipalities = Gemeinden (Referenzdaten, 2025)
demo-old-code = Der alte Code 71022 wird angenommen: { $note }
demo-heading-cell = Die LIVC-R (livcr cell show)
demo-joint-cell = { $code } { $name }: gemeinsame LIVC-R von { $count } Gemeinden
demo-heading-rules = Regeln der Zusammensetzung (livcr cell check)
demo-heading-cases = Offene Fälle, nächste Überprüfung zuerst (livcr case list)
demo-past-retention = { $count ->
        [one] { $count } Fall hat
       *[other] { $count } Fälle haben
    } die Aufbewahrungsfrist überschritten: `livcr purge --dry-run` listet sie auf (Regel R11)
demo-heading-meetings = Sitzungen (livcr meeting list)
demo-heading-agenda = Entwurf der Tagesordnung der nächsten Sitzung (livcr agenda show { $id })
demo-minutes = Protokoll der abgehaltenen Sitzung: livcr --db { $path } meeting minutes { $id } --format html --out minutes.html
demo-heading-feedback = Rückmeldebögen (livcr feedback list)
demo-form = Bogen { $id } zu Fall { $code }: { $status }
demo-form-blocked = Bogen { $id } zu Fall { $code }: { $status } — gesperrt (Regel R7): { $problems }
demo-referrals = { $count ->
        [one] { $count } Verweisung
       *[other] { $count } Verweisungen
    } über den IO ({ $inbound } eingehend, { $outbound } ausgehend)
demo-heading-figures = Zahlen des letzten Monats, ganze LIVC-R (livcr export monthly --month last --format md); Zählungen unter { $below } verborgen
demo-heading-reminders = Erinnerungen von heute (livcr remind)
demo-heading-audit = Prüfkette
demo-audit-intact = { $count } Zeilen, Kette intakt
demo-audit-broken = { $count } Zeilen, Kette GEBROCHEN

## Rule R4 (src/domain/security.rs)
security-service-ocad = das Koordinierungsorgan für die Bedrohungsanalyse (OCAD/OCAM)
security-service-vsse = die Staatssicherheit (VSSE)
security-service-adiv = der Allgemeine Nachrichten- und Sicherheitsdienst (ADIV/SGRS)
security-service-intelligence = ein Nachrichtendienst
security-service-jic = das Joint Intelligence Centre (JIC)
security-service-jdc = das Joint Decision Centre (JDC)
security-service-ltf = die Lokale Taskforce (LTF) als solche
security-service-federal-police = die Föderale Polizei

## Column headings of tables and labels of records (src/output.rs)
field-about = betrifft
field-absent = abwesend
field-action = Aktion
field-active = aktiv
field-actor = Benutzer
field-age-band = Altersgruppe
field-arrondissement = Bezirk
field-arrondissement-nis = NIS-Code Bezirk
field-at = Zeitpunkt
field-cancel-reason = Grund der Absage
field-case = Fall
field-cell = LIVC-R
field-clearance-confirmed-on = Sicherheitsermächtigung bestätigt am
field-close-reason = Grund des Abschlusses
field-closed-on = abgeschlossen am
field-code = Code
field-confirmations = Bestätigungen
field-consents = Einwilligungen
field-created-on = angelegt am
field-date = Datum
field-decided = beschlossen
field-decision = Beschluss
field-decision-text = Text des Beschlusses
field-declaration-signed-on = Erklärung unterzeichnet am
field-declaration-valid = Erklärung gültig
field-declaration-valid-until = Erklärung gültig bis
field-detail = Einzelheiten
field-dimension = Dimension
field-direction = Richtung
field-done-on = erledigt am
field-drafted = entworfen
field-drafted-on = entworfen am
field-due-on = fällig am
field-duration-min = Dauer Min
field-email = E-Mail
field-entity = Objekt
field-entity-id = Objekt-ID
field-established-on = gegründet am
field-excused = entschuldigt
field-expects-feedback-by = Rückmeldung erwartet bis
field-feedback-form-id = ID des Rückmeldebogens
field-feedback-on = Rückmeldung am
field-forced-reason = Grund des Erzwingens
field-from-on = ab
field-hash = Hash
field-id = ID
field-invited-by = eingeladen von
field-item = Punkt
field-items = Punkte
field-joint = gemeinsam
field-kind = Art
field-lang = Sprache
field-lead-org = federführende Organisation
field-legal-basis = Rechtsgrundlage
field-location = Ort
field-measure = Kennzahl
field-member-count = Zahl der Mitglieder
field-member-id = ID des Mitglieds
field-members = Mitglieder
field-merged-in-2025 = fusioniert 2025
field-minor = minderjährig
field-municipalities = Gemeinden
field-municipality = Gemeinde
field-municipality-nis = NIS-Code Gemeinde
field-name = Name
field-name-de = Name (de)
field-name-fr = Name (fr)
field-name-nl = Name (nl)
field-next-review-on = nächste Überprüfung am
field-nis = nis
field-note = Anmerkung
field-on = am
field-on-date = Datum
field-open-actions = offene Maßnahmen
field-opened-on = eröffnet am
field-organisation = Organisation
field-overdue = überfällig
field-overdue-actions = überfällige Maßnahmen
field-owner-org = zuständige Organisation
field-participants = Teilnehmer
field-period = Zeitraum
field-phenomenon = Phänomen
field-phone = Telefon
field-present = anwesend
field-province = Provinz
field-province-nis = NIS-Code Provinz
field-purge-due = zu löschen am
field-purge-due-on = zu löschen am
field-reason = Grund
field-region = Region
field-retention-months = Aufbewahrungsfrist (Monate)
field-review-overdue = Überprüfung überfällig
field-review-weeks = Überprüfungsrhythmus (Wochen)
field-role = Rolle
field-rule = Regel
field-seat-id = ID des Sitzes
field-secret-holder = Berufsgeheimnis
field-section = Abschnitt
field-sector = Sektor
field-sent-on = versandt am
field-setting = Einstellung
field-source = Quelle
field-source-org = meldende Organisation
field-status = Status
field-status-on = Status am
field-summary = Zusammenfassung
field-suppressed = verborgen
field-text = Text
field-time = Uhrzeit
field-until-on = bis
field-valid-from = gültig ab
field-value = Wert
field-via-io = über IO
heading-municipality-nis = nis
heading-lead-org = federführend
heading-owner-org = zuständig
heading-source-org = meldend
heading-declaration-signed-on = erklärt
heading-clearance-confirmed-on = Ermächtigung
heading-duration-min = Min
heading-member-id = ID
heading-seat-id = Sitz
heading-declaration-valid = Erkl. gültig
heading-member-count = Mitglieder
heading-arrondissement-nis = Bez. nis
heading-next-review-on = nächste Überprüfung
heading-expects-feedback-by = Rückmeldung bis

## Record labels that differ from the column of the same name
label-name-nl = Name (nl)
label-name-fr = Name (fr)
label-name-de = Name (de)

# The answers to a yes/no question (first word: the letter shown in [j/N]).
prompt-yes-words = j ja
prompt-no-words = n nein
prompt-answer-yes-or-no = antworten Sie { $yes } oder { $no }

# Writing a document or export file.
docs-cannot-write-in = in { $dir } kann nicht geschrieben werden
docs-setting-mode = Dateirechte setzen
docs-writing = { $path } schreiben
docs-not-a-regular-file = { $path } ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Ordner); livcr schreibt nur Dateien
docs-not-a-regular-file-hint = geben Sie einen Dateinamen an, oder einen Ordner, wo der Befehl die Datei selbst benennt

# What a prompt shows in place of a typed passphrase.
prompt-hidden = [verborgen]

# The system's common file errors, in place of the OS's English (not used in English).
io-not-found = Datei oder Ordner nicht gefunden
io-permission-denied = Zugriff verweigert
io-already-exists = existiert bereits
