# Die Hilfe zu jedem Befehl und jeder Option (`--help`, `livcr man`), auf Deutsch.
# Das englische Original (i18n/en/help.ftl) wird aus den Doc-Kommentaren in src/cli erzeugt;
# diese Datei übersetzt dieselben Schlüssel in derselben Reihenfolge.

## Befehle und Optionen

about-livcr =
    Sekretariatswerkzeug für eine belgische LIVC-R / CSIL-R (lokale integrale Sicherheitszelle in Sachen Radikalisierung, Extremismus und Terrorismus)
long-about-livcr =
    Sekretariatswerkzeug für eine belgische LIVC-R / CSIL-R (lokale integrale Sicherheitszelle in Sachen Radikalisierung, Extremismus und Terrorismus).

    livcr verwaltet die Zusammensetzung der Zelle, ihre Sitzungen, ihre anonymisierten Fälle und die Verweisungen, die über den Information Officer laufen, in einer einzigen lokalen SQLite-Datei und erstellt die Exporte und Erinnerungen, die ein Sekretariat braucht. Fälle sind Zufallscodes mit groben Angaben: niemals ein Name.
after-help-livcr =
    Exit-Codes: 0 Erfolg; 1 Fehler (ungültiger Wert, von einer Regel abgelehnt, nicht gefunden, Datenbankproblem); 2 Aufruffehler; 3 `remind --fail-if-due` hat Fälliges gefunden.
    Setzen Sie LIVCR_TODAY=JJJJ-MM-TT, um das heutige Datum festzulegen (Tests, reproduzierbare Berichte).
help-livcr--db =
    Datenbankdatei [Standard: $LIVCR_DB, sonst `db` aus der Konfiguration, sonst $XDG_DATA_HOME/livcr/livcr.db; %APPDATA%\livcr\livcr.db unter Windows]
help-livcr--config =
    Konfigurationsdatei [Standard: $XDG_CONFIG_HOME/livcr/config.toml; %APPDATA%\livcr\config.toml unter Windows]
help-livcr--cell =
    Die Zelle, mit der gearbeitet wird, nach ihrem Code [Standard: die einzige Zelle oder `cell` aus der Konfiguration]
help-livcr--format =
    Ausgabeformat: die Hilfe (--help) jedes Befehls nennt die Formate, die er annimmt (Listen: table, json, csv, md; Dokumente: md, html)
help-livcr--actor =
    Ihr Name im Prüfprotokoll [Standard: `actor` aus der Konfiguration, sonst Ihr Anmeldename]
help-livcr--no_input =
    Nie nachfragen: ein fehlender Wert ist ein Fehler, der die betreffende Option nennt
help-livcr--yes =
    Rückfragen mit Ja beantworten
help-livcr--key_file =
    Schlüsseldatei einer verschlüsselten Datenbank: ihre erste Zeile ist die Passphrase oder der von `livcr key new` geschriebene Rohschlüssel; Modus 0600 [Standard: $LIVCR_KEY_FILE, sonst `key_file` aus der Konfiguration, sonst der Schlüsselbund des Betriebssystems, falls der Schlüssel dort aufbewahrt wurde, sonst eine Abfrage im Terminal]
help-livcr--lang =
    Sprache der Dokumente [Standard: die Sprache der Zelle]
help-livcr--color =
    Farbe in Tabellen (Status, überfällige Daten): auto färbt in einem Terminal, außer wenn NO_COLOR gesetzt ist oder TERM=dumb
help-livcr--wide =
    Alle Spalten einer Liste anzeigen (eine Tabelle zeigt die Standardspalten, die in 80 Zeichen passen)
help-livcr--columns =
    Diese Spalten einer Liste in dieser Reihenfolge anzeigen, in jedem Format (Namen wie in der JSON-/CSV-Kopfzeile, z. B. `--columns code,status,opened_on`)
about-init =
    Eine neue, leere Datenbank anlegen (überschreibt nie eine bestehende), verschlüsselt außer mit --plain
long-about-init =
    Eine neue, leere Datenbank anlegen (überschreibt nie eine bestehende), verschlüsselt außer mit --plain

    Die Passphrase kommt aus --key-file (LIVCR_KEY_FILE, `key_file` aus der Konfiguration), sonst wird sie im Terminal zweimal abgefragt; danach fragt livcr, ob sie im Schlüsselbund des Betriebssystems aufbewahrt werden soll (Standard: Nein). Eine verlorene Passphrase bedeutet verlorene Daten: Bewahren Sie sie in einem Passwort-Manager oder einem versiegelten Umschlag auf, nie neben der Datei oder ihren Sicherungen.
help-init--plain =
    Eine unverschlüsselte Datei anlegen: Wer eine Kopie davon besitzt (eine Sicherung, ein zur Reparatur eingeschickter Laptop), kann jeden Fall lesen
help-init--keyring =
    Den Schlüssel im Schlüsselbund des Betriebssystems aufbewahren (Windows-Anmeldeinformationsverwaltung, macOS-Schlüsselbund, Secret Service unter Linux), sodass spätere Befehle unter diesem Konto weder Schlüsseldatei noch Abfrage brauchen
about-demo =
    Eine realistische Demo-Datenbank anlegen und zeigen, was livcr damit macht
long-about-demo =
    Eine realistische Demo-Datenbank anlegen und zeigen, was livcr damit macht

    Ohne --db schreibt der Befehl livcr-demo.db in den aktuellen Ordner, nie in Ihre echte Datenbank, und er weigert sich, eine Datei zu überschreiben, die keine Demo-Datenbank ist.
help-demo--scale =
    Statt der Vorführung eine große synthetische Datei für Leistungstests erzeugen: N Zellen mit je zwei Gemeinden, jede mit zehn Jahren an Fällen, Verlauf, Maßnahmen und monatlichen Sitzungen (250 ergibt eine Datei in Landesgröße: 100.000 Fälle, etwa eine Million Verlaufseinträge)
help-demo--cases_per_cell =
    Mit --scale: Fälle pro Zelle
about-config =
    Die geltenden Einstellungen anzeigen oder eine kommentierte Standard-Konfigurationsdatei ausgeben
about-config-show =
    Jede geltende Einstellung ausgeben und woher sie stammt
about-config-default =
    Eine vollständig kommentierte Standard-Konfigurationsdatei ausgeben (dieselbe wie examples/config.toml)
about-municipality =
    Belgische Gemeinden (Referenzdaten, NIS-Codes, Fusionen von 2025)
about-municipality-list =
    Gemeinden auflisten, wahlweise gefiltert
help-municipality-list--search =
    Nur Namen (NL, FR oder DE; Groß- und Kleinschreibung, Akzente und St./Sint/Saint/Sankt werden ignoriert) oder NIS-Codes, die TEXT entsprechen, genaue Treffer zuerst; ehemalige Gemeinden (2025 fusioniert) finden, was aus ihnen geworden ist
