# Vergaderingen en agenda's: `livcr meeting …`, `livcr agenda …`.
# Statussen (planned, held, cancelled), soorten beslissingen en namen van rubrieken blijven zoals ze getypt worden.

## Een vergadering vinden
meeting-ref-at = #{ $id } om { $time }
meeting-other-cell = vergadering { $id } hoort bij een andere LIVC-R
meeting-no-id = geen vergadering met id { $id }
meeting-hint-list = bekijk ze met `livcr meeting list`
meeting-unknown = onbekende vergadering { $input }
meeting-unknown-hint = verwijs naar een vergadering met haar id of haar datum (JJJJ-MM-DD)
meeting-only-cancelled = de enige vergadering van LIVC-R { $cell } op { $date } werd geannuleerd ({ $list })
meeting-only-cancelled-hint = verwijs naar een geannuleerde vergadering met haar id
meeting-none-on-date = geen vergadering van LIVC-R { $cell } op { $date }
meeting-several-on-date = { $count } vergaderingen op { $date }: { $list }
meeting-several-on-date-hint = geef het id van de vergadering

## Tijden
meeting-time-gap = { $date } { $time } bestaat niet in Brussel (die nacht gaat de klok vooruit)
meeting-time-gap-hint = kies een ander uur
meeting-bad-stored-time = ongeldig opgeslagen vergaderuur { $value }
meeting-time-missing = vergaderuur { $value } bestaat niet
meeting-bad-stored-date = ongeldige opgeslagen vergaderdatum
meeting-plan-past-question = de vergadering van { $when } ligt in het verleden. Doorgaan?
meeting-plan-past = de vergadering van { $when } ligt in het verleden
meeting-move-past-question = het nieuwe tijdstip { $when } ligt in het verleden. Doorgaan?
meeting-move-past = het nieuwe tijdstip { $when } ligt in het verleden
meeting-past-hint = voeg --yes toe om een vergadering in het verleden vast te leggen

