/* eslint-disable */
import * as types from './graphql.js';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment CwCoachDeskHours on CoachAvailability {\n    timeZone\n    capacity\n    activeClients\n    weeklyHours {\n      weekday\n      startTime\n      endTime\n    }\n    exceptions {\n      startsOn\n      endsOn\n      reason\n    }\n  }\n': typeof types.CwCoachDeskHoursFragmentDoc;
  '\n  fragment CwCoachDeskConflict on AvailabilityConflict {\n    reason\n    session {\n      id\n      startsAt\n      participant {\n        id\n        name\n      }\n    }\n  }\n': typeof types.CwCoachDeskConflictFragmentDoc;
  '\n  query CwCoachDeskAvailability {\n    coachDesk {\n      availability {\n        ...CwCoachDeskHours\n        conflicts {\n          ...CwCoachDeskConflict\n          session {\n            enrolment {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwCoachDeskAvailabilityDocument;
  '\n  query CwCoachDeskMoveSlots($id: ID!, $from: DateTime!, $to: DateTime!) {\n    node(id: $id) {\n      id\n      ... on Enrolment {\n        availableSlots(from: $from, to: $to) {\n          slots {\n            startsAt\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwCoachDeskMoveSlotsDocument;
  '\n  mutation CwCoachDeskMoveSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      session {\n        id\n        startsAt\n        endsAt\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwCoachDeskMoveSessionDocument;
  '\n  mutation CwCoachDeskSetAvailability($input: SetCoachAvailabilityInput!) {\n    setCoachAvailability(input: $input) {\n      saved\n      availability {\n        ...CwCoachDeskHours\n      }\n      conflicts {\n        ...CwCoachDeskConflict\n        session {\n          endsAt\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwCoachDeskSetAvailabilityDocument;
  '\n  query CwCoachDeskClients {\n    coachDesk {\n      clients {\n        id\n        status\n        pace\n        person {\n          id\n          name\n        }\n        program {\n          id\n          name\n        }\n        quota {\n          allowed\n          used\n          remaining\n        }\n        progress {\n          goals {\n            total\n            onTrack\n          }\n          nextSession {\n            id\n            startsAt\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwCoachDeskClientsDocument;
  '\n  fragment CwCoachDeskClientGoal on Goal {\n    id\n    title\n    progress\n    status\n    capability {\n      id\n      name\n    }\n  }\n': typeof types.CwCoachDeskClientGoalFragmentDoc;
  '\n  query CwCoachDeskClientGoals($owner: ID!) {\n    goals(first: 20, filter: { owner: $owner }) {\n      edges {\n        node {\n          ...CwCoachDeskClientGoal\n          targetDate\n        }\n      }\n    }\n  }\n': typeof types.CwCoachDeskClientGoalsDocument;
  '\n  query CwCoachDeskHeader {\n    coachDesk {\n      timeZone\n      coach {\n        id\n        name\n        rating {\n          average\n          count\n        }\n      }\n    }\n  }\n': typeof types.CwCoachDeskHeaderDocument;
  '\n  query CwCoachDeskWeek($from: DateTime!, $to: DateTime!) {\n    coachDesk {\n      timeZone\n      sessions(from: $from, to: $to) {\n        id\n        startsAt\n        endsAt\n        status\n        joinUrl\n        participant {\n          id\n          name\n        }\n        enrolment {\n          id\n          program {\n            id\n            name\n          }\n        }\n        privateNote {\n          body\n          updatedAt\n          capabilities {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwCoachDeskWeekDocument;
  '\n  query CwCoachDeskSessionDetail($owner: ID!, $enrolment: ID!) {\n    goals(first: 20, filter: { owner: $owner }) {\n      edges {\n        node {\n          ...CwCoachDeskClientGoal\n        }\n      }\n    }\n    node(id: $enrolment) {\n      id\n      ... on Enrolment {\n        sessions(first: 100, status: [COMPLETED, NO_SHOW]) {\n          edges {\n            node {\n              id\n              startsAt\n              status\n              privateNote {\n                body\n                updatedAt\n                capabilities {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n    capabilities(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.CwCoachDeskSessionDetailDocument;
  '\n  fragment CwCoachDeskSessionStatus on SessionPayload {\n    session {\n      id\n      status\n    }\n    userErrors {\n      field\n      message\n    }\n  }\n': typeof types.CwCoachDeskSessionStatusFragmentDoc;
  '\n  mutation CwCoachDeskComplete($input: SessionIdInput!) {\n    completeSession(input: $input) {\n      ...CwCoachDeskSessionStatus\n    }\n  }\n': typeof types.CwCoachDeskCompleteDocument;
  '\n  mutation CwCoachDeskNoShow($input: SessionIdInput!) {\n    markSessionNoShow(input: $input) {\n      ...CwCoachDeskSessionStatus\n    }\n  }\n': typeof types.CwCoachDeskNoShowDocument;
  '\n  mutation CwCoachDeskWriteNote($input: WriteSessionNoteInput!) {\n    writeSessionNote(input: $input) {\n      session {\n        id\n      }\n      note {\n        body\n        updatedAt\n        capabilities {\n          id\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwCoachDeskWriteNoteDocument;
  '\n  fragment CwGoalTrackerGoal on Goal {\n    id\n    title\n    description\n    targetDate\n    status\n    progress\n    visibility\n    viewerCanEdit\n    capability {\n      ...CwCapabilityChoice\n    }\n    milestones {\n      id\n      title\n      done\n      position\n    }\n    latestCheckIn {\n      id\n      checkedInAt\n    }\n  }\n': typeof types.CwGoalTrackerGoalFragmentDoc;
  '\n  fragment CwGoalTrackerCheckIns on Goal {\n    id\n    checkIns(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          progress\n          note\n          mood\n          confidence\n          checkedInAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwGoalTrackerCheckInsFragmentDoc;
  '\n  fragment CwGoalTrackerGoalChange on GoalPayload {\n    goal {\n      ...CwGoalTrackerGoal\n    }\n    userErrors {\n      ...CwUserError\n    }\n  }\n': typeof types.CwGoalTrackerGoalChangeFragmentDoc;
  '\n  query CwGoalTracker($owner: ID, $capability: String, $locale: Locale, $first: Int!) {\n    viewer {\n      id\n      timeZone\n    }\n    capabilities(first: 50) {\n      edges {\n        node {\n          ...CwCapabilityChoice\n        }\n      }\n    }\n    goals(first: $first, filter: { owner: $owner, capability: $capability }) {\n      totalCount\n      edges {\n        node {\n          ...CwGoalTrackerGoal\n        }\n      }\n    }\n  }\n': typeof types.CwGoalTrackerDocument;
  '\n  query CwGoalTrackerDetail($id: ID!) {\n    goal(id: $id) {\n      ...CwGoalTrackerCheckIns\n    }\n  }\n': typeof types.CwGoalTrackerDetailDocument;
  '\n  mutation CwGoalTrackerCreate($input: CreateGoalInput!, $locale: Locale) {\n    createGoal(input: $input) {\n      ...CwGoalTrackerGoalChange\n    }\n  }\n': typeof types.CwGoalTrackerCreateDocument;
  '\n  mutation CwGoalTrackerUpdate($input: UpdateGoalInput!, $locale: Locale) {\n    updateGoal(input: $input) {\n      ...CwGoalTrackerGoalChange\n    }\n  }\n': typeof types.CwGoalTrackerUpdateDocument;
  '\n  mutation CwGoalTrackerVisibility($input: SetGoalVisibilityInput!, $locale: Locale) {\n    setGoalVisibility(input: $input) {\n      ...CwGoalTrackerGoalChange\n    }\n  }\n': typeof types.CwGoalTrackerVisibilityDocument;
  '\n  mutation CwGoalTrackerCheckIn($input: AddGoalCheckInInput!, $locale: Locale) {\n    addGoalCheckIn(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n        ...CwGoalTrackerCheckIns\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwGoalTrackerCheckInDocument;
  '\n  mutation CwGoalTrackerMilestone($input: CompleteGoalMilestoneInput!, $locale: Locale) {\n    completeGoalMilestone(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwGoalTrackerMilestoneDocument;
  '\n  query CwProgramConsoleCoaches($id: ID!) {\n    viewer {\n      id\n      roles\n    }\n    node(id: $id) {\n      id\n      ... on Program {\n        status\n        viewerCanManage\n        coachPool {\n          capacity\n          activeClients\n          ratingTrend {\n            month\n            average\n            withheld\n          }\n          feedbackComments {\n            withheld\n            minGroupSize\n            comments {\n              month\n              text\n            }\n          }\n          coach {\n            id\n            name\n            languages\n            qualityStatus\n            capacity\n            activeClients\n            rating {\n              average\n              count\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwProgramConsoleCoachesDocument;
  '\n  fragment CwProgramConsoleCoachStatus on CoachStatusPayload {\n    coach {\n      id\n      qualityStatus\n    }\n    clientsToMove\n    userErrors {\n      field\n      message\n    }\n  }\n': typeof types.CwProgramConsoleCoachStatusFragmentDoc;
  '\n  fragment CwProgramConsoleQualitySettings on CoachQualitySettings {\n    probationBelow\n    restoreAtOrAbove\n    minRatings\n    window\n  }\n': typeof types.CwProgramConsoleQualitySettingsFragmentDoc;
  '\n  mutation CwProgramConsolePauseCoach($input: CoachStatusInput!) {\n    pauseCoach(input: $input) {\n      ...CwProgramConsoleCoachStatus\n    }\n  }\n': typeof types.CwProgramConsolePauseCoachDocument;
  '\n  mutation CwProgramConsoleReinstateCoach($input: CoachStatusInput!) {\n    reinstateCoach(input: $input) {\n      ...CwProgramConsoleCoachStatus\n    }\n  }\n': typeof types.CwProgramConsoleReinstateCoachDocument;
  '\n  mutation CwProgramConsoleHandover($input: ProposeCoachHandoverInput!) {\n    proposeCoachHandover(input: $input) {\n      ...CwProgramConsoleProposalPayload\n    }\n  }\n': typeof types.CwProgramConsoleHandoverDocument;
  '\n  mutation CwProgramConsoleEndProbation($input: EndCoachProbationInput!) {\n    endCoachProbation(input: $input) {\n      ...CwProgramConsoleCoachStatus\n    }\n  }\n': typeof types.CwProgramConsoleEndProbationDocument;
  '\n  query CwProgramConsoleQualitySettings {\n    coachQualitySettings {\n      ...CwProgramConsoleQualitySettings\n    }\n  }\n': typeof types.CwProgramConsoleQualitySettingsDocument;
  '\n  mutation CwProgramConsoleSetQualitySettings($input: CoachQualitySettingsInput!) {\n    setCoachQualitySettings(input: $input) {\n      settings {\n        ...CwProgramConsoleQualitySettings\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwProgramConsoleSetQualitySettingsDocument;
  '\n  query CwProgramConsoleList($status: ProgramStatus) {\n    viewer {\n      id\n      roles\n    }\n    programs(first: 50, status: $status, manageable: true) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n          startsOn\n          endsOn\n          sessionsPerParticipant\n          enrolments(first: 0) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwProgramConsoleListDocument;
  '\n  query CwProgramConsoleHeader($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Program {\n        name\n        status\n      }\n    }\n  }\n': typeof types.CwProgramConsoleHeaderDocument;
  '\n  fragment CwProgramConsoleProposal on MatchProposal {\n    id\n    kind\n    status\n    createdAt\n    matchedCount\n    unmatchedCount\n    fromCoach {\n      id\n      name\n    }\n    pairs(first: 50) {\n      totalCount\n      edges {\n        node {\n          score\n          adjusted\n          enrolment {\n            id\n            person {\n              id\n              name\n              locale\n            }\n          }\n          coach {\n            id\n            name\n          }\n          reasons {\n            code\n            message\n          }\n        }\n      }\n    }\n    unmatched(first: 50) {\n      totalCount\n      edges {\n        node {\n          reason\n          message\n          enrolment {\n            id\n            person {\n              id\n              name\n              locale\n            }\n          }\n        }\n      }\n    }\n    coachLoads {\n      proposed\n      current\n      capacity\n      coach {\n        id\n        name\n      }\n    }\n  }\n': typeof types.CwProgramConsoleProposalFragmentDoc;
  '\n  fragment CwProgramConsoleProposalPayload on MatchProposalPayload {\n    proposal {\n      id\n      matchedCount\n      unmatchedCount\n      program {\n        id\n      }\n    }\n    userErrors {\n      field\n      message\n    }\n  }\n': typeof types.CwProgramConsoleProposalPayloadFragmentDoc;
  '\n  query CwProgramConsoleMatching($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Program {\n        status\n        viewerCanManage\n        enrolmentCounts {\n          status\n          count\n        }\n        coachPool {\n          coach {\n            id\n            name\n            languages\n          }\n        }\n        openMatchProposal {\n          ...CwProgramConsoleProposal\n        }\n        pendingMatchProposal {\n          ...CwProgramConsoleProposalProgress\n        }\n      }\n    }\n  }\n': typeof types.CwProgramConsoleMatchingDocument;
  '\n  fragment CwProgramConsoleProposalProgress on MatchProposal {\n    id\n    status\n    cohortSize\n    failure\n    failureMessage\n  }\n': typeof types.CwProgramConsoleProposalProgressFragmentDoc;
  '\n  query CwProgramConsoleProposalProgress($id: ID!) {\n    node(id: $id) {\n      id\n      ... on MatchProposal {\n        ...CwProgramConsoleProposalProgress\n      }\n    }\n  }\n': typeof types.CwProgramConsoleProposalProgressDocument;
  '\n  mutation CwProgramConsolePropose($input: ProposeProgramMatchInput!) {\n    proposeProgramMatch(input: $input) {\n      ...CwProgramConsoleProposalPayload\n      proposal {\n        status\n      }\n    }\n  }\n': typeof types.CwProgramConsoleProposeDocument;
  '\n  mutation CwProgramConsoleAdjust($input: AdjustMatchProposalInput!) {\n    adjustMatchProposal(input: $input) {\n      ...CwProgramConsoleProposalPayload\n    }\n  }\n': typeof types.CwProgramConsoleAdjustDocument;
  '\n  mutation CwProgramConsoleApprove($input: DecideMatchProposalInput!) {\n    approveMatchProposal(input: $input) {\n      ...CwProgramConsoleProposalPayload\n      proposal {\n        status\n      }\n    }\n  }\n': typeof types.CwProgramConsoleApproveDocument;
  '\n  mutation CwProgramConsoleDiscard($input: DecideMatchProposalInput!) {\n    discardMatchProposal(input: $input) {\n      ...CwProgramConsoleProposalPayload\n      proposal {\n        status\n      }\n    }\n  }\n': typeof types.CwProgramConsoleDiscardDocument;
  '\n  query CwProgramConsoleOutcomes($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Program {\n        name\n        status\n        viewerCanManage\n        publishedAt\n        closedAt\n        enrolmentCounts {\n          status\n          count\n        }\n        participation {\n          weekStarting\n          activeParticipants\n          participantsWithSessions\n          sessionsHeld\n          withheld\n        }\n        kpis {\n          id\n          name\n          unit\n          baseline\n          target\n          values {\n            recordedOn\n            value\n            note\n          }\n        }\n        outcomeSummary {\n          locale\n          text\n        }\n      }\n    }\n  }\n': typeof types.CwProgramConsoleOutcomesDocument;
  '\n  mutation CwProgramConsoleRecordKpi($input: RecordProgramKpiValueInput!) {\n    recordProgramKpiValue(input: $input) {\n      kpi {\n        id\n        values {\n          recordedOn\n          value\n          note\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwProgramConsoleRecordKpiDocument;
  '\n  query CwProgramConsoleExport(\n    $id: ID!\n    $locale: Locale\n    $roster: Boolean!\n    $sessions: Boolean!\n    $kpis: Boolean!\n  ) {\n    node(id: $id) {\n      id\n      ... on Program {\n        rosterCsv(locale: $locale) @include(if: $roster)\n        sessionsCsv(locale: $locale) @include(if: $sessions)\n        kpiCsv(locale: $locale) @include(if: $kpis)\n      }\n    }\n  }\n': typeof types.CwProgramConsoleExportDocument;
  '\n  query CwProgramConsoleRoster($id: ID!, $status: EnrolmentStatus, $search: String, $after: String) {\n    node(id: $id) {\n      id\n      ... on Program {\n        status\n        viewerCanManage\n        sessionsPerParticipant\n        enrolmentCounts {\n          status\n          count\n        }\n        enrolments(first: 25, status: $status, search: $search, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              status\n              enrolledAt\n              respondedAt\n              waitlistPosition\n              lastActivityAt\n              pace\n              daysSinceLastSession\n              quota {\n                used\n                allowed\n              }\n              person {\n                id\n                name\n                orgUnit {\n                  id\n                  name\n                }\n              }\n              coach {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwProgramConsoleRosterDocument;
  '\n  fragment CwProgramConsoleEnrolmentChange on Enrolment {\n    id\n    status\n    program {\n      id\n    }\n  }\n': typeof types.CwProgramConsoleEnrolmentChangeFragmentDoc;
  '\n  mutation CwProgramConsoleChangeEnrolment($input: ChangeEnrolmentStatusInput!) {\n    changeEnrolmentStatus(input: $input) {\n      enrolment {\n        ...CwProgramConsoleEnrolmentChange\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwProgramConsoleChangeEnrolmentDocument;
  '\n  mutation CwProgramConsoleRematch($input: RematchEnrolmentInput!) {\n    rematchEnrolment(input: $input) {\n      enrolment {\n        ...CwProgramConsoleEnrolmentChange\n        coach {\n          id\n          name\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwProgramConsoleRematchDocument;
  '\n  mutation CwProgramConsoleRemind($input: RemindProgramParticipantsInput!) {\n    remindProgramParticipants(input: $input) {\n      remindedCount\n      alreadyRemindedCount\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.CwProgramConsoleRemindDocument;
  '\n  fragment CwProgramConsolePlatform on LtiRegistration {\n    id\n    issuer\n    clientId\n    deploymentIds\n    jwksUrl\n    jwks\n    authLoginUrl\n    accessTokenUrl\n    emailLinkDomains\n    createdAt\n  }\n': typeof types.CwProgramConsolePlatformFragmentDoc;
  '\n  query CwProgramConsolePlatforms {\n    ltiRegistrations {\n      ...CwProgramConsolePlatform\n    }\n  }\n': typeof types.CwProgramConsolePlatformsDocument;
  '\n  mutation CwProgramConsoleRegisterPlatform($input: RegisterLtiPlatformInput!) {\n    registerLtiPlatform(input: $input) {\n      registration {\n        ...CwProgramConsolePlatform\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwProgramConsoleRegisterPlatformDocument;
  '\n  mutation CwProgramConsoleSetPlatformKeys($input: SetLtiPlatformKeysInput!) {\n    setLtiPlatformKeys(input: $input) {\n      registration {\n        ...CwProgramConsolePlatform\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwProgramConsoleSetPlatformKeysDocument;
  '\n  mutation CwProgramConsoleRemovePlatform($id: ID!) {\n    removeLtiRegistration(id: $id) {\n      removedId\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwProgramConsoleRemovePlatformDocument;
  '\n  query CwProgramConsolePulsePhases($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Program {\n        status\n        viewerCanManage\n        pulsePhases {\n          phase\n          opensAt\n          closesAt\n          ratersCutoffAt\n          raterLimits {\n            minReports\n            maxReports\n            minPeers\n            maxPeers\n          }\n          requested\n          submitted\n        }\n      }\n    }\n  }\n': typeof types.CwProgramConsolePulsePhasesDocument;
  '\n  mutation CwProgramConsoleOpenPulsePhase($input: OpenPulsePhaseInput!) {\n    openPulsePhase(input: $input) {\n      phase {\n        phase\n        opensAt\n        closesAt\n        requested\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwProgramConsoleOpenPulsePhaseDocument;
  '\n  mutation CwProgramConsoleClosePulsePhase($input: ClosePulsePhaseInput!) {\n    closePulsePhase(input: $input) {\n      phase {\n        phase\n        closesAt\n        submitted\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwProgramConsoleClosePulsePhaseDocument;
  '\n  fragment CwProgramConsoleSetup on Program {\n    id\n    name\n    status\n    viewerCanManage\n    names {\n      locale\n      text\n    }\n    objectives {\n      locale\n      text\n    }\n    languages\n    sessionsPerParticipant\n    durationWeeks\n    cadenceDays\n    sessionMinutes\n    capacity\n    startsOn\n    endsOn\n    policy {\n      minNoticeHours\n      horizonDays\n      lateCancelHours\n      bufferMinutes\n    }\n    focusCapabilities {\n      id\n      code\n    }\n    kpis {\n      id\n      names {\n        locale\n        text\n      }\n      unit\n      baseline\n      target\n    }\n    targetPopulation {\n      orgUnits {\n        includeSubtree\n        orgUnit {\n          id\n          name\n        }\n      }\n      excludedOrgUnits {\n        includeSubtree\n        orgUnit {\n          id\n          name\n        }\n      }\n      includedPeople {\n        id\n        name\n      }\n      excludedPeople {\n        id\n        name\n      }\n      jobLevels\n      minDaysInRole\n      maxDaysInRole\n      managesManagers\n      timeZones\n      locales\n    }\n    outcomeSummary {\n      locale\n      text\n    }\n  }\n': typeof types.CwProgramConsoleSetupFragmentDoc;
  '\n  query CwProgramConsoleSetupChoices($locale: Locale) {\n    organisation {\n      id\n      locales\n      timeZone\n    }\n    capabilities(first: 50) {\n      edges {\n        node {\n          ...CwCapabilityChoice\n        }\n      }\n    }\n  }\n': typeof types.CwProgramConsoleSetupChoicesDocument;
  '\n  query CwProgramConsoleUnitSearch($search: String) {\n    orgUnits(first: 8, search: $search) {\n      edges {\n        node {\n          id\n          name\n          peopleCount\n        }\n      }\n    }\n  }\n': typeof types.CwProgramConsoleUnitSearchDocument;
  '\n  query CwProgramConsolePersonSearch($search: String) {\n    people(first: 8, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          orgUnit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwProgramConsolePersonSearchDocument;
  '\n  query CwProgramConsoleProgram($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Program {\n        ...CwProgramConsoleSetup\n      }\n    }\n  }\n': typeof types.CwProgramConsoleProgramDocument;
  '\n  query CwProgramConsolePopulation($rules: PopulationRulesInput!, $programId: ID) {\n    programPopulationPreview(rules: $rules, programId: $programId, sampleSize: 5) {\n      count\n      overlapCount\n      overlaps {\n        count\n        program {\n          id\n          name\n        }\n      }\n      sample {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwProgramConsolePopulationDocument;
  '\n  mutation CwProgramConsoleCreate($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwProgramConsoleCreateDocument;
  '\n  mutation CwProgramConsoleUpdate($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwProgramConsoleUpdateDocument;
  '\n  mutation CwProgramConsolePublish($input: PublishProgramInput!) {\n    publishProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      invitedCount\n      waitlistedCount\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwProgramConsolePublishDocument;
  '\n  mutation CwProgramConsolePause($input: ProgramTransitionInput!) {\n    pauseProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwProgramConsolePauseDocument;
  '\n  mutation CwProgramConsoleResume($input: ProgramTransitionInput!) {\n    resumeProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwProgramConsoleResumeDocument;
  '\n  mutation CwProgramConsoleClose($input: CloseProgramInput!) {\n    closeProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      completedCount\n      withdrawnCount\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n': typeof types.CwProgramConsoleCloseDocument;
  '\n  query CwProgressCard($enrolment: ID, $person: ID, $locale: Locale) {\n    viewer {\n      id\n      timeZone\n    }\n    progressCard(enrolment: $enrolment, person: $person) {\n      availability\n      person {\n        id\n        name\n      }\n      progress {\n        enrolment {\n          id\n          status\n        }\n        program {\n          id\n          name\n        }\n        coach {\n          id\n          name\n        }\n        sessions {\n          planned\n          completed\n          upcoming\n          noShows\n          lateCancellations\n          remaining\n        }\n        nextSession {\n          id\n          startsAt\n          endsAt\n        }\n        attendance {\n          attended\n          missed\n          rate\n        }\n        cadence {\n          status\n          meanDaysBetweenSessions\n          targetDaysBetweenSessions\n          expectedByNow\n        }\n        goals {\n          total\n          onTrack\n          meanProgress\n        }\n        capabilities {\n          capability {\n            id\n            code\n            name(locale: $locale)\n          }\n          baseline {\n            phase\n            mean\n            raters\n            withheld\n          }\n          latest {\n            phase\n            mean\n            raters\n            withheld\n          }\n          delta\n        }\n        sharedWithManager\n        viewerCanChangeSharing\n      }\n    }\n  }\n': typeof types.CwProgressCardDocument;
  '\n  mutation CwProgressCardSharing($input: SetProgressSharingInput!) {\n    setProgressSharing(input: $input) {\n      progress {\n        sharedWithManager\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwProgressCardSharingDocument;
  '\n  query CwPulseRequests($locale: Locale) {\n    pulseRequests {\n      subject {\n        id\n        name\n      }\n      program {\n        id\n        name\n      }\n      phase\n      raterType\n      capabilities {\n        id\n        code\n        name(locale: $locale)\n        description(locale: $locale)\n      }\n      scale {\n        min\n        max\n      }\n      dueAt\n      draft {\n        capability {\n          id\n        }\n        score\n      }\n    }\n    viewer {\n      id\n      timeZone\n    }\n  }\n': typeof types.CwPulseRequestsDocument;
  '\n  mutation CwPulseSaveDraft($input: SavePulseDraftInput!) {\n    savePulseDraft(input: $input) {\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwPulseSaveDraftDocument;
  '\n  mutation CwPulseSubmit($input: SubmitPulseInput!) {\n    submitPulse(input: $input) {\n      submitted\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwPulseSubmitDocument;
  '\n  query CwPulseRaterChoices {\n    pulseRaterChoices {\n      program {\n        id\n        name\n      }\n      phase\n      ratersCutoffAt\n      raterLimits {\n        minReports\n        maxReports\n        minPeers\n        maxPeers\n      }\n      raters {\n        person {\n          id\n          name\n        }\n        raterType\n      }\n      raterCandidates {\n        person {\n          id\n          name\n        }\n        raterType\n      }\n    }\n    viewer {\n      id\n      timeZone\n    }\n  }\n': typeof types.CwPulseRaterChoicesDocument;
  '\n  mutation CwPulseSetRaters($input: SetPulseRatersInput!) {\n    setPulseRaters(input: $input) {\n      request {\n        phase\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwPulseSetRatersDocument;
  '\n  query CwPulseWellbeing {\n    viewer {\n      id\n      wellbeing {\n        period\n        answered\n        eligible\n      }\n    }\n  }\n': typeof types.CwPulseWellbeingDocument;
  '\n  mutation CwPulseAnswerWellbeing($input: AnswerWellbeingPulseInput!) {\n    answerWellbeingPulse(input: $input) {\n      answer {\n        period\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwPulseAnswerWellbeingDocument;
  '\n  query CwQualityHeatmap($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      metric\n      period\n      periods\n      minGroupSize\n      participationTarget\n      stale\n      asOf\n      unit {\n        id\n        name\n      }\n      path {\n        id\n        name\n      }\n      columns {\n        capability {\n          id\n          code\n          name(locale: $locale)\n        }\n        organisation {\n          ...CwHeatmapCell\n        }\n      }\n      total {\n        ...CwHeatmapRow\n      }\n      rows {\n        ...CwHeatmapRow\n      }\n    }\n  }\n\n  fragment CwHeatmapRow on HeatmapRow {\n    unit {\n      id\n      name\n      kind\n    }\n    level\n    peopleCount\n    hasChildren\n    cells {\n      ...CwHeatmapCell\n    }\n  }\n\n  fragment CwHeatmapCell on HeatmapCell {\n    value\n    count\n    suppressed\n    reason\n    belowParticipationTarget\n    effectSize {\n      d\n      low\n      high\n    }\n  }\n': typeof types.CwQualityHeatmapDocument;
  '\n  query CwQualityHeatmapPrograms {\n    viewer {\n      id\n      roles\n    }\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n          viewerCanManage\n        }\n      }\n    }\n  }\n': typeof types.CwQualityHeatmapProgramsDocument;
  '\n  query CwQualityHeatmapCsv($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      csv(locale: $locale)\n    }\n  }\n': typeof types.CwQualityHeatmapCsvDocument;
  '\n  fragment CwSessionBookerCoach on Coach {\n    id\n    name\n    bio\n    credential\n    languages\n    timeZone\n    specialties {\n      id\n      code\n      name(locale: $locale)\n    }\n  }\n': typeof types.CwSessionBookerCoachFragmentDoc;
  '\n  fragment CwSessionBookerSession on Session {\n    id\n    startsAt\n    endsAt\n    status\n    sequence\n    lateCancellation\n    joinUrl\n    coach {\n      id\n      name\n    }\n    cancellationPolicy {\n      lateCancelHours\n      lateFrom\n      lateNow\n      canReschedule\n    }\n  }\n': typeof types.CwSessionBookerSessionFragmentDoc;
  '\n  query CwSessionBookerViewer {\n    viewer {\n      id\n      timeZone\n      enrolments(first: 20) {\n        edges {\n          node {\n            id\n            status\n            bookingPolicy {\n              minNoticeHours\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwSessionBookerViewerDocument;
  '\n  query CwSessionBookerEnrolment(\n    $id: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $timeZone: TimeZone\n    $locale: Locale\n    $slots: Boolean!\n  ) {\n    node(id: $id) {\n      ... on Enrolment {\n        id\n        status\n        viewerCanRespond\n        program {\n          id\n          name\n          focusCapabilities {\n            id\n            code\n            name(locale: $locale)\n          }\n        }\n        matchedCoach {\n          ...CwSessionBookerCoach\n        }\n        quota {\n          allowed\n          used\n          remaining\n        }\n        bookingPolicy {\n          sessionMinutes\n          minNoticeHours\n          horizonDays\n          lateCancelHours\n        }\n        availableSlots(from: $from, to: $to, timeZone: $timeZone) @include(if: $slots) {\n          timeZone\n          slots {\n            startsAt\n            endsAt\n          }\n          nextSlot {\n            startsAt\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwSessionBookerEnrolmentDocument;
  '\n  query CwSessionBookerSessions($id: ID!) {\n    node(id: $id) {\n      ... on Enrolment {\n        id\n        upcoming: sessions(first: 8, upcoming: true, status: [BOOKED]) {\n          edges {\n            node {\n              ...CwSessionBookerSession\n            }\n          }\n        }\n        held: sessions(first: 5, status: [COMPLETED]) {\n          edges {\n            node {\n              id\n              startsAt\n              feedback {\n                rating\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwSessionBookerSessionsDocument;
  '\n  query CwSessionBookerSuggestions($id: ID!, $locale: Locale) {\n    node(id: $id) {\n      ... on Enrolment {\n        id\n        coachSuggestions(first: 3) {\n          score\n          coach {\n            ...CwSessionBookerCoach\n          }\n          reasons {\n            code\n            points\n            language\n            hours\n            ratingAverage\n            ratingCount\n            capability {\n              id\n              name(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwSessionBookerSuggestionsDocument;
  '\n  mutation CwSessionBookerCancel($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      session {\n        ...CwSessionBookerSession\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwSessionBookerCancelDocument;
  '\n  mutation CwSessionBookerFeedback($input: SubmitSessionFeedbackInput!) {\n    submitSessionFeedback(input: $input) {\n      feedback {\n        rating\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwSessionBookerFeedbackDocument;
  '\n  mutation CwSessionBookerRespond($input: RespondToProgramInvitationInput!) {\n    respondToProgramInvitation(input: $input) {\n      enrolment {\n        id\n        status\n        viewerCanRespond\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwSessionBookerRespondDocument;
  '\n  mutation CwSessionBookerBook($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      session {\n        ...CwSessionBookerSession\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwSessionBookerBookDocument;
  '\n  mutation CwSessionBookerReschedule($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      session {\n        ...CwSessionBookerSession\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwSessionBookerRescheduleDocument;
  '\n  mutation CwSessionBookerChooseCoach($input: ChooseCoachInput!) {\n    chooseCoach(input: $input) {\n      enrolment {\n        id\n        status\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwSessionBookerChooseCoachDocument;
  '\n  fragment CwCapabilityChoice on Capability {\n    id\n    code\n    name(locale: $locale)\n  }\n': typeof types.CwCapabilityChoiceFragmentDoc;
  '\n  query CwSessionCalendar($id: ID!) {\n    node(id: $id) {\n      ... on Session {\n        id\n        calendar {\n          filename\n          contentType\n          ics\n        }\n      }\n    }\n  }\n': typeof types.CwSessionCalendarDocument;
  '\n  fragment CwUserError on UserError {\n    field\n    code\n    message\n  }\n': typeof types.CwUserErrorFragmentDoc;
  '\n  query CwViewerBadge {\n    viewer {\n      id\n      name\n      timeZone\n      roles\n      organisation {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n': typeof types.CwViewerBadgeDocument;
};
const documents: Documents = {
  '\n  fragment CwCoachDeskHours on CoachAvailability {\n    timeZone\n    capacity\n    activeClients\n    weeklyHours {\n      weekday\n      startTime\n      endTime\n    }\n    exceptions {\n      startsOn\n      endsOn\n      reason\n    }\n  }\n':
    types.CwCoachDeskHoursFragmentDoc,
  '\n  fragment CwCoachDeskConflict on AvailabilityConflict {\n    reason\n    session {\n      id\n      startsAt\n      participant {\n        id\n        name\n      }\n    }\n  }\n':
    types.CwCoachDeskConflictFragmentDoc,
  '\n  query CwCoachDeskAvailability {\n    coachDesk {\n      availability {\n        ...CwCoachDeskHours\n        conflicts {\n          ...CwCoachDeskConflict\n          session {\n            enrolment {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.CwCoachDeskAvailabilityDocument,
  '\n  query CwCoachDeskMoveSlots($id: ID!, $from: DateTime!, $to: DateTime!) {\n    node(id: $id) {\n      id\n      ... on Enrolment {\n        availableSlots(from: $from, to: $to) {\n          slots {\n            startsAt\n          }\n        }\n      }\n    }\n  }\n':
    types.CwCoachDeskMoveSlotsDocument,
  '\n  mutation CwCoachDeskMoveSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      session {\n        id\n        startsAt\n        endsAt\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwCoachDeskMoveSessionDocument,
  '\n  mutation CwCoachDeskSetAvailability($input: SetCoachAvailabilityInput!) {\n    setCoachAvailability(input: $input) {\n      saved\n      availability {\n        ...CwCoachDeskHours\n      }\n      conflicts {\n        ...CwCoachDeskConflict\n        session {\n          endsAt\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwCoachDeskSetAvailabilityDocument,
  '\n  query CwCoachDeskClients {\n    coachDesk {\n      clients {\n        id\n        status\n        pace\n        person {\n          id\n          name\n        }\n        program {\n          id\n          name\n        }\n        quota {\n          allowed\n          used\n          remaining\n        }\n        progress {\n          goals {\n            total\n            onTrack\n          }\n          nextSession {\n            id\n            startsAt\n          }\n        }\n      }\n    }\n  }\n':
    types.CwCoachDeskClientsDocument,
  '\n  fragment CwCoachDeskClientGoal on Goal {\n    id\n    title\n    progress\n    status\n    capability {\n      id\n      name\n    }\n  }\n':
    types.CwCoachDeskClientGoalFragmentDoc,
  '\n  query CwCoachDeskClientGoals($owner: ID!) {\n    goals(first: 20, filter: { owner: $owner }) {\n      edges {\n        node {\n          ...CwCoachDeskClientGoal\n          targetDate\n        }\n      }\n    }\n  }\n':
    types.CwCoachDeskClientGoalsDocument,
  '\n  query CwCoachDeskHeader {\n    coachDesk {\n      timeZone\n      coach {\n        id\n        name\n        rating {\n          average\n          count\n        }\n      }\n    }\n  }\n':
    types.CwCoachDeskHeaderDocument,
  '\n  query CwCoachDeskWeek($from: DateTime!, $to: DateTime!) {\n    coachDesk {\n      timeZone\n      sessions(from: $from, to: $to) {\n        id\n        startsAt\n        endsAt\n        status\n        joinUrl\n        participant {\n          id\n          name\n        }\n        enrolment {\n          id\n          program {\n            id\n            name\n          }\n        }\n        privateNote {\n          body\n          updatedAt\n          capabilities {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.CwCoachDeskWeekDocument,
  '\n  query CwCoachDeskSessionDetail($owner: ID!, $enrolment: ID!) {\n    goals(first: 20, filter: { owner: $owner }) {\n      edges {\n        node {\n          ...CwCoachDeskClientGoal\n        }\n      }\n    }\n    node(id: $enrolment) {\n      id\n      ... on Enrolment {\n        sessions(first: 100, status: [COMPLETED, NO_SHOW]) {\n          edges {\n            node {\n              id\n              startsAt\n              status\n              privateNote {\n                body\n                updatedAt\n                capabilities {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n    capabilities(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.CwCoachDeskSessionDetailDocument,
  '\n  fragment CwCoachDeskSessionStatus on SessionPayload {\n    session {\n      id\n      status\n    }\n    userErrors {\n      field\n      message\n    }\n  }\n':
    types.CwCoachDeskSessionStatusFragmentDoc,
  '\n  mutation CwCoachDeskComplete($input: SessionIdInput!) {\n    completeSession(input: $input) {\n      ...CwCoachDeskSessionStatus\n    }\n  }\n':
    types.CwCoachDeskCompleteDocument,
  '\n  mutation CwCoachDeskNoShow($input: SessionIdInput!) {\n    markSessionNoShow(input: $input) {\n      ...CwCoachDeskSessionStatus\n    }\n  }\n':
    types.CwCoachDeskNoShowDocument,
  '\n  mutation CwCoachDeskWriteNote($input: WriteSessionNoteInput!) {\n    writeSessionNote(input: $input) {\n      session {\n        id\n      }\n      note {\n        body\n        updatedAt\n        capabilities {\n          id\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwCoachDeskWriteNoteDocument,
  '\n  fragment CwGoalTrackerGoal on Goal {\n    id\n    title\n    description\n    targetDate\n    status\n    progress\n    visibility\n    viewerCanEdit\n    capability {\n      ...CwCapabilityChoice\n    }\n    milestones {\n      id\n      title\n      done\n      position\n    }\n    latestCheckIn {\n      id\n      checkedInAt\n    }\n  }\n':
    types.CwGoalTrackerGoalFragmentDoc,
  '\n  fragment CwGoalTrackerCheckIns on Goal {\n    id\n    checkIns(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          progress\n          note\n          mood\n          confidence\n          checkedInAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.CwGoalTrackerCheckInsFragmentDoc,
  '\n  fragment CwGoalTrackerGoalChange on GoalPayload {\n    goal {\n      ...CwGoalTrackerGoal\n    }\n    userErrors {\n      ...CwUserError\n    }\n  }\n':
    types.CwGoalTrackerGoalChangeFragmentDoc,
  '\n  query CwGoalTracker($owner: ID, $capability: String, $locale: Locale, $first: Int!) {\n    viewer {\n      id\n      timeZone\n    }\n    capabilities(first: 50) {\n      edges {\n        node {\n          ...CwCapabilityChoice\n        }\n      }\n    }\n    goals(first: $first, filter: { owner: $owner, capability: $capability }) {\n      totalCount\n      edges {\n        node {\n          ...CwGoalTrackerGoal\n        }\n      }\n    }\n  }\n':
    types.CwGoalTrackerDocument,
  '\n  query CwGoalTrackerDetail($id: ID!) {\n    goal(id: $id) {\n      ...CwGoalTrackerCheckIns\n    }\n  }\n':
    types.CwGoalTrackerDetailDocument,
  '\n  mutation CwGoalTrackerCreate($input: CreateGoalInput!, $locale: Locale) {\n    createGoal(input: $input) {\n      ...CwGoalTrackerGoalChange\n    }\n  }\n':
    types.CwGoalTrackerCreateDocument,
  '\n  mutation CwGoalTrackerUpdate($input: UpdateGoalInput!, $locale: Locale) {\n    updateGoal(input: $input) {\n      ...CwGoalTrackerGoalChange\n    }\n  }\n':
    types.CwGoalTrackerUpdateDocument,
  '\n  mutation CwGoalTrackerVisibility($input: SetGoalVisibilityInput!, $locale: Locale) {\n    setGoalVisibility(input: $input) {\n      ...CwGoalTrackerGoalChange\n    }\n  }\n':
    types.CwGoalTrackerVisibilityDocument,
  '\n  mutation CwGoalTrackerCheckIn($input: AddGoalCheckInInput!, $locale: Locale) {\n    addGoalCheckIn(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n        ...CwGoalTrackerCheckIns\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwGoalTrackerCheckInDocument,
  '\n  mutation CwGoalTrackerMilestone($input: CompleteGoalMilestoneInput!, $locale: Locale) {\n    completeGoalMilestone(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwGoalTrackerMilestoneDocument,
  '\n  query CwProgramConsoleCoaches($id: ID!) {\n    viewer {\n      id\n      roles\n    }\n    node(id: $id) {\n      id\n      ... on Program {\n        status\n        viewerCanManage\n        coachPool {\n          capacity\n          activeClients\n          ratingTrend {\n            month\n            average\n            withheld\n          }\n          feedbackComments {\n            withheld\n            minGroupSize\n            comments {\n              month\n              text\n            }\n          }\n          coach {\n            id\n            name\n            languages\n            qualityStatus\n            capacity\n            activeClients\n            rating {\n              average\n              count\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.CwProgramConsoleCoachesDocument,
  '\n  fragment CwProgramConsoleCoachStatus on CoachStatusPayload {\n    coach {\n      id\n      qualityStatus\n    }\n    clientsToMove\n    userErrors {\n      field\n      message\n    }\n  }\n':
    types.CwProgramConsoleCoachStatusFragmentDoc,
  '\n  fragment CwProgramConsoleQualitySettings on CoachQualitySettings {\n    probationBelow\n    restoreAtOrAbove\n    minRatings\n    window\n  }\n':
    types.CwProgramConsoleQualitySettingsFragmentDoc,
  '\n  mutation CwProgramConsolePauseCoach($input: CoachStatusInput!) {\n    pauseCoach(input: $input) {\n      ...CwProgramConsoleCoachStatus\n    }\n  }\n':
    types.CwProgramConsolePauseCoachDocument,
  '\n  mutation CwProgramConsoleReinstateCoach($input: CoachStatusInput!) {\n    reinstateCoach(input: $input) {\n      ...CwProgramConsoleCoachStatus\n    }\n  }\n':
    types.CwProgramConsoleReinstateCoachDocument,
  '\n  mutation CwProgramConsoleHandover($input: ProposeCoachHandoverInput!) {\n    proposeCoachHandover(input: $input) {\n      ...CwProgramConsoleProposalPayload\n    }\n  }\n':
    types.CwProgramConsoleHandoverDocument,
  '\n  mutation CwProgramConsoleEndProbation($input: EndCoachProbationInput!) {\n    endCoachProbation(input: $input) {\n      ...CwProgramConsoleCoachStatus\n    }\n  }\n':
    types.CwProgramConsoleEndProbationDocument,
  '\n  query CwProgramConsoleQualitySettings {\n    coachQualitySettings {\n      ...CwProgramConsoleQualitySettings\n    }\n  }\n':
    types.CwProgramConsoleQualitySettingsDocument,
  '\n  mutation CwProgramConsoleSetQualitySettings($input: CoachQualitySettingsInput!) {\n    setCoachQualitySettings(input: $input) {\n      settings {\n        ...CwProgramConsoleQualitySettings\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwProgramConsoleSetQualitySettingsDocument,
  '\n  query CwProgramConsoleList($status: ProgramStatus) {\n    viewer {\n      id\n      roles\n    }\n    programs(first: 50, status: $status, manageable: true) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n          startsOn\n          endsOn\n          sessionsPerParticipant\n          enrolments(first: 0) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n':
    types.CwProgramConsoleListDocument,
  '\n  query CwProgramConsoleHeader($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Program {\n        name\n        status\n      }\n    }\n  }\n':
    types.CwProgramConsoleHeaderDocument,
  '\n  fragment CwProgramConsoleProposal on MatchProposal {\n    id\n    kind\n    status\n    createdAt\n    matchedCount\n    unmatchedCount\n    fromCoach {\n      id\n      name\n    }\n    pairs(first: 50) {\n      totalCount\n      edges {\n        node {\n          score\n          adjusted\n          enrolment {\n            id\n            person {\n              id\n              name\n              locale\n            }\n          }\n          coach {\n            id\n            name\n          }\n          reasons {\n            code\n            message\n          }\n        }\n      }\n    }\n    unmatched(first: 50) {\n      totalCount\n      edges {\n        node {\n          reason\n          message\n          enrolment {\n            id\n            person {\n              id\n              name\n              locale\n            }\n          }\n        }\n      }\n    }\n    coachLoads {\n      proposed\n      current\n      capacity\n      coach {\n        id\n        name\n      }\n    }\n  }\n':
    types.CwProgramConsoleProposalFragmentDoc,
  '\n  fragment CwProgramConsoleProposalPayload on MatchProposalPayload {\n    proposal {\n      id\n      matchedCount\n      unmatchedCount\n      program {\n        id\n      }\n    }\n    userErrors {\n      field\n      message\n    }\n  }\n':
    types.CwProgramConsoleProposalPayloadFragmentDoc,
  '\n  query CwProgramConsoleMatching($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Program {\n        status\n        viewerCanManage\n        enrolmentCounts {\n          status\n          count\n        }\n        coachPool {\n          coach {\n            id\n            name\n            languages\n          }\n        }\n        openMatchProposal {\n          ...CwProgramConsoleProposal\n        }\n        pendingMatchProposal {\n          ...CwProgramConsoleProposalProgress\n        }\n      }\n    }\n  }\n':
    types.CwProgramConsoleMatchingDocument,
  '\n  fragment CwProgramConsoleProposalProgress on MatchProposal {\n    id\n    status\n    cohortSize\n    failure\n    failureMessage\n  }\n':
    types.CwProgramConsoleProposalProgressFragmentDoc,
  '\n  query CwProgramConsoleProposalProgress($id: ID!) {\n    node(id: $id) {\n      id\n      ... on MatchProposal {\n        ...CwProgramConsoleProposalProgress\n      }\n    }\n  }\n':
    types.CwProgramConsoleProposalProgressDocument,
  '\n  mutation CwProgramConsolePropose($input: ProposeProgramMatchInput!) {\n    proposeProgramMatch(input: $input) {\n      ...CwProgramConsoleProposalPayload\n      proposal {\n        status\n      }\n    }\n  }\n':
    types.CwProgramConsoleProposeDocument,
  '\n  mutation CwProgramConsoleAdjust($input: AdjustMatchProposalInput!) {\n    adjustMatchProposal(input: $input) {\n      ...CwProgramConsoleProposalPayload\n    }\n  }\n':
    types.CwProgramConsoleAdjustDocument,
  '\n  mutation CwProgramConsoleApprove($input: DecideMatchProposalInput!) {\n    approveMatchProposal(input: $input) {\n      ...CwProgramConsoleProposalPayload\n      proposal {\n        status\n      }\n    }\n  }\n':
    types.CwProgramConsoleApproveDocument,
  '\n  mutation CwProgramConsoleDiscard($input: DecideMatchProposalInput!) {\n    discardMatchProposal(input: $input) {\n      ...CwProgramConsoleProposalPayload\n      proposal {\n        status\n      }\n    }\n  }\n':
    types.CwProgramConsoleDiscardDocument,
  '\n  query CwProgramConsoleOutcomes($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Program {\n        name\n        status\n        viewerCanManage\n        publishedAt\n        closedAt\n        enrolmentCounts {\n          status\n          count\n        }\n        participation {\n          weekStarting\n          activeParticipants\n          participantsWithSessions\n          sessionsHeld\n          withheld\n        }\n        kpis {\n          id\n          name\n          unit\n          baseline\n          target\n          values {\n            recordedOn\n            value\n            note\n          }\n        }\n        outcomeSummary {\n          locale\n          text\n        }\n      }\n    }\n  }\n':
    types.CwProgramConsoleOutcomesDocument,
  '\n  mutation CwProgramConsoleRecordKpi($input: RecordProgramKpiValueInput!) {\n    recordProgramKpiValue(input: $input) {\n      kpi {\n        id\n        values {\n          recordedOn\n          value\n          note\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwProgramConsoleRecordKpiDocument,
  '\n  query CwProgramConsoleExport(\n    $id: ID!\n    $locale: Locale\n    $roster: Boolean!\n    $sessions: Boolean!\n    $kpis: Boolean!\n  ) {\n    node(id: $id) {\n      id\n      ... on Program {\n        rosterCsv(locale: $locale) @include(if: $roster)\n        sessionsCsv(locale: $locale) @include(if: $sessions)\n        kpiCsv(locale: $locale) @include(if: $kpis)\n      }\n    }\n  }\n':
    types.CwProgramConsoleExportDocument,
  '\n  query CwProgramConsoleRoster($id: ID!, $status: EnrolmentStatus, $search: String, $after: String) {\n    node(id: $id) {\n      id\n      ... on Program {\n        status\n        viewerCanManage\n        sessionsPerParticipant\n        enrolmentCounts {\n          status\n          count\n        }\n        enrolments(first: 25, status: $status, search: $search, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              status\n              enrolledAt\n              respondedAt\n              waitlistPosition\n              lastActivityAt\n              pace\n              daysSinceLastSession\n              quota {\n                used\n                allowed\n              }\n              person {\n                id\n                name\n                orgUnit {\n                  id\n                  name\n                }\n              }\n              coach {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.CwProgramConsoleRosterDocument,
  '\n  fragment CwProgramConsoleEnrolmentChange on Enrolment {\n    id\n    status\n    program {\n      id\n    }\n  }\n':
    types.CwProgramConsoleEnrolmentChangeFragmentDoc,
  '\n  mutation CwProgramConsoleChangeEnrolment($input: ChangeEnrolmentStatusInput!) {\n    changeEnrolmentStatus(input: $input) {\n      enrolment {\n        ...CwProgramConsoleEnrolmentChange\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwProgramConsoleChangeEnrolmentDocument,
  '\n  mutation CwProgramConsoleRematch($input: RematchEnrolmentInput!) {\n    rematchEnrolment(input: $input) {\n      enrolment {\n        ...CwProgramConsoleEnrolmentChange\n        coach {\n          id\n          name\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwProgramConsoleRematchDocument,
  '\n  mutation CwProgramConsoleRemind($input: RemindProgramParticipantsInput!) {\n    remindProgramParticipants(input: $input) {\n      remindedCount\n      alreadyRemindedCount\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.CwProgramConsoleRemindDocument,
  '\n  fragment CwProgramConsolePlatform on LtiRegistration {\n    id\n    issuer\n    clientId\n    deploymentIds\n    jwksUrl\n    jwks\n    authLoginUrl\n    accessTokenUrl\n    emailLinkDomains\n    createdAt\n  }\n':
    types.CwProgramConsolePlatformFragmentDoc,
  '\n  query CwProgramConsolePlatforms {\n    ltiRegistrations {\n      ...CwProgramConsolePlatform\n    }\n  }\n':
    types.CwProgramConsolePlatformsDocument,
  '\n  mutation CwProgramConsoleRegisterPlatform($input: RegisterLtiPlatformInput!) {\n    registerLtiPlatform(input: $input) {\n      registration {\n        ...CwProgramConsolePlatform\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwProgramConsoleRegisterPlatformDocument,
  '\n  mutation CwProgramConsoleSetPlatformKeys($input: SetLtiPlatformKeysInput!) {\n    setLtiPlatformKeys(input: $input) {\n      registration {\n        ...CwProgramConsolePlatform\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwProgramConsoleSetPlatformKeysDocument,
  '\n  mutation CwProgramConsoleRemovePlatform($id: ID!) {\n    removeLtiRegistration(id: $id) {\n      removedId\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwProgramConsoleRemovePlatformDocument,
  '\n  query CwProgramConsolePulsePhases($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Program {\n        status\n        viewerCanManage\n        pulsePhases {\n          phase\n          opensAt\n          closesAt\n          ratersCutoffAt\n          raterLimits {\n            minReports\n            maxReports\n            minPeers\n            maxPeers\n          }\n          requested\n          submitted\n        }\n      }\n    }\n  }\n':
    types.CwProgramConsolePulsePhasesDocument,
  '\n  mutation CwProgramConsoleOpenPulsePhase($input: OpenPulsePhaseInput!) {\n    openPulsePhase(input: $input) {\n      phase {\n        phase\n        opensAt\n        closesAt\n        requested\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwProgramConsoleOpenPulsePhaseDocument,
  '\n  mutation CwProgramConsoleClosePulsePhase($input: ClosePulsePhaseInput!) {\n    closePulsePhase(input: $input) {\n      phase {\n        phase\n        closesAt\n        submitted\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwProgramConsoleClosePulsePhaseDocument,
  '\n  fragment CwProgramConsoleSetup on Program {\n    id\n    name\n    status\n    viewerCanManage\n    names {\n      locale\n      text\n    }\n    objectives {\n      locale\n      text\n    }\n    languages\n    sessionsPerParticipant\n    durationWeeks\n    cadenceDays\n    sessionMinutes\n    capacity\n    startsOn\n    endsOn\n    policy {\n      minNoticeHours\n      horizonDays\n      lateCancelHours\n      bufferMinutes\n    }\n    focusCapabilities {\n      id\n      code\n    }\n    kpis {\n      id\n      names {\n        locale\n        text\n      }\n      unit\n      baseline\n      target\n    }\n    targetPopulation {\n      orgUnits {\n        includeSubtree\n        orgUnit {\n          id\n          name\n        }\n      }\n      excludedOrgUnits {\n        includeSubtree\n        orgUnit {\n          id\n          name\n        }\n      }\n      includedPeople {\n        id\n        name\n      }\n      excludedPeople {\n        id\n        name\n      }\n      jobLevels\n      minDaysInRole\n      maxDaysInRole\n      managesManagers\n      timeZones\n      locales\n    }\n    outcomeSummary {\n      locale\n      text\n    }\n  }\n':
    types.CwProgramConsoleSetupFragmentDoc,
  '\n  query CwProgramConsoleSetupChoices($locale: Locale) {\n    organisation {\n      id\n      locales\n      timeZone\n    }\n    capabilities(first: 50) {\n      edges {\n        node {\n          ...CwCapabilityChoice\n        }\n      }\n    }\n  }\n':
    types.CwProgramConsoleSetupChoicesDocument,
  '\n  query CwProgramConsoleUnitSearch($search: String) {\n    orgUnits(first: 8, search: $search) {\n      edges {\n        node {\n          id\n          name\n          peopleCount\n        }\n      }\n    }\n  }\n':
    types.CwProgramConsoleUnitSearchDocument,
  '\n  query CwProgramConsolePersonSearch($search: String) {\n    people(first: 8, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          orgUnit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.CwProgramConsolePersonSearchDocument,
  '\n  query CwProgramConsoleProgram($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Program {\n        ...CwProgramConsoleSetup\n      }\n    }\n  }\n':
    types.CwProgramConsoleProgramDocument,
  '\n  query CwProgramConsolePopulation($rules: PopulationRulesInput!, $programId: ID) {\n    programPopulationPreview(rules: $rules, programId: $programId, sampleSize: 5) {\n      count\n      overlapCount\n      overlaps {\n        count\n        program {\n          id\n          name\n        }\n      }\n      sample {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwProgramConsolePopulationDocument,
  '\n  mutation CwProgramConsoleCreate($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwProgramConsoleCreateDocument,
  '\n  mutation CwProgramConsoleUpdate($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwProgramConsoleUpdateDocument,
  '\n  mutation CwProgramConsolePublish($input: PublishProgramInput!) {\n    publishProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      invitedCount\n      waitlistedCount\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwProgramConsolePublishDocument,
  '\n  mutation CwProgramConsolePause($input: ProgramTransitionInput!) {\n    pauseProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwProgramConsolePauseDocument,
  '\n  mutation CwProgramConsoleResume($input: ProgramTransitionInput!) {\n    resumeProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwProgramConsoleResumeDocument,
  '\n  mutation CwProgramConsoleClose($input: CloseProgramInput!) {\n    closeProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      completedCount\n      withdrawnCount\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n':
    types.CwProgramConsoleCloseDocument,
  '\n  query CwProgressCard($enrolment: ID, $person: ID, $locale: Locale) {\n    viewer {\n      id\n      timeZone\n    }\n    progressCard(enrolment: $enrolment, person: $person) {\n      availability\n      person {\n        id\n        name\n      }\n      progress {\n        enrolment {\n          id\n          status\n        }\n        program {\n          id\n          name\n        }\n        coach {\n          id\n          name\n        }\n        sessions {\n          planned\n          completed\n          upcoming\n          noShows\n          lateCancellations\n          remaining\n        }\n        nextSession {\n          id\n          startsAt\n          endsAt\n        }\n        attendance {\n          attended\n          missed\n          rate\n        }\n        cadence {\n          status\n          meanDaysBetweenSessions\n          targetDaysBetweenSessions\n          expectedByNow\n        }\n        goals {\n          total\n          onTrack\n          meanProgress\n        }\n        capabilities {\n          capability {\n            id\n            code\n            name(locale: $locale)\n          }\n          baseline {\n            phase\n            mean\n            raters\n            withheld\n          }\n          latest {\n            phase\n            mean\n            raters\n            withheld\n          }\n          delta\n        }\n        sharedWithManager\n        viewerCanChangeSharing\n      }\n    }\n  }\n':
    types.CwProgressCardDocument,
  '\n  mutation CwProgressCardSharing($input: SetProgressSharingInput!) {\n    setProgressSharing(input: $input) {\n      progress {\n        sharedWithManager\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwProgressCardSharingDocument,
  '\n  query CwPulseRequests($locale: Locale) {\n    pulseRequests {\n      subject {\n        id\n        name\n      }\n      program {\n        id\n        name\n      }\n      phase\n      raterType\n      capabilities {\n        id\n        code\n        name(locale: $locale)\n        description(locale: $locale)\n      }\n      scale {\n        min\n        max\n      }\n      dueAt\n      draft {\n        capability {\n          id\n        }\n        score\n      }\n    }\n    viewer {\n      id\n      timeZone\n    }\n  }\n':
    types.CwPulseRequestsDocument,
  '\n  mutation CwPulseSaveDraft($input: SavePulseDraftInput!) {\n    savePulseDraft(input: $input) {\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwPulseSaveDraftDocument,
  '\n  mutation CwPulseSubmit($input: SubmitPulseInput!) {\n    submitPulse(input: $input) {\n      submitted\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwPulseSubmitDocument,
  '\n  query CwPulseRaterChoices {\n    pulseRaterChoices {\n      program {\n        id\n        name\n      }\n      phase\n      ratersCutoffAt\n      raterLimits {\n        minReports\n        maxReports\n        minPeers\n        maxPeers\n      }\n      raters {\n        person {\n          id\n          name\n        }\n        raterType\n      }\n      raterCandidates {\n        person {\n          id\n          name\n        }\n        raterType\n      }\n    }\n    viewer {\n      id\n      timeZone\n    }\n  }\n':
    types.CwPulseRaterChoicesDocument,
  '\n  mutation CwPulseSetRaters($input: SetPulseRatersInput!) {\n    setPulseRaters(input: $input) {\n      request {\n        phase\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwPulseSetRatersDocument,
  '\n  query CwPulseWellbeing {\n    viewer {\n      id\n      wellbeing {\n        period\n        answered\n        eligible\n      }\n    }\n  }\n':
    types.CwPulseWellbeingDocument,
  '\n  mutation CwPulseAnswerWellbeing($input: AnswerWellbeingPulseInput!) {\n    answerWellbeingPulse(input: $input) {\n      answer {\n        period\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwPulseAnswerWellbeingDocument,
  '\n  query CwQualityHeatmap($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      metric\n      period\n      periods\n      minGroupSize\n      participationTarget\n      stale\n      asOf\n      unit {\n        id\n        name\n      }\n      path {\n        id\n        name\n      }\n      columns {\n        capability {\n          id\n          code\n          name(locale: $locale)\n        }\n        organisation {\n          ...CwHeatmapCell\n        }\n      }\n      total {\n        ...CwHeatmapRow\n      }\n      rows {\n        ...CwHeatmapRow\n      }\n    }\n  }\n\n  fragment CwHeatmapRow on HeatmapRow {\n    unit {\n      id\n      name\n      kind\n    }\n    level\n    peopleCount\n    hasChildren\n    cells {\n      ...CwHeatmapCell\n    }\n  }\n\n  fragment CwHeatmapCell on HeatmapCell {\n    value\n    count\n    suppressed\n    reason\n    belowParticipationTarget\n    effectSize {\n      d\n      low\n      high\n    }\n  }\n':
    types.CwQualityHeatmapDocument,
  '\n  query CwQualityHeatmapPrograms {\n    viewer {\n      id\n      roles\n    }\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n          viewerCanManage\n        }\n      }\n    }\n  }\n':
    types.CwQualityHeatmapProgramsDocument,
  '\n  query CwQualityHeatmapCsv($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      csv(locale: $locale)\n    }\n  }\n':
    types.CwQualityHeatmapCsvDocument,
  '\n  fragment CwSessionBookerCoach on Coach {\n    id\n    name\n    bio\n    credential\n    languages\n    timeZone\n    specialties {\n      id\n      code\n      name(locale: $locale)\n    }\n  }\n':
    types.CwSessionBookerCoachFragmentDoc,
  '\n  fragment CwSessionBookerSession on Session {\n    id\n    startsAt\n    endsAt\n    status\n    sequence\n    lateCancellation\n    joinUrl\n    coach {\n      id\n      name\n    }\n    cancellationPolicy {\n      lateCancelHours\n      lateFrom\n      lateNow\n      canReschedule\n    }\n  }\n':
    types.CwSessionBookerSessionFragmentDoc,
  '\n  query CwSessionBookerViewer {\n    viewer {\n      id\n      timeZone\n      enrolments(first: 20) {\n        edges {\n          node {\n            id\n            status\n            bookingPolicy {\n              minNoticeHours\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.CwSessionBookerViewerDocument,
  '\n  query CwSessionBookerEnrolment(\n    $id: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $timeZone: TimeZone\n    $locale: Locale\n    $slots: Boolean!\n  ) {\n    node(id: $id) {\n      ... on Enrolment {\n        id\n        status\n        viewerCanRespond\n        program {\n          id\n          name\n          focusCapabilities {\n            id\n            code\n            name(locale: $locale)\n          }\n        }\n        matchedCoach {\n          ...CwSessionBookerCoach\n        }\n        quota {\n          allowed\n          used\n          remaining\n        }\n        bookingPolicy {\n          sessionMinutes\n          minNoticeHours\n          horizonDays\n          lateCancelHours\n        }\n        availableSlots(from: $from, to: $to, timeZone: $timeZone) @include(if: $slots) {\n          timeZone\n          slots {\n            startsAt\n            endsAt\n          }\n          nextSlot {\n            startsAt\n          }\n        }\n      }\n    }\n  }\n':
    types.CwSessionBookerEnrolmentDocument,
  '\n  query CwSessionBookerSessions($id: ID!) {\n    node(id: $id) {\n      ... on Enrolment {\n        id\n        upcoming: sessions(first: 8, upcoming: true, status: [BOOKED]) {\n          edges {\n            node {\n              ...CwSessionBookerSession\n            }\n          }\n        }\n        held: sessions(first: 5, status: [COMPLETED]) {\n          edges {\n            node {\n              id\n              startsAt\n              feedback {\n                rating\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.CwSessionBookerSessionsDocument,
  '\n  query CwSessionBookerSuggestions($id: ID!, $locale: Locale) {\n    node(id: $id) {\n      ... on Enrolment {\n        id\n        coachSuggestions(first: 3) {\n          score\n          coach {\n            ...CwSessionBookerCoach\n          }\n          reasons {\n            code\n            points\n            language\n            hours\n            ratingAverage\n            ratingCount\n            capability {\n              id\n              name(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.CwSessionBookerSuggestionsDocument,
  '\n  mutation CwSessionBookerCancel($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      session {\n        ...CwSessionBookerSession\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwSessionBookerCancelDocument,
  '\n  mutation CwSessionBookerFeedback($input: SubmitSessionFeedbackInput!) {\n    submitSessionFeedback(input: $input) {\n      feedback {\n        rating\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwSessionBookerFeedbackDocument,
  '\n  mutation CwSessionBookerRespond($input: RespondToProgramInvitationInput!) {\n    respondToProgramInvitation(input: $input) {\n      enrolment {\n        id\n        status\n        viewerCanRespond\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwSessionBookerRespondDocument,
  '\n  mutation CwSessionBookerBook($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      session {\n        ...CwSessionBookerSession\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwSessionBookerBookDocument,
  '\n  mutation CwSessionBookerReschedule($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      session {\n        ...CwSessionBookerSession\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwSessionBookerRescheduleDocument,
  '\n  mutation CwSessionBookerChooseCoach($input: ChooseCoachInput!) {\n    chooseCoach(input: $input) {\n      enrolment {\n        id\n        status\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwSessionBookerChooseCoachDocument,
  '\n  fragment CwCapabilityChoice on Capability {\n    id\n    code\n    name(locale: $locale)\n  }\n':
    types.CwCapabilityChoiceFragmentDoc,
  '\n  query CwSessionCalendar($id: ID!) {\n    node(id: $id) {\n      ... on Session {\n        id\n        calendar {\n          filename\n          contentType\n          ics\n        }\n      }\n    }\n  }\n':
    types.CwSessionCalendarDocument,
  '\n  fragment CwUserError on UserError {\n    field\n    code\n    message\n  }\n':
    types.CwUserErrorFragmentDoc,
  '\n  query CwViewerBadge {\n    viewer {\n      id\n      name\n      timeZone\n      roles\n      organisation {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n':
    types.CwViewerBadgeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwCoachDeskHours on CoachAvailability {\n    timeZone\n    capacity\n    activeClients\n    weeklyHours {\n      weekday\n      startTime\n      endTime\n    }\n    exceptions {\n      startsOn\n      endsOn\n      reason\n    }\n  }\n',
): typeof import('./graphql.js').CwCoachDeskHoursFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwCoachDeskConflict on AvailabilityConflict {\n    reason\n    session {\n      id\n      startsAt\n      participant {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwCoachDeskConflictFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwCoachDeskAvailability {\n    coachDesk {\n      availability {\n        ...CwCoachDeskHours\n        conflicts {\n          ...CwCoachDeskConflict\n          session {\n            enrolment {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwCoachDeskAvailabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwCoachDeskMoveSlots($id: ID!, $from: DateTime!, $to: DateTime!) {\n    node(id: $id) {\n      id\n      ... on Enrolment {\n        availableSlots(from: $from, to: $to) {\n          slots {\n            startsAt\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwCoachDeskMoveSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwCoachDeskMoveSession($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      session {\n        id\n        startsAt\n        endsAt\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwCoachDeskMoveSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwCoachDeskSetAvailability($input: SetCoachAvailabilityInput!) {\n    setCoachAvailability(input: $input) {\n      saved\n      availability {\n        ...CwCoachDeskHours\n      }\n      conflicts {\n        ...CwCoachDeskConflict\n        session {\n          endsAt\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwCoachDeskSetAvailabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwCoachDeskClients {\n    coachDesk {\n      clients {\n        id\n        status\n        pace\n        person {\n          id\n          name\n        }\n        program {\n          id\n          name\n        }\n        quota {\n          allowed\n          used\n          remaining\n        }\n        progress {\n          goals {\n            total\n            onTrack\n          }\n          nextSession {\n            id\n            startsAt\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwCoachDeskClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwCoachDeskClientGoal on Goal {\n    id\n    title\n    progress\n    status\n    capability {\n      id\n      name\n    }\n  }\n',
): typeof import('./graphql.js').CwCoachDeskClientGoalFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwCoachDeskClientGoals($owner: ID!) {\n    goals(first: 20, filter: { owner: $owner }) {\n      edges {\n        node {\n          ...CwCoachDeskClientGoal\n          targetDate\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwCoachDeskClientGoalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwCoachDeskHeader {\n    coachDesk {\n      timeZone\n      coach {\n        id\n        name\n        rating {\n          average\n          count\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwCoachDeskHeaderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwCoachDeskWeek($from: DateTime!, $to: DateTime!) {\n    coachDesk {\n      timeZone\n      sessions(from: $from, to: $to) {\n        id\n        startsAt\n        endsAt\n        status\n        joinUrl\n        participant {\n          id\n          name\n        }\n        enrolment {\n          id\n          program {\n            id\n            name\n          }\n        }\n        privateNote {\n          body\n          updatedAt\n          capabilities {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwCoachDeskWeekDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwCoachDeskSessionDetail($owner: ID!, $enrolment: ID!) {\n    goals(first: 20, filter: { owner: $owner }) {\n      edges {\n        node {\n          ...CwCoachDeskClientGoal\n        }\n      }\n    }\n    node(id: $enrolment) {\n      id\n      ... on Enrolment {\n        sessions(first: 100, status: [COMPLETED, NO_SHOW]) {\n          edges {\n            node {\n              id\n              startsAt\n              status\n              privateNote {\n                body\n                updatedAt\n                capabilities {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n    capabilities(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwCoachDeskSessionDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwCoachDeskSessionStatus on SessionPayload {\n    session {\n      id\n      status\n    }\n    userErrors {\n      field\n      message\n    }\n  }\n',
): typeof import('./graphql.js').CwCoachDeskSessionStatusFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwCoachDeskComplete($input: SessionIdInput!) {\n    completeSession(input: $input) {\n      ...CwCoachDeskSessionStatus\n    }\n  }\n',
): typeof import('./graphql.js').CwCoachDeskCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwCoachDeskNoShow($input: SessionIdInput!) {\n    markSessionNoShow(input: $input) {\n      ...CwCoachDeskSessionStatus\n    }\n  }\n',
): typeof import('./graphql.js').CwCoachDeskNoShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwCoachDeskWriteNote($input: WriteSessionNoteInput!) {\n    writeSessionNote(input: $input) {\n      session {\n        id\n      }\n      note {\n        body\n        updatedAt\n        capabilities {\n          id\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwCoachDeskWriteNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwGoalTrackerGoal on Goal {\n    id\n    title\n    description\n    targetDate\n    status\n    progress\n    visibility\n    viewerCanEdit\n    capability {\n      ...CwCapabilityChoice\n    }\n    milestones {\n      id\n      title\n      done\n      position\n    }\n    latestCheckIn {\n      id\n      checkedInAt\n    }\n  }\n',
): typeof import('./graphql.js').CwGoalTrackerGoalFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwGoalTrackerCheckIns on Goal {\n    id\n    checkIns(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          progress\n          note\n          mood\n          confidence\n          checkedInAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwGoalTrackerCheckInsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwGoalTrackerGoalChange on GoalPayload {\n    goal {\n      ...CwGoalTrackerGoal\n    }\n    userErrors {\n      ...CwUserError\n    }\n  }\n',
): typeof import('./graphql.js').CwGoalTrackerGoalChangeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwGoalTracker($owner: ID, $capability: String, $locale: Locale, $first: Int!) {\n    viewer {\n      id\n      timeZone\n    }\n    capabilities(first: 50) {\n      edges {\n        node {\n          ...CwCapabilityChoice\n        }\n      }\n    }\n    goals(first: $first, filter: { owner: $owner, capability: $capability }) {\n      totalCount\n      edges {\n        node {\n          ...CwGoalTrackerGoal\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwGoalTrackerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwGoalTrackerDetail($id: ID!) {\n    goal(id: $id) {\n      ...CwGoalTrackerCheckIns\n    }\n  }\n',
): typeof import('./graphql.js').CwGoalTrackerDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwGoalTrackerCreate($input: CreateGoalInput!, $locale: Locale) {\n    createGoal(input: $input) {\n      ...CwGoalTrackerGoalChange\n    }\n  }\n',
): typeof import('./graphql.js').CwGoalTrackerCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwGoalTrackerUpdate($input: UpdateGoalInput!, $locale: Locale) {\n    updateGoal(input: $input) {\n      ...CwGoalTrackerGoalChange\n    }\n  }\n',
): typeof import('./graphql.js').CwGoalTrackerUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwGoalTrackerVisibility($input: SetGoalVisibilityInput!, $locale: Locale) {\n    setGoalVisibility(input: $input) {\n      ...CwGoalTrackerGoalChange\n    }\n  }\n',
): typeof import('./graphql.js').CwGoalTrackerVisibilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwGoalTrackerCheckIn($input: AddGoalCheckInInput!, $locale: Locale) {\n    addGoalCheckIn(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n        ...CwGoalTrackerCheckIns\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwGoalTrackerCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwGoalTrackerMilestone($input: CompleteGoalMilestoneInput!, $locale: Locale) {\n    completeGoalMilestone(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwGoalTrackerMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgramConsoleCoaches($id: ID!) {\n    viewer {\n      id\n      roles\n    }\n    node(id: $id) {\n      id\n      ... on Program {\n        status\n        viewerCanManage\n        coachPool {\n          capacity\n          activeClients\n          ratingTrend {\n            month\n            average\n            withheld\n          }\n          feedbackComments {\n            withheld\n            minGroupSize\n            comments {\n              month\n              text\n            }\n          }\n          coach {\n            id\n            name\n            languages\n            qualityStatus\n            capacity\n            activeClients\n            rating {\n              average\n              count\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleCoachesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwProgramConsoleCoachStatus on CoachStatusPayload {\n    coach {\n      id\n      qualityStatus\n    }\n    clientsToMove\n    userErrors {\n      field\n      message\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleCoachStatusFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwProgramConsoleQualitySettings on CoachQualitySettings {\n    probationBelow\n    restoreAtOrAbove\n    minRatings\n    window\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleQualitySettingsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsolePauseCoach($input: CoachStatusInput!) {\n    pauseCoach(input: $input) {\n      ...CwProgramConsoleCoachStatus\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsolePauseCoachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleReinstateCoach($input: CoachStatusInput!) {\n    reinstateCoach(input: $input) {\n      ...CwProgramConsoleCoachStatus\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleReinstateCoachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleHandover($input: ProposeCoachHandoverInput!) {\n    proposeCoachHandover(input: $input) {\n      ...CwProgramConsoleProposalPayload\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleHandoverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleEndProbation($input: EndCoachProbationInput!) {\n    endCoachProbation(input: $input) {\n      ...CwProgramConsoleCoachStatus\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleEndProbationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgramConsoleQualitySettings {\n    coachQualitySettings {\n      ...CwProgramConsoleQualitySettings\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleQualitySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleSetQualitySettings($input: CoachQualitySettingsInput!) {\n    setCoachQualitySettings(input: $input) {\n      settings {\n        ...CwProgramConsoleQualitySettings\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleSetQualitySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgramConsoleList($status: ProgramStatus) {\n    viewer {\n      id\n      roles\n    }\n    programs(first: 50, status: $status, manageable: true) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n          startsOn\n          endsOn\n          sessionsPerParticipant\n          enrolments(first: 0) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgramConsoleHeader($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Program {\n        name\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleHeaderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwProgramConsoleProposal on MatchProposal {\n    id\n    kind\n    status\n    createdAt\n    matchedCount\n    unmatchedCount\n    fromCoach {\n      id\n      name\n    }\n    pairs(first: 50) {\n      totalCount\n      edges {\n        node {\n          score\n          adjusted\n          enrolment {\n            id\n            person {\n              id\n              name\n              locale\n            }\n          }\n          coach {\n            id\n            name\n          }\n          reasons {\n            code\n            message\n          }\n        }\n      }\n    }\n    unmatched(first: 50) {\n      totalCount\n      edges {\n        node {\n          reason\n          message\n          enrolment {\n            id\n            person {\n              id\n              name\n              locale\n            }\n          }\n        }\n      }\n    }\n    coachLoads {\n      proposed\n      current\n      capacity\n      coach {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleProposalFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwProgramConsoleProposalPayload on MatchProposalPayload {\n    proposal {\n      id\n      matchedCount\n      unmatchedCount\n      program {\n        id\n      }\n    }\n    userErrors {\n      field\n      message\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleProposalPayloadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgramConsoleMatching($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Program {\n        status\n        viewerCanManage\n        enrolmentCounts {\n          status\n          count\n        }\n        coachPool {\n          coach {\n            id\n            name\n            languages\n          }\n        }\n        openMatchProposal {\n          ...CwProgramConsoleProposal\n        }\n        pendingMatchProposal {\n          ...CwProgramConsoleProposalProgress\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleMatchingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwProgramConsoleProposalProgress on MatchProposal {\n    id\n    status\n    cohortSize\n    failure\n    failureMessage\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleProposalProgressFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgramConsoleProposalProgress($id: ID!) {\n    node(id: $id) {\n      id\n      ... on MatchProposal {\n        ...CwProgramConsoleProposalProgress\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleProposalProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsolePropose($input: ProposeProgramMatchInput!) {\n    proposeProgramMatch(input: $input) {\n      ...CwProgramConsoleProposalPayload\n      proposal {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleAdjust($input: AdjustMatchProposalInput!) {\n    adjustMatchProposal(input: $input) {\n      ...CwProgramConsoleProposalPayload\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleAdjustDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleApprove($input: DecideMatchProposalInput!) {\n    approveMatchProposal(input: $input) {\n      ...CwProgramConsoleProposalPayload\n      proposal {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleDiscard($input: DecideMatchProposalInput!) {\n    discardMatchProposal(input: $input) {\n      ...CwProgramConsoleProposalPayload\n      proposal {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleDiscardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgramConsoleOutcomes($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Program {\n        name\n        status\n        viewerCanManage\n        publishedAt\n        closedAt\n        enrolmentCounts {\n          status\n          count\n        }\n        participation {\n          weekStarting\n          activeParticipants\n          participantsWithSessions\n          sessionsHeld\n          withheld\n        }\n        kpis {\n          id\n          name\n          unit\n          baseline\n          target\n          values {\n            recordedOn\n            value\n            note\n          }\n        }\n        outcomeSummary {\n          locale\n          text\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleRecordKpi($input: RecordProgramKpiValueInput!) {\n    recordProgramKpiValue(input: $input) {\n      kpi {\n        id\n        values {\n          recordedOn\n          value\n          note\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleRecordKpiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgramConsoleExport(\n    $id: ID!\n    $locale: Locale\n    $roster: Boolean!\n    $sessions: Boolean!\n    $kpis: Boolean!\n  ) {\n    node(id: $id) {\n      id\n      ... on Program {\n        rosterCsv(locale: $locale) @include(if: $roster)\n        sessionsCsv(locale: $locale) @include(if: $sessions)\n        kpiCsv(locale: $locale) @include(if: $kpis)\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgramConsoleRoster($id: ID!, $status: EnrolmentStatus, $search: String, $after: String) {\n    node(id: $id) {\n      id\n      ... on Program {\n        status\n        viewerCanManage\n        sessionsPerParticipant\n        enrolmentCounts {\n          status\n          count\n        }\n        enrolments(first: 25, status: $status, search: $search, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              status\n              enrolledAt\n              respondedAt\n              waitlistPosition\n              lastActivityAt\n              pace\n              daysSinceLastSession\n              quota {\n                used\n                allowed\n              }\n              person {\n                id\n                name\n                orgUnit {\n                  id\n                  name\n                }\n              }\n              coach {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwProgramConsoleEnrolmentChange on Enrolment {\n    id\n    status\n    program {\n      id\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleEnrolmentChangeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleChangeEnrolment($input: ChangeEnrolmentStatusInput!) {\n    changeEnrolmentStatus(input: $input) {\n      enrolment {\n        ...CwProgramConsoleEnrolmentChange\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleChangeEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleRematch($input: RematchEnrolmentInput!) {\n    rematchEnrolment(input: $input) {\n      enrolment {\n        ...CwProgramConsoleEnrolmentChange\n        coach {\n          id\n          name\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleRematchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleRemind($input: RemindProgramParticipantsInput!) {\n    remindProgramParticipants(input: $input) {\n      remindedCount\n      alreadyRemindedCount\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleRemindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwProgramConsolePlatform on LtiRegistration {\n    id\n    issuer\n    clientId\n    deploymentIds\n    jwksUrl\n    jwks\n    authLoginUrl\n    accessTokenUrl\n    emailLinkDomains\n    createdAt\n  }\n',
): typeof import('./graphql.js').CwProgramConsolePlatformFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgramConsolePlatforms {\n    ltiRegistrations {\n      ...CwProgramConsolePlatform\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsolePlatformsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleRegisterPlatform($input: RegisterLtiPlatformInput!) {\n    registerLtiPlatform(input: $input) {\n      registration {\n        ...CwProgramConsolePlatform\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleRegisterPlatformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleSetPlatformKeys($input: SetLtiPlatformKeysInput!) {\n    setLtiPlatformKeys(input: $input) {\n      registration {\n        ...CwProgramConsolePlatform\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleSetPlatformKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleRemovePlatform($id: ID!) {\n    removeLtiRegistration(id: $id) {\n      removedId\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleRemovePlatformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgramConsolePulsePhases($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Program {\n        status\n        viewerCanManage\n        pulsePhases {\n          phase\n          opensAt\n          closesAt\n          ratersCutoffAt\n          raterLimits {\n            minReports\n            maxReports\n            minPeers\n            maxPeers\n          }\n          requested\n          submitted\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsolePulsePhasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleOpenPulsePhase($input: OpenPulsePhaseInput!) {\n    openPulsePhase(input: $input) {\n      phase {\n        phase\n        opensAt\n        closesAt\n        requested\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleOpenPulsePhaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleClosePulsePhase($input: ClosePulsePhaseInput!) {\n    closePulsePhase(input: $input) {\n      phase {\n        phase\n        closesAt\n        submitted\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleClosePulsePhaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwProgramConsoleSetup on Program {\n    id\n    name\n    status\n    viewerCanManage\n    names {\n      locale\n      text\n    }\n    objectives {\n      locale\n      text\n    }\n    languages\n    sessionsPerParticipant\n    durationWeeks\n    cadenceDays\n    sessionMinutes\n    capacity\n    startsOn\n    endsOn\n    policy {\n      minNoticeHours\n      horizonDays\n      lateCancelHours\n      bufferMinutes\n    }\n    focusCapabilities {\n      id\n      code\n    }\n    kpis {\n      id\n      names {\n        locale\n        text\n      }\n      unit\n      baseline\n      target\n    }\n    targetPopulation {\n      orgUnits {\n        includeSubtree\n        orgUnit {\n          id\n          name\n        }\n      }\n      excludedOrgUnits {\n        includeSubtree\n        orgUnit {\n          id\n          name\n        }\n      }\n      includedPeople {\n        id\n        name\n      }\n      excludedPeople {\n        id\n        name\n      }\n      jobLevels\n      minDaysInRole\n      maxDaysInRole\n      managesManagers\n      timeZones\n      locales\n    }\n    outcomeSummary {\n      locale\n      text\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleSetupFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgramConsoleSetupChoices($locale: Locale) {\n    organisation {\n      id\n      locales\n      timeZone\n    }\n    capabilities(first: 50) {\n      edges {\n        node {\n          ...CwCapabilityChoice\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleSetupChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgramConsoleUnitSearch($search: String) {\n    orgUnits(first: 8, search: $search) {\n      edges {\n        node {\n          id\n          name\n          peopleCount\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleUnitSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgramConsolePersonSearch($search: String) {\n    people(first: 8, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          orgUnit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsolePersonSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgramConsoleProgram($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Program {\n        ...CwProgramConsoleSetup\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgramConsolePopulation($rules: PopulationRulesInput!, $programId: ID) {\n    programPopulationPreview(rules: $rules, programId: $programId, sampleSize: 5) {\n      count\n      overlapCount\n      overlaps {\n        count\n        program {\n          id\n          name\n        }\n      }\n      sample {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsolePopulationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleCreate($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleUpdate($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsolePublish($input: PublishProgramInput!) {\n    publishProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      invitedCount\n      waitlistedCount\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsolePublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsolePause($input: ProgramTransitionInput!) {\n    pauseProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsolePauseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleResume($input: ProgramTransitionInput!) {\n    resumeProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleResumeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgramConsoleClose($input: CloseProgramInput!) {\n    closeProgram(input: $input) {\n      program {\n        id\n        name\n        status\n      }\n      completedCount\n      withdrawnCount\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgramConsoleCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwProgressCard($enrolment: ID, $person: ID, $locale: Locale) {\n    viewer {\n      id\n      timeZone\n    }\n    progressCard(enrolment: $enrolment, person: $person) {\n      availability\n      person {\n        id\n        name\n      }\n      progress {\n        enrolment {\n          id\n          status\n        }\n        program {\n          id\n          name\n        }\n        coach {\n          id\n          name\n        }\n        sessions {\n          planned\n          completed\n          upcoming\n          noShows\n          lateCancellations\n          remaining\n        }\n        nextSession {\n          id\n          startsAt\n          endsAt\n        }\n        attendance {\n          attended\n          missed\n          rate\n        }\n        cadence {\n          status\n          meanDaysBetweenSessions\n          targetDaysBetweenSessions\n          expectedByNow\n        }\n        goals {\n          total\n          onTrack\n          meanProgress\n        }\n        capabilities {\n          capability {\n            id\n            code\n            name(locale: $locale)\n          }\n          baseline {\n            phase\n            mean\n            raters\n            withheld\n          }\n          latest {\n            phase\n            mean\n            raters\n            withheld\n          }\n          delta\n        }\n        sharedWithManager\n        viewerCanChangeSharing\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgressCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwProgressCardSharing($input: SetProgressSharingInput!) {\n    setProgressSharing(input: $input) {\n      progress {\n        sharedWithManager\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwProgressCardSharingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwPulseRequests($locale: Locale) {\n    pulseRequests {\n      subject {\n        id\n        name\n      }\n      program {\n        id\n        name\n      }\n      phase\n      raterType\n      capabilities {\n        id\n        code\n        name(locale: $locale)\n        description(locale: $locale)\n      }\n      scale {\n        min\n        max\n      }\n      dueAt\n      draft {\n        capability {\n          id\n        }\n        score\n      }\n    }\n    viewer {\n      id\n      timeZone\n    }\n  }\n',
): typeof import('./graphql.js').CwPulseRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwPulseSaveDraft($input: SavePulseDraftInput!) {\n    savePulseDraft(input: $input) {\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwPulseSaveDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwPulseSubmit($input: SubmitPulseInput!) {\n    submitPulse(input: $input) {\n      submitted\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwPulseSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwPulseRaterChoices {\n    pulseRaterChoices {\n      program {\n        id\n        name\n      }\n      phase\n      ratersCutoffAt\n      raterLimits {\n        minReports\n        maxReports\n        minPeers\n        maxPeers\n      }\n      raters {\n        person {\n          id\n          name\n        }\n        raterType\n      }\n      raterCandidates {\n        person {\n          id\n          name\n        }\n        raterType\n      }\n    }\n    viewer {\n      id\n      timeZone\n    }\n  }\n',
): typeof import('./graphql.js').CwPulseRaterChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwPulseSetRaters($input: SetPulseRatersInput!) {\n    setPulseRaters(input: $input) {\n      request {\n        phase\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwPulseSetRatersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwPulseWellbeing {\n    viewer {\n      id\n      wellbeing {\n        period\n        answered\n        eligible\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwPulseWellbeingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwPulseAnswerWellbeing($input: AnswerWellbeingPulseInput!) {\n    answerWellbeingPulse(input: $input) {\n      answer {\n        period\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwPulseAnswerWellbeingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwQualityHeatmap($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      metric\n      period\n      periods\n      minGroupSize\n      participationTarget\n      stale\n      asOf\n      unit {\n        id\n        name\n      }\n      path {\n        id\n        name\n      }\n      columns {\n        capability {\n          id\n          code\n          name(locale: $locale)\n        }\n        organisation {\n          ...CwHeatmapCell\n        }\n      }\n      total {\n        ...CwHeatmapRow\n      }\n      rows {\n        ...CwHeatmapRow\n      }\n    }\n  }\n\n  fragment CwHeatmapRow on HeatmapRow {\n    unit {\n      id\n      name\n      kind\n    }\n    level\n    peopleCount\n    hasChildren\n    cells {\n      ...CwHeatmapCell\n    }\n  }\n\n  fragment CwHeatmapCell on HeatmapCell {\n    value\n    count\n    suppressed\n    reason\n    belowParticipationTarget\n    effectSize {\n      d\n      low\n      high\n    }\n  }\n',
): typeof import('./graphql.js').CwQualityHeatmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwQualityHeatmapPrograms {\n    viewer {\n      id\n      roles\n    }\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n          viewerCanManage\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwQualityHeatmapProgramsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwQualityHeatmapCsv($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      csv(locale: $locale)\n    }\n  }\n',
): typeof import('./graphql.js').CwQualityHeatmapCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwSessionBookerCoach on Coach {\n    id\n    name\n    bio\n    credential\n    languages\n    timeZone\n    specialties {\n      id\n      code\n      name(locale: $locale)\n    }\n  }\n',
): typeof import('./graphql.js').CwSessionBookerCoachFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwSessionBookerSession on Session {\n    id\n    startsAt\n    endsAt\n    status\n    sequence\n    lateCancellation\n    joinUrl\n    coach {\n      id\n      name\n    }\n    cancellationPolicy {\n      lateCancelHours\n      lateFrom\n      lateNow\n      canReschedule\n    }\n  }\n',
): typeof import('./graphql.js').CwSessionBookerSessionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwSessionBookerViewer {\n    viewer {\n      id\n      timeZone\n      enrolments(first: 20) {\n        edges {\n          node {\n            id\n            status\n            bookingPolicy {\n              minNoticeHours\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwSessionBookerViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwSessionBookerEnrolment(\n    $id: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $timeZone: TimeZone\n    $locale: Locale\n    $slots: Boolean!\n  ) {\n    node(id: $id) {\n      ... on Enrolment {\n        id\n        status\n        viewerCanRespond\n        program {\n          id\n          name\n          focusCapabilities {\n            id\n            code\n            name(locale: $locale)\n          }\n        }\n        matchedCoach {\n          ...CwSessionBookerCoach\n        }\n        quota {\n          allowed\n          used\n          remaining\n        }\n        bookingPolicy {\n          sessionMinutes\n          minNoticeHours\n          horizonDays\n          lateCancelHours\n        }\n        availableSlots(from: $from, to: $to, timeZone: $timeZone) @include(if: $slots) {\n          timeZone\n          slots {\n            startsAt\n            endsAt\n          }\n          nextSlot {\n            startsAt\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwSessionBookerEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwSessionBookerSessions($id: ID!) {\n    node(id: $id) {\n      ... on Enrolment {\n        id\n        upcoming: sessions(first: 8, upcoming: true, status: [BOOKED]) {\n          edges {\n            node {\n              ...CwSessionBookerSession\n            }\n          }\n        }\n        held: sessions(first: 5, status: [COMPLETED]) {\n          edges {\n            node {\n              id\n              startsAt\n              feedback {\n                rating\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwSessionBookerSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwSessionBookerSuggestions($id: ID!, $locale: Locale) {\n    node(id: $id) {\n      ... on Enrolment {\n        id\n        coachSuggestions(first: 3) {\n          score\n          coach {\n            ...CwSessionBookerCoach\n          }\n          reasons {\n            code\n            points\n            language\n            hours\n            ratingAverage\n            ratingCount\n            capability {\n              id\n              name(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwSessionBookerSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwSessionBookerCancel($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      session {\n        ...CwSessionBookerSession\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwSessionBookerCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwSessionBookerFeedback($input: SubmitSessionFeedbackInput!) {\n    submitSessionFeedback(input: $input) {\n      feedback {\n        rating\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwSessionBookerFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwSessionBookerRespond($input: RespondToProgramInvitationInput!) {\n    respondToProgramInvitation(input: $input) {\n      enrolment {\n        id\n        status\n        viewerCanRespond\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwSessionBookerRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwSessionBookerBook($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      session {\n        ...CwSessionBookerSession\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwSessionBookerBookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwSessionBookerReschedule($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      session {\n        ...CwSessionBookerSession\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwSessionBookerRescheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwSessionBookerChooseCoach($input: ChooseCoachInput!) {\n    chooseCoach(input: $input) {\n      enrolment {\n        id\n        status\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwSessionBookerChooseCoachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwCapabilityChoice on Capability {\n    id\n    code\n    name(locale: $locale)\n  }\n',
): typeof import('./graphql.js').CwCapabilityChoiceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwSessionCalendar($id: ID!) {\n    node(id: $id) {\n      ... on Session {\n        id\n        calendar {\n          filename\n          contentType\n          ics\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwSessionCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwUserError on UserError {\n    field\n    code\n    message\n  }\n',
): typeof import('./graphql.js').CwUserErrorFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwViewerBadge {\n    viewer {\n      id\n      name\n      timeZone\n      roles\n      organisation {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwViewerBadgeDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

import type { ResultOf } from '@graphql-typed-document-node/core';

/** The result type of a typed document: `DocumentType<typeof someQuery>`. */
export type DocumentType<TDocument> = ResultOf<TDocument>;