help-municipality-list--region =
    Nur eine Region
about-municipality-show =
    Eine Gemeinde anzeigen, nach NIS-Code oder Name (durch die Fusionen von 2025 weggefallene Codes werden zugeordnet)
help-municipality-show--municipality =
    NIS-Code (5 Ziffern) oder Name auf NL, FR oder DE
about-cell =
    Zellen: die Gemeinden, die sie abdecken, ihre Zusammensetzung und die Regeln R1-R5
about-cell-add =
    Eine Zelle für eine Gemeinde anlegen, oder für mehrere bei einer gemeinsamen Zelle
long-about-cell-add =
    Eine Zelle für eine Gemeinde anlegen, oder für mehrere bei einer gemeinsamen Zelle

    --lang legt die Dokumentsprache der Zelle fest; Standard ist die Region der ersten Gemeinde (Flandern nl, Wallonie fr, Brüssel nl, die neun deutschsprachigen Gemeinden de). In einem Terminal werden fehlende Werte abgefragt.
help-cell-add--code =
    Kurzcode der Zelle, z. B. GENT oder ZONE-VLAS (Buchstaben, Ziffern, Bindestriche)
help-cell-add--name =
    Vollständiger Name, z. B. "LIVC-R Gent"
help-cell-add--municipalities =
    Eine Gemeinde, die die Zelle abdeckt (NIS-Code oder Name); bei einer gemeinsamen Zelle wiederholen
help-cell-add--established =
    Datum, an dem der oder die Bürgermeister die Zelle eingerichtet haben [Standard: heute]
help-cell-add--retention_months =
    Monate, die ein abgeschlossener Fall vor der Löschung aufbewahrt wird
help-cell-add--review_weeks =
    Wochen zwischen den Überprüfungen eines Falls
about-cell-list =
    Die Zellen in dieser Datei auflisten
about-cell-show =
    Eine Zelle anzeigen: Gemeinden, Mitglieder nach Rolle und der Stand jeder Regel
help-cell-show--code =
    Code der Zelle [Standard: --cell oder die einzige Zelle]
help-cell-show--on =
    Die Zusammensetzung so anzeigen, wie sie an diesem Datum war
about-cell-edit =
    Name, Sprache (--lang), Einrichtungsdatum, Aufbewahrungsfrist oder Überprüfungsintervall einer Zelle ändern
help-cell-edit--code =
    Code der Zelle
help-cell-edit--name =
    Neuer Name
help-cell-edit--established =
    Neues Einrichtungsdatum; Gemeinden und Sitze, die am alten Datum begannen, werden mit verschoben
help-cell-edit--retention_months =
    Monate, die ein abgeschlossener Fall vor der Löschung aufbewahrt wird; die Löschdaten der abgeschlossenen und nicht aufgenommenen Fälle der Zelle werden neu berechnet
help-cell-edit--review_weeks =
    Wochen zwischen den Überprüfungen eines Falls
about-cell-join =
    Eine Gemeinde tritt der Zelle bei (sie wird oder bleibt eine gemeinsame Zelle)
help-cell-join--code =
    Code der Zelle
help-cell-join--municipality =
    NIS-Code oder Name der Gemeinde
help-cell-join--from =
    Erster Tag, an dem die Zelle sie abdeckt [Standard: heute]
about-cell-leave =
    Eine Gemeinde verlässt die Zelle; der Sitz ihres Bürgermeisters endet am selben Tag
long-about-cell-leave =
    Eine Gemeinde verlässt die Zelle; der Sitz ihres Bürgermeisters endet am selben Tag

    Ein Fall gehört zu der Zelle, die seine Gemeinde abdeckt (Regel R9): Solange die Zelle offene Fälle der Gemeinde führt, geben Sie --transfer-to oder --close-open-cases an.
help-cell-leave--code =
    Code der Zelle
help-cell-leave--municipality =
    NIS-Code oder Name der Gemeinde
help-cell-leave--on =
    Erster Tag, an dem die Zelle sie nicht mehr abdeckt [Standard: heute]
help-cell-leave--transfer_to =
    Die Zelle, die die Gemeinde ab dem Austrittsdatum abdeckt (die Gemeinde tritt ihr dann bei, falls noch nicht geschehen): die offenen Fälle gehen mit ihrem Verlauf auf sie über
help-cell-leave--close_open_cases =
    Die offenen Fälle am Austrittsdatum mit diesem Abschlussgrund abschließen (Fälle, die nie auf die Liste kamen, werden nicht aufgenommen)
about-cell-check =
    Die Regeln R1-R5 zur Zusammensetzung prüfen (Exit-Code 1, wenn eine Regel verletzt ist)
help-cell-check--code =
    Code der Zelle [Standard: --cell oder die einzige Zelle]
help-cell-check--on =
    Die Zusammensetzung so prüfen, wie sie an diesem Datum war
about-org =
    Organisationen, deren Mitarbeiter in der Zelle sitzen
about-org-add =
    Eine Organisation hinzufügen (Sicherheits- und Nachrichtendienste werden abgelehnt: Regel R4)
help-org-add--name =
    Name, z. B. "OCMW Gent" oder "CPAS de Liège"
help-org-add--sector =
    Sektor
help-org-add--legal_basis =
    Rechtsgrundlage der Teilnahme, für Dienste der Gemeinschaften und Regionen
about-org-list =
    Organisationen auflisten
about-org-edit =
    Name, Sektor oder Rechtsgrundlage einer Organisation ändern
help-org-edit--org =
    ID oder Name der Organisation
help-org-edit--name =
    Neuer Name
help-org-edit--sector =
    Neuer Sektor
help-org-edit--legal_basis =
    Neue Rechtsgrundlage der Teilnahme (Dienste der Gemeinschaften und Regionen)
about-member =
    Mitglieder: Sitze, die Personen von Organisationen innehaben, Erklärungen und Sicherheitsermächtigungen
about-member-add =
    Einer Person einen Sitz in der Zelle geben (einer neuen Person oder einer bestehenden, anhand der E-Mail gefunden)
help-member-add--name =
    Vollständiger Name des Mitglieds (einer Fachkraft; nie einer Person, um die es in einem Fall geht)
help-member-add--org =
    ID oder Name der Organisation
help-member-add--role =
    Rolle in der Zelle
help-member-add--municipality =
    Für den Sitz eines Bürgermeisters: die Gemeinde (NIS-Code oder Name)
help-member-add--email =
    Dienstliche E-Mail (eine bestehende Person mit dieser E-Mail erhält den zusätzlichen Sitz)
help-member-add--phone =
    Dienstliche Telefonnummer
help-member-add--from =
    Erster Tag des Sitzes [Standard: heute]
help-member-add--invited_by =
    Für Partner- und Ad-hoc-Sitze: der Bürgermeister oder Vorsitzende, der sie eingeladen hat
