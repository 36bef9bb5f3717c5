# The database file: init, encrypt, rekey, key, status, upgrade, backup, restore, audit, purge.
# Placeables are { $name }; plural forms use { $count -> [one] … *[other] … }.

## init
file-init-created-encrypted = created database { $path } (encrypted, SQLCipher)
file-init-created-plain = created database { $path } (plain: not encrypted)
file-init-will-ask = livcr will ask for the passphrase on every command; for cron and scripts put it in a key file of mode 0600 and name it with --key-file, LIVCR_KEY_FILE or the config's `key_file`
file-init-plain-warning = anyone who gets a copy of this file (a backup, a USB stick, a laptop sent for repair) can read every case; encrypt it with `livcr encrypt`
file-init-next = next: add your cell with `livcr cell add CODE --name NAME --municipality NIS`
file-keyring-stale-removed = removed the key the { $keyring } still held for { $path } (from an earlier database at this path): it does not open the new file
file-keyring-question = Keep the passphrase in the { $keyring } so that livcr does not ask for it on this account?
file-keyring-kept = the key is kept in the { $keyring }: commands run by this account open the file without asking; `livcr key forget` removes it
file-keyring-failed = could not keep the key in the OS keyring ({ $why }); livcr will need the key file or the passphrase; try again later with `livcr key store`
file-needs-passphrase = `livcr { $verb }` needs a passphrase and cannot ask for one here
file-needs-passphrase-hint = give a key file with --key-file FILE (mode 0600, the passphrase on its first line), or create an unencrypted file with `livcr init --plain`
file-passphrase-warning = the passphrase is the only way into the file: a lost passphrase means lost data, backups included. Keep it in a password manager or a sealed envelope in the safe, never beside the file or its backups. At least { $min } characters; a few random words are easiest.
file-passphrase-new = New passphrase

## encrypt, rekey, key, upgrade, status
file-rewrite-raced = another livcr wrote to the database meanwhile, so it was not replaced
file-rewrite-raced-hint = try again when no other livcr command is running; nothing was changed
file-rewrite-short = the new file does not hold the whole audit log; nothing was changed
file-already-encrypted = { $path } is already encrypted
file-already-encrypted-hint = change its passphrase with `livcr rekey`
file-encrypted = encrypted { $path } (SQLCipher); older backups and copies stay plain: replace them with a new `livcr backup` and delete the old ones
file-not-encrypted = { $path } is not encrypted
file-encrypt-it-hint = encrypt it with `livcr encrypt`
file-rekey-needs-passphrase = `livcr rekey` needs the new passphrase and cannot ask for one here
file-rekey-needs-passphrase-hint = give it with --new-key-file FILE (mode 0600, the passphrase on its first line)
file-rekey-same = the new key is the one { $path } already has: nothing was changed
file-rekeyed = changed the passphrase of { $path }; backups taken before keep the old passphrase
file-rekey-keyring-replaced = the new key replaces the old one in the { $keyring }
file-rekey-keyring-old = the { $keyring } still holds the old key ({ $why }): run `livcr key forget`, then `livcr key store` with the new one
file-rekey-keyring-unreachable = the { $keyring } could not be reached ({ $why }): if it keeps the old key of this file, that entry no longer opens it; where the keyring can be reached, run `livcr key forget`, or `livcr key store` with the new key to replace it
file-key-exists = { $path } already exists; livcr never overwrites a key file
file-key-exists-hint = choose another path
file-key-written = wrote a new random 256-bit key to { $path } (mode 0600)
file-key-written-note = use it with `livcr init --key-file FILE`, `livcr encrypt --key-file FILE` or `livcr rekey --new-key-file FILE`; keep a copy away from the database and its backups: a lost key means lost data
file-key-store-plain = { $path } is not encrypted: it has no key to keep
file-key-already-kept = the key of { $path } is already kept in the { $keyring }
file-key-store-failed = could not keep the key in the OS keyring: { $why }
file-key-store-failed-file-hint = nothing was kept; keep giving the key with the key file { $path } as now, or run `livcr key store` again where the keyring can be reached (on Linux the Secret Service needs a desktop session: GNOME Keyring, KWallet)
file-key-store-failed-hint = nothing was kept; give the key with --key-file FILE (mode 0600) or type it on a terminal; on Linux the Secret Service needs a desktop session (GNOME Keyring, KWallet)
file-key-stored = kept the key of { $path } in the { $keyring }: commands run by this account open it without a key file or a prompt
file-key-forget-unreachable = could not reach the OS keyring: { $why }
file-key-forget-unreachable-hint = nothing was removed; try again in a desktop session
file-key-forgotten = removed the key of { $path } from the { $keyring }; livcr now needs --key-file or the passphrase
file-key-forget-none = the { $keyring } held no key for { $path }; nothing to remove
file-upgrade-latest = { $path } is at schema version { $version }, the latest this livcr knows
file-cannot-read = cannot read { $path }
file-status-encrypted = { $path }: encrypted (SQLCipher), key: { $from }, schema version { $version }, { $size } bytes, audit head { $head }
file-status-plain = { $path }: plain (not encrypted), schema version { $version }, { $size } bytes, audit head { $head }
file-status-no-head = none

