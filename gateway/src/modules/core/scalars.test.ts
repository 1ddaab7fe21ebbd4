import { describe, expect, it } from 'vitest';
import { isTimeZone } from './scalars.js';

describe('isTimeZone', () => {
  it('tells zones the runtime knows from names of the same shape it does not, asked again and again', () => {
    for (let round = 0; round < 3; round += 1) {
      expect(isTimeZone('Europe/Madrid')).toBe(true);
      expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
      expect(isTimeZone('UTC')).toBe(true);
      expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
      expect(isTimeZone('Europe/Atlantis')).toBe(false);
      expect(isTimeZone('europe/madrid')).toBe(false);
    }
  });

  it('keeps its verdicts right once many made-up names have filled what it remembers', () => {
    for (let k = 0; k < 2_500; k += 1) expect(isTimeZone(`Nowhere/Place_${k}`)).toBe(false);
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(isTimeZone('Nowhere/Place_1')).toBe(false);
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
  });
});