help-member-add--invited_on =
    Datum der Einladung [Standard: der erste Tag des Sitzes]
help-member-add--secret_holder =
    Das Mitglied unterliegt dem Berufsgeheimnis (wird gebeten zu bestätigen, dass Rückmeldebögen keine solchen Geheimnisse enthalten)
about-member-list =
    Mitglieder auflisten (heute geltende Sitze, oder alle mit --all)
help-member-list--role =
    Nur diese Rolle
help-member-list--all =
    Beendete Sitze einschließen
about-member-show =
    Ein Mitglied anzeigen: Kontakt, Sitze, Erklärung und Sicherheitsermächtigung
help-member-show--member =
    ID, E-Mail oder ein eindeutiger Teil des Namens des Mitglieds
about-member-edit =
    Name, Kontaktangaben, Organisation oder Berufsgeheimnis-Vermerk eines Mitglieds ändern
help-member-edit--member =
    ID, E-Mail oder ein eindeutiger Teil des Namens des Mitglieds
help-member-edit--name =
    Neuer vollständiger Name (einer Fachkraft; nie einer Person, um die es in einem Fall geht)
help-member-edit--email =
    Neue dienstliche E-Mail
help-member-edit--phone =
    Neue dienstliche Telefonnummer
help-member-edit--org =
    ID oder Name der Organisation
help-member-edit--secret_holder =
    Unterliegt dem Berufsgeheimnis (true oder false)
about-member-end =
    Die Sitze eines Mitglieds beenden; der Verlauf und das Prüfprotokoll bleiben erhalten. Fragt im Terminal zuerst nach (--yes überspringt die Frage)
help-member-end--member =
    ID, E-Mail oder ein eindeutiger Teil des Namens des Mitglieds
help-member-end--on =
    Erster Tag, an dem der Sitz nicht mehr besteht [Standard: heute]
help-member-end--role =
    Nur den Sitz mit dieser Rolle [Standard: jeder Sitz, den das Mitglied in der Zelle innehat]
about-member-declare =
    Eine unterzeichnete Vertraulichkeitserklärung erfassen (Regel R5)
help-member-declare--member =
    ID, E-Mail oder ein eindeutiger Teil des Namens des Mitglieds
help-member-declare--signed =
    Datum der Unterzeichnung
help-member-declare--valid_until =
    Letzter Gültigkeitstag [Standard: unbefristet]
about-member-clearance =
    Das Datum erfassen, an dem die Sicherheitsermächtigung "geheim" eines IO bestätigt wurde (Regel R3)
help-member-clearance--member =
    ID, E-Mail oder ein eindeutiger Teil des Namens des Mitglieds
help-member-clearance--confirmed =
    Datum der Bestätigung
about-case =
    Anonymisierte Fälle: Codes, Status, Verlauf, Überprüfungen, Abschluss
about-case-open =
    Einen Fall zu einer neuen Meldung eröffnen; gibt seinen Zufallscode aus (niemals einen Namen: Regel R8)
help-case-open--municipality =
    Gemeinde des Falls (NIS-Code oder Name); sie muss von der Zelle abgedeckt sein. Pflichtangabe: wird im Terminal abgefragt, wenn sie fehlt
help-case-open--source =
    Wer die Sorge gemeldet hat (Pflichtangabe; wird im Terminal abgefragt, wenn sie fehlt)
help-case-open--source_org =
    Die Organisation, die sie gemeldet hat (ID oder Name)
help-case-open--phenomenon =
    Phänomen (Pflichtangabe; wird im Terminal abgefragt, wenn sie fehlt)
help-case-open--age_band =
    Altersgruppe, nie ein Geburtsdatum (Pflichtangabe; wird im Terminal abgefragt, wenn sie fehlt)
help-case-open--summary =
    Eine kurze Zusammenfassung in allgemeinen Worten (von der Datenschutzprüfung geprüft)
help-case-open--on =
    Datum der Meldung, zum Nacherfassen älterer Fälle [Standard: heute]
about-case-list =
    Fälle auflisten (standardmäßig die offenen), nächste Überprüfung zuerst; Minderjährige werden markiert (R12)
help-case-list--status =
    Nur dieser Status
help-case-list--municipality =
    Nur diese Gemeinde (NIS-Code oder Name)
help-case-list--phenomenon =
    Nur dieses Phänomen
help-case-list--review_due =
    Nur Fälle, deren Überprüfung fällig ist (heute oder früher)
help-case-list--minors =
    Nur Minderjährige (Altersgruppen under_12 und 12_17)
help-case-list--all =
    Abgeschlossene und nicht aufgenommene Fälle einschließen
about-case-show =
    Einen Fall anzeigen: Angaben, Verlauf, Maßnahmen (jede Ansicht wird im Prüfprotokoll vermerkt)
help-case-show--code =
    Fallcode (Groß- und Kleinschreibung und Bindestriche spielen keine Rolle)
about-case-move =
    Einen Fall in einen anderen Status versetzen (on_list nur durch den Vorsitzenden oder den Bürgermeister der Gemeinde: R9)
help-case-move--code =
    Fallcode
help-case-move--to =
    Neuer Status
help-case-move--decided_by =
    Das Mitglied, das entschieden hat (Pflicht für on_list: der Vorsitzende oder der Bürgermeister)
help-case-move--reason =
    Begründung in allgemeinen Worten (durchläuft die Datenschutzprüfung)
help-case-move--on =
    Datum der Entscheidung [Standard: heute]
about-case-note =
    Dem Verlauf des Falls eine Notiz hinzufügen (von der Datenschutzprüfung geprüft)
long-about-case-note =
    Dem Verlauf des Falls eine Notiz hinzufügen (von der Datenschutzprüfung geprüft)

    Geben Sie den Text als Argument an, mit --file oder, in einem Terminal, schreiben Sie ihn in $EDITOR.
help-case-note--code =
    Fallcode
help-case-note--text =
    Die Notiz in allgemeinen Worten: keine Namen, Nummern, Kontaktangaben oder Geburtsdaten
help-case-note--file =
    Die Notiz aus einer Datei lesen ("-" für die Standardeingabe)
help-case-note--on =
    Datum der Notiz [Standard: heute]
about-case-lead =
    Die federführende Organisation der Begleitung festlegen
help-case-lead--code =
    Fallcode
help-case-lead--org =
    ID oder Name der Organisation
about-case-review =
    Eine Überprüfung erfassen und die nächste festlegen (Standard: das Intervall des Falls)
help-case-review--code =
    Fallcode
help-case-review--on =
    Datum der Überprüfung [Standard: heute]
help-case-review--next =
    Datum der nächsten Überprüfung
help-case-review--interval =
    Zeit bis zur nächsten Überprüfung, z. B. 8w oder 3m
