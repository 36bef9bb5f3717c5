# Die Datenbankdatei: init, encrypt, rekey, key, status, upgrade, backup, restore, audit, purge.

## init
file-init-created-encrypted = Datenbank { $path } angelegt (verschlüsselt, SQLCipher)
file-init-created-plain = Datenbank { $path } angelegt (unverschlüsselt)
file-init-will-ask = livcr fragt bei jedem Befehl nach der Passphrase; für cron und Skripte legen Sie sie in eine Schlüsseldatei mit Modus 0600 und geben diese mit --key-file, LIVCR_KEY_FILE oder `key_file` in der Konfiguration an
file-init-plain-warning = wer eine Kopie dieser Datei erhält (eine Sicherung, einen USB-Stick, einen Laptop in Reparatur), kann jeden Fall lesen; verschlüsseln Sie sie mit `livcr encrypt`
file-init-next = nächster Schritt: legen Sie Ihre LIVC-R an mit `livcr cell add CODE --name NAME --municipality NIS`
file-keyring-stale-removed = der Schlüssel, den { $keyring } noch für { $path } hielt (von einer früheren Datenbank an diesem Pfad), wurde entfernt: er öffnet die neue Datei nicht
file-keyring-question = Die Passphrase in { $keyring } aufbewahren, damit livcr auf diesem Konto nicht mehr danach fragt?
file-keyring-kept = der Schlüssel wird in { $keyring } aufbewahrt: Befehle dieses Kontos öffnen die Datei ohne Nachfrage; `livcr key forget` entfernt ihn
file-keyring-failed = der Schlüssel konnte nicht im Schlüsselbund des Systems aufbewahrt werden ({ $why }); livcr braucht die Schlüsseldatei oder die Passphrase; versuchen Sie es später erneut mit `livcr key store`
file-needs-passphrase = `livcr { $verb }` braucht eine Passphrase und kann hier nicht danach fragen
file-needs-passphrase-hint = geben Sie eine Schlüsseldatei mit --key-file FILE an (Modus 0600, die Passphrase in der ersten Zeile), oder legen Sie mit `livcr init --plain` eine unverschlüsselte Datei an
file-passphrase-warning = die Passphrase ist der einzige Zugang zur Datei: eine verlorene Passphrase bedeutet verlorene Daten, Sicherungen eingeschlossen. Bewahren Sie sie in einem Passwortmanager oder in einem versiegelten Umschlag im Tresor auf, nie neben der Datei oder ihren Sicherungen. Mindestens { $min } Zeichen; einige zufällige Wörter sind am einfachsten.
file-passphrase-new = Neue Passphrase

