# De hulp bij elke opdracht en optie (`--help`, `livcr man`), vertaald uit
# i18n/en/help.ftl. De Engelse tekst wordt gegenereerd uit de doc-commentaar in src/cli;
# hier staan dezelfde sleutels, in dezelfde volgorde, met de Nederlandse tekst.

## Opdrachten en opties

about-livcr =
    Secretariaatstool voor een Belgische LIVC-R / CSIL-R (lokale integrale veiligheidscel radicalisme, extremisme en terrorisme)
long-about-livcr =
    Secretariaatstool voor een Belgische LIVC-R / CSIL-R (lokale integrale veiligheidscel radicalisme, extremisme en terrorisme).

    livcr bewaart de samenstelling van de LIVC-R, haar vergaderingen, haar geanonimiseerde dossiers en de doorverwijzingen via de information officer in één lokaal SQLite-bestand, en maakt de exports en herinneringen die een secretariaat nodig heeft. Dossiers zijn willekeurige codes met grove gegevens: nooit een naam.
after-help-livcr =
    Afsluitcodes: 0 gelukt; 1 fout (ongeldige waarde, geweigerd door een regel, niet gevonden, probleem met de databank); 2 fout in het gebruik; 3 `remind --fail-if-due` vond openstaand werk.
    Zet LIVCR_TODAY=YYYY-MM-DD om de datum van vandaag vast te leggen (tests, reproduceerbare rapporten).
help-livcr--db =
    Databankbestand [standaard: $LIVCR_DB, anders `db` uit het configuratiebestand, anders $XDG_DATA_HOME/livcr/livcr.db; %APPDATA%\livcr\livcr.db op Windows]
help-livcr--config =
    Configuratiebestand [standaard: $XDG_CONFIG_HOME/livcr/config.toml; %APPDATA%\livcr\config.toml op Windows]
help-livcr--cell =
    De LIVC-R waarmee u werkt, aangeduid met haar code [standaard: de enige LIVC-R, of `cell` uit het configuratiebestand]
help-livcr--format =
    Uitvoerformaat: de --help van elke opdracht vermeldt de formaten die ze aanvaardt (lijsten: table, json, csv, md; documenten: md, html)
help-livcr--actor =
    Uw naam in het auditlogboek [standaard: `actor` uit het configuratiebestand, anders uw loginnaam]
help-livcr--no_input =
    Stel nooit vragen: een ontbrekende waarde is een fout die de bijbehorende optie noemt
help-livcr--yes =
    Beantwoord bevestigingsvragen met ja
help-livcr--key_file =
    Sleutelbestand van een versleutelde databank: de eerste regel is de wachtwoordzin, of de ruwe sleutel geschreven door `livcr key new`; modus 0600 [standaard: $LIVCR_KEY_FILE, anders `key_file` uit het configuratiebestand, anders de sleutelbos van het besturingssysteem als de sleutel daar bewaard werd, anders een vraag op een terminal]
help-livcr--lang =
    Taal van de documenten [standaard: de taal van de LIVC-R]
help-livcr--color =
    Kleur in tabellen (statussen, overschreden datums): auto kleurt op een terminal, tenzij NO_COLOR gezet is of TERM=dumb
help-livcr--wide =
    Toon alle kolommen van een lijst (een tabel toont de standaardkolommen die binnen 80 kolommen passen)
help-livcr--columns =
    Toon deze kolommen van een lijst, in deze volgorde, in elk formaat (namen zoals in de JSON/CSV-hoofding, bv. `--columns code,status,opened_on`)
about-init =
    Maak een nieuwe, lege databank aan (overschrijft nooit een bestaande), versleuteld tenzij --plain
long-about-init =
    Maak een nieuwe, lege databank aan (overschrijft nooit een bestaande), versleuteld tenzij --plain

    De wachtwoordzin komt uit --key-file (LIVCR_KEY_FILE, `key_file` uit het configuratiebestand), anders wordt ze twee keer gevraagd op een terminal; daarna vraagt livcr of ze in de sleutelbos van het besturingssysteem bewaard moet worden (standaard Nee). Een verloren wachtwoordzin betekent verloren gegevens: bewaar ze in een wachtwoordbeheerder of een verzegelde omslag, nooit naast het bestand of de back-ups ervan.
help-init--plain =
    Maak een onversleuteld bestand aan: wie er een kopie van heeft (een back-up, een laptop die ter herstelling is) kan elk dossier lezen
help-init--keyring =
    Bewaar de sleutel in de sleutelbos van het besturingssysteem (Windows Credential Manager, macOS Keychain, Secret Service op Linux), zodat latere opdrachten op deze account geen sleutelbestand of vraag meer nodig hebben
about-demo =
    Bouw een realistische demodatabank en toon wat livcr ermee doet
long-about-demo =
    Bouw een realistische demodatabank en toon wat livcr ermee doet

    Zonder --db schrijft de opdracht livcr-demo.db in de huidige map, nooit in uw echte databank, en ze weigert een bestand te overschrijven dat geen demodatabank is.
help-demo--scale =
    Genereer in plaats van de rondleiding een groot synthetisch bestand voor benchmarks: N LIVC-R's van twee gemeenten, elk met tien jaar dossiers, logboek, acties en maandelijkse vergaderingen (250 geeft een bestand op nationale schaal: 100.000 dossiers, ongeveer een miljoen logboekregels)
help-demo--cases_per_cell =
    Met --scale: aantal dossiers per LIVC-R
about-config =
    Toon de geldende instellingen, of druk een standaard configuratiebestand met toelichting af
about-config-show =
    Toon elke geldende instelling en waar ze vandaan komt
about-config-default =
    Druk een standaard configuratiebestand af met volledige toelichting (hetzelfde als examples/config.toml)
about-municipality =
    Belgische gemeenten (referentiegegevens, NIS-codes, fusies van 2025)
about-municipality-list =
    Toon de gemeenten, eventueel gefilterd
help-municipality-list--search =
    Enkel namen (NL, FR of DE; hoofdletters, accenten en St./Sint/Saint/Sankt tellen niet) of NIS-codes die overeenkomen met TEKST, exacte treffers eerst; voormalige gemeenten (gefusioneerd in 2025) vinden wat ze geworden zijn
help-municipality-list--region =
    Enkel één gewest
about-municipality-show =
    Toon één gemeente, op NIS-code of naam (codes die door de fusies van 2025 verdwenen, worden omgezet)
