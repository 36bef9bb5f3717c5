# Réunions et ordres du jour : `livcr meeting …`, `livcr agenda …`.
# Les statuts (planned, held, cancelled), les types de décision et les noms de rubrique tels qu'on les tape restent tels quels.

## Trouver une réunion
meeting-ref-at = #{ $id } à { $time }
meeting-other-cell = la réunion { $id } appartient à une autre CSIL-R
meeting-no-id = aucune réunion avec l'id { $id }
meeting-hint-list = affichez-les avec `livcr meeting list`
meeting-unknown = réunion inconnue { $input }
meeting-unknown-hint = désignez une réunion par son id ou par sa date (AAAA-MM-JJ)
meeting-only-cancelled = la seule réunion de la CSIL-R { $cell } le { $date } a été annulée ({ $list })
meeting-only-cancelled-hint = désignez une réunion annulée par son id
meeting-none-on-date = aucune réunion de la CSIL-R { $cell } le { $date }
meeting-several-on-date = { $count } réunions le { $date } : { $list }
meeting-several-on-date-hint = indiquez l'id de la réunion

## Heures
meeting-time-gap = { $date } { $time } n'existe pas à Bruxelles (les horloges avancent cette nuit-là)
meeting-time-gap-hint = choisissez une autre heure
meeting-bad-stored-time = heure de réunion enregistrée invalide { $value }
meeting-time-missing = l'heure de réunion { $value } n'existe pas
meeting-bad-stored-date = date de réunion enregistrée invalide
meeting-plan-past-question = la réunion du { $when } est dans le passé. Continuer ?
meeting-plan-past = la réunion du { $when } est dans le passé
meeting-move-past-question = la nouvelle heure { $when } est dans le passé. Continuer ?
meeting-move-past = la nouvelle heure { $when } est dans le passé
meeting-past-hint = ajoutez --yes pour enregistrer une réunion passée