## encrypt, rekey, key, upgrade, status
file-rewrite-raced = ein anderes livcr hat inzwischen in die Datenbank geschrieben, daher wurde sie nicht ersetzt
file-rewrite-raced-hint = versuchen Sie es erneut, wenn kein anderer livcr-Befehl läuft; es wurde nichts geändert
file-rewrite-short = die neue Datei enthält nicht das ganze Prüfprotokoll; es wurde nichts geändert
file-already-encrypted = { $path } ist bereits verschlüsselt
file-already-encrypted-hint = ändern Sie die Passphrase mit `livcr rekey`
file-encrypted = { $path } verschlüsselt (SQLCipher); ältere Sicherungen und Kopien bleiben unverschlüsselt: ersetzen Sie sie durch eine neue `livcr backup` und löschen Sie die alten
file-not-encrypted = { $path } ist nicht verschlüsselt
file-encrypt-it-hint = verschlüsseln Sie sie mit `livcr encrypt`
file-rekey-needs-passphrase = `livcr rekey` braucht die neue Passphrase und kann hier nicht danach fragen
file-rekey-needs-passphrase-hint = geben Sie sie mit --new-key-file FILE an (Modus 0600, die Passphrase in der ersten Zeile)
file-rekey-same = der neue Schlüssel ist der, den { $path } bereits hat: es wurde nichts geändert
file-rekeyed = Passphrase von { $path } geändert; vorher erstellte Sicherungen behalten die alte Passphrase
file-rekey-keyring-replaced = der neue Schlüssel ersetzt den alten in { $keyring }
file-rekey-keyring-old = { $keyring } hält noch den alten Schlüssel ({ $why }): führen Sie `livcr key forget` aus, dann `livcr key store` mit dem neuen
file-rekey-keyring-unreachable = { $keyring } war nicht erreichbar ({ $why }): hält er den alten Schlüssel dieser Datei, öffnet dieser Eintrag sie nicht mehr; führen Sie dort, wo der Schlüsselbund erreichbar ist, `livcr key forget` aus, oder `livcr key store` mit dem neuen Schlüssel, um ihn zu ersetzen
file-key-exists = { $path } gibt es bereits; livcr überschreibt nie eine Schlüsseldatei
file-key-exists-hint = wählen Sie einen anderen Pfad
file-key-written = neuer zufälliger 256-Bit-Schlüssel in { $path } geschrieben (Modus 0600)
file-key-written-note = verwenden Sie ihn mit `livcr init --key-file FILE`, `livcr encrypt --key-file FILE` oder `livcr rekey --new-key-file FILE`; bewahren Sie eine Kopie getrennt von der Datenbank und ihren Sicherungen auf: ein verlorener Schlüssel bedeutet verlorene Daten
file-key-store-plain = { $path } ist nicht verschlüsselt: es gibt keinen Schlüssel aufzubewahren
file-key-already-kept = der Schlüssel von { $path } wird bereits in { $keyring } aufbewahrt
file-key-store-failed = der Schlüssel konnte nicht im Schlüsselbund des Systems aufbewahrt werden: { $why }
file-key-store-failed-file-hint = es wurde nichts aufbewahrt; geben Sie den Schlüssel weiter wie bisher mit der Schlüsseldatei { $path } an, oder führen Sie `livcr key store` erneut dort aus, wo der Schlüsselbund erreichbar ist (unter Linux braucht der Secret Service eine Desktop-Sitzung: GNOME Keyring, KWallet)
file-key-store-failed-hint = es wurde nichts aufbewahrt; geben Sie den Schlüssel mit --key-file FILE (Modus 0600) an oder tippen Sie ihn in einem Terminal ein; unter Linux braucht der Secret Service eine Desktop-Sitzung (GNOME Keyring, KWallet)
file-key-stored = Schlüssel von { $path } in { $keyring } aufbewahrt: Befehle dieses Kontos öffnen die Datei ohne Schlüsseldatei oder Nachfrage
file-key-forget-unreachable = der Schlüsselbund des Systems ist nicht erreichbar: { $why }
file-key-forget-unreachable-hint = es wurde nichts entfernt; versuchen Sie es erneut in einer Desktop-Sitzung
file-key-forgotten = Schlüssel von { $path } aus { $keyring } entfernt; livcr braucht jetzt --key-file oder die Passphrase
file-key-forget-none = { $keyring } hielt keinen Schlüssel für { $path }; es gibt nichts zu entfernen
file-upgrade-latest = { $path } hat die Schemaversion { $version }, die neueste, die dieses livcr kennt
file-cannot-read = { $path } kann nicht gelesen werden
file-status-encrypted = { $path }: verschlüsselt (SQLCipher), Schlüssel: { $from }, Schemaversion { $version }, { $size } Bytes, letzte Prüfzeile { $head }
file-status-plain = { $path }: unverschlüsselt, Schemaversion { $version }, { $size } Bytes, letzte Prüfzeile { $head }
file-status-no-head = keine

