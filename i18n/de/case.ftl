# Der Bereich Fälle: `livcr case …` und `livcr action …`, die Ablehnungen des Fallschreibers.
# Variablen sind { $name }; Pluralformen mit { $count -> [one] … *[other] … }.

## Daten eines Falls

case-date-in-future = { $what } { $date } liegt in der Zukunft
case-date-in-future-hint = erfassen Sie, was bis heute geschehen ist
case-on-before-opened = --on { $on } liegt vor der Eröffnung des Falls ({ $earliest })
case-on-before-closed = --on { $on } liegt vor dem Abschluss des Falls ({ $earliest })
case-on-before-hint = geben Sie das Datum an, an dem es geschah

## Zuständigkeit für die Gemeinde des Falls

case-coverage-none-hint = ein Fall gehört zu einer Gemeinde des LIVC-R; `livcr cell show { $cell }` listet sie auf
case-coverage-span-until = vom { $from } bis zum { $until }
case-coverage-span-open = ab dem { $from }
case-coverage-and = {" und "}
case-coverage-covered = { $municipality } gehört zu diesem LIVC-R { $periods }
case-coverage-older-hint = { $covered }; um ältere Fälle zu erfassen, verschieben Sie zuerst das Gründungsdatum des LIVC-R: `livcr cell edit { $cell } --established DATE` (die Gemeinden, die mit dem LIVC-R begannen, verschieben sich mit)
case-not-covered = { $municipality } ({ $nis }) gehört am { $on } nicht zum LIVC-R { $cell }

## case open

case-ask-municipality = Gemeinde des Falls
case-ask-municipality-other = eine andere Gemeinde: nach Namen suchen
case-ask-source = Wer hat die Sorge gemeldet
case-ask-phenomenon = Phänomen
case-ask-age-band = Altersgruppe (nie ein Geburtsdatum)
case-police-through-io = { $org } ist die lokale Polizei: ein Signal der Polizei kommt über den IO (--source io)
case-police-through-io-hint = verwenden Sie --source io, oder `livcr referral in` für eine Verweisung aus der LTF
case-io-source-not-police = --source io ist ein Signal über den IO; { $org } ist nicht die lokale Polizei
case-io-source-no-io = --source io erfordert einen aktiven Information Officer (IO) im LIVC-R { $cell } am { $on }; der IO ist die einzige Brücke zur LTF
case-io-source-no-io-hint = erfassen Sie zuerst den IO mit `livcr member add NAME --org POLICE --role io`
case-no-free-code = es konnte kein freier Fallcode gezogen werden; versuchen Sie es erneut
case-opened = Fall { $code } eröffnet ({ $municipality }, { $phenomenon }, { $age_band }), erste Überprüfung bis { $next }
case-opened-minor = der Fall betrifft eine minderjährige Person (Regel R12); er wird in Listen und auf Bögen so gekennzeichnet

## case show

case-event-next-review = nächste Überprüfung { $date }
case-event-decided-by = entschieden von { $name }
case-show-minor-band = { $band } (MINDERJÄHRIG, Regel R12)
case-section-journal = Verlauf
case-section-actions = Maßnahmen
case-section-referrals = Verweisungen (über den IO)
case-section-forms = Rückmeldebögen
case-unknown-stored-status = unbekannter gespeicherter Status { $status }

## case move, note, lead, review, close, reopen

