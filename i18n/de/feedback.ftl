# Der Bereich Rückmeldung: `livcr referral …` und `livcr feedback …`, die Konsensschranke (Regel R7).
# Variablen sind { $name }; Pluralformen mit { $count -> [one] … *[other] … }.

## Die Konsensschranke (Regel R7)

feedback-problem-not-held = die Sitzung des Tagesordnungspunkts wurde nicht abgehalten
feedback-problem-no-participants = für den Tagesordnungspunkt sind keine Teilnehmenden erfasst
feedback-problem-refused = keine Einwilligung von: { $names }
feedback-problem-missing = noch keine Antwort von: { $names }
feedback-problem-unconfirmed = keine Bestätigung, dass der Bogen kein Berufsgeheimnis enthält, von: { $names }
feedback-problem-answered-later = erst nach dem Versanddatum geantwortet: { $names }
feedback-problem-no-io = { $io } hat am { $on } keinen gültigen io-Sitz im LIVC-R des Bogens; ein Bogen geht nur über einen aktiven Information Officer (IO) hinaus
feedback-date-future = { $what } { $on } liegt in der Zukunft
feedback-date-before-meeting = { $what } { $on } liegt vor der Sitzung, in der über den Bogen entschieden wurde ({ $meeting })
feedback-date-before-draft = { $what } { $on } liegt vor dem Entwurf des Bogens ({ $drafted })
feedback-date-out-of-range = { $what } { $on } liegt außerhalb von { $first }..{ $last }, den Daten, die die Datei führt
feedback-field-form-text = Text des Bogens
feedback-field-sending-date = das Versanddatum
feedback-field-consent-date = das Datum der Einwilligung
feedback-field-confirmation-date = das Datum der Bestätigung
feedback-answer-form-sent = der Bogen wurde versandt; seine Antworten können sich nicht mehr ändern
feedback-answer-form-withdrawn = der Bogen ist zurückgezogen; seine Antworten können sich nicht mehr ändern
feedback-answer-form-fixed-hint = ein versandter Bogen steht mit seinen Antworten fest; ein zurückgezogener wird durch einen neuen Entwurf ersetzt
feedback-answer-not-participant = Mitglied { $id } hat nicht an dem Tagesordnungspunkt teilgenommen, in dem über den Bogen entschieden wurde
feedback-answer-not-participant-hint = nur die Teilnehmenden dieses Punkts antworten; `livcr feedback show ID --format json` listet sie auf
feedback-answer-not-secret-holder = { $member } ist nicht als Träger eines Berufsgeheimnisses erfasst
feedback-answer-not-secret-holder-hint = nur Träger eines Berufsgeheimnisses bestätigen; ist dieses Mitglied einer, erfassen Sie es mit `livcr member edit { $id } --secret-holder true`
feedback-answer-date-hint = geben Sie mit --on ein Datum zwischen der Sitzung und heute an

## Fehler beim Lesen oder Schreiben der Datei (Kontext eines Fehlers)

feedback-ctx-recording-the-referral = beim Erfassen der Verweisung
feedback-ctx-reading-the-referral = beim Lesen der Verweisung
feedback-ctx-reading-referrals = beim Lesen der Verweisungen
feedback-ctx-drafting-the-feedback-form = beim Entwerfen des Rückmeldebogens
feedback-ctx-reading-the-feedback-form = beim Lesen des Rückmeldebogens
feedback-ctx-reading-feedback-forms = beim Lesen der Rückmeldebögen
feedback-ctx-reading-the-items-participants = beim Lesen der Teilnehmenden des Tagesordnungspunkts
feedback-ctx-reading-confirmations = beim Lesen der Bestätigungen
feedback-ctx-reading-consents = beim Lesen der Einwilligungen
feedback-ctx-recording-the-consent = beim Erfassen der Einwilligung
feedback-ctx-recording-the-confirmation = beim Erfassen der Bestätigung
feedback-ctx-writing-the-disclosure-register = beim Schreiben des Weitergaberegisters
feedback-ctx-reading-the-disclosure-register = beim Lesen des Weitergaberegisters
feedback-ctx-reading-pending-feedback-forms = beim Lesen der offenen Rückmeldebögen
feedback-ctx-updating-referral = beim Ändern der Verweisung { $id }
feedback-ctx-reading-form-meeting = beim Lesen der Sitzung des Rückmeldebogens { $id }
feedback-ctx-updating-form = beim Ändern des Rückmeldebogens { $id }

## Der Schreiber der Verweisungen und Bögen

