import { msg, str } from '@lit/localize';

/** Labels for the gateway's enums, looked up at render time so they follow the active locale. */

export type CadenceStatus = 'NOT_STARTED' | 'ON_TRACK' | 'BEHIND' | 'FINISHED' | 'WITHDRAWN';

export function cadenceLabel(status: CadenceStatus): string {
  switch (status) {
    case 'NOT_STARTED':
      return msg('Not started');
    case 'ON_TRACK':
      return msg('On track');
    case 'BEHIND':
      return msg('Behind plan');
    case 'FINISHED':
      return msg('All sessions done');
    case 'WITHDRAWN':
      return msg('Left the program');
  }
}

export type AssessmentPhase = 'PRE' | 'MID' | 'POST';

export function phaseLabel(phase: AssessmentPhase): string {
  switch (phase) {
    case 'PRE':
      return msg('baseline');
    case 'MID':
      return msg('midpoint');
    case 'POST':
      return msg('end of program');
  }
}

export const sessionsDone = (completed: number, planned: number): string =>
  msg(str`${completed} of ${planned} sessions done`);

export const goalsOnTrack = (total: number, onTrack: number): string =>
  total === 1 ? msg(str`1 goal, ${onTrack} on track`) : msg(str`${total} goals, ${onTrack} on track`);
