# Het databankbestand: init, encrypt, rekey, key, status, upgrade, backup, restore, audit, purge.

## init
file-init-created-encrypted = databank { $path } aangemaakt (versleuteld, SQLCipher)
file-init-created-plain = databank { $path } aangemaakt (onversleuteld)
file-init-will-ask = livcr zal bij elke opdracht om de wachtwoordzin vragen; voor cron en scripts zet u ze in een sleutelbestand met modus 0600 en geeft u dat op met --key-file, LIVCR_KEY_FILE of `key_file` in de configuratie
file-init-plain-warning = wie een kopie van dit bestand krijgt (een back-up, een USB-stick, een laptop die in herstelling gaat) kan elk dossier lezen; versleutel het met `livcr encrypt`
file-init-next = volgende stap: voeg uw LIVC-R toe met `livcr cell add CODE --name NAME --municipality NIS`
file-keyring-stale-removed = de sleutel die { $keyring } nog bewaarde voor { $path } (van een vroegere databank op dit pad) is verwijderd: hij opent het nieuwe bestand niet
file-keyring-question = De wachtwoordzin bewaren in { $keyring }, zodat livcr er op deze account niet meer om vraagt?
file-keyring-kept = de sleutel wordt bewaard in { $keyring }: opdrachten van deze account openen het bestand zonder te vragen; `livcr key forget` verwijdert hem
file-keyring-failed = de sleutel kon niet in de sleutelbos van het systeem bewaard worden ({ $why }); livcr heeft het sleutelbestand of de wachtwoordzin nodig; probeer later opnieuw met `livcr key store`
file-needs-passphrase = `livcr { $verb }` heeft een wachtwoordzin nodig en kan er hier niet om vragen
file-needs-passphrase-hint = geef een sleutelbestand op met --key-file FILE (modus 0600, de wachtwoordzin op de eerste regel), of maak een onversleuteld bestand met `livcr init --plain`
file-passphrase-warning = de wachtwoordzin is de enige toegang tot het bestand: een verloren wachtwoordzin betekent verloren gegevens, back-ups inbegrepen. Bewaar ze in een wachtwoordbeheerder of in een verzegelde omslag in de kluis, nooit naast het bestand of de back-ups. Minstens { $min } tekens; enkele willekeurige woorden zijn het eenvoudigst.
file-passphrase-new = Nieuwe wachtwoordzin

