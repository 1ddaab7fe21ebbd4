import { byIdLoader, byKeyLoader, groupedLoader, type Tenant } from '../core/loaders.js';
import {
  bookingContexts,
  feedbackOfSessions,
  quotaUsed,
  sessionsByIds,
  sessionsOfEnrolments,
  type BookingContext,
  type FeedbackRow,
  type SessionFilter,
  type SessionRow,
} from './sql.js';

const filterKey = (filter: SessionFilter): string =>
  JSON.stringify([filter.statuses, filter.endingAfter?.toISOString() ?? null]);

export function createSessionLoaders(tenant: Tenant, orgId: string) {
  return {
    byId: byIdLoader((ids) => tenant((tx) => sessionsByIds(tx, orgId, ids))),
    ofEnrolment: groupedLoader<SessionFilter, SessionRow[]>(
      filterKey,
      (ids, filter) => tenant((tx) => sessionsOfEnrolments(tx, orgId, ids, filter)),
      [],
    ),
    quotaUsed: byKeyLoader<number>((ids) => tenant((tx) => quotaUsed(tx, orgId, ids)), 0),
    bookingContext: byKeyLoader<BookingContext | null>(async (ids) => {
      const rows = await tenant((tx) => bookingContexts(tx, orgId, ids, false));
      return new Map(rows.map((row) => [row.enrolmentId, row]));
    }, null),
    feedback: byKeyLoader<FeedbackRow | null>(
      (ids) => tenant((tx) => feedbackOfSessions(tx, orgId, ids)),
      null,
    ),
  };
}

export type SessionLoaders = ReturnType<typeof createSessionLoaders>;
