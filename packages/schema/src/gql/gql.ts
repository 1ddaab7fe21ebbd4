/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
  '\n  mutation CwGoalTrackerCreate($input: CreateGoalInput!, $locale: Locale) {\n    createGoal(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.CwGoalTrackerCreateDocument;
  '\n  mutation CwGoalTrackerUpdate($input: UpdateGoalInput!, $locale: Locale) {\n    updateGoal(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.CwGoalTrackerUpdateDocument;
  '\n  mutation CwGoalTrackerVisibility($input: SetGoalVisibilityInput!, $locale: Locale) {\n    setGoalVisibility(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.CwGoalTrackerVisibilityDocument;
  '\n  mutation CwGoalTrackerCheckIn($input: AddGoalCheckInInput!, $locale: Locale) {\n    addGoalCheckIn(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n        ...CwGoalTrackerCheckIns\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.CwGoalTrackerCheckInDocument;
  '\n  mutation CwGoalTrackerMilestone($input: CompleteGoalMilestoneInput!, $locale: Locale) {\n    completeGoalMilestone(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.CwGoalTrackerMilestoneDocument;
  '\n  query CwQualityHeatmap($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      metric\n      period\n      periods\n      minGroupSize\n      stale\n      asOf\n      unit {\n        id\n        name\n      }\n      path {\n        id\n        name\n      }\n      columns {\n        capability {\n          id\n          code\n          name(locale: $locale)\n        }\n        organisation {\n          ...CwHeatmapCell\n        }\n      }\n      total {\n        ...CwHeatmapRow\n      }\n      rows {\n        ...CwHeatmapRow\n      }\n    }\n  }\n\n  fragment CwHeatmapRow on HeatmapRow {\n    unit {\n      id\n      name\n      kind\n    }\n    level\n    peopleCount\n    hasChildren\n    cells {\n      ...CwHeatmapCell\n    }\n  }\n\n  fragment CwHeatmapCell on HeatmapCell {\n    value\n    count\n    suppressed\n    reason\n    belowParticipationTarget\n    effectSize {\n      d\n      low\n      high\n    }\n  }\n': typeof types.CwQualityHeatmapDocument;
  '\n  query CwQualityHeatmapPrograms {\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.CwQualityHeatmapProgramsDocument;
  '\n  query CwQualityHeatmapCsv($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      csv(locale: $locale)\n    }\n  }\n': typeof types.CwQualityHeatmapCsvDocument;
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
  '\n  mutation CwGoalTrackerCreate($input: CreateGoalInput!, $locale: Locale) {\n    createGoal(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.CwGoalTrackerCreateDocument,
  '\n  mutation CwGoalTrackerUpdate($input: UpdateGoalInput!, $locale: Locale) {\n    updateGoal(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.CwGoalTrackerUpdateDocument,
  '\n  mutation CwGoalTrackerVisibility($input: SetGoalVisibilityInput!, $locale: Locale) {\n    setGoalVisibility(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.CwGoalTrackerVisibilityDocument,
  '\n  mutation CwGoalTrackerCheckIn($input: AddGoalCheckInInput!, $locale: Locale) {\n    addGoalCheckIn(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n        ...CwGoalTrackerCheckIns\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.CwGoalTrackerCheckInDocument,
  '\n  mutation CwGoalTrackerMilestone($input: CompleteGoalMilestoneInput!, $locale: Locale) {\n    completeGoalMilestone(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.CwGoalTrackerMilestoneDocument,
  '\n  query CwQualityHeatmap($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      metric\n      period\n      periods\n      minGroupSize\n      stale\n      asOf\n      unit {\n        id\n        name\n      }\n      path {\n        id\n        name\n      }\n      columns {\n        capability {\n          id\n          code\n          name(locale: $locale)\n        }\n        organisation {\n          ...CwHeatmapCell\n        }\n      }\n      total {\n        ...CwHeatmapRow\n      }\n      rows {\n        ...CwHeatmapRow\n      }\n    }\n  }\n\n  fragment CwHeatmapRow on HeatmapRow {\n    unit {\n      id\n      name\n      kind\n    }\n    level\n    peopleCount\n    hasChildren\n    cells {\n      ...CwHeatmapCell\n    }\n  }\n\n  fragment CwHeatmapCell on HeatmapCell {\n    value\n    count\n    suppressed\n    reason\n    belowParticipationTarget\n    effectSize {\n      d\n      low\n      high\n    }\n  }\n':
    types.CwQualityHeatmapDocument,
  '\n  query CwQualityHeatmapPrograms {\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.CwQualityHeatmapProgramsDocument,
  '\n  query CwQualityHeatmapCsv($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      csv(locale: $locale)\n    }\n  }\n':
    types.CwQualityHeatmapCsvDocument,
  '\n  query CwViewerBadge {\n    viewer {\n      id\n      name\n      timeZone\n      roles\n      organisation {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n':
    types.CwViewerBadgeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwGoalTrackerGoal on Goal {\n    id\n    title\n    description\n    targetDate\n    status\n    progress\n    visibility\n    viewerCanEdit\n    capability {\n      id\n      code\n      name(locale: $locale)\n    }\n    milestones {\n      id\n      title\n      done\n      position\n    }\n    latestCheckIn {\n      id\n      checkedInAt\n    }\n  }\n',
): (typeof documents)['\n  fragment CwGoalTrackerGoal on Goal {\n    id\n    title\n    description\n    targetDate\n    status\n    progress\n    visibility\n    viewerCanEdit\n    capability {\n      id\n      code\n      name(locale: $locale)\n    }\n    milestones {\n      id\n      title\n      done\n      position\n    }\n    latestCheckIn {\n      id\n      checkedInAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CwGoalTrackerCheckIns on Goal {\n    id\n    checkIns(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          progress\n          note\n          mood\n          confidence\n          checkedInAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment CwGoalTrackerCheckIns on Goal {\n    id\n    checkIns(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          progress\n          note\n          mood\n          confidence\n          checkedInAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CwGoalTracker($owner: ID, $capability: String, $locale: Locale) {\n    viewer {\n      id\n      timeZone\n    }\n    capabilities(first: 50) {\n      edges {\n        node {\n          id\n          code\n          name(locale: $locale)\n        }\n      }\n    }\n    # The goal's fields are spelled out rather than spread from CwGoalTrackerGoal: the gateway's\n    # static cost limit charges a fragment spread one more level, and 20 goals is the page.\n    goals(first: 20, filter: { owner: $owner, capability: $capability }) {\n      edges {\n        node {\n          id\n          title\n          description\n          targetDate\n          status\n          progress\n          visibility\n          viewerCanEdit\n          capability {\n            id\n            code\n            name(locale: $locale)\n          }\n          milestones {\n            id\n            title\n            done\n            position\n          }\n          latestCheckIn {\n            id\n            checkedInAt\n          }\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query CwGoalTracker($owner: ID, $capability: String, $locale: Locale) {\n    viewer {\n      id\n      timeZone\n    }\n    capabilities(first: 50) {\n      edges {\n        node {\n          id\n          code\n          name(locale: $locale)\n        }\n      }\n    }\n    # The goal's fields are spelled out rather than spread from CwGoalTrackerGoal: the gateway's\n    # static cost limit charges a fragment spread one more level, and 20 goals is the page.\n    goals(first: 20, filter: { owner: $owner, capability: $capability }) {\n      edges {\n        node {\n          id\n          title\n          description\n          targetDate\n          status\n          progress\n          visibility\n          viewerCanEdit\n          capability {\n            id\n            code\n            name(locale: $locale)\n          }\n          milestones {\n            id\n            title\n            done\n            position\n          }\n          latestCheckIn {\n            id\n            checkedInAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwGoalTrackerDetail($id: ID!) {\n    goal(id: $id) {\n      ...CwGoalTrackerCheckIns\n    }\n  }\n',
): (typeof documents)['\n  query CwGoalTrackerDetail($id: ID!) {\n    goal(id: $id) {\n      ...CwGoalTrackerCheckIns\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwGoalTrackerCreate($input: CreateGoalInput!, $locale: Locale) {\n    createGoal(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CwGoalTrackerCreate($input: CreateGoalInput!, $locale: Locale) {\n    createGoal(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwGoalTrackerUpdate($input: UpdateGoalInput!, $locale: Locale) {\n    updateGoal(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CwGoalTrackerUpdate($input: UpdateGoalInput!, $locale: Locale) {\n    updateGoal(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwGoalTrackerVisibility($input: SetGoalVisibilityInput!, $locale: Locale) {\n    setGoalVisibility(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CwGoalTrackerVisibility($input: SetGoalVisibilityInput!, $locale: Locale) {\n    setGoalVisibility(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwGoalTrackerCheckIn($input: AddGoalCheckInInput!, $locale: Locale) {\n    addGoalCheckIn(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n        ...CwGoalTrackerCheckIns\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CwGoalTrackerCheckIn($input: AddGoalCheckInInput!, $locale: Locale) {\n    addGoalCheckIn(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n        ...CwGoalTrackerCheckIns\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CwGoalTrackerMilestone($input: CompleteGoalMilestoneInput!, $locale: Locale) {\n    completeGoalMilestone(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CwGoalTrackerMilestone($input: CompleteGoalMilestoneInput!, $locale: Locale) {\n    completeGoalMilestone(input: $input) {\n      goal {\n        ...CwGoalTrackerGoal\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwQualityHeatmap($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      metric\n      period\n      periods\n      minGroupSize\n      stale\n      asOf\n      unit {\n        id\n        name\n      }\n      path {\n        id\n        name\n      }\n      columns {\n        capability {\n          id\n          code\n          name(locale: $locale)\n        }\n        organisation {\n          ...CwHeatmapCell\n        }\n      }\n      total {\n        ...CwHeatmapRow\n      }\n      rows {\n        ...CwHeatmapRow\n      }\n    }\n  }\n\n  fragment CwHeatmapRow on HeatmapRow {\n    unit {\n      id\n      name\n      kind\n    }\n    level\n    peopleCount\n    hasChildren\n    cells {\n      ...CwHeatmapCell\n    }\n  }\n\n  fragment CwHeatmapCell on HeatmapCell {\n    value\n    count\n    suppressed\n    reason\n    belowParticipationTarget\n    effectSize {\n      d\n      low\n      high\n    }\n  }\n',
): (typeof documents)['\n  query CwQualityHeatmap($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      metric\n      period\n      periods\n      minGroupSize\n      stale\n      asOf\n      unit {\n        id\n        name\n      }\n      path {\n        id\n        name\n      }\n      columns {\n        capability {\n          id\n          code\n          name(locale: $locale)\n        }\n        organisation {\n          ...CwHeatmapCell\n        }\n      }\n      total {\n        ...CwHeatmapRow\n      }\n      rows {\n        ...CwHeatmapRow\n      }\n    }\n  }\n\n  fragment CwHeatmapRow on HeatmapRow {\n    unit {\n      id\n      name\n      kind\n    }\n    level\n    peopleCount\n    hasChildren\n    cells {\n      ...CwHeatmapCell\n    }\n  }\n\n  fragment CwHeatmapCell on HeatmapCell {\n    value\n    count\n    suppressed\n    reason\n    belowParticipationTarget\n    effectSize {\n      d\n      low\n      high\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwQualityHeatmapPrograms {\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CwQualityHeatmapPrograms {\n    programs(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwQualityHeatmapCsv($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      csv(locale: $locale)\n    }\n  }\n',
): (typeof documents)['\n  query CwQualityHeatmapCsv($input: HeatmapInput!, $locale: Locale) {\n    heatmap(input: $input) {\n      csv(locale: $locale)\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CwViewerBadge {\n    viewer {\n      id\n      name\n      timeZone\n      roles\n      organisation {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CwViewerBadge {\n    viewer {\n      id\n      name\n      timeZone\n      roles\n      organisation {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
