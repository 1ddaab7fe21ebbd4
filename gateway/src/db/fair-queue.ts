/**
 * Takes turns between tenants for a resource only one can hold at a time
 * (PGlite's single connection). PGlite queues its transactions first come,
 * first served, so a tenant that sends hundreds of small transactions at once
 * (one per calendar file of a large page) made every other tenant wait behind
 * all of them. Here each tenant has its own queue and the queues are served in
 * turn, so another tenant's transaction waits for at most one transaction per
 * busy tenant.
 */
export class FairQueue {
  /** Waiting work per key; Map order is the turn order. */
  private readonly waiting = new Map<string, Array<() => void>>();
  private busy = false;

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        work()
          .then(resolve, reject)
          .finally(() => this.next());
      };
      if (!this.busy) {
        this.busy = true;
        start();
        return;
      }
      const queue = this.waiting.get(key);
      if (queue) queue.push(start);
      else this.waiting.set(key, [start]);
    });
  }

  private next(): void {
    const turn = this.waiting.entries().next();
    if (turn.done) {
      this.busy = false;
      return;
    }
    const [key, queue] = turn.value;
    const start = queue.shift()!;
    // The tenant served goes to the back of the turn order.
    this.waiting.delete(key);
    if (queue.length > 0) this.waiting.set(key, queue);
    start();
  }
}
