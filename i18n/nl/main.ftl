error-prefix = fout:
hint-prefix = tip:
warning-prefix = waarschuwing:
note-prefix = opmerking:

test-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}

ui-lang-ignored = { $source } is { $value }, een taal die livcr niet spreekt; { $lang } wordt gebruikt (livcr spreekt en, nl, fr en de)

format-help = Uitvoerformaat [standaard: { $default }]
format-help-none = Deze opdracht kent geen --format
format-none-error = `{ $command }` kent geen --format; laat --format { $value } weg

## Prompts and text files (src/prompt.rs)
prompt-reading-terminal = lezen van de terminal
prompt-municipality = { $prompt } (naam in het Nederlands, Frans of Duits, of NIS-code)
prompt-none-of-these = geen van deze: opnieuw zoeken
prompt-municipalities-match = { $count } gemeenten komen overeen
prompt-type-again = Typ ze opnieuw
prompt-passphrases-differ = de twee wachtwoordzinnen verschillen; probeer opnieuw
prompt-editor-tempdir = aanmaken van een privé tijdelijke map voor de editor
prompt-editor-note-file = aanmaken van het notitiebestand
prompt-editor-start = starten van de editor { $editor }
prompt-editor-failed = de editor { $editor } eindigde met { $status }; er werd niets vastgelegd
prompt-cannot-read-file = kan het bestand { $file } ({ $what }) niet lezen
prompt-reading-file = lezen van het bestand { $file } ({ $what })
prompt-source-file = het bestand { $file } ({ $what })
prompt-reading-stdin = lezen van { $what } via de standaardinvoer
prompt-source-stdin = { $what } op de standaardinvoer
prompt-not-regular-folder = kan { $what } niet lezen uit { $file }: het is een map
prompt-not-regular-device = kan { $what } niet lezen uit { $file }: het is geen gewoon bestand (een apparaat, FIFO of socket)
prompt-not-regular-hint = geef een gewoon tekstbestand met --file, of `--file -` om de standaardinvoer te lezen
prompt-text-too-large = { $source } is groter dan { $kib } KiB ({ $bytes } bytes); er werd niets vastgelegd
prompt-text-too-large-hint = een tekst die livcr bijhoudt is ten hoogste 64 KiB; maak hem korter
prompt-text-nul = { $source } bevat een NUL-byte (op byte { $at }); er werd niets vastgelegd
prompt-text-nul-hint = livcr leest alleen platte tekst; bewaar de tekst als platte tekst in UTF-8
prompt-text-not-utf8 = { $source } is geen UTF-8-tekst (ongeldige byte op { $at }); er werd niets vastgelegd
prompt-text-not-utf8-hint = bewaar de tekst als platte tekst in UTF-8

## The run (src/lib.rs)
db-busy = een ander livcr-proces schrijft naar de databank en was na { $seconds } s niet klaar; deze opdracht heeft niets geschreven
db-busy-hint = probeer het zo dadelijk opnieuw

## The file's triggers (migrations 6 and 9)
trigger-hint = wat de wet vastlegt, blijft zoals het werd vastgelegd; er werd niets gewijzigd
trigger-held-meeting-fixed = regel R7: een gehouden vergadering ligt vast; haar datum, soort, plaats en status kunnen niet meer wijzigen
trigger-held-meeting-kept = regel R7: een gehouden vergadering wordt bewaard; ze kan niet worden verwijderd
trigger-attendance-fixed = regel R7: de aanwezigheden van een gehouden vergadering liggen vast
trigger-agenda-fixed = regel R7: de agenda en de beslissingen van een gehouden vergadering liggen vast
trigger-participants-fixed = regel R7: wie aan een agendapunt deelnam, ligt vast zodra de vergadering gehouden is
trigger-feedback-sent-fixed = regel R7: een verzonden terugkoppelingsfiche ligt vast; ze heeft de LIVC-R verlaten
trigger-consents-sent-withdrawn-fixed = regel R7: de toestemmingen van een verzonden of ingetrokken terugkoppelingsfiche liggen vast
trigger-consents-sent-fixed = regel R7: de toestemmingen van een verzonden terugkoppelingsfiche liggen vast
trigger-confirmations-sent-withdrawn-fixed = regel R7: de bevestigingen van een verzonden of ingetrokken terugkoppelingsfiche liggen vast
trigger-confirmations-sent-fixed = regel R7: de bevestigingen van een verzonden terugkoppelingsfiche liggen vast
trigger-disclosures-append-only = regel R7: in het register van verstrekkingen kan alleen worden toegevoegd
trigger-destructions-append-only = regel R11: in het vernietigingsregister kan alleen worden toegevoegd
trigger-audit-append-only = in het auditlogboek kan alleen worden toegevoegd
trigger-item-number-not-reused = een nummer van een agendapunt wordt in een vergadering geen tweede keer gegeven
trigger-item-number-kept = een agendapunt behoudt zijn nummer zolang de vergadering bestaat