feedback-field-form = Rückmeldebogen
feedback-field-the-form = der Rückmeldebogen
feedback-field-referral-note = Notiz zur Verweisung
feedback-field-referral-date = das Datum der Verweisung
feedback-field-status-date = das Statusdatum
feedback-field-feedback-date = das Datum der Rückmeldung
feedback-form-not-found = kein Rückmeldebogen { $id }
feedback-referral-not-found = keine Verweisung mit der ID { $id }
feedback-member-not-found = kein Mitglied mit der ID { $id }
feedback-referral-outbound-status = Verweisung { $id } ist ein ausgehender Rückmeldebogen; ihr Status folgt dem Bogen
feedback-referral-is-outbound = Verweisung { $id } ist selbst ein ausgehender Rückmeldebogen
feedback-date-before-referral = { $what } { $on } liegt vor der Verweisung ({ $referral })
feedback-form-other-case = Rückmeldebogen { $form } betrifft Fall { $form_case }, Verweisung { $referral } betrifft Fall { $referral_case }
feedback-form-other-case-hint = geben Sie mit --form einen versandten Bogen des Falls der Verweisung an
feedback-form-not-sent = Rückmeldebogen { $id } ist { $status }, nicht versandt; eine Rückmeldung erreicht die LTF nur als Bogen, der durch die Konsensschranke versandt wurde (Regel R7)
feedback-form-not-sent-hint = versenden Sie ihn zuerst mit `livcr feedback send { $id }`
feedback-date-before-sent = das Datum der Rückmeldung { $on } liegt vor dem Versand von Rückmeldebogen { $id } ({ $sent })
feedback-form-sent-fixed = Rückmeldebogen { $id } wurde am { $on } versandt und kann sich nicht mehr ändern (Regel R7)
feedback-form-sent-fixed-hint = was den LIVC-R verlassen hat, steht mit seinen Antworten und dem Weitergaberegister fest
feedback-form-fixed = Rückmeldebogen { $id } ist { $status } und kann sich nicht mehr ändern
feedback-form-fixed-hint = entwerfen Sie einen neuen Bogen für den Tagesordnungspunkt mit `livcr feedback draft`
feedback-form-sent-needs-io = ein versandter Bogen braucht sein Datum und seinen IO
feedback-answer-refused = Rückmeldebogen { $id }: { $reason } (Regel R7)
feedback-form-may-not-be-sent = Rückmeldebogen { $id } darf nicht versandt werden (Regel R7): { $problems }
feedback-form-may-not-be-sent-hint = ein Bogen geht nur mit der Einwilligung aller Teilnehmenden des Punkts und der Bestätigung jedes Trägers eines Berufsgeheimnisses unter ihnen hinaus, über einen am Versanddatum amtierenden IO; ein einziges Nein hält ihn auf

## referral in, list, show, update, feedback

