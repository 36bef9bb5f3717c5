# Le domaine du retour : `livcr referral …` et `livcr feedback …`, la porte du consensus (règle R7).
# Les variables sont { $nom } ; pluriels avec { $count -> [one] … *[other] … }.

## La porte du consensus (règle R7)

feedback-problem-not-held = la réunion du point n'a pas été tenue
feedback-problem-no-participants = aucun participant n'est enregistré pour le point
feedback-problem-refused = n'ont pas donné leur consentement : { $names }
feedback-problem-missing = pas encore de réponse de : { $names }
feedback-problem-unconfirmed = pas de confirmation que la fiche ne contient aucun secret professionnel de : { $names }
feedback-problem-answered-later = réponse seulement après la date d'envoi : { $names }
feedback-problem-no-io = { $io } n'occupe pas de siège io en vigueur dans la CSIL-R de la fiche le { $on } ; une fiche ne part que par un information officer (IO) actif
feedback-date-future = { $what } { $on } est dans le futur
feedback-date-before-meeting = { $what } { $on } précède la réunion où la fiche a été décidée ({ $meeting })
feedback-date-before-draft = { $what } { $on } précède la rédaction de la fiche ({ $drafted })
feedback-date-out-of-range = { $what } { $on } est hors de { $first }..{ $last }, les dates que garde le fichier
feedback-field-form-text = texte de la fiche
feedback-field-sending-date = la date d'envoi
feedback-field-consent-date = la date du consentement
feedback-field-confirmation-date = la date de la confirmation
feedback-answer-form-sent = la fiche a été envoyée ; ses réponses ne peuvent plus changer
feedback-answer-form-withdrawn = la fiche est retirée ; ses réponses ne peuvent plus changer
feedback-answer-form-fixed-hint = une fiche envoyée est figée avec ses réponses ; une fiche retirée est remplacée par un nouveau projet
feedback-answer-not-participant = le membre { $id } n'a pas participé au point où la fiche a été décidée
feedback-answer-not-participant-hint = seuls les participants de ce point répondent ; `livcr feedback show ID --format json` les énumère
feedback-answer-not-secret-holder = { $member } n'est pas enregistré comme détenteur du secret professionnel
feedback-answer-not-secret-holder-hint = seuls les détenteurs du secret professionnel confirment ; si ce membre en est un, enregistrez-le avec `livcr member edit { $id } --secret-holder true`
feedback-answer-date-hint = indiquez avec --on une date entre la réunion et aujourd'hui

## Erreurs de lecture ou d'écriture du fichier (contexte d'une erreur)

feedback-ctx-recording-the-referral = enregistrement de l'orientation
feedback-ctx-reading-the-referral = lecture de l'orientation
feedback-ctx-reading-referrals = lecture des orientations
feedback-ctx-drafting-the-feedback-form = rédaction de la fiche de retour
feedback-ctx-reading-the-feedback-form = lecture de la fiche de retour
feedback-ctx-reading-feedback-forms = lecture des fiches de retour
feedback-ctx-reading-the-items-participants = lecture des participants du point
feedback-ctx-reading-confirmations = lecture des confirmations
feedback-ctx-reading-consents = lecture des consentements
feedback-ctx-recording-the-consent = enregistrement du consentement
feedback-ctx-recording-the-confirmation = enregistrement de la confirmation
feedback-ctx-writing-the-disclosure-register = écriture du registre des communications
feedback-ctx-reading-the-disclosure-register = lecture du registre des communications
feedback-ctx-reading-pending-feedback-forms = lecture des fiches de retour en attente
feedback-ctx-updating-referral = mise à jour de l'orientation { $id }
feedback-ctx-reading-form-meeting = lecture de la réunion de la fiche de retour { $id }
feedback-ctx-updating-form = mise à jour de la fiche de retour { $id }

## L'écriture des orientations et des fiches