## Settings and where they came from (src/config.rs)
source-default = standaard
source-config-file = configuratiebestand { $path }
source-env = omgevingsvariabele { $name }
source-flag = optie { $name } op de opdrachtregel
source-account-env = gebruikersaccount (omgevingsvariabele { $name })
source-account-system = gebruikersaccount (de gebruikersdatabank van het systeem)
source-system-language = de taal van het systeem
config-cannot-read = kan het configuratiebestand { $path } niet lezen
config-bad-remind-within = ongeldige remind_within in het configuratiebestand: { $error }
config-bad-remind-within-hint = gebruik een getal en een eenheid, bijvoorbeeld "14d" of "2w"
config-bad-suppress-below = ongeldige suppress_below 0 in het configuratiebestand; gebruik een geheel getal van minstens 1
config-invalid-file = ongeldig configuratiebestand { $path }: { $error }
config-invalid-file-hint = `livcr config default` toont elke aanvaarde sleutel met haar betekenis

## config show (src/commands/config.rs)
config-show-no-file = (geen: standaardwaarden)
config-show-read = gelezen
config-show-not-found = niet gevonden in { $path }
config-show-no-folder = geen configuratiemap
config-show-encrypted-yes = ja (SQLCipher)
config-show-encrypted-no = nee (onversleuteld bestand)
config-show-no-database = (geen databank)
config-show-not-a-database = (geen databank)
config-show-the-file = het bestand
config-show-none = (geen)
config-show-key-file = sleutelbestand { $path }
config-show-os-keyring = sleutelbos van het systeem
config-show-the-keyring = sleutelbos: { $keyring }
config-show-keyring-unreachable = geen sleutelbestand; { $keyring } was niet bereikbaar ({ $why })
config-show-no-key = geen sleutelbestand, niets bewaard in de sleutelbos van het systeem
config-show-not-encrypted = (geen: niet versleuteld)
config-show-only-cell = (de enige LIVC-R)
config-show-actor-unknown = (onbekend: geef --as of stel actor in de configuratie in)
config-show-actor-unknown-source = geen --as, geen `actor` in de configuratie, geen gebruikersnaam van het systeem
config-show-each-cell = (de eigen taal van elke LIVC-R)

## The OS keyring (src/keystore.rs)
keyring-test-file = testsleutelbos (LIVCR_KEYRING_FILE)
keyring-windows = Windows Referentiebeheer (Credential Manager)
keyring-macos = macOS-sleutelhanger
keyring-secret-service = sleutelbos van de Secret Service
keyring-none-here = dit systeem heeft geen sleutelbos die gegevens bewaart (livcr kent Windows Referentiebeheer, de macOS-sleutelhanger en de Secret Service op Linux)
keyring-test-file-error = testsleutelbos { $path }: { $error }
keyring-test-no-folder = de map ervan bestaat niet

## Opening the file, the key, who is working (src/context.rs)
ctx-keyring-wrong-key = verkeerde wachtwoordzin of geen livcr-databank: { $path } (de sleutel die er in { $keyring } voor bewaard wordt, opent ze niet)
ctx-keyring-wrong-key-hint = verwijder die sleutel met `livcr key forget`, geef dan de sleutel met --key-file BESTAND of typ hem (en `livcr key store` om hem opnieuw te bewaren); het bestand werd niet gewijzigd
ctx-passphrase-prompt = Wachtwoordzin van { $path }
ctx-no-key = { $path } is versleuteld en er werd geen sleutel gegeven
ctx-no-key-hint = geef een sleutelbestand met --key-file BESTAND, LIVCR_KEY_FILE of `key_file` in de configuratie (modus 0600), bewaar de sleutel in de sleutelbos van het systeem met `livcr key store`, of gebruik livcr in een terminal om de wachtwoordzin te typen
ctx-no-actor = kan niet bepalen wie werkt: geen --as, geen `actor` in de configuratie en geen gebruikersnaam van het systeem (USER, USERNAME, LOGNAME of de gebruikersdatabank van het systeem)
ctx-no-actor-hint = geef uw naam voor het auditlogboek met --as NAAM, of zet `actor = "NAAM"` in het configuratiebestand ({ $file }; `livcr config show` toont welk bestand gelezen wordt)
ctx-no-actor-give-config = geef er een met --config BESTAND
ctx-actor-flag = de gebruiker ({ $flag })
ctx-actor-config = de gebruiker (`actor` in de configuratie { $path })
ctx-actor-env = de gebruiker (omgevingsvariabele { $name })
ctx-actor-account = de gebruiker (de gebruikersnaam van het systeem)
ctx-actor-other = de gebruiker ({ $source })