feedback-via-not-io = { $name } (#{ $id }) hat am { $on } keinen aktiven io-Sitz im LIVC-R { $cell }; jede Verweisung läuft über einen aktiven Information Officer (IO)
feedback-via-not-io-hint = `livcr member list --role io --all` zeigt die IOs und ihre Daten
feedback-no-io = kein IO
feedback-cell-no-io = LIVC-R { $cell } hat am { $on } keinen aktiven Information Officer (IO); jede Verweisung läuft über den IO
feedback-cell-no-io-hint = erfassen Sie den IO mit `livcr member add NAME --org POLICE --role io`
feedback-cell-many-ios = LIVC-R { $cell } hat am { $on } { $count } IOs; geben Sie mit --via an, welchen
feedback-one-of = zur Auswahl: { $choices }
feedback-received-future = --received { $received } liegt in der Zukunft
feedback-expects-before-received = --expects-feedback-by { $expects } liegt vor --received { $received }
feedback-new-case-options = --municipality, --phenomenon und --age-band gehören zu --new
feedback-received-before-opened = --received { $received } liegt vor der Eröffnung des Falls ({ $opened }, Fall { $code })
feedback-case-is = Fall { $code } ist { $status }
feedback-case-is-hint = öffnen Sie ihn zuerst mit `livcr case reopen` wieder, oder eröffnen Sie einen neuen Fall mit --new
feedback-missing-case-or-new = --case CODE oder --new
feedback-referral-received-new = Verweisung { $id } über { $io } für neuen Fall { $code } erhalten
feedback-referral-received = Verweisung { $id } über { $io } für bestehenden Fall { $code } erhalten
feedback-referral-not-in-cell = keine Verweisung mit der ID { $id } im LIVC-R { $cell }
feedback-referral-not-in-cell-hint = `livcr referral list` listet sie auf
feedback-referral-updated = Verweisung { $id }: Status { $status } am { $on }
feedback-no-sent-form = kein Rückmeldebogen von Fall { $code } wurde versandt; eine Rückmeldung erreicht die LTF nur als Bogen, der durch die Konsensschranke versandt wurde (Regel R7)
feedback-no-sent-form-hint = entwerfen Sie einen mit `livcr feedback draft`, holen Sie die Antwort aller Teilnehmenden ein, dann `livcr feedback send`
feedback-many-sent-forms = Fall { $code } hat { $count } versandte Rückmeldebögen; geben Sie mit --form an, welchen
feedback-sent-form-choice = #{ $id } (versandt am { $on })
feedback-referral-fed-back = Verweisung { $id }: Rückmeldung am { $on } im Rückmeldebogen { $form } an die LTF übermittelt

## feedback draft, edit, consent, confirm, send, withdraw, show

feedback-form-id-not-found = kein Rückmeldebogen mit der ID { $id }
feedback-form-id-not-found-hint = `livcr feedback list` listet sie auf
feedback-invalid-item = ungültiges --item { $item }
feedback-invalid-item-hint = geben Sie die Sitzung und die Nummer des Tagesordnungspunkts als MEETING:ITEM an, z. B. 12:5 oder 2026-12-07:5
feedback-meeting-strategic = Sitzung { $id } ist eine strategische Sitzung; über einen Rückmeldebogen wird in einer Fallbesprechung entschieden
feedback-meeting-not-held = Sitzung { $id } ist { $status }; über einen Rückmeldebogen wird in einer abgehaltenen Sitzung entschieden
feedback-meeting-not-held-hint = schließen Sie zuerst die Sitzung mit `livcr meeting close { $id }`
feedback-no-such-item = Sitzung { $id } hat keinen Tagesordnungspunkt { $number }
feedback-item-other-case = Tagesordnungspunkt { $number } der Sitzung { $id } betrifft nicht Fall { $code }
feedback-item-other-case-hint = `livcr agenda show { $id }` listet die Tagesordnungspunkte und ihre Fälle auf
feedback-item-no-participants = für Tagesordnungspunkt { $number } der Sitzung { $id } sind keine Teilnehmenden erfasst
feedback-item-no-participants-hint = erfassen Sie die Entscheidung mit `livcr meeting decide { $id } { $number } --kind consensus`
feedback-drafted = Rückmeldebogen { $id } für Fall { $code } entworfen; alle Teilnehmenden von Tagesordnungspunkt { $number } müssen einwilligen
feedback-drafted-minor = der Fall betrifft eine minderjährige Person (Regel R12); der Bogen wird so gekennzeichnet
feedback-text-unchanged = der Text ist unverändert
feedback-changed = Rückmeldebogen { $id } geändert
feedback-changed-answers-reset = { $count ->
    [one] der Text hat sich geändert: { $count } zuvor gegebene Antwort (Einwilligungen und Bestätigungen) zählt nicht mehr; fragen Sie erneut
   *[other] der Text hat sich geändert: { $count } zuvor gegebene Antworten (Einwilligungen und Bestätigungen) zählen nicht mehr; fragen Sie erneut
}
feedback-cannot-answer = { $name } (#{ $id }) kann nicht antworten
feedback-answered = { $name } hat für Rückmeldebogen { $id } { $answer } geantwortet; der Bogen ist { $status }
feedback-cannot-confirm = { $name } (#{ $id }) kann nicht bestätigen
feedback-confirmed = { $name } hat bestätigt, dass Bogen { $id } kein Berufsgeheimnis enthält; der Bogen ist { $status }
feedback-may-not-be-sent = Rückmeldebogen { $id } darf nicht versandt werden (Regel R7)
feedback-sent = Rückmeldebogen { $id } am { $on } über { $io } versandt; im Weitergaberegister erfasst (sha256 { $hash })
feedback-withdraw-question = Rückmeldebogen { $id } (Fall { $code }) zurückziehen? Er kann danach nicht mehr versandt werden.
feedback-withdraw-doing = Rückmeldebogen { $id } wird zurückgezogen
feedback-withdrawn = Rückmeldebogen { $id } zurückgezogen
feedback-meeting-vanished = Sitzung verschwunden
feedback-case-vanished = Fall verschwunden
feedback-bad-stored-date = ungültiges gespeichertes Datum
feedback-participants-changed = die Teilnehmenden dieses Tagesordnungspunkts haben sich geändert: die Einwilligungen zu Rückmeldebogen { $id } müssen erneut gegeben werden