## encrypt, rekey, key, upgrade, status
file-rewrite-raced = een andere livcr schreef intussen naar de databank, dus ze werd niet vervangen
file-rewrite-raced-hint = probeer opnieuw wanneer geen andere livcr-opdracht loopt; er werd niets gewijzigd
file-rewrite-short = het nieuwe bestand bevat niet het hele auditlogboek; er werd niets gewijzigd
file-already-encrypted = { $path } is al versleuteld
file-already-encrypted-hint = wijzig de wachtwoordzin met `livcr rekey`
file-encrypted = { $path } versleuteld (SQLCipher); oudere back-ups en kopieën blijven onversleuteld: vervang ze door een nieuwe `livcr backup` en verwijder de oude
file-not-encrypted = { $path } is niet versleuteld
file-encrypt-it-hint = versleutel het met `livcr encrypt`
file-rekey-needs-passphrase = `livcr rekey` heeft de nieuwe wachtwoordzin nodig en kan er hier niet om vragen
file-rekey-needs-passphrase-hint = geef ze op met --new-key-file FILE (modus 0600, de wachtwoordzin op de eerste regel)
file-rekey-same = de nieuwe sleutel is die welke { $path } al heeft: er werd niets gewijzigd
file-rekeyed = de wachtwoordzin van { $path } is gewijzigd; eerder genomen back-ups behouden de oude wachtwoordzin
file-rekey-keyring-replaced = de nieuwe sleutel vervangt de oude in { $keyring }
file-rekey-keyring-old = { $keyring } bewaart nog de oude sleutel ({ $why }): voer `livcr key forget` uit, daarna `livcr key store` met de nieuwe
file-rekey-keyring-unreachable = { $keyring } was niet bereikbaar ({ $why }): als daar de oude sleutel van dit bestand bewaard wordt, opent die het niet meer; voer, waar de sleutelbos bereikbaar is, `livcr key forget` uit, of `livcr key store` met de nieuwe sleutel om hem te vervangen
file-key-exists = { $path } bestaat al; livcr overschrijft nooit een sleutelbestand
file-key-exists-hint = kies een ander pad
file-key-written = een nieuwe willekeurige 256-bitsleutel is geschreven naar { $path } (modus 0600)
file-key-written-note = gebruik hem met `livcr init --key-file FILE`, `livcr encrypt --key-file FILE` of `livcr rekey --new-key-file FILE`; bewaar een kopie weg van de databank en haar back-ups: een verloren sleutel betekent verloren gegevens
file-key-store-plain = { $path } is niet versleuteld: er is geen sleutel om te bewaren
file-key-already-kept = de sleutel van { $path } wordt al bewaard in { $keyring }
file-key-store-failed = de sleutel kon niet in de sleutelbos van het systeem bewaard worden: { $why }
file-key-store-failed-file-hint = er werd niets bewaard; geef de sleutel zoals nu op met het sleutelbestand { $path }, of voer `livcr key store` opnieuw uit waar de sleutelbos bereikbaar is (op Linux heeft de Secret Service een bureaubladsessie nodig: GNOME Keyring, KWallet)
file-key-store-failed-hint = er werd niets bewaard; geef de sleutel op met --key-file FILE (modus 0600) of typ hem in een terminal; op Linux heeft de Secret Service een bureaubladsessie nodig (GNOME Keyring, KWallet)
file-key-stored = de sleutel van { $path } wordt bewaard in { $keyring }: opdrachten van deze account openen het bestand zonder sleutelbestand of vraag
file-key-forget-unreachable = de sleutelbos van het systeem is niet bereikbaar: { $why }
file-key-forget-unreachable-hint = er werd niets verwijderd; probeer opnieuw in een bureaubladsessie
file-key-forgotten = de sleutel van { $path } is verwijderd uit { $keyring }; livcr heeft nu --key-file of de wachtwoordzin nodig
file-key-forget-none = { $keyring } bewaarde geen sleutel voor { $path }; er is niets te verwijderen
file-upgrade-latest = { $path } heeft schemaversie { $version }, de recentste die deze livcr kent
file-cannot-read = kan { $path } niet lezen
file-status-encrypted = { $path }: versleuteld (SQLCipher), sleutel: { $from }, schemaversie { $version }, { $size } bytes, laatste auditregel { $head }
file-status-plain = { $path }: onversleuteld, schemaversie { $version }, { $size } bytes, laatste auditregel { $head }
file-status-no-head = geen