help-municipality-show--municipality =
    NIS-code (5 cijfers) of naam in het NL, FR of DE
about-cell =
    LIVC-R's: de gemeenten die ze omvatten, hun samenstelling en de regels R1-R5
about-cell-add =
    Voeg een LIVC-R toe voor één gemeente, of voor meerdere bij een gezamenlijke LIVC-R
long-about-cell-add =
    Voeg een LIVC-R toe voor één gemeente, of voor meerdere bij een gezamenlijke LIVC-R

    --lang bepaalt de documenttaal van de LIVC-R; standaard is dat de taal van het gewest van de eerste gemeente (Vlaanderen nl, Wallonië fr, Brussel nl, de negen Duitstalige gemeenten de). Op een terminal worden ontbrekende waarden gevraagd.
help-cell-add--code =
    Korte code van de LIVC-R, bv. GENT of ZONE-VLAS (letters, cijfers, streepjes)
help-cell-add--name =
    Volledige naam, bv. "LIVC-R Gent"
help-cell-add--municipalities =
    Een gemeente die de LIVC-R omvat (NIS-code of naam); herhaal voor een gezamenlijke LIVC-R
help-cell-add--established =
    Datum waarop de burgemeester(s) de LIVC-R oprichtte(n) [standaard: vandaag]
help-cell-add--retention_months =
    Aantal maanden dat een afgesloten dossier bewaard wordt voor het gewist wordt
help-cell-add--review_weeks =
    Aantal weken tussen de evaluaties van een dossier
about-cell-list =
    Toon de LIVC-R's in dit bestand
about-cell-show =
    Toon een LIVC-R: gemeenten, leden per rol en de toestand van elke regel
help-cell-show--code =
    Code van de LIVC-R [standaard: --cell, of de enige LIVC-R]
help-cell-show--on =
    Toon de samenstelling zoals ze was op deze datum
about-cell-edit =
    Wijzig de naam, de taal (--lang), de oprichtingsdatum, de bewaartermijn of het evaluatie-interval van een LIVC-R
help-cell-edit--code =
    Code van de LIVC-R
help-cell-edit--name =
    Nieuwe naam
help-cell-edit--established =
    Nieuwe oprichtingsdatum; gemeenten en zetels die op de oude datum begonnen, schuiven mee
help-cell-edit--retention_months =
    Aantal maanden dat een afgesloten dossier bewaard wordt voor het gewist wordt; de wisdatums van de afgesloten en niet weerhouden dossiers van de LIVC-R worden herberekend
help-cell-edit--review_weeks =
    Aantal weken tussen de evaluaties van een dossier
about-cell-join =
    Een gemeente treedt toe tot de LIVC-R (die wordt of blijft een gezamenlijke LIVC-R)
help-cell-join--code =
    Code van de LIVC-R
help-cell-join--municipality =
    NIS-code of naam van de gemeente
help-cell-join--from =
    Eerste dag waarop de LIVC-R de gemeente omvat [standaard: vandaag]
about-cell-leave =
    Een gemeente verlaat de LIVC-R; de zetel van haar burgemeester eindigt op dezelfde dag
long-about-cell-leave =
    Een gemeente verlaat de LIVC-R; de zetel van haar burgemeester eindigt op dezelfde dag

    Een dossier hoort bij de LIVC-R die de gemeente van het dossier omvat (regel R9): zolang de LIVC-R open dossiers van de gemeente heeft, geeft u --transfer-to of --close-open-cases op.
help-cell-leave--code =
    Code van de LIVC-R
help-cell-leave--municipality =
    NIS-code of naam van de gemeente
help-cell-leave--on =
    Eerste dag waarop de LIVC-R de gemeente niet meer omvat [standaard: vandaag]
help-cell-leave--transfer_to =
    De LIVC-R die de gemeente omvat vanaf de datum van vertrek (de gemeente treedt er dan toe, als dat nog niet zo is): de open dossiers gaan ernaar over met hun voorgeschiedenis
help-cell-leave--close_open_cases =
    Sluit de open dossiers af op de datum van vertrek met deze reden van afsluiting (dossiers die nooit op de casuslijst kwamen, worden niet weerhouden)
about-cell-check =
    Controleer de samenstellingsregels R1-R5 (afsluitcode 1 als een regel geschonden is)
help-cell-check--code =
    Code van de LIVC-R [standaard: --cell, of de enige LIVC-R]
help-cell-check--on =
    Controleer de samenstelling zoals ze was op deze datum
about-org =
    Organisaties waarvan medewerkers in de LIVC-R zetelen
about-org-add =
    Voeg een organisatie toe (veiligheids- en inlichtingendiensten worden geweigerd: regel R4)
help-org-add--name =
    Naam, bv. "OCMW Gent" of "CPAS de Liège"
help-org-add--sector =
    Sector
help-org-add--legal_basis =
    Rechtsgrond van de deelname, voor diensten van de gemeenschappen en gewesten
about-org-list =
    Toon de organisaties
about-org-edit =
    Wijzig de naam, de sector of de rechtsgrond van een organisatie
help-org-edit--org =
    Id of naam van de organisatie
help-org-edit--name =
    Nieuwe naam
help-org-edit--sector =
    Nieuwe sector
help-org-edit--legal_basis =
    Nieuwe rechtsgrond van de deelname (diensten van de gemeenschappen en gewesten)
about-member =
    Leden: zetels van personen uit organisaties, verklaringen en veiligheidsmachtigingen
about-member-add =
    Geef een persoon een zetel in de LIVC-R (een nieuwe persoon, of een bestaande, teruggevonden op e-mailadres)
help-member-add--name =
    Volledige naam van het lid (een professional; nooit iemand op wie een dossier betrekking heeft)
help-member-add--org =
    Id of naam van de organisatie
help-member-add--role =
    Rol in de LIVC-R
help-member-add--municipality =
    Voor de zetel van een burgemeester: de gemeente (NIS-code of naam)
help-member-add--email =
    E-mailadres op het werk (een bestaande persoon met dit e-mailadres krijgt de bijkomende zetel)
help-member-add--phone =
    Telefoonnummer op het werk
help-member-add--from =
    Eerste dag van de zetel [standaard: vandaag]
help-member-add--invited_by =
    Voor zetels van partners en ad-hocleden: de burgemeester of voorzitter die hen uitnodigde
help-member-add--invited_on =
    Datum van de uitnodiging [standaard: de eerste dag van de zetel]
