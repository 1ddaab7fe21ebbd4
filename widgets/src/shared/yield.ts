/**
 * Gives the main thread back to the host page (input, paint, its own scripts) before more of a
 * widget's work: `scheduler.yield()` where the browser has it (the continuation keeps its place
 * ahead of other tasks), else a new task. Long renders are split at these points so that none of
 * them blocks the page for long on a slow phone.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}