## backup, restore
file-checking = { $path } controleren
file-integrity-failed = { $path } doorstaat de integriteitscontrole niet: { $integrity }
file-use-another-backup = gebruik een andere back-up
file-chain-broken = de auditketen van { $path } is verbroken bij regel { $row }: { $reason }
file-no-backup = geen back-up op { $path }
file-no-backup-hint = geef het bestand op dat `livcr backup FILE` schreef
file-restore-itself = { $path } is de databank zelf
file-restore-itself-hint = geef een back-upbestand op
file-not-backup-empty = de back-up { $path } is een leeg bestand, geen livcr-databank
file-not-backup-text = de back-up { $path } is een tekstbestand, geen livcr-databank
file-not-backup-not-db = de back-up { $path } is geen databank, en dus geen livcr-databank
file-not-backup-other-encrypted = de back-up { $path } is een versleutelde databank van een ander programma, geen livcr-databank
file-not-backup-other-sqlite = de back-up { $path } is een SQLite-databank van een ander programma, geen livcr-databank
file-not-backup-hint = geef een bestand op dat `livcr backup FILE` schreef; er werd niets gewijzigd
file-bad-backup-hint = gebruik een andere back-up; er werd niets gewijzigd
file-backup-encrypted-no-key = de back-up { $path } is versleuteld en er werd geen sleutel opgegeven
file-backup-encrypted-no-key-hint = geef de wachtwoordzin op met --backup-key-file FILE (modus 0600, de wachtwoordzin op de eerste regel), of start livcr in een terminal om ze te typen; er werd niets gewijzigd
file-backup-passphrase-prompt = Wachtwoordzin van de back-up { $path }
file-backup-wrong-passphrase = verkeerde wachtwoordzin voor de back-up { $path }, of het is geen livcr-databank
file-backup-check-key-file-hint = controleer de wachtwoordzin in { $path }; er werd niets gewijzigd
file-backup-old-passphrase-hint = een back-up behoudt de wachtwoordzin die het bestand had toen ze genomen werd: werd die sindsdien gewijzigd (`livcr rekey`), geef dan de oude op met --backup-key-file FILE; er werd niets gewijzigd
file-backup-unreadable = de back-up { $path } kan niet gelezen worden: ze is beschadigd, afgekapt of geen livcr-databank ({ $cause })
file-backup-newer = de back-up { $path } werd geschreven door een nieuwere livcr (schemaversie { $version }); deze livcr kent schemaversies tot { $latest }
file-backup-newer-hint = zet ze terug met de nieuwere livcr die ze schreef; er werd niets gewijzigd
file-backup-older = de back-up { $path } heeft schemaversie { $version }; restore leest versie { $latest }
file-backup-older-hint = werk eerst een kopie ervan bij (`livcr --db COPY upgrade`) en zet dan die kopie terug; er werd niets gewijzigd
file-backup-integrity-failed = de back-up { $path } doorstaat de integriteitscontrole niet: { $integrity }
file-backup-chain-broken = de auditketen van de back-up { $path } is verbroken bij regel { $row }: { $reason }
file-backup-records-differ = { $count ->
    [one] 1 record van de back-up { $path } wijkt af van zijn laatst geauditeerde toestand (buiten livcr gewijzigd): { $problems }
   *[other] { $count } records van de back-up { $path } wijken af van hun laatst geauditeerde toestand (buiten livcr gewijzigd): { $problems }
}
file-cannot-copy = kan { $path } niet kopiëren
file-cannot-write = kan { $path } niet schrijven
file-cannot-keep-current = kan het huidige bestand niet bewaren als { $path }
file-no-key = geen sleutel
file-restore-backup-encrypted = back-up { $path }: { $cells ->
    [one] 1 LIVC-R
   *[other] { $cells } LIVC-R's
}, { $cases ->
    [one] 1 dossier
   *[other] { $cases } dossiers
}, laatste auditregel { $row } op { $at }, versleuteld
file-restore-backup-plain = back-up { $path }: { $cells ->
    [one] 1 LIVC-R
   *[other] { $cells } LIVC-R's
}, { $cases ->
    [one] 1 dossier
   *[other] { $cases } dossiers
}, laatste auditregel { $row } op { $at }, onversleuteld
file-restore-current-encrypted = huidig bestand { $path }: { $cells ->
    [one] 1 LIVC-R
   *[other] { $cells } LIVC-R's
}, { $cases ->
    [one] 1 dossier
   *[other] { $cases } dossiers
}, laatste auditregel { $row } op { $at }, versleuteld
file-restore-current-plain = huidig bestand { $path }: { $cells ->
    [one] 1 LIVC-R
   *[other] { $cells } LIVC-R's
}, { $cases ->
    [one] 1 dossier
   *[other] { $cases } dossiers
}, laatste auditregel { $row } op { $at }, onversleuteld
file-keeps-backup-key = versleuteld met de wachtwoordzin van de back-up
file-keeps-plain-backup = onversleuteld, zoals de back-up: voer `livcr encrypt` uit om het te versleutelen
file-keeps-current-key = versleuteld met de huidige sleutel
file-keeps-current-file-key = versleuteld met de sleutel van het huidige bestand; de eigen wachtwoordzin of onversleutelde vorm van de back-up wordt niet overgenomen
file-keeps-plain-current-encrypted-backup = onversleuteld, zoals het huidige bestand (de back-up is versleuteld): voer daarna `livcr encrypt` uit om het te versleutelen
file-keeps-plain-current = onversleuteld, zoals het huidige bestand
file-restore-loses-rows = { $count ->
    [one] het huidige bestand heeft 1 auditregel die de back-up niet heeft: wat sinds de back-up gedaan werd, gaat verloren in het actieve bestand (het huidige bestand wordt ernaast bewaard)
   *[other] het huidige bestand heeft { $count } auditregels die de back-up niet heeft: wat sinds de back-up gedaan werd, gaat verloren in het actieve bestand (het huidige bestand wordt ernaast bewaard)
}
file-restore-will-be = het teruggezette bestand wordt: { $keeps }
file-restore-question = { $path } vervangen door deze back-up?
file-restore-needs-yes = restore vervangt de databank en vraagt om bevestiging
file-restore-needs-yes-hint = voer de opdracht opnieuw uit met --yes om te bevestigen
file-restored = { $path } teruggezet uit { $from } ({ $keeps })
file-restore-previous-kept = het vorige bestand wordt bewaard als { $path }
file-restore-copy-short = het gekopieerde bestand eindigt niet bij de laatste auditregel van de back-up
file-removed-stale-temps = { $count ->
    [one] 1 tijdelijk bestand van een onderbroken livcr verwijderd: { $files }
   *[other] { $count } tijdelijke bestanden van een onderbroken livcr verwijderd: { $files }
}
file-progress-copying = kopiëren

