import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { addDays, zonedToInstant } from './zoned-time.js';

const direct = (date: string, time: string, zone: string) => {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new TZDate(y!, m! - 1, d!, hh!, mm!, 0, zone).getTime();
};

describe('zonedToInstant asked again', () => {
  it('answers as the first time, across daylight-saving changes and zones', () => {
    const cases: Array<[string, string, string]> = [
      ['2026-03-29', '02:30', 'Europe/Madrid'],
      ['2026-10-25', '02:30', 'Europe/Madrid'],
      ['2026-03-08', '09:00', 'America/New_York'],
      ['2026-04-05', '01:45', 'Australia/Lord_Howe'],
      ['2026-03-29', '02:30', 'UTC'],
    ];
    for (let round = 0; round < 3; round += 1) {
      for (const [date, time, zone] of cases) {
        expect(zonedToInstant(date, time, zone).getTime()).toBe(direct(date, time, zone));
      }
    }
    // The same wall clock in two zones is two instants.
    expect(zonedToInstant('2026-03-29', '02:30', 'UTC').getTime()).not.toBe(
      zonedToInstant('2026-03-29', '02:30', 'Europe/Madrid').getTime(),
    );
  });

  it('hands out a Date of its own each time', () => {
    const first = zonedToInstant('2026-05-04', '10:00', 'Europe/Paris');
    first.setTime(0);
    expect(zonedToInstant('2026-05-04', '10:00', 'Europe/Paris').getTime()).toBe(
      direct('2026-05-04', '10:00', 'Europe/Paris'),
    );
  });

  it('stays right past the most it remembers (ten thousand answers)', () => {
    let date = '2026-01-01';
    for (let k = 0; k < 10_200; k += 1) {
      const time = `${String(k % 24).padStart(2, '0')}:${k % 2 === 0 ? '00' : '30'}`;
      if (k % 24 === 0) date = addDays(date, 1);
      if (k % 499 === 0)
        expect(zonedToInstant(date, time, 'Asia/Kolkata').getTime()).toBe(direct(date, time, 'Asia/Kolkata'));
      else zonedToInstant(date, time, 'Asia/Kolkata');
    }
    expect(zonedToInstant('2026-03-29', '02:30', 'Europe/Madrid').getTime()).toBe(
      direct('2026-03-29', '02:30', 'Europe/Madrid'),
    );
  });
});