## backup, restore
file-checking = { $path } wird geprüft
file-integrity-failed = { $path } besteht die Integritätsprüfung nicht: { $integrity }
file-use-another-backup = verwenden Sie eine andere Sicherung
file-chain-broken = die Prüfkette von { $path } ist bei Zeile { $row } unterbrochen: { $reason }
file-no-backup = keine Sicherung unter { $path }
file-no-backup-hint = geben Sie die von `livcr backup FILE` geschriebene Datei an
file-restore-itself = { $path } ist die Datenbank selbst
file-restore-itself-hint = geben Sie eine Sicherungsdatei an
file-not-backup-empty = die Sicherung { $path } ist eine leere Datei, keine livcr-Datenbank
file-not-backup-text = die Sicherung { $path } ist eine Textdatei, keine livcr-Datenbank
file-not-backup-not-db = die Sicherung { $path } ist keine Datenbank und damit keine livcr-Datenbank
file-not-backup-other-encrypted = die Sicherung { $path } ist eine verschlüsselte Datenbank eines anderen Programms, keine livcr-Datenbank
file-not-backup-other-sqlite = die Sicherung { $path } ist eine SQLite-Datenbank eines anderen Programms, keine livcr-Datenbank
file-not-backup-hint = geben Sie eine von `livcr backup FILE` geschriebene Datei an; es wurde nichts geändert
file-bad-backup-hint = verwenden Sie eine andere Sicherung; es wurde nichts geändert
file-backup-encrypted-no-key = die Sicherung { $path } ist verschlüsselt, und es wurde kein Schlüssel angegeben
file-backup-encrypted-no-key-hint = geben Sie ihre Passphrase mit --backup-key-file FILE an (Modus 0600, die Passphrase in der ersten Zeile), oder starten Sie livcr in einem Terminal, um sie einzutippen; es wurde nichts geändert
file-backup-passphrase-prompt = Passphrase der Sicherung { $path }
file-backup-wrong-passphrase = falsche Passphrase für die Sicherung { $path }, oder sie ist keine livcr-Datenbank
file-backup-check-key-file-hint = prüfen Sie die Passphrase in { $path }; es wurde nichts geändert
file-backup-old-passphrase-hint = eine Sicherung behält die Passphrase, die die Datei bei ihrer Erstellung hatte: wurde sie seitdem geändert (`livcr rekey`), geben Sie die alte mit --backup-key-file FILE an; es wurde nichts geändert
file-backup-unreadable = die Sicherung { $path } kann nicht gelesen werden: sie ist beschädigt, abgeschnitten oder keine livcr-Datenbank ({ $cause })
file-backup-newer = die Sicherung { $path } wurde von einem neueren livcr geschrieben (Schemaversion { $version }); dieses livcr kennt Schemaversionen bis { $latest }
file-backup-newer-hint = stellen Sie sie mit dem neueren livcr wieder her, das sie geschrieben hat; es wurde nichts geändert
file-backup-older = die Sicherung { $path } hat die Schemaversion { $version }; restore liest Version { $latest }
file-backup-older-hint = aktualisieren Sie zuerst eine Kopie davon (`livcr --db COPY upgrade`) und stellen Sie dann diese Kopie wieder her; es wurde nichts geändert
file-backup-integrity-failed = die Sicherung { $path } besteht die Integritätsprüfung nicht: { $integrity }
file-backup-chain-broken = die Prüfkette der Sicherung { $path } ist bei Zeile { $row } unterbrochen: { $reason }
file-backup-records-differ = { $count ->
    [one] 1 Datensatz der Sicherung { $path } weicht von seinem zuletzt geprüften Stand ab (außerhalb von livcr geändert): { $problems }
   *[other] { $count } Datensätze der Sicherung { $path } weichen von ihrem zuletzt geprüften Stand ab (außerhalb von livcr geändert): { $problems }
}
file-cannot-copy = { $path } kann nicht kopiert werden
file-cannot-write = { $path } kann nicht geschrieben werden
file-cannot-keep-current = die aktuelle Datei kann nicht als { $path } aufbewahrt werden
file-no-key = kein Schlüssel
file-restore-backup-encrypted = Sicherung { $path }: { $cells ->
    [one] 1 LIVC-R
   *[other] { $cells } LIVC-R
}, { $cases ->
    [one] 1 Fall
   *[other] { $cases } Fälle
}, letzte Prüfzeile { $row } am { $at }, verschlüsselt
file-restore-backup-plain = Sicherung { $path }: { $cells ->
    [one] 1 LIVC-R
   *[other] { $cells } LIVC-R
}, { $cases ->
    [one] 1 Fall
   *[other] { $cases } Fälle
}, letzte Prüfzeile { $row } am { $at }, unverschlüsselt
file-restore-current-encrypted = aktuelle Datei { $path }: { $cells ->
    [one] 1 LIVC-R
   *[other] { $cells } LIVC-R
}, { $cases ->
    [one] 1 Fall
   *[other] { $cases } Fälle
}, letzte Prüfzeile { $row } am { $at }, verschlüsselt
file-restore-current-plain = aktuelle Datei { $path }: { $cells ->
    [one] 1 LIVC-R
   *[other] { $cells } LIVC-R
}, { $cases ->
    [one] 1 Fall
   *[other] { $cases } Fälle
}, letzte Prüfzeile { $row } am { $at }, unverschlüsselt
file-keeps-backup-key = verschlüsselt mit der Passphrase der Sicherung
file-keeps-plain-backup = unverschlüsselt wie die Sicherung: führen Sie `livcr encrypt` aus, um sie zu verschlüsseln
file-keeps-current-key = verschlüsselt mit dem aktuellen Schlüssel
file-keeps-current-file-key = verschlüsselt mit dem Schlüssel der aktuellen Datei; die eigene Passphrase oder unverschlüsselte Form der Sicherung wird nicht übernommen
file-keeps-plain-current-encrypted-backup = unverschlüsselt wie die aktuelle Datei (die Sicherung ist verschlüsselt): führen Sie danach `livcr encrypt` aus, um sie zu verschlüsseln
file-keeps-plain-current = unverschlüsselt wie die aktuelle Datei
file-restore-loses-rows = { $count ->
    [one] die aktuelle Datei hat 1 Prüfzeile, die die Sicherung nicht hat: was seit der Sicherung getan wurde, geht in der aktiven Datei verloren (die aktuelle Datei wird daneben aufbewahrt)
   *[other] die aktuelle Datei hat { $count } Prüfzeilen, die die Sicherung nicht hat: was seit der Sicherung getan wurde, geht in der aktiven Datei verloren (die aktuelle Datei wird daneben aufbewahrt)
}
file-restore-will-be = die wiederhergestellte Datei wird sein: { $keeps }
file-restore-question = { $path } durch diese Sicherung ersetzen?
file-restore-needs-yes = restore ersetzt die Datenbank und braucht eine Bestätigung
file-restore-needs-yes-hint = führen Sie den Befehl erneut mit --yes aus, um zu bestätigen
file-restored = { $path } aus { $from } wiederhergestellt ({ $keeps })
file-restore-previous-kept = die vorherige Datei wird als { $path } aufbewahrt
file-restore-copy-short = die kopierte Datei endet nicht bei der letzten Prüfzeile der Sicherung
file-removed-stale-temps = { $count ->
    [one] 1 temporäre Datei eines unterbrochenen livcr entfernt: { $files }
   *[other] { $count } temporäre Dateien eines unterbrochenen livcr entfernt: { $files }
}
file-progress-copying = Kopieren

