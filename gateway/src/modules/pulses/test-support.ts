/** What the pulse tests and the privacy attack suite share about writing ratings behind the API's back. */
import type { Queryable } from '../../db/types.js';

/**
 * A PEER rating of 1 on DELEGATION in `phase`, dated a minute before the phase closes but written
 * now: a backdated answer, which the database refuses once the phase has closed.
 */
export function insertBackdatedPeerRating(
  tx: Queryable,
  rating: {
    orgId: string;
    subjectId: string;
    programId: string;
    phase: 'PRE' | 'MID' | 'POST';
    raterId: string;
    closesAt: Date;
  },
): Promise<unknown[]> {
  return tx.query(
    `insert into assessments (org_id, subject_id, program_id, capability_code, phase, rater_type, rater_id,
       score, submitted_at)
     values ($1, $2, $3, 'DELEGATION', $4, 'PEER', $5, 1, $6)`,
    [
      rating.orgId,
      rating.subjectId,
      rating.programId,
      rating.phase,
      rating.raterId,
      new Date(rating.closesAt.getTime() - 60_000),
    ],
  );
}