case-move-hint-close-only = von { $from } kann ein Fall nur wechseln nach: closed, mit `livcr case close`
case-move-hint-or-close = von { $from } kann ein Fall wechseln nach: { $allowed }; oder schließen Sie ihn mit `livcr case close` ab
case-move-hint = von { $from } kann ein Fall wechseln nach: { $allowed }
case-cannot-move = Fall { $code } kann nicht von { $from } nach { $to } wechseln
case-moved = Fall { $code } von { $from } nach { $to } verschoben
case-declined-purge = abgelehnt: der Fall ist am { $date } zu löschen (Regel R11)
case-note-added = Notiz zu Fall { $code } hinzugefügt
case-lead-not-open = Fall { $code } ist { $status }; öffnen Sie ihn wieder, bevor Sie die federführende Organisation ändern
case-lead-set = { $org } führt die Begleitung von Fall { $code }
case-review-not-open = Fall { $code } ist { $status }; nur offene Fälle werden überprüft
case-review-not-open-hint = öffnen Sie ihn zuerst mit `livcr case reopen` wieder, wenn er erneut Begleitung braucht
case-review-next-not-after = die nächste Überprüfung ({ $next }) muss nach dieser Überprüfung ({ $on }) liegen
case-review-next-not-after-hint = geben Sie ein späteres Datum mit --next oder ein --interval wie 8w an
case-reviewed = Fall { $code } am { $on } überprüft; nächste Überprüfung { $next }
case-cannot-close = Fall { $code } ist { $status } und kann nicht abgeschlossen werden
case-cannot-close-hint-decline = ein Fall, den der LIVC-R nicht aufnimmt, wird abgelehnt: `livcr case move CODE --to declined`
case-cannot-close-hint-done = er ist bereits abgeschlossen oder abgelehnt
case-closed = Fall { $code } abgeschlossen ({ $reason }); zu löschen am { $purge }
case-closed-open-actions = { $count ->
    [one] { $count } Maßnahme dieses Falls ist noch offen; markieren Sie sie als erledigt oder lassen Sie sie für die Akten stehen
   *[other] { $count } Maßnahmen dieses Falls sind noch offen; markieren Sie sie als erledigt oder lassen Sie sie für die Akten stehen
}
case-reopen-not-closed = Fall { $code } ist { $status }, nicht abgeschlossen
case-reopened = Fall { $code } wieder geöffnet als { $status }; nächste Überprüfung { $next }

## action add, list, done, edit

case-action-empty = leerer Maßnahmentext; sagen Sie, was zu tun ist
case-action-on-future = --on { $on } liegt in der Zukunft
case-action-case-not-open = Fall { $code } ist { $status }; Maßnahmen gehören zu offenen Fällen
case-action-case-not-open-hint = öffnen Sie ihn zuerst mit `livcr case reopen` wieder
case-action-on-before-opened = --on { $on } liegt vor der Eröffnung des Falls ({ $opened })
case-action-added = Maßnahme { $id } für Fall { $code }: { $org } bis { $due }
case-action-due-passed = die Frist { $due } ist bereits verstrichen
case-action-not-found = keine Maßnahme mit der ID { $id }
case-action-not-found-hint = `livcr action list --all` listet sie auf
case-action-already-done = Maßnahme { $id } wurde bereits am { $on } erledigt
case-action-on-before-created = --on { $on } liegt vor der Anlage der Maßnahme ({ $created })
case-action-done = Maßnahme { $id } von Fall { $code } am { $on } erledigt
case-action-field-owner = Zuständige
case-action-field-due = Frist
case-action-field-text = Text
case-action-nothing-to-change = nichts zu ändern
case-action-nothing-to-change-hint = geben Sie --org, --due oder --text an
case-action-updated = Maßnahme { $id } geändert: { $fields }

## Fehler beim Lesen oder Schreiben der Datei (Kontext eines Fehlers)

case-ctx-reading-the-cases-age-band = beim Lesen der Altersgruppe des Falls
case-ctx-reading-case-codes = beim Lesen der Fallcodes
case-ctx-reading-cases = beim Lesen der Fälle
case-ctx-opening-the-case = beim Eröffnen des Falls
case-ctx-reading-the-cells-coverage = beim Lesen der Gemeinden des LIVC-R
case-ctx-reading-the-case = beim Lesen des Falls
case-ctx-writing-the-case-journal = beim Schreiben des Fallverlaufs
case-ctx-reading-the-case-journal = beim Lesen des Fallverlaufs
case-ctx-adding-the-action = beim Hinzufügen der Maßnahme
case-ctx-reading-the-action = beim Lesen der Maßnahme
case-ctx-reading-actions = beim Lesen der Maßnahmen
case-ctx-reading-cases-due-for-purge = beim Lesen der zu löschenden Fälle
case-ctx-keeping-anonymous-counts = beim Führen der anonymen Zählungen
case-ctx-writing-the-destruction-register = beim Schreiben des Vernichtungsregisters
case-ctx-reading-the-cases-actions = beim Lesen der Maßnahmen des Falls
case-ctx-reading-the-state-of-the-cases = beim Lesen des Stands der Fälle
case-ctx-reading-case = beim Lesen des Falls
case-ctx-reading-the-organisations-cases = beim Lesen der Fälle der Organisation
case-ctx-updating-case = beim Ändern von Fall { $code }
case-ctx-updating-action = beim Ändern von Maßnahme { $id }
case-ctx-deleting-case = beim Löschen von Fall { $code }