## audit, backup
file-audit-broken = auditketen verbroken bij regel { $row }: { $reason }
file-audit-broken-hint = het bestand werd buiten livcr gewijzigd; zet het terug uit een back-up (`livcr restore FILE`) en bewaar deze kopie voor onderzoek
file-audit-anchor-hint = het einde van het auditlogboek werd buiten livcr afgekapt of herschreven; zet een back-up van daarvoor terug (`livcr restore FILE`) en bewaar deze kopie voor onderzoek
file-audit-records-differ = { $count ->
    [one] 1 record of schema-object wijkt af van zijn laatst geauditeerde toestand
   *[other] { $count } records of schema-objecten wijken af van hun laatst geauditeerde toestand
}
file-audit-records-differ-hint = de hierboven genoemde records en schema-objecten werden buiten livcr gewijzigd; zet een back-up terug (`livcr restore FILE`) en bewaar deze kopie voor onderzoek
file-audit-ok = { $count ->
    [one] auditketen in orde: 1 regel gecontroleerd
   *[other] auditketen in orde: { $count } regels gecontroleerd
}
file-audit-ok-anchors = { $count ->
    [one] , 1 anker klopt
   *[other] , { $count } ankers kloppen
}
file-audit-ok-deep = , { $count } records komen overeen met hun geauditeerde toestand
file-anchor-file-unreadable = kan het ankerbestand { $path } niet lezen: { $error }
file-anchor-file-unreadable-hint = geef een ankerregel op (van `livcr audit anchor`) of een bestand dat er een bevat
file-anchor-from-file = bestand { $path }
file-anchor-bad-line = regel { $line } van { $from } is geen geldig anker: { $text }
file-anchor-bad-line-hint = een ankerregel ziet eruit als `livcr-anchor v1 row=N at=TIME sha256=HEX` (64 hexadecimale cijfers), zoals `livcr audit anchor` hem toont; verbeter of verwijder die regel
file-anchor-none = geen ankerregel in { $from }
file-anchor-none-hint = een ankerregel ziet eruit als `livcr-anchor v1 row=N at=TIME sha256=HEX`, zoals `livcr audit anchor` hem toont
file-backup-exists = { $path } bestaat al
file-backup-exists-hint = kies een nieuwe bestandsnaam; livcr overschrijft nooit een bestand
file-backup-encrypted-file-not = de back-up is versleuteld, maar het bestand niet
file-backup-check-failed = de back-up { $path } doorstond de controle niet en werd verwijderd
file-backup-written-encrypted = { $count ->
    [one] back-up geschreven naar { $path } (versleuteld met dezelfde sleutel, 1 auditregel gecontroleerd, { $seconds } s)
   *[other] back-up geschreven naar { $path } (versleuteld met dezelfde sleutel, { $count } auditregels gecontroleerd, { $seconds } s)
}
file-backup-written-plain = { $count ->
    [one] back-up geschreven naar { $path } (onversleuteld: wie de kopie heeft, kan ze lezen, 1 auditregel gecontroleerd, { $seconds } s)
   *[other] back-up geschreven naar { $path } (onversleuteld: wie de kopie heeft, kan ze lezen, { $count } auditregels gecontroleerd, { $seconds } s)
}

