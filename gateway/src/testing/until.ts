/**
 * Polls `check` every 50 ms until it holds, for work a test starts but does not await (a queue's
 * job, a webhook's delivery); fails naming `what` after `ms`.
 */
export async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  ms = 60_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
