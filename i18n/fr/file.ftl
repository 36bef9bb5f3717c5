# Le fichier de base de données : init, encrypt, rekey, key, status, upgrade, backup, restore, audit, purge.

## init
file-init-created-encrypted = base de données { $path } créée (chiffrée, SQLCipher)
file-init-created-plain = base de données { $path } créée (en clair : non chiffrée)
file-init-will-ask = livcr demandera la phrase secrète à chaque commande ; pour cron et les scripts, placez-la dans un fichier de clé en mode 0600 et indiquez-le avec --key-file, LIVCR_KEY_FILE ou `key_file` dans la configuration
file-init-plain-warning = toute personne qui obtient une copie de ce fichier (une sauvegarde, une clé USB, un portable envoyé en réparation) peut lire chaque dossier ; chiffrez-le avec `livcr encrypt`
file-init-next = étape suivante : ajoutez votre CSIL-R avec `livcr cell add CODE --name NAME --municipality NIS`
file-keyring-stale-removed = la clé que { $keyring } gardait encore pour { $path } (d'une ancienne base de données à cet emplacement) a été supprimée : elle n'ouvre pas le nouveau fichier
file-keyring-question = Garder la phrase secrète dans { $keyring } pour que livcr ne la demande plus sur ce compte ?
file-keyring-kept = la clé est gardée dans { $keyring } : les commandes lancées par ce compte ouvrent le fichier sans la demander ; `livcr key forget` la supprime
file-keyring-failed = impossible de garder la clé dans le trousseau du système ({ $why }) ; livcr aura besoin du fichier de clé ou de la phrase secrète ; réessayez plus tard avec `livcr key store`
file-needs-passphrase = `livcr { $verb }` a besoin d'une phrase secrète et ne peut pas la demander ici
file-needs-passphrase-hint = indiquez un fichier de clé avec --key-file FILE (mode 0600, la phrase secrète sur sa première ligne), ou créez un fichier non chiffré avec `livcr init --plain`
file-passphrase-warning = la phrase secrète est le seul accès au fichier : une phrase secrète perdue, ce sont des données perdues, sauvegardes comprises. Conservez-la dans un gestionnaire de mots de passe ou sous enveloppe scellée dans le coffre, jamais à côté du fichier ou de ses sauvegardes. Au moins { $min } caractères ; quelques mots au hasard sont le plus simple.
file-passphrase-new = Nouvelle phrase secrète

## encrypt, rekey, key, upgrade, status
file-rewrite-raced = un autre livcr a écrit dans la base de données entre-temps, elle n'a donc pas été remplacée
file-rewrite-raced-hint = réessayez quand aucune autre commande livcr n'est en cours ; rien n'a été modifié
file-rewrite-short = le nouveau fichier ne contient pas tout le journal d'audit ; rien n'a été modifié
file-already-encrypted = { $path } est déjà chiffré
file-already-encrypted-hint = changez sa phrase secrète avec `livcr rekey`
file-encrypted = { $path } chiffré (SQLCipher) ; les anciennes sauvegardes et copies restent en clair : remplacez-les par une nouvelle `livcr backup` et supprimez les anciennes
file-not-encrypted = { $path } n'est pas chiffré
file-encrypt-it-hint = chiffrez-le avec `livcr encrypt`
file-rekey-needs-passphrase = `livcr rekey` a besoin de la nouvelle phrase secrète et ne peut pas la demander ici
file-rekey-needs-passphrase-hint = indiquez-la avec --new-key-file FILE (mode 0600, la phrase secrète sur sa première ligne)
file-rekey-same = la nouvelle clé est celle que { $path } a déjà : rien n'a été modifié
file-rekeyed = phrase secrète de { $path } changée ; les sauvegardes antérieures gardent l'ancienne phrase secrète
file-rekey-keyring-replaced = la nouvelle clé remplace l'ancienne dans { $keyring }
file-rekey-keyring-old = { $keyring } garde encore l'ancienne clé ({ $why }) : lancez `livcr key forget`, puis `livcr key store` avec la nouvelle
file-rekey-keyring-unreachable = { $keyring } n'a pas pu être atteint ({ $why }) : s'il garde l'ancienne clé de ce fichier, cette entrée ne l'ouvre plus ; là où le trousseau est accessible, lancez `livcr key forget`, ou `livcr key store` avec la nouvelle clé pour la remplacer
file-key-exists = { $path } existe déjà ; livcr n'écrase jamais un fichier de clé
file-key-exists-hint = choisissez un autre chemin
file-key-written = nouvelle clé aléatoire de 256 bits écrite dans { $path } (mode 0600)
file-key-written-note = utilisez-la avec `livcr init --key-file FILE`, `livcr encrypt --key-file FILE` ou `livcr rekey --new-key-file FILE` ; gardez une copie loin de la base de données et de ses sauvegardes : une clé perdue, ce sont des données perdues
file-key-store-plain = { $path } n'est pas chiffré : il n'a pas de clé à garder
file-key-already-kept = la clé de { $path } est déjà gardée dans { $keyring }
file-key-store-failed = impossible de garder la clé dans le trousseau du système : { $why }
file-key-store-failed-file-hint = rien n'a été gardé ; continuez à donner la clé avec le fichier de clé { $path } comme maintenant, ou relancez `livcr key store` là où le trousseau est accessible (sous Linux, le Secret Service demande une session de bureau : GNOME Keyring, KWallet)
file-key-store-failed-hint = rien n'a été gardé ; donnez la clé avec --key-file FILE (mode 0600) ou tapez-la dans un terminal ; sous Linux, le Secret Service demande une session de bureau (GNOME Keyring, KWallet)
file-key-stored = clé de { $path } gardée dans { $keyring } : les commandes lancées par ce compte l'ouvrent sans fichier de clé ni question
file-key-forget-unreachable = impossible d'atteindre le trousseau du système : { $why }
file-key-forget-unreachable-hint = rien n'a été supprimé ; réessayez dans une session de bureau
file-key-forgotten = clé de { $path } supprimée de { $keyring } ; livcr a maintenant besoin de --key-file ou de la phrase secrète
file-key-forget-none = { $keyring } ne gardait aucune clé pour { $path } ; rien à supprimer
file-upgrade-latest = { $path } est à la version de schéma { $version }, la plus récente que ce livcr connaisse
file-cannot-read = impossible de lire { $path }
file-status-encrypted = { $path } : chiffré (SQLCipher), clé : { $from }, version de schéma { $version }, { $size } octets, tête d'audit { $head }
file-status-plain = { $path } : en clair (non chiffré), version de schéma { $version }, { $size } octets, tête d'audit { $head }
file-status-no-head = aucune

## backup, restore
file-checking = vérification de { $path }
file-integrity-failed = { $path } échoue au contrôle d'intégrité : { $integrity }
file-use-another-backup = utilisez une autre sauvegarde
file-chain-broken = la chaîne d'audit de { $path } est rompue à la ligne { $row } : { $reason }
file-no-backup = aucune sauvegarde à { $path }
file-no-backup-hint = indiquez le fichier écrit par `livcr backup FILE`
file-restore-itself = { $path } est la base de données elle-même
file-restore-itself-hint = indiquez un fichier de sauvegarde
file-not-backup-empty = la sauvegarde { $path } est un fichier vide, pas une base de données livcr
file-not-backup-text = la sauvegarde { $path } est un fichier texte, pas une base de données livcr
file-not-backup-not-db = la sauvegarde { $path } n'est pas une base de données, ni donc une base de données livcr
file-not-backup-other-encrypted = la sauvegarde { $path } est une base de données chiffrée d'un autre programme, pas une base de données livcr
file-not-backup-other-sqlite = la sauvegarde { $path } est une base de données SQLite d'un autre programme, pas une base de données livcr
file-not-backup-hint = indiquez un fichier écrit par `livcr backup FILE` ; rien n'a été modifié
file-bad-backup-hint = utilisez une autre sauvegarde ; rien n'a été modifié
file-backup-encrypted-no-key = la sauvegarde { $path } est chiffrée et aucune clé n'a été donnée
file-backup-encrypted-no-key-hint = donnez sa phrase secrète avec --backup-key-file FILE (mode 0600, la phrase secrète sur sa première ligne), ou lancez livcr dans un terminal pour la taper ; rien n'a été modifié
file-backup-passphrase-prompt = Phrase secrète de la sauvegarde { $path }
file-backup-wrong-passphrase = phrase secrète erronée pour la sauvegarde { $path }, ou ce n'est pas une base de données livcr
file-backup-check-key-file-hint = vérifiez la phrase secrète dans { $path } ; rien n'a été modifié
file-backup-old-passphrase-hint = une sauvegarde garde la phrase secrète qu'avait le fichier au moment où elle a été faite : si elle a changé depuis (`livcr rekey`), donnez l'ancienne avec --backup-key-file FILE ; rien n'a été modifié
file-backup-unreadable = la sauvegarde { $path } est illisible : elle est endommagée, tronquée ou ce n'est pas une base de données livcr ({ $cause })
file-backup-newer = la sauvegarde { $path } a été écrite par un livcr plus récent (version de schéma { $version }) ; ce livcr connaît les versions de schéma jusqu'à { $latest }
file-backup-newer-hint = restaurez-la avec le livcr plus récent qui l'a écrite ; rien n'a été modifié
file-backup-older = la sauvegarde { $path } a la version de schéma { $version } ; restore lit la version { $latest }
file-backup-older-hint = mettez-en d'abord une copie à niveau (`livcr --db COPY upgrade`), puis restaurez cette copie ; rien n'a été modifié
file-backup-integrity-failed = la sauvegarde { $path } échoue au contrôle d'intégrité : { $integrity }
file-backup-chain-broken = la chaîne d'audit de la sauvegarde { $path } est rompue à la ligne { $row } : { $reason }
file-backup-records-differ = { $count ->
    [one] { $count } enregistrement de la sauvegarde { $path } diffère de son dernier état audité (modifié hors de livcr) : { $problems }
   *[other] { $count } enregistrements de la sauvegarde { $path } diffèrent de leur dernier état audité (modifiés hors de livcr) : { $problems }
}
file-cannot-copy = impossible de copier { $path }
file-cannot-write = impossible d'écrire { $path }
file-cannot-keep-current = impossible de garder le fichier actuel sous { $path }
file-no-key = aucune clé
file-restore-backup-encrypted = sauvegarde { $path } : { $cells ->
    [one] { $cells } CSIL-R
   *[other] { $cells } CSIL-R
}, { $cases ->
    [one] { $cases } dossier
   *[other] { $cases } dossiers
}, dernière ligne d'audit { $row } le { $at }, chiffrée
file-restore-backup-plain = sauvegarde { $path } : { $cells ->
    [one] { $cells } CSIL-R
   *[other] { $cells } CSIL-R
}, { $cases ->
    [one] { $cases } dossier
   *[other] { $cases } dossiers
}, dernière ligne d'audit { $row } le { $at }, en clair
file-restore-current-encrypted = fichier actuel { $path } : { $cells ->
    [one] { $cells } CSIL-R
   *[other] { $cells } CSIL-R
}, { $cases ->
    [one] { $cases } dossier
   *[other] { $cases } dossiers
}, dernière ligne d'audit { $row } le { $at }, chiffré
file-restore-current-plain = fichier actuel { $path } : { $cells ->
    [one] { $cells } CSIL-R
   *[other] { $cells } CSIL-R
}, { $cases ->
    [one] { $cases } dossier
   *[other] { $cases } dossiers
}, dernière ligne d'audit { $row } le { $at }, en clair
file-keeps-backup-key = chiffré avec la phrase secrète de la sauvegarde
file-keeps-plain-backup = en clair, comme la sauvegarde : lancez `livcr encrypt` pour le chiffrer
file-keeps-current-key = chiffré avec la clé actuelle
file-keeps-current-file-key = chiffré avec la clé du fichier actuel ; la phrase secrète propre à la sauvegarde ou sa forme en clair n'est pas reprise
file-keeps-plain-current-encrypted-backup = en clair, comme le fichier actuel (la sauvegarde est chiffrée) : lancez ensuite `livcr encrypt` pour le chiffrer
file-keeps-plain-current = en clair, comme le fichier actuel
file-restore-loses-rows = { $count ->
    [one] le fichier actuel a { $count } ligne d'audit que la sauvegarde n'a pas : ce qui a été fait depuis la sauvegarde est perdu dans le fichier actif (le fichier actuel est gardé à côté)
   *[other] le fichier actuel a { $count } lignes d'audit que la sauvegarde n'a pas : ce qui a été fait depuis la sauvegarde est perdu dans le fichier actif (le fichier actuel est gardé à côté)
}
file-restore-will-be = le fichier restauré sera { $keeps }
file-restore-question = Remplacer { $path } par cette sauvegarde ?
file-restore-needs-yes = restore remplace la base de données et demande une confirmation
file-restore-needs-yes-hint = relancez la commande avec --yes pour confirmer
file-restored = { $path } restauré à partir de { $from } ({ $keeps })
file-restore-previous-kept = le fichier précédent est gardé sous { $path }
file-restore-copy-short = le fichier copié ne s'arrête pas à la dernière ligne d'audit de la sauvegarde
file-removed-stale-temps = { $count ->
    [one] { $count } fichier temporaire laissé par un livcr interrompu supprimé : { $files }
   *[other] { $count } fichiers temporaires laissés par un livcr interrompu supprimés : { $files }
}
file-progress-copying = copie

## audit, backup
file-audit-broken = chaîne d'audit rompue à la ligne { $row } : { $reason }
file-audit-broken-hint = le fichier a été modifié hors de livcr ; restaurez-le à partir d'une sauvegarde (`livcr restore FILE`) et gardez cette copie pour enquête
file-audit-anchor-hint = la fin du journal d'audit a été coupée ou réécrite hors de livcr ; restaurez une sauvegarde antérieure (`livcr restore FILE`) et gardez cette copie pour enquête
file-audit-records-differ = { $count ->
    [one] { $count } enregistrement ou objet du schéma diffère de son dernier état audité
   *[other] { $count } enregistrements ou objets du schéma diffèrent de leur dernier état audité
}
file-audit-records-differ-hint = les enregistrements et objets du schéma nommés ci-dessus ont été modifiés hors de livcr ; restaurez une sauvegarde (`livcr restore FILE`) et gardez cette copie pour enquête
file-audit-ok = { $count ->
    [one] chaîne d'audit correcte : { $count } ligne vérifiée
   *[other] chaîne d'audit correcte : { $count } lignes vérifiées
}
file-audit-ok-anchors = { $count ->
    [one] , { $count } ancre concorde
   *[other] , { $count } ancres concordent
}
file-audit-ok-deep = , { $count } enregistrements concordent avec leur état audité
file-anchor-file-unreadable = impossible de lire le fichier d'ancre { $path } : { $error }
file-anchor-file-unreadable-hint = donnez une ligne d'ancre (de `livcr audit anchor`) ou un fichier qui en contient une
file-anchor-from-file = fichier { $path }
file-anchor-bad-line = la ligne { $line } de { $from } n'est pas une ancre valide : { $text }
file-anchor-bad-line-hint = une ligne d'ancre a la forme `livcr-anchor v1 row=N at=TIME sha256=HEX` (64 chiffres hexadécimaux), comme l'affiche `livcr audit anchor` ; corrigez ou supprimez cette ligne
file-anchor-none = aucune ligne d'ancre dans { $from }
file-anchor-none-hint = une ligne d'ancre a la forme `livcr-anchor v1 row=N at=TIME sha256=HEX`, comme l'affiche `livcr audit anchor`
file-backup-exists = { $path } existe déjà
file-backup-exists-hint = choisissez un nouveau nom de fichier ; livcr n'écrase jamais un fichier
file-backup-encrypted-file-not = la sauvegarde est chiffrée, mais le fichier ne l'est pas
file-backup-check-failed = la sauvegarde { $path } a échoué à sa vérification et a été supprimée
file-backup-written-encrypted = { $count ->
    [one] sauvegarde écrite dans { $path } (chiffrée avec la même clé, { $count } ligne d'audit vérifiée, { $seconds } s)
   *[other] sauvegarde écrite dans { $path } (chiffrée avec la même clé, { $count } lignes d'audit vérifiées, { $seconds } s)
}
file-backup-written-plain = { $count ->
    [one] sauvegarde écrite dans { $path } (en clair : toute personne qui a la copie peut la lire, { $count } ligne d'audit vérifiée, { $seconds } s)
   *[other] sauvegarde écrite dans { $path } (en clair : toute personne qui a la copie peut la lire, { $count } lignes d'audit vérifiées, { $seconds } s)
}

## purge
file-purge-none-due = aucun dossier n'est à purger
file-purge-would-delete = { $count ->
    [one] { $count } dossier serait effacé définitivement ; lancez `livcr purge --yes` pour le faire
   *[other] { $count } dossiers seraient effacés définitivement ; lancez `livcr purge --yes` pour le faire
}
file-purge-question = { $count ->
    [one] Effacer définitivement { $count } dossier avec son journal et ses actions ?
   *[other] Effacer définitivement { $count } dossiers avec leur journal et leurs actions ?
}
file-purge-needs-yes = { $count ->
    [one] purge efface définitivement { $count } dossier et demande une confirmation
   *[other] purge efface définitivement { $count } dossiers et demande une confirmation
}
file-purge-needs-yes-hint = consultez-les avec `livcr purge --dry-run`, puis lancez `livcr purge --yes`
file-purge-wal-busy = un autre programme a la base de données ouverte, le journal d'écriture anticipée (write-ahead log) n'a donc pas pu être vidé ; le texte effacé peut rester dans le fichier -wal jusqu'à ce que livcr tourne seul (relancez `livcr purge` quand personne d'autre n'utilise le fichier)
file-purge-wal-failed = les dossiers ont été purgés, mais le journal d'écriture anticipée (write-ahead log) n'a pas pu être vidé : { $error }
file-purged = { $count ->
    [one] { $count } dossier purgé ; comptages mensuels anonymes gardés, registre de destruction mis à jour
   *[other] { $count } dossiers purgés ; comptages mensuels anonymes gardés, registre de destruction mis à jour
}
file-purge-backups-note = les sauvegardes faites avant cette purge contiennent encore les dossiers purgés : faites une nouvelle `livcr backup` et supprimez les sauvegardes plus anciennes (et leurs copies) autant que votre durée de conservation le permet
file-copy-before-restore = { $path } (gardée par `livcr restore`)
file-copy-before-upgrade = { $path } (gardée avant une mise à niveau du schéma)
file-copy-temp = { $path } (une copie temporaire laissée par un livcr interrompu)
file-purge-copies = { $count ->
    [one] { $count } copie gardée par livcr à côté de la base de données peut encore contenir les dossiers purgés : { $copies } ; supprimez-la (avec ses fichiers -wal et -shm) dès que vous n'en avez plus besoin
   *[other] { $count } copies gardées par livcr à côté de la base de données peuvent encore contenir les dossiers purgés : { $copies } ; supprimez-les (avec leurs fichiers -wal et -shm) dès que vous n'en avez plus besoin
}

## le fichier de base de données lui-même
file-not-livcr = { $path } est { $what }, pas une base de données livcr ; livcr n'ouvre que ses propres fichiers et n'a pas touché à celui-ci
file-not-livcr-hint = vérifiez --db, LIVCR_DB ou `db` dans la configuration ; créez une nouvelle base de données avec `livcr init` à un emplacement qui n'existe pas encore
file-wrong-key = phrase secrète erronée ou pas une base de données livcr : { $path }
file-wrong-key-hint = vérifiez le fichier de clé (--key-file, LIVCR_KEY_FILE ou `key_file` dans la configuration) ou retapez la phrase secrète ; le fichier n'a pas été modifié
file-setting-key = application de la clé de { $path }
file-reading = lecture de { $path }
file-cannot-open = impossible d'ouvrir la base de données { $path }
file-cannot-create = impossible de créer { $path }
file-cannot-set-mode = impossible de fixer le mode de { $path }
file-cannot-create-folder = impossible de créer le dossier { $path }
file-cannot-flush = impossible d'écrire { $path } sur le disque
file-cannot-read-key-file = impossible de lire le fichier de clé { $path }
file-key-file-not-regular = le fichier de clé { $path } n'est pas un fichier ordinaire (un dossier, un périphérique ou un tube)
file-key-file-not-regular-hint = indiquez un fichier qui contient la phrase secrète sur sa première ligne, ou un fichier créé par `livcr key new FILE`
file-key-file-mode = le fichier de clé { $path } a le mode { $mode } ; un fichier de clé ne doit être lisible que par son propriétaire
file-key-file-mode-hint = lancez `chmod 600 { $path }`
file-key-file-bad-raw = le fichier de clé { $path } commence comme une clé brute (x'…) mais n'en est pas une : une clé brute est x' suivi de 64 chiffres hexadécimaux et d'un ' final (la clé n'a pas été utilisée)
file-key-file-bad-raw-hint = corrigez la première ligne (telle que l'écrit `livcr key new FILE` : x'<64 chiffres hexadécimaux>'), ou utilisez une phrase secrète qui ne commence pas par x'
file-key-file-short = le fichier de clé { $path } contient une phrase secrète de moins de { $min } caractères
file-key-file-short-hint = mettez une longue phrase secrète (quelques mots au hasard) sur la première ligne du fichier de clé
file-passphrase-short = la phrase secrète fait moins de { $min } caractères
file-passphrase-short-hint = utilisez quelques mots au hasard ; une longue phrase secrète est plus facile à taper qu'une phrase compliquée
file-path-not-utf8 = le chemin { $path } n'est pas de l'UTF-8 valide
file-copying-database = copie de la base de données
file-closing-copy = fermeture de la copie
file-cannot-remove = impossible de supprimer { $path }
file-cannot-replace = impossible de remplacer { $path }
file-migrate-applying = application de { $file }
file-migrate-reading-version = lecture de la version de schéma
file-migrate-step = migration vers la version de schéma { $version }
file-migrate-commit = validation de la migration { $version }
file-db-newer = cette base de données a été écrite par un livcr plus récent (version de schéma { $version }) ; ce livcr connaît les versions de schéma jusqu'à { $latest }
file-db-newer-hint = installez le livcr plus récent qui a écrit ce fichier ; rien n'a été modifié
file-restore-attaching = rattachement de la sauvegarde
file-restore-busy = un autre livcr occupait la base de données, elle n'a donc pas été remplacée
file-restore-locking = verrouillage de la base de données pour la restauration
file-restore-clearing = vidage de { $kind } { $name }
file-restore-copying = copie de la sauvegarde dans la base de données
file-restore-committing = validation de la restauration
file-setting-reading = lecture du paramètre { $key }
file-setting-writing = écriture du paramètre { $key }
file-audit-tracking = suivi des enregistrements touchés par une écriture
file-audit-untracked = erreur interne : des enregistrements ont été écrits sans suivi (commencez la transaction avec context::begin)
file-audit-changed-outside = rien n'a été écrit : cette écriture touche un enregistrement modifié en dehors de livcr depuis son dernier audit, et masquerait cette modification ({ $what })
file-audit-changed-outside-hint = `livcr audit verify --deep` liste chaque enregistrement modifié en dehors de livcr ; restaurez une sauvegarde antérieure à la modification, ou établissez qui a modifié le fichier et pourquoi
file-purge-marker-left = rien n'a été écrit : le paramètre 'purging', qui désactive les déclencheurs qui figent les réunions tenues et les formulaires envoyés, a été posé en dehors de livcr
file-audit-head-moved = rien n'a été écrit : la tête enregistrée du journal d'audit (ligne { $row }) n'est pas sa dernière ligne ; le journal ou sa tête a été modifié en dehors de livcr
file-schema-changed = rien n'a été écrit : le schéma du fichier a été modifié en dehors de livcr ({ $changes })
file-schema-changed-hint = un déclencheur ou un index ajouté, modifié ou supprimé en dehors de livcr peut changer ce que livcr écrit ou laisser passer ce que les règles refusent ; restaurez une sauvegarde antérieure à la modification (`livcr restore FICHIER`) et conservez cette copie pour enquête
file-schema-added = { $kind } { $name } : ajouté en dehors de livcr
file-schema-missing = { $kind } { $name } : supprimé en dehors de livcr
file-schema-altered = { $kind } { $name } : modifié en dehors de livcr
file-audit-no-state = ce fichier ne contient pas encore d'état audité des enregistrements
file-audit-no-state-hint = toute commande qui modifie le fichier l'enregistre ; lancez ensuite `livcr audit verify --deep`
file-audit-writing = écriture du journal d'audit
file-audit-reading = lecture du journal d'audit
file-audit-empty = le journal d'audit est vide : il n'y a aucune ligne à ancrer

# Why the audit chain or a record fails its check (`audit verify`; JSON keeps the English).
audit-broken-missing-row = la ligne { $row } manque (effacée ?)
audit-broken-order = lignes dans le désordre
audit-broken-link = son lien avec la ligne précédente ne correspond pas (une ligne avant elle a été modifiée, effacée ou insérée)
audit-broken-hash = son contenu ne correspond pas à son empreinte (la ligne a été modifiée)
audit-broken-end = le journal s'arrête à la ligne { $last }, mais livcr a écrit en dernier la ligne { $head } (lignes effacées à la fin, ou tête enregistrée modifiée)
audit-anchor-cut = la ligne ancrée { $row } ({ $at }) manque : le journal s'arrête maintenant à la ligne { $last }, donc au moins les lignes { $from } à { $row } ont été coupées
audit-anchor-deleted = la ligne ancrée { $row } ({ $at }) manque : elle a été effacée du journal
audit-anchor-rewritten = la ligne ancrée { $row } ({ $at }) diffère de l'ancre : le journal a été réécrit
audit-deep-baseline = paramètre record_baseline : la marque du premier état audité a été retirée en dehors de livcr, alors que le journal d'audit contient des états audités
audit-deep-unaudited = { $table } { $key } : existe sans état audité (écrit en dehors de livcr)
audit-deep-differs = { $table } { $key } : diffère de son dernier état audité (ligne d'audit { $row })
audit-deep-deleted = { $table } { $key } : effacé en dehors de livcr (audité en dernier à la ligne { $row })
audit-deep-register = record_state : le registre des états audités a été modifié en dehors de livcr (sa somme diffère de celle de la ligne d'audit { $row })
audit-deep-sum = la somme des enregistrements diffère de celle de la ligne d'audit { $row } : des enregistrements ont été modifiés en dehors de livcr avec leur état audité
audit-deep-purge-marker = paramètre purging : posé en dehors d'une purge (il désactive les déclencheurs qui figent les réunions tenues et les formulaires envoyés)
audit-deep-schema-added = schéma : { $kind } { $name } ajouté en dehors de livcr
audit-deep-schema-missing = schéma : { $kind } { $name } supprimé en dehors de livcr
audit-deep-schema-altered = schéma : { $kind } { $name } modifié en dehors de livcr
