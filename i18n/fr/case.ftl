# Le domaine des dossiers : `livcr case …` et `livcr action …`, les refus de l'écriture des dossiers.
# Les variables sont { $nom } ; pluriels avec { $count -> [one] … *[other] … }.

## Dates données pour un dossier

case-date-in-future = { $what } { $date } est dans le futur
case-date-in-future-hint = enregistrez ce qui s'est passé au plus tard aujourd'hui
case-on-before-opened = --on { $on } précède l'ouverture du dossier ({ $earliest })
case-on-before-closed = --on { $on } précède la clôture du dossier ({ $earliest })
case-on-before-hint = indiquez la date à laquelle c'est arrivé

## Couverture de la commune du dossier

case-coverage-none-hint = un dossier relève d'une commune de la CSIL-R ; `livcr cell show { $cell }` les énumère
case-coverage-span-until = du { $from } au { $until }
case-coverage-span-open = depuis le { $from }
case-coverage-and = {" et "}
case-coverage-covered = { $municipality } est couverte par cette CSIL-R { $periods }
case-coverage-older-hint = { $covered } ; pour saisir des dossiers plus anciens, déplacez d'abord la date de création de la CSIL-R : `livcr cell edit { $cell } --established DATE` (les communes qui ont commencé avec la CSIL-R suivent)
case-not-covered = { $municipality } ({ $nis }) n'est pas couverte par la CSIL-R { $cell } le { $on }

## case open

case-ask-municipality = Commune du dossier
case-ask-municipality-other = une autre commune : recherche par nom
case-ask-source = Qui a signalé la préoccupation
case-ask-phenomenon = Phénomène
case-ask-age-band = Tranche d'âge (jamais une date de naissance)
case-police-through-io = { $org } est la police locale : un signalement de la police passe par l'IO (--source io)
case-police-through-io-hint = utilisez --source io, ou `livcr referral in` pour une orientation venant de la Task Force Locale (TFL)
case-io-source-not-police = --source io est un signalement passant par l'IO ; { $org } n'est pas la police locale
case-io-source-no-io = --source io exige un information officer (IO) actif dans la CSIL-R { $cell } le { $on } ; l'IO est le seul pont vers la Task Force Locale (TFL)
case-io-source-no-io-hint = enregistrez d'abord l'IO avec `livcr member add NAME --org POLICE --role io`
case-no-free-code = impossible de tirer un code de dossier libre ; réessayez
case-opened = dossier { $code } ouvert ({ $municipality }, { $phenomenon }, { $age_band }), première évaluation au plus tard le { $next }
case-opened-minor = le dossier concerne un mineur (règle R12) ; il est signalé comme tel dans les listes et sur les fiches

## case show