help-member-add--secret_holder =
    Het lid is gebonden door het beroepsgeheim (wordt gevraagd te bevestigen dat terugkoppelingsfiches er niets van bevatten)
about-member-list =
    Toon de leden (zetels die vandaag gelden, of alle met --all)
help-member-list--role =
    Enkel deze rol
help-member-list--all =
    Ook beëindigde zetels
about-member-show =
    Toon een lid: contactgegevens, zetels, verklaring en veiligheidsmachtiging
help-member-show--member =
    Id, e-mailadres of een uniek deel van de naam van het lid
about-member-edit =
    Wijzig de naam, de contactgegevens, de organisatie of de vermelding beroepsgeheim van een lid
help-member-edit--member =
    Id, e-mailadres of een uniek deel van de naam van het lid
help-member-edit--name =
    Nieuwe volledige naam (een professional; nooit iemand op wie een dossier betrekking heeft)
help-member-edit--email =
    Nieuw e-mailadres op het werk
help-member-edit--phone =
    Nieuw telefoonnummer op het werk
help-member-edit--org =
    Id of naam van de organisatie
help-member-edit--secret_holder =
    Gebonden door het beroepsgeheim (true of false)
about-member-end =
    Beëindig de zetels van een lid; de voorgeschiedenis en het auditlogboek blijven. Vraagt eerst bevestiging op een terminal (--yes slaat die vraag over)
help-member-end--member =
    Id, e-mailadres of een uniek deel van de naam van het lid
help-member-end--on =
    Eerste dag waarop de zetel niet meer geldt [standaard: vandaag]
help-member-end--role =
    Enkel de zetel met deze rol [standaard: elke zetel die het lid in de LIVC-R heeft]
about-member-declare =
    Registreer een ondertekende vertrouwelijkheidsverklaring (regel R5)
help-member-declare--member =
    Id, e-mailadres of een uniek deel van de naam van het lid
help-member-declare--signed =
    Datum van ondertekening
help-member-declare--valid_until =
    Laatste dag waarop de verklaring geldig is [standaard: geen einde]
about-member-clearance =
    Registreer de datum waarop de veiligheidsmachtiging "geheim" van een IO bevestigd werd (regel R3)
help-member-clearance--member =
    Id, e-mailadres of een uniek deel van de naam van het lid
help-member-clearance--confirmed =
    Datum van bevestiging
about-case =
    Geanonimiseerde dossiers: codes, status, logboek, evaluaties, afsluiting
about-case-open =
    Open een dossier voor een nieuwe aanmelding; toont de willekeurige code ervan (nooit een naam: regel R8)
help-case-open--municipality =
    Gemeente van het dossier (NIS-code of naam); de LIVC-R moet die gemeente omvatten. Verplicht: wordt gevraagd op een terminal als u ze weglaat
help-case-open--source =
    Wie de bezorgdheid gemeld heeft (verplicht; wordt gevraagd op een terminal als u het weglaat)
help-case-open--source_org =
    De organisatie die het gemeld heeft (id of naam)
help-case-open--phenomenon =
    Fenomeen (verplicht; wordt gevraagd op een terminal als u het weglaat)
help-case-open--age_band =
    Leeftijdsgroep, nooit een geboortedatum (verplicht; wordt gevraagd op een terminal als u ze weglaat)
help-case-open--summary =
    Een korte samenvatting in algemene bewoordingen (nagekeken door de privacycontrole)
help-case-open--on =
    Datum van de aanmelding, om een achterstand in te voeren [standaard: vandaag]
about-case-list =
    Toon de dossiers (standaard de open dossiers), eerstvolgende evaluatie eerst; minderjarigen worden gemarkeerd (R12)
help-case-list--status =
    Enkel deze status
help-case-list--municipality =
    Enkel deze gemeente (NIS-code of naam)
help-case-list--phenomenon =
    Enkel dit fenomeen
help-case-list--review_due =
    Enkel dossiers waarvan de evaluatie aan de beurt is (vandaag of vroeger)
help-case-list--minors =
    Enkel minderjarigen (leeftijdsgroepen under_12 en 12_17)
help-case-list--all =
    Ook afgesloten en niet weerhouden dossiers
about-case-show =
    Toon een dossier: gegevens, logboek, acties (elke raadpleging wordt in het auditlogboek geschreven)
help-case-show--code =
    Dossiercode (hoofdletters en streepjes maken niet uit)
about-case-move =
    Geef een dossier een andere status (on_list enkel door de voorzitter of de burgemeester van de gemeente: R9)
help-case-move--code =
    Dossiercode
help-case-move--to =
    Nieuwe status
help-case-move--decided_by =
    Het lid dat beslist heeft (verplicht voor on_list: de voorzitter of de burgemeester)
help-case-move--reason =
    Waarom, in algemene bewoordingen (gaat door de privacycontrole)
help-case-move--on =
    Datum van de beslissing [standaard: vandaag]
about-case-note =
    Voeg een notitie toe aan het logboek van het dossier (nagekeken door de privacycontrole)
long-about-case-note =
    Voeg een notitie toe aan het logboek van het dossier (nagekeken door de privacycontrole)

    Geef de tekst op als argument, met --file, of schrijf hem op een terminal in $EDITOR.
help-case-note--code =
    Dossiercode
help-case-note--text =
    De notitie, in algemene bewoordingen: geen namen, nummers, contactgegevens of geboortedatums
help-case-note--file =
    Lees de notitie uit een bestand ("-" voor de standaardinvoer)
help-case-note--on =
    Datum van de notitie [standaard: vandaag]
about-case-lead =
    Bepaal de trekkende organisatie van de begeleiding
help-case-lead--code =
    Dossiercode
help-case-lead--org =
    Id of naam van de organisatie
about-case-review =
    Registreer een evaluatie en plan de volgende (standaard: volgens het interval van het dossier)
help-case-review--code =
    Dossiercode
help-case-review--on =
    Datum van de evaluatie [standaard: vandaag]
help-case-review--next =
    Datum van de volgende evaluatie
help-case-review--interval =
    Tijd tot de volgende evaluatie, bv. 8w of 3m
about-case-close =
    Sluit een dossier af; de bewaartermijn (en dus de wisdatum) loopt vanaf de afsluiting
help-case-close--code =
    Dossiercode
help-case-close--reason =
    Waarom het dossier afgesloten wordt