## Confirmations (src/commands/mod.rs) and the clock (src/clock.rs)
confirm-not-confirmed = { $what }: niet bevestigd, er werd niets gewijzigd
confirm-not-confirmed-hint = antwoord j op de vraag, of voeg --yes toe
clock-bad-today = ongeldige LIVCR_TODAY { $value }; gebruik een datum als JJJJ-MM-DD (YYYY-MM-DD)
clock-bad-today-hint = verwijder LIVCR_TODAY om de klok van het systeem te gebruiken

## Finding what was typed (src/commands/lookup.rs)
word-or = of
lookup-unknown-cell = onbekende LIVC-R { $code }
lookup-no-cell-yet = nog geen LIVC-R: voeg er een toe met `livcr cell add CODE --name NAAM --municipality NIS`
lookup-cells-in-file = LIVC-R's in dit bestand: { $cells }
lookup-file-no-cell = dit bestand bevat nog geen LIVC-R
lookup-file-no-cell-hint = voeg er een toe met `livcr cell add CODE --name NAAM --municipality NIS`
lookup-several-cells = dit bestand bevat meerdere LIVC-R's; gelieve te zeggen welke
lookup-several-cells-hint = gebruik --cell CODE (een van: { $cells }) of zet `cell` in de configuratie
lookup-no-org-id = geen organisatie met id { $id }
lookup-list-orgs = u vindt ze met `livcr org list`
lookup-unknown-org = onbekende organisatie { $input }
lookup-unknown-org-hint = u vindt ze met `livcr org list`, of voeg ze toe met `livcr org add NAAM --sector S`
lookup-org-ambiguous = organisatie { $input } is dubbelzinnig: { $matches }
lookup-org-ambiguous-hint = geef het id of de volledige naam
lookup-no-member-id = geen lid met id { $id }
lookup-list-members = u vindt ze met `livcr member list --all`
lookup-no-member-email = geen lid met e-mailadres { $input }
lookup-empty-member = lege verwijzing naar een lid; geef een id, een e-mailadres of een naam
lookup-unknown-member = onbekend lid { $input }
lookup-unknown-member-hint = verwijs naar een lid met id, e-mailadres of een deel van de naam; u vindt ze met `livcr member list --all`
lookup-member-ambiguous = lid { $input } is dubbelzinnig: { $matches }
lookup-member-ambiguous-hint = geef het id of het e-mailadres
lookup-missing = ontbrekend: { $flags }
lookup-missing-hint = geef ze als opties (livcr vraagt ontbrekende waarden alleen in een terminal zonder --no-input)
lookup-invalid-case-code = ongeldige dossiercode ({ $count } tekens); een dossiercode heeft 8 tekens uit { $alphabet }, in de vorm XXXX-XXXX
lookup-not-a-case-code = { $code } is geen geldige dossiercode
lookup-unknown-case = onbekend dossier { $code }
lookup-list-cases = u vindt de dossiers met `livcr case list --all`
lookup-did-you-mean = bedoelt u { $codes }?
lookup-empty-text = lege { $what }; er werd niets vastgelegd

