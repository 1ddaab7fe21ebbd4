import { describe, expect, it } from 'vitest';
import { FairQueue } from './fair-queue.js';

describe('FairQueue', () => {
  it("serves another tenant's work after one turn, not after a busy tenant's whole backlog", async () => {
    const queue = new FairQueue();
    const order: string[] = [];
    const task = (label: string) => () =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          order.push(label);
          resolve();
        }, 5),
      );
    const busy = Array.from({ length: 20 }, (_, i) => queue.run('a', task(`a${i}`)));
    const other = queue.run('b', task('b0'));
    await Promise.all([...busy, other]);
    // a0 was running when b0 arrived; b0 goes next-but-one at worst.
    expect(order.indexOf('b0')).toBeLessThanOrEqual(2);
    expect(order.filter((label) => label.startsWith('a'))).toEqual(busy.map((_, i) => `a${i}`));
  });

  it('passes results and errors through and keeps going after a failure', async () => {
    const queue = new FairQueue();
    await expect(queue.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await queue.run('a', () => Promise.resolve(42))).toBe(42);
  });
});