help-case-close--on =
    Datum van afsluiting [standaard: vandaag]
about-case-reopen =
    Heropen een afgesloten of niet weerhouden dossier (enkel vóór de wisdatum, beoordeeld op vandaag)
long-about-case-reopen =
    Heropen een afgesloten of niet weerhouden dossier (enkel vóór de wisdatum, beoordeeld op vandaag)

    Het dossier krijgt opnieuw de status die het had voor het afgesloten werd. Komt het daardoor opnieuw op de casuslijst (on_list of follow_up), dan beslist de voorzitter of de burgemeester van de gemeente van het dossier (regel R9): geef --decided-by op.
help-case-reopen--code =
    Dossiercode
help-case-reopen--on =
    Datum [standaard: vandaag]
help-case-reopen--decided_by =
    De voorzitter of de burgemeester van de gemeente van het dossier die besliste het opnieuw op de casuslijst te zetten (id, e-mailadres of naam van het lid)
about-action =
    Acties die voor dossiers afgesproken zijn: verantwoordelijke, uiterste datum, uitgevoerd
about-action-add =
    Voeg een actie toe aan een dossier: een verantwoordelijke organisatie, een uiterste datum, een tekst (nagekeken door de privacycontrole)
help-action-add--code =
    Dossiercode
help-action-add--org =
    Verantwoordelijke organisatie (id of naam)
help-action-add--due =
    Uiterste datum (YYYY-MM-DD, DD/MM/YYYY of relatief zoals +2w)
help-action-add--text =
    Wat er moet gebeuren, in algemene bewoordingen
help-action-add--on =
    Datum waarop de actie afgesproken werd, om een achterstand in te voeren [standaard: vandaag]
about-action-list =
    Toon de open acties (vroegste uiterste datum eerst)
help-action-list--overdue =
    Enkel acties over tijd
help-action-list--org =
    Enkel deze verantwoordelijke organisatie
help-action-list--case_code =
    Enkel dit dossier
help-action-list--all =
    Ook uitgevoerde acties
about-action-done =
    Markeer een actie als uitgevoerd
help-action-done--id =
    Id van de actie
help-action-done--on =
    Datum van uitvoering [standaard: vandaag]
about-action-edit =
    Wijzig de verantwoordelijke, de uiterste datum of de tekst van een actie
help-action-edit--id =
    Id van de actie
help-action-edit--org =
    Nieuwe verantwoordelijke organisatie (id of naam)
help-action-edit--due =
    Nieuwe uiterste datum (YYYY-MM-DD, DD/MM/YYYY of relatief zoals +2w)
help-action-edit--text =
    Nieuwe tekst, in algemene bewoordingen (nagekeken door de privacycontrole)
about-meeting =
    Vergaderingen: planning, aanwezigheden, beslissingen, verslagen, kalender
about-meeting-plan =
    Plan een vergadering (lokale tijd Europe/Brussels); een datum in het verleden vraagt --yes
help-meeting-plan--date =
    Datum (YYYY-MM-DD, DD/MM/YYYY, of relatief zoals +7d)
help-meeting-plan--time =
    Beginuur, bv. 14:00 of 14h30
help-meeting-plan--kind =
    Soort vergadering
help-meeting-plan--location =
    Waar (geen dossiergegevens)
help-meeting-plan--duration =
    Duur, bv. 2h, 90m, 1h30
about-meeting-list =
    Toon de vergaderingen
help-meeting-list--upcoming =
    Enkel vergaderingen vanaf vandaag
help-meeting-list--past =
    Enkel vergaderingen vóór vandaag
about-meeting-show =
    Toon een vergadering: uur, plaats, agenda, aanwezigheden, beslissingen
help-meeting-show--meeting =
    Id van de vergadering, of de datum ervan als er op die dag maar één vergadering is
about-meeting-move =
    Verplaats een geplande vergadering naar een andere datum en een ander uur
help-meeting-move--meeting =
    Id of datum van de vergadering
help-meeting-move--to =
    Nieuwe datum en nieuw uur: `--to 2026-12-14 14:00`
about-meeting-cancel =
    Annuleer een geplande vergadering; vraagt eerst bevestiging op een terminal (--yes slaat die vraag over)
help-meeting-cancel--meeting =
    Id of datum van de vergadering
help-meeting-cancel--reason =
    Waarom (geen dossiergegevens)
