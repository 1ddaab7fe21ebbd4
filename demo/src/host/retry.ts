/**
 * Tries `attempt` until it gives a value, on the widgets' schedule (the client's recovery): the
 * first retry after about half a second, the wait doubling up to 4 s, with "equal jitter" so the
 * open pages of a whole intranet do not all ask in the same instant, and at once when the browser
 * comes back online or the page becomes visible again. The host's own parts of a page then come
 * back from a gateway outage when its widgets do, without a reload.
 */
export function retryUntilAnswered<T>(
  attempt: () => Promise<T | undefined>,
  { initialDelayMs = 500, maxDelayMs = 4000 }: { initialDelayMs?: number; maxDelayMs?: number } = {},
): Promise<T> {
  return new Promise<T>((resolve) => {
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    let done = false;

    const finish = (value: T): void => {
      done = true;
      clearTimeout(timer);
      window.removeEventListener('online', wake);
      document.removeEventListener('visibilitychange', wake);
      resolve(value);
    };

    const run = async (): Promise<void> => {
      if (running || done) return;
      running = true;
      clearTimeout(timer);
      const value = await attempt().catch(() => undefined);
      running = false;
      if (done) return;
      if (value !== undefined) {
        finish(value);
        return;
      }
      const ceiling = Math.min(maxDelayMs, initialDelayMs * 2 ** Math.min(failures, 16));
      failures++;
      timer = setTimeout(() => void run(), ceiling / 2 + Math.random() * (ceiling / 2));
    };

    function wake(): void {
      if (document.visibilityState === 'hidden') return;
      failures = 0;
      void run();
    }
    window.addEventListener('online', wake);
    document.addEventListener('visibilitychange', wake);
    void run();
  });
}
