/** Match proposals, program coach pools and coach status changes. */
import type {
  CoachQualityStatus,
  MatchProposalKind,
  MatchProposalStatus,
  UnmatchedReason,
} from '../../generated/resolvers.js';
import type { MatchReasonValue } from '../coaching/score.js';
import type { ConnectionPage } from '../core/connection.js';

export interface ProposalRow {
  readonly __typename: 'MatchProposal';
  id: string;
  orgId: string;
  programId: string;
  kind: MatchProposalKind;
  status: MatchProposalStatus;
  fromCoachId: string | null;
  optimalityGap: number;
  createdBy: string | null;
  createdAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
}

/** One participant of a proposal: matched (coachId set) or unmatched (unmatchedReason set). */
export interface ProposalPairRow {
  proposalId: string;
  enrolmentId: string;
  coachId: string | null;
  score: number | null;
  reasons: MatchReasonValue[];
  unmatchedReason: UnmatchedReason | null;
  adjusted: boolean;
}

export type ProposalPairConnectionPage = ConnectionPage<ProposalPairRow>;

export interface CoachLoadRow {
  coachId: string;
  proposed: number;
  current: number;
  capacity: number;
}

export interface ProgramCoachRow {
  programId: string;
  coachId: string;
  capacity: number | null;
  activeClients: number;
  addedAt: Date;
}

export interface CoachStatusChangeRow {
  coachId: string;
  from: CoachQualityStatus;
  to: CoachQualityStatus;
  reason: string | null;
  actorId: string | null;
  at: Date;
}
