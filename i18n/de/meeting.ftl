# Sitzungen und Tagesordnungen: `livcr meeting …`, `livcr agenda …`.
# Status (planned, held, cancelled), Arten von Beschlüssen und Rubriknamen, wie man sie eintippt, bleiben unverändert.

## Eine Sitzung finden
meeting-ref-at = #{ $id } um { $time }
meeting-other-cell = Sitzung { $id } gehört zu einer anderen LIVC-R
meeting-no-id = keine Sitzung mit der ID { $id }
meeting-hint-list = zeigen Sie sie mit `livcr meeting list` an
meeting-unknown = unbekannte Sitzung { $input }
meeting-unknown-hint = bezeichnen Sie eine Sitzung mit ihrer ID oder ihrem Datum (JJJJ-MM-TT)
meeting-only-cancelled = die einzige Sitzung der LIVC-R { $cell } am { $date } wurde abgesagt ({ $list })
meeting-only-cancelled-hint = bezeichnen Sie eine abgesagte Sitzung mit ihrer ID
meeting-none-on-date = keine Sitzung der LIVC-R { $cell } am { $date }
meeting-several-on-date = { $count } Sitzungen am { $date }: { $list }
meeting-several-on-date-hint = geben Sie die ID der Sitzung an

## Uhrzeiten
meeting-time-gap = { $date } { $time } gibt es in Brüssel nicht (in dieser Nacht wird die Uhr vorgestellt)
meeting-time-gap-hint = wählen Sie eine andere Uhrzeit
meeting-bad-stored-time = ungültige gespeicherte Sitzungszeit { $value }
meeting-time-missing = die Sitzungszeit { $value } gibt es nicht
meeting-bad-stored-date = ungültiges gespeichertes Sitzungsdatum
meeting-plan-past-question = die Sitzung vom { $when } liegt in der Vergangenheit. Fortfahren?
meeting-plan-past = die Sitzung vom { $when } liegt in der Vergangenheit
meeting-move-past-question = der neue Zeitpunkt { $when } liegt in der Vergangenheit. Fortfahren?
meeting-move-past = der neue Zeitpunkt { $when } liegt in der Vergangenheit
meeting-past-hint = fügen Sie --yes hinzu, um eine vergangene Sitzung zu erfassen

