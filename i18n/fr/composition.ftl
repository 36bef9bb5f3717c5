# La composition d'une CSIL-R : CSIL-R, organisations, membres et leurs sièges (règles R1-R5).

## Règles R1-R5 (`cell check`, `cell show`)

comp-r1-no-municipality = la CSIL-R ne couvre aucune commune
comp-r1-no-mayor = { $municipality } ({ $nis }) n'a ni bourgmestre ni représentant du bourgmestre
comp-r1-mayor-not-covered = siège de bourgmestre pour { $nis }, une commune que la CSIL-R ne couvre pas
comp-r1-ok-joint = CSIL-R commune à { $count } communes, chacune avec un bourgmestre
comp-r1-ok = une commune, avec son bourgmestre
comp-r2-no-chair = pas de président
comp-r2-chair-not-mayor = le président n'occupe aucun siège de bourgmestre d'une commune de la CSIL-R
comp-r2-many-chairs = { $count } présidents à la fois ; une CSIL-R en a un
comp-r2-io-not-police = le siège d'IO est occupé par une personne extérieure à la police locale
comp-r2-no-io = pas d'information officer (io) de la police locale
comp-r2-no-prevention = pas de fonctionnaire de prévention communal
comp-r2-ok = un président qui est bourgmestre, un IO et un fonctionnaire de prévention
comp-r3-no-clearance = IO sans habilitation de sécurité "geheim" confirmée
comp-r3-ok = l'habilitation de chaque IO est confirmée
comp-r4-security = membre de { $service }, un service de sécurité ou de renseignement
comp-r4-police-seat = membre de la police locale dans un siège { $role } ; la police ne siège que comme IO
comp-r4-ok = aucun service de sécurité ou de renseignement autour de la table
comp-r5-none = pas de déclaration de confidentialité signée
comp-r5-expired = déclaration de confidentialité expirée le { $date }
comp-r5-future = déclaration de confidentialité signée seulement le { $date }
comp-r5-ok = chaque membre a signé une déclaration de confidentialité valable

## Refus par les règles