## Die Namen, unter denen der Fallschreiber einen Wert prüft

case-field-next-review = die nächste Überprüfung
case-field-opening-date = das Eröffnungsdatum
case-field-purge-date = das Löschdatum
case-field-summary = Zusammenfassung
case-field-note = Notiz
case-field-decision = Entscheidung
case-field-reason = Grund
case-field-journal-text = Verlaufstext
case-field-date = das Datum
case-field-action = Maßnahme
case-field-due-date = die Frist

## Die Regeln des Fallschreibers (R9, R10, R11)

case-review-too-far = die nächste Überprüfung von Fall { $code } ({ $next }) liegt mehr als { $weeks } Wochen voraus (Regel R10); spätestens { $latest }
case-review-too-far-after = die nächste Überprüfung ({ $next }) liegt mehr als { $weeks } Wochen nach der Überprüfung vom { $on } (Regel R10); spätestens { $latest }
case-review-too-far-hint = geben Sie ein früheres Datum mit --next oder ein --interval von höchstens 104w an
case-past-retention = Fall { $code } hat seine Aufbewahrungsfrist überschritten: sie endete am { $due } (Regel R11), beurteilt nach dem heutigen Datum; er kann nicht mehr wieder geöffnet, mit Notizen oder Maßnahmen versehen oder auf eine Tagesordnung gesetzt werden
case-past-retention-hint = löschen Sie ihn mit `livcr purge --dry-run`, dann `livcr purge --yes`; eröffnen Sie einen neuen Fall, wenn die Sorge wiederkehrt
case-list-needs-decider = um Fall { $code } auf die Fallliste zu setzen, ist --decided-by nötig: nur der Vorsitzende oder der Bürgermeister seiner Gemeinde entscheidet (Regel R9)
case-list-needs-decider-hint = geben Sie --decided-by MEMBER an (den Vorsitzenden, oder den Bürgermeister der Gemeinde des Falls, der diesen Sitz am Tag der Entscheidung innehat)
case-member-fallback = Mitglied { $id }
case-list-decider-refused = { $name } (#{ $id }) darf Fall { $code } nicht auf die Fallliste setzen: nur der Vorsitzende oder der Bürgermeister von { $municipality } entscheidet (Regel R9); am { $on } hat { $name } { $count ->
    [0] keinen Sitz im LIVC-R
    [one] den Sitz: { $seats }
   *[other] die Sitze: { $seats }
}
case-list-decider-refused-hint = geben Sie den Vorsitzenden oder den Bürgermeister dieser Gemeinde mit --decided-by an
case-status-out-of-order = diese Statusänderung ist auf den { $on } datiert, vor der vorigen Änderung des Falls am { $last }
case-status-out-of-order-hint = datieren Sie sie auf den { $last } oder später (--on)
case-open-not-covered = der Fall kann nicht eröffnet werden: sein LIVC-R ist nicht mehr für { $municipality } zuständig, und ein Fall gehört zu dem LIVC-R, der heute für seine Gemeinde zuständig ist (Regel R9); nichts wurde erfasst
case-open-not-covered-hint = eröffnen Sie ihn in dem LIVC-R, der jetzt für die Gemeinde zuständig ist
case-open-no-longer-covered = Fall { $code } wäre in einem LIVC-R offen, der nicht mehr für { $municipality } zuständig ist (Regel R9): ein Fall gehört zu dem LIVC-R, der heute für seine Gemeinde zuständig ist
case-open-no-longer-covered-hint = öffnen Sie ihn in dem LIVC-R wieder, der jetzt für die Gemeinde zuständig ist
case-ctx-reading-case-code = Fall { $code } lesen