## backup, restore
file-checking = checking { $path }
file-integrity-failed = { $path } fails the integrity check: { $integrity }
file-use-another-backup = use another backup
file-chain-broken = the audit chain of { $path } is broken at row { $row }: { $reason }
file-no-backup = no backup at { $path }
file-no-backup-hint = give the file written by `livcr backup FILE`
file-restore-itself = { $path } is the database itself
file-restore-itself-hint = give a backup file
file-not-backup-empty = the backup { $path } is an empty file, not a livcr database
file-not-backup-text = the backup { $path } is a text file, not a livcr database
file-not-backup-not-db = the backup { $path } is not a database, not a livcr database
file-not-backup-other-encrypted = the backup { $path } is an encrypted database of another program, not a livcr database
file-not-backup-other-sqlite = the backup { $path } is another program's SQLite database, not a livcr database
file-not-backup-hint = give a file written by `livcr backup FILE`; nothing was changed
file-bad-backup-hint = use another backup; nothing was changed
file-backup-encrypted-no-key = the backup { $path } is encrypted and no key was given
file-backup-encrypted-no-key-hint = give its passphrase with --backup-key-file FILE (mode 0600, the passphrase on its first line), or run livcr on a terminal to type it; nothing was changed
file-backup-passphrase-prompt = Passphrase of the backup { $path }
file-backup-wrong-passphrase = wrong passphrase for the backup { $path }, or it is not a livcr database
file-backup-check-key-file-hint = check the passphrase in { $path }; nothing was changed
file-backup-old-passphrase-hint = a backup keeps the passphrase the file had when it was taken: if it was changed since (`livcr rekey`), give the old one with --backup-key-file FILE; nothing was changed
file-backup-unreadable = the backup { $path } cannot be read: it is damaged, truncated or not a livcr database ({ $cause })
file-backup-newer = the backup { $path } was written by a newer livcr (schema version { $version }); this livcr knows schema versions up to { $latest }
file-backup-newer-hint = restore it with the newer livcr that wrote it; nothing was changed
file-backup-older = the backup { $path } has schema version { $version }; restore reads version { $latest }
file-backup-older-hint = upgrade a copy of it first (`livcr --db COPY upgrade`), then restore that copy; nothing was changed
file-backup-integrity-failed = the backup { $path } fails the integrity check: { $integrity }
file-backup-chain-broken = the audit chain of the backup { $path } is broken at row { $row }: { $reason }
file-backup-records-differ = { $count ->
    [one] 1 record of the backup { $path } differs from its last audited state (changed outside livcr): { $problems }
   *[other] { $count } records of the backup { $path } differ from their last audited state (changed outside livcr): { $problems }
}
file-cannot-copy = cannot copy { $path }
file-cannot-write = cannot write { $path }
file-cannot-keep-current = cannot keep the current file as { $path }
file-no-key = no key
file-restore-backup-encrypted = backup { $path }: { $cells ->
    [one] 1 cell
   *[other] { $cells } cells
}, { $cases ->
    [one] 1 case
   *[other] { $cases } cases
}, last audit row { $row } at { $at }, encrypted
file-restore-backup-plain = backup { $path }: { $cells ->
    [one] 1 cell
   *[other] { $cells } cells
}, { $cases ->
    [one] 1 case
   *[other] { $cases } cases
}, last audit row { $row } at { $at }, plain
file-restore-current-encrypted = current { $path }: { $cells ->
    [one] 1 cell
   *[other] { $cells } cells
}, { $cases ->
    [one] 1 case
   *[other] { $cases } cases
}, last audit row { $row } at { $at }, encrypted
file-restore-current-plain = current { $path }: { $cells ->
    [one] 1 cell
   *[other] { $cells } cells
}, { $cases ->
    [one] 1 case
   *[other] { $cases } cases
}, last audit row { $row } at { $at }, plain
# The six phrases below complete "the restored file will be …" and "restored X from Y (…)".
file-keeps-backup-key = encrypted with the backup's passphrase
file-keeps-plain-backup = plain, like the backup: run `livcr encrypt` to encrypt it
file-keeps-current-key = encrypted with the current key
file-keeps-current-file-key = encrypted with the current file's key; the backup's own passphrase or plain form is not carried over
file-keeps-plain-current-encrypted-backup = plain, like the current file (the backup is encrypted): run `livcr encrypt` afterwards to encrypt it
file-keeps-plain-current = plain, like the current file
file-restore-loses-rows = { $count ->
    [one] the current file has 1 audit row the backup does not: what was done since the backup is lost from the live file (the current file is kept beside it)
   *[other] the current file has { $count } audit rows the backup does not: what was done since the backup is lost from the live file (the current file is kept beside it)
}
file-restore-will-be = the restored file will be { $keeps }
file-restore-question = Replace { $path } with this backup?
file-restore-needs-yes = restore replaces the database and needs confirmation
file-restore-needs-yes-hint = run it again with --yes to confirm
file-restored = restored { $path } from { $from } ({ $keeps })
file-restore-previous-kept = the previous file is kept as { $path }
file-restore-copy-short = the copied file does not end at the backup's last audit row
file-removed-stale-temps = { $count ->
    [one] removed 1 temporary file left by an interrupted livcr: { $files }
   *[other] removed { $count } temporary files left by an interrupted livcr: { $files }
}
file-progress-copying = copying

