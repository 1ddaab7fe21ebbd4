import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

const roots: Root[] = [];

/** Renders `node` into a fresh container on the page, synchronously; `unmountAll()` cleans up. */
export function render(node: ReactNode): { container: HTMLElement; rerender(next: ReactNode): void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  roots.push(root);
  flushSync(() => root.render(node));
  return {
    container,
    rerender: (next) => flushSync(() => root.render(next)),
  };
}

export function unmountAll(): void {
  for (const root of roots.splice(0)) root.unmount();
  document.body.replaceChildren();
}

/** Polls until `find` returns something (a widget renders after its gateway round trip). */
export async function until<T>(
  find: () => T | null | undefined,
  what: string,
  timeoutMs = 45_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== null && found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