case-event-next-review = prochaine évaluation { $date }
case-event-decided-by = décidé par { $name }
case-show-minor-band = { $band } (MINEUR, règle R12)
case-section-journal = Historique
case-section-actions = Actions
case-section-referrals = Orientations (via l'IO)
case-section-forms = Fiches de retour
case-unknown-stored-status = statut enregistré inconnu { $status }

## case move, note, lead, review, close, reopen

case-move-hint-close-only = depuis { $from }, un dossier peut seulement passer à : closed, avec `livcr case close`
case-move-hint-or-close = depuis { $from }, un dossier peut passer à : { $allowed } ; ou clôturez-le avec `livcr case close`
case-move-hint = depuis { $from }, un dossier peut passer à : { $allowed }
case-cannot-move = le dossier { $code } ne peut pas passer de { $from } à { $to }
case-moved = dossier { $code } passé de { $from } à { $to }
case-declined-purge = refusé : le dossier doit être purgé le { $date } (règle R11)
case-note-added = note ajoutée au dossier { $code }
case-lead-not-open = le dossier { $code } est { $status } ; rouvrez-le avant de changer le pilote
case-lead-set = { $org } pilote le suivi du dossier { $code }
case-review-not-open = le dossier { $code } est { $status } ; seuls les dossiers ouverts sont évalués
case-review-not-open-hint = rouvrez-le d'abord avec `livcr case reopen` s'il demande à nouveau un suivi
case-review-next-not-after = la prochaine évaluation ({ $next }) doit venir après cette évaluation ({ $on })
case-review-next-not-after-hint = indiquez une date --next plus tardive ou un --interval comme 8w
case-reviewed = dossier { $code } évalué le { $on } ; prochaine évaluation { $next }
case-cannot-close = le dossier { $code } est { $status } et ne peut pas être clôturé
case-cannot-close-hint-decline = un dossier que la CSIL-R ne prend pas en charge est refusé : `livcr case move CODE --to declined`
case-cannot-close-hint-done = il est déjà clôturé ou refusé
case-closed = dossier { $code } clôturé ({ $reason }) ; à purger le { $purge }
case-closed-open-actions = { $count ->
    [one] { $count } action de ce dossier est encore ouverte ; marquez-la comme faite ou laissez-la pour mémoire
   *[other] { $count } actions de ce dossier sont encore ouvertes ; marquez-les comme faites ou laissez-les pour mémoire
}
case-reopen-not-closed = le dossier { $code } est { $status }, pas clôturé
case-reopened = dossier { $code } rouvert en { $status } ; prochaine évaluation { $next }

## action add, list, done, edit

case-action-empty = texte d'action vide ; dites ce qui doit être fait
case-action-on-future = --on { $on } est dans le futur
case-action-case-not-open = le dossier { $code } est { $status } ; les actions appartiennent aux dossiers ouverts
case-action-case-not-open-hint = rouvrez-le d'abord avec `livcr case reopen`
case-action-on-before-opened = --on { $on } précède l'ouverture du dossier ({ $opened })
case-action-added = action { $id } pour le dossier { $code } : { $org } pour le { $due }
case-action-due-passed = l'échéance { $due } est déjà passée
case-action-not-found = aucune action avec l'id { $id }
case-action-not-found-hint = affichez-les avec `livcr action list --all`
case-action-already-done = l'action { $id } a déjà été faite le { $on }
case-action-on-before-created = --on { $on } précède la création de l'action ({ $created })
case-action-done = action { $id } du dossier { $code } faite le { $on }
case-action-field-owner = responsable
case-action-field-due = échéance
case-action-field-text = texte
case-action-nothing-to-change = rien à modifier
case-action-nothing-to-change-hint = indiquez --org, --due ou --text
case-action-updated = action { $id } mise à jour : { $fields }

## Erreurs de lecture ou d'écriture du fichier (contexte d'une erreur)

case-ctx-reading-the-cases-age-band = lecture de la tranche d'âge du dossier
case-ctx-reading-case-codes = lecture des codes de dossier
case-ctx-reading-cases = lecture des dossiers
case-ctx-opening-the-case = ouverture du dossier
case-ctx-reading-the-cells-coverage = lecture des communes de la CSIL-R
case-ctx-reading-the-case = lecture du dossier
case-ctx-writing-the-case-journal = écriture de l'historique du dossier
case-ctx-reading-the-case-journal = lecture de l'historique du dossier
case-ctx-adding-the-action = ajout de l'action
case-ctx-reading-the-action = lecture de l'action
case-ctx-reading-actions = lecture des actions
case-ctx-reading-cases-due-for-purge = lecture des dossiers à purger
case-ctx-keeping-anonymous-counts = tenue des comptages anonymes
case-ctx-writing-the-destruction-register = écriture du registre de destruction
case-ctx-reading-the-cases-actions = lecture des actions du dossier
case-ctx-reading-the-state-of-the-cases = lecture de l'état des dossiers
case-ctx-reading-case = lecture du dossier
case-ctx-reading-the-organisations-cases = lecture des dossiers de l'organisation
case-ctx-updating-case = mise à jour du dossier { $code }
case-ctx-updating-action = mise à jour de l'action { $id }
case-ctx-deleting-case = suppression du dossier { $code }

## Les noms sous lesquels l'écriture des dossiers vérifie une valeur

case-field-next-review = la prochaine évaluation
case-field-opening-date = la date d'ouverture
case-field-purge-date = la date de purge
case-field-summary = résumé
case-field-note = note
case-field-decision = décision
case-field-reason = motif
case-field-journal-text = texte de l'historique
case-field-date = la date
case-field-action = action
case-field-due-date = l'échéance

## Les règles de l'écriture des dossiers (R9, R10, R11)

case-review-too-far = la prochaine évaluation du dossier { $code } ({ $next }) est à plus de { $weeks } semaines (règle R10) ; au plus tard le { $latest }
case-review-too-far-after = la prochaine évaluation ({ $next }) est à plus de { $weeks } semaines après l'évaluation du { $on } (règle R10) ; au plus tard le { $latest }
case-review-too-far-hint = indiquez une date --next plus proche ou un --interval d'au plus 104w
case-past-retention = le dossier { $code } a dépassé sa durée de conservation : elle a pris fin le { $due } (règle R11), jugé à la date d'aujourd'hui ; il ne peut plus être rouvert, annoté, recevoir des actions ni être mis à un ordre du jour
case-past-retention-hint = purgez-le avec `livcr purge --dry-run`, puis `livcr purge --yes` ; ouvrez un nouveau dossier si la préoccupation revient
case-list-needs-decider = mettre le dossier { $code } sur la liste des cas exige --decided-by : seul le président ou le bourgmestre de sa commune décide (règle R9)
case-list-needs-decider-hint = indiquez --decided-by MEMBER (le président, ou le bourgmestre de la commune du dossier, occupant ce siège à la date de la décision)
case-member-fallback = membre { $id }
case-list-decider-refused = { $name } (#{ $id }) ne peut pas mettre le dossier { $code } sur la liste des cas : seul le président ou le bourgmestre de { $municipality } décide (règle R9) ; le { $on }, { $name } occupe { $count ->
    [0] aucun siège dans la CSIL-R
    [one] le siège : { $seats }
   *[other] les sièges : { $seats }
}
case-list-decider-refused-hint = indiquez le président ou le bourgmestre de cette commune avec --decided-by
case-status-out-of-order = ce changement de statut est daté du { $on }, avant le changement précédent du dossier le { $last }
case-status-out-of-order-hint = datez-le au plus tôt le { $last } (--on)
case-open-not-covered = le dossier ne peut pas être ouvert : sa CSIL-R ne couvre plus { $municipality }, et un dossier relève de la CSIL-R qui couvre sa commune aujourd'hui (règle R9) ; rien n'a été enregistré
case-open-not-covered-hint = ouvrez-le dans la CSIL-R qui couvre la commune aujourd'hui
case-open-no-longer-covered = le dossier { $code } serait ouvert dans une CSIL-R qui ne couvre plus { $municipality } (règle R9) : un dossier relève de la CSIL-R qui couvre sa commune aujourd'hui
case-open-no-longer-covered-hint = rouvrez-le dans la CSIL-R qui couvre la commune aujourd'hui
case-ctx-reading-case-code = lecture du dossier { $code }