## purge
file-purge-none-due = geen enkel dossier moet gewist worden
file-purge-would-delete = { $count ->
    [one] 1 dossier zou definitief gewist worden; voer `livcr purge --yes` uit om het te doen
   *[other] { $count } dossiers zouden definitief gewist worden; voer `livcr purge --yes` uit om het te doen
}
file-purge-question = { $count ->
    [one] 1 dossier met zijn journaal en acties definitief wissen?
   *[other] { $count } dossiers met hun journaal en acties definitief wissen?
}
file-purge-needs-yes = { $count ->
    [one] purge wist 1 dossier definitief en vraagt om bevestiging
   *[other] purge wist { $count } dossiers definitief en vraagt om bevestiging
}
file-purge-needs-yes-hint = bekijk ze met `livcr purge --dry-run` en voer dan `livcr purge --yes` uit
file-purge-wal-busy = een ander programma heeft de databank open, dus het write-ahead log kon niet geleegd worden; de gewiste tekst kan in het -wal-bestand blijven tot livcr nog eens alleen draait (voer `livcr purge` opnieuw uit wanneer niemand anders het bestand gebruikt)
file-purge-wal-failed = de dossiers zijn gewist, maar het write-ahead log kon niet geleegd worden: { $error }
file-purged = { $count ->
    [one] 1 dossier gewist; anonieme maandtellingen bewaard, vernietigingsregister bijgewerkt
   *[other] { $count } dossiers gewist; anonieme maandtellingen bewaard, vernietigingsregister bijgewerkt
}
file-purge-backups-note = back-ups van vóór deze wissing bevatten de gewiste dossiers nog: neem een nieuwe `livcr backup` en verwijder de oudere back-ups (en hun kopieën) voor zover uw bewaartermijn dat toelaat
file-copy-before-restore = { $path } (bewaard door `livcr restore`)
file-copy-before-upgrade = { $path } (bewaard vóór een schema-upgrade)
file-copy-temp = { $path } (een tijdelijke kopie van een onderbroken livcr)
file-purge-copies = { $count ->
    [one] 1 kopie die livcr naast de databank bewaarde, kan de gewiste dossiers nog bevatten: { $copies }; verwijder ze (met haar -wal- en -shm-bestanden) zodra u ze niet meer nodig hebt
   *[other] { $count } kopieën die livcr naast de databank bewaarde, kunnen de gewiste dossiers nog bevatten: { $copies }; verwijder ze (met hun -wal- en -shm-bestanden) zodra u ze niet meer nodig hebt
}

