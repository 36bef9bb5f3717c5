# De samenstelling van een LIVC-R: LIVC-R's, organisaties, leden en hun zetels (regels R1-R5).

## Regels R1-R5 (`cell check`, `cell show`)

comp-r1-no-municipality = de LIVC-R bedient geen enkele gemeente
comp-r1-no-mayor = { $municipality } ({ $nis }) heeft geen burgemeester of vertegenwoordiger van de burgemeester
comp-r1-mayor-not-covered = burgemeesterszetel voor { $nis }, een gemeente die de LIVC-R niet bedient
comp-r1-ok-joint = gezamenlijke LIVC-R van { $count } gemeenten, elk met een burgemeester
comp-r1-ok = één gemeente, met haar burgemeester
comp-r2-no-chair = geen voorzitter
comp-r2-chair-not-mayor = de voorzitter heeft geen burgemeesterszetel van een gemeente van de LIVC-R
comp-r2-many-chairs = { $count } voorzitters tegelijk; een LIVC-R heeft er één
comp-r2-io-not-police = de IO-zetel wordt bezet door iemand buiten de lokale politie
comp-r2-no-io = geen information officer (io) van de lokale politie
comp-r2-no-prevention = geen gemeentelijke preventieambtenaar
comp-r2-ok = een voorzitter die burgemeester is, een IO en een preventieambtenaar
comp-r3-no-clearance = IO zonder bevestigde veiligheidsmachtiging "geheim"
comp-r3-ok = de machtiging van elke IO is bevestigd
comp-r4-security = lid van { $service }, een veiligheids- of inlichtingendienst
comp-r4-police-seat = lid van de lokale politie in een zetel { $role }; de politie zetelt enkel als IO
comp-r4-ok = geen veiligheids- of inlichtingendienst aan tafel
comp-r5-none = geen ondertekende vertrouwelijkheidsverklaring
comp-r5-expired = vertrouwelijkheidsverklaring verlopen op { $date }
comp-r5-future = vertrouwelijkheidsverklaring pas ondertekend op { $date }
comp-r5-ok = elk lid ondertekende een geldige vertrouwelijkheidsverklaring

## Weigeringen door de regels

comp-r4-org-refused = { $name } is { $service }: veiligheids- en inlichtingendiensten zetelen niet in een LIVC-R (regel R4)
comp-r4-org-refused-hint = de politie neemt enkel deel via de information officer van de lokale politie (rol io), die de LTF vertegenwoordigt
comp-r4-police-not-io = { $org } is een lokale politiedienst; haar leden zetelen enkel als information officer (regel R4), en { $who } zou een zetel { $role } bezetten
comp-r4-police-not-io-hint = gebruik voor een nieuwe zetel --role io of de andere organisatie van het lid; een bestaande zetel beëindigt u met `livcr member end { $member } --role { $role }`
comp-r4-io-not-police = de io-zetel is voor de information officer van de lokale politie (regel R4); { $who } zou hem bezetten als lid van { $org }, sector { $sector }
comp-r4-io-not-police-hint = kies de organisatie van de lokale politie (sector local_police); een bestaande zetel beëindigt u met `livcr member end { $member } --role io`
comp-r4-looks-police = { $org } lijkt een lokale politiedienst; haar leden zetelen enkel als information officer (regel R4), en { $who } zou een zetel { $role } bezetten
comp-r4-looks-police-hint = als het de politie is, stel de sector in met `livcr org edit { $id } --sector local_police`; zo niet, geef haar een andere naam
comp-r2-held-meeting = de zetel { $role } was geldig op vergadering { $id }, gehouden op { $date }; hij kan niet eindigen op { $until }, vóór die vergadering (regel R2: de samenstelling van een gehouden vergadering ligt vast)
comp-end-after-hint = beëindig hem na { $date }
comp-r9-open-cases = LIVC-R { $cell } heeft nog { $count ->
        [one] 1 open dossier
       *[other] { $count } open dossiers
    } van { $municipality } ({ $codes }); een dossier hoort bij de LIVC-R die zijn gemeente bedient (regel R9), dus { $municipality } kan niet vertrekken op { $on }