## audit, backup
file-audit-broken = audit chain broken at row { $row }: { $reason }
file-audit-broken-hint = the file was changed outside livcr; restore it from a backup (`livcr restore FILE`) and keep this copy for investigation
file-audit-anchor-hint = the end of the audit log was cut or rewritten outside livcr; restore a backup taken before it (`livcr restore FILE`) and keep this copy for investigation
file-audit-records-differ = { $count ->
    [one] 1 record or schema object differs from its last audited state
   *[other] { $count } records or schema objects differ from their last audited state
}
file-audit-records-differ-hint = the records and schema objects named above were changed outside livcr; restore a backup (`livcr restore FILE`) and keep this copy for investigation
file-audit-ok = { $count ->
    [one] audit chain ok: 1 row verified
   *[other] audit chain ok: { $count } rows verified
}
file-audit-ok-anchors = { $count ->
    [one] , 1 anchor matches
   *[other] , { $count } anchors match
}
file-audit-ok-deep = , { $count } records match their audited state
file-anchor-file-unreadable = cannot read anchor file { $path }: { $error }
file-anchor-file-unreadable-hint = give an anchor line (from `livcr audit anchor`) or a file that holds one
file-anchor-from-file = file { $path }
file-anchor-bad-line = line { $line } of { $from } is not a valid anchor: { $text }
file-anchor-bad-line-hint = an anchor line looks like `livcr-anchor v1 row=N at=TIME sha256=HEX` (64 hex digits), as printed by `livcr audit anchor`; fix or remove that line
file-anchor-none = no anchor line in { $from }
file-anchor-none-hint = an anchor line looks like `livcr-anchor v1 row=N at=TIME sha256=HEX`, as printed by `livcr audit anchor`
file-backup-exists = { $path } already exists
file-backup-exists-hint = choose a new file name; livcr never overwrites a file
file-backup-encrypted-file-not = the backup is encrypted but the file is not
file-backup-check-failed = the backup { $path } failed its check and was removed
file-backup-written-encrypted = { $count ->
    [one] backup written to { $path } (encrypted with the same key, 1 audit row verified, { $seconds } s)
   *[other] backup written to { $path } (encrypted with the same key, { $count } audit rows verified, { $seconds } s)
}
file-backup-written-plain = { $count ->
    [one] backup written to { $path } (plain: anyone with the copy can read it, 1 audit row verified, { $seconds } s)
   *[other] backup written to { $path } (plain: anyone with the copy can read it, { $count } audit rows verified, { $seconds } s)
}