## het databankbestand zelf
file-not-livcr = { $path } is { $what }, geen livcr-databank; livcr opent alleen zijn eigen bestanden en heeft dit bestand niet aangeraakt
file-not-livcr-hint = controleer --db, LIVCR_DB of `db` in de configuratie; maak een nieuwe databank met `livcr init` op een pad dat nog niet bestaat
file-wrong-key = verkeerde wachtwoordzin of geen livcr-databank: { $path }
file-wrong-key-hint = controleer het sleutelbestand (--key-file, LIVCR_KEY_FILE of `key_file` in de configuratie) of typ de wachtwoordzin opnieuw; het bestand werd niet gewijzigd
file-setting-key = de sleutel van { $path } instellen
file-reading = { $path } lezen
file-cannot-open = kan de databank { $path } niet openen
file-cannot-create = kan { $path } niet aanmaken
file-cannot-set-mode = kan de modus van { $path } niet instellen
file-cannot-create-folder = kan de map { $path } niet aanmaken
file-cannot-flush = kan { $path } niet naar de schijf wegschrijven
file-cannot-read-key-file = kan het sleutelbestand { $path } niet lezen
file-key-file-not-regular = het sleutelbestand { $path } is geen gewoon bestand (een map, een apparaat of een pipe)
file-key-file-not-regular-hint = geef een bestand op met de wachtwoordzin op de eerste regel, of een bestand gemaakt met `livcr key new FILE`
file-key-file-mode = het sleutelbestand { $path } heeft modus { $mode }; een sleutelbestand mag alleen leesbaar zijn voor zijn eigenaar
file-key-file-mode-hint = voer `chmod 600 { $path }` uit
file-key-file-bad-raw = het sleutelbestand { $path } begint als een ruwe sleutel (x'…) maar is er geen: een ruwe sleutel is x' gevolgd door 64 hexadecimale cijfers en een afsluitende ' (de sleutel werd niet gebruikt)
file-key-file-bad-raw-hint = verbeter de eerste regel (zoals `livcr key new FILE` hem schrijft: x'<64 hexadecimale cijfers>'), of gebruik een wachtwoordzin die niet met x' begint
file-key-file-short = het sleutelbestand { $path } bevat een wachtwoordzin korter dan { $min } tekens
file-key-file-short-hint = zet een lange wachtwoordzin (enkele willekeurige woorden) op de eerste regel van het sleutelbestand
file-passphrase-short = de wachtwoordzin is korter dan { $min } tekens
file-passphrase-short-hint = gebruik enkele willekeurige woorden; een lange wachtwoordzin is makkelijker te typen dan een ingewikkelde
file-path-not-utf8 = het pad { $path } is geen geldige UTF-8
file-copying-database = de databank kopiëren
file-closing-copy = de kopie sluiten
file-cannot-remove = kan { $path } niet verwijderen
file-cannot-replace = kan { $path } niet vervangen
file-migrate-applying = { $file } toepassen
file-migrate-reading-version = de schemaversie lezen
file-migrate-step = migratie naar schemaversie { $version }
file-migrate-commit = migratie { $version } vastleggen
file-db-newer = deze databank werd geschreven door een nieuwere livcr (schemaversie { $version }); deze livcr kent schemaversies tot { $latest }
file-db-newer-hint = installeer de nieuwere livcr die dit bestand schreef; er werd niets gewijzigd
file-restore-attaching = de back-up koppelen
file-restore-busy = een andere livcr hield de databank bezet, dus ze werd niet vervangen
file-restore-locking = de databank vergrendelen voor het terugzetten
file-restore-clearing = { $kind } { $name } leegmaken
file-restore-copying = de back-up naar de databank kopiëren
file-restore-committing = het terugzetten vastleggen
file-setting-reading = instelling { $key } lezen
file-setting-writing = instelling { $key } schrijven
file-audit-tracking = de records volgen die een schrijfbewerking raakt
file-audit-untracked = interne fout: er werden records geschreven zonder ze te volgen (begin de transactie met context::begin)
file-audit-changed-outside = er is niets geschreven: deze wijziging raakt een record dat buiten livcr is gewijzigd sinds de laatste audit, en zou die wijziging verbergen ({ $what })
file-audit-changed-outside-hint = `livcr audit verify --deep` toont elk record dat buiten livcr is gewijzigd; zet een back-up van vóór de wijziging terug, of zoek uit wie het bestand heeft gewijzigd en waarom
file-purge-marker-left = er is niets geschreven: de instelling 'purging', die de triggers uitschakelt die gehouden vergaderingen en verzonden formulieren vastleggen, is buiten livcr gezet
file-audit-head-moved = er is niets geschreven: de vastgelegde kop van het auditlog (rij { $row }) is niet de laatste rij; het log of de kop ervan is buiten livcr gewijzigd
file-schema-changed = er is niets geschreven: het schema van het bestand is buiten livcr gewijzigd ({ $changes })
file-schema-changed-hint = een trigger of index die buiten livcr is toegevoegd, gewijzigd of verwijderd, kan veranderen wat livcr schrijft of doorlaten wat de regels weigeren; zet een back-up van vóór de wijziging terug (`livcr restore BESTAND`) en bewaar deze kopie voor onderzoek
file-schema-added = { $kind } { $name }: buiten livcr toegevoegd
file-schema-missing = { $kind } { $name }: buiten livcr verwijderd
file-schema-altered = { $kind } { $name }: buiten livcr gewijzigd
file-audit-no-state = dit bestand bevat nog geen geauditeerde toestand van records
file-audit-no-state-hint = elke opdracht die het bestand wijzigt, legt die vast; voer daarna `livcr audit verify --deep` uit
file-audit-writing = het auditlogboek schrijven
file-audit-reading = het auditlogboek lezen
file-audit-empty = het auditlogboek is leeg: er is geen regel om te verankeren

# Why the audit chain or a record fails its check (`audit verify`; JSON keeps the English).
audit-broken-missing-row = rij { $row } ontbreekt (gewist?)
audit-broken-order = rijen in de verkeerde volgorde
audit-broken-link = de koppeling met de vorige rij klopt niet (een rij ervoor werd gewijzigd, gewist of ingevoegd)
audit-broken-hash = de inhoud klopt niet met de hash (de rij werd gewijzigd)
audit-broken-end = het logboek eindigt bij rij { $last }, maar livcr schreef laatst rij { $head } (rijen aan het einde gewist, of de bewaarde kop gewijzigd)
audit-anchor-cut = verankerde rij { $row } ({ $at }) ontbreekt: het logboek eindigt nu bij rij { $last }, dus minstens de rijen { $from } tot { $row } werden afgeknipt
audit-anchor-deleted = verankerde rij { $row } ({ $at }) ontbreekt: ze werd uit het logboek gewist
audit-anchor-rewritten = verankerde rij { $row } ({ $at }) verschilt van het anker: het logboek werd herschreven
audit-deep-baseline = instelling record_baseline: de markering van de eerste geauditeerde toestand werd buiten livcr verwijderd, terwijl het auditlogboek geauditeerde toestanden bevat
audit-deep-unaudited = { $table } { $key }: bestaat zonder geauditeerde toestand (buiten livcr geschreven)
audit-deep-differs = { $table } { $key }: verschilt van de laatst geauditeerde toestand (auditrij { $row })
audit-deep-deleted = { $table } { $key }: buiten livcr gewist (laatst geauditeerd in rij { $row })
audit-deep-register = record_state: het register van geauditeerde toestanden werd buiten livcr gewijzigd (de som verschilt van die in auditrij { $row })
audit-deep-sum = de som van de records verschilt van die in auditrij { $row }: records werden buiten livcr gewijzigd, samen met hun geauditeerde toestand
audit-deep-purge-marker = instelling purging: buiten een opschoning gezet (ze schakelt de triggers uit die gehouden vergaderingen en verzonden formulieren vastleggen)
audit-deep-schema-added = schema: { $kind } { $name } buiten livcr toegevoegd
audit-deep-schema-missing = schema: { $kind } { $name } buiten livcr verwijderd
audit-deep-schema-altered = schema: { $kind } { $name } buiten livcr gewijzigd
