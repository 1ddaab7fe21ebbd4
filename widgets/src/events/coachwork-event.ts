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
 * An event's entry in the DOM's event maps, `{ 'cw-…': TheEvent }`, keyed by the class's own
 * `eventName`. Each event file merges it into `HTMLElementEventMap` and `DocumentEventMap`, so
 * `addEventListener('cw-…', …)` hands the listener the typed event.
 */
export type CoachworkEventMap<
  TEvent extends { readonly eventName: CoachworkEventName; readonly prototype: Event },
> = Record<TEvent['eventName'], TEvent['prototype']>;