## audit, backup
file-audit-broken = Prüfkette bei Zeile { $row } unterbrochen: { $reason }
file-audit-broken-hint = die Datei wurde außerhalb von livcr geändert; stellen Sie sie aus einer Sicherung wieder her (`livcr restore FILE`) und bewahren Sie diese Kopie für die Untersuchung auf
file-audit-anchor-hint = das Ende des Prüfprotokolls wurde außerhalb von livcr abgeschnitten oder umgeschrieben; stellen Sie eine frühere Sicherung wieder her (`livcr restore FILE`) und bewahren Sie diese Kopie für die Untersuchung auf
file-audit-records-differ = { $count ->
    [one] 1 Datensatz oder Schemaobjekt weicht von seinem zuletzt geprüften Stand ab
   *[other] { $count } Datensätze oder Schemaobjekte weichen von ihrem zuletzt geprüften Stand ab
}
file-audit-records-differ-hint = die oben genannten Datensätze und Schemaobjekte wurden außerhalb von livcr geändert; stellen Sie eine Sicherung wieder her (`livcr restore FILE`) und bewahren Sie diese Kopie für die Untersuchung auf
file-audit-ok = { $count ->
    [one] Prüfkette in Ordnung: 1 Zeile geprüft
   *[other] Prüfkette in Ordnung: { $count } Zeilen geprüft
}
file-audit-ok-anchors = { $count ->
    [one] , 1 Anker stimmt überein
   *[other] , { $count } Anker stimmen überein
}
file-audit-ok-deep = , { $count } Datensätze entsprechen ihrem geprüften Stand
file-anchor-file-unreadable = die Ankerdatei { $path } kann nicht gelesen werden: { $error }
file-anchor-file-unreadable-hint = geben Sie eine Ankerzeile (von `livcr audit anchor`) oder eine Datei an, die eine enthält
file-anchor-from-file = Datei { $path }
file-anchor-bad-line = Zeile { $line } von { $from } ist kein gültiger Anker: { $text }
file-anchor-bad-line-hint = eine Ankerzeile sieht aus wie `livcr-anchor v1 row=N at=TIME sha256=HEX` (64 Hexadezimalziffern), wie `livcr audit anchor` sie ausgibt; korrigieren oder entfernen Sie diese Zeile
file-anchor-none = keine Ankerzeile in { $from }
file-anchor-none-hint = eine Ankerzeile sieht aus wie `livcr-anchor v1 row=N at=TIME sha256=HEX`, wie `livcr audit anchor` sie ausgibt
file-backup-exists = { $path } gibt es bereits
file-backup-exists-hint = wählen Sie einen neuen Dateinamen; livcr überschreibt nie eine Datei
file-backup-encrypted-file-not = die Sicherung ist verschlüsselt, die Datei aber nicht
file-backup-check-failed = die Sicherung { $path } hat ihre Prüfung nicht bestanden und wurde entfernt
file-backup-written-encrypted = { $count ->
    [one] Sicherung in { $path } geschrieben (mit demselben Schlüssel verschlüsselt, 1 Prüfzeile geprüft, { $seconds } s)
   *[other] Sicherung in { $path } geschrieben (mit demselben Schlüssel verschlüsselt, { $count } Prüfzeilen geprüft, { $seconds } s)
}
file-backup-written-plain = { $count ->
    [one] Sicherung in { $path } geschrieben (unverschlüsselt: wer die Kopie hat, kann sie lesen, 1 Prüfzeile geprüft, { $seconds } s)
   *[other] Sicherung in { $path } geschrieben (unverschlüsselt: wer die Kopie hat, kann sie lesen, { $count } Prüfzeilen geprüft, { $seconds } s)
}

