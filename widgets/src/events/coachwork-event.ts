/** `cw-<noun>-<verb>`, e.g. `cw-session-booked` (src/events/README.md). */
export type CoachworkEventName = `cw-${string}-${string}`;

/**
 * Base of every host-facing event. It bubbles and is composed, so a host listening on `document`
 * hears it from inside any shadow root; `detail` is typed per event class. Extending CustomEvent
 * keeps `event.detail` where framework wrappers (@lit/react, Vue, Angular) look for it.
 */
export abstract class CoachworkEvent<TDetail> extends CustomEvent<TDetail> {
  // Each event class sets these to its own values; the manifest documents them there, where the
  // analyzer would otherwise list them as inherited from here on every event.
  /** @ignore */
  declare static readonly eventName: CoachworkEventName;
  /** @ignore */
  declare static readonly cancelable?: boolean;

  // Read from the class being constructed, so an event's name is written once, in its class, and
  // no event needs a constructor of its own.
  constructor(detail: TDetail) {
    super(new.target.eventName, { bubbles: true, composed: true, cancelable: new.target.cancelable, detail });
  }
}

/**
 * An event's entry in `CoachworkEventMap`, `{ 'cw-…': TheEvent }`, keyed by the class's own
 * `eventName`, so an event file never writes its name twice.
 */
export type CoachworkEventEntry<
  TEvent extends { readonly eventName: CoachworkEventName; readonly prototype: Event },
> = Record<TEvent['eventName'], TEvent['prototype']>;

declare global {
  /**
   * Every host-facing event by name (`'cw-session-booked': SessionBookedEvent`, …); each event's
   * file adds its own entry. The DOM's maps take them all, so `el.addEventListener('cw-…', …)` and
   * `document.addEventListener('cw-…', …)` hand the listener the typed event.
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the event files declare the members
  interface CoachworkEventMap {}
  interface HTMLElementEventMap extends CoachworkEventMap {}
  interface DocumentEventMap extends CoachworkEventMap {}
}