about-case-close =
    Einen Fall abschließen; die Aufbewahrungsfrist (und damit das Löschdatum) läuft ab dem Abschluss
help-case-close--code =
    Fallcode
help-case-close--reason =
    Warum der Fall abgeschlossen wird
help-case-close--on =
    Datum des Abschlusses [Standard: heute]
about-case-reopen =
    Einen abgeschlossenen oder nicht aufgenommenen Fall wieder eröffnen (nur vor seinem Löschdatum, gemessen am heutigen Tag)
long-about-case-reopen =
    Einen abgeschlossenen oder nicht aufgenommenen Fall wieder eröffnen (nur vor seinem Löschdatum, gemessen am heutigen Tag)

    Der Fall erhält wieder den Status, den er vor dem Abschluss hatte. Kommt er damit wieder auf die Fallliste (on_list oder follow_up), entscheidet der Vorsitzende oder der Bürgermeister seiner Gemeinde (Regel R9): Geben Sie --decided-by an.
help-case-reopen--code =
    Fallcode
help-case-reopen--on =
    Datum [Standard: heute]
help-case-reopen--decided_by =
    Der Vorsitzende oder der Bürgermeister der Gemeinde des Falls, der entschieden hat, ihn wieder auf die Fallliste zu setzen (ID, E-Mail oder Name des Mitglieds)
about-action =
    Für Fälle vereinbarte Maßnahmen: Verantwortliche, Frist, erledigt
about-action-add =
    Einem Fall eine Maßnahme hinzufügen: eine verantwortliche Organisation, eine Frist, ein Text (geprüft)
help-action-add--code =
    Fallcode
help-action-add--org =
    Verantwortliche Organisation (ID oder Name)
help-action-add--due =
    Frist (JJJJ-MM-TT, TT/MM/JJJJ oder relativ wie +2w)
help-action-add--text =
    Was zu tun ist, in allgemeinen Worten
help-action-add--on =
    Datum, an dem die Maßnahme vereinbart wurde, zum Nacherfassen älterer Fälle [Standard: heute]
about-action-list =
    Offene Maßnahmen auflisten (nächste Frist zuerst)
help-action-list--overdue =
    Nur überfällige Maßnahmen
help-action-list--org =
    Nur diese verantwortliche Organisation
help-action-list--case_code =
    Nur dieser Fall
help-action-list--all =
    Erledigte Maßnahmen einschließen
about-action-done =
    Eine Maßnahme als erledigt markieren
help-action-done--id =
    ID der Maßnahme
help-action-done--on =
    Datum der Erledigung [Standard: heute]
about-action-edit =
    Verantwortliche, Frist oder Text einer Maßnahme ändern
help-action-edit--id =
    ID der Maßnahme
help-action-edit--org =
    Neue verantwortliche Organisation (ID oder Name)
help-action-edit--due =
    Neue Frist (JJJJ-MM-TT, TT/MM/JJJJ oder relativ wie +2w)
help-action-edit--text =
    Neuer Text in allgemeinen Worten (von der Datenschutzprüfung geprüft)
about-meeting =
    Sitzungen: Planung, Anwesenheit, Beschlüsse, Protokoll, Kalender
about-meeting-plan =
    Eine Sitzung planen (Ortszeit Europe/Brussels); ein Datum in der Vergangenheit verlangt --yes
help-meeting-plan--date =
    Datum (JJJJ-MM-TT, TT/MM/JJJJ oder relativ wie +7d)
help-meeting-plan--time =
    Beginn, z. B. 14:00 oder 14h30
help-meeting-plan--kind =
    Art der Sitzung
help-meeting-plan--location =
    Ort (keine Falldaten)
help-meeting-plan--duration =
    Dauer, z. B. 2h, 90m, 1h30
about-meeting-list =
    Sitzungen auflisten
help-meeting-list--upcoming =
    Nur Sitzungen ab heute
help-meeting-list--past =
    Nur Sitzungen vor heute
about-meeting-show =
    Eine Sitzung anzeigen: Zeit, Ort, Tagesordnung, Anwesenheit, Beschlüsse
help-meeting-show--meeting =
    ID der Sitzung, oder ihr Datum, wenn an diesem Tag nur eine Sitzung stattfindet
about-meeting-move =
    Eine geplante Sitzung auf ein anderes Datum und eine andere Uhrzeit verlegen
help-meeting-move--meeting =
    ID oder Datum der Sitzung
help-meeting-move--to =
    Neues Datum und neue Uhrzeit: `--to 2026-12-14 14:00`
about-meeting-cancel =
    Eine geplante Sitzung absagen; fragt im Terminal zuerst nach (--yes überspringt die Frage)
help-meeting-cancel--meeting =
    ID oder Datum der Sitzung
help-meeting-cancel--reason =
    Grund (keine Falldaten)
about-meeting-attend =
    Erfassen, wer anwesend, entschuldigt oder abwesend war (Mitglieder nach ID, E-Mail oder Name, durch Kommas getrennt)
help-meeting-attend--meeting =
    ID oder Datum der Sitzung
help-meeting-attend--present =
    Mitglieder, die anwesend waren
help-meeting-attend--excused =
    Mitglieder, die entschuldigt waren (sich abgemeldet haben)
help-meeting-attend--absent =
    Mitglieder, die unentschuldigt abwesend waren
about-meeting-decide =
    Den Beschluss zu einem Tagesordnungspunkt erfassen und wer daran teilgenommen hat
long-about-meeting-decide =
    Den Beschluss zu einem Tagesordnungspunkt erfassen und wer daran teilgenommen hat

    Teilnehmende sind die anwesenden Mitglieder, abzüglich derer, die für diesen Punkt den Raum verlassen haben, zuzüglich der Eingeladenen, die für ihn hinzugekommen sind. Niemand ist verpflichtet, etwas zu sagen (R6): der Text ist freiwillig. Bei einem Fallpunkt wird der Beschluss in den Verlauf des Falls geschrieben.
help-meeting-decide--meeting =
    ID oder Datum der Sitzung
help-meeting-decide--item =
    Nummer des Punkts
help-meeting-decide--kind =
    Art des Beschlusses
help-meeting-decide--text =
    Der Beschluss in allgemeinen Worten (von der Datenschutzprüfung geprüft)
help-meeting-decide--left =
    Mitglieder, die für diesen Punkt den Raum verlassen haben
help-meeting-decide--joined =
    Eingeladene, die für diesen Punkt hinzugekommen sind
about-meeting-close =
    Eine Sitzung als abgehalten markieren (eine Fallbesprechung braucht ihre gesetzliche Anwesenheit: R2)
long-about-meeting-close =
    Eine Sitzung als abgehalten markieren (eine Fallbesprechung braucht ihre gesetzliche Anwesenheit: R2)

    Ihre Punkte stehen danach fest: Sind noch Punkte ohne Beschluss, fragt der Befehl im Terminal zuerst nach und verlangt anderswo --yes.
