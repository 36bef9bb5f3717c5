error-prefix = erreur :
hint-prefix = conseil :
warning-prefix = avertissement :
note-prefix = remarque :

test-items = { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
}

ui-lang-ignored = { $source } vaut { $value }, une langue que livcr ne parle pas ; { $lang } est utilisé (livcr parle en, nl, fr et de)

format-help = Format de sortie [par défaut : { $default }]
format-help-none = Cette commande n'a pas de --format
format-none-error = `{ $command }` n'a pas de --format ; retirez --format { $value }

## Prompts and text files (src/prompt.rs)
prompt-reading-terminal = lecture au terminal
prompt-municipality = { $prompt } (nom en néerlandais, français ou allemand, ou code INS)
prompt-none-of-these = aucune de celles-ci : chercher à nouveau
prompt-municipalities-match = { $count } communes correspondent
prompt-type-again = Tapez-la à nouveau
prompt-passphrases-differ = les deux phrases secrètes diffèrent ; réessayez
prompt-editor-tempdir = création d'un dossier temporaire privé pour l'éditeur
prompt-editor-note-file = création du fichier de note
prompt-editor-start = démarrage de l'éditeur { $editor }
prompt-editor-failed = l'éditeur { $editor } s'est terminé avec { $status } ; rien n'a été enregistré
prompt-cannot-read-file = impossible de lire le fichier { $file } ({ $what })
prompt-reading-file = lecture du fichier { $file } ({ $what })
prompt-source-file = le fichier { $file } ({ $what })
prompt-reading-stdin = lecture de { $what } sur l'entrée standard
prompt-source-stdin = { $what } sur l'entrée standard
prompt-not-regular-folder = impossible de lire { $what } depuis { $file } : c'est un dossier
prompt-not-regular-device = impossible de lire { $what } depuis { $file } : ce n'est pas un fichier ordinaire (un périphérique, une FIFO ou un socket)
prompt-not-regular-hint = donnez un fichier texte ordinaire avec --file, ou `--file -` pour lire l'entrée standard
prompt-text-too-large = { $source } dépasse { $kib } Kio ({ $bytes } octets) ; rien n'a été enregistré
prompt-text-too-large-hint = un texte conservé par livcr fait au plus 64 Kio ; raccourcissez-le
prompt-text-nul = { $source } contient un octet NUL (à l'octet { $at }) ; rien n'a été enregistré
prompt-text-nul-hint = livcr ne lit que du texte brut ; enregistrez le texte en texte brut UTF-8
prompt-text-not-utf8 = { $source } n'est pas du texte UTF-8 (octet non valable à { $at }) ; rien n'a été enregistré
prompt-text-not-utf8-hint = enregistrez le texte en texte brut UTF-8

## The run (src/lib.rs)
db-busy = un autre livcr écrit dans la base de données et n'a pas terminé dans les { $seconds } s ; cette commande n'a rien écrit
db-busy-hint = réessayez dans un instant

## The file's triggers (migrations 6 and 9)
trigger-hint = ce que la loi a fixé reste tel qu'il a été enregistré ; rien n'a été modifié
trigger-held-meeting-fixed = règle R7 : une réunion tenue est figée ; sa date, son type, son lieu et son statut ne peuvent plus changer
trigger-held-meeting-kept = règle R7 : une réunion tenue est conservée ; elle ne peut pas être supprimée
trigger-attendance-fixed = règle R7 : les présences d'une réunion tenue sont figées
trigger-agenda-fixed = règle R7 : l'ordre du jour et les décisions d'une réunion tenue sont figés
trigger-participants-fixed = règle R7 : les participants à un point sont figés dès que la réunion est tenue
trigger-feedback-sent-fixed = règle R7 : une fiche de retour envoyée est figée ; elle a quitté la CSIL-R
trigger-consents-sent-withdrawn-fixed = règle R7 : les consentements d'une fiche de retour envoyée ou retirée sont figés
trigger-consents-sent-fixed = règle R7 : les consentements d'une fiche de retour envoyée sont figés
trigger-confirmations-sent-withdrawn-fixed = règle R7 : les confirmations d'une fiche de retour envoyée ou retirée sont figées
trigger-confirmations-sent-fixed = règle R7 : les confirmations d'une fiche de retour envoyée sont figées
trigger-disclosures-append-only = règle R7 : le registre des communications ne peut qu'être complété
trigger-destructions-append-only = règle R11 : le registre des destructions ne peut qu'être complété
trigger-audit-append-only = le journal d'audit ne peut qu'être complété
trigger-item-number-not-reused = un numéro de point de l'ordre du jour, une fois donné dans une réunion, n'est plus redonné
trigger-item-number-kept = un point de l'ordre du jour garde son numéro pendant toute la vie de la réunion

## Settings and where they came from (src/config.rs)
source-default = par défaut
source-config-file = fichier de configuration { $path }
source-env = variable d'environnement { $name }
source-flag = option { $name } de la ligne de commande
source-account-env = compte du système (variable d'environnement { $name })
source-account-system = compte du système (la base des utilisateurs du système)
source-system-language = la langue du système
config-cannot-read = impossible de lire le fichier de configuration { $path }
config-bad-remind-within = remind_within non valable dans le fichier de configuration : { $error }
config-bad-remind-within-hint = utilisez un nombre et une unité, par exemple "14d" ou "2w"
config-bad-suppress-below = suppress_below 0 non valable dans le fichier de configuration ; utilisez un nombre entier d'au moins 1
config-invalid-file = fichier de configuration { $path } non valable : { $error }
config-invalid-file-hint = `livcr config default` affiche chaque clé acceptée et sa signification

## config show (src/commands/config.rs)
config-show-no-file = (aucun : valeurs par défaut)
config-show-read = lu
config-show-not-found = introuvable à { $path }
config-show-no-folder = pas de dossier de configuration
config-show-encrypted-yes = oui (SQLCipher)
config-show-encrypted-no = non (fichier en clair)
config-show-no-database = (pas de base de données)
config-show-not-a-database = (pas une base de données)
config-show-the-file = le fichier
config-show-none = (aucun)
config-show-key-file = fichier de clé { $path }
config-show-os-keyring = trousseau du système
config-show-the-keyring = trousseau : { $keyring }
config-show-keyring-unreachable = pas de fichier de clé ; { $keyring } était inaccessible ({ $why })
config-show-no-key = pas de fichier de clé, rien dans le trousseau du système
config-show-not-encrypted = (aucune : non chiffré)
config-show-only-cell = (la seule CSIL-R)
config-show-actor-unknown = (inconnu : donnez --as ou définissez actor dans la configuration)
config-show-actor-unknown-source = pas de --as, pas d'`actor` dans la configuration, pas de nom de compte du système
config-show-each-cell = (la langue propre à chaque CSIL-R)

## The OS keyring (src/keystore.rs)
keyring-test-file = trousseau de test (LIVCR_KEYRING_FILE)
keyring-windows = Gestionnaire d'identification Windows
keyring-macos = trousseau macOS
keyring-secret-service = trousseau Secret Service
keyring-none-here = ce système n'a pas de trousseau qui conserve les entrées (livcr connaît le Gestionnaire d'identification Windows, le trousseau macOS et le Secret Service sous Linux)
keyring-test-file-error = trousseau de test { $path } : { $error }
keyring-test-no-folder = son dossier n'existe pas

## Opening the file, the key, who is working (src/context.rs)
ctx-keyring-wrong-key = phrase secrète erronée ou pas une base de données livcr : { $path } (la clé conservée pour elle dans { $keyring } ne l'ouvre pas)
ctx-keyring-wrong-key-hint = supprimez cette entrée avec `livcr key forget`, puis donnez la clé avec --key-file FICHIER ou tapez-la (et `livcr key store` pour la conserver à nouveau) ; le fichier n'a pas été modifié
ctx-passphrase-prompt = Phrase secrète de { $path }
ctx-no-key = { $path } est chiffré et aucune clé n'a été donnée
ctx-no-key-hint = donnez un fichier de clé avec --key-file FICHIER, LIVCR_KEY_FILE ou `key_file` dans la configuration (mode 0600), conservez la clé dans le trousseau du système avec `livcr key store`, ou lancez livcr dans un terminal pour taper la phrase secrète
ctx-no-actor = impossible de savoir qui travaille : pas de --as, pas d'`actor` dans la configuration et pas de nom de compte du système (USER, USERNAME, LOGNAME ou la base des utilisateurs du système)
ctx-no-actor-hint = donnez votre nom pour le journal d'audit avec --as NOM, ou mettez `actor = "NOM"` dans le fichier de configuration ({ $file } ; `livcr config show` indique quel fichier est lu)
ctx-no-actor-give-config = donnez-en un avec --config FICHIER
ctx-actor-flag = l'utilisateur ({ $flag })
ctx-actor-config = l'utilisateur (`actor` de la configuration { $path })
ctx-actor-env = l'utilisateur (variable d'environnement { $name })
ctx-actor-account = l'utilisateur (le nom du compte du système)
ctx-actor-other = l'utilisateur ({ $source })

## Confirmations (src/commands/mod.rs) and the clock (src/clock.rs)
confirm-not-confirmed = { $what } : non confirmé, rien n'a été modifié
confirm-not-confirmed-hint = répondez o à la question, ou ajoutez --yes
clock-bad-today = LIVCR_TODAY { $value } non valable ; utilisez une date AAAA-MM-JJ (YYYY-MM-DD)
clock-bad-today-hint = supprimez LIVCR_TODAY pour utiliser l'horloge du système

## Finding what was typed (src/commands/lookup.rs)
word-or = ou
lookup-unknown-cell = CSIL-R { $code } inconnue
lookup-no-cell-yet = pas encore de CSIL-R : ajoutez-en une avec `livcr cell add CODE --name NOM --municipality INS`
lookup-cells-in-file = CSIL-R de ce fichier : { $cells }
lookup-file-no-cell = ce fichier ne contient pas encore de CSIL-R
lookup-file-no-cell-hint = ajoutez-en une avec `livcr cell add CODE --name NOM --municipality INS`
lookup-several-cells = ce fichier contient plusieurs CSIL-R ; indiquez laquelle
lookup-several-cells-hint = utilisez --cell CODE (l'une de : { $cells }) ou définissez `cell` dans la configuration
lookup-no-org-id = aucune organisation avec l'id { $id }
lookup-list-orgs = affichez-les avec `livcr org list`
lookup-unknown-org = organisation { $input } inconnue
lookup-unknown-org-hint = affichez-les avec `livcr org list`, ou ajoutez-la avec `livcr org add NOM --sector S`
lookup-org-ambiguous = l'organisation { $input } est ambiguë : { $matches }
lookup-org-ambiguous-hint = donnez l'id ou le nom complet
lookup-no-member-id = aucun membre avec l'id { $id }
lookup-list-members = affichez-les avec `livcr member list --all`
lookup-no-member-email = aucun membre avec l'adresse e-mail { $input }
lookup-empty-member = référence de membre vide ; donnez un id, une adresse e-mail ou un nom
lookup-unknown-member = membre { $input } inconnu
lookup-unknown-member-hint = désignez un membre par son id, son adresse e-mail ou une partie de son nom ; affichez-les avec `livcr member list --all`
lookup-member-ambiguous = le membre { $input } est ambigu : { $matches }
lookup-member-ambiguous-hint = donnez l'id ou l'adresse e-mail
lookup-missing = manquant : { $flags }
lookup-missing-hint = donnez-les comme options (livcr ne demande les valeurs manquantes que dans un terminal, sans --no-input)
lookup-invalid-case-code = code du dossier non valable ({ $count } caractères) ; un code du dossier a 8 caractères parmi { $alphabet }, sous la forme XXXX-XXXX
lookup-not-a-case-code = { $code } n'est pas un code du dossier valable
lookup-unknown-case = dossier { $code } inconnu
lookup-list-cases = affichez les dossiers avec `livcr case list --all`
lookup-did-you-mean = vouliez-vous dire { $codes } ?
lookup-empty-text = { $what } vide ; rien n'a été enregistré

## Case codes (src/domain/casecode.rs) and case statuses (src/domain/case.rs)
casecode-hint = les codes du dossier ressemblent à { $example } ; majuscules et tirets sont indifférents
casecode-random-failed = la source aléatoire du système d'exploitation a échoué en tirant un code du dossier
casecode-wrong-length = code du dossier { $input } non valable : il a { $count } caractères ; un code du dossier en a 8, sous la forme XXXX-XXXX
casecode-bad-character = code du dossier { $input } non valable : { $character } n'est pas utilisé dans les codes du dossier ; ils utilisent les chiffres 2-9 et les lettres A-Z sauf I, L et O
casecode-bad-check = code du dossier { $input } non valable : le caractère de contrôle ne correspond pas ; un caractère est probablement mal tapé ou deux sont inversés
case-statuses-none = aucun (le dossier est clôturé ; rouvrez-le d'abord)

## Dates, spans, durations and times as typed (src/domain/dates.rs)
dates-hint = les dates relatives comptent depuis aujourd'hui en d (jours), w (semaines), m (mois) ou y (années) ; mots : aujourd'hui, hier, demain, today, yesterday, tomorrow, vandaag, gisteren, morgen
dates-invalid = date { $input } non valable ; utilisez AAAA-MM-JJ (YYYY-MM-DD), JJ/MM/AAAA, aujourd'hui, ou une forme relative comme +2w, -1d, +3m
dates-out-of-range = date { $input } non valable : { $date } est hors limites ; livcr conserve des dates du { $first } au { $last }
dates-result-out-of-range = date { $input } non valable : le résultat est hors limites ; livcr conserve des dates du { $first } au { $last }
dates-relative-out-of-range = date { $input } non valable : le résultat est hors limites ; livcr conserve des dates du { $first } au { $last } ; utilisez AAAA-MM-JJ, JJ/MM/AAAA, aujourd'hui, ou une forme relative comme +2w, -1d, +3m
dates-range-hint = donnez une date du 2000-01-01 au 2099-12-31, par exemple 2026-12-15 ou +2w
dates-month-has-days = { $month } { $year } compte { $days } jours
dates-months-run = les mois vont de 1 à 12
dates-invalid-span = durée { $input } non valable ; utilisez un nombre et une unité d (jours), w (semaines), m (mois) ou y (années), comme 14d, 8w, 3m ou 1y
dates-invalid-span-hint = l'unité dit ce que compte le nombre : 14d vaut 14 jours, 8w 8 semaines, 3m 3 mois, 1y 1 an
dates-span-zero = durée { $input } non valable : elle doit valoir au moins 1, comme 14d, 8w, 3m ou 1y
dates-span-too-long = durée { $input } non valable : elle dépasse 100 ans (au plus { $limit })
dates-invalid-duration = durée { $input } non valable ; utilisez une forme comme 90m, 2h, 1h30 ou 1:30
dates-invalid-duration-hint = écrivez les minutes comme 90m, les heures comme 2h, ou les deux comme 1h30 ou 1:30 (minutes sous 60)
dates-duration-zero = durée { $input } non valable : une réunion doit durer plus de zéro minute
dates-duration-too-long = durée { $input } non valable : une réunion dure au plus 12h
dates-invalid-time = heure { $input } non valable ; utilisez l'horloge de 24 heures, comme 14:00, 9:30, 14h ou 14h30
dates-invalid-time-hint = les heures vont de 0 à 23, les minutes de 00 à 59
dates-month-what = mois { $input }
dates-year-out-of-range = { $what } est hors limites : livcr conserve des dates du { $first } au { $last }
dates-year-out-of-range-hint = donnez une année de 2000 à 2099
dates-invalid-month = mois { $input } non valable ; utilisez AAAA-MM (YYYY-MM), ce ou dernier
dates-invalid-month-hint = les mois vont de 01 à 12, par exemple 2026-05
dates-bad-stored = date enregistrée { $value } erronée ; attendu : AAAA-MM-JJ

## Texts as typed (src/domain/input.rs)
input-too-long = { $field } est trop long : { $bytes } octets, la limite est de { $limit } octets (64 Kio)
input-too-long-hint = raccourcissez le texte, ou gardez le long document hors de l'outil et renvoyez-y
input-only-invisible = { $field } est vide : il ne contient que des caractères invisibles
input-only-invisible-hint = donnez une valeur visible pour { $field }, ou omettez-le
input-empty = { $field } est vide
input-empty-hint = donnez une valeur pour { $field } ; des espaces seuls ne comptent pas
input-contains-nul = { $field } contient un caractère NUL ({ $code }) au caractère { $position }
input-contains-nul-hint = supprimez le caractère NUL ; collez le texte en texte brut
input-contains-bidi = { $field } contient un caractère de contrôle bidirectionnel ({ $code }) au caractère { $position }
input-contains-bidi-hint = les forçages et isolements bidirectionnels font lire un texte autrement que ce qui est enregistré ; retapez le texte sans eux
input-contains-line-break = { $field } contient un saut de ligne ({ $code }) au caractère { $position }
input-contains-line-break-hint = ce champ tient sur une ligne ; mettez le texte sur une seule ligne
input-contains-tab = { $field } contient une tabulation ({ $code }) au caractère { $position }
input-contains-tab-hint = ce champ tient sur une ligne ; utilisez des espaces au lieu des tabulations
input-contains-lone-cr = { $field } contient un retour chariot non suivi d'un saut de ligne ({ $code }) au caractère { $position }
input-contains-lone-cr-hint = terminez les lignes par LF ou CR LF ; un retour chariot seul écrase la ligne dans un terminal
input-contains-control = { $field } contient un caractère de contrôle ({ $code }) au caractère { $position }
input-contains-control-line-hint = supprimez les caractères de contrôle comme les séquences d'échappement du terminal ; ce champ contient une ligne de texte brut
input-contains-control-multiline-hint = supprimez les caractères de contrôle comme les séquences d'échappement du terminal ; seuls les sauts de ligne et les tabulations sont permis

## Municipalities (src/domain/municipality.rs)
municipality-data-broken = les données intégrées des communes sont endommagées : { $error }
municipality-empty = commune vide
municipality-empty-hint = donnez un code INS (5 chiffres, par exemple 44021) ou un nom en néerlandais, français ou allemand
municipality-ambiguous = la commune { $input } est ambiguë : { $matches }
municipality-ambiguous-hint = donnez plutôt le code INS
municipality-bad-nis = code INS { $code } non valable ; un code INS a 5 chiffres
municipality-find-code = trouvez un code avec `livcr municipality list --search NOM`
municipality-close-codes = codes proches : { $codes } ; ou cherchez avec `livcr municipality list --search NOM`
municipality-unknown-nis = code INS { $code } inconnu : aucune commune belge n'a ce code depuis 2025
municipality-merged = { $old_name } ({ $old_nis }) a fusionné dans { $new_name } ({ $new_nis }) le { $date }
municipality-merged-using = { $old_name } ({ $old_nis }) a fusionné dans { $new_name } ({ $new_nis }) le { $date } ; { $new_nis } est utilisé
municipality-unknown = commune { $input } inconnue
municipality-unknown-hint = vouliez-vous dire { $suggestions } ? Cherchez avec `livcr municipality list --search TEXTE`
municipality-not-covered = { $name } ({ $nis }) ne relève pas de la CSIL-R { $cell }
municipality-no-match = aucune commune ne correspond à { $text }

## The privacy linter, rule R8 (src/domain/privacy.rs)
privacy-kind-national-number = numéro de registre national
privacy-kind-bis-number = numéro BIS
privacy-kind-iban = IBAN
privacy-kind-email = adresse e-mail
privacy-kind-phone = numéro de téléphone
privacy-kind-birth-date = date de naissance
privacy-kind-unchecked-number = numéro ayant la forme d'un identifiant
privacy-found-national-number = un numéro de registre national au caractère { $position }
privacy-found-bis-number = un numéro BIS au caractère { $position }
privacy-found-iban = un IBAN au caractère { $position }
privacy-found-email = une adresse e-mail au caractère { $position }
privacy-found-phone = un numéro de téléphone au caractère { $position }
privacy-found-birth-date = une date de naissance au caractère { $position }
privacy-found-unchecked-number = un numéro ayant la forme d'un identifiant au caractère { $position }
privacy-refused = { $field } refusé par le contrôle de confidentialité (règle R8) : { $findings }
privacy-rephrase-hint = décrivez la situation en termes généraux et désignez les personnes par leur rôle ("le jeune", "un parent", "l'enseignant") ; utilisez la tranche d'âge plutôt qu'une date de naissance. N'écrivez jamais de noms, de numéros d'identification ou de compte, d'adresses, d'adresses e-mail ni de numéros de téléphone.

## The text gate (src/db/gate.rs)
gate-date-out-of-range = { $field } { $date } est hors limites ; livcr conserve des dates du { $first } au { $last }
gate-date-out-of-range-hint = choisissez une date antérieure ou un intervalle plus court
gate-check-identifies-nobody = { $field } : { $finding } (vérifiez que cela n'identifie personne)
gate-security-labels = { $field } mentionne { $labels } (règle R13) : les mentions de classification et les informations classifiées de la Task Force Locale (TFL) ne sont pas enregistrées dans la CSIL-R
gate-security-labels-hint = omettez la mention et décrivez la préoccupation en termes généraux ; si le texte doit rester tel quel, répétez la commande avec --yes
gate-other-vocabulary = { $field } utilise { $other }, le nom de la cellule dans une autre langue (règle R15) : les documents de cette cellule disent { $name }
gate-member-name = nom du membre
gate-invisible-character = { $field } contient un caractère invisible, { $character } au caractère { $position }
gate-invisible-character-hint = supprimez-le (retapez le texte, ou collez-le en texte brut) : les caractères sans largeur et les marques de direction changent à l'insu du lecteur la lecture ou la correspondance d'un texte
gate-unusual-space = { $field } contient une espace autre qu'une espace ordinaire, { $character } au caractère { $position }
gate-strict-hint = retapez la valeur avec uniquement des caractères visibles et des espaces ordinaires : les noms, les adresses e-mail et l'utilisateur sont comparés à d'autres, et un caractère invisible ou une espace inhabituelle en créerait un second qui lui ressemble
gate-names-another-case = { $field } nomme un autre dossier ; le texte d'un point consacré à un dossier ne nomme que ce dossier, afin que l'exemplaire d'un invité ne montre aucun autre dossier
gate-holds-case-code = { $field } contient un code du dossier ; les données des dossiers restent hors des textes que voit chaque invité, hors des réunions stratégiques et du point de politique
gate-case-data-hint = mettez un dossier à l'ordre du jour d'une concertation de cas avec `livcr agenda add REUNION --case CODE TEXTE`, et n'en parlez que dans son propre point

## Opening and creating the file (src/db/mod.rs)
db-missing = pas de base de données à { $path }
db-missing-hint = créez-en une avec `livcr init`, ou indiquez la vôtre avec --db CHEMIN ou LIVCR_DB
db-kind-empty = un fichier vide
db-kind-other-sqlite = une base de données SQLite d'un autre programme
db-kind-other-sqlite-id = une base de données SQLite d'un autre programme (application id { $id })
db-kind-text = un fichier texte
db-kind-not-database = pas une base de données
db-kind-other-encrypted = une base de données chiffrée d'un autre programme
db-reading = lecture de { $path }
db-cannot-configure = impossible de configurer la base de données { $path }
db-older-schema = { $path } a la version de schéma { $current } ; ce livcr lit la version { $latest }
db-older-schema-hint = lancez `livcr upgrade` (ou une commande qui modifie le fichier) : elle garde une copie à côté du fichier, puis le met à niveau
db-upgrade-copy = conservation d'une copie avant la mise à niveau à { $path }
db-database = base de données { $path }
db-exists = une base de données existe déjà à { $path }
db-exists-hint = livcr n'écrase jamais une base de données ; utilisez-la telle quelle, ou choisissez un autre chemin avec --db
db-wal-refused = journal_mode WAL refusé (reçu { $mode })
db-checkpointing = report du journal d'écriture anticipée (write-ahead log)

## Manual pages (src/commands/help.rs)
man-wrote-pages = { $count } pages de manuel écrites dans { $dir } (livcr.1, livcr-case.1, …)
man-manual = manuel de livcr
man-cannot-create-folder = impossible de créer le dossier { $dir }
man-cannot-write-page = impossible d'écrire une page de manuel dans { $dir }

## Tables and records (src/output.rs)
output-nothing-to-show = rien à afficher
output-more-columns = ({ $count } de plus : { $columns } ; voyez --wide et --columns)
output-unknown-column = colonne { $column } inconnue dans --columns
output-this-list-has = cette liste a : { $columns }
output-none = (aucun)
output-writing-stdout = écriture sur la sortie standard
output-rendering-json = mise en forme du JSON
output-rendering-csv = mise en forme du CSV

## livcr demo (src/commands/demo.rs)
demo-scale-generated = { $path }{ $encrypted ->
        [yes] {" "}(chiffré)
       *[other] {""}
    } généré en { $seconds } s : { $cells } CSIL-R, { $cases } dossiers ouverts sur dix ans ({ $purged } purgés, leurs comptages gardés : { $kept } lignes), { $events } entrées de journal, { $actions } actions, { $referrals } orientations, { $meetings } réunions ({ $planned } prévues), { $forms } fiches de retour, { $audit_rows } lignes d'audit, { $records } états d'enregistrements audités
demo-item-missing = démo : le dossier { $code } n'est pas à l'ordre du jour de la réunion { $meeting }
demo-step-parse = l'étape de démo { $step } n'est pas comprise : { $error }
demo-step = étape de démo `livcr { $step }`
demo-step-exited = l'étape de démo `livcr { $step }` s'est terminée avec { $code }
demo-not-demo = { $path } existe et n'est pas une base de démo de livcr
demo-not-demo-hint = livcr demo ne remplace que ses propres fichiers de démo ; donnez un autre chemin avec --db
demo-cannot-replace = impossible de remplacer l'ancien fichier de démo { $path }
demo-written = base de démo de livcr écrite dans { $path } (version de schéma { $version })
demo-try = Essayez : livcr --db { $path } municipality list --search gent
demo-heading-municipalities = Communes (données de référence, 2025)
demo-old-code = L'ancien code 71022 est accepté : { $note }
demo-heading-cell = La CSIL-R (livcr cell show)
demo-joint-cell = { $code } { $name } : CSIL-R commune à { $count } communes
demo-heading-rules = Règles de composition (livcr cell check)
demo-heading-cases = Dossiers ouverts, prochaine évaluation d'abord (livcr case list)
demo-past-retention = { $count ->
        [one] { $count } dossier a dépassé
       *[other] { $count } dossiers ont dépassé
    } la durée de conservation : `livcr purge --dry-run` les liste (règle R11)
demo-heading-meetings = Réunions (livcr meeting list)
demo-heading-agenda = Projet d'ordre du jour de la prochaine réunion (livcr agenda show { $id })
demo-minutes = Procès-verbal de la réunion tenue : livcr --db { $path } meeting minutes { $id } --format html --out minutes.html
demo-heading-feedback = Fiches de retour (livcr feedback list)
demo-form = fiche { $id } du dossier { $code } : { $status }
demo-form-blocked = fiche { $id } du dossier { $code } : { $status } — bloquée (règle R7) : { $problems }
demo-referrals = { $count ->
        [one] { $count } orientation
       *[other] { $count } orientations
    } par l'IO ({ $inbound } entrantes, { $outbound } sortantes)
demo-heading-figures = Chiffres du mois dernier, toute la CSIL-R (livcr export monthly --month last --format md) ; comptages sous { $below } masqués
demo-heading-reminders = Rappels du jour (livcr remind)
demo-heading-audit = Chaîne d'audit
demo-audit-intact = { $count } lignes, chaîne intacte
demo-audit-broken = { $count } lignes, chaîne ROMPUE

## Rule R4 (src/domain/security.rs)
security-service-ocad = l'Organe de coordination pour l'analyse de la menace (OCAM)
security-service-vsse = la Sûreté de l'État (VSSE)
security-service-adiv = le Service général du renseignement et de la sécurité (SGRS)
security-service-intelligence = un service de renseignement
security-service-jic = le Joint Intelligence Centre (JIC)
security-service-jdc = le Joint Decision Centre (JDC)
security-service-ltf = la Task Force Locale (TFL) en tant que telle
security-service-federal-police = la police fédérale

## Column headings of tables and labels of records (src/output.rs)
field-about = objet
field-absent = absents
field-action = action
field-active = actif
field-actor = utilisateur
field-age-band = tranche d'âge
field-arrondissement = arrondissement
field-arrondissement-nis = code INS arrondissement
field-at = moment
field-cancel-reason = motif d'annulation
field-case = dossier
field-cell = CSIL-R
field-clearance-confirmed-on = habilitation confirmée le
field-close-reason = motif de clôture
field-closed-on = clôturé le
field-code = code
field-confirmations = confirmations
field-consents = consentements
field-created-on = créé le
field-date = date
field-decided = décidés
field-decision = décision
field-decision-text = texte de la décision
field-declaration-signed-on = déclaration signée le
field-declaration-valid = déclaration valable
field-declaration-valid-until = déclaration valable jusqu'au
field-detail = détail
field-dimension = dimension
field-direction = sens
field-done-on = fait le
field-drafted = rédigé
field-drafted-on = rédigée le
field-due-on = échéance
field-duration-min = durée min
field-email = e-mail
field-entity = objet
field-entity-id = id de l'objet
field-established-on = créée le
field-excused = excusés
field-expects-feedback-by = retour attendu pour le
field-feedback-form-id = id de la fiche de retour
field-feedback-on = retour le
field-forced-reason = motif du forçage
field-from-on = depuis le
field-hash = empreinte
field-id = id
field-invited-by = invité par
field-item = point
field-items = points
field-joint = commune
field-kind = type
field-lang = langue
field-lead-org = organisation pilote
field-legal-basis = base légale
field-location = lieu
field-measure = mesure
field-member-count = nombre de membres
field-member-id = id du membre
field-members = membres
field-merged-in-2025 = fusionnées en 2025
field-minor = mineur
field-municipalities = communes
field-municipality = commune
field-municipality-nis = code INS commune
field-name = nom
field-name-de = nom (de)
field-name-fr = nom (fr)
field-name-nl = nom (nl)
field-next-review-on = prochaine évaluation le
field-nis = ins
field-note = remarque
field-on = le
field-on-date = date
field-open-actions = actions ouvertes
field-opened-on = ouvert le
field-organisation = organisation
field-overdue = en retard
field-overdue-actions = actions en retard
field-owner-org = organisation responsable
field-participants = participants
field-period = période
field-phenomenon = phénomène
field-phone = téléphone
field-present = présents
field-province = province
field-province-nis = code INS province
field-purge-due = à purger le
field-purge-due-on = à purger le
field-reason = motif
field-region = région
field-retention-months = durée de conservation (mois)
field-review-overdue = évaluation en retard
field-review-weeks = rythme d'évaluation (semaines)
field-role = rôle
field-rule = règle
field-seat-id = id du siège
field-secret-holder = secret professionnel
field-section = rubrique
field-sector = secteur
field-sent-on = envoyée le
field-setting = paramètre
field-source = source
field-source-org = organisation source
field-status = statut
field-status-on = statut le
field-summary = résumé
field-suppressed = masqué
field-text = texte
field-time = heure
field-until-on = jusqu'au
field-valid-from = valable depuis
field-value = valeur
field-via-io = via l'IO
heading-municipality-nis = ins
heading-lead-org = pilote
heading-owner-org = responsable
heading-source-org = org. source
heading-declaration-signed-on = déclaré
heading-clearance-confirmed-on = habilitation
heading-duration-min = min
heading-member-id = id
heading-seat-id = siège
heading-declaration-valid = décl. valable
heading-member-count = membres
heading-arrondissement-nis = arr. ins
heading-next-review-on = prochaine évaluation
heading-expects-feedback-by = retour attendu

## Record labels that differ from the column of the same name
label-name-nl = nom (nl)
label-name-fr = nom (fr)
label-name-de = nom (de)

# The answers to a yes/no question (first word: the letter shown in [j/N]).
prompt-yes-words = o oui
prompt-no-words = n non
prompt-answer-yes-or-no = répondez { $yes } ou { $no }

# Writing a document or export file.
docs-cannot-write-in = impossible d'écrire dans { $dir }
docs-setting-mode = réglage des droits du fichier
docs-writing = écriture de { $path }
docs-not-a-regular-file = { $path } n'est pas un fichier ordinaire (un périphérique, un tube ou un répertoire) ; livcr n'écrit que des fichiers
docs-not-a-regular-file-hint = donnez un nom de fichier, ou un répertoire lorsque la commande nomme elle-même le fichier

# What a prompt shows in place of a typed passphrase.
prompt-hidden = [masqué]

# The system's common file errors, in place of the OS's English (not used in English).
io-not-found = fichier ou répertoire introuvable
io-permission-denied = accès refusé
io-already-exists = il existe déjà