comp-r4-org-refused = { $name } est { $service } : les services de sécurité et de renseignement ne siègent pas dans une CSIL-R (règle R4)
comp-r4-org-refused-hint = la police ne participe que par l'information officer de la police locale (rôle io), qui représente la Task Force Locale (TFL)
comp-r4-police-not-io = { $org } est un service de police locale ; ses membres ne siègent que comme information officer (règle R4), et { $who } occuperait un siège { $role }
comp-r4-police-not-io-hint = pour un nouveau siège, utilisez --role io ou l'autre organisation du membre ; un siège existant se termine avec `livcr member end { $member } --role { $role }`
comp-r4-io-not-police = le siège io revient à l'information officer de la police locale (règle R4) ; { $who } l'occuperait en tant que membre de { $org }, secteur { $sector }
comp-r4-io-not-police-hint = choisissez l'organisation de la police locale (secteur local_police) ; un siège existant se termine avec `livcr member end { $member } --role io`
comp-r4-looks-police = { $org } semble être un service de police locale ; ses membres ne siègent que comme information officer (règle R4), et { $who } occuperait un siège { $role }
comp-r4-looks-police-hint = s'il s'agit de la police, indiquez son secteur avec `livcr org edit { $id } --sector local_police` ; sinon, renommez-la
comp-r2-held-meeting = le siège { $role } était en vigueur lors de la réunion { $id } tenue le { $date } ; il ne peut pas se terminer le { $until }, avant cette réunion (règle R2 : la composition d'une réunion tenue est figée)
comp-end-after-hint = terminez-le après le { $date }
comp-r9-open-cases = la CSIL-R { $cell } détient encore { $count ->
        [one] 1 dossier ouvert
       *[other] { $count } dossiers ouverts
    } de { $municipality } ({ $codes }) ; un dossier appartient à la CSIL-R qui couvre sa commune (règle R9), donc { $municipality } ne peut pas partir le { $on }
comp-r9-open-cases-hint = transférez-les avec --transfer-to CELL (la CSIL-R qui couvre ensuite la commune) ou clôturez-les avec --close-open-cases REASON
comp-mayor-org-mismatch = le siège de bourgmestre pour { $municipality } est occupé par un membre de { $org }, qui nomme { $named } : dans une CSIL-R commune à plusieurs communes, chaque bourgmestre parle pour sa propre commune (vérifiez l'organisation ou le siège)
comp-establish-ended = { $label } a commencé avec la CSIL-R le { $old } et s'est terminé le { $until } ; la CSIL-R ne peut pas être créée le { $new }, après cela
comp-establish-depends = { $label } commence le { $from }, avant le { $new } ; la CSIL-R ne peut pas être créée après ce qui en dépend
comp-establish-before-hint = donnez une date de création au plus tard le { $date }

## Les écritures de la composition

comp-period-coverage = la période de couverture de { $municipality }
comp-period-seat = le siège { $role } de { $name } (#{ $id })
comp-establish-future = la CSIL-R { $cell } ne peut pas être créée le { $new } : cette date n'est pas encore arrivée
comp-establish-future-hint = donnez la date de création de la CSIL-R, aujourd'hui ou avant
comp-establish-after-records = la CSIL-R { $cell } a une réunion ou un dossier daté du { $first } ; elle ne peut pas être créée le { $new }, après cela
comp-establish-covered = { $municipality } est couverte par la CSIL-R { $other } jusqu'au { $until } ; la CSIL-R { $cell } ne peut pas la couvrir à partir du { $new } (règle R1 : une seule CSIL-R par commune à la fois)
comp-establish-covered-today = { $municipality } est couverte par la CSIL-R { $other } jusqu'à aujourd'hui ; la CSIL-R { $cell } ne peut pas la couvrir à partir du { $new } (règle R1 : une seule CSIL-R par commune à la fois)
comp-establish-after-hint = donnez une date de création à partir du { $date }
comp-org-name-taken = une autre organisation s'appelle déjà { $name }
comp-org-name-taken-hint = choisissez un autre nom, ou consultez la liste avec `livcr org list`
comp-declaration-future = la déclaration de confidentialité signée le { $date } est dans le futur (nous sommes le { $today })
comp-clearance-future = l'habilitation "geheim" confirmée le { $date } est dans le futur (nous sommes le { $today })
comp-date-future-hint = donnez avec { $flag } la date à laquelle c'est arrivé, aujourd'hui ou avant
comp-seat-end-present = { $name } (#{ $id }) est noté présent à la réunion { $meeting } du { $date } ; le siège ne peut pas se terminer le { $until }, avant cette réunion
comp-seat-end-present-hint = terminez-le après le { $date }, ou corrigez d'abord les présences (`livcr meeting attend { $meeting } --absent { $id }`)
comp-seat-end-breaks-r2 = à partir du { $until }, la CSIL-R { $cell } enfreint la règle R2 : { $problem } (`livcr cell check --on { $until }`)

## Ce qui était en cours quand le fichier a échoué

comp-ctx-adding-cell = ajout de la CSIL-R { $code }
comp-ctx-updating-cell = mise à jour de la CSIL-R { $code }
comp-ctx-moving-coverage = déplacement de la couverture avec la date de création
comp-ctx-moving-seat = déplacement du siège avec la date de création
comp-ctx-reading-closed-cases = lecture des dossiers clôturés de la CSIL-R
comp-ctx-stored-closure-date = date de clôture enregistrée { $date }
comp-ctx-recomputing-purge-date = recalcul d'une date d'effacement
comp-ctx-reading-held-meetings = lecture des réunions tenues
comp-ctx-reading-cells = lecture des CSIL-R
comp-ctx-reading-cell = lecture de la CSIL-R { $cell }
comp-ctx-reading-coverage-of = lecture de la couverture de { $nis }
comp-ctx-reading-municipalities = lecture des communes de la CSIL-R
comp-ctx-adding-coverage = ajout de { $nis } à la CSIL-R
comp-ctx-reading-the-coverage = lecture de la couverture
comp-ctx-ending-coverage = fin de la couverture
comp-ctx-adding-org = ajout de l'organisation { $name }
comp-ctx-updating-org = mise à jour de l'organisation { $id }
comp-ctx-reading-orgs = lecture des organisations
comp-ctx-reading-org = lecture de l'organisation
comp-ctx-reading-org-members = lecture des membres de l'organisation
comp-ctx-reading-members = lecture des membres
comp-ctx-reading-member = lecture du membre
comp-ctx-reading-member-by-email = recherche du membre par adresse e-mail
comp-ctx-adding-member = ajout du membre { $name }
comp-ctx-no-org = pas d'organisation { $id }
comp-ctx-updating-member = mise à jour du membre { $id }
comp-ctx-reading-seats = lecture des sièges
comp-ctx-no-member = pas de membre { $id }
comp-ctx-adding-seat = ajout du siège
comp-ctx-reading-seat = lecture du siège { $id }
comp-ctx-ending-seat = fin du siège
comp-ctx-reading-open-cases = lecture des dossiers ouverts
comp-ctx-moving-case = déplacement du dossier
comp-ctx-moving-referrals = déplacement des orientations du dossier
comp-ctx-reading-coverage = lecture de la couverture des communes

## livcr cell

comp-cell-code-invalid = code de CSIL-R non valable : { $code }
comp-cell-code-invalid-hint = utilisez 2 à 20 lettres, chiffres ou tirets, en commençant par une lettre ou un chiffre, p. ex. GENT ou ZONE-VLAS
comp-covered-by = { $municipality } ({ $nis }) est déjà couverte par la CSIL-R { $cell } à partir du { $from } (règle R1 : une seule CSIL-R par commune à la fois)
comp-covered-by-until = { $municipality } ({ $nis }) est déjà couverte par la CSIL-R { $cell } du { $from } au { $until } (règle R1 : une seule CSIL-R par commune à la fois)
comp-covered-by-hint = mettez d'abord fin à cette couverture avec `livcr cell leave { $cell } --municipality { $nis } --on DATE`
comp-covered-by-this = { $municipality } ({ $nis }) est déjà couverte par cette CSIL-R à partir du { $from }
comp-brussels-lang-note = une CSIL-R bruxelloise reçoit par défaut des documents en néerlandais ; le français est disponible avec --lang fr (à `cell add` ou plus tard avec `cell edit`)
comp-prompt-cell-code = Code de la CSIL-R (p. ex. GENT)
comp-prompt-cell-name = Nom de la CSIL-R
comp-prompt-cell-municipality = Commune couverte par la CSIL-R
comp-prompt-cell-another = Ajouter une autre commune (CSIL-R pluricommunale) ?
comp-missing-cell-code = CODE (le code de la CSIL-R, premier argument)
comp-cell-name-empty = --name vide ; donnez le nom complet de la CSIL-R
comp-name-empty = --name vide
comp-retention-invalid = --retention-months { $value } non valable ; utilisez 1 à 240
comp-review-invalid = --review-weeks { $value } non valable ; utilisez 1 à 104
comp-municipality-twice = { $municipality } ({ $nis }) est donnée deux fois
comp-cell-exists = une CSIL-R avec le code { $code } existe déjà
comp-cell-exists-hint = choisissez un autre code, ou modifiez cette CSIL-R avec `livcr cell edit`
comp-cell-added = CSIL-R { $code } ajoutée ({ $municipalities }), documents en { $lang }
comp-cell-added-joint = CSIL-R pluricommunale { $code } de { $count } communes ajoutée ({ $municipalities }), documents en { $lang }
comp-section-municipalities = Communes
comp-section-members-by-role = Membres par rôle
comp-section-rules = Règles
comp-cell-check-breaks = la CSIL-R { $cell } enfreint { $count ->
    [one] la règle
   *[other] les règles
} { $rules } le { $date }
comp-nothing-to-change = rien à modifier
comp-cell-nothing-to-change-hint = donnez --name, --lang, --established, --retention-months ou --review-weeks
comp-cell-changed-name = nom { $name }
comp-cell-changed-lang = langue { $lang }
comp-cell-changed-established = créée le { $date }
comp-cell-changed-retention = durée de conservation { $count ->
        [one] { $count } mois
       *[other] { $count } mois
    }
comp-cell-changed-review = évaluation { $count ->
        [one] chaque semaine
       *[other] toutes les { $count } semaines
    }
comp-cell-updated = CSIL-R { $cell } mise à jour : { $changes }
comp-cell-retention-note = durée de conservation { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    } : { $count ->
        [one] { $count } dossier (clôturé ou refusé) a reçu
       *[other] { $count } dossiers (clôturés ou refusés) ont reçu
    } une nouvelle date d'effacement, dont { $due } à purger dès maintenant (règle R11 ; `livcr purge --dry-run` les liste)
comp-cell-moved-note = { $periods ->
        [one] { $periods } période de couverture
       *[other] { $periods } périodes de couverture
    } et { $seats ->
        [one] { $seats } siège
       *[other] { $seats } sièges
    } qui commençaient avec la CSIL-R commencent désormais le { $date }
comp-cell-joins = { $municipality } ({ $nis }) rejoint la CSIL-R { $cell } à partir du { $from }
comp-cell-joins-note = ajoutez son bourgmestre avec `livcr member add NAME --org ORG --role mayor --municipality { $nis }`
comp-cell-not-covering = la CSIL-R { $cell } ne couvre pas { $municipality } ({ $nis }) le { $date }
comp-cell-not-covering-hint = `livcr cell show` liste les communes et leurs dates
comp-cell-last-municipality = { $municipality } ({ $nis }) est la dernière commune de la CSIL-R { $cell } ; une CSIL-R en couvre au moins une (règle R1)
comp-cell-last-municipality-hint = faites d'abord rejoindre une autre commune
comp-close-future = --close-open-cases clôture les dossiers à la date de départ, le { $date }, qui est dans le futur ; une clôture s'enregistre une fois qu'elle a eu lieu
comp-close-future-hint = partez aujourd'hui ou avant, ou donnez --transfer-to CELL
comp-cell-leaves = { $municipality } ({ $nis }) quitte la CSIL-R { $cell } le { $date }
comp-cell-leaves-mayor-note = le siège de son bourgmestre prend fin le { $date } également
comp-cell-leaves-moved = { $count ->
        [one] { $count } dossier ouvert transféré
       *[other] { $count } dossiers ouverts transférés
    } vers la CSIL-R { $cell } avec leur historique
comp-cell-leaves-moved-joined = { $count ->
        [one] { $count } dossier ouvert transféré
       *[other] { $count } dossiers ouverts transférés
    } vers la CSIL-R { $cell } avec leur historique ; la CSIL-R { $cell } couvre { $municipality } à partir du { $date } : ajoutez son bourgmestre avec `livcr --cell { $cell } member add NAME --org ORG --role mayor --municipality { $nis }`
comp-cell-leaves-closed = { $count ->
        [one] { $count } dossier ouvert clôturé
       *[other] { $count } dossiers ouverts clôturés
    } le { $date } ({ $reason }) ; leur date d'effacement suit la durée de conservation
comp-transfer-same-cell = --transfer-to { $cell } est la CSIL-R que la commune quitte
comp-transfer-same-cell-hint = donnez la CSIL-R qui couvre ensuite la commune
comp-transfer-not-established = la CSIL-R { $cell } est créée le { $established }, après la date de départ du { $date } ; elle ne peut pas couvrir { $municipality } ({ $nis }) à partir du { $date } (règle R9 : un dossier appartient à la CSIL-R qui couvre sa commune)
comp-transfer-not-established-hint = partez le { $established } ou après, ou corrigez la date de création avec `livcr cell edit { $cell } --established DATE`
comp-transfer-covered = { $municipality } ({ $nis }) est couverte par la CSIL-R { $other } à partir du { $from } ; la CSIL-R { $cell } ne peut pas la couvrir à partir du { $date } (règle R1), les dossiers ne peuvent donc pas y être transférés
comp-transfer-covered-hint = transférez-les plutôt vers la CSIL-R { $other }

## livcr member

comp-email-invalid = adresse e-mail non valable : { $email }
comp-email-invalid-hint = utilisez une adresse professionnelle comme nom@liege.be
comp-phone-invalid = numéro de téléphone non valable : { $phone }
comp-phone-invalid-hint = utilisez des chiffres avec des espaces, points, barres obliques ou un + initial, p. ex. 09 266 50 00 ou +32 9 266 50 00
comp-member-name-empty = nom du membre vide
comp-prompt-member-name = Nom du membre
comp-prompt-member-org = Organisation
comp-prompt-member-role = Rôle
comp-prompt-member-municipality = Commune de ce bourgmestre
comp-prompt-member-email = Adresse e-mail professionnelle (livcr reconnaît ainsi la même personne dans un deuxième siège ; vide pour passer)
comp-email-try-again = { $error } ; réessayez ou laissez vide
comp-no-org-yet = pas encore d'organisation
comp-no-org-yet-hint = ajoutez-en une d'abord avec `livcr org add NAME --sector S`
comp-missing-name = NAME (premier argument)
comp-missing-mayor-municipality = --municipality (un siège de bourgmestre nomme sa commune)
comp-municipality-not-mayor = --municipality ne vaut que pour un siège de bourgmestre, pas pour le rôle { $role }
comp-municipality-not-mayor-hint = omettez --municipality
comp-member-other-org = { $name } ({ $email }) est enregistré avec l'organisation { $org }, pas { $wanted }
comp-member-other-org-hint = modifiez-la d'abord avec `livcr member edit { $id } --org ...`, ou utilisez une autre adresse e-mail
comp-mayor-not-covered-hint = un siège de bourgmestre nomme une des communes de la CSIL-R ; ajoutez-la avec `livcr cell join { $cell } --municipality { $nis }`
comp-mayor-seat-taken = { $municipality } ({ $nis }) a déjà un siège de bourgmestre : { $name } (#{ $id }) à partir du { $from }
comp-mayor-seat-taken-hint = un siège de bourgmestre par commune ; terminez-le d'abord avec `livcr member end { $id } --role mayor --on DATE`
comp-chair-not-mayor = le président doit être bourgmestre d'une des communes de la CSIL-R { $cell } le { $date }
comp-chair-not-mayor-hint = donnez d'abord le siège du bourgmestre (`member add NAME --role mayor --municipality X --email E`), puis le siège de président avec le même --email ; un bourgmestre enregistré sans adresse e-mail en reçoit une avec `livcr member edit ID --email E`
comp-chair-taken = la CSIL-R { $cell } a déjà un président : { $name } (#{ $id }) à partir du { $from }
comp-chair-taken-hint = un président à la fois ; terminez d'abord ce siège avec `livcr member end { $id } --role chair --on DATE`
comp-seat-held-already = { $name } (#{ $id }) occupe déjà un siège { $role } dans la CSIL-R { $cell }
comp-inviter-not-mayor = { $name } (#{ $id }) n'est ni bourgmestre ni président de la CSIL-R { $cell } le { $date } ; les partenaires sont invités par un bourgmestre ou le président
comp-inviter-not-mayor-hint = donnez avec --invited-by le bourgmestre ou le président qui les a invités
comp-invited-by-role = --invited-by vaut pour les sièges partner et ad_hoc, pas pour { $role }
comp-invited-by-role-hint = omettez --invited-by
comp-no-inviter = aucun bourgmestre ou président invitant n'est enregistré ; les partenaires participent sur invitation du bourgmestre (donnez --invited-by)
comp-invited-on-needs-by = --invited-on demande --invited-by
comp-no-email = pas d'adresse e-mail
comp-namesake = { $org } a déjà un membre de ce nom : { $members } ; s'il s'agit de la même personne, donnez ce siège avec son --email (un membre qui n'en a pas en reçoit une avec `livcr member edit { $id } --email E`) ; sinon, donnez à chacun un --email pour les distinguer
comp-member-vanished = membre disparu
comp-member-added = { $name } (#{ $id }) ajouté comme { $role } dans la CSIL-R { $cell }
comp-member-added-for = { $name } (#{ $id }) ajouté comme { $role } dans la CSIL-R { $cell } pour { $municipality }
comp-member-seat-given = siège attribué à { $name } (#{ $id }) comme { $role } dans la CSIL-R { $cell }
comp-member-seat-given-for = siège attribué à { $name } (#{ $id }) comme { $role } dans la CSIL-R { $cell } pour { $municipality }
comp-mayor-seat-until-note = la CSIL-R couvre cette commune jusqu'au { $date } ; le siège de bourgmestre prend fin à cette date aussi
comp-matched-by-email-note = { $given } correspond par l'adresse e-mail au membre existant { $name } ; le nom enregistré a été conservé
comp-no-email-note = aucune adresse e-mail enregistrée pour { $name } : un deuxième siège pour la même personne (un bourgmestre qui préside, par exemple) se donne avec `member add` et le même --email ; ajoutez-la avec `livcr member edit { $id } --email ADDRESS`
comp-io-no-clearance-warning = pas d'habilitation de sécurité "geheim" confirmée pour cet IO (règle R3) ; enregistrez-la avec `livcr member clearance { $id } --confirmed DATE`
comp-no-declaration-note = enregistrez la déclaration de confidentialité signée avec `livcr member declare { $id } --signed DATE` (règle R5)
comp-not-signed = non signée
comp-section-seats = Sièges
comp-email-taken = l'adresse e-mail { $email } appartient déjà à { $name } (#{ $id })
comp-member-nothing-to-change-hint = donnez --name, --email, --phone, --org ou --secret-holder
comp-field-name = nom
comp-field-email = adresse e-mail
comp-field-phone = téléphone
comp-field-organisation = organisation
comp-field-secret-holder = secret professionnel
comp-member-updated = membre { $id } mis à jour : { $changes }
comp-end-seats-question = Mettre fin { $count ->
        [one] au siège
       *[other] aux sièges
    } { $roles } de { $name } dans la CSIL-R { $cell } le { $date } ?
comp-end-seats-what = fin des sièges de { $name } (#{ $id })
comp-no-seat = { $name } (#{ $id }) n'occupe aucun siège dans la CSIL-R { $cell } le { $date }
comp-no-seat-of-role = { $name } (#{ $id }) n'occupe aucun siège { $role } dans la CSIL-R { $cell } le { $date }
comp-no-seat-hint = `livcr member show { $id }` liste les sièges
comp-seat-starts-later = le siège { $role } de { $name } commence le { $date } ; terminez-le à cette date ou après
comp-seats-ended = { $count ->
        [one] { $count } siège terminé
       *[other] { $count } sièges terminés
    } pour { $name } (#{ $id }) dans la CSIL-R { $cell } le { $date } : { $roles }
comp-seats-ended-check-note = lancez `livcr cell check` pour voir si la CSIL-R respecte encore les règles R1-R2
comp-valid-until-before-signed = --valid-until { $until } est antérieur à --signed { $signed }
comp-declaration-recorded = déclaration de confidentialité de { $name } (#{ $id }) enregistrée, signée le { $date }
comp-clearance-recorded = habilitation "geheim" de { $name } (#{ $id }) enregistrée, confirmée le { $date }
comp-clearance-not-io-note = ce membre n'occupe aucun siège io ; la règle R3 concerne l'IO

## livcr org

comp-org-name-empty = nom d'organisation vide
comp-prompt-org-name = Nom de l'organisation
comp-prompt-org-sector = Secteur
comp-org-exists = l'organisation { $name } existe déjà
comp-org-exists-hint = consultez la liste avec `livcr org list`
comp-org-added = organisation { $id } { $name } ({ $sector }) ajoutée
comp-org-looks-police-warning = { $name } semble être un service de police locale ; utilisez --sector local_police pour que ses membres puissent occuper le siège io (`livcr org edit { $id } --sector local_police`)
comp-org-legal-basis-note = enregistrez la base légale de la participation de ce service (p. ex. le décret du 21 mai 2021 ou du 8 juin 2023) avec --legal-basis
comp-org-nothing-to-change-hint = donnez --name, --sector ou --legal-basis
comp-field-sector = secteur
comp-field-legal-basis = base légale
comp-org-updated = organisation { $id } mise à jour : { $changes }

# Field names in the text gate's messages.
comp-field-cell-name = nom de la CSIL-R
comp-field-organisation-name = nom de l'organisation
comp-field-legal-basis-text = base légale