help-meeting-close--meeting =
    ID oder Datum der Sitzung
help-meeting-close--force =
    Auch ohne die gesetzliche Anwesenheit abschließen (verlangt --reason; wird im Prüfprotokoll vermerkt)
help-meeting-close--reason =
    Warum die Sitzung ohne die gesetzliche Anwesenheit abgeschlossen wird (mit --force)
about-meeting-run =
    Eine Sitzung im Terminal durchgehen: Anwesenheit, dann Punkt für Punkt
help-meeting-run--meeting =
    ID oder Datum der Sitzung
about-meeting-minutes =
    Das Protokoll schreiben: Anwesenheit, Punkte, Beschlüsse, Maßnahmen (vertraulich)
help-meeting-minutes--meeting =
    ID oder Datum der Sitzung
help-meeting-minutes--out =
    In diese Datei schreiben (Modus 0600) statt in die Standardausgabe
about-meeting-ics =
    Eine iCalendar-Datei (RFC 5545) mit den Sitzungen der Zelle schreiben: geplant, abgehalten und abgesagt
help-meeting-ics--out =
    In diese Datei schreiben (Modus 0600) statt in die Standardausgabe
help-meeting-ics--from =
    Nur Sitzungen ab diesem Datum [Standard: alle]
about-agenda =
    Tagesordnungen: aus dem Stand der Fälle entworfen, bearbeitet, je Eingeladenem exportiert
about-agenda-draft =
    Die Tagesordnung aus dem Stand der Fälle am Datum der Sitzung entwerfen (idempotent)
help-agenda-draft--meeting =
    ID oder Datum der Sitzung
about-agenda-add =
    Einen Punkt von Hand hinzufügen
help-agenda-add--meeting =
    ID oder Datum der Sitzung
help-agenda-add--text =
    Der Text des Punkts (von der Datenschutzprüfung geprüft)
help-agenda-add--case_code =
    Der Fall, um den es in dem Punkt geht
help-agenda-add--kind =
    Die Rubrik, unter die er kommt [Standard: aob, oder reviews bei einem Fall]
about-agenda-move =
    Einen Punkt unter eine andere Rubrik setzen; er behält seine Nummer
long-about-agenda-move =
    Einen Punkt unter eine andere Rubrik setzen; er behält seine Nummer

    Punktnummern werden einmal vergeben und ändern sich nie, solange die Sitzung besteht, sodass `meeting decide M N` und `feedback draft --item M:N` immer denselben Punkt meinen. Die Tagesordnung zeigt die Punkte nach Rubrik, dann nach Nummer.
help-agenda-move--meeting =
    ID oder Datum der Sitzung
help-agenda-move--item =
    Nummer des Punkts (wie `agenda show` sie auflistet)
help-agenda-move--to =
    Die Rubrik, unter die er kommt
about-agenda-rm =
    Einen Punkt entfernen (nicht einen mit Beschluss); fragt im Terminal zuerst nach (--yes überspringt das)
long-about-agenda-rm =
    Einen Punkt entfernen (nicht einen mit Beschluss); fragt im Terminal zuerst nach (--yes überspringt das)

    Die übrigen Punkte behalten ihre Nummern.
help-agenda-rm--meeting =
    ID oder Datum der Sitzung
help-agenda-rm--item =
    Nummer des Punkts (wie `agenda show` sie auflistet)
about-agenda-show =
    Die Tagesordnung anzeigen
help-agenda-show--meeting =
    ID oder Datum der Sitzung
about-agenda-export =
    Die vertrauliche Tagesordnung als Dokument schreiben (md oder html), wahlweise das Exemplar eines Eingeladenen
help-agenda-export--meeting =
    ID oder Datum der Sitzung
help-agenda-export--for_member =
    Das Exemplar des Eingeladenen: allgemeine Punkte und die Fälle, an denen seine Organisation beteiligt ist
help-agenda-export--out =
    In diese Datei schreiben (Modus 0600) statt in die Standardausgabe
about-referral =
    Verweisungen über den Information Officer (die einzige Brücke zur LTF)
about-referral-in =
    Eine Verweisung der LTF erfassen, die der IO eingebracht hat
long-about-referral-in =
    Eine Verweisung der LTF erfassen, die der IO eingebracht hat

    Geben Sie den betreffenden Fall an (--case) oder eröffnen Sie im selben Schritt einen neuen (--new, Quelle io). Erfassen Sie nur grobe Kategorien: Sicherheitsvermerke und Verschlusssachen bleiben außen vor (R13).
help-referral-in--via =
    Der IO, der sie eingebracht hat [Standard: der einzige aktive IO der Zelle]
help-referral-in--received =
    Datum des Eingangs
help-referral-in--case_code =
    Der betreffende Fall
help-referral-in--new =
    Einen neuen Fall (Quelle io) dafür eröffnen
help-referral-in--municipality =
    Für --new: die Gemeinde
help-referral-in--phenomenon =
    Für --new: das Phänomen
help-referral-in--age_band =
    Für --new: die Altersgruppe
help-referral-in--reason =
    Grund, als grobe Kategorie
help-referral-in--note =
    Eine kurze Notiz in allgemeinen Worten (geprüft; keine Sicherheitsvermerke: R13)
help-referral-in--expects_feedback_by =
    Bis wann die LTF eine Rückmeldung erwartet
about-referral-list =
    Verweisungen auflisten
help-referral-list--open =
    Nur offene (eingegangen, besprochen, angenommen)
help-referral-list--direction =
    Nur eine Richtung
about-referral-show =
    Eine Verweisung anzeigen
help-referral-show--id =
    ID der Verweisung
about-referral-update =
    Den Status einer Verweisung ändern
help-referral-update--id =
    ID der Verweisung
help-referral-update--status =
    Neuer Status
help-referral-update--on =
    Datum [Standard: heute]
about-referral-feedback =
    Erfassen, dass der IO die Rückmeldung der Zelle zu einer eingegangenen Verweisung an die LTF zurückgegeben hat
long-about-referral-feedback =
    Erfassen, dass der IO die Rückmeldung der Zelle zu einer eingegangenen Verweisung an die LTF zurückgegeben hat

    Eine Rückmeldung erreicht die LTF nur als Rückmeldebogen, der die Konsens-Schranke durchlaufen hat (R7): Hier wird dieser versandte Bogen genannt; der Befehl wird abgelehnt, solange der Fall keinen hat.
help-referral-feedback--id =
    ID der Verweisung
help-referral-feedback--form =
    Der versandte Rückmeldebogen [Standard: der einzige versandte Bogen des Falls]
help-referral-feedback--on =
    Datum [Standard: heute]
about-feedback =
    Rückmeldebögen für die Polizei, nur mit der Einwilligung aller Teilnehmenden versandt (Regel R7)
