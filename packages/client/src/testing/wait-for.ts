/** Polls until `check` returns true (real time; results come over a real socket). */
export async function waitFor(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error('waitFor: condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