## Case codes (src/domain/casecode.rs) and case statuses (src/domain/case.rs)
casecode-hint = dossiercodes zien eruit als { $example }; hoofdletters en streepjes maken niet uit
casecode-random-failed = de toevalsbron van het besturingssysteem faalde bij het trekken van een dossiercode
casecode-wrong-length = ongeldige dossiercode { $input }: ze heeft { $count } tekens; een dossiercode heeft er 8, in de vorm XXXX-XXXX
casecode-bad-character = ongeldige dossiercode { $input }: { $character } komt in dossiercodes niet voor; ze gebruiken de cijfers 2-9 en de letters A-Z behalve I, L en O
casecode-bad-check = ongeldige dossiercode { $input }: het controleteken klopt niet; waarschijnlijk is een teken verkeerd getypt of zijn er twee verwisseld
case-statuses-none = geen (het dossier is afgesloten; heropen het eerst)

## Dates, spans, durations and times as typed (src/domain/dates.rs)
dates-hint = relatieve datums tellen vanaf vandaag in d (dagen), w (weken), m (maanden) of y (jaren); woorden: vandaag, gisteren, morgen, today, yesterday, tomorrow, aujourd'hui, hier, demain
dates-invalid = ongeldige datum { $input }; gebruik JJJJ-MM-DD (YYYY-MM-DD), DD/MM/JJJJ, vandaag, of een relatieve vorm zoals +2w, -1d, +3m
dates-out-of-range = ongeldige datum { $input }: { $date } valt buiten het bereik; livcr bewaart datums van { $first } tot { $last }
dates-result-out-of-range = ongeldige datum { $input }: het resultaat valt buiten het bereik; livcr bewaart datums van { $first } tot { $last }
dates-relative-out-of-range = ongeldige datum { $input }: het resultaat valt buiten het bereik; livcr bewaart datums van { $first } tot { $last }; gebruik JJJJ-MM-DD, DD/MM/JJJJ, vandaag, of een relatieve vorm zoals +2w, -1d, +3m
dates-range-hint = geef een datum van 2000-01-01 tot 2099-12-31, bijvoorbeeld 2026-12-15 of +2w
dates-month-has-days = { $month } { $year } heeft { $days } dagen
dates-months-run = maanden lopen van 1 tot 12
dates-invalid-span = ongeldige termijn { $input }; gebruik een getal en een eenheid d (dagen), w (weken), m (maanden) of y (jaren), zoals 14d, 8w, 3m of 1y
dates-invalid-span-hint = de eenheid zegt wat het getal telt: 14d is 14 dagen, 8w 8 weken, 3m 3 maanden, 1y 1 jaar
dates-span-zero = ongeldige termijn { $input }: ze moet minstens 1 zijn, zoals 14d, 8w, 3m of 1y
dates-span-too-long = ongeldige termijn { $input }: ze is langer dan 100 jaar (ten hoogste { $limit })
dates-invalid-duration = ongeldige duur { $input }; gebruik een vorm zoals 90m, 2h, 1h30 of 1:30
dates-invalid-duration-hint = schrijf minuten als 90m, uren als 2h, of beide als 1h30 of 1:30 (minuten onder 60)
dates-duration-zero = ongeldige duur { $input }: een vergadering moet langer dan nul minuten duren
dates-duration-too-long = ongeldige duur { $input }: een vergadering duurt ten hoogste 12h
dates-invalid-time = ongeldig uur { $input }; gebruik de 24-uursklok, zoals 14:00, 9:30, 14h of 14u30
dates-invalid-time-hint = uren lopen van 0 tot 23, minuten van 00 tot 59
dates-month-what = maand { $input }
dates-year-out-of-range = { $what } valt buiten het bereik: livcr bewaart datums van { $first } tot { $last }
dates-year-out-of-range-hint = geef een jaar van 2000 tot 2099
dates-invalid-month = ongeldige maand { $input }; gebruik JJJJ-MM (YYYY-MM), deze of vorige
dates-invalid-month-hint = maanden lopen van 01 tot 12, bijvoorbeeld 2026-05
dates-bad-stored = foute bewaarde datum { $value }; verwacht: JJJJ-MM-DD

