import type { Catalogue } from '../catalogue.js';

/** Japanese (です・ます調). Keys, placeholders and `select`/`plural` keywords as in en.ts. */
export const ja = {
  'auth.signInFirst':
    '先にサインインしてください。埋め込みトークンを `Authorization: Bearer <token>` として送信してください。',
  'auth.bearerHeader': 'Authorization ヘッダーは `Bearer <embed token>` の形式にしてください。',
  'auth.tokenExpired':
    '埋め込みトークンは {expiredAt, time, instant} に期限切れになりました。トークンプロバイダーに新しいトークンを要求してください。',
  'auth.tokenExpiredEarlier':
    '埋め込みトークンの有効期限が切れています。トークンプロバイダーに新しいトークンを要求してください。',
  'auth.tokenSignature':
    '埋め込みトークンの署名が、ゲートウェイがその `kid` に対して保持するどの署名鍵とも一致しません。',
  'auth.tokenLifetime':
    '埋め込みトークンの有効期間が長すぎます。`exp` は `iat` から最大 {maxHours, number} 時間以内、`iat` もそれより古くてはいけません。有効期間の短いトークンを発行してください。',
  'auth.tokenClaim':
    '埋め込みトークンの `{claim}` クレーム{reason, select, missing {がありません} other {が無効です}}。',
  'auth.tokenAlgorithm': '埋め込みトークンは HS256 で署名されている必要があります。',
  'auth.tokenMalformed': '埋め込みトークンの形式が正しくありません。署名付き JWT が必要です。',
  'auth.tokenNoKid': '埋め込みトークンに、組織を示す `kid` ヘッダーがありません。',
  'auth.tokenOrgMismatch': '埋め込みトークンの `org` クレームが、署名した組織と一致しません。',
  'auth.tokenSubjectNotId': '埋め込みトークンのサブジェクトが人物 ID ではありません。',
  'auth.tokenSubjectNotMember': '埋め込みトークンのサブジェクトは、この組織の人物ではありません。',
  'auth.personGone': '埋め込みトークンの人物は、この組織にもう存在しません。',
  'auth.organisationGone': '埋め込みトークンの組織はもう存在しません。',
  'http.originNotAllowed': 'オリジン {origin} には、この組織を埋め込む権限がありません。',
  'http.methodNotAllowed': '/graphql では {method} を使用できません。GET または POST を使用してください。',
  'http.bodyTooLarge': 'リクエスト本文が {limit, number} バイトを超えています。',
  'http.invalidJson': 'リクエスト本文が有効な JSON ではありません。',
  'http.batchTooLarge':
    'バッチリクエストに含められる操作は最大 {max, number} 件ですが、このリクエストには {count, number} 件あります。',
  'limits.tooCostly':
    'このリクエストのコストは {cost, number} ポイントですが、1 回のリクエストの上限は {max, number} です。ページを小さく（`first`）するか、フィールドや操作を減らしてください。',
  'limits.rateLimited':
    'リクエストが多すぎます。このリクエストのコストは {cost, number} ポイントで、残りは {available, number} です。{seconds, plural, other {# 秒}}後にもう一度お試しください。',
  'limits.responseTooLarge':
    '応答が {limit, number} バイトを超えます。ページを小さく（`first`）するか、フィールドを減らしてください。',
  'http.internal':
    'サーバー内部でエラーが発生しました。詳細は、このレスポンスの x-request-id でゲートウェイに記録されています。',

  'access.peopleDirectoryAdminsOnly':
    '人物ディレクトリの一覧は、プログラム管理者と組織管理者のみが利用できます。',
  'access.enrolmentListAdminsOnly':
    'プログラムの登録一覧は、プログラム管理者と組織管理者のみが利用できます。',
  'access.bulkMatchingAdminsOnly': '一括マッチングは、プログラム管理者と組織管理者のみが利用できます。',
  'access.personalField': 'この人の `{field}` は閲覧できません。',

  'core.tooManyIds': '`ids` に指定できる ID は最大 {max, number} 件です。',
  'core.badCursor': '`after` は、この接続が返したカーソルではありません。',
  'core.pageSize': '`first` は 0 から {max, number} の範囲で指定してください。',
  'core.wrongIdType': '`{argument}` は {type} 型の ID ではありません。',

  'programs.enrolmentPersonMissing': 'この登録の人物が存在しません。',
  'programs.enrolmentProgramMissing': 'この登録のプログラムが存在しません。',
  'programs.notEnrolmentId': 'これは登録 ID ではありません。',
  'programs.enrolmentNotYours': 'この登録は存在しないか、あなたの登録ではありません。',
  'programs.programNotFound': 'このプログラムは存在しません。',

  'coaching.coachPrivateField': '`Coach.{field}` を閲覧できるのは、コーチ本人と管理者のみです。',
  'coaching.enrolmentSubjectMissing': 'この登録の人物またはプログラムが存在しません。',
  'coaching.coachPersonMissing': 'コーチの人物レコードが存在しません。',
  'coaching.suggestionsForbidden': 'コーチの候補を見られるのは、参加者本人と管理者のみです。',
  'coaching.reasonLanguage': '{language}を話します',
  'coaching.reasonHoursOverlap': '勤務時間と週 {hours, number} 時間重なります',
  'coaching.reasonSpecialty': '専門分野：{capability}',
  'coaching.reasonGoalFit': 'あなたの目標に合っています：{capability}',
  'coaching.reasonRating': '評価 {average, number, ::.0}（{count, plural, other {# 件}}）',
  'coaching.notCoachId': 'これはコーチ ID ではありません。',
  'coaching.coachNotActive': 'このコーチは現在、新しいクライアントを受け付けていません。',
  'coaching.coachFull': 'このコーチの最後の枠がちょうど埋まりました。別のコーチを選んでください。',
  'coaching.noSharedLanguage': 'このコーチはあなたの言語を話しません。',
  'coaching.enrolmentNotFound': 'この登録は存在しません。',
  'coaching.enrolmentClosed': 'この登録は、もうコーチのマッチングを受け付けていません。',
  'coaching.alreadyMatched': 'この登録にはすでにコーチがいます。',
  'coaching.coachNotFound': 'このコーチは存在しません。',
  'coaching.ownCoach': '自分自身をコーチにすることはできません。',

  'sessions.enrolmentNotFound': '登録が存在しません。',
  'sessions.enrolmentField':
    '`Enrolment.{field}` を閲覧できるのは、参加者本人、担当コーチ、上司、管理者のみです。',
  'sessions.notSessionId': 'これはセッション ID ではありません。',
  'sessions.coachMissing': 'このセッションのコーチが存在しません。',
  'sessions.participantMissing': 'このセッションの参加者が存在しません。',
  'sessions.enrolmentMissing': 'このセッションの登録が存在しません。',
  'sessions.coachOrParticipantMissing': 'このセッションのコーチまたは参加者が存在しません。',
  'sessions.feedbackForbidden':
    'セッションのフィードバックを閲覧できるのは、参加者、コーチ、管理者のみです。',
  'sessions.slotRangeOrder': '`to` は `from` より後にしてください。',
  'sessions.slotRangeTooLong': '一度に取得できる空き枠は最大 {days, number} 日分です。',
  'sessions.capabilityNotFound': '指定した能力のいずれかが存在しません。',
  'calendar.summary': 'コーチング：{participant} と {coach}',
  'calendar.join': '参加：{url}',
  'calendar.fallbackProgram': 'コーチング',
  'booking.slotTaken': 'この時間はたった今予約されました。別の枠を選んでください。',
  'booking.inPast': 'この時間はすでに過ぎています。',
  'booking.tooSoon': 'この時間は直前すぎます。このプログラムでは、もっと前もって予約する必要があります。',
  'booking.beyondHorizon': 'この時間は先すぎるため、まだ予約できません。',
  'booking.outsideAvailability': 'この時間、コーチは対応できません。',
  'booking.participantBusy': 'この時間にはすでにセッションがあります。',
  'booking.enrolmentNotActive': 'セッションを予約できるのは、有効な登録のみです。',
  'booking.programNotRunning': 'このプログラムは現在実施されていません。',
  'booking.chooseCoachFirst': 'セッションを予約する前に、コーチを選んでください。',
  'booking.quotaUsed': '{count, plural, other {このプログラムのセッション # 回はすべて使用済みです。}}',
  'booking.sessionNotYours': 'このセッションは存在しないか、あなたのセッションではありません。',
  'booking.onlyBookedReschedule': '日時を変更できるのは、予約済みのセッションのみです。',
  'booking.tooLateToMove':
    'セッション開始前の {hours, plural, other {# 時間}}以内は日時を変更できません。キャンセルは引き続き可能です。',
  'booking.alreadyAtTime': 'このセッションはすでにこの時間に設定されています。',
  'booking.reasonTooLong': '理由は {max, number} 文字以内で入力してください。',
  'booking.onlyBookedCancel': 'キャンセルできるのは、予約済みのセッションのみです。',
  'booking.alreadyStarted': 'このセッションはすでに始まっています。',
  'booking.onlyCoachCloses': 'セッションの結果を記録できるのは、コーチまたは管理者のみです。',
  'booking.onlyBookedClose': '実施済みまたは欠席として記録できるのは、予約済みのセッションのみです。',
  'booking.notStarted': 'このセッションはまだ始まっていません。',

  'feedback.ratingRange': 'セッションを {min, number} から {max, number} で評価してください。',
  'feedback.commentTooLong': 'コメントは {max, number} 文字以内で入力してください。',
  'feedback.tooManyCapabilities': '選べる能力は最大 {max, number} 個です。',
  'feedback.alreadyRated': 'このセッションはすでに評価済みです。',
  'feedback.sessionNotYours': 'このセッションは存在しないか、あなたが評価するセッションではありません。',
  'feedback.notHeld': '評価できるのは、実施されたセッションのみです。',

  'goals.unknownCapability': '「{code}」は、この組織の能力ではありません。',
  'goals.archived': 'この目標はアーカイブされています。先に復元してください。',
  'goals.sharedOnly': 'これらの目標は、本人の担当コーチ、上司、管理者にのみ共有されています。',
  'goals.tooManyMilestonesOnCreate': '新しい目標に設定できるマイルストーンは最大 {max, number} 個です。',
  'goals.tooManyMilestones': '1 つの目標に設定できるマイルストーンは最大 {max, number} 個です。',
  'goals.milestoneNotFound': 'この ID のマイルストーンは見つからないか、閲覧できません。',
  'goals.reorderMismatch': 'この目標のすべてのマイルストーンを、新しい順序で 1 回ずつ指定してください。',
  'goals.titleRequired': 'タイトルを入力してください。',
  'goals.titleTooLong': 'タイトルは {max, number} 文字以内にしてください（現在 {length, number} 文字）。',
  'goals.textTooLong': '{max, number} 文字以内にしてください（現在 {length, number} 文字）。',
  'goals.progressRange': '進捗は 0 から 100 の整数で指定してください（入力値：{value, number}）。',
  'goals.scaleRange': '1 から 5 の整数で指定してください（入力値：{value, number}）。',
  'goals.targetDatePast':
    '目標期日 {date, date, calendar} はすでに過ぎています。{today, date, calendar} 以降を選んでください。',
  'goals.completedIsFull': '完了した目標の進捗は 100% です。進捗を省略するか、100 を指定してください。',
  'goals.fullIsCompleted': '進捗 100% の目標は完了扱いです。別のステータスにするには、進捗を下げてください。',
  'goals.notFound': 'この ID の目標は見つからないか、閲覧できません。',
  'goals.ownerOnly': '目標を変更できるのは、目標の所有者のみです。',

  'viewer.preferencesRequired': '言語かタイムゾーン、またはその両方を指定してください。',
  'viewer.localeNotOffered':
    '{organisation} で利用できる言語は {offered} です。「{locale}」は含まれていません。',
  'viewer.localeInvalid': 'この言語は有効ではありません。',
  'viewer.timeZoneInvalid': 'このタイムゾーンは有効ではありません。',

  'progress.participantOnly':
    '進捗を閲覧できるのは、参加者本人、上司（本人が共有している場合）、担当コーチのみです。',
  'progress.personOnly': '進捗を閲覧できるのは、本人、上司（本人が共有している場合）、担当コーチのみです。',
  'progress.personNotFound': 'あなたの組織に、この ID の人物はいません。',
  'progress.enrolmentNotFound': 'あなたの組織に、この ID の登録はありません。',
  'progress.enrolmentOrPerson': '`enrolment` か `person` のどちらか一方を指定してください。',
  'progress.enrolmentPersonGone': 'この登録の人物はもう存在しません。',
  'progress.enrolmentNotVisible': 'この ID の登録は見つからないか、閲覧できません。',
  'progress.participantDecides': '進捗を共有するかどうかを決められるのは、参加者本人だけです。',
  'progress.capabilityGone': '能力 {code} はもう存在しません。',

  'analytics.unitNotFound': 'この組織に、その組織単位はありません。',
  'analytics.adminsOnly': 'ヒートマップは、プログラム管理者と組織管理者のみが利用できます。',
  'analytics.ownSubtreeOnly': 'マネージャーが閲覧できるのは、自分が担当する組織部分のヒートマップのみです。',
  'analytics.depthRange': '`depth` は 1 から {max, number} の範囲で指定してください。',
  'analytics.periodFormat': '`period` は 2026-Q1 のような四半期で指定してください。',
  'analytics.programNotFound': 'この組織に、そのプログラムはありません。',
  'analytics.unknownCapabilities': '不明な能力コード：{codes}',
  'analytics.csvUnit': '組織単位',
  'analytics.csvKind': '種類',
  'analytics.csvLevel': '階層',
  'analytics.csvManagers': 'マネージャー数',
  'analytics.csvOrganisation': '組織全体',
  'analytics.csvSuppressed':
    '{reason, select, BELOW_MIN_GROUP_SIZE {非表示（最小グループ人数未満）} COMPLEMENTARY {非表示（補完的秘匿）} FILTER_REMAINDER {非表示（フィルターの残余）} other {非表示}}',
  'reminder.greeting': '{name} 様',
  'reminder.invitation.subject': 'コーチングセッションを予約しました：{when}',
  'reminder.invitation.body':
    '{other} とのコーチングセッションを {when} に予約しました。添付のカレンダーファイルでカレンダーに追加できます。日時が変わった場合は新しいファイルをお送りします。',
  'reminder.cancelled.subject': 'コーチングセッションはキャンセルされました：{when}',
  'reminder.cancelled.body':
    '{when} の {other} とのコーチングセッションはキャンセルされました。添付のカレンダーファイルでカレンダーから削除できます。',
  'reminder.dayBefore.subject': '明日 {time}：{other} とのコーチング',
  'reminder.hourBefore.subject': '1 時間後：{other} とのコーチング',
  'reminder.upcoming.body': '{other} とのコーチングセッションは {when} に始まります。',
  'reminder.join': '参加：{url}',
  'reminder.missed.subject': 'コーチングセッションが欠席として記録されました',
  'reminder.missed.body':
    '{when} の {other} とのコーチングセッションは欠席として記録されました。予約したのと同じ場所で新しい日時を予約できます。',
  'reminder.feedback.subject': '{other} とのセッションはいかがでしたか？',
  'reminder.feedbackReminder.subject': 'リマインダー：{other} とのセッションを評価してください',
  'reminder.feedback.body':
    '{when} の {other} とのコーチングセッションが終了しました。予約した場所で評価してください。1 分もかからず、コーチの役に立ちます。',
  'reminder.signature': 'Coachwork：自動送信メッセージです。返信は読まれません。',
  'coachDesk.rangeBackwards': '期間の終わりは始まりより後にしてください。',
  'coachDesk.rangeTooLong': '一度に指定できるのは {days, number} 日までです。',
  'coachDesk.noteTooLong': 'メモは {max, number} 文字以内にしてください。',
  'coachDesk.tooManyCapabilities': 'タグ付けできる能力は {max, number} 個までです。',
  'coachDesk.sessionCancelled': 'このセッションはキャンセルされました。メモする内容はありません。',
  'coachDesk.sessionNotStarted': 'メモはセッションが始まってから書けます。',
} as const satisfies Catalogue;
