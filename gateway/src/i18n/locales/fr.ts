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
  'auth.tokenAlgorithm': 'Le jeton d’intégration doit être signé avec HS256.',
  'auth.tokenMalformed': 'Le jeton d’intégration est mal formé : un JWT signé est attendu.',
  'auth.tokenNoKid': 'Le jeton d’intégration n’a pas d’en-tête `kid` désignant son organisation.',
  'auth.tokenOrgMismatch':
    'La revendication `org` du jeton d’intégration ne correspond pas à l’organisation qui l’a signé.',
  'auth.tokenSubjectNotId': 'Le sujet du jeton d’intégration n’est pas un identifiant de personne.',
  'auth.tokenSubjectNotMember': 'Le sujet du jeton d’intégration n’est pas une personne de son organisation.',
  'auth.personGone': 'La personne du jeton d’intégration n’existe plus dans cette organisation.',
  'auth.organisationGone': 'L’organisation du jeton d’intégration n’existe plus.',
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
  'coachDesk.rangeBackwards': 'La période doit se terminer après son début.',
  'coachDesk.rangeTooLong': 'Demandez au plus {days, number} jours à la fois.',
  'coachDesk.noteTooLong': 'Une note compte au plus {max, number} caractères.',
  'coachDesk.tooManyCapabilities': 'Étiquetez au plus {max, number} compétences.',
  'coachDesk.sessionCancelled': 'Cette séance a été annulée ; il n’y a rien à noter.',
  'coachDesk.sessionNotStarted': 'Les notes peuvent être écrites une fois la séance commencée.',
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
  'programMatching.coachNotYours': 'Ce coach n’intervient dans aucun de vos programmes.',
  'programMatching.unmatched':
    '{reason, select, NO_SHARED_LANGUAGE {Aucun coach du vivier ne parle la langue de cette personne.} NO_CAPACITY {Les coachs parlant la langue de cette personne n’ont plus de place.} NO_ACTIVE_COACH {Aucun coach du vivier n’est actif.} EMPTY_POOL {Le programme n’a aucun coach.} CAPACITY_TAKEN_BY_OTHERS {Les places des coachs adaptés sont allées à des participants plus compatibles.} other {Retiré de la proposition à la main.}}',
} as const satisfies Catalogue;