## plan, move, cancel
meeting-planned = vergadering { $id } van LIVC-R { $cell } gepland op { $when } ({ $kind })
meeting-draft-note = stel de agenda op met `livcr agenda draft { $id }`
meeting-only-planned-close = vergadering { $id } is { $status }; alleen een geplande vergadering kan als gehouden worden afgesloten{ $state ->
    [held] {" "}(regel R7: een gehouden vergadering ligt vast)
   *[other] {""}
}
meeting-only-planned-move = vergadering { $id } is { $status }; alleen een geplande vergadering kan worden verplaatst{ $state ->
    [held] {" "}(regel R7: een gehouden vergadering ligt vast)
   *[other] {""}
}
meeting-only-planned-cancel = vergadering { $id } is { $status }; alleen een geplande vergadering kan worden geannuleerd{ $state ->
    [held] {" "}(regel R7: een gehouden vergadering ligt vast)
   *[other] {""}
}
meeting-move-to-two = --to verwacht een datum en een uur, bv. --to 2026-12-14 14:00
meeting-moved = vergadering { $id } verplaatst van { $from } naar { $to }
meeting-cancel-question = De vergadering van { $when } (#{ $id }) annuleren? Dit kan niet ongedaan worden gemaakt.
meeting-cancel-what = vergadering { $id } annuleren
meeting-cancelled = vergadering { $id } van { $when } geannuleerd
meeting-same-day = LIVC-R { $cell } heeft die dag al een vergadering ({ $list }); verwijs naar elk met haar id, niet met de datum

## show
meeting-show-agenda = Agenda
meeting-show-attendance = Aanwezigheden

## attend
meeting-no-seat = { $name } (#{ $id }) in { $flag } heeft geen zetel in LIVC-R { $cell } op { $date }
meeting-no-seat-hint = nodig hen eerst uit: `livcr member add NAME --org ORG --role ad_hoc --invited-by CHAIR`
meeting-attend-missing = --present, --excused of --absent ontbreekt
meeting-attend-missing-hint = geef ze als opties (livcr vraagt ontbrekende waarden alleen op een terminal zonder --no-input)
meeting-attendance-fixed = vergadering { $id } is { $status }; de aanwezigheden kunnen niet meer wijzigen (regel R7: wie deelnam, ligt vast zodra de vergadering gehouden is)
meeting-two-lists = { $name } (#{ $id }) staat in twee lijsten; een lid is aanwezig, verontschuldigd of afwezig
meeting-attendance-done = aanwezigheden van vergadering { $id }: { $present } aanwezig, { $excused } verontschuldigd, { $absent } afwezig
meeting-attend-future = vergadering { $id } vindt plaats op { $date }; wie aanwezig of afwezig was, wordt vanaf die dag vastgelegd
meeting-attend-future-hint = leg verontschuldigingen nu vast met --excused, en wie aanwezig was op de dag van de vergadering of daarna

## decide
meeting-was-cancelled = vergadering { $id } werd geannuleerd
meeting-decide-future = vergadering { $id } begint op { $when }; beslissingen worden vastgelegd zodra ze begonnen is
meeting-decide-future-hint = leg beslissingen vast tijdens of na de vergadering
meeting-no-item = vergadering { $id } heeft geen punt { $number }
meeting-no-item-removed = vergadering { $id } heeft geen punt { $number } (het werd verwijderd; een nummer wordt niet opnieuw gegeven)
meeting-no-item-hint = `livcr agenda show { $id }` toont de punten
meeting-no-attendance = geen aanwezigheden vastgelegd voor vergadering { $id }
meeting-no-attendance-hint = leg ze eerst vast met `livcr meeting attend { $id } --present M,…`
meeting-left-not-present = { $name } (#{ $id }) in --left was niet aanwezig op de vergadering
meeting-joined-already = { $name } (#{ $id }) in --joined was al aanwezig op de vergadering
meeting-participants-fixed = de deelnemers aan punt { $number } kunnen niet wijzigen: terugkoppelingsfiche { $form }, waarover in dit punt beslist werd, is op { $date } met hun toestemming verstuurd (regel R7)
meeting-participants-fixed-hint = leg de beslissing opnieuw vast met dezelfde --left en --joined, of laat het punt zoals het is
meeting-decided = punt { $number } van vergadering { $id }: { $kind } ({ $count ->
    [one] { $count } deelnemer
   *[other] { $count } deelnemers
})

## close
meeting-missing-chair = de voorzitter of een burgemeester
meeting-missing-io = een information officer (IO)
meeting-missing-prevention = een preventieambtenaar
meeting-undecided-question = { $count ->
    [one] punt { $list } van vergadering { $id } heeft geen beslissing
   *[other] punten { $list } van vergadering { $id } hebben geen beslissing
}. Toch als gehouden afsluiten? Die punten liggen dan vast als "geen beslissing".
meeting-undecided = { $count ->
    [one] punt { $list } van vergadering { $id } heeft geen beslissing
   *[other] punten { $list } van vergadering { $id } hebben geen beslissing
}; eens de vergadering gehouden is, kan er niet meer over beslist worden
meeting-undecided-hint = leg ze vast met `livcr meeting decide { $id } N --kind …` (postponed of none zijn ook beslissingen), of sluit toch af met --yes
meeting-close-future = vergadering { $id } is gepland op { $when }; ze kan worden afgesloten zodra ze heeft plaatsgevonden
meeting-close-makeup = vergadering { $id } kan niet als gehouden worden afgesloten: op { $date } ontbreekt de LIVC-R zelf wat een casusoverleg vereist: { $makeup } (regel R2); --force gaat voorbij aan wie aanwezig was, nooit aan de samenstelling van de LIVC-R
meeting-close-makeup-hint = leg de ontbrekende zetel vast met `livcr member add` (gedateerd op of voor de vergadering), of annuleer de vergadering met `livcr meeting cancel`
meeting-force-needs-reason = --force vereist een --reason die zegt waarom de wettelijke aanwezigheid ontbreekt
meeting-force-needs-reason-hint = geef --reason TEXT (in algemene bewoordingen)
meeting-close-presence = vergadering { $id } mist de wettelijke aanwezigheid voor een casusoverleg: { $missing } niet aanwezig (regel R2)
meeting-close-presence-hint = verbeter de aanwezigheden, of sluit toch af met --force --reason TEXT (komt in het auditlogboek)
meeting-closed-forced = afgesloten zonder de wettelijke aanwezigheid (ontbrekend: { $missing }); de geforceerde afsluiting staat in het auditlogboek en de reden blijft bij de vergadering bewaard
meeting-no-declaration = { $name } (#{ $id }) nam deel zonder geldige vertrouwelijkheidsverklaring (regel R5)
meeting-closed = vergadering { $id } afgesloten als gehouden

## ics
meeting-ics-wrote = { $count ->
    [one] { $count } vergadering
   *[other] { $count } vergaderingen
} geschreven naar { $path }

## meeting run
meeting-run-needs-terminal = `livcr meeting run` heeft een terminal nodig om zijn vragen te stellen
meeting-run-needs-terminal-hint = gebruik in een script `meeting attend`, `meeting decide`, `action add`, `case move`, `case review` en `meeting close`
meeting-run-status = vergadering { $id } is { $status }
meeting-run-who-present = Wie is aanwezig? (spatie om aan te vinken, enter om te bevestigen)
meeting-run-item = Punt { $number }: { $label }
meeting-run-recorded = vastgelegde beslissing: { $decision }
meeting-run-keep-recorded = de vastgelegde beslissing behouden ({ $decision })
meeting-run-skip = dit punt voorlopig overslaan (nog geen beslissing)
meeting-run-decision = Beslissing
meeting-run-decision-text = Tekst van de beslissing (optioneel, geen identificerende gegevens)
meeting-run-not-saved = niet bewaard: { $error }
meeting-run-add-action = Een actie toevoegen voor dit dossier?
meeting-run-owner = Verantwoordelijke organisatie (id of naam)
meeting-run-due = Vervaldatum (bv. +4w of 2027-01-15)
meeting-run-what = Wat moet er gebeuren (geen identificerende gegevens)
meeting-run-keep-status = { $status } laten
meeting-run-move-to = naar { $status } verplaatsen
meeting-run-case-status = Status van het dossier
meeting-run-decided-by = Beslist door (de voorzitter of de burgemeester)
meeting-run-next-review = Volgende evaluatie (datum of termijn zoals 8w; leeg om te behouden)
meeting-run-close = De vergadering als gehouden afsluiten?
meeting-run-close-undecided = { $count ->
    [one] Punt { $list } heeft geen beslissing; eens de vergadering gehouden is, blijft het onbeslist. De vergadering toch als gehouden afsluiten?
   *[other] Punten { $list } hebben geen beslissing; eens de vergadering gehouden is, blijven ze onbeslist. De vergadering toch als gehouden afsluiten?
}
meeting-run-stays-planned = vergadering { $id } blijft gepland; voer `livcr meeting run { $id }` opnieuw uit om verder te gaan, of sluit ze af met `livcr meeting close { $id }`
meeting-run-kind-consensus = beslist bij consensus
meeting-run-kind-chair = beslist door de voorzitter
meeting-run-kind-postponed = uitgesteld
meeting-run-kind-none = geen beslissing (alleen besproken)
meeting-run-who-left = Wie verliet de zaal voor dit punt? (spatie om aan te vinken, enter om te bevestigen)
meeting-run-who-joined = Wie kwam erbij voor dit punt? (spatie om aan te vinken, enter om te bevestigen)

## agenda
meeting-agenda-not-editable = vergadering { $id } is { $status }; de agenda kan niet meer wijzigen ({ $state ->
    [cancelled] de vergadering werd geannuleerd; plan een nieuwe met `livcr meeting plan`
   *[other] regel R7: een gehouden vergadering ligt vast
})
meeting-agenda-drafted = agenda van vergadering { $id } ({ $date }): { $count ->
    [one] { $count } punt
   *[other] { $count } punten
} toegevoegd
meeting-agenda-empty-text = lege tekst voor het punt
meeting-agenda-strategic-no-case = vergadering { $id } is een strategische vergadering, die geen dossiergegevens bevat
meeting-agenda-strategic-no-case-hint = zet het dossier op een casusoverleg (`meeting plan DATE TIME --kind case`)
meeting-agenda-kind-no-case = --kind { $kind } bevat geen dossiergegevens; laat --case weg
meeting-agenda-case-sections-hint = dossierpunten horen onder signals, new_on_list, reviews, overdue_actions, feedback of closures
meeting-agenda-added = punt { $number } toegevoegd aan vergadering { $id } onder "{ $section }"
meeting-agenda-case-twice = dossier { $case } stond al op deze agenda (punt { $items }); verwijder het nieuwe punt met `livcr agenda rm { $id } { $number }` als het per vergissing twee keer werd toegevoegd
meeting-agenda-fixed-heading = punt { $number } van vergadering { $id } is de vaste rubriek "{ $section }"; het blijft waar het staat
meeting-agenda-fixed-heading-hint = verplaats punten die met de hand zijn toegevoegd of dossierpunten
meeting-agenda-case-item-section = punt { $number } van vergadering { $id } gaat over dossier { $case }; "{ $section }" bevat geen dossiergegevens
meeting-agenda-moved = punt { $number } van vergadering { $id } staat onder "{ $section }"; het nummer blijft { $number }
meeting-agenda-empty-hint = de agenda is leeg; stel ze op met `livcr agenda draft`
meeting-agenda-numbers-hint = de punten hebben de nummers { $numbers }; bekijk ze met `livcr agenda show { $id }`
meeting-agenda-item-decided = punt { $number } van vergadering { $id } bevat een beslissing en kan niet worden verwijderd
meeting-agenda-remove-question = Punt { $number } ({ $label }) verwijderen uit vergadering { $id }?
meeting-agenda-remove-what = punt { $number } van vergadering { $id } verwijderen vereist een bevestiging
meeting-agenda-removed = punt { $number } verwijderd uit vergadering { $id }; de andere punten behouden hun nummer
meeting-agenda-drafted-comes-back = een opgesteld punt komt terug als u de agenda opnieuw opstelt
meeting-agenda-wrote-agenda = agenda van vergadering { $id } geschreven naar { $path }
meeting-agenda-wrote-minutes = verslag van vergadering { $id } geschreven naar { $path }
meeting-agenda-wrote-feedback-form = terugkoppelingsfiche { $id } geschreven naar { $path }
meeting-agenda-wrote-report = jaarverslag { $id } geschreven naar { $path }
meeting-agenda-wrote-other = { $what } { $id } geschreven naar { $path }
meeting-agenda-export-no-seat = { $name } (#{ $id }) heeft geen zetel in LIVC-R { $cell } op { $date }; een agenda gaat alleen naar leden en genodigden
meeting-agenda-export-no-seat-hint = nodig hen eerst uit met `livcr member add NAME --org ORG --role ad_hoc --invited-by CHAIR`

## De vergaderingen in het bestand (src/db/meeting.rs)
meeting-field-date = de vergaderdatum
meeting-field-location = locatie
meeting-field-the-location = de locatie
meeting-field-cancel-reason = reden van annulering
meeting-field-reason = reden
meeting-field-item-or-decision = een agendapunt of beslissing
meeting-field-item = agendapunt
meeting-field-decision = beslissing
meeting-before-established = de vergaderdatum { $date } ligt voor de oprichting van de LIVC-R ({ $established })
meeting-before-established-hint = kies een latere datum, of verbeter de oprichtingsdatum met `livcr cell edit --established DATE`
meeting-strategic-no-case-item = een strategische vergadering bevat geen dossiergegevens: er kan geen dossierpunt worden toegevoegd
meeting-policy-no-case = het punt beleid en tendensen bevat geen dossiergegevens: het kan niet over een dossier gaan
meeting-case-free-hint = zet het dossier op de agenda van een casusoverleg, onder een andere rubriek
meeting-ctx-reading-cell = bij het lezen van de LIVC-R
meeting-ctx-planning = bij het plannen van de vergadering
meeting-ctx-updating = bij het bijwerken van vergadering { $id }
meeting-ctx-reading-meeting = bij het lezen van de vergadering
meeting-ctx-reading-meetings = bij het lezen van de vergaderingen
meeting-ctx-reading-agenda = bij het lezen van de agenda
meeting-ctx-reading-numbers = bij het lezen van de nummers van de agenda
meeting-ctx-numbering = bij het nummeren van het agendapunt
meeting-ctx-adding-item = bij het toevoegen van het agendapunt
meeting-ctx-moving-item = bij het verplaatsen van het agendapunt
meeting-ctx-removing-item = bij het verwijderen van het agendapunt
meeting-ctx-reading-item = bij het lezen van het agendapunt
meeting-ctx-recording-decision = bij het vastleggen van de beslissing
meeting-ctx-reading-attendance = bij het lezen van de aanwezigheden
meeting-ctx-recording-attendance = bij het vastleggen van de aanwezigheden
meeting-ctx-reading-participants = bij het lezen van de deelnemers aan het punt
meeting-ctx-recording-participants = bij het vastleggen van de deelnemers aan het punt
meeting-ctx-reading-previous = bij het lezen van de vorige vergadering
meeting-ctx-reading-case-items = bij het lezen van de agendapunten van het dossier