## purge
file-purge-none-due = no case is due for purge
file-purge-would-delete = { $count ->
    [one] 1 case would be deleted for good; run `livcr purge --yes` to do it
   *[other] { $count } cases would be deleted for good; run `livcr purge --yes` to do it
}
file-purge-question = { $count ->
    [one] Delete 1 case with their journal and actions for good?
   *[other] Delete { $count } cases with their journal and actions for good?
}
file-purge-needs-yes = { $count ->
    [one] purge deletes 1 case for good and needs confirmation
   *[other] purge deletes { $count } cases for good and needs confirmation
}
file-purge-needs-yes-hint = see them with `livcr purge --dry-run`, then run `livcr purge --yes`
file-purge-wal-busy = another program has the database open, so the write-ahead log could not be emptied; the deleted text may stay in the -wal file until livcr next runs alone (run `livcr purge` again when nobody else uses the file)
file-purge-wal-failed = the cases were purged, but the write-ahead log could not be emptied: { $error }
file-purged = { $count ->
    [one] purged 1 case; anonymous monthly counts kept, destruction register updated
   *[other] purged { $count } cases; anonymous monthly counts kept, destruction register updated
}
file-purge-backups-note = backups taken before this purge still hold the purged cases: take a new `livcr backup` and delete the older backups (and copies of them) as far as your retention allows
file-copy-before-restore = { $path } (kept by `livcr restore`)
file-copy-before-upgrade = { $path } (kept before a schema upgrade)
file-copy-temp = { $path } (a temporary copy left by an interrupted livcr)
file-purge-copies = { $count ->
    [one] 1 copy livcr kept beside the database may still hold the purged cases: { $copies }; delete it (with its -wal and -shm files) once you no longer need it
   *[other] { $count } copies livcr kept beside the database may still hold the purged cases: { $copies }; delete them (with their -wal and -shm files) once you no longer need them
}