about-meeting-attend =
    Registreer wie aanwezig, verontschuldigd of afwezig was (leden op id, e-mailadres of naam, gescheiden door komma's)
help-meeting-attend--meeting =
    Id of datum van de vergadering
help-meeting-attend--present =
    Leden die aanwezig waren
help-meeting-attend--excused =
    Leden die verontschuldigd waren (zich afgemeld hadden)
help-meeting-attend--absent =
    Leden die zonder verontschuldiging afwezig waren
about-meeting-decide =
    Registreer de beslissing over een agendapunt en wie eraan deelnam
long-about-meeting-decide =
    Registreer de beslissing over een agendapunt en wie eraan deelnam

    De deelnemers zijn de aanwezige leden, min wie voor dit punt de zaal verliet, plus genodigden die voor dit punt aanschoven. Niemand is verplicht iets te zeggen (R6): de tekst is facultatief. Bij een punt over een dossier wordt de beslissing in het logboek van het dossier geschreven.
help-meeting-decide--meeting =
    Id of datum van de vergadering
help-meeting-decide--item =
    Nummer van het agendapunt
help-meeting-decide--kind =
    Soort beslissing
help-meeting-decide--text =
    De beslissing, in algemene bewoordingen (nagekeken door de privacycontrole)
help-meeting-decide--left =
    Leden die voor dit punt de zaal verlieten
help-meeting-decide--joined =
    Genodigden die voor dit punt aanschoven
about-meeting-close =
    Markeer een vergadering als gehouden (een casusoverleg vraagt de wettelijke aanwezigheid: R2)
long-about-meeting-close =
    Markeer een vergadering als gehouden (een casusoverleg vraagt de wettelijke aanwezigheid: R2)

    De agendapunten liggen daarna vast: zijn er nog punten zonder beslissing, dan vraagt de opdracht eerst bevestiging op een terminal, en elders is --yes nodig.
help-meeting-close--meeting =
    Id of datum van de vergadering
help-meeting-close--force =
    Sluit af, ook zonder de wettelijke aanwezigheid (vraagt --reason; komt in het auditlogboek)
help-meeting-close--reason =
    Waarom de vergadering zonder de wettelijke aanwezigheid afgesloten wordt (met --force)
about-meeting-run =
    Doorloop een vergadering op een terminal: eerst de aanwezigheden, dan punt per punt
help-meeting-run--meeting =
    Id of datum van de vergadering
about-meeting-minutes =
    Schrijf het verslag: aanwezigheden, agendapunten, beslissingen, acties (vertrouwelijk)
help-meeting-minutes--meeting =
    Id of datum van de vergadering
help-meeting-minutes--out =
    Schrijf naar dit bestand (modus 0600) in plaats van naar de standaarduitvoer
about-meeting-ics =
    Schrijf een iCalendar-bestand (RFC 5545) met de vergaderingen van de LIVC-R: gepland, gehouden en geannuleerd
help-meeting-ics--out =
    Schrijf naar dit bestand (modus 0600) in plaats van naar de standaarduitvoer
help-meeting-ics--from =
    Enkel vergaderingen vanaf deze datum [standaard: alle]
about-agenda =
    Agenda's: opgesteld op basis van de toestand van de dossiers, bewerkt, geëxporteerd per genodigde
about-agenda-draft =
    Stel de agenda op volgens de toestand van de dossiers op de datum van de vergadering (idempotent)
help-agenda-draft--meeting =
    Id of datum van de vergadering
about-agenda-add =
    Voeg met de hand een agendapunt toe
help-agenda-add--meeting =
    Id of datum van de vergadering
help-agenda-add--text =
    De tekst van het agendapunt (nagekeken door de privacycontrole)
help-agenda-add--case_code =
    Het dossier waarover het agendapunt gaat
help-agenda-add--kind =
    De rubriek waaronder het agendapunt komt [standaard: aob, of reviews voor een dossier]
about-agenda-move =
    Plaats een agendapunt onder een andere rubriek; het behoudt zijn nummer
long-about-agenda-move =
    Plaats een agendapunt onder een andere rubriek; het behoudt zijn nummer

    Agendapunten krijgen één keer een nummer, dat niet meer verandert zolang de vergadering bestaat, zodat `meeting decide M N` en `feedback draft --item M:N` altijd hetzelfde punt betekenen. De agenda toont de punten per rubriek, daarna per nummer.
help-agenda-move--meeting =
    Id of datum van de vergadering
help-agenda-move--item =
    Nummer van het agendapunt (zoals `agenda show` het vermeldt)
help-agenda-move--to =
    De rubriek waaronder het agendapunt komt
about-agenda-rm =
    Verwijder een agendapunt (niet een punt met een beslissing); vraagt eerst bevestiging op een terminal (--yes slaat die vraag over)
long-about-agenda-rm =
    Verwijder een agendapunt (niet een punt met een beslissing); vraagt eerst bevestiging op een terminal (--yes slaat die vraag over)

    De andere agendapunten behouden hun nummer.
help-agenda-rm--meeting =
    Id of datum van de vergadering
help-agenda-rm--item =
    Nummer van het agendapunt (zoals `agenda show` het vermeldt)
about-agenda-show =
    Toon de agenda
help-agenda-show--meeting =
    Id of datum van de vergadering
about-agenda-export =
    Schrijf de vertrouwelijke agenda als document (md of html), eventueel het exemplaar van één genodigde
help-agenda-export--meeting =
    Id of datum van de vergadering
help-agenda-export--for_member =
    Het exemplaar van de genodigde: de algemene agendapunten plus de dossiers waarbij diens organisatie betrokken is
help-agenda-export--out =
    Schrijf naar dit bestand (modus 0600) in plaats van naar de standaarduitvoer
about-referral =
    Doorverwijzingen via de information officer (de enige brug naar de LTF)
about-referral-in =
    Registreer een doorverwijzing van de LTF, binnengebracht door de IO
long-about-referral-in =
    Registreer een doorverwijzing van de LTF, binnengebracht door de IO

    Geef in dezelfde stap het dossier op waarover ze gaat (--case), of open een nieuw dossier (--new, bron io). Registreer enkel grove categorieën: veiligheidslabels en geclassificeerd materiaal blijven erbuiten (R13).
help-referral-in--via =
    De IO die de doorverwijzing binnenbracht [standaard: de enige actieve IO van de LIVC-R]
help-referral-in--received =
    Datum van ontvangst
help-referral-in--case_code =
    Het dossier waarover ze gaat
help-referral-in--new =
    Open er een nieuw dossier voor (bron io)
help-referral-in--municipality =
    Voor --new: de gemeente
help-referral-in--phenomenon =
    Voor --new: het fenomeen
help-referral-in--age_band =
    Voor --new: de leeftijdsgroep
help-referral-in--reason =
    Waarom, als grove categorie
help-referral-in--note =
    Een korte notitie in algemene bewoordingen (nagekeken door de privacycontrole; geen veiligheidslabels: R13)
help-referral-in--expects_feedback_by =
    Tegen wanneer de LTF een terugkoppeling verwacht
about-referral-list =
    Toon de doorverwijzingen
help-referral-list--open =
    Enkel de open doorverwijzingen (ontvangen, besproken, aanvaard)
help-referral-list--direction =
    Enkel één richting
about-referral-show =
    Toon een doorverwijzing
help-referral-show--id =
    Id van de doorverwijzing
about-referral-update =
    Wijzig de status van een doorverwijzing
help-referral-update--id =
    Id van de doorverwijzing
help-referral-update--status =
    Nieuwe status
help-referral-update--on =
    Datum [standaard: vandaag]
about-referral-feedback =
    Registreer dat de IO de terugkoppeling van de LIVC-R over een inkomende doorverwijzing naar de LTF heeft overgebracht
long-about-referral-feedback =
    Registreer dat de IO de terugkoppeling van de LIVC-R over een inkomende doorverwijzing naar de LTF heeft overgebracht

    Een terugkoppeling bereikt de LTF enkel als terugkoppelingsfiche die na de consensustoets verzonden werd (R7): deze opdracht duidt die verzonden fiche aan, en wordt geweigerd zolang het dossier er geen heeft.
help-referral-feedback--id =
    Id van de doorverwijzing
help-referral-feedback--form =
    De verzonden terugkoppelingsfiche [standaard: de enige verzonden fiche van het dossier]
help-referral-feedback--on =
    Datum [standaard: vandaag]
about-feedback =
    Terugkoppelingsfiches voor de politie, enkel verzonden met de toestemming van elke deelnemer (regel R7)
about-feedback-draft =
    Stel een terugkoppelingsfiche voor de politie op over een dossier, verbonden met het gehouden agendapunt waar het besproken werd (VERGADERING:PUNT); toont het id van de fiche
help-feedback-draft--code =
    Dossiercode
help-feedback-draft--item =
    Het agendapunt, als VERGADERING:PUNT (id of datum van de vergadering, nummer van het agendapunt)
help-feedback-draft--text =
    De tekst, in algemene bewoordingen (nagekeken door de privacycontrole)
help-feedback-draft--file =
    Lees de tekst uit een bestand ("-" voor de standaardinvoer)
about-feedback-edit =
    Wijzig de tekst van een fiche; elke toestemming en bevestiging die tot dan gegeven werd, vervalt
help-feedback-edit--id =
    Id van de fiche
help-feedback-edit--text =
    De nieuwe tekst, in algemene bewoordingen (nagekeken door de privacycontrole)
help-feedback-edit--file =
    Lees de nieuwe tekst uit een bestand ("-" voor de standaardinvoer)
about-feedback-consent =
    Registreer het antwoord van een deelnemer op de fiche: `--answer yes` (stemt in) of `--answer no`
long-about-feedback-consent =
    Registreer het antwoord van een deelnemer op de fiche: `--answer yes` (stemt in) of `--answer no`

    Het antwoord wordt altijd uitdrukkelijk gegeven: de algemene optie --yes registreert nooit een toestemming.
help-feedback-consent--id =
    Id van de fiche
help-feedback-consent--member =
    De deelnemer
help-feedback-consent--answer =
    Het antwoord van de deelnemer
help-feedback-consent--on =
    Datum [standaard: vandaag]
about-feedback-confirm =
    Registreer de bevestiging van een lid met beroepsgeheim dat de fiche geen informatie bevat die onder het beroepsgeheim valt
help-feedback-confirm--id =
    Id van de fiche
help-feedback-confirm--member =
    De deelnemer die gebonden is door het beroepsgeheim
help-feedback-confirm--on =
    Datum [standaard: vandaag]
about-feedback-send =
    Verzend de fiche via een actieve IO: enkel met de toestemming van elke deelnemer en de bevestiging van elk lid met beroepsgeheim (regel R7)
help-feedback-send--id =
    Id van de fiche
help-feedback-send--via =
    De IO [standaard: de enige actieve IO van de LIVC-R]
help-feedback-send--on =
    Datum [standaard: vandaag]
about-feedback-withdraw =
    Trek een fiche in die niet verzonden werd; vraagt eerst bevestiging op een terminal (--yes slaat die vraag over)
help-feedback-withdraw--id =
    Id van de fiche
about-feedback-list =
    Toon de terugkoppelingsfiches
about-feedback-show =
    Toon een fiche zoals ze aan de IO overhandigd wordt (document in md of html; json voor scripts)
help-feedback-show--id =
    Id van de fiche
help-feedback-show--out =
    Schrijf naar dit bestand (modus 0600) in plaats van naar de standaarduitvoer
about-export =
    Exports voor scripts: de maandcijfers, en lijsten van dossiers, vergaderingen en acties
about-export-monthly =
    De cijfers van de maand (--format csv, json of md; standaard csv), kleine aantallen verborgen
long-about-export-monthly =
    De cijfers van de maand (--format csv, json of md; standaard csv), kleine aantallen verborgen

    Voor een gezamenlijke LIVC-R worden de cijfers ook per gemeente gegeven. Aantallen onder K (standaard 3, suppress_below in het configuratiebestand) worden verborgen, en ook elk cijfer waaruit een verborgen cijfer via de totalen van de tabel afgeleid zou kunnen worden. Een verborgen cijfer is een lege waarde (CSV), null (JSON) of `x` (md), met `suppressed` true. Met --out MAP heet het bestand livcr-<cell>-<YYYY-MM>.<ext>; het wordt atomair geschreven met modus 0600, met een manifest ernaast.
help-export-monthly--month =
    De maand: YYYY-MM, `last` of `this`
help-export-monthly--out =
    Een map (het bestand krijgt automatisch een naam) of een bestand
help-export-monthly--suppress_below =
    Verberg aantallen onder K [standaard: suppress_below uit het configuratiebestand, 3]
about-export-cases =
    Dossiers met codes en grove gegevens (geen vrije tekst tenzij --with-text)
help-export-cases--status =
    Enkel deze status
help-export-cases--with_text =
    Neem de samenvattingen op (geregistreerd in het register van verstrekkingen)
help-export-cases--out =
    Schrijf naar dit bestand (modus 0600) in plaats van naar de standaarduitvoer
about-export-meetings =
    Vergaderingen: datums, soorten, status, agendapunten, aanwezigheden
help-export-meetings--status =
    Enkel deze status
help-export-meetings--out =
    Schrijf naar dit bestand (modus 0600) in plaats van naar de standaarduitvoer
about-export-actions =
    Acties: dossiercode, verantwoordelijke, datums (geen tekst tenzij --with-text)
help-export-actions--status =
    Enkel open acties, uitgevoerde acties of acties over tijd
help-export-actions--with_text =
    Neem de teksten van de acties op (geregistreerd in het register van verstrekkingen)
help-export-actions--out =
    Schrijf naar dit bestand (modus 0600) in plaats van naar de standaarduitvoer
about-report =
    Rapporten voor de burgemeesters en de gemeenteraad
about-report-annual =
    Het jaar in cijfers en een tabel per maand (--format md, html of json; standaard md)
help-report-annual--year =
    Het jaar
help-report-annual--out =
    Schrijf naar dit bestand (modus 0600) in plaats van naar de standaarduitvoer
help-report-annual--suppress_below =
    Verberg aantallen onder K [standaard: suppress_below uit het configuratiebestand, 3]
about-remind =
    Wat binnenkort vervalt of al over tijd is, voor cron: toont niets als er niets te doen is; stelt nooit vragen en schrijft nooit iets
help-remind--within =
    Hoe ver vooruit te kijken, bv. 14d of 2w [standaard: remind_within uit het configuratiebestand, 14d]
help-remind--fail_if_due =
    Sluit af met code 3 als er iets te doen is
help-remind--for_org =
    Enkel wat één organisatie aanbelangt (haar acties, de dossiers die ze trekt, haar leden)
about-purge =
    Wis afgesloten en niet weerhouden dossiers waarvan de bewaartermijn verstreken is (regel R11)
long-about-purge =
    Wis afgesloten en niet weerhouden dossiers waarvan de bewaartermijn verstreken is (regel R11)

    Gebruik eerst --dry-run om te zien wat zou verdwijnen, daarna --yes. Anonieme maandelijkse aantallen blijven bewaard, zodat rapporten over voorbije maanden niet veranderen; er wordt een regel in het vernietigingsregister geschreven.
help-purge--dry_run =
    Toon enkel wat gewist zou worden
about-audit =
    Het auditlogboek: elke wijziging, met een hashketen verbonden
about-audit-list =
    Toon de regels van het auditlogboek, oudste eerst
help-audit-list--since =
    Enkel regels op of na deze datum (YYYY-MM-DD of een relatieve vorm zoals -30d)
help-audit-list--entity =
    Enkel regels over één soort entiteit (cell, organisation, person, membership, database, …)
about-audit-verify =
    Controleer de hashketen; afsluitcode 1 met vermelding van de eerste regel die ze verbreekt
help-audit-verify--anchor =
    Controleer ook ankers die buiten het bestand bewaard worden: een ankerregel, of een bestand met zulke regels of een manifest dat ze bevat; mislukt als een verankerde regel ontbreekt of verschilt
help-audit-verify--deep =
    Bereken ook elk record opnieuw en vergelijk het met zijn laatste geauditeerde toestand
about-audit-anchor =
    Druk de kop van de keten af als één regel om elders te bewaren (`audit verify --anchor LINE`)
about-backup =
    Kopieer de databank veilig terwijl ze in gebruik kan zijn, gecontroleerd voor het resultaat gemeld wordt
long-about-backup =
    Kopieer de databank veilig terwijl ze in gebruik kan zijn, gecontroleerd voor het resultaat gemeld wordt

    De kopie is één consistente momentopname, versleuteld met dezelfde sleutel als het bestand.
help-backup--out =
    Het te schrijven back-upbestand (mag nog niet bestaan)
about-restore =
    Vervang de databank door een back-up, na controles en een bevestiging
long-about-restore =
    Vervang de databank door een back-up, na controles en een bevestiging

    Het huidige bestand wordt ernaast bewaard als `*.before-restore-<time>`.
help-restore--from =
    Het terug te zetten back-upbestand (geschreven door `livcr backup`)
help-restore--backup_key_file =
    Bestand met de eigen wachtwoordzin van de back-up op de eerste regel (modus 0600), voor een back-up van vóór een `livcr rekey` [standaard: de huidige sleutel, anders gevraagd op een terminal]
about-encrypt =
    Versleutel een onversleutelde databank ter plaatse (SQLCipher), met een sleutelbestand of een getypte wachtwoordzin
about-rekey =
    Wijzig de wachtwoordzin van een versleutelde databank (en de vermelding in de sleutelbos van het besturingssysteem, als die er is)
help-rekey--new_key_file =
    Bestand met de nieuwe wachtwoordzin op de eerste regel, of een ruwe sleutel van `livcr key new` (modus 0600) [standaard: twee keer gevraagd op een terminal]
about-key =
    De sleutel van een versleutelde databank: een nieuw, willekeurig sleutelbestand, of bewaard in de sleutelbos van het besturingssysteem
about-key-new =
    Schrijf een nieuw sleutelbestand met een willekeurige sleutel van 256 bits (modus 0600; overschrijft nooit)
long-about-key-new =
    Schrijf een nieuw sleutelbestand met een willekeurige sleutel van 256 bits (modus 0600; overschrijft nooit)

    Een ruwe sleutel opent het bestand meteen, terwijl een getypte wachtwoordzin bij elke opdracht de sleutelafleiding van SQLCipher kost (256.000 rondes PBKDF2). Gebruik hem met `livcr init --key-file FILE`, `livcr encrypt --key-file FILE` of `livcr rekey --new-key-file FILE`, en bewaar er een kopie van, ver van de databank en haar back-ups: een verloren sleutel betekent verloren gegevens.
help-key-new--file =
    Het te schrijven sleutelbestand (mag nog niet bestaan)
about-key-store =
    Bewaar de sleutel van de databank in de sleutelbos van het besturingssysteem (de sleutel uit --key-file of getypt)
long-about-key-store =
    Bewaar de sleutel van de databank in de sleutelbos van het besturingssysteem (de sleutel uit --key-file of getypt)

    Latere opdrachten die deze account op deze computer uitvoert, openen het bestand dan zonder sleutelbestand of vraag. Wie de account kan gebruiken, kan het bestand dan lezen: houd de account vergrendeld.
about-key-forget =
    Verwijder de sleutel van de databank uit de sleutelbos van het besturingssysteem (livcr vraagt er dan opnieuw om)
about-upgrade =
    Werk een databank bij die door een oudere livcr geschreven werd (eerst wordt er een kopie naast bewaard)
about-status =
    Toon het databankbestand: pad, versleuteling, schemaversie, kop van de auditketen
about-completions =
    Druk de shell-aanvullingen af (bash, zsh, fish, elvish, powershell)
long-about-completions =
    Druk de shell-aanvullingen af (bash, zsh, fish, elvish, powershell)

    bv. `livcr completions bash > ~/.local/share/bash-completion/completions/livcr`
help-completions--shell =
    De shell waarvoor de aanvullingen geschreven worden
about-man =
    Druk de handleidingpagina af (roff), of schrijf met --out één pagina per opdracht
long-about-man =
    Druk de handleidingpagina af (roff), of schrijf met --out één pagina per opdracht

    `livcr man --out ~/.local/share/man/man1` schrijft livcr.1, livcr-case.1, livcr-case-list.1, … (daarna `man livcr-case-list`); `livcr man` alleen drukt livcr.1 af.
help-man--out =
    Schrijf een handleidingpagina per opdracht (livcr.1, livcr-case.1, livcr-case-list.1, …) in deze map, die aangemaakt wordt als ze ontbreekt; pagina's die er al staan, worden vervangen

## Mogelijke waarden

value-answer-no =
    Stemt niet in: de fiche kan niet verzonden worden
value-answer-yes =
    Stemt in met de fiche zoals ze nu is
value-close_open_cases-goals_reached =
    Doelen bereikt; de reguliere hulpverlening loopt verder
value-color-always =
    Altijd, ook naar een pipe of een bestand
value-color-auto =
    Op een terminal, tenzij NO_COLOR gezet is of TERM dumb is
value-color-never =
    Nooit
value-direction-in =
    Van de LTF naar de LIVC-R
value-direction-out =
    Van de LIVC-R naar de LTF
value-kind-aob =
    Varia en volgende datum
value-kind-case =
    Casusoverleg
value-kind-chair =
    Beslist door de voorzitter
value-kind-closures =
    Voorstellen tot afsluiting
value-kind-consensus =
    Beslist bij consensus
value-kind-feedback =
    Terugkoppelingsfiches ter beslissing
value-kind-mixed =
    Beide
value-kind-new_on_list =
    Dossiers die nieuw op de casuslijst staan
value-kind-none =
    Geen beslissing
value-kind-opening =
    Opening en vorig verslag
value-kind-overdue_actions =
    Opvolging: acties over tijd
value-kind-policy =
    Beleid en tendensen (geen dossiergegevens)
value-kind-postponed =
    Uitgesteld
value-kind-reviews =
    Opvolging: evaluaties die aan de beurt zijn
value-kind-signals =
    Nieuwe aanmeldingen en resultaten van de screening
value-kind-strategic =
    Strategisch overleg (geen dossiergegevens)
value-phenomenon-anti_government =
    Anti-overheid of gedreven door complotdenken
value-phenomenon-mixed =
    Gemengd of onduidelijk
value-phenomenon-religious =
    Religieus geïnspireerd
value-reason-goals_reached =
    Doelen bereikt; de reguliere hulpverlening loopt verder
value-role-ad_hoc =
    Uitgenodigd voor bepaalde dossiers
value-role-chair =
    Voorzitter: een burgemeester van een van de gemeenten van de LIVC-R
value-role-io =
    Information officer van de lokale politie, die de LTF vertegenwoordigt
value-role-mayor =
    Burgemeester (of diens vertegenwoordiger) van één gemeente
value-role-partner =
    Vaste genodigde
value-role-prevention =
    De gemeentelijke preventieambtenaar
value-role-secretariat =
    Secretariaat
value-source-citizen_or_family =
    Een burger of de familie
value-source-io =
    De information officer, namens de LTF
value-source-municipal_service =
    Een gemeentelijke dienst
value-source-partner =
    Een partnerorganisatie van de LIVC-R
value-status-declined =
    Niet weerhouden door de LIVC-R
value-status-follow_up =
    Begeleiding op maat met een trekkende organisatie en acties
value-status-on_list =
    Op de casuslijst (beslist door de voorzitter of de burgemeester: R9)
value-status-screening =
    Het secretariaat en de voorzitter gaan na of het dossier in de LIVC-R thuishoort
value-status-signal =
    Gemeld, nog niet bekeken
value-to-aob =
    Varia en volgende datum
value-to-closures =
    Voorstellen tot afsluiting
value-to-feedback =
    Terugkoppelingsfiches ter beslissing
value-to-new_on_list =
    Dossiers die nieuw op de casuslijst staan
value-to-opening =
    Opening en vorig verslag
value-to-overdue_actions =
    Opvolging: acties over tijd
value-to-policy =
    Beleid en tendensen (geen dossiergegevens)
value-to-reviews =
    Opvolging: evaluaties die aan de beurt zijn
value-to-signals =
    Nieuwe aanmeldingen en resultaten van de screening

## Namen van waarden

valname-A-B =
    A,B,…
valname-AGE_BAND =
    LEEFTIJDSGROEP
valname-ALL =
    ALLE
valname-BOOL =
    BOOL
valname-CELL =
    CEL
valname-CODE =
    CODE
valname-DATE =
    DATUM
valname-DEEP =
    GRONDIG
valname-DIR =
    MAP
valname-DIR-FILE =
    MAP|BESTAND
valname-DIRECTION =
    RICHTING
valname-DRY_RUN =
    PROEF
valname-DURATION =
    DUUR
valname-EMAIL =
    E-MAIL
valname-ENTITY =
    ENTITEIT
valname-FAIL_IF_DUE =
    FOUT_ALS_TE_DOEN
valname-FILE =
    BESTAND
valname-FORCE =
    FORCEREN
valname-FORM =
    FICHE
valname-FORMAT =
    FORMAAT
valname-ID =
    ID
valname-IO =
    IO
valname-ITEM =
    PUNT
valname-K =
    K
valname-KEYRING =
    SLEUTELBOS
valname-KIND =
    SOORT
valname-LANG =
    TAAL
valname-LINE-FILE =
    REGEL|BESTAND
valname-LOCATION =
    PLAATS
valname-M =
    M,…
valname-MEETING =
    VERGADERING
valname-MEETING-ITEM =
    VERGADERING:PUNT
valname-MEMBER =
    LID
valname-MINORS =
    MINDERJARIGEN
valname-N =
    N
valname-NAME =
    NAAM
valname-NEW =
    NIEUW
valname-NIS-NAME =
    NIS|NAAM
valname-NOTE =
    NOTITIE
valname-NO_INPUT =
    GEEN_INVOER
valname-OPEN =
    OPEN
valname-ORG =
    ORG
valname-OVERDUE =
    OVER_TIJD
valname-PAST =
    VOORBIJ
valname-PATH =
    PAD
valname-PHENOMENON =
    FENOMEEN
valname-PHONE =
    TELEFOON
valname-PLAIN =
    ONVERSLEUTELD
valname-REASON =
    REDEN
valname-REGION =
    GEWEST
valname-REVIEW_DUE =
    EVALUATIE_TE_DOEN
valname-ROLE =
    ROL
valname-SECRET_HOLDER =
    BEROEPSGEHEIM
valname-SECTION =
    RUBRIEK
valname-SECTOR =
    SECTOR
valname-SHELL =
    SHELL
valname-SOURCE =
    BRON
valname-SPAN =
    TERMIJN
valname-STATUS =
    STATUS
valname-TEXT =
    TEKST
valname-TIME =
    UUR
valname-TO =
    NAAR
valname-UPCOMING =
    KOMEND
valname-WHEN =
    WANNEER
valname-WIDE =
    BREED
valname-WITH_TEXT =
    MET_TEKST
valname-YEAR =
    JAAR
valname-YES =
    JA
valname-YYYY-MM-last =
    YYYY-MM|last
valname-yes-no =
    yes|no
