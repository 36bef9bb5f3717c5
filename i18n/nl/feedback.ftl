# Het domein terugkoppeling: `livcr referral …` en `livcr feedback …`, de consensuspoort (regel R7).
# Variabelen zijn { $naam }; meervoud met { $count -> [one] … *[other] … }.

## De consensuspoort (regel R7)

feedback-problem-not-held = de vergadering van het agendapunt is niet gehouden
feedback-problem-no-participants = voor het agendapunt zijn geen deelnemers geregistreerd
feedback-problem-refused = gaf geen toestemming: { $names }
feedback-problem-missing = nog geen antwoord van: { $names }
feedback-problem-unconfirmed = geen bevestiging dat de fiche geen beroepsgeheim bevat van: { $names }
feedback-problem-answered-later = pas na de verzenddatum geantwoord: { $names }
feedback-problem-no-io = { $io } heeft op { $on } geen geldige io-zetel in de LIVC-R van de fiche; een fiche vertrekt enkel via een actieve information officer (IO)
feedback-date-future = { $what } { $on } ligt in de toekomst
feedback-date-before-meeting = { $what } { $on } ligt vóór de vergadering waarin over de fiche beslist werd ({ $meeting })
feedback-date-before-draft = { $what } { $on } ligt vóór het opstellen van de fiche ({ $drafted })
feedback-date-out-of-range = { $what } { $on } valt buiten { $first }..{ $last }, de datums die het bestand bijhoudt
feedback-field-form-text = tekst van de fiche
feedback-field-sending-date = de verzenddatum
feedback-field-consent-date = de datum van de toestemming
feedback-field-confirmation-date = de datum van de bevestiging
feedback-answer-form-sent = de fiche is verzonden; de antwoorden kunnen niet meer wijzigen
feedback-answer-form-withdrawn = de fiche is ingetrokken; de antwoorden kunnen niet meer wijzigen
feedback-answer-form-fixed-hint = een verzonden fiche ligt vast met haar antwoorden; een ingetrokken fiche wordt vervangen door een nieuw ontwerp
feedback-answer-not-participant = lid { $id } nam niet deel aan het agendapunt waarin over de fiche beslist werd
feedback-answer-not-participant-hint = enkel de deelnemers van dat agendapunt antwoorden; `livcr feedback show ID --format json` toont ze
feedback-answer-not-secret-holder = { $member } is niet geregistreerd als drager van het beroepsgeheim
feedback-answer-not-secret-holder-hint = enkel dragers van het beroepsgeheim bevestigen; is dit lid er een, registreer het dan met `livcr member edit { $id } --secret-holder true`
feedback-answer-date-hint = geef met --on een datum vanaf de vergadering tot vandaag

## Fouten bij het lezen of schrijven van het bestand (context van een fout)

feedback-ctx-recording-the-referral = bij het registreren van de doorverwijzing
feedback-ctx-reading-the-referral = bij het lezen van de doorverwijzing
feedback-ctx-reading-referrals = bij het lezen van de doorverwijzingen
feedback-ctx-drafting-the-feedback-form = bij het opstellen van de terugkoppelingsfiche
feedback-ctx-reading-the-feedback-form = bij het lezen van de terugkoppelingsfiche
feedback-ctx-reading-feedback-forms = bij het lezen van de terugkoppelingsfiches
feedback-ctx-reading-the-items-participants = bij het lezen van de deelnemers van het agendapunt
feedback-ctx-reading-confirmations = bij het lezen van de bevestigingen
feedback-ctx-reading-consents = bij het lezen van de toestemmingen
feedback-ctx-recording-the-consent = bij het registreren van de toestemming
feedback-ctx-recording-the-confirmation = bij het registreren van de bevestiging
feedback-ctx-writing-the-disclosure-register = bij het schrijven van het verstrekkingsregister
feedback-ctx-reading-the-disclosure-register = bij het lezen van het verstrekkingsregister
feedback-ctx-reading-pending-feedback-forms = bij het lezen van de openstaande terugkoppelingsfiches
feedback-ctx-updating-referral = bij het bijwerken van doorverwijzing { $id }
feedback-ctx-reading-form-meeting = bij het lezen van de vergadering van terugkoppelingsfiche { $id }
feedback-ctx-updating-form = bij het bijwerken van terugkoppelingsfiche { $id }

## De schrijver van doorverwijzingen en fiches

