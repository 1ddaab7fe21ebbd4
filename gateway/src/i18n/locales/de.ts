import type { Catalogue } from '../catalogue.js';

/** German. Keys, placeholders and `select`/`plural` keywords as in en.ts. */
export const de = {
  'auth.signInFirst':
    'Bitte zuerst anmelden: Senden Sie ein Embed-Token als `Authorization: Bearer <token>`.',
  'auth.bearerHeader': 'Der Authorization-Header muss `Bearer <embed token>` lauten.',
  'auth.tokenExpired':
    'Das Embed-Token ist am {expiredAt, time, instant} abgelaufen; fordern Sie beim Token-Provider ein neues an.',
  'auth.tokenExpiredEarlier': 'Das Embed-Token ist abgelaufen; fordern Sie beim Token-Provider ein neues an.',
  'auth.tokenSignature':
    'Die Signatur des Embed-Tokens passt zu keinem Signaturschlüssel, den das Gateway für seine `kid` kennt.',
  'auth.tokenLifetime':
    'Das Embed-Token gilt zu lange: `exp` darf höchstens {maxHours, number} Stunden nach `iat` liegen und `iat` nicht älter sein; stellen Sie ein kürzer gültiges aus.',
  'auth.tokenClaim':
    'Der Claim `{claim}` des Embed-Tokens {reason, select, missing {fehlt} other {ist ungültig}}.',
  'auth.tokenAlgorithm':
    'Das Embed-Token muss mit HS256 signiert sein, oder mit RS256, ES256 oder EdDSA und einem von der Organisation registrierten Schlüssel.',
  'auth.tokenMalformed': 'Das Embed-Token ist fehlerhaft: Erwartet wird ein signiertes JWT.',
  'auth.tokenNoKid': 'Dem Embed-Token fehlt der `kid`-Header, der seine Organisation nennt.',
  'auth.tokenOrgMismatch':
    'Der `org`-Claim des Embed-Tokens passt nicht zu der Organisation, die es signiert hat.',
  'auth.tokenSubjectNotId': 'Das Subjekt des Embed-Tokens ist keine Personen-ID.',
  'auth.tokenSubjectNotMember': 'Das Subjekt des Embed-Tokens gehört nicht zu seiner Organisation.',
  'auth.personGone': 'Die Person des Embed-Tokens gibt es in dieser Organisation nicht mehr.',
  'auth.organisationGone': 'Die Organisation des Embed-Tokens gibt es nicht mehr.',
  'auth.tokenUnknownKey':
    'Die `kid` des Embed-Tokens nennt keinen öffentlichen Schlüssel, den seine Organisation registriert hat (oder `org` nennt keine Organisation mit eigenen Schlüsseln).',
  'auth.tokenKeysUnavailable':
    'Die öffentlichen Schlüssel der Organisation konnten nicht von ihrer JWKS-URL abgerufen werden; versuchen Sie es gleich noch einmal.',
  'auth.serviceTokenInvalid':
    'Das Zugriffstoken ist unbekannt oder abgelaufen, oder sein Dienstkonto wurde widerrufen; holen Sie ein neues bei /oauth/token.',
  'http.originNotAllowed': 'Der Ursprung {origin} darf diese Organisation nicht einbetten.',
  'http.methodNotAllowed': '{method} wird auf /graphql nicht unterstützt; verwenden Sie GET oder POST.',
  'http.bodyTooLarge': 'Der Request-Body ist größer als {limit, number} Bytes.',
  'http.invalidJson': 'Der Request-Body ist kein gültiges JSON.',
  'http.batchTooLarge':
    'Ein gebündelter Request darf höchstens {max, number} Operationen enthalten; dieser hat {count, number}.',
  'limits.tooCostly':
    'Dieser Request würde {cost, number} Punkte kosten; ein Request darf höchstens {max, number} kosten. Fordern Sie kleinere Seiten (`first`), weniger Felder oder weniger Operationen an.',
  'limits.rateLimited':
    'Zu viele Requests: dieser kostet {cost, number} Punkte, verfügbar sind {available, number}. Versuchen Sie es in {seconds, plural, one {# Sekunde} other {# Sekunden}} erneut.',
  'limits.responseTooLarge':
    'Die Antwort würde {limit, number} Bytes überschreiten; fordern Sie kleinere Seiten (`first`) oder weniger Felder an.',
  'http.internal':
    'Interner Serverfehler. Das Gateway hat die Details unter der x-request-id dieser Antwort protokolliert.',

  'access.peopleDirectoryAdminsOnly':
    'Die Liste des Personenverzeichnisses ist Programm- und Organisationsadmins vorbehalten.',
  'access.enrolmentListAdminsOnly':
    'Die Teilnehmerliste eines Programms ist Programm- und Organisationsadmins vorbehalten.',
  'access.bulkMatchingAdminsOnly': 'Die Sammelzuordnung ist Programm- und Organisationsadmins vorbehalten.',
  'access.personalField': 'Sie dürfen `{field}` für diese Person nicht sehen.',
  'access.serviceAccountScope':
    'Ein Dienstkonto darf `{field}` nicht lesen: Seine Scopes decken es nicht ab, und Dienstkonten sehen nie persönliche Coaching-Daten.',
  'access.serviceAccountMutation':
    'Ein Dienstkonto darf nur die Mutationen ausführen, die seine Scopes erlauben (manage-programs: Einrichtung, Lebenszyklus, Einladungen, Teilnahmen, Coach-Pool und Matching eines Programms).',
  'integrations.orgAdminsOnly':
    'Nur Organisationsadmins verwalten Schlüssel, Identitätsanbieter und Dienstkonten.',
  'integrations.keyRejected':
    'Der Schlüssel wurde nicht registriert: {problem, select, private {das ist ein privater Schlüssel; registrieren Sie seinen öffentlichen Schlüssel und ersetzen Sie den privaten, der jetzt offengelegt ist} unreadable {er ist weder ein JWK noch ein öffentlicher PEM-Schlüssel} mismatch {er ist kein Schlüssel für den gewählten Algorithmus} weak {RSA-Schlüssel brauchen mindestens 2048 Bit} other {er ist nicht verwendbar}}.',
  'integrations.kidInvalid': 'Eine `kid` besteht aus 1–128 Buchstaben, Ziffern oder `._:-`.',
  'integrations.kidTaken':
    'Die Organisation hat schon einen Schlüssel mit dieser `kid`; eine Rotation verwendet eine neue.',
  'integrations.urlInvalid': 'Verwenden Sie eine https-URL (http nur im Entwicklungsmodus).',
  'integrations.urlPrivate':
    'Der Host der URL löst zu einer privaten, Loopback- oder Link-Local-Adresse auf; das Gateway ruft nur öffentliche Adressen auf.',
  'integrations.nameInvalid': 'Der Name eines Dienstkontos hat 1–100 Zeichen.',
  'integrations.scopesRequired': 'Geben Sie dem Dienstkonto mindestens einen Scope.',
  'integrations.audienceRequired': 'Geben Sie die Client-ID an, für die die ID-Tokens ausgestellt werden.',

  'core.tooManyIds': '`ids` darf höchstens {max, number} IDs enthalten.',
  'core.badCursor': '`after` ist kein Cursor, den diese Verbindung geliefert hat.',
  'core.pageSize': '`first` muss zwischen 0 und {max, number} liegen.',
  'core.wrongIdType': '`{argument}` ist keine ID vom Typ {type}.',

  'programs.enrolmentPersonMissing': 'Die Person dieser Anmeldung existiert nicht.',
  'programs.enrolmentProgramMissing': 'Das Programm dieser Anmeldung existiert nicht.',
  'programs.notEnrolmentId': 'Das ist keine Anmeldungs-ID.',
  'programs.enrolmentNotYours': 'Diese Anmeldung existiert nicht oder gehört nicht Ihnen.',
  'programs.programNotFound': 'Dieses Programm existiert nicht.',

  'coaching.coachPrivateField': '`Coach.{field}` sehen nur der Coach selbst und Admins.',
  'coaching.enrolmentSubjectMissing': 'Die Person oder das Programm dieser Anmeldung existiert nicht.',
  'coaching.coachPersonMissing': 'Der Personendatensatz des Coaches existiert nicht.',
  'coaching.suggestionsForbidden': 'Coach-Vorschläge sind nur für die teilnehmende Person und Admins.',
  'coaching.reasonLanguage': 'Spricht {language}',
  'coaching.reasonHoursOverlap': '{hours, number} Std. pro Woche Überschneidung mit Ihren Arbeitszeiten',
  'coaching.reasonSpecialty': 'Spezialisiert auf {capability}',
  'coaching.reasonGoalFit': 'Passt zu Ihrem Ziel: {capability}',
  'coaching.reasonRating':
    '{average, number, ::.0} aus {count, plural, one {# Bewertung} other {# Bewertungen}}',
  'coaching.notCoachId': 'Das ist keine Coach-ID.',
  'coaching.coachNotActive': 'Dieser Coach nimmt derzeit keine neuen Klientinnen und Klienten an.',
  'coaching.coachFull':
    'Dieser Coach hat gerade den letzten freien Platz vergeben. Bitte wählen Sie einen anderen Coach.',
  'coaching.noSharedLanguage': 'Dieser Coach spricht Ihre Sprache nicht.',
  'coaching.enrolmentNotFound': 'Diese Anmeldung existiert nicht.',
  'coaching.enrolmentClosed': 'Für diese Anmeldung ist keine Coach-Zuordnung mehr möglich.',
  'coaching.alreadyMatched': 'Diese Anmeldung hat bereits einen Coach.',
  'coaching.coachNotFound': 'Diesen Coach gibt es nicht.',
  'coaching.ownCoach': 'Sie können nicht Ihr eigener Coach sein.',

  'sessions.enrolmentNotFound': 'Die Anmeldung existiert nicht.',
  'sessions.enrolmentField':
    '`Enrolment.{field}` sehen nur die teilnehmende Person, ihr Coach, ihre Führungskräfte und Admins.',
  'sessions.notSessionId': 'Das ist keine Sitzungs-ID.',
  'sessions.coachMissing': 'Der Coach dieser Sitzung existiert nicht.',
  'sessions.participantMissing': 'Die teilnehmende Person dieser Sitzung existiert nicht.',
  'sessions.enrolmentMissing': 'Die Anmeldung dieser Sitzung existiert nicht.',
  'sessions.coachOrParticipantMissing':
    'Der Coach oder die teilnehmende Person dieser Sitzung existiert nicht.',
  'sessions.feedbackForbidden':
    'Das Feedback zu einer Sitzung sehen nur die teilnehmende Person, der Coach und Admins.',
  'sessions.slotRangeOrder': '`to` muss nach `from` liegen.',
  'sessions.slotRangeTooLong': 'Fragen Sie höchstens {days, number} Tage an Terminen auf einmal ab.',
  'sessions.capabilityNotFound': 'Eine der Kompetenzen existiert nicht.',
  'calendar.summary': 'Coaching: {participant} mit {coach}',
  'calendar.join': 'Teilnehmen: {url}',
  'calendar.fallbackProgram': 'Coaching',
  'booking.slotTaken': 'Dieser Termin wurde gerade vergeben. Bitte wählen Sie einen anderen.',
  'booking.inPast': 'Dieser Zeitpunkt liegt in der Vergangenheit.',
  'booking.tooSoon': 'Dieser Termin ist zu kurzfristig: Das Programm verlangt mehr Vorlauf.',
  'booking.beyondHorizon': 'Dieser Termin liegt zu weit in der Zukunft, um ihn schon zu buchen.',
  'booking.outsideAvailability': 'Der Coach ist zu dieser Zeit nicht verfügbar.',
  'booking.participantBusy': 'Sie haben zu dieser Zeit bereits eine Sitzung.',
  'booking.enrolmentNotActive': 'Sitzungen können nur in einer aktiven Anmeldung gebucht werden.',
  'booking.programNotRunning': 'Dieses Programm läuft derzeit nicht.',
  'booking.chooseCoachFirst': 'Wählen Sie einen Coach, bevor Sie eine Sitzung buchen.',
  'booking.quotaUsed':
    '{count, plural, one {Die eine Sitzung dieses Programms ist bereits genutzt.} other {Alle # Sitzungen dieses Programms sind bereits genutzt.}}',
  'booking.sessionNotYours': 'Diese Sitzung existiert nicht oder gehört nicht Ihnen.',
  'booking.onlyBookedReschedule': 'Nur eine gebuchte Sitzung kann verschoben werden.',
  'booking.tooLateToMove':
    'In {hours, plural, one {der letzten Stunde} other {den letzten # Stunden}} vor Beginn können Sitzungen nicht mehr verschoben werden; absagen können Sie noch.',
  'booking.alreadyAtTime': 'Die Sitzung findet bereits zu dieser Zeit statt.',
  'booking.reasonTooLong': 'Der Grund darf höchstens {max, number} Zeichen lang sein.',
  'booking.onlyBookedCancel': 'Nur eine gebuchte Sitzung kann abgesagt werden.',
  'booking.alreadyStarted': 'Diese Sitzung hat bereits begonnen.',
  'booking.onlyCoachCloses': 'Nur der Coach oder ein Admin kann festhalten, wie eine Sitzung verlaufen ist.',
  'booking.onlyBookedClose':
    'Nur eine gebuchte Sitzung kann als stattgefunden oder versäumt markiert werden.',
  'booking.notStarted': 'Diese Sitzung hat noch nicht begonnen.',

  'feedback.ratingRange': 'Bewerten Sie die Sitzung mit {min, number} bis {max, number}.',
  'feedback.commentTooLong': 'Der Kommentar darf höchstens {max, number} Zeichen lang sein.',
  'feedback.tooManyCapabilities': 'Wählen Sie höchstens {max, number} Kompetenzen.',
  'feedback.alreadyRated': 'Sie haben diese Sitzung bereits bewertet.',
  'feedback.sessionNotYours': 'Diese Sitzung existiert nicht oder Sie können sie nicht bewerten.',
  'feedback.notHeld': 'Nur eine Sitzung, die stattgefunden hat, kann bewertet werden.',

  'goals.unknownCapability': '„{code}“ ist keine Kompetenz dieser Organisation.',
  'goals.archived': 'Das Ziel ist archiviert; stellen Sie es zuerst wieder her.',
  'goals.sharedOnly':
    'Diese Ziele sind nur für den Coach, die Führungskräfte der Person und Admins freigegeben.',
  'goals.tooManyMilestonesOnCreate': 'Ein neues Ziel darf höchstens {max, number} Meilensteine haben.',
  'goals.tooManyMilestones': 'Ein Ziel darf höchstens {max, number} Meilensteine haben.',
  'goals.milestoneNotFound': 'Es gibt keinen für Sie sichtbaren Meilenstein mit dieser ID.',
  'goals.reorderMismatch':
    'Führen Sie jeden Meilenstein dieses Ziels genau einmal in der neuen Reihenfolge auf.',
  'goals.titleRequired': 'Geben Sie einen Titel ein.',
  'goals.titleTooLong': 'Ein Titel darf höchstens {max, number} Zeichen haben; dieser hat {length, number}.',
  'goals.textTooLong': 'Hier sind höchstens {max, number} Zeichen erlaubt; es sind {length, number}.',
  'goals.progressRange': 'Der Fortschritt ist eine ganze Zahl von 0 bis 100; erhalten: {value, number}.',
  'goals.scaleRange': 'Geben Sie eine ganze Zahl von 1 bis 5 an; erhalten: {value, number}.',
  'goals.targetDatePast':
    'Das Zieldatum {date, date, calendar} liegt in der Vergangenheit; wählen Sie den {today, date, calendar} oder später.',
  'goals.completedIsFull':
    'Ein abgeschlossenes Ziel steht bei 100 %; lassen Sie den Fortschritt weg oder geben Sie 100 an.',
  'goals.fullIsCompleted':
    'Ein Ziel bei 100 % ist abgeschlossen; senken Sie den Fortschritt, um ihm einen anderen Status zu geben.',
  'goals.notFound': 'Es gibt kein für Sie sichtbares Ziel mit dieser ID.',
  'goals.ownerOnly': 'Nur die Person, der das Ziel gehört, kann es ändern.',

  'viewer.preferencesRequired': 'Geben Sie eine Sprache, eine Zeitzone oder beides an.',
  'viewer.localeNotOffered': '{organisation} bietet {offered} an; „{locale}“ gehört nicht dazu.',
  'viewer.localeInvalid': 'Diese Sprache ist nicht gültig.',
  'viewer.timeZoneInvalid': 'Diese Zeitzone ist nicht gültig.',

  'progress.participantOnly':
    'Den Fortschritt sehen nur die teilnehmende Person, ihre Führungskraft (wenn sie ihn teilt) und ihr Coach.',
  'progress.personOnly':
    'Den Fortschritt sehen nur die Person selbst, ihre Führungskraft (wenn sie ihn teilt) und ihr Coach.',
  'progress.personNotFound': 'In Ihrer Organisation gibt es keine Person mit dieser ID.',
  'progress.enrolmentNotFound': 'In Ihrer Organisation gibt es keine Anmeldung mit dieser ID.',
  'progress.enrolmentOrPerson': 'Geben Sie `enrolment` oder `person` an, nicht beides.',
  'progress.enrolmentPersonGone': 'Die Person dieser Anmeldung gibt es nicht mehr.',
  'progress.enrolmentNotVisible': 'Es gibt keine für Sie sichtbare Anmeldung mit dieser ID.',
  'progress.participantDecides': 'Nur die teilnehmende Person entscheidet, ob sie ihren Fortschritt teilt.',
  'progress.capabilityGone': 'Die Kompetenz {code} gibt es nicht mehr.',

  'analytics.unitNotFound': 'Diese Organisationseinheit gibt es in dieser Organisation nicht.',
  'analytics.adminsOnly': 'Die Heatmap ist Programm- und Organisationsadmins vorbehalten.',
  'analytics.ownProgramsOnly':
    'Programmverantwortliche sehen die Heatmap der ihnen zugewiesenen Programme: Wählen Sie eines Ihrer Programme.',
  'analytics.ownSubtreeOnly': 'Führungskräfte sehen die Heatmap nur für ihren eigenen Teil der Organisation.',
  'analytics.depthRange': '`depth` muss zwischen 1 und {max, number} liegen.',
  'analytics.periodFormat': '`period` muss ein Kalenderquartal sein, etwa 2026-Q1.',
  'analytics.programNotFound': 'Dieses Programm gibt es in dieser Organisation nicht.',
  'analytics.unknownCapabilities': 'Unbekannte Kompetenzcodes: {codes}.',
  'analytics.csvUnit': 'Einheit',
  'analytics.csvKind': 'Art',
  'analytics.csvLevel': 'Ebene',
  'analytics.csvManagers': 'Führungskräfte',
  'analytics.csvOrganisation': 'Organisation',
  'analytics.csvSuppressed':
    '{reason, select, BELOW_MIN_GROUP_SIZE {ausgeblendet (unter der Mindestgruppengröße)} COMPLEMENTARY {ausgeblendet (komplementär)} FILTER_REMAINDER {ausgeblendet (Filterrest)} other {ausgeblendet}}',
  'reminder.greeting': 'Guten Tag {name},',
  'reminder.invitation.subject': 'Coaching-Termin gebucht: {when}',
  'reminder.invitation.body':
    'Ihr Coaching-Termin mit {other} ist für {when} gebucht. Die angehängte Kalenderdatei trägt ihn in Ihren Kalender ein; wird der Termin verschoben, folgt eine neue.',
  'reminder.cancelled.subject': 'Coaching-Termin abgesagt: {when}',
  'reminder.cancelled.body':
    'Ihr Coaching-Termin mit {other} am {when} wurde abgesagt. Die angehängte Kalenderdatei entfernt ihn aus Ihrem Kalender.',
  'reminder.dayBefore.subject': 'Morgen: Coaching mit {other} um {time}',
  'reminder.hourBefore.subject': 'In einer Stunde: Coaching mit {other}',
  'reminder.upcoming.body': 'Ihr Coaching-Termin mit {other} beginnt am {when}.',
  'reminder.join': 'Teilnehmen: {url}',
  'reminder.missed.subject': 'Ihr Coaching-Termin wurde versäumt',
  'reminder.missed.body':
    'Ihr Coaching-Termin mit {other} am {when} wurde als versäumt erfasst. Sie können dort, wo Sie ihn gebucht haben, einen neuen Termin buchen.',
  'reminder.feedback.subject': 'Wie war Ihr Termin mit {other}?',
  'reminder.feedbackReminder.subject': 'Erinnerung: Bewerten Sie Ihren Termin mit {other}',
  'reminder.feedback.body':
    'Ihr Coaching-Termin mit {other} am {when} hat stattgefunden. Bitte bewerten Sie ihn dort, wo Sie ihn gebucht haben: Es dauert weniger als eine Minute und hilft Ihrem Coach.',
  'reminder.signature': 'Coachwork: eine automatische Nachricht, Antworten werden nicht gelesen.',
  'reminder.programRespond.subject': 'Erinnerung: Ihre Einladung zu {program}',
  'reminder.programRespond.body':
    'Sie sind zum Coaching-Programm {program} eingeladen und haben noch nicht geantwortet. Bitte nehmen Sie an oder lehnen Sie ab, dort wo Sie Coaching-Termine buchen.',
  'reminder.programBook.subject': 'Erinnerung: Buchen Sie Ihren ersten Termin in {program}',
  'reminder.programBook.body':
    'Sie nehmen am Coaching-Programm {program} teil und haben noch keinen Termin gebucht. Bitte buchen Sie einen, dort wo Sie Coaching-Termine buchen.',
  'reminder.pulseDue.subject':
    'Erinnerung: {ratings, plural, one {# 360°-Bewertung} other {# 360°-Bewertungen}} bis {when} abzugeben',
  'reminder.pulseDue.body':
    'Sie wurden um {ratings, plural, one {eine 360°-Bewertung gebeten, die} other {# 360°-Bewertungen gebeten, die}} noch nicht eingegangen {ratings, plural, one {ist} other {sind}}. Jede dauert ein paar Minuten, dort, wo Sie 360°-Umfragen beantworten:',
  'reminder.pulseDue.line':
    '- {program}: {ratings, plural, one {# Bewertung} other {# Bewertungen}}, offen bis {when}',
  'reminder.pulseDue.anonymity':
    'Antworten von Kolleginnen, Kollegen und direkt Unterstellten werden immer nur gemittelt mit anderen Bewertenden gezeigt.',
  'webhooks.orgAdminsOnly': 'Nur Organisationsadmins verwalten Webhooks.',
  'webhooks.urlInvalid': 'Geben Sie eine absolute https-URL ohne Benutzername, Passwort oder Fragment an.',
  'webhooks.urlNotHttps': 'Webhooks werden nur über https zugestellt.',
  'webhooks.urlUnresolved': 'Der Hostname der URL lässt sich nicht auflösen.',
  'webhooks.urlPrivate':
    'Der Host der URL löst sich in eine private, Loopback- oder Link-Local-Adresse auf; Webhooks gehen nur an öffentliche Adressen.',
  'webhooks.noEvents': 'Wählen Sie mindestens ein Ereignis.',
  'webhooks.descriptionTooLong': 'Die Beschreibung darf höchstens {max, number} Zeichen lang sein.',
  'webhooks.tooManySubscriptions':
    'Eine Organisation kann höchstens {max, number} Webhook-Abonnements haben.',
  'webhooks.subscriptionNotFound': 'Dieses Webhook-Abonnement gibt es nicht.',
  'webhooks.deliveryNotFound': 'Diese Webhook-Zustellung gibt es nicht.',
  'webhooks.deliveryNotFailed': 'Nur eine fehlgeschlagene Zustellung kann wiederholt werden.',
  'webhooks.subscriptionDisabled': 'Das Abonnement ist deaktiviert: Aktivieren Sie es vor dem Wiederholen.',
  'webhooks.disabled.subject': 'Webhooks an {url} wurden deaktiviert',
  'webhooks.disabled.body':
    'Coachwork sendet keine Webhooks mehr an {url}, nach {failures, number} fehlgeschlagenen Versuchen in Folge seit {since}. Beheben Sie den Fehler beim Empfänger, aktivieren Sie das Abonnement wieder und wiederholen Sie die fehlgeschlagenen Zustellungen im Zustellprotokoll.',
  'coachDesk.rangeBackwards': 'Der Zeitraum muss nach seinem Beginn enden.',
  'coachDesk.rangeTooLong': 'Fragen Sie höchstens {days, number} Tage auf einmal ab.',
  'coachDesk.noteTooLong': 'Eine Notiz darf höchstens {max, number} Zeichen lang sein.',
  'coachDesk.tooManyCapabilities': 'Markieren Sie höchstens {max, number} Kompetenzen.',
  'coachDesk.sessionCancelled': 'Dieser Termin wurde abgesagt; es gibt nichts zu notieren.',
  'coachDesk.sessionNotStarted': 'Notizen können geschrieben werden, sobald der Termin begonnen hat.',
  'coachDesk.coachesOnly': 'Nur Coaches legen ihre Verfügbarkeit fest.',
  'coachDesk.badWeekday': 'Ein Wochentag ist eine Zahl von 1 (Montag) bis 7 (Sonntag).',
  'coachDesk.badTime': 'Schreiben Sie Uhrzeiten als HH:MM im 24-Stunden-Format.',
  'coachDesk.windowBackwards': 'Ein Zeitfenster muss nach seinem Beginn enden.',
  'coachDesk.windowsOverlap': 'Zwei Zeitfenster am selben Tag überschneiden sich.',
  'coachDesk.tooManyWindows': 'Bieten Sie höchstens {max, number} wöchentliche Zeitfenster an.',
  'coachDesk.dayOffBackwards': 'Eine Abwesenheit muss am ersten Tag oder danach enden.',
  'coachDesk.tooManyDaysOff': 'Behalten Sie höchstens {max, number} Abwesenheiten.',
  'coachDesk.reasonTooLong': 'Ein Grund darf höchstens {max, number} Zeichen lang sein.',
  'coachDesk.capacityRange': 'Die Kapazität ist eine Anzahl von Klienten zwischen 0 und 200.',
  'programs.notYourProgram':
    'Sie verwalten dieses Programm nicht: Bitten Sie eine Organisationsadministration, Sie ihm zuzuweisen.',
  'programs.createAdminsOnly': 'Programme werden von Programm- und Organisationsadministratoren angelegt.',
  'programs.previewAdminsOnly':
    'Die Vorschau der Zielgruppe ist Programm- und Organisationsadministratoren vorbehalten.',
  'programs.assignAdminsOrgAdminsOnly': 'Nur Organisationsadministratoren weisen Programmadministratoren zu.',
  'programs.organisationMissing': 'Ihre Organisation wurde nicht gefunden.',
  'programs.notProgramId': 'Das ist keine Programm-ID.',
  'programs.notKpiId': 'Das ist keine KPI-ID.',
  'programs.kpiNotFound': 'Dieses Programm hat keinen solchen KPI.',
  'programs.enrolmentNotFound': 'Diese Anmeldung existiert nicht.',
  'programs.enrolmentNotInProgram': 'Diese Person ist nicht in diesem Programm angemeldet.',
  'programs.tooManyEnrolments': 'Wählen Sie höchstens {max, number} Personen.',
  'programs.noEnrolmentsChosen': 'Wählen Sie mindestens eine Person.',
  'programs.translationRequired': 'Geben Sie den Text in mindestens einer Sprache an.',
  'programs.localeNotOffered': 'Ihre Organisation bietet die Sprache {locale} nicht an.',
  'programs.localeTwice': 'Die Sprache {locale} ist doppelt angegeben.',
  'programs.textLength': 'Verwenden Sie 1 bis {max, number} Zeichen.',
  'programs.numberRange': 'Geben Sie eine ganze Zahl von {min, number} bis {max, number} ein.',
  'programs.notFinite': 'Geben Sie eine Zahl ein.',
  'programs.languagesRequired': 'Wählen Sie mindestens eine Coaching-Sprache.',
  'programs.endsBeforeStart': 'Das Enddatum liegt vor dem Startdatum.',
  'programs.endsInPast':
    'Das Enddatum des Programms ist vorbei: Verschieben Sie es vor der Veröffentlichung.',
  'programs.tooManyFocus': 'Wählen Sie höchstens {max, number} Schwerpunkt-Kompetenzen.',
  'programs.tooManyKpis': 'Ein Programm hat höchstens {max, number} KPIs.',
  'programs.capabilityNotFound': 'Ihre Organisation hat keine Kompetenz {code}.',
  'programs.readOnlyInStatus': 'Ein Programm im Status {status} kann nicht geändert werden.',
  'programs.languagesOnlyAdded':
    'Nach der Veröffentlichung können Sprachen nur hinzugefügt, nicht entfernt werden.',
  'programs.quotaOnlyGrows':
    'Nach der Veröffentlichung kann das Sitzungskontingent nur steigen (derzeit {current, number}).',
  'programs.sessionMinutesFixed':
    'Nach der Veröffentlichung kann die Sitzungsdauer nicht mehr geändert werden.',
  'programs.startPassed': 'Das Programm hat begonnen: Das Startdatum kann nicht mehr verschoben werden.',
  'programs.capacityBelowParticipants':
    '{count, plural, one {# Person hat} other {# Personen haben}} bereits einen Platz: Die Kapazität kann nicht darunter liegen.',
  'programs.cannot.publish': 'Nur ein Entwurf kann veröffentlicht werden; dieses Programm ist {status}.',
  'programs.cannot.pause': 'Nur ein aktives Programm kann pausiert werden; dieses ist {status}.',
  'programs.cannot.resume': 'Nur ein pausiertes Programm kann fortgesetzt werden; dieses ist {status}.',
  'programs.cannot.close':
    'Nur ein aktives oder pausiertes Programm kann abgeschlossen werden; dieses ist {status}.',
  'programs.cannot.archive':
    'Nur ein abgeschlossenes Programm oder ein unveröffentlichter Entwurf kann archiviert werden; dieses ist {status}.',
  'programs.notActive': 'Dafür muss das Programm aktiv sein; es ist {status}.',
  'programs.populationEmpty':
    'Niemand entspricht der Zielgruppe: Erweitern Sie die Regeln vor der Veröffentlichung.',
  'programs.sessionsStillBooked':
    '{count, plural, one {# Sitzung ist} other {# Sitzungen sind}} noch für die Zukunft gebucht: Sagen Sie sie vor dem Abschluss ab oder führen Sie sie durch.',
  'programs.kpiDateInFuture': 'Für einen Tag in der Zukunft kann kein Wert erfasst werden.',
  'programs.notInvited': 'Diese Einladung wurde bereits beantwortet ({status}).',
  'programs.enrolmentChangeNotAllowed': 'Eine Anmeldung kann nicht von {from} zu {to} wechseln.',
  'programs.notAProgramAdmin': 'Diese Person hat nicht die Rolle Programmadministration.',
  'programs.alreadyAssigned': 'Diese Person verwaltet dieses Programm bereits.',
  'programs.notAssigned': 'Diese Person ist diesem Programm nicht zugewiesen.',
  'programs.ruleTooManyEntries': 'Eine Regel enthält höchstens {max, number} Einträge.',
  'programs.ruleNotOrgUnitId': 'Das ist keine Organisationseinheits-ID.',
  'programs.ruleNotPersonId': 'Das ist keine Personen-ID.',
  'programs.ruleUnknownOrgUnit': 'Ihre Organisation hat keine solche Organisationseinheit.',
  'programs.ruleUnknownPerson': 'In Ihrer Organisation gibt es diese Person nicht.',
  'programs.ruleDaysRange': 'Geben Sie eine Anzahl Tage von 0 bis {max, number} ein.',
  'programs.ruleDaysInverted': 'Die Höchstzahl der Tage in der Rolle liegt unter der Mindestzahl.',
  'programs.csvParticipant': 'Teilnehmer:in',
  'programs.csvOrgUnit': 'Organisationseinheit',
  'programs.csvStatus': 'Status',
  'programs.csvCoach': 'Coach',
  'programs.csvSessionsUsed': 'Genutzte Sitzungen',
  'programs.csvLastActivity': 'Letzte Aktivität',
  'programs.csvCount': 'Anzahl',
  'programs.csvWithheld': 'zurückgehalten (weniger als {min, number})',
  'programs.csvKpi': 'KPI',
  'programs.csvUnit': 'Einheit',
  'programs.csvBaseline': 'Ausgangswert',
  'programs.csvTarget': 'Zielwert',
  'programs.csvRecordedOn': 'Erfasst am',
  'programs.csvValue': 'Wert',
  'programs.csvWeek': 'Woche ab',
  'programs.csvBooked': 'Gebucht',
  'programs.csvCompleted': 'Durchgeführt',
  'programs.csvCancelled': 'Abgesagt',
  'programs.csvNoShows': 'Nicht erschienen',
  'audit.orgAdminsOnly': 'Das Änderungsprotokoll ist Organisationsadministratoren vorbehalten.',
  'provisioning.orgAdminsOnly': 'Die Bereitstellung ist Organisationsadministratoren vorbehalten.',
  'provisioning.retentionDays':
    'Die Aufbewahrungsdauer ist eine ganze Zahl von Tagen zwischen 1 und 36500, oder null für unbegrenzt.',
  'provisioning.labelLength': 'Die Bezeichnung hat 1 bis 100 Zeichen.',
  'provisioning.credentialNotFound': 'Diese SCIM-Zugangskennung gibt es nicht.',
  'provisioning.alreadyRevoked': 'Diese SCIM-Zugangskennung ist bereits widerrufen.',
  'provisioning.groupNameLength': 'Der Gruppenname hat 1 bis 256 Zeichen.',
  'provisioning.oneTarget':
    'Ordnen Sie die Gruppe einer Organisationseinheit oder einer Rolle zu, nicht beidem und nicht keinem.',
  'provisioning.orgUnitNotFound': 'Diese Organisationseinheit gibt es nicht.',
  'provisioning.mappingNotFound': 'Diese Gruppenzuordnung gibt es nicht.',
  'programMatching.notProposalId': 'Das ist keine ID eines Zuordnungsvorschlags.',
  'programMatching.proposalNotFound': 'Dieser Zuordnungsvorschlag existiert nicht.',
  'programMatching.proposalNotOpen':
    'Dieser Vorschlag ist {status}: Nur ein offener Vorschlag kann geändert werden.',
  'programMatching.proposalStale':
    '{count, plural, one {# Zuordnung passt} other {# Zuordnungen passen}} nicht mehr (Kapazität oder Status haben sich geändert): Schlagen Sie neu vor.',
  'programMatching.notInProposal': 'Diese Person ist nicht Teil des Vorschlags.',
  'programMatching.enrolmentMoved': 'Die Anmeldung dieser Person hat sich seit dem Vorschlag geändert.',
  'programMatching.coachNotInPool': 'Dieser Coach gehört nicht zum Coach-Pool des Programms.',
  'programMatching.noSharedLanguage': 'Dieser Coach spricht die Sprache der Person nicht.',
  'programMatching.coachFull': 'Dieser Coach hat keinen freien Platz mehr.',
  'programMatching.noEligibleCoach':
    'Kein anderer Coach, der die Sprache der Person spricht, hat einen freien Platz.',
  'programMatching.enrolmentNotLive': 'Nur angenommene oder aktive Teilnehmende können zugeordnet werden.',
  'programMatching.coachHasClients':
    'Dieser Coach hat noch {count, plural, one {# teilnehmende Person} other {# Teilnehmende}} im Programm: Übertragen Sie sie zuerst.',
  'programMatching.alreadyPaused': 'Dieser Coach ist bereits pausiert.',
  'programMatching.notPaused': 'Nur ein pausierter Coach kann wieder aufgenommen werden.',
  'programMatching.notOnProbation': 'Nur bei einem Coach auf Probe kann die Probezeit beendet werden.',
  'programMatching.coachNotYours': 'Dieser Coach ist in keinem Ihrer Programme tätig.',
  'programMatching.proposalFailed':
    '{failure, select, PROGRAM_NOT_ACTIVE {Das Programm war nicht mehr aktiv, als der Vorschlag berechnet wurde.} TIMED_OUT {Die Berechnung wurde nicht rechtzeitig fertig.} other {Der Vorschlag konnte nicht berechnet werden.}}',
  'programMatching.unmatched':
    '{reason, select, NO_SHARED_LANGUAGE {Kein Coach im Pool spricht die Sprache dieser Person.} NO_CAPACITY {Coaches, die die Sprache dieser Person sprechen, haben keinen freien Platz.} NO_ACTIVE_COACH {Kein Coach im Pool ist aktiv.} EMPTY_POOL {Das Programm hat keine Coaches.} CAPACITY_TAKEN_BY_OTHERS {Die Plätze passender Coaches gingen an besser passende Teilnehmende.} other {Von Hand aus dem Vorschlag genommen.}}',
  'lti.pageTitle': 'Coachwork in Ihrem Kurs',
  'lti.refusedTitle': 'Coachwork konnte aus diesem Kurs nicht geöffnet werden',
  'lti.refused':
    '{reason, select, LOGIN_PARAMETERS {Die Lernplattform hat die Anmeldung ohne die von LTI verlangten Parameter gestartet.} UNKNOWN_PLATFORM {Diese Lernplattform ist bei Coachwork nicht registriert.} STATE {Die Anmeldung hat zu lange gedauert oder wurde schon verwendet. Öffnen Sie die Aktivität erneut.} SIGNATURE {Die Signatur der Lernplattform konnte nicht geprüft werden.} ISSUER {Der Start stammt nicht von der Plattform, die die Anmeldung begonnen hat.} OTHER_PLATFORM {Der Start stammt von einer anderen registrierten Plattform als der, die die Anmeldung begonnen hat.} AUDIENCE {Der Start war für ein anderes Tool bestimmt.} AZP {Der Start nennt ein anderes Tool als berechtigte Partei.} EXPIRED {Der Start ist abgelaufen. Öffnen Sie die Aktivität erneut.} NONCE {Der Start gehört nicht zu dieser Anmeldung.} REPLAY {Dieser Start wurde schon verwendet. Öffnen Sie die Aktivität erneut.} VERSION {Der Start verwendet eine LTI-Version, die Coachwork nicht unterstützt.} MESSAGE_TYPE {Die Lernplattform hat eine Startart gesendet, die Coachwork nicht unterstützt.} DEPLOYMENT {Dieses Deployment von Coachwork ist für die Plattform nicht registriert.} CLAIM {Dem Start fehlen Angaben, die LTI verlangt.} TARGET {Der Start zeigt auf eine andere Adresse als die, für die er begonnen wurde.} NO_PERSON {Ihr Kurskonto ist mit keiner Person in Coachwork verknüpft.} ROLE {Nur Lehrende und Gestaltende des Kurses können Coachwork darin einfügen.} other {Der Start ist ungültig.}}',
  'lti.refusedHelp': 'Wenn das wieder passiert, geben Sie der Kursverwaltung diese Referenz: {reference}',
  'lti.sessionEnded': 'Die Kurssitzung ist beendet; öffnen Sie die Aktivität erneut.',
  'lti.orgAdminsOnly': 'LTI-Plattformen werden von Organisationsadmins verwaltet.',
  'lti.platformTaken': 'Dieser Aussteller und diese Client-ID sind bereits registriert.',
  'lti.invalidUrl': 'Geben Sie eine https-URL ein (http nur für localhost).',
  'lti.required': 'Dieser Wert ist erforderlich.',
  'lti.registrationNotFound': 'Keine solche LTI-Registrierung in dieser Organisation.',
  'lti.keySource':
    'Geben Sie entweder die JWKS-URL der Plattform oder ihre öffentlichen Schlüssel an, nicht beides.',
  'lti.jwksInvalid':
    '{problem, select, JSON {Fügen Sie ein JWK Set als JSON ein: ein Objekt mit einer nicht leeren Liste "keys".} SIZE {Der Schlüsselsatz ist zu groß: höchstens 10 Schlüssel und 20.000 Zeichen.} PRIVATE {Das ist ein privater Schlüssel: Fügen Sie nur die öffentlichen Schlüssel der Plattform ein und betrachten Sie den privaten Schlüssel als kompromittiert.} KID {Geben Sie jedem Schlüssel eine eigene "kid".} UNSUPPORTED {Nur RSA- (RS256) und EC-P-256-Signaturschlüssel (ES256) werden akzeptiert.} WEAK {RSA-Schlüssel müssen mindestens 2048 Bit lang sein.} other {Ein Schlüssel konnte nicht als öffentlicher Schlüssel gelesen werden.}}',
  'lti.invalidDomain': 'Geben Sie einen Domainnamen wie example.com ein.',
  'lti.adminsOnly': 'Kursteilnehmerlisten lesen Organisationsadmins und Programmadmins.',
  'lti.courseNotFound': 'Diesen Kurs gibt es in dieser Organisation nicht.',
  'lti.rosterUnavailable':
    'Die Lernplattform stellt die Teilnehmerliste dieses Kurses nicht bereit (Names and Role Provisioning Services).',
  'xapi.statementNotFound': 'In dieser Organisation gibt es kein fehlgeschlagenes Statement mit dieser ID.',
  'xapi.replayTarget': 'Nennen Sie ein Statement oder fordern Sie alle fehlgeschlagenen an, nicht beides.',
  'xapi.agentNamingConflict': 'Wählen Sie E-Mail-Agenten oder verschlüsselte Agentennamen, nicht beides.',
  'xapi.orgAdminsOnly': 'Der Learning Record Store wird von Organisationsadmins verwaltet.',
  'xapi.required': 'Dieser Wert ist erforderlich.',
  'xapi.invalidUrl': 'Geben Sie den LRS-Endpunkt als https-URL ein.',
  'xapi.privateEndpoint':
    'Der LRS-Endpunkt verweist auf eine private Adresse, die das Gateway nicht aufruft.',
  'xapi.invalidHomePage': 'Geben Sie die Homepage der Organisation als https-URL ein.',
  'xapi.invalidUsername': 'Geben Sie einen Benutzernamen ohne Doppelpunkt mit höchstens 500 Zeichen ein.',
  'xapi.invalidPassword': 'Geben Sie ein Passwort mit 1 bis 1.000 Zeichen ein.',
  'xapi.passwordRequired': 'Geben Sie beim ersten Einrichten des LRS dessen Passwort an.',
  'xapi.notConfigured': 'Für diese Organisation ist kein LRS eingerichtet.',
  'lti.pickerTitle': 'Coachwork in diesen Kurs einfügen',
  'lti.pickerWidget': 'Widget',
  'lti.widgetName':
    '{widget, select, goal_tracker {Zielverfolgung} session_booker {Sitzungsbuchung} progress_card {Fortschrittskarte} viewer_badge {Coaching-Übersicht} other {Widget}}',
  'lti.pickerCapability': 'Nur Ziele dieser Kompetenz',
  'lti.pickerAnyCapability': 'Alle Kompetenzen',
  'lti.pickerLinkTitle': 'Titel im Kurs',
  'lti.pickerGraded': 'Erreichte Ziele an das Notenbuch senden',
  'lti.pickerSubmit': 'Zum Kurs hinzufügen',
  'lti.pickerReturning': 'Zurück zum Kurs …',
  'wellbeing.ownAnswersOnly':
    'Ihre Antworten zum Wohlbefinden gehören nur Ihnen: Niemand sonst kann sie lesen oder für Sie antworten.',
  'wellbeing.firstRange': 'Fragen Sie zwischen 1 und {max} Antworten ab.',
  'wellbeing.peopleOnly': 'Nur Personen können den Wohlbefindens-Puls beantworten.',
  'wellbeing.itemRange': 'Jede Antwort ist eine Zahl von 1 bis 5.',
  'wellbeing.alreadyAnswered':
    'Sie haben den Puls dieser Woche bereits beantwortet. Der nächste öffnet am Montag.',
  'wellbeing.participantsOnly': 'Der Wohlbefindens-Puls richtet sich an Personen in einem Coaching-Programm.',
  'pulses.notPersonId': 'Das ist nicht die ID einer Person.',
  'pulses.requestNotFound': 'Sie sind nicht gebeten, diese Person in dieser Phase zu bewerten.',
  'pulses.phaseNotOpen': 'Diese 360-Grad-Phase ist noch nicht geöffnet.',
  'pulses.phaseClosed': 'Diese 360-Grad-Phase ist geschlossen: Antworten werden nicht mehr angenommen.',
  'pulses.alreadySubmitted': 'Sie haben diese Bewertung bereits abgeschickt.',
  'pulses.capabilityNotRated': 'Diese Kompetenz wird in diesem Programm nicht bewertet.',
  'pulses.scoreOffScale': 'Geben Sie eine ganze Zahl von {min, number} bis {max, number} an.',
  'pulses.capabilityTwice': 'Beantworten Sie jede Kompetenz nur einmal.',
  'pulses.answerMissing':
    '{count, plural, one {Eine Kompetenz ist} other {# Kompetenzen sind}} noch unbeantwortet.',
  'pulses.limitsInvalid': 'Geben Sie Grenzen von 0 bis {max, number} an, das Minimum nicht über dem Maximum.',
  'pulses.programNotActive': 'Nur ein aktives Programm sammelt 360-Grad-Bewertungen.',
  'pulses.opensInPast': 'Eine Phase kann nicht in der Vergangenheit beginnen.',
  'pulses.closesBeforeOpen': 'Eine Phase muss nach ihrem Beginn enden.',
  'pulses.windowTooLong': 'Eine Phase kann höchstens {days, number} Tage offen bleiben.',
  'pulses.cutoffOutsideWindow': 'Die Frist für die Wahl der Bewertenden muss innerhalb der Phase liegen.',
  'pulses.phaseTaken': 'Diese Phase des Programms wurde bereits erhoben.',
  'pulses.phaseNotFound': 'Dieses Programm hat keine solche Phase.',
  'pulses.phaseNotOpenToClose': 'Nur eine offene Phase kann geschlossen werden.',
  'pulses.cutoffPassed': 'Die Bewertenden können in dieser Phase nicht mehr geändert werden.',
  'pulses.raterTwice': 'Nennen Sie jede Person nur einmal.',
  'pulses.notAReport': 'Diese Person berichtet nicht an Sie.',
  'pulses.notAPeer': 'Diese Person hat nicht dieselbe Führungskraft wie Sie.',
  'pulses.raterCount': 'Wählen Sie {min, number} bis {max, number} Personen.',
  'coachQuality.orgAdminsOnly': 'Die Schwellen für die Bewährung legen Organisationsadmins fest.',
  'coachQuality.ratingRange':
    'Geben Sie eine Bewertung von {min, number} bis {max, number} mit höchstens einer Nachkommastelle an.',
  'coachQuality.restoreBelowProbation':
    'Die Bewertung, die die Bewährung beendet, muss mindestens so hoch sein wie die, die sie auslöst.',
  'coachQuality.countRange': 'Geben Sie eine ganze Zahl von {min, number} bis {max, number} an.',
  'coachQuality.minAboveWindow': 'Es können nicht mehr Bewertungen nötig sein, als der Durchschnitt umfasst.',
} as const satisfies Catalogue;