## Texts as typed (src/domain/input.rs)
input-too-long = { $field } is te lang: { $bytes } bytes, de grens is { $limit } bytes (64 KiB)
input-too-long-hint = maak de tekst korter, of bewaar het lange document buiten het programma en verwijs ernaar
input-only-invisible = { $field } is leeg: het bevat alleen onzichtbare tekens
input-only-invisible-hint = geef een zichtbare waarde voor { $field }, of laat het weg
input-empty = { $field } is leeg
input-empty-hint = geef een waarde voor { $field }; alleen witruimte telt niet
input-contains-nul = { $field } bevat een NUL-teken ({ $code }) op teken { $position }
input-contains-nul-hint = verwijder het NUL-teken; plak de tekst als platte tekst
input-contains-bidi = { $field } bevat een teken voor de schrijfrichting ({ $code }) op teken { $position }
input-contains-bidi-hint = tekens die de schrijfrichting omkeren of afzonderen, laten een tekst anders lezen dan wat bewaard wordt; typ de tekst opnieuw zonder die tekens
input-contains-line-break = { $field } bevat een regeleinde ({ $code }) op teken { $position }
input-contains-line-break-hint = dit veld bevat één regel; zet de tekst op één regel
input-contains-tab = { $field } bevat een tab ({ $code }) op teken { $position }
input-contains-tab-hint = dit veld bevat één regel; gebruik spaties in plaats van tabs
input-contains-lone-cr = { $field } bevat een regelterugloop zonder regelopvoer ({ $code }) op teken { $position }
input-contains-lone-cr-hint = beëindig regels met LF of CR LF; een losse regelterugloop overschrijft de regel in een terminal
input-contains-control = { $field } bevat een stuurteken ({ $code }) op teken { $position }
input-contains-control-line-hint = verwijder stuurtekens zoals escapereeksen van een terminal; dit veld bevat één regel platte tekst
input-contains-control-multiline-hint = verwijder stuurtekens zoals escapereeksen van een terminal; alleen regeleinden en tabs zijn toegestaan

## Municipalities (src/domain/municipality.rs)
municipality-data-broken = de ingebouwde gegevens van de gemeenten zijn beschadigd: { $error }
municipality-empty = lege gemeente
municipality-empty-hint = geef een NIS-code (5 cijfers, bijvoorbeeld 44021) of een naam in het Nederlands, Frans of Duits
municipality-ambiguous = gemeente { $input } is dubbelzinnig: { $matches }
municipality-ambiguous-hint = geef liever de NIS-code
municipality-bad-nis = ongeldige NIS-code { $code }; een NIS-code heeft 5 cijfers
municipality-find-code = zoek een code met `livcr municipality list --search NAAM`
municipality-close-codes = nabije codes: { $codes }; of zoek met `livcr municipality list --search NAAM`
municipality-unknown-nis = onbekende NIS-code { $code }: geen Belgische gemeente heeft deze code sinds 2025
municipality-merged = { $old_name } ({ $old_nis }) is op { $date } gefuseerd met { $new_name } ({ $new_nis })
municipality-merged-using = { $old_name } ({ $old_nis }) is op { $date } gefuseerd met { $new_name } ({ $new_nis }); { $new_nis } wordt gebruikt
municipality-unknown = onbekende gemeente { $input }
municipality-unknown-hint = bedoelt u { $suggestions }? Zoek met `livcr municipality list --search TEKST`
municipality-not-covered = { $name } ({ $nis }) valt niet onder LIVC-R { $cell }
municipality-no-match = geen gemeente komt overeen met { $text }

## The privacy linter, rule R8 (src/domain/privacy.rs)
privacy-kind-national-number = rijksregisternummer
privacy-kind-bis-number = bisnummer
privacy-kind-iban = IBAN
privacy-kind-email = e-mailadres
privacy-kind-phone = telefoonnummer
privacy-kind-birth-date = geboortedatum
privacy-kind-unchecked-number = nummer in de vorm van een identificatienummer
privacy-found-national-number = een rijksregisternummer op teken { $position }
privacy-found-bis-number = een bisnummer op teken { $position }
privacy-found-iban = een IBAN op teken { $position }
privacy-found-email = een e-mailadres op teken { $position }
privacy-found-phone = een telefoonnummer op teken { $position }
privacy-found-birth-date = een geboortedatum op teken { $position }
privacy-found-unchecked-number = een nummer in de vorm van een identificatienummer op teken { $position }
privacy-refused = { $field } geweigerd door de privacycontrole (regel R8): { $findings }
privacy-rephrase-hint = beschrijf de situatie in algemene termen en verwijs naar personen met hun rol ("de jongere", "een ouder", "de leerkracht"); gebruik de leeftijdsgroep in plaats van een geboortedatum. Schrijf nooit namen, identificatie- of rekeningnummers, adressen, e-mailadressen of telefoonnummers.