about-feedback-draft =
    Einen Rückmeldebogen für die Polizei zu einem Fall entwerfen, verknüpft mit dem Punkt der abgehaltenen Sitzung, in dem er besprochen wurde (SITZUNG:PUNKT); gibt die ID des Bogens aus
help-feedback-draft--code =
    Fallcode
help-feedback-draft--item =
    Der Tagesordnungspunkt, als SITZUNG:PUNKT (ID oder Datum der Sitzung, Nummer des Punkts)
help-feedback-draft--text =
    Der Text in allgemeinen Worten (von der Datenschutzprüfung geprüft)
help-feedback-draft--file =
    Den Text aus einer Datei lesen ("-" für die Standardeingabe)
about-feedback-edit =
    Den Text eines Bogens ändern; alle bisher gegebenen Einwilligungen und Bestätigungen verfallen
help-feedback-edit--id =
    ID des Bogens
help-feedback-edit--text =
    Der neue Text in allgemeinen Worten (von der Datenschutzprüfung geprüft)
help-feedback-edit--file =
    Den neuen Text aus einer Datei lesen ("-" für die Standardeingabe)
about-feedback-consent =
    Die Antwort eines Teilnehmenden zum Bogen erfassen: `--answer yes` (willigt ein) oder `--answer no`
long-about-feedback-consent =
    Die Antwort eines Teilnehmenden zum Bogen erfassen: `--answer yes` (willigt ein) oder `--answer no`

    Die Antwort wird immer ausdrücklich angegeben: das allgemeine --yes erfasst nie eine Einwilligung.
help-feedback-consent--id =
    ID des Bogens
help-feedback-consent--member =
    Der oder die Teilnehmende
help-feedback-consent--answer =
    Die Antwort des oder der Teilnehmenden
help-feedback-consent--on =
    Datum [Standard: heute]
about-feedback-confirm =
    Die Bestätigung eines Berufsgeheimnisträgers erfassen, dass der Bogen kein Berufsgeheimnis enthält
help-feedback-confirm--id =
    ID des Bogens
help-feedback-confirm--member =
    Der oder die Teilnehmende, der oder die dem Berufsgeheimnis unterliegt
help-feedback-confirm--on =
    Datum [Standard: heute]
about-feedback-send =
    Den Bogen über einen aktiven IO versenden: nur mit der Einwilligung aller Teilnehmenden und der Bestätigung aller Berufsgeheimnisträger (Regel R7)
help-feedback-send--id =
    ID des Bogens
help-feedback-send--via =
    Der IO [Standard: der einzige aktive IO der Zelle]
help-feedback-send--on =
    Datum [Standard: heute]
about-feedback-withdraw =
    Einen nicht versandten Bogen zurückziehen; fragt im Terminal zuerst nach (--yes überspringt die Frage)
help-feedback-withdraw--id =
    ID des Bogens
about-feedback-list =
    Rückmeldebögen auflisten
about-feedback-show =
    Einen Bogen so anzeigen, wie er dem IO übergeben wird (Dokument in md oder html; json für Skripte)
help-feedback-show--id =
    ID des Bogens
help-feedback-show--out =
    In diese Datei schreiben (Modus 0600) statt in die Standardausgabe
about-export =
    Exporte für Skripte: die Monatszahlen sowie Listen der Fälle, Sitzungen und Maßnahmen
about-export-monthly =
    Die Zahlen des Monats (--format csv, json oder md; Standard csv), kleine Zahlen verborgen
long-about-export-monthly =
    Die Zahlen des Monats (--format csv, json oder md; Standard csv), kleine Zahlen verborgen

    Bei einer gemeinsamen Zelle werden die Zahlen auch je Gemeinde angegeben. Zahlen unter K (Standard 3, suppress_below aus der Konfiguration) werden verborgen, ebenso jede Zahl, aus der sich über die Summen der Tabelle eine verborgene errechnen ließe. Eine verborgene Zahl ist ein leerer Wert (CSV), null (JSON) oder `x` (md), mit `suppressed` true. Mit --out ORDNER heißt die Datei livcr-<Zelle>-<JJJJ-MM>.<ext>; sie wird atomar mit Modus 0600 geschrieben, mit einem Manifest daneben.
help-export-monthly--month =
    Der Monat: JJJJ-MM, `last` oder `this`
help-export-monthly--out =
    Ein Ordner (der Dateiname wird für Sie gewählt) oder eine Datei
help-export-monthly--suppress_below =
    Zahlen unter K verbergen [Standard: suppress_below aus der Konfiguration, 3]
about-export-cases =
    Fälle mit Codes und groben Angaben (kein Freitext außer mit --with-text)
help-export-cases--status =
    Nur dieser Status
help-export-cases--with_text =
    Zusammenfassungen einschließen (wird im Offenlegungsregister vermerkt)
help-export-cases--out =
    In diese Datei schreiben (Modus 0600) statt in die Standardausgabe
about-export-meetings =
    Sitzungen: Daten, Arten, Status, Punkte, Anwesenheit
help-export-meetings--status =
    Nur dieser Status
help-export-meetings--out =
    In diese Datei schreiben (Modus 0600) statt in die Standardausgabe
about-export-actions =
    Maßnahmen: Fallcode, Verantwortliche, Daten (kein Text außer mit --with-text)
help-export-actions--status =
    Nur offene, erledigte oder überfällige Maßnahmen
help-export-actions--with_text =
    Die Texte der Maßnahmen einschließen (wird im Offenlegungsregister vermerkt)
help-export-actions--out =
    In diese Datei schreiben (Modus 0600) statt in die Standardausgabe
about-report =
    Berichte für die Bürgermeister und den Gemeinderat
about-report-annual =
    Das Jahr in Zahlen und eine Tabelle Monat für Monat (--format md, html oder json; Standard md)
help-report-annual--year =
    Das Jahr
help-report-annual--out =
    In diese Datei schreiben (Modus 0600) statt in die Standardausgabe
help-report-annual--suppress_below =
    Zahlen unter K verbergen [Standard: suppress_below aus der Konfiguration, 3]
about-remind =
    Was fällig oder überfällig ist, für cron: gibt nichts aus, wenn nichts fällig ist; fragt nie nach und schreibt nie
help-remind--within =
    Wie weit vorausgeschaut wird, z. B. 14d oder 2w [Standard: remind_within aus der Konfiguration, 14d]
help-remind--fail_if_due =
    Mit Exit-Code 3 beenden, wenn etwas fällig ist
help-remind--for_org =
    Nur, was eine Organisation betrifft (ihre Maßnahmen, die Fälle, die sie federführend begleitet, ihre Mitglieder)
about-purge =
    Abgeschlossene und nicht aufgenommene Fälle löschen, deren Aufbewahrungsfrist abgelaufen ist (Regel R11)
