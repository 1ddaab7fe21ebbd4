import type { Catalogue } from '../catalogue.js';

/** Spanish. Keys, placeholders and `select`/`plural` keywords as in en.ts. */
export const es = {
  'auth.signInFirst':
    'Inicie sesión primero: envíe un token de inserción como `Authorization: Bearer <token>`.',
  'auth.bearerHeader': 'La cabecera Authorization debe ser `Bearer <embed token>`.',
  'auth.tokenExpired':
    'El token de inserción caducó el {expiredAt, time, instant}; pida uno nuevo al proveedor de tokens.',
  'auth.tokenExpiredEarlier': 'El token de inserción ha caducado; pida uno nuevo al proveedor de tokens.',
  'auth.tokenSignature':
    'La firma del token de inserción no coincide con ninguna clave de firma que la pasarela tenga para su `kid`.',
  'auth.tokenLifetime':
    'El token de inserción dura demasiado: `exp` puede ser como mucho {maxHours, number} horas posterior a `iat`, y `iat` no más antiguo; emita uno de vida más corta.',
  'auth.tokenClaim':
    'El claim `{claim}` del token de inserción {reason, select, missing {falta} other {no es válido}}.',
  'auth.tokenAlgorithm':
    'El token de inserción debe estar firmado con HS256, o con RS256, ES256 o EdDSA y una clave registrada por la organización.',
  'auth.tokenMalformed': 'El token de inserción está mal formado: se esperaba un JWT firmado.',
  'auth.tokenNoKid': 'El token de inserción no tiene una cabecera `kid` que indique su organización.',
  'auth.tokenOrgMismatch':
    'El claim `org` del token de inserción no coincide con la organización que lo firmó.',
  'auth.tokenSubjectNotId': 'El sujeto del token de inserción no es un ID de persona.',
  'auth.tokenSubjectNotMember': 'El sujeto del token de inserción no es una persona de su organización.',
  'auth.personGone': 'La persona del token de inserción ya no existe en esta organización.',
  'auth.organisationGone': 'La organización del token de inserción ya no existe.',
  'auth.tokenUnknownKey':
    'El `kid` del token de inserción no corresponde a ninguna clave pública registrada por su organización (o `org` no nombra ninguna organización con claves propias).',
  'auth.tokenKeysUnavailable':
    'No se pudieron obtener las claves públicas de la organización desde su URL JWKS; inténtelo de nuevo en breve.',
  'auth.serviceTokenInvalid':
    'El token de acceso es desconocido o ha caducado, o su cuenta de servicio fue revocada; pida uno nuevo a /oauth/token.',
  'http.originNotAllowed': 'El origen {origin} no tiene permiso para insertar esta organización.',
  'http.methodNotAllowed': '{method} no se admite en /graphql; use GET o POST.',
  'http.bodyTooLarge': 'El cuerpo de la solicitud supera los {limit, number} bytes.',
  'http.invalidJson': 'El cuerpo de la solicitud no es un JSON válido.',
  'http.batchTooLarge':
    'Una solicitud por lotes puede contener como máximo {max, number} operaciones; esta tiene {count, number}.',
  'limits.tooCostly':
    'Esta solicitud costaría {cost, number} puntos; una solicitud puede costar como máximo {max, number}. Pida páginas más pequeñas (`first`), menos campos o menos operaciones.',
  'limits.rateLimited':
    'Demasiadas solicitudes: esta cuesta {cost, number} puntos y quedan {available, number}. Vuelva a intentarlo en {seconds, plural, one {# segundo} other {# segundos}}.',
  'limits.responseTooLarge':
    'La respuesta superaría {limit, number} bytes; pida páginas más pequeñas (`first`) o menos campos.',
  'http.internal':
    'Error interno del servidor. La pasarela registró los detalles con el x-request-id de esta respuesta.',

  'access.peopleDirectoryAdminsOnly':
    'El listado del directorio de personas es solo para administradores de programas y de la organización.',
  'access.enrolmentListAdminsOnly':
    'La lista de inscripciones de un programa es solo para administradores de programas y de la organización.',
  'access.bulkMatchingAdminsOnly':
    'La asignación masiva es solo para administradores de programas y de la organización.',
  'access.personalField': 'No puede ver `{field}` de esta persona.',
  'access.serviceAccountScope':
    'Una cuenta de servicio no puede leer `{field}`: sus ámbitos no lo cubren y las cuentas de servicio nunca ven datos personales de coaching.',
  'access.serviceAccountMutation':
    'Una cuenta de servicio solo puede ejecutar las mutaciones que permiten sus ámbitos (manage-programs: configuración, ciclo de vida, invitaciones, inscripciones, grupo de coaches y asignación de un programa).',
  'integrations.orgAdminsOnly':
    'Solo los administradores de la organización gestionan claves, proveedores de identidad y cuentas de servicio.',
  'integrations.keyRejected':
    'La clave no se registró: {problem, select, private {es una clave privada; registre su clave pública y sustituya la privada, que ya ha quedado expuesta} unreadable {no es ni un JWK ni una clave pública PEM} mismatch {no es una clave para el algoritmo elegido} weak {las claves RSA necesitan al menos 2048 bits} other {no se puede usar}}.',
  'integrations.kidInvalid': 'Un `kid` tiene de 1 a 128 letras, dígitos o `._:-`.',
  'integrations.kidTaken': 'La organización ya tiene una clave con este `kid`; una rotación usa uno nuevo.',
  'integrations.urlInvalid': 'Use una URL https (http solo en modo de desarrollo).',
  'integrations.urlPrivate':
    'El host de la URL se resuelve a una dirección privada, de loopback o de enlace local; el gateway solo llama a direcciones públicas.',
  'integrations.nameInvalid': 'El nombre de una cuenta de servicio tiene de 1 a 100 caracteres.',
  'integrations.scopesRequired': 'Asigne al menos un ámbito a la cuenta de servicio.',
  'integrations.audienceRequired': 'Indique el client id para el que se emiten los ID tokens.',

  'core.tooManyIds': '`ids` puede contener como máximo {max, number} ID.',
  'core.badCursor': '`after` no es un cursor devuelto por esta conexión.',
  'core.pageSize': '`first` debe estar entre 0 y {max, number}.',
  'core.wrongIdType': '`{argument}` no es un ID de tipo {type}.',

  'programs.enrolmentPersonMissing': 'La persona de esta inscripción no existe.',
  'programs.enrolmentProgramMissing': 'El programa de esta inscripción no existe.',
  'programs.notEnrolmentId': 'Esto no es un ID de inscripción.',
  'programs.enrolmentNotYours': 'Esta inscripción no existe o no es suya.',
  'programs.programNotFound': 'Este programa no existe.',

  'coaching.coachPrivateField': '`Coach.{field}` solo lo ven el propio coach y los administradores.',
  'coaching.enrolmentSubjectMissing': 'La persona o el programa de esta inscripción no existe.',
  'coaching.coachPersonMissing': 'El registro de persona del coach no existe.',
  'coaching.suggestionsForbidden':
    'Las sugerencias de coach son solo para la persona participante y los administradores.',
  'coaching.reasonLanguage': 'Habla {language}',
  'coaching.reasonHoursOverlap': '{hours, number} h semanales en común con su horario laboral',
  'coaching.reasonSpecialty': 'Especialista en {capability}',
  'coaching.reasonGoalFit': 'Encaja con su objetivo de {capability}',
  'coaching.reasonRating':
    '{average, number, ::.0} de {count, plural, one {# valoración} other {# valoraciones}}',
  'coaching.notCoachId': 'Esto no es un ID de coach.',
  'coaching.coachNotActive': 'Este coach no acepta clientes nuevos por el momento.',
  'coaching.coachFull': 'Este coach acaba de cubrir su última plaza. Elija otro coach.',
  'coaching.noSharedLanguage': 'Este coach no habla su idioma.',
  'coaching.enrolmentNotFound': 'Esta inscripción no existe.',
  'coaching.enrolmentClosed': 'Esta inscripción ya no admite la asignación de coach.',
  'coaching.alreadyMatched': 'Esta inscripción ya tiene coach.',
  'coaching.coachNotFound': 'Este coach no existe.',
  'coaching.ownCoach': 'No puede ser su propio coach.',

  'sessions.enrolmentNotFound': 'La inscripción no existe.',
  'sessions.enrolmentField':
    '`Enrolment.{field}` solo lo ven la persona participante, su coach, sus responsables y los administradores.',
  'sessions.notSessionId': 'Esto no es un ID de sesión.',
  'sessions.coachMissing': 'El coach de la sesión no existe.',
  'sessions.participantMissing': 'La persona participante de la sesión no existe.',
  'sessions.enrolmentMissing': 'La inscripción de la sesión no existe.',
  'sessions.coachOrParticipantMissing': 'El coach o la persona participante de la sesión no existe.',
  'sessions.feedbackForbidden':
    'La valoración de una sesión solo la ven la persona participante, el coach y los administradores.',
  'sessions.slotRangeOrder': '`to` debe ser posterior a `from`.',
  'sessions.slotRangeTooLong': 'Pida como máximo {days, number} días de franjas a la vez.',
  'sessions.capabilityNotFound': 'Una de las competencias no existe.',
  'calendar.summary': 'Coaching: {participant} con {coach}',
  'calendar.join': 'Unirse: {url}',
  'calendar.fallbackProgram': 'Coaching',
  'booking.slotTaken': 'Alguien acaba de reservar esta hora. Elija otra franja.',
  'booking.inPast': 'Esta hora ya ha pasado.',
  'booking.tooSoon': 'Esta hora está demasiado cerca: el programa exige más antelación.',
  'booking.beyondHorizon': 'Esta hora está demasiado lejos para reservarla todavía.',
  'booking.outsideAvailability': 'El coach no está disponible a esta hora.',
  'booking.participantBusy': 'Ya tiene una sesión a esta hora.',
  'booking.enrolmentNotActive': 'Solo se pueden reservar sesiones en una inscripción activa.',
  'booking.programNotRunning': 'Este programa no está en curso en este momento.',
  'booking.chooseCoachFirst': 'Elija un coach antes de reservar una sesión.',
  'booking.quotaUsed':
    '{count, plural, one {Ya se ha usado la única sesión de este programa.} other {Ya se han usado las # sesiones de este programa.}}',
  'booking.sessionNotYours': 'Esta sesión no existe o no es suya.',
  'booking.onlyBookedReschedule': 'Solo se puede cambiar de hora una sesión reservada.',
  'booking.tooLateToMove':
    'Las sesiones no se pueden mover en {hours, plural, one {la última hora} other {las últimas # horas}} antes de empezar; todavía puede cancelarla.',
  'booking.alreadyAtTime': 'La sesión ya es a esta hora.',
  'booking.reasonTooLong': 'El motivo puede tener como máximo {max, number} caracteres.',
  'booking.onlyBookedCancel': 'Solo se puede cancelar una sesión reservada.',
  'booking.alreadyStarted': 'Esta sesión ya ha empezado.',
  'booking.onlyCoachCloses': 'Solo el coach o un administrador puede registrar cómo fue una sesión.',
  'booking.onlyBookedClose': 'Solo una sesión reservada puede marcarse como realizada o perdida.',
  'booking.notStarted': 'Esta sesión aún no ha empezado.',

  'feedback.ratingRange': 'Valore la sesión del {min, number} al {max, number}.',
  'feedback.commentTooLong': 'El comentario puede tener como máximo {max, number} caracteres.',
  'feedback.tooManyCapabilities': 'Elija como máximo {max, number} competencias.',
  'feedback.alreadyRated': 'Ya ha valorado esta sesión.',
  'feedback.sessionNotYours': 'Esta sesión no existe o no le corresponde valorarla.',
  'feedback.notHeld': 'Solo se puede valorar una sesión que se haya celebrado.',

  'goals.unknownCapability': '«{code}» no es una competencia de esta organización.',
  'goals.archived': 'El objetivo está archivado; restáurelo primero.',
  'goals.sharedOnly':
    'Estos objetivos solo se comparten con el coach de la persona, sus responsables y los administradores.',
  'goals.tooManyMilestonesOnCreate': 'Un objetivo nuevo puede tener como máximo {max, number} hitos.',
  'goals.tooManyMilestones': 'Un objetivo puede tener como máximo {max, number} hitos.',
  'goals.milestoneNotFound': 'No hay ningún hito con este ID que pueda ver.',
  'goals.reorderMismatch': 'Indique cada hito de este objetivo exactamente una vez, en el nuevo orden.',
  'goals.titleRequired': 'Escriba un título.',
  'goals.titleTooLong':
    'Un título puede tener como máximo {max, number} caracteres; este tiene {length, number}.',
  'goals.textTooLong': 'Este texto puede tener como máximo {max, number} caracteres; tiene {length, number}.',
  'goals.progressRange': 'El progreso es un número entero del 0 al 100; se recibió {value, number}.',
  'goals.scaleRange': 'Indique un número entero del 1 al 5; se recibió {value, number}.',
  'goals.targetDatePast':
    'La fecha objetivo, {date, date, calendar}, ya ha pasado; elija el {today, date, calendar} o una fecha posterior.',
  'goals.completedIsFull': 'Un objetivo completado está al 100 %; omita el progreso o indique 100.',
  'goals.fullIsCompleted':
    'Un objetivo al 100 % está completado; reduzca su progreso para darle otro estado.',
  'goals.notFound': 'No hay ningún objetivo con este ID que pueda ver.',
  'goals.ownerOnly': 'Solo la persona propietaria del objetivo puede cambiarlo.',

  'viewer.preferencesRequired': 'Indique un idioma, una zona horaria o ambos.',
  'viewer.localeNotOffered': '{organisation} ofrece {offered}; «{locale}» no es uno de ellos.',
  'viewer.localeInvalid': 'Este idioma no es válido.',
  'viewer.timeZoneInvalid': 'Esta zona horaria no es válida.',

  'progress.participantOnly':
    'El progreso solo lo ven la persona participante, su responsable (si lo comparte) y su coach.',
  'progress.personOnly':
    'El progreso solo lo ven la propia persona, su responsable (si lo comparte) y su coach.',
  'progress.personNotFound': 'No hay ninguna persona con este ID en su organización.',
  'progress.enrolmentNotFound': 'No hay ninguna inscripción con este ID en su organización.',
  'progress.enrolmentOrPerson': 'Indique `enrolment` o `person`, no ambos.',
  'progress.enrolmentPersonGone': 'La persona de esta inscripción ya no existe.',
  'progress.enrolmentNotVisible': 'No hay ninguna inscripción con este ID que pueda ver.',
  'progress.participantDecides': 'Solo la persona participante decide si comparte su progreso.',
  'progress.capabilityGone': 'La competencia {code} ya no existe.',

  'analytics.unitNotFound': 'Esta unidad organizativa no existe en esta organización.',
  'analytics.adminsOnly': 'El mapa de calor es solo para administradores de programas y de la organización.',
  'analytics.ownProgramsOnly':
    'Los administradores de programa ven el mapa de calor de los programas que tienen asignados: elige uno de tus programas.',
  'analytics.ownSubtreeOnly':
    'Los responsables solo pueden ver el mapa de calor de su propia parte de la organización.',
  'analytics.depthRange': '`depth` debe estar entre 1 y {max, number}.',
  'analytics.periodFormat': '`period` debe ser un trimestre natural, como 2026-Q1.',
  'analytics.programNotFound': 'Este programa no existe en esta organización.',
  'analytics.unknownCapabilities': 'Códigos de competencia desconocidos: {codes}.',
  'analytics.csvUnit': 'Unidad',
  'analytics.csvKind': 'Tipo',
  'analytics.csvLevel': 'Nivel',
  'analytics.csvManagers': 'Responsables',
  'analytics.csvOrganisation': 'Organización',
  'analytics.csvSuppressed':
    '{reason, select, BELOW_MIN_GROUP_SIZE {oculto (por debajo del tamaño mínimo de grupo)} COMPLEMENTARY {oculto (complementario)} FILTER_REMAINDER {oculto (resto del filtro)} other {oculto}}',
  'reminder.greeting': 'Hola, {name}:',
  'reminder.invitation.subject': 'Sesión de coaching reservada: {when}',
  'reminder.invitation.body':
    'Su sesión de coaching con {other} está reservada para el {when}. El archivo de calendario adjunto la añade a su calendario; si la sesión cambia, recibirá uno nuevo.',
  'reminder.cancelled.subject': 'Sesión de coaching cancelada: {when}',
  'reminder.cancelled.body':
    'Su sesión de coaching con {other} del {when} se ha cancelado. El archivo de calendario adjunto la elimina de su calendario.',
  'reminder.dayBefore.subject': 'Mañana: coaching con {other} a las {time}',
  'reminder.hourBefore.subject': 'Dentro de una hora: coaching con {other}',
  'reminder.upcoming.body': 'Su sesión de coaching con {other} empieza el {when}.',
  'reminder.join': 'Unirse: {url}',
  'reminder.missed.subject': 'Su sesión de coaching no se realizó',
  'reminder.missed.body':
    'Su sesión de coaching con {other} del {when} se registró como no asistida. Puede reservar otra hora donde reservó esta.',
  'reminder.feedback.subject': '¿Qué tal su sesión con {other}?',
  'reminder.feedbackReminder.subject': 'Recordatorio: valore su sesión con {other}',
  'reminder.feedback.body':
    'Su sesión de coaching con {other} del {when} ha terminado. Valórela donde la reservó: lleva menos de un minuto y ayuda a su coach.',
  'reminder.signature': 'Coachwork: mensaje automático, las respuestas no se leen.',
  'reminder.programRespond.subject': 'Recordatorio: tu invitación a {program}',
  'reminder.programRespond.body':
    'Tienes una invitación al programa de coaching {program} y aún no has respondido. Acepta o rechaza donde reservas tus sesiones de coaching.',
  'reminder.programBook.subject': 'Recordatorio: reserva tu primera sesión en {program}',
  'reminder.programBook.body':
    'Participas en el programa de coaching {program} y aún no has reservado ninguna sesión. Reserva una donde reservas tus sesiones de coaching.',
  'reminder.pulseDue.subject':
    'Recordatorio: {ratings, plural, one {# evaluación 360 pendiente} other {# evaluaciones 360 pendientes}} hasta el {when}',
  'reminder.pulseDue.body':
    'Se te ha pedido {ratings, plural, one {una evaluación 360 que aún no has enviado} other {# evaluaciones 360 que aún no has enviado}}. Cada una lleva un par de minutos, donde respondes las encuestas 360:',
  'reminder.pulseDue.line':
    '- {program}: {ratings, plural, one {# evaluación, abierta} other {# evaluaciones, abiertas}} hasta el {when}',
  'reminder.pulseDue.anonymity':
    'Las respuestas de compañeros y colaboradores directos solo se muestran promediadas con las de otros evaluadores.',
  'webhooks.orgAdminsOnly': 'Solo los administradores de la organización gestionan los webhooks.',
  'webhooks.urlInvalid': 'Indique una URL https absoluta sin nombre de usuario, contraseña ni fragmento.',
  'webhooks.urlNotHttps': 'Los webhooks se entregan solo por https.',
  'webhooks.urlUnresolved': 'El nombre de host de la URL no se resuelve.',
  'webhooks.urlPrivate':
    'El host de la URL se resuelve a una dirección privada, de loopback o de enlace local; los webhooks solo van a direcciones públicas.',
  'webhooks.noEvents': 'Elija al menos un evento.',
  'webhooks.descriptionTooLong': 'La descripción puede tener como máximo {max, number} caracteres.',
  'webhooks.tooManySubscriptions':
    'Una organización puede tener como máximo {max, number} suscripciones de webhooks.',
  'webhooks.subscriptionNotFound': 'No existe esa suscripción de webhooks.',
  'webhooks.deliveryNotFound': 'No existe esa entrega de webhook.',
  'webhooks.deliveryNotFailed': 'Solo se puede repetir una entrega fallida.',
  'webhooks.subscriptionDisabled': 'La suscripción está desactivada: actívela antes de repetir.',
  'webhooks.disabled.subject': 'Se desactivaron los webhooks a {url}',
  'webhooks.disabled.body':
    'Coachwork dejó de enviar webhooks a {url} tras {failures, number} intentos fallidos seguidos desde {since}. Corrija el receptor, vuelva a activar la suscripción y repita las entregas fallidas desde el registro de entregas.',
  'coachDesk.rangeBackwards': 'El periodo debe terminar después de empezar.',
  'coachDesk.rangeTooLong': 'Pida como máximo {days, number} días cada vez.',
  'coachDesk.noteTooLong': 'Una nota puede tener como máximo {max, number} caracteres.',
  'coachDesk.tooManyCapabilities': 'Etiquete como máximo {max, number} competencias.',
  'coachDesk.sessionCancelled': 'Esta sesión se canceló; no hay nada que anotar.',
  'coachDesk.sessionNotStarted': 'Las notas pueden escribirse una vez empezada la sesión.',
  'coachDesk.coachesOnly': 'Solo los coaches fijan su disponibilidad.',
  'coachDesk.badWeekday': 'Un día de la semana es un número del 1 (lunes) al 7 (domingo).',
  'coachDesk.badTime': 'Escribe las horas como HH:MM en formato de 24 horas.',
  'coachDesk.windowBackwards': 'Una franja debe terminar después de empezar.',
  'coachDesk.windowsOverlap': 'Dos franjas del mismo día se solapan.',
  'coachDesk.tooManyWindows': 'Ofrece como máximo {max, number} franjas semanales.',
  'coachDesk.dayOffBackwards': 'Una ausencia debe terminar el mismo día en que empieza o después.',
  'coachDesk.tooManyDaysOff': 'Guarda como máximo {max, number} ausencias.',
  'coachDesk.reasonTooLong': 'Un motivo puede tener como máximo {max, number} caracteres.',
  'coachDesk.capacityRange': 'La capacidad es un número de clientes entre 0 y 200.',
  'programs.notYourProgram':
    'No gestiona este programa: pida a un administrador de la organización que le asigne.',
  'programs.createAdminsOnly': 'Los programas los crean los administradores de programa y de organización.',
  'programs.previewAdminsOnly':
    'La vista previa de la población es para administradores de programa y de organización.',
  'programs.assignAdminsOrgAdminsOnly':
    'Solo los administradores de la organización asignan administradores de programa.',
  'programs.organisationMissing': 'No se encontró su organización.',
  'programs.notProgramId': 'Esto no es un ID de programa.',
  'programs.notKpiId': 'Esto no es un ID de KPI.',
  'programs.kpiNotFound': 'Este programa no tiene ese KPI.',
  'programs.enrolmentNotFound': 'Esta inscripción no existe.',
  'programs.enrolmentNotInProgram': 'Esta persona no está inscrita en este programa.',
  'programs.tooManyEnrolments': 'Elige como máximo {max, number} personas.',
  'programs.noEnrolmentsChosen': 'Elige al menos una persona.',
  'programs.translationRequired': 'Indique el texto en al menos un idioma.',
  'programs.localeNotOffered': 'Su organización no ofrece el idioma {locale}.',
  'programs.localeTwice': 'El idioma {locale} aparece dos veces.',
  'programs.textLength': 'Use entre 1 y {max, number} caracteres.',
  'programs.numberRange': 'Introduzca un número entero de {min, number} a {max, number}.',
  'programs.notFinite': 'Introduzca un número.',
  'programs.languagesRequired': 'Elija al menos un idioma de coaching.',
  'programs.endsBeforeStart': 'La fecha de fin es anterior a la de inicio.',
  'programs.endsInPast': 'La fecha de fin del programa ya pasó: cámbiela antes de publicar.',
  'programs.tooManyFocus': 'Elija como máximo {max, number} competencias de enfoque.',
  'programs.tooManyKpis': 'Un programa tiene como máximo {max, number} KPI.',
  'programs.capabilityNotFound': 'Su organización no tiene la competencia {code}.',
  'programs.readOnlyInStatus': 'Un programa en estado {status} no se puede cambiar.',
  'programs.languagesOnlyAdded': 'Una vez publicado, solo se pueden añadir idiomas, no quitarlos.',
  'programs.quotaOnlyGrows':
    'Una vez publicado, la cuota de sesiones solo puede aumentar (ahora {current, number}).',
  'programs.sessionMinutesFixed': 'Una vez publicado, la duración de la sesión no puede cambiar.',
  'programs.startPassed': 'El programa ya comenzó: su fecha de inicio no puede cambiar.',
  'programs.capacityBelowParticipants':
    '{count, plural, one {# persona ya ocupa} other {# personas ya ocupan}} una plaza: la capacidad no puede ser menor.',
  'programs.cannot.publish': 'Solo un borrador se puede publicar; este programa está en {status}.',
  'programs.cannot.pause': 'Solo un programa activo se puede pausar; este está en {status}.',
  'programs.cannot.resume': 'Solo un programa en pausa se puede reanudar; este está en {status}.',
  'programs.cannot.close': 'Solo un programa activo o en pausa se puede cerrar; este está en {status}.',
  'programs.cannot.archive':
    'Solo un programa cerrado o un borrador sin publicar se puede archivar; este está en {status}.',
  'programs.notActive': 'Esto requiere un programa activo; este está en {status}.',
  'programs.populationEmpty':
    'Nadie coincide con la población objetivo: amplíe las reglas antes de publicar.',
  'programs.sessionsStillBooked':
    '{count, plural, one {# sesión sigue} other {# sesiones siguen}} reservadas en el futuro: cancélelas o realícelas antes de cerrar.',
  'programs.kpiDateInFuture': 'No se puede registrar un valor para un día que aún no ha llegado.',
  'programs.notInvited': 'Esta invitación ya se respondió ({status}).',
  'programs.enrolmentChangeNotAllowed': 'Una inscripción no puede pasar de {from} a {to}.',
  'programs.notAProgramAdmin': 'Esta persona no tiene el rol de administrador de programa.',
  'programs.alreadyAssigned': 'Esta persona ya gestiona este programa.',
  'programs.notAssigned': 'Esta persona no está asignada a este programa.',
  'programs.ruleTooManyEntries': 'Una regla contiene como máximo {max, number} entradas.',
  'programs.ruleNotOrgUnitId': 'Esto no es un ID de unidad organizativa.',
  'programs.ruleNotPersonId': 'Esto no es un ID de persona.',
  'programs.ruleUnknownOrgUnit': 'Su organización no tiene esa unidad organizativa.',
  'programs.ruleUnknownPerson': 'Esa persona no existe en su organización.',
  'programs.ruleDaysRange': 'Introduzca un número de días de 0 a {max, number}.',
  'programs.ruleDaysInverted': 'El máximo de días en el puesto es menor que el mínimo.',
  'programs.csvParticipant': 'Participante',
  'programs.csvOrgUnit': 'Unidad',
  'programs.csvStatus': 'Estado',
  'programs.csvCoach': 'Coach',
  'programs.csvSessionsUsed': 'Sesiones usadas',
  'programs.csvLastActivity': 'Última actividad',
  'programs.csvCount': 'Cantidad',
  'programs.csvWithheld': 'oculto (menos de {min, number})',
  'programs.csvKpi': 'KPI',
  'programs.csvUnit': 'Unidad de medida',
  'programs.csvBaseline': 'Línea base',
  'programs.csvTarget': 'Objetivo',
  'programs.csvRecordedOn': 'Registrado el',
  'programs.csvValue': 'Valor',
  'programs.csvWeek': 'Semana del',
  'programs.csvBooked': 'Reservadas',
  'programs.csvCompleted': 'Realizadas',
  'programs.csvCancelled': 'Canceladas',
  'programs.csvNoShows': 'Ausencias',
  'audit.orgAdminsOnly': 'El registro de auditoría es para administradores de la organización.',
  'provisioning.orgAdminsOnly': 'El aprovisionamiento es para administradores de la organización.',
  'provisioning.retentionDays':
    'La conservación es un número entero de días de 1 a 36500, o null para conservar siempre.',
  'provisioning.labelLength': 'La etiqueta tiene de 1 a 100 caracteres.',
  'provisioning.credentialNotFound': 'Esta credencial SCIM no existe.',
  'provisioning.alreadyRevoked': 'Esta credencial SCIM ya está revocada.',
  'provisioning.groupNameLength': 'El nombre del grupo tiene de 1 a 256 caracteres.',
  'provisioning.oneTarget': 'Asigne el grupo a una unidad organizativa o a un rol, no a ambos ni a ninguno.',
  'provisioning.orgUnitNotFound': 'Esta unidad organizativa no existe.',
  'provisioning.mappingNotFound': 'Esta asignación de grupo no existe.',
  'programMatching.notProposalId': 'Esto no es un ID de propuesta de emparejamiento.',
  'programMatching.proposalNotFound': 'Esta propuesta de emparejamiento no existe.',
  'programMatching.proposalNotOpen':
    'Esta propuesta está en {status}: solo una propuesta abierta puede cambiar.',
  'programMatching.proposalStale':
    '{count, plural, one {# pareja ya no encaja} other {# parejas ya no encajan}} (cambió la capacidad o el estado): vuelva a proponer.',
  'programMatching.notInProposal': 'Este participante no está en la propuesta.',
  'programMatching.enrolmentMoved': 'La inscripción de este participante cambió desde la propuesta.',
  'programMatching.coachNotInPool': 'Este coach no está en el grupo de coaches del programa.',
  'programMatching.noSharedLanguage': 'Este coach no habla el idioma del participante.',
  'programMatching.coachFull': 'Este coach no tiene plazas libres.',
  'programMatching.noEligibleCoach': 'Ningún otro coach que hable el idioma del participante tiene plaza.',
  'programMatching.enrolmentNotLive': 'Solo se puede emparejar a un participante aceptado o activo.',
  'programMatching.coachHasClients':
    'Este coach aún tiene {count, plural, one {# participante} other {# participantes}} en el programa: reasígnelos primero.',
  'programMatching.alreadyPaused': 'Este coach ya está en pausa.',
  'programMatching.notPaused': 'Solo se puede reincorporar a un coach en pausa.',
  'programMatching.notOnProbation':
    'Solo se puede cerrar el periodo de prueba de un coach que está en prueba.',
  'programMatching.coachNotYours': 'Este coach no participa en ninguno de sus programas.',
  'programMatching.proposalFailed':
    '{failure, select, PROGRAM_NOT_ACTIVE {El programa ya no estaba activo cuando se calculó la propuesta.} TIMED_OUT {El cálculo no terminó a tiempo.} other {No se pudo calcular la propuesta.}}',
  'programMatching.unmatched':
    '{reason, select, NO_SHARED_LANGUAGE {Ningún coach del grupo habla el idioma de esta persona.} NO_CAPACITY {Los coaches que hablan el idioma de esta persona no tienen plazas.} NO_ACTIVE_COACH {Ningún coach del grupo está activo.} EMPTY_POOL {El programa no tiene coaches.} CAPACITY_TAKEN_BY_OTHERS {Las plazas de los coaches adecuados fueron para participantes más compatibles.} other {Retirado de la propuesta a mano.}}',
  'lti.pageTitle': 'Coachwork en tu curso',
  'lti.refusedTitle': 'Coachwork no se pudo abrir desde este curso',
  'lti.refused':
    '{reason, select, LOGIN_PARAMETERS {La plataforma de aprendizaje inició el acceso sin los parámetros que exige LTI.} UNKNOWN_PLATFORM {Esta plataforma de aprendizaje no está registrada en Coachwork.} STATE {El acceso tardó demasiado o ya se usó. Vuelve a abrir la actividad.} SIGNATURE {No se pudo verificar la firma de la plataforma de aprendizaje.} ISSUER {El lanzamiento no procede de la plataforma que inició el acceso.} OTHER_PLATFORM {El lanzamiento procede de otra plataforma registrada distinta de la que inició el acceso.} AUDIENCE {El lanzamiento estaba destinado a otra herramienta.} AZP {El lanzamiento nombra a otra herramienta como parte autorizada.} EXPIRED {El lanzamiento ha caducado. Vuelve a abrir la actividad.} NONCE {El lanzamiento no responde a este acceso.} REPLAY {Este lanzamiento ya se usó. Vuelve a abrir la actividad.} VERSION {El lanzamiento usa una versión de LTI que Coachwork no admite.} MESSAGE_TYPE {La plataforma de aprendizaje envió un tipo de lanzamiento que Coachwork no admite.} DEPLOYMENT {Este despliegue de Coachwork no está registrado para la plataforma.} CLAIM {Al lanzamiento le falta información que exige LTI.} TARGET {El lanzamiento apunta a otra dirección distinta de aquella para la que se inició.} NO_PERSON {Tu cuenta del curso no está vinculada a ninguna persona en Coachwork.} ROLE {Solo el profesorado y el equipo de diseño del curso pueden colocar Coachwork en él.} other {El lanzamiento no es válido.}}',
  'lti.refusedHelp': 'Si vuelve a ocurrir, da esta referencia a la administración del curso: {reference}',
  'lti.sessionEnded': 'La sesión del curso terminó; vuelve a abrir la actividad.',
  'lti.orgAdminsOnly': 'Las plataformas LTI las gestionan los administradores de la organización.',
  'lti.platformTaken': 'Este emisor e ID de cliente ya están registrados.',
  'lti.invalidUrl': 'Introduce una URL https (http solo se acepta para localhost).',
  'lti.required': 'Este valor es obligatorio.',
  'lti.registrationNotFound': 'No existe ese registro LTI en esta organización.',
  'lti.keySource': 'Indica la URL JWKS de la plataforma o sus claves públicas, no ambas.',
  'lti.jwksInvalid':
    '{problem, select, JSON {Pega un JWK Set en JSON: un objeto con una lista "keys" no vacía.} SIZE {El conjunto de claves es demasiado grande: como máximo 10 claves y 20.000 caracteres.} PRIVATE {Esta es una clave privada: pega solo las claves públicas de la plataforma y considera la clave privada comprometida.} KID {Da a cada clave su propio "kid".} UNSUPPORTED {Solo se aceptan claves de firma RSA (RS256) y EC P-256 (ES256).} WEAK {Las claves RSA deben tener al menos 2048 bits.} other {No se pudo leer una clave como clave pública.}}',
  'lti.invalidDomain': 'Introduce un nombre de dominio como example.com.',
  'lti.adminsOnly':
    'Las listas de participantes de los cursos las leen los administradores de la organización y de los programas.',
  'lti.courseNotFound': 'Este curso no existe en esta organización.',
  'lti.rosterUnavailable':
    'La plataforma de aprendizaje no ofrece la lista de participantes de este curso (Names and Role Provisioning Services).',
  'xapi.statementNotFound': 'No hay ninguna declaración fallida con este ID en esta organización.',
  'xapi.replayTarget': 'Indique una declaración o pida todas las fallidas, no ambas cosas.',
  'xapi.agentNamingConflict':
    'Elija agentes por correo electrónico o nombres de agente con hash con clave, no ambos.',
  'xapi.orgAdminsOnly': 'El learning record store lo gestionan los administradores de la organización.',
  'xapi.required': 'Este valor es obligatorio.',
  'xapi.invalidUrl': 'Introduce el endpoint del LRS como una URL https.',
  'xapi.privateEndpoint':
    'El endpoint del LRS apunta a una dirección privada, a la que la pasarela no llama.',
  'xapi.invalidHomePage': 'Introduce la página de inicio de la organización como una URL https.',
  'xapi.invalidUsername': 'Introduce un nombre de usuario sin dos puntos, de 500 caracteres como máximo.',
  'xapi.invalidPassword': 'Introduce una contraseña de 1 a 1000 caracteres.',
  'xapi.passwordRequired': 'Indica la contraseña del LRS la primera vez que lo configures.',
  'xapi.notConfigured': 'Esta organización no tiene ningún LRS configurado.',
  'lti.pickerTitle': 'Colocar Coachwork en este curso',
  'lti.pickerWidget': 'Widget',
  'lti.widgetName':
    '{widget, select, goal_tracker {Seguimiento de objetivos} session_booker {Reserva de sesiones} progress_card {Tarjeta de progreso} viewer_badge {Resumen de coaching} other {Widget}}',
  'lti.pickerCapability': 'Solo objetivos de esta competencia',
  'lti.pickerAnyCapability': 'Todas las competencias',
  'lti.pickerLinkTitle': 'Título en el curso',
  'lti.pickerGraded': 'Enviar la consecución de objetivos al libro de calificaciones',
  'lti.pickerSubmit': 'Añadir al curso',
  'lti.pickerReturning': 'Volviendo al curso…',
  'wellbeing.ownAnswersOnly':
    'Tus respuestas de bienestar son solo tuyas: nadie más puede leerlas ni responder por ti.',
  'wellbeing.firstRange': 'Pide entre 1 y {max} respuestas.',
  'wellbeing.peopleOnly': 'Solo las personas pueden responder al pulso de bienestar.',
  'wellbeing.itemRange': 'Cada respuesta es un número del 1 al 5.',
  'wellbeing.alreadyAnswered': 'Ya has respondido al pulso de esta semana. El siguiente se abre el lunes.',
  'wellbeing.participantsOnly':
    'El pulso de bienestar es para personas inscritas en un programa de coaching.',
  'pulses.notPersonId': 'Esto no es el ID de una persona.',
  'pulses.requestNotFound': 'No se le pide evaluar a esta persona en esta fase.',
  'pulses.phaseNotOpen': 'Esta fase 360 aún no está abierta.',
  'pulses.phaseClosed': 'Esta fase 360 está cerrada: ya no se aceptan respuestas.',
  'pulses.alreadySubmitted': 'Ya ha enviado esta evaluación.',
  'pulses.capabilityNotRated': 'Esta competencia no se evalúa en este programa.',
  'pulses.scoreOffScale': 'Indique un número entero de {min, number} a {max, number}.',
  'pulses.capabilityTwice': 'Responda cada competencia una sola vez.',
  'pulses.answerMissing':
    '{count, plural, one {Queda una competencia} other {Quedan # competencias}} sin responder.',
  'pulses.limitsInvalid': 'Indique límites de 0 a {max, number}, con el mínimo no mayor que el máximo.',
  'pulses.programNotActive': 'Solo un programa activo recoge evaluaciones 360.',
  'pulses.opensInPast': 'Una fase no puede abrirse en el pasado.',
  'pulses.closesBeforeOpen': 'Una fase debe cerrarse después de abrirse.',
  'pulses.windowTooLong': 'Una fase puede estar abierta como máximo {days, number} días.',
  'pulses.cutoffOutsideWindow': 'El plazo para elegir evaluadores debe caer dentro de la fase.',
  'pulses.phaseTaken': 'Esta fase del programa ya se ha recogido.',
  'pulses.phaseNotFound': 'Este programa no tiene esa fase.',
  'pulses.phaseNotOpenToClose': 'Solo se puede cerrar una fase abierta.',
  'pulses.cutoffPassed': 'Ya no se pueden cambiar los evaluadores en esta fase.',
  'pulses.raterTwice': 'Nombre a cada persona una sola vez.',
  'pulses.notAReport': 'Esta persona no depende de usted.',
  'pulses.notAPeer': 'Esta persona no tiene el mismo responsable que usted.',
  'pulses.raterCount': 'Elija de {min, number} a {max, number} personas.',
  'coachQuality.orgAdminsOnly':
    'Los umbrales del periodo de prueba los fijan los administradores de la organización.',
  'coachQuality.ratingRange':
    'Indique una valoración de {min, number} a {max, number}, con un decimal como máximo.',
  'coachQuality.restoreBelowProbation':
    'La valoración que termina el periodo de prueba debe ser al menos la que lo inicia.',
  'coachQuality.countRange': 'Indique un número entero de {min, number} a {max, number}.',
  'coachQuality.minAboveWindow': 'Las valoraciones necesarias no pueden superar las que abarca la media.',
} as const satisfies Catalogue;
