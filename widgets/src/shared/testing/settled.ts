import { until } from './dom.js';

/** Requests the page has sent (the widgets' client sends them with fetch) whose answer is not yet read in full. */
let inFlight = 0;
let pageFetch: typeof fetch | undefined;

/**
 * Counts the page's requests from now on, for `settled`. Call it in a `before` hook and
 * `stopTrackingRequests` in the matching `after`.
 */
export function trackRequests(): void {
  if (pageFetch) return;
  const original = window.fetch;
  pageFetch = original;
  window.fetch = (...args: Parameters<typeof fetch>) => {
    inFlight++;
    const answer = original.apply(window, args);
    void answer
      .then((response) => response.clone().arrayBuffer())
      .catch(() => undefined)
      .finally(() => inFlight--);
    return answer;
  };
}

export function stopTrackingRequests(): void {
  if (pageFetch) window.fetch = pageFetch;
  pageFetch = undefined;
}

/**
 * Resolves once the widget has settled: no request on its way and no update pending at three
 * polls in a row, then two frames for the layout to be computed and its shifts reported. A part
 * asked for late (the booker's slots) is a request on its way, however slow the machine. What a
 * settled widget does not show, it will not show without new input: the negative checks wait for this.
 */
export async function settled(
  element: HTMLElement & { isUpdatePending?: boolean },
  what: string,
): Promise<void> {
  if (!pageFetch)
    throw new Error('settled() needs trackRequests() first: it counts the requests on their way');
  let quiet = 0;
  await until(
    () => {
      quiet = inFlight === 0 && element.isUpdatePending !== true ? quiet + 1 : 0;
      return quiet >= 3;
    },
    what,
    30_000,
  );
  for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
}
