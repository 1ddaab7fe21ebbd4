import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo.js';

describe('boundedMemo', () => {
  it('computes each input once while it is remembered', () => {
    const seen: string[] = [];
    const upper = boundedMemo(
      (input) => {
        seen.push(input);
        return input.toUpperCase();
      },
      { maxEntries: 4, maxKeyLength: 16 },
    );
    expect([upper('de'), upper('de'), upper('fr'), upper('de')]).toEqual(['DE', 'DE', 'FR', 'DE']);
    expect(seen).toEqual(['de', 'fr']);
  });

  it('remembers a null or undefined answer too', () => {
    let calls = 0;
    const nothing = boundedMemo(
      () => {
        calls++;
        return null;
      },
      { maxEntries: 4, maxKeyLength: 16 },
    );
    nothing('x');
    nothing('x');
    expect(calls).toBe(1);
  });

  it('keeps at most maxEntries, forgetting the oldest first', () => {
    const seen: string[] = [];
    const same = boundedMemo(
      (input) => {
        seen.push(input);
        return input;
      },
      { maxEntries: 2, maxKeyLength: 16 },
    );
    for (const input of ['a', 'b', 'c', 'b', 'a']) same(input);
    // 'c' pushed 'a' out; 'b' was still there; 'a' is computed again.
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });

  it('never keeps an input longer than maxKeyLength', () => {
    const seen: string[] = [];
    const same = boundedMemo(
      (input) => {
        seen.push(input);
        return input.length;
      },
      { maxEntries: 4, maxKeyLength: 3 },
    );
    same('long');
    same('long');
    expect(seen).toEqual(['long', 'long']);
  });
});
