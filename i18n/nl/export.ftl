# Exports, rapporten, herinneringen, statistieken en het bulkladen van de demo.

## export, report
export-invalid-month = ongeldige maand { $month }
export-monthly-written = de cijfers van { $period } zijn geschreven naar { $path }
export-cases-written = { $count ->
    [one] 1 dossier geschreven naar { $path }
   *[other] { $count } dossiers geschreven naar { $path }
}
export-meetings-written = { $count ->
    [one] 1 vergadering geschreven naar { $path }
   *[other] { $count } vergaderingen geschreven naar { $path }
}
export-actions-written = { $count ->
    [one] 1 actie geschreven naar { $path }
   *[other] { $count } acties geschreven naar { $path }
}
export-year-not-begun = { $year } is nog niet begonnen
export-measure-missing = geen { $measure } in de cijfers van maand { $month }
export-reading-kept-counts = bewaarde tellingen lezen
export-reading-meetings-held = gehouden vergaderingen lezen

## remind
export-remind-case = dossier { $code }
export-remind-review = evaluatie
export-remind-action = actie { $id } ({ $owner })
export-remind-meeting = vergadering { $id }
export-remind-no-agenda = geen agenda opgesteld voor de vergadering van { $starts }
export-remind-cell = LIVC-R { $code }
export-remind-no-meeting = al { $months } maanden geen vergadering gehouden (laatste: { $last }; regel R14)
export-remind-no-meeting-ever = al { $months } maanden geen vergadering gehouden (laatste: geen; regel R14)
export-remind-referral = doorverwijzing { $id } (dossier { $code })
export-remind-no-decision = geen beslissing 30 dagen na ontvangst ({ $received })
export-remind-ltf-expects = de LTF verwacht een terugkoppeling
export-remind-form = terugkoppelingsfiche { $id } (dossier { $code })
export-remind-form-not-sent = goedgekeurd door alle deelnemers maar niet verzonden
export-remind-purge = bewaartermijn verstreken: wissen (`livcr purge --dry-run`)
export-remind-no-declaration = geen ondertekende vertrouwelijkheidsverklaring (regel R5)
export-remind-declaration-expires = vertrouwelijkheidsverklaring vervalt op { $until } (regel R5)
export-remind-io-clearance = IO zonder bevestigde veiligheidsmachtiging "geheim" (regel R3)
export-remind-rule = regel { $rule }: { $detail }
export-remind-group-composition = samenstelling
export-remind-group-reviews = evaluaties
export-remind-group-actions = acties
export-remind-group-referrals = doorverwijzingen
export-remind-group-feedback = terugkoppeling
export-remind-group-meetings = vergaderingen
export-remind-group-members = leden
export-remind-group-retention = bewaartermijn
export-remind-heading = { $group } ({ $count }{ $overdue ->
    [0] {""}
   *[other] , { $overdue } te laat
})
export-remind-minor = {" "}(minderjarige)
export-remind-line-overdue = TE LAAT sinds { $date }  { $subject }: { $what }
export-remind-line-today = vandaag, { $date }  { $subject }: { $what }
export-remind-line-due = uiterlijk { $date }  { $subject }: { $what }
export-reading-reviews-due = te doen evaluaties lezen
export-reading-actions-due = te doen acties lezen
export-reading-planned-meetings = geplande vergaderingen lezen
export-reading-open-referrals = open doorverwijzingen lezen
export-reading-approved-forms = goedgekeurde fiches lezen
export-reading-purges-due = te wissen dossiers lezen
export-reading-last-meeting = de laatste vergadering lezen
export-reading-seats = zetels lezen

## het bulkladen van de demo (`livcr demo --scale`)
export-bulk-scale-range = --scale { $scale } valt buiten het bereik: de { $municipalities } gemeenten vormen hoogstens { $max } LIVC-R's van twee
export-bulk-scale-range-hint = gebruik --scale 1 tot { $max }
export-bulk-no-cases = --cases-per-cell 0 levert niets op om aan te maken
export-bulk-no-cases-hint = gebruik --cases-per-cell 1 of meer (400 geeft een bestand op nationale schaal bij --scale 250)
export-bulk-exec = bulkladen: { $sql }
export-bulk-progress-cells = LIVC-R's
export-bulk-progress-audit-log = auditlogboek
export-bulk-progress-record-states = toestand van de records
export-bulk-progress-committing = vastleggen
export-bulk-starting = het bulkladen starten
export-bulk-committing = het bulkladen vastleggen
export-bulk-finishing = het bulkbestand uit zijn journaal wegschrijven
