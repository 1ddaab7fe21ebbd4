import type { TemplateResult } from 'lit';
import type { PanelKit } from './session-booker.panels.js';
import type { Slot } from './session-booker.slot-grid.js';

export interface ConfirmationView {
  readonly kit: PanelKit;
  readonly slot: Slot;
  readonly coachName: string;
  /** When moving a session: where it is now. */
  readonly movingFrom: string | undefined;
  readonly busy: boolean;
  readonly locale: string;
  readonly timeZone: string;
  /** The instant in words, in the zone shown. */
  when(startsAt: string): string;
  confirm(): void;
  back(): void;
}

/**
 * "Book this session?" (or "Move this session?"): the time in the zone shown, the coach, and the two ways out.
 * It loads with the panels module (session-booker.panels.ts), which the booker asks for as soon as
 * it shows slots.
 */
export function renderConfirmation(view: ConfirmationView): TemplateResult {
  const { slot, locale, timeZone, movingFrom } = view;
  const { html, nothing, msg, str, formatTime, formatTimeZoneName } = view.kit;
  const end = formatTime(slot.endsAt, { locale, timeZone });
  const zoneName = formatTimeZoneName(timeZone, { locale, at: slot.startsAt });
  return html`<div class="body panel" part="panel">
    <h3 tabindex="-1">${movingFrom ? msg('Move this session?') : msg('Book this session?')}</h3>
    ${movingFrom ? html`<p class="muted">${msg(str`From ${view.when(movingFrom)}`)}</p>` : nothing}
    <p class="when">${view.when(slot.startsAt)} – ${end}</p>
    <p class="muted">${zoneName} · ${msg(str`with ${view.coachName}`)}</p>
    <div class="actions">
      <button type="button" part="confirm-button" ?disabled=${view.busy} @click=${view.confirm}>
        ${movingFrom ? msg('Move session') : msg('Confirm booking')}
      </button>
      <button type="button" class="secondary" part="back-button" @click=${view.back}>${msg('Back')}</button>
    </div>
  </div>`;
}
