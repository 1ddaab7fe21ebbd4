/**
 * Participants' comments on a coach, as a program's admins read them. A comment is a sentence its
 * author wrote, so it is shown only inside a crowd of at least the organisation's minimum group size:
 * comments are released in batches that each hold comments of at least `minGroupSize` distinct
 * participants (as ratings are, see the coach rating releases), never with their author, in no
 * submission order, and dated only by the month their batch was released. With a comment's own date,
 * or with each new comment appearing as it is written, an admin who sees the roster could tell whose
 * it is.
 */
import type { Queryable } from '../../db/types.js';

export interface CommentRow {
  authorId: string;
  comment: string;
  submittedAt: Date;
}

export interface ReleasedComment {
  /** First day of the month the comment's batch was released, `YYYY-MM-01`. */
  month: string;
  text: string;
}

export interface CoachComments {
  comments: ReleasedComment[];
  /** Nothing is shown yet: fewer than `minGroupSize` participants have commented. */
  withheld: boolean;
  minGroupSize: number;
}

const monthOf = (at: Date) => `${at.toISOString().slice(0, 7)}-01`;

/**
 * Walks the comments oldest first; a batch closes at the comment that brings its distinct authors to
 * `k`. Whatever follows the last closed batch stays unseen until enough others comment.
 */
export function releaseComments(rows: readonly CommentRow[], k: number): ReleasedComment[] {
  const ordered = [...rows].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  const released: ReleasedComment[] = [];
  let batch: CommentRow[] = [];
  let authors = new Set<string>();
  for (const row of ordered) {
    batch.push(row);
    authors.add(row.authorId);
    if (authors.size >= Math.max(1, k)) {
      const month = monthOf(row.submittedAt);
      released.push(...batch.map((entry) => ({ month, text: entry.comment })));
      batch = [];
      authors = new Set();
    }
  }
  // Newest batch first; inside a month by text, so the order says nothing about who wrote when.
  return released.sort((a, b) => b.month.localeCompare(a.month) || a.text.localeCompare(b.text));
}

/** The comments on the coach's sessions in this program, released as above. */
export async function coachCommentsInProgram(
  tx: Queryable,
  orgId: string,
  programId: string,
  coachId: string,
): Promise<CoachComments> {
  const [org] = await tx.query<{ k: number }>(`select min_group_size as k from organisations where id = $1`, [
    orgId,
  ]);
  const rows = await tx.query<{ author_id: string; comment: string; submitted_at: Date | string }>(
    `select f.author_id, f.comment, f.submitted_at
     from session_feedback f
     join sessions s on s.org_id = f.org_id and s.id = f.session_id
     join enrolments e on e.org_id = s.org_id and e.id = s.enrolment_id
     where f.org_id = $1 and e.program_id = $2 and f.coach_id = $3 and f.comment is not null`,
    [orgId, programId, coachId],
  );
  const k = org?.k ?? 5;
  const comments = releaseComments(
    rows.map((row) => ({
      authorId: row.author_id,
      comment: row.comment,
      submittedAt: row.submitted_at instanceof Date ? row.submitted_at : new Date(row.submitted_at),
    })),
    k,
  );
  return { comments, withheld: comments.length === 0, minGroupSize: k };
}
