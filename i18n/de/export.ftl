# Exporte, Berichte, Erinnerungen, Statistiken und das Massenladen der Demo.

## export, report
export-invalid-month = ungültiger Monat { $month }
export-monthly-written = Zahlen von { $period } in { $path } geschrieben
export-cases-written = { $count ->
    [one] 1 Fall in { $path } geschrieben
   *[other] { $count } Fälle in { $path } geschrieben
}
export-meetings-written = { $count ->
    [one] 1 Sitzung in { $path } geschrieben
   *[other] { $count } Sitzungen in { $path } geschrieben
}
export-actions-written = { $count ->
    [one] 1 Maßnahme in { $path } geschrieben
   *[other] { $count } Maßnahmen in { $path } geschrieben
}
export-year-not-begun = das Jahr { $year } hat noch nicht begonnen
export-measure-missing = kein { $measure } in den Zahlen des Monats { $month }
export-reading-kept-counts = aufbewahrte Zählungen werden gelesen
export-reading-meetings-held = abgehaltene Sitzungen werden gelesen

## remind
export-remind-case = Fall { $code }
export-remind-review = Überprüfung
export-remind-action = Maßnahme { $id } ({ $owner })
export-remind-meeting = Sitzung { $id }
export-remind-no-agenda = keine Tagesordnung für die Sitzung vom { $starts } erstellt
export-remind-cell = LIVC-R { $code }
export-remind-no-meeting = seit { $months } Monaten keine Sitzung abgehalten (letzte: { $last }; Regel R14)
export-remind-no-meeting-ever = seit { $months } Monaten keine Sitzung abgehalten (letzte: keine; Regel R14)
export-remind-referral = Verweisung { $id } (Fall { $code })
export-remind-no-decision = keine Entscheidung 30 Tage nach Eingang ({ $received })
export-remind-ltf-expects = die LTF erwartet eine Rückmeldung
export-remind-form = Rückmeldebogen { $id } (Fall { $code })
export-remind-form-not-sent = von allen Teilnehmern genehmigt, aber nicht versandt
export-remind-purge = Aufbewahrungsfrist abgelaufen: löschen (`livcr purge --dry-run`)
export-remind-no-declaration = keine unterzeichnete Vertraulichkeitserklärung (Regel R5)
export-remind-declaration-expires = Vertraulichkeitserklärung läuft am { $until } ab (Regel R5)
export-remind-io-clearance = IO ohne bestätigte Sicherheitsermächtigung "geheim" (Regel R3)
export-remind-rule = Regel { $rule }: { $detail }
export-remind-group-composition = Zusammensetzung
export-remind-group-reviews = Überprüfungen
export-remind-group-actions = Maßnahmen
export-remind-group-referrals = Verweisungen
export-remind-group-feedback = Rückmeldebögen
export-remind-group-meetings = Sitzungen
export-remind-group-members = Mitglieder
export-remind-group-retention = Aufbewahrung
export-remind-heading = { $group } ({ $count }{ $overdue ->
    [0] {""}
   *[other] , { $overdue } überfällig
})
export-remind-minor = {" "}(minderjährig)
export-remind-line-overdue = ÜBERFÄLLIG seit { $date }  { $subject }: { $what }
export-remind-line-today = heute fällig, { $date }  { $subject }: { $what }
export-remind-line-due = fällig am { $date }  { $subject }: { $what }
export-reading-reviews-due = fällige Überprüfungen werden gelesen
export-reading-actions-due = fällige Maßnahmen werden gelesen
export-reading-planned-meetings = geplante Sitzungen werden gelesen
export-reading-open-referrals = offene Verweisungen werden gelesen
export-reading-approved-forms = genehmigte Rückmeldebögen werden gelesen
export-reading-purges-due = fällige Löschungen werden gelesen
export-reading-last-meeting = letzte Sitzung wird gelesen
export-reading-seats = Sitze werden gelesen

## das Massenladen der Demo (`livcr demo --scale`)
export-bulk-scale-range = --scale { $scale } liegt außerhalb des Bereichs: die { $municipalities } Gemeinden ergeben höchstens { $max } LIVC-R zu zweit
export-bulk-scale-range-hint = verwenden Sie --scale 1 bis { $max }
export-bulk-no-cases = --cases-per-cell 0 ergibt nichts zu erzeugen
export-bulk-no-cases-hint = verwenden Sie --cases-per-cell 1 oder mehr (400 ergibt eine Datei in nationaler Größe bei --scale 250)
export-bulk-exec = Massenladen: { $sql }
export-bulk-progress-cells = LIVC-R
export-bulk-progress-audit-log = Prüfprotokoll
export-bulk-progress-record-states = Stand der Datensätze
export-bulk-progress-committing = Festschreiben
export-bulk-starting = Massenladen wird gestartet
export-bulk-committing = Massenladen wird festgeschrieben
export-bulk-finishing = geladene Datei wird aus ihrem Journal geschrieben