feedback-field-form = fiche de retour
feedback-field-the-form = la fiche de retour
feedback-field-referral-note = note de l'orientation
feedback-field-referral-date = la date de l'orientation
feedback-field-status-date = la date du statut
feedback-field-feedback-date = la date du retour
feedback-form-not-found = aucune fiche de retour { $id }
feedback-referral-not-found = aucune orientation avec l'id { $id }
feedback-member-not-found = aucun membre avec l'id { $id }
feedback-referral-outbound-status = l'orientation { $id } est une fiche de retour sortante ; son statut suit la fiche
feedback-referral-is-outbound = l'orientation { $id } est elle-même une fiche de retour sortante
feedback-date-before-referral = { $what } { $on } précède l'orientation ({ $referral })
feedback-form-other-case = la fiche de retour { $form } concerne le dossier { $form_case }, l'orientation { $referral } le dossier { $referral_case }
feedback-form-other-case-hint = indiquez avec --form une fiche envoyée du dossier de l'orientation
feedback-form-not-sent = la fiche de retour { $id } est { $status }, pas envoyée ; un retour n'atteint la Task Force Locale (TFL) que sous forme de fiche envoyée par la porte du consensus (règle R7)
feedback-form-not-sent-hint = envoyez-la d'abord avec `livcr feedback send { $id }`
feedback-date-before-sent = la date du retour { $on } précède l'envoi de la fiche de retour { $id } ({ $sent })
feedback-form-sent-fixed = la fiche de retour { $id } a été envoyée le { $on } et ne peut plus changer (règle R7)
feedback-form-sent-fixed-hint = ce qui a quitté la CSIL-R est figé avec ses réponses et le registre des communications
feedback-form-fixed = la fiche de retour { $id } est { $status } et ne peut plus changer
feedback-form-fixed-hint = rédigez une nouvelle fiche pour le point avec `livcr feedback draft`
feedback-form-sent-needs-io = une fiche envoyée exige sa date et son IO
feedback-answer-refused = fiche de retour { $id } : { $reason } (règle R7)
feedback-form-may-not-be-sent = la fiche de retour { $id } ne peut pas être envoyée (règle R7) : { $problems }
feedback-form-may-not-be-sent-hint = une fiche ne part qu'avec le consentement de chaque participant du point et la confirmation de chaque détenteur du secret professionnel parmi eux, par un IO en fonction à la date d'envoi ; un seul non la bloque

## referral in, list, show, update, feedback

