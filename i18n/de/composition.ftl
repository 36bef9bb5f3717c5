# Die Zusammensetzung einer LIVC-R: LIVC-R, Organisationen, Mitglieder und ihre Sitze (Regeln R1-R5).

## Regeln R1-R5 (`cell check`, `cell show`)

comp-r1-no-municipality = die LIVC-R ist für keine Gemeinde zuständig
comp-r1-no-mayor = { $municipality } ({ $nis }) hat keinen Bürgermeister und keinen Vertreter des Bürgermeisters
comp-r1-mayor-not-covered = Bürgermeistersitz für { $nis }, eine Gemeinde, für die die LIVC-R nicht zuständig ist
comp-r1-ok-joint = gemeinsame LIVC-R von { $count } Gemeinden, jede mit einem Bürgermeister
comp-r1-ok = eine Gemeinde, mit ihrem Bürgermeister
comp-r2-no-chair = kein Vorsitzender
comp-r2-chair-not-mayor = der Vorsitzende hat keinen Bürgermeistersitz einer Gemeinde der LIVC-R
comp-r2-many-chairs = { $count } Vorsitzende zugleich; eine LIVC-R hat einen
comp-r2-io-not-police = der IO-Sitz ist von einer Person außerhalb der lokalen Polizei besetzt
comp-r2-no-io = kein Information Officer (io) der lokalen Polizei
comp-r2-no-prevention = kein kommunaler Präventionsbeauftragter
comp-r2-ok = ein Vorsitzender, der Bürgermeister ist, ein IO und ein Präventionsbeauftragter
comp-r3-no-clearance = IO ohne bestätigte Sicherheitsermächtigung "geheim"
comp-r3-ok = die Ermächtigung jedes IO ist bestätigt
comp-r4-security = Mitglied von { $service }, einem Sicherheits- oder Nachrichtendienst
comp-r4-police-seat = Mitglied der lokalen Polizei auf einem Sitz { $role }; die Polizei sitzt nur als IO
comp-r4-ok = kein Sicherheits- oder Nachrichtendienst am Tisch
comp-r5-none = keine unterzeichnete Vertraulichkeitserklärung
comp-r5-expired = Vertraulichkeitserklärung am { $date } abgelaufen
comp-r5-future = Vertraulichkeitserklärung erst am { $date } unterzeichnet
comp-r5-ok = jedes Mitglied hat eine gültige Vertraulichkeitserklärung unterzeichnet

## Ablehnungen durch die Regeln

comp-r4-org-refused = { $name } ist { $service }: Sicherheits- und Nachrichtendienste sitzen nicht in einer LIVC-R (Regel R4)
comp-r4-org-refused-hint = die Polizei nimmt nur über den Information Officer der lokalen Polizei teil (Rolle io), der die LTF vertritt
comp-r4-police-not-io = { $org } ist ein lokaler Polizeidienst; seine Mitglieder sitzen nur als Information Officer (Regel R4), und { $who } hätte einen Sitz { $role }
comp-r4-police-not-io-hint = für einen neuen Sitz verwenden Sie --role io oder die andere Organisation des Mitglieds; ein bestehender Sitz endet mit `livcr member end { $member } --role { $role }`
comp-r4-io-not-police = der io-Sitz gehört dem Information Officer der lokalen Polizei (Regel R4); { $who } hätte ihn als Mitglied von { $org }, Sektor { $sector }
comp-r4-io-not-police-hint = wählen Sie die Organisation der lokalen Polizei (Sektor local_police); ein bestehender Sitz endet mit `livcr member end { $member } --role io`
comp-r4-looks-police = { $org } scheint ein lokaler Polizeidienst zu sein; seine Mitglieder sitzen nur als Information Officer (Regel R4), und { $who } hätte einen Sitz { $role }
comp-r4-looks-police-hint = wenn es die Polizei ist, setzen Sie den Sektor mit `livcr org edit { $id } --sector local_police`; wenn nicht, benennen Sie sie um
comp-r2-held-meeting = der Sitz { $role } galt bei Sitzung { $id } am { $date }; er kann nicht am { $until } enden, vor dieser Sitzung (Regel R2: die Zusammensetzung einer abgehaltenen Sitzung steht fest)
comp-end-after-hint = beenden Sie ihn nach dem { $date }
comp-r9-open-cases = LIVC-R { $cell } hat noch { $count ->
        [one] 1 offenen Fall
       *[other] { $count } offene Fälle
    } aus { $municipality } ({ $codes }); ein Fall gehört zur LIVC-R, die für seine Gemeinde zuständig ist (Regel R9), daher kann { $municipality } nicht am { $on } austreten