## The text gate (src/db/gate.rs)
gate-date-out-of-range = { $field } { $date } valt buiten het bereik; livcr bewaart datums van { $first } tot { $last }
gate-date-out-of-range-hint = kies een vroegere datum of een kortere termijn
gate-check-identifies-nobody = { $field }: { $finding } (ga na dat het niemand identificeert)
gate-security-labels = { $field } vermeldt { $labels } (regel R13): rubriceringen en geclassificeerde informatie van de LTF worden in de LIVC-R niet vastgelegd
gate-security-labels-hint = laat de rubricering weg en beschrijf de zorg in algemene termen; moet de tekst blijven zoals hij is, herhaal de opdracht dan met --yes
gate-other-vocabulary = { $field } gebruikt { $other }, de naam van de cel in een andere taal (regel R15): de documenten van deze cel zeggen { $name }
gate-member-name = naam van het lid
gate-invisible-character = { $field } bevat een onzichtbaar teken, { $character } op teken { $position }
gate-invisible-character-hint = verwijder het (typ de tekst opnieuw, of plak hem als platte tekst): tekens zonder breedte en richtingstekens veranderen ongezien hoe een tekst leest of overeenkomt
gate-unusual-space = { $field } bevat een andere spatie dan een gewone spatie, { $character } op teken { $position }
gate-strict-hint = typ de waarde opnieuw met alleen zichtbare tekens en gewone spaties: namen, e-mailadressen en de gebruiker worden met andere vergeleken, en een onzichtbaar teken of een ongewone spatie zou een tweede die erop lijkt opleveren
gate-names-another-case = { $field } noemt een ander dossier; de tekst van een agendapunt over een dossier noemt alleen dat dossier, zodat het exemplaar van een genodigde geen ander dossier toont
gate-holds-case-code = { $field } bevat een dossiercode; dossiergegevens blijven buiten teksten die elke genodigde ziet en buiten strategische vergaderingen en het beleidspunt
gate-case-data-hint = zet een dossier op de agenda van een casusoverleg met `livcr agenda add VERGADERING --case CODE TEKST`, en schrijf er alleen over in zijn eigen agendapunt

## Opening and creating the file (src/db/mod.rs)
db-missing = geen databank in { $path }
db-missing-hint = maak er een met `livcr init`, of wijs de uwe aan met --db PAD of LIVCR_DB
db-kind-empty = een leeg bestand
db-kind-other-sqlite = een SQLite-databank van een ander programma
db-kind-other-sqlite-id = een SQLite-databank van een ander programma (application id { $id })
db-kind-text = een tekstbestand
db-kind-not-database = geen databank
db-kind-other-encrypted = een versleutelde databank van een ander programma
db-reading = lezen van { $path }
db-cannot-configure = kan databank { $path } niet instellen
db-older-schema = { $path } heeft schemaversie { $current }; deze livcr leest versie { $latest }
db-older-schema-hint = voer `livcr upgrade` uit (of een opdracht die het bestand wijzigt): die bewaart eerst een kopie naast het bestand en werkt het dan bij
db-upgrade-copy = bewaren van een kopie vóór de bijwerking in { $path }
db-database = databank { $path }
db-exists = er bestaat al een databank in { $path }
db-exists-hint = livcr overschrijft nooit een databank; gebruik ze zoals ze is, of kies een ander pad met --db
db-wal-refused = journal_mode WAL geweigerd (kreeg { $mode })
db-checkpointing = terugschrijven van het write-ahead log

## Manual pages (src/commands/help.rs)
man-wrote-pages = { $count } handleidingspagina's geschreven naar { $dir } (livcr.1, livcr-case.1, …)
man-manual = handleiding van livcr
man-cannot-create-folder = kan de map { $dir } niet aanmaken
man-cannot-write-page = kan geen handleidingspagina schrijven in { $dir }

## Tables and records (src/output.rs)
output-nothing-to-show = niets te tonen
output-more-columns = ({ $count } meer: { $columns }; zie --wide en --columns)
output-unknown-column = onbekende kolom { $column } in --columns
output-this-list-has = deze lijst heeft: { $columns }
output-none = (geen)
output-writing-stdout = schrijven naar de standaarduitvoer
output-rendering-json = opmaken van JSON
output-rendering-csv = opmaken van CSV

