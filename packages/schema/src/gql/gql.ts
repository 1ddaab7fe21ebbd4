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
  '\n  fragment CwGoalTrackerGoal on Goal {\n    id\n    title\n    description\n    targetDate\n    status\n    progress\n    visibility\n    viewerCanEdit\n    capability {\n      id\n      code\n      name(locale: $locale)\n    }\n    milestones {\n      id\n      title\n      done\n      position\n    }\n    latestCheckIn {\n      id\n      checkedInAt\n    }\n  }\n': typeof types.CwGoalTrackerGoalFragmentDoc;
  '\n  fragment CwGoalTrackerCheckIns on Goal {\n    id\n    checkIns(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          progress\n          note\n          mood\n          confidence\n          checkedInAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwGoalTrackerCheckInsFragmentDoc;
  "\n  query CwGoalTracker($owner: ID, $capability: String, $locale: Locale) {\n    viewer {\n      id\n      timeZone\n    }\n    capabilities(first: 50) {\n      edges {\n        node {\n          id\n          code\n          name(locale: $locale)\n        }\n      }\n    }\n    # The goal's fields are spelled out rather than spread from CwGoalTrackerGoal: the gateway's\n    # static cost limit charges a fragment spread one more level, and 20 goals is the page.\n    goals(first: 20, filter: { owner: $owner, capability: $capability }) {\n      edges {\n        node {\n          id\n          title\n          description\n          targetDate\n          status\n          progress\n          visibility\n          viewerCanEdit\n          capability {\n            id\n            code\n            name(locale: $locale)\n          }\n          milestones {\n            id\n            title\n            done\n            position\n          }\n          latestCheckIn {\n            id\n            checkedInAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.CwGoalTrackerDocument;
  '\n  query CwGoalTrackerDetail($id: ID!) {\n    goal(id: $id) {\n      ...CwGoalTrackerCheckIns\n    }\n  }\n': typeof types.CwGoalTrackerDetailDocument;
  '\n  mutation CwGoalTrackerCreate($input: CreateGoalInput!, $locale: Locale) {\n    createGoal(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwGoalTrackerCreateDocument;
  '\n  mutation CwGoalTrackerUpdate($input: UpdateGoalInput!, $locale: Locale) {\n    updateGoal(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwGoalTrackerUpdateDocument;
  '\n  mutation CwGoalTrackerVisibility($input: SetGoalVisibilityInput!, $locale: Locale) {\n    setGoalVisibility(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwGoalTrackerVisibilityDocument;
  '\n  mutation CwGoalTrackerCheckIn($input: AddGoalCheckInInput!, $locale: Locale) {\n    addGoalCheckIn(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n        ...CwGoalTrackerCheckIns\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwGoalTrackerCheckInDocument;
  '\n  mutation CwGoalTrackerMilestone($input: CompleteGoalMilestoneInput!, $locale: Locale) {\n    completeGoalMilestone(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwGoalTrackerMilestoneDocument;
  '\n  query CwProgressCard($enrolment: ID, $person: ID, $locale: Locale) {\n    viewer {\n      id\n      timeZone\n    }\n    progressCard(enrolment: $enrolment, person: $person) {\n      availability\n      person {\n        id\n        name\n      }\n      progress {\n        enrolment {\n          id\n          status\n        }\n        program {\n          id\n          name\n        }\n        coach {\n          id\n          name\n        }\n        sessions {\n          planned\n          completed\n          upcoming\n          noShows\n          lateCancellations\n          remaining\n        }\n        nextSession {\n          id\n          startsAt\n          endsAt\n        }\n        attendance {\n          attended\n          missed\n          rate\n        }\n        cadence {\n          status\n          meanDaysBetweenSessions\n          targetDaysBetweenSessions\n          expectedByNow\n        }\n        goals {\n          total\n          onTrack\n          meanProgress\n        }\n        capabilities {\n          capability {\n            id\n            code\n            name(locale: $locale)\n          }\n          baseline {\n            phase\n            mean\n            raters\n            withheld\n          }\n          latest {\n            phase\n            mean\n            raters\n            withheld\n          }\n          delta\n        }\n        sharedWithManager\n        viewerCanChangeSharing\n      }\n    }\n  }\n': typeof types.CwProgressCardDocument;
  '\n  mutation CwProgressCardSharing($input: SetProgressSharingInput!) {\n    setProgressSharing(input: $input) {\n      progress {\n        sharedWithManager\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwProgressCardSharingDocument;
  '\n  query CwQualityHeatmap($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      metric\n      period\n      periods\n      minGroupSize\n      participationTarget\n      stale\n      asOf\n      unit {\n        id\n        name\n      }\n      path {\n        id\n        name\n      }\n      columns {\n        capability {\n          id\n          code\n          name(locale: $locale)\n        }\n        organisation {\n          ...CwHeatmapCell\n        }\n      }\n      total {\n        ...CwHeatmapRow\n      }\n      rows {\n        ...CwHeatmapRow\n      }\n    }\n  }\n\n  fragment CwHeatmapRow on HeatmapRow {\n    unit {\n      id\n      name\n      kind\n    }\n    level\n    peopleCount\n    hasChildren\n    cells {\n      ...CwHeatmapCell\n    }\n  }\n\n  fragment CwHeatmapCell on HeatmapCell {\n    value\n    count\n    suppressed\n    reason\n    belowParticipationTarget\n    effectSize {\n      d\n      low\n      high\n    }\n  }\n': typeof types.CwQualityHeatmapDocument;
  '\n  query CwQualityHeatmapPrograms {\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.CwQualityHeatmapProgramsDocument;
  '\n  query CwQualityHeatmapCsv($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      csv(locale: $locale)\n    }\n  }\n': typeof types.CwQualityHeatmapCsvDocument;
  '\n  fragment CwSessionBookerCoach on Coach {\n    id\n    name\n    bio\n    credential\n    languages\n    timeZone\n    specialties {\n      id\n      code\n      name(locale: $locale)\n    }\n  }\n': typeof types.CwSessionBookerCoachFragmentDoc;
  '\n  fragment CwSessionBookerSession on Session {\n    id\n    startsAt\n    endsAt\n    status\n    sequence\n    lateCancellation\n    joinUrl\n    coach {\n      id\n      name\n    }\n    cancellationPolicy {\n      lateCancelHours\n      lateFrom\n      lateNow\n      canReschedule\n    }\n  }\n': typeof types.CwSessionBookerSessionFragmentDoc;
  '\n  query CwSessionBookerViewer {\n    viewer {\n      id\n      timeZone\n      enrolments(first: 20) {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwSessionBookerViewerDocument;
  '\n  query CwSessionBookerEnrolment(\n    $id: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $timeZone: TimeZone\n    $locale: Locale\n    $slots: Boolean!\n  ) {\n    node(id: $id) {\n      ... on Enrolment {\n        id\n        status\n        program {\n          id\n          name\n          focusCapabilities {\n            id\n            code\n            name(locale: $locale)\n          }\n        }\n        matchedCoach {\n          ...CwSessionBookerCoach\n        }\n        quota {\n          allowed\n          used\n          remaining\n        }\n        bookingPolicy {\n          sessionMinutes\n          minNoticeHours\n          horizonDays\n          lateCancelHours\n        }\n        availableSlots(from: $from, to: $to, timeZone: $timeZone) @include(if: $slots) {\n          timeZone\n          slots {\n            startsAt\n            endsAt\n          }\n          nextSlot {\n            startsAt\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwSessionBookerEnrolmentDocument;
  '\n  query CwSessionBookerSessions($id: ID!) {\n    node(id: $id) {\n      ... on Enrolment {\n        id\n        upcoming: sessions(first: 8, upcoming: true, status: [BOOKED]) {\n          edges {\n            node {\n              ...CwSessionBookerSession\n            }\n          }\n        }\n        held: sessions(first: 5, status: [COMPLETED]) {\n          edges {\n            node {\n              id\n              startsAt\n              feedback {\n                rating\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwSessionBookerSessionsDocument;
  '\n  query CwSessionBookerSuggestions($id: ID!, $locale: Locale) {\n    node(id: $id) {\n      ... on Enrolment {\n        id\n        coachSuggestions(first: 3) {\n          score\n          coach {\n            ...CwSessionBookerCoach\n          }\n          reasons {\n            code\n            points\n            language\n            hours\n            ratingAverage\n            ratingCount\n            capability {\n              id\n              name(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.CwSessionBookerSuggestionsDocument;
  '\n  mutation CwSessionBookerChooseCoach($input: ChooseCoachInput!) {\n    chooseCoach(input: $input) {\n      enrolment {\n        id\n        status\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwSessionBookerChooseCoachDocument;
  '\n  mutation CwSessionBookerBook($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      session {\n        ...CwSessionBookerSession\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwSessionBookerBookDocument;
  '\n  mutation CwSessionBookerReschedule($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      session {\n        ...CwSessionBookerSession\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwSessionBookerRescheduleDocument;
  '\n  mutation CwSessionBookerCancel($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      session {\n        ...CwSessionBookerSession\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwSessionBookerCancelDocument;
  '\n  mutation CwSessionBookerFeedback($input: SubmitSessionFeedbackInput!) {\n    submitSessionFeedback(input: $input) {\n      feedback {\n        rating\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n': typeof types.CwSessionBookerFeedbackDocument;
  '\n  query CwSessionCalendar($id: ID!) {\n    node(id: $id) {\n      ... on Session {\n        id\n        calendar {\n          filename\n          contentType\n          ics\n        }\n      }\n    }\n  }\n': typeof types.CwSessionCalendarDocument;
  '\n  fragment CwUserError on UserError {\n    field\n    code\n    message\n  }\n': typeof types.CwUserErrorFragmentDoc;
  '\n  query CwViewerBadge {\n    viewer {\n      id\n      name\n      timeZone\n      roles\n      organisation {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n': typeof types.CwViewerBadgeDocument;
};
const documents: Documents = {
  '\n  fragment CwGoalTrackerGoal on Goal {\n    id\n    title\n    description\n    targetDate\n    status\n    progress\n    visibility\n    viewerCanEdit\n    capability {\n      id\n      code\n      name(locale: $locale)\n    }\n    milestones {\n      id\n      title\n      done\n      position\n    }\n    latestCheckIn {\n      id\n      checkedInAt\n    }\n  }\n':
    types.CwGoalTrackerGoalFragmentDoc,
  '\n  fragment CwGoalTrackerCheckIns on Goal {\n    id\n    checkIns(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          progress\n          note\n          mood\n          confidence\n          checkedInAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.CwGoalTrackerCheckInsFragmentDoc,
  "\n  query CwGoalTracker($owner: ID, $capability: String, $locale: Locale) {\n    viewer {\n      id\n      timeZone\n    }\n    capabilities(first: 50) {\n      edges {\n        node {\n          id\n          code\n          name(locale: $locale)\n        }\n      }\n    }\n    # The goal's fields are spelled out rather than spread from CwGoalTrackerGoal: the gateway's\n    # static cost limit charges a fragment spread one more level, and 20 goals is the page.\n    goals(first: 20, filter: { owner: $owner, capability: $capability }) {\n      edges {\n        node {\n          id\n          title\n          description\n          targetDate\n          status\n          progress\n          visibility\n          viewerCanEdit\n          capability {\n            id\n            code\n            name(locale: $locale)\n          }\n          milestones {\n            id\n            title\n            done\n            position\n          }\n          latestCheckIn {\n            id\n            checkedInAt\n          }\n        }\n      }\n    }\n  }\n":
    types.CwGoalTrackerDocument,
  '\n  query CwGoalTrackerDetail($id: ID!) {\n    goal(id: $id) {\n      ...CwGoalTrackerCheckIns\n    }\n  }\n':
    types.CwGoalTrackerDetailDocument,
  '\n  mutation CwGoalTrackerCreate($input: CreateGoalInput!, $locale: Locale) {\n    createGoal(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwGoalTrackerCreateDocument,
  '\n  mutation CwGoalTrackerUpdate($input: UpdateGoalInput!, $locale: Locale) {\n    updateGoal(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwGoalTrackerUpdateDocument,
  '\n  mutation CwGoalTrackerVisibility($input: SetGoalVisibilityInput!, $locale: Locale) {\n    setGoalVisibility(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwGoalTrackerVisibilityDocument,
  '\n  mutation CwGoalTrackerCheckIn($input: AddGoalCheckInInput!, $locale: Locale) {\n    addGoalCheckIn(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n        ...CwGoalTrackerCheckIns\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwGoalTrackerCheckInDocument,
  '\n  mutation CwGoalTrackerMilestone($input: CompleteGoalMilestoneInput!, $locale: Locale) {\n    completeGoalMilestone(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwGoalTrackerMilestoneDocument,
  '\n  query CwProgressCard($enrolment: ID, $person: ID, $locale: Locale) {\n    viewer {\n      id\n      timeZone\n    }\n    progressCard(enrolment: $enrolment, person: $person) {\n      availability\n      person {\n        id\n        name\n      }\n      progress {\n        enrolment {\n          id\n          status\n        }\n        program {\n          id\n          name\n        }\n        coach {\n          id\n          name\n        }\n        sessions {\n          planned\n          completed\n          upcoming\n          noShows\n          lateCancellations\n          remaining\n        }\n        nextSession {\n          id\n          startsAt\n          endsAt\n        }\n        attendance {\n          attended\n          missed\n          rate\n        }\n        cadence {\n          status\n          meanDaysBetweenSessions\n          targetDaysBetweenSessions\n          expectedByNow\n        }\n        goals {\n          total\n          onTrack\n          meanProgress\n        }\n        capabilities {\n          capability {\n            id\n            code\n            name(locale: $locale)\n          }\n          baseline {\n            phase\n            mean\n            raters\n            withheld\n          }\n          latest {\n            phase\n            mean\n            raters\n            withheld\n          }\n          delta\n        }\n        sharedWithManager\n        viewerCanChangeSharing\n      }\n    }\n  }\n':
    types.CwProgressCardDocument,
  '\n  mutation CwProgressCardSharing($input: SetProgressSharingInput!) {\n    setProgressSharing(input: $input) {\n      progress {\n        sharedWithManager\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwProgressCardSharingDocument,
  '\n  query CwQualityHeatmap($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      metric\n      period\n      periods\n      minGroupSize\n      participationTarget\n      stale\n      asOf\n      unit {\n        id\n        name\n      }\n      path {\n        id\n        name\n      }\n      columns {\n        capability {\n          id\n          code\n          name(locale: $locale)\n        }\n        organisation {\n          ...CwHeatmapCell\n        }\n      }\n      total {\n        ...CwHeatmapRow\n      }\n      rows {\n        ...CwHeatmapRow\n      }\n    }\n  }\n\n  fragment CwHeatmapRow on HeatmapRow {\n    unit {\n      id\n      name\n      kind\n    }\n    level\n    peopleCount\n    hasChildren\n    cells {\n      ...CwHeatmapCell\n    }\n  }\n\n  fragment CwHeatmapCell on HeatmapCell {\n    value\n    count\n    suppressed\n    reason\n    belowParticipationTarget\n    effectSize {\n      d\n      low\n      high\n    }\n  }\n':
    types.CwQualityHeatmapDocument,
  '\n  query CwQualityHeatmapPrograms {\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.CwQualityHeatmapProgramsDocument,
  '\n  query CwQualityHeatmapCsv($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      csv(locale: $locale)\n    }\n  }\n':
    types.CwQualityHeatmapCsvDocument,
  '\n  fragment CwSessionBookerCoach on Coach {\n    id\n    name\n    bio\n    credential\n    languages\n    timeZone\n    specialties {\n      id\n      code\n      name(locale: $locale)\n    }\n  }\n':
    types.CwSessionBookerCoachFragmentDoc,
  '\n  fragment CwSessionBookerSession on Session {\n    id\n    startsAt\n    endsAt\n    status\n    sequence\n    lateCancellation\n    joinUrl\n    coach {\n      id\n      name\n    }\n    cancellationPolicy {\n      lateCancelHours\n      lateFrom\n      lateNow\n      canReschedule\n    }\n  }\n':
    types.CwSessionBookerSessionFragmentDoc,
  '\n  query CwSessionBookerViewer {\n    viewer {\n      id\n      timeZone\n      enrolments(first: 20) {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n':
    types.CwSessionBookerViewerDocument,
  '\n  query CwSessionBookerEnrolment(\n    $id: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $timeZone: TimeZone\n    $locale: Locale\n    $slots: Boolean!\n  ) {\n    node(id: $id) {\n      ... on Enrolment {\n        id\n        status\n        program {\n          id\n          name\n          focusCapabilities {\n            id\n            code\n            name(locale: $locale)\n          }\n        }\n        matchedCoach {\n          ...CwSessionBookerCoach\n        }\n        quota {\n          allowed\n          used\n          remaining\n        }\n        bookingPolicy {\n          sessionMinutes\n          minNoticeHours\n          horizonDays\n          lateCancelHours\n        }\n        availableSlots(from: $from, to: $to, timeZone: $timeZone) @include(if: $slots) {\n          timeZone\n          slots {\n            startsAt\n            endsAt\n          }\n          nextSlot {\n            startsAt\n          }\n        }\n      }\n    }\n  }\n':
    types.CwSessionBookerEnrolmentDocument,
  '\n  query CwSessionBookerSessions($id: ID!) {\n    node(id: $id) {\n      ... on Enrolment {\n        id\n        upcoming: sessions(first: 8, upcoming: true, status: [BOOKED]) {\n          edges {\n            node {\n              ...CwSessionBookerSession\n            }\n          }\n        }\n        held: sessions(first: 5, status: [COMPLETED]) {\n          edges {\n            node {\n              id\n              startsAt\n              feedback {\n                rating\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.CwSessionBookerSessionsDocument,
  '\n  query CwSessionBookerSuggestions($id: ID!, $locale: Locale) {\n    node(id: $id) {\n      ... on Enrolment {\n        id\n        coachSuggestions(first: 3) {\n          score\n          coach {\n            ...CwSessionBookerCoach\n          }\n          reasons {\n            code\n            points\n            language\n            hours\n            ratingAverage\n            ratingCount\n            capability {\n              id\n              name(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.CwSessionBookerSuggestionsDocument,
  '\n  mutation CwSessionBookerChooseCoach($input: ChooseCoachInput!) {\n    chooseCoach(input: $input) {\n      enrolment {\n        id\n        status\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwSessionBookerChooseCoachDocument,
  '\n  mutation CwSessionBookerBook($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      session {\n        ...CwSessionBookerSession\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwSessionBookerBookDocument,
  '\n  mutation CwSessionBookerReschedule($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      session {\n        ...CwSessionBookerSession\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwSessionBookerRescheduleDocument,
  '\n  mutation CwSessionBookerCancel($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      session {\n        ...CwSessionBookerSession\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwSessionBookerCancelDocument,
  '\n  mutation CwSessionBookerFeedback($input: SubmitSessionFeedbackInput!) {\n    submitSessionFeedback(input: $input) {\n      feedback {\n        rating\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n':
    types.CwSessionBookerFeedbackDocument,
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
  source: '\n  fragment CwGoalTrackerGoal on Goal {\n    id\n    title\n    description\n    targetDate\n    status\n    progress\n    visibility\n    viewerCanEdit\n    capability {\n      id\n      code\n      name(locale: $locale)\n    }\n    milestones {\n      id\n      title\n      done\n      position\n    }\n    latestCheckIn {\n      id\n      checkedInAt\n    }\n  }\n',
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
  source: "\n  query CwGoalTracker($owner: ID, $capability: String, $locale: Locale) {\n    viewer {\n      id\n      timeZone\n    }\n    capabilities(first: 50) {\n      edges {\n        node {\n          id\n          code\n          name(locale: $locale)\n        }\n      }\n    }\n    # The goal's fields are spelled out rather than spread from CwGoalTrackerGoal: the gateway's\n    # static cost limit charges a fragment spread one more level, and 20 goals is the page.\n    goals(first: 20, filter: { owner: $owner, capability: $capability }) {\n      edges {\n        node {\n          id\n          title\n          description\n          targetDate\n          status\n          progress\n          visibility\n          viewerCanEdit\n          capability {\n            id\n            code\n            name(locale: $locale)\n          }\n          milestones {\n            id\n            title\n            done\n            position\n          }\n          latestCheckIn {\n            id\n            checkedInAt\n          }\n        }\n      }\n    }\n  }\n",
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
  source: '\n  mutation CwGoalTrackerCreate($input: CreateGoalInput!, $locale: Locale) {\n    createGoal(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwGoalTrackerCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwGoalTrackerUpdate($input: UpdateGoalInput!, $locale: Locale) {\n    updateGoal(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwGoalTrackerUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwGoalTrackerVisibility($input: SetGoalVisibilityInput!, $locale: Locale) {\n    setGoalVisibility(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
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
  source: '\n  query CwQualityHeatmap($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      metric\n      period\n      periods\n      minGroupSize\n      participationTarget\n      stale\n      asOf\n      unit {\n        id\n        name\n      }\n      path {\n        id\n        name\n      }\n      columns {\n        capability {\n          id\n          code\n          name(locale: $locale)\n        }\n        organisation {\n          ...CwHeatmapCell\n        }\n      }\n      total {\n        ...CwHeatmapRow\n      }\n      rows {\n        ...CwHeatmapRow\n      }\n    }\n  }\n\n  fragment CwHeatmapRow on HeatmapRow {\n    unit {\n      id\n      name\n      kind\n    }\n    level\n    peopleCount\n    hasChildren\n    cells {\n      ...CwHeatmapCell\n    }\n  }\n\n  fragment CwHeatmapCell on HeatmapCell {\n    value\n    count\n    suppressed\n    reason\n    belowParticipationTarget\n    effectSize {\n      d\n      low\n      high\n    }\n  }\n',
): typeof import('./graphql.js').CwQualityHeatmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwQualityHeatmapPrograms {\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n',
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
  source: '\n  query CwSessionBookerViewer {\n    viewer {\n      id\n      timeZone\n      enrolments(first: 20) {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwSessionBookerViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwSessionBookerEnrolment(\n    $id: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $timeZone: TimeZone\n    $locale: Locale\n    $slots: Boolean!\n  ) {\n    node(id: $id) {\n      ... on Enrolment {\n        id\n        status\n        program {\n          id\n          name\n          focusCapabilities {\n            id\n            code\n            name(locale: $locale)\n          }\n        }\n        matchedCoach {\n          ...CwSessionBookerCoach\n        }\n        quota {\n          allowed\n          used\n          remaining\n        }\n        bookingPolicy {\n          sessionMinutes\n          minNoticeHours\n          horizonDays\n          lateCancelHours\n        }\n        availableSlots(from: $from, to: $to, timeZone: $timeZone) @include(if: $slots) {\n          timeZone\n          slots {\n            startsAt\n            endsAt\n          }\n          nextSlot {\n            startsAt\n          }\n        }\n      }\n    }\n  }\n',
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
  source: '\n  mutation CwSessionBookerChooseCoach($input: ChooseCoachInput!) {\n    chooseCoach(input: $input) {\n      enrolment {\n        id\n        status\n      }\n      userErrors {\n        ...CwUserError\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CwSessionBookerChooseCoachDocument;
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