comp-r9-open-cases-hint = verschieben Sie sie mit --transfer-to CELL (die LIVC-R, die danach zuständig ist) oder schließen Sie sie mit --close-open-cases REASON ab
comp-mayor-org-mismatch = der Bürgermeistersitz für { $municipality } ist von einem Mitglied von { $org } besetzt, das { $named } nennt: in einer gemeinsamen LIVC-R spricht jeder Bürgermeister für die eigene Gemeinde (prüfen Sie die Organisation oder den Sitz)
comp-establish-ended = { $label } begann mit der LIVC-R am { $old } und endete am { $until }; die LIVC-R kann nicht am { $new } gegründet sein, danach
comp-establish-depends = { $label } beginnt am { $from }, vor dem { $new }; die LIVC-R kann nicht nach dem gegründet sein, was von ihr abhängt
comp-establish-before-hint = geben Sie ein Gründungsdatum am oder vor dem { $date } an

## Die Schreiber der Zusammensetzung

comp-period-coverage = die Zuständigkeit für { $municipality }
comp-period-seat = der Sitz { $role } von { $name } (#{ $id })
comp-establish-future = LIVC-R { $cell } kann nicht am { $new } gegründet sein: dieses Datum ist noch nicht gekommen
comp-establish-future-hint = geben Sie das Datum an, an dem die LIVC-R eingerichtet wurde, heute oder früher
comp-establish-after-records = LIVC-R { $cell } hat eine Sitzung oder einen Fall vom { $first }; sie kann nicht am { $new } gegründet sein, danach
comp-establish-covered = für { $municipality } ist LIVC-R { $other } bis zum { $until } zuständig; LIVC-R { $cell } kann ab dem { $new } nicht zuständig sein (Regel R1: eine LIVC-R je Gemeinde zur gleichen Zeit)
comp-establish-covered-today = für { $municipality } ist LIVC-R { $other } bis heute zuständig; LIVC-R { $cell } kann ab dem { $new } nicht zuständig sein (Regel R1: eine LIVC-R je Gemeinde zur gleichen Zeit)
comp-establish-after-hint = geben Sie ein Gründungsdatum am oder nach dem { $date } an
comp-org-name-taken = eine andere Organisation heißt bereits { $name }
comp-org-name-taken-hint = wählen Sie einen anderen Namen, oder sehen Sie die Liste mit `livcr org list` ein
comp-declaration-future = die am { $date } unterzeichnete Vertraulichkeitserklärung liegt in der Zukunft (heute ist der { $today })
comp-clearance-future = die am { $date } bestätigte Ermächtigung "geheim" liegt in der Zukunft (heute ist der { $today })
comp-date-future-hint = geben Sie mit { $flag } das Datum an, an dem es geschah, heute oder früher
comp-seat-end-present = { $name } (#{ $id }) ist bei Sitzung { $meeting } am { $date } als anwesend erfasst; der Sitz kann nicht am { $until } enden, vor dieser Sitzung
comp-seat-end-present-hint = beenden Sie ihn nach dem { $date }, oder berichtigen Sie zuerst die Anwesenheit (`livcr meeting attend { $meeting } --absent { $id }`)
comp-seat-end-breaks-r2 = ab dem { $until } verstößt LIVC-R { $cell } gegen Regel R2: { $problem } (`livcr cell check --on { $until }`)

## Was gerade geschah, als die Datei versagte

comp-ctx-adding-cell = beim Hinzufügen von LIVC-R { $code }
comp-ctx-updating-cell = beim Aktualisieren von LIVC-R { $code }
comp-ctx-moving-coverage = beim Verschieben der Zuständigkeit auf das Gründungsdatum
comp-ctx-moving-seat = beim Verschieben des Sitzes auf das Gründungsdatum
comp-ctx-reading-closed-cases = beim Lesen der abgeschlossenen Fälle der LIVC-R
comp-ctx-stored-closure-date = gespeichertes Abschlussdatum { $date }
comp-ctx-recomputing-purge-date = beim Neuberechnen eines Löschdatums
comp-ctx-reading-held-meetings = beim Lesen der abgehaltenen Sitzungen
comp-ctx-reading-cells = beim Lesen der LIVC-R
comp-ctx-reading-cell = beim Lesen von LIVC-R { $cell }
comp-ctx-reading-coverage-of = beim Lesen der Zuständigkeit für { $nis }
comp-ctx-reading-municipalities = beim Lesen der Gemeinden der LIVC-R
comp-ctx-adding-coverage = beim Hinzufügen von { $nis } zur LIVC-R
comp-ctx-reading-the-coverage = beim Lesen der Zuständigkeit
comp-ctx-ending-coverage = beim Beenden der Zuständigkeit
comp-ctx-adding-org = beim Hinzufügen der Organisation { $name }
comp-ctx-updating-org = beim Aktualisieren der Organisation { $id }
comp-ctx-reading-orgs = beim Lesen der Organisationen
comp-ctx-reading-org = beim Lesen der Organisation
comp-ctx-reading-org-members = beim Lesen der Mitglieder der Organisation
comp-ctx-reading-members = beim Lesen der Mitglieder
comp-ctx-reading-member = beim Lesen des Mitglieds
comp-ctx-reading-member-by-email = beim Suchen des Mitglieds nach E-Mail-Adresse
comp-ctx-adding-member = beim Hinzufügen des Mitglieds { $name }
comp-ctx-no-org = keine Organisation { $id }
comp-ctx-updating-member = beim Aktualisieren des Mitglieds { $id }
comp-ctx-reading-seats = beim Lesen der Sitze
comp-ctx-no-member = kein Mitglied { $id }
comp-ctx-adding-seat = beim Hinzufügen des Sitzes
comp-ctx-reading-seat = beim Lesen von Sitz { $id }
comp-ctx-ending-seat = beim Beenden des Sitzes
comp-ctx-reading-open-cases = beim Lesen der offenen Fälle
comp-ctx-moving-case = beim Verschieben des Falls
comp-ctx-moving-referrals = beim Verschieben der Verweisungen des Falls
comp-ctx-reading-coverage = beim Lesen der Zuständigkeiten

## livcr cell

comp-cell-code-invalid = ungültiger Code der LIVC-R: { $code }
comp-cell-code-invalid-hint = verwenden Sie 2 bis 20 Buchstaben, Ziffern oder Bindestriche, beginnend mit einem Buchstaben oder einer Ziffer, z. B. EUPEN oder ZONE-WESER
comp-covered-by = für { $municipality } ({ $nis }) ist bereits LIVC-R { $cell } ab dem { $from } zuständig (Regel R1: eine LIVC-R je Gemeinde zur gleichen Zeit)
comp-covered-by-until = für { $municipality } ({ $nis }) ist bereits LIVC-R { $cell } vom { $from } bis zum { $until } zuständig (Regel R1: eine LIVC-R je Gemeinde zur gleichen Zeit)
comp-covered-by-hint = beenden Sie diese Zuständigkeit zuerst mit `livcr cell leave { $cell } --municipality { $nis } --on DATE`
comp-covered-by-this = für { $municipality } ({ $nis }) ist diese LIVC-R bereits ab dem { $from } zuständig
comp-brussels-lang-note = eine Brüsseler LIVC-R erhält standardmäßig Dokumente auf Niederländisch; Französisch ist mit --lang fr möglich (bei `cell add` oder später mit `cell edit`)
comp-prompt-cell-code = Code der LIVC-R (z. B. EUPEN)
comp-prompt-cell-name = Name der LIVC-R
comp-prompt-cell-municipality = Gemeinde, für die die LIVC-R zuständig ist
comp-prompt-cell-another = Eine weitere Gemeinde hinzufügen (gemeinsame LIVC-R)?
comp-missing-cell-code = CODE (der Code der LIVC-R, erstes Argument)
comp-cell-name-empty = leeres --name; geben Sie den vollständigen Namen der LIVC-R an
comp-name-empty = leeres --name
comp-retention-invalid = ungültiges --retention-months { $value }; verwenden Sie 1 bis 240
comp-review-invalid = ungültiges --review-weeks { $value }; verwenden Sie 1 bis 104
comp-municipality-twice = { $municipality } ({ $nis }) ist doppelt angegeben
comp-cell-exists = eine LIVC-R mit dem Code { $code } besteht bereits
comp-cell-exists-hint = wählen Sie einen anderen Code, oder ändern Sie diese LIVC-R mit `livcr cell edit`
comp-cell-added = LIVC-R { $code } hinzugefügt ({ $municipalities }), Dokumente auf { $lang }
comp-cell-added-joint = gemeinsame LIVC-R { $code } von { $count } Gemeinden hinzugefügt ({ $municipalities }), Dokumente auf { $lang }
comp-section-municipalities = Gemeinden
comp-section-members-by-role = Mitglieder nach Rolle
comp-section-rules = Regeln
comp-cell-check-breaks = LIVC-R { $cell } verstößt am { $date } gegen { $count ->
    [one] Regel
   *[other] die Regeln
} { $rules }
comp-nothing-to-change = nichts zu ändern
comp-cell-nothing-to-change-hint = geben Sie --name, --lang, --established, --retention-months oder --review-weeks an
comp-cell-changed-name = Name { $name }
comp-cell-changed-lang = Sprache { $lang }
comp-cell-changed-established = gegründet am { $date }
comp-cell-changed-retention = Aufbewahrungsfrist { $count ->
        [one] 1 Monat
       *[other] { $count } Monate
    }
comp-cell-changed-review = Überprüfung { $count ->
        [one] jede Woche
       *[other] alle { $count } Wochen
    }
comp-cell-updated = LIVC-R { $cell } aktualisiert: { $changes }
comp-cell-retention-note = Aufbewahrungsfrist { $months ->
        [one] 1 Monat
       *[other] { $months } Monate
    }: { $count ->
        [one] 1 Fall (abgeschlossen oder abgelehnt) hat
       *[other] { $count } Fälle (abgeschlossen oder abgelehnt) haben
    } ein neues Löschdatum erhalten, davon { $due } jetzt zu löschen (Regel R11; `livcr purge --dry-run` listet sie auf)
comp-cell-moved-note = { $periods ->
        [one] 1 Zuständigkeitszeitraum
       *[other] { $periods } Zuständigkeitszeiträume
    } und { $seats ->
        [one] 1 Sitz
       *[other] { $seats } Sitze
    }, die mit der LIVC-R begannen, beginnen jetzt am { $date }
comp-cell-joins = { $municipality } ({ $nis }) tritt LIVC-R { $cell } ab dem { $from } bei
comp-cell-joins-note = fügen Sie ihren Bürgermeister mit `livcr member add NAME --org ORG --role mayor --municipality { $nis }` hinzu
comp-cell-not-covering = LIVC-R { $cell } ist am { $date } nicht für { $municipality } ({ $nis }) zuständig
comp-cell-not-covering-hint = `livcr cell show` listet die Gemeinden und ihre Daten auf
comp-cell-last-municipality = { $municipality } ({ $nis }) ist die letzte Gemeinde von LIVC-R { $cell }; eine LIVC-R ist für mindestens eine zuständig (Regel R1)
comp-cell-last-municipality-hint = lassen Sie zuerst eine andere Gemeinde beitreten
comp-close-future = --close-open-cases schließt die Fälle am Austrittsdatum ab, dem { $date }, und das liegt in der Zukunft; ein Abschluss wird erfasst, sobald er geschehen ist
comp-close-future-hint = treten Sie heute oder früher aus, oder geben Sie --transfer-to CELL an
comp-cell-leaves = { $municipality } ({ $nis }) tritt am { $date } aus LIVC-R { $cell } aus
comp-cell-leaves-mayor-note = der Sitz ihres Bürgermeisters endet ebenfalls am { $date }
comp-cell-leaves-moved = { $count ->
        [one] 1 offener Fall wurde
       *[other] { $count } offene Fälle wurden
    } mit ihrer Geschichte zu LIVC-R { $cell } verschoben
comp-cell-leaves-moved-joined = { $count ->
        [one] 1 offener Fall wurde
       *[other] { $count } offene Fälle wurden
    } mit ihrer Geschichte zu LIVC-R { $cell } verschoben; LIVC-R { $cell } ist ab dem { $date } für { $municipality } zuständig: fügen Sie ihren Bürgermeister mit `livcr --cell { $cell } member add NAME --org ORG --role mayor --municipality { $nis }` hinzu
comp-cell-leaves-closed = { $count ->
        [one] 1 offener Fall
       *[other] { $count } offene Fälle
    } am { $date } abgeschlossen ({ $reason }); ihr Löschdatum folgt der Aufbewahrungsfrist
comp-transfer-same-cell = --transfer-to { $cell } ist die LIVC-R, aus der die Gemeinde austritt
comp-transfer-same-cell-hint = geben Sie die LIVC-R an, die danach zuständig ist
comp-transfer-not-established = LIVC-R { $cell } ist am { $established } gegründet, nach dem Austrittsdatum { $date }; sie kann ab dem { $date } nicht für { $municipality } ({ $nis }) zuständig sein (Regel R9: ein Fall gehört zur LIVC-R, die für seine Gemeinde zuständig ist)
comp-transfer-not-established-hint = treten Sie am oder nach dem { $established } aus, oder berichtigen Sie das Gründungsdatum mit `livcr cell edit { $cell } --established DATE`
comp-transfer-covered = für { $municipality } ({ $nis }) ist LIVC-R { $other } ab dem { $from } zuständig; LIVC-R { $cell } kann ab dem { $date } nicht zuständig sein (Regel R1), daher können die Fälle nicht dorthin verschoben werden
comp-transfer-covered-hint = verschieben Sie sie stattdessen zu LIVC-R { $other }

## livcr member

comp-email-invalid = ungültige E-Mail-Adresse { $email }
comp-email-invalid-hint = verwenden Sie eine dienstliche Adresse wie name@eupen.be
comp-phone-invalid = ungültige Telefonnummer { $phone }
comp-phone-invalid-hint = verwenden Sie Ziffern mit Leerzeichen, Punkten, Schrägstrichen oder einem vorangestellten +, z. B. 087 59 58 00 oder +32 87 59 58 00
comp-member-name-empty = leerer Name des Mitglieds
comp-prompt-member-name = Name des Mitglieds
comp-prompt-member-org = Organisation
comp-prompt-member-role = Rolle
comp-prompt-member-municipality = Gemeinde dieses Bürgermeisters
comp-prompt-member-email = Dienstliche E-Mail-Adresse (so erkennt livcr dieselbe Person auf einem zweiten Sitz; leer zum Überspringen)
comp-email-try-again = { $error }; versuchen Sie es erneut oder lassen Sie das Feld leer
comp-no-org-yet = noch keine Organisation
comp-no-org-yet-hint = fügen Sie zuerst eine mit `livcr org add NAME --sector S` hinzu
comp-missing-name = NAME (erstes Argument)
comp-missing-mayor-municipality = --municipality (ein Bürgermeistersitz nennt seine Gemeinde)
comp-municipality-not-mayor = --municipality gilt nur für einen Bürgermeistersitz, nicht für die Rolle { $role }
comp-municipality-not-mayor-hint = lassen Sie --municipality weg
comp-member-other-org = { $name } ({ $email }) ist mit der Organisation { $org } erfasst, nicht { $wanted }
comp-member-other-org-hint = ändern Sie das zuerst mit `livcr member edit { $id } --org ...`, oder verwenden Sie eine andere E-Mail-Adresse
comp-mayor-not-covered-hint = ein Bürgermeistersitz nennt eine der Gemeinden der LIVC-R; fügen Sie sie mit `livcr cell join { $cell } --municipality { $nis }` hinzu
comp-mayor-seat-taken = { $municipality } ({ $nis }) hat bereits einen Bürgermeistersitz: { $name } (#{ $id }) ab dem { $from }
comp-mayor-seat-taken-hint = ein Bürgermeistersitz je Gemeinde; beenden Sie ihn zuerst mit `livcr member end { $id } --role mayor --on DATE`
comp-chair-not-mayor = der Vorsitzende muss am { $date } Bürgermeister einer der Gemeinden von LIVC-R { $cell } sein
comp-chair-not-mayor-hint = geben Sie zuerst den Sitz des Bürgermeisters an (`member add NAME --role mayor --municipality X --email E`), dann den Vorsitz mit derselben --email; ein Bürgermeister ohne E-Mail-Adresse erhält eine mit `livcr member edit ID --email E`
comp-chair-taken = LIVC-R { $cell } hat bereits einen Vorsitzenden: { $name } (#{ $id }) ab dem { $from }
comp-chair-taken-hint = ein Vorsitzender zur gleichen Zeit; beenden Sie zuerst diesen Sitz mit `livcr member end { $id } --role chair --on DATE`
comp-seat-held-already = { $name } (#{ $id }) hat bereits einen Sitz { $role } in LIVC-R { $cell }
comp-inviter-not-mayor = { $name } (#{ $id }) ist am { $date } weder Bürgermeister noch Vorsitzender von LIVC-R { $cell }; Partner werden von einem Bürgermeister oder dem Vorsitzenden eingeladen
comp-inviter-not-mayor-hint = geben Sie mit --invited-by den Bürgermeister oder Vorsitzenden an, der sie eingeladen hat
comp-invited-by-role = --invited-by gilt für die Sitze partner und ad_hoc, nicht für { $role }
comp-invited-by-role-hint = lassen Sie --invited-by weg
comp-no-inviter = kein einladender Bürgermeister oder Vorsitzender erfasst; Partner nehmen auf Einladung des Bürgermeisters teil (geben Sie --invited-by an)
comp-invited-on-needs-by = --invited-on erfordert --invited-by
comp-no-email = keine E-Mail-Adresse
comp-namesake = { $org } hat bereits ein Mitglied dieses Namens: { $members }; ist es dieselbe Person, geben Sie diesen Sitz mit deren --email an (ein Mitglied ohne E-Mail-Adresse erhält eine mit `livcr member edit { $id } --email E`); wenn nicht, geben Sie jedem eine --email, um sie zu unterscheiden
comp-member-vanished = Mitglied verschwunden
comp-member-added = { $name } (#{ $id }) als { $role } in LIVC-R { $cell } hinzugefügt
comp-member-added-for = { $name } (#{ $id }) als { $role } in LIVC-R { $cell } für { $municipality } hinzugefügt
comp-member-seat-given = { $name } (#{ $id }) hat einen Sitz als { $role } in LIVC-R { $cell } erhalten
comp-member-seat-given-for = { $name } (#{ $id }) hat einen Sitz als { $role } in LIVC-R { $cell } für { $municipality } erhalten
comp-mayor-seat-until-note = die LIVC-R ist bis zum { $date } für diese Gemeinde zuständig; dann endet auch der Bürgermeistersitz
comp-matched-by-email-note = { $given } entsprach über die E-Mail-Adresse dem bestehenden Mitglied { $name }; der erfasste Name wurde beibehalten
comp-no-email-note = keine E-Mail-Adresse für { $name } erfasst: einen zweiten Sitz für dieselbe Person (etwa ein Bürgermeister, der den Vorsitz führt) geben Sie mit `member add` und derselben --email an; fügen Sie sie mit `livcr member edit { $id } --email ADDRESS` hinzu
comp-io-no-clearance-warning = keine bestätigte Sicherheitsermächtigung "geheim" für diesen IO (Regel R3); erfassen Sie sie mit `livcr member clearance { $id } --confirmed DATE`
comp-no-declaration-note = erfassen Sie die unterzeichnete Vertraulichkeitserklärung mit `livcr member declare { $id } --signed DATE` (Regel R5)
comp-not-signed = nicht unterzeichnet
comp-section-seats = Sitze
comp-email-taken = die E-Mail-Adresse { $email } gehört bereits zu { $name } (#{ $id })
comp-member-nothing-to-change-hint = geben Sie --name, --email, --phone, --org oder --secret-holder an
comp-field-name = Name
comp-field-email = E-Mail-Adresse
comp-field-phone = Telefon
comp-field-organisation = Organisation
comp-field-secret-holder = Berufsgeheimnis
comp-member-updated = Mitglied { $id } aktualisiert: { $changes }
comp-end-seats-question = { $count ->
        [one] Den Sitz
       *[other] Die Sitze
    } { $roles } von { $name } in LIVC-R { $cell } am { $date } beenden?
comp-end-seats-what = Beenden der Sitze von { $name } (#{ $id })
comp-no-seat = { $name } (#{ $id }) hat am { $date } keinen Sitz in LIVC-R { $cell }
comp-no-seat-of-role = { $name } (#{ $id }) hat am { $date } keinen Sitz { $role } in LIVC-R { $cell }
comp-no-seat-hint = `livcr member show { $id }` listet die Sitze auf
comp-seat-starts-later = der Sitz { $role } von { $name } beginnt am { $date }; beenden Sie ihn an oder nach diesem Datum
comp-seats-ended = { $count ->
        [one] 1 Sitz
       *[other] { $count } Sitze
    } von { $name } (#{ $id }) in LIVC-R { $cell } am { $date } beendet: { $roles }
comp-seats-ended-check-note = führen Sie `livcr cell check` aus, um zu sehen, ob die LIVC-R die Regeln R1-R2 noch erfüllt
comp-valid-until-before-signed = --valid-until { $until } liegt vor --signed { $signed }
comp-declaration-recorded = Vertraulichkeitserklärung von { $name } (#{ $id }) erfasst, unterzeichnet am { $date }
comp-clearance-recorded = Ermächtigung "geheim" von { $name } (#{ $id }) erfasst, bestätigt am { $date }
comp-clearance-not-io-note = dieses Mitglied hat keinen io-Sitz; Regel R3 betrifft den IO

## livcr org

comp-org-name-empty = leerer Name der Organisation
comp-prompt-org-name = Name der Organisation
comp-prompt-org-sector = Sektor
comp-org-exists = die Organisation { $name } besteht bereits
comp-org-exists-hint = sehen Sie die Liste mit `livcr org list` ein
comp-org-added = Organisation { $id } { $name } ({ $sector }) hinzugefügt
comp-org-looks-police-warning = { $name } scheint ein lokaler Polizeidienst zu sein; verwenden Sie --sector local_police, damit seine Mitglieder den io-Sitz einnehmen können (`livcr org edit { $id } --sector local_police`)
comp-org-legal-basis-note = erfassen Sie die Rechtsgrundlage der Teilnahme dieses Dienstes (z. B. das Dekret vom 21. Mai 2021 oder vom 8. Juni 2023) mit --legal-basis
comp-org-nothing-to-change-hint = geben Sie --name, --sector oder --legal-basis an
comp-field-sector = Sektor
comp-field-legal-basis = Rechtsgrundlage
comp-org-updated = Organisation { $id } aktualisiert: { $changes }

# Field names in the text gate's messages.
comp-field-cell-name = Name der LIVC-R
comp-field-organisation-name = Name der Organisation
comp-field-legal-basis-text = Rechtsgrundlage