## plan, move, cancel
meeting-planned = réunion { $id } de la CSIL-R { $cell } planifiée le { $when } ({ $kind })
meeting-draft-note = préparez son ordre du jour avec `livcr agenda draft { $id }`
meeting-only-planned-close = la réunion { $id } est { $status } ; seule une réunion planifiée peut être clôturée comme tenue{ $state ->
    [held] {" "}(règle R7 : une réunion tenue est figée)
   *[other] {""}
}
meeting-only-planned-move = la réunion { $id } est { $status } ; seule une réunion planifiée peut être déplacée{ $state ->
    [held] {" "}(règle R7 : une réunion tenue est figée)
   *[other] {""}
}
meeting-only-planned-cancel = la réunion { $id } est { $status } ; seule une réunion planifiée peut être annulée{ $state ->
    [held] {" "}(règle R7 : une réunion tenue est figée)
   *[other] {""}
}
meeting-move-to-two = --to attend une date et une heure, par ex. --to 2026-12-14 14:00
meeting-moved = réunion { $id } déplacée du { $from } au { $to }
meeting-cancel-question = Annuler la réunion du { $when } (#{ $id }) ? Cette action est irréversible.
meeting-cancel-what = annulation de la réunion { $id }
meeting-cancelled = réunion { $id } du { $when } annulée
meeting-same-day = la CSIL-R { $cell } a déjà une réunion ce jour-là ({ $list }) ; désignez chacune par son id, pas par la date

## show
meeting-show-agenda = Ordre du jour
meeting-show-attendance = Présences

## attend
meeting-no-seat = { $name } (#{ $id }) dans { $flag } n'a pas de siège dans la CSIL-R { $cell } le { $date }
meeting-no-seat-hint = invitez cette personne d'abord : `livcr member add NAME --org ORG --role ad_hoc --invited-by CHAIR`
meeting-attend-missing = --present, --excused ou --absent manquant
meeting-attend-missing-hint = donnez-les comme options (livcr ne demande les valeurs manquantes que sur un terminal, sans --no-input)
meeting-attendance-fixed = la réunion { $id } est { $status } ; ses présences ne peuvent plus changer (règle R7 : les participants sont figés dès que la réunion est tenue)
meeting-two-lists = { $name } (#{ $id }) figure dans deux listes ; un membre est présent, excusé ou absent
meeting-attendance-done = présences de la réunion { $id } : { $present ->
    [one] { $present } présent
   *[other] { $present } présents
}, { $excused ->
    [one] { $excused } excusé
   *[other] { $excused } excusés
}, { $absent ->
    [one] { $absent } absent
   *[other] { $absent } absents
}
meeting-attend-future = la réunion { $id } a lieu le { $date } ; les présents et les absents s'enregistrent à partir de ce jour-là
meeting-attend-future-hint = enregistrez les excuses dès maintenant avec --excused, et les présents le jour de la réunion ou après

## decide
meeting-was-cancelled = la réunion { $id } a été annulée
meeting-decide-future = la réunion { $id } commence le { $when } ; les décisions s'enregistrent une fois qu'elle a commencé
meeting-decide-future-hint = enregistrez les décisions pendant ou après la réunion
meeting-no-item = la réunion { $id } n'a pas de point { $number }
meeting-no-item-removed = la réunion { $id } n'a pas de point { $number } (il a été supprimé ; un numéro n'est jamais redonné)
meeting-no-item-hint = `livcr agenda show { $id }` affiche les points
meeting-no-attendance = aucune présence enregistrée pour la réunion { $id }
meeting-no-attendance-hint = enregistrez-les d'abord avec `livcr meeting attend { $id } --present M,…`
meeting-left-not-present = { $name } (#{ $id }) dans --left ne figurait pas parmi les présents de la réunion
meeting-joined-already = { $name } (#{ $id }) dans --joined figurait déjà parmi les présents de la réunion
meeting-participants-fixed = les participants au point { $number } ne peuvent plus changer : la fiche de retour { $form }, décidée à ce point, a été envoyée le { $date } avec leur consentement (règle R7)
meeting-participants-fixed-hint = enregistrez à nouveau la décision avec les mêmes --left et --joined, ou laissez le point tel quel
meeting-decided = point { $number } de la réunion { $id } : { $kind } ({ $count ->
    [one] { $count } participant
   *[other] { $count } participants
})

## close
meeting-missing-chair = le président ou un bourgmestre
meeting-missing-io = un information officer (IO)
meeting-missing-prevention = un fonctionnaire de prévention
meeting-undecided-question = { $count ->
    [one] le point { $list } de la réunion { $id } n'a pas de décision
   *[other] les points { $list } de la réunion { $id } n'ont pas de décision
}. La clôturer comme tenue malgré tout ? Ces points restent alors figés « sans décision ».
meeting-undecided = { $count ->
    [one] le point { $list } de la réunion { $id } n'a pas de décision
   *[other] les points { $list } de la réunion { $id } n'ont pas de décision
} ; une fois la réunion tenue, plus aucune décision ne peut y être prise
meeting-undecided-hint = enregistrez-les avec `livcr meeting decide { $id } N --kind …` (postponed ou none sont aussi des décisions), ou clôturez malgré tout avec --yes
meeting-close-future = la réunion { $id } est planifiée le { $when } ; elle pourra être clôturée une fois qu'elle aura eu lieu
meeting-close-makeup = la réunion { $id } ne peut pas être clôturée comme tenue : le { $date }, la CSIL-R elle-même ne réunit pas ce qu'exige une concertation de cas : { $makeup } (règle R2) ; --force passe outre les présences, jamais la composition de la CSIL-R
meeting-close-makeup-hint = enregistrez le siège manquant avec `livcr member add` (daté au plus tard du jour de la réunion), ou annulez la réunion avec `livcr meeting cancel`
meeting-force-needs-reason = --force exige un --reason qui explique pourquoi la présence légale fait défaut
meeting-force-needs-reason-hint = indiquez --reason TEXT (en termes généraux)
meeting-close-presence = la réunion { $id } n'a pas la présence légale requise pour une concertation de cas ; ne sont pas présents : { $missing } (règle R2)
meeting-close-presence-hint = corrigez les présences, ou clôturez malgré tout avec --force --reason TEXT (consigné au journal d'audit)
meeting-closed-forced = clôturée sans la présence légale (absents : { $missing }) ; la clôture forcée figure dans le journal d'audit et le motif est conservé avec la réunion
meeting-no-declaration = { $name } (#{ $id }) a participé sans déclaration de confidentialité valable (règle R5)
meeting-closed = réunion { $id } clôturée comme tenue

## ics
meeting-ics-wrote = { $count ->
    [one] { $count } réunion écrite
   *[other] { $count } réunions écrites
} dans { $path }

## meeting run
meeting-run-needs-terminal = `livcr meeting run` a besoin d'un terminal pour poser ses questions
meeting-run-needs-terminal-hint = dans un script, utilisez `meeting attend`, `meeting decide`, `action add`, `case move`, `case review` et `meeting close`
meeting-run-status = la réunion { $id } est { $status }
meeting-run-who-present = Qui est présent ? (espace pour cocher, entrée pour confirmer)
meeting-run-item = Point { $number } : { $label }
meeting-run-recorded = décision enregistrée : { $decision }
meeting-run-keep-recorded = garder la décision enregistrée ({ $decision })
meeting-run-skip = passer ce point pour l'instant (pas encore de décision)
meeting-run-decision = Décision
meeting-run-decision-text = Texte de la décision (facultatif, sans données identifiantes)
meeting-run-not-saved = non enregistré : { $error }
meeting-run-add-action = Ajouter une action pour ce dossier ?
meeting-run-owner = Organisation responsable (id ou nom)
meeting-run-due = Échéance (par ex. +4w ou 2027-01-15)
meeting-run-what = Ce qui doit être fait (sans données identifiantes)
meeting-run-keep-status = le laisser en { $status }
meeting-run-move-to = passer en { $status }
meeting-run-case-status = Statut du dossier
meeting-run-decided-by = Décidé par (le président ou le bourgmestre)
meeting-run-next-review = Prochaine évaluation (date ou délai comme 8w ; vide pour garder)
meeting-run-close = Clôturer la réunion comme tenue ?
meeting-run-close-undecided = { $count ->
    [one] Le point { $list } n'a pas de décision ; une fois la réunion tenue, il reste sans décision. Clôturer la réunion comme tenue malgré tout ?
   *[other] Les points { $list } n'ont pas de décision ; une fois la réunion tenue, ils restent sans décision. Clôturer la réunion comme tenue malgré tout ?
}
meeting-run-stays-planned = la réunion { $id } reste planifiée ; relancez `livcr meeting run { $id }` pour continuer, ou clôturez-la avec `livcr meeting close { $id }`
meeting-run-kind-consensus = décidé par consensus
meeting-run-kind-chair = décidé par le président
meeting-run-kind-postponed = reporté
meeting-run-kind-none = pas de décision (discuté seulement)
meeting-run-who-left = Qui a quitté la salle pour ce point ? (espace pour cocher, entrée pour confirmer)
meeting-run-who-joined = Qui a rejoint la réunion pour ce point ? (espace pour cocher, entrée pour confirmer)

## agenda
meeting-agenda-not-editable = la réunion { $id } est { $status } ; son ordre du jour ne peut plus changer ({ $state ->
    [cancelled] la réunion a été annulée ; planifiez-en une nouvelle avec `livcr meeting plan`
   *[other] règle R7 : une réunion tenue est figée
})
meeting-agenda-drafted = ordre du jour de la réunion { $id } ({ $date }) : { $count ->
    [one] { $count } point ajouté
   *[other] { $count } points ajoutés
}
meeting-agenda-empty-text = texte du point vide
meeting-agenda-strategic-no-case = la réunion { $id } est une réunion stratégique, qui ne contient aucune donnée de dossier
meeting-agenda-strategic-no-case-hint = inscrivez le dossier à une concertation de cas (`meeting plan DATE TIME --kind case`)
meeting-agenda-kind-no-case = --kind { $kind } ne contient aucune donnée de dossier ; omettez --case
meeting-agenda-case-sections-hint = les points de dossier vont sous signals, new_on_list, reviews, overdue_actions, feedback ou closures
meeting-agenda-added = point { $number } ajouté à la réunion { $id } sous « { $section } »
meeting-agenda-case-twice = le dossier { $case } figurait déjà à cet ordre du jour (point { $items }) ; supprimez le nouveau point avec `livcr agenda rm { $id } { $number }` s'il a été ajouté deux fois par erreur
meeting-agenda-fixed-heading = le point { $number } de la réunion { $id } est la rubrique fixe « { $section } » ; il reste à sa place
meeting-agenda-fixed-heading-hint = déplacez les points ajoutés à la main ou les points de dossier
meeting-agenda-case-item-section = le point { $number } de la réunion { $id } porte sur le dossier { $case } ; « { $section } » ne contient aucune donnée de dossier
meeting-agenda-moved = le point { $number } de la réunion { $id } est sous « { $section } » ; son numéro reste { $number }
meeting-agenda-empty-hint = son ordre du jour est vide ; préparez-le avec `livcr agenda draft`
meeting-agenda-numbers-hint = ses points portent les numéros { $numbers } ; affichez-les avec `livcr agenda show { $id }`
meeting-agenda-item-decided = le point { $number } de la réunion { $id } porte une décision et ne peut pas être supprimé
meeting-agenda-remove-question = Supprimer le point { $number } ({ $label }) de la réunion { $id } ?
meeting-agenda-remove-what = supprimer le point { $number } de la réunion { $id } demande une confirmation
meeting-agenda-removed = point { $number } supprimé de la réunion { $id } ; les autres points gardent leur numéro
meeting-agenda-drafted-comes-back = un point préparé automatiquement revient si vous préparez à nouveau l'ordre du jour
meeting-agenda-wrote-agenda = ordre du jour de la réunion { $id } écrit dans { $path }
meeting-agenda-wrote-minutes = procès-verbal de la réunion { $id } écrit dans { $path }
meeting-agenda-wrote-feedback-form = fiche de retour { $id } écrite dans { $path }
meeting-agenda-wrote-report = rapport annuel { $id } écrit dans { $path }
meeting-agenda-wrote-other = { $what } { $id } écrit dans { $path }
meeting-agenda-export-no-seat = { $name } (#{ $id }) n'a pas de siège dans la CSIL-R { $cell } le { $date } ; un ordre du jour ne va qu'aux membres et aux invités
meeting-agenda-export-no-seat-hint = invitez cette personne d'abord avec `livcr member add NAME --org ORG --role ad_hoc --invited-by CHAIR`

## Les réunions du fichier (src/db/meeting.rs)
meeting-field-date = la date de la réunion
meeting-field-location = lieu
meeting-field-the-location = le lieu
meeting-field-cancel-reason = motif d'annulation
meeting-field-reason = motif
meeting-field-item-or-decision = un point de l'ordre du jour ou une décision
meeting-field-item = point de l'ordre du jour
meeting-field-decision = décision
meeting-before-established = la date de la réunion { $date } précède la création de la CSIL-R ({ $established })
meeting-before-established-hint = choisissez une date plus tardive, ou corrigez la date de création avec `livcr cell edit --established DATE`
meeting-strategic-no-case-item = une réunion stratégique ne contient aucune donnée de dossier : aucun point de dossier ne peut y être ajouté
meeting-policy-no-case = le point politique et tendances ne contient aucune donnée de dossier : il ne peut pas porter sur un dossier
meeting-case-free-hint = inscrivez le dossier à l'ordre du jour d'une concertation de cas, sous une autre rubrique
meeting-ctx-reading-cell = lecture de la CSIL-R
meeting-ctx-planning = planification de la réunion
meeting-ctx-updating = mise à jour de la réunion { $id }
meeting-ctx-reading-meeting = lecture de la réunion
meeting-ctx-reading-meetings = lecture des réunions
meeting-ctx-reading-agenda = lecture de l'ordre du jour
meeting-ctx-reading-numbers = lecture des numéros de l'ordre du jour
meeting-ctx-numbering = numérotation du point de l'ordre du jour
meeting-ctx-adding-item = ajout du point de l'ordre du jour
meeting-ctx-moving-item = déplacement du point de l'ordre du jour
meeting-ctx-removing-item = suppression du point de l'ordre du jour
meeting-ctx-reading-item = lecture du point de l'ordre du jour
meeting-ctx-recording-decision = enregistrement de la décision
meeting-ctx-reading-attendance = lecture des présences
meeting-ctx-recording-attendance = enregistrement des présences
meeting-ctx-reading-participants = lecture des participants au point
meeting-ctx-recording-participants = enregistrement des participants au point
meeting-ctx-reading-previous = lecture de la réunion précédente
meeting-ctx-reading-case-items = lecture des points de l'ordre du jour du dossier
