import { byIdLoader, byKeyLoader, type Tenant } from '../core/loaders.js';
import {
  openProposalsOf,
  pairsOf,
  pendingProposalsOf,
  poolsOf,
  proposalsByIds,
  statusChangesOf,
  type ProgramCoachRow,
  type ProposalPairRow,
  type ProposalRow,
  type CoachStatusChangeRow,
} from './sql.js';

export function createProgramMatchingLoaders(tenant: Tenant, orgId: string) {
  return {
    proposalById: byIdLoader((ids) => tenant((tx) => proposalsByIds(tx, orgId, ids))),
    openProposalOf: byKeyLoader<ProposalRow | null>(
      (ids) => tenant((tx) => openProposalsOf(tx, orgId, ids)),
      null,
    ),
    pendingProposalOf: byKeyLoader<ProposalRow | null>(
      (ids) => tenant((tx) => pendingProposalsOf(tx, orgId, ids)),
      null,
    ),
    pairsOf: byKeyLoader<ProposalPairRow[]>((ids) => tenant((tx) => pairsOf(tx, orgId, ids)), []),
    poolOf: byKeyLoader<ProgramCoachRow[]>((ids) => tenant((tx) => poolsOf(tx, orgId, ids)), []),
    statusChangesOf: byKeyLoader<CoachStatusChangeRow[]>(
      (ids) => tenant((tx) => statusChangesOf(tx, orgId, ids)),
      [],
    ),
  };
}

export type ProgramMatchingLoaders = ReturnType<typeof createProgramMatchingLoaders>;