feedback-field-form = terugkoppelingsfiche
feedback-field-the-form = de terugkoppelingsfiche
feedback-field-referral-note = notitie bij de doorverwijzing
feedback-field-referral-date = de datum van de doorverwijzing
feedback-field-status-date = de statusdatum
feedback-field-feedback-date = de datum van de terugkoppeling
feedback-form-not-found = geen terugkoppelingsfiche { $id }
feedback-referral-not-found = geen doorverwijzing met id { $id }
feedback-member-not-found = geen lid met id { $id }
feedback-referral-outbound-status = doorverwijzing { $id } is een uitgaande terugkoppelingsfiche; haar status volgt de fiche
feedback-referral-is-outbound = doorverwijzing { $id } is zelf een uitgaande terugkoppelingsfiche
feedback-date-before-referral = { $what } { $on } ligt vóór de doorverwijzing ({ $referral })
feedback-form-other-case = terugkoppelingsfiche { $form } gaat over dossier { $form_case }, doorverwijzing { $referral } over dossier { $referral_case }
feedback-form-other-case-hint = geef met --form een verzonden fiche van het dossier van de doorverwijzing
feedback-form-not-sent = terugkoppelingsfiche { $id } is { $status }, niet verzonden; terugkoppeling bereikt de LTF enkel als fiche die door de consensuspoort verzonden is (regel R7)
feedback-form-not-sent-hint = verzend ze eerst met `livcr feedback send { $id }`
feedback-date-before-sent = de datum van de terugkoppeling { $on } ligt vóór de verzending van terugkoppelingsfiche { $id } ({ $sent })
feedback-form-sent-fixed = terugkoppelingsfiche { $id } is verzonden op { $on } en kan niet meer wijzigen (regel R7)
feedback-form-sent-fixed-hint = wat de LIVC-R verlaten heeft, ligt vast met de antwoorden en het verstrekkingsregister
feedback-form-fixed = terugkoppelingsfiche { $id } is { $status } en kan niet meer wijzigen
feedback-form-fixed-hint = stel een nieuwe fiche op voor het agendapunt met `livcr feedback draft`
feedback-form-sent-needs-io = een verzonden fiche vereist een datum en een IO
feedback-answer-refused = terugkoppelingsfiche { $id }: { $reason } (regel R7)
feedback-form-may-not-be-sent = terugkoppelingsfiche { $id } mag niet verzonden worden (regel R7): { $problems }
feedback-form-may-not-be-sent-hint = een fiche vertrekt enkel met de toestemming van elke deelnemer van het agendapunt en de bevestiging van elke drager van het beroepsgeheim onder hen, via een IO die op de verzenddatum in functie is; één enkel nee houdt ze tegen

## referral in, list, show, update, feedback