## the database file underneath
file-not-livcr = { $path } is { $what }, not a livcr database; livcr opens only its own files and left this one untouched
file-not-livcr-hint = check --db, LIVCR_DB or the config's `db`; create a new database with `livcr init` on a path that does not exist yet
file-wrong-key = wrong passphrase or not a livcr database: { $path }
file-wrong-key-hint = check the key file (--key-file, LIVCR_KEY_FILE or the config's `key_file`) or retype the passphrase; the file was not changed
file-setting-key = setting the key of { $path }
file-reading = reading { $path }
file-cannot-open = cannot open database { $path }
file-cannot-create = cannot create { $path }
file-cannot-set-mode = cannot set the mode of { $path }
file-cannot-create-folder = cannot create folder { $path }
file-cannot-flush = cannot flush { $path } to disk
file-cannot-read-key-file = cannot read key file { $path }
file-key-file-not-regular = key file { $path } is not a regular file (a folder, a device or a pipe)
file-key-file-not-regular-hint = give a file that holds the passphrase on its first line, or one made by `livcr key new FILE`
file-key-file-mode = key file { $path } has mode { $mode }; a key file must be readable by its owner only
file-key-file-mode-hint = run `chmod 600 { $path }`
file-key-file-bad-raw = key file { $path } starts like a raw key (x'…) but is not one: a raw key is x' followed by 64 hexadecimal digits and a closing ' (the key was not used)
file-key-file-bad-raw-hint = correct the first line (as `livcr key new FILE` writes it: x'<64 hex digits>'), or use a passphrase that does not begin with x'
file-key-file-short = key file { $path } holds a passphrase shorter than { $min } characters
file-key-file-short-hint = put a long passphrase (a few random words) on the first line of the key file
file-passphrase-short = the passphrase is shorter than { $min } characters
file-passphrase-short-hint = use a few random words; a long passphrase is easier to type than a complex one
file-path-not-utf8 = the path { $path } is not valid UTF-8
file-copying-database = copying the database
file-closing-copy = closing the copy
file-cannot-remove = cannot remove { $path }
file-cannot-replace = cannot replace { $path }
file-migrate-applying = applying { $file }
file-migrate-reading-version = reading the schema version
file-migrate-step = migration to schema version { $version }
file-migrate-commit = committing migration { $version }
file-db-newer = this database was written by a newer livcr (schema version { $version }); this livcr knows schema versions up to { $latest }
file-db-newer-hint = install the newer livcr that wrote this file; nothing was changed
file-restore-attaching = attaching the backup
file-restore-busy = another livcr kept the database busy, so it was not replaced
file-restore-locking = locking the database for the restore
file-restore-clearing = clearing { $kind } { $name }
file-restore-copying = copying the backup into the database
file-restore-committing = committing the restore
file-setting-reading = reading setting { $key }
file-setting-writing = writing setting { $key }
file-audit-tracking = tracking the records a write touches
file-audit-untracked = internal error: records were written without tracking (begin the transaction with context::begin)
file-audit-changed-outside = nothing was written: this write touches a record changed outside livcr since it was last audited, and would hide the change ({ $what })
file-audit-changed-outside-hint = `livcr audit verify --deep` lists every record changed outside livcr; restore a backup from before the change, or find out who changed the file and why
file-purge-marker-left = nothing was written: the setting 'purging', which switches off the triggers that hold held meetings and sent forms, was set outside livcr
file-audit-head-moved = nothing was written: the audit log's recorded head (row { $row }) is not its last row; the log or its head was changed outside livcr
file-schema-changed = nothing was written: the file's schema was changed outside livcr ({ $changes })
file-schema-changed-hint = a trigger or index added, changed or removed outside livcr could change what livcr writes or let through what the rules refuse; restore a backup from before the change (`livcr restore FILE`) and keep this copy for investigation
file-schema-added = { $kind } { $name }: added outside livcr
file-schema-missing = { $kind } { $name }: removed outside livcr
file-schema-altered = { $kind } { $name }: changed outside livcr
file-audit-no-state = this file holds no audited record state yet
file-audit-no-state-hint = any command that changes the file records it; run `livcr audit verify --deep` after
file-audit-writing = writing the audit log
file-audit-reading = reading the audit log
file-audit-empty = the audit log is empty: there is no row to anchor

# Why the audit chain or a record fails its check (`audit verify`; JSON keeps the English).
audit-broken-missing-row = row { $row } is missing (deleted?)
audit-broken-order = rows out of order
audit-broken-link = its link to the previous row does not match (a row before it was changed, deleted or inserted)
audit-broken-hash = its content does not match its hash (the row was changed)
audit-broken-end = the log ends at row { $last } but livcr last wrote row { $head } (rows deleted at the end, or the recorded head was changed)
audit-anchor-cut = anchored row { $row } ({ $at }) is missing: the log now ends at row { $last }, so rows { $from } to { $row } at least were cut
audit-anchor-deleted = anchored row { $row } ({ $at }) is missing: it was deleted from the log
audit-anchor-rewritten = anchored row { $row } ({ $at }) differs from the anchor: the log was rewritten
audit-deep-baseline = setting record_baseline: the mark of the first audited record state was removed outside livcr, while the audit log carries audited states
audit-deep-unaudited = { $table } { $key }: exists without an audited state (written outside livcr)
audit-deep-differs = { $table } { $key }: differs from its last audited state (audit row { $row })
audit-deep-deleted = { $table } { $key }: deleted outside livcr (last audited in row { $row })
audit-deep-register = record_state: the register of audited states was changed outside livcr (its sum differs from the one audit row { $row } carries)
audit-deep-sum = the records' sum differs from the one audit row { $row } carries: records were changed outside livcr together with their audited state
audit-deep-purge-marker = setting purging: set outside a purge (it switches off the triggers that hold held meetings and sent forms)
audit-deep-schema-added = schema: { $kind } { $name } added outside livcr
audit-deep-schema-missing = schema: { $kind } { $name } removed outside livcr
audit-deep-schema-altered = schema: { $kind } { $name } changed outside livcr
