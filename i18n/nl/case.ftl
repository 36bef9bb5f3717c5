# Het domein dossiers: `livcr case …` en `livcr action …`, de weigeringen van de dossierschrijver.
# Variabelen zijn { $naam }; meervoud met { $count -> [one] … *[other] … }.

## Datums van een dossier

case-date-in-future = { $what } { $date } ligt in de toekomst
case-date-in-future-hint = registreer wat gebeurd is op of vóór vandaag
case-on-before-opened = --on { $on } ligt vóór de opening van het dossier ({ $earliest })
case-on-before-closed = --on { $on } ligt vóór de afsluiting van het dossier ({ $earliest })
case-on-before-hint = geef de datum waarop het gebeurd is

## Dekking van de gemeente van het dossier

case-coverage-none-hint = een dossier hoort bij een gemeente van de LIVC-R; `livcr cell show { $cell }` toont ze
case-coverage-span-until = van { $from } tot { $until }
case-coverage-span-open = vanaf { $from }
case-coverage-and = {" en "}
case-coverage-covered = { $municipality } valt onder deze LIVC-R { $periods }
case-coverage-older-hint = { $covered }; om oudere dossiers in te voeren, verplaatst u eerst de oprichtingsdatum van de LIVC-R: `livcr cell edit { $cell } --established DATE` (de gemeenten die met de LIVC-R begonnen, verschuiven mee)
case-not-covered = { $municipality } ({ $nis }) valt op { $on } niet onder LIVC-R { $cell }

## case open

case-ask-municipality = Gemeente van het dossier
case-ask-municipality-other = een andere gemeente: zoeken op naam
case-ask-source = Wie meldde de bezorgdheid
case-ask-phenomenon = Fenomeen
case-ask-age-band = Leeftijdsgroep (nooit een geboortedatum)
case-police-through-io = { $org } is de lokale politie: een signaal van de politie komt via de IO (--source io)
case-police-through-io-hint = gebruik --source io, of `livcr referral in` voor een doorverwijzing vanuit de LTF
case-io-source-not-police = --source io is een signaal via de IO; { $org } is niet de lokale politie
case-io-source-no-io = --source io vereist een actieve information officer (IO) in LIVC-R { $cell } op { $on }; de IO is de enige brug naar de LTF
case-io-source-no-io-hint = registreer eerst de IO met `livcr member add NAME --org POLICE --role io`
case-no-free-code = er kon geen vrije dossiercode getrokken worden; probeer opnieuw
case-opened = dossier { $code } geopend ({ $municipality }, { $phenomenon }, { $age_band }), eerste evaluatie uiterlijk { $next }
case-opened-minor = het dossier betreft een minderjarige (regel R12); het wordt zo gemarkeerd in lijsten en op fiches

## case show

case-event-next-review = volgende evaluatie { $date }
case-event-decided-by = beslist door { $name }
case-show-minor-band = { $band } (MINDERJARIGE, regel R12)
case-section-journal = Logboek
case-section-actions = Acties
case-section-referrals = Doorverwijzingen (via de IO)
case-section-forms = Terugkoppelingsfiches
case-unknown-stored-status = onbekende opgeslagen status { $status }

## case move, note, lead, review, close, reopen

case-move-hint-close-only = vanuit { $from } kan een dossier enkel overgaan naar: closed, met `livcr case close`
case-move-hint-or-close = vanuit { $from } kan een dossier overgaan naar: { $allowed }; of sluit het af met `livcr case close`
case-move-hint = vanuit { $from } kan een dossier overgaan naar: { $allowed }
case-cannot-move = dossier { $code } kan niet van { $from } naar { $to }
case-moved = dossier { $code } verplaatst van { $from } naar { $to }
case-declined-purge = geweigerd: het dossier moet gewist worden op { $date } (regel R11)
case-note-added = notitie toegevoegd aan dossier { $code }
case-lead-not-open = dossier { $code } is { $status }; heropen het voordat u de trekker wijzigt
case-lead-set = { $org } trekt de opvolging van dossier { $code }
case-review-not-open = dossier { $code } is { $status }; enkel open dossiers worden geëvalueerd
case-review-not-open-hint = heropen het eerst met `livcr case reopen` als het opnieuw opvolging nodig heeft
case-review-next-not-after = de volgende evaluatie ({ $next }) moet na deze evaluatie ({ $on }) komen
case-review-next-not-after-hint = geef een latere datum met --next of een --interval zoals 8w
case-reviewed = dossier { $code } geëvalueerd op { $on }; volgende evaluatie { $next }
case-cannot-close = dossier { $code } is { $status } en kan niet afgesloten worden
case-cannot-close-hint-decline = een dossier dat de LIVC-R niet opneemt, wordt geweigerd: `livcr case move CODE --to declined`
case-cannot-close-hint-done = het is al afgesloten of geweigerd
case-closed = dossier { $code } afgesloten ({ $reason }); te wissen op { $purge }
case-closed-open-actions = { $count ->
    [one] { $count } actie van dit dossier staat nog open; markeer ze als uitgevoerd of laat ze staan voor het verslag
   *[other] { $count } acties van dit dossier staan nog open; markeer ze als uitgevoerd of laat ze staan voor het verslag
}
case-reopen-not-closed = dossier { $code } is { $status }, niet afgesloten
case-reopened = dossier { $code } heropend als { $status }; volgende evaluatie { $next }

## action add, list, done, edit

