import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Focus asked for before the element it names has rendered (a tab just selected, a panel whose
 * module is still loading): `request(selector)` keeps the wish, and after each update of the host
 * the first match in its render root takes focus and the wish is dropped. While nothing matches,
 * the wish is kept for the next update.
 */
export class PendingFocus implements ReactiveController {
  #selector: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  request(selector: string): void {
    this.#selector = selector;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.#selector) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.#selector);
    if (target) {
      target.focus();
      this.#selector = undefined;
    }
  }
}
