import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** `now`, updated on each minute boundary while the host is connected (local times, "5 min ago"). */
export class ClockController implements ReactiveController {
  now = new Date();
  readonly #host: ReactiveControllerHost;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#tick();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #tick = (): void => {
    this.now = new Date();
    this.#host.requestUpdate();
    this.#timer = setTimeout(this.#tick, 60_000 - (this.now.getTime() % 60_000));
  };
}