case-action-empty = lege actietekst; zeg wat er moet gebeuren
case-action-on-future = --on { $on } ligt in de toekomst
case-action-case-not-open = dossier { $code } is { $status }; acties horen bij open dossiers
case-action-case-not-open-hint = heropen het eerst met `livcr case reopen`
case-action-on-before-opened = --on { $on } ligt vóór de opening van het dossier ({ $opened })
case-action-added = actie { $id } voor dossier { $code }: { $org } tegen { $due }
case-action-due-passed = de vervaldatum { $due } is al voorbij
case-action-not-found = geen actie met id { $id }
case-action-not-found-hint = u vindt ze met `livcr action list --all`
case-action-already-done = actie { $id } was al uitgevoerd op { $on }
case-action-on-before-created = --on { $on } ligt vóór de aanmaak van de actie ({ $created })
case-action-done = actie { $id } van dossier { $code } uitgevoerd op { $on }
case-action-field-owner = eigenaar
case-action-field-due = vervaldatum
case-action-field-text = tekst
case-action-nothing-to-change = niets te wijzigen
case-action-nothing-to-change-hint = geef --org, --due of --text
case-action-updated = actie { $id } bijgewerkt: { $fields }

## Fouten bij het lezen of schrijven van het bestand (context van een fout)

case-ctx-reading-the-cases-age-band = bij het lezen van de leeftijdsgroep van het dossier
case-ctx-reading-case-codes = bij het lezen van de dossiercodes
case-ctx-reading-cases = bij het lezen van de dossiers
case-ctx-opening-the-case = bij het openen van het dossier
case-ctx-reading-the-cells-coverage = bij het lezen van de gemeenten van de LIVC-R
case-ctx-reading-the-case = bij het lezen van het dossier
case-ctx-writing-the-case-journal = bij het schrijven van het dossierlogboek
case-ctx-reading-the-case-journal = bij het lezen van het dossierlogboek
case-ctx-adding-the-action = bij het toevoegen van de actie
case-ctx-reading-the-action = bij het lezen van de actie
case-ctx-reading-actions = bij het lezen van de acties
case-ctx-reading-cases-due-for-purge = bij het lezen van de te wissen dossiers
case-ctx-keeping-anonymous-counts = bij het bijhouden van de anonieme tellingen
case-ctx-writing-the-destruction-register = bij het schrijven van het vernietigingsregister
case-ctx-reading-the-cases-actions = bij het lezen van de acties van het dossier
case-ctx-reading-the-state-of-the-cases = bij het lezen van de stand van de dossiers
case-ctx-reading-case = bij het lezen van het dossier
case-ctx-reading-the-organisations-cases = bij het lezen van de dossiers van de organisatie
case-ctx-updating-case = bij het bijwerken van dossier { $code }
case-ctx-updating-action = bij het bijwerken van actie { $id }
case-ctx-deleting-case = bij het verwijderen van dossier { $code }

## De namen waaronder de dossierschrijver een waarde controleert

case-field-next-review = de volgende evaluatie
case-field-opening-date = de openingsdatum
case-field-purge-date = de wisdatum
case-field-summary = samenvatting
case-field-note = notitie
case-field-decision = beslissing
case-field-reason = reden
case-field-journal-text = logboektekst
case-field-date = de datum
case-field-action = actie
case-field-due-date = de vervaldatum

## De regels van de dossierschrijver (R9, R10, R11)

case-review-too-far = de volgende evaluatie van dossier { $code } ({ $next }) ligt meer dan { $weeks } weken vooruit (regel R10); uiterlijk { $latest }
case-review-too-far-after = de volgende evaluatie ({ $next }) ligt meer dan { $weeks } weken na de evaluatie van { $on } (regel R10); uiterlijk { $latest }
case-review-too-far-hint = geef een vroegere datum met --next of een --interval van hoogstens 104w
case-past-retention = dossier { $code } heeft zijn bewaartermijn overschreden: die liep af op { $due } (regel R11), beoordeeld op de datum van vandaag; het kan niet meer heropend worden, geen notities of acties meer krijgen en niet meer op een agenda komen
case-past-retention-hint = wis het met `livcr purge --dry-run` en daarna `livcr purge --yes`; open een nieuw dossier als de bezorgdheid terug is
case-list-needs-decider = dossier { $code } op de casuslijst zetten vereist --decided-by: enkel de voorzitter of de burgemeester van de gemeente beslist (regel R9)
case-list-needs-decider-hint = geef --decided-by MEMBER (de voorzitter, of de burgemeester van de gemeente van het dossier, die dat mandaat bekleedt op de datum van de beslissing)
case-member-fallback = lid { $id }
case-list-decider-refused = { $name } (#{ $id }) mag dossier { $code } niet op de casuslijst zetten: enkel de voorzitter of de burgemeester van { $municipality } beslist (regel R9); op { $on } heeft { $name } { $count ->
    [0] geen zetel in de LIVC-R
    [one] de zetel: { $seats }
   *[other] de zetels: { $seats }
}
case-list-decider-refused-hint = geef de voorzitter of de burgemeester van die gemeente met --decided-by
case-status-out-of-order = deze statuswijziging is gedateerd op { $on }, vóór de vorige wijziging van het dossier op { $last }
case-status-out-of-order-hint = dateer ze op of na { $last } (--on)
case-open-not-covered = het dossier kan niet geopend worden: de LIVC-R dekt { $municipality } niet meer, en een dossier hoort bij de LIVC-R die vandaag de gemeente dekt (regel R9); er werd niets geregistreerd
case-open-not-covered-hint = open het in de LIVC-R die de gemeente nu dekt
case-open-no-longer-covered = dossier { $code } zou open staan in een LIVC-R die { $municipality } niet meer dekt (regel R9): een dossier hoort bij de LIVC-R die vandaag de gemeente dekt
case-open-no-longer-covered-hint = heropen het in de LIVC-R die de gemeente nu dekt
case-ctx-reading-case-code = dossier { $code } lezen
