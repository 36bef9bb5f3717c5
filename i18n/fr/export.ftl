# Exports, rapports, rappels, statistiques et le chargement en masse de la démo.

## export, report
export-invalid-month = mois invalide { $month }
export-monthly-written = chiffres de { $period } écrits dans { $path }
export-cases-written = { $count ->
    [one] { $count } dossier écrit dans { $path }
   *[other] { $count } dossiers écrits dans { $path }
}
export-meetings-written = { $count ->
    [one] { $count } réunion écrite dans { $path }
   *[other] { $count } réunions écrites dans { $path }
}
export-actions-written = { $count ->
    [one] { $count } action écrite dans { $path }
   *[other] { $count } actions écrites dans { $path }
}
export-year-not-begun = l'année { $year } n'a pas encore commencé
export-measure-missing = pas de { $measure } dans les chiffres du mois { $month }
export-reading-kept-counts = lecture des comptages gardés
export-reading-meetings-held = lecture des réunions tenues

## remind
export-remind-case = dossier { $code }
export-remind-review = évaluation
export-remind-action = action { $id } ({ $owner })
export-remind-meeting = réunion { $id }
export-remind-no-agenda = aucun ordre du jour rédigé pour la réunion du { $starts }
export-remind-cell = CSIL-R { $code }
export-remind-no-meeting = aucune réunion tenue depuis { $months } mois (dernière : { $last } ; règle R14)
export-remind-no-meeting-ever = aucune réunion tenue depuis { $months } mois (dernière : aucune ; règle R14)
export-remind-referral = orientation { $id } (dossier { $code })
export-remind-no-decision = aucune décision 30 jours après réception ({ $received })
export-remind-ltf-expects = la Task Force Locale (TFL) attend un retour
export-remind-form = fiche de retour { $id } (dossier { $code })
export-remind-form-not-sent = approuvée par tous les participants mais pas envoyée
export-remind-purge = durée de conservation écoulée : purger (`livcr purge --dry-run`)
export-remind-no-declaration = aucune déclaration de confidentialité signée (règle R5)
export-remind-declaration-expires = la déclaration de confidentialité expire le { $until } (règle R5)
export-remind-io-clearance = IO sans habilitation de sécurité "geheim" confirmée (règle R3)
export-remind-rule = règle { $rule } : { $detail }
export-remind-group-composition = composition
export-remind-group-reviews = évaluations
export-remind-group-actions = actions
export-remind-group-referrals = orientations
export-remind-group-feedback = fiches de retour
export-remind-group-meetings = réunions
export-remind-group-members = membres
export-remind-group-retention = conservation
export-remind-heading = { $group } ({ $count }{ $overdue ->
    [0] {""}
   *[other] , { $overdue } en retard
})
export-remind-minor = {" "}(mineur)
export-remind-line-overdue = EN RETARD depuis le { $date }  { $subject } : { $what }
export-remind-line-today = échéance aujourd'hui, { $date }  { $subject } : { $what }
export-remind-line-due = échéance le { $date }  { $subject } : { $what }
export-reading-reviews-due = lecture des évaluations à faire
export-reading-actions-due = lecture des actions à faire
export-reading-planned-meetings = lecture des réunions prévues
export-reading-open-referrals = lecture des orientations ouvertes
export-reading-approved-forms = lecture des fiches approuvées
export-reading-purges-due = lecture des purges à faire
export-reading-last-meeting = lecture de la dernière réunion
export-reading-seats = lecture des sièges

## le chargement en masse de la démo (`livcr demo --scale`)
export-bulk-scale-range = --scale { $scale } est hors limites : les { $municipalities } communes forment au plus { $max } CSIL-R de deux
export-bulk-scale-range-hint = utilisez --scale 1 à { $max }
export-bulk-no-cases = --cases-per-cell 0 ne donne rien à générer
export-bulk-no-cases-hint = utilisez --cases-per-cell 1 ou plus (400 donne un fichier de taille nationale avec --scale 250)
export-bulk-exec = chargement en masse : { $sql }
export-bulk-progress-cells = CSIL-R
export-bulk-progress-audit-log = journal d'audit
export-bulk-progress-record-states = états des enregistrements
export-bulk-progress-committing = validation
export-bulk-starting = démarrage du chargement en masse
export-bulk-committing = validation du chargement en masse
export-bulk-finishing = écriture du fichier chargé depuis son journal