## purge
file-purge-none-due = kein Fall ist zur Löschung fällig
file-purge-would-delete = { $count ->
    [one] 1 Fall würde endgültig gelöscht; führen Sie `livcr purge --yes` aus, um es zu tun
   *[other] { $count } Fälle würden endgültig gelöscht; führen Sie `livcr purge --yes` aus, um es zu tun
}
file-purge-question = { $count ->
    [one] 1 Fall mit Journal und Maßnahmen endgültig löschen?
   *[other] { $count } Fälle mit Journal und Maßnahmen endgültig löschen?
}
file-purge-needs-yes = { $count ->
    [one] purge löscht 1 Fall endgültig und braucht eine Bestätigung
   *[other] purge löscht { $count } Fälle endgültig und braucht eine Bestätigung
}
file-purge-needs-yes-hint = sehen Sie sie mit `livcr purge --dry-run` an und führen Sie dann `livcr purge --yes` aus
file-purge-wal-busy = ein anderes Programm hat die Datenbank geöffnet, daher konnte das Write-Ahead-Log nicht geleert werden; der gelöschte Text kann in der -wal-Datei bleiben, bis livcr wieder allein läuft (führen Sie `livcr purge` erneut aus, wenn niemand sonst die Datei verwendet)
file-purge-wal-failed = die Fälle wurden gelöscht, aber das Write-Ahead-Log konnte nicht geleert werden: { $error }
file-purged = { $count ->
    [one] 1 Fall gelöscht; anonyme Monatszählungen aufbewahrt, Vernichtungsregister aktualisiert
   *[other] { $count } Fälle gelöscht; anonyme Monatszählungen aufbewahrt, Vernichtungsregister aktualisiert
}
file-purge-backups-note = vor dieser Löschung erstellte Sicherungen enthalten die gelöschten Fälle noch: erstellen Sie eine neue `livcr backup` und löschen Sie die älteren Sicherungen (und ihre Kopien), soweit Ihre Aufbewahrungsfrist es erlaubt
file-copy-before-restore = { $path } (von `livcr restore` aufbewahrt)
file-copy-before-upgrade = { $path } (vor einer Schema-Aktualisierung aufbewahrt)
file-copy-temp = { $path } (eine temporäre Kopie eines unterbrochenen livcr)
file-purge-copies = { $count ->
    [one] 1 Kopie, die livcr neben der Datenbank aufbewahrt hat, kann die gelöschten Fälle noch enthalten: { $copies }; löschen Sie sie (mit ihren -wal- und -shm-Dateien), sobald Sie sie nicht mehr brauchen
   *[other] { $count } Kopien, die livcr neben der Datenbank aufbewahrt hat, können die gelöschten Fälle noch enthalten: { $copies }; löschen Sie sie (mit ihren -wal- und -shm-Dateien), sobald Sie sie nicht mehr brauchen
}

