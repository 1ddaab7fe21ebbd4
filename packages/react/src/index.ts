/**
 * Typed React wrappers (@lit/react) for every Coachwork element. Each wrapper imports only its own
 * widget's entry point; import `@coachwork/react/<widget>.js` to load one widget, or this index for all.
 */
export { CwGoalTracker, goalTrackerEvents, type CwGoalTrackerProps, GoalTracker } from './goal-tracker.js';
export {
  CwSessionBooker,
  sessionBookerEvents,
  type CwSessionBookerProps,
  SessionBooker,
} from './session-booker.js';
export {
  CwProgressCard,
  progressCardEvents,
  type CwProgressCardProps,
  ProgressCard,
} from './progress-card.js';
export {
  CwQualityHeatmap,
  qualityHeatmapEvents,
  type CwQualityHeatmapProps,
  QualityHeatmap,
} from './quality-heatmap.js';
export {
  CwProgramConsole,
  programConsoleEvents,
  type CwProgramConsoleProps,
  ProgramConsole,
} from './program-console.js';
export { CwCoachDesk, coachDeskEvents, type CwCoachDeskProps, CoachDesk } from './coach-desk.js';
export { CwPulse, pulseEvents, type CwPulseProps, Pulse } from './pulse.js';
export { CwViewerBadge, viewerBadgeEvents, type CwViewerBadgeProps, ViewerBadge } from './viewer-badge.js';
export { eventName } from './event-name.js';
export type {
  CoachSelectedEvent,
  CoachStatusChangedEvent,
  EnrolmentChangedEvent,
  FeedbackSubmittedEvent,
  GoalCheckedInEvent,
  GoalCompletedEvent,
  GoalCreatedEvent,
  GoalUpdatedEvent,
  HeatmapCellSelectEvent,
  HeatmapDrilldownEvent,
  HeatmapExportEvent,
  LtiRegistrationChangedEvent,
  MatchApprovedEvent,
  ProgramExportEvent,
  ProgramPublishedEvent,
  ProgramSavedEvent,
  ProgressOpenBookingEvent,
  ProgressOpenGoalsEvent,
  SessionBookedEvent,
  SessionCancelledEvent,
  SessionRescheduledEvent,
  TokenRejectedEvent,
  TokenProvider,
  TokenProviderResult,
  ThemeName,
} from '@coachwork/widgets';
