import { msg } from '@lit/localize';
import { goalStatusLabel } from '../shared/labels.js';

/** Labels for the gateway's enums, looked up at render time so they follow the active locale. */

export type GoalStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'ABANDONED';
export type GoalVisibility = 'PRIVATE' | 'COACH' | 'MANAGER';

export const statusLabel = (status: GoalStatus): string => goalStatusLabel(status);

export function visibilityLabel(visibility: GoalVisibility): string {
  switch (visibility) {
    case 'PRIVATE':
      return msg('Only me');
    case 'COACH':
      return msg('Me and my coach');
    case 'MANAGER':
      return msg('My coach and my managers');
  }
}

export const visibilities: readonly GoalVisibility[] = ['PRIVATE', 'COACH', 'MANAGER'];

/** 1–5 answers for mood and confidence, worst first. */
export function scaleLabel(value: number): string {
  switch (value) {
    case 1:
      return msg('1 – very low');
    case 2:
      return msg('2 – low');
    case 3:
      return msg('3 – medium');
    case 4:
      return msg('4 – high');
    default:
      return msg('5 – very high');
  }
}
