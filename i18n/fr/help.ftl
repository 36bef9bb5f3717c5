# L'aide de chaque commande et option (`--help`, `livcr man`), traduite de i18n/en/help.ftl.
# L'anglais est généré à partir des commentaires de documentation de src/cli par
# `LIVCR_BLESS=1 cargo test --test i18n`. Ce fichier reprend les mêmes clés, dans le même ordre.

## Commandes et options

about-livcr =
    Outil de secrétariat pour une LIVC-R / CSIL-R belge (cellule de sécurité intégrale locale en matière de radicalisme, d'extrémisme et de terrorisme)
long-about-livcr =
    Outil de secrétariat pour une LIVC-R / CSIL-R belge (cellule de sécurité intégrale locale en matière de radicalisme, d'extrémisme et de terrorisme).

    livcr conserve la composition de la cellule, ses réunions, ses dossiers anonymisés et les orientations qui passent par l'information officer dans un seul fichier SQLite local, et produit les exports et les rappels dont un secrétariat a besoin. Les dossiers sont des codes aléatoires assortis de faits sommaires : jamais un nom.
after-help-livcr =
    Codes de sortie : 0 succès ; 1 erreur (valeur incorrecte, refus par une règle, élément introuvable, problème de base de données) ; 2 erreur d'utilisation ; 3 `remind --fail-if-due` a trouvé des tâches à échéance.
    Définissez LIVCR_TODAY=AAAA-MM-JJ pour fixer la date du jour (tests, rapports reproductibles).
help-livcr--db =
    Fichier de base de données [par défaut : $LIVCR_DB, sinon le paramètre `db` de la configuration, sinon $XDG_DATA_HOME/livcr/livcr.db ; %APPDATA%\livcr\livcr.db sous Windows]
help-livcr--config =
    Fichier de configuration [par défaut : $XDG_CONFIG_HOME/livcr/config.toml ; %APPDATA%\livcr\config.toml sous Windows]
help-livcr--cell =
    La cellule sur laquelle travailler, désignée par son code [par défaut : la seule cellule, ou le paramètre `cell` de la configuration]
help-livcr--format =
    Format de sortie : l'aide (--help) de chaque commande indique les formats qu'elle accepte (listes : table, json, csv, md ; documents : md, html)
help-livcr--actor =
    Votre nom dans le journal d'audit [par défaut : le paramètre `actor` de la configuration, sinon votre nom de connexion]
help-livcr--no_input =
    Ne jamais poser de question : une valeur manquante est une erreur qui nomme son option
help-livcr--yes =
    Répondre oui aux demandes de confirmation
help-livcr--key_file =
    Fichier de clé d'une base de données chiffrée : sa première ligne est la phrase secrète, ou la clé brute écrite par `livcr key new` ; mode 0600 [par défaut : $LIVCR_KEY_FILE, sinon le paramètre `key_file` de la configuration, sinon le trousseau du système si la clé y a été conservée, sinon une demande dans le terminal]
help-livcr--lang =
    Langue des documents [par défaut : la langue de la cellule]
help-livcr--color =
    Couleurs dans les tableaux (statuts, dates dépassées) : auto colore dans un terminal, sauf si NO_COLOR est défini ou si TERM=dumb
help-livcr--wide =
    Afficher toutes les colonnes d'une liste (un tableau affiche les colonnes par défaut qui tiennent en 80 colonnes)
help-livcr--columns =
    Afficher ces colonnes d'une liste, dans cet ordre, quel que soit le format (noms tels que dans l'en-tête JSON/CSV, p. ex. `--columns code,status,opened_on`)
about-init =
    Créer une base de données nouvelle et vide (n'en écrase jamais une existante), chiffrée sauf avec --plain
long-about-init =
    Créer une base de données nouvelle et vide (n'en écrase jamais une existante), chiffrée sauf avec --plain

    La phrase secrète vient de --key-file (LIVCR_KEY_FILE, le paramètre `key_file` de la configuration), sinon elle est demandée deux fois dans le terminal ; livcr demande ensuite s'il faut la conserver dans le trousseau du système (par défaut : non). Phrase secrète perdue, données perdues : conservez-la dans un gestionnaire de mots de passe ou sous enveloppe scellée, jamais à côté du fichier ou de ses sauvegardes.
help-init--plain =
    Créer un fichier non chiffré : quiconque en détient une copie (une sauvegarde, un ordinateur portable envoyé en réparation) peut lire tous les dossiers
help-init--keyring =
    Conserver la clé dans le trousseau du système (Gestionnaire d'identification Windows, Trousseau macOS, Secret Service sous Linux), afin que les commandes suivantes sur ce compte n'aient besoin ni de fichier de clé ni de saisie
about-demo =
    Créer une base de démonstration réaliste et montrer ce que livcr en fait
long-about-demo =
    Créer une base de démonstration réaliste et montrer ce que livcr en fait

    Sans --db, la commande écrit livcr-demo.db dans le répertoire courant, jamais dans votre vraie base de données, et refuse d'écraser un fichier qui n'est pas une base de démonstration.
help-demo--scale =
    Au lieu de la visite guidée, générer un gros fichier synthétique pour des mesures de performance : N cellules de deux communes, chacune avec dix ans de dossiers, de journal, d'actions et de réunions mensuelles (250 donne un fichier de taille nationale : 100 000 dossiers, environ un million d'entrées de journal)
help-demo--cases_per_cell =
    Avec --scale : nombre de dossiers par cellule
about-config =
    Afficher les paramètres en vigueur, ou un fichier de configuration par défaut commenté
about-config-show =
    Afficher chaque paramètre en vigueur et sa provenance
about-config-default =
    Afficher un fichier de configuration par défaut entièrement commenté (identique à examples/config.toml)
about-municipality =
    Communes belges (données de référence, codes NIS, fusions de 2025)
about-municipality-list =
    Lister les communes, avec un filtre éventuel
help-municipality-list--search =
    Seulement les noms (NL, FR ou DE ; sans tenir compte de la casse, des accents ni de St./Sint/Saint/Sankt) ou les codes NIS qui correspondent à TEXTE, correspondances exactes d'abord ; une ancienne commune (fusionnée en 2025) renvoie à ce qu'elle est devenue
help-municipality-list--region =
    Une seule région
about-municipality-show =
    Afficher une commune, par code NIS ou par nom (les codes supprimés par les fusions de 2025 sont convertis)
help-municipality-show--municipality =
    Code NIS (5 chiffres) ou nom en NL, FR ou DE
about-cell =
    Cellules : les communes qu'elles couvrent, leur composition et les règles R1-R5
about-cell-add =
    Ajouter une cellule couvrant une commune, ou plusieurs pour une cellule pluricommunale
long-about-cell-add =
    Ajouter une cellule couvrant une commune, ou plusieurs pour une cellule pluricommunale

    --lang fixe la langue des documents de la cellule ; par défaut, celle de la région de la première commune (Flandre nl, Wallonie fr, Bruxelles nl, les neuf communes germanophones de). Dans un terminal, les valeurs manquantes sont demandées.
help-cell-add--code =
    Code court de la cellule, p. ex. GENT ou ZONE-VLAS (lettres, chiffres, tirets)
help-cell-add--name =
    Nom complet, p. ex. "CSIL-R Namur"
help-cell-add--municipalities =
    Une commune couverte par la cellule (code NIS ou nom) ; à répéter pour une cellule pluricommunale
help-cell-add--established =
    Date à laquelle le ou les bourgmestres ont créé la cellule [par défaut : aujourd'hui]
help-cell-add--retention_months =
    Nombre de mois pendant lesquels un dossier clôturé est conservé avant d'être purgé
help-cell-add--review_weeks =
    Nombre de semaines entre deux évaluations d'un dossier
about-cell-list =
    Lister les cellules de ce fichier
about-cell-show =
    Afficher une cellule : communes, membres par rôle et état de chaque règle
help-cell-show--code =
    Code de la cellule [par défaut : --cell, ou la seule cellule]
help-cell-show--on =
    Afficher la composition telle qu'elle était à cette date
about-cell-edit =
    Modifier le nom, la langue (--lang), la date de création, la durée de conservation ou l'intervalle d'évaluation d'une cellule
help-cell-edit--code =
    Code de la cellule
help-cell-edit--name =
    Nouveau nom
help-cell-edit--established =
    Nouvelle date de création ; les communes et les sièges qui commençaient à l'ancienne date sont déplacés avec elle
help-cell-edit--retention_months =
    Nombre de mois pendant lesquels un dossier clôturé est conservé avant d'être purgé ; les dates de purge des dossiers clôturés et refusés de la cellule sont recalculées
help-cell-edit--review_weeks =
    Nombre de semaines entre deux évaluations d'un dossier
about-cell-join =
    Une commune rejoint la cellule (qui devient ou reste pluricommunale)
help-cell-join--code =
    Code de la cellule
help-cell-join--municipality =
    Code NIS ou nom de la commune
help-cell-join--from =
    Premier jour où la cellule la couvre [par défaut : aujourd'hui]
about-cell-leave =
    Une commune quitte la cellule ; le siège de son bourgmestre prend fin le même jour
long-about-cell-leave =
    Une commune quitte la cellule ; le siège de son bourgmestre prend fin le même jour

    Un dossier appartient à la cellule qui couvre sa commune (règle R9) : tant que la cellule détient des dossiers ouverts de cette commune, indiquez --transfer-to ou --close-open-cases.
help-cell-leave--code =
    Code de la cellule
help-cell-leave--municipality =
    Code NIS ou nom de la commune
help-cell-leave--on =
    Premier jour où la cellule ne la couvre plus [par défaut : aujourd'hui]
help-cell-leave--transfer_to =
    La cellule qui couvre la commune à partir de la date de départ (la commune la rejoint alors, si ce n'est pas encore le cas) : les dossiers ouverts lui sont transférés avec leur historique
help-cell-leave--close_open_cases =
    Clôturer les dossiers ouverts à la date de départ avec ce motif de clôture (les dossiers jamais inscrits sur la liste sont refusés)
about-cell-check =
    Vérifier les règles de composition R1-R5 (code de sortie 1 si une règle n'est pas respectée)
help-cell-check--code =
    Code de la cellule [par défaut : --cell, ou la seule cellule]
help-cell-check--on =
    Vérifier la composition telle qu'elle était à cette date
about-org =
    Organisations dont des membres du personnel siègent dans la cellule
about-org-add =
    Ajouter une organisation (les services de sécurité et de renseignement sont refusés : règle R4)
help-org-add--name =
    Nom, p. ex. "CPAS de Liège" ou "OCMW Gent"
help-org-add--sector =
    Secteur
help-org-add--legal_basis =
    Base légale de la participation, pour les services des Communautés et des Régions
about-org-list =
    Lister les organisations
about-org-edit =
    Modifier le nom, le secteur ou la base légale d'une organisation
help-org-edit--org =
    Identifiant ou nom de l'organisation
help-org-edit--name =
    Nouveau nom
help-org-edit--sector =
    Nouveau secteur
help-org-edit--legal_basis =
    Nouvelle base légale de la participation (services des Communautés et des Régions)
about-member =
    Membres : sièges occupés par des personnes issues d'organisations, déclarations et habilitations
about-member-add =
    Attribuer un siège dans la cellule à une personne (une nouvelle personne, ou une personne existante retrouvée par son e-mail)
help-member-add--name =
    Nom complet du membre (un professionnel ; jamais une personne concernée par un dossier)
help-member-add--org =
    Identifiant ou nom de l'organisation
help-member-add--role =
    Rôle dans la cellule
help-member-add--municipality =
    Pour un siège de bourgmestre : la commune (code NIS ou nom)
help-member-add--email =
    E-mail professionnel (une personne existante ayant cet e-mail reçoit le siège supplémentaire)
help-member-add--phone =
    Téléphone professionnel
help-member-add--from =
    Premier jour du siège [par défaut : aujourd'hui]
help-member-add--invited_by =
    Pour les sièges de partenaire et ad hoc : le bourgmestre ou le président qui a invité la personne
help-member-add--invited_on =
    Date de l'invitation [par défaut : le premier jour du siège]
help-member-add--secret_holder =
    Le membre est tenu au secret professionnel (il devra confirmer que les fiches de retour n'en contiennent aucun)
about-member-list =
    Lister les membres (sièges en vigueur aujourd'hui, ou tous avec --all)
help-member-list--role =
    Seulement ce rôle
help-member-list--all =
    Inclure les sièges terminés
about-member-show =
    Afficher un membre : coordonnées, sièges, déclaration et habilitation
help-member-show--member =
    Identifiant du membre, e-mail ou partie unique du nom
about-member-edit =
    Modifier le nom, les coordonnées, l'organisation ou la mention de secret professionnel d'un membre
help-member-edit--member =
    Identifiant du membre, e-mail ou partie unique du nom
help-member-edit--name =
    Nouveau nom complet (un professionnel ; jamais une personne concernée par un dossier)
help-member-edit--email =
    Nouvel e-mail professionnel
help-member-edit--phone =
    Nouveau téléphone professionnel
help-member-edit--org =
    Identifiant ou nom de l'organisation
help-member-edit--secret_holder =
    Tenu au secret professionnel (true ou false)
about-member-end =
    Mettre fin aux sièges d'un membre ; l'historique et le journal d'audit restent. Demande d'abord confirmation dans un terminal (--yes saute la question)
help-member-end--member =
    Identifiant du membre, e-mail ou partie unique du nom
help-member-end--on =
    Premier jour où le siège n'est plus occupé [par défaut : aujourd'hui]
help-member-end--role =
    Seulement le siège ayant ce rôle [par défaut : tous les sièges que le membre occupe dans la cellule]
about-member-declare =
    Enregistrer une déclaration de confidentialité signée (règle R5)
help-member-declare--member =
    Identifiant du membre, e-mail ou partie unique du nom
help-member-declare--signed =
    Date de signature
help-member-declare--valid_until =
    Dernier jour de validité [par défaut : sans fin]
about-member-clearance =
    Enregistrer la date à laquelle l'habilitation de sécurité de niveau "secret" (geheim) d'un IO a été confirmée (règle R3)
help-member-clearance--member =
    Identifiant du membre, e-mail ou partie unique du nom
help-member-clearance--confirmed =
    Date de confirmation
about-case =
    Dossiers anonymisés : codes, statut, journal, évaluations, clôture
about-case-open =
    Ouvrir un dossier pour un nouveau signalement ; affiche son code aléatoire (jamais un nom, règle R8)
help-case-open--municipality =
    Commune du dossier (code NIS ou nom), qui doit être couverte par la cellule. Obligatoire (demandée dans un terminal si elle est omise)
help-case-open--source =
    Qui a signalé la préoccupation (obligatoire ; demandé dans un terminal s'il est omis)
help-case-open--source_org =
    L'organisation qui l'a signalée (identifiant ou nom)
help-case-open--phenomenon =
    Phénomène (obligatoire ; demandé dans un terminal s'il est omis)
help-case-open--age_band =
    Tranche d'âge, jamais une date de naissance (obligatoire ; demandée dans un terminal si elle est omise)
help-case-open--summary =
    Un bref résumé en termes généraux (vérifié par le contrôle de confidentialité)
help-case-open--on =
    Date du signalement, pour saisir un arriéré [par défaut : aujourd'hui]
about-case-list =
    Lister les dossiers (les dossiers ouverts par défaut), par date d'évaluation croissante ; les mineurs sont signalés (R12)
help-case-list--status =
    Seulement ce statut
help-case-list--municipality =
    Seulement cette commune (code NIS ou nom)
help-case-list--phenomenon =
    Seulement ce phénomène
help-case-list--review_due =
    Seulement les dossiers dont l'évaluation est due (aujourd'hui ou avant)
help-case-list--minors =
    Seulement les mineurs (tranches d'âge under_12 et 12_17)
help-case-list--all =
    Inclure les dossiers clôturés et refusés
about-case-show =
    Afficher un dossier : faits, journal, actions (chaque consultation est inscrite au journal d'audit)
help-case-show--code =
    Code du dossier (majuscules, minuscules et tirets n'ont pas d'importance)
about-case-move =
    Faire passer un dossier à un autre statut (on_list uniquement par le président ou le bourgmestre de la commune : R9)
help-case-move--code =
    Code du dossier
help-case-move--to =
    Nouveau statut
help-case-move--decided_by =
    Le membre qui a décidé (obligatoire pour on_list : le président ou le bourgmestre)
help-case-move--reason =
    Pourquoi, en termes généraux (soumis au contrôle de confidentialité)
help-case-move--on =
    Date de la décision [par défaut : aujourd'hui]
about-case-note =
    Ajouter une note au journal du dossier (vérifiée par le contrôle de confidentialité)
long-about-case-note =
    Ajouter une note au journal du dossier (vérifiée par le contrôle de confidentialité)

    Donnez le texte en argument, avec --file ou, dans un terminal, rédigez-le dans $EDITOR.
help-case-note--code =
    Code du dossier
help-case-note--text =
    La note, en termes généraux : pas de noms, de numéros, de coordonnées ni de dates de naissance
help-case-note--file =
    Lire la note dans un fichier ("-" pour l'entrée standard)
help-case-note--on =
    Date de la note [par défaut : aujourd'hui]
about-case-lead =
    Désigner l'organisation pilote du suivi
help-case-lead--code =
    Code du dossier
help-case-lead--org =
    Identifiant ou nom de l'organisation
about-case-review =
    Enregistrer une évaluation et fixer la suivante (par défaut : selon l'intervalle du dossier)
help-case-review--code =
    Code du dossier
help-case-review--on =
    Date de l'évaluation [par défaut : aujourd'hui]
help-case-review--next =
    Date de la prochaine évaluation
help-case-review--interval =
    Délai jusqu'à la prochaine évaluation, p. ex. 8w ou 3m
about-case-close =
    Clôturer un dossier ; la durée de conservation (et donc la date de purge) court à partir de la clôture
help-case-close--code =
    Code du dossier
help-case-close--reason =
    Motif de la clôture
help-case-close--on =
    Date de clôture [par défaut : aujourd'hui]
about-case-reopen =
    Rouvrir un dossier clôturé ou refusé (uniquement avant sa date de purge, appréciée à la date du jour)
long-about-case-reopen =
    Rouvrir un dossier clôturé ou refusé (uniquement avant sa date de purge, appréciée à la date du jour)

    Le dossier reprend le statut qu'il avait avant sa clôture. Lorsqu'il revient ainsi sur la liste des dossiers (on_list ou follow_up), c'est le président ou le bourgmestre de sa commune qui décide (règle R9) : indiquez --decided-by.
help-case-reopen--code =
    Code du dossier
help-case-reopen--on =
    Date [par défaut : aujourd'hui]
help-case-reopen--decided_by =
    Le président ou le bourgmestre de la commune du dossier qui a décidé de le remettre sur la liste des dossiers (identifiant du membre, e-mail ou nom)
about-action =
    Actions convenues pour les dossiers : responsable, échéance, réalisation
about-action-add =
    Ajouter une action à un dossier : une organisation responsable, une échéance, un texte (contrôlé)
help-action-add--code =
    Code du dossier
help-action-add--org =
    Organisation responsable (identifiant ou nom)
help-action-add--due =
    Échéance (AAAA-MM-JJ, JJ/MM/AAAA ou relative, p. ex. +2w)
help-action-add--text =
    Ce qu'il faut faire, en termes généraux
help-action-add--on =
    Date à laquelle l'action a été convenue, pour saisir un arriéré [par défaut : aujourd'hui]
about-action-list =
    Lister les actions ouvertes (échéance la plus proche d'abord)
help-action-list--overdue =
    Seulement les actions en retard
help-action-list--org =
    Seulement cette organisation responsable
help-action-list--case_code =
    Seulement ce dossier
help-action-list--all =
    Inclure les actions réalisées
about-action-done =
    Marquer une action comme réalisée
help-action-done--id =
    Identifiant de l'action
help-action-done--on =
    Date de réalisation [par défaut : aujourd'hui]
about-action-edit =
    Modifier le responsable, l'échéance ou le texte d'une action
help-action-edit--id =
    Identifiant de l'action
help-action-edit--org =
    Nouvelle organisation responsable (identifiant ou nom)
help-action-edit--due =
    Nouvelle échéance (AAAA-MM-JJ, JJ/MM/AAAA ou relative, p. ex. +2w)
help-action-edit--text =
    Nouveau texte, en termes généraux (vérifié par le contrôle de confidentialité)
about-meeting =
    Réunions : planification, présences, décisions, procès-verbal, calendrier
about-meeting-plan =
    Planifier une réunion (heure locale Europe/Brussels) ; une date passée exige --yes
help-meeting-plan--date =
    Date (AAAA-MM-JJ, JJ/MM/AAAA ou relative, p. ex. +7d)
help-meeting-plan--time =
    Heure de début, p. ex. 14:00 ou 14h30
help-meeting-plan--kind =
    Type de réunion
help-meeting-plan--location =
    Lieu (aucune donnée de dossier)
help-meeting-plan--duration =
    Durée, p. ex. 2h, 90m, 1h30
about-meeting-list =
    Lister les réunions
help-meeting-list--upcoming =
    Seulement les réunions à partir d'aujourd'hui
help-meeting-list--past =
    Seulement les réunions antérieures à aujourd'hui
about-meeting-show =
    Afficher une réunion : heure, lieu, ordre du jour, présences, décisions
help-meeting-show--meeting =
    Identifiant de la réunion, ou sa date lorsqu'une seule réunion a lieu ce jour-là
about-meeting-move =
    Déplacer une réunion planifiée à une autre date et heure
help-meeting-move--meeting =
    Identifiant ou date de la réunion
help-meeting-move--to =
    Nouvelle date et heure : `--to 2026-12-14 14:00`
about-meeting-cancel =
    Annuler une réunion planifiée ; demande d'abord confirmation dans un terminal (--yes saute la question)
help-meeting-cancel--meeting =
    Identifiant ou date de la réunion
help-meeting-cancel--reason =
    Motif (aucune donnée de dossier)
about-meeting-attend =
    Enregistrer qui était présent, excusé ou absent (membres par identifiant, e-mail ou nom, séparés par des virgules)
help-meeting-attend--meeting =
    Identifiant ou date de la réunion
help-meeting-attend--present =
    Membres présents
help-meeting-attend--excused =
    Membres excusés (qui se sont fait excuser)
help-meeting-attend--absent =
    Membres absents sans excuse
about-meeting-decide =
    Enregistrer la décision sur un point de l'ordre du jour et qui y a pris part
long-about-meeting-decide =
    Enregistrer la décision sur un point de l'ordre du jour et qui y a pris part

    Les participants sont les membres présents, moins ceux qui ont quitté la salle pour ce point, plus les invités qui se sont joints pour ce point. Personne n'est obligé de dire quoi que ce soit (R6) : le texte est facultatif. Pour un point relatif à un dossier, la décision est inscrite au journal du dossier.
help-meeting-decide--meeting =
    Identifiant ou date de la réunion
help-meeting-decide--item =
    Numéro du point
help-meeting-decide--kind =
    Type de décision
help-meeting-decide--text =
    La décision, en termes généraux (vérifiée par le contrôle de confidentialité)
help-meeting-decide--left =
    Membres qui ont quitté la salle pour ce point
help-meeting-decide--joined =
    Invités qui se sont joints pour ce point
about-meeting-close =
    Marquer une réunion comme tenue (une concertation de cas exige la présence légalement requise : R2)
long-about-meeting-close =
    Marquer une réunion comme tenue (une concertation de cas exige la présence légalement requise : R2)

    Ses points sont alors figés : s'il reste des points sans décision, la commande demande d'abord confirmation dans un terminal, et exige --yes ailleurs.
help-meeting-close--meeting =
    Identifiant ou date de la réunion
help-meeting-close--force =
    Clôturer même sans la présence légalement requise (exige --reason ; consigné dans le journal d'audit)
help-meeting-close--reason =
    Pourquoi la réunion est clôturée sans la présence légalement requise (avec --force)
about-meeting-run =
    Dérouler une réunion dans un terminal : les présences, puis point par point
help-meeting-run--meeting =
    Identifiant ou date de la réunion
about-meeting-minutes =
    Rédiger le procès-verbal : présences, points, décisions, actions (confidentiel)
help-meeting-minutes--meeting =
    Identifiant ou date de la réunion
help-meeting-minutes--out =
    Écrire dans ce fichier (mode 0600) au lieu de la sortie standard
about-meeting-ics =
    Écrire un fichier iCalendar (RFC 5545) des réunions de la cellule : planifiées, tenues et annulées
help-meeting-ics--out =
    Écrire dans ce fichier (mode 0600) au lieu de la sortie standard
help-meeting-ics--from =
    Seulement les réunions à partir de cette date [par défaut : toutes]
about-agenda =
    Ordres du jour : établis à partir de l'état des dossiers, modifiés, exportés par invité
about-agenda-draft =
    Établir le projet d'ordre du jour à partir de l'état des dossiers à la date de la réunion (idempotent)
help-agenda-draft--meeting =
    Identifiant ou date de la réunion
about-agenda-add =
    Ajouter un point manuellement
help-agenda-add--meeting =
    Identifiant ou date de la réunion
help-agenda-add--text =
    Le texte du point (vérifié par le contrôle de confidentialité)
help-agenda-add--case_code =
    Le dossier que concerne le point
help-agenda-add--kind =
    La rubrique sous laquelle il se range [par défaut : aob, ou reviews pour un dossier]
about-agenda-move =
    Placer un point sous une autre rubrique ; il garde son numéro
long-about-agenda-move =
    Placer un point sous une autre rubrique ; il garde son numéro

    Les numéros des points sont attribués une seule fois et ne changent jamais tant que la réunion existe, de sorte que `meeting decide M N` et `feedback draft --item M:N` désignent toujours le même point. L'ordre du jour présente les points par rubrique, puis par numéro.
help-agenda-move--meeting =
    Identifiant ou date de la réunion
help-agenda-move--item =
    Numéro du point (tel que `agenda show` l'affiche)
help-agenda-move--to =
    La rubrique sous laquelle il se range
about-agenda-rm =
    Retirer un point (pas un point qui a une décision) ; demande d'abord confirmation dans un terminal (--yes saute la question)
long-about-agenda-rm =
    Retirer un point (pas un point qui a une décision) ; demande d'abord confirmation dans un terminal (--yes saute la question)

    Les autres points gardent leur numéro.
help-agenda-rm--meeting =
    Identifiant ou date de la réunion
help-agenda-rm--item =
    Numéro du point (tel que `agenda show` l'affiche)
about-agenda-show =
    Afficher l'ordre du jour
help-agenda-show--meeting =
    Identifiant ou date de la réunion
about-agenda-export =
    Écrire l'ordre du jour confidentiel sous forme de document (md ou html), éventuellement l'exemplaire d'un invité
help-agenda-export--meeting =
    Identifiant ou date de la réunion
help-agenda-export--for_member =
    L'exemplaire de l'invité : les points généraux, plus les dossiers dans lesquels son organisation intervient
help-agenda-export--out =
    Écrire dans ce fichier (mode 0600) au lieu de la sortie standard
about-referral =
    Orientations via l'information officer (le seul lien avec la Task Force Locale)
about-referral-in =
    Enregistrer une orientation venant de la Task Force Locale, apportée par l'IO
long-about-referral-in =
    Enregistrer une orientation venant de la Task Force Locale, apportée par l'IO

    Indiquez le dossier concerné (--case) ou ouvrez-en un nouveau (--new, source io) dans la même étape. N'enregistrez que des catégories générales : les labels de sécurité et les informations classifiées restent en dehors (R13).
help-referral-in--via =
    L'IO qui l'a apportée [par défaut : le seul IO actif de la cellule]
help-referral-in--received =
    Date de réception
help-referral-in--case_code =
    Le dossier concerné
help-referral-in--new =
    Ouvrir un nouveau dossier (source io) pour cette orientation
help-referral-in--municipality =
    Avec --new : la commune
help-referral-in--phenomenon =
    Avec --new : le phénomène
help-referral-in--age_band =
    Avec --new : la tranche d'âge
help-referral-in--reason =
    Motif, sous forme de catégorie générale
help-referral-in--note =
    Une brève note en termes généraux (contrôlée ; pas de labels de sécurité : R13)
help-referral-in--expects_feedback_by =
    Date à laquelle la TFL attend un retour
about-referral-list =
    Lister les orientations
help-referral-list--open =
    Seulement les orientations en cours (received, discussed, accepted)
help-referral-list--direction =
    Un seul sens
about-referral-show =
    Afficher une orientation
help-referral-show--id =
    Identifiant de l'orientation
about-referral-update =
    Modifier le statut d'une orientation
help-referral-update--id =
    Identifiant de l'orientation
help-referral-update--status =
    Nouveau statut
help-referral-update--on =
    Date [par défaut : aujourd'hui]
about-referral-feedback =
    Enregistrer que l'IO a transmis à la TFL le retour de la cellule sur une orientation entrante
long-about-referral-feedback =
    Enregistrer que l'IO a transmis à la TFL le retour de la cellule sur une orientation entrante

    Un retour ne parvient à la TFL que sous la forme d'une fiche de retour envoyée après le contrôle du consensus (R7) : cette commande désigne la fiche envoyée, et elle est refusée tant que le dossier n'en a aucune.
help-referral-feedback--id =
    Identifiant de l'orientation
help-referral-feedback--form =
    La fiche de retour envoyée [par défaut : la seule fiche envoyée du dossier]
help-referral-feedback--on =
    Date [par défaut : aujourd'hui]
about-feedback =
    Fiches de retour pour la police, envoyées uniquement avec le consentement de chaque participant (règle R7)
about-feedback-draft =
    Rédiger un projet de fiche de retour pour la police sur un dossier, lié au point de la réunion tenue où il a été discuté (RÉUNION:POINT) ; affiche l'identifiant de la fiche
help-feedback-draft--code =
    Code du dossier
help-feedback-draft--item =
    Le point de l'ordre du jour, sous la forme RÉUNION:POINT (identifiant ou date de la réunion, numéro du point)
help-feedback-draft--text =
    Le texte, en termes généraux (vérifié par le contrôle de confidentialité)
help-feedback-draft--file =
    Lire le texte dans un fichier ("-" pour l'entrée standard)
about-feedback-edit =
    Modifier le texte d'une fiche ; tous les consentements et confirmations donnés jusque-là deviennent caducs
help-feedback-edit--id =
    Identifiant de la fiche
help-feedback-edit--text =
    Le nouveau texte, en termes généraux (vérifié par le contrôle de confidentialité)
help-feedback-edit--file =
    Lire le nouveau texte dans un fichier ("-" pour l'entrée standard)
about-feedback-consent =
    Enregistrer la réponse d'un participant à la fiche : `--answer yes` (il consent) ou `--answer no`
long-about-feedback-consent =
    Enregistrer la réponse d'un participant à la fiche : `--answer yes` (il consent) ou `--answer no`

    La réponse est toujours donnée explicitement : l'option générale --yes n'enregistre jamais de consentement.
help-feedback-consent--id =
    Identifiant de la fiche
help-feedback-consent--member =
    Le participant
help-feedback-consent--answer =
    La réponse du participant
help-feedback-consent--on =
    Date [par défaut : aujourd'hui]
about-feedback-confirm =
    Enregistrer la confirmation, par un membre tenu au secret professionnel, que la fiche ne contient aucun secret professionnel
help-feedback-confirm--id =
    Identifiant de la fiche
help-feedback-confirm--member =
    Le participant tenu au secret professionnel
help-feedback-confirm--on =
    Date [par défaut : aujourd'hui]
about-feedback-send =
    Envoyer la fiche via un IO actif : uniquement avec le consentement de chaque participant et la confirmation de chaque membre tenu au secret professionnel (règle R7)
help-feedback-send--id =
    Identifiant de la fiche
help-feedback-send--via =
    L'IO [par défaut : le seul IO actif de la cellule]
help-feedback-send--on =
    Date [par défaut : aujourd'hui]
about-feedback-withdraw =
    Retirer une fiche qui n'a pas été envoyée ; demande d'abord confirmation dans un terminal (--yes saute la question)
help-feedback-withdraw--id =
    Identifiant de la fiche
about-feedback-list =
    Lister les fiches de retour
about-feedback-show =
    Afficher une fiche telle qu'elle est remise à l'IO (document md ou html ; json pour les scripts)
help-feedback-show--id =
    Identifiant de la fiche
help-feedback-show--out =
    Écrire dans ce fichier (mode 0600) au lieu de la sortie standard
about-export =
    Exports pour les scripts : les chiffres mensuels, et les listes de dossiers, de réunions et d'actions
about-export-monthly =
    Les chiffres du mois (--format csv, json ou md ; par défaut csv), petits effectifs masqués
long-about-export-monthly =
    Les chiffres du mois (--format csv, json ou md ; par défaut csv), petits effectifs masqués

    Pour une cellule pluricommunale, les chiffres sont aussi donnés par commune. Les effectifs inférieurs à K (par défaut 3, le paramètre suppress_below de la configuration) sont masqués, de même que tout chiffre qui permettrait de retrouver un chiffre masqué à partir des totaux du tableau. Un chiffre masqué est une valeur vide (CSV), null (JSON) ou `x` (md), avec `suppressed` à true. Avec --out RÉPERTOIRE, le fichier s'appelle livcr-<cellule>-<AAAA-MM>.<ext> ; il est écrit de manière atomique en mode 0600, accompagné d'un manifeste.
help-export-monthly--month =
    Le mois : AAAA-MM, `last` ou `this`
help-export-monthly--out =
    Un répertoire (le fichier est nommé pour vous) ou un fichier
help-export-monthly--suppress_below =
    Masquer les effectifs inférieurs à K [par défaut : le paramètre suppress_below de la configuration, 3]
about-export-cases =
    Dossiers avec leurs codes et leurs faits sommaires (sans texte libre, sauf avec --with-text)
help-export-cases--status =
    Seulement ce statut
help-export-cases--with_text =
    Inclure les résumés (inscrits au registre des communications)
help-export-cases--out =
    Écrire dans ce fichier (mode 0600) au lieu de la sortie standard
about-export-meetings =
    Réunions : dates, types, statut, points, présences
help-export-meetings--status =
    Seulement ce statut
help-export-meetings--out =
    Écrire dans ce fichier (mode 0600) au lieu de la sortie standard
about-export-actions =
    Actions : code du dossier, responsable, dates (sans texte, sauf avec --with-text)
help-export-actions--status =
    Seulement les actions ouvertes, réalisées ou en retard
help-export-actions--with_text =
    Inclure les textes des actions (inscrits au registre des communications)
help-export-actions--out =
    Écrire dans ce fichier (mode 0600) au lieu de la sortie standard
about-report =
    Rapports pour les bourgmestres et le conseil communal
about-report-annual =
    L'année en chiffres et un tableau mois par mois (--format md, html ou json ; par défaut md)
help-report-annual--year =
    L'année
help-report-annual--out =
    Écrire dans ce fichier (mode 0600) au lieu de la sortie standard
help-report-annual--suppress_below =
    Masquer les effectifs inférieurs à K [par défaut : le paramètre suppress_below de la configuration, 3]
about-remind =
    Ce qui est dû ou en retard, pour cron : n'affiche rien quand rien n'est dû ; ne pose jamais de question et n'écrit jamais rien
help-remind--within =
    Jusqu'où regarder en avant, p. ex. 14d ou 2w [par défaut : le paramètre remind_within de la configuration, 14d]
help-remind--fail_if_due =
    Terminer avec le code de sortie 3 lorsque quelque chose est dû
help-remind--for_org =
    Seulement ce qui concerne une organisation (ses actions, les dossiers qu'elle pilote, ses membres)
about-purge =
    Supprimer les dossiers clôturés et refusés dont la durée de conservation est écoulée (règle R11)
long-about-purge =
    Supprimer les dossiers clôturés et refusés dont la durée de conservation est écoulée (règle R11)

    Utilisez d'abord --dry-run pour voir ce qui serait supprimé, puis --yes. Des comptages mensuels anonymes sont conservés, afin que les rapports sur les mois passés ne changent pas ; une ligne est inscrite au registre des destructions.
help-purge--dry_run =
    Seulement lister ce qui serait supprimé
about-audit =
    Le journal d'audit : chaque modification, chaînée par hachage
about-audit-list =
    Lister les lignes d'audit, les plus anciennes d'abord
help-audit-list--since =
    Seulement les lignes à partir de cette date (AAAA-MM-JJ ou forme relative, p. ex. -30d)
help-audit-list--entity =
    Seulement les lignes concernant un type d'entité (cell, organisation, person, membership, database, …)
about-audit-verify =
    Vérifier la chaîne de hachage ; code de sortie 1, avec le nom de la première ligne qui la rompt
help-audit-verify--anchor =
    Vérifier aussi des ancres conservées en dehors du fichier : une ligne d'ancre, ou un fichier de lignes ou un manifeste qui les contient ; échoue si une ligne ancrée manque ou diffère
help-audit-verify--deep =
    Recalculer aussi chaque enregistrement et le comparer à son dernier état audité
about-audit-anchor =
    Afficher la tête de la chaîne sur une ligne, à conserver ailleurs (`audit verify --anchor LINE`)
about-backup =
    Copier la base de données en toute sécurité, même en cours d'utilisation ; la copie est vérifiée avant d'être annoncée
long-about-backup =
    Copier la base de données en toute sécurité, même en cours d'utilisation ; la copie est vérifiée avant d'être annoncée

    La copie est un instantané cohérent, chiffré avec la même clé que le fichier.
help-backup--out =
    Le fichier de sauvegarde à écrire (il ne doit pas exister)
about-restore =
    Remplacer la base de données par une sauvegarde, après vérifications et confirmation
long-about-restore =
    Remplacer la base de données par une sauvegarde, après vérifications et confirmation

    Le fichier actuel est conservé à côté, sous le nom `*.before-restore-<time>`.
help-restore--from =
    Le fichier de sauvegarde à restaurer (écrit par `livcr backup`)
help-restore--backup_key_file =
    Fichier contenant sur sa première ligne la phrase secrète propre à la sauvegarde (mode 0600), pour une sauvegarde faite avant un `livcr rekey` [par défaut : la clé actuelle, sinon demandée dans un terminal]
about-encrypt =
    Chiffrer sur place une base de données non chiffrée (SQLCipher), avec un fichier de clé ou une phrase secrète saisie
about-rekey =
    Changer la phrase secrète d'une base de données chiffrée (et l'entrée du trousseau du système, s'il y en a une)
help-rekey--new_key_file =
    Fichier contenant la nouvelle phrase secrète sur sa première ligne, ou une clé brute créée par `livcr key new` (mode 0600) [par défaut : demandée deux fois dans un terminal]
about-key =
    La clé d'une base de données chiffrée : un nouveau fichier de clé aléatoire, ou la conservation dans le trousseau du système
about-key-new =
    Écrire un nouveau fichier de clé contenant une clé aléatoire de 256 bits (mode 0600 ; n'écrase jamais)
long-about-key-new =
    Écrire un nouveau fichier de clé contenant une clé aléatoire de 256 bits (mode 0600 ; n'écrase jamais)

    Une clé brute ouvre le fichier immédiatement, alors qu'une phrase secrète saisie coûte à chaque commande la dérivation de clé de SQLCipher (256 000 itérations de PBKDF2). Utilisez-la avec `livcr init --key-file FILE`, `livcr encrypt --key-file FILE` ou `livcr rekey --new-key-file FILE`, et conservez-en une copie loin de la base de données et de ses sauvegardes : clé perdue, données perdues.
help-key-new--file =
    Le fichier de clé à écrire (il ne doit pas exister)
about-key-store =
    Conserver la clé de la base de données dans le trousseau du système (la clé de --key-file, ou saisie)
long-about-key-store =
    Conserver la clé de la base de données dans le trousseau du système (la clé de --key-file, ou saisie)

    Les commandes lancées ensuite par ce compte sur cet ordinateur ouvrent alors le fichier sans fichier de clé ni saisie. Toute personne qui peut utiliser le compte peut alors lire le fichier : gardez le compte verrouillé.
about-key-forget =
    Retirer la clé de la base de données du trousseau du système (livcr la demandera de nouveau)
about-upgrade =
    Mettre à niveau une base de données écrite par une version antérieure de livcr (une copie est d'abord conservée à côté)
about-status =
    Afficher le fichier de base de données : chemin, chiffrement, version du schéma, tête de la chaîne d'audit
about-completions =
    Afficher les complétions pour le shell (bash, zsh, fish, elvish, powershell)
long-about-completions =
    Afficher les complétions pour le shell (bash, zsh, fish, elvish, powershell)

    p. ex. `livcr completions bash > ~/.local/share/bash-completion/completions/livcr`
help-completions--shell =
    Le shell pour lequel écrire les complétions
about-man =
    Afficher la page de manuel (roff), ou écrire une page par commande avec --out
long-about-man =
    Afficher la page de manuel (roff), ou écrire une page par commande avec --out

    `livcr man --out ~/.local/share/man/man1` écrit livcr.1, livcr-case.1, livcr-case-list.1, … (puis `man livcr-case-list`) ; `livcr man` seul affiche livcr.1.
help-man--out =
    Écrire une page de manuel par commande (livcr.1, livcr-case.1, livcr-case-list.1, …) dans ce répertoire, créé s'il n'existe pas ; les pages déjà présentes sont remplacées

## Valeurs possibles

value-answer-no =
    Ne consent pas : la fiche ne peut pas être envoyée
value-answer-yes =
    Consent à la fiche telle qu'elle est
value-close_open_cases-goals_reached =
    Objectifs atteints ; la prise en charge habituelle se poursuit
value-color-always =
    Toujours, y compris vers un pipe ou un fichier
value-color-auto =
    Dans un terminal, sauf si NO_COLOR est défini ou si TERM vaut dumb
value-color-never =
    Jamais
value-direction-in =
    De la TFL vers la cellule
value-direction-out =
    De la cellule vers la TFL
value-kind-aob =
    Divers et date de la prochaine réunion
value-kind-case =
    Concertation de cas
value-kind-chair =
    Décidé par le président
value-kind-closures =
    Propositions de clôture
value-kind-consensus =
    Décidé par consensus
value-kind-feedback =
    Fiches de retour à décider
value-kind-mixed =
    Les deux
value-kind-new_on_list =
    Dossiers nouvellement inscrits sur la liste des dossiers
value-kind-none =
    Pas de décision
value-kind-opening =
    Ouverture et procès-verbal précédent
value-kind-overdue_actions =
    Suivi : actions en retard
value-kind-policy =
    Politique et tendances (aucune donnée de dossier)
value-kind-postponed =
    Reporté
value-kind-reviews =
    Suivi : évaluations dues
value-kind-signals =
    Nouveaux signalements et résultats de l'examen préalable
value-kind-strategic =
    Réunion stratégique (aucune donnée de dossier)
value-phenomenon-anti_government =
    Antigouvernemental ou complotiste
value-phenomenon-mixed =
    Mixte ou indéterminé
value-phenomenon-religious =
    D'inspiration religieuse
value-reason-goals_reached =
    Objectifs atteints ; la prise en charge habituelle se poursuit
value-role-ad_hoc =
    Invité pour des dossiers précis
value-role-chair =
    Président : un bourgmestre de l'une des communes de la cellule
value-role-io =
    Information officer de la police locale, représentant la Task Force Locale
value-role-mayor =
    Bourgmestre (ou son représentant) d'une commune
value-role-partner =
    Invité permanent
value-role-prevention =
    Le fonctionnaire de prévention de la commune
value-role-secretariat =
    Secrétariat
value-source-citizen_or_family =
    Un citoyen ou la famille
value-source-io =
    L'information officer, au nom de la Task Force Locale
value-source-municipal_service =
    Un service communal
value-source-partner =
    Une organisation partenaire de la cellule
value-status-declined =
    Non retenu par la cellule
value-status-follow_up =
    Suivi individualisé avec une organisation pilote et des actions
value-status-on_list =
    Inscrit sur la liste des dossiers (décision du président ou du bourgmestre : R9)
value-status-screening =
    Le secrétariat et le président examinent s'il relève de la cellule
value-status-signal =
    Signalé, pas encore examiné
value-to-aob =
    Divers et date de la prochaine réunion
value-to-closures =
    Propositions de clôture
value-to-feedback =
    Fiches de retour à décider
value-to-new_on_list =
    Dossiers nouvellement inscrits sur la liste des dossiers
value-to-opening =
    Ouverture et procès-verbal précédent
value-to-overdue_actions =
    Suivi : actions en retard
value-to-policy =
    Politique et tendances (aucune donnée de dossier)
value-to-reviews =
    Suivi : évaluations dues
value-to-signals =
    Nouveaux signalements et résultats de l'examen préalable

## Noms des valeurs

valname-A-B =
    A,B,…
valname-AGE_BAND =
    TRANCHE_ÂGE
valname-ALL =
    TOUT
valname-BOOL =
    BOOL
valname-CELL =
    CELLULE
valname-CODE =
    CODE
valname-DATE =
    DATE
valname-DEEP =
    APPROFONDI
valname-DIR =
    RÉPERTOIRE
valname-DIR-FILE =
    RÉPERTOIRE|FICHIER
valname-DIRECTION =
    SENS
valname-DRY_RUN =
    SIMULATION
valname-DURATION =
    DURÉE
valname-EMAIL =
    E-MAIL
valname-ENTITY =
    ENTITÉ
valname-FAIL_IF_DUE =
    ÉCHEC_SI_DÛ
valname-FILE =
    FICHIER
valname-FORCE =
    FORCER
valname-FORM =
    FICHE
valname-FORMAT =
    FORMAT
valname-ID =
    ID
valname-IO =
    IO
valname-ITEM =
    POINT
valname-K =
    K
valname-KEYRING =
    TROUSSEAU
valname-KIND =
    TYPE
valname-LANG =
    LANGUE
valname-LINE-FILE =
    LIGNE|FICHIER
valname-LOCATION =
    LIEU
valname-M =
    M,…
valname-MEETING =
    RÉUNION
valname-MEETING-ITEM =
    RÉUNION:POINT
valname-MEMBER =
    MEMBRE
valname-MINORS =
    MINEURS
valname-N =
    N
valname-NAME =
    NOM
valname-NEW =
    NOUVEAU
valname-NIS-NAME =
    NIS|NOM
valname-NOTE =
    NOTE
valname-NO_INPUT =
    SANS_SAISIE
valname-OPEN =
    EN_COURS
valname-ORG =
    ORG
valname-OVERDUE =
    EN_RETARD
valname-PAST =
    PASSÉES
valname-PATH =
    CHEMIN
valname-PHENOMENON =
    PHÉNOMÈNE
valname-PHONE =
    TÉLÉPHONE
valname-PLAIN =
    NON_CHIFFRÉ
valname-REASON =
    MOTIF
valname-REGION =
    RÉGION
valname-REVIEW_DUE =
    ÉVALUATION_DUE
valname-ROLE =
    RÔLE
valname-SECRET_HOLDER =
    SECRET_PROF
valname-SECTION =
    RUBRIQUE
valname-SECTOR =
    SECTEUR
valname-SHELL =
    SHELL
valname-SOURCE =
    SOURCE
valname-SPAN =
    DÉLAI
valname-STATUS =
    STATUT
valname-TEXT =
    TEXTE
valname-TIME =
    HEURE
valname-TO =
    VERS
valname-UPCOMING =
    À_VENIR
valname-WHEN =
    QUAND
valname-WIDE =
    LARGE
valname-WITH_TEXT =
    AVEC_TEXTE
valname-YEAR =
    ANNÉE
valname-YES =
    OUI
valname-YYYY-MM-last =
    AAAA-MM|last
valname-yes-no =
    yes|no