## livcr demo (src/commands/demo.rs)
demo-scale-generated = { $path }{ $encrypted ->
        [yes] {" "}(versleuteld)
       *[other] {""}
    } aangemaakt in { $seconds } s: { $cells } LIVC-R's, { $cases } dossiers geopend over tien jaar ({ $purged } gewist, hun tellingen bewaard: { $kept } rijen), { $events } journaalregels, { $actions } acties, { $referrals } doorverwijzingen, { $meetings } vergaderingen ({ $planned } gepland), { $forms } terugkoppelingsfiches, { $audit_rows } auditrijen, { $records } geauditeerde toestanden van records
demo-item-missing = demo: dossier { $code } staat niet op de agenda van vergadering { $meeting }
demo-step-parse = demostap { $step } wordt niet begrepen: { $error }
demo-step = demostap `livcr { $step }`
demo-step-exited = demostap `livcr { $step }` eindigde met { $code }
demo-not-demo = { $path } bestaat en is geen demodatabank van livcr
demo-not-demo-hint = livcr demo vervangt alleen zijn eigen demobestanden; geef een ander pad met --db
demo-cannot-replace = kan het oude demobestand { $path } niet vervangen
demo-written = demodatabank van livcr geschreven naar { $path } (schemaversie { $version })
demo-try = Probeer: livcr --db { $path } municipality list --search gent
demo-heading-municipalities = Gemeenten (referentiegegevens, 2025)
demo-old-code = De oude code 71022 wordt aanvaard: { $note }
demo-heading-cell = De LIVC-R (livcr cell show)
demo-joint-cell = { $code } { $name }: gemeenschappelijke LIVC-R van { $count } gemeenten
demo-heading-rules = Regels van de samenstelling (livcr cell check)
demo-heading-cases = Open dossiers, eerstvolgende evaluatie eerst (livcr case list)
demo-past-retention = { $count ->
        [one] { $count } dossier
       *[other] { $count } dossiers
    } voorbij de bewaartermijn: `livcr purge --dry-run` toont ze (regel R11)
demo-heading-meetings = Vergaderingen (livcr meeting list)
demo-heading-agenda = Ontwerpagenda van de volgende vergadering (livcr agenda show { $id })
demo-minutes = Verslag van de gehouden vergadering: livcr --db { $path } meeting minutes { $id } --format html --out minutes.html
demo-heading-feedback = Terugkoppelingsfiches (livcr feedback list)
demo-form = fiche { $id } voor dossier { $code }: { $status }
demo-form-blocked = fiche { $id } voor dossier { $code }: { $status } — geblokkeerd (regel R7): { $problems }
demo-referrals = { $count ->
        [one] { $count } doorverwijzing
       *[other] { $count } doorverwijzingen
    } via de IO ({ $inbound } inkomend, { $outbound } uitgaand)
demo-heading-figures = Cijfers van vorige maand, hele LIVC-R (livcr export monthly --month last --format md); aantallen onder { $below } verborgen
demo-heading-reminders = Herinneringen van vandaag (livcr remind)
demo-heading-audit = Auditketen
demo-audit-intact = { $count } rijen, keten intact
demo-audit-broken = { $count } rijen, keten GEBROKEN

## Rule R4 (src/domain/security.rs)
security-service-ocad = het Coördinatieorgaan voor de dreigingsanalyse (OCAD)
security-service-vsse = de Veiligheid van de Staat (VSSE)
security-service-adiv = de Algemene Dienst Inlichting en Veiligheid (ADIV)
security-service-intelligence = een inlichtingendienst
security-service-jic = het Joint Intelligence Centre (JIC)
security-service-jdc = het Joint Decision Centre (JDC)
security-service-ltf = de Lokale Taskforce (LTF) als zodanig
security-service-federal-police = de federale politie

