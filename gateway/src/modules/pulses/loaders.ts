import { byKeyLoader, type Tenant } from '../core/loaders.js';
import {
  draftsOf,
  owedRequests,
  phasesOfPrograms,
  raterCandidatesOf,
  ratersOf,
  selfRequests,
  type PulseAnswerValue,
  type PulsePhaseRow,
  type PulseRaterValue,
  type PulseRequestRow,
} from './sql.js';

export function createPulseLoaders(tenant: Tenant, orgId: string, viewerPersonId: string) {
  let owed: Promise<PulseRequestRow[]> | null = null;
  let own: Promise<PulseRequestRow[]> | null = null;
  return {
    /** The viewer's open requests, read once per request. */
    owed: () => (owed ??= tenant((tx) => owedRequests(tx, orgId, viewerPersonId, new Date()))),
    /** The viewer's own SELF requests of open phases, submitted or not, read once per request. */
    own: () => (own ??= tenant((tx) => selfRequests(tx, orgId, viewerPersonId, new Date()))),
    /** Subject id → who they may ask to rate them (asked only for the viewer themselves). */
    raterCandidatesOf: byKeyLoader<PulseRaterValue[]>(
      (subjectIds) => tenant((tx) => raterCandidatesOf(tx, orgId, subjectIds)),
      [],
    ),
    /** Program id → its phases (the caller is authorised by the policy's programManagement row). */
    phasesOfProgram: byKeyLoader<PulsePhaseRow[]>(
      (programIds) => tenant((tx) => phasesOfPrograms(tx, orgId, programIds)),
      [],
    ),
    /** Request id → its saved draft (asked only for the viewer's own requests). */
    draftOf: byKeyLoader<PulseAnswerValue[]>((ids) => tenant((tx) => draftsOf(tx, orgId, ids)), []),
    /** `phaseId:subjectId` → the subject's raters with whether each answered (never returned as is). */
    ratersOf: byKeyLoader<Array<PulseRaterValue & { submitted: boolean }>>(
      async (keys) =>
        new Map(
          await Promise.all(
            keys.map(async (key) => {
              const [phaseId, subjectId] = key.split(':') as [string, string];
              return [key, await tenant((tx) => ratersOf(tx, orgId, phaseId, subjectId))] as const;
            }),
          ),
        ),
      [],
    ),
  };
}

export type PulseLoaders = ReturnType<typeof createPulseLoaders>;