comp-r9-open-cases-hint = verplaats ze met --transfer-to CELL (de LIVC-R die de gemeente daarna bedient) of sluit ze af met --close-open-cases REASON
comp-mayor-org-mismatch = de burgemeesterszetel voor { $municipality } wordt bezet door een lid van { $org }, dat { $named } noemt: in een gezamenlijke LIVC-R spreekt elke burgemeester voor de eigen gemeente (controleer de organisatie of de zetel)
comp-establish-ended = { $label } begon met de LIVC-R op { $old } en eindigde op { $until }; de LIVC-R kan niet opgericht zijn op { $new }, daarna
comp-establish-depends = { $label } begint op { $from }, vóór { $new }; de LIVC-R kan niet opgericht zijn na wat ervan afhangt
comp-establish-before-hint = geef een oprichtingsdatum op of vóór { $date }

## De schrijvers van de samenstelling

comp-period-coverage = de periode waarin de LIVC-R { $municipality } bedient
comp-period-seat = de zetel { $role } van { $name } (#{ $id })
comp-establish-future = LIVC-R { $cell } kan niet opgericht zijn op { $new }: die datum is nog niet aangebroken
comp-establish-future-hint = geef de datum waarop de LIVC-R werd opgericht, vandaag of eerder
comp-establish-after-records = LIVC-R { $cell } heeft een vergadering of een dossier van { $first }; ze kan niet opgericht zijn op { $new }, daarna
comp-establish-covered = { $municipality } wordt bediend door LIVC-R { $other } tot { $until }; LIVC-R { $cell } kan de gemeente niet bedienen vanaf { $new } (regel R1: één LIVC-R per gemeente tegelijk)
comp-establish-covered-today = { $municipality } wordt bediend door LIVC-R { $other } tot vandaag; LIVC-R { $cell } kan de gemeente niet bedienen vanaf { $new } (regel R1: één LIVC-R per gemeente tegelijk)
comp-establish-after-hint = geef een oprichtingsdatum op of na { $date }
comp-org-name-taken = er bestaat al een andere organisatie met de naam { $name }
comp-org-name-taken-hint = kies een andere naam, of bekijk de lijst met `livcr org list`
comp-declaration-future = vertrouwelijkheidsverklaring ondertekend op { $date } ligt in de toekomst (vandaag is { $today })
comp-clearance-future = machtiging "geheim" bevestigd op { $date } ligt in de toekomst (vandaag is { $today })
comp-date-future-hint = geef met { $flag } de datum waarop het gebeurde, vandaag of eerder
comp-seat-end-present = { $name } (#{ $id }) staat als aanwezig genoteerd op vergadering { $meeting } op { $date }; de zetel kan niet eindigen op { $until }, vóór die vergadering
comp-seat-end-present-hint = beëindig hem na { $date }, of verbeter eerst de aanwezigheid (`livcr meeting attend { $meeting } --absent { $id }`)
comp-seat-end-breaks-r2 = vanaf { $until } voldoet LIVC-R { $cell } niet aan regel R2: { $problem } (`livcr cell check --on { $until }`)

## Wat er gebeurde toen het bestand faalde

comp-ctx-adding-cell = bij het toevoegen van LIVC-R { $code }
comp-ctx-updating-cell = bij het bijwerken van LIVC-R { $code }
comp-ctx-moving-coverage = bij het verplaatsen van de bediende gemeenten naar de oprichtingsdatum
comp-ctx-moving-seat = bij het verplaatsen van de zetel naar de oprichtingsdatum
comp-ctx-reading-closed-cases = bij het lezen van de afgesloten dossiers van de LIVC-R
comp-ctx-stored-closure-date = opgeslagen afsluitingsdatum { $date }
comp-ctx-recomputing-purge-date = bij het herberekenen van een wisdatum
comp-ctx-reading-held-meetings = bij het lezen van de gehouden vergaderingen
comp-ctx-reading-cells = bij het lezen van de LIVC-R's
comp-ctx-reading-cell = bij het lezen van LIVC-R { $cell }
comp-ctx-reading-coverage-of = bij het lezen van de LIVC-R die { $nis } bedient
comp-ctx-reading-municipalities = bij het lezen van de gemeenten van de LIVC-R
comp-ctx-adding-coverage = bij het toevoegen van { $nis } aan de LIVC-R
comp-ctx-reading-the-coverage = bij het lezen van de bediende gemeente
comp-ctx-ending-coverage = bij het beëindigen van de bediening van de gemeente
comp-ctx-adding-org = bij het toevoegen van organisatie { $name }
comp-ctx-updating-org = bij het bijwerken van organisatie { $id }
comp-ctx-reading-orgs = bij het lezen van de organisaties
comp-ctx-reading-org = bij het lezen van de organisatie
comp-ctx-reading-org-members = bij het lezen van de leden van de organisatie
comp-ctx-reading-members = bij het lezen van de leden
comp-ctx-reading-member = bij het lezen van het lid
comp-ctx-reading-member-by-email = bij het zoeken van het lid op e-mailadres
comp-ctx-adding-member = bij het toevoegen van lid { $name }
comp-ctx-no-org = geen organisatie { $id }
comp-ctx-updating-member = bij het bijwerken van lid { $id }
comp-ctx-reading-seats = bij het lezen van de zetels
comp-ctx-no-member = geen lid { $id }
comp-ctx-adding-seat = bij het toevoegen van de zetel
comp-ctx-reading-seat = bij het lezen van zetel { $id }
comp-ctx-ending-seat = bij het beëindigen van de zetel
comp-ctx-reading-open-cases = bij het lezen van de open dossiers
comp-ctx-moving-case = bij het verplaatsen van het dossier
comp-ctx-moving-referrals = bij het verplaatsen van de doorverwijzingen van het dossier
comp-ctx-reading-coverage = bij het lezen van de bediende gemeenten

## livcr cell

comp-cell-code-invalid = ongeldige code voor de LIVC-R: { $code }
comp-cell-code-invalid-hint = gebruik 2 tot 20 letters, cijfers of streepjes, beginnend met een letter of cijfer, bv. GENT of ZONE-VLAS
comp-covered-by = { $municipality } ({ $nis }) wordt al bediend door LIVC-R { $cell } vanaf { $from } (regel R1: één LIVC-R per gemeente tegelijk)
comp-covered-by-until = { $municipality } ({ $nis }) wordt al bediend door LIVC-R { $cell } van { $from } tot { $until } (regel R1: één LIVC-R per gemeente tegelijk)
comp-covered-by-hint = beëindig die eerst met `livcr cell leave { $cell } --municipality { $nis } --on DATE`
comp-covered-by-this = { $municipality } ({ $nis }) wordt al door deze LIVC-R bediend vanaf { $from }
comp-brussels-lang-note = een Brusselse LIVC-R krijgt standaard Nederlandstalige documenten; Frans kan met --lang fr (bij `cell add` of later met `cell edit`)
comp-prompt-cell-code = Code van de LIVC-R (bv. GENT)
comp-prompt-cell-name = Naam van de LIVC-R
comp-prompt-cell-municipality = Gemeente die de LIVC-R bedient
comp-prompt-cell-another = Nog een gemeente toevoegen (gezamenlijke LIVC-R)?
comp-missing-cell-code = CODE (de code van de LIVC-R, eerste argument)
comp-cell-name-empty = lege --name; geef de volledige naam van de LIVC-R
comp-name-empty = lege --name
comp-retention-invalid = ongeldige --retention-months { $value }; gebruik 1 tot 240
comp-review-invalid = ongeldige --review-weeks { $value }; gebruik 1 tot 104
comp-municipality-twice = { $municipality } ({ $nis }) is twee keer opgegeven
comp-cell-exists = er bestaat al een LIVC-R met code { $code }
comp-cell-exists-hint = kies een andere code, of wijzig die LIVC-R met `livcr cell edit`
comp-cell-added = LIVC-R { $code } toegevoegd ({ $municipalities }), documenten in { $lang }
comp-cell-added-joint = gezamenlijke LIVC-R { $code } van { $count } gemeenten toegevoegd ({ $municipalities }), documenten in { $lang }
comp-section-municipalities = Gemeenten
comp-section-members-by-role = Leden per rol
comp-section-rules = Regels
comp-cell-check-breaks = LIVC-R { $cell } voldoet op { $date } niet aan { $count ->
    [one] regel
   *[other] regels
} { $rules }
comp-nothing-to-change = niets te wijzigen
comp-cell-nothing-to-change-hint = geef --name, --lang, --established, --retention-months of --review-weeks
comp-cell-changed-name = naam { $name }
comp-cell-changed-lang = taal { $lang }
comp-cell-changed-established = opgericht op { $date }
comp-cell-changed-retention = bewaartermijn { $count ->
        [one] 1 maand
       *[other] { $count } maanden
    }
comp-cell-changed-review = evaluatie om { $count ->
        [one] de week
       *[other] de { $count } weken
    }
comp-cell-updated = LIVC-R { $cell } bijgewerkt: { $changes }
comp-cell-retention-note = bewaartermijn { $months ->
        [one] 1 maand
       *[other] { $months } maanden
    }: { $count ->
        [one] 1 dossier
       *[other] { $count } dossiers
    } (afgesloten of geweigerd) kregen een nieuwe wisdatum, waarvan { $due } nu te wissen (regel R11; `livcr purge --dry-run` toont ze)
comp-cell-moved-note = { $periods ->
        [one] 1 periode van een gemeente
       *[other] { $periods } periodes van gemeenten
    } en { $seats ->
        [one] 1 zetel
       *[other] { $seats } zetels
    } die met de LIVC-R begonnen, beginnen nu op { $date }
comp-cell-joins = { $municipality } ({ $nis }) treedt toe tot LIVC-R { $cell } vanaf { $from }
comp-cell-joins-note = voeg de burgemeester toe met `livcr member add NAME --org ORG --role mayor --municipality { $nis }`
comp-cell-not-covering = LIVC-R { $cell } bedient { $municipality } ({ $nis }) niet op { $date }
comp-cell-not-covering-hint = `livcr cell show` toont de gemeenten en hun data
comp-cell-last-municipality = { $municipality } ({ $nis }) is de laatste gemeente van LIVC-R { $cell }; een LIVC-R bedient er minstens één (regel R1)
comp-cell-last-municipality-hint = laat eerst een andere gemeente toetreden
comp-close-future = --close-open-cases sluit de dossiers af op de vertrekdatum, { $date }, en die ligt in de toekomst; een afsluiting wordt genoteerd zodra ze gebeurd is
comp-close-future-hint = vertrek vandaag of eerder, of geef --transfer-to CELL
comp-cell-leaves = { $municipality } ({ $nis }) verlaat LIVC-R { $cell } op { $date }
comp-cell-leaves-mayor-note = de zetel van haar burgemeester eindigt eveneens op { $date }
comp-cell-leaves-moved = { $count ->
        [one] 1 open dossier is
       *[other] { $count } open dossiers zijn
    } met hun geschiedenis naar LIVC-R { $cell } verplaatst
comp-cell-leaves-moved-joined = { $count ->
        [one] 1 open dossier is
       *[other] { $count } open dossiers zijn
    } met hun geschiedenis naar LIVC-R { $cell } verplaatst; LIVC-R { $cell } bedient { $municipality } vanaf { $date }: voeg de burgemeester toe met `livcr --cell { $cell } member add NAME --org ORG --role mayor --municipality { $nis }`
comp-cell-leaves-closed = { $count ->
        [one] 1 open dossier
       *[other] { $count } open dossiers
    } afgesloten op { $date } ({ $reason }); hun wisdatum volgt de bewaartermijn
comp-transfer-same-cell = --transfer-to { $cell } is de LIVC-R die de gemeente verlaat
comp-transfer-same-cell-hint = geef de LIVC-R die de gemeente daarna bedient
comp-transfer-not-established = LIVC-R { $cell } is opgericht op { $established }, na de vertrekdatum { $date }; ze kan { $municipality } ({ $nis }) niet bedienen vanaf { $date } (regel R9: een dossier hoort bij de LIVC-R die zijn gemeente bedient)
comp-transfer-not-established-hint = vertrek op of na { $established }, of verbeter de oprichtingsdatum met `livcr cell edit { $cell } --established DATE`
comp-transfer-covered = { $municipality } ({ $nis }) wordt bediend door LIVC-R { $other } vanaf { $from }; LIVC-R { $cell } kan de gemeente niet bedienen vanaf { $date } (regel R1), dus de dossiers kunnen daar niet naartoe
comp-transfer-covered-hint = verplaats ze in de plaats naar LIVC-R { $other }

## livcr member

comp-email-invalid = ongeldig e-mailadres { $email }
comp-email-invalid-hint = gebruik een werkadres zoals naam@gent.be
comp-phone-invalid = ongeldig telefoonnummer { $phone }
comp-phone-invalid-hint = gebruik cijfers met spaties, punten, schuine strepen of een + vooraan, bv. 09 266 50 00 of +32 9 266 50 00
comp-member-name-empty = lege naam van het lid
comp-prompt-member-name = Naam van het lid
comp-prompt-member-org = Organisatie
comp-prompt-member-role = Rol
comp-prompt-member-municipality = Gemeente van deze burgemeester
comp-prompt-member-email = E-mailadres op het werk (zo herkent livcr dezelfde persoon in een tweede zetel; leeg om over te slaan)
comp-email-try-again = { $error }; probeer opnieuw of laat het leeg
comp-no-org-yet = nog geen organisatie
comp-no-org-yet-hint = voeg er eerst een toe met `livcr org add NAME --sector S`
comp-missing-name = NAME (eerste argument)
comp-missing-mayor-municipality = --municipality (een burgemeesterszetel noemt zijn gemeente)
comp-municipality-not-mayor = --municipality is enkel voor een burgemeesterszetel, niet voor rol { $role }
comp-municipality-not-mayor-hint = laat --municipality weg
comp-member-other-org = { $name } ({ $email }) is geregistreerd bij organisatie { $org }, niet bij { $wanted }
comp-member-other-org-hint = wijzig dat eerst met `livcr member edit { $id } --org ...`, of gebruik een ander e-mailadres
comp-mayor-not-covered-hint = een burgemeesterszetel noemt een van de gemeenten van de LIVC-R; voeg ze toe met `livcr cell join { $cell } --municipality { $nis }`
comp-mayor-seat-taken = { $municipality } ({ $nis }) heeft al een burgemeesterszetel: { $name } (#{ $id }) vanaf { $from }
comp-mayor-seat-taken-hint = één burgemeesterszetel per gemeente; beëindig die eerst met `livcr member end { $id } --role mayor --on DATE`
comp-chair-not-mayor = de voorzitter moet op { $date } burgemeester zijn van een van de gemeenten van LIVC-R { $cell }
comp-chair-not-mayor-hint = geef eerst de zetel van de burgemeester (`member add NAME --role mayor --municipality X --email E`), dan de voorzitterszetel met hetzelfde --email; een burgemeester zonder e-mailadres krijgt er een met `livcr member edit ID --email E`
comp-chair-taken = LIVC-R { $cell } heeft al een voorzitter: { $name } (#{ $id }) vanaf { $from }
comp-chair-taken-hint = één voorzitter tegelijk; beëindig eerst die zetel met `livcr member end { $id } --role chair --on DATE`
comp-seat-held-already = { $name } (#{ $id }) heeft al een zetel { $role } in LIVC-R { $cell }
comp-inviter-not-mayor = { $name } (#{ $id }) is op { $date } geen burgemeester of voorzitter van LIVC-R { $cell }; partners worden uitgenodigd door een burgemeester of de voorzitter
comp-inviter-not-mayor-hint = geef met --invited-by de burgemeester of voorzitter die hen uitnodigde
comp-invited-by-role = --invited-by is voor zetels partner en ad_hoc, niet voor { $role }
comp-invited-by-role-hint = laat --invited-by weg
comp-no-inviter = geen uitnodigende burgemeester of voorzitter genoteerd; partners nemen deel op uitnodiging van de burgemeester (geef --invited-by)
comp-invited-on-needs-by = --invited-on vraagt --invited-by
comp-no-email = geen e-mailadres
comp-namesake = { $org } heeft al een lid met deze naam: { $members }; is het dezelfde persoon, geef deze zetel dan met diens --email (een lid zonder e-mailadres krijgt er een met `livcr member edit { $id } --email E`); zo niet, geef elk een --email om hen te onderscheiden
comp-member-vanished = lid verdwenen
comp-member-added = { $name } (#{ $id }) toegevoegd als { $role } in LIVC-R { $cell }
comp-member-added-for = { $name } (#{ $id }) toegevoegd als { $role } in LIVC-R { $cell } voor { $municipality }
comp-member-seat-given = { $name } (#{ $id }) kreeg een zetel als { $role } in LIVC-R { $cell }
comp-member-seat-given-for = { $name } (#{ $id }) kreeg een zetel als { $role } in LIVC-R { $cell } voor { $municipality }
comp-mayor-seat-until-note = de LIVC-R bedient deze gemeente tot { $date }; dan eindigt ook de burgemeesterszetel
comp-matched-by-email-note = { $given } kwam via het e-mailadres overeen met het bestaande lid { $name }; de geregistreerde naam is behouden
comp-no-email-note = geen e-mailadres geregistreerd voor { $name }: een tweede zetel voor dezelfde persoon (bv. een burgemeester die voorzit) geeft u met `member add` en hetzelfde --email; voeg het toe met `livcr member edit { $id } --email ADDRESS`
comp-io-no-clearance-warning = geen bevestigde veiligheidsmachtiging "geheim" voor deze IO (regel R3); registreer ze met `livcr member clearance { $id } --confirmed DATE`
comp-no-declaration-note = registreer de ondertekende vertrouwelijkheidsverklaring met `livcr member declare { $id } --signed DATE` (regel R5)
comp-not-signed = niet ondertekend
comp-section-seats = Zetels
comp-email-taken = e-mailadres { $email } hoort al bij { $name } (#{ $id })
comp-member-nothing-to-change-hint = geef --name, --email, --phone, --org of --secret-holder
comp-field-name = naam
comp-field-email = e-mailadres
comp-field-phone = telefoon
comp-field-organisation = organisatie
comp-field-secret-holder = beroepsgeheim
comp-member-updated = lid { $id } bijgewerkt: { $changes }
comp-end-seats-question = De { $count ->
        [one] zetel
       *[other] zetels
    } { $roles } van { $name } in LIVC-R { $cell } beëindigen op { $date }?
comp-end-seats-what = de zetels van { $name } (#{ $id }) beëindigen
comp-no-seat = { $name } (#{ $id }) heeft geen zetel in LIVC-R { $cell } op { $date }
comp-no-seat-of-role = { $name } (#{ $id }) heeft geen zetel { $role } in LIVC-R { $cell } op { $date }
comp-no-seat-hint = `livcr member show { $id }` toont de zetels
comp-seat-starts-later = de zetel { $role } van { $name } begint op { $date }; beëindig hem op of na die datum
comp-seats-ended = { $count ->
        [one] 1 zetel
       *[other] { $count } zetels
    } van { $name } (#{ $id }) in LIVC-R { $cell } beëindigd op { $date }: { $roles }
comp-seats-ended-check-note = voer `livcr cell check` uit om te zien of de LIVC-R nog aan de regels R1-R2 voldoet
comp-valid-until-before-signed = --valid-until { $until } ligt vóór --signed { $signed }
comp-declaration-recorded = vertrouwelijkheidsverklaring van { $name } (#{ $id }) geregistreerd, ondertekend op { $date }
comp-clearance-recorded = machtiging "geheim" van { $name } (#{ $id }) geregistreerd, bevestigd op { $date }
comp-clearance-not-io-note = dit lid heeft geen io-zetel; regel R3 gaat over de IO

## livcr org

comp-org-name-empty = lege naam van de organisatie
comp-prompt-org-name = Naam van de organisatie
comp-prompt-org-sector = Sector
comp-org-exists = organisatie { $name } bestaat al
comp-org-exists-hint = bekijk de lijst met `livcr org list`
comp-org-added = organisatie { $id } { $name } ({ $sector }) toegevoegd
comp-org-looks-police-warning = { $name } lijkt een lokale politiedienst; gebruik --sector local_police zodat haar leden de io-zetel kunnen bezetten (`livcr org edit { $id } --sector local_police`)
comp-org-legal-basis-note = registreer de rechtsgrond van de deelname van deze dienst (bv. het decreet van 21 mei 2021 of van 8 juni 2023) met --legal-basis
comp-org-nothing-to-change-hint = geef --name, --sector of --legal-basis
comp-field-sector = sector
comp-field-legal-basis = rechtsgrond
comp-org-updated = organisatie { $id } bijgewerkt: { $changes }

# Field names in the text gate's messages.
comp-field-cell-name = naam van de LIVC-R
comp-field-organisation-name = naam van de organisatie
comp-field-legal-basis-text = rechtsgrond