long-about-purge =
    Abgeschlossene und nicht aufgenommene Fälle löschen, deren Aufbewahrungsfrist abgelaufen ist (Regel R11)

    Verwenden Sie zuerst --dry-run, um zu sehen, was gelöscht würde, dann --yes. Anonyme Monatszahlen bleiben erhalten, damit sich Berichte über vergangene Monate nicht ändern; eine Zeile im Vernichtungsregister wird geschrieben.
help-purge--dry_run =
    Nur auflisten, was gelöscht würde
about-audit =
    Das Prüfprotokoll: jede Änderung, durch eine Hash-Kette verbunden
about-audit-list =
    Zeilen des Prüfprotokolls auflisten, älteste zuerst
help-audit-list--since =
    Nur Zeilen an oder nach diesem Datum (JJJJ-MM-TT oder relativ wie -30d)
help-audit-list--entity =
    Nur Zeilen zu einer Art von Objekt (cell, organisation, person, membership, database, …)
about-audit-verify =
    Die Hash-Kette prüfen; Exit-Code 1 mit Angabe der ersten Zeile, die sie bricht
help-audit-verify--anchor =
    Auch außerhalb der Datei aufbewahrte Anker prüfen: eine Ankerzeile, oder eine Datei mit solchen Zeilen oder ein Manifest, das sie enthält; schlägt fehl, wenn eine verankerte Zeile fehlt oder abweicht
help-audit-verify--deep =
    Außerdem jeden Datensatz neu berechnen und mit seinem zuletzt protokollierten Stand vergleichen
about-audit-anchor =
    Den Kopf der Kette als eine Zeile ausgeben, die anderswo aufzubewahren ist (`audit verify --anchor LINE`)
about-backup =
    Die Datenbank sicher kopieren, auch während sie in Gebrauch ist, und die Kopie prüfen, bevor sie gemeldet wird
long-about-backup =
    Die Datenbank sicher kopieren, auch während sie in Gebrauch ist, und die Kopie prüfen, bevor sie gemeldet wird

    Die Kopie ist eine einzige konsistente Momentaufnahme, mit demselben Schlüssel verschlüsselt wie die Datei.
help-backup--out =
    Die zu schreibende Sicherungsdatei (darf nicht bestehen)
about-restore =
    Die Datenbank nach Prüfungen und einer Bestätigung durch eine Sicherung ersetzen
long-about-restore =
    Die Datenbank nach Prüfungen und einer Bestätigung durch eine Sicherung ersetzen

    Die aktuelle Datei bleibt daneben als `*.before-restore-<time>` erhalten.
help-restore--from =
    Die wiederherzustellende Sicherungsdatei (von `livcr backup` geschrieben)
help-restore--backup_key_file =
    Datei mit der eigenen Passphrase der Sicherung in ihrer ersten Zeile (Modus 0600), für eine Sicherung, die vor einem `livcr rekey` erstellt wurde [Standard: der aktuelle Schlüssel, sonst Abfrage im Terminal]
about-encrypt =
    Eine unverschlüsselte Datenbank an Ort und Stelle verschlüsseln (SQLCipher), mit einer Schlüsseldatei oder einer eingetippten Passphrase
about-rekey =
    Die Passphrase einer verschlüsselten Datenbank ändern (und gegebenenfalls den Eintrag im Schlüsselbund des Betriebssystems)
help-rekey--new_key_file =
    Datei mit der neuen Passphrase in ihrer ersten Zeile, oder ein Rohschlüssel von `livcr key new` (Modus 0600) [Standard: zweimal im Terminal abgefragt]
about-key =
    Der Schlüssel einer verschlüsselten Datenbank: eine neue zufällige Schlüsseldatei, oder im Schlüsselbund des Betriebssystems aufbewahrt
about-key-new =
    Eine neue Schlüsseldatei mit einem zufälligen 256-Bit-Schlüssel schreiben (Modus 0600; überschreibt nie)
long-about-key-new =
    Eine neue Schlüsseldatei mit einem zufälligen 256-Bit-Schlüssel schreiben (Modus 0600; überschreibt nie)

    Ein Rohschlüssel öffnet die Datei sofort, während eine eingetippte Passphrase bei jedem Befehl die Schlüsselableitung von SQLCipher kostet (256.000 Runden PBKDF2). Verwenden Sie ihn mit `livcr init --key-file FILE`, `livcr encrypt --key-file FILE` oder `livcr rekey --new-key-file FILE` und bewahren Sie eine Kopie davon getrennt von der Datenbank und ihren Sicherungen auf: ein verlorener Schlüssel bedeutet verlorene Daten.
help-key-new--file =
    Die zu schreibende Schlüsseldatei (darf nicht bestehen)
about-key-store =
    Den Schlüssel der Datenbank im Schlüsselbund des Betriebssystems aufbewahren (der Schlüssel aus --key-file oder eingetippt)
long-about-key-store =
    Den Schlüssel der Datenbank im Schlüsselbund des Betriebssystems aufbewahren (der Schlüssel aus --key-file oder eingetippt)

    Spätere Befehle, die dieses Konto auf diesem Computer ausführt, öffnen die Datei dann ohne Schlüsseldatei oder Abfrage. Wer das Konto benutzen kann, kann die Datei dann lesen: Halten Sie das Konto gesperrt.
about-key-forget =
    Den Schlüssel der Datenbank aus dem Schlüsselbund des Betriebssystems entfernen (livcr fragt wieder danach)
about-upgrade =
    Eine von einer älteren livcr-Version geschriebene Datenbank aktualisieren (zuvor wird daneben eine Kopie aufbewahrt)
about-status =
    Die Datenbankdatei anzeigen: Pfad, Verschlüsselung, Schemaversion, Kopf der Prüfkette
about-completions =
    Shell-Vervollständigungen ausgeben (bash, zsh, fish, elvish, powershell)
long-about-completions =
    Shell-Vervollständigungen ausgeben (bash, zsh, fish, elvish, powershell)

    z. B. `livcr completions bash > ~/.local/share/bash-completion/completions/livcr`
help-completions--shell =
    Die Shell, für die die Vervollständigungen geschrieben werden
about-man =
    Die Handbuchseite (roff) ausgeben, oder mit --out eine Seite pro Befehl schreiben
long-about-man =
    Die Handbuchseite (roff) ausgeben, oder mit --out eine Seite pro Befehl schreiben

    `livcr man --out ~/.local/share/man/man1` schreibt livcr.1, livcr-case.1, livcr-case-list.1, … (danach `man livcr-case-list`); `livcr man` allein gibt livcr.1 aus.
help-man--out =
    Eine Handbuchseite pro Befehl (livcr.1, livcr-case.1, livcr-case-list.1, …) in diesen Ordner schreiben, der bei Bedarf angelegt wird; dort bereits vorhandene Seiten werden ersetzt

## Mögliche Werte

value-answer-no =
    Willigt nicht ein: der Bogen kann nicht versandt werden
