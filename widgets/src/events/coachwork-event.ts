/** `cw-<noun>-<verb>`, e.g. `cw-session-booked` (src/events/README.md). */
export type CoachworkEventName = `cw-${string}-${string}`;

/**
 * Base of every host-facing event. It bubbles and is composed, so a host listening on `document`
 * hears it from inside any shadow root; `detail` is typed per event class. Extending CustomEvent
 * keeps `event.detail` where framework wrappers (@lit/react, Vue, Angular) look for it.
 */
export abstract class CoachworkEvent<TDetail> extends CustomEvent<TDetail> {
  protected constructor(name: CoachworkEventName, detail: TDetail, options: { cancelable?: boolean } = {}) {
    super(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail });
  }
}