feedback-via-not-io = { $name } (#{ $id }) n'occupe pas de siège io actif dans la CSIL-R { $cell } le { $on } ; chaque orientation passe par un information officer (IO) actif
feedback-via-not-io-hint = `livcr member list --role io --all` affiche les IO et leurs dates
feedback-no-io = aucun IO
feedback-cell-no-io = la CSIL-R { $cell } n'a pas d'information officer (IO) actif le { $on } ; chaque orientation passe par l'IO
feedback-cell-no-io-hint = enregistrez l'IO avec `livcr member add NAME --org POLICE --role io`
feedback-cell-many-ios = la CSIL-R { $cell } a { $count } IO le { $on } ; indiquez lequel avec --via
feedback-one-of = au choix : { $choices }
feedback-received-future = --received { $received } est dans le futur
feedback-expects-before-received = --expects-feedback-by { $expects } précède --received { $received }
feedback-new-case-options = --municipality, --phenomenon et --age-band vont avec --new
feedback-received-before-opened = --received { $received } précède l'ouverture du dossier ({ $opened }, dossier { $code })
feedback-case-is = le dossier { $code } est { $status }
feedback-case-is-hint = rouvrez-le d'abord avec `livcr case reopen`, ou ouvrez un nouveau dossier avec --new
feedback-missing-case-or-new = --case CODE ou --new
feedback-referral-received-new = orientation { $id } reçue via { $io } pour le nouveau dossier { $code }
feedback-referral-received = orientation { $id } reçue via { $io } pour le dossier existant { $code }
feedback-referral-not-in-cell = aucune orientation avec l'id { $id } dans la CSIL-R { $cell }
feedback-referral-not-in-cell-hint = affichez-les avec `livcr referral list`
feedback-referral-updated = orientation { $id } : statut { $status } le { $on }
feedback-no-sent-form = aucune fiche de retour du dossier { $code } n'a été envoyée ; un retour n'atteint la Task Force Locale (TFL) que sous forme de fiche envoyée par la porte du consensus (règle R7)
feedback-no-sent-form-hint = rédigez-en une avec `livcr feedback draft`, recueillez la réponse de chaque participant, puis `livcr feedback send`
feedback-many-sent-forms = le dossier { $code } a { $count } fiches de retour envoyées ; indiquez laquelle avec --form
feedback-sent-form-choice = #{ $id } (envoyée le { $on })
feedback-referral-fed-back = orientation { $id } : retour transmis à la Task Force Locale (TFL) le { $on } dans la fiche de retour { $form }

## feedback draft, edit, consent, confirm, send, withdraw, show

feedback-form-id-not-found = aucune fiche de retour avec l'id { $id }
feedback-form-id-not-found-hint = affichez-les avec `livcr feedback list`
feedback-invalid-item = --item { $item } non valable
feedback-invalid-item-hint = indiquez la réunion et le numéro du point sous la forme MEETING:ITEM, par ex. 12:5 ou 2026-12-07:5
feedback-meeting-strategic = la réunion { $id } est une réunion stratégique ; une fiche de retour se décide en concertation de cas
feedback-meeting-not-held = la réunion { $id } est { $status } ; une fiche de retour se décide dans une réunion tenue
feedback-meeting-not-held-hint = clôturez d'abord la réunion avec `livcr meeting close { $id }`
feedback-no-such-item = la réunion { $id } n'a pas de point { $number }
feedback-item-other-case = le point { $number } de la réunion { $id } ne concerne pas le dossier { $code }
feedback-item-other-case-hint = `livcr agenda show { $id }` énumère les points et leurs dossiers
feedback-item-no-participants = aucun participant n'est enregistré pour le point { $number } de la réunion { $id }
feedback-item-no-participants-hint = enregistrez la décision avec `livcr meeting decide { $id } { $number } --kind consensus`
feedback-drafted = fiche de retour { $id } rédigée pour le dossier { $code } ; chaque participant du point { $number } doit donner son consentement
feedback-drafted-minor = le dossier concerne un mineur (règle R12) ; la fiche est signalée comme telle
feedback-text-unchanged = le texte est inchangé
feedback-changed = fiche de retour { $id } modifiée
feedback-changed-answers-reset = { $count ->
    [one] le texte a changé : { $count } réponse (consentements et confirmations) donnée avant ne compte plus ; demandez à nouveau
   *[other] le texte a changé : { $count } réponses (consentements et confirmations) données avant ne comptent plus ; demandez à nouveau
}
feedback-cannot-answer = { $name } (#{ $id }) ne peut pas répondre
feedback-answered = { $name } a répondu { $answer } pour la fiche de retour { $id } ; la fiche est { $status }
feedback-cannot-confirm = { $name } (#{ $id }) ne peut pas confirmer
feedback-confirmed = { $name } a confirmé que la fiche { $id } ne contient aucun secret professionnel ; la fiche est { $status }
feedback-may-not-be-sent = la fiche de retour { $id } ne peut pas être envoyée (règle R7)
feedback-sent = fiche de retour { $id } envoyée via { $io } le { $on } ; inscrite au registre des communications (sha256 { $hash })
feedback-withdraw-question = Retirer la fiche de retour { $id } (dossier { $code }) ? Elle ne pourra plus être envoyée ensuite.
feedback-withdraw-doing = retrait de la fiche de retour { $id }
feedback-withdrawn = fiche de retour { $id } retirée
feedback-meeting-vanished = réunion disparue
feedback-case-vanished = dossier disparu
feedback-bad-stored-date = date enregistrée non valable
feedback-participants-changed = les participants de ce point ont changé : les consentements à la fiche de retour { $id } doivent être donnés à nouveau