value-answer-yes =
    Willigt in den Bogen in seiner jetzigen Fassung ein
value-close_open_cases-goals_reached =
    Ziele erreicht; die reguläre Betreuung geht weiter
value-color-always =
    Immer, auch in eine Pipe oder eine Datei
value-color-auto =
    In einem Terminal, außer wenn NO_COLOR gesetzt ist oder TERM dumb ist
value-color-never =
    Nie
value-direction-in =
    Von der LTF an die Zelle
value-direction-out =
    Von der Zelle an die LTF
value-kind-aob =
    Verschiedenes und nächster Termin
value-kind-case =
    Fallbesprechung
value-kind-chair =
    Vom Vorsitzenden entschieden
value-kind-closures =
    Vorschläge zum Abschluss
value-kind-consensus =
    Im Konsens entschieden
value-kind-feedback =
    Zu beschließende Rückmeldebögen
value-kind-mixed =
    Beides
value-kind-new_on_list =
    Neu auf der Fallliste
value-kind-none =
    Kein Beschluss
value-kind-opening =
    Eröffnung und letztes Protokoll
value-kind-overdue_actions =
    Begleitung: überfällige Maßnahmen
value-kind-policy =
    Politik und Tendenzen (keine Falldaten)
value-kind-postponed =
    Vertagt
value-kind-reviews =
    Begleitung: fällige Überprüfungen
value-kind-signals =
    Neue Meldungen und Ergebnisse des Screenings
value-kind-strategic =
    Strategische Sitzung (keine Falldaten)
value-phenomenon-anti_government =
    Staatsfeindlich oder von Verschwörungsdenken getrieben
value-phenomenon-mixed =
    Gemischt oder unklar
value-phenomenon-religious =
    Religiös motiviert
value-reason-goals_reached =
    Ziele erreicht; die reguläre Betreuung geht weiter
value-role-ad_hoc =
    Für bestimmte Fälle eingeladen
value-role-chair =
    Vorsitzender: ein Bürgermeister einer der Gemeinden der Zelle
value-role-io =
    Information Officer der lokalen Polizei, vertritt die LTF
value-role-mayor =
    Bürgermeister (oder sein Vertreter) einer Gemeinde
value-role-partner =
    Ständig eingeladen
value-role-prevention =
    Der Präventionsbeauftragte der Gemeinde
value-role-secretariat =
    Sekretariat
value-source-citizen_or_family =
    Ein Bürger oder die Familie
value-source-io =
    Der Information Officer, im Namen der LTF
value-source-municipal_service =
    Ein Gemeindedienst
value-source-partner =
    Eine Partnerorganisation der Zelle
value-status-declined =
    Von der Zelle nicht aufgenommen
value-status-follow_up =
    Individuelle Begleitung mit einer federführenden Organisation und Maßnahmen
value-status-on_list =
    Auf der Fallliste (entschieden vom Vorsitzenden oder vom Bürgermeister: R9)
value-status-screening =
    Sekretariat und Vorsitzender prüfen, ob der Fall in die Zelle gehört
value-status-signal =
    Gemeldet, noch nicht gesichtet
value-to-aob =
    Verschiedenes und nächster Termin
value-to-closures =
    Vorschläge zum Abschluss
value-to-feedback =
    Zu beschließende Rückmeldebögen
value-to-new_on_list =
    Neu auf der Fallliste
value-to-opening =
    Eröffnung und letztes Protokoll
value-to-overdue_actions =
    Begleitung: überfällige Maßnahmen
value-to-policy =
    Politik und Tendenzen (keine Falldaten)
value-to-reviews =
    Begleitung: fällige Überprüfungen
value-to-signals =
    Neue Meldungen und Ergebnisse des Screenings

## Wertnamen

valname-A-B =
    A,B,…
valname-AGE_BAND =
    ALTERSGRUPPE
valname-ALL =
    ALLE
valname-BOOL =
    BOOL
valname-CELL =
    ZELLE
valname-CODE =
    CODE
valname-DATE =
    DATUM
valname-DEEP =
    GRÜNDLICH
valname-DIR =
    ORDNER
valname-DIR-FILE =
    ORDNER|DATEI
valname-DIRECTION =
    RICHTUNG
valname-DRY_RUN =
    PROBELAUF
valname-DURATION =
    DAUER
valname-EMAIL =
    E-MAIL
valname-ENTITY =
    OBJEKT
valname-FAIL_IF_DUE =
    FEHLER_WENN_FÄLLIG
valname-FILE =
    DATEI
valname-FORCE =
    ERZWINGEN
valname-FORM =
    BOGEN
valname-FORMAT =
    FORMAT
valname-ID =
    ID
valname-IO =
    IO
valname-ITEM =
    PUNKT
valname-K =
    K
valname-KEYRING =
    SCHLÜSSELBUND
valname-KIND =
    ART
valname-LANG =
    SPRACHE
valname-LINE-FILE =
    ZEILE|DATEI
valname-LOCATION =
    ORT
valname-M =
    M,…
valname-MEETING =
    SITZUNG
valname-MEETING-ITEM =
    SITZUNG:PUNKT
valname-MEMBER =
    MITGLIED
valname-MINORS =
    MINDERJÄHRIGE
valname-N =
    N
valname-NAME =
    NAME
valname-NEW =
    NEU
valname-NIS-NAME =
    NIS|NAME
valname-NOTE =
    NOTIZ
valname-NO_INPUT =
    KEINE_EINGABE
valname-OPEN =
    OFFEN
valname-ORG =
    ORG
valname-OVERDUE =
    ÜBERFÄLLIG
valname-PAST =
    VERGANGEN
valname-PATH =
    PFAD
valname-PHENOMENON =
    PHÄNOMEN
valname-PHONE =
    TELEFON
valname-PLAIN =
    UNVERSCHLÜSSELT
valname-REASON =
    GRUND
valname-REGION =
    REGION
valname-REVIEW_DUE =
    ÜBERPRÜFUNG_FÄLLIG
valname-ROLE =
    ROLLE
valname-SECRET_HOLDER =
    GEHEIMNISTRÄGER
valname-SECTION =
    ABSCHNITT
valname-SECTOR =
    SEKTOR
valname-SHELL =
    SHELL
valname-SOURCE =
    QUELLE
valname-SPAN =
    ZEITRAUM
valname-STATUS =
    STATUS
valname-TEXT =
    TEXT
valname-TIME =
    UHRZEIT
valname-TO =
    ZIEL
valname-UPCOMING =
    KOMMEND
valname-WHEN =
    WANN
valname-WIDE =
    BREIT
valname-WITH_TEXT =
    MIT_TEXT
valname-YEAR =
    JAHR
valname-YES =
    JA
valname-YYYY-MM-last =
    JJJJ-MM|last
valname-yes-no =
    yes|no
