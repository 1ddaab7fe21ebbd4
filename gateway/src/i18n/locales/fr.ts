import type { Catalogue } from '../catalogue.js';

/** French. Keys, placeholders and `select`/`plural` keywords as in en.ts; apostrophes are typographic (’) and a narrow
 * no-break space (U+202F) goes before ; : and inside « », as in the widgets' XLIFF. */
export const fr = {
  'auth.signInFirst':
    'Connectez-vous d’abord : envoyez un jeton d’intégration sous la forme `Authorization: Bearer <token>`.',
  'auth.bearerHeader': 'L’en-tête Authorization doit être `Bearer <embed token>`.',
  'auth.tokenExpired':
    'Le jeton d’intégration a expiré le {expiredAt, time, instant} ; demandez-en un nouveau au fournisseur de jetons.',
  'auth.tokenExpiredEarlier':
    'Le jeton d’intégration a expiré ; demandez-en un nouveau au fournisseur de jetons.',
  'auth.tokenSignature':
    'La signature du jeton d’intégration ne correspond à aucune clé de signature que la passerelle connaît pour son `kid`.',
  'auth.tokenLifetime':
    'Le jeton d’intégration vit trop longtemps : `exp` doit suivre `iat` de {maxHours, number} heures au plus, et `iat` ne pas être plus ancien ; émettez-en un de plus courte durée.',
  'auth.tokenClaim':
    'La revendication `{claim}` du jeton d’intégration {reason, select, missing {est absente} other {n’est pas valide}}.',
  'auth.tokenAlgorithm':
    'Le jeton d’intégration doit être signé avec HS256, ou avec RS256, ES256 ou EdDSA et une clé enregistrée par l’organisation.',
  'auth.tokenMalformed': 'Le jeton d’intégration est mal formé : un JWT signé est attendu.',
  'auth.tokenNoKid': 'Le jeton d’intégration n’a pas d’en-tête `kid` désignant son organisation.',
  'auth.tokenOrgMismatch':
    'La revendication `org` du jeton d’intégration ne correspond pas à l’organisation qui l’a signé.',
  'auth.tokenSubjectNotId': 'Le sujet du jeton d’intégration n’est pas un identifiant de personne.',
  'auth.tokenSubjectNotMember': 'Le sujet du jeton d’intégration n’est pas une personne de son organisation.',
  'auth.personGone': 'La personne du jeton d’intégration n’existe plus dans cette organisation.',
  'auth.organisationGone': 'L’organisation du jeton d’intégration n’existe plus.',
  'auth.tokenUnknownKey':
    'Le `kid` du jeton d’intégration ne désigne aucune clé publique enregistrée par son organisation (ou `org` ne désigne aucune organisation ayant ses propres clés).',
  'auth.tokenKeysUnavailable':
    'Les clés publiques de l’organisation n’ont pas pu être récupérées depuis son URL JWKS ; réessayez dans un instant.',
  'auth.serviceTokenInvalid':
    'Le jeton d’accès est inconnu ou expiré, ou son compte de service a été révoqué ; demandez-en un nouveau à /oauth/token.',
  'http.originNotAllowed': 'L’origine {origin} n’est pas autorisée à intégrer cette organisation.',
  'http.methodNotAllowed': '{method} n’est pas pris en charge sur /graphql ; utilisez GET ou POST.',
  'http.bodyTooLarge': 'Le corps de la requête dépasse {limit, number} octets.',
  'http.invalidJson': 'Le corps de la requête n’est pas du JSON valide.',
  'http.batchTooLarge':
    'Une requête groupée peut contenir au plus {max, number} opérations ; celle-ci en a {count, number}.',
  'limits.tooCostly':
    'Cette requête coûterait {cost, number} points ; une requête peut coûter au plus {max, number}. Demandez des pages plus petites (`first`), moins de champs ou moins d’opérations.',
  'limits.rateLimited':
    'Trop de requêtes : celle-ci coûte {cost, number} points et il en reste {available, number}. Réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.',
  'limits.responseTooLarge':
    'La réponse dépasserait {limit, number} octets ; demandez des pages plus petites (`first`) ou moins de champs.',
  'http.internal':
    'Erreur interne du serveur. La passerelle a consigné les détails sous l’x-request-id de cette réponse.',

  'access.peopleDirectoryAdminsOnly':
    'La liste de l’annuaire des personnes est réservée aux administrateurs de programme et d’organisation.',
  'access.enrolmentListAdminsOnly':
    'La liste des inscriptions d’un programme est réservée aux administrateurs de programme et d’organisation.',
  'access.bulkMatchingAdminsOnly':
    'L’attribution groupée est réservée aux administrateurs de programme et d’organisation.',
  'access.personalField': 'Vous ne pouvez pas voir `{field}` pour cette personne.',
  'access.serviceAccountScope':
    'Un compte de service ne peut pas lire `{field}` : ses portées ne le couvrent pas, et les comptes de service ne voient jamais les données personnelles de coaching.',
  'access.serviceAccountMutation':
    'Un compte de service ne peut exécuter que les mutations que ses portées autorisent (manage-programs : configuration, cycle de vie, invitations, inscriptions, vivier de coachs et appariement d’un programme).',
  'integrations.orgAdminsOnly':
    'Seuls les administrateurs de l’organisation gèrent les clés, les fournisseurs d’identité et les comptes de service.',
  'integrations.keyRejected':
    'La clé n’a pas été enregistrée : {problem, select, private {c’est une clé privée ; enregistrez sa clé publique et remplacez la clé privée, désormais exposée} unreadable {ce n’est ni un JWK ni une clé publique PEM} mismatch {ce n’est pas une clé pour l’algorithme choisi} weak {les clés RSA doivent avoir au moins 2048 bits} other {elle est inutilisable}}.',
  'integrations.kidInvalid': 'Un `kid` comporte de 1 à 128 lettres, chiffres ou `._:-`.',
  'integrations.kidTaken':
    'L’organisation a déjà une clé avec ce `kid` ; une rotation en utilise un nouveau.',
  'integrations.urlInvalid': 'Utilisez une URL https (http seulement en mode développement).',
  'integrations.urlPrivate':
    'L’hôte de l’URL se résout en une adresse privée, de bouclage ou lien-local ; la passerelle n’appelle que des adresses publiques.',
  'integrations.nameInvalid': 'Le nom d’un compte de service comporte de 1 à 100 caractères.',
  'integrations.scopesRequired': 'Donnez au moins une portée au compte de service.',
  'integrations.audienceRequired': 'Indiquez le client id auquel les jetons d’identité sont émis.',

  'core.tooManyIds': '`ids` peut contenir au plus {max, number} identifiants.',
  'core.badCursor': '`after` n’est pas un curseur renvoyé par cette connexion.',
  'core.pageSize': '`first` doit être compris entre 0 et {max, number}.',
  'core.wrongIdType': '`{argument}` n’est pas un identifiant de type {type}.',

  'programs.enrolmentPersonMissing': 'La personne de cette inscription n’existe pas.',
  'programs.enrolmentProgramMissing': 'Le programme de cette inscription n’existe pas.',
  'programs.notEnrolmentId': 'Ce n’est pas un identifiant d’inscription.',
  'programs.enrolmentNotYours': 'Cette inscription n’existe pas ou ne vous appartient pas.',
  'programs.programNotFound': 'Ce programme n’existe pas.',

  'coaching.coachPrivateField': '`Coach.{field}` n’est visible que par le coach et les administrateurs.',
  'coaching.enrolmentSubjectMissing': 'La personne ou le programme de cette inscription n’existe pas.',
  'coaching.coachPersonMissing': 'La fiche personne du coach n’existe pas.',
  'coaching.suggestionsForbidden':
    'Les suggestions de coachs sont réservées au participant et aux administrateurs.',
  'coaching.reasonLanguage': 'Parle {language}',
  'coaching.reasonHoursOverlap': '{hours, number} h par semaine en commun avec vos horaires de travail',
  'coaching.reasonSpecialty': 'Spécialisé en {capability}',
  'coaching.reasonGoalFit': 'Correspond à votre objectif : {capability}',
  'coaching.reasonRating': '{average, number, ::.0} ({count, plural, one {# avis} other {# avis}})',
  'coaching.notCoachId': 'Ce n’est pas un identifiant de coach.',
  'coaching.coachNotActive': 'Ce coach n’accepte pas de nouveaux clients pour le moment.',
  'coaching.coachFull': 'Ce coach vient de pourvoir sa dernière place. Veuillez choisir un autre coach.',
  'coaching.noSharedLanguage': 'Ce coach ne parle pas votre langue.',
  'coaching.enrolmentNotFound': 'Cette inscription n’existe pas.',
  'coaching.enrolmentClosed': 'Cette inscription n’est plus ouverte à l’attribution d’un coach.',
  'coaching.alreadyMatched': 'Cette inscription a déjà un coach.',
  'coaching.coachNotFound': 'Ce coach n’existe pas.',
  'coaching.ownCoach': 'Vous ne pouvez pas être votre propre coach.',

  'sessions.enrolmentNotFound': 'L’inscription n’existe pas.',
  'sessions.enrolmentField':
    '`Enrolment.{field}` n’est visible que par le participant, son coach, ses managers et les administrateurs.',
  'sessions.notSessionId': 'Ce n’est pas un identifiant de séance.',
  'sessions.coachMissing': 'Le coach de cette séance n’existe pas.',
  'sessions.participantMissing': 'Le participant de cette séance n’existe pas.',
  'sessions.enrolmentMissing': 'L’inscription de cette séance n’existe pas.',
  'sessions.coachOrParticipantMissing': 'Le coach ou le participant de cette séance n’existe pas.',
  'sessions.feedbackForbidden':
    'L’avis sur une séance n’est visible que par le participant, le coach et les administrateurs.',
  'sessions.slotRangeOrder': '`to` doit être postérieur à `from`.',
  'sessions.slotRangeTooLong': 'Demandez au plus {days, number} jours de créneaux à la fois.',
  'sessions.capabilityNotFound': 'L’une des compétences n’existe pas.',
  'calendar.summary': 'Coaching : {participant} avec {coach}',
  'calendar.join': 'Rejoindre : {url}',
  'calendar.fallbackProgram': 'Coaching',
  'booking.slotTaken': 'Ce créneau vient d’être réservé. Veuillez en choisir un autre.',
  'booking.inPast': 'Ce créneau est dans le passé.',
  'booking.tooSoon': 'Ce créneau est trop proche : le programme exige un délai de prévenance plus long.',
  'booking.beyondHorizon': 'Ce créneau est trop éloigné pour être déjà réservé.',
  'booking.outsideAvailability': 'Le coach n’est pas disponible à cette heure-là.',
  'booking.participantBusy': 'Vous avez déjà une séance à cette heure-là.',
  'booking.enrolmentNotActive': 'Les séances ne peuvent être réservées que dans une inscription active.',
  'booking.programNotRunning': 'Ce programme n’est pas en cours actuellement.',
  'booking.chooseCoachFirst': 'Choisissez un coach avant de réserver une séance.',
  'booking.quotaUsed':
    '{count, plural, one {La séance unique de ce programme a déjà été utilisée.} other {Les # séances de ce programme ont toutes été utilisées.}}',
  'booking.sessionNotYours': 'Cette séance n’existe pas ou ne vous appartient pas.',
  'booking.onlyBookedReschedule': 'Seule une séance réservée peut être déplacée.',
  'booking.tooLateToMove':
    'Les séances ne peuvent plus être déplacées dans {hours, plural, one {l’heure} other {les # heures}} qui précèdent leur début ; vous pouvez encore annuler.',
  'booking.alreadyAtTime': 'La séance est déjà à cette heure-là.',
  'booking.reasonTooLong': 'Le motif peut contenir au plus {max, number} caractères.',
  'booking.onlyBookedCancel': 'Seule une séance réservée peut être annulée.',
  'booking.alreadyStarted': 'Cette séance a déjà commencé.',
  'booking.onlyCoachCloses':
    'Seul le coach ou un administrateur peut indiquer comment s’est déroulée une séance.',
  'booking.onlyBookedClose': 'Seule une séance réservée peut être marquée comme tenue ou manquée.',
  'booking.notStarted': 'Cette séance n’a pas encore commencé.',

  'feedback.ratingRange': 'Notez la séance de {min, number} à {max, number}.',
  'feedback.commentTooLong': 'Le commentaire peut contenir au plus {max, number} caractères.',
  'feedback.tooManyCapabilities': 'Choisissez au plus {max, number} compétences.',
  'feedback.alreadyRated': 'Vous avez déjà noté cette séance.',
  'feedback.sessionNotYours': 'Cette séance n’existe pas ou ce n’est pas à vous de la noter.',
  'feedback.notHeld': 'Seule une séance qui a eu lieu peut être notée.',

  'goals.unknownCapability': '« {code} » n’est pas une compétence de cette organisation.',
  'goals.archived': 'L’objectif est archivé ; restaurez-le d’abord.',
  'goals.sharedOnly':
    'Ces objectifs ne sont partagés qu’avec le coach de la personne, ses managers et les administrateurs.',
  'goals.tooManyMilestonesOnCreate': 'Un nouvel objectif peut avoir au plus {max, number} jalons.',
  'goals.tooManyMilestones': 'Un objectif peut avoir au plus {max, number} jalons.',
  'goals.milestoneNotFound': 'Aucun jalon visible pour vous ne porte cet identifiant.',
  'goals.reorderMismatch': 'Indiquez chaque jalon de cet objectif exactement une fois, dans le nouvel ordre.',
  'goals.titleRequired': 'Indiquez un titre.',
  'goals.titleTooLong':
    'Un titre peut contenir au plus {max, number} caractères ; celui-ci en a {length, number}.',
  'goals.textTooLong': 'Ce texte peut contenir au plus {max, number} caractères ; il en a {length, number}.',
  'goals.progressRange': 'La progression est un nombre entier de 0 à 100 ; valeur reçue : {value, number}.',
  'goals.scaleRange': 'Indiquez un nombre entier de 1 à 5 ; valeur reçue : {value, number}.',
  'goals.targetDatePast':
    'La date cible du {date, date, calendar} est passée ; choisissez le {today, date, calendar} ou une date ultérieure.',
  'goals.completedIsFull': 'Un objectif atteint est à 100 % ; omettez la progression ou indiquez 100.',
  'goals.fullIsCompleted':
    'Un objectif à 100 % est atteint ; baissez sa progression pour lui donner un autre statut.',
  'goals.notFound': 'Aucun objectif visible pour vous ne porte cet identifiant.',
  'goals.ownerOnly': 'Seul le propriétaire de l’objectif peut le modifier.',

  'viewer.preferencesRequired': 'Indiquez une langue, un fuseau horaire, ou les deux.',
  'viewer.localeNotOffered': '{organisation} propose {offered} ; « {locale} » n’en fait pas partie.',
  'viewer.localeInvalid': 'Cette langue n’est pas valide.',
  'viewer.timeZoneInvalid': 'Ce fuseau horaire n’est pas valide.',

  'progress.participantOnly':
    'La progression n’est visible que par le participant, son manager (s’il la partage) et son coach.',
  'progress.personOnly':
    'La progression n’est visible que par la personne, son manager (si elle la partage) et son coach.',
  'progress.personNotFound': 'Aucune personne de votre organisation ne porte cet identifiant.',
  'progress.enrolmentNotFound': 'Aucune inscription de votre organisation ne porte cet identifiant.',
  'progress.enrolmentOrPerson': 'Indiquez `enrolment` ou `person`, pas les deux.',
  'progress.enrolmentPersonGone': 'La personne de cette inscription n’existe plus.',
  'progress.enrolmentNotVisible': 'Aucune inscription visible pour vous ne porte cet identifiant.',
  'progress.participantDecides': 'Seul le participant décide de partager ou non sa progression.',
  'progress.capabilityGone': 'La compétence {code} n’existe plus.',

  'analytics.unitNotFound': 'Cette unité organisationnelle n’existe pas dans cette organisation.',
  'analytics.adminsOnly':
    'La carte thermique est réservée aux administrateurs de programme et d’organisation.',
  'analytics.ownProgramsOnly':
    'Les administrateurs de programme voient la carte thermique des programmes qui leur sont confiés : choisissez l’un de vos programmes.',
  'analytics.ownSubtreeOnly':
    'Les managers ne peuvent voir la carte thermique que de leur propre partie de l’organisation.',
  'analytics.depthRange': '`depth` doit être compris entre 1 et {max, number}.',
  'analytics.periodFormat': '`period` doit être un trimestre civil, par exemple 2026-Q1.',
  'analytics.programNotFound': 'Ce programme n’existe pas dans cette organisation.',
  'analytics.unknownCapabilities': 'Codes de compétence inconnus : {codes}.',
  'analytics.csvUnit': 'Unité',
  'analytics.csvKind': 'Type',
  'analytics.csvLevel': 'Niveau',
  'analytics.csvManagers': 'Managers',
  'analytics.csvOrganisation': 'Organisation',
  'analytics.csvSuppressed':
    '{reason, select, BELOW_MIN_GROUP_SIZE {masqué (sous la taille minimale de groupe)} COMPLEMENTARY {masqué (complémentaire)} FILTER_REMAINDER {masqué (reste du filtre)} other {masqué}}',
  'reminder.greeting': 'Bonjour {name},',
  'reminder.invitation.subject': 'Séance de coaching réservée : {when}',
  'reminder.invitation.body':
    'Votre séance de coaching avec {other} est réservée pour le {when}. Le fichier de calendrier joint l’ajoute à votre agenda ; un nouveau suivra si la séance est déplacée.',
  'reminder.cancelled.subject': 'Séance de coaching annulée : {when}',
  'reminder.cancelled.body':
    'Votre séance de coaching avec {other} du {when} a été annulée. Le fichier de calendrier joint la retire de votre agenda.',
  'reminder.dayBefore.subject': 'Demain : coaching avec {other} à {time}',
  'reminder.hourBefore.subject': 'Dans une heure : coaching avec {other}',
  'reminder.upcoming.body': 'Votre séance de coaching avec {other} commence le {when}.',
  'reminder.join': 'Rejoindre : {url}',
  'reminder.missed.subject': 'Votre séance de coaching a été manquée',
  'reminder.missed.body':
    'Votre séance de coaching avec {other} du {when} a été enregistrée comme manquée. Vous pouvez réserver un nouveau créneau là où vous aviez réservé celle-ci.',
  'reminder.feedback.subject': 'Comment s’est passée votre séance avec {other} ?',
  'reminder.feedbackReminder.subject': 'Rappel : évaluez votre séance avec {other}',
  'reminder.feedback.body':
    'Votre séance de coaching avec {other} du {when} a eu lieu. Merci de l’évaluer là où vous l’avez réservée : cela prend moins d’une minute et aide votre coach.',
  'reminder.signature': 'Coachwork : message automatique, les réponses ne sont pas lues.',
  'reminder.programRespond.subject': 'Rappel : votre invitation à {program}',
  'reminder.programRespond.body':
    'Vous êtes invité·e au programme de coaching {program} et n’avez pas encore répondu. Acceptez ou déclinez là où vous réservez vos séances de coaching.',
  'reminder.programBook.subject': 'Rappel : réservez votre première séance dans {program}',
  'reminder.programBook.body':
    'Vous participez au programme de coaching {program} et n’avez encore réservé aucune séance. Réservez-en une là où vous réservez vos séances de coaching.',
  'reminder.pulseDue.subject':
    'Rappel : {ratings, plural, one {# évaluation 360} other {# évaluations 360}} à donner avant le {when}',
  'reminder.pulseDue.body':
    'Il vous reste {ratings, plural, one {une évaluation 360 à donner} other {# évaluations 360 à donner}}. Chacune prend quelques minutes, là où vous répondez aux enquêtes 360 :',
  'reminder.pulseDue.line':
    '- {program} : {ratings, plural, one {# évaluation, ouverte} other {# évaluations, ouvertes}} jusqu’au {when}',
  'reminder.pulseDue.anonymity':
    'Les réponses des pairs et des collaborateurs directs ne sont jamais montrées qu’en moyenne avec celles d’autres évaluateurs.',
  'webhooks.orgAdminsOnly': 'Seuls les administrateurs de l’organisation gèrent les webhooks.',
  'webhooks.urlInvalid': 'Indiquez une URL https absolue sans nom d’utilisateur, mot de passe ni fragment.',
  'webhooks.urlNotHttps': 'Les webhooks ne sont livrés qu’en https.',
  'webhooks.urlUnresolved': 'Le nom d’hôte de l’URL ne se résout pas.',
  'webhooks.urlPrivate':
    'L’hôte de l’URL se résout en une adresse privée, de bouclage ou lien-local ; les webhooks ne vont qu’à des adresses publiques.',
  'webhooks.noEvents': 'Choisissez au moins un événement.',
  'webhooks.descriptionTooLong': 'La description compte au plus {max, number} caractères.',
  'webhooks.tooManySubscriptions': 'Une organisation a au plus {max, number} abonnements webhook.',
  'webhooks.subscriptionNotFound': 'Cet abonnement webhook n’existe pas.',
  'webhooks.deliveryNotFound': 'Cette livraison de webhook n’existe pas.',
  'webhooks.deliveryNotFailed': 'Seule une livraison en échec peut être rejouée.',
  'webhooks.subscriptionDisabled': 'L’abonnement est désactivé : réactivez-le avant de rejouer.',
  'webhooks.disabled.subject': 'Les webhooks vers {url} ont été désactivés',
  'webhooks.disabled.body':
    'Coachwork a cessé d’envoyer des webhooks à {url} après {failures, number} tentatives échouées d’affilée depuis {since}. Corrigez le récepteur, réactivez l’abonnement, puis rejouez les livraisons en échec depuis le journal des livraisons.',
  'coachDesk.rangeBackwards': 'La période doit se terminer après son début.',
  'coachDesk.rangeTooLong': 'Demandez au plus {days, number} jours à la fois.',
  'coachDesk.noteTooLong': 'Une note compte au plus {max, number} caractères.',
  'coachDesk.tooManyCapabilities': 'Étiquetez au plus {max, number} compétences.',
  'coachDesk.sessionCancelled': 'Cette séance a été annulée ; il n’y a rien à noter.',
  'coachDesk.sessionNotStarted': 'Les notes peuvent être écrites une fois la séance commencée.',
  'coachDesk.coachesOnly': 'Seuls les coachs définissent leurs disponibilités.',
  'coachDesk.badWeekday': 'Un jour de la semaine est un nombre de 1 (lundi) à 7 (dimanche).',
  'coachDesk.badTime': 'Écrivez les heures au format HH:MM sur 24 heures.',
  'coachDesk.windowBackwards': 'Un créneau doit finir après avoir commencé.',
  'coachDesk.windowsOverlap': 'Deux créneaux du même jour se chevauchent.',
  'coachDesk.tooManyWindows': 'Proposez au plus {max, number} créneaux hebdomadaires.',
  'coachDesk.dayOffBackwards': 'Une absence doit finir le jour de son début ou après.',
  'coachDesk.tooManyDaysOff': 'Gardez au plus {max, number} absences.',
  'coachDesk.reasonTooLong': 'Un motif peut compter au plus {max, number} caractères.',
  'coachDesk.capacityRange': 'La capacité est un nombre de clients de 0 à 200.',
  'programs.notYourProgram':
    'Vous ne gérez pas ce programme : demandez à un administrateur de l’organisation de vous y affecter.',
  'programs.createAdminsOnly':
    'Les programmes sont créés par les administrateurs de programme et d’organisation.',
  'programs.previewAdminsOnly':
    'L’aperçu de la population est réservé aux administrateurs de programme et d’organisation.',
  'programs.assignAdminsOrgAdminsOnly':
    'Seuls les administrateurs de l’organisation affectent les administrateurs de programme.',
  'programs.organisationMissing': 'Votre organisation est introuvable.',
  'programs.notProgramId': 'Ce n’est pas un identifiant de programme.',
  'programs.notKpiId': 'Ce n’est pas un identifiant d’indicateur.',
  'programs.kpiNotFound': 'Ce programme n’a pas cet indicateur.',
  'programs.enrolmentNotFound': 'Cette inscription n’existe pas.',
  'programs.enrolmentNotInProgram': 'Cette personne n’est pas inscrite à ce programme.',
  'programs.tooManyEnrolments': 'Choisissez au plus {max, number} personnes.',
  'programs.noEnrolmentsChosen': 'Choisissez au moins une personne.',
  'programs.translationRequired': 'Indiquez le texte dans au moins une langue.',
  'programs.localeNotOffered': 'Votre organisation ne propose pas la langue {locale}.',
  'programs.localeTwice': 'La langue {locale} est indiquée deux fois.',
  'programs.textLength': 'Utilisez entre 1 et {max, number} caractères.',
  'programs.numberRange': 'Saisissez un nombre entier de {min, number} à {max, number}.',
  'programs.notFinite': 'Saisissez un nombre.',
  'programs.languagesRequired': 'Choisissez au moins une langue de coaching.',
  'programs.endsBeforeStart': 'La date de fin précède la date de début.',
  'programs.endsInPast': 'La date de fin du programme est passée : modifiez-la avant de publier.',
  'programs.tooManyFocus': 'Choisissez au plus {max, number} compétences prioritaires.',
  'programs.tooManyKpis': 'Un programme a au plus {max, number} indicateurs.',
  'programs.capabilityNotFound': 'Votre organisation n’a pas de compétence {code}.',
  'programs.readOnlyInStatus': 'Un programme {status} ne peut pas être modifié.',
  'programs.languagesOnlyAdded': 'Une fois publié, on peut seulement ajouter des langues, pas en retirer.',
  'programs.quotaOnlyGrows':
    'Une fois publié, le quota de séances ne peut qu’augmenter (actuellement {current, number}).',
  'programs.sessionMinutesFixed': 'Une fois publié, la durée des séances ne peut plus changer.',
  'programs.startPassed': 'Le programme a commencé : sa date de début ne peut plus changer.',
  'programs.capacityBelowParticipants':
    '{count, plural, one {# personne occupe} other {# personnes occupent}} déjà une place : la capacité ne peut pas être inférieure.',
  'programs.cannot.publish': 'Seul un brouillon peut être publié ; ce programme est {status}.',
  'programs.cannot.pause': 'Seul un programme actif peut être mis en pause ; celui-ci est {status}.',
  'programs.cannot.resume': 'Seul un programme en pause peut reprendre ; celui-ci est {status}.',
  'programs.cannot.close': 'Seul un programme actif ou en pause peut être clôturé ; celui-ci est {status}.',
  'programs.cannot.archive':
    'Seul un programme clôturé ou un brouillon non publié peut être archivé ; celui-ci est {status}.',
  'programs.notActive': 'Il faut pour cela un programme actif ; celui-ci est {status}.',
  'programs.populationEmpty':
    'Personne ne correspond à la population cible : élargissez les règles avant de publier.',
  'programs.sessionsStillBooked':
    '{count, plural, one {# séance est} other {# séances sont}} encore réservée(s) à l’avenir : annulez-les ou tenez-les avant de clôturer.',
  'programs.kpiDateInFuture': 'On ne peut pas saisir de valeur pour un jour à venir.',
  'programs.notInvited': 'Cette invitation a déjà reçu une réponse ({status}).',
  'programs.enrolmentChangeNotAllowed': 'Une inscription ne peut pas passer de {from} à {to}.',
  'programs.notAProgramAdmin': 'Cette personne n’a pas le rôle d’administrateur de programme.',
  'programs.alreadyAssigned': 'Cette personne gère déjà ce programme.',
  'programs.notAssigned': 'Cette personne n’est pas affectée à ce programme.',
  'programs.ruleTooManyEntries': 'Une règle contient au plus {max, number} entrées.',
  'programs.ruleNotOrgUnitId': 'Ce n’est pas un identifiant d’unité.',
  'programs.ruleNotPersonId': 'Ce n’est pas un identifiant de personne.',
  'programs.ruleUnknownOrgUnit': 'Votre organisation n’a pas cette unité.',
  'programs.ruleUnknownPerson': 'Cette personne n’existe pas dans votre organisation.',
  'programs.ruleDaysRange': 'Saisissez un nombre de jours de 0 à {max, number}.',
  'programs.ruleDaysInverted': 'Le maximum de jours dans le poste est inférieur au minimum.',
  'programs.csvParticipant': 'Participant',
  'programs.csvOrgUnit': 'Unité',
  'programs.csvStatus': 'Statut',
  'programs.csvCoach': 'Coach',
  'programs.csvSessionsUsed': 'Séances utilisées',
  'programs.csvLastActivity': 'Dernière activité',
  'programs.csvCount': 'Nombre',
  'programs.csvWithheld': 'masqué (moins de {min, number})',
  'programs.csvKpi': 'Indicateur',
  'programs.csvUnit': 'Unité de mesure',
  'programs.csvBaseline': 'Référence',
  'programs.csvTarget': 'Cible',
  'programs.csvRecordedOn': 'Relevé le',
  'programs.csvValue': 'Valeur',
  'programs.csvWeek': 'Semaine du',
  'programs.csvBooked': 'Réservées',
  'programs.csvCompleted': 'Tenues',
  'programs.csvCancelled': 'Annulées',
  'programs.csvNoShows': 'Absences',
  'audit.orgAdminsOnly': 'Le journal d’audit est réservé aux administrateurs de l’organisation.',
  'provisioning.orgAdminsOnly': 'Le provisionnement est réservé aux administrateurs de l’organisation.',
  'provisioning.retentionDays':
    'La durée de conservation est un nombre entier de jours de 1 à 36500, ou null pour tout garder.',
  'provisioning.labelLength': 'Le libellé compte de 1 à 100 caractères.',
  'provisioning.credentialNotFound': 'Cet identifiant SCIM n’existe pas.',
  'provisioning.alreadyRevoked': 'Cet identifiant SCIM est déjà révoqué.',
  'provisioning.groupNameLength': 'Le nom du groupe compte de 1 à 256 caractères.',
  'provisioning.oneTarget': 'Associez le groupe à une unité ou à un rôle, ni les deux ni aucun.',
  'provisioning.orgUnitNotFound': 'Cette unité n’existe pas.',
  'provisioning.mappingNotFound': 'Cette correspondance de groupe n’existe pas.',
  'programMatching.notProposalId': 'Ce n’est pas un identifiant de proposition d’appariement.',
  'programMatching.proposalNotFound': 'Cette proposition d’appariement n’existe pas.',
  'programMatching.proposalNotOpen':
    'Cette proposition est {status} : seule une proposition ouverte peut changer.',
  'programMatching.proposalStale':
    '{count, plural, one {# paire ne convient} other {# paires ne conviennent}} plus (capacité ou statut modifiés) : proposez à nouveau.',
  'programMatching.notInProposal': 'Ce participant ne fait pas partie de la proposition.',
  'programMatching.enrolmentMoved': 'L’inscription de ce participant a changé depuis la proposition.',
  'programMatching.coachNotInPool': 'Ce coach ne fait pas partie du vivier du programme.',
  'programMatching.noSharedLanguage': 'Ce coach ne parle pas la langue du participant.',
  'programMatching.coachFull': 'Ce coach n’a plus de place.',
  'programMatching.noEligibleCoach': 'Aucun autre coach parlant la langue du participant n’a de place.',
  'programMatching.enrolmentNotLive': 'Seul un participant ayant accepté ou actif peut être apparié.',
  'programMatching.coachHasClients':
    'Ce coach a encore {count, plural, one {# participant} other {# participants}} dans le programme : transférez-les d’abord.',
  'programMatching.alreadyPaused': 'Ce coach est déjà en pause.',
  'programMatching.notPaused': 'Seul un coach en pause peut être rétabli.',
  'programMatching.notOnProbation': 'Seul un coach en période probatoire peut en sortir.',
  'programMatching.coachNotYours': 'Ce coach n’intervient dans aucun de vos programmes.',
  'programMatching.proposalFailed':
    '{failure, select, PROGRAM_NOT_ACTIVE {Le programme n’était plus actif quand la proposition a été calculée.} TIMED_OUT {Le calcul ne s’est pas terminé à temps.} other {La proposition n’a pas pu être calculée.}}',
  'programMatching.unmatched':
    '{reason, select, NO_SHARED_LANGUAGE {Aucun coach du vivier ne parle la langue de cette personne.} NO_CAPACITY {Les coachs parlant la langue de cette personne n’ont plus de place.} NO_ACTIVE_COACH {Aucun coach du vivier n’est actif.} EMPTY_POOL {Le programme n’a aucun coach.} CAPACITY_TAKEN_BY_OTHERS {Les places des coachs adaptés sont allées à des participants plus compatibles.} other {Retiré de la proposition à la main.}}',
  'lti.pageTitle': 'Coachwork dans votre cours',
  'lti.refusedTitle': 'Coachwork n’a pas pu s’ouvrir depuis ce cours',
  'lti.refused':
    '{reason, select, LOGIN_PARAMETERS {La plateforme de formation a lancé la connexion sans les paramètres qu’exige LTI.} UNKNOWN_PLATFORM {Cette plateforme de formation n’est pas enregistrée auprès de Coachwork.} STATE {La connexion a pris trop de temps ou a déjà servi. Rouvrez l’activité.} SIGNATURE {La signature de la plateforme de formation n’a pas pu être vérifiée.} ISSUER {Le lancement ne vient pas de la plateforme qui a lancé la connexion.} OTHER_PLATFORM {Le lancement vient d’une autre plateforme enregistrée que celle qui a lancé la connexion.} AUDIENCE {Le lancement était destiné à un autre outil.} AZP {Le lancement désigne un autre outil comme partie autorisée.} EXPIRED {Le lancement a expiré. Rouvrez l’activité.} NONCE {Le lancement ne répond pas à cette connexion.} REPLAY {Ce lancement a déjà servi. Rouvrez l’activité.} VERSION {Le lancement utilise une version de LTI que Coachwork ne prend pas en charge.} MESSAGE_TYPE {La plateforme de formation a envoyé un type de lancement que Coachwork ne prend pas en charge.} DEPLOYMENT {Ce déploiement de Coachwork n’est pas enregistré pour la plateforme.} CLAIM {Il manque au lancement des informations qu’exige LTI.} TARGET {Le lancement vise une autre adresse que celle pour laquelle il a été lancé.} NO_PERSON {Votre compte de cours n’est lié à aucune personne dans Coachwork.} ROLE {Seuls les enseignants et concepteurs du cours peuvent y placer Coachwork.} other {Le lancement n’est pas valide.}}',
  'lti.refusedHelp': 'Si cela se reproduit, donnez cette référence à l’administration du cours : {reference}',
  'lti.sessionEnded': 'La session du cours est terminée ; rouvrez l’activité.',
  'lti.orgAdminsOnly': 'Les plateformes LTI sont gérées par les administrateurs de l’organisation.',
  'lti.platformTaken': 'Cet émetteur et cet identifiant client sont déjà enregistrés.',
  'lti.invalidUrl': 'Saisissez une URL https (http n’est accepté que pour localhost).',
  'lti.required': 'Cette valeur est obligatoire.',
  'lti.registrationNotFound': 'Aucun enregistrement LTI de ce type dans cette organisation.',
  'lti.keySource': 'Indiquez soit l’URL JWKS de la plateforme, soit ses clés publiques, pas les deux.',
  'lti.jwksInvalid':
    '{problem, select, JSON {Collez un JWK Set en JSON : un objet avec une liste "keys" non vide.} SIZE {Le jeu de clés est trop grand : 10 clés et 20 000 caractères au plus.} PRIVATE {Ceci est une clé privée : collez uniquement les clés publiques de la plateforme, et considérez la clé privée comme divulguée.} KID {Donnez à chaque clé son propre « kid ».} UNSUPPORTED {Seules les clés de signature RSA (RS256) et EC P-256 (ES256) sont acceptées.} WEAK {Les clés RSA doivent compter au moins 2048 bits.} other {Une clé n’a pas pu être lue comme clé publique.}}',
  'lti.invalidDomain': 'Saisissez un nom de domaine comme example.com.',
  'lti.adminsOnly':
    'Les listes de participants des cours sont lues par les administrateurs de l’organisation et des programmes.',
  'lti.courseNotFound': 'Ce cours n’existe pas dans cette organisation.',
  'lti.rosterUnavailable':
    'La plateforme d’apprentissage ne propose pas la liste des participants de ce cours (Names and Role Provisioning Services).',
  'xapi.statementNotFound': 'Aucune déclaration en échec avec cet identifiant dans cette organisation.',
  'xapi.replayTarget':
    'Indiquez une déclaration, ou demandez toutes les déclarations en échec, mais pas les deux.',
  'xapi.agentNamingConflict':
    'Choisissez les agents par e-mail ou les noms d’agent hachés avec clé, pas les deux.',
  'xapi.orgAdminsOnly': 'Le learning record store est géré par les administrateurs de l’organisation.',
  'xapi.required': 'Cette valeur est obligatoire.',
  'xapi.invalidUrl': 'Saisissez le point d’accès du LRS sous forme d’URL https.',
  'xapi.privateEndpoint':
    'Le point d’accès du LRS pointe vers une adresse privée, que la passerelle n’appelle pas.',
  'xapi.invalidHomePage': 'Saisissez la page d’accueil de l’organisation sous forme d’URL https.',
  'xapi.invalidUsername': 'Saisissez un nom d’utilisateur sans deux-points, de 500 caractères au plus.',
  'xapi.invalidPassword': 'Saisissez un mot de passe de 1 à 1 000 caractères.',
  'xapi.passwordRequired': 'Indiquez le mot de passe du LRS lors de sa première configuration.',
  'xapi.notConfigured': 'Cette organisation n’a configuré aucun LRS.',
  'lti.pickerTitle': 'Placer Coachwork dans ce cours',
  'lti.pickerWidget': 'Widget',
  'lti.widgetName':
    '{widget, select, goal_tracker {Suivi des objectifs} session_booker {Réservation de séances} progress_card {Carte de progression} viewer_badge {Résumé du coaching} other {Widget}}',
  'lti.pickerCapability': 'Seulement les objectifs de cette compétence',
  'lti.pickerAnyCapability': 'Toutes les compétences',
  'lti.pickerLinkTitle': 'Titre dans le cours',
  'lti.pickerGraded': 'Envoyer l’atteinte des objectifs au carnet de notes',
  'lti.pickerSubmit': 'Ajouter au cours',
  'lti.pickerReturning': 'Retour au cours…',
  'wellbeing.ownAnswersOnly':
    "Vos réponses sur le bien-être n'appartiennent qu'à vous : personne d'autre ne peut les lire ni répondre à votre place.",
  'wellbeing.firstRange': 'Demandez entre 1 et {max} réponses.',
  'wellbeing.peopleOnly': 'Seules des personnes peuvent répondre au pouls de bien-être.',
  'wellbeing.itemRange': 'Chaque réponse est un nombre de 1 à 5.',
  'wellbeing.alreadyAnswered': 'Vous avez déjà répondu au pouls de cette semaine. Le prochain ouvre lundi.',
  'wellbeing.participantsOnly':
    "Le pouls de bien-être s'adresse aux personnes inscrites à un programme de coaching.",
  'pulses.notPersonId': "Ce n'est pas l'identifiant d'une personne.",
  'pulses.requestNotFound': "On ne vous demande pas d'évaluer cette personne dans cette phase.",
  'pulses.phaseNotOpen': "Cette phase 360 n'est pas encore ouverte.",
  'pulses.phaseClosed': 'Cette phase 360 est close : les réponses ne sont plus acceptées.',
  'pulses.alreadySubmitted': 'Vous avez déjà envoyé cette évaluation.',
  'pulses.capabilityNotRated': "Cette compétence n'est pas évaluée dans ce programme.",
  'pulses.scoreOffScale': 'Donnez un nombre entier de {min, number} à {max, number}.',
  'pulses.capabilityTwice': 'Répondez une seule fois par compétence.',
  'pulses.answerMissing':
    '{count, plural, one {Une compétence reste} other {# compétences restent}} sans réponse.',
  'pulses.limitsInvalid': 'Donnez des limites de 0 à {max, number}, le minimum ne dépassant pas le maximum.',
  'pulses.programNotActive': 'Seul un programme actif recueille des évaluations 360.',
  'pulses.opensInPast': "Une phase ne peut pas s'ouvrir dans le passé.",
  'pulses.closesBeforeOpen': 'Une phase doit se fermer après son ouverture.',
  'pulses.windowTooLong': 'Une phase peut rester ouverte {days, number} jours au plus.',
  'pulses.cutoffOutsideWindow': 'La date limite de choix des évaluateurs doit tomber pendant la phase.',
  'pulses.phaseTaken': 'Cette phase du programme a déjà été recueillie.',
  'pulses.phaseNotFound': "Ce programme n'a pas cette phase.",
  'pulses.phaseNotOpenToClose': 'Seule une phase ouverte peut être close.',
  'pulses.cutoffPassed': 'Les évaluateurs ne peuvent plus être changés dans cette phase.',
  'pulses.raterTwice': 'Nommez chaque personne une seule fois.',
  'pulses.notAReport': 'Cette personne ne vous est pas rattachée.',
  'pulses.notAPeer': "Cette personne n'a pas le même manager que vous.",
  'pulses.raterCount': 'Choisissez de {min, number} à {max, number} personnes.',
  'coachQuality.orgAdminsOnly':
    'Les seuils de mise à l’épreuve sont fixés par les administrateurs de l’organisation.',
  'coachQuality.ratingRange':
    'Indiquez une note de {min, number} à {max, number}, avec au plus une décimale.',
  'coachQuality.restoreBelowProbation':
    'La note qui met fin à la mise à l’épreuve doit être au moins égale à celle qui la déclenche.',
  'coachQuality.countRange': 'Indiquez un nombre entier de {min, number} à {max, number}.',
  'coachQuality.minAboveWindow': 'Le nombre de notes requis ne peut dépasser celui que couvre la moyenne.',
} as const satisfies Catalogue;