feedback-via-not-io = { $name } (#{ $id }) heeft op { $on } geen actieve io-zetel in LIVC-R { $cell }; elke doorverwijzing loopt via een actieve information officer (IO)
feedback-via-not-io-hint = `livcr member list --role io --all` toont de IO's en hun datums
feedback-no-io = geen IO
feedback-cell-no-io = LIVC-R { $cell } heeft op { $on } geen actieve information officer (IO); elke doorverwijzing loopt via de IO
feedback-cell-no-io-hint = registreer de IO met `livcr member add NAME --org POLICE --role io`
feedback-cell-many-ios = LIVC-R { $cell } heeft op { $on } { $count } IO's; zeg met --via welke
feedback-one-of = een van: { $choices }
feedback-received-future = --received { $received } ligt in de toekomst
feedback-expects-before-received = --expects-feedback-by { $expects } ligt vóór --received { $received }
feedback-new-case-options = --municipality, --phenomenon en --age-band horen bij --new
feedback-received-before-opened = --received { $received } ligt vóór de opening van het dossier ({ $opened }, dossier { $code })
feedback-case-is = dossier { $code } is { $status }
feedback-case-is-hint = heropen het eerst met `livcr case reopen`, of open een nieuw dossier met --new
feedback-missing-case-or-new = --case CODE of --new
feedback-referral-received-new = doorverwijzing { $id } ontvangen via { $io } voor nieuw dossier { $code }
feedback-referral-received = doorverwijzing { $id } ontvangen via { $io } voor bestaand dossier { $code }
feedback-referral-not-in-cell = geen doorverwijzing met id { $id } in LIVC-R { $cell }
feedback-referral-not-in-cell-hint = u vindt ze met `livcr referral list`
feedback-referral-updated = doorverwijzing { $id }: status { $status } op { $on }
feedback-no-sent-form = er werd geen terugkoppelingsfiche van dossier { $code } verzonden; terugkoppeling bereikt de LTF enkel als fiche die door de consensuspoort verzonden is (regel R7)
feedback-no-sent-form-hint = stel er een op met `livcr feedback draft`, verzamel het antwoord van elke deelnemer, en daarna `livcr feedback send`
feedback-many-sent-forms = dossier { $code } heeft { $count } verzonden terugkoppelingsfiches; zeg met --form welke
feedback-sent-form-choice = #{ $id } (verzonden { $on })
feedback-referral-fed-back = doorverwijzing { $id }: terugkoppeling op { $on } aan de LTF bezorgd in terugkoppelingsfiche { $form }

## feedback draft, edit, consent, confirm, send, withdraw, show

feedback-form-id-not-found = geen terugkoppelingsfiche met id { $id }
feedback-form-id-not-found-hint = u vindt ze met `livcr feedback list`
feedback-invalid-item = ongeldig --item { $item }
feedback-invalid-item-hint = geef de vergadering en het nummer van het agendapunt als MEETING:ITEM, bv. 12:5 of 2026-12-07:5
feedback-meeting-strategic = vergadering { $id } is een strategische vergadering; over een terugkoppelingsfiche wordt beslist in een casusoverleg
feedback-meeting-not-held = vergadering { $id } is { $status }; over een terugkoppelingsfiche wordt beslist in een gehouden vergadering
feedback-meeting-not-held-hint = sluit eerst de vergadering af met `livcr meeting close { $id }`
feedback-no-such-item = vergadering { $id } heeft geen agendapunt { $number }
feedback-item-other-case = agendapunt { $number } van vergadering { $id } gaat niet over dossier { $code }
feedback-item-other-case-hint = `livcr agenda show { $id }` toont de agendapunten en hun dossiers
feedback-item-no-participants = voor agendapunt { $number } van vergadering { $id } zijn geen deelnemers geregistreerd
feedback-item-no-participants-hint = registreer de beslissing met `livcr meeting decide { $id } { $number } --kind consensus`
feedback-drafted = terugkoppelingsfiche { $id } opgesteld voor dossier { $code }; elke deelnemer van agendapunt { $number } moet toestemming geven
feedback-drafted-minor = het dossier betreft een minderjarige (regel R12); de fiche wordt zo gemarkeerd
feedback-text-unchanged = de tekst is ongewijzigd
feedback-changed = terugkoppelingsfiche { $id } gewijzigd
feedback-changed-answers-reset = { $count ->
    [one] de tekst is gewijzigd: { $count } eerder gegeven antwoord (toestemmingen en bevestigingen) telt niet meer; vraag opnieuw
   *[other] de tekst is gewijzigd: { $count } eerder gegeven antwoorden (toestemmingen en bevestigingen) tellen niet meer; vraag opnieuw
}
feedback-cannot-answer = { $name } (#{ $id }) kan niet antwoorden
feedback-answered = { $name } antwoordde { $answer } voor terugkoppelingsfiche { $id }; de fiche is { $status }
feedback-cannot-confirm = { $name } (#{ $id }) kan niet bevestigen
feedback-confirmed = { $name } bevestigde dat fiche { $id } geen beroepsgeheim bevat; de fiche is { $status }
feedback-may-not-be-sent = terugkoppelingsfiche { $id } mag niet verzonden worden (regel R7)
feedback-sent = terugkoppelingsfiche { $id } verzonden via { $io } op { $on }; opgenomen in het verstrekkingsregister (sha256 { $hash })
feedback-withdraw-question = Terugkoppelingsfiche { $id } (dossier { $code }) intrekken? Ze kan daarna niet meer verzonden worden.
feedback-withdraw-doing = terugkoppelingsfiche { $id } intrekken
feedback-withdrawn = terugkoppelingsfiche { $id } ingetrokken
feedback-meeting-vanished = vergadering verdwenen
feedback-case-vanished = dossier verdwenen
feedback-bad-stored-date = ongeldige opgeslagen datum
feedback-participants-changed = de deelnemers van dit agendapunt zijn gewijzigd: de toestemmingen voor terugkoppelingsfiche { $id } moeten opnieuw gegeven worden
