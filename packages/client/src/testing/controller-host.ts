import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The slice of LitElement's update cycle controllers see: requestUpdate → hostUpdate, batched. */
export class ControllerHost implements ReactiveControllerHost {
  readonly controllers = new Set<ReactiveController>();
  renders = 0;
  #pending = false;
  updateComplete: Promise<boolean> = Promise.resolve(true);

  addController(controller: ReactiveController): void {
    this.controllers.add(controller);
  }
  removeController(controller: ReactiveController): void {
    this.controllers.delete(controller);
  }
  requestUpdate(): void {
    if (this.#pending) return;
    this.#pending = true;
    this.updateComplete = Promise.resolve().then(() => {
      this.#pending = false;
      for (const c of this.controllers) c.hostUpdate?.();
      this.renders++;
      return true;
    });
  }
  connect(): void {
    for (const c of this.controllers) c.hostConnected?.();
    this.requestUpdate();
  }
  /** Lit's connectedCallback after a move: controllers hear hostConnected, no update is requested. */
  reattach(): void {
    for (const c of this.controllers) c.hostConnected?.();
  }
  disconnect(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}