## die Datenbankdatei selbst
file-not-livcr = { $path } ist { $what }, keine livcr-Datenbank; livcr öffnet nur seine eigenen Dateien und hat diese nicht angerührt
file-not-livcr-hint = prüfen Sie --db, LIVCR_DB oder `db` in der Konfiguration; legen Sie mit `livcr init` eine neue Datenbank an einem Pfad an, den es noch nicht gibt
file-wrong-key = falsche Passphrase oder keine livcr-Datenbank: { $path }
file-wrong-key-hint = prüfen Sie die Schlüsseldatei (--key-file, LIVCR_KEY_FILE oder `key_file` in der Konfiguration) oder geben Sie die Passphrase erneut ein; die Datei wurde nicht geändert
file-setting-key = Schlüssel von { $path } wird gesetzt
file-reading = { $path } wird gelesen
file-cannot-open = die Datenbank { $path } kann nicht geöffnet werden
file-cannot-create = { $path } kann nicht angelegt werden
file-cannot-set-mode = der Modus von { $path } kann nicht gesetzt werden
file-cannot-create-folder = der Ordner { $path } kann nicht angelegt werden
file-cannot-flush = { $path } kann nicht auf die Festplatte geschrieben werden
file-cannot-read-key-file = die Schlüsseldatei { $path } kann nicht gelesen werden
file-key-file-not-regular = die Schlüsseldatei { $path } ist keine gewöhnliche Datei (ein Ordner, ein Gerät oder eine Pipe)
file-key-file-not-regular-hint = geben Sie eine Datei an, die die Passphrase in der ersten Zeile enthält, oder eine mit `livcr key new FILE` erstellte
file-key-file-mode = die Schlüsseldatei { $path } hat den Modus { $mode }; eine Schlüsseldatei darf nur für ihren Eigentümer lesbar sein
file-key-file-mode-hint = führen Sie `chmod 600 { $path }` aus
file-key-file-bad-raw = die Schlüsseldatei { $path } beginnt wie ein Rohschlüssel (x'…), ist aber keiner: ein Rohschlüssel ist x', gefolgt von 64 Hexadezimalziffern und einem schließenden ' (der Schlüssel wurde nicht verwendet)
file-key-file-bad-raw-hint = korrigieren Sie die erste Zeile (so wie `livcr key new FILE` sie schreibt: x'<64 Hexadezimalziffern>'), oder verwenden Sie eine Passphrase, die nicht mit x' beginnt
file-key-file-short = die Schlüsseldatei { $path } enthält eine Passphrase mit weniger als { $min } Zeichen
file-key-file-short-hint = schreiben Sie eine lange Passphrase (einige zufällige Wörter) in die erste Zeile der Schlüsseldatei
file-passphrase-short = die Passphrase hat weniger als { $min } Zeichen
file-passphrase-short-hint = verwenden Sie einige zufällige Wörter; eine lange Passphrase ist leichter zu tippen als eine komplizierte
file-path-not-utf8 = der Pfad { $path } ist kein gültiges UTF-8
file-copying-database = Datenbank wird kopiert
file-closing-copy = Kopie wird geschlossen
file-cannot-remove = { $path } kann nicht entfernt werden
file-cannot-replace = { $path } kann nicht ersetzt werden
file-migrate-applying = { $file } wird angewendet
file-migrate-reading-version = Schemaversion wird gelesen
file-migrate-step = Migration auf Schemaversion { $version }
file-migrate-commit = Migration { $version } wird festgeschrieben
file-db-newer = diese Datenbank wurde von einem neueren livcr geschrieben (Schemaversion { $version }); dieses livcr kennt Schemaversionen bis { $latest }
file-db-newer-hint = installieren Sie das neuere livcr, das diese Datei geschrieben hat; es wurde nichts geändert
file-restore-attaching = Sicherung wird angehängt
file-restore-busy = ein anderes livcr hielt die Datenbank belegt, daher wurde sie nicht ersetzt
file-restore-locking = Datenbank wird für die Wiederherstellung gesperrt
file-restore-clearing = { $kind } { $name } wird geleert
file-restore-copying = Sicherung wird in die Datenbank kopiert
file-restore-committing = Wiederherstellung wird festgeschrieben
file-setting-reading = Einstellung { $key } wird gelesen
file-setting-writing = Einstellung { $key } wird geschrieben
file-audit-tracking = die von einem Schreibvorgang berührten Datensätze werden verfolgt
file-audit-untracked = interner Fehler: Datensätze wurden ohne Verfolgung geschrieben (beginnen Sie die Transaktion mit context::begin)
file-audit-changed-outside = nichts wurde geschrieben: dieser Schreibvorgang betrifft einen Datensatz, der seit der letzten Prüfung außerhalb von livcr geändert wurde, und würde die Änderung verbergen ({ $what })
file-audit-changed-outside-hint = `livcr audit verify --deep` listet jeden außerhalb von livcr geänderten Datensatz auf; stellen Sie eine Sicherung von vor der Änderung wieder her, oder klären Sie, wer die Datei geändert hat und warum
file-purge-marker-left = nichts wurde geschrieben: die Einstellung 'purging', die die Trigger abschaltet, die abgehaltene Sitzungen und versandte Formulare festhalten, wurde außerhalb von livcr gesetzt
file-audit-head-moved = nichts wurde geschrieben: der gespeicherte Kopf des Prüfprotokolls (Zeile { $row }) ist nicht dessen letzte Zeile; das Protokoll oder sein Kopf wurde außerhalb von livcr geändert
file-schema-changed = nichts wurde geschrieben: das Schema der Datei wurde außerhalb von livcr geändert ({ $changes })
file-schema-changed-hint = ein außerhalb von livcr hinzugefügter, geänderter oder entfernter Trigger oder Index kann ändern, was livcr schreibt, oder durchlassen, was die Regeln verweigern; stellen Sie eine Sicherung von vor der Änderung wieder her (`livcr restore DATEI`) und bewahren Sie diese Kopie zur Untersuchung auf
file-schema-added = { $kind } { $name }: außerhalb von livcr hinzugefügt
file-schema-missing = { $kind } { $name }: außerhalb von livcr entfernt
file-schema-altered = { $kind } { $name }: außerhalb von livcr geändert
file-audit-no-state = diese Datei enthält noch keinen geprüften Stand der Datensätze
file-audit-no-state-hint = jeder Befehl, der die Datei ändert, hält ihn fest; führen Sie danach `livcr audit verify --deep` aus
file-audit-writing = Prüfprotokoll wird geschrieben
file-audit-reading = Prüfprotokoll wird gelesen
file-audit-empty = das Prüfprotokoll ist leer: es gibt keine Zeile zum Verankern

# Why the audit chain or a record fails its check (`audit verify`; JSON keeps the English).
audit-broken-missing-row = Zeile { $row } fehlt (gelöscht?)
audit-broken-order = Zeilen in falscher Reihenfolge
audit-broken-link = ihre Verknüpfung mit der vorigen Zeile stimmt nicht (eine Zeile davor wurde geändert, gelöscht oder eingefügt)
audit-broken-hash = ihr Inhalt stimmt nicht mit ihrem Hash überein (die Zeile wurde geändert)
audit-broken-end = das Protokoll endet bei Zeile { $last }, aber livcr schrieb zuletzt Zeile { $head } (Zeilen am Ende gelöscht oder der gespeicherte Kopf geändert)
audit-anchor-cut = die verankerte Zeile { $row } ({ $at }) fehlt: das Protokoll endet jetzt bei Zeile { $last }, also wurden mindestens die Zeilen { $from } bis { $row } abgeschnitten
audit-anchor-deleted = die verankerte Zeile { $row } ({ $at }) fehlt: sie wurde aus dem Protokoll gelöscht
audit-anchor-rewritten = die verankerte Zeile { $row } ({ $at }) weicht vom Anker ab: das Protokoll wurde neu geschrieben
audit-deep-baseline = Einstellung record_baseline: die Markierung des ersten geprüften Zustands wurde außerhalb von livcr entfernt, obwohl das Prüfprotokoll geprüfte Zustände enthält
audit-deep-unaudited = { $table } { $key }: existiert ohne geprüften Zustand (außerhalb von livcr geschrieben)
audit-deep-differs = { $table } { $key }: weicht vom zuletzt geprüften Zustand ab (Prüfzeile { $row })
audit-deep-deleted = { $table } { $key }: außerhalb von livcr gelöscht (zuletzt geprüft in Zeile { $row })
audit-deep-register = record_state: das Register der geprüften Zustände wurde außerhalb von livcr geändert (seine Summe weicht von der in Prüfzeile { $row } ab)
audit-deep-sum = die Summe der Datensätze weicht von der in Prüfzeile { $row } ab: Datensätze wurden außerhalb von livcr zusammen mit ihrem geprüften Zustand geändert
audit-deep-purge-marker = Einstellung purging: außerhalb einer Löschung gesetzt (sie schaltet die Trigger ab, die abgehaltene Sitzungen und versandte Formulare festhalten)
audit-deep-schema-added = Schema: { $kind } { $name } außerhalb von livcr hinzugefügt
audit-deep-schema-missing = Schema: { $kind } { $name } außerhalb von livcr entfernt
audit-deep-schema-altered = Schema: { $kind } { $name } außerhalb von livcr geändert
