/**
 * GraphQL object type → the gateway's TypeScript shape a resolver receives as its
 * parent. Paths are relative to gateway/src/generated/resolvers.ts.
 */
export const resolverMappers: Record<string, string> = {
  Organisation: '../modules/viewer/sql.js#OrganisationRow',
  Person: '../modules/people/sql.js#PersonRow',
  PersonConnection: '../modules/people/sql.js#PersonConnectionPage',
  OrgUnit: '../modules/orgUnits/sql.js#OrgUnitRow',
  OrgUnitConnection: '../modules/orgUnits/sql.js#OrgUnitConnectionPage',
  Program: '../modules/programs/sql.js#ProgramRow',
  ProgramConnection: '../modules/programs/sql.js#ProgramConnectionPage',
  Enrolment: '../modules/programs/sql.js#EnrolmentRow',
  EnrolmentConnection: '../modules/programs/sql.js#EnrolmentConnectionPage',
  Capability: '../modules/capabilities/sql.js#CapabilityRow',
  CapabilityConnection: '../modules/capabilities/sql.js#CapabilityConnectionPage',
  Goal: '../modules/goals/sql.js#GoalRow',
  GoalConnection: '../modules/goals/sql.js#GoalConnectionPage',
  GoalMilestone: '../modules/goals/sql.js#GoalMilestoneRow',
  GoalCheckIn: '../modules/goals/sql.js#GoalCheckInRow',
  GoalCheckInConnection: '../modules/goals/sql.js#GoalCheckInConnectionPage',
  Heatmap: '../modules/analytics/resolvers.js#HeatmapPayload',
  HeatmapRow: '../modules/analytics/heatmap.js#HeatmapRowResult',
  HeatmapColumn: '../modules/analytics/heatmap.js#HeatmapColumnResult',
  HeatmapCell: '../modules/analytics/heatmap.js#HeatmapCellResult',
  Coach: '../modules/coaching/sql.js#CoachRow',
  CoachConnection: '../modules/coaching/sql.js#CoachConnectionPage',
  CoachSuggestion: '../modules/coaching/matching.js#Suggestion',
  MatchReason: '../modules/coaching/score.js#MatchReasonValue',
  Session: '../modules/sessions/sql.js#SessionRow',
  SessionConnection: '../modules/sessions/sql.js#SessionConnectionPage',
  SessionFeedback: '../modules/sessions/sql.js#FeedbackRow',
};