## Column headings of tables and labels of records (src/output.rs)
field-about = over
field-absent = afwezig
field-action = actie
field-active = actief
field-actor = gebruiker
field-age-band = leeftijdsgroep
field-arrondissement = arrondissement
field-arrondissement-nis = NIS-code arrondissement
field-at = tijdstip
field-cancel-reason = reden annulering
field-case = dossier
field-cell = LIVC-R
field-clearance-confirmed-on = veiligheidsmachtiging bevestigd op
field-close-reason = reden afsluiting
field-closed-on = afgesloten op
field-code = code
field-confirmations = bevestigingen
field-consents = toestemmingen
field-created-on = aangemaakt op
field-date = datum
field-decided = beslist
field-decision = beslissing
field-decision-text = tekst beslissing
field-declaration-signed-on = verklaring ondertekend op
field-declaration-valid = verklaring geldig
field-declaration-valid-until = verklaring geldig tot
field-detail = toelichting
field-dimension = dimensie
field-direction = richting
field-done-on = uitgevoerd op
field-drafted = opgesteld
field-drafted-on = opgesteld op
field-due-on = uiterlijk op
field-duration-min = duur min
field-email = e-mail
field-entity = object
field-entity-id = object-id
field-established-on = opgericht op
field-excused = verontschuldigd
field-expects-feedback-by = terugkoppeling verwacht tegen
field-feedback-form-id = id terugkoppelingsfiche
field-feedback-on = terugkoppeling op
field-forced-reason = reden doorzetten
field-from-on = vanaf
field-hash = hash
field-id = id
field-invited-by = uitgenodigd door
field-item = punt
field-items = punten
field-joint = gemeenschappelijk
field-kind = soort
field-lang = taal
field-lead-org = leidende organisatie
field-legal-basis = rechtsgrond
field-location = plaats
field-measure = maatstaf
field-member-count = aantal leden
field-member-id = id lid
field-members = leden
field-merged-in-2025 = gefuseerd in 2025
field-minor = minderjarig
field-municipalities = gemeenten
field-municipality = gemeente
field-municipality-nis = NIS-code gemeente
field-name = naam
field-name-de = naam (de)
field-name-fr = naam (fr)
field-name-nl = naam (nl)
field-next-review-on = volgende evaluatie op
field-nis = nis
field-note = opmerking
field-on = op
field-on-date = datum
field-open-actions = open acties
field-opened-on = geopend op
field-organisation = organisatie
field-overdue = achterstallig
field-overdue-actions = achterstallige acties
field-owner-org = verantwoordelijke organisatie
field-participants = deelnemers
field-period = periode
field-phenomenon = fenomeen
field-phone = telefoon
field-present = aanwezig
field-province = provincie
field-province-nis = NIS-code provincie
field-purge-due = te wissen op
field-purge-due-on = te wissen op
field-reason = reden
field-region = gewest
field-retention-months = bewaartermijn (maanden)
field-review-overdue = evaluatie achterstallig
field-review-weeks = evaluatieritme (weken)
field-role = rol
field-rule = regel
field-seat-id = id zetel
field-secret-holder = beroepsgeheim
field-section = rubriek
field-sector = sector
field-sent-on = verzonden op
field-setting = instelling
field-source = bron
field-source-org = organisatie van de bron
field-status = status
field-status-on = status op
field-summary = samenvatting
field-suppressed = verborgen
field-text = tekst
field-time = uur
field-until-on = tot
field-valid-from = geldig vanaf
field-value = waarde
field-via-io = via IO
heading-municipality-nis = nis
heading-lead-org = leiding
heading-owner-org = verantw.
heading-source-org = bron org.
heading-declaration-signed-on = verklaard
heading-clearance-confirmed-on = machtiging
heading-duration-min = min
heading-member-id = id
heading-seat-id = zetel
heading-declaration-valid = verkl. geldig
heading-member-count = leden
heading-arrondissement-nis = arr. nis
heading-next-review-on = volgende evaluatie
heading-expects-feedback-by = terugkoppeling tegen

## Record labels that differ from the column of the same name
label-name-nl = naam (nl)
label-name-fr = naam (fr)
label-name-de = naam (de)

# The answers to a yes/no question (first word: the letter shown in [j/N]).
prompt-yes-words = j ja
prompt-no-words = n nee
prompt-answer-yes-or-no = antwoord { $yes } of { $no }

# Writing a document or export file.
docs-cannot-write-in = kan niet schrijven in { $dir }
docs-setting-mode = de bestandsrechten instellen
docs-writing = { $path } schrijven
docs-not-a-regular-file = { $path } is geen gewoon bestand (een apparaat, een pipe of een map); livcr schrijft alleen bestanden
docs-not-a-regular-file-hint = geef een bestandsnaam, of een map waar de opdracht zelf het bestand benoemt

# What a prompt shows in place of a typed passphrase.
prompt-hidden = [verborgen]

# The system's common file errors, in place of the OS's English (not used in English).
io-not-found = bestand of map niet gevonden
io-permission-denied = geen toegang
io-already-exists = het bestaat al