## plan, move, cancel
meeting-planned = Sitzung { $id } der LIVC-R { $cell } geplant am { $when } ({ $kind })
meeting-draft-note = erstellen Sie ihre Tagesordnung mit `livcr agenda draft { $id }`
meeting-only-planned-close = Sitzung { $id } ist { $status }; nur eine geplante Sitzung kann als abgehalten abgeschlossen werden{ $state ->
    [held] {" "}(Regel R7: eine abgehaltene Sitzung steht fest)
   *[other] {""}
}
meeting-only-planned-move = Sitzung { $id } ist { $status }; nur eine geplante Sitzung kann verlegt werden{ $state ->
    [held] {" "}(Regel R7: eine abgehaltene Sitzung steht fest)
   *[other] {""}
}
meeting-only-planned-cancel = Sitzung { $id } ist { $status }; nur eine geplante Sitzung kann abgesagt werden{ $state ->
    [held] {" "}(Regel R7: eine abgehaltene Sitzung steht fest)
   *[other] {""}
}
meeting-move-to-two = --to erwartet ein Datum und eine Uhrzeit, z. B. --to 2026-12-14 14:00
meeting-moved = Sitzung { $id } verlegt von { $from } auf { $to }
meeting-cancel-question = Die Sitzung vom { $when } (#{ $id }) absagen? Dies kann nicht rückgängig gemacht werden.
meeting-cancel-what = Absage der Sitzung { $id }
meeting-cancelled = Sitzung { $id } vom { $when } abgesagt
meeting-same-day = die LIVC-R { $cell } hat an diesem Tag bereits eine Sitzung ({ $list }); bezeichnen Sie jede mit ihrer ID, nicht mit dem Datum

## show
meeting-show-agenda = Tagesordnung
meeting-show-attendance = Anwesenheit

## attend
meeting-no-seat = { $name } (#{ $id }) in { $flag } hat am { $date } keinen Sitz in der LIVC-R { $cell }
meeting-no-seat-hint = laden Sie die Person zuerst ein: `livcr member add NAME --org ORG --role ad_hoc --invited-by CHAIR`
meeting-attend-missing = es fehlt --present, --excused oder --absent
meeting-attend-missing-hint = geben Sie sie als Optionen an (livcr fragt fehlende Werte nur an einem Terminal ohne --no-input ab)
meeting-attendance-fixed = Sitzung { $id } ist { $status }; ihre Anwesenheit kann sich nicht mehr ändern (Regel R7: wer teilgenommen hat, steht fest, sobald die Sitzung abgehalten ist)
meeting-two-lists = { $name } (#{ $id }) steht in zwei Listen; ein Mitglied ist anwesend, entschuldigt oder abwesend
meeting-attendance-done = Anwesenheit der Sitzung { $id }: { $present } anwesend, { $excused } entschuldigt, { $absent } abwesend
meeting-attend-future = Sitzung { $id } findet am { $date } statt; wer anwesend oder abwesend war, wird ab diesem Tag erfasst
meeting-attend-future-hint = erfassen Sie Entschuldigungen jetzt mit --excused, und die Anwesenden am Tag der Sitzung oder danach

## decide
meeting-was-cancelled = Sitzung { $id } wurde abgesagt
meeting-decide-future = Sitzung { $id } beginnt am { $when }; Beschlüsse werden erfasst, sobald sie begonnen hat
meeting-decide-future-hint = erfassen Sie Beschlüsse während oder nach der Sitzung
meeting-no-item = Sitzung { $id } hat keinen Punkt { $number }
meeting-no-item-removed = Sitzung { $id } hat keinen Punkt { $number } (er wurde entfernt; eine Nummer wird nicht erneut vergeben)
meeting-no-item-hint = `livcr agenda show { $id }` zeigt die Punkte
meeting-no-attendance = keine Anwesenheit für Sitzung { $id } erfasst
meeting-no-attendance-hint = erfassen Sie sie zuerst mit `livcr meeting attend { $id } --present M,…`
meeting-left-not-present = { $name } (#{ $id }) in --left war in der Sitzung nicht anwesend
meeting-joined-already = { $name } (#{ $id }) in --joined war in der Sitzung bereits anwesend
meeting-participants-fixed = die Teilnehmenden an Punkt { $number } können sich nicht mehr ändern: der Rückmeldebogen { $form }, der in diesem Punkt beschlossen wurde, wurde am { $date } mit ihrer Einwilligung versandt (Regel R7)
meeting-participants-fixed-hint = erfassen Sie den Beschluss erneut mit denselben --left und --joined, oder lassen Sie den Punkt, wie er ist
meeting-decided = Punkt { $number } der Sitzung { $id }: { $kind } ({ $count ->
    [one] { $count } Teilnehmer
   *[other] { $count } Teilnehmende
})

## close
meeting-missing-chair = der Vorsitzende oder ein Bürgermeister
meeting-missing-io = ein Information Officer (IO)
meeting-missing-prevention = ein Präventionsbeauftragter
meeting-undecided-question = { $count ->
    [one] Punkt { $list } der Sitzung { $id } hat keinen Beschluss
   *[other] Punkte { $list } der Sitzung { $id } haben keinen Beschluss
}. Trotzdem als abgehalten abschließen? Diese Punkte stehen dann als „kein Beschluss“ fest.
meeting-undecided = { $count ->
    [one] Punkt { $list } der Sitzung { $id } hat keinen Beschluss
   *[other] Punkte { $list } der Sitzung { $id } haben keinen Beschluss
}; sobald die Sitzung abgehalten ist, kann darüber nicht mehr beschlossen werden
meeting-undecided-hint = erfassen Sie sie mit `livcr meeting decide { $id } N --kind …` (auch postponed oder none sind Beschlüsse), oder schließen Sie trotzdem mit --yes ab
meeting-close-future = Sitzung { $id } ist für { $when } geplant; sie kann abgeschlossen werden, sobald sie stattgefunden hat
meeting-close-makeup = Sitzung { $id } kann nicht als abgehalten abgeschlossen werden: am { $date } fehlt der LIVC-R selbst, was eine Fallbesprechung braucht: { $makeup } (Regel R2); --force übergeht die Anwesenheit, nie die Zusammensetzung der LIVC-R
meeting-close-makeup-hint = erfassen Sie den fehlenden Sitz mit `livcr member add` (datiert auf den Sitzungstag oder früher), oder sagen Sie die Sitzung mit `livcr meeting cancel` ab
meeting-force-needs-reason = --force braucht ein --reason, das sagt, warum die gesetzlich vorgeschriebene Anwesenheit fehlt
meeting-force-needs-reason-hint = geben Sie --reason TEXT an (allgemein formuliert)
meeting-close-presence = Sitzung { $id } fehlt die gesetzlich vorgeschriebene Anwesenheit für eine Fallbesprechung: { $missing } nicht anwesend (Regel R2)
meeting-close-presence-hint = berichtigen Sie die Anwesenheit, oder schließen Sie trotzdem mit --force --reason TEXT ab (im Prüfprotokoll vermerkt)
meeting-closed-forced = ohne die gesetzlich vorgeschriebene Anwesenheit abgeschlossen (es fehlt: { $missing }); der erzwungene Abschluss steht im Prüfprotokoll, und der Grund bleibt bei der Sitzung gespeichert
meeting-no-declaration = { $name } (#{ $id }) hat ohne gültige Vertraulichkeitserklärung teilgenommen (Regel R5)
meeting-closed = Sitzung { $id } als abgehalten abgeschlossen

## ics
meeting-ics-wrote = { $count ->
    [one] { $count } Sitzung
   *[other] { $count } Sitzungen
} in { $path } geschrieben

## meeting run
meeting-run-needs-terminal = `livcr meeting run` braucht ein Terminal, um seine Fragen zu stellen
meeting-run-needs-terminal-hint = verwenden Sie in einem Skript `meeting attend`, `meeting decide`, `action add`, `case move`, `case review` und `meeting close`
meeting-run-status = Sitzung { $id } ist { $status }
meeting-run-who-present = Wer ist anwesend? (Leertaste zum Ankreuzen, Eingabe zum Bestätigen)
meeting-run-item = Punkt { $number }: { $label }
meeting-run-recorded = erfasster Beschluss: { $decision }
meeting-run-keep-recorded = den erfassten Beschluss beibehalten ({ $decision })
meeting-run-skip = diesen Punkt vorerst überspringen (noch kein Beschluss)
meeting-run-decision = Beschluss
meeting-run-decision-text = Text des Beschlusses (freiwillig, keine identifizierenden Angaben)
meeting-run-not-saved = nicht gespeichert: { $error }
meeting-run-add-action = Eine Maßnahme für diesen Fall hinzufügen?
meeting-run-owner = Verantwortliche Organisation (ID oder Name)
meeting-run-due = Fälligkeitsdatum (z. B. +4w oder 2027-01-15)
meeting-run-what = Was ist zu tun (keine identifizierenden Angaben)
meeting-run-keep-status = auf { $status } lassen
meeting-run-move-to = nach { $status } verschieben
meeting-run-case-status = Status des Falls
meeting-run-decided-by = Beschlossen von (dem Vorsitzenden oder dem Bürgermeister)
meeting-run-next-review = Nächste Überprüfung (Datum oder Frist wie 8w; leer zum Beibehalten)
meeting-run-close = Die Sitzung als abgehalten abschließen?
meeting-run-close-undecided = { $count ->
    [one] Punkt { $list } hat keinen Beschluss; sobald die Sitzung abgehalten ist, bleibt er unentschieden. Die Sitzung trotzdem als abgehalten abschließen?
   *[other] Punkte { $list } haben keinen Beschluss; sobald die Sitzung abgehalten ist, bleiben sie unentschieden. Die Sitzung trotzdem als abgehalten abschließen?
}
meeting-run-stays-planned = Sitzung { $id } bleibt geplant; führen Sie `livcr meeting run { $id }` erneut aus, um fortzufahren, oder schließen Sie sie mit `livcr meeting close { $id }` ab
meeting-run-kind-consensus = im Konsens beschlossen
meeting-run-kind-chair = vom Vorsitzenden beschlossen
meeting-run-kind-postponed = vertagt
meeting-run-kind-none = kein Beschluss (nur besprochen)
meeting-run-who-left = Wer hat für diesen Punkt den Raum verlassen? (Leertaste zum Ankreuzen, Eingabe zum Bestätigen)
meeting-run-who-joined = Wer ist für diesen Punkt hinzugekommen? (Leertaste zum Ankreuzen, Eingabe zum Bestätigen)

## agenda
meeting-agenda-not-editable = Sitzung { $id } ist { $status }; ihre Tagesordnung kann sich nicht mehr ändern ({ $state ->
    [cancelled] die Sitzung wurde abgesagt; planen Sie eine neue mit `livcr meeting plan`
   *[other] Regel R7: eine abgehaltene Sitzung steht fest
})
meeting-agenda-drafted = Tagesordnung der Sitzung { $id } ({ $date }): { $count ->
    [one] { $count } Punkt
   *[other] { $count } Punkte
} hinzugefügt
meeting-agenda-empty-text = leerer Text des Punktes
meeting-agenda-strategic-no-case = Sitzung { $id } ist eine strategische Sitzung, die keine Falldaten enthält
meeting-agenda-strategic-no-case-hint = setzen Sie den Fall auf eine Fallbesprechung (`meeting plan DATE TIME --kind case`)
meeting-agenda-kind-no-case = --kind { $kind } enthält keine Falldaten; lassen Sie --case weg
meeting-agenda-case-sections-hint = Fallpunkte gehören unter signals, new_on_list, reviews, overdue_actions, feedback oder closures
meeting-agenda-added = Punkt { $number } zur Sitzung { $id } unter „{ $section }“ hinzugefügt
meeting-agenda-case-twice = Fall { $case } stand bereits auf dieser Tagesordnung (Punkt { $items }); entfernen Sie den neuen Punkt mit `livcr agenda rm { $id } { $number }`, falls er versehentlich zweimal hinzugefügt wurde
meeting-agenda-fixed-heading = Punkt { $number } der Sitzung { $id } ist die feste Rubrik „{ $section }“; er bleibt, wo er ist
meeting-agenda-fixed-heading-hint = verschieben Sie von Hand hinzugefügte Punkte oder Fallpunkte
meeting-agenda-case-item-section = Punkt { $number } der Sitzung { $id } betrifft Fall { $case }; „{ $section }“ enthält keine Falldaten
meeting-agenda-moved = Punkt { $number } der Sitzung { $id } steht unter „{ $section }“; seine Nummer bleibt { $number }
meeting-agenda-empty-hint = ihre Tagesordnung ist leer; erstellen Sie sie mit `livcr agenda draft`
meeting-agenda-numbers-hint = ihre Punkte haben die Nummern { $numbers }; zeigen Sie sie mit `livcr agenda show { $id }` an
meeting-agenda-item-decided = Punkt { $number } der Sitzung { $id } trägt einen Beschluss und kann nicht entfernt werden
meeting-agenda-remove-question = Punkt { $number } ({ $label }) aus Sitzung { $id } entfernen?
meeting-agenda-remove-what = das Entfernen von Punkt { $number } der Sitzung { $id } braucht eine Bestätigung
meeting-agenda-removed = Punkt { $number } aus Sitzung { $id } entfernt; die übrigen Punkte behalten ihre Nummer
meeting-agenda-drafted-comes-back = ein erstellter Punkt kommt zurück, wenn Sie die Tagesordnung erneut erstellen
meeting-agenda-wrote-agenda = Tagesordnung der Sitzung { $id } in { $path } geschrieben
meeting-agenda-wrote-minutes = Protokoll der Sitzung { $id } in { $path } geschrieben
meeting-agenda-wrote-feedback-form = Rückmeldebogen { $id } in { $path } geschrieben
meeting-agenda-wrote-report = Jahresbericht { $id } in { $path } geschrieben
meeting-agenda-wrote-other = { $what } { $id } in { $path } geschrieben
meeting-agenda-export-no-seat = { $name } (#{ $id }) hat am { $date } keinen Sitz in der LIVC-R { $cell }; eine Tagesordnung geht nur an Mitglieder und Eingeladene
meeting-agenda-export-no-seat-hint = laden Sie die Person zuerst mit `livcr member add NAME --org ORG --role ad_hoc --invited-by CHAIR` ein

## Die Sitzungen der Datei (src/db/meeting.rs)
meeting-field-date = das Sitzungsdatum
meeting-field-location = Ort
meeting-field-the-location = der Ort
meeting-field-cancel-reason = Grund der Absage
meeting-field-reason = Grund
meeting-field-item-or-decision = ein Tagesordnungspunkt oder Beschluss
meeting-field-item = Tagesordnungspunkt
meeting-field-decision = Beschluss
meeting-before-established = das Sitzungsdatum { $date } liegt vor der Gründung der LIVC-R ({ $established })
meeting-before-established-hint = wählen Sie ein späteres Datum, oder berichtigen Sie das Gründungsdatum mit `livcr cell edit --established DATE`
meeting-strategic-no-case-item = eine strategische Sitzung enthält keine Falldaten: es kann kein Fallpunkt hinzugefügt werden
meeting-policy-no-case = der Punkt Politik und Tendenzen enthält keine Falldaten: er kann keinen Fall betreffen
meeting-case-free-hint = setzen Sie den Fall auf die Tagesordnung einer Fallbesprechung, unter eine andere Rubrik
meeting-ctx-reading-cell = beim Lesen der LIVC-R
meeting-ctx-planning = beim Planen der Sitzung
meeting-ctx-updating = beim Aktualisieren der Sitzung { $id }
meeting-ctx-reading-meeting = beim Lesen der Sitzung
meeting-ctx-reading-meetings = beim Lesen der Sitzungen
meeting-ctx-reading-agenda = beim Lesen der Tagesordnung
meeting-ctx-reading-numbers = beim Lesen der Nummern der Tagesordnung
meeting-ctx-numbering = beim Nummerieren des Tagesordnungspunktes
meeting-ctx-adding-item = beim Hinzufügen des Tagesordnungspunktes
meeting-ctx-moving-item = beim Verschieben des Tagesordnungspunktes
meeting-ctx-removing-item = beim Entfernen des Tagesordnungspunktes
meeting-ctx-reading-item = beim Lesen des Tagesordnungspunktes
meeting-ctx-recording-decision = beim Erfassen des Beschlusses
meeting-ctx-reading-attendance = beim Lesen der Anwesenheit
meeting-ctx-recording-attendance = beim Erfassen der Anwesenheit
meeting-ctx-reading-participants = beim Lesen der Teilnehmenden am Punkt
meeting-ctx-recording-participants = beim Erfassen der Teilnehmenden am Punkt
meeting-ctx-reading-previous = beim Lesen der vorigen Sitzung
meeting-ctx-reading-case-items = beim Lesen der Tagesordnungspunkte des Falls
