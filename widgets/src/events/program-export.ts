import { CoachworkEvent, type CoachworkEventEntry } from './coachwork-event.js';

export interface ProgramExportDetail {
  /** The program's global ID. */
  programId: string;
  /** What was exported: `ROSTER`, `SESSIONS` or `KPIS`. */
  kind: 'ROSTER' | 'SESSIONS' | 'KPIS';
  /** The file name the element downloads under, e.g. `first-100-days-roster-2027-03-01.csv`. */
  filename: string;
  /** The export as CSV (RFC 4180), exactly as the gateway let the viewer see it. */
  csv: string;
}

/**
 * `cw-program-export`
 *
 * Purpose: tells the host that a program admin exported a program's roster, sessions or KPI series as CSV.
 * Fires: when the CSV has arrived from the gateway, just before the element starts the download.
 * Cancelable.
 * The host may: call `preventDefault()` and handle the file itself (store it, attach it to a report), or record that an export happened.
 *
 * @version 1 — the `detail` contract, published as `schemas/cw-program-export.v1.schema.json`.
 */
export class ProgramExportEvent extends CoachworkEvent<ProgramExportDetail> {
  static override readonly eventName = 'cw-program-export';
  static override readonly cancelable = true;
}

declare global {
  interface CoachworkEventMap extends CoachworkEventEntry<typeof ProgramExportEvent> {}
}
